// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/graphml.h"

#include "io/exportcommon.h"
#include "io/jsonparts.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <sstream>
#include <string>

namespace parley {

namespace {

using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

std::string utf8(const QString& s)
{
    return exportcommon::xmlSafe(s).toStdString();
}

// Each attribute is a read-only function map over the bundled data: nothing is copied, and
// dynamic_properties picks the GraphML type (string, int, double) from the return type.
// Boost prints property values through a default ostringstream (6 significant digits); a
// double map whose reference type prints the shortest round-trip form keeps positions exact
// while the key is still declared attr.type="double".
struct ShortestDouble
{
    double value;
    friend std::ostream& operator<<(std::ostream& out, ShortestDouble d)
    {
        return out << exportcommon::number(d.value).toStdString();
    }
};

template <typename Key, typename F>
struct DoubleMap
{
    using key_type = Key;
    using value_type = double;
    using reference = ShortestDouble;
    using category = boost::readable_property_map_tag;
    F f;
    friend ShortestDouble get(const DoubleMap& m, const Key& k) { return {m.f(k)}; }
};

template <typename Value, typename F>
void addNodeProperty(boost::dynamic_properties& dp, const char* name, F f)
{
    if constexpr (std::is_same_v<Value, double>)
        dp.property(name, DoubleMap<Vertex, F>{f});
    else
        dp.property(name, boost::make_function_property_map<Vertex, Value>(f));
}

template <typename Value, typename F>
void addEdgeProperty(boost::dynamic_properties& dp, const char* name, F f)
{
    if constexpr (std::is_same_v<Value, double>)
        dp.property(name, DoubleMap<Edge, F>{f});
    else
        dp.property(name, boost::make_function_property_map<Edge, Value>(f));
}

} // namespace

Result<QByteArray> graphmlBytes(const CorpusGraph& corpus, const ExportOptions& options)
{
    using namespace exportcommon;
    const Graph& g = corpus.graph();
    const Graph* gp = &g;
    const ExportOptions* op = &options;
    boost::dynamic_properties dp;

    addNodeProperty<std::string>(dp, "id", [gp](Vertex v) { return utf8((*gp)[v].id); });
    addNodeProperty<std::string>(dp, "kind",
                                 [gp](Vertex v) { return utf8(toString((*gp)[v].kind)); });
    addNodeProperty<std::string>(dp, "label", [gp](Vertex v) { return utf8(labelFor((*gp)[v])); });
    addNodeProperty<std::string>(dp, "name", [gp](Vertex v) { return utf8((*gp)[v].name); });
    addNodeProperty<std::string>(dp, "aliases", [gp](Vertex v) {
        return utf8((*gp)[v].aliases.join(QStringLiteral("; ")));
    });
    addNodeProperty<std::string>(dp, "title", [gp](Vertex v) { return utf8((*gp)[v].title); });
    addNodeProperty<std::string>(dp, "state", [gp](Vertex v) { return utf8((*gp)[v].state); });
    addNodeProperty<std::string>(dp, "organization",
                                 [gp](Vertex v) { return utf8((*gp)[v].organization); });
    addNodeProperty<std::string>(dp, "place", [gp](Vertex v) { return utf8((*gp)[v].place); });
    addNodeProperty<std::string>(dp, "when", [gp](Vertex v) { return utf8((*gp)[v].when); });
    addNodeProperty<std::string>(dp, "date", [gp](Vertex v) { return utf8((*gp)[v].date); });
    addNodeProperty<std::string>(dp, "mode", [gp](Vertex v) { return utf8((*gp)[v].mode); });
    addNodeProperty<std::string>(dp, "status", [gp](Vertex v) { return utf8((*gp)[v].status); });
    addNodeProperty<int>(dp, "sentences", [gp](Vertex v) {
        return sentenceCount((*gp)[v].mentions);
    });
    addNodeProperty<double>(dp, "weight", [gp](Vertex v) {
        return static_cast<double>((*gp)[v].mentions.size());
    });
    addNodeProperty<std::string>(dp, "provenance", [gp](Vertex v) {
        return nodeProvenance((*gp)[v]).toStdString();
    });
    if (!options.visuals.isEmpty()) {
        // Nodes the layout does not cover sit at the origin rather than lacking a value,
        // because readers such as yEd expect every node to have a position.
        auto visual = [gp, op](Vertex v) {
            return visualFor(*op, (*gp)[v]).value_or(NodeVisual{0, 0, colorFor(*op, (*gp)[v]),
                                                               sizeFor(*op, (*gp)[v])});
        };
        addNodeProperty<double>(dp, "x", [visual](Vertex v) { return visual(v).x; });
        addNodeProperty<double>(dp, "y", [visual](Vertex v) { return visual(v).y; });
        addNodeProperty<std::string>(dp, "color",
                                     [visual](Vertex v) { return utf8(visual(v).color); });
        addNodeProperty<double>(dp, "size", [visual](Vertex v) { return visual(v).size; });
    }

    addEdgeProperty<std::string>(dp, "kind", [gp](Edge e) { return utf8(toString((*gp)[e].kind)); });
    addEdgeProperty<std::string>(dp, "label",
                                 [gp](Edge e) { return utf8(toString((*gp)[e].kind)); });
    addEdgeProperty<int>(dp, "sentences", [gp](Edge e) { return sentenceCount((*gp)[e].evidence); });
    addEdgeProperty<double>(dp, "weight", [gp](Edge e) {
        return static_cast<double>(std::max(1, sentenceCount((*gp)[e].evidence)));
    });
    addEdgeProperty<std::string>(dp, "provenance",
                                 [gp](Edge e) { return edgeProvenance((*gp)[e]).toStdString(); });

    std::string generator = "Parley " PARLEY_VERSION;
    std::string documents = jsonparts::documentsJson(corpus.documents()).toStdString();
    dp.property("generator", boost::ref_property_map<Graph*, std::string>(generator));
    dp.property("documents", boost::ref_property_map<Graph*, std::string>(documents));

    std::ostringstream out;
    try {
        boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
    } catch (const std::exception& e) {
        return Error{{}, QStringLiteral("GraphML could not be written: %1")
                             .arg(QString::fromLocal8Bit(e.what()))};
    }
    const std::string s = out.str();
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace parley
