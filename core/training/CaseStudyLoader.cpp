// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CaseStudyLoader.h"

#include "checklist/FieldReader.h"
#include "checklist/JsonSource.h"
#include "training/CaseStudyReader.h"
#include "training/CaseStudyScoring.h"

#include <QFile>
#include <QFileInfo>

namespace lantern {

namespace {

CaseStudyLoad failure(const QString& name, const QString& message)
{
    return { std::nullopt, { Diagnostic { name, 0, 0, message, {} } } };
}

} // namespace

CaseStudyLoad CaseStudyLoader::loadFile(
    const QString& path, const QList<ChecklistEntry>& checklists, const QString& displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(name, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > kMaxFileSize)
        return failure(name,
            QStringLiteral("the file is larger than %1 MiB; this is not a case study")
                .arg(kMaxFileSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(name, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    CaseStudyLoad load = loadBytes(bytes, name, checklists, QFileInfo(path).completeBaseName());
    if (load.caseStudy)
        load.caseStudy->path = path;
    return load;
}

CaseStudyLoad CaseStudyLoader::loadBytes(const QByteArray& bytes, const QString& displayName,
    const QList<ChecklistEntry>& checklists, const QString& expectedId)
{
    // Case studies are small: parse once with positions, so every problem can be pointed at.
    const JsonSource source = JsonSource::parse(bytes, JsonSource::Mode::WithPositions);
    if (source.syntaxError) {
        const JsonSyntaxError& error = *source.syntaxError;
        return { std::nullopt,
            { Diagnostic {
                displayName, error.position.line, error.position.column, error.message, error.pointer } } };
    }
    DiagnosticSink sink(displayName);
    for (const auto& [pointer, position] : source.duplicateKeys) {
        QString key = pointer.mid(pointer.lastIndexOf(u'/') + 1);
        key.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        sink.errorAt(position, pointer,
            QStringLiteral("duplicate member '%1'; a name may appear only once in an object").arg(key));
    }
    CaseStudyReader reader(sink, checklists);
    CaseStudy caseStudy = reader.read(source.root, expectedId);
    // Scoring only means something once the answers themselves are sound.
    if (sink.isEmpty() && reader.checklist()) {
        const QString interviewOutcome = QStringLiteral("/expected/interview_outcome");
        const bool interviewOutcomeGiven = source.valuePositions.contains(interviewOutcome);
        for (const CaseStudyMismatch& mismatch :
            CaseStudyScoring::mismatches(caseStudy, *reader.checklist())) {
            switch (mismatch.expectation) {
            case CaseStudyMismatch::Expectation::Profiles:
                sink.error(QStringLiteral("/expected/profiles"), mismatch.message);
                break;
            case CaseStudyMismatch::Expectation::Outcome:
                sink.error(QStringLiteral("/expected/outcome"), mismatch.message);
                break;
            case CaseStudyMismatch::Expectation::InterviewOutcome:
                if (interviewOutcomeGiven)
                    sink.error(interviewOutcome, mismatch.message);
                else
                    sink.error(QStringLiteral("/expected/outcome"),
                        mismatch.message + QStringLiteral("; give \"interview_outcome\" when they differ"));
                break;
            }
        }
    }
    if (!sink.isEmpty())
        return { std::nullopt, sink.resolve(source) };
    return { std::move(caseStudy), {} };
}

} // namespace lantern
