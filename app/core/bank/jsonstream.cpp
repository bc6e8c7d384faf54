#include "bank/jsonstream.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qsizetype chunkSize = 1 << 20;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonObjectStream::JsonObjectStream(QIODevice *device, QString arrayKey)
    : m_device(device)
    , m_arrayKey(std::move(arrayKey))
{ }

// Makes `needed` bytes from m_pos available if the device has them. What lies before the
// current capture (or before m_pos) is dropped first, so the buffer holds one element.
bool JsonObjectStream::fill(qsizetype needed)
{
    if (m_pos + needed <= m_buffer.size())
        return true;
    if (m_atEnd)
        return false;
    const qsizetype keep = m_mark >= 0 ? m_mark : m_pos;
    if (keep > 0) {
        m_buffer.remove(0, keep);
        m_pos -= keep;
        if (m_mark >= 0)
            m_mark = 0;
    }
    while (m_pos + needed > m_buffer.size()) {
        // a piece of at most 1 MB, no larger than what the device still holds
        qint64 size = chunkSize;
        if (const qint64 available = m_device->bytesAvailable(); available > 0)
            size = std::min(size, available);
        const QByteArray chunk = m_device->read(std::max(size, qint64(needed)));
        if (chunk.isEmpty()) {
            m_atEnd = true;
            return false;
        }
        m_buffer.append(chunk);
    }
    return true;
}

int JsonObjectStream::peek()
{
    return fill(1) ? static_cast<unsigned char>(m_buffer.at(m_pos)) : -1;
}

void JsonObjectStream::advance()
{
    const auto c = static_cast<unsigned char>(m_buffer.at(m_pos++));
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // continuation bytes of UTF-8 are not characters
        ++m_column;
    }
}

void JsonObjectStream::skipSpace()
{
    while (isSpace(peek()))
        advance();
}

// At an opening quote: moves past the closing one.
bool JsonObjectStream::skipString()
{
    advance();
    for (int c = peek(); c >= 0; c = peek()) {
        advance();
        if (c == '"')
            return true;
        if (c == '\\') {
            if (peek() < 0)
                return false;
            advance();
        }
    }
    return false;
}

// Moves past one value: a string, an object or array with everything in it, or a scalar.
bool JsonObjectStream::skipValue()
{
    const int first = peek();
    if (first == '"')
        return skipString();
    if (first == '{' || first == '[') {
        QByteArray closers;
        for (int c = peek(); c >= 0; c = peek()) {
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                closers.append(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (closers.isEmpty() || closers.back() != c)
                    return false;
                closers.chop(1);
                advance();
                if (closers.isEmpty())
                    return true;
                continue;
            }
            advance();
        }
        return false;
    }
    bool any = false;
    for (int c = peek(); c >= 0 && !isSpace(c) && c != ',' && c != '}' && c != ']' && c != ':';
         c = peek()) {
        if (c == '{' || c == '[' || c == '"')
            return false;
        advance();
        any = true;
    }
    return any;
}

bool JsonObjectStream::captureValue()
{
    skipSpace();
    m_rawLine = m_line;
    m_rawColumn = m_column;
    m_mark = m_pos;
    const bool ok = skipValue();
    if (ok)
        m_raw = m_buffer.mid(m_mark, m_pos - m_mark);
    m_mark = -1;
    return ok;
}

JsonObjectStream::Token JsonObjectStream::fail(const QString &message)
{
    m_state = State::Done;
    m_raw.clear();
    m_rawLine = m_line;
    m_rawColumn = m_column;
    m_error = message;
    return Token::Error;
}

JsonObjectStream::Token JsonObjectStream::unexpected(const QString &expected)
{
    return fail(peek() < 0 ? tr("the file ends where %1 is expected").arg(expected)
                           : tr("%1 expected").arg(expected));
}

std::pair<int, int> JsonObjectStream::position(const QByteArray &raw, int line, int column,
                                               qsizetype offset)
{
    for (qsizetype i = 0; i < std::min(offset, raw.size()); ++i) {
        const auto c = static_cast<unsigned char>(raw.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

JsonObjectStream::Token JsonObjectStream::next()
{
    m_raw.clear();
    switch (m_state) {
    case State::Start:
        skipSpace();
        if (peek() != '{')
            return unexpected(tr("“{” (the file must hold one JSON object)"));
        advance();
        skipSpace();
        if (peek() == '}') {
            advance();
            m_state = State::Finish;
            return next();
        }
        m_state = State::Member;
        return next();
    case State::Member: {
        skipSpace();
        if (peek() != '"')
            return unexpected(tr("a field name in quotes"));
        if (!captureValue())
            return unexpected(tr("the end of a string"));
        m_key = QString::fromUtf8(m_raw.mid(1, m_raw.size() - 2));
        if (m_key.contains(u'\\')) // names with escapes are rare; the JSON parser decodes them
            m_key = QJsonDocument::fromJson('[' + m_raw + ']').array().at(0).toString(m_key);
        skipSpace();
        if (peek() != ':')
            return unexpected(tr("“:” after a field name"));
        advance();
        skipSpace();
        if (m_key == m_arrayKey && peek() == '[') {
            m_rawLine = m_line;
            m_rawColumn = m_column;
            advance();
            skipSpace();
            // an empty array ends at once: AfterElement reads its "]" as ArrayEnd
            m_state = peek() == ']' ? State::AfterElement : State::Element;
            return Token::ArrayStart;
        }
        if (!captureValue())
            return unexpected(tr("a value"));
        m_state = State::AfterMember;
        return Token::Member;
    }
    case State::AfterMember:
        skipSpace();
        if (peek() == ',') {
            advance();
            m_state = State::Member;
            return next();
        }
        if (peek() == '}') {
            advance();
            m_state = State::Finish;
            return next();
        }
        return unexpected(tr("“,” or “}”"));
    case State::Element:
        if (!captureValue())
            return unexpected(tr("a value"));
        m_state = State::AfterElement;
        return Token::Element;
    case State::AfterElement:
        skipSpace();
        if (peek() == ',') {
            advance();
            skipSpace();
            m_state = State::Element;
            return next();
        }
        if (peek() == ']') {
            advance();
            m_state = State::AfterMember;
            return Token::ArrayEnd;
        }
        return unexpected(tr("“,” or “]”"));
    case State::Finish:
        skipSpace();
        if (peek() >= 0)
            return fail(tr("text after the end of the JSON object"));
        m_state = State::Done;
        return Token::End;
    case State::Done:
        break;
    }
    return Token::End;
}
