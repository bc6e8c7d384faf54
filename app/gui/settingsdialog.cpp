#include "settingsdialog.h"

#include "appearance.h"
#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_schemeLabel(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"languageCombo"_s);
    // Each language is named in itself, so it can be found whatever the interface shows.
    m_language->addItem(QString(), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    const QString saved = Language::saved();
    m_language->setCurrentIndex(qMax(0, m_language->findData(saved)));
    m_note->setWordWrap(true);
    m_scheme->setObjectName(u"schemeCombo"_s);
    m_scheme->addItems({QString(), QString(), QString()}); // System, Light, Dark
    m_scheme->setCurrentIndex(int(Appearance::instance().scheme()));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_schemeLabel, m_scheme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::apply);
    connect(m_scheme, &QComboBox::currentIndexChanged, this,
            [](int index) { Appearance::instance().setScheme(Appearance::Scheme(index)); });
    retranslate();
    resize(440, 200);
}

void SettingsDialog::apply(int index)
{
    const QString code = m_language->itemData(index).toString();
    Language::save(code);
    Language::install(code.isEmpty() ? Language::systemDefault() : code);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_schemeLabel->setText(tr("&Colours:"));
    m_schemeLabel->setBuddy(m_scheme);
    m_scheme->setItemText(0, tr("Follow the system"));
    m_scheme->setItemText(1, tr("Light"));
    m_scheme->setItemText(2, tr("Dark"));
    m_language->setItemText(
        0,
        tr("Follow the system (%1)")
            .arg(Language::systemDefault() == u"ja" ? u"日本語"_s : u"English"_s));
    m_note->setText(tr("The interface and the questions switch at once. Each question can still be "
                       "shown in the other language with Ctrl+L. The --lang option overrides this "
                       "setting for one start."));
}
