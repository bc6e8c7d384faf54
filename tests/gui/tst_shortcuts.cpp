#include "exampage.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "homepage.h"
#include "keyhelpdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "setuppage.h"
#include "shortcuts.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestShortcuts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    // Every key the help lists for a scope.
    static QSet<QKeySequence> listed(Shortcuts::Scope scope)
    {
        QSet<QKeySequence> keys;
        for (const Shortcuts::Entry &entry : Shortcuts::table()) {
            if (entry.scope == scope)
                keys.unite(QSet<QKeySequence>(entry.keys.begin(), entry.keys.end()));
        }
        return keys;
    }

private slots:
    void cleanup() { Language::install(u"en"_s); }

    void everyBoundShortcutIsInTheHelp()
    {
        Database db(m_dir.filePath(u"bound.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        // The window's actions: each key in the table's window-wide entries.
        int actions = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(listed(Shortcuts::Scope::Window).contains(key),
                         qPrintable(action->objectName() + u": "_s + key.toString()));
                ++actions;
            }
        }
        QVERIFY(actions >= 8);
        // The pages' shortcuts: each in its page's entries.
        const auto check = [&](QWidget *page, Shortcuts::Scope scope) {
            const QList<QShortcut *> shortcuts = page->findChildren<QShortcut *>();
            QVERIFY(!shortcuts.isEmpty());
            for (const QShortcut *shortcut : shortcuts) {
                QVERIFY2(listed(scope).contains(shortcut->key()),
                         qPrintable(page->objectName() + u": "_s + shortcut->key().toString()));
            }
        };
        check(window.setupPage(), Shortcuts::Scope::Setup);
        check(window.examPage(), Shortcuts::Scope::Exam);
        QVERIFY(window.homePage()->findChildren<QShortcut *>().isEmpty());
    }

    void noTwoShortcutsCollideOnAPage()
    {
        // A page's keys and the window's are live at once; two pages' never are.
        for (const Shortcuts::Scope page : {Shortcuts::Scope::Setup, Shortcuts::Scope::Exam}) {
            QHash<QKeySequence, QString> seen;
            for (const Shortcuts::Entry &entry : Shortcuts::table()) {
                if (entry.scope != page && entry.scope != Shortcuts::Scope::Window)
                    continue;
                for (const QKeySequence &key : entry.keys) {
                    QVERIFY2(!seen.contains(key),
                             qPrintable(key.toString() + u": "_s + seen.value(key) + u" and "_s
                                        + QString::fromLatin1(entry.description)));
                    seen.insert(key, QString::fromLatin1(entry.description));
                }
            }
        }
    }

    void f1ShowsThePagesShortcutsInTheInterfaceLanguage_data() { TestSupport::addLanguageRows(); }

    void f1ShowsThePagesShortcutsInTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        Database db(m_dir.filePath(u"help-%1.sqlite"_s.arg(language)));
        QVERIFY(TestSupport::openWithBank(db));
        Language::install(language);
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ExamSession::Setup setup;
        setup.request.count = 5;
        QVERIFY(window.startSession(setup));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        KeyHelpDialog *help = nullptr;
        QTRY_VERIFY((help = window.findChild<KeyHelpDialog *>()) && help->isVisible());
        QTreeWidget *list = help->list();
        // The exam page's group first, then the window's, each entry of the table once.
        QCOMPARE(list->topLevelItemCount(), 2);
        int examEntries = 0, windowEntries = 0;
        for (const Shortcuts::Entry &entry : Shortcuts::table()) {
            examEntries += entry.scope == Shortcuts::Scope::Exam ? 1 : 0;
            windowEntries += entry.scope == Shortcuts::Scope::Window ? 1 : 0;
        }
        QCOMPARE(list->topLevelItem(0)->childCount(), examEntries);
        QCOMPARE(list->topLevelItem(1)->childCount(), windowEntries);
        const Shortcuts::Entry &strike = Shortcuts::entry(Shortcuts::Command::StrikeOut);
        QStringList descriptions;
        for (int i = 0; i < list->topLevelItem(0)->childCount(); ++i)
            descriptions.append(list->topLevelItem(0)->child(i)->text(1));
        QVERIFY(descriptions.contains(Shortcuts::description(strike)));
        if (language == u"ja")
            QVERIFY2(descriptions.join(u'\n').contains(u"取り消し線"_s),
                     qPrintable(descriptions.join(u'\n')));
        else
            QVERIFY(descriptions.contains(u"Strike that choice out, or restore it"_s));
        // Escape closes it; the exam is as it was.
        QTest::keyClick(help, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<KeyHelpDialog *>());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.examPage()));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
