#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Format = QuestionExport::Format;
using Languages = QuestionExchange::Languages;

ExportDialog::ExportDialog(const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_questions(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_formatHint(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_export(new QPushButton(this))
{
    Q_ASSERT(!m_choices.isEmpty());
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Questions"));
    auto *intro = new QLabel(tr("Writes questions for other tools: Moodle and other learning "
                                "systems, spreadsheets, Anki, or another Shiken."),
                             this);
    intro->setWordWrap(true);

    m_questions->setObjectName(u"exportQuestions"_s);
    for (const Choice &choice : std::as_const(m_choices))
        m_questions->addItem(
            tr("%1 (%Ln question(s))", nullptr, int(choice.ids.size())).arg(choice.label));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("GIFT, for Moodle and other learning systems"), int(Format::Gift));
    m_format->addItem(tr("Moodle XML"), int(Format::MoodleXml));
    m_format->addItem(tr("CSV, for spreadsheets"), int(Format::Csv));
    m_format->addItem(tr("Anki (a text file for File > Import)"), int(Format::Anki));
    m_format->addItem(tr("Shiken's own question file (JSON)"), int(Format::Json));
    m_formatHint->setObjectName(u"exportFormatHint"_s);
    m_formatHint->setWordWrap(true);
    m_language->setObjectName(u"exportLanguage"_s);
    m_language->addItem(tr("English and Japanese"), int(Languages::Both));
    m_language->addItem(tr("English"), int(Languages::English));
    m_language->addItem(tr("Japanese"), int(Languages::Japanese));

    // The format and language chosen last time.
    const QSettings settings;
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(settings.value(u"export/format"_s, int(Format::Gift)))));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(u"export/languages"_s, int(Languages::Both)))));
    offerMissedForAnki();

    auto *form = new QFormLayout;
    form->addRow(tr("&Questions:"), m_questions);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_formatHint);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setText(tr("&Export…"));
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings chosen;
        chosen.setValue(u"export/format"_s, m_format->currentData());
        chosen.setValue(u"export/languages"_s, m_language->currentData());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_questions, &QComboBox::activated, this, [this] { m_choiceTouched = true; });
    connect(m_questions, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        offerMissedForAnki();
        update();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    update();
    resize(qMax(width(), 560), sizeHint().height());
    m_questions->setFocus();
}

const ExportDialog::Choice &ExportDialog::choice() const
{
    return m_choices.at(qBound(0, m_questions->currentIndex(), int(m_choices.size()) - 1));
}

QuestionExport::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QuestionExchange::Languages ExportDialog::languages() const
{
    return Languages(m_language->currentData().toInt());
}

void ExportDialog::offerMissedForAnki()
{
    // Anki's cards are for what the learner gets wrong, unless they chose another set.
    if (format() != Format::Anki || m_choiceTouched)
        return;
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).missed)
            m_questions->setCurrentIndex(int(i));
    }
}

void ExportDialog::update()
{
    switch (format()) {
    case Format::Gift:
        m_formatHint->setText(tr("Moodle's plain-text quiz format: Question bank > Import in "
                                 "Moodle, and most quiz tools, read it. Both languages travel as "
                                 "Moodle's language filter spans."));
        break;
    case Format::MoodleXml:
        m_formatHint->setText(tr("Moodle's own question format, with feedback and categories."));
        break;
    case Format::Csv:
        m_formatHint->setText(tr("One row per question and language, for a spreadsheet program; "
                                 "Shiken reads it back."));
        break;
    case Format::Anki:
        m_formatHint->setText(tr("A card per question: the question and its choices in front, "
                                 "the answer and the explanations on the back. Anki adds the "
                                 "cards with File > Import."));
        break;
    case Format::Json:
        m_formatHint->setText(tr("Everything Shiken knows of each question, for another "
                                 "Shiken's File > Import Questions."));
        break;
    }
    m_export->setEnabled(!choice().ids.isEmpty());
}
