// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the shell and case-list widget tests: an isolated folder per test, cheap key
// derivation, a driven clock, and finding controls the way a user (or screen reader) names them.
#pragma once

#include "cases/Clock.h"
#include "casework/CaseFile.h"
#include "checklist/ChecklistRegistry.h"
#include "shell/DatabaseSession.h"
#include "shell/ShellOptions.h"
#include "vault/SecureBytes.h"

#include <gtest/gtest.h>

#include <memory>
#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

namespace lantern::test {

inline const QString kPassphrase = QStringLiteral("lantern-test-passphrase-river-cloud");

/// A control under `root` by its accessible name; fails the test when missing.
template<class T> T* byName(QWidget* root, const QString& accessibleName)
{
    const QList<T*> all = root->findChildren<T*>();
    for (T* widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    ADD_FAILURE() << "no control named " << accessibleName.toStdString();
    return nullptr;
}

/// A throw-away folder with a settings file and room for databases.
struct ShellEnvironment
{
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock
        = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC));

    QString path(const QString& name) const { return dir.filePath(name); }

    ShellOptions options(const QString& database = {}) const
    {
        ShellOptions options;
        options.databasePath = database;
        options.settingsPath = path(QStringLiteral("settings.ini"));
        options.clock = clock;
        options.kdfChooser = [] { return KdfParams::minimal(); };
        return options;
    }

    /// A database with one case per code (fictional codes), on the bundled identification
    /// checklist; closed again so a window can open it.
    void makeDatabase(const QString& file, const QStringList& codes) const
    {
        DatabaseSession session;
        session.setKdfChooser([] { return KdfParams::minimal(); });
        auto passphrase = SecureBytes::fromPassphrase(kPassphrase);
        ASSERT_TRUE(passphrase.ok());
        const auto created = session.create(path(file), passphrase.value());
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        const QList<ChecklistEntry> entries = ChecklistRegistry::scan(path(QStringLiteral("no-user-checklists")));
        const ChecklistEntry* entry = ChecklistRegistry::find(entries, QStringLiteral("ilo-identification"));
        ASSERT_NE(entry, nullptr);
        for (const QString& code : codes) {
            auto caseFile = CaseFile::create(session.store(), *entry->load.checklist, code);
            ASSERT_TRUE(caseFile.ok()) << caseFile.errorMessage().toStdString();
        }
        session.close();
    }
};

/// Distinct colours in a sample of a screenshot: a blank or single-colour page has very few.
inline int colourVariety(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

/// Types `text` into `field` as keystrokes.
inline void type(QLineEdit* field, const QString& text)
{
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace lantern::test
