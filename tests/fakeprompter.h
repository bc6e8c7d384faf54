#pragma once

// The prompter seam for GUI tests: every question is answered at once, and recorded.

#include "prompter.h"

#include <QStringList>

class FakePrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked.append(title + QStringLiteral(": ") + text);
        return answer;
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        told.append(title + QStringLiteral(": ") + text);
    }

    QString saveFileName(QWidget *, const QString &, const QString &suggestedName,
                         const QString &) override
    {
        suggested.append(suggestedName);
        return fileName;
    }

    QStringList openFileNames(QWidget *, const QString &, const QString &) override
    {
        return filesToOpen;
    }

    bool answer = true;
    QStringList filesToOpen; // what the "open" dialog answers
    QString fileName; // what the "save as" dialog answers; empty: cancelled
    QStringList suggested;
    QStringList asked;
    QStringList told;
};
