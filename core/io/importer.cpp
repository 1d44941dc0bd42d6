// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importer.h"

#include "io/exportcommon.h"
#include "io/jsonparts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include <memory>

namespace parley {

namespace {

using exportcommon::edgeKindFromString;
using exportcommon::nodeKindFromString;

// What either XML dialect yields before the graph is assembled.
struct RawNode
{
    QString xmlId;
    QHash<QString, QString> values; ///< attribute title -> value
    std::optional<double> x, y;
    QString color;
    std::optional<double> size;
    int line = 0;
};

struct RawEdge
{
    QString source, target;
    QHash<QString, QString> values;
    int line = 0;
};

struct RawGraph
{
    std::vector<RawNode> nodes;
    std::vector<RawEdge> edges;
    QString documents; ///< JSON array, may be empty
};

// Guards shared by both readers. QXmlStreamReader never fetches external entities; what is
// left to refuse is internal entity expansion (the "billion laughs") and oversized values.
class SafeReader
{
public:
    SafeReader(const QByteArray& data, const QString& where) : m_xml(data), m_where(where)
    {
        m_xml.setNamespaceProcessing(true);
    }

    /// Next start element or end of document; false on error (see error()).
    bool next()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty() ||
                    m_xml.text().contains(QLatin1String("<!ENTITY"))) {
                    fail(QStringLiteral("the file declares XML entities (DOCTYPE); refused, "
                                        "since entity expansion can exhaust memory"));
                    return false;
                }
                continue;
            }
            if (t == QXmlStreamReader::EntityReference) {
                fail(QStringLiteral("undeclared entity reference '&%1;'")
                         .arg(m_xml.name().toString()));
                return false;
            }
            if (t == QXmlStreamReader::StartElement) {
                for (const QXmlStreamAttribute& a : m_xml.attributes()) {
                    if (a.value().size() > maxImportAttributeSize) {
                        fail(QStringLiteral("attribute '%1' is larger than %2 MiB")
                                 .arg(a.name().toString())
                                 .arg(maxImportAttributeSize >> 20));
                        return false;
                    }
                }
                return true;
            }
            if (t == QXmlStreamReader::EndElement)
                return true;
        }
        if (m_xml.hasError()) {
            fail(m_xml.errorString());
            return false;
        }
        return true;
    }

    /// The text of the current element (which must have no child elements).
    std::optional<QString> text()
    {
        QString s = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError()) {
            fail(m_xml.errorString());
            return std::nullopt;
        }
        if (s.size() > maxImportTextSize) {
            fail(QStringLiteral("a value is larger than %1 MiB").arg(maxImportTextSize >> 20));
            return std::nullopt;
        }
        return s;
    }

    void fail(const QString& message)
    {
        if (!m_error)
            m_error = Error{m_where, message, static_cast<int>(m_xml.lineNumber())};
    }

    QXmlStreamReader& xml() { return m_xml; }
    const std::optional<Error>& error() const { return m_error; }

private:
    QXmlStreamReader m_xml;
    QString m_where;
    std::optional<Error> m_error;
};

std::optional<double> toDouble(const QString& s)
{
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

Result<ImportedGraph> assemble(RawGraph raw, const QString& where)
{
    auto fail = [&](const QString& message, int line = 0) {
        return Error{where, message, line};
    };
    std::vector<Document> documents;
    if (!raw.documents.isEmpty()) {
        QJsonParseError e;
        const QJsonDocument json = QJsonDocument::fromJson(raw.documents.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !json.isArray())
            return fail(QStringLiteral("the documents are not a JSON array"));
        jsonparts::Reader r;
        for (const QJsonValue v : json.array()) {
            documents.push_back(r.document(v.toObject()));
            if (!r.error.isEmpty())
                return fail(QStringLiteral("bad document: %1").arg(r.error));
        }
    }

    ImportedGraph out;
    Graph g(raw.nodes.size());
    QHash<QString, std::size_t> byXmlId;
    QSet<QString> ids;
    for (std::size_t i = 0; i < raw.nodes.size(); ++i) {
        const RawNode& rn = raw.nodes[i];
        if (byXmlId.contains(rn.xmlId))
            return fail(QStringLiteral("node '%1' appears twice").arg(rn.xmlId), rn.line);
        byXmlId.insert(rn.xmlId, i);
        NodeData& n = g[i];
        const auto kind = nodeKindFromString(rn.values.value(QStringLiteral("kind")));
        if (!kind)
            return fail(QStringLiteral("node '%1' has no Parley kind (state, official, meeting)")
                            .arg(rn.xmlId), rn.line);
        n.kind = *kind;
        n.id = rn.values.value(QStringLiteral("id"), rn.xmlId);
        if (ids.contains(n.id))
            return fail(QStringLiteral("node id '%1' appears twice").arg(n.id), rn.line);
        ids.insert(n.id);
        n.name = rn.values.value(QStringLiteral("name"));
        n.title = rn.values.value(QStringLiteral("title"));
        n.state = rn.values.value(QStringLiteral("state"));
        n.organization = rn.values.value(QStringLiteral("organization"));
        n.place = rn.values.value(QStringLiteral("place"));
        n.when = rn.values.value(QStringLiteral("when"));
        n.date = rn.values.value(QStringLiteral("date"));
        n.mode = rn.values.value(QStringLiteral("mode"));
        n.status = rn.values.value(QStringLiteral("status"));
        const QString provenance = rn.values.value(QStringLiteral("provenance"));
        if (!provenance.isEmpty()) {
            QString error;
            if (!exportcommon::readNodeProvenance(provenance, n, error))
                return fail(QStringLiteral("node '%1': %2").arg(n.id, error), rn.line);
        } else {
            // A file edited elsewhere may have lost the provenance; keep what is visible.
            const QString aliases = rn.values.value(QStringLiteral("aliases"));
            if (!aliases.isEmpty())
                n.aliases = aliases.split(QStringLiteral("; "));
        }
        if (rn.x && rn.y)
            out.visuals.insert(n.id, NodeVisual{*rn.x, *rn.y, rn.color, rn.size.value_or(0)});
    }
    for (const RawEdge& re : raw.edges) {
        const auto from = byXmlId.constFind(re.source);
        const auto to = byXmlId.constFind(re.target);
        if (from == byXmlId.cend() || to == byXmlId.cend())
            return fail(QStringLiteral("edge %1 -> %2 refers to a missing node")
                            .arg(re.source, re.target), re.line);
        const auto kind = edgeKindFromString(re.values.value(QStringLiteral("kind")));
        if (!kind)
            return fail(QStringLiteral("edge %1 -> %2 has no Parley kind").arg(re.source, re.target),
                        re.line);
        EdgeData e{*kind, {}};
        const QString provenance = re.values.value(QStringLiteral("provenance"));
        if (!provenance.isEmpty()) {
            QString error;
            if (!exportcommon::readEdgeProvenance(provenance, e, error))
                return fail(QStringLiteral("edge %1 -> %2: %3").arg(re.source, re.target, error),
                            re.line);
        }
        boost::add_edge(*from, *to, e, g);
    }
    out.graph = CorpusGraph::fromParts(std::move(documents), std::move(g));
    return out;
}

} // namespace

Result<ImportedGraph> importGraphML(const QByteArray& data, const QString& where)
{
    SafeReader r(data, where);
    QXmlStreamReader& xml = r.xml();
    struct Key
    {
        QString name, domain;
    };
    QHash<QString, Key> keys;
    RawGraph raw;
    bool sawRoot = false;
    // Where <data> elements currently go: the graph, the last node or the last edge.
    enum class Owner { None, Graph, Node, Edge } owner = Owner::None;

    while (r.next() && !xml.atEnd()) {
        const auto name = xml.name();
        if (xml.isEndElement()) {
            if (name == QLatin1String("node") || name == QLatin1String("edge"))
                owner = Owner::Graph;
            continue;
        }
        if (!sawRoot) {
            if (name != QLatin1String("graphml"))
                return Error{where, QStringLiteral("not GraphML (root element <%1>)")
                                        .arg(name.toString()), static_cast<int>(xml.lineNumber())};
            sawRoot = true;
            continue;
        }
        const QXmlStreamAttributes attrs = xml.attributes();
        if (name == QLatin1String("key")) {
            keys.insert(attrs.value(QLatin1String("id")).toString(),
                        {attrs.value(QLatin1String("attr.name")).toString(),
                         attrs.value(QLatin1String("for")).toString()});
        } else if (name == QLatin1String("graph")) {
            owner = Owner::Graph;
        } else if (name == QLatin1String("node")) {
            RawNode n;
            n.xmlId = attrs.value(QLatin1String("id")).toString();
            n.line = static_cast<int>(xml.lineNumber());
            raw.nodes.push_back(std::move(n));
            owner = Owner::Node;
        } else if (name == QLatin1String("edge")) {
            RawEdge e;
            e.source = attrs.value(QLatin1String("source")).toString();
            e.target = attrs.value(QLatin1String("target")).toString();
            e.line = static_cast<int>(xml.lineNumber());
            raw.edges.push_back(std::move(e));
            owner = Owner::Edge;
        } else if (name == QLatin1String("data")) {
            const QString keyId = attrs.value(QLatin1String("key")).toString();
            const std::optional<QString> value = r.text();
            if (!value)
                break;
            const auto key = keys.constFind(keyId);
            if (key == keys.cend()) {
                r.fail(QStringLiteral("data refers to undeclared key '%1'").arg(keyId));
                break;
            }
            if (owner == Owner::Graph && key->name == QLatin1String("documents")) {
                raw.documents = *value;
            } else if (owner == Owner::Node) {
                RawNode& n = raw.nodes.back();
                if (key->name == QLatin1String("x"))
                    n.x = toDouble(*value);
                else if (key->name == QLatin1String("y"))
                    n.y = toDouble(*value);
                else if (key->name == QLatin1String("size"))
                    n.size = toDouble(*value);
                else if (key->name == QLatin1String("color"))
                    n.color = *value;
                else
                    n.values.insert(key->name, *value);
            } else if (owner == Owner::Edge) {
                raw.edges.back().values.insert(key->name, *value);
            }
        }
    }
    if (r.error())
        return *r.error();
    if (!sawRoot)
        return Error{where, QStringLiteral("empty file: no GraphML")};
    return assemble(std::move(raw), where);
}

Result<ImportedGraph> importGexf(const QByteArray& data, const QString& where)
{
    SafeReader r(data, where);
    QXmlStreamReader& xml = r.xml();
    RawGraph raw;
    bool sawRoot = false;
    QString attributeClass;
    QHash<QString, QString> nodeTitles, edgeTitles; // attribute id -> title
    enum class Owner { None, Node, Edge } owner = Owner::None;

    while (r.next() && !xml.atEnd()) {
        const auto name = xml.name();
        if (xml.isEndElement()) {
            if (name == QLatin1String("node") || name == QLatin1String("edge"))
                owner = Owner::None;
            continue;
        }
        if (!sawRoot) {
            if (name != QLatin1String("gexf"))
                return Error{where, QStringLiteral("not GEXF (root element <%1>)")
                                        .arg(name.toString()), static_cast<int>(xml.lineNumber())};
            sawRoot = true;
            continue;
        }
        const QXmlStreamAttributes attrs = xml.attributes();
        // Any GEXF version's viz namespace (1.3: http://gexf.net/1.3/viz; older ones on
        // www.gexf.net) describes positions the same way.
        const bool viz = xml.namespaceUri().contains(QLatin1String("gexf.net/")) &&
                         xml.namespaceUri().endsWith(QLatin1String("/viz"));
        if (name == QLatin1String("documents") && !viz) {
            const std::optional<QString> value = r.text();
            if (!value)
                break;
            raw.documents = *value;
        } else if (name == QLatin1String("attributes")) {
            attributeClass = attrs.value(QLatin1String("class")).toString();
        } else if (name == QLatin1String("attribute")) {
            (attributeClass == QLatin1String("edge") ? edgeTitles : nodeTitles)
                .insert(attrs.value(QLatin1String("id")).toString(),
                        attrs.value(QLatin1String("title")).toString());
        } else if (name == QLatin1String("node")) {
            RawNode n;
            n.xmlId = attrs.value(QLatin1String("id")).toString();
            n.values.insert(QStringLiteral("id"), n.xmlId);
            n.line = static_cast<int>(xml.lineNumber());
            raw.nodes.push_back(std::move(n));
            owner = Owner::Node;
        } else if (name == QLatin1String("edge")) {
            RawEdge e;
            e.source = attrs.value(QLatin1String("source")).toString();
            e.target = attrs.value(QLatin1String("target")).toString();
            e.line = static_cast<int>(xml.lineNumber());
            raw.edges.push_back(std::move(e));
            owner = Owner::Edge;
        } else if (name == QLatin1String("attvalue") && owner != Owner::None) {
            const QString id = attrs.value(QLatin1String("for")).toString();
            const QString value = attrs.value(QLatin1String("value")).toString();
            if (owner == Owner::Node)
                raw.nodes.back().values.insert(nodeTitles.value(id, id), value);
            else
                raw.edges.back().values.insert(edgeTitles.value(id, id), value);
        } else if (viz && owner == Owner::Node) {
            RawNode& n = raw.nodes.back();
            if (name == QLatin1String("position")) {
                n.x = toDouble(attrs.value(QLatin1String("x")).toString());
                // Gephi's y axis points up; Parley's (and the writer's input) points down.
                const std::optional<double> y = toDouble(attrs.value(QLatin1String("y")).toString());
                if (y)
                    n.y = -*y;
            } else if (name == QLatin1String("size")) {
                n.size = toDouble(attrs.value(QLatin1String("value")).toString());
            } else if (name == QLatin1String("color")) {
                const int red = attrs.value(QLatin1String("r")).toInt();
                const int green = attrs.value(QLatin1String("g")).toInt();
                const int blue = attrs.value(QLatin1String("b")).toInt();
                n.color = QStringLiteral("#%1%2%3")
                              .arg(std::clamp(red, 0, 255), 2, 16, QLatin1Char('0'))
                              .arg(std::clamp(green, 0, 255), 2, 16, QLatin1Char('0'))
                              .arg(std::clamp(blue, 0, 255), 2, 16, QLatin1Char('0'));
            }
        }
    }
    if (r.error())
        return *r.error();
    if (!sawRoot)
        return Error{where, QStringLiteral("empty file: no GEXF")};
    return assemble(std::move(raw), where);
}

Result<ImportedGraph> importGraphFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, file.errorString()};
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{path, file.errorString()};
    // Sniff the root element name cheaply; the readers check it properly.
    const QByteArray head = data.left(4096);
    if (head.contains("<gexf"))
        return importGexf(data, path);
    if (head.contains("<graphml"))
        return importGraphML(data, path);
    return Error{path, QStringLiteral("neither GraphML nor GEXF")};
}

} // namespace parley
