// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logic/JsonLogic.h"

#include <gtest/gtest.h>
#include <ostream>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <string>
#include <string_view>

/// Lets GoogleTest print JSON values in failure messages.
inline void PrintTo(const QJsonValue& value, std::ostream* out)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    *out << text.mid(1, text.size() - 2).toStdString();
}

namespace lantern::logic::test {

/// Any JSON value (scalars too) from text; a malformed literal fails the calling test.
inline QJsonValue json(std::string_view text)
{
    QByteArray wrapped("[");
    wrapped.append(text.data(), static_cast<qsizetype>(text.size()));
    wrapped.append(']');
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        ADD_FAILURE() << "malformed JSON in test: " << text;
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.array().at(0);
}

/// Compact JSON text of a value, e.g. [1,"a"]; numbers print the same whether stored as
/// integer or double.
inline std::string show(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2).toStdString();
}

/// The result of a rule over data, both written as JSON, shown as compact JSON; an error shows
/// as "error: <message>".
inline std::string run(std::string_view rule, std::string_view data = "null")
{
    const Result<QJsonValue> result = evaluate(json(rule), json(data));
    return result.ok() ? show(*result) : "error: " + result.errorMessage().toStdString();
}

} // namespace lantern::logic::test
