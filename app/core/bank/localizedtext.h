#pragma once

#include <QString>

// A text carried in both languages of the bank; every bank text has an English and a Japanese form.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in the given language ("en" or "ja"); English for any other code.
    QString in(QStringView language) const { return language == u"ja" ? ja : en; }
    bool isComplete() const { return !en.trimmed().isEmpty() && !ja.trimmed().isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};
