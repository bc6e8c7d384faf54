#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

// What an import that takes more than a moment shows while it runs (MainWindow::runImport):
// how many questions are stored so far, of how many when the import dialog counted them, and
// Stop. Stop, Escape and closing the dialog ask the import to stop, which then keeps none of
// its questions; the dialog stays until the import has ended.
class ImportProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    // expected: the questions the files hold, or 0 when they were not counted (a busy bar).
    explicit ImportProgressDialog(int expected, QWidget *parent = nullptr);

    void setStored(int stored);

    void reject() override;

signals:
    void stopRequested();

private:
    void showProgress();

    const int m_expected;
    int m_stored = 0;
    bool m_stopping = false;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_stop;
};
