#include "textformat.h"

#include "language.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TextFormat {

QString duration(qint64 ms, Rounding rounding)
{
    const qint64 seconds = (rounding == Rounding::Up ? ms + 999 : ms) / 1000;
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString summary(const QString &markdown, int maxLength)
{
    QString line = markdown.section(u'\n', 0, 0).simplified();
    line.remove(u'*').remove(u'`');
    return line.size() > maxLength ? line.left(maxLength - 1) + u'…' : line;
}

QString timeUsed(qint64 elapsedMs, qint64 limitMs)
{
    if (limitMs <= 0)
        return duration(elapsedMs);
    //: Time used of the time limit, e.g. "1:25:00 of 2:40:00"
    return QCoreApplication::translate("TextFormat", "%1 of %2")
        .arg(duration(elapsedMs), duration(limitMs));
}

QString list(const QStringList &items)
{
    //: Between the items of a list, e.g. "Domain 1, Domain 3"
    return items.join(QCoreApplication::translate("TextFormat", ", "));
}

QString sentences(const QStringList &sentences)
{
    // Japanese sentences end in 「。」 and follow each other without a space.
    return sentences.join(Language::current() == u"ja" ? QString() : u" "_s);
}

} // namespace TextFormat
