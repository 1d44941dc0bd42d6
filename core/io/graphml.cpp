// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/graphml.h"

#include "io/exportcommon.h"
#include "io/jsonparts.h"
#include "io/jsonwriter.h"

#include <QBuffer>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <cstring>
#include <ostream>
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

// Stands for the documents in the output: the documents' JSON runs to hundreds of
// megabytes for a large corpus, so instead of handing Boost one string holding all of it,
// the stream writes them one by one where this byte appears. No other value can contain it:
// strings go through xmlSafe(), which drops C0 controls, and JSON escapes them.
constexpr char kDocumentsMarker = '\x02';

// Passes Boost's output on to a device in blocks, writing the documents at the marker.
class DeviceStreamBuf : public std::streambuf
{
public:
    DeviceStreamBuf(QIODevice& device, const std::vector<Document>& documents)
        : m_device(device), m_documents(documents), m_buffer(1 << 16)
    {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }

    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type c) override
    {
        if (!drain())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool put(const char* data, qsizetype size)
    {
        if (!m_failed && size > 0 && m_device.write(data, size) != size)
            m_failed = true;
        return !m_failed;
    }

    bool drain()
    {
        const char* from = pbase();
        const char* const end = pptr();
        while (from < end) {
            const auto* marker = static_cast<const char*>(
                std::memchr(from, kDocumentsMarker, static_cast<std::size_t>(end - from)));
            const char* upTo = marker ? marker : end;
            put(from, upTo - from);
            if (marker)
                writeDocuments();
            from = marker ? marker + 1 : end;
        }
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return !m_failed;
    }

    // The same bytes as encode_char_entities(documentsJson(documents)), one document at a time.
    void writeDocuments()
    {
        QByteArray json;
        QByteArray escaped;
        JsonWriter w(json, false);
        w.beginArray();
        for (const Document& d : m_documents) {
            jsonparts::writeDocument(w, d);
            w.flush();
            flushEscaped(json, escaped);
        }
        w.endArray();
        flushEscaped(json, escaped);
    }

    void flushEscaped(QByteArray& json, QByteArray& escaped)
    {
        escaped.clear();
        for (const char c : std::as_const(json)) {
            switch (c) {
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '&': escaped += "&amp;"; break;
            case '"': escaped += "&quot;"; break;
            case '\'': escaped += "&apos;"; break;
            default: escaped += c; break;
            }
        }
        json.clear();
        put(escaped.constData(), escaped.size());
    }

    QIODevice& m_device;
    const std::vector<Document>& m_documents;
    std::vector<char> m_buffer;
    bool m_failed = false;
};

} // namespace

Result<QByteArray> graphmlBytes(const CorpusGraph& corpus, const GraphExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status s = writeGraphml(corpus, buffer, options);
    if (!s.ok())
        return s.error;
    buffer.close();
    return bytes;
}

Status writeGraphml(const CorpusGraph& corpus, QIODevice& device, const GraphExportOptions& options)
{
    using namespace exportcommon;
    const Graph& g = corpus.graph();
    const Graph* gp = &g;
    const GraphExportOptions* op = &options;
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
    std::string documents(1, kDocumentsMarker);
    dp.property("generator", boost::ref_property_map<Graph*, std::string>(generator));
    dp.property("documents", boost::ref_property_map<Graph*, std::string>(documents));

    DeviceStreamBuf buffer(device, corpus.documents());
    std::ostream out(&buffer);
    try {
        boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
        out.flush();
    } catch (const std::exception& e) {
        return Status::failure({{}, QStringLiteral("GraphML could not be written: %1")
                                        .arg(QString::fromLocal8Bit(e.what()))});
    }
    if (!out || buffer.failed())
        return Status::failure({{}, device.errorString().isEmpty()
                                        ? QStringLiteral("GraphML could not be written")
                                        : device.errorString()});
    return Status::success();
}

} // namespace parley
