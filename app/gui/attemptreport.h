#pragma once

#include "bank/annotationstore.h"
#include "bank/blueprint.h"
#include "bank/question.h"
#include "exam/attempt.h"
#include "exam/grading.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

// The printable report of an attempt: score, the domain table and chart, and every question
// with the learner's answer, the correct one and the explanation; written as PDF.
class AttemptReport
{
    Q_DECLARE_TR_FUNCTIONS(AttemptReport)

public:
    // Keeps references to its arguments, which must outlive the report.
    AttemptReport(const Attempt &attempt, const Blueprint &blueprint,
                  const QHash<QString, Question> &questions, const AttemptResult &result);

    // The learner's bookmarks and notes on the questions, printed with them.
    void setAnnotations(const QHash<QString, Annotation> &annotations)
    {
        m_annotations = annotations;
    }
    QString markdown(const QString &language) const;
    // "47 of 65 correct · passing score 720 · time used 1:23:45 · date", shared with the results
    // page.
    static QString detailsLine(const Attempt &attempt, const Blueprint &blueprint,
                               const AttemptResult &result);
    // Renders the per-domain chart the report shows.
    QImage domainChart(int width, int height) const;
    bool writePdf(const QString &path, const QString &language, QString *error) const;

private:
    const Attempt &m_attempt;
    const Blueprint &m_blueprint;
    const QHash<QString, Question> &m_questions;
    const AttemptResult &m_result;
    QHash<QString, Annotation> m_annotations;
};
