// SPDX-License-Identifier: GPL-3.0-or-later
// The shared painter and the view model: level-of-detail labels never overlap, culling,
// determinism, projections, and the export formats.
#include "guifixture.h"

#include "../bench/guisynthetic.h"

#include "render/graphpainter.h"
#include "render/imageexport.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QXmlStreamReader>

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
