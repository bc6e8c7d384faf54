#include "attemptreport.h"

#include "explanationview.h"
#include "scorechart.h"
#include "textformat.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QStyle>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QUrl chartUrl(u"domain-chart.png"_s);

} // namespace

AttemptReport::AttemptReport(const Attempt &attempt, const Blueprint &blueprint,
                             const QHash<QString, Question> &questions, const AttemptResult &result)
    : m_attempt(attempt)
    , m_blueprint(blueprint)
    , m_questions(questions)
    , m_result(result)
{ }

QString AttemptReport::markdown(const QString &language) const
{
    QStringList parts;
    parts.append(u"# "_s + tr("Results: %1").arg(m_blueprint.title.in(language)));
    parts.append(u"**"_s
                 + tr("Estimated scaled score: %1 (%2)")
                       .arg(m_result.scaledScore)
                       .arg(m_result.passed ? tr("Pass") : tr("Fail"))
                 + u"**"_s);
    parts.append(detailsLine(m_attempt, m_blueprint, m_result));
    parts.append(u"*"_s
                 + tr("The scaled score is an estimate: AWS does not publish how the real exam "
                      "scales scores.")
                 + u"*"_s);
    QStringList table {u"| %1 | %2 | %3 |"_s.arg(tr("Domain"), tr("Correct"), tr("Result")),
                       u"|---|---|---|"_s};
    for (const ScoreLine &line : m_result.domains) {
        const Domain *domain = m_blueprint.domain(line.id);
        table.append(
            u"| %1 | %2 / %3 | %4 |"_s
                .arg(tr("Domain %1: %2")
                         .arg(line.id, domain ? domain->name.in(language) : QString()))
                .arg(line.correct)
                .arg(line.total)
                .arg(line.meetsCompetencies ? tr("Meets competencies") : tr("Needs improvement")));
    }
    parts.append(table.join(u'\n'));
    parts.append(u"![%1](%2)"_s.arg(tr("Score per domain"), chartUrl.toString()));
    for (qsizetype i = 0; i < m_attempt.items.size(); ++i) {
        const AttemptItem &item = m_attempt.items.at(i);
        const auto question = m_questions.constFind(item.questionId);
        if (question == m_questions.constEnd())
            continue;
        parts.append(u"---"_s);
        const Annotation annotation = m_annotations.value(item.questionId);
        const QString heading = tr("Question %1").arg(i + 1) + (item.flagged ? u" ⚑"_s : QString())
            + (annotation.bookmarked ? u" ★"_s : QString());
        parts.append(ExplanationView::markdownFor(*question, item.choiceOrder, item.selection,
                                                  language, heading, true, true, annotation.note));
    }
    return parts.join(u"\n\n"_s);
}

QString AttemptReport::detailsLine(const Attempt &attempt, const Blueprint &blueprint,
                                   const AttemptResult &result)
{
    return tr("%1 of %2 correct · passing score %3 · time used %4 · %5")
        .arg(result.correct)
        .arg(result.total)
        .arg(blueprint.passingScore)
        .arg(TextFormat::timeUsed(attempt.elapsedMs, attempt.timeLimitMs))
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(attempt.submittedAtMs),
                                QLocale::ShortFormat));
}

QImage AttemptReport::domainChart(int width, int height) const
{
    ScoreChart chart(Qt::Vertical);
    // The report is printed on white whatever the window's colours (ScoreChart starts light).
    chart.setPalette(QApplication::style()->standardPalette());
    QList<ScoreChart::Bar> bars;
    for (const ScoreLine &line : m_result.domains)
        bars.append({tr("Domain %1").arg(line.id), {}, line.correct, line.total});
    chart.setBars(bars, m_blueprint.passFraction());
    chart.resize(width, height);
    return chart.grab().toImage();
}

bool AttemptReport::writePdf(const QString &path, const QString &language, QString *error) const
{
    QTextDocument document;
    document.setMarkdown(markdown(language));
    // after setMarkdown(), which clears the document and its resources
    document.addResource(QTextDocument::ImageResource, chartUrl, domainChart(560, 260));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Shiken results"));
    writer.setCreator(u"Shiken"_s);
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
