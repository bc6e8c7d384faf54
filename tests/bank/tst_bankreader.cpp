#include "testsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Sets (or with an undefined value removes) the member at a path like "choices/0/text/ja".
static QJsonValue patched(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = patched(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = patched(object.value(head), path, value);
    return object;
}

class TestBankReader : public QObject
{
    Q_OBJECT

private:
    BankCatalog m_catalog;

    BankIssues issuesOf(const QJsonObject &question, QList<Question> *parsed = nullptr,
                        BankReader::Rules rules = BankReader::Rules::Format)
    {
        BankIssues issues;
        const QList<Question> questions = BankReader::parseQuestions(
            questionFile({question}), u"questions/test.json"_s, m_catalog, &issues, rules);
        if (parsed)
            *parsed = questions;
        return issues;
    }

private slots:
    void initTestCase()
    {
        BankIssues issues;
        m_catalog = BankReader::readBundled(&issues).catalog;
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QVERIFY(m_catalog.blueprint(u"soa-c03"_s));
    }

    void bundledBankIsValid()
    {
        BankIssues issues;
        const Bank bank = BankReader::readBundled(&issues);
        QStringList lines;
        for (const BankIssue &issue : issues)
            lines.append(issue.toString());
        QVERIFY2(issues.isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY(bank.questions.size() >= 25);
        QCOMPARE(bank.contentHash.size(), 64);
        // every domain has at least five questions, and both question types occur
        QMap<QString, int> perDomain;
        int multiple = 0;
        for (const Question &q : bank.questions) {
            ++perDomain[q.domain];
            multiple += q.type == Question::Type::Multiple ? 1 : 0;
        }
        for (const Domain &d : bank.catalog.blueprint(u"soa-c03"_s)->domains)
            QVERIFY2(perDomain.value(d.id) >= 5, qPrintable(d.id));
        QVERIFY(multiple > 0);
    }

    void blueprintMatchesTheExamGuide()
    {
        const Blueprint *b = m_catalog.blueprint(u"soa-c03"_s);
        QCOMPARE(b->questionCount, 65);
        QCOMPARE(b->durationMinutes, 130);
        QCOMPARE(b->scaleMin, 100);
        QCOMPARE(b->scaleMax, 1000);
        QCOMPARE(b->passingScore, 720);
        QList<int> weights;
        QStringList tasks;
        for (const Domain &d : b->domains) {
            weights.append(d.weight);
            for (const TaskStatement &t : d.tasks)
                tasks.append(t.id);
        }
        QCOMPARE(weights, (QList<int> {22, 22, 22, 16, 18}));
        QCOMPARE(tasks,
                 (QStringList {u"1.1"_s, u"1.2"_s, u"1.3"_s, u"2.1"_s, u"2.2"_s, u"2.3"_s, u"3.1"_s,
                               u"3.2"_s, u"4.1"_s, u"4.2"_s, u"5.1"_s, u"5.2"_s, u"5.3"_s}));
    }

    void validQuestionsParse()
    {
        QList<Question> parsed;
        QVERIFY(issuesOf(questionJson(), &parsed).isEmpty());
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first().correctKeys(), u"C"_s);
        QVERIFY(issuesOf(questionJson(u"multi-01"_s, true), &parsed).isEmpty());
        QCOMPARE(parsed.first().select, 2);
        QCOMPARE(parsed.first().correctKeys(), u"BD"_s);
    }

    void questionRoundTripsThroughJson()
    {
        QList<Question> parsed;
        QVERIFY(issuesOf(questionJson(u"multi-01"_s, true), &parsed).isEmpty());
        const auto again = BankReader::questionFromJson(BankReader::questionToJson(parsed.first()),
                                                        u"soa-c03"_s, &m_catalog, u"x"_s, nullptr);
        QVERIFY(again);
        QCOMPARE(*again, parsed.first());
    }

    void eachRuleIsEnforced_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<QString>("field");
        // A rule of the bundled bank only (BankReader::Rules::Bank): an import may break it.
        QTest::addColumn<bool>("bankOnly");

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("id with capitals")
            << u"id"_s << QJsonValue(u"Bad_Id"_s) << false << u"id"_s << false;
        QTest::newRow("id missing") << u"id"_s << remove << false << u"id"_s << false;
        QTest::newRow("unknown domain")
            << u"domain"_s << QJsonValue(u"9"_s) << false << u"domain"_s << false;
        QTest::newRow("task of another domain")
            << u"task"_s << QJsonValue(u"2.1"_s) << false << u"task"_s << false;
        QTest::newRow("unknown task")
            << u"task"_s << QJsonValue(u"1.9"_s) << false << u"task"_s << false;
        QTest::newRow("unknown topic") << u"topics"_s << QJsonValue(QJsonArray {u"no-such-topic"_s})
                                       << false << u"topics"_s << false;
        QTest::newRow("no topics")
            << u"topics"_s << QJsonValue(QJsonArray {}) << false << u"topics"_s << true;
        QTest::newRow("difficulty out of range")
            << u"difficulty"_s << QJsonValue(4) << false << u"difficulty"_s << false;
        QTest::newRow("unknown type")
            << u"type"_s << QJsonValue(u"ordering"_s) << false << u"type"_s << false;
        QTest::newRow("single with 3 choices")
            << u"choices/3"_s << remove << false << u"choices"_s << true;
        QTest::newRow("single with 2 correct")
            << u"choices/0/correct"_s << QJsonValue(true) << false << u"choices"_s << false;
        QTest::newRow("single with select")
            << u"select"_s << QJsonValue(1) << false << u"select"_s << false;
        QTest::newRow("multiple with 4 choices")
            << u"choices/4"_s << remove << true << u"choices"_s << true;
        QTest::newRow("multiple select mismatch")
            << u"select"_s << QJsonValue(3) << true << u"select"_s << false;
        QTest::newRow("multiple without select")
            << u"select"_s << remove << true << u"select"_s << false;
        QTest::newRow("keys out of order")
            << u"choices/1/key"_s << QJsonValue(u"C"_s) << false << u"choices[1].key"_s << false;
        QTest::newRow("correct not a bool") << u"choices/1/correct"_s << QJsonValue(u"yes"_s)
                                            << false << u"choices[1].correct"_s << false;
        QTest::newRow("choice text without ja")
            << u"choices/0/text/ja"_s << remove << false << u"choices[0].text.ja"_s << false;
        QTest::newRow("empty rationale") << u"choices/2/rationale/en"_s << QJsonValue(u"  "_s)
                                         << false << u"choices[2].rationale.en"_s << true;
        QTest::newRow("no rationale")
            << u"choices/2/rationale"_s << remove << false << u"choices[2].rationale"_s << true;
        QTest::newRow("stem without ja") << u"stem/ja"_s << remove << false << u"stem.ja"_s << true;
        QTest::newRow("a text in a language the stem lacks")
            << u"stem/ja"_s << remove << false << u"choices[0].text.ja"_s << false;
        QTest::newRow("a stem in no language")
            << u"stem"_s << QJsonValue(QJsonObject {}) << false << u"stem"_s << false;
        QTest::newRow("select as many as the choices")
            << u"select"_s << QJsonValue(5) << true << u"select"_s << false;
        QTest::newRow("explanation missing")
            << u"explanation"_s << remove << false << u"explanation"_s << true;
        QTest::newRow("stem says choose two")
            << u"stem/en"_s << QJsonValue(u"Which steps? (Choose TWO.)"_s) << true << u"stem"_s
            << true;
        QTest::newRow("stem says 2 つ選択")
            << u"stem/ja"_s << QJsonValue(u"どれですか。(2 つ選択してください。)"_s) << true
            << u"stem"_s << true;
        QTest::newRow("no references")
            << u"references"_s << QJsonValue(QJsonArray {}) << false << u"references"_s << true;
        QTest::newRow("reference over http")
            << u"references/0/url"_s << QJsonValue(u"http://example.com"_s) << false
            << u"references[0].url"_s << false;
        QTest::newRow("unknown field")
            << u"explanaton"_s << QJsonValue(u"typo"_s) << false << u"explanaton"_s << false;
        QTest::newRow("unknown choice field")
            << u"choices/0/note"_s << QJsonValue(u"x"_s) << false << u"choices[0].note"_s << false;
        QTest::newRow("unknown language")
            << u"stem/fr"_s << QJsonValue(u"Bonjour"_s) << false << u"stem.fr"_s << false;
        QTest::newRow("bad group")
            << u"group"_s << QJsonValue(u"Group A"_s) << false << u"group"_s << false;
    }

    void eachRuleIsEnforced()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(bool, multiple);
        QFETCH(QString, field);
        QFETCH(bool, bankOnly);
        const QJsonObject question
            = patched(questionJson(u"broken-01"_s, multiple), path.split(u'/'), value).toObject();
        QList<Question> parsed;
        const BankIssues issues = issuesOf(
            question, &parsed, bankOnly ? BankReader::Rules::Bank : BankReader::Rules::Format);
        QVERIFY(parsed.isEmpty());
        QVERIFY(!issues.isEmpty());
        const auto hit = std::find_if(issues.begin(), issues.end(),
                                      [&](const BankIssue &i) { return i.field == field; });
        QVERIFY2(hit != issues.end(), qPrintable(issues.first().toString()));
        // one line: file: question id: field: message
        const QString line = hit->toString();
        QVERIFY2(line.startsWith(u"questions/test.json: "_s), qPrintable(line));
        QVERIFY2(line.contains(u": "_s + field + u": "_s), qPrintable(line));
        QVERIFY(!line.contains(u'\n'));
        if (bankOnly && path != u"stem/ja") {
            // An import may break it: the format's rules take the question.
            const BankIssues formatIssues = issuesOf(question, &parsed);
            QVERIFY2(
                formatIssues.isEmpty(),
                qPrintable(formatIssues.isEmpty() ? QString() : formatIssues.first().toString()));
            QCOMPARE(parsed.size(), 1);
        }
    }

    void syntaxErrorReportsLineAndColumn()
    {
        const QByteArray json = "{\n  \"format\": \"shiken-questions/1\",\n  \"exam\": "
                                "\"soa-c03\"\n  \"questions\": []\n}\n";
        BankIssues issues;
        BankReader::parseQuestions(json, u"bad.json"_s, m_catalog, &issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().toString().startsWith(u"bad.json: line 4, column 3: invalid JSON"_s),
            qPrintable(issues.first().toString()));
    }

    // Question files are read one question at a time; what a whole-file reader would accept
    // and refuse must not change with where the file's pieces fall.
    void largeFileIsReadAcrossBufferBoundaries()
    {
        QJsonArray list;
        for (int i = 0; i < 1500; ++i) // about 2.5 MB: the reader's 1 MB pieces split questions
            list.append(questionJson(u"bulk-%1"_s.arg(i, 4, 10, QChar(u'0'))));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bulk.json"_s);
        const QByteArray data = questionFile(list);
        QVERIFY(data.size() > 2 * (1 << 20));
        QVERIFY(writeFile(path, data));
        BankIssues issues;
        int count = 0;
        QString last;
        BankReader::readQuestionFiles(
            {path}, m_catalog, [](const QString &) { return false; }, &issues,
            [&](Question &&question) {
                ++count;
                last = question.id;
                return true;
            });
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(count, 1500);
        QCOMPARE(last, u"bulk-1499"_s);
    }

    void examNamedAfterTheQuestionsIsRead()
    {
        const QByteArray json = "{\"questions\": ["
            + QJsonDocument(questionJson()).toJson(QJsonDocument::Compact)
            + "], \"format\": \"shiken-questions/1\", \"exam\": \"soa-c03\"}";
        BankIssues issues;
        const QList<Question> read
            = BankReader::parseQuestions(json, u"f.json"_s, m_catalog, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().id, u"sample-question-01"_s);
    }

    void syntaxErrorInsideAQuestionIsPlacedInTheFile()
    {
        QByteArray json = questionFile({questionJson(u"first"_s), questionJson(u"second"_s)});
        // break the second question's difficulty: "difficulty": 2 -> "difficulty": 2x
        const qsizetype at = json.indexOf("\"difficulty\"", json.indexOf("\"difficulty\"") + 1);
        QVERIFY(at > 0);
        const qsizetype value = json.indexOf(':', at) + 2;
        json.insert(value + 1, "x");
        const QByteArray before = json.left(value + 1);
        const int line = int(before.count('\n')) + 1;
        BankIssues issues;
        QVERIFY(BankReader::parseQuestions(json, u"f.json"_s, m_catalog, &issues).isEmpty());
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().toString().startsWith(u"f.json: line %1, column"_s.arg(line)),
                 qPrintable(issues.first().toString()));
    }

    void emptyQuestionListIsReadAsNone()
    {
        for (const QByteArray &json :
             {QByteArray(R"({"format": "shiken-questions/1", "exam": "soa-c03", "questions": []})"),
              QByteArray("{\"questions\": [ \n ], \"format\": \"shiken-questions/1\", "
                         "\"exam\": \"soa-c03\"}")}) {
            BankIssues issues;
            QVERIFY(BankReader::parseQuestions(json, u"f.json"_s, m_catalog, &issues).isEmpty());
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        }
    }

    void textAfterTheObjectIsRefused()
    {
        BankIssues issues;
        QVERIFY(BankReader::parseQuestions(questionFile({questionJson()}) + "\n{}", u"f.json"_s,
                                           m_catalog, &issues)
                    .isEmpty());
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(u"text after the end"_s),
                 qPrintable(issues.first().toString()));
    }

    void truncatedFileIsRefused()
    {
        const QByteArray whole = questionFile({questionJson()});
        for (const qsizetype cut : {qsizetype(1), whole.size() / 3, whole.size() - 3}) {
            BankIssues issues;
            QVERIFY(BankReader::parseQuestions(whole.left(cut), u"f.json"_s, m_catalog, &issues)
                        .isEmpty());
            QCOMPARE(issues.size(), 1);
            QVERIFY2(issues.first().message.contains(u"invalid JSON"_s),
                     qPrintable(issues.first().toString()));
        }
    }

    void fileLevelErrorsAreReported()
    {
        BankIssues issues;
        BankReader::parseQuestions(questionFile({questionJson()}, u"soa-c99"_s), u"f.json"_s,
                                   m_catalog, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"exam"_s);

        issues.clear();
        QJsonObject wrongFormat = QJsonDocument::fromJson(questionFile({questionJson()})).object();
        wrongFormat[u"format"_s] = u"shiken-questions/9"_s;
        BankReader::parseQuestions(QJsonDocument(wrongFormat).toJson(), u"f.json"_s, m_catalog,
                                   &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"format"_s);
    }

    void duplicateIdsAcrossFilesAreRejected()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.json"_s), b = dir.filePath(u"b.json"_s);
        QVERIFY(writeFile(a, questionFile({questionJson(u"same-id"_s)})));
        QVERIFY(
            writeFile(b, questionFile({questionJson(u"same-id"_s), questionJson(u"other-id"_s)})));
        BankIssues issues;
        const QList<Question> questions
            = BankReader::readQuestionFiles({a, b}, m_catalog, {}, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().questionId, u"same-id"_s);
        QVERIFY(issues.first().message.contains(u"a.json"_s));
        QCOMPARE(questions.size(), 2);

        issues.clear();
        BankReader::readQuestionFiles({b}, m_catalog, {u"other-id"_s}, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().questionId, u"other-id"_s);
    }

    void duplicateIdInOneFileIsRejected()
    {
        BankIssues issues;
        BankReader::parseQuestions(
            questionFile({questionJson(u"twice"_s), questionJson(u"twice"_s)}), u"f.json"_s,
            m_catalog, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"id"_s);
    }

    void bankDirectoryHashFollowsContent()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath(u"exams"_s) && root.mkpath(u"questions"_s));
        QVERIFY(QFile::copy(u":/questionbank/exams/soa-c03.json"_s,
                            root.filePath(u"exams/soa-c03.json"_s)));
        QVERIFY(QFile::copy(u":/questionbank/topics.json"_s, root.filePath(u"topics.json"_s)));
        QVERIFY(writeFile(root.filePath(u"questions/q.json"_s), questionFile({questionJson()})));
        BankIssues issues;
        const Bank first = BankReader::readDirectory(dir.path(), &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(first.questions.size(), 1);
        QCOMPARE(BankReader::readDirectory(dir.path(), nullptr).contentHash, first.contentHash);
        QVERIFY(writeFile(root.filePath(u"questions/q.json"_s),
                          questionFile({questionJson(u"renamed"_s)})));
        QVERIFY(BankReader::readDirectory(dir.path(), nullptr).contentHash != first.contentHash);
    }

    void blueprintWeightsMustAddUp()
    {
        QJsonObject blueprint
            = QJsonDocument::fromJson(readFile(u":/questionbank/exams/soa-c03.json"_s)).object();
        QJsonArray domains = blueprint.value(u"domains"_s).toArray();
        QJsonObject first = domains.at(0).toObject();
        first[u"weight"_s] = 30;
        domains[0] = first;
        blueprint[u"domains"_s] = domains;
        BankIssues issues;
        QVERIFY(!BankReader::parseBlueprint(QJsonDocument(blueprint).toJson(), u"exams/x.json"_s,
                                            &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"108"_s));
    }
};

QTEST_GUILESS_MAIN(TestBankReader)
#include "tst_bankreader.moc"
