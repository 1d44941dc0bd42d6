// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/overview.h"
#include "graph/datespan.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace parley {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Overview", text, nullptr, n);
}

// The `count` nodes of `kind` in the most meetings (ties by name), with their counts.
std::vector<std::pair<NodeId, int>> mostConnected(const CorpusGraph& graph, NodeKind kind,
                                                  std::size_t count)
{
    std::vector<std::pair<NodeId, int>> ranked;
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        if (graph.node(n).kind == kind) {
            const int meetings = meetingCount(graph, n);
            if (meetings > 0)
                ranked.emplace_back(n, meetings);
        }
    }
    const auto better = [&graph](const auto& a, const auto& b) {
        if (a.second != b.second)
            return a.second > b.second;
        return graph.node(a.first).name < graph.node(b.first).name;
    };
    const std::size_t keep = std::min(count, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(keep), ranked.end(), better);
    ranked.resize(keep);
    return ranked;
}

QString rankedList(const CorpusGraph& graph, const std::vector<std::pair<NodeId, int>>& ranked)
{
    QString html;
    for (const auto& [node, meetings] : ranked) {
        html += QStringLiteral("<li><a href=\"node:%1\">%2</a> — %3</li>")
                    .arg(node)
                    .arg(graph.node(node).name.toHtmlEscaped(),
                         meetings == 1 ? tr("1 meeting")
                                       : tr("%1 meetings").arg(meetings));
    }
    return html;
}

} // namespace

int meetingCount(const CorpusGraph& graph, NodeId node)
{
    const NodeKind kind = graph.node(node).kind;
    if (kind == NodeKind::Meeting)
        return 0;
    const EdgeKind meetingEdge = kind == NodeKind::State ? EdgeKind::Involves : EdgeKind::Attended;
    return int(graph.neighbours(node, meetingEdge).size());
}

QString overviewHtml(const CorpusGraph& graph)
{
    const std::size_t articles = graph.documents().size();
    if (articles == 0) {
        return tr("<h3>Nothing read yet</h3><p>Open articles (File ▸ Open files…, a folder, a "
                  "feed with File ▸ Add feed…) or try File ▸ Open sample corpus. Help ▸ Quick "
                  "start explains the rest.</p>");
    }
    int counts[3] = {0, 0, 0};
    for (NodeId n = 0; n < graph.nodeCount(); ++n)
        ++counts[int(graph.node(n).kind)];
    QDate first, last;
    for (const Document& d : graph.documents()) {
        if (!d.date.isValid())
            continue;
        if (!first.isValid() || d.date < first)
            first = d.date;
        if (!last.isValid() || d.date > last)
            last = d.date;
    }
    QString html = tr("<h3>What was read</h3>");
    html += QStringLiteral("<table>");
    const auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style=\"color:#666;padding-right:8px\">%1</td>"
                               "<td><b>%2</b></td></tr>")
                    .arg(label, value);
    };
    line(tr("Articles"), QString::number(articles));
    if (first.isValid()) {
        line(tr("Dated"), first == last ? first.toString(Qt::ISODate)
                                        : QStringLiteral("%1 – %2").arg(
                                              first.toString(Qt::ISODate),
                                              last.toString(Qt::ISODate)));
    }
    line(tr("States"), QString::number(counts[int(NodeKind::State)]));
    line(tr("Officials"), QString::number(counts[int(NodeKind::Official)]));
    line(tr("Meetings"), QString::number(counts[int(NodeKind::Meeting)]));
    int precision[4] = {0, 0, 0, 0}; // by DatePrecision: undated, year, month, day
    for (NodeId n = 0; n < graph.nodeCount(); ++n) {
        if (graph.node(n).kind == NodeKind::Meeting)
            ++precision[int(DateSpan::parse(graph.node(n).date).precision)];
    }
    if (counts[int(NodeKind::Meeting)] > 0) {
        // How far the timeline can be trusted: a month-dated meeting is in a range only when
        // the range holds the whole month.
        QStringList parts{tr("%1 to the day").arg(precision[int(DatePrecision::Day)])};
        if (precision[int(DatePrecision::Month)] > 0)
            parts.append(tr("%1 only to a month").arg(precision[int(DatePrecision::Month)]));
        if (precision[int(DatePrecision::Year)] > 0)
            parts.append(tr("%1 only to a year").arg(precision[int(DatePrecision::Year)]));
        if (precision[int(DatePrecision::None)] > 0)
            parts.append(tr("%1 undated").arg(precision[int(DatePrecision::None)]));
        line(tr("Meeting dates"), parts.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");

    const auto officials = mostConnected(graph, NodeKind::Official, 5);
    const auto states = mostConnected(graph, NodeKind::State, 5);
    if (!officials.empty())
        html += tr("<h4>Most connected officials</h4>") + QStringLiteral("<ol>") +
                rankedList(graph, officials) + QStringLiteral("</ol>");
    if (!states.empty())
        html += tr("<h4>Most connected states</h4>") + QStringLiteral("<ol>") +
                rankedList(graph, states) + QStringLiteral("</ol>");
    html += tr("<p style=\"color:#777\">Click a node or an edge of the graph, a name above, or "
               "a row of the Entities list to see what is known about it and the sentences it "
               "was read from.</p>");
    return html;
}

} // namespace parley
