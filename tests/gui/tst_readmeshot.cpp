// SPDX-License-Identifier: GPL-3.0-or-later
// The README opens with docs/images/parley.png, made by scripts/screenshot from the real GUI.
// This checks that the picture is there, referenced, of a sane size and not blank (a failed
// capture is one colour), and that the script that regenerates it is executable.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTest>

class TestReadmeShot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotIsCurrentAndNotBlank()
    {
        const QString path = QStringLiteral(PARLEY_SOURCE_DIR "/docs/images/parley.png");
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(": missing or not a PNG")));
        QVERIFY2(image.width() >= 1000 && image.width() <= 4000 && image.height() >= 600 &&
                     image.height() <= 3000,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // A window with a drawn graph has hundreds of colours; a blank or black capture has one
        // or two. Sampled on a grid to keep it quick.
        QSet<QRgb> colours;
        int light = 0, samples = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                const QRgb c = image.pixel(x, y);
                colours.insert(c);
                light += qGray(c) > 128;
                ++samples;
            }
        }
        QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));
        // Mostly light (the window), not mostly black (an unpainted capture).
        QVERIFY(light > samples / 2);

        QFile readme(QStringLiteral(PARLEY_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray head = readme.read(2000);
        QVERIFY2(head.contains("docs/images/parley.png"), "README.md does not open with the picture");
        QVERIFY(QFileInfo(QStringLiteral(PARLEY_SOURCE_DIR "/scripts/screenshot")).isExecutable());
    }
};

QTEST_MAIN(TestReadmeShot)
#include "tst_readmeshot.moc"
