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

    // The language the learner chose in Settings, or empty to follow the system.
    static QString saved();
    static void save(const QString &code);
    // The value of --lang CODE / --lang=CODE among the arguments, or empty; an unknown
    // code sets *error.
    static QString fromArguments(const QStringList &arguments, QString *error);
    // What to start in: --lang, else the saved choice, else the system's language.
    static QString startup(const QStringList &arguments, QString *error);
};
