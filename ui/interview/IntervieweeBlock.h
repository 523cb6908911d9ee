// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace lantern {

class InterviewText;
struct Question;

/// A question as the interviewee reads it in a bilingual interview: the question, its options
/// and its help in the interviewee's language, large enough to be read across a table, in that
/// language's direction. A heading names the language and says when the texts are a draft
/// translation or not translated at all (shown in the checklist's default language instead),
/// so the caseworker knows the interviewee may not be reading their own language.
class IntervieweeBlock : public QWidget
{
    Q_OBJECT

public:
    IntervieweeBlock(const Question& question, const InterviewText& text, QWidget* parent = nullptr);

    /// Whether any text of the block fell back to another language.
    bool usesFallback() const { return m_fallback; }
    QLabel* questionLabel() const { return m_question; }

private:
    QLabel* m_question = nullptr;
    bool m_fallback = false;
};

} // namespace lantern
