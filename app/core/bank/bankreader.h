#pragma once

#include "bank/bank.h"
#include "bank/bankissue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QIODevice;

// Reads and validates the bank's JSON files: blueprints, the topic vocabulary and question
// files. The one place that knows the file format (docs/question-format.md); every rule the
// validator enforces is here.
class BankReader
{
    Q_DECLARE_TR_FUNCTIONS(BankReader)

public:
    // Any question (an import) has 2 to maxChoices choices; the bundled bank's multiple-response
    // questions have 5 to maxBankChoices.
    static constexpr int maxChoices = 8;
    static constexpr int maxBankChoices = 6;

    // The rules a question is read under: the format's (what any question must meet to be
    // imported: a stem in one language at least, 2 to 8 choices, a correct set that matches
    // the type, a known domain, task and topics), or the bundled bank's editorial rules on
    // top (exactly 4 choices for a single answer, 5 to 6 for multiple response, both
    // languages everywhere, a rationale per choice, an explanation, a topic and a reference,
    // no "Choose two" in the stem). docs/question-format.md lists both.
    enum class Rules { Format, Bank };

    // Where the bank compiled into the application lives.
    static QString bundledPath() { return QStringLiteral(":/questionbank"); }

    // Reads a bank directory: exams/*.json, topics.json and questions/*.json.
    static Bank readDirectory(const QString &directory, BankIssues *issues);
    static Bank readBundled(BankIssues *issues) { return readDirectory(bundledPath(), issues); }
    // The hash of a bank directory's files (Bank::contentHash), without parsing them; for the
    // bundled bank, the one computed at build time (app/core/bankhash.cmake).
    static QByteArray directoryHash(const QString &directory);
    static QByteArray computeDirectoryHash(const QString &directory);

    // Reads question files from anywhere, checked against a catalog. Ids must be unique among
    // the files and must not be in takenIds. Only fully valid questions are returned.
    static QList<Question> readQuestionFiles(const QStringList &paths, const BankCatalog &catalog,
                                             const QSet<QString> &takenIds, BankIssues *issues,
                                             Rules rules = Rules::Format);
    // Where the readers below hand each question; false: read no further question or file.
    using Take = std::function<bool(Question &&question)>;
    // The same, one question at a time: each valid question whose id is not taken goes to
    // take as soon as it is read.
    static void readQuestionFiles(const QStringList &paths, const BankCatalog &catalog,
                                  const std::function<bool(const QString &)> &isTaken,
                                  BankIssues *issues, const Take &take,
                                  Rules rules = Rules::Format);

    static std::optional<Blueprint> parseBlueprint(const QByteArray &json, const QString &file,
                                                   BankIssues *issues);
    static QList<Topic> parseTopics(const QByteArray &json, const QString &file,
                                    BankIssues *issues);
    static QList<Question> parseQuestions(const QByteArray &json, const QString &file,
                                          const BankCatalog &catalog, BankIssues *issues,
                                          Rules rules = Rules::Format);
    // Reads a question file from a device one question at a time, handing each valid one to
    // take as soon as it is read, so a file of any size is held one question at a time.
    // Returns false on a syntax error (reported with its line and column; reading stops).
    static bool readQuestions(QIODevice *device, const QString &file, const BankCatalog &catalog,
                              BankIssues *issues, const Take &take, Rules rules = Rules::Format);

    // A blueprint / question as the JSON of the file format, and back (for storage).
    static QByteArray blueprintToJson(const Blueprint &blueprint);
    static QJsonObject questionToJson(const Question &question);
    static std::optional<Question> questionFromJson(const QJsonObject &object, const QString &exam,
                                                    const BankCatalog *catalog, const QString &file,
                                                    BankIssues *issues,
                                                    Rules rules = Rules::Format);

    // The name a file is reported under: bundled files by their path in the source tree.
    static QString displayName(const QString &path);
};
