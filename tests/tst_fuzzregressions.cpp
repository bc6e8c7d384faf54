// Replays the fuzzing corpus and every past finding (fuzz/regressions/) through the same
// reader code the libFuzzer programs drive, in the ordinary suite and under its sanitizers.

#include "../fuzz/fuzztargets.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyInputIsRefusedOrRead_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &target : {u"questions"_s, u"blueprint"_s, u"topics"_s, u"database"_s,
                                      u"gift"_s, u"moodlexml"_s, u"csv"_s}) {
            int seeds = 0;
            for (const QString &folder : {u"corpus"_s, u"regressions"_s}) {
                QDirIterator it(QStringLiteral(SHIKEN_SOURCE_DIR "/fuzz/") + folder + u'/' + target,
                                QDir::Files);
                while (it.hasNext()) {
                    const QString file = it.next();
                    if (QFileInfo(file).fileName().startsWith(u'.'))
                        continue;
                    seeds += folder == u"corpus";
                    QTest::addRow("%s/%s/%s", qPrintable(target), qPrintable(folder),
                                  qPrintable(QFileInfo(file).fileName()))
                        << target << file;
                }
            }
            QVERIFY2(seeds > 0, qPrintable(u"no seed corpus for "_s + target));
        }
    }

    void everyInputIsRefusedOrRead()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray data = input.readAll();
        const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData());
        const size_t size = size_t(data.size());
        // Each target traps (and so fails the test) when an invariant breaks.
        if (target == u"questions")
            QCOMPARE(FuzzTargets::questions(bytes, size), 0);
        else if (target == u"blueprint")
            QCOMPARE(FuzzTargets::blueprint(bytes, size), 0);
        else if (target == u"topics")
            QCOMPARE(FuzzTargets::topics(bytes, size), 0);
        else if (target == u"database")
            QCOMPARE(FuzzTargets::database(bytes, size), 0);
        else if (target == u"gift")
            QCOMPARE(FuzzTargets::gift(bytes, size), 0);
        else if (target == u"moodlexml")
            QCOMPARE(FuzzTargets::moodlexml(bytes, size), 0);
        else if (target == u"csv")
            QCOMPARE(FuzzTargets::csv(bytes, size), 0);
        else
            QFAIL(qPrintable(u"no fuzz target "_s + target));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
