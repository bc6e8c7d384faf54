#pragma once

// The readers of outside data, as fuzz targets: each takes arbitrary bytes and must refuse
// them or read them, never crash or hang. Shared by the libFuzzer programs (fuzz/*.cpp, the
// "fuzz" preset) and tst_fuzzregressions, which replays the corpus and every past finding in
// the ordinary test suite.

#include "bank/bankreader.h"
#include "exam/attemptstore.h"
#include "progress/statistics.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace FuzzTargets {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A question file, checked against the bundled blueprint and topics.
inline int questions(const uint8_t *data, size_t size)
{
    static const BankCatalog catalog = BankReader::readBundled(nullptr).catalog;
    BankIssues issues;
    const QList<Question> read = BankReader::parseQuestions(
        bytes(data, size), QStringLiteral("fuzz.json"), catalog, &issues);
    // What is read must go back to JSON and come again as the same question.
    for (const Question &question : read) {
        BankIssues again;
        const auto back
            = BankReader::questionFromJson(BankReader::questionToJson(question), question.exam,
                                           &catalog, QStringLiteral("fuzz.json"), &again);
        if (!back || !(*back == question))
            __builtin_trap();
    }
    return 0;
}

inline int blueprint(const uint8_t *data, size_t size)
{
    BankIssues issues;
    if (const auto read
        = BankReader::parseBlueprint(bytes(data, size), QStringLiteral("fuzz.json"), &issues)) {
        BankIssues again;
        if (!BankReader::parseBlueprint(BankReader::blueprintToJson(*read),
                                        QStringLiteral("again.json"), &again))
            __builtin_trap();
    }
    return 0;
}

inline int topics(const uint8_t *data, size_t size)
{
    BankIssues issues;
    BankReader::parseTopics(bytes(data, size), QStringLiteral("fuzz.json"), &issues);
    return 0;
}

// A database file: Shiken must refuse it (leaving it as it was) or open it and read from it.
inline int database(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Database db(path);
    if (db.open()) {
        {
            const Statistics statistics(db);
            statistics.mastery(QStringLiteral("soa-c03"), Statistics::Dimension::Domain);
            statistics.history(QStringLiteral("soa-c03"));
            AttemptStore store(db);
            if (const qint64 id = store.inProgress())
                store.load(id);
        }
        db.close();
        Backups::inspect(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes(data, size))
            __builtin_trap(); // a file that was refused must be left as it was
    }
    return 0;
}

} // namespace FuzzTargets
