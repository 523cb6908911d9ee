// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lantern::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);

/// Absolute path of a file under the source tree (e.g. "resources/checklists/x.json").
QString sourcePath(const QString& relative);

/// The bytes of a file; fails the calling test (ADD_FAILURE) and returns empty when unreadable.
QByteArray readFile(const QString& path);

/// A JSON object parsed from a file; fails the calling test when it is not one.
QJsonObject readJsonObject(const QString& path);

} // namespace lantern::test

#include <ostream>

/// Lets GoogleTest print QString parameters and values readably (it must live in QString's namespace).
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << text.toStdString();
}
