#include "mainwindow.h"

#include "bankoverviewpage.h"
#include "database.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_bankOverview(new BankOverviewPage(database, this))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_quitAction(new QAction(this))
    , m_aboutAction(new QAction(this))
{
    setObjectName(u"mainWindow"_s);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu->addAction(m_aboutAction);
    setCentralWidget(m_bankOverview);
    resize(960, 680);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Shiken"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Shiken"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Shiken"),
                       tr("<p><b>Shiken %1</b></p><p>Practice exams for AWS Certified CloudOps "
                          "Engineer – Associate (SOA-C03), in English and Japanese.</p>"
                          "<p>Your history is kept in %2.</p>")
                           .arg(QApplication::applicationVersion(), m_database.path().toHtmlEscaped()));
}
