// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli render, run as a user would: files written, sizes honoured, exit codes.
#include <QImage>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestCliRender : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList& args, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PARLEY_BINARY_DIR "/bin/parley-cli"), QStringList{QStringLiteral("render")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void rendersPngAndSvg()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(PARLEY_TEST_DATA "/gui");
        const QString png = dir.filePath(QStringLiteral("g.png"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--width"), QStringLiteral("700"), QStringLiteral("--height"),
                      QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3"),
                      QStringLiteral("-o"), png, data}, &err), 0);
        QVERIFY2(err.contains("2 articles"), err.constData());
        QCOMPARE(QImage(png).size(), QSize(700, 500));
        const QString svg = dir.filePath(QStringLiteral("g.svg"));
        QCOMPARE(run({QStringLiteral("-o"), svg, data}), 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().trimmed().endsWith("</svg>"));
        const QString pdf = dir.filePath(QStringLiteral("g.pdf"));
        QCOMPARE(run({QStringLiteral("-o"), pdf, data}), 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray bytes = p.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    // Play from the command line: the articles of 15 Jan and 18 Feb 2025 are two frames by
    // month, and three by two-week windows (the six weeks from 13 Jan to 23 Feb).
    void rendersPlayFramesAndAnimation()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(PARLEY_TEST_DATA "/gui");
        const QString frames = dir.filePath(QStringLiteral("frames"));
        const QString svg = dir.filePath(QStringLiteral("play.svg"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--width"), QStringLiteral("400"), QStringLiteral("--height"),
                      QStringLiteral("300"), QStringLiteral("--frames"), frames,
                      QStringLiteral("--animate"), svg, data}, &err), 0);
        QVERIFY2(err.contains("2 frames"), err.constData());
        const QStringList files = QDir(frames).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"frame-0001.png", "frame-0002.png"}));
        for (const QString& f : files)
            QCOMPARE(QImage(QDir(frames).filePath(f)).size(), QSize(400, 300));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int animations = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("animate")) {
                ++animations;
                const QString values = xml.attributes().value(QStringLiteral("values")).toString();
                QVERIFY(values == QLatin1String("visible;hidden") || values == QLatin1String("hidden;visible"));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(animations > 4); // every node and edge belongs to one article, one month

        const QString weeks = dir.filePath(QStringLiteral("weeks"));
        QCOMPARE(run({QStringLiteral("--step"), QStringLiteral("week"), QStringLiteral("--window"),
                      QStringLiteral("2"), QStringLiteral("--advance"), QStringLiteral("2"),
                      QStringLiteral("--no-labels"), QStringLiteral("--frames"), weeks, data}, &err), 0);
        QCOMPARE(QDir(weeks).entryList({QStringLiteral("*.png")}).size(), 3); // weeks 1-2, 3-4, 5-6
        // A year a window: the articles' meetings all fall in one.
        const QString years = dir.filePath(QStringLiteral("years"));
        QCOMPARE(run({QStringLiteral("--step"), QStringLiteral("year"), QStringLiteral("--no-labels"),
                      QStringLiteral("--frames"), years, data}), 0);
        QCOMPARE(QDir(years).entryList({QStringLiteral("*.png")}).size(), 1);
        QCOMPARE(run({QStringLiteral("--step"), QStringLiteral("decade"), QStringLiteral("--frames"), weeks, data}), 2);
        QCOMPARE(run({QStringLiteral("--animate"), dir.filePath(QStringLiteral("play.png")), data}), 2);
    }

    void reportsUsageAndOutputErrors()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(PARLEY_TEST_DATA "/gui");
        QCOMPARE(run({data}), 2);                                      // no -o
        QCOMPARE(run({QStringLiteral("-o"), dir.filePath(QStringLiteral("g.bmp")), data}), 2);
        QCOMPARE(run({QStringLiteral("--width"), QStringLiteral("x"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("g.png")), data}), 2);
        QByteArray err;
        QCOMPARE(run({QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/g.png")), data}, &err), 3);
        QVERIFY(err.contains("missing/g.png"));
        QCOMPARE(run({QStringLiteral("-o"), dir.filePath(QStringLiteral("g.png")),
                      dir.filePath(QStringLiteral("nothing-here.txt"))}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
