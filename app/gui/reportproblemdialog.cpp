#include "reportproblemdialog.h"

#include "bank/questionstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportProblemDialog::ReportProblemDialog(const Question &question, const QString &language,
                                         QWidget *parent)
    : QDialog(parent)
    , m_questionId(question.id)
    , m_contentHash(QuestionStore::contentHash(question))
    , m_language(language)
    , m_intro(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reportProblemDialog"_s);
    setWindowTitle(tr("Report a Problem with %1").arg(m_questionId));
    m_description->setObjectName(u"reportDescription"_s);
    m_status->setObjectName(u"reportStatus"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->setText(tr("What is wrong with this question? A wrong answer, a fact that has "
                        "changed, a typo, an unclear choice: describe it in a few sentences. "
                        "The report names the question and its version, and is saved and "
                        "copied to the clipboard, ready to send."));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Report"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!m_description->toPlainText().trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!save().isEmpty()) {
            // Saved: the description is done with; Close is all that is left.
            m_description->setReadOnly(true);
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_buttons->button(QDialogButtonBox::Close)->setFocus();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_description->setFocus();
    resize(560, 360);
}

QString ReportProblemDialog::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"reports"_s);
}

QString ReportProblemDialog::report() const
{
    // In English whatever the interface language: it is read by whoever keeps the bank.
    return u"Shiken problem report\n"
           "Question: %1\n"
           "Content hash: %2\n"
           "Shiken version: %3\n"
           "Language shown: %4\n"
           "Date: %5\n"
           "\n%6\n"_s.arg(m_questionId, m_contentHash, QApplication::applicationVersion(),
                          m_language, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                          m_description->toPlainText().trimmed());
}

QString ReportProblemDialog::save()
{
    const QString text = report();
    const QDir dir(folder());
    const QString path = dir.filePath(
        u"%1-%2.txt"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s),
                           QString(m_questionId).replace(u'/', u'_')));
    QSaveFile file(path);
    if (!dir.mkpath(u"."_s) || !file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        m_status->setText(tr("The report could not be saved to %1: %2. It is on the clipboard.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        QApplication::clipboard()->setText(text);
        return {};
    }
    QApplication::clipboard()->setText(text);
    m_status->setText(
        tr("Saved to %1 and copied to the clipboard.").arg(QDir::toNativeSeparators(path)));
    return path;
}
