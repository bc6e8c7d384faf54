#include "notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NoteDialog::NoteDialog(const QString &questionId, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(u"noteDialog"_s);
    setWindowTitle(tr("Note on %1").arg(questionId));
    m_editor->setObjectName(u"noteEditor"_s);
    m_editor->setPlainText(note);
    m_editor->setTabChangesFocus(true);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Your own words on this question: what to remember, where you went "
                        "wrong, a link. Markdown works (**bold**, lists, `code`). The note is "
                        "shown under the explanation wherever this question is explained; an "
                        "empty note is removed."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
    resize(560, 360);
}

QString NoteDialog::note() const
{
    return m_editor->toPlainText();
}
