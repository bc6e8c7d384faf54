#include "importprogressdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ImportProgressDialog::ImportProgressDialog(int expected, QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setObjectName(u"importProgress"_s);
    setWindowTitle(tr("Importing Questions"));
    m_label->setObjectName(u"importProgressText"_s);
    m_bar->setObjectName(u"importProgressBar"_s);
    m_stop->setObjectName(u"importStopButton"_s);
    m_bar->setRange(0, m_expected); // 0 to 0: a busy bar
    m_bar->setTextVisible(m_expected > 0);
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 55);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    connect(m_stop, &QPushButton::clicked, this, &ImportProgressDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    showProgress();
}

void ImportProgressDialog::setStored(int stored)
{
    m_stored = stored;
    showProgress();
}

void ImportProgressDialog::reject()
{
    // The dialog closes when the import has ended, not before: it keeps the window from being
    // used meanwhile.
    if (m_stopping)
        return;
    m_stopping = true;
    m_stop->setEnabled(false);
    showProgress();
    emit stopRequested();
}

void ImportProgressDialog::showProgress()
{
    const QLocale locale;
    if (m_stopping) {
        m_label->setText(tr("Stopping: no question of these files is kept…"));
        return;
    }
    if (m_expected > 0) {
        m_label->setText(tr("Storing the questions: %1 of %2…")
                             .arg(locale.toString(m_stored), locale.toString(m_expected)));
        m_bar->setValue(std::min(m_stored, m_expected));
    } else {
        m_label->setText(tr("Storing the questions: %1 so far…").arg(locale.toString(m_stored)));
    }
}
