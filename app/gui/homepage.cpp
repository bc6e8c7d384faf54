#include "homepage.h"

#include "appearance.h"
#include "bank/questionstore.h"
#include "exam/attemptstore.h"
#include "exam/clock.h"
#include "language.h"
#include "progress/attempthistorymodel.h"
#include "progress/reviewstore.h"
#include "progress/statistics.h"
#include "storage/database.h"
#include "textformat.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
constexpr auto examId = "soa-c03"_L1;

// The resume banner: a rounded panel in the appearance's banner colours. Painted rather than
// styled with a style sheet, which would make a style of its own for the banner and each of
// its children when the window is built.
class Banner final : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Appearance::color(Appearance::Role::BannerBorder));
        painter.setBrush(Appearance::color(Appearance::Role::BannerBackground));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
};
} // namespace

HomePage::HomePage(Database &database, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_resumeBanner(new Banner(this))
    , m_resumeLabel(new QLabel(m_resumeBanner))
    , m_resumeButton(new QPushButton(m_resumeBanner))
    , m_discardButton(new QPushButton(m_resumeBanner))
    , m_examButton(new QPushButton(this))
    , m_practiceButton(new QPushButton(this))
    , m_drillButton(new QPushButton(this))
    , m_bankButton(new QPushButton(this))
    , m_browseButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_weakButton(new QPushButton(this))
    , m_progressTitle(new QLabel(this))
    , m_readiness(new QLabel(this))
    , m_due(new QLabel(this))
    , m_reviewButton(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recent(new QTreeWidget(this))
    , m_domainsTitle(new QLabel(this))
    , m_domains(new QWidget(this))
{
    setObjectName(u"homePage"_s);
    m_resumeBanner->setObjectName(u"resumeBanner"_s);
    m_resumeLabel->setObjectName(u"resumeLabel"_s);
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_discardButton->setObjectName(u"discardButton"_s);
    m_examButton->setObjectName(u"startExamButton"_s);
    m_practiceButton->setObjectName(u"startPracticeButton"_s);
    m_drillButton->setObjectName(u"startDrillButton"_s);
    m_bankButton->setObjectName(u"bankButton"_s);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_recent->setObjectName(u"recentAttempts"_s);
    m_historyButton->setObjectName(u"historyButton"_s);
    m_weakButton->setObjectName(u"startWeakButton"_s);
    m_readiness->setObjectName(u"readinessLabel"_s);
    m_due->setObjectName(u"dueLabel"_s);
    m_reviewButton->setObjectName(u"reviewNowButton"_s);
    m_readiness->setWordWrap(true);
    QFont progressFont = m_progressTitle->font();
    progressFont.setBold(true);
    m_progressTitle->setFont(progressFont);
    m_domains->setObjectName(u"domainBars"_s);
    new QGridLayout(m_domains);
    QFont readinessFont = m_readiness->font();
    readinessFont.setPointSizeF(readinessFont.pointSizeF() * 1.2);
    m_readiness->setFont(readinessFont);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);

    connect(&Appearance::instance(), &Appearance::changed, m_resumeBanner,
            qOverload<>(&QWidget::update));
    auto *bannerLayout = new QHBoxLayout(m_resumeBanner);
    bannerLayout->addWidget(m_resumeLabel, 1);
    bannerLayout->addWidget(m_resumeButton);
    bannerLayout->addWidget(m_discardButton);

    for (QPushButton *button :
         {m_examButton, m_practiceButton, m_drillButton, m_bankButton, m_browseButton,
          m_resumeButton, m_discardButton, m_historyButton, m_weakButton, m_reviewButton})
        button->setAutoDefault(true); // Return presses the focused button
    for (QPushButton *button : {m_examButton, m_practiceButton, m_drillButton}) {
        button->setMinimumHeight(56);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        button->setFont(font);
    }
    auto *choices = new QGridLayout;
    choices->addWidget(m_examButton, 0, 0);
    choices->addWidget(m_practiceButton, 0, 1);
    choices->addWidget(m_drillButton, 0, 2);

    m_recent->setRootIsDecorated(false);
    m_recent->setColumnCount(5);
    m_recent->setUniformRowHeights(true);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_resumeBanner);
    layout->addSpacing(8);
    layout->addLayout(choices);
    layout->addSpacing(8);
    // Progress: readiness, the weakest areas with a drill each, the reviews due.
    auto *progress = new QGridLayout;
    progress->addWidget(m_progressTitle, 0, 0, 1, 2);
    progress->addWidget(m_readiness, 1, 0, 1, 2);
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(u"weakLabel_%1"_s.arg(i + 1));
        auto *button = new QPushButton(this);
        button->setObjectName(u"drillWeak_%1"_s.arg(i + 1));
        button->setAutoDefault(true);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_weakAreas.size())
                emit drillRequested(m_weakAreas.at(i).kind, m_weakAreas.at(i).id);
        });
        progress->addWidget(label, 2 + i, 0);
        progress->addWidget(button, 2 + i, 1);
        m_weakLabels.append(label);
        m_weakButtons.append(button);
    }
    progress->addWidget(m_due, 5, 0);
    progress->addWidget(m_reviewButton, 5, 1);
    progress->setColumnStretch(0, 1);
    layout->addLayout(progress);
    layout->addSpacing(8);
    // The latest results beside each domain's standing today, filling the page's lower half.
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(m_recentTitle);
    recentColumn->addWidget(m_recent, 1);
    auto *domainColumn = new QVBoxLayout;
    domainColumn->addWidget(m_domainsTitle);
    domainColumn->addWidget(m_domains);
    domainColumn->addStretch(1);
    auto *lower = new QHBoxLayout;
    lower->addLayout(recentColumn, 3);
    lower->addSpacing(12);
    lower->addLayout(domainColumn, 2);
    layout->addLayout(lower, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_weakButton);
    bottom->addStretch();
    bottom->addWidget(m_historyButton);
    bottom->addWidget(m_browseButton);
    bottom->addWidget(m_bankButton);
    layout->addLayout(bottom);

    connect(m_examButton, &QPushButton::clicked, this,
            [this] { emit startRequested(Attempt::Mode::Exam); });
    connect(m_practiceButton, &QPushButton::clicked, this,
            [this] { emit startRequested(Attempt::Mode::Practice); });
    connect(m_drillButton, &QPushButton::clicked, this,
            [this] { emit startRequested(Attempt::Mode::Drill); });
    connect(m_bankButton, &QPushButton::clicked, this, &HomePage::bankRequested);
    connect(m_browseButton, &QPushButton::clicked, this, &HomePage::browseRequested);
    connect(m_historyButton, &QPushButton::clicked, this, &HomePage::historyRequested);
    connect(m_weakButton, &QPushButton::clicked, this, &HomePage::weakAreaRequested);
    connect(m_reviewButton, &QPushButton::clicked, this, &HomePage::reviewRequested);
    connect(m_resumeButton, &QPushButton::clicked, this,
            [this] { emit resumeRequested(m_inProgress); });
    connect(m_discardButton, &QPushButton::clicked, this,
            [this] { emit discardRequested(m_inProgress); });
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            emit attemptOpened(id);
    });
    setTabOrder(m_resumeButton, m_discardButton);
    setTabOrder(m_discardButton, m_examButton);
    setTabOrder(m_examButton, m_practiceButton);
    setTabOrder(m_practiceButton, m_drillButton);
    setTabOrder(m_drillButton, m_recent);
    setTabOrder(m_recent, m_weakButton);
    setTabOrder(m_weakButton, m_historyButton);
    setTabOrder(m_historyButton, m_browseButton);
    setTabOrder(m_browseButton, m_bankButton);
    retranslate();
}

HomePage::~HomePage()
{
    if (m_standingReader)
        m_standingReader->wait();
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_summary) {
        fill(*m_summary);
        m_summary.reset();
    } else {
        refresh();
    }
    (m_resumeBanner->isVisible() ? m_resumeButton : m_examButton)->setFocus(Qt::OtherFocusReason);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_subtitle->setText(
        tr("Sit a timed mock exam as the real one runs, practise with the explanation after "
           "every answer, or drill the domains and topics you choose."));
    m_resumeButton->setText(tr("&Resume"));
    m_discardButton->setText(tr("&Discard"));
    m_examButton->setText(tr("Full &Mock Exam"));
    m_practiceButton->setText(tr("&Practice Session"));
    m_drillButton->setText(tr("Domain or &Topic Drill"));
    m_bankButton->setText(tr("Question &Bank"));
    m_browseButton->setText(tr("Browse &Questions"));
    m_historyButton->setText(tr("Progress and Histor&y"));
    m_weakButton->setText(tr("&Weak-Area Drill"));
    m_reviewButton->setText(tr("Review &Now"));
    m_progressTitle->setText(tr("Your progress"));
    for (QPushButton *button : std::as_const(m_weakButtons))
        button->setText(tr("Drill These"));
    m_recentTitle->setText(tr("Latest results"));
    m_domainsTitle->setText(tr("Each domain today"));
    m_recent->setHeaderLabels({tr("Date"), tr("Mode"), tr("Score"), tr("Result"), tr("Questions")});
    // A hidden page reads the database when it is shown (showEvent), not twice at start-up.
    if (isVisible())
        refresh();
}

void HomePage::fillDomains(const Blueprint &blueprint, const std::optional<Standing> &standing)
{
    auto *grid = static_cast<QGridLayout *>(m_domains->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString language = Language::current();
    const double line = double(blueprint.passingScore - blueprint.scaleMin)
        / (blueprint.scaleMax - blueprint.scaleMin);
    const QHash<QString, double> shares
        = standing ? standing->readiness.domainShare : QHash<QString, double>();
    for (int row = 0; row < blueprint.domains.size(); ++row) {
        const Domain &domain = blueprint.domains.at(row);
        auto *name = new QLabel(tr("Domain %1: %2").arg(domain.id, domain.name.in(language)));
        name->setWordWrap(true);
        auto *bar = new QProgressBar;
        bar->setObjectName(u"domainBar_%1"_s.arg(domain.id));
        bar->setRange(0, 100);
        bar->setMinimumWidth(120);
        if (!standing) {
            bar->setValue(0);
            bar->setFormat(QString());
        } else if (const auto share = shares.constFind(domain.id); share != shares.constEnd()) {
            bar->setValue(int(std::lround(*share * 100)));
            bar->setFormat(u"%p %"_s);
            bar->setToolTip(*share >= line
                                ? tr("Expected share right if the exam were today: at or above "
                                     "the %1 % that meets competencies.")
                                      .arg(std::lround(line * 100))
                                : tr("Expected share right if the exam were today: below the %1 % "
                                     "that meets competencies.")
                                      .arg(std::lround(line * 100)));
        } else {
            bar->setValue(0);
            bar->setFormat(tr("not enough answers"));
        }
        grid->addWidget(name, row, 0);
        grid->addWidget(bar, row, 1);
        name->show(); // at once, not when the event loop next runs
        bar->show();
    }
    grid->setColumnStretch(0, 1);
}

HomePage::Standing HomePage::readStanding(const Database &database, qint64 nowMs)
{
    Standing standing;
    const Statistics statistics(database);
    if (const auto blueprint = QuestionStore(database).blueprint(QString(examId)))
        std::tie(standing.readiness, standing.weakAreas)
            = statistics.readinessAndWeakest(*blueprint, 3, nowMs);
    else
        standing.weakAreas = statistics.weakest(QString(examId), 3, nowMs);
    standing.due = ReviewStore(database).dueCount(QString(examId), nowMs);
    return standing;
}

HomePage::Summary HomePage::readOverview(const Database &database)
{
    Summary summary;
    const QuestionStore questions(database);
    summary.blueprint = questions.blueprint(QString(examId));
    const AttemptStore attempts(database);
    if (const qint64 id = attempts.inProgress())
        summary.inProgress = attempts.load(id);
    summary.catalog = questions.catalog();
    summary.recent = Statistics(database).history(QString(examId), 20, 0, true);
    return summary;
}

HomePage::Summary HomePage::read(const Database &database, qint64 nowMs)
{
    Summary summary = readOverview(database);
    summary.standing = readStanding(database, nowMs);
    return summary;
}

void HomePage::setSummary(Summary summary)
{
    m_summary = std::move(summary);
}

void HomePage::setStanding(Standing standing)
{
    if (m_summary && !m_summary->standing) {
        m_summary->standing = std::move(standing);
    } else if (m_standingPending) {
        m_standingPending = false;
        fillStanding(standing);
    }
}

void HomePage::refresh()
{
    const qint64 now = m_clock.wallMs();
    Summary summary = readOverview(m_database);
    if (ReviewStore(m_database).answeredCount() < m_standingInBackgroundFrom)
        summary.standing = readStanding(m_database, now);
    fill(summary);
    if (m_standingPending)
        readStandingInBackground();
}

void HomePage::readStandingInBackground()
{
    if (m_standingReader) { // what it reads is older than the page: read again when it ends
        m_standingAgain = true;
        return;
    }
    auto standing = std::make_shared<std::optional<Standing>>();
    const QString path = m_database.path();
    const qint64 now = m_clock.wallMs();
    m_standingReader = QThread::create([path, now, standing] {
        Database own(path);
        if (own.open(Database::Integrity::CheckLater))
            *standing = readStanding(own, now);
    });
    m_standingReader->setParent(this);
    connect(m_standingReader, &QThread::finished, this, [this, standing, now] {
        QThread *reader = std::exchange(m_standingReader, nullptr);
        reader->wait(); // finished() is emitted just before the thread ends
        delete reader;
        const bool again = std::exchange(m_standingAgain, false);
        if (!m_standingPending) // the page has read it itself since
            return;
        if (again) {
            readStandingInBackground();
            return;
        }
        // A database the thread could not open is read here, rather than left unread.
        setStanding(*standing ? std::move(**standing) : readStanding(m_database, now));
    });
    m_standingReader->start();
}

void HomePage::fillStanding(const std::optional<Standing> &standing)
{
    const QString language = Language::current();
    const QLocale locale;
    const auto &blueprint = m_blueprint;
    const Readiness readiness = standing ? standing->readiness : Readiness();
    if (blueprint) {
        fillDomains(*blueprint, standing);
        if (!standing) {
            m_readiness->setText(tr("Working out your readiness from your answers…"));
        } else if (readiness.available && readiness.firstSightAvailable) {
            m_readiness->setText(
                tr("Readiness: about %1 on this bank today (likely %2–%3), about %4 on "
                   "questions new to you; %5 passes.")
                    .arg(readiness.score)
                    .arg(readiness.low)
                    .arg(readiness.high)
                    .arg(readiness.firstSight)
                    .arg(blueprint->passingScore));
        } else if (readiness.available) {
            m_readiness->setText(tr("Readiness: about %1 on this bank today (likely %2–%3); "
                                    "%4 passes.")
                                     .arg(readiness.score)
                                     .arg(readiness.low)
                                     .arg(readiness.high)
                                     .arg(blueprint->passingScore));
        } else {
            QStringList missing;
            for (const QString &id : readiness.missingDomains)
                missing.append(tr("Domain %1").arg(id));
            m_readiness->setText(
                tr("Readiness is estimated once every domain has %1 answers (not yet: %2).")
                    .arg(Mastery::minimumAnswers)
                    .arg(TextFormat::list(missing)));
        }
    }
    m_weakAreas = standing ? standing->weakAreas : QList<WeakArea>();
    for (int i = 0; i < m_weakLabels.size(); ++i) {
        const bool shown = i < m_weakAreas.size();
        m_weakLabels.at(i)->setVisible(shown);
        m_weakButtons.at(i)->setVisible(shown);
        if (!shown)
            continue;
        const WeakArea &area = m_weakAreas.at(i);
        QString name = area.id;
        if (area.kind == WeakArea::Kind::Domain) {
            const Domain *domain = blueprint ? blueprint->domain(area.id) : nullptr;
            name = tr("Domain %1: %2").arg(area.id, domain ? domain->name.in(language) : QString());
        } else if (const Topic *topic = m_catalog.topic(area.id)) {
            name = topic->name.in(language);
        }
        m_weakLabels.at(i)->setText(
            tr("Weak: %1 (recall %2% over %Ln answered question(s))", nullptr, area.recall.seen)
                .arg(name)
                .arg(locale.toString(area.recall.mean() * 100, 'f', 0)));
    }
    const int due = standing ? standing->due : 0;
    m_due->setText(!standing     ? QString()
                       : due > 0 ? tr("%Ln question(s) due for review.", nullptr, due)
                                 : tr("No questions are due for review."));
    m_reviewButton->setEnabled(due > 0);
}

void HomePage::fill(const Summary &summary)
{
    const QString language = Language::current();
    const auto &blueprint = summary.blueprint;
    m_title->setText(blueprint ? blueprint->title.in(language) : tr("Shiken"));

    m_inProgress = summary.inProgress ? summary.inProgress->id : 0;
    if (const auto &attempt = summary.inProgress) {
        int answered = 0;
        for (const AttemptItem &item : attempt->items)
            answered += item.selection.isEmpty() ? 0 : 1;
        QString text = tr("An attempt is in progress: question %1 of %2, %3 answered.")
                           .arg(attempt->position + 1)
                           .arg(attempt->items.size())
                           .arg(answered);
        if (attempt->timeLimitMs > 0)
            text = TextFormat::sentences(
                {text,
                 tr("%n minute(s) left.", nullptr, int((attempt->remainingMs() + 59999) / 60000))});
        m_resumeLabel->setText(text);
        m_resumeBanner->show();
    } else {
        m_resumeBanner->hide();
    }

    m_blueprint = summary.blueprint;
    m_catalog = summary.catalog;
    m_standingPending = !summary.standing;
    fillStanding(summary.standing);

    const QLocale locale;
    m_recent->clear();
    for (const AttemptSummary &s : summary.recent) {
        auto *item = new QTreeWidgetItem(m_recent);
        item->setData(0, Qt::UserRole, s.id);
        item->setText(
            0,
            locale.toString(QDateTime::fromMSecsSinceEpoch(s.submittedAtMs), QLocale::ShortFormat));
        item->setText(1, AttemptHistoryModel::modeName(s.mode));
        item->setText(2, locale.toString(s.score));
        item->setText(3, s.passed ? tr("Pass") : tr("Fail"));
        item->setText(4, tr("%1 / %2").arg(s.correct).arg(s.questions));
    }
}
