#include "exportdialog.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "historypage.h"
#include "importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "restorebackupdialog.h"
#include "resultspage.h"
#include "reviewdialog.h"
#include "settingsdialog.h"
#include "setuppage.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// The Alt accelerator a text gives (the letter after '&'), or an empty string.
QString accelerator(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}

// Every accelerator a user can reach in `window` as it is shown now: its menu bar's menus, and
// the buttons, labelled fields, tabs and check boxes that are visible. Two on one key means
// Alt+key only moves the focus between them and presses neither.
QStringList collisions(QWidget *window, const QString &where)
{
    QMultiMap<QString, QString> keys;
    const auto add = [&](const QString &text) {
        if (const QString key = accelerator(text); !key.isEmpty())
            keys.insert(key, text);
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions())
            add(action->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window))
            add(button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(window))
            add(label->text());
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isCheckable() && box->isVisibleTo(window))
            add(box->title());
    }
    QStringList found;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            found.append(u"%1: %2 share %3"_s.arg(where, keys.values(key).join(u" / "_s), key));
    }
    return found;
}

// The same inside one menu: its items' accelerators, while it is open.
QStringList menuCollisions(QMenu *menu)
{
    QMultiMap<QString, QString> keys;
    for (QAction *action : menu->actions()) {
        if (const QString key = accelerator(action->text()); !key.isEmpty() && action->isVisible())
            keys.insert(key, action->text());
    }
    QStringList found;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            found.append(
                u"menu %1: %2 share %3"_s.arg(menu->title(), keys.values(key).join(u" / "_s), key));
    }
    return found;
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

private slots:
    void cleanup() { Language::install(u"en"_s); }

    void noTwoControlsShareAnAccelerator_data() { TestSupport::addLanguageRows(); }

    // Walks every page and dialog, in each language, as a user would come upon them.
    void noTwoControlsShareAnAccelerator()
    {
        QFETCH(QString, language);
        Database db(m_dir.filePath(language + u".sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        Language::install(language);
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QStringList found;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            found += menuCollisions(menu);
        found += collisions(&window, u"home"_s);
        for (const Attempt::Mode mode :
             {Attempt::Mode::Exam, Attempt::Mode::Practice, Attempt::Mode::Drill}) {
            window.showSetup(mode);
            found += collisions(&window, u"setup (%1)"_s.arg(Attempt::modeName(mode)));
        }
        window.showHistory();
        HistoryPage *history = window.historyPage();
        for (int tab = 0; tab < history->tabs()->count(); ++tab) {
            history->tabs()->setCurrentIndex(tab);
            found += collisions(&window, u"history tab %1"_s.arg(tab));
        }
        window.findChild<QAction *>(u"bankAction"_s)->trigger();
        found += collisions(&window, u"question bank"_s);
        window.findChild<QAction *>(u"browseAction"_s)->trigger();
        found += collisions(&window, u"browse"_s);
        {
            SettingsDialog settings(&window);
            settings.show();
            found += collisions(&settings, u"settings"_s);
        }
        {
            RestoreBackupDialog restore(db.path(), &window);
            restore.show();
            found += collisions(&restore, u"restore backup"_s);
        }
        {
            const QString file = m_dir.filePath(u"unplaced.gift"_s);
            QVERIFY(TestSupport::writeFile(file, "Which port does SSH use? {=22 ~80}\n"));
            ImportDialog import(db, {file}, &window);
            import.show();
            QTRY_VERIFY(!import.isReading());
            found += collisions(&import, u"import questions"_s);
            ExportDialog exportDialog({{u"bank"_s, {u"q"_s}, u"bank"_s, false}}, &window);
            exportDialog.show();
            found += collisions(&exportDialog, u"export questions"_s);
        }
        for (const Attempt::Mode mode : {Attempt::Mode::Exam, Attempt::Mode::Practice}) {
            ExamSession::Setup setup;
            setup.mode = mode;
            setup.request.count = 5;
            setup.timeLimitMs = 10 * 60 * 1000;
            QVERIFY(window.startSession(setup));
            const QString name = Attempt::modeName(mode);
            found += collisions(&window, u"exam page (%1)"_s.arg(name));
            if (mode == Attempt::Mode::Practice) {
                // An answer checked: its explanation (and its buttons) below the question.
                ExamSession *session = window.session();
                session->setSelection(0, session->question(0).correctKeys());
                QVERIFY(session->check(0));
                found += collisions(&window, u"exam page (%1, answer checked)"_s.arg(name));
            }
            {
                ReviewDialog review(*window.session(), language, &window);
                review.show();
                found += collisions(&review, u"review screen (%1)"_s.arg(name));
            }
            window.session()->submit();
            QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.resultsPage()));
            for (int tab = 0; tab < window.resultsPage()->tabs()->count(); ++tab) {
                window.resultsPage()->tabs()->setCurrentIndex(tab);
                found += collisions(&window, u"results (%1) tab %2"_s.arg(name).arg(tab));
            }
            window.showHome();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
