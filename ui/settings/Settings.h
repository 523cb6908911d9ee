// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QByteArray>
#include <QString>
#include <QVariant>

class QSettings;

namespace lantern {

/// The application's settings: typed keys with their defaults in one table (Settings.cpp), over
/// an INI file. Widgets keep their own geometry and state under a prefix of their choosing.
class Settings
{
public:
    /// Every user-visible setting. Add a key here and one row to the table in Settings.cpp.
    enum class Key {
        InactivityLockMinutes, ///< lock after this many minutes without input; 0 = never
        LockWhenHidden,        ///< lock when the window is minimised or the session is hidden
        ChecklistFolder,       ///< the organisation's own checklists
        FontPointSize,         ///< interface font size; 0 = follow the desktop
        LastDatabase,          ///< the database opened last, offered at the next start
        InterfaceLanguage,     ///< "th", "zh_CN"...; empty = follow the desktop
        BilingualStacked,      ///< bilingual questions one above the other instead of side by side
        IntervieweeTextPercent, ///< size of the interviewee's text, in percent of the interface text
    };

    /// Settings stored in `iniPath`; the default is lantern.ini in the per-user config folder.
    explicit Settings(const QString& iniPath = defaultPath());
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    /// The per-user settings file (isolated when QStandardPaths test mode is on).
    static QString defaultPath();

    /// The stored value, or the key's default when unset or of the wrong type.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    /// Forgets a stored value so the default applies again.
    void reset(Key key);
    static QVariant defaultValue(Key key);

    int intValue(Key key) const { return value(key).toInt(); }
    bool boolValue(Key key) const { return value(key).toBool(); }
    QString stringValue(Key key) const { return value(key).toString(); }

    /// A widget's own state (geometry, header layout...) under `prefix`, e.g. "CaseList/header".
    QByteArray widgetState(const QString& prefix, const QString& name) const;
    void setWidgetState(const QString& prefix, const QString& name, const QByteArray& state);

    /// Writes pending changes to disk.
    void sync();
    QString path() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lantern
