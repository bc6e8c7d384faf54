#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Asks the learner to confirm or tells them something. The application uses message boxes;
// tests put in a prompter that answers at once.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptText)
        = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // A file to write; empty when the learner cancels.
    virtual QString saveFileName(QWidget *parent, const QString &title,
                                 const QString &suggestedName, const QString &filter)
        = 0;
    // Files to read; empty when the learner cancels.
    virtual QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter)
        = 0;
};

class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptText) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
    QStringList openFileNames(QWidget *parent, const QString &title,
                              const QString &filter) override;
};

// Says yes to every question and answers a save dialog with fileName: for the programs that
// drive the window without a person at it (the screenshot tool, the benchmark).
class AcceptingPrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    void inform(QWidget *, const QString &, const QString &) override { }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileName;
    }
    QStringList openFileNames(QWidget *, const QString &, const QString &) override { return {}; }

    QString fileName;
};
