#pragma once

// Fixtures shared by the test suites: valid questions to mutate, files and databases in
// temporary folders.

#include "bank/annotationstore.h"
#include "bank/bankreader.h"
#include "bank/questionstore.h"
#include "commands.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace TestSupport {

using namespace Qt::StringLiterals;

inline QJsonObject text(const QString &en, const QString &ja)
{
    return QJsonObject {{u"en"_s, en}, {u"ja"_s, ja}};
}

// A valid single-answer question of domain 1 (or a multiple-response one with select 2).
inline QJsonObject questionJson(const QString &id = u"sample-question-01"_s, bool multiple = false)
{
    QJsonArray choices;
    const int count = multiple ? 5 : 4;
    for (int i = 0; i < count; ++i) {
        const QString key(QChar(char16_t(u'A' + i)));
        const bool correct = multiple ? (i == 1 || i == 3) : i == 2;
        choices.append(QJsonObject {
            {u"key"_s, key},
            {u"correct"_s, correct},
            {u"text"_s, text(u"Option "_s + key, u"選択肢 "_s + key)},
            {u"rationale"_s, text(u"Because of "_s + key, key + u" の理由"_s)},
        });
    }
    QJsonObject q {
        {u"id"_s, id},
        {u"domain"_s, u"1"_s},
        {u"task"_s, u"1.1"_s},
        {u"topics"_s, QJsonArray {u"cloudwatch"_s}},
        {u"difficulty"_s, 2},
        {u"type"_s, multiple ? u"multiple"_s : u"single"_s},
        {u"stem"_s,
         text(u"A company runs a fleet. What should it do?"_s,
              u"ある企業はフリートを運用しています。どうすべきですか。"_s)},
        {u"choices"_s, choices},
        {u"explanation"_s, text(u"The **concept**."_s, u"**概念**です。"_s)},
        {u"references"_s,
         QJsonArray {QJsonObject {{u"title"_s, u"A guide"_s},
                                  {u"url"_s, u"https://docs.aws.amazon.com/"_s}}}},
    };
    if (multiple)
        q.insert(u"select"_s, 2);
    return q;
}

inline QByteArray questionFile(const QJsonArray &questions, const QString &exam = u"soa-c03"_s)
{
    return QJsonDocument(QJsonObject {{u"format"_s, u"shiken-questions/1"_s},
                                      {u"exam"_s, exam},
                                      {u"questions"_s, questions}})
        .toJson();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline BankCatalog bundledCatalog()
{
    return BankReader::readBundled(nullptr).catalog;
}

// A question value built in code, for the logic that does not read files.
inline Question makeQuestion(const QString &id, const QString &domain, const QString &task,
                             const QStringList &topics = {u"cloudwatch"_s},
                             const QString &correct = u"A"_s, int choiceCount = 4)
{
    Question q;
    q.id = id;
    q.exam = u"soa-c03"_s;
    q.domain = domain;
    q.task = task;
    q.topics = topics;
    q.type = correct.size() > 1 ? Question::Type::Multiple : Question::Type::Single;
    q.select = int(correct.size());
    q.stem = {u"Stem of "_s + id, id + u" の問題文"_s};
    q.explanation = {u"Explanation"_s, u"解説"_s};
    q.references = {{u"Guide"_s, u"https://docs.aws.amazon.com/"_s}};
    for (int i = 0; i < choiceCount; ++i) {
        const QString key(QChar(char16_t(u'A' + i)));
        q.choices.append({key,
                          correct.contains(key),
                          {u"Choice "_s + key, u"選択肢"_s + key},
                          {u"Why "_s + key, key + u"の理由"_s}});
    }
    return q;
}

// Opens a database file and brings the bundled bank into it, failing the test otherwise.
inline bool openWithBank(Database &database)
{
    if (!database.open()) {
        qWarning("%s", qPrintable(database.errorMessage()));
        return false;
    }
    QString error;
    if (!Commands::syncBundledBank(database, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// A data function's rows for a test run in each interface language: column "language".
// Suspends the first `count` questions of the exam's pool, as the browser's Suspend does.
inline bool suspendFirst(Database &database, int count, const QString &exam = u"soa-c03"_s)
{
    for (const PoolEntry &question : QuestionStore(database).pool(exam).mid(0, count)) {
        Annotation suspended;
        suspended.suspended = true;
        QString error;
        if (!AnnotationStore(database).write(question.id, suspended, 0, &error)) {
            qWarning("cannot suspend %s: %s", qPrintable(question.id), qPrintable(error));
            return false;
        }
    }
    return true;
}

inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

} // namespace TestSupport
