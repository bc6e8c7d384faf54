#include "storage/schema.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Runs statements on a raw connection that bypasses Database, to make files of any shape.
bool rawExec(const QString &path, const QStringList &statements, int targetVersion = 0)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QString error;
        if (ok && targetVersion > 0)
            ok = Schema::migrate(db, targetVersion, &error);
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (ok && !query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A database with the bundled bank, all in the main file (no WAL), to be scribbled on; at
// `version` when given, as if an older Shiken had left it.
bool writeBankFile(const QString &path, int version = 0)
{
    {
        Database db(path);
        if (!openWithBank(db))
            return false;
        QSqlQuery q(db.connection());
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            return false;
    }
    QStringList statements {u"PRAGMA journal_mode = DELETE"_s};
    if (version > 0)
        statements.append(u"PRAGMA user_version = %1"_s.arg(version));
    return rawExec(path, statements);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseGetsSchemaAndPragmas()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"sub/folder/shiken.sqlite"_s));
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Schema::currentVersion);
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QVERIFY(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'answers_domain'"_s)
                    .toInt()
                == 1);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shiken.sqlite"_s);
        {
            Database db(path);
            QVERIFY(openWithBank(db));
        }
        Database again(path);
        QVERIFY(again.open());
        QCOMPARE(again.schemaVersion(), Schema::currentVersion);
        QVERIFY(QuestionStore(again).activeCount(u"soa-c03"_s) > 0);
    }

    void migratesFromEveryEarlierVersionKeepingHistory_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Schema::currentVersion; ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void migratesFromEveryEarlierVersionKeepingHistory()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        // A database as that version wrote it: two questions, one graded attempt of two items,
        // the first right, the second left unanswered.
        QStringList history {
            u"INSERT INTO questions (id, exam, domain, task, choice_keys, data, content_hash, "
            u"source, added_at, updated_at)"
            " VALUES ('q1', 'soa-c03', '1', '1.1', 'ABCD', '{}', 'h', 'bundled', 1, 1),"
            "        ('q2', 'soa-c03', '5', '5.2', 'ABCD', '{}', 'h', 'bundled', 1, 1)"_s,
            u"INSERT INTO attempts (id, exam, mode, seed, created_at, submitted_at, state, "
            u"correct, total, score, passed)"
            " VALUES (1, 'soa-c03', 'exam', 9, 1000, 5000, 'submitted', 1, 2, 550, 0)"_s,
            u"INSERT INTO attempt_items (attempt_id, position, question_id, choice_order, "
            u"selection, answered_at, correct)"
            " VALUES (1, 0, 'q1', 'ABCD', 'A', 2000, 1), (1, 1, 'q2', 'DCBA', '', NULL, 0)"_s,
        };
        if (fromVersion >= 2) {
            history.append(
                u"INSERT INTO answers (attempt_id, position, question_id, exam, domain, task, "
                u"answered_at, correct)"
                " VALUES (1, 0, 'q1', 'soa-c03', '1', '1.1', 2000, 1), (1, 1, 'q2', 'soa-c03', '5', '5.2', 5000, 0)"_s);
        }
        // From version 3 on the history is what version 2 held, migrated as that version did.
        QVERIFY(rawExec(path, history, std::min(fromVersion, 2)));
        if (fromVersion > 2)
            QVERIFY(rawExec(path, {}, fromVersion));
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Schema::currentVersion);
        // version 2: the answer log
        QCOMPARE(scalar(db, u"SELECT count(*) FROM answers"_s).toInt(), 2);
        QCOMPARE(
            scalar(db, u"SELECT answered_at FROM answers WHERE question_id = 'q1'"_s).toLongLong(),
            2000);
        // an unanswered item counts from the moment the attempt was submitted
        QCOMPARE(
            scalar(db, u"SELECT answered_at FROM answers WHERE question_id = 'q2'"_s).toLongLong(),
            5000);
        QCOMPARE(
            scalar(db, u"SELECT domain || task FROM answers WHERE question_id = 'q2'"_s).toString(),
            u"55.2"_s);
        // version 3: per-domain scores and the review schedule of the missed question
        QCOMPARE(
            scalar(db, u"SELECT correct || '/' || total FROM attempt_domains WHERE domain = '1'"_s)
                .toString(),
            u"1/1"_s);
        QCOMPARE(
            scalar(db, u"SELECT correct || '/' || total FROM attempt_domains WHERE domain = '5'"_s)
                .toString(),
            u"0/1"_s);
        QCOMPARE(
            scalar(
                db,
                u"SELECT answered || '/' || correct FROM mastery_totals WHERE kind = 'domain' AND key = '1'"_s)
                .toString(),
            u"1/1"_s);
        QCOMPARE(
            scalar(
                db,
                u"SELECT answered || '/' || correct FROM mastery_totals WHERE kind = 'task' AND key = '5.2'"_s)
                .toString(),
            u"1/0"_s);
        QCOMPARE(scalar(db, u"SELECT score FROM attempts WHERE id = 1"_s).toInt(), 550);
        // version 4: when each question was last answered, and the counts of the bank
        QCOMPARE(scalar(db, u"SELECT group_concat(id || '@' || last_seen_at) FROM questions"_s)
                     .toString(),
                 u"q1@2000,q2@5000"_s);
        QCOMPARE(scalar(db,
                        u"SELECT group_concat(kind || ':' || key || '=' || questions) FROM"
                        " bank_counts WHERE exam = 'soa-c03'"_s)
                     .toString(),
                 u"domain:1=1,domain:5=1,task:1.1=1,task:5.2=1"_s);
        QCOMPARE(scalar(db, u"SELECT shuffle FROM questions WHERE id = 'q2'"_s).toLongLong(),
                 qint64(Schema::shuffleKey(u"q2"_s)));
        // version 5: every answer reviewed by FSRS; right first (Good) is due two days later,
        // wrong (Again) at once
        QCOMPARE(scalar(db,
                        u"SELECT group_concat(question_id || ':' || last_rating || ':' || due_at"
                        " || ':' || lapses) FROM review_states"_s)
                     .toString(),
                 u"q1:3:%1:0,q2:1:5000:1"_s.arg(2000 + 2 * 86400000LL));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM review_log"_s).toInt(), 2);
        // version 7: each question's type and difficulty (from its JSON, here the defaults of
        // an empty object), and no annotations yet
        QCOMPARE(scalar(db, u"SELECT group_concat(type || difficulty) FROM questions"_s).toString(),
                 u"single2,single2"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM question_annotations"_s).toInt(), 0);
    }

    void migrationReplaysTheHistoryThroughFsrs()
    {
        // A schema-3 database (Leitner boxes) where one question was answered three times:
        // right, then right but flagged three days later, then wrong a week after that.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        constexpr qint64 day = 86400000;
        constexpr qint64 t0 = 20000 * day;
        QStringList history {
            u"INSERT INTO questions (id, exam, domain, task, choice_keys, data, content_hash, "
            u"source, added_at, updated_at)"
            " VALUES ('q1', 'soa-c03', '1', '1.1', 'ABCD', '{}', 'h', 'bundled', 1, 1)"_s,
        };
        const qint64 when[] = {t0, t0 + 3 * day, t0 + 10 * day};
        const int correct[] = {1, 1, 0};
        const int flagged[] = {0, 1, 0};
        for (int i = 0; i < 3; ++i) {
            history.append(u"INSERT INTO attempts (id, exam, mode, seed, created_at, submitted_at,"
                           " state, correct, total, score, passed)"
                           " VALUES (%1, 'soa-c03', 'practice', 9, %2, %2, 'submitted', %3, 1,"
                           " 100, 0)"_s.arg(i + 1)
                               .arg(when[i])
                               .arg(correct[i]));
            history.append(u"INSERT INTO attempt_items (attempt_id, position, question_id,"
                           " choice_order, selection, flagged, answered_at, correct)"
                           " VALUES (%1, 0, 'q1', 'ABCD', 'A', %2, %3, %4)"_s.arg(i + 1)
                               .arg(flagged[i])
                               .arg(when[i])
                               .arg(correct[i]));
            history.append(u"INSERT INTO answers (attempt_id, position, question_id, exam, domain,"
                           " task, answered_at, correct)"
                           " VALUES (%1, 0, 'q1', 'soa-c03', '1', '1.1', %2, %3)"_s.arg(i + 1)
                               .arg(when[i])
                               .arg(correct[i]));
        }
        QVERIFY(rawExec(path, history, 2));
        QVERIFY(rawExec(path, {}, 3));
        QCOMPARE(rawScalar(path, u"SELECT box FROM review_items"_s).toInt(), 1);
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorMessage()));
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'review_items'"_s).toInt(),
            0);
        // Good, Hard after 3 days, Again after 7 more, by FSRS-6's formulas (computed apart
        // from Shiken's code): stability 1.3013 days, difficulty 8.2605, due at once.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT stability, difficulty, last_review_at, due_at, reviews,"
                           " lapses, last_rating FROM review_states WHERE question_id = 'q1'"_s));
        QVERIFY(query.next());
        QVERIFY(std::abs(query.value(0).toDouble() - 1.3013301) < 1e-4);
        QVERIFY(std::abs(query.value(1).toDouble() - 8.2605286) < 1e-4);
        QCOMPARE(query.value(2).toLongLong(), t0 + 10 * day);
        QCOMPARE(query.value(3).toLongLong(), t0 + 10 * day);
        QCOMPARE(query.value(4).toInt(), 3);
        QCOMPARE(query.value(5).toInt(), 1);
        QCOMPARE(query.value(6).toInt(), 1);
        QVERIFY(query.exec(u"SELECT group_concat(rating || '/' || elapsed_days || '/' || was_due,"
                           " ' ') FROM (SELECT * FROM review_log ORDER BY id)"_s));
        QVERIFY(query.next());
        // The Hard answer came a day after its due date; the third's fuzz decides was_due.
        QVERIFY2(query.value(0).toString().startsWith(u"3/-1/0 2/3/1 1/7/"_s),
                 qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(u"SELECT retrievability FROM review_log WHERE rating = 1"_s));
        QVERIFY(query.next());
        QVERIFY(std::abs(query.value(0).toDouble() - 0.9178847) < 1e-4);
    }

    void failedMigrationStepRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        // a table in the way of version 2 makes its step fail
        QVERIFY(rawExec(path, {u"CREATE TABLE answers (x)"_s}, 1));
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::MigrationFailed);
        // still version 1, without the indexes version 2 began to add
        QCOMPARE(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(
            rawScalar(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'answers_question'"_s)
                .toInt(),
            0);
    }

    // A migration over several versions is one transaction: when a later step fails, the
    // earlier ones are undone too, and the file is not switched to WAL. Found by fuzzing.
    void failedMigrationLeavesFileByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        // version 2's step passes; a table in the way of version 3 makes its step fail
        QVERIFY(rawExec(path, {u"CREATE TABLE mastery_totals (x)"_s}, 1));
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::MigrationFailed);
        QVERIFY(db.errorMessage().contains(path));
        QCOMPARE(readFile(path), before);
        QCOMPARE(rawScalar(path, u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(rawScalar(path, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    }

    void garbageFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shiken.sqlite"_s);
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        QVERIFY(writeFile(path, garbage));
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::CannotOpen);
        QVERIFY(db.errorMessage().contains(path));
        QCOMPARE(readFile(path), garbage);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void corruptDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shiken.sqlite"_s);
        QVERIFY(writeBankFile(path));
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 16 * 4096);
        // scribble over a few b-tree pages in the middle of the file
        for (qsizetype i = 4 * 4096; i < 12 * 4096; i += 3)
            bytes[i] = char(0xA5);
        QVERIFY(writeFile(path, bytes));
        Database db(path);
        QVERIFY(!db.open());
        QVERIFY2(db.status() == Database::Status::Corrupt
                     || db.status() == Database::Status::CannotOpen,
                 qPrintable(db.errorMessage()));
        QCOMPARE(readFile(path), bytes);
    }

    // The window opens without the whole-file check (it runs in the background after), but
    // never migrates a file that has not passed it.
    void damagedFileAboutToBeMigratedIsCheckedFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        QVERIFY(writeBankFile(path, Schema::currentVersion - 1));
        QByteArray bytes = readFile(path);
        for (qsizetype i = bytes.size() - 24 * 4096; i < bytes.size() - 8 * 4096; i += 3)
            bytes[i] = char(0xA5);
        QVERIFY(writeFile(path, bytes));
        Database db(path);
        QVERIFY(!db.open(Database::Integrity::CheckLater));
        QCOMPARE(db.status(), Database::Status::Corrupt);
        QCOMPARE(readFile(path), bytes);
    }

    void newerDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        QVERIFY(rawExec(path, {u"CREATE TABLE future (x)"_s, u"PRAGMA user_version = 99"_s}));
        const QByteArray before = readFile(path);
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::NewerVersion);
        QVERIFY(db.errorMessage().contains(u"99"_s));
        QCOMPARE(readFile(path), before);
    }

    // Found by fuzzing: user_version is a signed 32-bit number, and a negative one must be
    // refused like any foreign file, not taken as a migration step.
    void negativeSchemaVersionIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"negative.sqlite"_s);
        QVERIFY(rawExec(path,
                        {u"CREATE TABLE attempts (id INTEGER)"_s, u"PRAGMA user_version = -2"_s}));
        const QByteArray before = readFile(path);
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::NotShiken);
        QCOMPARE(readFile(path), before);
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QVERIFY(rawExec(path, {u"CREATE TABLE contacts (name TEXT)"_s}));
        const QByteArray before = readFile(path);
        Database db(path);
        QVERIFY(!db.open());
        QCOMPARE(db.status(), Database::Status::NotShiken);
        QCOMPARE(readFile(path), before);
    }

    void moveAsideKeepsTheFileBesideTheOriginal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shiken.sqlite"_s);
        QVERIFY(writeFile(path, "not a database at all, but precious"));
        QString error;
        const QString moved = Database::moveAside(path, &error);
        QVERIFY2(!moved.isEmpty(), qPrintable(error));
        QVERIFY(moved.startsWith(path + u".unreadable-"_s));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(readFile(moved), QByteArray("not a database at all, but precious"));
        Database fresh(path);
        QVERIFY(fresh.open());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
