#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore a Backup"));
    const Backups backups(databasePath);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Shiken backs up your history once a day and after every submitted exam, into %1. "
           "Restoring a backup replaces the current database, which is kept beside it.")
            .arg(backups.folder()));

    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Attempts"), tr("Answers"), tr("Size")});
    const QLocale locale;
    for (const Backups::Entry &listed : backups.list()) {
        Backups::Entry entry = Backups::inspect(listed.path);
        entry.createdAt = listed.createdAt;
        m_entries.append(entry);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (entry.readable) {
            item->setText(1, locale.toString(entry.attempts));
            item->setText(2, locale.toString(entry.answers));
        } else {
            item->setText(1, tr("cannot be restored: %1").arg(entry.problem));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
        }
        item->setText(3, locale.formattedDataSize(entry.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_entries.isEmpty())
        m_intro->setText(m_intro->text() + u"\n\n"_s + tr("There is no backup yet."));

    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this, restore] { restore->setEnabled(!selectedPath().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).readable) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(560, 380);
    m_list->setFocus();
}

QString RestoreBackupDialog::selectedPath() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).readable)
        return {};
    return m_entries.at(row).path;
}
