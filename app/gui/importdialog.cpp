#include "importdialog.h"

#include "bank/bankreader.h"
#include "bank/questionstore.h"
#include "language.h"
#include "storage/database.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

// One reading of the files for one place, on its thread. The thread owns nothing of the dialog:
// it reads the copies it was given, and writes only here.
struct ImportDialog::Reading
{
    int number = 0;
    std::unique_ptr<QThread> thread;
    std::atomic<bool> stop = false;
    std::atomic<int> read = 0; // questions read so far
    QuestionImport::Preview preview; // once the thread has finished
    QString error; // the database could not be opened
};

ImportDialog::ImportDialog(const Database &database, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(database.path())
    , m_paths(paths)
    , m_catalog(QuestionStore(database).catalog())
    , m_language(Language::current())
    , m_files(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_progress(new QTimer(this))
    , m_placement(new QGroupBox(this))
    , m_domain(new QComboBox(m_placement))
    , m_task(new QComboBox(m_placement))
    , m_topic(new QComboBox(m_placement))
    , m_details(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Questions"));
    QStringList names;
    for (const QString &path : paths)
        names.append(QDir::toNativeSeparators(path));
    m_files->setObjectName(u"importFiles"_s);
    m_files->setWordWrap(true);
    m_files->setTextFormat(Qt::PlainText);
    m_files->setText(tr("From: %1").arg(names.join(u", "_s)));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(u"importReading"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_progress->setInterval(100);
    connect(m_progress, &QTimer::timeout, this, &ImportDialog::showReading);

    m_placement->setObjectName(u"importPlacement"_s);
    m_placement->setTitle(tr("Where to file questions the files do not place"));
    m_domain->setObjectName(u"importDomain"_s);
    m_task->setObjectName(u"importTask"_s);
    m_topic->setObjectName(u"importTopic"_s);
    m_domain->addItem(tr("Not chosen"));
    if (const Blueprint *blueprint = m_catalog.blueprint(QuestionImport::Placement().exam)) {
        for (const Domain &domain : blueprint->domains)
            m_domain->addItem(tr("Domain %1: %2").arg(domain.id, domain.name.in(m_language)),
                              domain.id);
    }
    m_topic->addItem(tr("The file's own, or none"));
    QList<const Topic *> topics;
    for (const Topic &topic : m_catalog.topics)
        topics.append(&topic);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(topics.begin(), topics.end(), [this, &collator](const Topic *a, const Topic *b) {
        return collator.compare(a->name.in(m_language), b->name.in(m_language)) < 0;
    });
    for (const Topic *topic : std::as_const(topics))
        m_topic->addItem(topic->name.in(m_language), topic->id);
    fillTasks();
    auto *form = new QFormLayout(m_placement);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Task:"), m_task);
    form->addRow(tr("To&pic:"), m_topic);
    for (QComboBox *box : {m_domain, m_task, m_topic})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] {
        fillTasks();
        reread();
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);

    m_details->setObjectName(u"importDetails"_s);
    m_details->setRootIsDecorated(false);
    m_details->setHeaderLabels({tr("Kind"), tr("Where"), tr("Detail")});
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->setWordWrap(true);

    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_files);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_placement);
    layout->addWidget(m_details, 1);
    // Without the list (nothing to list, or the files being read), the space is left empty
    // below the rest rather than spread between the lines.
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(720, 520);

    // The place can be chosen while the files are read; where the focus goes next is decided
    // once they have been (readingEnded).
    m_domain->setFocus();
    reread();
}

ImportDialog::~ImportDialog()
{
    if (m_reading)
        m_stopping.push_back(std::move(m_reading));
    for (const std::unique_ptr<Reading> &reading : m_stopping)
        reading->stop = true;
    for (const std::unique_ptr<Reading> &reading : m_stopping)
        reading->thread->wait();
}

QuestionImport::Placement ImportDialog::placement() const
{
    QuestionImport::Placement placement;
    placement.domain = m_domain->currentData().toString();
    placement.task = m_task->currentData().toString();
    placement.topic = m_topic->currentData().toString();
    return placement;
}

void ImportDialog::fillTasks()
{
    const QSignalBlocker blocker(m_task);
    m_task->clear();
    m_task->addItem(tr("Not chosen"));
    const QString domainId = m_domain->currentData().toString();
    const Blueprint *blueprint = m_catalog.blueprint(QuestionImport::Placement().exam);
    const Domain *domain = blueprint ? blueprint->domain(domainId) : nullptr;
    if (domain) {
        for (const TaskStatement &task : domain->tasks)
            m_task->addItem(tr("Task %1: %2").arg(task.id, task.name.in(m_language)), task.id);
        // A domain with one task leaves nothing to choose.
        if (domain->tasks.size() == 1)
            m_task->setCurrentIndex(1);
    }
    m_task->setEnabled(domain != nullptr);
}

void ImportDialog::reread()
{
    // A reading for a place no longer chosen is stopped; its thread ends on its own.
    if (m_reading) {
        m_reading->stop = true;
        m_stopping.push_back(std::move(m_reading));
    }
    auto reading = std::make_unique<Reading>();
    Reading *r = reading.get();
    r->number = ++m_readings;
    r->thread.reset(QThread::create(
        [r, path = m_databasePath, paths = m_paths, catalog = m_catalog, placement = placement()] {
            Database database(path);
            if (!database.open(Database::Integrity::CheckLater)) {
                r->error = database.errorMessage();
                return;
            }
            r->preview = QuestionImport::check(paths, catalog, placement,
                                               QuestionStore(database).idTest(), {}, [r](int read) {
                                                   r->read = read;
                                                   return !r->stop;
                                               });
        }));
    const int number = r->number;
    connect(r->thread.get(), &QThread::finished, this, [this, number] { readingEnded(number); });
    m_reading = std::move(reading);
    m_import->setEnabled(false);
    r->thread->start();
    // Most files are read within a moment: their preview comes at once, with no sign of the
    // reading in between.
    if (r->thread->wait(QDeadlineTimer(150))) {
        readingEnded(number);
        return;
    }
    m_details->clear();
    m_details->hide();
    m_busy->show();
    m_progress->start();
    showReading();
}

void ImportDialog::readingEnded(int number)
{
    // A reading stopped is let go; the end of one already shown (its finished signal, after
    // a wait) is nothing more.
    const auto stopped = std::find_if(
        m_stopping.begin(), m_stopping.end(),
        [number](const std::unique_ptr<Reading> &reading) { return reading->number == number; });
    if (stopped != m_stopping.end()) {
        (*stopped)->thread->wait();
        m_stopping.erase(stopped);
        return;
    }
    if (!m_reading || m_reading->number != number)
        return;
    const std::unique_ptr<Reading> reading = std::move(m_reading);
    reading->thread->wait();
    m_progress->stop();
    m_busy->hide();
    m_preview = std::move(reading->preview);
    if (!reading->error.isEmpty())
        m_preview.problems.append(
            {QDir::toNativeSeparators(m_databasePath), {}, {}, reading->error});
    showPreview();
    if (!m_shownOnce) {
        m_shownOnce = true;
        // Where the learner goes next, unless they have gone somewhere already.
        if (focusWidget() == m_domain && m_preview.withoutPlace == 0)
            (m_import->isEnabled() ? static_cast<QWidget *>(m_import) : m_details)->setFocus();
    }
}

void ImportDialog::showReading()
{
    const int read = m_reading ? m_reading->read.load() : 0;
    m_summary->setText(tr("Reading the files: %Ln question(s) so far…", nullptr, read));
}

void ImportDialog::showPreview()
{
    QStringList summary;
    const int ready = m_preview.ready;
    if (m_preview.isImportable())
        summary.append(tr("%Ln question(s) ready to import.", nullptr, ready));
    else if (m_preview.withoutPlace > 0)
        summary.append(tr("%Ln question(s) give no domain and task: choose where to file them "
                          "below.",
                          nullptr, m_preview.withoutPlace));
    else if (!m_preview.problems.isEmpty())
        summary.append(tr("Nothing can be imported until the problems listed are mended in the "
                          "files."));
    else
        summary.append(tr("The files hold no question Shiken can serve."));
    if (!m_preview.skipped.isEmpty())
        summary.append(tr("%n item(s) skipped: Shiken serves multiple-choice questions only.",
                          nullptr, int(m_preview.skipped.size())));
    m_summary->setText(summary.join(u' '));
    m_import->setEnabled(m_preview.isImportable());

    m_details->clear();
    // Where in a file, by the file's name (the path is said once, above).
    const auto shortened = [this](QString where) {
        for (const QString &path : std::as_const(m_paths)) {
            const QString shown = BankReader::displayName(path);
            if (where.startsWith(shown + u':') || where == shown)
                return where.replace(0, shown.size(), QFileInfo(path).fileName());
        }
        return where;
    };
    const auto add = [&](const QString &kind, const QString &where, const QString &detail) {
        auto *item = new QTreeWidgetItem(m_details, {kind, shortened(where), detail});
        item->setToolTip(2, detail);
    };
    for (const BankIssue &issue : std::as_const(m_preview.problems)) {
        QStringList detail;
        if (!issue.questionId.isEmpty())
            detail.append(issue.questionId);
        if (!issue.field.isEmpty())
            detail.append(issue.field);
        detail.append(issue.message);
        add(tr("Problem"), issue.file, detail.join(u": "_s));
    }
    for (const QuestionImport::SkippedItem &skipped : std::as_const(m_preview.skipped))
        add(tr("Skipped"), u"%1:%2"_s.arg(skipped.file).arg(skipped.item.line),
            u"%1: %2"_s.arg(skipped.item.kind, skipped.item.title));
    for (const QuestionImport::Note &note : std::as_const(m_preview.notes))
        add(tr("Note"), note.where, note.text);
    m_details->setVisible(m_details->topLevelItemCount() > 0);
    if (m_details->topLevelItemCount() > 0)
        m_details->setCurrentItem(m_details->topLevelItem(0));
}
