// SPDX-License-Identifier: GPL-3.0-or-later
#include "interview/AnswerEditor.h"

#include "interview/DateAnswerEditor.h"
#include "interview/MultiChoiceEditor.h"
#include "interview/NumberAnswerEditor.h"
#include "interview/SingleChoiceEditor.h"
#include "interview/TextAnswerEditor.h"

namespace lantern {

AnswerEditor* AnswerEditor::create(const Question& question, const InterviewText& text, QWidget* parent)
{
    switch (question.type) {
    case QuestionType::YesNo: return nullptr;
    case QuestionType::Single: return new SingleChoiceEditor(question, text, parent);
    case QuestionType::Multi: return new MultiChoiceEditor(question, text, parent);
    case QuestionType::Text: return new TextAnswerEditor(question, parent);
    case QuestionType::Number: return new NumberAnswerEditor(question, parent);
    case QuestionType::Date: return new DateAnswerEditor(question, parent);
    }
    return nullptr;
}

} // namespace lantern
