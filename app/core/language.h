#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// Installs the translation of the chosen interface language (ours and Qt's own), and says
// which languages there are. Installing posts QEvent::LanguageChange to every widget, so the
// interface switches without a restart.
class Language
{
public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ja")}; }
    static bool isAvailable(const QString &code) { return available().contains(code); }
    // "ja" for a Japanese system locale, else "en".
    static QString systemDefault();
    // The installed language code.
    static QString current();
    // Replaces the installed translators; false if code is not available.
    static bool install(const QString &code);
};
