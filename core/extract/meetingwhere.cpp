// SPDX-License-Identifier: GPL-3.0-or-later
// The place and time pass of meetings: where and when the event of a trigger happened, read
// first from the trigger's own scope and then from wider parts of its sentence; where the last
// event was, from a sentence that only places it ("The talks take place at the ministry in
// Lima", "A arrived in Lachin"); and, once all sentences are read, the dateline's city for an
// article that names no place. findMeetingPlace (meetingplace.cpp) reads one span of tokens.
#include "extract/meetingpasses.h"

#include <algorithm>

namespace parley {

namespace {

// An arrival sentence that places the last event: one of its people takes part in it, the
// event was held in person, and nothing in the sentence makes the arrival a plan.
bool arrivalOfParticipant(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                          const MeetingDraft& last)
{
    if (last.status != "held"_key || last.mode != "in person"_key)
        return false;
    for (int i = 0; i < s.size(); ++i)
        if (ctx.lex.has(Cue::FutureCue, s.key(i)) || ctx.lex.has(Cue::FutureAux, s.key(i)))
            return false;
    return std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
        return r->person >= 0 &&
               std::find(last.participants.begin(), last.participants.end(), r->person) != last.participants.end();
    });
}

} // namespace

void placeLastEvent(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    if (ctx.meetings.empty() || !ctx.meetings.back().place.isEmpty())
        return;
    bool placeVerb = false;
    for (int i = 0; i < s.size() && !placeVerb; ++i) {
        const LexiconPhrase* cue = nullptr;
        placeVerb = lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue) > 0;
        // "PM A arrived in Lachin yesterday": where A's last event was, when A took
        // part in it, it was held in person, and the arrival is no plan
        if (placeVerb && cue->value == "participant"_key)
            placeVerb = arrivalOfParticipant(ctx, s, refs, ctx.meetings.back());
    }
    const MeetingPlace place = placeVerb ? findMeetingPlace(ctx, s, s.dateline, s.size()) : MeetingPlace();
    if (!place.city.isEmpty()) {
        ctx.meetings.back().place = place.city;
        if (ctx.meetings.back().venue.isEmpty())
            ctx.meetings.back().venue = place.venue;
    }
}

std::optional<Arrival> readArrival(const DocContext& ctx, const SentenceInfo& s,
                                   const std::vector<const PersonRef*>& refs)
{
    bool arrived = false;
    for (int i = 0; i < s.size() && !arrived; ++i) {
        const LexiconPhrase* cue = nullptr;
        arrived = lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue) > 0 && cue->value == "participant"_key;
    }
    if (!arrived)
        return std::nullopt;
    for (int i = 0; i < s.size(); ++i)
        if (ctx.lex.has(Cue::FutureCue, s.key(i)) || ctx.lex.has(Cue::FutureAux, s.key(i)))
            return std::nullopt;
    Arrival a;
    a.city = findMeetingPlace(ctx, s, s.dateline, s.size()).city;
    for (const PersonRef* r : refs)
        if (r->person >= 0 && ctx.persons[std::size_t(r->person)].official)
            a.people.push_back(r->person);
    if (a.city.isEmpty() || a.people.empty())
        return std::nullopt;
    return a;
}

MeetingPlace placeOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                     const Parties& parties, std::size_t triggerCount)
{
    const Clause& c = scope.clause;
    MeetingPlace place = findMeetingPlace(ctx, s, scope.begin, scope.cut);
    if (place.empty() && place.host < 0)
        place = findMeetingPlace(ctx, s, c.begin, std::max(scope.cut, std::min(c.end, t.begin)));
    if (place.empty() && place.host < 0 && parties.subjectClause)
        place = findMeetingPlace(ctx, s, parties.subjectClause->begin, parties.subjectClause->end);
    // "After the reception at the Palace of the Revolution, both leaders began the talks"
    if (place.empty() && place.host < 0 && triggerCount == 1) {
        const MeetingPlace anywhere = findMeetingPlace(ctx, s, s.dateline, s.size());
        place.city = anywhere.city;
        place.venue = anywhere.venue;
        place.genericCity = anywhere.genericCity;
        place.genericHost = anywhere.genericHost;
    }
    // "discussed the war in Sudan": a bare state in the topic is what was discussed,
    // not where (a city still places it: "discussed trade in Nairobi").
    if (scope.topicEnd > t.end && place.empty())
        place.host = -1;
    return place;
}

DateExpression dateOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                      bool future)
{
    const QStringView docText(ctx.doc.text);
    DateExpression d = findDate(s.toks, scope.begin, scope.end, docText, ctx.anchor, future, &ctx.lex);
    if (d.valid())
        return d;
    DateExpression inClause = findDate(s.toks, std::max(scope.clause.begin, s.dateline), scope.clause.end,
                                       docText, ctx.anchor, future, &ctx.lex);
    if (inClause.valid())
        return inClause;
    // "Later Tuesday, he met ..."
    return findDate(s.toks, s.dateline, t.begin, docText, ctx.anchor, future, &ctx.lex);
}

void finishPlaces(DocContext& ctx)
{
    // A call has no one place: "spoke in English" or the caller's city are no meeting place.
    for (MeetingDraft& m : ctx.meetings) {
        if (m.mode != "in person"_key) {
            m.place.clear();
            m.venue.clear();
        }
    }
    // The article says nowhere where its meetings were: the dateline's city, for a meeting in
    // person its state takes part in.
    const bool placed = std::any_of(ctx.meetings.begin(), ctx.meetings.end(),
                                    [](const MeetingDraft& m) { return !m.place.isEmpty(); });
    int datelineState = -1;
    const QString dateline = placed ? QString() : datelineCity(ctx, &datelineState);
    if (!dateline.isEmpty()) {
        for (MeetingDraft& m : ctx.meetings) {
            if (m.place.isEmpty() && m.mode == "in person"_key && m.status == "held"_key &&
                (datelineState < 0 || std::find(m.states.begin(), m.states.end(), datelineState) != m.states.end()))
                m.place = dateline;
        }
    }
    // A visit to a state that names no city there: the state's capital.
    for (MeetingDraft& m : ctx.meetings) {
        if (m.place.isEmpty() && m.mode == "in person"_key && m.visitedState >= 0) {
            const QStringList& places = ctx.g.states[std::size_t(m.visitedState)].places;
            if (!places.isEmpty())
                m.place = places.front();
        }
    }
}

} // namespace parley
