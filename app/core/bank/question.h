#pragma once

#include "bank/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

// One answer option of a question, in the order and with the key the bank gives it.
struct Choice
{
    QString key;
    bool correct = false;
    LocalizedText text;
    LocalizedText rationale;
    bool operator==(const Choice &) const = default;
};

// A documentation page that supports the answer.
struct Reference
{
    QString title;
    QString url;
    bool operator==(const Reference &) const = default;
};

// A bank question, as the question file format describes it (docs/question-format.md).
struct Question
{
    enum class Type { Single, Multiple };

    QString id;
    QString exam;
    QString domain;
    QString task;
    QStringList topics;
    int difficulty = 2;
    Type type = Type::Single;
    int select = 1; // how many choices make the answer: 1 for single
    LocalizedText stem;
    QList<Choice> choices;
    LocalizedText explanation;
    QList<Reference> references;
    QString group;

    // The type as the file format and the database write it: "single" or "multiple".
    static QString typeName(Type type)
    {
        return type == Type::Multiple ? QStringLiteral("multiple") : QStringLiteral("single");
    }

    // The keys of the correct choices, in key order ("AC").
    QString correctKeys() const
    {
        QString keys;
        for (const Choice &choice : choices) {
            if (choice.correct)
                keys += choice.key;
        }
        return keys;
    }
    const Choice *choice(QStringView key) const
    {
        for (const Choice &c : choices) {
            if (c.key == key)
                return &c;
        }
        return nullptr;
    }
    bool operator==(const Question &) const = default;
};
