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

// The meeting's date as far as it is known, else its first article's day.
DateSpan meetingDate(const CorpusGraph& graph, const NodeData& m, bool* fromArticle)
{
    *fromArticle = false;
    const DateSpan own = DateSpan::parse(m.date);
    if (own.isValid() || m.mentions.empty())
        return own;
    const Document* doc = graph.document(m.mentions.front().document);
    if (!doc || !doc->date.isValid())
        return {};
    *fromArticle = true;
    return DateSpan::ofDay(doc->date);
}

// The dictionary row of `d` valid on every day of `span`, or -1 when no one row is: an
// office of the person starts or ends inside the span, so the text's month or year does
// not tell which title was held at the meeting.
int entryOver(const GazetteerData& g, const NodeData& d, const DateSpan& span)
{
    const int e = entryOf(g, d, span.first);
    if (e < 0 || entryOf(g, d, span.last) != e)
        return -1;
    for (int o : g.personOffices(g.people[std::size_t(e)].name)) {
        const PersonEntry& p = g.people[std::size_t(o)];
        if ((p.from.isValid() && p.from > span.first && p.from <= span.last) ||
            (p.toDate.isValid() && p.toDate >= span.first && p.toDate < span.last))
            return -1;
    }
    return e;
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
        const DateSpan date = meetingDate(graph, graph.node(m), &t.articleDate);
        t.date = date.first;
        t.precision = date.precision;
        // No date, no office: an undated meeting keeps the title the text gave.
        const int e = !date.isValid()    ? -1
                      : date.isPartial() ? entryOver(g, d, date)
                                         : entryOf(g, d, date.first);
        t.fromDictionary = e >= 0;
        t.title = e >= 0 ? g.people[std::size_t(e)].title : d.title;
        out.push_back(t);
    }
    return out;
}

} // namespace parley
