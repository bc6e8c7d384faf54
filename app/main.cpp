// The shiken executable: a headless command (validate, import, stats) on a QCoreApplication,
// or the application window.

#include "appearance.h"
#include "commands.h"
#include "databaseproblem.h"
#include "exam/clock.h"
#include "firstpaint.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "progress/reviewstore.h"
#include "prompter.h"
#include "singleinstance.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QAccessible>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"Shiken"_s);
    QCoreApplication::setApplicationName(u"shiken"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIKEN_VERSION));
}

int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.at(1);
    arguments = arguments.mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    // For export, --lang names the questions' language (en, ja or both), not the interface's.
    const QString language
        = Language::startup(command == u"export" ? QStringList() : arguments, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return Commands::UsageError;
    }
    Language::install(language);
    return Commands::run(command, arguments, out, err);
}

// What start-up reads from disk, prepared on a thread of its own (see runApplication).
struct Prepared
{
    bool locked = false;
    bool opened = false;
    bool synced = false;
    QString syncError;
    std::optional<HomePage::Summary> home; // without the standing
    QList<QImage> icons;
    QSemaphore ready; // released once the above is set and the connection handed over
    std::optional<HomePage::Standing> standing; // set when the thread finishes
    // A long history's standing is read once the window has painted, or not at all if start-up
    // ends first.
    QSemaphore painted;
    std::atomic<bool> ended = false;
};

void prepare(DatabaseLock &lock, Database &database, const Clock &clock, QThread *window,
             Prepared *prepared)
{
    // The lock first: nothing of the database is read unless this is its one window. (Taking
    // it writes the lock file and waits for the disk to have it, which a busy disk can make
    // long.)
    prepared->locked = lock.tryLock();
    if (prepared->locked)
        prepared->opened = database.open(Database::Integrity::CheckLater);
    if (prepared->opened)
        prepared->synced = Commands::syncBundledBank(database, &prepared->syncError);
    if (prepared->synced)
        prepared->home = HomePage::readOverview(database);
    database.moveToThread(window);
    for (const int size : {16, 32, 48, 64})
        prepared->icons.append(QImage(u":/icons/shiken-%1.png"_s.arg(size)));
    prepared->ready.release();
    // The learner's standing reads every answered question, so it grows with the history: it
    // is read on a connection of this thread's own, and the window waits for it only if it is
    // read before the window is built. That of a long history (as many answered questions as
    // make the home page read it in the background) is read once the window has painted, so
    // that it does not slow the window's making on a small machine's two cores.
    if (!prepared->synced)
        return;
    Database own(database.path());
    if (!own.open(Database::Integrity::CheckLater))
        return;
    if (ReviewStore(own).answeredCount() >= HomePage::defaultStandingInBackgroundFrom) {
        prepared->painted.acquire();
        if (prepared->ended)
            return;
    }
    prepared->standing = HomePage::readStanding(own, clock.wallMs());
}

int runApplication(int argc, char *argv[])
{
    // The arguments are checked before the window system is touched, so a wrong flag gets one
    // line on stderr and nothing else.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Shiken: practice exams for AWS Certified CloudOps Engineer – Associate.\n\n"
        "Commands:\n"
        "  shiken validate [PATH...]          check question files\n"
        "  shiken import FILE... [--db PATH]  add questions (JSON, GIFT, Moodle XML, CSV)\n"
        "  shiken stats [--db PATH] [--json]  history and mastery\n"
        "  shiken search WORDS... [--db PATH]  questions that contain the words\n"
        "  shiken export --format F [--out FILE]  questions for Moodle, Anki, spreadsheets\n"
        "  shiken backup [--db PATH] [--to FILE]  a checked copy of the database\n"
        "  shiken restore FILE [--db PATH]    replace the database with a backup"_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Use the database at <path>."_s, u"path"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: en or ja."_s, u"code"_s);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "shiken: %s\n", qPrintable(parser.errorText()));
        return Commands::UsageError;
    }
    if (parser.isSet(helpOption)) {
        // There is no application object yet (the window system is not touched for --help),
        // so QCommandLineParser cannot know the program's name.
        std::fputs(qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"shiken"_s)),
                   stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("shiken %s\n", SHIKEN_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "shiken: unknown command \"%s\" (try --help)\n",
                     qPrintable(parser.positionalArguments().first()));
        return Commands::UsageError;
    }
    if (parser.isSet(langOption) && !Language::isAvailable(parser.value(langOption))) {
        std::fprintf(stderr, "shiken: --lang takes en or ja, not \"%s\"\n",
                     qPrintable(parser.value(langOption)));
        return Commands::UsageError;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(u"Shiken"_s);
    QGuiApplication::setDesktopFileName(u"app.shiken.Shiken"_s);
    // The platform's accessibility bridge is made now, as the window's first label would make
    // it, but before another thread starts: it connects to the session bus, and where there is
    // none D-Bus forks a helper to look for one, which took 2.4 times as long while another
    // thread is mapping libraries (the SQLite driver, below).
    QAccessible::isActive();
    QString error;
    Language::install(Language::startup(arguments, &error));
    Appearance::instance().apply();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    // What start-up reads from disk is read on another thread while this one builds the
    // window: the database's lock taken (one window per database), the database opened (the
    // whole file is checked in the background once the window is up, checkDatabase()), the
    // bundled bank brought up to date and what the home page shows read, and the icon's
    // images decoded. The window reads nothing until it is shown.
    DatabaseLock lock(path);
    Database database(path);
    SystemClock clock;
    Prepared prepared;
    std::unique_ptr<QThread> preparing(QThread::create(prepare, std::ref(lock), std::ref(database),
                                                       std::cref(clock), QThread::currentThread(),
                                                       &prepared));
    preparing->start();

    // However start-up ends, the thread is done before what it uses goes.
    const auto joined = qScopeGuard([&preparing, &prepared] {
        prepared.ended = true;
        prepared.painted.release();
        preparing->wait();
    });

    MessageBoxPrompter prompter;
    MainWindow window(database, clock, prompter);
    prepared.ready.acquire();
    // One window per database: a second start brings the first window forward instead, and
    // its own window never shows.
    if (!prepared.locked && !lock.heldElsewhere()) {
        const QString message
            = QCoreApplication::translate("main",
                                          "Cannot make the lock file %1: check that its folder "
                                          "exists and can be written.")
                  .arg(QDir::toNativeSeparators(DatabaseLock::lockPath(path)));
        std::fprintf(stderr, "shiken: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shiken"), message);
        return 1;
    }
    if (!prepared.locked) {
        if (SingleInstance::activateRunning(path)) {
            std::fprintf(stderr,
                         "shiken: %s is open in Shiken already; its window was brought "
                         "to the front\n",
                         qPrintable(path));
            return 0;
        }
        const QString message = QCoreApplication::translate(
                                    "main", "%1 is open in another Shiken (%2). Close it first.")
                                    .arg(path, lock.holder());
        std::fprintf(stderr, "shiken: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shiken"), message);
        return 1;
    }

    if (!prepared.opened) {
        if (!DatabaseProblem::resolve(database))
            return 1;
        prepared.synced = Commands::syncBundledBank(database, &prepared.syncError);
    }
    if (!prepared.synced) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shiken"),
                              prepared.syncError);
        return 1;
    }
    if (prepared.home) {
        // The standing, if read by now, is on the first showing; otherwise the page says it is
        // being read and shows it when the thread finishes.
        QObject::connect(preparing.get(), &QThread::finished, &window, [&] {
            // What the thread could not read (its connection did not open) is read here.
            window.setHomeStanding(prepared.standing
                                       ? *prepared.standing
                                       : HomePage::readStanding(database, clock.wallMs()));
        });
        if (preparing->isFinished())
            prepared.home->standing = prepared.standing;
        window.setHomeSummary(std::move(*prepared.home));
    }
    // The window system is handed every size when the window is shown (on X11 as one property,
    // converted pixel by pixel): the sizes a title bar and a task switcher draw, no more. Docks
    // and menus take the larger ones from the installed icon theme.
    QIcon icon;
    for (const QImage &image : std::as_const(prepared.icons))
        icon.addPixmap(QPixmap::fromImage(image));
    QApplication::setWindowIcon(icon);
    SingleInstance instance(path);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
    if (!instance.listen())
        std::fprintf(stderr, "shiken: a second start on this database cannot reach this window\n");
    // After the first paint, so that a large database does not delay the window.
    new FirstPaint(&window, [&window, &prepared] {
        prepared.painted.release();
        if (!FirstPaint::quitIfRequested())
            window.checkDatabase();
    });
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && Commands::isCommand(QString::fromLocal8Bit(argv[1])))
        return runCommand(argc, argv);
    return runApplication(argc, argv);
}
