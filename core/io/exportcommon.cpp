// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exportcommon.h"

#include "io/jsonparts.h"
#include "io/jsonwriter.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <utility>

namespace parley::exportcommon {

QString xmlSafe(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
                out += s[i];
                out += s[i + 1];
                ++i;
            } else {
                out += QChar::ReplacementCharacter;
            }
            continue;
        }
        if (QChar::isLowSurrogate(c)) {
            out += QChar::ReplacementCharacter;
            continue;
        }
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            continue;
        out += s[i];
    }
    return out;
}

int sentenceCount(const std::vector<Mention>& mentions)
{
    QSet<std::pair<QString, int>> seen;
    for (const Mention& m : mentions)
        seen.insert({m.document, m.sentence});
    return static_cast<int>(seen.size());
}

QByteArray nodeProvenance(const NodeData& node)
{
    QByteArray out;
    JsonWriter w(out, false);
    w.beginObject();
    w.key("aliases");
    w.value(node.aliases);
    w.key("rules");
    w.value(node.rules);
    w.key("mentions");
    jsonparts::writeMentions(w, node.mentions);
    w.endObject();
    return out;
}

QByteArray edgeProvenance(const EdgeData& edge)
{
    QByteArray out;
    JsonWriter w(out, false);
    w.beginObject();
    w.key("evidence");
    jsonparts::writeMentions(w, edge.evidence);
    w.endObject();
    return out;
}

namespace {

std::optional<QJsonObject> parseObject(const QString& json, QString& error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        error = QStringLiteral("provenance is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

bool readNodeProvenance(const QString& json, NodeData& node, QString& error)
{
    const std::optional<QJsonObject> o = parseObject(json, error);
    if (!o)
        return false;
    jsonparts::Reader r;
    node.aliases = r.strings(*o, "aliases");
    node.rules = r.strings(*o, "rules");
    node.mentions = r.mentions(*o, "mentions");
    error = r.error;
    return r.error.isEmpty();
}

bool readEdgeProvenance(const QString& json, EdgeData& edge, QString& error)
{
    const std::optional<QJsonObject> o = parseObject(json, error);
    if (!o)
        return false;
    jsonparts::Reader r;
    edge.evidence = r.mentions(*o, "evidence");
    error = r.error;
    return r.error.isEmpty();
}

std::optional<NodeKind> nodeKindFromString(const QString& s)
{
    for (NodeKind k : {NodeKind::State, NodeKind::Official, NodeKind::Meeting}) {
        if (toString(k) == s)
            return k;
    }
    return std::nullopt;
}

std::optional<EdgeKind> edgeKindFromString(const QString& s)
{
    for (EdgeKind k : {EdgeKind::Serves, EdgeKind::Attended, EdgeKind::Involves}) {
        if (toString(k) == s)
            return k;
    }
    return std::nullopt;
}

std::optional<NodeVisual> visualFor(const ExportOptions& options, const NodeData& node)
{
    const auto it = options.visuals.constFind(node.id);
    if (it == options.visuals.cend())
        return std::nullopt;
    NodeVisual v = *it;
    if (v.color.isEmpty())
        v.color = defaultColor(toString(node.kind));
    if (v.size <= 0)
        v.size = defaultSize(toString(node.kind));
    return v;
}

QString colorFor(const ExportOptions& options, const NodeData& node)
{
    const auto it = options.visuals.constFind(node.id);
    if (it != options.visuals.cend() && !it->color.isEmpty())
        return it->color;
    return defaultColor(toString(node.kind));
}

double sizeFor(const ExportOptions& options, const NodeData& node)
{
    const auto it = options.visuals.constFind(node.id);
    if (it != options.visuals.cend() && it->size > 0)
        return it->size;
    return defaultSize(toString(node.kind));
}

QString labelFor(const NodeData& node)
{
    if (!node.name.isEmpty())
        return node.name;
    if (node.kind != NodeKind::Meeting)
        return node.id;
    QStringList parts;
    parts.append(QStringLiteral("Meeting"));
    if (!node.place.isEmpty())
        parts.append(node.place);
    if (!node.date.isEmpty())
        parts.append(node.date);
    else if (!node.when.isEmpty())
        parts.append(node.when);
    return parts.join(QStringLiteral(", "));
}

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace parley::exportcommon
