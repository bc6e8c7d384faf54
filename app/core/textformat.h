#pragma once

#include <QString>
#include <QStringList>

// Small text forms shared by the pages, the reports and the command line.
namespace TextFormat {

enum class Rounding { Down, Up };

// "1:05:09". A countdown rounds up, so it shows 0:00:00 only when the time is really up.
QString duration(qint64 ms, Rounding rounding = Rounding::Down);
// Items of a list as the interface language writes them: "A, B" or 「A、B」.
QString list(const QStringList &items);
// Sentences one after another: a space between them in English, none after 「。」.
QString sentences(const QStringList &sentences);
// "1:25:00 of 2:40:00" for a timed attempt, "1:25:00" for an untimed one.
QString timeUsed(qint64 elapsedMs, qint64 limitMs);
// The first line of a Markdown text without emphasis marks, cut to at most maxLength characters.
QString summary(const QString &markdown, int maxLength);

} // namespace TextFormat
