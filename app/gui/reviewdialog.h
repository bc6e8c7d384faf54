#pragma once

#include <QDialog>

class ExamSession;
class QComboBox;
class QLabel;
class QTreeWidget;

// The review screen: every question with its state, filtered to all, incomplete or flagged;
// choosing one goes back to the exam at that question.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Filter { All, Incomplete, Flagged };

    ReviewDialog(ExamSession &session, const QString &language, QWidget *parent = nullptr);

    void setFilter(Filter filter);
    // The question chosen, or -1.
    int chosenPosition() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    ExamSession &m_session;
    QString m_language;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTreeWidget *m_list;
    int m_chosen = -1;
};
