#pragma once

#include <QSqlDatabase>
#include <QString>

// The database schema and its ordered migrations: the one place that defines tables.
namespace Schema {

constexpr int currentVersion = 9;

// Brings the database from its PRAGMA user_version up to targetVersion, one step per version,
// all in one transaction. Returns false (and rolls every step back) on error.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

int version(const QSqlDatabase &db);

// A question's place in the shuffle (questions.shuffle): a 31-bit number drawn from its id,
// so the same bank is shuffled the same way in every database and every test run.
quint32 shuffleKey(const QString &questionId);

} // namespace Schema
