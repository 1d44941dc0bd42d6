// SPDX-License-Identifier: GPL-3.0-or-later
// The shared painter and the view model: level-of-detail labels never overlap, culling,
// determinism, projections, and the export formats.
#include "guifixture.h"

#include "../bench/guisynthetic.h"

#include "render/graphpainter.h"
#include "render/imageexport.h"
#include "render/rasterlayer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

#include <random>
#include <set>

using namespace parley;

class TestGraphPainter : public QObject
{
    Q_OBJECT

private:
    static std::vector<QPointF> viewPositions(const ViewGraph& view, const std::vector<QPointF>& corpus)
    {
        std::vector<QPointF> out;
        for (const ViewNode& n : view.nodes)
            out.push_back(corpus[std::size_t(n.node)]);
        return out;
    }

    struct Frame
    {
        QImage image;
        PaintStats stats;
    };

    static Frame paint(const ViewGraph& view, const std::vector<QPointF>& pos, const PaintOptions& o)
    {
        Frame f;
        f.image = QImage(o.viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        f.image.fill(Qt::black);
        QPainter p(&f.image);
        f.stats = paintGraph(p, view, pos, o);
        return f;
    }

    static int differingPixels(const QImage& a, const QImage& b)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                count += a.pixel(x, y) != b.pixel(x, y);
        return count;
    }

private Q_SLOTS:
    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<double>("zoom");
        QTest::newRow("1k fit") << 1000 << 1.0;
        QTest::newRow("1k zoomed") << 1000 << 6.0;
        QTest::newRow("5k fit") << 5000 << 1.0;
    }

    void labelsNeverOverlap()
    {
        QFETCH(int, nodes);
        QFETCH(double, zoom);
        const auto corpus = bench::syntheticCorpus(nodes);
        const ViewGraph view = buildViewGraph(*corpus, {});
        const auto pos = viewPositions(view, bench::syntheticPositions(*corpus));
        QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        PaintOptions o;
        o.viewport = QRectF(0, 0, 1200, 800);
        o.transform = fitTransform(sceneBounds(view, pos), o.viewport);
        o.transform.scale *= zoom;
        o.transform.offset = o.viewport.center() - (o.viewport.center() - o.transform.offset) * zoom;
        o.selectedNode = view.viewIndex(*corpus->find(QStringLiteral("state:s3")));
        const PaintStats stats = paintGraph(p, view, pos, o);
        QVERIFY(stats.labels > 5);
        QVERIFY(stats.labels <= o.maxLabels);
        // The selection is always labelled, first.
        QCOMPARE(stats.labelled.front(), o.selectedNode);
        for (std::size_t i = 0; i < stats.labelRects.size(); ++i)
            for (std::size_t j = i + 1; j < stats.labelRects.size(); ++j)
                QVERIFY2(!stats.labelRects[i].intersects(stats.labelRects[j]),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        // Zoomed in, culling drops what is off screen.
        if (zoom > 1)
            QVERIFY(stats.nodes < int(view.nodes.size()));
        else
            QCOMPARE(stats.nodes, int(view.nodes.size()));
    }

    // The cached layer of edges and nodes is reused exactly when nothing it shows changed,
    // and a reused frame looks like a frame drawn from scratch.
    void layerIsReusedOnlyWhenNothingUnderItChanged()
    {
        const auto corpus = bench::syntheticCorpus(3000);
        const ViewGraph view = buildViewGraph(*corpus, {});
        std::vector<QPointF> pos = viewPositions(view, bench::syntheticPositions(*corpus));
        PaintCache cache;
        PaintOptions o;
        o.viewport = QRectF(0, 0, 900, 600);
        o.transform = fitTransform(sceneBounds(view, pos), o.viewport, 60.0);
        o.cache = &cache;
        const auto fresh = [&](const PaintOptions& with) {
            PaintOptions uncached = with;
            uncached.cache = nullptr;
            return paint(view, pos, uncached);
        };

        Frame first = paint(view, pos, o);
        QVERIFY(!first.stats.reusedLayer);
        QCOMPARE(first.image, fresh(o).image);
        Frame again = paint(view, pos, o);
        QVERIFY(again.stats.reusedLayer);
        QCOMPARE(again.image, first.image);

        // Pan by whole pixels: a blit, and the same picture as drawing afresh.
        o.transform.offset += QPointF(13, -7);
        Frame panned = paint(view, pos, o);
        QVERIFY(panned.stats.reusedLayer);
        QCOMPARE(panned.image, fresh(o).image);

        // Selecting and hovering draw over the layer.
        o.selectedNode = 5;
        Frame selected = paint(view, pos, o);
        QVERIFY(selected.stats.reusedLayer);
        QCOMPARE(selected.stats.labelled.front(), 5);
        QVERIFY(differingPixels(selected.image, panned.image) > 0);
        o.selectedNode = -1;
        const int hovered = view.viewIndex(*corpus->find(QStringLiteral("state:s3")));
        o.hovered = hovered;
        Frame hover = paint(view, pos, o);
        QVERIFY(hover.stats.reusedLayer);
        // A node that is no neighbour is dimmed; the hovered one stands out.
        int far = 0;
        while (far == hovered || std::count(view.neighbours[std::size_t(hovered)].begin(),
                                            view.neighbours[std::size_t(hovered)].end(), far))
            ++far;
        const QPoint farAt = o.transform.map(pos[std::size_t(far)]).toPoint();
        QVERIFY(hover.image.pixelColor(farAt).saturation() < panned.image.pixelColor(farAt).saturation());
        const QPoint hoveredAt = o.transform.map(pos[std::size_t(hovered)]).toPoint();
        QVERIFY(hover.image.pixelColor(hoveredAt).saturation() > hover.image.pixelColor(farAt).saturation() + 60);
        o.hovered = -1;

        // A layout step moves a node: drawn again, the node where it now is.
        const int moved = view.viewIndex(*corpus->find(QStringLiteral("state:s0")));
        pos[std::size_t(moved)] += QPointF(40.0 / o.transform.scale, 30.0 / o.transform.scale);
        Frame afterStep = paint(view, pos, o);
        QVERIFY(!afterStep.stats.reusedLayer);
        QCOMPARE(afterStep.image, fresh(o).image);
        QCOMPARE(afterStep.image.pixelColor(o.transform.map(pos[std::size_t(moved)]).toPoint()),
                 QColor(nodeColor(NodeKind::State)));

        // Zoom: drawn again; with preview, the layer is shown scaled until a sharp frame.
        o.transform.scale *= 1.5;
        o.preview = true;
        Frame preview = paint(view, pos, o);
        QVERIFY(preview.stats.preview);
        QVERIFY(!preview.stats.reusedLayer);
        o.preview = false;
        Frame zoomed = paint(view, pos, o);
        QVERIFY(!zoomed.stats.preview);
        QVERIFY(!zoomed.stats.reusedLayer);
        QCOMPARE(zoomed.image, fresh(o).image);

        // Another view graph (a filter change) never reuses the layer, even in the same cache.
        ViewFilter statesOnly;
        statesOnly.projection = ViewFilter::Projection::StatesOnly;
        const ViewGraph other = buildViewGraph(*corpus, statesOnly);
        const auto otherPos = viewPositions(other, bench::syntheticPositions(*corpus));
        Frame filtered = paint(other, otherPos, o);
        QVERIFY(!filtered.stats.reusedLayer);
    }

    // RasterLayer cuts lines into bands of rows: each pixel of a line is drawn exactly once
    // (a translucent line has one colour all along, with no gap), whatever its slope.
    void rasterLinesCoverEachPixelOnce_data()
    {
        QTest::addColumn<QLineF>("line");
        QTest::newRow("steep down") << QLineF(10.2, 3.7, 37.9, 190.4);
        QTest::newRow("steep up") << QLineF(250.5, 195.0, 240.1, 1.2);
        QTest::newRow("shallow across bands") << QLineF(2.0, 10.0, 290.0, 150.0);
        QTest::newRow("shallow rising") << QLineF(290.0, 20.0, 5.0, 120.3);
        QTest::newRow("diagonal") << QLineF(0.0, 0.0, 199.0, 199.0);
        QTest::newRow("horizontal on a band edge") << QLineF(5.0, 32.0, 280.0, 32.0);
        QTest::newRow("vertical") << QLineF(100.0, 0.0, 100.0, 199.0);
    }

    void rasterLinesCoverEachPixelOnce()
    {
        QFETCH(QLineF, line);
        RasterLayer layer;
        layer.reset(QSize(300, 200), 1.0, Qt::white);
        const std::vector<QLineF> lines{line};
        layer.drawLines({{&lines, QColor(200, 0, 0, 100)}});
        const QImage& image = layer.image();
        std::set<QRgb> colours;
        int pixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                if (c != qRgb(255, 255, 255)) {
                    colours.insert(c);
                    ++pixels;
                }
            }
        }
        QCOMPARE(int(colours.size()), 1);
        const int expected = int(std::max(std::abs(std::lround(line.x2()) - std::lround(line.x1())),
                                          std::abs(std::lround(line.y2()) - std::lround(line.y1())))) + 1;
        QVERIFY2(std::abs(pixels - expected) <= 1, qPrintable(QStringLiteral("%1 pixels, %2 expected").arg(pixels).arg(expected)));
    }

    // Lines stacked on the same pixels blend as if drawn one after the other.
    void rasterLinesStackLikeRepeatedBlending()
    {
        RasterLayer layer;
        layer.reset(QSize(64, 64), 1.0, Qt::white);
        const std::vector<QLineF> lines(3, QLineF(0, 10, 63, 10));
        const QColor colour(0, 0, 200, 100);
        layer.drawLines({{&lines, colour}});
        QImage reference(64, 64, QImage::Format_ARGB32_Premultiplied);
        reference.fill(Qt::white);
        {
            QPainter p(&reference);
            for (int i = 0; i < 3; ++i)
                p.fillRect(QRect(0, 10, 64, 1), colour);
        }
        const QColor got = layer.image().pixelColor(30, 10);
        const QColor want = reference.pixelColor(30, 10);
        QVERIFY2(std::abs(got.red() - want.red()) <= 2 && std::abs(got.green() - want.green()) <= 2 &&
                     std::abs(got.blue() - want.blue()) <= 2,
                 qPrintable(got.name() + QLatin1String(" vs ") + want.name()));
        QCOMPARE(layer.image().pixelColor(30, 20), QColor(Qt::white));
    }

    // Crowded layouts draw smaller nodes, spread ones keep their size; picking and painting
    // share the factor through ViewTransform.
    void crowdedLayoutsDrawSmallerNodes()
    {
        const auto corpus = bench::syntheticCorpus(2000);
        const ViewGraph view = buildViewGraph(*corpus, {});
        const auto spread = viewPositions(view, bench::syntheticPositions(*corpus));
        QCOMPARE(crowdingScale(view, spread), 1.0);
        // The same layout squeezed 40 times: the nodes would cover it several times over.
        std::vector<QPointF> squeezed;
        for (const QPointF& p : spread)
            squeezed.push_back(p / 40.0);
        const double f = crowdingScale(view, squeezed);
        QVERIFY(f < 0.2 && f > 0);
        double cover = 0;
        for (const ViewNode& n : view.nodes)
            cover += M_PI * n.radius * f * n.radius * f;
        const QRectF box = sceneBounds(view, squeezed);
        QVERIFY(cover <= 0.25 * box.width() * box.height());
        ViewTransform t;
        t.scale = 2.0;
        const ViewNode& state = view.nodes[std::size_t(view.viewIndex(*corpus->find(QStringLiteral("state:s0"))))];
        const double full = deviceRadius(state, t);
        t.nodeScale = 0.5;
        QCOMPARE(deviceRadius(state, t), std::max(1.6, full * 0.5));
        // A single point (a layout before its first step) still gives a usable factor.
        const std::vector<QPointF> onePoint(view.nodes.size(), QPointF(5, 5));
        QVERIFY(crowdingScale(view, onePoint) > 0);
    }

    // Big batches count coverage per pixel and blend once; the picture matches drawing the
    // same lines one call at a time (each blended pixel by pixel), to rounding.
    void countedLinesMatchLineByLine()
    {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> x(-20, 320), y(-20, 220);
        std::vector<QLineF> thin, thick;
        for (int i = 0; i < 40000; ++i)
            (i % 3 ? thin : thick).push_back(QLineF(x(rng), y(rng), x(rng), y(rng)) );
        const QColor a(200, 60, 0, 40), b(0, 60, 200, 25);
        RasterLayer counted;
        counted.reset(QSize(300, 200), 1.0, Qt::white);
        counted.drawLines({{&thin, a}, {&thick, b}});
        RasterLayer single;
        single.reset(QSize(300, 200), 1.0, Qt::white);
        std::vector<QLineF> one(1);
        for (const auto& [lines, colour] : {std::pair{&thin, a}, std::pair{&thick, b}}) {
            for (const QLineF& l : *lines) {
                one[0] = l;
                single.drawLines({{&one, colour}});
            }
        }
        int worst = 0;
        for (int py = 0; py < 200; ++py) {
            for (int px = 0; px < 300; ++px) {
                const QRgb c = counted.image().pixel(px, py), s = single.image().pixel(px, py);
                worst = std::max({worst, std::abs(qRed(c) - qRed(s)), std::abs(qGreen(c) - qGreen(s)),
                                  std::abs(qBlue(c) - qBlue(s))});
            }
        }
        // Repeated 8-bit blending rounds at every step; the counted form rounds once.
        QVERIFY2(worst <= 8, qPrintable(QString::number(worst)));
        QVERIFY(counted.image().pixel(150, 100) != qRgb(255, 255, 255));
    }

    void drawingIsDeterministic()
    {
        const auto corpus = bench::syntheticCorpus(800);
        const ViewGraph view = buildViewGraph(*corpus, {});
        const auto pos = viewPositions(view, bench::syntheticPositions(*corpus));
        ExportOptions o;
        o.size = QSize(640, 480);
        QCOMPARE(renderPng(view, pos, o), renderPng(view, pos, o));
        QCOMPARE(renderSvg(view, pos, o), renderSvg(view, pos, o));
    }

    // The painter spells no colour itself: a style passed in the options recolours the
    // nodes on raster and vector devices alike, and the standard style is the default.
    void styleDecidesColours()
    {
        const auto corpus = test::handBuiltCorpus();
        const ViewGraph view = buildViewGraph(*corpus, {});
        std::vector<QPointF> pos;
        for (std::size_t i = 0; i < view.nodes.size(); ++i)
            pos.emplace_back(120.0 * double(i % 4), 120.0 * double(i / 4));
        PaintOptions o;
        o.viewport = QRectF(0, 0, 600, 500);
        o.transform = fitTransform(sceneBounds(view, pos), o.viewport);
        o.labels = false;
        o.legend = false;
        const int russia = view.viewIndex(*corpus->find(QStringLiteral("state:russia")));
        const QPoint at = o.transform.map(pos[std::size_t(russia)]).toPoint();
        const Frame standard = paint(view, pos, o);
        QCOMPARE(standard.image.pixelColor(at), PaintStyle::standard().stateFill);
        PaintStyle green = PaintStyle::standard();
        green.stateFill = QColor(0, 200, 0);
        o.style = &green;
        const Frame styled = paint(view, pos, o);
        QCOMPARE(styled.image.pixelColor(at), QColor(0, 200, 0));

        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        {
            QSvgGenerator gen;
            gen.setOutputDevice(&svg);
            gen.setSize(QSize(600, 500));
            QPainter p(&gen);
            o.vector = true;
            paintGraph(p, view, pos, o);
        }
        QVERIFY(svg.data().contains("#00c800"));
    }

    void hoverDimsAllButTheNeighbourhood()
    {
        const auto corpus = test::handBuiltCorpus();
        const ViewGraph view = buildViewGraph(*corpus, {});
        std::vector<QPointF> pos;
        for (std::size_t i = 0; i < view.nodes.size(); ++i)
            pos.emplace_back(120.0 * double(i % 4), 120.0 * double(i / 4));
        QImage plain(600, 500, QImage::Format_ARGB32_Premultiplied);
        QImage hovered = plain;
        PaintOptions o;
        o.viewport = QRectF(0, 0, 600, 500);
        o.transform = fitTransform(sceneBounds(view, pos), o.viewport);
        o.labels = false;
        o.legend = false;
        {
            QPainter p(&plain);
            paintGraph(p, view, pos, o);
        }
        const int ukraine = view.viewIndex(*corpus->find(QStringLiteral("state:ukraine")));
        const int lavrov = view.viewIndex(*corpus->find(QStringLiteral("person:sergei-lavrov")));
        o.hovered = lavrov;
        {
            QPainter p(&hovered);
            paintGraph(p, view, pos, o);
        }
        // Ukraine is no neighbour of Lavrov: dimmed (paler); Russia is: unchanged fill.
        const QPoint u = o.transform.map(pos[std::size_t(ukraine)]).toPoint();
        QVERIFY(hovered.pixelColor(u).saturation() < plain.pixelColor(u).saturation());
        const int russia = view.viewIndex(*corpus->find(QStringLiteral("state:russia")));
        const QPoint r = o.transform.map(pos[std::size_t(russia)]).toPoint();
        QCOMPARE(hovered.pixelColor(r), plain.pixelColor(r));
    }

    void svgIsVectorWithTextLabels()
    {
        const auto corpus = test::handBuiltCorpus();
        const ViewGraph view = buildViewGraph(*corpus, {});
        std::vector<QPointF> pos;
        for (std::size_t i = 0; i < view.nodes.size(); ++i)
            pos.emplace_back(150.0 * double(i % 4), 110.0 * double(i / 4));
        ExportOptions o;
        o.size = QSize(900, 600);
        const QByteArray svg = renderSvg(view, pos, o);
        QXmlStreamReader xml(svg);
        QStringList texts;
        QString viewBox;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            QVERIFY(xml.name() != QLatin1String("image"));
            if (xml.name() == QLatin1String("svg"))
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            if (xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(viewBox, QStringLiteral("0 0 900 600"));
        // Every node of this small graph gets its label.
        for (const ViewNode& n : view.nodes)
            QVERIFY2(texts.contains(n.label), qPrintable(n.label));
    }

    void pngIsHiDpiSharp()
    {
        const auto corpus = test::handBuiltCorpus();
        const ViewGraph view = buildViewGraph(*corpus, {});
        std::vector<QPointF> pos(view.nodes.size());
        for (std::size_t i = 0; i < pos.size(); ++i)
            pos[i] = QPointF(100.0 * double(i), 40.0 * double(i % 3));
        ExportOptions o;
        o.size = QSize(400, 300);
        o.scale = 3.0;
        QImage image = QImage::fromData(renderPng(view, pos, o), "PNG");
        QCOMPARE(image.size(), QSize(1200, 900));
        o.transparent = true;
        image = QImage::fromData(renderPng(view, pos, o), "PNG");
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1).alpha(), 0);
    }
};

QTEST_MAIN(TestGraphPainter)
#include "tst_graphpainter.moc"
