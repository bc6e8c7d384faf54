#include "bank/annotationstore.h"
#include "bank/searchresultmodel.h"
#include "browsepage.h"
#include "exam/examsession.h"
#include "exampage.h"
#include "explanationview.h"
#include "fakeclock.h"
#include "fakeprompter.h"
#include "formats/questionimport.h"
#include "language.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "notedialog.h"
#include "setuppage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

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
    // Shows the window and opens the browser with Ctrl+F, as a learner does; null unless the
    // search box then has the keys.
    static BrowsePage *openBrowser(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        BrowsePage *page = window.browsePage();
        return QTest::qWaitFor([page] { return page->searchField()->hasFocus(); }) ? page : nullptr;
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
        // The page, its filters and their long names included, fits a laptop's screen.
        window.resize(1280, 800);
        QTRY_COMPARE(window.width(), 1280);
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
        BrowsePage *page = openBrowser(window);
        QVERIFY(page);
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

    void marksQuestionsAndFindsThemByStatus_data() { TestSupport::addLanguageRows(); }

    // A bookmark, a note and a suspension put on a question from the keyboard, each seen in
    // the list, the preview, the status filter and (the suspension) the setup page.
    void marksQuestionsAndFindsThemByStatus()
    {
        QFETCH(QString, language);
        const bool en = language == u"en";
        Database db(m_dir.filePath(u"marks-"_s + language + u".sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        Language::install(language);
        MainWindow window(db, m_clock, m_prompter);
        BrowsePage *page = openBrowser(window);
        QVERIFY(page);
        QTest::keyClicks(page->searchField(), u"ephemeral"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(page->results()->hasFocus());
        const QString id
            = page->model()->index(0, 0).data(SearchResultModel::QuestionIdRole).toString();
        const auto idCell = [&] {
            return page->model()->index(0, 0).data().toString();
        };
        QCOMPARE(idCell(), id);

        // Alt+K bookmarks it: the button says so and the row carries a star.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(page->preview()->annotation().bookmarked);
        QCOMPARE(page->preview()->bookmarkButton()->text(),
                 en ? u"★ Boo&kmarked"_s : u"★ ブックマーク済み(&K)"_s);
        QCOMPARE(idCell(), u"★ "_s + id);

        // Alt+N writes a note; Alt+S saves it; it shows under the explanation.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<NoteDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(dialog->editor()->hasFocus());
        QTest::keyClicks(dialog->editor(), u"Return traffic: ports 1024-65535"_s);
        QTest::keyClick(dialog->editor(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!page->findChild<NoteDialog *>());
        // The window takes the keys again once the dialog has gone (the offscreen platform
        // does not activate it by itself, as a window system does).
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(page->preview()->annotation().note, u"Return traffic: ports 1024-65535"_s);
        const QString text = previewText(page);
        QVERIFY(text.contains(en ? u"Your note"_s : u"自分のメモ"_s));
        QVERIFY(text.indexOf(u"Return traffic: ports 1024-65535"_s)
                > text.indexOf(en ? u"Explanation"_s : u"解説"_s));
        QCOMPARE(page->preview()->noteButton()->text(),
                 en ? u"Edit &Note…"_s : u"メモを編集(&N)…"_s);
        QCOMPARE(idCell(), u"★✎ "_s + id);

        // Alt+U suspends it: never asked again, and the setup page says how many are out.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(page->preview()->annotation().suspended);
        QCOMPARE(idCell(), u"★✎⏸ "_s + id);
        QCOMPARE(AnnotationStore(db).annotation(id),
                 (Annotation {true, true, u"Return traffic: ports 1024-65535"_s}));

        // Alt+W: the status filter; each of the three finds this question alone.
        page->searchField()->clear();
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(page->model()->found() > 100);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(page->statusFilter()->hasFocus());
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(page->statusFilter(), Qt::Key_Down);
        QCOMPARE(page->statusFilter()->currentText(), en ? u"Bookmarked"_s : u"ブックマーク済み"_s);
        QCOMPARE(shownIds(page), QStringList {id});
        QTest::keyClick(page->statusFilter(), Qt::Key_Down);
        QCOMPARE(page->statusFilter()->currentText(), en ? u"With a note"_s : u"メモあり"_s);
        QCOMPARE(shownIds(page), QStringList {id});
        QTest::keyClick(page->statusFilter(), Qt::Key_Down);
        QCOMPARE(page->statusFilter()->currentText(), en ? u"Suspended"_s : u"出題停止中"_s);
        QCOMPARE(shownIds(page), QStringList {id});
        // Never answered: the whole bank but that one.
        QTest::keyClick(page->statusFilter(), Qt::Key_Home);
        QTest::keyClick(page->statusFilter(), Qt::Key_Down);
        QCOMPARE(
            page->model()->found(),
            std::min(SearchResultModel::countCap + 1, QuestionStore(db).activeCount(u"soa-c03"_s)));

        window.showSetup(Attempt::Mode::Practice);
        auto *summary = window.setupPage()->findChild<QLabel *>(u"setupSummary"_s);
        QVERIFY(summary->text().contains(
            en ? u"1 suspended question is left out (Browse Questions lists it)."_s
               : u"出題停止中の 1 問は除きます"_s));
        // Its domain and task offer one question fewer than the bank holds.
        const auto suspended = QuestionStore(db).question(id);
        QVERIFY(suspended);
        auto *scope = window.setupPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
        for (int i = 0; i < scope->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *domain = scope->topLevelItem(i);
            const QString domainId = domain->data(0, Qt::UserRole).toString();
            const int inBank = QuestionStore(db).activeCountsByDomain(u"soa-c03"_s).value(domainId);
            QCOMPARE(domain->text(1).toInt(), inBank - (domainId == suspended->domain ? 1 : 0));
            for (int t = 0; t < domain->childCount(); ++t) {
                const QTreeWidgetItem *task = domain->child(t);
                const QString taskId = task->data(0, Qt::UserRole).toString();
                const int taskInBank
                    = QuestionStore(db).activeCountsByTask(u"soa-c03"_s).value(taskId);
                QCOMPARE(task->text(1).toInt(), taskInBank - (taskId == suspended->task ? 1 : 0));
            }
        }
        QVERIFY(!QuestionStore(db).entries({id}).size());
    }

    // What another page (or another moment) wrote on a question is never undone by the
    // browser's preview, which may have read the question before; a note belongs to the
    // question its editor was opened on; a filter that finds nothing says so.
    void keepsChangesMadeElsewhere()
    {
        Database db(m_dir.filePath(u"elsewhere.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        BrowsePage *page = openBrowser(window);
        QVERIFY(page);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        const auto idAt = [page](int row) {
            return page->model()->index(row, 0).data(SearchResultModel::QuestionIdRole).toString();
        };
        const QString first = idAt(0);
        const QString second = idAt(1);
        QCOMPARE(page->preview()->annotation(), Annotation());

        // Another page notes the question shown; bookmarking it here keeps the note.
        QString error;
        QVERIFY(AnnotationStore(db).write(first, {false, false, u"from the results page"_s}, 1,
                                          &error));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(AnnotationStore(db).annotation(first),
                     (Annotation {true, false, u"from the results page"_s}));
        QCOMPARE(page->preview()->annotation().note, u"from the results page"_s);
        QVERIFY(previewText(page).contains(u"from the results page"_s));

        // Suspended while the browser was hidden: it shows so when the learner comes back.
        window.showHome();
        QVERIFY(
            AnnotationStore(db).write(first, {true, true, u"from the results page"_s}, 2, &error));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(page->preview()->annotation().suspended);
        QCOMPARE(page->preview()->suspendButton()->text(), u"S&uspended"_s);

        // The note editor opened on the first question saves there, whatever is shown since.
        page->results()->setCurrentIndex(page->model()->index(0, 0));
        page->results()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<NoteDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->editor()->toPlainText(), u"from the results page"_s);
        page->results()->setCurrentIndex(page->model()->index(1, 0));
        QCOMPARE(page->preview()->shownQuestionId(), second);
        dialog->editor()->setPlainText(u"edited"_s);
        QTest::keyClick(dialog->editor(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!page->findChild<NoteDialog *>());
        QCOMPARE(AnnotationStore(db).annotation(first), (Annotation {true, true, u"edited"_s}));
        QCOMPARE(AnnotationStore(db).annotation(second), Annotation());
        QCOMPARE(page->preview()->annotation(), Annotation());
        QCOMPARE(page->model()->index(0, 0).data().toString(), u"★✎⏸ "_s + first);

        // Filters that find nothing say so (not that the bank is empty).
        page->statusFilter()->setCurrentIndex(page->statusFilter()->count() - 2); // With a note
        QCOMPARE(shownIds(page), QStringList {first});
        page->domainFilter()->setCurrentIndex(page->domainFilter()->findData(u"2"_s));
        if (QuestionStore(db).question(first)->domain == u"2")
            page->domainFilter()->setCurrentIndex(page->domainFilter()->findData(u"3"_s));
        QCOMPARE(page->model()->found(), 0);
        QCOMPARE(page->status()->text(), u"No question matches these filters."_s);
        QTest::keyClicks(page->searchField(), u"ephemeral"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QCOMPARE(page->status()->text(), u"No question with these filters contains ephemeral."_s);
    }

    // The list sorted from the keyboard (Alt+E) or by a column's header, each showing the other.
    void sortsByAnyColumn()
    {
        Database db(m_dir.filePath(u"sort.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showBrowse();
        BrowsePage *page = window.browsePage();
        QTest::keyClicks(page->searchField(), u"alarm"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(page->model()->rowCount() > 5);
        const auto column = [&](int c) {
            QStringList values;
            for (int row = 0; row < page->model()->rowCount(); ++row)
                values.append(page->model()->index(row, c).data().toString());
            return values;
        };
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(page->orderChoice()->hasFocus());
        QCOMPARE(page->orderChoice()->currentText(), u"Bank order"_s);
        // Question, descending: the ids from last to first.
        QTest::keyClick(page->orderChoice(), Qt::Key_Down);
        QTest::keyClick(page->orderChoice(), Qt::Key_Down);
        QCOMPARE(page->orderChoice()->currentText(), u"Question, descending"_s);
        QStringList ids = column(SearchResultModel::Id);
        QStringList expected = ids;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(ids, expected);
        QCOMPARE(page->results()->horizontalHeader()->sortIndicatorSection(),
                 int(SearchResultModel::Id));
        QCOMPARE(page->results()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // A click on the Difficulty header sorts by it, easiest first, and the box follows.
        QHeaderView *header = page->results()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(SearchResultModel::Difficulty)
                                     + header->sectionSize(SearchResultModel::Difficulty) / 2,
                                 header->height() / 2));
        QTRY_COMPARE(page->orderChoice()->currentText(), u"Difficulty, ascending"_s);
        const auto ranks = [&] {
            const QStringList names {u"Easy"_s, u"Medium"_s, u"Hard"_s};
            QList<qsizetype> found;
            for (const QString &name : column(SearchResultModel::Difficulty))
                found.append(names.indexOf(name));
            return found;
        };
        QList<qsizetype> difficulty = ranks();
        QVERIFY(!difficulty.contains(-1));
        QVERIFY(std::is_sorted(difficulty.begin(), difficulty.end()));
        QVERIFY(difficulty.first() < difficulty.last());
        // The order stays through a new search.
        page->searchField()->selectAll();
        QTest::keyClicks(page->searchField(), u"bucket"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        difficulty = ranks();
        QVERIFY(std::is_sorted(difficulty.begin(), difficulty.end()));
        QCOMPARE(page->model()->request().sort, SearchRequest::Sort::Difficulty);
    }

    // Practise These: a session of the stalest questions found, suspended ones left out.
    void practisesTheQuestionsFound()
    {
        Database db(m_dir.filePath(u"practise.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        const QStringList found = searchIds(db, u"ephemeral"_s);
        QVERIFY(found.size() >= 3);
        QString error;
        QVERIFY(AnnotationStore(db).write(found.first(), {false, true, {}}, 1, &error));
        MainWindow window(db, m_clock, m_prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showBrowse();
        BrowsePage *page = window.browsePage();
        QTest::keyClicks(page->searchField(), u"ephemeral"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QDialog *>(u"practiseDialog"_s))
                    && dialog->isVisible());
        auto *count = dialog->findChild<QSpinBox *>(u"practiseCount"_s);
        QTRY_VERIFY(count->hasFocus());
        QCOMPARE(count->maximum(), int(found.size()));
        count->selectAll();
        QTest::keyClicks(count, QString::number(found.size()));
        QTest::keyClick(count, Qt::Key_Return);
        QTRY_VERIFY(window.session());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.examPage()));
        ExamSession *session = window.session();
        QCOMPARE(session->mode(), Attempt::Mode::Practice);
        QCOMPARE(session->count(), int(found.size()) - 1);
        for (int p = 0; p < session->count(); ++p) {
            QVERIFY(found.contains(session->question(p).id));
            QVERIFY(session->question(p).id != found.first());
        }
    }

    // The model's contract with its views through everything the browser does to it.
    void modelKeepsItsContractThroughSortsFiltersAndRefreshes()
    {
        Database db(m_dir.filePath(u"contract.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        SearchResultModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequest({});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        const int pages = 2 * SearchResultModel::pageSize;
        QCOMPARE(model.rowCount(), pages);
        model.sort(SearchResultModel::Reviews, Qt::DescendingOrder);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), pages);
        SearchRequest bookmarked;
        bookmarked.status = SearchRequest::Status::Bookmarked;
        model.setRequest(bookmarked);
        QCOMPARE(model.rowCount(), 0);
        model.refresh(u"no-such-question"_s);
        model.setRequest({});
        model.fetchMore({});
        QString error;
        const QString fifth = model.index(5, 0).data(SearchResultModel::QuestionIdRole).toString();
        QVERIFY(AnnotationStore(db).write(fifth, {true, false, {}}, 1, &error));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh(fifth);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QVERIFY(model.index(5, 0).data(SearchResultModel::BookmarkedRole).toBool());
        // (the tester fetched more when told of the change) never a question twice
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(SearchResultModel::QuestionIdRole).toString());
        QCOMPARE(ids.size(), model.rowCount());
        QVERIFY(model.rowCount() >= pages);
        model.retranslate();
    }

    // "Both languages" shows the other language beside a question that has it, and a question
    // imported in one language once, in that language.
    void bothLanguagesShowsAOneLanguageQuestionOnce()
    {
        Database db(m_dir.filePath(u"one-language.sqlite"_s));
        QVERIFY(TestSupport::openWithBank(db));
        const QString file = m_dir.filePath(u"ports.gift"_s);
        QVERIFY(TestSupport::writeFile(file, "Which port does SSH use? {=22 ~80 ~443}\n"));
        QuestionStore store(db);
        QuestionImport::Placement placement;
        placement.task = u"5.1"_s;
        QCOMPARE(QuestionImport::importFiles(store, {file}, placement, 0).imported, 1);
        Language::install(u"ja"_s);
        MainWindow window(db, m_clock, m_prompter);
        BrowsePage *page = openBrowser(window);
        QVERIFY(page);
        auto *other = page->preview()->findChild<MarkdownView *>(u"explanationOtherText"_s);
        auto *both = page->findChild<QCheckBox *>(u"browseBothLanguages"_s);
        both->setChecked(true);

        QTest::keyClicks(page->searchField(), u"ports-001"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_COMPARE(page->model()->found(), 1);
        page->results()->setCurrentIndex(page->model()->index(0, 0));
        const QString shown = page->preview()
                                  ->findChild<MarkdownView *>(u"explanationText"_s)
                                  ->document()
                                  ->toPlainText();
        QVERIFY2(shown.contains(u"Which port does SSH use?"_s), qPrintable(shown));
        QVERIFY(!other->isVisible());

        // A bundled question: both sides.
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), u"CloudWatch"_s);
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_VERIFY(page->model()->found() > 1);
        page->results()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(other->isVisible());
        Language::install(u"en"_s);
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
