#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Reads one JSON object from a device member by member, and the elements of one array member
// one by one, so a file of any size is held in memory one element at a time. It checks the
// structure (brackets, strings, commas and colons); each piece it returns is parsed and
// checked as JSON by the caller, whose errors lineOf() places in the file.
class JsonObjectStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectStream)

public:
    enum class Token {
        Member, // key() and raw(): a member of the object (not the array member)
        ArrayStart, // key(): the array member's elements follow
        Element, // raw(): one element of the array member
        ArrayEnd,
        End, // the object is closed and nothing but white space follows
        Error, // errorString(), line(), column(); nothing more is read
    };

    JsonObjectStream(QIODevice *device, QString arrayKey);

    Token next();

    const QString &key() const { return m_key; }
    const QByteArray &raw() const { return m_raw; }
    // Where raw() begins, or where the error is: 1-based, the column in characters.
    int line() const { return m_rawLine; }
    int column() const { return m_rawColumn; }
    const QString &errorString() const { return m_error; }

    // The line and column of a byte offset within a piece that began at line, column.
    static std::pair<int, int> position(const QByteArray &raw, int line, int column,
                                        qsizetype offset);

private:
    enum class State { Start, Member, AfterMember, Element, AfterElement, Finish, Done };

    bool fill(qsizetype needed);
    int peek(); // the next byte, or -1 at the end of the device
    void advance();
    void skipSpace();
    bool skipString();
    bool skipValue();
    bool captureValue();
    Token fail(const QString &message);
    Token unexpected(const QString &expected);

    QIODevice *m_device;
    QString m_arrayKey;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_mark = -1; // the start of a capture, kept in the buffer
    bool m_atEnd = false;
    int m_line = 1;
    int m_column = 1;
    State m_state = State::Start;
    QString m_key;
    QByteArray m_raw;
    int m_rawLine = 1;
    int m_rawColumn = 1;
    QString m_error;
};
