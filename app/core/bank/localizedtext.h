#pragma once

#include <QString>

// A text in English and Japanese. The bundled bank carries both; an imported question may
// carry one, and is then shown in that one whatever language is asked for.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in the given language ("en" or "ja"; English for any other code), or in the
    // other language when it has none in this one.
    QString in(QStringView language) const
    {
        const QString &wanted = exactly(language);
        return wanted.isEmpty() ? (&wanted == &ja ? en : ja) : wanted;
    }
    // The text in the given language only: empty when it has none in it.
    const QString &exactly(QStringView language) const { return language == u"ja" ? ja : en; }
    bool has(QStringView language) const { return !exactly(language).trimmed().isEmpty(); }
    bool isComplete() const { return has(u"en") && has(u"ja"); }
    bool operator==(const LocalizedText &) const = default;
};
