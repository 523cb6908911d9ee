// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "checklist/ChecklistRegistry.h"

#include <array>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace lantern {

namespace {

struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView name;
    QMetaType::Type type;
};

// The one table of settings: name in the file and type. Defaults live in defaultValue(), since
// some are computed (folders) and QVariant is not constexpr.
constexpr std::array kKeys {
    KeyInfo { Settings::Key::InactivityLockMinutes, QLatin1StringView("security/inactivityLockMinutes"),
        QMetaType::Int },
    KeyInfo { Settings::Key::LockWhenHidden, QLatin1StringView("security/lockWhenHidden"), QMetaType::Bool },
    KeyInfo { Settings::Key::ChecklistFolder, QLatin1StringView("checklists/folder"), QMetaType::QString },
    KeyInfo { Settings::Key::FontPointSize, QLatin1StringView("interface/fontPointSize"), QMetaType::Int },
    KeyInfo { Settings::Key::LastDatabase, QLatin1StringView("database/last"), QMetaType::QString },
    KeyInfo { Settings::Key::InterfaceLanguage, QLatin1StringView("interface/language"), QMetaType::QString },
    KeyInfo { Settings::Key::BilingualStacked, QLatin1StringView("interview/bilingualStacked"), QMetaType::Bool },
    KeyInfo { Settings::Key::IntervieweeTextPercent, QLatin1StringView("interview/intervieweeTextPercent"),
        QMetaType::Int },
};

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& entry : kKeys) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

QString stateKey(const QString& prefix, const QString& name)
{
    return QStringLiteral("widgets/") + prefix + QLatin1Char('/') + name;
}

} // namespace

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/lantern.ini");
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::InactivityLockMinutes:
        return 5;
    case Key::LockWhenHidden:
        return true;
    case Key::ChecklistFolder:
        return ChecklistRegistry::defaultUserFolder();
    case Key::FontPointSize:
        return 0;
    case Key::LastDatabase:
    case Key::InterfaceLanguage:
        return QString();
    case Key::BilingualStacked:
        return false;
    case Key::IntervieweeTextPercent:
        return 160;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    const QVariant stored = m_settings->value(QString(entry.name));
    // A hand-edited file may hold anything; an unreadable value falls back to the default.
    if (!stored.isValid() || !stored.canConvert(QMetaType(entry.type)))
        return defaultValue(key);
    QVariant converted = stored;
    if (!converted.convert(QMetaType(entry.type)))
        return defaultValue(key);
    if (entry.type == QMetaType::Int && converted.toInt() < 0)
        return defaultValue(key);
    return converted;
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QString(info(key).name), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(QString(info(key).name));
}

QByteArray Settings::widgetState(const QString& prefix, const QString& name) const
{
    return m_settings->value(stateKey(prefix, name)).toByteArray();
}

void Settings::setWidgetState(const QString& prefix, const QString& name, const QByteArray& state)
{
    m_settings->setValue(stateKey(prefix, name), state);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::path() const
{
    return m_settings->fileName();
}

} // namespace lantern
