#pragma once

#include "exam/examsession.h"
#include "exportdialog.h"
#include "formats/questionimport.h"
#include "homepage.h"

#include <QMainWindow>

#include <memory>

class BankOverviewPage;
class Clock;
class Database;
class ExamPage;
class HistoryPage;
class Prompter;
class QAction;
class QMenu;
class QThread;
class QStackedWidget;
class BrowsePage;
class ResultsPage;
class SetupPage;

// The application window: one window whose pages the learner moves between: home, session
// setup, the exam, its results and the question bank. It owns the session being sat.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The clock and the prompter are seams: the application passes the real ones, tests fakes.
    MainWindow(Database &database, Clock &clock, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    HomePage *homePage() const { return m_home; }
    // Every page but the home page is made when first asked for.
    SetupPage *setupPage();
    ExamPage *examPage();
    ResultsPage *resultsPage();
    BankOverviewPage *bankOverview();
    HistoryPage *historyPage();
    BrowsePage *browsePage();
    QWidget *currentPage() const;
    ExamSession *session() const { return m_session.get(); }

    void showHome();
    void showSetup(Attempt::Mode mode);
    bool startSession(const ExamSession::Setup &setup);
    bool resumeSession(qint64 attemptId);
    void showResults(qint64 attemptId, bool timeExpired = false);
    void showSettings();
    // The key help (F1): the shortcuts of the page shown, then those of every page.
    void showKeyHelp();
    // Asks for question files and adds them to the database: all or nothing.
    bool importQuestions();
    // File > Export Questions: the whole bank or the questions missed.
    bool exportBank();
    // Asks which of the choices to export, in which format and language, and to which file;
    // writes it whole or not at all.
    bool exportQuestions(const QList<ExportDialog::Choice> &choices);
    void showHistory();
    // The question browser (Ctrl+F), from anywhere but an exam being sat.
    void showBrowse();
    bool startReview();
    // Backs the database up when the newest backup is more than a day old (at start-up). The
    // copy is made in a worker thread, on a connection of its own.
    void backUpIfDue();
    // Right after start-up: reads the whole database in the background to check it (the window
    // opened without, Database::Integrity::CheckLater), then backs up if due. Damage found is
    // reported with the offer to restore a backup.
    void checkDatabase();
    // The home page's summary, read at start-up while the window was built
    // (HomePage::readOverview): its first showing shows it rather than reading the database.
    // Given without the learner's standing, the page shows that it is being read until
    // setHomeStanding.
    void setHomeSummary(HomePage::Summary summary);
    void setHomeStanding(HomePage::Standing standing);
    // Waits until no background check or backup runs; false on timeout.
    bool waitForMaintenance(int timeoutMs = 120000);
    // File > Restore Backup: lists the backups and restores the chosen one.
    void showRestoreBackup();
    // Replaces the database with the backup (after the learner confirms); false if nothing
    // changed.
    bool restoreBackup(const QString &backupPath);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void showAbout();
    void enterSession(std::unique_ptr<ExamSession> session);
    void showPage(QWidget *page);
    void backUp();
    void startMaintenance(bool checkIntegrity, bool onlyIfDue);
    // Imports the files on a thread of its own, on a connection of its own; when that takes
    // more than a moment, a dialog shows how many questions are stored (of expected, when the
    // preview counted them) and offers to stop, which keeps none of them.
    QuestionImport::Outcome runImport(const QStringList &files,
                                      const QuestionImport::Placement &placement, int expected);

    Database &m_database;
    Clock &m_clock;
    Prompter &m_prompter;
    std::unique_ptr<ExamSession> m_session;
    bool m_timeExpired = false;
    QStackedWidget *m_pages;
    HomePage *m_home;
    SetupPage *m_setup = nullptr;
    ExamPage *m_exam = nullptr;
    ResultsPage *m_results = nullptr;
    BankOverviewPage *m_bankOverview = nullptr;
    HistoryPage *m_history = nullptr;
    BrowsePage *m_browse = nullptr;
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
    QAction *m_homeAction;
    QAction *m_bankAction;
    QAction *m_historyAction;
    QAction *m_browseAction;
    QAction *m_settingsAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_restoreAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_keyHelpAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_zoomResetAction;
    QThread *m_maintenance = nullptr; // the background check or backup running, if any
    struct
    {
        bool wanted = false;
        bool checkIntegrity = false;
        bool onlyIfDue = true;
    } m_pendingMaintenance; // asked for while one ran: started when it ends
};
