// SPDX-License-Identifier: GPL-3.0-or-later
// The hicolor PNGs are committed (ImageMagick on Debian 12 cannot render SVG without extra
// delegates), so this test keeps them honest: each must be a square RGBA image of its folder's
// size that looks like the scalable SVG drawn at that size. Run with PARLEY_UPDATE_ICONS=1 to
// regenerate them from the SVG after editing it.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtTest>

#include <algorithm>
#include <cstdlib>

namespace {

const QString iconName = QStringLiteral("io.parley.Parley");

QString hicolorDir()
{
    return QStringLiteral(PARLEY_SOURCE_DIR "/packaging/linux/icons/hicolor");
}

QString svgPath()
{
    return hicolorDir() + QStringLiteral("/scalable/apps/") + iconName + QStringLiteral(".svg");
}

QString pngPath(int size)
{
    return hicolorDir() + QStringLiteral("/%1x%1/apps/").arg(size) + iconName
        + QStringLiteral(".png");
}

QImage renderSvg(int size)
{
    QSvgRenderer renderer(svgPath());
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// Share of pixels where some channel differs by more than 32 of 255. Anti-aliasing that
// varies between Qt versions moves edge pixels a little; a changed shape or colour moves whole
// areas far.
double changedShare(const QImage& a, const QImage& b)
{
    int changed = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int diff = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                       std::abs(qBlue(p) - qBlue(q)),
                                       std::abs(qAlpha(p) - qAlpha(q))});
            if (diff > 32)
                ++changed;
        }
    }
    return double(changed) / (a.width() * a.height());
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgIsValid()
    {
        QSvgRenderer renderer(svgPath());
        QVERIFY2(renderer.isValid(), qPrintable(svgPath()));
        QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());
        // A transparent corner and an opaque centre: the bubble really got drawn.
        const QImage image = renderSvg(64);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
    }

    void pngMatchesSvg_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void pngMatchesSvg()
    {
        QFETCH(int, size);
        const QImage expected = renderSvg(size);
        if (qEnvironmentVariableIsSet("PARLEY_UPDATE_ICONS"))
            QVERIFY(expected.save(pngPath(size), "PNG"));

        QImage png(pngPath(size));
        QVERIFY2(!png.isNull(), qPrintable(pngPath(size) + QStringLiteral(" is missing or unreadable")));
        QCOMPARE(png.size(), QSize(size, size));
        QVERIFY2(png.hasAlphaChannel(), "hicolor icons need a transparent background");
        const double share = changedShare(png.convertToFormat(QImage::Format_ARGB32), expected);
        QVERIFY2(share <= 0.01,
                 qPrintable(QStringLiteral("%1 differs from the SVG in %2% of its pixels; "
                                           "regenerate with PARLEY_UPDATE_ICONS=1")
                                .arg(pngPath(size))
                                .arg(share * 100)));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
