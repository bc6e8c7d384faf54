#include "mainwindow.h"

#include "bank/bankreader.h"
#include "bank/questionsearch.h"
#include "bankoverviewpage.h"
#include "browsepage.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "exampage.h"
#include "formats/questionexport.h"
#include "formats/questionimport.h"
#include "historypage.h"
#include "homepage.h"
#include "importdialog.h"
#include "importprogressdialog.h"
#include "keyhelpdialog.h"
#include "progress/reviewstore.h"
#include "prompter.h"
#include "restorebackupdialog.h"
#include "resultspage.h"
#include "settingsdialog.h"
#include "setuppage.h"
#include "shortcuts.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "textscale.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, Clock &clock, Prompter &prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_pages(new QStackedWidget(this))
    , m_home(new HomePage(database, clock))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_viewMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_homeAction(new QAction(this))
    , m_bankAction(new QAction(this))
    , m_historyAction(new QAction(this))
    , m_browseAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_importAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_restoreAction(new QAction(this))
    , m_quitAction(new QAction(this))
    , m_aboutAction(new QAction(this))
    , m_keyHelpAction(new QAction(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_zoomResetAction(new QAction(this))
{
    setObjectName(u"mainWindow"_s);
    m_pages->addWidget(m_home);
    setCentralWidget(m_pages);

    m_homeAction->setObjectName(u"homeAction"_s);
    m_homeAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::Home));
    connect(m_homeAction, &QAction::triggered, this, [this] {
        if (m_session && !m_session->isSubmitted())
            m_session->setRunning(false);
        showHome();
    });
    m_bankAction->setObjectName(u"bankAction"_s);
    connect(m_bankAction, &QAction::triggered, this, [this] {
        if (m_session && !m_session->isSubmitted())
            m_session->setRunning(false);
        bankOverview()->reload();
        showPage(bankOverview());
    });
    m_historyAction->setObjectName(u"historyAction"_s);
    m_historyAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::History));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    m_browseAction->setObjectName(u"browseAction"_s);
    m_browseAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::Browse));
    connect(m_browseAction, &QAction::triggered, this, &MainWindow::showBrowse);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::Settings));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_importAction->setObjectName(u"importAction"_s);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importQuestions);
    m_exportAction->setObjectName(u"exportAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportBank);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::showRestoreBackup);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_keyHelpAction->setObjectName(u"keyHelpAction"_s);
    m_keyHelpAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::KeyHelp));
    connect(m_keyHelpAction, &QAction::triggered, this, &MainWindow::showKeyHelp);
    // Text size of questions and explanations (TextScale).
    m_zoomInAction->setObjectName(u"zoomInAction"_s);
    m_zoomInAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::LargerText));
    connect(m_zoomInAction, &QAction::triggered, this, [] { TextScale::instance().zoomIn(); });
    m_zoomOutAction->setObjectName(u"zoomOutAction"_s);
    m_zoomOutAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::SmallerText));
    connect(m_zoomOutAction, &QAction::triggered, this, [] { TextScale::instance().zoomOut(); });
    m_zoomResetAction->setObjectName(u"zoomResetAction"_s);
    m_zoomResetAction->setShortcuts(Shortcuts::keys(Shortcuts::Command::NormalText));
    connect(m_zoomResetAction, &QAction::triggered, this, [] { TextScale::instance().reset(); });
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_fileMenu->addAction(m_homeAction);
    m_fileMenu->addAction(m_historyAction);
    m_fileMenu->addAction(m_bankAction);
    m_fileMenu->addAction(m_browseAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu->addAction(m_keyHelpAction);
    m_helpMenu->addAction(m_aboutAction);

    connect(m_home, &HomePage::startRequested, this, &MainWindow::showSetup);
    connect(m_home, &HomePage::resumeRequested, this, &MainWindow::resumeSession);
    connect(m_home, &HomePage::discardRequested, this, [this](qint64 id) {
        if (m_prompter.confirm(this, tr("Discard the Attempt"),
                               tr("The answers of this attempt will be deleted and not counted."),
                               tr("&Discard"))) {
            if (m_session && m_session->attemptId() == id) {
                if (m_exam)
                    m_exam->setSession(nullptr);
                m_session.reset();
            }
            AttemptStore(m_database).discard(id);
            m_home->refresh();
        }
    });
    connect(m_home, &HomePage::attemptOpened, this, [this](qint64 id) { showResults(id); });
    connect(m_home, &HomePage::bankRequested, m_bankAction, &QAction::trigger);
    connect(m_home, &HomePage::historyRequested, this, &MainWindow::showHistory);
    connect(m_home, &HomePage::browseRequested, this, &MainWindow::showBrowse);
    connect(m_home, &HomePage::reviewRequested, this, &MainWindow::startReview);
    connect(m_home, &HomePage::weakAreaRequested, this, [this] {
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::WeakArea;
        setup.request.count = 20;
        startSession(setup);
    });
    connect(m_home, &HomePage::drillRequested, this,
            [this](WeakArea::Kind kind, const QString &id) {
                ExamSession::Setup setup;
                setup.mode = Attempt::Mode::Drill;
                setup.request.count = 15;
                (kind == WeakArea::Kind::Domain ? setup.request.domains : setup.request.topics)
                    .append(id);
                startSession(setup);
            });

    resize(1100, 760);
    retranslate();
    showHome();
}

void MainWindow::setHomeSummary(HomePage::Summary summary)
{
    m_home->setSummary(std::move(summary));
}

void MainWindow::setHomeStanding(HomePage::Standing standing)
{
    m_home->setStanding(std::move(standing));
}

MainWindow::~MainWindow()
{
    if (m_exam)
        m_exam->setSession(nullptr);
    if (m_maintenance) { // a backup being written is finished, not cut off
        m_maintenance->wait();
        delete m_maintenance;
    }
}

// The pages are made when first needed: start-up builds only what the home page shows.
SetupPage *MainWindow::setupPage()
{
    if (m_setup)
        return m_setup;
    m_setup = new SetupPage(m_database);
    m_pages->addWidget(m_setup);
    connect(m_setup, &SetupPage::startRequested, this, &MainWindow::startSession);
    connect(m_setup, &SetupPage::backRequested, this, &MainWindow::showHome);
    return m_setup;
}

ExamPage *MainWindow::examPage()
{
    if (m_exam)
        return m_exam;
    m_exam = new ExamPage(m_prompter);
    m_pages->addWidget(m_exam);
    connect(m_exam, &ExamPage::left, this, &MainWindow::showHome);
    connect(m_exam, &ExamPage::finished, this, [this] {
        const qint64 id = m_session ? m_session->attemptId() : 0;
        const bool expired = m_timeExpired;
        m_timeExpired = false;
        // The session is done; the results page reads the attempt back from the database.
        QMetaObject::invokeMethod(
            this,
            [this, id, expired] {
                m_exam->setSession(nullptr);
                m_session.reset();
                backUp();
                showResults(id, expired);
            },
            Qt::QueuedConnection);
    });
    return m_exam;
}

BankOverviewPage *MainWindow::bankOverview()
{
    if (m_bankOverview)
        return m_bankOverview;
    m_bankOverview = new BankOverviewPage(m_database);
    m_pages->addWidget(m_bankOverview);
    return m_bankOverview;
}

BrowsePage *MainWindow::browsePage()
{
    if (m_browse)
        return m_browse;
    m_browse = new BrowsePage(m_database, m_clock);
    m_pages->addWidget(m_browse);
    connect(m_browse, &BrowsePage::practiseRequested, this,
            [this](const QStringList &ids, Attempt::Mode mode) {
                ExamSession::Setup setup;
                setup.mode = mode;
                setup.questionIds = ids;
                startSession(setup);
            });
    connect(m_browse, &BrowsePage::exportQuestionsRequested, this, &MainWindow::exportQuestions);
    return m_browse;
}

void MainWindow::showBrowse()
{
    // Not in the middle of an exam: the questions of the bank, answers and all, are no place to
    // wander into from a question being sat.
    if (currentPage() == m_exam && m_session && !m_session->isSubmitted())
        return;
    showPage(browsePage());
    m_browse->prepare();
}

ResultsPage *MainWindow::resultsPage()
{
    if (m_results)
        return m_results;
    m_results = new ResultsPage(m_database, m_prompter);
    m_pages->addWidget(m_results);
    connect(m_results, &ResultsPage::homeRequested, this, &MainWindow::showHome);
    connect(m_results, &ResultsPage::retakeRequested, this,
            [this](const QStringList &ids, Attempt::Mode mode, qint64 timeLimitMs) {
                ExamSession::Setup setup;
                setup.mode = mode;
                setup.questionIds = ids;
                setup.timeLimitMs = timeLimitMs;
                startSession(setup);
            });
    connect(m_results, &ResultsPage::exportQuestionsRequested, this, &MainWindow::exportQuestions);
    return m_results;
}

HistoryPage *MainWindow::historyPage()
{
    if (m_history)
        return m_history;
    m_history = new HistoryPage(m_database, m_clock);
    m_pages->addWidget(m_history);
    connect(m_history, &HistoryPage::attemptOpened, this, [this](qint64 id) { showResults(id); });
    return m_history;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showHome()
{
    // Showing the page refreshes it; a page already on screen must be told.
    if (m_pages->currentWidget() == m_home && m_home->isVisible())
        m_home->refresh();
    showPage(m_home);
}

void MainWindow::showSetup(Attempt::Mode mode)
{
    if (m_session && !m_session->isSubmitted()) {
        if (!m_prompter.confirm(
                this, tr("An Attempt Is in Progress"),
                tr("Starting a new session leaves the attempt in progress as it is; "
                   "you can resume it from the home page later."),
                tr("&Continue"))) {
            return;
        }
        m_session->setRunning(false);
    }
    setupPage()->prepare(mode);
    showPage(m_setup);
}

void MainWindow::enterSession(std::unique_ptr<ExamSession> session)
{
    if (m_exam)
        m_exam->setSession(nullptr);
    m_session = std::move(session);
    m_timeExpired = false;
    connect(m_session.get(), &ExamSession::timeExpired, this, [this] { m_timeExpired = true; });
    examPage()->setSession(m_session.get());
    showPage(m_exam);
    m_session->setRunning(true);
}

bool MainWindow::startSession(const ExamSession::Setup &setup)
{
    const auto blueprint = QuestionStore(m_database).blueprint(u"soa-c03"_s);
    QString error;
    auto session
        = blueprint ? ExamSession::start(m_database, *blueprint, setup, m_clock, &error) : nullptr;
    if (!session) {
        m_prompter.inform(this, tr("Cannot Start"),
                          error.isEmpty() ? tr("There is no exam in the database.") : error);
        return false;
    }
    enterSession(std::move(session));
    return true;
}

bool MainWindow::resumeSession(qint64 attemptId)
{
    if (m_session && m_session->attemptId() == attemptId && !m_session->isSubmitted()) {
        showPage(m_exam);
        m_session->setRunning(true);
        return true;
    }
    QString error;
    auto session = ExamSession::resume(m_database, attemptId, m_clock, &error);
    if (!session) {
        m_prompter.inform(this, tr("Cannot Resume"), error);
        return false;
    }
    enterSession(std::move(session));
    return true;
}

void MainWindow::showResults(qint64 attemptId, bool timeExpired)
{
    if (resultsPage()->showAttempt(attemptId, timeExpired))
        showPage(m_results);
    else
        showHome();
}

void MainWindow::showHistory()
{
    if (m_session && !m_session->isSubmitted())
        m_session->setRunning(false);
    showPage(historyPage());
}

bool MainWindow::startReview()
{
    ExamSession::Setup setup;
    setup.mode = Attempt::Mode::Review;
    setup.questionIds = ReviewStore(m_database).due(u"soa-c03"_s, m_clock.wallMs(), 30);
    if (setup.questionIds.isEmpty()) {
        m_prompter.inform(this, tr("Nothing to Review"), tr("No questions are due for review."));
        return false;
    }
    return startSession(setup);
}

bool MainWindow::importQuestions()
{
    const QStringList files = m_prompter.openFileNames(
        this, tr("Import Questions"),
        tr("Question files (*.json *.gift *.txt *.xml *.csv);;Shiken (*.json);;GIFT (*.gift "
           "*.txt);;Moodle XML (*.xml);;CSV (*.csv)"));
    if (files.isEmpty())
        return false;
    QuestionImport::Outcome outcome;
    const bool allShiken = std::all_of(files.begin(), files.end(), [](const QString &path) {
        return QuestionImport::formatOf(path) == QuestionImport::Format::Json;
    });
    if (allShiken) {
        // Shiken's own files say where every question goes: they are read as they are stored,
        // whatever their size.
        outcome = runImport(files, {}, 0);
    } else {
        // Other tools' files are previewed first, and their questions placed; then they are read
        // again as they are stored, question by question, whatever their size.
        ImportDialog dialog(m_database, files, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        outcome = runImport(files, dialog.placement(), dialog.readyCount());
    }
    if (outcome.stopped) {
        m_prompter.inform(this, tr("Import Stopped"),
                          tr("The import was stopped; no question was added."));
        return false;
    }
    const BankIssues &issues = outcome.preview.problems;
    const int imported = outcome.imported;
    const auto skipped = int(outcome.preview.skipped.size());
    if (imported >= 0) {
        QString message = tr("%Ln question(s) added to the bank.", nullptr, imported);
        if (skipped > 0)
            message += u' '
                + tr("%Ln item(s) skipped: Shiken serves multiple-choice questions only.", nullptr,
                     skipped);
        m_prompter.inform(this, tr("Questions Imported"), message);
        m_home->refresh();
        if (m_bankOverview)
            m_bankOverview->reload();
        if (m_browse && currentPage() == m_browse)
            m_browse->prepare();
        return true;
    }
    QStringList lines;
    for (const BankIssue &issue : std::as_const(issues).mid(0, 20))
        lines.append(issue.toString());
    if (issues.size() > 20)
        lines.append(tr("… and %n more", nullptr, int(issues.size() - 20)));
    if (!outcome.error.isEmpty())
        lines.append(outcome.error);
    m_prompter.inform(this, tr("Nothing Was Imported"),
                      tr("The files have problems; no question was added:") + u"\n\n"_s
                          + lines.join(u'\n'));
    return false;
}

QuestionImport::Outcome MainWindow::runImport(const QStringList &files,
                                              const QuestionImport::Placement &placement,
                                              int expected)
{
    // The attempt's clock writes to the database every second: it waits while the import
    // holds the database, and does not count the time.
    const bool wasRunning = m_session && !m_session->isSubmitted() && !m_session->isPaused();
    if (wasRunning)
        m_session->setRunning(false);
    std::atomic<int> stored = 0;
    std::atomic<bool> stop = false;
    QuestionImport::Outcome outcome;
    const QString path = m_database.path();
    const qint64 now = m_clock.wallMs();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database database(path);
        if (!database.open(Database::Integrity::CheckLater)) {
            outcome.error = database.errorMessage();
            return;
        }
        QuestionStore store(database);
        outcome = QuestionImport::importFiles(store, files, placement, now, {},
                                              [&stored, &stop](int count) {
                                                  stored = count;
                                                  return !stop;
                                              });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    // A small import ends before anything is shown; the window takes no input meanwhile.
    if (!worker->wait(QDeadlineTimer(400))) {
        ImportProgressDialog progress(expected, this);
        progress.setWindowModality(Qt::ApplicationModal);
        connect(&progress, &ImportProgressDialog::stopRequested, &progress,
                [&stop] { stop = true; });
        QTimer timer;
        connect(&timer, &QTimer::timeout, &progress, [&] { progress.setStored(stored); });
        timer.start(100);
        progress.setStored(stored);
        progress.show();
        if (!worker->isFinished())
            loop.exec();
    }
    worker->wait();
    if (wasRunning && m_session && currentPage() == m_exam)
        m_session->setRunning(true);
    return outcome;
}

bool MainWindow::exportBank()
{
    // Not from an exam being sat: the file holds every answer.
    if (currentPage() == m_exam && m_session && !m_session->isSubmitted())
        return false;
    const QString exam = QuestionImport::Placement().exam;
    const QuestionSearch search(m_database);
    SearchRequest request;
    request.exam = exam;
    ExportDialog::Choice bank {tr("The whole bank"), search.ids(request), u"shiken-%1"_s.arg(exam),
                               false};
    request.status = SearchRequest::Status::MissedAtLeast;
    request.missed = 1;
    ExportDialog::Choice missed {tr("The questions you have answered wrong"), search.ids(request),
                                 u"shiken-%1-missed"_s.arg(exam), true};
    return exportQuestions({bank, missed});
}

bool MainWindow::exportQuestions(const QList<ExportDialog::Choice> &choices)
{
    if (choices.isEmpty())
        return false;
    ExportDialog dialog(choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ExportDialog::Choice &chosen = dialog.choice();
    const QuestionExport::Format format = dialog.format();
    const QString suffix = QuestionExport::suffix(format);
    const QString path
        = m_prompter.saveFileName(this, tr("Export Questions"), chosen.fileName + u'.' + suffix,
                                  tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    const QList<Question> questions = QuestionExport::load(QuestionStore(m_database), chosen.ids);
    QString error;
    if (!QuestionExport::save(path, format, questions, dialog.languages(),
                              QuestionImport::Placement().exam, &error)) {
        m_prompter.inform(this, tr("Export Failed"),
                          tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_prompter.inform(this, tr("Questions Exported"),
                      tr("%Ln question(s) written to %1.", nullptr, int(questions.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::backUp()
{
    startMaintenance(false, false);
}

void MainWindow::backUpIfDue()
{
    startMaintenance(false, true);
}

void MainWindow::checkDatabase()
{
    startMaintenance(true, true);
}

void MainWindow::startMaintenance(bool checkIntegrity, bool onlyIfDue)
{
    if (m_maintenance) {
        m_pendingMaintenance.wanted = true;
        m_pendingMaintenance.checkIntegrity |= checkIntegrity;
        m_pendingMaintenance.onlyIfDue &= onlyIfDue;
        return;
    }
    const QString path = m_database.path();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), Qt::UTC);
    auto result = std::make_shared<Backups::Maintenance>();
    m_maintenance = QThread::create([path, now, checkIntegrity, onlyIfDue, result] {
        *result = Backups::maintain(path, now, checkIntegrity, onlyIfDue);
    });
    connect(m_maintenance, &QThread::finished, this, [this, result] {
        m_maintenance->deleteLater();
        m_maintenance = nullptr;
        if (!result->backupError.isEmpty())
            qWarning("shiken: no backup was made: %s", qPrintable(result->backupError));
        if (m_pendingMaintenance.wanted) {
            const auto pending = std::exchange(m_pendingMaintenance, {});
            startMaintenance(pending.checkIntegrity, pending.onlyIfDue);
        }
        if (!result->integrityProblem.isEmpty()
            && m_prompter.confirm(
                this, tr("The Database Is Damaged"),
                tr("Shiken's check of its database found damage: %1\n\nAnswers may not be "
                   "saved from now on. Restore a backup now? The damaged file is kept beside "
                   "it.")
                    .arg(result->integrityProblem),
                tr("Choose a &Backup…"))) {
            showRestoreBackup();
        }
    });
    m_maintenance->start();
}

bool MainWindow::waitForMaintenance(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_maintenance && timer.elapsed() < timeoutMs) {
        m_maintenance->wait(QDeadlineTimer(50));
        // the thread's finished() reaches this window as a posted call
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    return !m_maintenance;
}

void MainWindow::showRestoreBackup()
{
    RestoreBackupDialog dialog(m_database.path(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedPath().isEmpty())
        restoreBackup(dialog.selectedPath());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    const Backups::Entry backup = Backups::inspect(backupPath);
    if (!backup.readable) {
        m_prompter.inform(this, tr("Cannot Restore"),
                          tr("%1 cannot be restored: %2").arg(backupPath, backup.problem));
        return false;
    }
    if (!m_prompter.confirm(
            this, tr("Restore the Backup"),
            tr("Your history will be replaced by the backup (%1 attempts, %2 answers). The current "
               "database is kept beside it, renamed, so nothing is lost. An attempt in progress "
               "is kept in the current database, not carried over.")
                .arg(backup.attempts)
                .arg(backup.answers),
            tr("&Restore"))) {
        return false;
    }
    if (m_session && !m_session->isSubmitted())
        m_session->setRunning(false);
    if (m_exam)
        m_exam->setSession(nullptr);
    m_session.reset();
    waitForMaintenance(); // a backup being made reads the file about to be replaced
    m_database.close();
    QString movedTo, error;
    const bool restored = Backups::restore(backupPath, m_database.path(), &movedTo, &error);
    // Whatever happened, the window goes on with the database now at the path.
    QString openError;
    if (!m_database.open() || !Commands::syncBundledBank(m_database, &openError)) {
        m_prompter.inform(this, tr("Cannot Open the Database"),
                          openError.isEmpty() ? m_database.errorMessage() : openError);
    }
    showHome();
    if (!restored) {
        m_prompter.inform(this, tr("Cannot Restore"), error);
        return false;
    }
    m_prompter.inform(this, tr("Backup Restored"),
                      tr("Your history is now the backup's. The database it replaced is kept at "
                         "%1.")
                          .arg(movedTo));
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The clock stops with the window, so a resumed attempt keeps the time it had.
    if (m_session && !m_session->isSubmitted())
        m_session->setRunning(false);
    event->accept();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Shiken"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_zoomInAction->setText(tr("&Larger Text"));
    m_zoomOutAction->setText(tr("&Smaller Text"));
    m_zoomResetAction->setText(tr("&Normal Text Size"));
    m_homeAction->setText(tr("&Home"));
    m_bankAction->setText(tr("Question &Bank"));
    m_historyAction->setText(tr("Progress and Histor&y"));
    m_browseAction->setText(tr("Bro&wse Questions"));
    m_settingsAction->setText(tr("&Settings…"));
    m_importAction->setText(tr("&Import Questions…"));
    m_exportAction->setText(tr("&Export Questions…"));
    m_restoreAction->setText(tr("&Restore Backup…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Shiken"));
    m_keyHelpAction->setText(tr("&Keyboard Shortcuts"));
}

void MainWindow::showKeyHelp()
{
    const QWidget *page = currentPage();
    const Shortcuts::Scope scope = page == m_exam ? Shortcuts::Scope::Exam
        : page == m_setup                         ? Shortcuts::Scope::Setup
                                                  : Shortcuts::Scope::Window;
    // Window-modal, not blocking: it closes with Escape, and the page stays as it was.
    auto *dialog = new KeyHelpDialog(scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Shiken"),
        tr("<p><b>Shiken %1</b></p><p>Practice exams for AWS Certified CloudOps "
           "Engineer – Associate (SOA-C03), in English and Japanese.</p>"
           "<p>Your history is kept in %2.</p>")
            .arg(QApplication::applicationVersion(), m_database.path().toHtmlEscaped()));
}
