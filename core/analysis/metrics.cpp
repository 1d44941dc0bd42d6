// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/metrics.h"

#include "io/csv.h"
#include "io/exportcommon.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace parley {

std::optional<NodeMetrics> computeMetrics(const ProjectedGraph& projected,
                                          const MetricsOptions& options,
                                          const std::stop_token& stop)
{
    const Adjacency adjacency = buildAdjacency(projected);
    NodeMetrics m;
    m.degree = degrees(adjacency);
    m.meetings = meetingCounts(projected);
    Betweenness b = betweenness(adjacency, options.betweenness, stop);
    if (b.cancelled)
        return std::nullopt;
    m.betweenness = std::move(b.values);
    m.sampling = b.sampling;
    Communities c = louvain(adjacency, options.communitySeed, stop);
    if (c.cancelled)
        return std::nullopt;
    m.community = std::move(c.community);
    m.communityCount = c.count;
    m.modularity = c.modularity;
    return m;
}

std::optional<MetricsFormat> metricsFormatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return MetricsFormat::Csv;
    if (name.compare(u"graphml", Qt::CaseInsensitive) == 0)
        return MetricsFormat::GraphML;
    if (name.compare(u"gexf", Qt::CaseInsensitive) == 0)
        return MetricsFormat::Gexf;
    return std::nullopt;
}

namespace {

struct Column
{
    const char* name;
    const char* graphmlType;
    const char* gexfType;
};

// The measure columns after id, name and kind, in output order.
constexpr Column measureColumns[] = {{"degree", "int", "integer"},
                                     {"weighted_degree", "int", "integer"},
                                     {"betweenness", "double", "double"},
                                     {"community", "int", "integer"}};

QStringList measures(const NodeMetrics& m, std::size_t i)
{
    return {QString::number(m.degree[i]), QString::number(m.meetings[i]),
            QString::number(m.betweenness[i], 'g', 12), QString::number(m.community[i])};
}

QByteArray csvBytes(const CorpusGraph& graph, const ProjectedGraph& p, const NodeMetrics& m)
{
    QByteArray out = "id,name,kind";
    for (const Column& c : measureColumns)
        out += ',' + QByteArray(c.name);
    out += '\n';
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        const NodeData& d = graph.node(p.nodes[i]);
        out += csvTextCell(d.id) + ',' + csvTextCell(d.name) + ',' + toString(d.kind).toUtf8();
        for (const QString& v : measures(m, i))
            out += ',' + v.toUtf8();
        out += '\n';
    }
    return out;
}

// GraphML and GEXF differ only in element names: one walk writes both.
QByteArray xmlBytes(const CorpusGraph& graph, const ProjectedGraph& p, const NodeMetrics& m,
                    bool gexf)
{
    using exportcommon::xmlSafe;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QStringList textKeys{QStringLiteral("name"), QStringLiteral("kind")};
    QStringList keys = textKeys;
    for (const Column& c : measureColumns)
        keys.append(QLatin1String(c.name));
    if (gexf) {
        xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
        xml.writeStartElement(QStringLiteral("gexf"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        xml.writeStartElement(QStringLiteral("graph"));
        xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
        for (int k = 0; k < keys.size(); ++k) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QString::number(k));
            xml.writeAttribute(QStringLiteral("title"), keys[k]);
            xml.writeAttribute(QStringLiteral("type"),
                               k < 2 ? QStringLiteral("string")
                                     : QLatin1String(measureColumns[k - 2].gexfType));
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("nodes"));
    } else {
        xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        xml.writeStartElement(QStringLiteral("graphml"));
        for (int k = 0; k < keys.size(); ++k) {
            xml.writeEmptyElement(QStringLiteral("key"));
            xml.writeAttribute(QStringLiteral("id"), keys[k]);
            xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
            xml.writeAttribute(QStringLiteral("attr.name"), keys[k]);
            xml.writeAttribute(QStringLiteral("attr.type"),
                               k < 2 ? QStringLiteral("string")
                                     : QLatin1String(measureColumns[k - 2].graphmlType));
        }
        for (const char* key : {"kind", "weight"}) {
            xml.writeEmptyElement(QStringLiteral("key"));
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e_") + QLatin1String(key));
            xml.writeAttribute(QStringLiteral("for"), QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key));
            xml.writeAttribute(QStringLiteral("attr.type"),
                               key[0] == 'k' ? QStringLiteral("string") : QStringLiteral("int"));
        }
        xml.writeStartElement(QStringLiteral("graph"));
        xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    }
    const auto data = [&](const QString& key, const QString& value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        const NodeData& d = graph.node(p.nodes[i]);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(d.id));
        if (gexf) {
            xml.writeAttribute(QStringLiteral("label"), xmlSafe(d.name));
            xml.writeStartElement(QStringLiteral("attvalues"));
        }
        const QStringList values = QStringList{xmlSafe(d.name), toString(d.kind)} + measures(m, i);
        for (int k = 0; k < keys.size(); ++k) {
            if (gexf) {
                xml.writeEmptyElement(QStringLiteral("attvalue"));
                xml.writeAttribute(QStringLiteral("for"), QString::number(k));
                xml.writeAttribute(QStringLiteral("value"), values[k]);
            } else {
                data(keys[k], values[k]);
            }
        }
        if (gexf)
            xml.writeEndElement();
        xml.writeEndElement();
    }
    if (gexf) {
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("edges"));
    }
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const ProjectedEdge& e = p.edges[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"),
                           xmlSafe(graph.node(p.nodes[std::size_t(e.a)]).id));
        xml.writeAttribute(QStringLiteral("target"),
                           xmlSafe(graph.node(p.nodes[std::size_t(e.b)]).id));
        if (gexf) {
            xml.writeAttribute(QStringLiteral("label"), edgeKindName(e.kind));
            xml.writeAttribute(QStringLiteral("weight"), QString::number(e.weight));
        } else {
            data(QStringLiteral("e_kind"), edgeKindName(e.kind));
            data(QStringLiteral("e_weight"), QString::number(e.weight));
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray metricsBytes(const CorpusGraph& graph, const ProjectedGraph& projected,
                        const NodeMetrics& metrics, MetricsFormat format)
{
    switch (format) {
    case MetricsFormat::Csv:
        return csvBytes(graph, projected, metrics);
    case MetricsFormat::GraphML:
        return xmlBytes(graph, projected, metrics, false);
    case MetricsFormat::Gexf:
        return xmlBytes(graph, projected, metrics, true);
    }
    return {};
}

} // namespace parley
