// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/playexport.h"

#include "io/savefile.h"
#include "layout/forcelayout.h"
#include "render/paintstyle.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace parley {

namespace {

// Room between the pictures' edge and the graph, as in a still export.
constexpr double kMargin = 32.0;

ViewFilter undatedFilter(const ViewFilter& filter)
{
    ViewFilter all = filter;
    all.dates = DateRange{};
    return all;
}

std::vector<QPointF> viewPositions(const ViewGraph& view, const QHash<NodeId, QPointF>& positions)
{
    std::vector<QPointF> out;
    out.reserve(view.nodes.size());
    for (const ViewNode& node : view.nodes)
        out.push_back(positions.value(node.node));
    return out;
}

// Everything the frames share: the union of all windows' views (what is ever shown), its
// positions and the one transform they are drawn under.
struct Sequence
{
    ViewGraph all;
    std::vector<QPointF> allPositions;
    std::vector<ViewGraph> frames;
    ViewTransform transform;
};

Sequence prepare(const CorpusGraph& graph, const ViewFilter& filter, const std::vector<DateRange>& windows,
                 const QHash<NodeId, QPointF>& positions, const PlayExportOptions& o)
{
    Sequence s;
    s.all = buildViewGraph(graph, undatedFilter(filter));
    s.allPositions = viewPositions(s.all, positions);
    for (const DateRange& window : windows) {
        ViewFilter f = filter;
        f.dates = window;
        s.frames.push_back(buildViewGraph(graph, f));
    }
    const QRectF viewport(QPointF(0, 0), QSizeF(o.size));
    s.transform = fitTransform(sceneBounds(s.all, s.allPositions), viewport, kMargin);
    s.transform.nodeScale = crowdingScale(s.all, s.allPositions);
    return s;
}

QFont captionFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(15);
    font.setBold(true);
    return font;
}

void paintCaption(QPainter& p, const QRectF& viewport, const QString& caption)
{
    const QFont font = captionFont();
    const QFontMetricsF fm(font);
    const QRectF box(viewport.right() - fm.horizontalAdvance(caption) - 28, viewport.top() + 8,
                     fm.horizontalAdvance(caption) + 20, fm.height() + 10);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(PaintStyle::standard().legendFrame, 1));
    p.setBrush(PaintStyle::standard().legendBox);
    p.drawRoundedRect(box, 5, 5);
    p.setFont(font);
    p.setPen(PaintStyle::standard().legendText);
    p.drawText(box, Qt::AlignCenter, caption);
    p.restore();
}

// Key of an edge across views: the corpus nodes at its ends (in order) and its kind.
using EdgeKey = std::tuple<NodeId, NodeId, int>;

EdgeKey edgeKey(const ViewGraph& view, const ViewEdge& e)
{
    NodeId a = view.nodes[std::size_t(e.a)].node;
    NodeId b = view.nodes[std::size_t(e.b)].node;
    if (a > b)
        std::swap(a, b);
    return {a, b, int(e.kind)};
}

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

// Points of a node's shape as the painter draws it (hexagon, circle, diamond).
QString shapePoints(NodeKind kind, QPointF c, double r)
{
    QStringList pts;
    if (kind == NodeKind::State) {
        for (int k = 0; k < 6; ++k) {
            const double a = M_PI / 3.0 * k + M_PI / 6.0;
            pts << number(c.x() + r * std::cos(a)) + QLatin1Char(',') + number(c.y() + r * std::sin(a));
        }
    } else {
        const QPointF d[] = {{0, -r}, {r, 0}, {0, r}, {-r, 0}};
        for (const QPointF& p : d)
            pts << number(c.x() + p.x()) + QLatin1Char(',') + number(c.y() + p.y());
    }
    return pts.join(QLatin1Char(' '));
}

// One discrete SMIL animation of `visibility`: value i holds during window i; the whole
// loops. Nothing is written for an element present in every window.
void writeVisibility(QXmlStreamWriter& xml, const std::vector<char>& shown, const QString& keyTimes,
                     const QString& duration)
{
    if (std::all_of(shown.begin(), shown.end(), [](char c) { return c != 0; }))
        return;
    QStringList values;
    for (const char c : shown)
        values << (c ? QStringLiteral("visible") : QStringLiteral("hidden"));
    xml.writeStartElement(QStringLiteral("animate"));
    xml.writeAttribute(QStringLiteral("attributeName"), QStringLiteral("visibility"));
    xml.writeAttribute(QStringLiteral("calcMode"), QStringLiteral("discrete"));
    xml.writeAttribute(QStringLiteral("values"), values.join(QLatin1Char(';')));
    xml.writeAttribute(QStringLiteral("keyTimes"), keyTimes);
    xml.writeAttribute(QStringLiteral("dur"), duration);
    xml.writeAttribute(QStringLiteral("repeatCount"), QStringLiteral("indefinite"));
    xml.writeEndElement();
}

void startShown(QXmlStreamWriter& xml, const QString& element, const std::vector<char>& shown)
{
    xml.writeStartElement(element);
    // Before the animation starts (and in viewers without SMIL) the first window shows.
    if (!shown.empty() && !shown.front())
        xml.writeAttribute(QStringLiteral("visibility"), QStringLiteral("hidden"));
}

} // namespace

QHash<NodeId, QPointF> playPositions(const CorpusGraph& graph, const ViewFilter& filter,
                                     const QHash<NodeId, QPointF>& known, std::uint64_t seed)
{
    const ViewGraph all = buildViewGraph(graph, undatedFilter(filter));
    QHash<NodeId, QPointF> out;
    bool complete = true;
    for (const ViewNode& node : all.nodes)
        complete = complete && known.contains(node.node);
    if (complete) {
        for (const ViewNode& node : all.nodes)
            out.insert(node.node, known.value(node.node));
        return out;
    }
    LayoutOptions options;
    options.seed = seed;
    ForceLayout layout(all.layoutGraph(), options);
    for (std::size_t i = 0; i < all.nodes.size(); ++i) {
        const auto it = known.constFind(all.nodes[i].node);
        if (it == known.cend())
            continue;
        layout.setPosition(int(i), *it);
        layout.setPinned(int(i), true);
    }
    layout.run();
    const std::vector<QPointF>& placed = layout.positions();
    for (std::size_t i = 0; i < all.nodes.size(); ++i)
        out.insert(all.nodes[i].node, placed[i]);
    return out;
}

QString windowCaption(const DateRange& range)
{
    const QLocale c = QLocale::c();
    const QString format = QStringLiteral("d MMM yyyy");
    if (!range.from.isValid() && !range.to.isValid())
        return QStringLiteral("All dates");
    if (range.from == range.to)
        return c.toString(range.from, format);
    return c.toString(range.from, format) + QStringLiteral(" – ") + c.toString(range.to, format);
}

Result<PlayExport> exportPlayFrames(const QString& directory, const CorpusGraph& graph,
                                    const ViewFilter& filter, const std::vector<DateRange>& windows,
                                    const QHash<NodeId, QPointF>& positions,
                                    const PlayExportOptions& o)
{
    if (windows.empty())
        return Error{directory, QStringLiteral("no dated meetings: nothing to play")};
    if (o.size.isEmpty())
        return Error{directory, QStringLiteral("empty image size")};
    if (!QDir().mkpath(directory))
        return Error{directory, QStringLiteral("cannot create the folder")};
    const Sequence s = prepare(graph, filter, windows, positions, o);
    PlayExport result;
    result.transform = s.transform;
    const double scale = std::clamp(o.scale, 0.25, 8.0);
    const QDir dir(directory);
    for (std::size_t k = 0; k < windows.size(); ++k) {
        const ViewGraph& view = s.frames[k];
        QImage image(QSize(int(o.size.width() * scale), int(o.size.height() * scale)),
                     QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return Error{directory, QStringLiteral("could not render the frames (too large?)")};
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            PaintOptions paint;
            paint.viewport = QRectF(QPointF(0, 0), QSizeF(o.size));
            paint.transform = s.transform;
            paint.labels = o.labels;
            paint.legend = o.legend;
            paint.maxLabels = 800;
            paint.alwaysLabelTop = 40;
            paintGraph(p, view, viewPositions(view, positions), paint);
            paintCaption(p, paint.viewport, windowCaption(windows[k]));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QString path = dir.filePath(QStringLiteral("frame-%1.png").arg(k + 1, 4, 10, QLatin1Char('0')));
        if (!image.save(&buffer, "PNG"))
            return Error{path, QStringLiteral("could not encode the frame")};
        const Status saved = saveFile(path, bytes);
        if (!saved)
            return saved.error;
        result.files << path;
        ++result.frames;
    }
    return result;
}

Result<PlayExport> exportPlaySvg(const QString& path, const CorpusGraph& graph,
                                 const ViewFilter& filter, const std::vector<DateRange>& windows,
                                 const QHash<NodeId, QPointF>& positions, const PlayExportOptions& o)
{
    if (windows.empty())
        return Error{path, QStringLiteral("no dated meetings: nothing to play")};
    if (o.size.isEmpty())
        return Error{path, QStringLiteral("empty image size")};
    const Sequence s = prepare(graph, filter, windows, positions, o);
    const PaintStyle& style = PaintStyle::standard();
    const std::size_t steps = windows.size();

    // Which window shows each node and edge of the union.
    std::vector<std::vector<char>> nodeShown(s.all.nodes.size(), std::vector<char>(steps, 0));
    std::map<EdgeKey, std::vector<char>> edgeShown;
    for (std::size_t k = 0; k < steps; ++k) {
        const ViewGraph& view = s.frames[k];
        for (const ViewNode& node : view.nodes) {
            const int i = s.all.viewIndex(node.node);
            if (i >= 0)
                nodeShown[std::size_t(i)][k] = 1;
        }
        for (const ViewEdge& e : view.edges) {
            auto& shown = edgeShown[edgeKey(view, e)];
            shown.resize(steps, 0);
            shown[k] = 1;
        }
    }
    QStringList times;
    for (std::size_t k = 0; k < steps; ++k)
        times << QString::number(double(k) / double(steps), 'f', 4);
    const QString keyTimes = times.join(QLatin1Char(';'));
    const QString duration = QString::number(double(steps) * std::max(50, o.stepMs) / 1000.0, 'f', 2) +
                             QLatin1Char('s');

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(o.size.width()));
    xml.writeAttribute(QStringLiteral("height"), QString::number(o.size.height()));
    xml.writeAttribute(QStringLiteral("viewBox"),
                       QStringLiteral("0 0 %1 %2").arg(o.size.width()).arg(o.size.height()));
    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Parley: meetings over time"));
    xml.writeTextElement(QStringLiteral("desc"),
                         QStringLiteral("%1 steps of %2 s from %3").arg(steps).arg(o.stepMs / 1000.0).arg(windowCaption(windows.front())));
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("width"), QStringLiteral("100%"));
    xml.writeAttribute(QStringLiteral("height"), QStringLiteral("100%"));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));

    const ViewTransform& t = s.transform;
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("edges"));
    xml.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("butt"));
    for (std::size_t k = 0; k < s.all.edges.size(); ++k) {
        const ViewEdge& e = s.all.edges[k];
        const auto found = edgeShown.find(edgeKey(s.all, e));
        if (found == edgeShown.end())
            continue; // an edge no window has (a projected pair whose meetings are undated)
        const QPointF a = t.map(s.allPositions[std::size_t(e.a)]);
        const QPointF b = t.map(s.allPositions[std::size_t(e.b)]);
        startShown(xml, QStringLiteral("line"), found->second);
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(k));
        xml.writeAttribute(QStringLiteral("x1"), number(a.x()));
        xml.writeAttribute(QStringLiteral("y1"), number(a.y()));
        xml.writeAttribute(QStringLiteral("x2"), number(b.x()));
        xml.writeAttribute(QStringLiteral("y2"), number(b.y()));
        const QPen pen = style.edgePen(e.kind, edgePixelWidth(e), 170, false);
        xml.writeAttribute(QStringLiteral("stroke"), pen.color().name());
        xml.writeAttribute(QStringLiteral("stroke-opacity"), number(pen.color().alphaF()));
        xml.writeAttribute(QStringLiteral("stroke-width"), number(pen.widthF()));
        writeVisibility(xml, found->second, keyTimes, duration);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("stroke"), style.nodeOutline.name());
    // Meetings under officials under states, as on screen.
    for (NodeKind kind : {NodeKind::Meeting, NodeKind::Official, NodeKind::State}) {
        for (std::size_t i = 0; i < s.all.nodes.size(); ++i) {
            const ViewNode& node = s.all.nodes[i];
            if (node.kind != kind || std::none_of(nodeShown[i].begin(), nodeShown[i].end(), [](char c) { return c != 0; }))
                continue;
            const QPointF c = t.map(s.allPositions[i]);
            const double r = deviceRadius(node, t);
            const bool circle = kind == NodeKind::Official;
            startShown(xml, circle ? QStringLiteral("circle") : QStringLiteral("polygon"), nodeShown[i]);
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(node.node));
            if (circle) {
                xml.writeAttribute(QStringLiteral("cx"), number(c.x()));
                xml.writeAttribute(QStringLiteral("cy"), number(c.y()));
                xml.writeAttribute(QStringLiteral("r"), number(r));
            } else {
                xml.writeAttribute(QStringLiteral("points"), shapePoints(kind, c, r));
            }
            xml.writeAttribute(QStringLiteral("fill"), style.nodeFill(kind).name());
            xml.writeAttribute(QStringLiteral("stroke-width"), number(style.nodePen(r, false).widthF()));
            xml.writeTextElement(QStringLiteral("title"), node.label);
            writeVisibility(xml, nodeShown[i], keyTimes, duration);
            xml.writeEndElement();
        }
    }
    xml.writeEndElement();

    if (o.labels) {
        // States are few and the anchors of the map: they carry their name; officials and
        // meetings show theirs as a tooltip (the <title> above).
        const QFont font = style.labelFont(NodeKind::State);
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("labels"));
        xml.writeAttribute(QStringLiteral("font-family"), font.family());
        xml.writeAttribute(QStringLiteral("font-size"), QString::number(font.pixelSize()));
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeAttribute(QStringLiteral("fill"), style.labelText.name());
        for (std::size_t i = 0; i < s.all.nodes.size(); ++i) {
            const ViewNode& node = s.all.nodes[i];
            if (node.kind != NodeKind::State || std::none_of(nodeShown[i].begin(), nodeShown[i].end(), [](char c) { return c != 0; }))
                continue;
            const QPointF c = t.map(s.allPositions[i]);
            startShown(xml, QStringLiteral("text"), nodeShown[i]);
            xml.writeAttribute(QStringLiteral("x"), number(c.x() + deviceRadius(node, t) + 4));
            xml.writeAttribute(QStringLiteral("y"), number(c.y() + 4));
            writeVisibility(xml, nodeShown[i], keyTimes, duration);
            xml.writeCharacters(node.label);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    // One caption per window, each visible during its window only.
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("captions"));
    xml.writeAttribute(QStringLiteral("font-family"), captionFont().family());
    xml.writeAttribute(QStringLiteral("font-size"), QString::number(captionFont().pixelSize()));
    xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("end"));
    xml.writeAttribute(QStringLiteral("fill"), style.legendText.name());
    for (std::size_t k = 0; k < steps; ++k) {
        std::vector<char> shown(steps, 0);
        shown[k] = 1;
        startShown(xml, QStringLiteral("text"), shown);
        xml.writeAttribute(QStringLiteral("x"), QString::number(o.size.width() - 16));
        xml.writeAttribute(QStringLiteral("y"), QStringLiteral("28"));
        writeVisibility(xml, shown, keyTimes, duration);
        xml.writeCharacters(windowCaption(windows[k]));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // svg
    xml.writeEndDocument();

    const Status saved = saveFile(path, bytes);
    if (!saved)
        return saved.error;
    PlayExport result;
    result.frames = int(steps);
    result.transform = t;
    result.files << path;
    return result;
}

} // namespace parley
