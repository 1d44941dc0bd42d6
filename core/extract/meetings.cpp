// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings: the driver that runs the meeting passes (meetingpasses.h) sentence by sentence,
// and refineAffiliations, which reads the meetings found back into the officials' states.
#include "extract/meetingpasses.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace parley {

void setDate(MeetingDraft& m, const DateExpression& d)
{
    const bool told = d.valid();
    m.when = told ? d.text : QString();
    m.iso = told ? d.iso : QString();
    m.periodIso = told ? d.periodIso : QString();
    m.whenRelative = told && d.relative;
}

bool otherOccasionDate(const DocContext& ctx, const DateExpression& d)
{
    constexpr int kOccasionDays = 7;
    return d.valid() && (d.period || (!d.iso.isEmpty() && ctx.anchor.isValid() &&
                                      std::abs(QDate::fromString(d.iso, Qt::ISODate).daysTo(ctx.anchor)) > kOccasionDays));
}

namespace {

/// What a trigger's passes found, shared by the one or more meetings it tells of.
struct TriggerFacts
{
    QString status;
    QString mode;
    bool modeSaid = false; ///< the mode is in words, "by phone"
    std::vector<int> states; ///< named as parties, and the host
    MeetingPlace place;
    /// The last arrival told: "A arrived in Abuja. He was received at the airport by B."
    const Arrival* arrival = nullptr;
    DateExpression date;
    QString rule;
};

MeetingDraft buildDraft(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerFacts& f,
                        const std::vector<int>& people)
{
    MeetingDraft draft;
    draft.participants = people;
    for (int p : people)
        addUnique(draft.states, ctx.persons[std::size_t(p)].state);
    for (int st : f.states) {
        addUnique(draft.states, st);
        addUnique(draft.namedStates, st);
    }
    draft.place = f.place.city;
    draft.venue = f.place.venue;
    draft.hostSeat = f.place.hostSeat;
    // "A arrived in Abuja. He was received at the airport by B": where A is, for an event in
    // person A takes part in that names no city
    // ... not for an event of another occasion, told with a month, a year or a day far from the
    // article's ("A arrived in Georgetown on Monday. She last met B in July.")
    const bool otherOccasion = otherOccasionDate(ctx, f.date);
    // ... nor, from a journey of another occasion, for an event dated to the article's days ("In
    // December, A had travelled to Tashkent, where he met B. ... On Monday, A met C")
    const bool arrivedElsewhen = f.arrival && f.arrival->otherOccasion && f.date.valid();
    // ... nor for one told as earlier or beside a gathering ("A and B already met briefly on the
    // sidelines of that EU summit on Thursday")
    if (draft.place.isEmpty() && f.arrival && f.mode.isEmpty() && !otherOccasion && !arrivedElsewhen && !t.previous &&
        !(t.side && t.atGathering) &&
        std::any_of(people.begin(), people.end(), [&](int p) {
            return std::find(f.arrival->people.begin(), f.arrival->people.end(), p) != f.arrival->people.end();
        }))
        draft.place = f.arrival->city;
    // "a state visit to Cameroon", "in Cameroon for an official visit": a visit to a state
    if (f.place.empty() && f.place.host >= 0 && ctx.lex.has(Cue::TravelWord, s.key(t.begin)))
        draft.visitedState = f.place.host;
    draft.spansDays = ctx.lex.has(Cue::TravelWord, s.key(t.begin));
    // "at the Chancellery": the lexicon's city only when its state takes part
    if (draft.place.isEmpty() && f.place.genericHost >= 0 &&
        std::find(draft.states.begin(), draft.states.end(), f.place.genericHost) != draft.states.end())
        draft.place = f.place.genericCity;
    if (f.date.valid())
        setDate(draft, f.date);
    if (!f.mode.isEmpty()) {
        draft.mode = f.mode;
        // "spoke with" is a call only by default: a later mention may say it was in person;
        // "spoke with B by phone" says so itself
        const bool spoke = t.label.startsWith(QLatin1String("spoke"));
        draft.strongMode = !(spoke && f.mode == "phone"_key && !f.modeSaid);
    } else if (t.verb && !t.discuss && !t.attendVerb) {
        // "A met B", "A hosted B": in person by the verb itself, so a call with the same
        // people ("A had spoken to B by phone in May") is another event, never this one
        draft.strongMode = true;
    }
    draft.status = f.status;
    draft.addRule(f.rule);
    draft.evidence.push_back(ctx.mention(s, t.begin, t.end, f.rule));
    draft.lastSentence = s.index;
    return draft;
}

/// "paid courtesy calls on A and B": the meetings one split trigger tells of were held on one
/// trip, so a place found for one of them after the sentence (the trip's city, the dateline's)
/// is the others' too. Siblings share the trigger's first mention.
void shareSplitPlaces(DocContext& ctx)
{
    const auto sameTrigger = [](const MeetingDraft& a, const MeetingDraft& b) {
        return !a.evidence.empty() && !b.evidence.empty() && a.evidence.front().sentence == b.evidence.front().sentence &&
               a.evidence.front().start == b.evidence.front().start && a.evidence.front().end == b.evidence.front().end;
    };
    for (MeetingDraft& m : ctx.meetings) {
        if (!m.place.isEmpty() || m.mode != "in person"_key)
            continue;
        for (const MeetingDraft& o : ctx.meetings)
            if (&o != &m && !o.place.isEmpty() && o.mode == m.mode && o.status == m.status && sameTrigger(m, o)) {
                m.place = o.place;
                break;
            }
    }
}

/// "met A in Kinshasa on Monday and B in Kigali on Tuesday": the tokens a trigger split by its
/// objects tells of one object with, from after its name to before the next object's name.
std::optional<std::pair<int, int>> objectSpan(const std::vector<const PersonRef*>& refs, const Trigger& t,
                                              const TriggerScope& scope, const Parties& parties,
                                              const std::vector<int>& people)
{
    if (!t.split || parties.objects.size() < 2)
        return std::nullopt;
    const auto firstRef = [&](int person) -> const PersonRef* {
        for (const PersonRef* r : refs)
            if (r->person == person && r->begin >= t.end)
                return r;
        return nullptr;
    };
    const auto own = std::find_if(parties.objects.begin(), parties.objects.end(), [&](int o) {
        return std::find(people.begin(), people.end(), o) != people.end();
    });
    const PersonRef* at = own == parties.objects.end() ? nullptr : firstRef(*own);
    if (!at)
        return std::nullopt;
    int until = scope.end;
    for (int o : parties.objects)
        if (const PersonRef* r = firstRef(o); r && r->begin > at->begin)
            until = std::min(until, r->begin);
    return std::make_pair(at->end, until);
}

/// A meeting of a split trigger is dated by the day written after its own object; without
/// one, by the trigger's date (`shared`, "met A and B on Monday").
DateExpression objectDate(const DocContext& ctx, const SentenceInfo& s, const std::optional<std::pair<int, int>>& span,
                          const DateExpression& shared, bool future)
{
    if (!span)
        return shared;
    const DateExpression d =
        findDate(s.toks, span->first, span->second, QStringView(ctx.doc.text), ctx.anchor, future, &ctx.lex);
    return d.valid() ? d : shared;
}

/// ... and placed by the city written after its own object ("Rwandan President B in Kigali on
/// Tuesday"); without one, by the trigger's place (`shared`).
MeetingPlace objectPlace(const DocContext& ctx, const SentenceInfo& s, const std::optional<std::pair<int, int>>& span,
                         const MeetingPlace& shared)
{
    if (!span)
        return shared;
    const MeetingPlace p = findMeetingPlace(ctx, s, span->first, span->second);
    return p.city.isEmpty() ? shared : p;
}

/// "first talks under Lee government": a headline that names a leader for the government they
/// lead (a government-word after the name) names no one at the table (the body tells who met).
/// The officials pass reads a dictionary name before these words the same way.
bool namesGovernment(const DocContext& ctx, const PersonRef& r)
{
    return r.sentence < ctx.body && ctx.lex.has(Cue::GovernmentWord, ctx.sents[std::size_t(r.sentence)].key(r.end));
}

/// "had already met in The Hague in June and in Warsaw last autumn": a city after "and in" (a
/// conjunction and "in") in a meeting verb's scope, before its topic, is a second meeting of the
/// same people, held there. The token the city starts at, or -1.
int coordinatedCityAt(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope)
{
    if (!t.verb)
        return -1;
    for (int k = t.end; k + 2 < scope.cut; ++k)
        if (ctx.lex.has(Cue::Conjunction, s.key(k)) && s.key(k + 1) == "in"_key &&
            !knownCityStartingAt(ctx, s, k + 2).city.isEmpty())
            return k + 2;
    return -1;
}

/// The second meeting at `city` (see coordinatedCityAt): the draft's people and facts, with the
/// city and the day told after it, before token `until`.
MeetingDraft coordinatedMeeting(const DocContext& ctx, const SentenceInfo& s, int until, MeetingDraft draft,
                                int city)
{
    const MeetingPlace place = knownCityStartingAt(ctx, s, city);
    draft.place = place.city;
    draft.venue.clear();
    const DateExpression d = findDate(s.toks, city + 1, until, QStringView(ctx.doc.text), ctx.anchor,
                                      draft.status == "planned"_key, &ctx.lex);
    setDate(draft, d);
    return draft;
}

/// "held five rounds of talks last year, in Geneva in May, London in June and Madrid in
/// September": a list after a meeting word (not one that refers back) of cities the dictionaries know, the first after
/// "in", the others after a comma or a conjunction, each with a day of its own before the next:
/// one meeting of the same people per city. The token each city starts at and the token its
/// item ends before (two or more), else none. Not "met in Geneva in May" (one), nor "met in
/// Geneva and London in May" (no day each).
std::vector<std::pair<int, int>> listedCities(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, bool future)
{
    constexpr int reach = 15; ///< from the trigger to the list's first "in"
    const int n = s.size();
    const auto stop = [&](int x) { return s.tok(x).kind == Token::Punct && s.tok(x).punct != QLatin1Char(','); };
    const auto separator = [&](int x) {
        return isComma(s.tok(x)) ||
               ctx.lex.has(Cue::Conjunction, s.key(x));
    };
    std::vector<std::pair<int, int>> cities;
    if (t.anaphoric || t.elided)
        return cities;
    int city = -1;
    for (int k = t.end; k + 1 < std::min(n, t.end + reach) && city < 0 && !stop(k); ++k)
        if (s.key(k) == "in"_key && !knownCityStartingAt(ctx, s, k + 1).city.isEmpty())
            city = k + 1;
    while (city >= 0) {
        int sep = city + 1;
        while (sep < n && !separator(sep) && !stop(sep))
            ++sep;
        if (!findDate(s.toks, city + 1, sep, QStringView(ctx.doc.text), ctx.anchor, future, &ctx.lex).valid())
            break;
        cities.emplace_back(city, sep);
        int next = sep + 1;
        while (next < n && (separator(next) || s.key(next) == "in"_key))
            ++next;
        city = sep < n && !stop(sep) && next < n && !knownCityStartingAt(ctx, s, next).city.isEmpty() ? next : -1;
    }
    if (cities.size() < 2)
        cities.clear();
    return cities;
}

/// "B later met C, who had also welcomed him on his arrival on Monday": a meeting verb in the
/// pluperfect ("had", "had also") in a relative clause after another meeting of the sentence
/// tells an earlier event of the same people, in passing.
bool earlierInRelative(const SentenceInfo& s, const Trigger& t, const TriggerScope& scope, std::size_t index)
{
    if (index == 0 || !t.verb || !scope.clause.relative)
        return false;
    for (int i = t.begin - 1; i >= std::max(scope.clause.begin, t.begin - 3); --i) {
        if (s.key(i) == "had"_key)
            return true;
        if (s.tok(i).kind != Token::Word || s.tok(i).cap)
            return false;
    }
    return false;
}

/// "A, who visited Damascus last week, met B in Ankara on Monday": a visit verb (a meeting verb
/// that is also a travel word) with a day of its own, in a relative clause before the sentence's
/// next meeting word outside it, tells another event than the main clause's meeting.
bool visitInRelativeBefore(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                           std::size_t index, const TriggerScope& scope)
{
    const Trigger& t = triggers[index];
    if (!t.verb || !scope.clause.relative || index + 1 >= triggers.size() ||
        !lex.has(Cue::MeetingVerb, s.key(t.begin)) || !lex.has(Cue::TravelWord, s.key(t.begin)))
        return false;
    const Trigger& next = triggers[index + 1];
    return next.begin >= scope.clause.end;
}

/// "Upon his arrival at X airport, A was welcomed by C", "B was greeted on the tarmac by C": a
/// receiving verb with an arrival word between the previous meeting word and the next tells of the
/// guest's arrival, not of the talks ("A, who arrived on Monday, held talks with B" is the talks).
bool tellsArrival(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers, std::size_t index,
                  const TriggerScope& scope)
{
    const Trigger& t = triggers[index];
    bool receiving = false;
    for (int i = t.begin; i < t.end && t.verb && !receiving; ++i) {
        const QString verb = lex.value(Cue::MeetingVerb, s.key(i));
        receiving = verb == "receive"_key || verb == "meet"_key;
    }
    const int from = index == 0 ? 0 : triggers[index - 1].end;
    for (int i = from; i < scope.end && receiving; ++i)
        if ((lex.has(Cue::ArrivalWord, s.key(i)) || lexiconPhraseAt(lex, Cue::ArrivalWord, s, i) > i + 1) &&
            !inOfficialSpan(s, i))
            return true; // ("Waterkloof Air Force Base": a phrase too)
    return false;
}

/// "several heads of state", "the foreign ministers", "world leaders": a plural noun of people
/// (a group head, or an office noun with a plural "s") in tokens [from, to), outside any
/// official's title and name, which names no one. Its token, or -1.
int groupWordAt(const Lexicon& lex, const SentenceInfo& s, int from, int to)
{
    for (int k = std::max(0, from); k < std::min(to, s.size()); ++k) {
        if (s.tok(k).kind != Token::Word || s.tok(k).cap || inOfficialSpan(s, k))
            continue;
        const QString& key = s.key(k);
        if (lex.has(Cue::GroupHead, key) || lex.has(Cue::LeaderGroup, key) ||
            (key.size() > 3 && key.endsWith(QLatin1Char('s')) &&
             lex.has(Cue::OfficeNoun, key.chopped(1))))
            return k;
    }
    return -1;
}

bool namesGroup(const Lexicon& lex, const SentenceInfo& s, int from, int to)
{
    return groupWordAt(lex, s, from, to) >= 0;
}

/// "A met on Tuesday with several heads of state taking part in the summit": a verb whose one
/// subject meets a group of people no name tells, the lead of a series of meetings told after it.
bool seriesLead(const Lexicon& lex, const SentenceInfo& s, const Trigger& t,
                const TriggerScope& scope, const Parties& parties)
{
    return t.verb && !t.passive && !t.attendVerb && !t.discuss && !parties.group &&
           parties.subjects.size() == 1 && parties.objects.empty() &&
           namesGroup(lex, s, t.begin + 1, scope.cut);
}

/// "The foreign ministers of the Nordic and Baltic countries met in Helsinki": a group of people
/// no name tells meets, and later sentences name them. (Not "followed by a meeting with the
/// participation of delegations": a noun of that kind is another format of the event told.)
bool groupLead(const Lexicon& lex, const SentenceInfo& s, const Trigger& t,
               const TriggerScope& scope, const Parties& parties)
{
    // ("Leaders have met once and spoken by phone three times": a perfect counts meetings)
    const bool perfect = lex.has(Cue::PerfectAux, s.key(t.begin - 1)) ||
                         lex.has(Cue::PerfectAux, s.key(t.begin - 2));
    return t.verb && !t.passive && !t.attendVerb && !t.discuss && !t.tally && !t.previous &&
           !perfect && parties.nobody() && !parties.group &&
           namesGroup(lex, s, scope.clause.begin, t.begin);
}

/// "took part in the peace summit, which was co-chaired by A and B", "the summit, hosted by C":
/// a hosting verb with its agent after it, in a clause about the meeting noun told just before
/// (a relative word or a comma, then the verb), names that event's hosts; an attend verb there
/// ("chaired a meeting in Lahore, which was attended by C and D", "..., attended by C") names who
/// attended it.
bool agentsOfNounBefore(const Lexicon& lex, const SentenceInfo& s,
                        const std::vector<Trigger>& triggers, std::size_t index)
{
    if (index == 0)
        return false;
    const Trigger& t = triggers[index];
    const Trigger& noun = triggers[index - 1];
    if (noun.verb || !t.verb || !lex.has(Cue::AgentWord, s.key(t.end)))
        return false;
    bool hosting = false;
    bool attending = false;
    for (int i = t.begin; i < t.end; ++i) {
        hosting = hosting || lex.has(Cue::HostBy, s.key(i));
        attending = attending || lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key;
    }
    // back over the auxiliaries ("which was", "co-"), to the relative word or the comma
    int k = t.begin - 1;
    while (k > noun.end && t.begin - k <= 4 && !lex.has(Cue::RelativeWord, s.key(k)) &&
           !isComma(s.tok(k)))
        --k;
    if (k < noun.end || t.begin - k > 4)
        return false;
    if (lex.has(Cue::RelativeWord, s.key(k)))
        return hosting || attending;
    // (an attending right after the comma only: in "The summit, chaired by A, was attended by C"
    // the comma closes an aside, and the noun is the subject of the attending told on its own)
    return s.tok(k).punct == QLatin1Char(',') && (hosting || (attending && k + 1 == t.begin));
}

/// "received B in Abuja in a meeting attended by C and D", "hosted B for a working lunch also
/// attended by C", "held talks with B, in a session joined by C", "met B for talks that were also
/// attended by C": a meeting noun whose own predicate is a passive attend verb and its "by",
/// framed by the clause of the trigger before it (after a frame word, "in", "for", "during", or a
/// comma and an article), is that clause's meeting told again; who is listed attended it. (Not
/// after a boundary of time: "before proceeding to talks attended by C" is sequelOf()'s, "a day
/// after a reception attended by C" attendsOtherEvent()'s.)
bool attendedNounAfter(const Lexicon& lex, const SentenceInfo& s,
                       const std::vector<Trigger>& triggers, std::size_t index)
{
    if (index == 0)
        return false;
    const Trigger& t = triggers[index];
    const Trigger& before = triggers[index - 1];
    if (before.attendVerb)
        return false;
    const auto attendedBy = [&](int i) {
        return lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key &&
               (s.key(i + 1) == "by"_key ||
                (s.key(i + 1) == "also"_key && s.key(i + 2) == "by"_key));
    };
    // the noun: the trigger's own ("a meeting attended by"), or the lowercase word right before a
    // trigger that is only the participle ("in a session joined by C": a noun of no meeting word)
    int noun = -1;
    if (lex.has(Cue::MeetingNoun, s.key(t.begin))) {
        for (int i = t.begin + 1; i < t.end && noun < 0; ++i)
            if (attendedBy(i))
                noun = t.begin;
    } else if (t.attendVerb && !t.passive && attendedBy(t.begin) && t.begin >= 1 &&
               s.tok(t.begin - 1).kind == Token::Word && !s.tok(t.begin - 1).cap &&
               !lex.has(Cue::MeetingVerb, s.key(t.begin - 1)) &&
               !lex.has(Cue::OtherEvent, s.key(t.begin - 1))) {
        noun = t.begin - 1;
    }
    constexpr int frameReach = 14; ///< "in Abuja on Monday in a meeting"
    if (noun < 0 || noun < before.end || noun - before.end > frameReach)
        return false;
    // back from the noun over its article and one or two modifiers ("a working lunch"), to the
    // frame word or the comma
    const auto frameWord = [&](int x) {
        return lex.has(Cue::EventFrame, s.key(x)) || s.key(x) == "for"_key;
    };
    int k = noun - 1;
    while (k >= before.end && noun - k <= 3 && s.tok(k).kind == Token::Word && !s.tok(k).cap &&
           !frameWord(k) && !lex.has(Cue::DateBoundary, s.key(k)) && s.key(k) != "to"_key)
        --k;
    if (k < before.end)
        return false;
    for (int x = k; x >= before.end; --x)
        if (lex.has(Cue::DateBoundary, s.key(x)) ||
            (s.tok(x).kind == Token::Punct && !isComma(s.tok(x))))
            return false;
    return frameWord(k) || (isComma(s.tok(k)) && k + 1 < noun &&
                            (lex.has(Cue::Article, s.key(k + 1)) || s.key(k + 1) == "a"_key ||
                             s.key(k + 1) == "an"_key));
}

/// "received B at State House on Monday, during a meeting that was also attended by C and D":
/// a trigger that ran on over its frame to a passive attend verb ends right before the "by" of
/// its agents, past the clause its scope reads; the officials listed after that "by" (one list:
/// commas, "and", titles) attended the meeting. Adds them to the parties.
void agentsAfterTrigger(const DocContext& ctx, const SentenceInfo& s,
                        const std::vector<const PersonRef*>& refs, const Trigger& t,
                        Parties& parties)
{
    if (!t.verb || t.passive || t.end - t.begin < 2 || t.end >= s.size() ||
        ctx.lex.value(Cue::MeetingVerb, s.key(t.end - 1)) != "attend"_key ||
        s.key(t.end) != "by"_key)
        return;
    int at = t.end + 1;
    for (const PersonRef* r : refs) {
        if (r->begin < at || r->person < 0 || !ctx.persons[std::size_t(r->person)].official)
            continue;
        bool joined = true;
        for (int x = at; x < r->begin && joined; ++x)
            joined = isComma(s.tok(x)) || s.key(x) == "and"_key || s.key(x) == "'s"_key ||
                     inOfficialSpan(s, x) || ctx.lex.has(Cue::Article, s.key(x)) ||
                     ctx.lex.has(Cue::Determiner, s.key(x));
        if (!joined)
            break;
        addUnique(parties.objects, r->person);
        addUnique(parties.companions, r->person);
        at = r->end;
    }
}

/// "In Kigali, Foreign Minister C also took part in the talks with Kagame", "C sat in on the
/// meeting with B", "C joined the talks with B": a meeting noun with its article and "with", right
/// after an attendee cue or an attend verb, is a meeting told before that holds the people after
/// "with" (and not the subject): the subject came to it. True when the trigger has that shape.
bool joinsTalksWith(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    if (t.passive || t.begin < 2)
        return false;
    // "joined the talks with": the attend verb is the trigger's own
    if (t.verb && t.attendVerb)
        return lex.has(Cue::Article, s.key(t.begin + 1)) &&
               lex.has(Cue::MeetingNoun, s.key(t.begin + 2));
    if (t.verb || !lex.has(Cue::Article, s.key(t.begin - 1)))
        return false;
    // "took part in the", "sat in on the", "was present at the": a cue, a preposition at most
    int end = t.begin - 1;
    if (end > 0 && s.tok(end - 1).kind == Token::Word && !s.tok(end - 1).cap &&
        lex.has(Cue::FunctionWord, s.key(end - 1)) && !lex.has(Cue::AgentWord, s.key(end - 1)))
        --end;
    for (int i = std::max(0, end - 4); i < end; ++i)
        if (lexiconPhraseAt(lex, Cue::AttendeeCue, s, i) == end ||
            (i == end - 1 && lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key))
            return true;
    return false;
}

/// "B was received by A. C and D attended the reception", "A visited B ... C joined the visit":
/// an active attend verb, the sentence's one trigger, whose object is "the" and the noun of the
/// verb that told the last meeting (its first four letters: "received", "reception") names that
/// meeting; its subjects came to it. That meeting, or none.
MeetingDraft* attendsToldVerbNoun(DocContext& ctx, const SentenceInfo& s,
                                  const std::vector<Trigger>& triggers, std::size_t index,
                                  const Parties& parties)
{
    constexpr int stem = 4;
    const Trigger& t = triggers[index];
    if (triggers.size() != 1 || ctx.meetings.empty() || !t.verb || !t.attendVerb || t.passive ||
        t.attend || t.end - t.begin != 1 || parties.subjects.empty() || !parties.objects.empty() ||
        t.end + 1 >= s.size() || !ctx.lex.has(Cue::Article, s.key(t.end)))
        return nullptr;
    const int noun = t.end + 1;
    const TokenKey& k = s.key(noun);
    if (s.tok(noun).kind != Token::Word || s.tok(noun).cap || k.size() <= stem ||
        ctx.lex.has(Cue::OtherEvent, k))
        return nullptr;
    std::size_t last = ctx.meetings.size() - 1;
    for (std::size_t m = last; m-- > 0;)
        if (ctx.meetings[m].lastSentence > ctx.meetings[last].lastSentence)
            last = m;
    const MeetingDraft& told = ctx.meetings[last];
    if (told.status != "held"_key || told.lastSentence != s.index - 1 ||
        told.participants.size() < 2 ||
        std::any_of(parties.subjects.begin(), parties.subjects.end(),
                    [&](int p) { return holds(told.participants, p); }))
        return nullptr;
    for (const Mention& e : told.evidence) {
        if (e.sentence != told.lastSentence || e.end - e.start <= stem)
            continue;
        const QString verb =
            foldKey(QStringView(ctx.doc.text).mid(e.start, e.end - e.start)).left(stem);
        if (verb == k.text().left(stem) &&
            ctx.lex.has(Cue::MeetingVerb, foldKey(QStringView(ctx.doc.text)
                                                      .mid(e.start, e.end - e.start)
                                                      .split(QLatin1Char(' '))
                                                      .front())))
            return &ctx.meetings[last];
    }
    return nullptr;
}

/// `subjects` joined a meeting told before ("B was received by A. C and D attended the reception",
/// "C also took part in the talks with B"): the mention `draft` takes that meeting's people and
/// states, the subjects as its companions, and is merged into it.
void joinToldMeeting(MeetingDraft& told, MeetingDraft& draft, const std::vector<int>& subjects)
{
    draft.participants = told.participants;
    for (int p : subjects) {
        addUnique(draft.participants, p);
        addUnique(draft.companions, p);
    }
    draft.states = told.states;
    draft.place.clear();
    mergeInto(told, draft);
}

/// The meeting a trigger of sentence `s` was told into, if it was kept.
MeetingDraft* meetingOf(DocContext& ctx, const SentenceInfo& s, const Trigger& t)
{
    const qsizetype start = ctx.mention(s, t.begin, t.end, QString()).start;
    for (std::size_t m = ctx.meetings.size(); m-- > 0;)
        for (const Mention& e : ctx.meetings[m].evidence)
            if (e.sentence == s.index && e.start == start)
                return &ctx.meetings[m];
    return nullptr;
}

/// While it lives, the meeting the opening frame `frame` was told into (see openingFrame) is set
/// aside, so the mention `draft` joins it not, unless `draft` names only its people.
class FrameGuard
{
public:
    FrameGuard(DocContext& ctx, const SentenceInfo& s, const Trigger* frame, const MeetingDraft& draft)
        : m_ctx(ctx), m_s(s), m_frame(frame)
    {
        MeetingDraft* framed = frame ? meetingOf(ctx, s, *frame) : nullptr;
        if (!framed || subset(draft.participants, framed->participants)) {
            m_frame = nullptr;
            return;
        }
        m_wasAside = framed->aside;
        framed->aside = true;
    }
    ~FrameGuard()
    {
        // (found again: the mention may have moved the meetings)
        if (m_frame)
            if (MeetingDraft* framed = meetingOf(m_ctx, m_s, *m_frame))
                framed->aside = m_wasAside;
    }
    FrameGuard(const FrameGuard&) = delete;
    FrameGuard& operator=(const FrameGuard&) = delete;

private:
    DocContext& m_ctx;
    const SentenceInfo& m_s;
    const Trigger* m_frame;
    bool m_wasAside = false;
};

/// "After the talks, the three ministers were received by C", "Following the meeting, A met B": a
/// sentence that opens with a boundary of time (the dates' "after", "before") or a sequence word
/// and a meeting noun referring back tells of another event in the rest. The index of that
/// noun's trigger, or -1.
int openingFrame(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers)
{
    constexpr int reach = 5; ///< "After the roughly 100-minute meeting"
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (first >= s.size() ||
        !(lex.has(Cue::DateBoundary, s.key(first)) || lex.has(Cue::SequenceOpener, s.key(first))))
        return -1;
    for (std::size_t i = 0; i < triggers.size(); ++i) {
        const Trigger& t = triggers[i];
        if (t.begin <= first || t.begin > first + reach)
            continue;
        for (int k = first + 1; k < t.begin; ++k)
            if (s.tok(k).kind == Token::Punct && s.tok(k).punct != QLatin1Char('-'))
                return -1;
        return t.anaphoric && !t.verb ? int(i) : -1;
    }
    return -1;
}

/// "A received letters of credence from four new envoys. The envoys, who presented their
/// credentials one after the other, are B, C, D and E": a sentence telling no meeting that opens
/// with the group noun of the series lead told last, in one of the two sentences before, names
/// whom the host met, one meeting each. False when the sentence is no such list.
bool listSeries(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    if (ctx.meetings.empty())
        return false;
    const MeetingDraft& lead = ctx.meetings.back();
    if (!lead.series || lead.participants.size() != 1 || lead.evidence.empty() ||
        lead.lastSentence < s.index - 2)
        return false;
    const Mention& told = lead.evidence.back();
    const SentenceInfo& ls = ctx.sents[std::size_t(told.sentence)];
    int from = 0;
    while (from < ls.size() && ls.tok(from).start < told.start)
        ++from;
    const int word = groupWordAt(ctx.lex, ls, from, ls.size());
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (word < 0 || ctx.lex.has(Cue::Article, s.key(first)))
        ++first;
    if (word < 0 || s.key(first) != ls.key(word))
        return false;
    const int host = lead.participants.front();
    std::vector<int> named;
    for (const PersonRef* r : refs)
        if (r->person >= 0 && r->person != host && ctx.persons[std::size_t(r->person)].official)
            addUnique(named, r->person);
    if (named.empty())
        return false;
    MeetingDraft base = lead;
    // ("... presented their credentials at State House in Harare, are ...": where they met)
    if (base.place.isEmpty()) {
        const MeetingPlace place = findMeetingPlace(ctx, s, 0, s.size());
        base.place = place.city;
        if (base.venue.isEmpty())
            base.venue = place.venue;
    }
    for (int p : named) {
        MeetingDraft m = base;
        m.series = false;
        m.weak = false;
        m.participants = {host, p};
        addUnique(m.states, ctx.persons[std::size_t(p)].state);
        m.lastSentence = s.index;
        ctx.meetings.push_back(std::move(m));
    }
    return true;
}

/// The people of a meeting draft, as attendWholeList() compares them.
struct MeetingPeople
{
    std::vector<int> participants;
    std::vector<int> companions;
};

/// "The envoys ... are B, C, D and E. Foreign Minister F was present during the ceremonies": an
/// attendee list that joined one meeting of a list series (see listSeries) joins each meeting of
/// that list, held one after the other at one sitting. `before` is the people of the meetings
/// as they were before the list was read.
void attendWholeList(DocContext& ctx, const std::vector<MeetingPeople>& before)
{
    if (before.size() != ctx.meetings.size())
        return;
    std::optional<std::size_t> joined;
    for (std::size_t m = 0; m < ctx.meetings.size(); ++m)
        if (ctx.meetings[m].participants != before[m].participants || ctx.meetings[m].companions != before[m].companions) {
            if (joined)
                return;
            joined = m;
        }
    if (!joined || ctx.meetings[*joined].evidence.empty())
        return;
    const Mention& first = ctx.meetings[*joined].evidence.front();
    const auto sameFirst = [&](const MeetingDraft& d) {
        return !d.evidence.empty() && d.evidence.front().sentence == first.sentence &&
               d.evidence.front().start == first.start;
    };
    // the list's lead, still told: a series lead of one host with the same first mention
    const bool listed = std::any_of(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& d) {
        return d.series && d.participants.size() == 1 && sameFirst(d);
    });
    if (!listed)
        return;
    const MeetingDraft& changed = ctx.meetings[*joined];
    const MeetingPeople& was = before[*joined];
    std::vector<int> added, addedCompanions;
    for (int p : changed.participants)
        if (!holds(was.participants, p))
            added.push_back(p);
    for (int p : changed.companions)
        if (!holds(was.companions, p))
            addedCompanions.push_back(p);
    for (std::size_t m = 0; m < ctx.meetings.size(); ++m) {
        MeetingDraft& d = ctx.meetings[m];
        if (m == *joined || d.series || d.participants.size() < 2 || !sameFirst(d) || d.status != changed.status)
            continue;
        for (int p : added)
            addUnique(d.participants, p);
        for (int p : addedCompanions)
            if (!holds(d.participants, p) || holds(added, p))
                addUnique(d.companions, p);
    }
}

/// Whether tokens [from, to) before a verb give it a subject or a tense of its own: a person, an
/// auxiliary ("had earlier held", "will then hold") or a word of the future.
bool ownTense(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs, int from, int to)
{
    for (const PersonRef* r : refs)
        if (r->begin >= from && r->begin < to)
            return true;
    for (int i = from; i < to; ++i)
        if (lex.value(Cue::NounPredicate, s.key(i)) == "aux"_key || lex.has(Cue::FutureAux, s.key(i)) ||
            lex.has(Cue::ModalBeforeTo, s.key(i)) || lex.has(Cue::PassiveAux, s.key(i)))
            return true;
    return false;
}

/// The guests of the article's visit: the officials who arrived ("A arrived in Lima"), else
/// those of the first held meeting in a known state who are not of that state ("A met B in
/// Lima" with B Peruvian). Empty when there are none.
std::vector<int> visitGuests(const DocContext& ctx, const std::optional<Arrival>& arrival)
{
    if (arrival && !arrival->people.empty())
        return arrival->people;
    std::vector<int> out;
    for (const MeetingDraft& m : ctx.meetings) {
        if (m.status != "held"_key || m.aside || m.background || m.earlier || m.mode != QLatin1String("in person"))
            continue;
        const int st = m.visitedState >= 0 ? m.visitedState : (m.place.isEmpty() ? -1 : stateOfCity(ctx, m.place));
        if (st < 0)
            continue;
        for (int p : m.participants) {
            const int ps = ctx.persons[std::size_t(p)].state;
            if (ps >= 0 && ps != st)
                addUnique(out, p);
        }
        if (!out.empty())
            return out;
    }
    return out;
}

/// "The visiting president later met C": a description by title with a visitor word is the
/// guest of the visit who holds that title, not the last one named with it (the host, or a
/// third leader named in passing). Retargets the sentence's references. `guestsOf()` gives
/// visitGuests(), read only for a description with a visitor word (it scans the meetings).
template <class GuestsOf>
void retargetVisitors(DocContext& ctx, const SentenceInfo& s, const std::vector<PersonRef*>& sentenceRefs,
                      GuestsOf&& guestsOf)
{
    for (PersonRef* ref : sentenceRefs) {
        PersonRef& r = *ref;
        if (r.kind != RefKind::Definite || r.person < 0)
            continue;
        bool visitor = false;
        for (int k = std::max(0, r.begin - 2); k < r.end && !visitor; ++k)
            visitor = ctx.lex.has(Cue::VisitorWord, s.key(k));
        if (!visitor)
            continue;
        const std::vector<int>& guests = guestsOf();
        if (guests.empty() || std::find(guests.begin(), guests.end(), r.person) != guests.end())
            continue;
        const QStringList& titles = ctx.persons[std::size_t(r.person)].titles;
        int pick = -1;
        int count = 0;
        for (int g : guests)
            if (std::any_of(titles.begin(), titles.end(),
                            [&](const QString& t) { return ctx.persons[std::size_t(g)].titles.contains(t); })) {
                pick = g;
                ++count;
            }
        if (count == 1)
            r.person = pick;
    }
}

/// "US envoy A met President B in Beirut. B told his guests ... She then met Prime Minister C": a
/// pronoun opening the subject of a meeting verb, read as someone of the visited state (the
/// subject of the sentence before), while the officials met after the verb are of that state
/// too, is the one principal guest of the visit making her rounds. Retargets the reference.
/// `guestsOf()` as in retargetVisitors(), read only after a verb of the active opens the sentence.
template <class GuestsOf>
void retargetRounds(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                    const std::vector<Trigger>& triggers, GuestsOf&& guestsOf)
{
    if (triggers.empty())
        return;
    const Trigger& t = triggers.front();
    if (!t.verb || t.passive || t.attendVerb)
        return;
    std::vector<int> principals;
    for (int g : guestsOf())
        if (std::none_of(ctx.meetings.begin(), ctx.meetings.end(),
                         [&](const MeetingDraft& m) { return holds(m.companions, g); }))
            principals.push_back(g);
    if (principals.size() != 1)
        return;
    const int guest = principals.front();
    const int guestState = ctx.persons[std::size_t(guest)].state;
    const PersonRef* pronoun = nullptr;
    for (const PersonRef* r : refs) {
        if (r->begin >= t.begin)
            break;
        if (r->person >= 0 && r->kind != RefKind::Pronoun)
            return;
        if (r->kind == RefKind::Pronoun && r->person >= 0 && !pronoun)
            pronoun = r;
    }
    // (only adverbs between the pronoun and the verb: "She then met", "He later met")
    if (!pronoun || pronoun->person == guest || t.begin - pronoun->end > 2)
        return;
    for (int k = pronoun->end; k < t.begin; ++k)
        if (s.tok(k).kind != Token::Word || s.tok(k).cap)
            return;
    const int hostState = ctx.persons[std::size_t(pronoun->person)].state;
    if (hostState < 0 || hostState == guestState)
        return;
    bool hostMet = false;
    for (const PersonRef* r : refs)
        if (r->begin >= t.end && r->person >= 0 && r->person != pronoun->person &&
            ctx.persons[std::size_t(r->person)].official) {
            if (ctx.persons[std::size_t(r->person)].state != hostState)
                return;
            hostMet = true;
        }
    if (!hostMet)
        return;
    for (PersonRef& r : ctx.refs)
        if (&r == pronoun)
            r.person = guest;
}

// "where they met Polish and Latvian soldiers", "met members of the Indian diaspora": the object
// right after the verb is a crowd (a few lower-case words, demonyms and "of" before a crowd noun,
// no name among them), so the subjects met that crowd, not each other or an official. So is one
// person of a calling outside government (lexicon `private-role`, or a lower-case
// `non-office-modifier`) named with it: "met Kenyan marathon champion A", "met the Argentine
// footballer B", "met C, the Spanish film director," (a name no official's, its apposition after).
// So is a group named by a lower-case `private-group` word and a `party-word`: "where she met
// business leaders", "met representatives of civil society". Asked of one subject only: several
// officials who "met business leaders in Krakow" met each other there too.
bool crowdObject(const DocContext& ctx, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 6;
    bool privateGroup = false;
    bool people = false;
    int from = t.end;
    while (from < s.size() && s.tok(from).kind == Token::Word && s.tok(from).cap && !inOfficialSpan(s, from) &&
           !s.matchOf(from))
        ++from;
    from = from > t.end && from < s.size() && isComma(s.tok(from)) ? from + 1 : t.end;
    for (int i = from; i < std::min(s.size(), from + reach); ++i) {
        if (s.tok(i).kind != Token::Word || s.nameTok[std::size_t(i)] || inOfficialSpan(s, i))
            return false;
        const TokenKey& k = s.key(i);
        if (ctx.lex.has(Cue::CrowdNoun, k) || ctx.lex.has(Cue::PrivateRole, k) ||
            (!s.tok(i).cap && ctx.lex.has(Cue::NonOfficeModifier, k)))
            return true;
        privateGroup = privateGroup || (!s.tok(i).cap && ctx.lex.has(Cue::PrivateGroup, k));
        people = people || ctx.lex.has(Cue::PartyWord, k);
        if (privateGroup && people)
            return true;
        // (a state's name as a modifier, "New Zealand dairy executives"; a capitalised word of
        // the calling's own, "Nobel laureate", "Olympic champion")
        const PhraseMatch* m = s.matchOf(i);
        const bool state = m && (m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State);
        if (s.tok(i).cap && !state && !(i + 1 < s.size() && ctx.lex.has(Cue::PrivateRole, s.key(i + 1))))
            return false;
    }
    return false;
}

/// "President A's visit to the White House in May 2025, when he was accompanied by C and D, was
/// dominated by ...": a meeting word that would refer back, told with a day of its own that is
/// not the day of the meeting its attendee list would join, names another event; the list is
/// that event's, read with its trigger, not the last meeting's.
bool referBackOnOtherDay(const DocContext& ctx, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                         const std::function<const std::vector<Clause>&()>& clausesOf)
{
    const std::optional<std::size_t> target = attendedMeeting(ctx, s, 0, s.size());
    if (!target)
        return false;
    const std::vector<Clause>& cls = clausesOf();
    for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
        if (!triggers[ti].anaphoric)
            continue;
        const TriggerScope scope = scopeOf(ctx.lex, s, triggers, ti, cls);
        const DateExpression d = dateOf(ctx, s, triggers[ti], scope, false);
        if (!d.valid() || d.begin < scope.clause.begin || d.begin >= scope.clause.end)
            continue;
        MeetingDraft told;
        setDate(told, d);
        if (!sameDay(ctx.lex, ctx.meetings[*target], told))
            return true;
    }
    return false;
}

/// "The two leaders held a one-on-one meeting before proceeding to bilateral talks attended by C
/// and D": a meeting noun whose people are only those listed by a passive attend verb ("attended
/// by"), told after the meeting of the trigger before it in the sentence and joined to it by
/// "before" or "after" and a gerund (whose subject is that clause's), is the next part of those
/// people's day: they take part in it too. The meeting told by the trigger before, when the
/// people listed share no one with it, else none.
const MeetingDraft* sequelOf(DocContext& ctx, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                             std::size_t index, const Parties& parties)
{
    const Trigger& t = triggers[index];
    if (index == 0 || parties.group || !ctx.lex.has(Cue::MeetingNoun, s.key(t.begin)))
        return nullptr;
    bool attendedBy = false;
    for (int i = t.begin; i < t.end && !attendedBy; ++i)
        attendedBy = ctx.lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key && s.key(i + 1) == "by"_key;
    if (!attendedBy)
        return nullptr;
    const Trigger& before = triggers[index - 1];
    bool gerund = false;
    for (int i = before.end; i + 1 < t.begin && !gerund; ++i)
        gerund = ctx.lex.has(Cue::DateBoundary, s.key(i)) && s.tok(i + 1).kind == Token::Word && !s.tok(i + 1).cap &&
                 s.key(i + 1).endsWith(QLatin1String("ing"));
    if (!gerund)
        return nullptr;
    const MeetingDraft* told = meetingOf(ctx, s, before);
    const bool shares = told && std::any_of(parties.objects.begin(), parties.objects.end(),
                                            [&](int p) { return holds(told->participants, p); });
    return told && told->participants.size() >= 2 && !shares ? told : nullptr;
}

/// "The decision came at the end of a two-day session held in Kigali on Thursday and Friday. It
/// was co-chaired by A and B": a passive meeting verb whose subject is "It", opening the sentence,
/// names the event the sentence before told of in words that made no meeting of anyone named;
/// that sentence's place and day are the meeting's when its own sentence tells none.
void placeByPronounSubject(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, TriggerFacts& f)
{
    if (!t.verb || !t.passive || s.index <= ctx.body || (!f.place.city.isEmpty() && f.date.valid()))
        return;
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (first + 2 > t.begin || s.key(first) != "it"_key || !ctx.lex.has(Cue::PassiveAux, s.key(first + 1)))
        return;
    for (int k = first + 2; k < t.begin; ++k)
        if (s.tok(k).kind != Token::Word || s.tok(k).cap)
            return;
    const SentenceInfo& before = ctx.sents[std::size_t(s.index - 1)];
    for (const MeetingDraft& m : ctx.meetings)
        if (!m.participants.empty() && std::any_of(m.evidence.begin(), m.evidence.end(),
                                                   [&](const Mention& e) { return e.sentence == before.index; }))
            return;
    if (f.place.city.isEmpty()) {
        const MeetingPlace place = findMeetingPlace(ctx, before, before.dateline, before.size());
        if (!place.city.isEmpty())
            f.place = place;
    }
    if (!f.date.valid()) {
        DateExpression d = findDate(before.toks, before.dateline, before.size(), QStringView(ctx.doc.text), ctx.anchor,
                                    f.status == "planned"_key, &ctx.lex);
        // (its tokens are the sentence before's: told at this sentence's start, where no clause
        // of this sentence's own tells another day)
        if (d.valid()) {
            d.begin = 0;
            d.end = 0;
            f.date = d;
        }
    }
}

/// "Ahead of the visit, A went over the preparations with his Saudi counterpart, B, in a telephone
/// call on Sunday": a call noun framing the clause ("in a call", "during a telephone call") that
/// names no one of its own is the call of the official named before it in the sentence and the one
/// named after his "with" (after the trigger before, outside quotes).
void framedCallPeople(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                      const std::vector<Trigger>& triggers, std::size_t index, Parties& parties)
{
    const Trigger& t = triggers[index];
    if (t.verb || !parties.nobody() || t.mode.isEmpty())
        return;
    constexpr int frameReach = 3; ///< "in a brief telephone call"
    bool framed = false;
    for (int b = std::max(0, t.begin - frameReach); b < t.begin && !framed; ++b)
        framed = ctx.lex.has(Cue::EventFrame, s.key(b));
    if (!framed)
        return;
    const int from = index == 0 ? s.dateline : triggers[index - 1].end;
    const auto official = [&](const PersonRef* r) {
        return r->person >= 0 && ctx.persons[std::size_t(r->person)].official && !s.quoted[std::size_t(r->begin)];
    };
    const PersonRef* subject = nullptr;
    for (const PersonRef* r : refs)
        if (r->begin >= from && r->begin < t.begin && official(r)) {
            subject = r;
            break;
        }
    if (!subject)
        return;
    int with = -1;
    for (int k = subject->end; k < t.begin && with < 0; ++k)
        if (s.key(k) == "with"_key)
            with = k;
    if (with < 0)
        return;
    for (const PersonRef* r : refs)
        if (r->begin > with && r->begin < t.begin && official(r) && r->person != subject->person) {
            parties.subjects = {subject->person, r->person};
            return;
        }
}

/// "During a meeting with the Indian Foreign Minister, B, in Kathmandu on Monday, A said": a meeting
/// noun with its partner after "with", opening the sentence after an event frame and an article,
/// whose clause ends before the main clause, has that clause's subject as its other party: the first
/// official after the opening phrase's asides (places and times between commas, no one named),
/// right before a lowercase word, its verb (not a future auxiliary: "A will raise" tells of a
/// meeting to come, which the opening phrase's clause does not read).
void openingFrameSubject(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                         const Trigger& t, const TriggerScope& scope, Parties& parties)
{
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (t.verb || !parties.subjects.empty() || parties.objects.empty() || t.begin != first + 2 ||
        !ctx.lex.has(Cue::EventFrame, s.key(first)) ||
        !(s.key(first + 1) == "a"_key || s.key(first + 1) == "an"_key || ctx.lex.has(Cue::Article, s.key(first + 1))) ||
        (s.key(t.end - 1) != "with"_key && s.key(t.end) != "with"_key) || scope.clause.end >= s.size())
        return;
    const auto official = [&](const PersonRef* r) {
        return r->person >= 0 && ctx.persons[std::size_t(r->person)].official && !s.quoted[std::size_t(r->begin)];
    };
    const PersonRef* subject = nullptr;
    for (const PersonRef* r : refs)
        if (r->begin >= scope.clause.end && official(r) && (!subject || r->begin < subject->begin))
            subject = r;
    if (!subject || holds(parties.objects, subject->person) || subject->end >= s.size() ||
        s.tok(subject->end).kind != Token::Word || s.tok(subject->end).cap ||
        ctx.lex.has(Cue::FutureAux, s.key(subject->end)))
        return;
    // (only asides between: punctuation and lowercase words, places and times, no one named)
    for (const PersonRef* r : refs)
        if (r->begin >= scope.clause.end && r->begin < subject->begin)
            return;
    parties.subjects.push_back(subject->person);
}

/// "The first summit took place in Liverpool last March, when A and B launched the programme": a
/// meeting noun naming no one, whose predicate tells it happened ("took place", "took place in";
/// a noun held in the passive is read by findParties), has the people who open the "when" clause
/// after its place and time (its subject only: not "when A said B had sent a message").
void whenClausePeople(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                      const Trigger& t, Parties& parties)
{
    if (!parties.nobody() || t.verb)
        return;
    int p = t.end;
    while (p < std::min(s.size(), t.end + 3) &&
           (ctx.lex.has(Cue::PerfectAux, s.key(p)) || ctx.lex.value(Cue::NounPredicate, s.key(p)) == "aux"_key))
        ++p;
    if (ctx.lex.value(Cue::NounPredicate, s.key(p)) != "occurred"_key &&
        lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, p) <= p)
        return;
    addWhenClauseSubjects(ctx, s, refs, p, parties.subjects);
}

/// "A last visited Mexico City in September, when he and B launched an action plan": a visit
/// told by its verb, with its traveller alone, has the others who open the "when" clause after
/// its place and time as its hosts, when the traveller is among them (a joint act).
void visitWhenClauseHosts(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                          const Trigger& t, Parties& parties)
{
    if (!t.verb || t.passive || !ctx.lex.has(Cue::TravelWord, s.key(t.begin)) || parties.subjects.size() != 1 ||
        !parties.objects.empty() || parties.group)
        return;
    std::vector<int> opening;
    addWhenClauseSubjects(ctx, s, refs, t.end, opening);
    // (a joint act, the traveller among them: not "when B was campaigning elsewhere")
    if (std::find(opening.begin(), opening.end(), parties.subjects.front()) == opening.end())
        return;
    for (int p : opening)
        if (p != parties.subjects.front())
            addUnique(parties.objects, p);
}

/// Removes from the parties of a meeting each person whose every mention in `refs` passes
/// `only` (a person with no mention stays): the drop passes below differ in that test alone.
template <typename Only>
void dropWhereOnly(const std::vector<const PersonRef*>& refs, Parties& parties, const Only& only)
{
    const auto onlyThere = [&](int person) {
        bool any = false;
        for (const PersonRef* r : refs) {
            if (r->person != person)
                continue;
            if (!only(r))
                return false;
            any = true;
        }
        return any;
    };
    for (std::vector<int>* side : {&parties.subjects, &parties.objects, &parties.companions})
        std::erase_if(*side, onlyThere);
}

/// "Putin received envoy A and B, Donald Trump's son-in-law", "Trump's envoy A met Putin": a
/// person named in the sentence only by name in the possessive, in apposition or before a person
/// word or title ("envoy", "aide"), is whom the one named acts for or is kin to, and takes no part.
/// ("Trump's talks with Putin", "Modi's first visit": a meeting word after the possessive, its
/// owner takes part.) Removes such people from the parties.
/// ... and so, for one person's meeting noun ("her visit to Beijing"), is one named in the possessive
/// of a thing spoken of: "On the last day of her visit to Beijing, A paid tribute to Premier B's
/// reforms" (B is no host of the visit).
void dropPossessors(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                    const Trigger& t, Parties& parties)
{
    // ("her state visit": lowercase modifiers between)
    int owner = t.begin - 1;
    while (owner > 0 && owner >= t.begin - 3 && s.tok(owner).kind == Token::Word && !s.tok(owner).cap &&
           !ctx.lex.has(Cue::FunctionWord, s.key(owner)))
        --owner;
    const bool onePersons = !t.verb && owner >= 0 && (s.key(owner) == "his"_key || s.key(owner) == "her"_key);
    constexpr int reach = 4; ///< "Modi's two-day state visit"
    const bool reactsToOwned = t.verb && t.end == t.begin + 1 && ctx.lex.has(Cue::ReactionVerb, s.key(t.begin));
    const auto possessorOnly = [&](const PersonRef* r) {
        const int person = r->person;
        if (s.key(r->end) != "'s"_key || r->kind != RefKind::Name)
            return false;
        bool meeting = false, agent = false;
        // (over a hyphen, "Sonexay's two-day official visit"; up to the next person named,
        // "Putin's aide Yuri Ushakov met")
        for (int k = r->end + 1, words = 0; k < s.size() && words < reach; ++k) {
            if (s.tok(k).kind != Token::Word) {
                if (isDash(s.tok(k)) || s.tok(k).punct == QLatin1Char('-'))
                    continue;
                break;
            }
            if (std::any_of(refs.begin(), refs.end(),
                            [&](const PersonRef* o) { return o->begin == k && o->person != person; })) {
                agent = true;
                break;
            }
            ++words;
            meeting = meeting || ctx.lex.has(Cue::MeetingNoun, s.key(k)) ||
                      ctx.lex.has(Cue::TravelWord, s.key(k)) || ctx.lex.has(Cue::MeetingVerb, s.key(k));
            const PhraseMatch* m = s.matchOf(k);
            // (or before those who act for him, "Merz's advisers", "Macron's diplomatic team")
            agent = agent || ctx.lex.has(Cue::PersonNoun, s.key(k)) || (m && m->kind == PhraseKind::Title) ||
                    (ctx.lex.has(Cue::ProxyNoun, s.key(k)) && ctx.lex.value(Cue::ProxyNoun, s.key(k)) != "verb"_key);
        }
        // (in apposition, ", Donald Trump's son-in-law,", or before the one acting for him,
        // "Trump's envoy A"; not "dominated by B's false claims", whose owner was there)
        const bool apposition = r->begin > 0 && isComma(s.tok(r->begin - 1));
        // (the owner of what a reaction verb greets: "welcomed B's re-election", "hailed B's
        // decision"; not "welcomed B's delegation", which B leads)
        const bool reacted = reactsToOwned && r->begin >= t.end && r->begin <= t.end + reach &&
                             !ctx.lex.has(Cue::DelegationNoun, s.key(r->end + 1));
        if (meeting || !(apposition || agent || onePersons || reacted))
            return false;
        return true;
    };
    dropWhereOnly(refs, parties, possessorOnly);
}

/// Whether token i is inside an official's phrase (title or name) or a recognised name.
bool inPersonPhrase(const SentenceInfo& s, int i)
{
    return inOfficialSpan(s, i) || s.nameTok[std::size_t(i)];
}

/// "Aides to A and B met", "envoys of A and B held talks", "met representatives of President C",
/// "B, who came as a special envoy of President C", "B, representing President C, met D":
/// who is named only in a list right after a proxy noun ("aides", "envoys", "officials") and
/// "to", "of" or "for" is whom the proxies act for, and takes no part. Removes such people from
/// the parties.
void dropProxies(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                 Parties& parties)
{
    const auto proxied = [&](const PersonRef& r) {
        // back over the list before the name: titles and names (a title's own "of" too:
        // "Envoys of Serbian President A"), "and", and commas after a name (not "envoys of Turkey
        // and Armenia, A and B": the names in apposition to a list of states)
        for (int k = r.begin - 1; k > 0; --k) {
            const TokenKey& key = s.key(k);
            // (a singular proxy noun only after "as" and its article and modifiers, "arrived as a
            // special envoy of President C"; a proxy verb right before the list, "representing
            // President C" (value "as" and "verb"))
            if ((key == "of"_key || key == "to"_key || key == "for"_key) && ctx.lex.has(Cue::ProxyNoun, s.key(k - 1))) {
                const QString value = ctx.lex.value(Cue::ProxyNoun, s.key(k - 1));
                if (value.isEmpty())
                    return true;
                // (value "article": a singular one right after its article, "received an adviser
                // to C", "met the father of Prime Minister C")
                if (value == "article"_key && k >= 2 && !s.tok(k - 1).cap &&
                    (s.key(k - 2) == "a"_key || s.key(k - 2) == "an"_key || s.key(k - 2) == "the"_key))
                    return true;
                for (int a = k - 2; value == "as"_key && a >= std::max(0, k - 5) && s.tok(a).kind == Token::Word && !s.tok(a).cap; --a)
                    if (s.key(a) == "as"_key)
                        return true;
            }
            // (a proxy verb, or its participle before the agent: "a delegation sent by C")
            const int verb = ctx.lex.has(Cue::AgentWord, key) ? k - 1 : k;
            if (ctx.lex.value(Cue::ProxyNoun, s.key(verb)) == "verb"_key && !s.tok(verb).cap)
                return true;
            if (isComma(s.tok(k)) ? !s.nameTok[std::size_t(k - 1)]
                                  : !(key == "and"_key || inPersonPhrase(s, k) || (s.tok(k).kind == Token::Word && s.tok(k).cap)))
                return false;
        }
        return false;
    };
    const auto proxiedOnly = [&](const PersonRef* r) {
        if (r->kind != RefKind::Name || !proxied(*r))
            return false;
        return true;
    };
    dropWhereOnly(refs, parties, proxiedOnly);
}

/// "Delegations met in Istanbul, though neither A nor B attended", "Ministers met; neither A nor
/// B was there": who is named only in a list a negation of lists ("neither", "nor") opens took
/// no part in a meeting held. So too one named after the meeting word only as the subject of a
/// negated predicate: "A greeted the delegations, but B did not travel", "while C never showed
/// up" (the name, an auxiliary, then the negation). Removes such people from the parties (of a
/// held meeting: the caller keeps them for the one the negation denies).
void dropNegatedList(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                     const Trigger& t, Parties& parties)
{
    const auto listed = [&](const PersonRef& r) {
        for (int k = r.begin - 1; k >= 0; --k) {
            if (ctx.lex.value(Cue::Negation, s.key(k)) == "list"_key)
                return true;
            if (!(inPersonPhrase(s, k) || (s.tok(k).kind == Token::Word && s.tok(k).cap)))
                return false;
        }
        return false;
    };
    const auto negatedSubject = [&](const PersonRef& r) {
        int k = r.end;
        if (r.begin < t.end || k + 1 >= s.size() || s.tok(k).kind != Token::Word || s.tok(k).cap)
            return false;
        // ("did not", "was not", "never")
        if (!ctx.lex.has(Cue::Negation, s.key(k)))
            ++k;
        return ctx.lex.has(Cue::Negation, s.key(k)) && ctx.lex.value(Cue::Negation, s.key(k)) != "list"_key &&
               !ctx.lex.has(Cue::ScopeLimiter, s.key(k + 1));
    };
    const auto listedOnly = [&](const PersonRef* r) {
        if (r->kind != RefKind::Name || !(listed(*r) || negatedSubject(*r)))
            return false;
        return true;
    };
    dropWhereOnly(refs, parties, listedOnly);
}

/// "Officials met in Riga to prepare a meeting between A and B", "Teams held talks ahead of a
/// summit between A and B": who is named only after a later meeting noun that lists its people
/// with "between" is that meeting's, and no party of trigger `triggers[index]` before it. Removes
/// such people from the parties.
void dropLaterBetween(const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                      const std::vector<Trigger>& triggers, std::size_t index, Parties& parties)
{
    int list = s.size();
    for (std::size_t j = index + 1; j < triggers.size() && list == s.size(); ++j)
        if (!triggers[j].verb && triggers[j].between)
            list = triggers[j].end;
    if (list == s.size())
        return;
    // (the list: the names right after it, joined by "and" and commas, titles and all)
    int listEnd = list;
    while (listEnd < s.size() &&
           (inPersonPhrase(s, listEnd) || s.key(listEnd) == "and"_key || isComma(s.tok(listEnd)) ||
            (s.tok(listEnd).kind == Token::Word && s.tok(listEnd).cap)))
        ++listEnd;
    const auto laterOnly = [&](const PersonRef* r) {
        if (r->begin < list || r->begin >= listEnd)
            return false;
        return true;
    };
    dropWhereOnly(refs, parties, laterOnly);
}

/// "Having met A in X, B received C", "After talks with A, B flew to Y to see C": an opening
/// participle clause ("having", "after" first, up to the first comma) takes the main clause's
/// subject (the names right after the comma) as its own. Its meeting has no party named later
/// than that subject, and the main clause's meeting none named only inside the opening clause.
/// Removes such people from the parties of `t`.
void dropAcrossOpener(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                      const Trigger& t, Parties& parties)
{
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (first + 1 >= s.size() || !(s.key(first) == "having"_key || s.key(first) == "after"_key))
        return;
    // (a participle or a bare noun after "after": "After meeting A", "After talks with A"; not "After
    // the talks, B was received by C", a time told from the event before)
    const Token& second = s.tok(first + 1);
    if (second.kind != Token::Word || second.cap || lex.has(Cue::Article, s.key(first + 1)) ||
        lex.has(Cue::Determiner, s.key(first + 1)) || lex.has(Cue::FunctionWord, s.key(first + 1)))
        return;
    int comma = first + 1;
    while (comma < s.size() && !isComma(s.tok(comma)))
        ++comma;
    if (comma >= s.size())
        return;
    int subjectEnd = comma + 1;
    // ("Jordan's King Abdullah II": a possessive state before the title)
    while (subjectEnd < s.size() &&
           (inPersonPhrase(s, subjectEnd) || s.key(subjectEnd) == "and"_key || s.key(subjectEnd) == "'s"_key ||
            (s.tok(subjectEnd).kind == Token::Word && s.tok(subjectEnd).cap)))
        ++subjectEnd;
    const bool opener = t.begin < comma;
    const auto otherClause = [&](const PersonRef* r) {
        if (opener ? r->begin < subjectEnd : r->begin >= comma)
            return false;
        return true;
    };
    dropWhereOnly(refs, parties, otherClause);
    // (the opener's subject, wherever the parties put it)
    if (opener)
        for (const PersonRef* r : refs)
            if (r->person >= 0 && r->kind == RefKind::Name && r->begin > comma && r->begin < subjectEnd) {
                std::erase(parties.objects, r->person);
                addUnique(parties.subjects, r->person);
            }
}

/// "A delivered a verbal message from Sultan C to B during a meeting", "handed over a letter from
/// President C": who is named only right after "from" and a thing sent (received-thing of value
/// "sent", an article and a few lowercase words before it) sent it, and takes no part. Removes such
/// people from the parties.
void dropSenders(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                 const Trigger& t, Parties& parties)
{
    constexpr int reach = 3; ///< "a verbal message from", "the congratulatory letter from"
    const auto senderOnly = [&](const PersonRef* r) {
        // (back over the title before the name: "from Emir Sheikh C")
        int from = r->begin - 1;
        while (from > 0 && s.tok(from).kind == Token::Word && (s.tok(from).cap || inOfficialSpan(s, from)))
            --from;
        bool sent = false;
        // (the nearest thing: not "letters of credence from B", a ceremony with B)
        for (int k = from - 1; from > 0 && s.key(from) == "from"_key && k >= std::max(0, from - reach); --k) {
            if (s.tok(k).kind != Token::Word || s.tok(k).cap)
                break;
            if (ctx.lex.has(Cue::ReceivedThing, s.key(k))) {
                sent = ctx.lex.value(Cue::ReceivedThing, s.key(k)) == "sent"_key;
                break;
            }
        }
        if (!sent)
            return false;
        return true;
    };
    // (not when a group names the parties: "a letter from A, who hopes the two prime ministers
    // can meet soon")
    // ("at their meeting" is no such group)
    if (parties.group && !(t.begin > 0 && ctx.lex.has(Cue::PossessivePronoun, s.key(t.begin - 1))))
        return;
    dropWhereOnly(refs, parties, senderOnly);
}

/// "A met B on Monday, with C away in Brussels", "With D still in London, A received B": who is
/// named only in an absolute clause that tells they were elsewhere (absoluteClause()) takes no
/// part. Removes such people from the parties.
void dropAbsentInClause(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                        Parties& parties)
{
    if (!mayHoldAbsoluteClause(s))
        return;
    std::vector<std::pair<int, int>> away;
    for (int i = s.dateline; i < s.size(); ++i)
        if (const AbsoluteClause ac = absoluteClause(ctx, s, refs, i); ac.end > 0 && !ac.present)
            away.emplace_back(ac.listBegin, ac.listEnd);
    if (away.empty())
        return;
    dropWhereOnly(refs, parties, [&](const PersonRef* r) {
        return std::any_of(away.begin(), away.end(), [&](const auto& a) { return r->begin >= a.first && r->begin < a.second; });
    });
}

/// "A praised B for his role in the truce talks", "thanked B for hosting the peace talks",
/// "commended B for brokering the talks", "congratulated B on hosting the talks", "expressed his
/// gratitude to B for ...": talks named inside the reason of an appeal or reaction verb's
/// praise or thanks ("for" or "on", then a gerund, or a possessive, one noun and "in") are B's deed, no
/// meeting of A and B. Not "thanked B for receiving him" (the gerund is the meeting verb and names
/// no meeting noun) nor "thanked B for the fruitful talks" (the talks they held).
bool praisedForTalks(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                     const Trigger& t, const TriggerScope& scope)
{
    constexpr int reach = 6; ///< "for his role in the truce talks"
    const Lexicon& lex = ctx.lex;
    int f = -1;
    for (int i = t.begin - (t.verb ? 1 : 0); i >= std::max(scope.clause.begin, t.begin - reach); --i) {
        if (s.key(i) == "for"_key || s.key(i) == "on"_key) { // ("congratulated B on hosting the talks")
            f = i;
            break;
        }
        if (i < t.begin && (s.tok(i).kind != Token::Word || s.tok(i).cap || lex.has(Cue::ClauseCut, s.key(i))))
            break;
    }
    // "praised the role of B in the indirect talks": the deed's noun before the one praised
    if (f < 0 && !t.verb) {
        for (int i = t.begin - 1; i >= std::max(scope.clause.begin, t.begin - reach + 2); --i) {
            if (s.key(i) != "in"_key)
                continue;
            const auto who = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->end == i; });
            if (who == refs.end())
                return false;
            int x = (*who)->begin;
            while (x > scope.clause.begin && inOfficialSpan(s, x - 1))
                --x;
            if (x - 4 < scope.clause.begin || s.key(x - 1) != "of"_key || s.tok(x - 2).cap ||
                s.tok(x - 2).kind != Token::Word || lex.has(Cue::FunctionWord, s.key(x - 2)) ||
                !(lex.has(Cue::Article, s.key(x - 3)) || lex.has(Cue::PossessivePronoun, s.key(x - 3))))
                return false;
            for (int k = t.begin + 1; k < t.end; ++k)
                if (lex.has(Cue::MeetingNoun, s.key(k)) || lex.has(Cue::MeetingVerb, s.key(k)))
                    return false;
            for (int a = x - 4; a >= std::max(scope.clause.begin, x - 6); --a)
                if (!s.tok(a).cap && std::max(lexiconPhraseAt(lex, Cue::AppealVerb, s, a),
                                              lexiconPhraseAt(lex, Cue::ReactionVerb, s, a)) == x - 3)
                    return true;
            return false;
        }
    }
    if (f < 0 || f + 1 >= s.size())
        return false;
    // (a meeting told after the noun in the same expression is theirs: "for his role in the
    // talks when the two met in Doha", "for brokering the talks during their meeting")
    bool noun = false;
    for (int k = std::max(t.begin, f + 2); k < t.end; ++k) {
        const bool word = lex.has(Cue::MeetingNoun, s.key(k)) || lex.has(Cue::MeetingVerb, s.key(k));
        if (word && noun)
            return false;
        noun = noun || word;
    }
    const TokenKey& first = s.key(f + 1);
    bool deed = false;
    if (first.endsWith(QLatin1String("ing")) && !s.tok(f + 1).cap) {
        // (the gerund is the trigger: only with a meeting noun inside it, "hosting the talks")
        bool noun = f + 1 != t.begin;
        for (int k = t.begin + 1; !noun && k < t.end; ++k)
            noun = lex.has(Cue::MeetingNoun, s.key(k));
        // ... or with no object at all, only its time or place after it: "thanked B for hosting
        // on Saturday", "for hosting." tells of the event B hosted, no guest of B's
        const int after = t.end;
        const bool bare = f + 1 == t.begin && t.end == t.begin + 1 &&
                          std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->begin == after; }) &&
                          (after >= s.size() || s.tok(after).kind == Token::Punct ||
                           ((s.key(after) == "on"_key || lex.has(Cue::VenuePreposition, s.key(after))) &&
                            after + 1 < s.size() && isCalendarWord(s.tok(after + 1))));
        deed = noun || bare;
    } else if (lex.has(Cue::PossessivePronoun, first) && f + 3 < t.begin && s.key(f + 3) == "in"_key) {
        deed = true;
    }
    if (!deed)
        return false;
    // ... the appeal verb right before the one it praises or thanks: "praised Qatari Emir B for"
    const auto person = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->end == f; });
    if (person == refs.end())
        return false;
    // (its title between: "praised Qatari Emir B", "thanked his Omani counterpart B")
    const int v = (*person)->begin;
    for (int a = v - 1; a >= std::max(scope.clause.begin, v - 6); --a) {
        // ("lauded B for mediating the talks": a reaction verb as well)
        const int end = std::max(lexiconPhraseAt(lex, Cue::AppealVerb, s, a), lexiconPhraseAt(lex, Cue::ReactionVerb, s, a));
        if (end > a && !s.tok(a).cap)
            return end == v || inOfficialSpan(s, end) || lex.has(Cue::PossessivePronoun, s.key(end));
        if (s.tok(a).kind != Token::Word)
            return false;
    }
    return false;
}

/// "welcomed B to the ASEAN summit in a post on social media": a meeting noun in the object of a
/// receive verb that tells a greeting sent (greetingSent()) is where B was welcomed to in writing,
/// no meeting of the two.
bool greetedToNoun(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 12; ///< "welcomed Japanese Prime Minister Sanae Takaichi to the ASEAN"
    if (t.verb)
        return false;
    for (int v = t.begin - 1; v >= std::max(0, t.begin - reach); --v) {
        if (s.tok(v).kind != Token::Word)
            return false;
        if (!s.tok(v).cap && lex.value(Cue::MeetingVerb, s.key(v)) == "receive"_key)
            return greetingSent(lex, s, v);
    }
    return false;
}

/// "A and B welcomed, each in a telegram, the new rail link opened by C", "A and B hailed the
/// accord": a reaction verb that is also a meeting verb ("welcomed"), with two subjects or more and
/// no one as its object, whose object (after asides between commas) opens with an article or a
/// determiner, is a reaction of each to a thing: no meeting of theirs.
bool pairReactsToThing(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const Parties& parties)
{
    if (!t.verb || t.passive || t.end != t.begin + 1 || !ctx.lex.has(Cue::ReactionVerb, s.key(t.begin)) ||
        parties.subjects.size() < 2 || !parties.objects.empty() || parties.group)
        return false;
    int k = t.end;
    // (over asides: ", each in a telegram,")
    if (k < s.size() && isComma(s.tok(k))) {
        ++k;
        while (k < s.size() && !isComma(s.tok(k)) && s.tok(k).kind == Token::Word)
            ++k;
        if (k >= s.size() || !isComma(s.tok(k)))
            return false;
        ++k;
    }
    return k < s.size() && !s.tok(k).cap &&
           (ctx.lex.has(Cue::Article, s.key(k)) || ctx.lex.has(Cue::Determiner, s.key(k)) || s.key(k) == "a"_key ||
            s.key(k) == "an"_key);
}

/// "A and B both attended the summit in X, but did not hold a bilateral meeting", "took part in the
/// forum but held no talks", "avoided coming face to face, attending the sessions at different
/// times": a gathering attended (an attend verb or a gathering noun) is no meeting of its people
/// when another meeting word of the sentence says they did not meet: one after a contrast word
/// after it, or one before it when it is a participle after a comma.
/// (Only a meeting word that names no one after it and does not refer back: not "held a summit
/// with B and was to meet C, but the talks were called off", nor "but did not meet C".)
bool deniedBeside(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                  const std::vector<Trigger>& triggers, std::size_t index, const std::vector<Clause>& cls)
{
    const Trigger& t = triggers[index];
    // ... and so a visit told of its guest: "arrived in Oslo for a state visit, but B will not
    // receive him" (the host's denial after a contrast word names the guest by a pronoun)
    bool visit = false;
    for (int k = t.begin; k < t.end && !t.verb; ++k)
        visit = visit || ctx.lex.has(Cue::TravelWord, s.key(k));
    if (!(t.attendVerb || t.gathering || visit))
        return false;
    const bool participle = t.verb && t.begin > 0 && isComma(s.tok(t.begin - 1)) &&
                            s.key(t.begin).text().endsWith(QLatin1String("ing"));
    // "A snubbed B at the Mercosur summit", "A and B avoided each other at the forum, attending
    // its sessions at different times": an avoidance (a refusal cue of value "avoid") told before
    // the gathering, with no contrast word between
    for (int k = t.begin - 1; k >= 0; --k) {
        if (ctx.lex.has(Cue::ContrastWord, s.key(k)))
            break;
        if (!s.tok(k).cap && ctx.lex.value(Cue::RefusalCue, s.key(k)) == "avoid"_key)
            return true;
    }
    // ... or after it, up to the next meeting word: "At the G20 summit, A shunned B"
    const int next = index + 1 < triggers.size() ? triggers[index + 1].begin : s.size();
    for (int k = t.end; k < next && !ctx.lex.has(Cue::ContrastWord, s.key(k)); ++k)
        if (!s.tok(k).cap && ctx.lex.value(Cue::RefusalCue, s.key(k)) == "avoid"_key)
            return true;
    for (std::size_t j = 0; j < triggers.size(); ++j) {
        if (j == index)
            continue;
        const Trigger& o = triggers[j];
        bool contrast = false;
        for (int k = t.end; j > index && k < o.begin && !contrast; ++k)
            contrast = ctx.lex.has(Cue::ContrastWord, s.key(k));
        if (!(j > index || participle) || (o.anaphoric && !o.verb))
            continue;
        const TriggerScope scope = scopeOf(ctx.lex, s, triggers, j, cls);
        if (std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->begin >= o.end && r->begin < std::max(scope.end, scope.clause.end) &&
                       !(visit && r->kind != RefKind::Name);
            }))
            continue;
        if (visit && !(j > index && contrast))
            continue;
        const QString st = predicateStatus(ctx.lex, s, triggers, j, cls, statusOf(ctx.lex, s, o, scope.clause));
        // (after it, a verb denied needs no contrast word: "kept apart at the summit in X and
        // held no talks")
        if ((st == "denied"_key || st == "cancelled"_key) && (j < index || contrast || (o.verb && st == "denied"_key)))
            return true;
    }
    return false;
}

/// "B said the visit was part of regular consultations": an attendee cue that opens with a copula
/// ("was part of", "was present") right after a meeting noun says what the event was, with the
/// event as its subject; no one named in the sentence is listed as attending.
bool eventIsCueSubject(const DocContext& ctx, const SentenceInfo& s, const Attendees& a)
{
    return a.cueBegin >= 1 && (s.key(a.cueBegin) == "was"_key || s.key(a.cueBegin) == "were"_key) &&
           ctx.lex.has(Cue::MeetingNoun, s.key(a.cueBegin - 1));
}

/// "A met B in Addis Ababa on Tuesday. C and D signed the accord in the presence of E in Jeddah in
/// September 2018": an attendee list in a sentence with no meeting word, told with a day of its
/// own that is not the day of the meeting it would join, is no list of that meeting but another
/// occasion, a meeting of the sentence's officials (in the city it names) when they are of two
/// sides or more. (A day or a city inside a relative clause, "C, who took office in January",
/// tells none.) True when the sentence was read so: the list joins no meeting told.
bool listOnOtherOccasion(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                         const std::function<const Attendees&()>& attendees)
{
    if (ctx.meetings.empty())
        return false;
    const Attendees& a = attendees();
    // (a delegation came for the visit, whose days may begin before the talks: "B arrived on
    // Sunday at the head of a delegation that included C")
    if (a.cueBegin < 0 || a.people.empty() || a.future || a.elsewhere || a.delegation)
        return false;
    const std::optional<std::size_t> target = attendedMeeting(ctx, s, 0, s.size(), a.delegation);
    if (!target)
        return false;
    const MeetingDraft& joined = ctx.meetings[*target];
    const std::vector<Clause> cls = clauses(ctx.lex, s, refs);
    // (in a relative clause, or after a relative word since the last comma: "A, a lawyer who took
    // office last year, was accompanied by C")
    const auto inRelative = [&](int i) {
        for (int k = i - 1; k >= s.dateline && !isComma(s.tok(k)); --k)
            if (s.key(k) == "who"_key || s.key(k) == "whose"_key || ctx.lex.has(Cue::RelativeWord, s.key(k)))
                return true;
        return std::any_of(cls.begin(), cls.end(),
                           [&](const Clause& c) { return c.relative && i >= c.begin && i < c.end; });
    };
    DateExpression date;
    for (int from = s.dateline; from < s.size() && !date.valid();) {
        const DateExpression d =
            findDate(s.toks, from, s.size(), QStringView(ctx.doc.text), ctx.anchor, false, &ctx.lex);
        if (!d.valid())
            break;
        if (!inRelative(d.begin))
            date = d;
        from = std::max(d.end, d.begin + 1);
    }
    MeetingPlace place;
    for (const Clause& c : cls)
        if (!c.relative && place.city.isEmpty())
            place = findMeetingPlace(ctx, s, std::max(c.begin, s.dateline), c.end);
    if (cls.empty())
        place = findMeetingPlace(ctx, s, s.dateline, s.size());
    MeetingDraft told;
    setDate(told, date);
    // ("in May 2023" after a meeting told with no day: a month or a year far from the article's
    // own day is another occasion too)
    const QDate day = QDate::fromString(date.iso, Qt::ISODate);
    const bool recalled = date.valid() && joined.when.isEmpty() && joined.iso.isEmpty() && ctx.anchor.isValid() &&
                          ((date.period && !date.periodIso.isEmpty() &&
                            !ctx.anchor.toString(Qt::ISODate).startsWith(date.periodIso)) ||
                           (day.isValid() && std::abs(day.daysTo(ctx.anchor)) > 31));
    const bool otherDay = date.valid() && (!sameDay(ctx.lex, joined, told) || recalled);
    // (a city alone does not tell it: "C took part, whereas D and E were in Vientiane")
    if (!otherDay)
        return false;
    std::vector<int> people;
    for (const PersonRef* r : refs)
        if (r->person >= 0 && ctx.persons[std::size_t(r->person)].official)
            addUnique(people, r->person);
    Trigger t;
    t.begin = a.cueBegin;
    t.end = std::min(s.size(), a.cueBegin + 3);
    t.label = ctx.surface(s, t.begin, t.end);
    TriggerFacts f;
    f.status = statusOf(ctx.lex, s, t, Clause{0, s.size(), false});
    f.place = place;
    f.date = date;
    f.rule = QStringLiteral("meeting: attendees '") + t.label + QStringLiteral("' on another occasion in sentence ") +
             QString::number(s.index + 1);
    // (told in passing: the meeting told before stays the one the next "the talks" names)
    MeetingDraft draft = buildDraft(ctx, s, t, f, people);
    draft.aside = true;
    if (entityCount(ctx, draft) >= 2)
        ctx.meetings.insert(ctx.meetings.end() - 1, std::move(draft));
    return true;
}

} // namespace

void findMeetings(DocContext& ctx)
{
    std::vector<std::vector<const PersonRef*>> bySentence(ctx.sents.size());
    // (every reference of each sentence, for the passes that retarget them: a scan of the whole
    // document's references per sentence made a document of many sentences quadratic)
    std::vector<std::vector<PersonRef*>> allBySentence(ctx.sents.size());
    for (PersonRef& r : ctx.refs) {
        if (r.sentence < 0 || r.sentence >= int(ctx.sents.size()))
            continue;
        allBySentence[std::size_t(r.sentence)].push_back(&r);
        if (!namesGovernment(ctx, r))
            bySentence[std::size_t(r.sentence)].push_back(&r);
    }
    std::vector<std::vector<const StateHit*>> hitsBySentence(ctx.sents.size());
    for (const StateHit& h : ctx.stateHits)
        hitsBySentence[std::size_t(h.sentence)].push_back(&h);

    std::optional<Arrival> arrival;
    // "Venue: Port Moresby.": the place a readout's label line names, for the meetings told in
    // the sentences after it, up to the next label or the next line break after them
    MeetingPlace label;
    int labelAt = -1;
    for (const SentenceInfo& s : ctx.sents) {
        const auto& refs = bySentence[std::size_t(s.index)];
        if (labelAt >= 0 && s.index > labelAt + 1) {
            const qsizetype gap = ctx.sents[std::size_t(s.index - 1)].end;
            if (QStringView(ctx.doc.text).mid(gap, s.start - gap).contains(QLatin1Char('\n')))
                labelAt = -1;
        }
        if (std::optional<MeetingPlace> labelled = labelledPlace(ctx, s)) {
            label = *labelled;
            labelAt = s.index;
        }
        // (the guests of the visit, read once and only where a retargeting pass needs them:
        // neither pass changes the meetings or the people's states they are read from)
        std::optional<std::vector<int>> guests;
        const auto guestsOf = [&]() -> const std::vector<int>& {
            if (!guests)
                guests = visitGuests(ctx, arrival);
            return *guests;
        };
        retargetVisitors(ctx, s, allBySentence[std::size_t(s.index)], guestsOf);
        const std::vector<Trigger> triggers = findTriggers(ctx.lex, s);
        retargetRounds(ctx, s, refs, triggers, guestsOf);
        // (the sentence's attendee list, read once: the passes below that ask for it change
        // neither the references nor the people it is read from before they have used it)
        std::optional<Attendees> listed;
        const std::function<const Attendees&()> attendees = [&]() -> const Attendees& {
            if (!listed)
                listed = findAttendees(ctx, s, refs);
            return *listed;
        };
        // (and its clauses, read once: they depend only on the words and where the references sit)
        std::optional<std::vector<Clause>> clausesRead;
        const std::function<const std::vector<Clause>&()> clausesOf = [&]() -> const std::vector<Clause>& {
            if (!clausesRead)
                clausesRead = clauses(ctx.lex, s, refs);
            return *clausesRead;
        };
        // "General X was in attendance during the talks", "Among the attendees is A,
        // participating in ...": an attendee list whose meeting words only refer back.
        if (!triggers.empty() && onlyReferBack(triggers) && !ctx.meetings.empty() &&
            !referBackOnOtherDay(ctx, s, triggers, clausesOf) && !eventIsCueSubject(ctx, s, attendees()) &&
            attachAttendeeList(ctx, s, attendees(), true))
            continue;
        // "The meetings were attended by A": each of the host's meetings just told
        if (attendEachMeeting(ctx, s, refs, triggers))
            continue;
        if (triggers.empty() && listSeries(ctx, s, refs))
            continue;
        if (triggers.empty()) {
            placeLastEvent(ctx, s, refs);
            if (std::optional<Arrival> a = readArrival(ctx, s, refs))
                arrival = std::move(a);
            // (only the people of each meeting: attendWholeList() compares nothing else)
            std::vector<MeetingPeople> before;
            before.reserve(ctx.meetings.size());
            for (const MeetingDraft& m : ctx.meetings)
                before.push_back({m.participants, m.companions});
            if (listOnOtherOccasion(ctx, s, refs, attendees))
                continue;
            if (!eventIsCueSubject(ctx, s, attendees()) && attachAttendeeList(ctx, s, attendees(), false))
                attendWholeList(ctx, before);
            else if (!addNamedStatesSides(ctx, s, refs))
                addDelegationMembers(ctx, s, refs);
            continue;
        }
        const std::vector<Clause>& cls = clausesOf();
        // "B was accompanied by C, who held talks with D on Wednesday, and by E": a list whose
        // only meeting words are in relative clauses joins the meeting told
        attachListAroundRelatives(ctx, s, refs, triggers, cls);
        // the draft of the trigger before, when it was a noun of one meeting ("the summit")
        std::optional<MeetingDraft> prevNoun;
        const int frame = openingFrame(ctx.lex, s, triggers);
        std::optional<QString> prevVerbStatus;
        const std::size_t toldBefore = ctx.meetings.size();
        // the verb trigger before: its subjects, status, and the place its meeting has
        struct
        {
            std::vector<int> subjects;
            QString status;
            QString place;
        } prevVerb;
        for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
            Trigger t = triggers[ti];
            const TriggerScope scope = scopeOf(ctx.lex, s, triggers, ti, cls);
            Parties parties = findParties(ctx, s, refs, t, scope, cls);
            dropPossessors(ctx, s, refs, t, parties);
            dropProxies(ctx, s, refs, parties);
            dropLaterBetween(s, refs, triggers, ti, parties);
            dropAcrossOpener(ctx.lex, s, refs, t, parties);
            dropSenders(ctx, s, refs, t, parties);
            dropAbsentInClause(ctx, s, refs, parties);
            agentsAfterTrigger(ctx, s, refs, t, parties);
            whenClausePeople(ctx, s, refs, t, parties);
            visitWhenClauseHosts(ctx, s, refs, t, parties);
            framedCallPeople(ctx, s, refs, triggers, ti, parties);
            openingFrameSubject(ctx, s, refs, t, scope, parties);
            const bool nounAgents = agentsOfNounBefore(ctx.lex, s, triggers, ti);
            std::optional<MeetingDraft> lastNoun;
            std::size_t groupCount = 0;
            // (nor does a verb whose object is a crowd, with no official among its objects)
            if (topicMeeting(ctx.lex, s, t, scope, parties) || pairReactsToThing(ctx, s, t, parties) ||
                praisedForTalks(ctx, s, refs, t, scope) || greetedToNoun(ctx.lex, s, t) ||
                (t.verb && parties.objects.empty() && parties.subjects.size() < 2 && crowdObject(ctx, s, t))) {
                prevNoun.reset();
                continue;
            }
            TriggerFacts f;
            f.status = predicateStatus(ctx.lex, s, triggers, ti, cls, statusOf(ctx.lex, s, t, scope.clause));
            // "A will meet B on Friday, before holding talks with C": a verb whose subject is the
            // clause before's, with no auxiliary of its own, is told in that verb's tense
            // ... and so a verb joined by "and" ("A will meet B, who arrives on Sunday, and later
            // receive C")
            if (t.verb && (parties.subjectClause || parties.coordinated >= 0) && f.status == "held"_key && prevVerbStatus &&
                *prevVerbStatus == "planned"_key &&
                !ownTense(ctx.lex, s, refs, parties.coordinated >= 0 ? parties.coordinated : scope.clause.begin, t.begin))
                f.status = *prevVerbStatus;
            if (f.status == "held"_key && deniedBeside(ctx, s, refs, triggers, ti, cls))
                f.status = QStringLiteral("denied");
            if (f.status == "held"_key)
                dropNegatedList(ctx, s, refs, t, parties);
            if (t.verb)
                prevVerbStatus = f.status;
            // "B and C joined A": they came to A's meeting just told
            t.attend = t.attend ||
                       (f.status == "held"_key && joinsToldMeeting(ctx, triggers, ti, parties));
            // (a noun and the clause about it that names its hosts or attendees tell one event:
            // "chaired a meeting on prices in Lahore, which was attended by C")
            const bool agentsAfter = ti + 1 < triggers.size() && agentsOfNounBefore(ctx.lex, s, triggers, ti + 1);
            f.place = placeOf(ctx, s, t, scope, parties, triggers.size() - (agentsAfter ? 1 : 0), f.status == "held"_key);
            if (f.place.empty() && labelAt >= 0 && s.index > labelAt)
                f.place = label;
            f.arrival = arrival ? &*arrival : nullptr;
            const bool hostSeatCity = f.place.city.isEmpty() || f.place.host < 0 ||
                                      f.place.city == capitalCity(ctx, f.place.host) ||
                                      f.place.city == seatCity(ctx, f.place.host);
            f.states = partyStates(ctx, s, hitsBySentence[std::size_t(s.index)], t, scope, parties, f.place.host,
                                   hostSeatCity, !f.place.city.isEmpty());
            f.date = dateOf(ctx, s, t, scope, f.status == "planned"_key);
            placeByPronounSubject(ctx, s, t, f);
            // "B, who arrived on Sunday night, was accompanied at the meeting by C": a day told in
            // a relative clause the trigger is not in is the day of that clause's event
            if (f.date.valid() && (f.date.begin < scope.clause.begin || f.date.begin >= scope.clause.end) &&
                std::any_of(cls.begin(), cls.end(), [&](const Clause& c) {
                    return c.relative && f.date.begin >= c.begin && f.date.begin < c.end &&
                           !(t.begin >= c.begin && t.begin < c.end);
                }))
                f.date = DateExpression{};
            // "The visit comes after the two leaders talked by phone last week": a day told after
            // the next trigger, past a boundary of time between them, is that earlier event's
            if (f.date.valid() && ti + 1 < triggers.size() && f.date.begin >= triggers[ti + 1].begin)
                for (int k = t.end; k < triggers[ti + 1].begin; ++k)
                    if (ctx.lex.has(Cue::DateBoundary, s.key(k)))
                        f.date = DateExpression{};
            // "A and B last met in Castries in July and spoke by telephone in September": a verb
            // after the verb before it takes the day told after it, not the one told between them
            if (f.date.valid() && ti > 0 && t.verb && triggers[ti - 1].verb && f.date.begin < t.begin &&
                f.date.begin >= triggers[ti - 1].end) {
                const DateExpression after = findDate(s.toks, t.end, std::max(scope.end, scope.clause.end),
                                                      QStringView(ctx.doc.text), ctx.anchor, f.status == "planned"_key,
                                                      &ctx.lex);
                // (not a day within the month told before: "attended B's inauguration in August
                // 2023 and held talks with him there on Aug. 15" is one occasion)
                const auto month = [&](const DateExpression& d) {
                    for (int k = d.begin; k < d.end; ++k)
                        if (isMonthWord(s.tok(k)))
                            return s.key(k).text().left(3);
                    return QString();
                };
                if (after.valid() && (month(after).isEmpty() || month(after) != month(f.date)))
                    f.date = after;
            }
            f.mode = modeOf(ctx.lex, s, t, scope.clause);
            f.modeSaid = saysMode(ctx.lex, s, scope.clause);
            // One concatenation instead of two QString::arg passes. Same text: a trigger spans
            // words with at most one token between them, so it never holds a '%' followed by a
            // digit that the second arg() would have replaced.
            f.rule = QStringLiteral("meeting: '") + ctx.surface(s, t.begin, t.end) +
                     QStringLiteral("' in sentence ") + QString::number(s.index + 1);
            for (const std::vector<int>& people : meetingGroups(t, parties)) {
                TriggerFacts own = f;
                const auto span = objectSpan(refs, t, scope, parties, people);
                own.date = objectDate(ctx, s, span, f.date, f.status == "planned"_key);
                own.place = objectPlace(ctx, s, span, f.place);
                MeetingDraft draft = buildDraft(ctx, s, t, own, people);
                // (a day or place between the noun and its "with", "his talks last week in
                // Davos with C", is the talks')
                if (parties.briefed && (s.key(t.end - 1) == "with"_key || s.key(t.end) == "with"_key)) {
                    draft.when.clear();
                    draft.iso.clear();
                    draft.place.clear();
                    draft.venue.clear();
                }
                // "A visited X, during which he held talks with B and called on C": a verb joined
                // by "and" to the one before, with its subject and status, in person and naming
                // no place, was where that one's meeting was
                if (parties.coordinated >= 0 && draft.place.isEmpty() && own.place.empty() && f.mode.isEmpty() &&
                    !prevVerb.place.isEmpty() && prevVerb.status == f.status && !parties.subjects.empty() &&
                    std::is_permutation(parties.subjects.begin(), parties.subjects.end(), prevVerb.subjects.begin(),
                                        prevVerb.subjects.end()))
                    draft.place = prevVerb.place;
                ++groupCount;
                // "Tusk was travelling to Brussels for an EU summit": one person bound for a
                // gathering meets no one by it; the states around it ("to Brussels") say where
                // the gathering is, not who took part
                if (t.gathering && !t.verb && people.size() == 1) {
                    const int own = ctx.persons[std::size_t(people.front())].state;
                    for (std::vector<int>* states : {&draft.states, &draft.namedStates})
                        std::erase_if(*states, [&](int st) { return st != own; });
                }
                draft.companions = parties.companions;
                // "held a one-on-one meeting before proceeding to talks attended by C": the people
                // of the meeting before take part in the talks too
                if (const MeetingDraft* first = sequelOf(ctx, s, triggers, ti, parties);
                    first && first->status == draft.status)
                    for (int p : principalsOf(*first))
                        addUnique(draft.participants, p);
                // (not "met with the leaders of Brazil and Argentina": states named as its other side)
                const int hostState = people.empty() ? -1 : ctx.persons[std::size_t(people.front())].state;
                draft.series = seriesLead(ctx.lex, s, t, scope, parties) &&
                               std::all_of(f.states.begin(), f.states.end(),
                                           [&](int st) { return st == hostState || st == f.place.host; });
                draft.groupLead = groupLead(ctx.lex, s, t, scope, parties);
                draft.arrival = tellsArrival(ctx.lex, s, triggers, ti, scope);
                // the event the opening frame names is not told again by the rest of the
                // sentence, unless only by its own people ("After the talks, the two had lunch")
                const FrameGuard guard(ctx, s, frame >= 0 && int(ti) > frame ? &triggers[std::size_t(frame)] : nullptr,
                                       draft);
                // "in Geneva in May, London in June and Madrid in September": one meeting per city
                const auto listed = listedCities(ctx, s, t, f.status == "planned"_key);
                if (!listed.empty() && !t.split) {
                    for (const auto& [at, until] : listed)
                        addMention(ctx, coordinatedMeeting(ctx, s, until, draft, at), t, s.index);
                    continue;
                }
                // "B was received by A. C and D attended the reception": the meeting told last
                if (draft.status == "held"_key)
                    if (MeetingDraft* told = attendsToldVerbNoun(ctx, s, triggers, ti, parties)) {
                        joinToldMeeting(*told, draft, parties.subjects);
                        continue;
                    }
                // "C also took part in the talks with B": C joined B's meeting told before
                if (!parties.subjects.empty() && !parties.objects.empty() &&
                    draft.status == "held"_key && joinsTalksWith(ctx.lex, s, t)) {
                    // ("C did not take part in the talks with B": C was not there, and met no one)
                    bool denied = false;
                    for (int x = std::max(0, t.begin - 6); x < t.begin && !denied; ++x)
                        denied = ctx.lex.has(Cue::Negation, s.key(x));
                    if (denied)
                        continue;
                    MeetingDraft* told = nullptr;
                    for (std::size_t m = ctx.meetings.size(); m-- > 0 && !told;) {
                        MeetingDraft& c = ctx.meetings[m];
                        if (c.status == "held"_key && c.lastSentence < s.index &&
                            c.participants.size() >= 2 && sameDay(ctx.lex, c, draft) &&
                            (draft.place.isEmpty() || c.place.isEmpty() ||
                             c.place == draft.place) &&
                            std::all_of(parties.objects.begin(), parties.objects.end(),
                                        [&](int p) { return holds(c.participants, p); }) &&
                            std::none_of(parties.subjects.begin(), parties.subjects.end(),
                                         [&](int p) { return holds(c.participants, p); }))
                            told = &c;
                    }
                    if (told) {
                        joinToldMeeting(*told, draft, parties.subjects);
                        continue;
                    }
                }
                // "received B in a meeting attended by C and D": C and D attended the meeting told
                if (attendedNounAfter(ctx.lex, s, triggers, ti)) {
                    MeetingDraft* told = meetingOf(ctx, s, triggers[ti - 1]);
                    if (told && told->status == draft.status) {
                        draft.participants = told->participants;
                        for (int p : parties.objects)
                            addUnique(draft.participants, p);
                        for (int p : parties.objects)
                            if (!holds(told->participants, p))
                                addUnique(draft.companions, p);
                        draft.place.clear();
                        draft.states = told->states;
                        for (int p : parties.objects)
                            if (const int st = ctx.persons[std::size_t(p)].state; st >= 0)
                                addUnique(draft.states, st);
                        mergeInto(*told, draft);
                        continue;
                    }
                }
                // the hosts (or attendees) join the event of the noun: the one it was told into,
                // else (one person bound for it, not kept) its people and place join the hosts'
                // (not "A did not take part in the summit, which was chaired by B")
                bool negated = false;
                for (int k = 0; nounAgents && k < triggers[ti - 1].begin && !negated; ++k)
                    negated = ctx.lex.has(Cue::Negation, s.key(k));
                if (nounAgents && !negated) {
                    MeetingDraft* told = meetingOf(ctx, s, triggers[ti - 1]);
                    if (told && told->status == draft.status) {
                        draft.place.clear();
                        mergeInto(*told, draft);
                        continue;
                    }
                    if (!told && prevNoun && prevNoun->status == draft.status) {
                        mergeInto(draft, *prevNoun);
                        // ("A chaired a meeting, which was attended by C": the event attended is
                        // the one A chaired, told here, not one told before)
                        if (!prevNoun->participants.empty())
                            t.attend = false;
                    }
                }
                if (!t.verb)
                    lastNoun = draft;
                const int city = coordinatedCityAt(ctx, s, t, scope);
                std::optional<MeetingDraft> second;
                if (city >= 0)
                    second = coordinatedMeeting(ctx, s, scope.cut, draft, city);
                if (earlierInRelative(s, t, scope, ti)) {
                    Trigger told = t;
                    told.inPassing = true;
                    addMention(ctx, std::move(draft), told, s.index);
                } else if (visitInRelativeBefore(ctx.lex, s, triggers, ti, scope) && !draft.when.isEmpty()) {
                    // another event told in passing: no later mention tells it again
                    draft.aside = true;
                    addMention(ctx, std::move(draft), t, s.index);
                } else if (parties.each && !t.split) {
                    // "met each of them": one meeting with each, as "separately" says
                    Trigger each = t;
                    each.split = true;
                    addMention(ctx, std::move(draft), each, s.index);
                } else {
                    addMention(ctx, std::move(draft), t, s.index);
                }
                if (second)
                    addMention(ctx, std::move(*second), t, s.index);
            }
            prevNoun = groupCount == 1 ? std::move(lastNoun) : std::nullopt;
            if (t.verb) {
                const MeetingDraft* told = meetingOf(ctx, s, t);
                prevVerb = {parties.subjects, f.status, told ? told->place : QString()};
            }
        }
        // "A travelled to Brussels on Tuesday. The two leaders, A and B, discussed ...": a journey
        // whose words told no meeting places the traveller's next one, as an arrival does
        // ... and "On Wednesday, A flew to Erbil, where he was received by B. ... A then met C": a
        // journey whose sentence told a meeting held in its destination, the one told last, still
        // places the traveller's next meetings there
        if (ctx.meetings.size() == toldBefore)
            if (std::optional<Arrival> a = readArrival(ctx, s, refs))
                arrival = std::move(a);
        // (not a welcome at an airport, which may serve another town)
        if (ctx.meetings.size() > toldBefore && ctx.meetings.back().lastSentence == s.index &&
            ctx.meetings.back().status == "held"_key) {
            bool airport = false;
            for (const Token& w : shortTokens(ctx.meetings.back().venue))
                airport = airport || ctx.lex.has(Cue::ArrivalWord, w.key);
            if (std::optional<Arrival> a = airport ? std::nullopt : readArrival(ctx, s, refs);
                a && foldKey(a->city) == foldKey(ctx.meetings.back().place))
                arrival = std::move(a);
        }
    }
    dropUnconfirmed(ctx);
    joinSideMeetingsToGatherings(ctx);
    finishPlaces(ctx);
    shareSplitPlaces(ctx);
}

} // namespace parley

namespace parley {

namespace {

// A governor, a mayor, a Menteri Besar: one of whose titles the gazetteer files as `local`,
// not named after a body ("State Bank of Pakistan Governor B" heads a bank; "Yangon Region
// Chief Minister C" heads an area, lexicon `area-noun`).
bool isLocalOfficial(const DocContext& ctx, const Person& p)
{
    const bool local = std::any_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        return ti >= 0 && ctx.g.titles[std::size_t(ti)].category == "local"_key;
    });
    if (!local)
        return false;
    const int self = int(&p - ctx.persons.data());
    constexpr int reach = 6;
    for (const PersonRef& r : ctx.refs) {
        if (r.person != self || r.kind != RefKind::Name)
            continue;
        const SentenceInfo& s = ctx.sents[std::size_t(r.sentence)];
        for (int k = std::max(0, r.begin - reach); k < r.begin; ++k)
            if (ctx.lex.has(Cue::BodyHead, s.key(k)) && s.tok(k).cap && !ctx.lex.has(Cue::AreaNoun, s.key(k)))
                return false;
        break;
    }
    return true;
}

} // namespace

void refineAffiliations(DocContext& ctx)
{
    // An official placed in the article's main state only by default, who meets people of
    // that state, is more likely from another state the article names: the visitor, the host.
    const std::vector<int> prominent = statesByProminence(ctx);
    int datelineState = -1;
    datelineCity(ctx, &datelineState);
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        Person& p = ctx.persons[std::size_t(i)];
        // Only the main state given by default: a fallback that already passed over the states
        // of the people met ("Rabuka was welcomed by New Zealand's minister") stands.
        // (nor one the dateline placed: "NOUAKCHOTT (APS) - ... in the presence of Prime Minister
        // A" is the host's, whomever the meetings show him beside)
        // "KOTA BHARU - Deputy Prime Minister A met Kelantan Mentri Besar B": an official the text
        // gives no state, who met a local official (gazetteer category `local`) placed in a state,
        // held a domestic meeting and is of that state (the dateline's, when there is one),
        // whatever state the story names most
        if (p.official && p.stateStrength == 1) {
            int local = -1;
            bool several = false;
            for (const MeetingDraft& m : ctx.meetings) {
                if (m.status != "held"_key || !holds(m.participants, i))
                    continue;
                for (int o : m.participants) {
                    const Person& other = ctx.persons[std::size_t(o)];
                    if (o == i || other.stateStrength < 2 || other.state < 0 || !isLocalOfficial(ctx, other))
                        continue;
                    several = several || (local >= 0 && local != other.state);
                    local = other.state;
                }
            }
            if (local >= 0 && !several && local != p.state && (datelineState < 0 || datelineState == local)) {
                p.state = local;
                p.setAffiliation(QStringLiteral("a meeting with a local official of the state: domestic"));
                continue;
            }
        }
        // ... and the other way: "NAIROBI - ... CS A toured the border post, where he held talks
        // with Busia Governor B": a local official only a fallback placed, who meets an official
        // the text places in the dateline's state (or the wire's home), is of that state; a
        // governor meeting a foreign minister at home stays the fallback's
        if (const int host = datelineState >= 0 ? datelineState : ctx.wireHome;
            p.official && p.stateStrength == 1 && host >= 0 && p.state != host && isLocalOfficial(ctx, p) &&
            std::find(p.notStates.begin(), p.notStates.end(), host) == p.notStates.end() &&
            std::any_of(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& m) {
                return m.status == "held"_key && holds(m.participants, i) &&
                       std::any_of(m.participants.begin(), m.participants.end(), [&](int o) {
                           return o != i && ctx.persons[std::size_t(o)].stateStrength >= 2 &&
                                  ctx.persons[std::size_t(o)].state == host;
                       });
            })) {
            p.state = host;
            p.setAffiliation(QStringLiteral("a local official meeting an official of the home state: domestic"));
            continue;
        }
        // "The plan was approved at a meeting chaired by A on Sunday. B and C attended the
        // meeting": one placed only by default who attended a meeting told by its chair sits with
        // the chair, of the chair's state
        if (p.official && p.stateStrength == 1) {
            const auto chairOf = std::find_if(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& m) {
                return m.chaired && m.status == "held"_key && m.participants.front() != i && holds(m.participants, i);
            });
            const Person* chair =
                chairOf == ctx.meetings.end() ? nullptr : &ctx.persons[std::size_t(chairOf->participants.front())];
            if (chair && chair->stateStrength >= 2 && chair->state >= 0 && chair->state != p.state) {
                p.state = chair->state;
                p.setAffiliation(QStringLiteral("attended a meeting told by its chair: the chair's state"));
                continue;
            }
        }
        // (nor one placed at the home the wire's people or its lead's city tell: "Minister A
        // met President B at the palace" in a Baghdad story is a meeting at home)
        if (!p.official || p.stateStrength != 1 || prominent.empty() || p.state != prominent.front() ||
            p.state == datelineState || p.state == ctx.wireHome)
            continue;
        std::vector<int> held;
        // A meeting whose other people are all of the official's default state needs another
        // side, which the official must be. One whose people hold that state and another says
        // nothing: the official may sit on either side ("A received B, with C of A's state").
        // One whose people are all of one other state has its two sides with the default: the
        // meetings vote, and on a tie the default stands.
        int oneSided = 0, twoSided = 0;
        for (const MeetingDraft& m : ctx.meetings) {
            // A companion on a visit ("accompanied by") is of the party he came with.
            if (std::find(m.participants.begin(), m.participants.end(), i) == m.participants.end() ||
                std::find(m.companions.begin(), m.companions.end(), i) != m.companions.end())
                continue;
            // "A met the IMF mission chief B, with C of A's state": the organisation is the other
            // side; whoever else sits in says nothing of A's (a body's kind of office tells the
            // organisation as well: "an IMF staff mission led by mission chief for Malawi B")
            const bool organisationSide = std::any_of(m.participants.begin(), m.participants.end(), [&](int o) {
                return o != i && servesABody(ctx, ctx.persons[std::size_t(o)]) &&
                       std::find(m.companions.begin(), m.companions.end(), o) == m.companions.end();
            });
            // "Deputy Prime Minister A met Kelantan Mentri Besar B": a local official (gazetteer
            // category `local`) of the official's own default state makes the meeting domestic;
            // it tells no other side
            const bool domestic = std::any_of(m.participants.begin(), m.participants.end(), [&](int o) {
                const Person& other = ctx.persons[std::size_t(o)];
                return o != i && other.state == p.state && isLocalOfficial(ctx, other);
            });
            // ("a meeting chaired by B ... C attended the meeting": who attends sits with the chair)
            if (organisationSide || domestic || m.chaired)
                continue;
            std::vector<int> others;
            for (int o : m.participants) {
                const Person& other = ctx.persons[std::size_t(o)];
                // (an official of no state, "the Secretary General of the Forum", is no side; nor
                // is one who sat in with either side, "alongside A's High Commissioner C")
                if (o != i && other.stateStrength >= 2 && other.state >= 0 &&
                    std::find(m.companions.begin(), m.companions.end(), o) == m.companions.end())
                    addUnique(others, other.state);
            }
            if (others.size() == 1)
                ++(others.front() == p.state ? oneSided : twoSided);
            for (int st : others)
                addUnique(held, st);
        }
        if (oneSided <= twoSided)
            continue;
        const auto free = std::find_if(prominent.begin(), prominent.end(), [&](int state) {
            return std::find(held.begin(), held.end(), state) == held.end();
        });
        const int best = free == prominent.end() ? -1 : *free;
        if (best < 0)
            continue;
        p.state = best;
        p.setAffiliation(QStringLiteral("fallback: a state the article names that the people met do not hold"));
    }
    for (MeetingDraft& m : ctx.meetings) {
        m.states = m.namedStates;
        for (int p : m.participants)
            addUnique(m.states, ctx.persons[std::size_t(p)].state);
    }
}

} // namespace parley
