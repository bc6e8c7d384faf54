#pragma once

#include <QSqlDatabase>
#include <QString>

// The database schema and its ordered migrations: the one place that defines tables.
namespace Schema {

constexpr int currentVersion = 3;

// Brings the database from its PRAGMA user_version up to targetVersion, one step per version,
// each step in its own transaction. Returns false (and rolls the failed step back) on error.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

int version(const QSqlDatabase &db);

} // namespace Schema
