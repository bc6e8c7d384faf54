#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
struct Question;

// The headless commands of the shiken executable: validate, import, stats, backup and restore. Each
// takes the arguments after the command name and returns the exit status: 0 success, 1 invalid
// input, 2 usage error. Errors go to err, one line each.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    enum Status { Success = 0, InvalidInput = 1, UsageError = 2 };

    static bool isCommand(const QString &name);
    static int run(const QString &command, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);

    static int validate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int import(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int stats(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int search(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportQuestions(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int backup(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int restore(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Opens the user's database and brings the bundled bank into it; on failure writes one
    // line to err. Shared by the commands and the application.
    static bool openUserDatabase(Database &database, QTextStream &err);
    static bool syncBundledBank(Database &database, QString *error);

private:
    // `validate --strict`: prints the answer-length rates in both languages; false, with the
    // offending ids on err, when a rate is above its bound.
    static bool checkAnswerLengths(const QList<Question> &questions, QTextStream &out,
                                   QTextStream &err);
};
