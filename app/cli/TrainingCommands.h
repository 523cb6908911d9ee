// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace lantern {
class CaseStudyLibrary;
}

namespace lantern::cli {

/// The training commands: case-studies, reset-training, and the seeding behind init --training.
class TrainingCommands
{
public:
    TrainingCommands(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    /// case-studies [--dir DIR] [--json]: the case studies available for training.
    int caseStudies(const QStringList& arguments);
    /// reset-training DB: deletes a training database and creates it again, seeded.
    int resetTraining(const QStringList& arguments);
    /// Creates the training database for `init DB --training` (nothing may exist at `path`):
    /// seeded with every case study, or empty when `empty`.
    int initTraining(const QString& path, bool empty);

private:
    /// The bundled case studies and those in `folder` (the user folder when empty), checked
    /// against the bundled and user checklists.
    static CaseStudyLibrary library(const QString& folder = {});
    /// Prints the case studies that could not be loaded, as warnings.
    void warnAboutProblems(const CaseStudyLibrary& library);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace lantern::cli
