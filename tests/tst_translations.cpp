#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The Japanese translation is complete: lupdate run over the sources into a copy of the .ts
// finds no string without a translation and no entry the sources no longer have.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("Japanese") << u"shiken_ja.ts"_s << QStringList();
        // English needs only the plural forms of the %n strings
        QTest::newRow("English plurals") << u"shiken_en.ts"_s << QStringList {u"-pluralonly"_s};
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(SHIKEN_SOURCE_DIR "/translations/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SHIKEN_LUPDATE),
                      QStringList {u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s}
                          + options
                          + QStringList {QStringLiteral(SHIKEN_SOURCE_DIR "/app"), u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QFile tsFile(copy);
        QVERIFY(tsFile.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(tsFile.readAll());
        static const QRegularExpression message(u"<message[^>]*>(.*?)</message>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
        QStringList problems;
        int messages = 0;
        for (auto it = message.globalMatch(ts); it.hasNext();) {
            const QString body = it.next().captured(1);
            ++messages;
            if (body.contains(u"type=\"unfinished\""_s) || body.contains(u"type=\"vanished\""_s)
                || body.contains(u"type=\"obsolete\""_s))
                problems.append(
                    body.section(u"</source>"_s, 0, 0).section(u"<source>"_s, 1).trimmed());
        }
        QVERIFY(messages > 5);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"not translated or no longer used:\n"_s + problems.join(u'\n')));
    }

    void compiledTranslationIsBuiltIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/shiken_ja"_s));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate("BankOverviewPage", "Questions"), u"問題数"_s);
        QTranslator english;
        QVERIFY(english.load(u":/i18n/shiken_en"_s));
        QCOMPARE(english.translate("Commands", "%n file(s)", nullptr, 1), u"%n file"_s);
        QCOMPARE(english.translate("Commands", "%n file(s)", nullptr, 3), u"%n files"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
