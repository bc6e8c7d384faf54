#pragma once

#include "bank/question.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Reports a problem with a question (a wrong answer, a typo, an outdated fact): the learner
// describes it, and the report (question id, content hash, Shiken's version, the language
// shown, the description) is saved to the reports folder beside the default database and
// copied to the clipboard, ready to send.
class ReportProblemDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportProblemDialog(const Question &question, const QString &language,
                        QWidget *parent = nullptr);

    QPlainTextEdit *description() const { return m_description; }
    // Where reports are saved.
    static QString folder();
    // The report as saved and copied.
    QString report() const;
    // Saves and copies the report; the path written, or empty with the reason shown.
    QString save();

private:
    QString m_questionId;
    QString m_contentHash;
    QString m_language;
    QLabel *m_intro;
    QPlainTextEdit *m_description;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
