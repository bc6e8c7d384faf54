#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
struct Installed
{
    QString code = u"en"_s;
    QTranslator *ours = nullptr;
    QTranslator *qt = nullptr;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

QString Language::current()
{
    return installed().code;
}

bool Language::install(const QString &code)
{
    if (!isAvailable(code))
        return false;
    Installed &state = installed();
    for (QTranslator **translator : {&state.ours, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    state.code = code;
    QLocale::setDefault(QLocale(code == u"ja" ? QLocale::Japanese : QLocale::English,
                                code == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
    // English has a translation too: it holds the plural forms of the %n strings.
    auto *ours = new QTranslator;
    if (ours->load(u":/i18n/shiken_"_s + code)) {
        QCoreApplication::installTranslator(ours);
        state.ours = ours;
    } else {
        delete ours;
    }
    if (code != u"en") {
        auto *qt = new QTranslator;
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            delete qt;
        }
    }
    return true;
}

QString Language::saved()
{
    const QString code = QSettings().value(u"language"_s).toString();
    return isAvailable(code) ? code : QString();
}

void Language::save(const QString &code)
{
    QSettings settings;
    if (isAvailable(code))
        settings.setValue(u"language"_s, code);
    else
        settings.remove(u"language"_s);
}

QString Language::fromArguments(const QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="_s))
            value = arguments.at(i).mid(7);
        else
            continue;
        if (!isAvailable(value)) {
            *error = u"shiken: --lang takes en or ja, not \"%1\""_s.arg(value);
            return {};
        }
        return value;
    }
    return {};
}

QString Language::startup(const QStringList &arguments, QString *error)
{
    const QString flag = fromArguments(arguments, error);
    if (!flag.isEmpty())
        return flag;
    const QString chosen = saved();
    return chosen.isEmpty() ? systemDefault() : chosen;
}
