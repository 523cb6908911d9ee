// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <gtest/gtest.h>

namespace lantern::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(LANTERN_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(LANTERN_SOURCE_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read test file " << path.toStdString();
        return {};
    }
    return file.readAll();
}

QJsonObject readJsonObject(const QString& path)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ADD_FAILURE() << "not a JSON object: " << path.toStdString() << ": " << error.errorString().toStdString();
        return {};
    }
    return doc.object();
}

} // namespace lantern::test
