#pragma once

#include <QList>
#include <QString>

// One problem found in a bank file, reported as "file: question id: field: message".
struct BankIssue
{
    QString file;
    QString questionId; // empty for problems of the file itself
    QString field;
    QString message;

    QString toString() const
    {
        if (questionId.isEmpty() && field.isEmpty())
            return file + QStringLiteral(": ") + message;
        return file + QStringLiteral(": ")
            + (questionId.isEmpty() ? QStringLiteral("-") : questionId) + QStringLiteral(": ")
            + (field.isEmpty() ? QStringLiteral("-") : field) + QStringLiteral(": ") + message;
    }
};

using BankIssues = QList<BankIssue>;
