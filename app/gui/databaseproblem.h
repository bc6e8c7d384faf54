#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// Tells the learner why their database cannot be used and offers to move it aside and start
// with a fresh one; the file is never deleted or overwritten.
class DatabaseProblem
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProblem)

public:
    // Returns true when the database is open afterwards (after moving the bad file aside).
    static bool resolve(Database &database, QWidget *parent = nullptr);
};
