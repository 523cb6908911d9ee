// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCliTest.h"

#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lantern::test {

QString DatabaseCliTest::checklist()
{
    return dataPath(QStringLiteral("checklists/minimal.json"));
}

CliRun DatabaseCliTest::run(const QStringList& arguments, const QString& secret)
{
    QMap<QString, QString> environment;
    if (!secret.isNull())
        environment.insert(QStringLiteral("LANTERN_PASSPHRASE"), secret);
    return runCliWithEnvironment(arguments, environment);
}

CliRun DatabaseCliTest::runWith(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    return runCliWithEnvironment(arguments, environment);
}

void DatabaseCliTest::initDatabase()
{
    ASSERT_TRUE(m_dir.isValid());
    const CliRun init
        = run({ QStringLiteral("init"), db(), QStringLiteral("--kdf-ms"), QStringLiteral("1") });
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
}

QString DatabaseCliTest::newCase(const QString& code)
{
    const CliRun created = run({ QStringLiteral("new"), db(), QStringLiteral("--checklist"), checklist(),
        QStringLiteral("--code"), code });
    EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
    return created.out.trimmed();
}

void DatabaseCliTest::answer(const QString& caseRef, const QString& question, const QString& value)
{
    const CliRun answered = run({ QStringLiteral("answer"), db(), caseRef, question, value });
    EXPECT_EQ(answered.exitCode, 0) << answered.err.toStdString();
}

QJsonObject DatabaseCliTest::showJson(const QString& caseRef)
{
    const CliRun shown = run({ QStringLiteral("show"), db(), caseRef, QStringLiteral("--json") });
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(shown.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

QJsonValue DatabaseCliTest::answerValue(const QString& caseRef, const QString& question)
{
    const QJsonArray answers = showJson(caseRef).value(QStringLiteral("answers")).toArray();
    for (const QJsonValue& entry : answers) {
        if (entry.toObject().value(QStringLiteral("question")).toString() == question)
            return entry.toObject().value(QStringLiteral("value"));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString DatabaseCliTest::writeFile(const QString& name, const QByteArray& text)
{
    QFile file(path(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

} // namespace lantern::test
