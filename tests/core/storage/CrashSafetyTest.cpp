// SPDX-License-Identifier: GPL-3.0-or-later
// "Never lose an answer": a writer process is killed with SIGKILL at random moments while it saves
// answers; every answer it acknowledged is there on reopen and the file passes integrity_check.
#include "StoreFixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QThread>

namespace lantern::test {
namespace {

using namespace Qt::StringLiterals;

constexpr int kQuestions = 16; // the writer cycles through q0..q15 (CrashWriter.cpp)
constexpr int kKills = 60;

struct RunOutput
{
    QList<qint64> acks;
    bool killed = false;
    QString problem; // why the run did not go as planned (never case data)
};

class CrashSafetyTest : public StoreFixture
{
protected:
    /// Starts the writer, lets it save for `delayMs` after it is ready, then kills it. With
    /// `early`, kills it `delayMs` after it started instead: while it opens, backs up or unlocks.
    RunOutput runAndKill(
        const QString& file, const CaseId& caseId, qint64 first, int day, int delayMs, bool early)
    {
        RunOutput output;
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANTERN_TEST_PASSPHRASE"_s, QString::fromUtf8(passphrase().view().toByteArray()));
        writer.setProcessEnvironment(env);
        writer.start(QString::fromUtf8(LANTERN_CRASH_WRITER),
            { path(file), caseId.toString(), QString::number(first), QString::number(day) });
        if (!writer.waitForStarted(10000)) {
            output.problem = u"the writer did not start"_s;
            return output;
        }
        QByteArray out;
        if (early) {
            QThread::msleep(static_cast<unsigned long>(delayMs));
            writer.kill();
            writer.waitForFinished(20000);
            output.killed = writer.exitStatus() == QProcess::CrashExit;
            if (!output.killed)
                output.problem = u"the writer failed: "_s + QString::fromUtf8(writer.readAllStandardError());
            out = writer.readAllStandardOutput();
            output.acks = acks(out);
            return output;
        }
        while (!out.contains("ready\n") && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(20000);
            out += writer.readAllStandardOutput();
        }
        if (!out.contains("ready\n")) {
            writer.waitForFinished(5000);
            output.problem
                = u"the writer failed before saving: "_s + QString::fromUtf8(writer.readAllStandardError());
            return output;
        }
        QThread::msleep(static_cast<unsigned long>(delayMs));
        writer.kill(); // SIGKILL
        writer.waitForFinished(20000);
        out += writer.readAllStandardOutput();
        output.killed = writer.exitStatus() == QProcess::CrashExit;
        if (!output.killed)
            output.problem
                = u"the writer stopped by itself: "_s + QString::fromUtf8(writer.readAllStandardError());
        output.acks = acks(out);
        return output;
    }
    /// The acknowledged numbers; only whole lines count (each is one write(2) after a save returned).
    static QList<qint64> acks(const QByteArray& out)
    {
        QList<qint64> numbers;
        for (const QByteArray& line : out.split('\n').mid(0, out.count('\n'))) {
            if (line.startsWith("ack "))
                numbers.append(line.mid(4).toLongLong());
        }
        return numbers;
    }
};

TEST_F(CrashSafetyTest, KilledWriterLosesNoAcknowledgedAnswer)
{
    const quint32 seed = qEnvironmentVariableIsSet("LANTERN_CRASH_SEED")
        ? static_cast<quint32>(qEnvironmentVariableIntValue("LANTERN_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    SCOPED_TRACE(
        ::testing::Message() << "seed " << seed << " (rerun with LANTERN_CRASH_SEED=" << seed << ")");
    QRandomGenerator random(seed);

    const QString file = u"crash.lantern"_s;
    CaseId caseId;
    {
        auto store = createEncrypted(file);
        ASSERT_TRUE(store);
        auto c = store->newCase(pinMinimal(*store));
        ASSERT_TRUE(c.ok());
        caseId = c->id;
    }

    QHash<QString, qint64> expected; // question -> the value it must hold
    qint64 next = 0;
    int runsWithAcks = 0;
    qint64 totalAcks = 0;
    for (int run = 0; run < kKills; ++run) {
        SCOPED_TRACE(::testing::Message() << "run " << run);
        // One run in four is killed early, at a random point of opening (daily backup included).
        const bool early = run % 4 == 3;
        const int delayMs = static_cast<int>(early ? random.bounded(0, 80) : random.bounded(5, 61));
        const RunOutput output = runAndKill(file, caseId, next, run, delayMs, early);
        ASSERT_TRUE(output.problem.isEmpty()) << output.problem.toStdString();
        ASSERT_TRUE(output.killed);
        for (qint64 n : output.acks) {
            ASSERT_EQ(n, next) << "acknowledgements come in order";
            expected[u"q%1"_s.arg(n % kQuestions)] = n;
            ++next;
        }
        totalAcks += output.acks.size();
        runsWithAcks += output.acks.isEmpty() ? 0 : 1;

        {
            RawDatabase raw(path(file));
            EXPECT_EQ(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        auto store = reopen(file);
        ASSERT_TRUE(store);
        auto answers = store->answers(caseId);
        ASSERT_TRUE(answers.ok()) << answers.errorMessage().toStdString();
        // The save in flight when the kill came may or may not have committed; nothing else may differ.
        const QString inFlight = u"q%1"_s.arg(next % kQuestions);
        for (const AnswerRecord& record : std::as_const(answers->records)) {
            const auto stored = static_cast<qint64>(record.answer.value.toDouble());
            if (record.questionId == inFlight && stored == next) {
                expected[inFlight] = next++;
                continue;
            }
            ASSERT_TRUE(expected.contains(record.questionId)) << "unexpected answer " << stored;
            ASSERT_EQ(stored, expected.value(record.questionId))
                << "answer to " << record.questionId.toStdString();
        }
        ASSERT_EQ(answers->records.size(), expected.size()) << "an acknowledged answer is missing";
    }
    // A backup interrupted by a kill never carries a final name: every listed backup is whole.
    auto backups = CaseStore::backups(path(file));
    ASSERT_TRUE(backups.ok());
    EXPECT_GE(backups->size(), Backups::kKeepDaily);
    for (const BackupInfo& backup : std::as_const(*backups))
        EXPECT_TRUE(Backups::verify(backup.path).ok()) << backup.path.toStdString();

    RecordProperty("acknowledged_saves", static_cast<int>(totalAcks));
    RecordProperty("kills_during_saves", runsWithAcks);
    EXPECT_GE(runsWithAcks, kKills / 2) << "most kills must land during a burst of saves";
    EXPECT_GT(totalAcks, kKills);
}

} // namespace
} // namespace lantern::test
