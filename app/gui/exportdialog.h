#pragma once

#include "formats/questionexport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Export Questions: which questions (the choices the page offers: the whole bank, those
// missed, an exam's, the browser's result), in which format and language. The main window
// asks for the file and writes it.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label; // "The whole bank"
        QStringList ids;
        QString fileName; // the suggested file's name without its suffix
        bool missed = false; // the learner's missed questions: Anki's default
    };

    explicit ExportDialog(const QList<Choice> &choices, QWidget *parent = nullptr);

    const Choice &choice() const;
    QuestionExport::Format format() const;
    QuestionExchange::Languages languages() const;

private:
    void update();
    void offerMissedForAnki();

    QList<Choice> m_choices;
    bool m_choiceTouched = false;
    QComboBox *m_questions;
    QComboBox *m_format;
    QLabel *m_formatHint;
    QComboBox *m_language;
    QPushButton *m_export;
};
