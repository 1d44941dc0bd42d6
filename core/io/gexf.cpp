// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gexf.h"
#include "graph/datespan.h"

#include "io/exportcommon.h"
#include "io/jsonparts.h"
#include "io/jsonwriter.h"

#include <QBuffer>

#include <QDate>
#include <QXmlStreamWriter>

namespace parley {

namespace {

const QString gexfNs = QStringLiteral("http://gexf.net/1.3");
const QString vizNs = QStringLiteral("http://gexf.net/1.3/viz");
const QString parleyNs = QStringLiteral("https://parley.invalid/ns/gexf");

struct Attribute
{
    const char* title;
    const char* type;
};

// Attribute ids are their index; titles are what Gephi shows in the data laboratory.
constexpr Attribute nodeAttributes[] = {
    {"kind", "string"},   {"name", "string"},  {"aliases", "string"},
    {"title", "string"},  {"state", "string"}, {"organization", "string"},
    {"place", "string"},  {"when", "string"},  {"date", "string"},
    {"mode", "string"},   {"status", "string"}, {"sentences", "integer"},
    {"provenance", "string"}};
constexpr Attribute edgeAttributes[] = {
    {"kind", "string"}, {"sentences", "integer"}, {"provenance", "string"}};

void writeAttributes(QXmlStreamWriter& xml, const char* cls, const Attribute* begin,
                     const Attribute* end)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    for (const Attribute* a = begin; a != end; ++a) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(a - begin));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(a->title));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(a->type));
    }
    xml.writeEndElement();
}

void writeValue(QXmlStreamWriter& xml, int index, const QString& value)
{
    if (value.isEmpty())
        return;
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), QString::number(index));
    xml.writeAttribute(QStringLiteral("value"), exportcommon::xmlSafe(value));
}

// The days a meeting can have happened on, as ISO days Gephi's timeline can use: one day,
// or all of the month or year the text dates it to (xsd:date has no month of its own).
// Empty for other nodes and undated meetings.
std::pair<QString, QString> timelineDate(const NodeData& node)
{
    const DateSpan date = node.kind == NodeKind::Meeting ? DateSpan::parse(node.date) : DateSpan();
    if (!date.isValid())
        return {};
    return {date.first.toString(Qt::ISODate), date.last.toString(Qt::ISODate)};
}

// "#rrggbb" -> components; anything else is grey (core has no QColor: QtGui is off limits).
std::tuple<int, int, int> rgb(const QString& color)
{
    bool ok = color.size() == 7 && color.startsWith(QLatin1Char('#'));
    const uint value = ok ? QStringView(color).mid(1).toUInt(&ok, 16) : 0;
    if (!ok)
        return {0x9c, 0x9c, 0x9c};
    return {int((value >> 16) & 0xFF), int((value >> 8) & 0xFF), int(value & 0xFF)};
}

// First and last dated meeting of each state and official (attended, involved, or through an
// attending official's state), so Gephi's timeline shows them while they meet and not as
// permanent fixtures among meetings that come and go.
std::vector<std::pair<QString, QString>> entitySpans(const Graph& g)
{
    std::vector<std::pair<QString, QString>> spans(boost::num_vertices(g));
    const auto widen = [&](std::size_t v, const std::pair<QString, QString>& date) {
        auto& [first, last] = spans[v];
        if (first.isEmpty() || date.first < first)
            first = date.first;
        if (last.isEmpty() || date.second > last)
            last = date.second;
    };
    for (std::size_t m = 0; m < boost::num_vertices(g); ++m) {
        const std::pair<QString, QString> date = timelineDate(g[m]);
        if (date.first.isEmpty())
            continue;
        widen(m, date);
        for (auto [it, end] = boost::out_edges(m, g); it != end; ++it)
            widen(boost::target(*it, g), date);
        for (auto [it, end] = boost::in_edges(m, g); it != end; ++it)
            widen(boost::source(*it, g), date);
    }
    return spans;
}

} // namespace

Result<QByteArray> gexfBytes(const CorpusGraph& corpus, const GraphExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status s = writeGexf(corpus, buffer, options);
    if (!s.ok())
        return s.error;
    buffer.close();
    return bytes;
}

Status writeGexf(const CorpusGraph& corpus, QIODevice& device, const GraphExportOptions& options)
{
    using namespace exportcommon;
    const Graph& g = corpus.graph();
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(gexfNs);
    xml.writeNamespace(vizNs, QStringLiteral("viz"));
    xml.writeNamespace(parleyNs, QStringLiteral("parley"));
    xml.writeStartElement(gexfNs, QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Parley " PARLEY_VERSION));
    xml.writeTextElement(QStringLiteral("description"),
                         QStringLiteral("States, officials and meetings read from %1 article(s)")
                             .arg(corpus.documents().size()));
    // Written one document at a time: all of them at once run to hundreds of megabytes for
    // a large corpus. The bytes are those of one writeTextElement() with documentsJson().
    xml.writeStartElement(parleyNs, QStringLiteral("documents"));
    {
        QByteArray json;
        JsonWriter w(json, false);
        w.beginArray();
        for (const Document& d : corpus.documents()) {
            jsonparts::writeDocument(w, d);
            w.flush();
            xml.writeCharacters(QString::fromUtf8(json));
            json.clear();
        }
        w.endArray();
        xml.writeCharacters(QString::fromUtf8(json));
    }
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    writeAttributes(xml, "node", std::begin(nodeAttributes), std::end(nodeAttributes));
    writeAttributes(xml, "edge", std::begin(edgeAttributes), std::end(edgeAttributes));

    xml.writeStartElement(QStringLiteral("nodes"));
    const std::vector<std::pair<QString, QString>> spans = entitySpans(g);
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const NodeData& n = g[v];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(n.id));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(labelFor(n)));
        if (!spans[v].first.isEmpty()) {
            xml.writeAttribute(QStringLiteral("start"), spans[v].first);
            xml.writeAttribute(QStringLiteral("end"), spans[v].second);
        }
        xml.writeStartElement(QStringLiteral("attvalues"));
        const QString values[] = {toString(n.kind), n.name, n.aliases.join(QStringLiteral("; ")),
                                  n.title, n.state, n.organization, n.place, n.when, n.date,
                                  n.mode, n.status, QString::number(sentenceCount(n.mentions)),
                                  QString::fromUtf8(nodeProvenance(n))};
        for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
            writeValue(xml, i, values[i]);
        xml.writeEndElement();

        const auto [r, gr, b] = rgb(colorFor(options, n));
        xml.writeEmptyElement(vizNs, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(r));
        xml.writeAttribute(QStringLiteral("g"), QString::number(gr));
        xml.writeAttribute(QStringLiteral("b"), QString::number(b));
        if (const std::optional<NodeVisual> visual = visualFor(options, n)) {
            xml.writeEmptyElement(vizNs, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(visual->x));
            xml.writeAttribute(QStringLiteral("y"), number(-visual->y));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        xml.writeEmptyElement(vizNs, QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"), number(sizeFor(options, n)));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    int edgeIndex = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const EdgeData& e = g[*it];
        const NodeData& from = g[boost::source(*it, g)];
        const NodeData& to = g[boost::target(*it, g)];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(edgeIndex++));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(from.id));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(to.id));
        xml.writeAttribute(QStringLiteral("label"), toString(e.kind));
        const int sentences = sentenceCount(e.evidence);
        xml.writeAttribute(QStringLiteral("weight"), QString::number(std::max(1, sentences)));
        // An edge to a dated meeting lives when the meeting does, or Gephi's timeline would
        // show dangling edges; an official's Serves edge lives while the official does.
        const std::pair<QString, QString> date =
            timelineDate(from).first.isEmpty() ? timelineDate(to) : timelineDate(from);
        const auto& span = spans[boost::source(*it, g)];
        if (!date.first.isEmpty()) {
            xml.writeAttribute(QStringLiteral("start"), date.first);
            xml.writeAttribute(QStringLiteral("end"), date.second);
        } else if (e.kind == EdgeKind::Serves && !span.first.isEmpty()) {
            xml.writeAttribute(QStringLiteral("start"), span.first);
            xml.writeAttribute(QStringLiteral("end"), span.second);
        }
        xml.writeStartElement(QStringLiteral("attvalues"));
        writeValue(xml, 0, toString(e.kind));
        writeValue(xml, 1, QString::number(sentences));
        writeValue(xml, 2, QString::fromUtf8(edgeProvenance(e)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (xml.hasError())
        return Status::failure({{}, device.errorString().isEmpty()
                                        ? QStringLiteral("GEXF could not be written")
                                        : device.errorString()});
    return Status::success();
}

} // namespace parley
