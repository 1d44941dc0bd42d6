// SPDX-License-Identifier: GPL-3.0-or-later
// parley-cli render, run as a user would: files written, sizes honoured, exit codes.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
