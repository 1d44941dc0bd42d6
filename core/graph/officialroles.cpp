// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/officialroles.h"

#include "extract/gazetteerdata.h"

#include <algorithm>

namespace parley {

namespace {

// The dictionary row of `d` on `date` (any office when invalid), trying its name first and
// then the other forms the articles wrote.
int entryOf(const GazetteerData& g, const NodeData& d, const QDate& date)
{
    int e = g.personEntry(d.name, date);
    for (qsizetype i = 0; e < 0 && i < d.aliases.size(); ++i)
        e = g.personEntry(d.aliases[i], date);
    return e;
}

QDate meetingDay(const CorpusGraph& graph, const NodeData& m, bool* fromArticle)
{
    *fromArticle = false;
    const QDate own = QDate::fromString(m.date, Qt::ISODate);
    if (own.isValid() || m.mentions.empty())
        return own;
    const Document* doc = graph.document(m.mentions.front().document);
    if (!doc || !doc->date.isValid())
        return {};
    *fromArticle = true;
    return doc->date;
}

} // namespace

std::vector<OfficeTerm> officialRoles(const CorpusGraph& graph, NodeId official,
                                      const Gazetteer& gazetteer)
{
    std::vector<OfficeTerm> out;
    const NodeData& d = graph.node(official);
    if (d.kind != NodeKind::Official)
        return out;
    const GazetteerData& g = gazetteer.data();
    const int any = entryOf(g, d, QDate());
    if (any < 0)
        return out;
    for (int e : g.personOffices(g.people[std::size_t(any)].name)) {
        const PersonEntry& p = g.people[std::size_t(e)];
        out.push_back({p.title, p.state, p.organization, p.from, p.toDate});
    }
    return out;
}

std::vector<MeetingTitle> titlesAtMeetings(const CorpusGraph& graph, NodeId official,
                                           const Gazetteer& gazetteer)
{
    std::vector<MeetingTitle> out;
    const NodeData& d = graph.node(official);
    if (d.kind != NodeKind::Official)
        return out;
    const GazetteerData& g = gazetteer.data();
    const Graph& bg = graph.graph();
    std::vector<NodeId> meetings;
    for (auto [it, end] = boost::out_edges(std::size_t(official), bg); it != end; ++it)
        if (bg[*it].kind == EdgeKind::Attended)
            meetings.push_back(NodeId(boost::target(*it, bg)));
    std::sort(meetings.begin(), meetings.end());
    meetings.erase(std::unique(meetings.begin(), meetings.end()), meetings.end());
    for (NodeId m : meetings) {
        MeetingTitle t;
        t.meeting = m;
        t.date = meetingDay(graph, graph.node(m), &t.articleDate);
        // No day, no office: an undated meeting keeps the title the text gave.
        const int e = t.date.isValid() ? entryOf(g, d, t.date) : -1;
        t.fromDictionary = e >= 0;
        t.title = e >= 0 ? g.people[std::size_t(e)].title : d.title;
        out.push_back(t);
    }
    return out;
}

} // namespace parley
