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
        // "A met B. A was in Paris for a conference": where A is now, not where the event was
        else if (placeVerb && (cue->value == "presence"_key || cue->value == "gathering"_key || cue->value == "same"_key))
            placeVerb = false;
        // "The previous retreat was held in Putrajaya", "An earlier session took place in Baku":
        // the subject is an earlier event, not the one just told ("first" may be this one)
        for (int b = s.dateline; placeVerb && b < i; ++b) {
            const LexiconPhrase* previous = nullptr;
            if (lexiconPhraseAt(ctx.lex, Cue::PreviousCue, s, b, &previous) > 0 && previous->value.isEmpty())
                placeVerb = false;
            // "The next session is scheduled to take place in Moscow next spring": a plan's
            // place is no place of an event already held
            if (ctx.meetings.back().status == "held"_key && !s.tok(b).cap &&
                (ctx.lex.has(Cue::FutureCue, s.key(b)) || ctx.lex.has(Cue::FutureAux, s.key(b))))
                placeVerb = false;
        }
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
    // (an arrival is told by a place cue's phrase or a journey verb: most sentences have neither)
    if (!s.mayStartPhraseOf(Cue::PlaceCue) && !s.mayHaveWordOf(Cue::JourneyVerb))
        return std::nullopt;
    bool arrived = false;
    int from = s.dateline;
    for (int i = 0; i < s.size() && !arrived; ++i) {
        const LexiconPhrase* cue = nullptr;
        const int end = lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue);
        arrived = end > 0 && (cue->value == "participant"_key || cue->value == "presence"_key);
        // "After talks in Paris, A was in Berlin on Tuesday": the place of the presence's own "in"
        if (arrived && cue->value == "presence"_key)
            from = end - 1;
        // "A travelled to Brussels on Tuesday", "A flew to Riga": a journey's destination
        // (a place right after "to": not "came to power in Kenya")
        if (!arrived && i + 2 < s.size() && ctx.lex.has(Cue::JourneyVerb, s.key(i)) && !s.tok(i).cap &&
            s.key(i + 1) == "to"_key && (s.tok(i + 2).cap || s.key(i + 2) == "the"_key)) {
            arrived = true;
            from = i + 1;
        }
    }
    if (!arrived)
        return std::nullopt;
    for (int i = 0; i < s.size(); ++i)
        if (ctx.lex.has(Cue::FutureCue, s.key(i)) || ctx.lex.has(Cue::FutureAux, s.key(i)))
            return std::nullopt;
    Arrival a;
    a.city = findMeetingPlace(ctx, s, from, s.size()).city;
    for (const PersonRef* r : refs)
        if (r->person >= 0 && ctx.persons[std::size_t(r->person)].official)
            a.people.push_back(r->person);
    if (a.city.isEmpty() || a.people.empty())
        return std::nullopt;
    a.otherOccasion = otherOccasionDate(ctx, findDate(s.toks, s.dateline, s.size(), QStringView(ctx.doc.text),
                                                      ctx.anchor, false, &ctx.lex));
    return a;
}

namespace {

// "A arrived in Ulaanbaatar on Monday and was welcomed at Chinggis Khaan International Airport
// by B": the city an arrival before the trigger names, for a venue no dictionary places.
MeetingPlace arrivalCityBefore(const DocContext& ctx, const SentenceInfo& s, const Trigger& t)
{
    for (int i = s.dateline; i < t.begin; ++i) {
        const LexiconPhrase* cue = nullptr;
        if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue) > 0 && cue->value == "participant"_key)
            return findMeetingPlace(ctx, s, i, t.begin);
    }
    return MeetingPlace();
}

// "According to reports in Manila, A met B in Tokyo", "Citing officials in Seoul, the agency
// said": a source word (clause-cut rows of value "source") opening the sentence, up to its comma,
// tells where the report comes from, not where anyone met. The token after that comma, or the
// sentence's start after its dateline.
int sourceAdjunctEnd(const DocContext& ctx, const SentenceInfo& s)
{
    const int b = s.dateline;
    if (b >= s.size() || !ctx.lex.has(Cue::ClauseCut, s.key(b)) || ctx.lex.value(Cue::ClauseCut, s.key(b)) != "source"_key)
        return b;
    for (int w = b + 1; w < std::min(s.size(), b + 12); ++w)
        if (s.key(w) == ","_key)
            return w + 1;
    return b;
}

// "A told reporters in Vilnius that he would meet B in Riga", "A said in Prague he would meet
// B": a speech verb before the trigger, then "that" or the reported clause's subject pronoun.
// The places before are where A spoke, not where the meeting is: the token after that word,
// or `from` when the trigger is told by no such clause.
int reportedClauseStart(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, int from)
{
    if (const int source = sourceAdjunctEnd(ctx, s); source > std::max(from, s.dateline) && source <= t.begin)
        return source;
    for (int v = t.begin - 1; v > std::max(from, s.dateline); --v) {
        if (!ctx.lex.has(Cue::SpeechVerb, s.key(v)) || s.quoted[std::size_t(v)])
            continue;
        for (int w = v + 1; w < t.begin; ++w)
            if (ctx.lex.has(Cue::ReportedOpener, s.key(w)))
                return w + 1;
        return from;
    }
    return from;
}

// "Oman has hosted four rounds of talks between A and B": a state that hosts the event, its
// subject right before the host verb, holds it in its capital.
MeetingPlace hostStateCapital(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, int from)
{
    MeetingPlace out;
    for (int v = t.begin; v >= std::max({from, s.dateline + 1, t.begin - 6}); --v) {
        const LexiconPhrase* verb = nullptr;
        if (lexiconPhraseAt(ctx.lex, Cue::MeetingVerb, s, v, &verb) <= 0 || verb->value != "receive"_key)
            continue;
        int w = v - 1;
        if (w > s.dateline && ctx.lex.has(Cue::PerfectAux, s.key(w)))
            --w;
        const PhraseMatch* m = s.matchOf(w);
        if (m && m->kind == PhraseKind::State && m->end == w + 1) {
            out.city = seatCity(ctx, m->entry);
            out.host = m->entry;
        }
        return out;
    }
    return out;
}

QString writtenSeat(const DocContext& ctx, int state);

// "A met Indian High Commissioner to Bangladesh B", "C, the Iranian ambassador to Oman,": the
// state an envoy's title (a `posted-title` row, "to" and a state, right before the name or in its
// apposition after a comma) posts one of the meeting's people to; -1 for none.
int envoyPosting(const DocContext& ctx, const SentenceInfo& s, const Parties& parties)
{
    constexpr int kApposition = 4; ///< ", the Indian High Commissioner to": words before the title
    // the state after the "to" that a posted title ends right before, or -1
    const auto postedTo = [&](int to) {
        const PhraseMatch* st = to + 1 < s.size() && s.key(to) == "to"_key ? s.matchOf(to + 1) : nullptr;
        if (!st || st->begin != to + 1 || st->kind != PhraseKind::State)
            return std::pair{-1, -1};
        for (int b = std::max(0, to - 3); b < to; ++b)
            if (lexiconPhraseAt(ctx.lex, Cue::PostedTitle, s, b) == to)
                return std::pair{st->entry, st->end};
        return std::pair{-1, -1};
    };
    for (const std::vector<int>* people : {&parties.subjects, &parties.objects}) {
        for (int p : *people) {
            for (const PersonRef& r : ctx.refs) {
                if (r.sentence != s.index || r.person != p)
                    continue;
                const int stateEnd = r.begin > 0 && s.key(r.begin - 1) == ","_key ? r.begin - 1 : r.begin;
                for (int to = std::max(0, stateEnd - 4); to < stateEnd; ++to)
                    if (const auto [state, end] = postedTo(to); state >= 0 && end == stateEnd)
                        return state;
                if (r.end >= s.size() || s.key(r.end) != ","_key)
                    continue;
                for (int to = r.end + 2; to < std::min(s.size(), r.end + 2 + kApposition + 3); ++to) {
                    if (s.nameTok[std::size_t(to)] || s.key(to) == ","_key)
                        break;
                    if (const int state = postedTo(to).first; state >= 0)
                        return state;
                }
            }
        }
    }
    return -1;
}

// "A held talks with B, who is in the country on a three-day official visit": a relative clause
// after the trigger that tells of a visit makes the person named before its "who" the guest, and
// the meeting is held where the other side's government sits.
MeetingPlace visitorsHostSeat(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const Parties& parties)
{
    int who = t.end;
    while (who < s.size() && s.key(who) != "who"_key)
        ++who;
    if (who >= s.size())
        return MeetingPlace();
    // a travel word that is no meeting verb: "who is on a visit", not "who welcomed them"
    // (nor a motion told on its own, "who was travelling", which may take the guest away)
    bool visit = false;
    int end = who + 1;
    for (; end < std::min(s.size(), who + 14) && s.key(end) != ","_key; ++end)
        visit = visit || (ctx.lex.has(Cue::TravelWord, s.key(end)) && !ctx.lex.has(Cue::MeetingVerb, s.key(end)) &&
                          ctx.lex.value(Cue::TravelWord, s.key(end)) != "motion"_key);
    if (!visit)
        return MeetingPlace();
    // "B, who was visiting Finland": a visit to a place of another state than the host's
    const MeetingPlace visited = findMeetingPlace(ctx, s, who + 1, end);
    const int visitedState = visited.host >= 0 ? visited.host : stateOfCity(ctx, visited.city);
    int guest = -1;
    for (const PersonRef& r : ctx.refs)
        if (r.sentence == s.index && r.person >= 0 && (r.end == who || (r.end == who - 1 && s.key(who - 1) == ","_key)))
            guest = r.person;
    if (guest < 0)
        return MeetingPlace();
    const int guestState = ctx.persons[std::size_t(guest)].state;
    int host = -1;
    for (const std::vector<int>* people : {&parties.subjects, &parties.objects}) {
        for (int p : *people) {
            const int st = ctx.persons[std::size_t(p)].state;
            if (p == guest || st < 0 || st == guestState)
                continue;
            if (host >= 0 && host != st)
                return MeetingPlace();
            host = st;
        }
    }
    MeetingPlace out;
    if (guestState < 0 || host < 0 || (visitedState >= 0 && visitedState != host))
        return out;
    out.city = seatCity(ctx, host);
    out.host = host;
    return out;
}

// "first met on Oct. 30 in Gyeongju", "met on the sidelines of the ADMM-Plus in Kuala Lumpur": an
// "on" that cuts the trigger's scope (as a topic would: "met on trade") opens a day or a
// gathering, and the place right after the day, or in the gathering's name, is the meeting's.
MeetingPlace placeAfterDayOrSide(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope)
{
    // "met on the sidelines of the Meeting-Plus in Kuala Lumpur": the gathering's name may be a
    // trigger of its own that ends this one's scope
    for (int k = t.end; k + 3 < s.size() && k <= std::min(scope.end, t.end + 14) && s.key(k) != ","_key; ++k) {
        if (s.key(k) == "on"_key && s.key(k + 1) == "the"_key && ctx.lex.has(Cue::SideMeeting, s.key(k + 2)) &&
            s.key(k + 3) == "of"_key) {
            int end = k + 4;
            while (end < std::min(s.size(), k + 18) && s.key(end) != ","_key)
                ++end;
            if (MeetingPlace p = findMeetingPlace(ctx, s, k + 4, end); !p.empty() || p.host >= 0)
                return p;
            // "on the sidelines of the UN General Assembly": a gathering held in one city
            for (int w = k + 4; w < end; ++w) {
                const LexiconPhrase* venue = nullptr;
                if (const int ve = lexiconPhraseAt(ctx.lex, Cue::GatheringVenue, s, w, &venue); ve > 0 && s.tok(w).cap) {
                    MeetingPlace p;
                    p.venue = ctx.surface(s, w, ve);
                    p.city = venue->value;
                    return p;
                }
            }
            return MeetingPlace();
        }
    }
    int on = scope.cut;
    // "met in person for the first time on December 5 in Washington": a count of the times that
    // cut the scope as a purpose would ("met for talks") is a manner; the day and the place after
    // it are the meeting's ("for the first time since the Geneva summit" names another event)
    if (on + 4 < s.size() && on < scope.end && s.key(on) == "for"_key && s.key(on + 1) == "the"_key &&
        (s.key(on + 2) == "first"_key || ctx.lex.has(Cue::Ordinal, s.key(on + 2))) && s.key(on + 3) == "time"_key) {
        on += 4;
        if (s.key(on) == "in"_key || s.key(on) == "at"_key)
            return findMeetingPlace(ctx, s, on, std::min(s.size(), on + 10));
    }
    if (on + 2 >= s.size() || on >= scope.end || s.key(on) != "on"_key)
        return MeetingPlace();
    int after = on + 1;
    if (isCalendarWord(s.tok(after)) || isMonthWord(s.tok(after))) {
        while (after < s.size() && (isCalendarWord(s.tok(after)) || isMonthWord(s.tok(after)) ||
                                    s.tok(after).kind == Token::Number ||
                                    (s.tok(after).kind == Token::Punct && s.tok(after).punct == QLatin1Char('.'))))
            ++after;
        if (after < s.size() && (s.key(after) == "in"_key || s.key(after) == "at"_key))
            return findMeetingPlace(ctx, s, after, std::min(s.size(), after + 10));
        return MeetingPlace();
    }
    return MeetingPlace();
}

// "last met in October on the sidelines of the Sharm El-Sheikh Peace Summit", "held talks during
// the Antalya Diplomacy Forum", "met at the Riyadh Gulf-India forum": a gathering the event was
// held beside ("on the sidelines of", "on the margins of"), during or at, whose name holds a city
// the dictionaries know, was held in that city. Read from the trigger's own words ("met on the
// sidelines of ..." may be one trigger) to the end of its scope and clause. ("ahead of the
// Brussels summit", "after the Doha talks" name another event, and are not read.)
MeetingPlace namedGatheringCity(const DocContext& ctx, const SentenceInfo& s, const Trigger& t,
                                const TriggerScope& scope, const Clause& c)
{
    // ("had a brief exchange with B during the Vientiane East Asia Summit": the trigger may be
    // the gathering's own head word, its name before it)
    if (t.end == t.begin + 1 && t.begin >= 2 && s.tok(t.begin).cap) {
        int b = t.begin;
        while (b > std::max(s.dateline, t.begin - 7) &&
               ((s.tok(b - 1).kind == Token::Word && s.tok(b - 1).cap && !s.nameTok[std::size_t(b - 1)]) ||
                s.tok(b - 1).kind == Token::Number || s.tok(b).hyphenBefore))
            --b;
        const auto opens = [&](int k) { return s.key(k) == "during"_key || s.key(k) == "of"_key; };
        const bool named =
            opens(b - 1) || (s.key(b - 1) == "the"_key && b >= 2 && (opens(b - 2) || s.key(b - 2) == "at"_key));
        if (b < t.begin && named)
            if (MeetingPlace p = gatheringNameCity(ctx, s, b); !p.city.isEmpty()) {
                p.host = -1; // (a gathering's host state takes part only through its own people)
                return p;
            }
    }
    const int to = std::min(s.size() - 1, std::max({scope.end, t.end, c.end}));
    for (int i = t.begin; i < to; ++i) {
        // "during the X Summit", "at the X Forum", "on the sidelines of the X Summit"
        const bool opensName = s.key(i) == "during"_key || (s.key(i) == "at"_key && s.key(i + 1) == "the"_key) ||
                               (s.key(i) == "of"_key && i > t.begin && ctx.lex.has(Cue::SideMeeting, s.key(i - 1)));
        if (!opensName)
            continue;
        int name = i + 1;
        if (name < s.size() && s.key(name) == "the"_key)
            ++name;
        if (MeetingPlace p = gatheringNameCity(ctx, s, name); !p.city.isEmpty())
            return p;
    }
    return MeetingPlace();
}

// "last met in February, on the sidelines of the Munich Security Conference", "held talks on
// Monday, during the Antalya Diplomacy Forum", "met B, the Kenyan president, on the margins of
// the Doha Forum": a gathering set off by a comma after the trigger's clause is where the verb's
// event was held, when the comma's next words open it ("on the sidelines of", "during", "at") and
// no word that tells of another event ("after", "since", "before") comes between ("met B on
// Monday, a day after the Doha Forum" names another one). A gathering the lexicon places in one
// city, or one whose name holds a city; its host state takes part only through its own people.
MeetingPlace gatheringAfterComma(const DocContext& ctx, const SentenceInfo& s, const Trigger& t)
{
    constexpr int kReach = 24;
    for (int k = t.end; k + 2 < std::min(s.size(), t.end + kReach); ++k) {
        if (ctx.lex.has(Cue::DateBoundary, s.key(k)) || s.quoted[std::size_t(k)])
            return MeetingPlace();
        if (s.key(k) != ","_key)
            continue;
        int name = -1;
        const TokenKey& w = s.key(k + 1);
        if (w == "on"_key && s.key(k + 2) == "the"_key && k + 4 < s.size() && ctx.lex.has(Cue::SideMeeting, s.key(k + 3)) &&
            s.key(k + 4) == "of"_key)
            name = k + 5;
        else if (w == "during"_key || w == "at"_key)
            name = k + 2;
        if (name < 0)
            continue;
        if (name < s.size() && s.key(name) == "the"_key)
            ++name;
        if (name >= s.size() || !s.tok(name).cap)
            return MeetingPlace();
        MeetingPlace p;
        const LexiconPhrase* venue = nullptr;
        if (const int ve = lexiconPhraseAt(ctx.lex, Cue::GatheringVenue, s, name, &venue); ve > 0) {
            p.venue = ctx.surface(s, name, ve);
            p.city = venue->value;
        } else {
            p = gatheringNameCity(ctx, s, name);
        }
        p.host = -1;
        return p;
    }
    return MeetingPlace();
}

// "Ilaro Court was the venue for talks between A and B", "The Kremlin hosted the talks": a venue
// the dictionaries know opening the sentence, as the subject of a place cue or a host verb before
// the trigger, is where the trigger's event was held.
MeetingPlace venueSubject(const DocContext& ctx, const SentenceInfo& s, const Trigger& t)
{
    const int j = s.key(s.dateline) == "the"_key ? s.dateline + 1 : s.dateline;
    const LexiconPhrase* venue = nullptr;
    const int ve = j < t.begin ? lexiconPhraseAt(ctx.lex, Cue::Venue, s, j, &venue) : -1;
    if (ve <= 0 || !s.tok(j).cap)
        return MeetingPlace();
    constexpr int reach = 4; ///< "was the venue", "has hosted"
    for (int k = ve; k < std::min(t.begin + 1, ve + reach); ++k) {
        if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, k) > 0 || ctx.lex.has(Cue::HostVerb, s.key(k))) {
            MeetingPlace p;
            p.venue = ctx.surface(s, j, ve);
            p.city = venue->value;
            p.host = stateOfCity(ctx, p.city);
            return p;
        }
    }
    return MeetingPlace();
}

// "met B, the leader who took office in La Paz in November", "the summit, which is planned for
// the autumn in Braga": a relative clause tells where its person or thing did something else;
// one that tells where the person is ("who was in Addis Abeba for", "who is visiting Oslo", "who
// arrived in Doha") or where the event was ("which was held in") still places the meeting.
// The tokens [first, second) of the first such clause at or after `from`, or (to, to).
std::pair<int, int> personClause(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    int who = from;
    while (who < to && s.key(who) != "who"_key && s.key(who) != "whose"_key && s.key(who) != "which"_key)
        ++who;
    if (who + 1 >= to)
        return {to, to};
    const int v = who + 1;
    // "who was in", "who is on a visit", "who is visiting", "which was held in": a stay or the event
    const TokenKey& next = s.key(std::min(v + 1, s.size() - 1));
    const bool stay = ctx.lex.has(Cue::PassiveAux, s.key(v)) &&
                      (next == "in"_key || next == "at"_key || next == "on"_key || next == "here"_key ||
                       ctx.lex.has(Cue::TravelWord, next));
    if (stay || ctx.lex.has(Cue::TravelWord, s.key(v)) || lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, v) > 0)
        return personClause(ctx, s, v, to);
    int end = v;
    while (end < to && s.key(end) != ","_key)
        ++end;
    return {who, end};
}

bool plannedBefore(const DocContext& ctx, const SentenceInfo& s, int i);
QString writtenSeat(const DocContext& ctx, int state);

// Whether token i is a capitalised word that is no day or month ("Commission", "Bilateral").
bool capitalName(const SentenceInfo& s, int i)
{
    return i >= 0 && i < s.size() && s.tok(i).kind == Token::Word && s.tok(i).cap && !isCalendarWord(s.tok(i)) &&
           !isMonthWord(s.tok(i));
}

// Whether word b tells a plan: "will", "next", "due to", "plans to".
bool planWord(const DocContext& ctx, const SentenceInfo& s, int b)
{
    return ctx.lex.has(Cue::FutureCue, s.key(b)) || ctx.lex.has(Cue::FutureAux, s.key(b)) ||
           (ctx.lex.has(Cue::ModalBeforeTo, s.key(b)) && b + 1 < s.size() && s.key(b + 1) == "to"_key);
}

// Whether some word of [from, to) tells a plan. The checks below first ask this of the whole
// span: finding the word that brings a place reads the place again from every word before it,
// which was a tenth of all extraction when asked of every meeting whatever its words.
bool planWordIn(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    for (int b = std::max(0, from); b < to; ++b)
        if (planWord(ctx, s, b))
            return true;
    return false;
}

// The last start in [from, to) from which the place `p` is still the one read: the word that
// brings it ("to" in "a trip to X"), or -1 when `p` is not read from `from`.
int placeWordOf(const DocContext& ctx, const SentenceInfo& s, int from, int to, const MeetingPlace& p)
{
    int at = -1;
    for (int i = from; i < to; ++i) {
        const MeetingPlace here = findMeetingPlace(ctx, s, i, to);
        if (here.city != p.city || here.venue != p.venue)
            break;
        at = i;
    }
    return at;
}

// Whether the place `p` read in [from, to) outside clause `c` is told in a clause of plan: the
// word that brings it follows a plan cue of its clause ("is scheduled to travel to Bogotá next
// week"). A place in the trigger's own clause ("a meeting is planned for May in Tirana") is not.
bool placeInPlan(const DocContext& ctx, const SentenceInfo& s, int from, int to, const MeetingPlace& p, const Clause& c)
{
    // (plannedBefore reads up to five words before the place's word, which is at or after `from`)
    if (p.empty() || !planWordIn(ctx, s, std::max(s.dateline, from - 5), to))
        return false;
    const int at = placeWordOf(ctx, s, from, to, p);
    return at >= 0 && (at < c.begin || at >= c.end) && plannedBefore(ctx, s, at);
}

// Whether the place `p` read in [from, to) is brought by a word after a word of plan in that
// span ("ahead of a trip to X", "before his visit to X next week").
bool placeAfterPlan(const DocContext& ctx, const SentenceInfo& s, int from, int to, const MeetingPlace& p)
{
    return planWordIn(ctx, s, from, to) && planWordIn(ctx, s, from, placeWordOf(ctx, s, from, to, p));
}

// Whether the place `p` read in [from, to) comes after a word that opens another event's time
// in that span ("their second meeting since a summit in Windhoek", "before his trip to Beijing");
// only the journeys when `journeysOnly`.
bool placeAfterBoundary(const DocContext& ctx, const SentenceInfo& s, int from, int to, const MeetingPlace& p,
                        bool journeysOnly = false)
{
    // ... or a journey named as a noun after "before" or "after" ("before his trip to Beijing",
    // "after Erdogan's visit to Budapest"): its destination is that journey's
    // (a noun: the travel word right after an article, a determiner or "'s", or a visit after one
    // lower-case word that follows one, "a state visit"; not "after the chancellor travelled to
    // Kyiv", a clause)
    const auto opens = [&](int k) {
        const TokenKey& d = s.key(k);
        return ctx.lex.has(Cue::Determiner, d) || d == "a"_key || d == "an"_key || d == "'s"_key;
    };
    const auto journeyAfter = [&](int b, int end) {
        for (int k = b + 1; k < std::min(end, b + 7); ++k) {
            // ("after a brief stopover in Dubai", "before a refuelling stop in Shannon": a leg
            // of the journey, told as a noun)
            if (ctx.lex.has(Cue::LegNoun, s.key(k)) && !s.tok(k).cap && ((k - 1 > b && opens(k - 1)) || (k - 2 > b && opens(k - 2))))
                return true;
            if (!ctx.lex.has(Cue::TravelWord, s.key(k)))
                continue;
            // ("met B before returning to Yerevan": the journey that follows the meeting)
            if (k == b + 1 && s.key(b) == "before"_key)
                return true;
            if (k - 1 > b && opens(k - 1))
                return true;
            return k - 2 > b && opens(k - 2) && ctx.lex.has(Cue::MeetingNoun, s.key(k)) &&
                   s.tok(k - 1).kind == Token::Word && !s.tok(k - 1).cap && !ctx.lex.has(Cue::PersonNoun, s.key(k - 1));
        }
        return false;
    };
    const auto boundaryIn = [&](int end) {
        for (int b = from; b < end; ++b) {
            if (!journeysOnly && ctx.lex.value(Cue::DateBoundary, s.key(b)) == "other-event"_key)
                return true;
            if (ctx.lex.has(Cue::DateBoundary, s.key(b)) && journeyAfter(b, end))
                return true;
        }
        return false;
    };
    return boundaryIn(to) && boundaryIn(placeWordOf(ctx, s, from, to, p));
}

// "received B on Monday, a week after B toured a car plant in Durban", "two days before B
// addresses parliament in Cape Town": a span of a day or more (time-unit rows, time-span rows of
// value occasion) right before a date-boundary word (at token b) opens the words of another
// occasion. placeOfOtherOccasion: whether the place `p` is read only there, after token `from`.
bool occasionBoundary(const DocContext& ctx, const SentenceInfo& s, int b)
{
    if (b < 1 || !ctx.lex.has(Cue::DateBoundary, s.key(b)) || s.tok(b - 1).kind != Token::Word)
        return false;
    const TokenKey& span = s.key(b - 1);
    QString unit = span.text();
    if (unit.endsWith(QLatin1Char('s')))
        unit.chop(1);
    return ctx.lex.value(Cue::TimeSpan, span) == "occasion"_key || ctx.lex.has(Cue::TimeUnit, span) ||
           ctx.lex.has(Cue::TimeUnit, unit);
}

bool placeOfOtherOccasion(const DocContext& ctx, const SentenceInfo& s, int from, int to, const MeetingPlace& p)
{
    // (the first boundary of the span, then the place's word only when there is one: the word
    // is found by reading the place again from each word on, and most spans have no boundary)
    int first = from + 1;
    while (first < to && !occasionBoundary(ctx, s, first))
        ++first;
    return first < to && first < placeWordOf(ctx, s, from, to, p);
}

// The state whose name ends right before token `end` ("Bridgetown, Barbados"), or null.
const PhraseMatch* stateEndingAt(const SentenceInfo& s, int end)
{
    for (int b = end - 1; b >= std::max(0, end - 4); --b) {
        const PhraseMatch* m = s.matchOf(b);
        if (m && m->begin == b && m->end == end && m->kind == PhraseKind::State)
            return m;
    }
    return nullptr;
}

// The place read in [from, to) outside the first person's relative clause after the trigger.
MeetingPlace findOutsidePersonClause(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, int from, int to)
{
    const auto [who, end] = personClause(ctx, s, std::max(from, t.end), to);
    if (who >= to)
        return findMeetingPlace(ctx, s, from, to);
    if (MeetingPlace before = findMeetingPlace(ctx, s, from, who); !before.empty() || before.host >= 0)
        return before;
    return end < to ? findMeetingPlace(ctx, s, end, to) : MeetingPlace();
}

// Whether the words before token `b` open a noun phrase: an article, a determiner, "a" or a
// possessive, then at most two lower-case words ("a tense", "their first"); and one that names
// the meeting told, not another event or a topic ("ahead of the Brussels summit", "after the
// White House meeting", "to discuss the Kremlin talks").
bool opensNounPhrase(const DocContext& ctx, const SentenceInfo& s, int b)
{
    for (int k = b - 1; k >= std::max(s.dateline, b - 3); --k) {
        const TokenKey& w = s.key(k);
        if (ctx.lex.has(Cue::Article, w) || ctx.lex.has(Cue::Determiner, w) || w == "a"_key || w == "an"_key) {
            // (a sentence that opens on the event frames its own: "After the Kremlin talks, A and
            // B signed a statement")
            for (int o = k - 1; o >= std::max(s.dateline, k - 2); --o) {
                const LexiconPhrase* verb = nullptr;
                const bool opening = o == s.dateline;
                if ((!opening && (ctx.lex.has(Cue::DateBoundary, s.key(o)) || planWord(ctx, s, o))) ||
                    ctx.lex.has(Cue::TopicBefore, s.key(o)) ||
                    (lexiconPhraseAt(ctx.lex, Cue::MeetingVerb, s, o, &verb) > 0 && verb->value == "discuss"_key))
                    return false;
            }
            return true;
        }
        if (s.tok(k).kind != Token::Word || s.tok(k).cap || ctx.lex.has(Cue::MeetingNoun, w) || isStopWord(ctx.lex, w))
            return false;
    }
    return false;
}

// The place a name before a meeting noun at token `noun` gives: "The Windhoek talks", "a White
// House meeting", "the Kremlin talks" (the article is the venue's own), or an empty place.
MeetingPlace modifierPlace(const DocContext& ctx, const SentenceInfo& s, int noun)
{
    MeetingPlace place;
    const MeetingPlace city = knownCityEndingAt(ctx, s, noun);
    if (!city.city.isEmpty()) {
        if (opensNounPhrase(ctx, s, noun - int(shortTokens(city.city).size())))
            place = city;
        return place;
    }
    for (int b = noun - 1; b >= std::max(s.dateline, noun - 6); --b) {
        const LexiconPhrase* venue = nullptr;
        const int name = s.key(b) == "the"_key ? b + 1 : b;
        if (lexiconPhraseAt(ctx.lex, Cue::Venue, s, b, &venue) != noun || !s.tok(name).cap)
            continue;
        if (!opensNounPhrase(ctx, s, name))
            continue;
        place.venue = ctx.surface(s, name, noun);
        place.city = venue->value;
        place.host = stateOfCity(ctx, place.city);
        return place;
    }
    return place;
}

// "from a G7 summit in Kananaskis, where he hosted B", "visited Pristina in January, when he met
// B": the place named before the "where", ", when" or ", during which" that opens the trigger's clause `c`, when
// that word tells what happened on a stay there, or an empty place.
MeetingPlace stayBeforeOpener(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    // (", during which": "will visit Baku next week, during which he is to meet B")
    const auto opener = [&](int w) {
        return s.key(w) == "where"_key || (s.key(w) == "when"_key && s.key(w - 1) == ","_key) ||
               (w >= 2 && s.key(w) == "which"_key && s.key(w - 1) == "during"_key && s.key(w - 2) == ","_key);
    };
    int w = t.begin - 1;
    while (w > std::max(s.dateline, c.begin - 2) && !opener(w))
        --w;
    if (w <= s.dateline || !opener(w))
        return MeetingPlace();
    // (a purpose may stand between the city and the "when": "travelled to Paramaribo for her
    // inauguration in July, when")
    MeetingPlace before;
    int k = w - 1;
    // ("will visit Baku next week, during which": a known city right after a travel word)
    for (; k >= std::max(s.dateline, w - 10) && before.city.isEmpty(); --k) {
        before = findMeetingPlace(ctx, s, k, w);
        if (before.city.isEmpty() && ctx.lex.has(Cue::TravelWord, s.key(k)))
            before = knownCityStartingAt(ctx, s, k + 1);
    }
    // "during the State Visit of President A to Algeria, when the two heads of state held
    // talks", "visited Ghana, when": a journey to a state (a travel verb taking it, or a travel
    // word a few words before its "to") right before the opener, naming no city there, went to
    // where that state's government sits
    if (before.city.isEmpty()) {
        const PhraseMatch* visited = stateEndingAt(s, s.key(w - 1) == ","_key ? w - 1 : w);
        int travel = -1;
        if (visited && visited->begin - 1 > s.dateline) {
            const int to = visited->begin - 1;
            if (ctx.lex.has(Cue::TravelWord, s.key(to)))
                travel = to;
            else if (s.key(to) == "to"_key)
                for (int b = to - 1; b > std::max(s.dateline, to - 8) && !isComma(s.tok(b)) && travel < 0; --b)
                    if (ctx.lex.has(Cue::TravelWord, s.key(b)))
                        travel = b;
        }
        if (travel >= 0) {
            before.city = writtenSeat(ctx, visited->entry);
            before.host = visited->entry;
            return before;
        }
    }
    // ... a "when" after a stay, or after a meeting noun whose place and day it tells
    // ("followed meetings in Washington on Tuesday, when A met B"), not after an earlier
    // meeting's verb ("last met in Vilnius in December, when A attended a meeting of B"
    // tells of the gathering, not of talks)
    bool stay = s.key(w) == "where"_key || (k >= s.dateline && ctx.lex.has(Cue::MeetingNoun, s.key(k)));
    // ... or after an event named as a noun that a place cue of its own places ("The last round
    // of talks was held in New Delhi in December, when", "Their previous meeting took place in
    // Lima", "The first summit was in Astana in 2024, when"): the event of the "when" clause
    if (!stay && k > s.dateline) {
        int subjectEnd = -1;
        for (int b = std::max(s.dateline, k - 3); b <= k && subjectEnd < 0; ++b) {
            const LexiconPhrase* cue = nullptr;
            if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, b, &cue) == k + 1 && cue->value.isEmpty())
                subjectEnd = b;
        }
        if (subjectEnd < 0 && ctx.lex.has(Cue::PassiveAux, s.key(k)))
            subjectEnd = k;
        for (int v = subjectEnd - 1; v >= std::max(s.dateline, subjectEnd - 4) && !stay; --v) {
            if (s.tok(v).kind != Token::Word || s.tok(v).cap)
                break;
            stay = ctx.lex.has(Cue::MeetingNoun, s.key(v)) || ctx.lex.has(Cue::GatheringWord, s.key(v));
        }
    }
    // (the word before the place read counts: "travelled to Paramaribo", "a trip to Nairobi")
    for (int v = std::max(k, s.dateline); v < w && !stay; ++v)
        stay = ctx.lex.has(Cue::TravelWord, s.key(v));
    // ... as does a journey's "to" past its traveller: "the visit President A paid to Abidjan in
    // March, during which"
    stay = stay || (k + 1 < w && s.key(k + 1) == "to"_key && travellerBeforeTo(ctx, s, k + 1));
    return stay ? before : MeetingPlace();
}

// "A, on a two-day visit to Laos, held talks with B", "on an official visit to Laos, A met B": a
// stay told by "on", a few words and a travel noun taking "to" and a state, before token `end`
// of the sentence: the state stayed in, or -1
int stayOnVisitBefore(const DocContext& ctx, const SentenceInfo& s, int end)
{
    constexpr int kWords = 4; ///< "on an official two-day"
    for (int on = s.dateline; on + 3 < end; ++on) {
        if (s.key(on) != "on"_key)
            continue;
        // (a release's title case, "on a State Visit to Nigeria", writes the words in capitals,
        // no one's name among them)
        const auto plainWord = [&](int x) {
            return s.tok(x).kind == Token::Word && !s.nameTok[std::size_t(x)] && (!s.tok(x).cap || !s.matchOf(x));
        };
        int w = on + 1;
        while (w < std::min(end, on + 1 + kWords) && plainWord(w) && !ctx.lex.has(Cue::TravelWord, s.key(w)))
            ++w;
        if (w + 2 >= end || !plainWord(w) || !ctx.lex.has(Cue::TravelWord, s.key(w)) || s.key(w + 1) != "to"_key)
            continue;
        const PhraseMatch* st = s.matchOf(w + 2);
        if (!st || st->begin != w + 2 || st->kind != PhraseKind::State ||
            (st->end < s.size() && s.tok(st->end).kind != Token::Punct))
            continue;
        // (not when another journey or event comes between: "on a visit to Bhutan, his first since
        // Modi's state visit, during which Modi was received")
        bool other = false;
        for (int x = st->end; x < end && !other; ++x)
            other = ctx.lex.has(Cue::TravelWord, s.key(x)) || ctx.lex.has(Cue::DateBoundary, s.key(x));
        if (!other)
            return st->entry;
    }
    return -1;
}

} // namespace

// "A left Caracas after meeting B", "flew out of Damascus on Monday after talks with B": a
// departure verb before the trigger, the city it leaves right after it, then "after" up to three
// words before the trigger: the meeting was held in the city left. Not "left for Caracas after
// meeting B" (the destination), nor a departure that is no one's before this trigger.
MeetingPlace departureCityBefore(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, int from)
{
    bool after = false;
    for (int b = t.begin - 1; b >= std::max(from, t.begin - 3) && !after; --b)
        after = s.key(b) == "after"_key;
    if (!after)
        return MeetingPlace();
    for (int v = t.begin - 2; v >= std::max(from, t.begin - 12); --v) {
        const int end = lexiconPhraseAt(ctx.lex, Cue::DepartureVerb, s, v);
        if (end <= 0 || s.tok(v).cap)
            continue;
        return knownCityStartingAt(ctx, s, end);
    }
    return MeetingPlace();
}

MeetingPlace placeOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                     const Parties& parties, std::size_t triggerCount, bool held)
{
    const Clause& c = scope.clause;
    // "where they agreed to convene the next Joint Commission meeting in Colombo": a noun that
    // may refer back to the meeting just told, but whose words tell a plan ("next", "upcoming"),
    // lends no place to that meeting when it has none ("last met in Brussels, where they agreed
    // to hold the next meeting in Sofia" keeps Sofia for the plan)
    if (t.anaphoric && !t.verb && !ctx.meetings.empty() && ctx.meetings.back().place.isEmpty()) {
        for (int b = t.begin - 1; b >= std::max(s.dateline, t.begin - 4) && s.tok(b).kind == Token::Word; --b) {
            if (ctx.lex.has(Cue::Determiner, s.key(b)))
                break;
            if (ctx.lex.has(Cue::FutureCue, s.key(b)) && !s.tok(b).cap)
                return MeetingPlace();
        }
    }
    const int reported = reportedClauseStart(ctx, s, t, s.dateline);
    const bool told = reported > s.dateline;
    // "Prior to the meeting, A held talks with B at the same venue": where the event told before
    // was held, whatever the sentence names after it ("on the arrangements in Gaza")
    for (int i = std::max(scope.begin, t.end); i < scope.end && !ctx.meetings.empty(); ++i) {
        const LexiconPhrase* cue = nullptr;
        if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue) > 0 && cue->value == "same"_key &&
            !ctx.meetings.back().place.isEmpty()) {
            MeetingPlace same;
            same.city = ctx.meetings.back().place;
            same.venue = ctx.meetings.back().venue;
            return same;
        }
    }
    // "In Yerevan, lawmakers criticized the meeting between A and B": a meeting noun that is the
    // object of someone else's verb (its parties after it, none before it; a second article or determiner between
    // the comma or clause start before it and the noun) takes no place told before it: that
    // place frames the other verb. Not "In Geneva, the talks between A and B resumed".
    bool objectNoun = false;
    // ... or the meeting told before ("lawmakers criticized the meeting."); no one named between
    // (a bare "the meeting" that ends its clause: not "the World Governments Summit 2026 at")
    const bool bareBack = t.anaphoric && t.begin >= 1 && ctx.lex.has(Cue::Determiner, s.key(t.begin - 1)) &&
                          (t.end >= s.size() || s.tok(t.end).kind == Token::Punct);
    if (!t.verb && parties.subjects.empty() && (!parties.objects.empty() || bareBack)) {
        int k = t.begin - 1;
        while (k >= std::max(c.begin, s.dateline) && s.tok(k).kind == Token::Word && !s.nameTok[std::size_t(k)])
            --k;
        const bool named = k >= std::max(c.begin, s.dateline) && s.nameTok[std::size_t(k)];
        for (int x = k + 2; x < t.begin && !objectNoun && !named; ++x)
            objectNoun = ctx.lex.has(Cue::Determiner, s.key(x)) || s.key(x) == "a"_key || s.key(x) == "an"_key;
    }
    const int floor = objectNoun ? t.begin : 0;
    // ("A met B in Abuja and will receive C in Accra": a verb joined by "and" looks for its own
    // place after the "and" first)
    const int scopeFrom = std::max({scope.begin, reported, floor, parties.coordinated});
    MeetingPlace place = findMeetingPlace(ctx, s, scopeFrom, scope.cut);
    // "agreed to build parks in the Riau Islands, as A and B met at the Bogor Palace": a name no
    // dictionary places, read before the trigger, gives way to a city the trigger's own words
    // after it name, in its clause ("met for their annual retreat at the Bogor Palace")
    if (place.city.isEmpty() && place.host < 0 && !place.venue.isEmpty() && t.verb && scopeFrom < t.begin) {
        if (MeetingPlace after = findMeetingPlace(ctx, s, t.end, std::max(scope.cut, c.end)); !after.city.isEmpty())
            place = after;
    }
    if (place.empty() && place.host < 0)
        place = findMeetingPlace(ctx, s, std::max({c.begin, reported, floor}), std::max(scope.cut, std::min(c.end, t.begin)));
    if (place.empty() && place.host < 0)
        place = placeAfterDayOrSide(ctx, s, t, scope);
    if (place.empty() && place.host < 0)
        place = namedGatheringCity(ctx, s, t, scope, c);
    if (place.empty() && place.host < 0)
        place = gatheringAfterComma(ctx, s, t);
    // "a meeting of the Joint Commission on Bilateral Cooperation at the DFA in Pasay City": an
    // "on" between capitalised words is inside a body's name, no topic; the place after the
    // name, in the trigger's clause, is the meeting's
    if (place.empty() && place.host < 0 && scope.cut > t.end && scope.cut + 1 < std::min(s.size(), c.end) &&
        s.key(scope.cut) == "on"_key && capitalName(s, scope.cut - 1) && capitalName(s, scope.cut + 1))
        place = findMeetingPlace(ctx, s, scope.cut + 1, c.end);
    // "met on Bintan Island on Monday": an "on" that cut the scope as a topic's opens an island
    // the meeting was held on
    if (place.empty() && place.host < 0 && scope.cut >= t.end && scope.cut < c.end)
        place = islandAt(ctx, s, scope.cut, c.end);
    // "met face to face in Busan, on the sidelines of": a word doubled around the "to" that cut
    // the scope is a manner ("face to face"), no infinitive; the place after it is the verb's
    if (place.empty() && place.host < 0 && scope.cut > t.end && scope.cut + 2 < s.size() &&
        s.key(scope.cut) == "to"_key && s.key(scope.cut - 1) == s.key(scope.cut + 1)) {
        int end = scope.cut + 2;
        while (end < s.size() && !isComma(s.tok(end)))
            ++end;
        place = findMeetingPlace(ctx, s, scope.cut + 2, end);
    }
    // "hosted his counterpart, Gen B, the Chief of General Staff, in Kasese": a place phrase right
    // after the comma that closes the object's apposition belongs to the verb
    if (place.empty() && place.host < 0 && !parties.objects.empty() && scope.end > t.end && scope.end + 1 < s.size() &&
        s.key(scope.end - 1) == ","_key && (s.key(scope.end) == "in"_key || s.key(scope.end) == "at"_key)) {
        int end = scope.end + 1;
        while (end < s.size() && s.key(end) != ","_key)
            ++end;
        place = findMeetingPlace(ctx, s, scope.end, end);
    }
    // "plans to visit Beijing in May to meet B": a trigger that opens with a travel word takes
    // the city right after it (the noun takes "to": "a visit to Beijing", read above)
    if (place.empty() && ctx.lex.has(Cue::TravelWord, s.key(t.begin)) && t.begin + 1 < t.end)
        place = knownCityStartingAt(ctx, s, t.begin + 1);
    if (place.empty() && place.host < 0)
        place = departureCityBefore(ctx, s, t, std::max(s.dateline, reported));
    if (place.city.isEmpty() && !place.venue.isEmpty() && place.genericCity.isEmpty()) {
        const MeetingPlace arrived = arrivalCityBefore(ctx, s, t);
        if (!arrived.city.isEmpty()) {
            place.city = arrived.city;
            place.host = arrived.host;
        }
    }
    // "arrived in Doha from Muscat, where he met B": a "where" that opens the trigger's clause
    // right after a city the dictionaries know names that city, not the subject clause's place
    // ... also when the city's state follows it: "from Bridgetown, Barbados, where she held talks"
    // ... with or without its comma: "who arrived from Lomé where he had met B"
    int where = t.begin - 1;
    while (where > std::max(s.dateline, c.begin) && s.key(where) != "where"_key)
        --where;
    if (where < 2 || s.key(where) != "where"_key)
        where = -1;
    const int whereEnd = where < 0 ? -1 : s.key(where - 1) == ","_key ? where - 1 : where;
    // (not "where he had attended a trade fair": an attending joins the meeting told, which is
    // not in that city)
    // ... whatever state the trigger's topic names ("where he held talks with B on investment in
    // Iraq's oil sector"), and as the city of a building the clause names without one ("where
    // he met B at the foreign ministry")
    if (place.city.isEmpty() && place.genericCity.isEmpty() && whereEnd >= 1 && !t.attendVerb) {
        MeetingPlace stop = knownCityEndingAt(ctx, s, whereEnd);
        const PhraseMatch* state = stop.empty() ? stateEndingAt(s, whereEnd) : nullptr;
        if (state && state->begin >= 2 && s.key(state->begin - 1) == ","_key) {
            stop = knownCityEndingAt(ctx, s, state->begin - 1);
            if (stop.host >= 0 && stop.host != state->entry)
                stop = MeetingPlace();
        }
        if (!stop.city.isEmpty()) {
            stop.venue = place.venue;
            place = stop;
        }
    }
    // (a trigger told as held takes no place another clause tells as a plan: "A is scheduled to
    // travel to Bogotá next week, although the visit depends on the weather"; nor does a noun
    // that refers back to a meeting, whose status it takes)
    const bool planned = (!held && !t.anaphoric) || plannedBefore(ctx, s, t.begin);
    if (place.empty() && place.host < 0 && parties.subjectClause && !told && !objectNoun) {
        place = findMeetingPlace(ctx, s, parties.subjectClause->begin, parties.subjectClause->end);
        if (!planned && placeInPlan(ctx, s, parties.subjectClause->begin, parties.subjectClause->end, place, c))
            place = MeetingPlace();
    }
    // "After the reception at the Palace of the Revolution, both leaders began the talks"
    // ... but a name no dictionary knows after the trigger, past its clause ("The talks were
    // devoted to the assets frozen at Euroclear"), is no town of the meeting
    // (a stay the trigger's ", when" or "where" tells of comes first: "A arrived in Lima, months
    // after B flew to Santiago for a fair in April, when the two held talks")
    // (not for an attending, which joins the meeting told: "from Lomé, where he had attended a fair")
    if (place.empty() && place.host < 0 && triggerCount == 1 && !objectNoun && !t.attendVerb)
        place = stayBeforeOpener(ctx, s, t, c);
    if (place.empty() && place.host < 0 && triggerCount == 1 && !objectNoun) {
        MeetingPlace anywhere = findOutsidePersonClause(ctx, s, t, reported, s.size());
        if (anywhere.host < 0 && stateOfCity(ctx, anywhere.city) < 0 &&
            findMeetingPlace(ctx, s, s.dateline, t.begin).city != anywhere.city)
            anywhere.city.clear();
        if (!planned && placeInPlan(ctx, s, reported, s.size(), anywhere, c))
            anywhere = MeetingPlace();
        place.city = anywhere.city;
        place.venue = anywhere.venue;
        place.genericCity = anywhere.genericCity;
        place.genericHost = anywhere.genericHost;
    }
    if (place.empty() && place.host < 0)
        place = venueSubject(ctx, s, t);
    if (place.empty() && place.host < 0)
        place = hostStateCapital(ctx, s, t, c.begin);
    if (place.empty() && place.host < 0)
        place = visitorsHostSeat(ctx, s, t, parties);
    // "from a G7 summit in Kananaskis, where he hosted B": the place named right before the
    // "where" that opens the trigger's clause; "visited Pristina in January, when he met B": a
    // "when" that tells what happened on that stay. A venue read in the trigger's own clause
    // ("..., when A met B at the Treasury Department") keeps its name and takes that city.
    if (place.city.isEmpty() && place.genericCity.isEmpty() && place.host < 0) {
        if (MeetingPlace before = stayBeforeOpener(ctx, s, t, c); !before.city.isEmpty()) {
            if (!place.venue.isEmpty())
                before.venue = place.venue;
            place = before;
        }
    }
    // "A, on a two-day visit to Laos, held talks with B at the Prime Minister's Office": where the
    // visited state's government sits
    if (place.city.isEmpty() && place.genericCity.isEmpty()) {
        if (const int visited = stayOnVisitBefore(ctx, s, t.begin); visited >= 0) {
            place.city = writtenSeat(ctx, visited);
            place.host = visited;
        }
    }
    // "he met Indian High Commissioner to Bangladesh B at his office": an envoy works, and is
    // met, where the government of the state he is posted to sits, whoever's office the
    // building the sentence names with no city was (with no building the article may place the
    // meeting elsewhere: "arrived in Auckland ... met Fiji's High Commissioner to New Zealand")
    if (place.city.isEmpty() && place.genericCity.isEmpty() && !place.venue.isEmpty() && held) {
        if (const int posted = envoyPosting(ctx, s, parties); posted >= 0) {
            place.city = writtenSeat(ctx, posted);
            place.host = posted;
        }
    }
    // "In February, A hosted B at the National Palace", "B was received by A at the presidential
    // palace": a building no dictionary places (or one many states name, of a state not taking
    // part), where a host of one state received a guest of
    // another, is kept aside as in the city where the host's government sits (finishPlaces
    // takes it when nothing else places the meeting)
    // ... or that a guest called on ("B called on A at Village Urugwiro", "paid a courtesy call on
    // A at the palace": a host-verb row of value `object` names the host after it)
    int hostVerb = -1;
    bool objectHost = false;
    for (int i = t.begin; i < t.end && hostVerb < 0; ++i) {
        const LexiconPhrase* verb = nullptr;
        if (lexiconPhraseAt(ctx.lex, Cue::HostVerb, s, i, &verb) > 0) {
            hostVerb = i;
            objectHost = verb->value == "object"_key;
        }
    }
    // ... or at no named building, on an occasion the rest of the article does not place ("In
    // March, A hosted B for talks"), unless the sentence tells of a gathering the host may have
    // attended abroad
    bool gatheringHere = false;
    for (int i = s.dateline; i < s.size() && !gatheringHere; ++i)
        gatheringHere = ctx.lex.has(Cue::GatheringWord, s.key(i)) || ctx.lex.has(Cue::SideMeeting, s.key(i));
    if (hostVerb >= 0 && t.verb && place.city.isEmpty() && place.host < 0 && (!place.venue.isEmpty() || !gatheringHere)) {
        // the host is named before an active verb, after a passive one ("was welcomed ... by B")
        const bool passive = (t.passive || (hostVerb > 0 && ctx.lex.has(Cue::PassiveAux, s.key(hostVerb - 1)))) != objectHost;
        int host = -1;
        bool one = true;
        bool hostNamed = false;
        std::vector<int> guests;
        for (const std::vector<int>* people : {&parties.subjects, &parties.objects}) {
            for (int p : *people) {
                const auto ref = std::find_if(ctx.refs.begin(), ctx.refs.end(), [&](const PersonRef& r) {
                    return r.sentence == s.index && r.person == p;
                });
                if (ref == ctx.refs.end())
                    continue;
                const int st = ctx.persons[std::size_t(p)].state;
                if ((ref->begin < hostVerb) == passive) {
                    guests.push_back(st);
                    continue;
                }
                one = one && st >= 0 && (host < 0 || st == host);
                host = st;
                hostNamed = true;
            }
        }
        // (a guest of no state, "the Secretary General of the OAS", is a guest all the same)
        const bool guest = std::any_of(guests.begin(), guests.end(), [&](int st) { return st != host; });
        // (not a welcome at an airport, which may serve another town: "was welcomed at Nausori
        // International Airport")
        bool airport = false;
        for (const Token& w : shortTokens(place.venue))
            airport = airport || ctx.lex.has(Cue::ArrivalWord, w.key);
        if (hostNamed && one && guest && !airport)
            place.hostSeat = seatCity(ctx, host);
    }
    // "met B on Monday ahead of a trip to Addis Ababa": a place a word of plan brings after the
    // held trigger is where someone goes next, not where they met
    if (held && !place.empty() && placeAfterPlan(ctx, s, t.end, s.size(), place))
        place = MeetingPlace();
    if (!place.empty() && placeOfOtherOccasion(ctx, s, t.end, s.size(), place))
        place = MeetingPlace();
    // "their second meeting since a summit in Windhoek": the place of the event the count
    // starts from
    if (!place.empty() && placeAfterBoundary(ctx, s, t.end, s.size(), place))
        place = MeetingPlace();
    // ... also when the trigger's words take in someone's own journey ("their third meeting this
    // year after Erdogan's visit to Budapest"; not "comes two days after the visit of a delegation
    // to Damascus", which is the event told)
    for (int b = t.begin; b < t.end && !place.empty(); ++b) {
        if (!ctx.lex.has(Cue::DateBoundary, s.key(b)))
            continue;
        for (int k = b + 1; k < std::min(t.end, b + 5); ++k) {
            // ("Milei's state visit to Brasília": one lower-case word may come between)
            const int j = ctx.lex.has(Cue::TravelWord, s.key(k + 1)) || k + 2 >= s.size() || s.tok(k + 1).cap ? k + 1 : k + 2;
            if (s.key(k) == "'s"_key && ctx.lex.has(Cue::TravelWord, s.key(j)) &&
                placeWordOf(ctx, s, j, s.size(), place) >= 0) {
                place = MeetingPlace();
                break;
            }
        }
    }
    // ... and before the trigger: "Ahead of a state visit to Tokyo, A held talks with B in Seoul"
    // is placed by the trigger's own clause, if at all
    // ... or "returned to Beirut from talks with B": a meeting noun after "from" was left behind
    int from = t.begin - 1;
    while (from > s.dateline && (ctx.lex.has(Cue::Determiner, s.key(from)) || s.key(from) == "a"_key))
        --from;
    const bool leftBehind = !t.verb && from >= s.dateline && s.key(from) == "from"_key;
    if (!place.empty() && t.begin > s.dateline &&
        ((leftBehind && placeWordOf(ctx, s, s.dateline, t.begin, place) >= 0) ||
         placeAfterBoundary(ctx, s, s.dateline, t.begin, place, true)))
        place = t.end < c.end ? findMeetingPlace(ctx, s, t.end, c.end) : MeetingPlace();
    // "A, fresh from talks in Warsaw, met B", "Coming from a summit in Brussels, A met B",
    // "returning from a visit to Warsaw": an event or a journey named after "from" before the
    // trigger was left behind, its place with it ("from a summit in Brussels, where he met B"
    // opens the trigger's clause with "where" and keeps it)
    for (int f = s.dateline; f + 1 < t.begin && !place.empty(); ++f) {
        if (s.key(f) != "from"_key)
            continue;
        int noun = f + 1;
        while (noun < std::min(t.begin, f + 5) && s.tok(noun).kind == Token::Word && !s.tok(noun).cap &&
               !ctx.lex.has(Cue::MeetingNoun, s.key(noun)) && !ctx.lex.has(Cue::GatheringWord, s.key(noun)) &&
               !ctx.lex.has(Cue::TravelWord, s.key(noun)))
            ++noun;
        if (noun >= t.begin || s.tok(noun).cap || s.tok(noun).kind != Token::Word)
            continue;
        int end = noun + 1;
        while (end < t.begin && !isComma(s.tok(end)))
            ++end;
        bool opener = false;
        for (int w = end; w < t.begin && !opener; ++w)
            opener = s.key(w) == "where"_key || s.key(w) == "when"_key;
        if (!opener && findMeetingPlace(ctx, s, noun, end).city == place.city)
            place = t.end < c.end ? findMeetingPlace(ctx, s, t.end, c.end) : MeetingPlace();
    }
    // "A flew in from Riyadh and met B in Muscat", "Fresh from Beijing, A held talks with B": the
    // town after a journey's "from" is where the traveller came from, not where the meeting is
    for (int f = s.dateline; f + 1 < t.begin && !place.empty(); ++f) {
        if (s.key(f) != "from"_key || !journeyOrigin(ctx.lex, s, f + 1))
            continue;
        // (the city's own words after "from", or after "from the")
        const QString city = foldKey(place.city);
        QString words;
        for (int k = ctx.lex.has(Cue::Article, s.key(f + 1)) ? f + 2 : f + 1;
             k < std::min(t.begin, f + 6) && s.tok(k).kind == Token::Word && s.tok(k).cap && words.size() < city.size(); ++k)
            words += (words.isEmpty() ? QString() : QStringLiteral(" ")) + s.key(k);
        // ("arrived in Doha from Muscat, where he met B": "where" opens the trigger's clause at
        // the stop and keeps its place)
        bool opener = false;
        for (int w = f + 1; w < t.begin && !opener; ++w)
            opener = s.key(w) == "where"_key || s.key(w) == "when"_key;
        if (!city.isEmpty() && words == city && !opener)
            place = t.end < c.end ? findMeetingPlace(ctx, s, t.end, c.end) : MeetingPlace();
    }
    // "A, who had been in Riyadh on Sunday, met B", "B, which had hosted talks in Doha": a relative
    // clause in the past perfect, outside the trigger, tells where its person or thing was
    // before, not where the meeting is
    for (int w = s.dateline; w + 2 < s.size() && !place.city.isEmpty(); ++w) {
        if ((s.key(w) != "who"_key && s.key(w) != "which"_key) || s.key(w + 1) != "had"_key || (w < t.end && w + 1 >= t.begin))
            continue;
        int end = w + 2;
        while (end < s.size() && !isComma(s.tok(end)) && (end < t.begin || end >= t.end))
            ++end;
        if (t.begin > w && t.begin < end)
            continue;
        if (findMeetingPlace(ctx, s, w + 2, end).city == place.city)
            place = MeetingPlace();
    }
    // "The Windhoek talks between the two presidents": a city the dictionaries know right
    // before the meeting noun, after its article
    // ... or a building the lexicon places ("a White House meeting", "the Kremlin talks"), after
    // an article, a determiner or a possessive and at most two lower-case words ("a tense Oval
    // Office meeting", "her Washington meeting")
    // ... also the noun inside a verb's trigger ("will host B for an Oval Office meeting"; not
    // "met B ahead of the Brussels summit", another event)
    const auto nameBefore = [&](int noun) {
        if (!place.empty() || place.host >= 0 || noun < 2)
            return;
        if (const MeetingPlace named = modifierPlace(ctx, s, noun); !named.empty()) {
            place.city = named.city;
            place.venue = named.venue;
            place.host = named.host;
        }
    };
    if (!t.verb)
        nameBefore(t.begin);
    for (int i = t.begin + 2; t.verb && i < t.end; ++i)
        if (ctx.lex.has(Cue::MeetingNoun, s.key(i)) && !s.tok(i).cap)
            nameBefore(i);
    // "met in Lima, Peru, on the sidelines of the APEC summit": the place is the gathering's,
    // and its state takes part only through its own people
    if (!t.gathering && place.host >= 0) {
        for (int i = s.dateline; i < s.size(); ++i)
            if ((i < t.begin || i >= t.end) && ctx.lex.has(Cue::GatheringWord, s.key(i)))
                place.host = -1;
    }
    // "A met B in Geneva": where people of two states meet, the place's state takes part only
    // through its people; it stands in for a party only when one is missing ("A held talks in
    // Dushanbe", "a Greek delegation to Nicosia held talks"). A building of a government ("at
    // the Department of State") still says who hosted, a summit's city who hosted the summit, and
    // a visit's state is where the visitor went ("in Cameroon for an official visit").
    // The summit of "met B on the sidelines of the G20 summit in Rio" is only where they met.
    // "on the sidelines of" between tokens b and e
    const auto sideOfIn = [&](int b, int e) {
        for (int k = b; k < e; ++k)
            if (ctx.lex.has(Cue::SideMeeting, s.key(k)) && s.key(k + 1) == "of"_key)
                return true;
        return false;
    };
    const bool sidelines = sideOfIn(std::max(s.dateline, t.begin - 6), t.begin);
    // "They last met on the sidelines of the General Assembly in New York": a side meeting's city
    // is the gathering's, whoever took part
    const bool sideOf = sidelines || sideOfIn(t.end, std::min(scope.end, t.end + 4));
    if (sideOf)
        place.host = -1;
    if (place.venue.isEmpty() && (!t.gathering || sidelines) && !ctx.lex.has(Cue::TravelWord, s.key(t.begin))) {
        std::vector<int> sides;
        for (const std::vector<int>* people : {&parties.subjects, &parties.objects})
            for (int p : *people)
                if (ctx.persons[std::size_t(p)].state >= 0)
                    addUnique(sides, ctx.persons[std::size_t(p)].state);
        if (sides.size() >= 2)
            place.host = -1;
    }
    // "discussed the war in Sudan": a bare state in the topic is what was discussed,
    // not where (a city still places it: "discussed trade in Nairobi").
    if (scope.topicEnd > t.end && place.empty())
        place.host = -1;
    return place;
}

bool topicMeeting(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                  const Parties& parties)
{
    // Who is named before the topic phrase is who talked ("The two ministers exchanged views
    // on ..."); the noun's own parties come after it.
    // "a delegation that is on a visit to Pyongyang": a visit after "on" is the trip itself
    if (t.verb || !parties.objects.empty() || lex.has(Cue::TravelWord, s.key(t.begin)))
        return false;
    // The topic phrase ends a few words before the noun, with no clause or person between:
    // "on the latest state of the indirect negotiations between"
    // Only a meeting of states it names: "talks between Tehran and Washington", "a trilateral
    // A-B-C meeting" ("presided over a dinner with the delegation" is the event itself)
    bool states = t.between;
    for (int a = t.end; a < std::min(scope.end, t.end + 3) && !states; ++a) {
        const PhraseMatch* m = s.matchOf(a);
        states = m && m->kind == PhraseKind::State;
    }
    const int from = std::max({scope.begin, scope.clause.begin, t.begin - 8});
    for (int b = t.begin - 1; b >= from; --b) {
        const Token& w = s.tok(b);
        if (w.kind == Token::Punct && w.punct != QLatin1Char('-') && w.punct != QChar(0x2013))
            return false;
        if (s.nameTok[std::size_t(b)])
            return false;
        // "briefed B on the situation in Myanmar during their meeting", "at a meeting": the noun
        // after an event frame and an indefinite article or a possessive is the event the clause
        // happened at, not the topic's ("progress in the talks between Tehran and Washington" is)
        if (b + 1 < t.begin && lex.has(Cue::EventFrame, s.key(b)) &&
            (s.key(b + 1) == "a"_key || s.key(b + 1) == "an"_key ||
             lex.value(Cue::Determiner, s.key(b + 1)) == "possessive"_key))
            return false;
        const PhraseMatch* m = s.matchOf(b);
        states = states || (m && m->kind == PhraseKind::State);
        // ("had written to B about the East African Community summit": after a word of value
        // "unnamed" the noun is a topic even when it names no state)
        const int end = lexiconPhraseAt(lex, Cue::TopicBefore, s, b);
        if (end > 0 && end <= t.begin)
            return states || (end == b + 1 && lex.value(Cue::TopicBefore, s.key(b)) == "unnamed"_key);
    }
    return false;
}

namespace {

// "The meeting was chaired by A, as Finland holds the chair this year": a ", as" after the
// trigger whose next words are a subject of their own (a state or city, a pronoun, "the two",
// "both") opens another clause, whose day or year is not the meeting's ("as well as", "as part
// of", "as Prime Minister" are no clause). The token of that comma, or `to`.
int asClauseAfter(const SentenceInfo& s, int from, int to)
{
    for (int i = from; i + 2 < to; ++i) {
        if (s.key(i) != ","_key || s.key(i + 1) != "as"_key)
            continue;
        const TokenKey& k = s.key(i + 2);
        const PhraseMatch* m = s.matchOf(i + 2);
        if ((m && m->begin == i + 2 && (m->kind == PhraseKind::State || m->kind == PhraseKind::Place)) ||
            k == "he"_key || k == "she"_key || k == "they"_key || k == "we"_key || k == "both"_key ||
            (k == "the"_key && s.key(i + 3) == "two"_key))
            return i;
    }
    return to;
}

} // namespace

namespace {

// findDate() over tokens [from, to) of the sentence, remembered for the sentence (DocContext::dateAnswers)
DateExpression dateIn(const DocContext& ctx, const SentenceInfo& s, int from, int to, bool future)
{
    if (ctx.dateSentence != s.index) {
        ctx.dateSentence = s.index;
        ctx.dateAnswers.clear();
    }
    for (const DateAnswer& a : ctx.dateAnswers)
        if (a.from == from && a.to == to && a.future == future)
            return a.date;
    ctx.dateAnswers.push_back({from, to, future, findDate(s.toks, from, to, QStringView(ctx.doc.text), ctx.anchor,
                                                          future, &ctx.lex)});
    return ctx.dateAnswers.back().date;
}

// "met Xi there two days later", "The next day, A held talks with C", "On the same day, A met D":
// a relative-day phrase in the trigger's words, or in its clause before it, counted from the last
// day the sentence names before the phrase, else from the last meeting told with a day. An
// invalid date when there is no such phrase or no day to count from ("the day before the
// summit" counts from the summit, which has no day here).
DateExpression relativeDay(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope)
{
    // (from the sentence's start when no earlier trigger of the sentence cuts the scope: "A day
    // earlier, A held talks with C" opens a clause of its own)
    const int from = scope.begin > std::max(scope.clause.begin, s.dateline) ? scope.begin : s.dateline;
    for (int i = from; i < scope.end; ++i) {
        if (i >= t.begin && i < std::max(t.end, scope.begin))
            continue;
        const LexiconPhrase* rel = nullptr;
        const int e = lexiconPhraseAt(ctx.lex, Cue::RelativeDay, s, i, &rel);
        if (e <= 0 || (e < s.size() && s.tok(e).kind == Token::Word && s.key(e - 1) == "before"_key))
            continue;
        // ("the day before, on March 11": the day written right after it says it)
        if (dateIn(ctx, s, e, std::min(s.size(), e + 3), false).valid())
            return DateExpression();
        QDate ref;
        for (int b = s.dateline; b < i && !ref.isValid(); ++b) {
            const DateExpression d = dateIn(ctx, s, b, i, false);
            if (!d.valid())
                break;
            ref = QDate::fromString(d.iso, Qt::ISODate);
            b = d.end - 1;
        }
        for (auto m = ctx.meetings.rbegin(); m != ctx.meetings.rend() && !ref.isValid(); ++m)
            if (m->iso.size() == 10)
                ref = QDate::fromString(m->iso, Qt::ISODate);
        if (!ref.isValid())
            return DateExpression();
        DateExpression d;
        d.begin = i;
        d.end = e;
        d.text = ctx.surface(s, i, e);
        d.iso = isoDate(ref.addDays(rel->value.toInt()));
        d.relative = true;
        return d;
    }
    return DateExpression();
}

} // namespace

DateExpression dateOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                      bool future)
{
    if (!future) {
        if (DateExpression rel = relativeDay(ctx, s, t, scope); rel.valid())
            return rel;
    }
    DateExpression d = dateIn(ctx, s, scope.begin, asClauseAfter(s, t.end, scope.end), future);
    // "recalled their first meeting in Johannesburg in November, as well as their call in
    // February": a noun's own day, told right after it, is its day, not one told before it
    if (d.valid() && !t.verb && d.begin < t.begin) {
        constexpr int kRightAfter = 1;
        if (DateExpression own = dateIn(ctx, s, t.end, std::min(s.size(), t.end + 4), future);
            own.valid() && own.begin <= t.end + kRightAfter)
            return own;
    }
    if (d.valid())
        return d;
    DateExpression inClause =
        dateIn(ctx, s, std::max(scope.clause.begin, s.dateline), asClauseAfter(s, t.end, scope.clause.end), future);
    if (inClause.valid())
        return inClause;
    // "first met on the sidelines of the G7 summit in Kananaskis, Alberta, in June 2025": a town's
    // region between commas does not end the words that tell the day
    constexpr int regionWords = 3;
    for (int c = t.end; c + 3 < s.size() && c <= scope.clause.end + 1; ++c) {
        if (s.key(c) != ","_key || knownCityEndingAt(ctx, s, c).city.isEmpty())
            continue;
        int r = c + 1;
        while (r < std::min(s.size(), c + 1 + regionWords) && s.tok(r).kind == Token::Word && s.tok(r).cap)
            ++r;
        if (r == c + 1 || r + 1 >= s.size() || s.key(r) != ","_key)
            continue;
        if (DateExpression d = dateIn(ctx, s, r + 1, std::min(s.size(), r + 6), future); d.valid() && d.begin <= r + 2)
            return d;
    }
    // "Later Tuesday, he met ..."
    return dateIn(ctx, s, s.dateline, t.begin, future);
}

namespace {

// Whether a meeting's day may be the day of the occasion the article tells of: no day given,
// or a day of the week, "today", "yesterday" ("Sunday evening", "later in the day"), within a
// few days of `reference` when both days are known. "in February", "last year", "last week",
// "June 2023" tell of an earlier occasion.
bool sameOccasion(const DocContext& ctx, const MeetingDraft& m, const QString& reference)
{
    // ("was in the U.S. capital last week. He met B on Thursday and C on Friday", told on Tuesday)
    constexpr qint64 kOccasionDays = 6;
    if (m.earlier)
        return false;
    if (m.when.isEmpty())
        return true;
    if (!m.iso.isEmpty()) {
        const QDate day = QDate::fromString(m.iso, Qt::ISODate);
        const QDate ref = reference.isEmpty() ? ctx.anchor : QDate::fromString(reference, Qt::ISODate);
        // (a day whose own words name another month, "last September" kept beside a day its
        // mentions gave it, tells no day of the occasion)
        for (const Token& t : shortTokens(m.when))
            if (const int named = monthOfWord(t); named > 0 && day.isValid() && named != day.month())
                return false;
        if (ref.isValid())
            return std::abs(day.daysTo(ref)) <= kOccasionDays;
    }
    bool day = m.whenRelative;
    bool month = false;
    bool monthDay = false; // "April 16", "16 April": a number that may be a day of the month
    bool year = false;     // "June 2023"
    for (const Token& t : shortTokens(m.when)) {
        if (t.kind == Token::Number) {
            const int n = t.key.text().toInt();
            monthDay = monthDay || (n >= 1 && n <= 31);
            year = year || n > 31;
            continue;
        }
        if (t.kind != Token::Word)
            continue;
        QString unit = t.key.text();
        if (unit.endsWith(QLatin1Char('s')))
            unit.chop(1);
        if (ctx.lex.has(Cue::TimeUnit, t.key) || ctx.lex.has(Cue::TimeUnit, unit))
            return false;
        month = month || isMonthWord(t);
        day = day || isCalendarWord(t);
    }
    // "on April 16" in an article with no date of its own: a day, which may be the article's;
    // "in January" and "in June 2023" tell of an earlier occasion
    if (month)
        return monthDay && !year;
    return day;
}

bool shares(const std::vector<int>& a, const std::vector<int>& b)
{
    return std::any_of(a.begin(), a.end(), [&](int x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// "BASSETERRE, St Kitts, Feb 26 - leaders began their meeting here on Thursday": a wire that
// writes "here" in its own words (not a quote's) reports from the dateline's city.
bool reportsOnSite(const DocContext& ctx)
{
    for (std::size_t k = std::size_t(ctx.body); k < ctx.sents.size(); ++k) {
        const SentenceInfo& s = ctx.sents[k];
        for (int i = s.dateline; i < s.size(); ++i)
            if (s.key(i) == "here"_key && s.tok(i).kind == Token::Word && !s.quoted[std::size_t(i)])
                return true;
    }
    return false;
}

// The place told in [from, to) with the state it is in (its own, or its city's), or an empty
// place when it has none.
MeetingPlace placeWithHost(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    MeetingPlace p = findMeetingPlace(ctx, s, from, to);
    if (p.city.isEmpty())
        return MeetingPlace();
    if (p.host < 0)
        p.host = stateOfCity(ctx, p.city);
    return p.host >= 0 ? p : MeetingPlace();
}

// The known city read from an "in" or "at" at token i of s (a city the dictionaries place in a
// state, or one a venue or "the Turkish capital" names), or an empty place.
MeetingPlace knownPlaceAt(const DocContext& ctx, const SentenceInfo& s, int i)
{
    if (s.key(i) != "in"_key && s.key(i) != "at"_key)
        return MeetingPlace();
    return placeWithHost(ctx, s, i, std::min(s.size(), i + 10));
}

// Where a visited state's government sits, as the article writes it: "visited Djibouti" names the
// city "Djibouti" when the text never writes "Djibouti City" (a capital named "<state> City").
QString writtenSeat(const DocContext& ctx, int state)
{
    QString seat = seatCity(ctx, state);
    const QString& name = ctx.g.states[std::size_t(state)].name;
    if (seat.compare(name + QLatin1String(" City"), Qt::CaseInsensitive) == 0 &&
        !ctx.doc.text.contains(seat, Qt::CaseInsensitive))
        return name;
    return seat;
}

// Whether the few words before token i, back to a comma, make it a plan: "is due to travel to
// Riga", "will meet C in Oslo", "the next summit will be held in Lima".
bool plannedBefore(const DocContext& ctx, const SentenceInfo& s, int i)
{
    for (int b = i - 1; b >= std::max(s.dateline, i - 5) && s.key(b) != ","_key; --b)
        if (planWord(ctx, s, b))
            return true;
    return false;
}

// "In Yerevan, opposition lawmakers criticized the meeting between A and B": a place told before
// the comma at token i or later frames a clause whose meeting noun (one that names its parties
// after it) is the object of someone else's verb (a second article or determiner between the
// comma and the noun, no one named there): it places that verb, not the meeting.
bool framesOtherVerb(const DocContext& ctx, const SentenceInfo& s, int i)
{
    int comma = i;
    while (comma < s.size() && s.tok(comma).kind == Token::Word)
        ++comma;
    if (comma >= s.size() || s.key(comma) != ","_key)
        return false;
    bool second = false;
    for (int x = comma + 1; x < s.size() && s.tok(x).kind == Token::Word && !s.nameTok[std::size_t(x)]; ++x) {
        const TokenKey& k = s.key(x);
        if (ctx.lex.has(Cue::MeetingNoun, k))
            return second && (s.key(x + 1) == "between"_key || s.key(x + 1) == "with"_key || s.key(x + 1) == "of"_key);
        if (x > comma + 1 && (ctx.lex.has(Cue::Determiner, k) || k == "a"_key || k == "an"_key))
            second = true;
    }
    return false;
}

// The known city a visit told by a verb at token i names: "AU chief visits Antananarivo", "Visiting
// Kyiv, A ..."; not a journey word alone ("returned to Nairobi", "heads to Kampala" may tell where
// one goes after the occasion), nor a noun ("Kallas's trip to Chisinau was called off"), nor a
// welcome's guest ("welcomed B to Canberra" is read by its "to").
MeetingPlace visitedCityAt(const DocContext& ctx, const SentenceInfo& s, int i)
{
    const TokenKey& k = s.key(i);
    if (!ctx.lex.has(Cue::TravelWord, k) || ctx.lex.value(Cue::TravelWord, k) == "guest"_key ||
        !(ctx.lex.has(Cue::MeetingVerb, k) || ctx.lex.value(Cue::TravelWord, k) == "object"_key))
        return MeetingPlace();
    return placeWithHost(ctx, s, i, std::min(s.size(), i + 8));
}

// The city the headline or the lead names for the article's occasion ("summit in Nara", "the two
// prime ministers agreed in Hanoi on Monday", "announced in Suva yesterday", "AU chief visits
// Antananarivo"), and its state.
MeetingPlace leadCity(const DocContext& ctx)
{
    const int last = std::min(int(ctx.sents.size()) - 1, ctx.body);
    for (int k = 0; k <= last; ++k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        // "A met B, who took office in La Paz": no city of the occasion
        const auto [who, end] = personClause(ctx, s, s.dateline, s.size());
        // ("According to reports in Manila, A met B": the report's city, no occasion)
        for (int i = sourceAdjunctEnd(ctx, s); i + 1 < s.size(); ++i) {
            // (a city is read below only at "in", "at" or a travel word, knownPlaceAt() and
            // visitedCityAt(): every other word is passed over before the tests of its context)
            if (s.key(i) != "in"_key && s.key(i) != "at"_key && !ctx.lex.has(Cue::TravelWord, s.key(i)))
                continue;
            // "A arrived in Santiago": the arrival places A's own events (readArrival), no others
            if (i > 0 && lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i - 1) == i + 1)
                continue;
            // "A is due to travel to Riga", "B will meet C in Oslo": a plan, no occasion yet ("X
            // will fund Y, A announced in Suva" is one)
            if (plannedBefore(ctx, s, i))
                continue;
            // "met B for the first time since the inauguration in Windhoek": another event's city
            // ("a week after B toured a car plant in Durban": another occasion's)
            constexpr int kOccasionReach = 10;
            bool since = false;
            for (int b = i - 1; b >= std::max(s.dateline, i - kOccasionReach) && !isComma(s.tok(b)) && !since; --b)
                since = (b >= i - 5 && ctx.lex.value(Cue::DateBoundary, s.key(b)) == "other-event"_key) ||
                        occasionBoundary(ctx, s, b);
            if (since)
                continue;
            MeetingPlace p = knownPlaceAt(ctx, s, i);
            if (p.city.isEmpty())
                p = visitedCityAt(ctx, s, i);
            if (!p.city.isEmpty() && (i < who || i >= end) && !framesOtherVerb(ctx, s, i))
                return p;
        }
    }
    return MeetingPlace();
}

// The city of the one gathering the article places ("the EU loan agreed at last week's summit in
// Brussels", "the World Governments Summit at Madinat Jumeirah in Dubai"); empty when it places
// none or gatherings in two cities.
QString gatheringCity(const DocContext& ctx)
{
    QString city;
    for (const SentenceInfo& s : ctx.sents) {
        for (int g = s.dateline; g < s.size(); ++g) {
            if (!ctx.lex.has(Cue::GatheringWord, s.key(g)))
                continue;
            for (int i = g + 1; i < std::min(s.size() - 1, g + 4); ++i) {
                const MeetingPlace p = knownPlaceAt(ctx, s, i);
                if (p.city.isEmpty())
                    continue;
                // "the next summit will be held in Lima": not the gathering that was
                if (plannedBefore(ctx, s, i) || plannedBefore(ctx, s, g))
                    break;
                // "at the G7 Leaders' Summit in Kananaskis in June", told in March: a gathering
                // whose own day or month, right after its city, is not the article's
                if (ctx.anchor.isValid()) {
                    const DateExpression own = findDate(s.toks, i + 1, std::min(s.size(), i + 6), QStringView(ctx.doc.text),
                                                        ctx.anchor, false, &ctx.lex);
                    const bool otherMonth = !own.periodIso.isEmpty() && own.periodIso != ctx.anchor.toString(QStringLiteral("yyyy-MM"));
                    const bool otherDay = !own.iso.isEmpty() &&
                                          std::abs(QDate::fromString(own.iso, Qt::ISODate).daysTo(ctx.anchor)) > 6;
                    if (otherMonth || otherDay)
                        break;
                }
                if (!city.isEmpty() && foldKey(city) != foldKey(p.city))
                    return QString();
                city = p.city;
                break;
            }
        }
    }
    return city;
}

// A name's letters alone, folded: "Nay Pyi Taw" and "Naypyitaw" give "naypyitaw".
QString squashed(QStringView name)
{
    QString out;
    const QString folded = foldKey(name);
    for (const QChar c : folded)
        if (c.isLetter())
            out += c;
    return out;
}

// Whether a and b differ by at most one letter added, dropped or changed.
bool oneEditApart(const QString& a, const QString& b)
{
    if (std::abs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size())
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1);
    const QString& longer = a.size() > b.size() ? a : b;
    const QString& shorter = a.size() > b.size() ? b : a;
    return QStringView(longer).mid(i + 1) == QStringView(shorter).mid(i);
}

// text.indexOf(word, from), case-sensitive, for a word whose first letter is rare in the text (a
// place's capital): that letter found by the vectorised search for one character, the rest
// compared there. Qt's search of a short word hashes every character of the text on the way;
// finishPlaces() searches whole articles for each meeting's place.
qsizetype findWord(QStringView text, QStringView word, qsizetype from = 0)
{
    if (word.isEmpty())
        return text.indexOf(word, from);
    const QStringView rest = word.mid(1);
    for (qsizetype at = text.indexOf(word.front(), from); at >= 0 && at + word.size() <= text.size();
         at = text.indexOf(word.front(), at + 1)) {
        if (text.mid(at + 1, rest.size()) == rest)
            return at;
    }
    return -1;
}

// The city `place` as the article writes it: "Naypyidaw" (a capital the gazetteer spells so)
// when the text writes only "Naypyitaw" or "Nay Pyi Taw", "Prishtina" for "Pristina". A run of
// one to three capitalised words of the text whose letters are the place's, or (in names of six
// letters or more) one letter apart; the place itself when the text writes it or no such run.
QString writtenSpelling(const DocContext& ctx, const QString& place)
{
    constexpr int kMaxWords = 3;
    constexpr int kMinFuzzyLetters = 6;
    // "Victoria, Seychelles": a capital the gazetteer writes with its state's name, to keep it
    // apart from its namesakes, is the city alone
    if (const qsizetype comma = place.lastIndexOf(QLatin1String(", "));
        comma > 0 && ctx.g.stateIndex(place.mid(comma + 2)) >= 0)
        return place.left(comma);
    // (the text's own case first: a quick search that answers most places)
    if (place.isEmpty() || findWord(ctx.doc.text, place) >= 0 || ctx.doc.text.contains(place, Qt::CaseInsensitive))
        return place;
    const QString want = squashed(place);
    if (want.isEmpty())
        return place;
    for (const SentenceInfo& s : ctx.sents) {
        for (int b = 0; b < s.size(); ++b) {
            if (!s.tok(b).cap || s.tok(b).kind != Token::Word || s.nameTok[std::size_t(b)])
                continue;
            QString letters;
            for (int e = b; e < std::min(s.size(), b + kMaxWords) && s.tok(e).kind == Token::Word && s.tok(e).cap; ++e) {
                letters += squashed(ctx.surface(s, e, e + 1));
                if (letters.size() > want.size() + 1)
                    break;
                if (letters == want || (want.size() >= kMinFuzzyLetters && oneEditApart(letters, want)))
                    return ctx.surface(s, b, e + 1);
            }
        }
    }
    return place;
}

// The city `place` in the longer name the article also writes for it: "Delhi" (a headline's
// short form) is "New Delhi" when the body writes that, a city of the same state whose name is
// one more word and the place. The place itself otherwise. ("Djibouti" and "Djibouti City" are
// left to writtenSeat: the meeting's own words may write the short one.)
QString fullerSpelling(const DocContext& ctx, const QString& place)
{
    const int state = place.isEmpty() ? -1 : stateOfCity(ctx, place);
    if (state < 0)
        return place;
    const QString& text = ctx.doc.text;
    for (qsizetype at = findWord(text, place); at >= 0; at = findWord(text, place, at + 1)) {
        const qsizetype end = at + place.size();
        if ((at > 0 && text[at - 1].isLetter()) || (end < text.size() && text[end].isLetter()))
            continue;
        // the word before it, one blank apart ("New Delhi")
        if (at < 2 || text[at - 1] != QLatin1Char(' ') || !text[at - 2].isLetter())
            continue;
        qsizetype b = at - 2;
        while (b > 0 && text[b - 1].isLetter())
            --b;
        if (QString name = text.mid(b, end - b); text[b].isUpper() && stateOfCity(ctx, name) == state)
            return name;
    }
    return place;
}

} // namespace

namespace {

// Whether the person's main title ends with an envoy's (a `posted-title` row: "Ambassador",
// "High Commissioner", "Deputy Ambassador").
bool envoyTitled(const DocContext& ctx, const Person& p)
{
    if (p.titles.isEmpty())
        return false;
    const SharedTokens toks = shortTokens(p.titles.front());
    for (std::size_t b = 0; b < toks.size(); ++b) {
        for (const LexiconPhrase& c : ctx.lex.phrases(Cue::PostedTitle, toks[b].key)) {
            if (c.keys.size() != toks.size() - b)
                continue;
            bool same = true;
            for (std::size_t k = 0; k < c.keys.size() && same; ++k)
                same = c.keys[k] == toks[b + k].key;
            if (same)
                return true;
        }
    }
    return false;
}

// The state of a meeting of two states whose other state takes part only through its envoys
// (and someone of the first takes part), or -1.
int hostOfEnvoys(const DocContext& ctx, const MeetingDraft& m)
{
    int host = -1;
    for (int guest : m.states) {
        bool envoys = false;
        bool others = false;
        bool hosted = false;
        for (int p : m.participants) {
            const Person& person = ctx.persons[std::size_t(p)];
            if (person.state == guest) {
                const bool envoy = envoyTitled(ctx, person);
                envoys = envoys || envoy;
                others = others || !envoy;
            } else if (person.state >= 0) {
                hosted = true;
            }
        }
        if (envoys && !others && hosted) {
            if (host >= 0)
                return -1; // envoys on both sides: no one is the guest
            host = m.states.front() == guest ? m.states.back() : m.states.front();
        }
    }
    return host;
}

} // namespace

void finishPlaces(DocContext& ctx)
{
    // A call has no one place: "spoke in English" or the caller's city are no meeting place.
    for (MeetingDraft& m : ctx.meetings) {
        if (m.mode != "in person"_key) {
            m.place.clear();
            m.venue.clear();
        }
    }
    // "at his residence in Karen": the quarter's city is the place, the quarter the venue
    for (MeetingDraft& m : ctx.meetings) {
        if (const QString city = cityOfDistrict(ctx, m.place); !city.isEmpty()) {
            if (m.venue.isEmpty())
                m.venue = m.place;
            m.place = city;
        }
    }
    auto placeable = [](const MeetingDraft& m) {
        return m.place.isEmpty() && m.mode == "in person"_key && m.status == "held"_key;
    };
    // A visit to a state that names no city there: the city of that state where the article's
    // meetings of its days were held ("a state visit to Tanzania" ... "talks at State House in
    // Dar es Salaam"), else the dateline's when it is in that state, else where the state's
    // government sits.
    int datelineState = -1;
    const QString dateline = datelineCity(ctx, &datelineState);
    // "The ministers met in Warsaw ... were received by the prime minister at the Chancellery": a
    // building many states give a name is in the occasion's state when that state takes part,
    // not in the lexicon's best-known one
    const MeetingPlace lead = leadCity(ctx);
    const int occasionState = datelineState >= 0 ? datelineState : lead.host;
    const QString occasionCity = datelineState >= 0 ? dateline : lead.city;
    for (MeetingDraft& m : ctx.meetings) {
        if (occasionState < 0 || m.place.isEmpty() || m.venue.isEmpty() || genericVenueCity(ctx, m.venue) != m.place ||
            stateOfCity(ctx, m.place) == occasionState ||
            std::find(m.states.begin(), m.states.end(), occasionState) == m.states.end())
            continue;
        m.place = occasionCity;
    }
    const auto visitedCity = [&](int state) {
        for (const MeetingDraft& o : ctx.meetings)
            if (!o.place.isEmpty() && o.mode == "in person"_key && o.status == "held"_key &&
                sameOccasion(ctx, o, QString()) && stateOfCity(ctx, o.place) == state)
                return o.place;
        return datelineState == state ? dateline : writtenSeat(ctx, state);
    };
    for (MeetingDraft& m : ctx.meetings) {
        if (m.place.isEmpty() && m.mode == "in person"_key && m.visitedState >= 0)
            m.place = visitedCity(m.visitedState);
    }
    // The occasion the article tells of: its first meeting held in person, with a place, on
    // the article's days. Its visitor's other meetings of those days ("A also met the defence
    // minister"), and the meetings among its states' people ("the defence ministers met
    // separately"), were held in its city.
    // "ACCRA - ... A day earlier, B was received by C at the State House": a host of another
    // state than the occasion's received the guest at a building at home
    const auto hostedElsewhere = [&](const MeetingDraft& m, int state) {
        return !m.hostSeat.isEmpty() && !m.venue.isEmpty() && state >= 0 && stateOfCity(ctx, m.hostSeat) != state;
    };
    // The guest's welcome at an airport is no occasion: "A arrived at Nausori International Airport
    // and was met by C. He later called on D at State House" leaves D's call in the city of the
    // visit, not the airport's town.
    const auto spreadOccasion = [&] {
        const auto occasion = std::find_if(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& m) {
            return !m.place.isEmpty() && m.mode == "in person"_key && m.status == "held"_key && !m.arrival &&
                   sameOccasion(ctx, m, QString());
        });
        if (occasion == ctx.meetings.end())
            return;
        // Only the meetings told after it: one told before is the article's own event, and
        // the occasion an earlier stop ("A met B on Friday. A had met C in Warsaw on Wednesday").
        const MeetingDraft trip = *occasion;
        // ("Sobers held talks in Bridgetown on Tuesday. ... Beckles met President Kangaloo at
        // President's House on Wednesday": the people of one state alone who took no part in
        // the occasion met at home, not in another state's city)
        const int tripState = stateOfCity(ctx, trip.place);
        const auto atHome = [&](const MeetingDraft& m) {
            return m.states.size() == 1 && tripState >= 0 && m.states.front() != tripState;
        };
        for (auto it = occasion + 1; it != ctx.meetings.end(); ++it) {
            MeetingDraft& m = *it;
            if (placeable(m) && sameOccasion(ctx, m, trip.iso) && !hostedElsewhere(m, tripState) &&
                (shares(m.participants, trip.participants) || (subset(m.states, trip.states) && !atHome(m))))
                m.place = trip.place;
        }
        // ... and one told before it that the text dates to the occasion's very day, among the
        // occasion's states ("On March 12 the ministers met. ... The presidents met in Isfara")
        for (auto it = ctx.meetings.begin(); it != occasion && !trip.iso.isEmpty(); ++it) {
            MeetingDraft& m = *it;
            if (placeable(m) && m.iso == trip.iso && !m.states.empty() && subset(m.states, trip.states) &&
                !hostedElsewhere(m, stateOfCity(ctx, trip.place)))
                m.place = trip.place;
        }
    };
    spreadOccasion();
    // The dateline's city ("ANKARA, May 5 (Reuters) -"): where the meetings of the article's
    // days were held that name no place, when the dateline's state takes part in them or the
    // meeting is dated on those days ("Bangkok [Thailand], April 4 (ANI): A met B on Friday",
    // a summit's side meeting); an undated one may be told from the reporter's desk.
    if (!dateline.isEmpty()) {
        const bool onSite = reportsOnSite(ctx);
        for (MeetingDraft& m : ctx.meetings) {
            const bool datelineTakesPart = std::find(m.states.begin(), m.states.end(), datelineState) != m.states.end();
            if (hostedElsewhere(m, datelineState))
                continue;
            if (placeable(m) && sameOccasion(ctx, m, QString()) &&
                (datelineState < 0 || onSite || !m.when.isEmpty() || datelineTakesPart))
                m.place = dateline;
        }
        // "BISHKEK - A received B at the state residence. Earlier in the day, B and C held
        // talks": the article's event placed only by the dateline is the occasion too
        spreadOccasion();
    }
    // "A and B met briefly on the sidelines of that EU summit": a side meeting that names no
    // place was held where the article's one gathering was, whatever its day.
    // ... on the article's days, or told of "that summit" whatever its day ("they already met on
    // the sidelines of that EU summit"; "they last met on the sidelines of the G20 summit" may be
    // another gathering)
    const auto thatGathering = [&](const MeetingDraft& m) {
        for (const Mention& e : m.evidence) {
            const SentenceInfo& s = ctx.sents[std::size_t(e.sentence)];
            for (int i = s.dateline; i < s.size(); ++i) {
                if (s.key(i) != "that"_key && s.key(i) != "this"_key && s.key(i) != "same"_key)
                    continue;
                for (int g = i + 1; g < std::min(s.size(), i + 4); ++g)
                    if (ctx.lex.has(Cue::GatheringWord, s.key(g)))
                        return true;
            }
        }
        return false;
    };
    // ... and "A met B in the host city"
    const auto inHostCity = [&](const MeetingDraft& m) {
        for (const Mention& e : m.evidence) {
            const SentenceInfo& s = ctx.sents[std::size_t(e.sentence)];
            for (int i = s.dateline; i < s.size(); ++i) {
                const LexiconPhrase* cue = nullptr;
                if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i, &cue) > 0 && cue->value == "gathering"_key)
                    return true;
            }
        }
        return false;
    };
    if (const QString gathering = gatheringCity(ctx); !gathering.isEmpty()) {
        for (MeetingDraft& m : ctx.meetings)
            if (placeable(m) && (m.besideGathering || inHostCity(m)) && (sameOccasion(ctx, m, QString()) || thatGathering(m)))
                m.place = gathering;
    }
    // The city of the headline or the lead ("the two prime ministers agreed in Hanoi on Monday"):
    // where the meetings of the article's days were held that name no place, when its state
    // takes part ("A co-chaired the committee at the Government Office", "B also attended").
    if (!lead.city.isEmpty()) {
        for (MeetingDraft& m : ctx.meetings)
            if (placeable(m) && sameOccasion(ctx, m, QString()) &&
                std::find(m.states.begin(), m.states.end(), lead.host) != m.states.end())
                m.place = lead.city;
        spreadOccasion();
    }
    // "A and B held talks at the Government Office on Thursday. Later on Thursday, C received A
    // at the palace in Bratislava": a building no dictionary places, on the article's days, stands
    // in the one city where the article places its other meetings of those days in a state that
    // takes part, told before or after it (not a welcome at an airport, which may serve another
    // town; not a building where a host received a guest: the host's seat places it below, when
    // the article's other meetings are in another town of a tour)
    {
        const auto heldHere = [&](const MeetingDraft& o) {
            return !o.place.isEmpty() && o.mode == "in person"_key && o.status == "held"_key && !o.arrival &&
                   sameOccasion(ctx, o, QString());
        };
        for (MeetingDraft& m : ctx.meetings) {
            if (!placeable(m) || m.venue.isEmpty() || !m.hostSeat.isEmpty() || m.arrival || !sameOccasion(ctx, m, QString()))
                continue;
            bool airport = false;
            for (const Token& w : shortTokens(m.venue))
                airport = airport || ctx.lex.has(Cue::ArrivalWord, w.key);
            if (airport)
                continue;
            QString city;
            bool two = false;
            for (const MeetingDraft& o : ctx.meetings) {
                if (&o == &m || !heldHere(o))
                    continue;
                const int st = stateOfCity(ctx, o.place);
                if (st < 0 || std::find(m.states.begin(), m.states.end(), st) == m.states.end())
                    continue;
                two = two || (!city.isEmpty() && foldKey(city) != foldKey(o.place));
                city = o.place;
            }
            if (!city.isEmpty() && !two)
                m.place = city;
        }
    }
    // "The UN chief met President A at the presidential palace": a building no dictionary
    // places, on the article's days, where one state alone takes part, is that state's; with
    // two states either may be the host.
    for (MeetingDraft& m : ctx.meetings) {
        if (placeable(m) && !m.venue.isEmpty() && m.states.size() == 1 && sameOccasion(ctx, m, QString()))
            m.place = seatCity(ctx, m.states.front());
    }
    // "Foreign Minister A met Japanese Ambassador B at the Foreign Ministry": with two states, one
    // whose people there are all its envoys is the guest (an envoy is met where he is posted),
    // and the building is the other's
    for (MeetingDraft& m : ctx.meetings) {
        if (!placeable(m) || m.venue.isEmpty() || m.states.size() != 2 || !sameOccasion(ctx, m, QString()))
            continue;
        if (const int host = hostOfEnvoys(ctx, m); host >= 0)
            m.place = seatCity(ctx, host);
    }
    // "In February, A hosted B at the National Palace": where a host received a guest at a
    // building, on any day, is the city where the host's government sits; so is "In March, A
    // hosted B for talks", at no building, on another occasion than the article's ("A was
    // received by B on Wednesday" may be told from anywhere)
    for (MeetingDraft& m : ctx.meetings) {
        if (placeable(m) && !m.hostSeat.isEmpty() && (!m.venue.isEmpty() || !sameOccasion(ctx, m, QString())))
            m.place = m.hostSeat;
    }
    // "B hosted A at the Treasury Department on Tuesday. A went on to meet C at the fund's
    // headquarters": the host's city so found is the occasion's, for the guest's later meetings
    // of those days as for those told after a city the text names
    spreadOccasion();
    // A city the dictionaries spell otherwise than the article: the article's spelling.
    // ... and a short form of a city the article also writes in full, the full name.
    // (each place read once: both readings search the whole text, and an article's meetings
    // share a few places; the answer depends on the place and the text alone)
    std::vector<std::pair<QString, QString>> spelled;
    for (MeetingDraft& m : ctx.meetings) {
        const auto known = std::find_if(spelled.begin(), spelled.end(), [&](const auto& e) { return e.first == m.place; });
        if (known != spelled.end()) {
            m.place = known->second;
            continue;
        }
        QString written = fullerSpelling(ctx, writtenSpelling(ctx, m.place));
        spelled.emplace_back(m.place, written);
        m.place = std::move(written);
    }
}

} // namespace parley
