// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ReportLanguage.h"

#include <QJsonArray>
#include <QLocale>

namespace lantern {

ReportText reportText(const LocalText& local, const QString& language, const QString& defaultLanguage)
{
    ReportText out;
    out.text = local.text(language, defaultLanguage, &out.fallback);
    if (!out.fallback)
        out.language = language;
    else if (local.has(defaultLanguage))
        out.language = defaultLanguage;
    else if (local.has(QStringLiteral("en")))
        out.language = QStringLiteral("en");
    // Otherwise the text is in some other declared language: leave it unnamed rather than guess.
    return out;
}

QList<ReportText> optionLabels(const Answer* answer, const Question* question, const QString& language,
    const QString& defaultLanguage)
{
    if (!answer || !question || answer->state != AnswerState::Answered || question->options.isEmpty())
        return {};
    QStringList chosen;
    if (answer->value.isArray()) {
        for (const QJsonValue& item : answer->value.toArray())
            chosen.append(item.toString());
    } else if (answer->value.isString()) {
        chosen.append(answer->value.toString());
    }
    QList<ReportText> out;
    for (const QString& id : chosen) {
        ReportText label { id, {}, false };
        for (const Option& option : question->options) {
            if (option.id == id)
                label = reportText(option.label, language, defaultLanguage);
        }
        out.append(label);
    }
    return out;
}

QString languageName(const QString& code, const QString& readerLanguage)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    const QLocale::Language reader = QLocale(readerLanguage).language();
    // QLocale calls English "American English" in its own words: English stays English.
    const QString native = locale.language() == QLocale::English ? QString() : locale.nativeLanguageName();
    const bool inEnglish = reader == QLocale::English || reader == QLocale::C || native.isEmpty();
    return QStringLiteral("%1 (%2)").arg(inEnglish ? QLocale::languageToString(locale.language()) : native, code);
}

bool isRightToLeft(const QString& code)
{
    // Qt's own table knows Arabic and Hebrew scripts; Thaana (Dhivehi) is named explicitly.
    return code == u"dv" || code.startsWith(u"dv-") || QLocale(code).textDirection() == Qt::RightToLeft;
}

Result<void> checkReportLanguages(const Checklist& checklist, const QString& language, const QString& secondLanguage)
{
    for (const QString& code : { language, secondLanguage }) {
        if (!code.isEmpty() && !checklist.languages.contains(code))
            return Error(QStringLiteral("the checklist %1 has no texts in \"%2\"; its languages are: %3")
                             .arg(checklist.id, code, checklist.languages.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace lantern
