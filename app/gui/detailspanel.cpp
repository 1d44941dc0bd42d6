// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/detailspanel.h"

#include "gui/officialroleshtml.h"
#include "gui/overview.h"
#include "render/graphpainter.h"

#include <QCursor>
#include <QUrl>

#include <algorithm>
#include <map>

namespace parley {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString nodeLink(const CorpusGraph& graph, NodeId n)
{
    const NodeData& d = graph.node(n);
    const QString label = d.kind == NodeKind::Meeting ? meetingLabel(graph, n) : d.name;
    return QStringLiteral("<a href=\"node:%1\">%2</a>").arg(n).arg(esc(label.isEmpty() ? d.id : label));
}

QString row(const QString& key, const QString& valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:#666;padding-right:8px\">%1</td><td>%2</td></tr>")
        .arg(esc(key), valueHtml);
}

QString linkList(const CorpusGraph& graph, const std::vector<NodeId>& nodes)
{
    QStringList links;
    for (NodeId n : nodes)
        links.append(nodeLink(graph, n));
    return links.join(QStringLiteral("<br>"));
}

} // namespace

DetailsPanel::DetailsPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("details"));
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchor);
    showNothing();
}

QUrl DetailsPanel::sentenceUrl(const QString& document, int sentence)
{
    return QUrl(QStringLiteral("sentence:%1:%2").arg(document).arg(sentence));
}

void DetailsPanel::onAnchor(const QUrl& url)
{
    const QString s = url.toString();
    if (s.startsWith(QLatin1String("sentence:"))) {
        const QStringList parts = s.split(QLatin1Char(':'));
        if (parts.size() == 3)
            Q_EMIT sentenceActivated(parts[1], parts[2].toInt());
    } else if (s.startsWith(QLatin1String("correct:"))) {
        Q_EMIT correctRequested(NodeId(s.mid(8).toInt()), QCursor::pos());
    } else if (s.startsWith(QLatin1String("node:"))) {
        Q_EMIT nodeLinkActivated(NodeId(s.mid(5).toInt()));
    }
}

void DetailsPanel::setProject(bool open, QHash<QString, Annotation> annotations)
{
    m_project = open;
    m_annotations = std::move(annotations);
}

void DetailsPanel::setGraph(const CorpusGraph* graph)
{
    m_graph = graph;
}

void DetailsPanel::showNothing()
{
    m_sentences.clear();
    if (m_graph) {
        setHtml(overviewHtml(*m_graph));
        return;
    }
    setHtml(tr("<p style=\"color:#777\">Click a node or an edge of the graph, or a row of the "
               "Entities list, to see what is known about it and the sentences it was read from.</p>"));
}

QString DetailsPanel::sentencesHtml(const CorpusGraph& graph, const std::vector<Mention>& mentions)
{
    // Group by document (in corpus order), then sentence; all spans of a sentence are lit.
    std::map<std::pair<QString, int>, std::vector<const Mention*>> bySentence;
    for (const Mention& m : mentions)
        bySentence[{m.document, m.sentence}].push_back(&m);
    std::vector<std::pair<QString, int>> order = distinctSentences(mentions);
    std::vector<std::size_t> docRank(order.size(), 0);
    const auto& docs = graph.documents();
    auto rankOf = [&](const QString& id) {
        for (std::size_t i = 0; i < docs.size(); ++i) {
            if (docs[i].id == id)
                return i;
        }
        return docs.size();
    };
    std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        const std::size_t ra = rankOf(a.first), rb = rankOf(b.first);
        return ra != rb ? ra < rb : a.second < b.second;
    });
    QString html;
    QString currentDoc;
    bool first = true;
    for (const auto& key : order) {
        const Document* doc = graph.document(key.first);
        if (!doc || key.second < 0 || std::size_t(key.second) >= doc->sentences.size())
            continue;
        if (first || key.first != currentDoc) {
            currentDoc = key.first;
            first = false;
            QString head = doc->title.isEmpty() ? doc->path.section(QLatin1Char('/'), -1) : doc->title;
            if (doc->date.isValid())
                head += QStringLiteral(" · ") + doc->date.toString(Qt::ISODate);
            html += QStringLiteral("<p style=\"margin-top:10px;margin-bottom:2px;color:#555\"><b>%1</b></p>").arg(esc(head));
        }
        const Sentence& s = doc->sentences[std::size_t(key.second)];
        std::vector<std::pair<qsizetype, qsizetype>> spans;
        for (const Mention* m : bySentence[key])
            spans.emplace_back(std::clamp(m->start, s.start, s.end), std::clamp(m->end, s.start, s.end));
        std::sort(spans.begin(), spans.end());
        QString body;
        qsizetype at = s.start;
        for (const auto& [a, b] : spans) {
            if (a < at || b <= a)
                continue;
            body += esc(doc->text.mid(at, a - at));
            body += QStringLiteral("<span style=\"background-color:#ffe28a;font-weight:bold\">") +
                    esc(doc->text.mid(a, b - a)) + QStringLiteral("</span>");
            at = b;
        }
        body += esc(doc->text.mid(at, s.end - at));
        const QString url = sentenceUrl(key.first, key.second).toString();
        html += QStringLiteral("<p style=\"margin:2px 0 6px 10px\"><a href=\"%1\" "
                               "style=\"color:#1a1a1a;text-decoration:none\">%2</a></p>")
                    .arg(url, body);
        m_sentences.push_back(key);
    }
    return html;
}

void DetailsPanel::showNode(const CorpusGraph& graph, NodeId node)
{
    m_sentences.clear();
    const NodeData& d = graph.node(node);
    const QString colour = nodeColor(d.kind).name();
    QString name = d.kind == NodeKind::Meeting ? meetingLabel(graph, node) : d.name;
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(esc(name));
    html += QStringLiteral("<p style=\"margin-top:0\"><span style=\"color:%1;font-weight:bold\">%2</span>"
                           " <span style=\"color:#888\">%3</span></p>")
                .arg(colour, esc(toString(d.kind)), esc(d.id));
    if (m_project)
        html += QStringLiteral("<p><a href=\"correct:%1\">%2</a></p>").arg(node).arg(tr("Correct or annotate…"));
    QString table;
    const Annotation note = m_annotations.value(d.id);
    if (note.hidden)
        table += row(tr("Hidden"), tr("yes (View ▸ Show hidden nodes)"));
    table += row(tr("Note"), esc(note.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    table += row(tr("Tags"), esc(note.tags.join(QStringLiteral(", "))));
    if (!note.colour.isEmpty())
        table += row(tr("Colour"), QStringLiteral("<span style=\"color:%1\">■</span> %1").arg(esc(note.colour)));
    table += row(tr("Title"), esc(d.title));
    if (!d.state.isEmpty()) {
        const auto s = graph.find(d.state);
        table += row(tr("State"), s ? nodeLink(graph, *s) : esc(d.state));
    }
    table += row(tr("Organisation"), esc(d.organization));
    table += row(tr("Aliases"), esc(d.aliases.join(QStringLiteral(", "))));
    table += row(tr("Place"), esc(d.place));
    table += row(tr("When"), esc(d.date.isEmpty() ? d.when : d.date + (d.when.isEmpty() ? QString() : QStringLiteral(" (") + d.when + QStringLiteral(")"))));
    table += row(tr("Mode"), esc(d.mode));
    table += row(tr("Status"), esc(d.status));
    switch (d.kind) {
    case NodeKind::State:
        table += row(tr("Officials"), linkList(graph, graph.neighbours(node, EdgeKind::Serves)));
        table += row(tr("Meetings"), linkList(graph, graph.neighbours(node, EdgeKind::Involves)));
        break;
    case NodeKind::Official:
        table += row(tr("Meetings"), linkList(graph, graph.neighbours(node, EdgeKind::Attended)));
        break;
    case NodeKind::Meeting:
        table += row(tr("Participants"), linkList(graph, graph.neighbours(node, EdgeKind::Attended)));
        table += row(tr("States"), linkList(graph, graph.neighbours(node, EdgeKind::Involves)));
        break;
    }
    html += QStringLiteral("<table>") + table + QStringLiteral("</table>");
    if (d.kind == NodeKind::Official)
        html += officialRolesHtml(graph, node, rolesGazetteer());
    QStringList rules = d.rules;
    for (const Mention& m : d.mentions) {
        if (!m.rule.isEmpty() && !rules.contains(m.rule))
            rules.append(m.rule);
    }
    if (!rules.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p><ul style=\"margin-top:0\">").arg(tr("Why (rules)"));
        for (const QString& r : rules)
            html += QStringLiteral("<li>") + esc(r) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    const QString sentences = sentencesHtml(graph, d.mentions);
    html += QStringLiteral("<h3 style=\"margin-bottom:0\">%1</h3>")
                .arg(tr("Sources: %n sentence(s)", nullptr, int(m_sentences.size())));
    html += sentences;
    setHtml(html);
}

void DetailsPanel::showEdge(const CorpusGraph& graph, const ViewGraph& view, int viewEdge)
{
    m_sentences.clear();
    if (viewEdge < 0 || std::size_t(viewEdge) >= view.edges.size()) {
        showNothing();
        return;
    }
    const ViewEdge& e = view.edges[std::size_t(viewEdge)];
    const NodeId a = view.nodes[std::size_t(e.a)].node;
    const NodeId b = view.nodes[std::size_t(e.b)].node;
    QString kind;
    switch (e.kind) {
    case ViewEdgeKind::Serves: kind = tr("serves"); break;
    case ViewEdgeKind::Attended: kind = tr("attended"); break;
    case ViewEdgeKind::Involves: kind = tr("involves"); break;
    case ViewEdgeKind::StatesMet: kind = tr("states met (%n meeting(s))", nullptr, e.weight); break;
    case ViewEdgeKind::OfficialsMet: kind = tr("officials met (%n meeting(s))", nullptr, e.weight); break;
    }
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1 — %2</h2><p style=\"margin-top:0;color:#666\">%3</p>")
                       .arg(nodeLink(graph, a), nodeLink(graph, b), esc(kind));
    std::vector<Mention> evidence;
    if (e.meetings.empty()) {
        if (const EdgeData* edge = graph.edgeBetween(a, b))
            evidence = edge->evidence;
    } else {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Meetings"), linkList(graph, e.meetings));
        for (NodeId m : e.meetings) {
            const auto& ms = graph.mentions(m);
            evidence.insert(evidence.end(), ms.begin(), ms.end());
        }
    }
    const QString sentences = sentencesHtml(graph, evidence);
    html += QStringLiteral("<h3 style=\"margin-bottom:0\">%1</h3>")
                .arg(tr("Supporting sentences: %n", nullptr, int(m_sentences.size())));
    html += sentences;
    setHtml(html);
}

} // namespace parley
