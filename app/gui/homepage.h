#pragma once

#include "bank/bank.h"
#include "exam/attempt.h"
#include "progress/statistics.h"

#include <optional>

#include <QWidget>

class Clock;
class Database;
class QFrame;
class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

// Where a study session starts: a full mock exam, a practice session or a drill; the attempt
// still in progress, if any, to resume; and the latest results.
class HomePage final : public QWidget
{
    Q_OBJECT

public:
    HomePage(Database &database, Clock &clock, QWidget *parent = nullptr);
    ~HomePage() override;

    // Where the learner stands: readiness, the weakest areas and the reviews due. It reads every
    // answered question (each one's chance of a right answer now), so it grows with the
    // learner's history; start-up reads it on a connection of its own and the window does not
    // wait for it (setStanding).
    struct Standing
    {
        Readiness readiness;
        QList<WeakArea> weakAreas;
        int due = 0;
    };
    static Standing readStanding(const Database &database, qint64 nowMs);

    // What the page shows from the database, read apart from the widgets, on whichever thread
    // owns the connection: start-up reads it on the thread that opens the database while the
    // window is built.
    struct Summary
    {
        std::optional<Blueprint> blueprint;
        std::optional<Attempt> inProgress;
        BankCatalog catalog; // the weak topics' names
        QList<AttemptSummary> recent;
        std::optional<Standing> standing; // none: still being read, shown as such
    };
    // All of it, or without the standing.
    static Summary read(const Database &database, qint64 nowMs);
    static Summary readOverview(const Database &database);
    // Shows a summary read at start-up: the next showing of the page uses it instead of
    // reading the database again.
    void setSummary(Summary summary);
    // The standing of a summary given without one, once it has been read. Ignored once the
    // page has read the database again itself (refresh).
    void setStanding(Standing standing);
    bool isStandingPending() const { return m_standingPending; }

    // Reads the database again. The standing is read on the window's thread for a learner who
    // has answered fewer than standingInBackgroundFrom() questions, which takes a few
    // milliseconds; for more, on a thread and a connection of its own, the page saying it is
    // being worked out meanwhile, so that showing the page never grows with the history.
    void refresh();
    static constexpr int defaultStandingInBackgroundFrom = 2000;
    int standingInBackgroundFrom() const { return m_standingInBackgroundFrom; }
    void setStandingInBackgroundFrom(int answered) { m_standingInBackgroundFrom = answered; }
    qint64 inProgressAttempt() const { return m_inProgress; }

signals:
    void startRequested(Attempt::Mode mode);
    void resumeRequested(qint64 attemptId);
    void discardRequested(qint64 attemptId);
    void attemptOpened(qint64 attemptId);
    void bankRequested();
    void browseRequested();
    void historyRequested();
    void weakAreaRequested();
    void reviewRequested();
    // A drill of one weak domain or topic.
    void drillRequested(WeakArea::Kind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fill(const Summary &summary);
    void readStandingInBackground();
    void fillStanding(const std::optional<Standing> &standing);
    void fillDomains(const Blueprint &blueprint, const std::optional<Standing> &standing);

    Database &m_database;
    Clock &m_clock;
    std::optional<Summary> m_summary; // read at start-up, for the first showing
    bool m_standingPending = false; // shown without its standing, which is being read
    int m_standingInBackgroundFrom = defaultStandingInBackgroundFrom;
    QThread *m_standingReader = nullptr;
    bool m_standingAgain = false; // the page was read again while the reader ran
    std::optional<Blueprint> m_blueprint; // of the summary shown
    BankCatalog m_catalog;
    qint64 m_inProgress = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFrame *m_resumeBanner;
    QLabel *m_resumeLabel;
    QPushButton *m_resumeButton;
    QPushButton *m_discardButton;
    QPushButton *m_examButton;
    QPushButton *m_practiceButton;
    QPushButton *m_drillButton;
    QPushButton *m_bankButton;
    QPushButton *m_browseButton;
    QPushButton *m_historyButton;
    QPushButton *m_weakButton;
    QLabel *m_progressTitle;
    QLabel *m_readiness;
    QList<QLabel *> m_weakLabels;
    QList<QPushButton *> m_weakButtons;
    QList<WeakArea> m_weakAreas;
    QLabel *m_due;
    QPushButton *m_reviewButton;
    QLabel *m_recentTitle;
    QTreeWidget *m_recent;
    QLabel *m_domainsTitle;
    QWidget *m_domains; // a bar per domain: its expected share right today
};
