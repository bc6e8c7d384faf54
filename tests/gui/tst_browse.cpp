#include "bank/searchresultmodel.h"
#include "browsepage.h"
#include "exam/examsession.h"
#include "explanationview.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "language.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestBrowse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    FakePrompter m_prompter;

    static QString previewText(BrowsePage *page)
    {
        return page->preview()->view()->document()->toPlainText();
    }
    static QString otherText(BrowsePage *page)
    {
        return page->preview()->otherView()->document()->toPlainText();
    }
    // The stretches of the preview marked as matches.
    static QStringList marked(const QTextDocument *document)
    {
        QStringList found;
        const QColor highlight = QApplication::palette().color(QPalette::Highlight);
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().background().color() == highlight)
                    found.append(it.fragment().text());
            }
        }
        return found;
    }
    static QStringList shownIds(BrowsePage *page)
    {
        QStringList ids;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            ids.append(
                page->model()->index(row, 0).data(SearchResultModel::QuestionIdRole).toString());
        ids.sort();
        return ids;
    }
    // Japanese arrives as an input method commits it, not as key presses.
    static void typeCommitted(QWidget *target, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(target, &event);
    }
    static QStringList searchIds(Database &db, const QString &text)
    {
        SearchRequest request;
        request.text = text;
        request.limit = 1000;
        QStringList ids;
        for (const SearchHit &hit : QuestionSearch(db).search(request))
            ids.append(hit.id);
        ids.sort();
        return ids;
    }

private slots:
    void cleanup() { Language::install(u"en"_s); }

    void findsQuestionsByTypingInEitherLanguage_data() { TestSupport::addLanguageRows(); }

    // Ctrl+F, a word typed, the list and the preview, all from the keyboard.
    void findsQuestionsByTypingInEitherLanguage()
    {
        QFETCH(QString, language);
        Database db(m_dir.filePath(u"type-"_s + language + u".sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        Language::install(language);
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        BrowsePage *page = window.browsePage();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(page));
        QTRY_VERIFY(page->searchField()->hasFocus());
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every question of the bank, a page at a time.
        const int bank = QuestionStore(db).activeCount(u"soa-c03"_s);
        QCOMPARE(page->model()->found(), bank);
        QVERIFY(page->model()->rowCount() < bank);
        QCOMPARE(page->model()->rowCount() % SearchResultModel::pageSize, 0);
        QVERIFY(page->model()->canFetchMore({}));
        page->results()->setFocus();
        for (int i = 0; i < bank / SearchResultModel::pageSize + 1; ++i) {
            QTest::keyClick(page->results(), Qt::Key_End, Qt::ControlModifier);
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(page->model()->rowCount(), bank);
        page->searchField()->setFocus();

        // An English word: the rows are the questions that hold it, the first one previewed
        // with its answer marked.
        QTest::keyClicks(page->searchField(), u"ephemeral"_s);
        QTRY_COMPARE(page->model()->found(), int(searchIds(db, u"ephemeral"_s).size()));
        QCOMPARE(shownIds(page), searchIds(db, u"ephemeral"_s));
        QVERIFY(page->model()->rowCount() >= 3);
        QCOMPARE(page->status()->text(),
                 language == u"en" ? u"%1 questions."_s.arg(page->model()->rowCount())
                                   : u"%1 問"_s.arg(page->model()->rowCount()));
        const QString first
            = page->model()->index(0, 0).data(SearchResultModel::QuestionIdRole).toString();
        const Question question = *QuestionStore(db).question(first);
        QTRY_VERIFY(previewText(page).contains(question.stem.in(language).left(20)));
        QVERIFY(previewText(page).contains(u"✓"_s));
        // The word is marked wherever it is, in any letter case (in English text).
        if (language == u"en") {
            const QStringList words = marked(page->preview()->view()->document());
            QVERIFY2(!words.isEmpty(), qPrintable(previewText(page)));
            for (const QString &word : words)
                QCOMPARE(word.toLower(), u"ephemeral"_s);
        }
        QVERIFY(!previewText(page).contains(language == u"en" ? u"Not answered"_s : u"未解答"_s));

        // Down goes to the list, Down again to the next question, and the preview follows.
        QTest::keyClick(page->searchField(), Qt::Key_Down);
        QVERIFY(page->results()->hasFocus());
        QTest::keyClick(page->results(), Qt::Key_Down);
        QCOMPARE(page->results()->currentIndex().row(), 1);
        const QString second
            = page->model()->index(1, 0).data(SearchResultModel::QuestionIdRole).toString();
        QVERIFY(previewText(page).contains(
            QuestionStore(db).question(second)->stem.in(language).left(20)));

        // Both languages side by side (Alt+G), the other one on the right.
        QVERIFY(!page->preview()->otherView()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(page->preview()->otherView()->isVisible());
        const QString other = language == u"en" ? u"ja"_s : u"en"_s;
        QVERIFY(
            otherText(page).contains(QuestionStore(db).question(second)->stem.in(other).left(20)));

        // A Japanese word of two characters (no trigram) and one of more, typed anew.
        page->searchField()->setFocus();
        page->searchField()->selectAll();
        typeCommitted(page->searchField(), u"監視"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(shownIds(page).size(), qMin(searchIds(db, u"監視"_s).size(), qsizetype(100)));
        QVERIFY(page->model()->found() > 0);
        page->searchField()->selectAll();
        typeCommitted(page->searchField(), u"エフェメラル"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(shownIds(page), searchIds(db, u"エフェメラル"_s));
        // Marked in the Japanese text, on the left or the right.
        const QTextDocument *japanese
            = (language == u"ja" ? page->preview()->view() : page->preview()->otherView())
                  ->document();
        QVERIFY(!marked(japanese).isEmpty());
        for (const QString &word : marked(japanese))
            QCOMPARE(word, u"エフェメラル"_s);

        // Nothing found says so and previews nothing.
        page->searchField()->selectAll();
        QTest::keyClicks(page->searchField(), u"zzqqxx"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(page->status()->text(),
                 language == u"en" ? u"No question contains zzqqxx."_s
                                   : u"zzqqxx を含む問題はありません。"_s);
        QVERIFY(previewText(page).isEmpty());
    }

    void filtersByDomainAndTopicFromTheKeyboard_data() { TestSupport::addLanguageRows(); }

    void filtersByDomainAndTopicFromTheKeyboard()
    {
        QFETCH(QString, language);
        Database db(m_dir.filePath(u"filters-"_s + language + u".sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        Language::install(language);
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        BrowsePage *page = window.browsePage();
        QTRY_VERIFY(page->searchField()->hasFocus());
        QTest::keyClicks(page->searchField(), u"security group"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        const int everywhere = page->model()->found();
        QVERIFY(everywhere > 5);

        // Alt+D, then Down twice: the second domain.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(page->domainFilter()->hasFocus());
        QCOMPARE(page->domainFilter()->currentText(),
                 language == u"en" ? u"All domains"_s : u"すべての分野"_s);
        QTest::keyClick(page->domainFilter(), Qt::Key_Down);
        QTest::keyClick(page->domainFilter(), Qt::Key_Down);
        QCOMPARE(page->domainFilter()->currentData().toString(), u"2"_s);
        QVERIFY(page->domainFilter()->currentText().startsWith(
            language == u"en" ? u"Domain 2: "_s : u"第 2 分野: "_s));
        QVERIFY(page->model()->found() < everywhere);
        for (int row = 0; row < page->model()->rowCount(); ++row)
            QCOMPARE(page->model()->index(row, SearchResultModel::Domain).data().toString(),
                     u"2"_s);

        // Every domain again (Home), then Alt+O and End: the last topic in the language's
        // order; every row has it.
        QTest::keyClick(page->domainFilter(), Qt::Key_Home);
        QCOMPARE(page->domainFilter()->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(page->topicFilter()->hasFocus());
        QTest::keyClick(page->topicFilter(), Qt::Key_End);
        const QString topic = page->topicFilter()->currentData().toString();
        QVERIFY(!topic.isEmpty());
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const QString id
                = page->model()->index(row, 0).data(SearchResultModel::QuestionIdRole).toString();
            QVERIFY2(QuestionStore(db).question(id)->topics.contains(topic), qPrintable(id));
        }
        // Back to every topic: as many as before.
        QTest::keyClick(page->topicFilter(), Qt::Key_Home);
        QCOMPARE(page->model()->found(), everywhere);
    }

    void retiredQuestionsOnlyWhenAskedFor()
    {
        Database db(m_dir.filePath(u"retired.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE questions SET retired = 1"
                           " WHERE id = 'network-acl-ephemeral-ports-nat-return-01'"_s));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showBrowse();
        BrowsePage *page = window.browsePage();
        QTest::keyClicks(page->searchField(), u"network-acl-ephemeral"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier); // Include retired
        QTRY_VERIFY(page->findChild<QCheckBox *>(u"browseRetired"_s)->isChecked());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(),
                 u"network-acl-ephemeral-ports-nat-return-01 (retired)"_s);
    }

    void notDuringAnExam()
    {
        Database db(m_dir.filePath(u"exam.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ExamSession::Setup setup;
        setup.mode = Attempt::Mode::Practice;
        setup.request.count = 5;
        QVERIFY(window.startSession(setup));
        QWidget *exam = window.currentPage();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), exam);
        // From the home page (the attempt paused) it opens.
        window.showHome();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.browsePage()));
    }
};

QTEST_MAIN(TestBrowse)
#include "tst_browse.moc"
