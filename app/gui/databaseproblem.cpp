#include "databaseproblem.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

bool DatabaseProblem::resolve(Database &database, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, tr("Shiken cannot use its database"),
                    database.errorMessage(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseProblemBox"));
    const std::optional<Backups::Entry> backup = Backups(database.path()).newestGood();
    QPushButton *restore = nullptr;
    if (backup) {
        box.setInformativeText(
            tr("The file has not been changed. Shiken can put your newest good backup in its "
               "place (%1: %2 attempts, %3 answers), keeping the file beside it, or move it "
               "aside and start with an empty history.")
                .arg(QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat))
                .arg(backup->attempts)
                .arg(backup->answers));
        restore = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupButton"));
    } else {
        box.setInformativeText(tr("The file has not been changed. Shiken can move it aside, "
                                  "keeping it beside the original name, and start with an empty "
                                  "history."));
    }
    QPushButton *moveAside
        = box.addButton(tr("Move Aside and Start Fresh"), QMessageBox::AcceptRole);
    moveAside->setObjectName(QStringLiteral("moveAsideButton"));
    QPushButton *quit = box.addButton(QMessageBox::Close);
    box.setDefaultButton(quit);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        QString movedTo, error;
        database.close();
        if (!Backups::restore(backup->path, database.path(), &movedTo, &error)
            || !database.open()) {
            QMessageBox::critical(parent, tr("Shiken cannot use its database"),
                                  error.isEmpty() ? database.errorMessage() : error);
            return false;
        }
        QMessageBox::information(parent, tr("Backup Restored"),
                                 tr("The unreadable database was moved to %1.").arg(movedTo));
        return true;
    }
    if (box.clickedButton() != moveAside)
        return false;

    QString error;
    const QString movedTo = Database::moveAside(database.path(), &error);
    if (movedTo.isEmpty()) {
        QMessageBox::critical(parent, tr("Shiken cannot use its database"), error);
        return false;
    }
    if (!database.open()) {
        QMessageBox::critical(parent, tr("Shiken cannot use its database"),
                              database.errorMessage());
        return false;
    }
    QMessageBox::information(parent, tr("A fresh database"),
                             tr("The old database was moved to %1.").arg(movedTo));
    return true;
}
