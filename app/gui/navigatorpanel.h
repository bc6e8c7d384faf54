#pragma once

#include <QWidget>

class ExamSession;
class QGridLayout;
class QToolButton;

// A button for every question of the attempt, showing whether it is answered, unanswered,
// incomplete or flagged, and which is on screen; clicking one goes there.
class NavigatorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);

    void setSession(ExamSession *session);
    QToolButton *button(int position) const;
    void refresh(int position);
    void refreshAll();

signals:
    void positionRequested(int position);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    ExamSession *m_session = nullptr;
    QGridLayout *m_grid;
    QList<QToolButton *> m_buttons;
};
