#pragma once

#include "storage/backups.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// File > Restore Backup: the backups of the database, newest first, with the date and how
// many attempts and answers each holds; the chosen one is restored by the main window.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The backup chosen when the dialog was accepted.
    QString selectedPath() const;
    const QList<Backups::Entry> &entries() const { return m_entries; }

private:
    QList<Backups::Entry> m_entries;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};
