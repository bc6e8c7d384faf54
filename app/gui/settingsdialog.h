#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// The learner's settings: for now the interface language, applied at once and remembered.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *schemeCombo() const { return m_scheme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply(int index);

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_schemeLabel;
    QComboBox *m_scheme;
    QLabel *m_note;
};
