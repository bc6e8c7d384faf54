#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// The learner's note on a question, in Markdown: written here, shown under the explanation
// wherever the question is explained, and in the PDF and CSV exports.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &questionId, const QString &note, QWidget *parent = nullptr);

    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QLabel *m_intro;
    QPlainTextEdit *m_editor;
};
