// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for CrashSafetyTest: opens a case database and saves answers in a loop until it is killed.
// Usage: lantern_crash_writer DB CASE_ID FIRST_NUMBER DAY. The fictional test passphrase comes from
// LANTERN_TEST_PASSPHRASE (absent: a training database). The clock stands at DAY days after
// 2026-01-01, so a new DAY makes open() write its daily backup. Prints "ready" once open, then
// "ack N" after each save of value N to question "qN mod 16" has returned success.
#include "storage/CaseStore.h"

#include <cstdio>
#include <QCoreApplication>
#include <unistd.h>

namespace {

// One write(2) per line: a line shorter than PIPE_BUF reaches the pipe whole or not at all.
void say(const QByteArray& line)
{
    const QByteArray text = line + '\n';
    (void)!::write(STDOUT_FILENO, text.constData(), static_cast<size_t>(text.size()));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "crash writer: %s\n", message.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace lantern;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return fail(QStringLiteral("usage: lantern_crash_writer DB CASE_ID FIRST_NUMBER DAY"));
    const CaseId caseId = CaseId::fromString(args.at(2));
    bool numberOk = false;
    bool dayOk = false;
    const qint64 first = args.at(3).toLongLong(&numberOk);
    const int day = args.at(4).toInt(&dayOk);
    if (caseId.isNull() || !numberOk || !dayOk)
        return fail(QStringLiteral("bad case id, number or day"));

    StoreOptions options;
    options.clock
        = std::make_shared<FixedClock>(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(8, 0), Qt::UTC));
    auto opened = CaseStore::open(args.at(1), options);
    if (!opened)
        return fail(opened.errorMessage());
    std::unique_ptr<CaseStore> store = std::move(opened).value();
    const QByteArray secret = qgetenv("LANTERN_TEST_PASSPHRASE");
    if (secret.isEmpty()) {
        if (auto plain = store->openPlain(); !plain)
            return fail(plain.errorMessage());
    } else {
        auto passphrase = SecureBytes::copyOf(secret);
        if (!passphrase)
            return fail(passphrase.errorMessage());
        if (auto unlocked = store->unlock(*passphrase); !unlocked)
            return fail(unlocked.errorMessage());
    }
    say("ready");
    for (qint64 n = first;; ++n) {
        Answer answer;
        answer.state = AnswerState::Answered;
        answer.value = static_cast<double>(n);
        answer.note = QStringLiteral("fictional crash-test note %1").arg(n);
        AnswerRecord record;
        record.questionId = QStringLiteral("q%1").arg(n % 16);
        record.answer = answer;
        if (auto saved = store->setAnswer(caseId, record); !saved)
            return fail(saved.errorMessage());
        say("ack " + QByteArray::number(n));
    }
}
