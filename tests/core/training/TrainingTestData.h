// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistRegistry.h"

#include <QList>
#include <QString>

namespace lantern::test {

/// A file under tests/core/training/data (good/ and broken/ case studies).
inline QString trainingData(const QString& relative)
{
    return QStringLiteral(TRAINING_TEST_DATA "/") + relative;
}

/// The bundled checklists, as the case studies are checked against them (no user folder).
inline const QList<ChecklistEntry>& bundledChecklists()
{
    static const QList<ChecklistEntry> entries = ChecklistRegistry::scan(QString());
    return entries;
}

} // namespace lantern::test

#include <QFile>

namespace lantern::test {

/// The bytes of a file, empty when it cannot be read (the test then fails on what it expected).
inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace lantern::test
