#include "keyhelpdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyHelpDialog::KeyHelpDialog(Shortcuts::Scope page, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"keyHelpDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(u"keyHelpList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    const auto addGroup = [this](const QString &title, Shortcuts::Scope scope) {
        auto *group = new QTreeWidgetItem(m_list, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const Shortcuts::Entry &entry : Shortcuts::table()) {
            if (entry.scope == scope)
                new QTreeWidgetItem(group,
                                    {Shortcuts::keysText(entry), Shortcuts::description(entry)});
        }
    };
    if (page == Shortcuts::Scope::Exam)
        addGroup(tr("On the exam page"), Shortcuts::Scope::Exam);
    else if (page == Shortcuts::Scope::Setup)
        addGroup(tr("On the new session page"), Shortcuts::Scope::Setup);
    addGroup(tr("Everywhere"), Shortcuts::Scope::Window);
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 480);
}
