// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonts/ScriptSamples.h"

#include <QCoreApplication>

namespace lantern {

// The sentences ask what a screening interview asks ("Are you safe?", "Can you leave your
// work?", "Do you have your passport?"). Each carries what its script needs to be shaped
// right: Thaana vowel marks (fili), Indic and Khmer conjuncts and vowel signs written before
// their consonant, Thai tone marks, Mongolian Cyrillic Ө and Ү, Japanese kanji with both kanas.
QList<ScriptSample> scriptSamples()
{
    return {
        { QStringLiteral("latin"),
            QCoreApplication::translate("lantern::ScriptSamples", "Latin (English, Filipino)"),
            { QChar::Script_Latin },
            QStringLiteral(u"Are you free to leave? Malaya ka bang umalis sa trabaho?"), false },
        { QStringLiteral("bengali"), QCoreApplication::translate("lantern::ScriptSamples", "Bengali"),
            { QChar::Script_Bengali }, QStringLiteral(u"আপনি কি নিরাপদ? আপনার নিরাপত্তা ও স্বাস্থ্য"), false },
        { QStringLiteral("devanagari"),
            QCoreApplication::translate("lantern::ScriptSamples", "Devanagari (Hindi, Nepali)"),
            { QChar::Script_Devanagari }, QStringLiteral(u"के तपाईं काम छोड्न स्वतन्त्र हुनुहुन्छ? सुरक्षित आश्रय"),
            false },
        { QStringLiteral("khmer"), QCoreApplication::translate("lantern::ScriptSamples", "Khmer"),
            { QChar::Script_Khmer }, QStringLiteral(u"តើអ្នកមានសុវត្ថិភាពទេ? ជំនួយ និង ការការពារ"), false },
        { QStringLiteral("thai"), QCoreApplication::translate("lantern::ScriptSamples", "Thai"),
            { QChar::Script_Thai }, QStringLiteral(u"คุณออกจากงานได้หรือไม่ ความปลอดภัย"), false },
        { QStringLiteral("han"),
            QCoreApplication::translate("lantern::ScriptSamples", "Han (Simplified Chinese)"),
            { QChar::Script_Han }, QStringLiteral(u"你可以自由离开这份工作吗？你的护照在你身边吗？"), false },
        { QStringLiteral("kana"), QCoreApplication::translate("lantern::ScriptSamples", "Kana (Japanese)"),
            { QChar::Script_Hiragana, QChar::Script_Katakana },
            QStringLiteral(u"仕事を辞めることができますか？パスポートはありますか？"), false },
        { QStringLiteral("hangul"), QCoreApplication::translate("lantern::ScriptSamples", "Hangul (Korean)"),
            { QChar::Script_Hangul }, QStringLiteral(u"일을 그만둘 수 있습니까? 여권을 가지고 있습니까?"),
            false },
        { QStringLiteral("cyrillic"),
            QCoreApplication::translate("lantern::ScriptSamples", "Cyrillic (Mongolian)"),
            { QChar::Script_Cyrillic },
            QStringLiteral(u"Та аюулгүй байна уу? Таны паспорт өөрт тань байгаа юу?"), false },
        { QStringLiteral("thaana"), QCoreApplication::translate("lantern::ScriptSamples", "Thaana (Dhivehi)"),
            { QChar::Script_Thaana }, QStringLiteral(u"ތިބާ ރައްކާތެރިތަ؟ އެހީ ބޭނުންތަ؟"), true },
    };
}

} // namespace lantern
