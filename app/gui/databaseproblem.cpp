#include "databaseproblem.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

bool DatabaseProblem::resolve(Database &database, QWidget *parent)
{
    QMessageBox box(QMessageBox::Critical, tr("Shiken cannot use its database"),
                    database.errorMessage(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseProblemBox"));
    box.setInformativeText(tr("The file has not been changed. Shiken can move it aside, keeping it "
                              "beside the original name, and start with an empty history."));
    QPushButton *moveAside
        = box.addButton(tr("Move Aside and Start Fresh"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(QMessageBox::Close);
    box.setDefaultButton(quit);
    box.exec();
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
