// What `cmake --install` puts in place for the desktop: the program, its menu entry, icons,
// AppStream metadata and manual page, each checked as a desktop or a software centre reads it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"app.shiken.Shiken"_s;

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// Width and height from a PNG's IHDR chunk.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG"))
        return {};
    auto be32 = [&](int at) {
        return int((uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16)
                   | (uchar(head[at + 2]) << 8) | uchar(head[at + 3]));
    };
    return {be32(16), be32(20)};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_prefix;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(
            u"cmake"_s,
            {u"--install"_s, QStringLiteral(SHIKEN_BINARY_DIR), u"--prefix"_s, m_prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void installsTheProgram()
    {
        const QString program = installed(u"bin/shiken"_s);
        QVERIFY(QFileInfo(program).isExecutable());
        const Run version = run(program, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), u"shiken " SHIKEN_VERSION ""_s);
    }

    void desktopFileIsValid()
    {
        const QString path = installed(u"share/applications/"_s + appId + u".desktop"_s);
        QVERIFY(QFile::exists(path));
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing (scripts/setup.sh)");
        const Run check = run(validator, {path});
        QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), qPrintable(check.output));

        const QString text = readText(path);
        QVERIFY(text.contains(u"\nExec=shiken\n"_s));
        QVERIFY(text.contains(u"\nIcon="_s + appId + u'\n'));
        QVERIFY(text.contains(u"\nCategories=Education;Qt;\n"_s));
        QVERIFY(text.contains(u"\nName[ja]="_s));
        QVERIFY(text.contains(u"\nComment[ja]="_s));
    }

    void metainfoIsValid()
    {
        const QString path = installed(u"share/metainfo/"_s + appId + u".metainfo.xml"_s);
        QVERIFY(QFile::exists(path));
        const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
        QVERIFY2(!validator.isEmpty(), "appstreamcli is missing (scripts/setup.sh)");
        const Run check = run(validator, {u"validate"_s, u"--no-net"_s, path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }

    void metainfoDescribesThisRelease()
    {
        QFile file(installed(u"share/metainfo/"_s + appId + u".metainfo.xml"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable, newestRelease;
        bool japaneseDescription = false;
        int screenshots = 0;
        bool inDescription = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"description" && newestRelease.isEmpty())
                    inDescription = true;
                else if (name == u"id")
                    id = xml.readElementText();
                else if (name == u"launchable")
                    launchable = xml.readElementText();
                else if (name == u"screenshot")
                    ++screenshots;
                else if (name == u"release" && newestRelease.isEmpty())
                    newestRelease = xml.attributes().value(u"version"_s).toString();
                else if (inDescription && xml.attributes().value(u"xml:lang"_s) == u"ja")
                    japaneseDescription = true;
            } else if (xml.isEndElement() && xml.name() == u"description") {
                inDescription = false;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + u".desktop"_s);
        QCOMPARE(newestRelease, QStringLiteral(SHIKEN_VERSION));
        QVERIFY(japaneseDescription);
        QVERIFY(screenshots >= 2);
    }

    void iconsInEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void iconsInEverySize()
    {
        QFETCH(int, size);
        const QString path
            = installed(u"share/icons/hicolor/%1x%1/apps/"_s.arg(size) + appId + u".png"_s);
        QCOMPARE(pngSize(path), QSize(size, size));
    }

    void scalableIcon()
    {
        const QString svg
            = readText(installed(u"share/icons/hicolor/scalable/apps/"_s + appId + u".svg"_s));
        QVERIFY(svg.contains(u"<svg"_s));
        QVERIFY(svg.contains(u"viewBox=\"0 0 256 256\""_s));
    }

    // The manual page names every command, option, environment variable and exit status that
    // the program has.
    void manPageCoversTheCommandLine()
    {
        const QString gz = installed(u"share/man/man1/shiken.1.gz"_s);
        QVERIFY(QFile::exists(gz));
        const Run unzip = run(u"gzip"_s, {u"-dc"_s, gz});
        QCOMPARE(unzip.exitCode, 0);
        QString page = unzip.output;
        page.remove(u'\\');
        for (const QString &section :
             {u".SH NAME"_s, u".SH SYNOPSIS"_s, u".SH COMMANDS"_s, u".SH OPTIONS"_s,
              u".SH ENVIRONMENT"_s, u".SH FILES"_s, u".SH EXIT STATUS"_s})
            QVERIFY2(page.contains(section), qPrintable(section));
        for (const QString &word :
             {u"validate"_s, u"import"_s, u"stats"_s, u"--db"_s, u"--lang"_s, u"--json"_s,
              u"--exam"_s, u"--help"_s, u"--version"_s, u"SHIKEN_DB"_s, u"shiken.sqlite"_s})
            QVERIFY2(page.contains(word), qPrintable(word));

        // Every command the program lists in its help is in the page.
        const Run help = run(installed(u"bin/shiken"_s), {u"--help"_s});
        static const QRegularExpression commandLine(u"^\\s+shiken (\\w+)"_s,
                                                    QRegularExpression::MultilineOption);
        int commands = 0;
        for (const auto &match : commandLine.globalMatch(help.output)) {
            ++commands;
            QVERIFY2(page.contains(u".B shiken "_s + match.captured(1))
                         || page.contains(u".BR "_s + match.captured(1)),
                     qPrintable(match.captured(1)));
        }
        QVERIFY(commands >= 3);
        QVERIFY2(page.contains(u"shiken " SHIKEN_VERSION ""_s), "the page's version is stale");
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
