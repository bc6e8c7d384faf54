// Renders Shiken's main pages, in English and Japanese, to PNG files:
//   screenshots OUTPUT_FOLDER [--pdf]   (--pdf also writes the PDF report of the last exam)
// It sits a short scripted mock exam in a temporary database, so the pictures show real
// questions, answers, flags and results. Runs on the offscreen platform unless told otherwise.

#include "appearance.h"
#include "bank/searchresultmodel.h"
#include "browsepage.h"
#include "commands.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "exampage.h"
#include "explanationview.h"
#include "exportdialog.h"
#include "formats/questionimport.h"
#include "historypage.h"
#include "importdialog.h"
#include "importprogressdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "progress/reviewstore.h"
#include "prompter.h"
#include "restorebackupdialog.h"
#include "resultspage.h"
#include "reviewdialog.h"
#include "storage/database.h"
#include "textscale.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class ScriptedClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    qint64 wallMs() const override { return 1'790'000'000'000 + m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 0;
};

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    // Layout requests travel up one parent per pass: let them all arrive, as a running event
    // loop would before the next paint.
    for (int pass = 0; pass < 10; ++pass)
        QApplication::processEvents();
    const QString path = folder.filePath(name + u".png"_s);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool render(const QString &language, const QDir &folder, bool pdf)
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"screenshots.sqlite"_s));
    QTextStream err(stderr);
    if (!Commands::openUserDatabase(database, err))
        return false;
    Language::install(language);
    ScriptedClock clock;
    AcceptingPrompter prompter;
    MainWindow window(database, clock, prompter);
    window.resize(1280, 860);
    window.show();
    const QString suffix = u'-' + language;

    // A week of study first: a mock exam a day, a little better each time, and from the second
    // day the questions due for review first, most of them remembered.
    for (int day = 0; day < 6; ++day) {
        const QStringList due = ReviewStore(database).due(u"soa-c03"_s, clock.wallMs(), 30);
        if (!due.isEmpty()) {
            ExamSession::Setup review;
            review.mode = Attempt::Mode::Review;
            review.questionIds = due;
            window.startSession(review);
            ExamSession *session = window.session();
            for (int p = 0; p < session->count(); ++p) {
                const Question &q = session->question(p);
                const bool right = (p + day) % 7 != 0;
                session->setSelection(
                    p, right ? q.correctKeys() : q.choices.at(q.choices.at(0).correct ? 1 : 0).key);
                clock.advance(60 * 1000);
            }
            session->submit();
            QApplication::processEvents();
        }
        ExamSession::Setup earlier;
        earlier.request.seed = 100 + day;
        earlier.timeLimitMs = 130 * 60 * 1000;
        window.startSession(earlier);
        ExamSession *session = window.session();
        for (int p = 0; p < session->count(); ++p) {
            const Question &q = session->question(p);
            const bool right = (p * 7 + day * 3) % 10 < 5 + day / 2 + (q.domain == u"4" ? 2 : 0);
            session->setSelection(
                p, right ? q.correctKeys() : q.choices.at(q.choices.at(0).correct ? 1 : 0).key);
            clock.advance(80 * 1000);
        }
        const qint64 id = session->attemptId();
        session->submit();
        QApplication::processEvents();
        Q_UNUSED(id);
        clock.advance(24 * 60 * 60 * 1000);
    }
    window.showHome();
    bool ok = save(&window, folder, u"home"_s + suffix);
    window.showHistory();
    ok = save(&window, folder, u"history"_s + suffix) && ok;
    window.historyPage()->tabs()->setCurrentIndex(3); // Reviews: the forecast and retention
    ok = save(&window, folder, u"reviews"_s + suffix) && ok;
    window.historyPage()->tabs()->setCurrentIndex(0);
    {
        // The question browser: a Japanese word, found in both languages' questions, the
        // second question previewed in both languages.
        window.showBrowse();
        BrowsePage *browse = window.browsePage();
        browse->searchField()->setText(u"エフェメラル"_s);
        browse->search();
        browse->results()->setCurrentIndex(browse->model()->index(1, 0));
        browse->findChild<QCheckBox *>(u"browseBothLanguages"_s)->setChecked(true);
        ok = save(&window, folder, u"browse"_s + suffix) && ok;
        browse->findChild<QCheckBox *>(u"browseBothLanguages"_s)->setChecked(false);
        // The questions last answered wrong, the most answered first, one of them bookmarked
        // and with the learner's note under its explanation.
        browse->searchField()->clear();
        browse->statusFilter()->setCurrentIndex(2);
        browse->results()->horizontalHeader()->setSortIndicator(SearchResultModel::Reviews,
                                                                Qt::DescendingOrder);
        browse->results()->setCurrentIndex(browse->model()->index(0, 0));
        browse->preview()->setBookmarked(true);
        browse->preview()->saveNote(
            language == u"ja"
                ? u"**覚えること:** サービスのタスク数は Application Auto Scaling"
                  "（`ecs:service:DesiredCount`）。クラスターの容量は別の層。"_s
                : u"**Remember:** a service's task count scales through Application Auto "
                  "Scaling (`ecs:service:DesiredCount`); the cluster's capacity is another "
                  "layer."_s);
        ok = save(&window, folder, u"browse-status"_s + suffix) && ok;
        browse->statusFilter()->setCurrentIndex(0);
        browse->results()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    {
        // Each of those exams was backed up as it was submitted.
        RestoreBackupDialog restore(database.path(), &window);
        restore.show();
        ok = save(&restore, folder, u"restore-backup"_s + suffix) && ok;
    }

    ExamSession::Setup setup;
    setup.request.seed = 2026;
    setup.timeLimitMs = 130 * 60 * 1000;
    window.startSession(setup);
    ExamSession *session = window.session();
    // Answer the first 40 questions, most of them right, each in its own time; flag a few.
    for (int p = 0; p < 40; ++p) {
        session->goTo(p);
        const Question &q = session->question(p);
        QString answer = q.correctKeys();
        if (p % 4 == 3)
            answer = q.choices.at(q.choices.at(0).correct ? 1 : 0).key;
        session->setSelection(p, answer);
        if (p % 9 == 4)
            session->setFlagged(p, true);
        clock.advance((40 + (p * 37) % 150) * 1000);
    }
    int multiple = 40;
    while (multiple < session->count()
           && session->question(multiple).type != Question::Type::Multiple)
        ++multiple;
    session->goTo(qMin(multiple, session->count() - 1));
    session->setSelection(session->position(),
                          session->question(session->position()).correctKeys().left(1));
    // One choice ruled out: struck through.
    for (const QChar key : session->choiceOrder(session->position())) {
        if (!session->selection(session->position()).contains(key)) {
            session->toggleStruck(session->position(), key);
            break;
        }
    }
    session->tick();
    ok = save(&window, folder, u"exam-page"_s + suffix) && ok;
    // The same in dark colours.
    Appearance::instance().setScheme(Appearance::Scheme::Dark);
    ok = save(&window, folder, u"exam-page-dark"_s + suffix) && ok;
    Appearance::instance().setScheme(Appearance::Scheme::Light);
    // The largest text size (Ctrl++ ten times): nothing clips or overlaps.
    TextScale::instance().setPercent(TextScale::maximum);
    ok = save(&window, folder, u"exam-page-200"_s + suffix) && ok;
    TextScale::instance().reset();
    {
        // A write that fails: the database refuses it, the exam waits for a retry.
        QSqlQuery pragma(database.connection());
        pragma.exec(u"PRAGMA query_only = 1"_s);
        session->setFlagged(session->position(), true);
        ok = save(&window, folder, u"exam-unsaved"_s + suffix) && ok;
        pragma.exec(u"PRAGMA query_only = 0"_s);
        session->saveUnsaved();
        session->setRunning(true);
    }

    ReviewDialog review(*session, language, &window);
    review.setFilter(ReviewDialog::Filter::Incomplete);
    review.resize(820, 560);
    review.show();
    ok = save(&review, folder, u"review-screen"_s + suffix) && ok;
    review.hide();

    // Ending the exam hands the attempt to the results page, and the session goes away.
    const qint64 attemptId = session->attemptId();
    session->submit();
    QApplication::processEvents();
    window.showResults(attemptId);
    ResultsPage *results = window.resultsPage();
    ok = save(&window, folder, u"results"_s + suffix) && ok;
    Appearance::instance().setScheme(Appearance::Scheme::Dark);
    ok = save(&window, folder, u"results-dark"_s + suffix) && ok;
    Appearance::instance().setScheme(Appearance::Scheme::Light);
    results->findChild<QTabWidget *>(u"resultsTabs"_s)->setCurrentIndex(1);
    ok = save(&window, folder, u"results-topics"_s + suffix) && ok;
    results->tabs()->setCurrentIndex(3);
    ok = save(&window, folder, u"results-time"_s + suffix) && ok;
    results->setFilter(ResultsPage::Filter::All);
    results->showExplanation(3);
    ok = save(&window, folder, u"explanation"_s + suffix) && ok;
    {
        // The exam's questions for other tools: the ones answered wrong, as Anki cards.
        ExportDialog exportDialog(results->exportChoices(), &window);
        auto *format = exportDialog.findChild<QComboBox *>(u"exportFormat"_s);
        format->setCurrentIndex(format->findData(int(QuestionExport::Format::Anki)));
        exportDialog.show();
        ok = save(&exportDialog, folder, u"export-dialog"_s + suffix) && ok;
    }
    if (pdf) {
        prompter.fileName = folder.filePath(u"report"_s + suffix + u".pdf"_s);
        ok = results->exportPdf() && ok;
    }
    {
        // A class quiz from Moodle, in the other language than the interface's, that says
        // nothing of where its questions belong: the import dialog asks, and lists what it
        // leaves out.
        const QString quiz = dir.filePath(u"week 3 quiz.gift"_s);
        QFile file(quiz);
        const QByteArray text = language == u"ja"
            ? "$CATEGORY: $course$/top/Networking\n\n"
              "::Return traffic::A network ACL allows inbound HTTPS. Which outbound rule lets the "
              "responses reach the clients? {\n=Allow TCP 1024-65535 to 0.0.0.0/0 # Responses go "
              "to the client's ephemeral port.\n~Allow TCP 443 to 0.0.0.0/0 # The response "
              "leaves from port 443 but goes to an ephemeral port.\n~No rule: network ACLs are "
              "stateful\n}\n\n"
              "::Flow logs::Which field of a VPC flow log record says that a security group or "
              "network ACL refused the traffic? {=action ~log-status ~tcp-flags}\n\n"
              "::Peering essay::Explain why VPC peering is not transitive. {}\n"
            : "$CATEGORY: $course$/top/ネットワーク\n\n"
              "::戻りのトラフィック::ネットワーク ACL でインバウンドの HTTPS "
              "を許可しています。応答が"
              "クライアントに届くアウトバウンドルールはどれですか。{\n=TCP 1024-65535 を "
              "0.0.0.0/0 へ許可 # 応答はクライアントのエフェメラルポートへ送られます。\n~TCP 443 "
              "を "
              "0.0.0.0/0 へ許可\n~不要: ネットワーク ACL はステートフル\n}\n\n"
              "::フローログ::VPC フローログのレコードで、セキュリティグループまたはネットワーク "
              "ACL "
              "が通信を拒否したことを示すフィールドはどれですか。{=action ~log-status "
              "~tcp-flags}\n\n"
              "::ピアリングの論述::VPC ピアリングが推移的でない理由を説明してください。{}\n";
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return false;
        file.close();
        QuestionStore store(database);
        {
            ImportDialog import(database, {quiz}, &window);
            import.resize(760, 480);
            import.show();
            auto *domain = import.findChild<QComboBox *>(u"importDomain"_s);
            domain->setCurrentIndex(domain->findData(u"5"_s));
            auto *task = import.findChild<QComboBox *>(u"importTask"_s);
            task->setCurrentIndex(task->findData(u"5.1"_s));
            QDeadlineTimer deadline(10'000);
            while (import.isReading() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            ok = save(&import, folder, u"import-dialog"_s + suffix) && ok;
        }
        {
            // A large file being stored, as the import shows it after its first moment.
            ImportProgressDialog progress(12'000, &window);
            progress.setStored(4'210);
            progress.show();
            ok = save(&progress, folder, u"import-progress"_s + suffix) && ok;
        }
        // One of them sat: a question in one language, whatever the interface's.
        QuestionImport::Placement placement;
        placement.task = u"5.1"_s;
        const QuestionImport::Outcome imported
            = QuestionImport::importFiles(store, {quiz}, placement, clock.wallMs());
        ExamSession::Setup one;
        one.mode = Attempt::Mode::Practice;
        one.questionIds = {u"week-3-quiz-001"_s};
        if (imported.imported < 1 || !window.startSession(one))
            return false;
        ok = save(&window, folder, u"exam-one-language"_s + suffix) && ok;
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Appearance::instance().setScheme(Appearance::Scheme::Light);
    const bool pdf = argc == 3 && QByteArrayView(argv[2]) == "--pdf";
    if (argc != 2 && !pdf) {
        std::fprintf(stderr, "usage: screenshots OUTPUT_FOLDER [--pdf]\n");
        return 2;
    }
    QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.mkpath(u"."_s)) {
        std::fprintf(stderr, "screenshots: cannot create %s\n", argv[1]);
        return 1;
    }
    bool ok = true;
    for (const QString &language : Language::available())
        ok = render(language, folder, pdf) && ok;
    return ok ? 0 : 1;
}
