// SPDX-License-Identifier: GPL-3.0-or-later
// The merging pass of meetings: one event told in several sentences ("A met B on Monday. The
// talks focused on trade. A was accompanied by C.") becomes one meeting. A mention joins an
// earlier one when it refers back to it or is compatible with it (same status and mode, no
// other day or place, the people of one among the other's); distinct events with the same
// people (a call, then a visit) stay apart.
#include "extract/meetingpasses.h"

#include "extract/dates.h"

#include <algorithm>

namespace parley {

namespace {

QString whenKey(const QString& when, bool precise = true)
{
    // "Feb. 9" and "Feb. 10", "9 February" and "10 February": a month with its day is that day
    // (the month's first three letters and the number), not one month
    // (a span of days, "April 7-9", holds any of them: it stays the month)
    const SharedTokens toks = shortTokens(when);
    const bool span = std::any_of(toks.begin(), toks.end(),
                                  [](const Token& t) { return isDash(t) || t.hyphenBefore; });
    for (const Token& t : toks)
        if ((span || !precise) && isMonthWord(t))
            return t.key.text().left(3);
    for (std::size_t i = 0; i + 1 < toks.size() && !span; ++i) {
        const Token& a = toks[i];
        const Token* b = &toks[i + 1];
        if (b->kind == Token::Punct && i + 2 < toks.size())
            b = &toks[i + 2];
        if (isMonthWord(a) && b->kind == Token::Number)
            return a.key.text().left(3) + QLatin1Char(' ') + b->key.text();
        if (a.kind == Token::Number && isMonthWord(*b))
            return b->key.text().left(3) + QLatin1Char(' ') + a.key.text();
    }
    QString k = foldKey(when);
    // ("in March" and "in January" are two months, not one word "in")
    for (const char* w : {"later ", "earlier ", "on ", "in ", "early ", "late ", "this "})
        if (k.startsWith(QLatin1String(w)))
            k = k.mid(int(qstrlen(w)));
    // (its first word; QString::section() splits the whole key into a list to give it)
    return k.left(k.indexOf(QLatin1Char(' ')));
}

// "yesterday", "today", "tonight", "tomorrow" (the lexicon's deictic days), as the day of an event
bool isDeicticDay(const Lexicon& lex, const QString& when)
{
    return lex.has(Cue::DeicticDay, whenKey(when));
}

// "Monday", "on Monday evening": a day named by its weekday
bool isWeekdayWhen(const QString& when)
{
    const SharedTokens toks = shortTokens(when);
    const auto first = std::find_if(toks.begin(), toks.end(), [](const Token& t) { return t.cap; });
    return first != toks.end() && isCalendarWord(*first) && !isMonthWord(*first);
}

// "Fidan then held a bilateral meeting with B" after a three-way meeting: a side meeting is an
// event of its own, so it joins no earlier meeting that has someone it lacks.
bool sideApart(const MeetingDraft& earlier, const MeetingDraft& draft, bool side)
{
    return side && !subset(earlier.participants, draft.participants);
}

// "A and B held talks in Arusha. C met the two ministers on the margins of the talks": a meeting
// told beside a gathering ("on the sidelines of", "on the margins of") is not that gathering, so
// a mention of it with someone the earlier meeting lacks is an event of its own, even when it
// holds all of that meeting's people.
bool besideApart(const MeetingDraft& earlier, const MeetingDraft& draft, const Trigger& t)
{
    return t.side && t.atGathering && earlier.participants.size() >= 2 && draft.participants.size() >= 2 &&
           !subset(principalsOf(draft), earlier.participants);
}

// "In the afternoon, A met B ... The project was revived during C's state visit to Tehran in May
// 2023": a mention told on another occasion than the article's days (a month or a year that is not
// the article's, a day more than a month away from it) is not a meeting told with no day of its
// own, which was held on the article's days.
bool recalledApart(const DocContext& ctx, const MeetingDraft& earlier, const MeetingDraft& draft)
{
    if (!ctx.anchor.isValid() || !earlier.when.isEmpty() || !earlier.iso.isEmpty() || !earlier.periodIso.isEmpty() ||
        earlier.earlier || earlier.aside)
        return false;
    constexpr int monthDays = 31;
    // (the ISO day may be a month or a year only, "2023-05")
    const QString told = draft.iso.isEmpty() ? draft.periodIso : draft.iso;
    const QDate day = QDate::fromString(told, Qt::ISODate);
    if (day.isValid())
        return std::abs(day.daysTo(ctx.anchor)) > monthDays;
    return !told.isEmpty() && !isoDate(ctx.anchor).startsWith(told);
}

// "MEXICO CITY, Feb 12 - ... Carney last visited Mexico City in September": in an article whose
// year is not known, a mention told by a month and no day of it ("in September", "in June 2025")
// is another occasion than an event told with no day at all.
bool monthApart(const DocContext& ctx, const MeetingDraft& earlier, const MeetingDraft& draft)
{
    if (ctx.anchor.isValid() || !earlier.when.isEmpty() || !earlier.iso.isEmpty() || draft.when.isEmpty())
        return false;
    bool month = false;
    for (const Token& t : shortTokens(draft.when)) {
        int n = 0;
        if (t.kind == Token::Number && (n = t.key.text().toInt()) >= 1 && n <= 31)
            return false;
        month = month || monthOfWord(t) > 0;
    }
    return month;
}

// "The summit brought together A, B, C and D. A also met briefly with D": a meeting of two told
// with an additive word after a meeting of three or more principals that holds them both is a
// side meeting of its own, not the gathering told again ("A received B, with C present. The two
// also held talks" has two principals, and is the event told).
bool additiveApart(const DocContext& ctx, const MeetingDraft& earlier, const MeetingDraft& draft,
                   const Trigger& t, int sentence)
{
    if (!t.verb || t.anaphoric || t.attend || t.discuss || t.tally || t.previous || t.senderEnd >= 0)
        return false;
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    bool additive = false;
    for (int i = std::max(0, t.begin - 3); i < t.begin && !additive; ++i)
        additive = ctx.lex.has(Cue::AdditiveWord, s.key(i)) && !s.quoted[std::size_t(i)];
    if (!additive)
        return false;
    // ("B also had lunch with A at the presidential residence" after their talks at the tower:
    // another venue named makes it another event of the same people)
    if (!draft.venue.isEmpty() && !earlier.venue.isEmpty() && !draft.venue.contains(earlier.venue) &&
        !earlier.venue.contains(draft.venue))
        return true;
    // (the earlier event's companions count: "The talks were also attended by C and D ... A also
    // hosted a dinner for B" is another event of the two)
    const std::vector<int> mine = principalsOf(draft);
    const std::vector<int>& theirs = earlier.participants;
    return mine.size() == 2 && theirs.size() >= 3 &&
           std::any_of(theirs.begin(), theirs.end(), [&](int p) { return !holds(mine, p); });
}

// "A met B on the sidelines of the X summit ... The summit, hosted by C, brought together ...":
// the gathering told by its own word is another event than a meeting held beside it, so it
// joins no such side meeting.
bool besideTold(const MeetingDraft& earlier, const Trigger& t)
{
    return t.gathering && !t.side && !t.atGathering && earlier.besideGathering && !earlier.gatheringEvent;
}

// "Frederiksen's visit to Berlin was the first since ...", "his counterpart's first visit": a
// meeting noun naming one person of a meeting already told, with no state that meeting lacks, is
// that meeting told again. Joins it when nothing tells them apart; else dropped, never a
// meeting of one person, unless it tells of an earlier event (`previous`). False when the
// mention stays. (A verb tells an event of its own: "he was welcomed at the airport by" a
// host not named as an official is still that arrival.)
bool absorbLoneMention(DocContext& ctx, MeetingDraft& draft, bool previous)
{
    if (draft.participants.size() != 1)
        return false;
    const int person = draft.participants.front();
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        MeetingDraft& earlier = ctx.meetings[m];
        if (earlier.status != draft.status || earlier.arrival != draft.arrival ||
            !holds(earlier.participants, person) || !subset(draft.states, earlier.states))
            continue;
        if (compatible(ctx.lex, earlier, draft)) {
            mergeInto(earlier, draft);
            return true;
        }
        // "X last visited Muscat in April, when he met Y": an earlier visit of one person is
        // another event, told on; the mention after it names its other party
        // ... and so is "the visit of X to Vientiane in July of last year, when I received him":
        // a visit told with a day of its own, not the article's, is kept for that mention (with
        // its place and day), and left out if none joins it
        if (!previous && recalledApart(ctx, MeetingDraft{}, draft)) {
            draft.loneRecalled = true;
            return false;
        }
        return !previous;
    }
    return false;
}

// The event told last that "the talks" may name: not an arrival ("C welcomed A at the
// airport. During the talks, ..."), unless nothing else was told.
std::size_t lastNarrated(const DocContext& ctx)
{
    for (std::size_t m = ctx.meetings.size(); m-- > 0;)
        if (!ctx.meetings[m].arrival)
            return m;
    return ctx.meetings.size() - 1;
}

// Whether a held meeting was told as one of another time than the article's: "first met" told as
// earlier, or a day or month more than a month from the article's day ("their call in February").
bool toldOfAnotherTime(const DocContext& ctx, const MeetingDraft& m)
{
    return m.earlier || recalledMeeting(ctx, m);
}

// "A welcomed B to Downing Street today. A recalled their first meeting in November and their
// call in February. The leaders discussed trade. A and B were joined for the second part of their
// meeting by C": a joining whose meeting would be one of another time than the article's joins the
// article's occasion instead. Two ways to tell it: a held joining with no day of its own, told
// sentences after the events recalled in passing (the last narrated one of another time); or one
// whose `target` (the last meeting sharing its people) was recalled from a month of its own while
// the joining is not, and no demonstrative names that one ("had been joined on that call by C").
// The occasion is the last event of the mention's status, of the article's days, that shares its
// people (told with a day, after events recalled in passing; else first one dated on the
// article's day). Its index, or std::nullopt when the mention is no such joining or no occasion
// is found.
std::optional<std::size_t> occasionOfJoining(const DocContext& ctx, const MeetingDraft& draft,
                                             std::optional<std::size_t> target, bool demonstrative)
{
    if (ctx.meetings.empty() || draft.participants.empty())
        return std::nullopt;
    const std::size_t last = lastNarrated(ctx);
    const MeetingDraft& narrated = ctx.meetings[last];
    const bool afterRecalled = draft.status == "held"_key && draft.when.isEmpty() && draft.iso.isEmpty() &&
                               draft.periodIso.isEmpty() && narrated.status == "held"_key &&
                               toldOfAnotherTime(ctx, narrated) && narrated.lastSentence < draft.lastSentence - 1;
    const bool joinsRecalled = target && recalledMeeting(ctx, ctx.meetings[*target]) &&
                               !recalledMeeting(ctx, draft) && !demonstrative;
    // (the last event of the mention's status sharing its people, from `from` back, of the
    // article's days: when `passing`, of no other time at all and told with a day)
    const QString anchorIso = isoDate(ctx.anchor);
    const auto occasion = [&](std::size_t from, bool passing) -> std::optional<std::size_t> {
        std::optional<std::size_t> today, current;
        for (std::size_t m = from; m-- > 0;) {
            const MeetingDraft& d = ctx.meetings[m];
            if (d.arrival || d.status != draft.status ||
                (passing ? toldOfAnotherTime(ctx, d) || (d.iso.isEmpty() && d.when.isEmpty()) : recalledMeeting(ctx, d)) ||
                std::none_of(draft.participants.begin(), draft.participants.end(),
                             [&](int p) { return holds(d.participants, p); }))
                continue;
            if (passing)
                return m;
            if (!current)
                current = m;
            if (!today && d.iso == anchorIso)
                today = m;
        }
        return today ? today : current;
    };
    if (afterRecalled)
        if (const std::optional<std::size_t> m = occasion(last, true))
            return m;
    return joinsRecalled ? occasion(ctx.meetings.size(), false) : std::nullopt;
}

// The event "the meeting" refers to: the last one told, unless that is only a plan among the
// people of an earlier held meeting and this mention reads as held ("A met B. He invited B to
// a regional meeting to be held in X. B thanked him after the meeting."): the plan was told in
// passing, the narrative is still the held event.
std::size_t referent(const DocContext& ctx, const MeetingDraft& draft)
{
    const std::size_t last = lastNarrated(ctx);
    const MeetingDraft& plan = ctx.meetings[last];
    if (draft.status != "held"_key || plan.status == "held"_key || plan.participants.empty())
        return last;
    for (std::size_t m = last; m-- > 0;) {
        const MeetingDraft& earlier = ctx.meetings[m];
        if (earlier.status != "held"_key || earlier.lastSentence < plan.lastSentence - 1)
            continue;
        if (std::any_of(plan.participants.begin(), plan.participants.end(),
                        [&](int p) { return holds(earlier.participants, p); }))
            return m;
    }
    return last;
}

// "A received B on Thursday. The presidents first met in private and were then joined by their
// delegations": "first" with no day of its own (nor "had first met", an earlier time) tells the
// first part of the event told last, which it joins when nothing tells them apart. False when it
// joined none.
bool firstPartOf(DocContext& ctx, const MeetingDraft& draft, const Trigger& t, const SentenceInfo& s)
{
    if (draft.earlier || !t.verb || !draft.when.isEmpty() || !draft.iso.isEmpty() || draft.participants.size() < 2 ||
        s.key(t.begin - 2) == "had"_key)
        return false;
    MeetingDraft& last = ctx.meetings[lastNarrated(ctx)];
    if (!compatible(ctx.lex, last, draft) || !subset(draft.participants, last.participants))
        return false;
    mergeInto(last, draft);
    return true;
}

// "A was due to meet B on Friday, but the talks were called off": the event referred back to
// was only planned, and the mention says it is off; it is cancelled. (A held event told
// again as "postponed twice, the talks finally took place" stays held.)
bool cancelsPlan(const MeetingDraft& referred, const MeetingDraft& mention)
{
    return referred.status == "planned"_key && mention.status == "cancelled"_key;
}

} // namespace

void addUnique(std::vector<int>& v, int x)
{
    if (x >= 0 && std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

bool holds(const std::vector<int>& v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

bool subset(const std::vector<int>& a, const std::vector<int>& b)
{
    return std::all_of(a.begin(), a.end(), [&](int x) { return holds(b, x); });
}

std::vector<int> principalsOf(const MeetingDraft& m)
{
    std::vector<int> out;
    for (int p : m.participants)
        if (!holds(m.companions, p))
            out.push_back(p);
    return out;
}

namespace {

// The sentence a meeting was first told in.
int firstSentence(const MeetingDraft& m)
{
    return m.evidence.empty() ? m.lastSentence : m.evidence.front().sentence;
}

} // namespace

bool sameDay(const Lexicon& lex, const MeetingDraft& a, const MeetingDraft& c)
{
    // (a visit of several days, "arrived on Feb. 2 for a three-day visit", holds the talks of
    // Feb. 3: the words below say whether the days fit)
    if (!a.iso.isEmpty() && !c.iso.isEmpty() && a.iso != c.iso && !a.spansDays && !c.spansDays)
        return false;
    // ("March 12" and "Thursday morning" that the article's date makes March 12: one day, in two
    // wordings)
    if (!a.iso.isEmpty() && a.iso == c.iso)
        return true;
    if (a.when.isEmpty() || c.when.isEmpty())
        return true;
    // (one wording has one key: the same day, without tokenizing it twice)
    if (a.when == c.when)
        return true;
    // ("April 8" is within "April 7-9", a month told with no one day; a visit of several days
    // that starts on Feb. 2 holds the talks of Feb. 3)
    const bool precise = !a.spansDays && !c.spansDays;
    const QString ka = whenKey(a.when, precise);
    const QString kc = whenKey(c.when, precise);
    const bool within =
        ka.startsWith(kc + QLatin1Char(' ')) || kc.startsWith(ka + QLatin1Char(' '));
    if (ka != kc && !within) {
        // "A yesterday hosted B ... On Monday, the ministers met": a writer who calls one day
        // "yesterday" and names another by its weekday tells two days
        if ((isDeicticDay(lex, a.when) && isWeekdayWhen(c.when)) || (isDeicticDay(lex, c.when) && isWeekdayWhen(a.when)))
            return false;
        auto firm = [](const QString& w) {
            return std::any_of(w.begin(), w.end(), [](QChar ch) { return ch.isDigit(); });
        };
        if ((!a.whenRelative && !c.whenRelative) || firm(a.when) || firm(c.when))
            return false;
    }
    return true;
}

namespace {

// "B was received at the airport by C, who held talks with him there. The meeting at the Villa
// on Thursday was attended by D": a meeting named with a venue of its own, which the meeting
// found for it (`target`) lacks, is the last held meeting told at that venue on that day, when
// there is one; else `target`.
std::size_t namedVenueMeeting(const DocContext& ctx, const MeetingDraft& draft, std::size_t target)
{
    const auto sameVenue = [](const QString& a, const QString& b) {
        return !a.isEmpty() && !b.isEmpty() &&
               (a.contains(b, Qt::CaseInsensitive) || b.contains(a, Qt::CaseInsensitive));
    };
    if (draft.venue.isEmpty() || sameVenue(ctx.meetings[target].venue, draft.venue))
        return target;
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        const MeetingDraft& d = ctx.meetings[m];
        if (m != target && d.status == draft.status && !d.arrival && !d.aside && sameVenue(d.venue, draft.venue) &&
            sameDay(ctx.lex, d, draft))
            return m;
    }
    return target;
}

// A placed mention (in person, though its words may not say so) and a call or video call. (A
// call placed by its words, "in phone call" under a dateline, is a call all the same.)
bool placedApart(const MeetingDraft& placed, const MeetingDraft& call)
{
    return !placed.place.isEmpty() && call.strongMode && call.mode != "in person"_key &&
           !(placed.strongMode && placed.mode == call.mode);
}

// "The Slovenian prime minister did not meet B, who was on a visit to Austria. B had spoken with
// him by phone": a visit told as background is where its person was when the main clause
// happened; only an in-person mention of its own sentence tells that event again ("A met B, who
// is in Nairobi on a visit"), never a later one nor a call.
bool backgroundApart(const MeetingDraft& visit, const MeetingDraft& other)
{
    return visit.background && (visit.lastSentence != other.lastSentence ||
                                (other.strongMode && other.mode != "in person"_key));
}

// "Bourita received the foreign ministers of Mali, Burkina Faso and Niger" after "Bourita held
// talks with B of Mauritania": a mention whose other party is several states named only by their
// names, which the meeting lacks while it has a state the mention lacks, tells another event.
// (One named state may be the side of a person the meeting has, told by description.)
bool otherNamedParty(const MeetingDraft& a, const MeetingDraft& c)
{
    const auto missing = std::count_if(c.namedStates.begin(), c.namedStates.end(), [&](int st) {
        return std::find(a.states.begin(), a.states.end(), st) == a.states.end();
    });
    return missing >= 2 && !subset(a.states, c.states);
}

// Two mentions told on two firm days: two ISO days that differ, or two wordings of a month and
// its day that differ ("Feb. 9", "Feb. 10"; a span "April 7-9" is no one day).
bool toldOnOtherDays(const MeetingDraft& a, const MeetingDraft& c)
{
    constexpr int isoDay = 10;
    if (!a.iso.isEmpty() && !c.iso.isEmpty())
        return a.iso.size() == isoDay && c.iso.size() == isoDay && a.iso != c.iso;
    if (a.when.isEmpty() || c.when.isEmpty())
        return false;
    const QString ka = whenKey(a.when);
    const QString kc = whenKey(c.when);
    const auto day = [](const QString& k) { return k.contains(QLatin1Char(' ')) && !k.isEmpty() && k.back().isDigit(); };
    return day(ka) && day(kc) && ka != kc;
}

// "B is on a visit ... The talks were attended by C and D ... On Feb. 9, C received D": a visit
// of several days holds a meeting told on another of its days only when that meeting's people
// are the visit's principals (or the visit's are the meeting's); aides who met on the eve, even
// ones who later attended the talks, held a meeting of their own.
bool aidesOnOtherDay(const MeetingDraft& a, const MeetingDraft& c)
{
    if (!(a.spansDays || c.spansDays) || a.participants.empty() || c.participants.empty() || !toldOnOtherDays(a, c))
        return false;
    return !subset(c.participants, principalsOf(a)) && !subset(a.participants, principalsOf(c));
}

// "C held talks with B" (`earlier`), then "A received B, in the presence of C" (`mention`); "A
// met B, with C attending", then "A then held a working meeting with C": a mention of two
// principals or more, one of whom is no principal of the earlier meeting (a host it lacks, or
// one of its attendees), while one of its principals is none of the mention's.
bool otherHost(const MeetingDraft& earlier, const MeetingDraft& mention)
{
    const std::vector<int> before = principalsOf(earlier);
    const std::vector<int> now = principalsOf(mention);
    return before.size() >= 2 && now.size() >= 2 && !subset(now, before) && !subset(before, now);
}

} // namespace

bool compatible(const Lexicon& lex, const MeetingDraft& a, const MeetingDraft& c)
{
    if (a.status != c.status || a.aside || c.aside || a.arrival != c.arrival || backgroundApart(a, c) ||
        backgroundApart(c, a))
        return false;
    if (a.strongMode && c.strongMode && a.mode != c.mode)
        return false;
    // "their meeting in Prague today ... They also talked by phone": a meeting placed in a city
    // was held in person, so a call is another event
    if (placedApart(a, c) || placedApart(c, a))
        return false;
    if (!sameDay(lex, a, c) || aidesOnOtherDay(a, c))
        return false;
    if (!a.place.isEmpty() && !c.place.isEmpty() && !a.place.contains(c.place) &&
        !c.place.contains(a.place))
        return false;
    // "A and B later met at the ministry", A and B only in a's attendee list: a side meeting
    if (c.participants.size() >= 2 && subset(c.participants, a.companions))
        return false;
    // "C held talks with B on Sunday. King A received B on Sunday, in the presence of C": two
    // hosts of one guest, each with principals the other lacks, held two events, though the first
    // host attends the second
    if (otherHost(a, c))
        return false;
    if (!a.participants.empty() && !c.participants.empty())
        return !otherNamedParty(a, c) && !otherNamedParty(c, a) &&
               (subset(c.participants, a.participants) || subset(a.participants, c.participants));
    return subset(c.states, a.states) || subset(a.states, c.states);
}

void mergeInto(MeetingDraft& a, const MeetingDraft& c)
{
    // a companion of one mention ("in the presence of C") who is no principal of the other
    for (int p : c.companions)
        if (std::find(a.participants.begin(), a.participants.end(), p) == a.participants.end())
            addUnique(a.companions, p);
    for (int p : c.participants)
        addUnique(a.participants, p);
    // "A met B, who is in Nairobi on a visit": the visit is the meeting's; "B, who was on a
    // visit to Austria, did not attend the summit": still no one else, still background
    a.background = (a.background || c.background) && a.participants.size() < 2;
    for (int st : c.states)
        addUnique(a.states, st);
    for (int st : c.namedStates)
        addUnique(a.namedStates, st);
    a.besideGathering = a.besideGathering || c.besideGathering;
    a.spansDays = a.spansDays || c.spansDays;
    // (a series lead or a group's lead stays one while it names no one else)
    a.series = (a.series || c.series) && a.participants.size() < 2;
    a.groupLead = (a.groupLead || c.groupLead) && a.participants.empty();
    a.gatheringEvent = a.gatheringEvent || c.gatheringEvent;
    if (a.place.isEmpty())
        a.place = c.place;
    if (a.venue.isEmpty())
        a.venue = c.venue;
    if (a.visitedState < 0)
        a.visitedState = c.visitedState;
    if (a.when.isEmpty() || (a.whenRelative && !c.when.isEmpty() && !c.whenRelative)) {
        if (!c.when.isEmpty()) {
            a.when = c.when;
            a.whenRelative = c.whenRelative;
        }
    }
    // (a day only with the words that tell it: "in September" takes no day from a mention's
    // "Tuesday")
    if (a.iso.isEmpty() && (a.when.isEmpty() || a.when == c.when))
        a.iso = c.iso;
    if (a.periodIso.isEmpty() && a.iso.isEmpty() && (a.when.isEmpty() || a.when == c.when))
        a.periodIso = c.periodIso;
    if (c.strongMode && !a.strongMode) {
        a.mode = c.mode;
        a.strongMode = true;
    }
    for (const QString& r : c.rules)
        if (!a.ruleSet.contains(r))
            a.addRule(r);
    a.evidence.insert(a.evidence.end(), c.evidence.begin(), c.evidence.end());
    a.lastSentence = std::max(a.lastSentence, c.lastSentence);
}

namespace {

// "A received B on Wednesday. ... It is the third time A and B have met since he took office in
// 2024": a tally whose last meeting is one already told joins it, whatever day the span names
// (its date is where the count starts), and that meeting is again the one told last. A tally of
// people with no meeting told yet stays ("have met several times since 2022, most recently in
// July"). False when it joined none.
bool joinTallied(DocContext& ctx, const MeetingDraft& draft)
{
    if (draft.participants.size() < 2)
        return false;
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        MeetingDraft& earlier = ctx.meetings[m];
        if (earlier.status != draft.status || !subset(draft.participants, earlier.participants))
            continue;
        mergeInto(earlier, draft);
        std::rotate(ctx.meetings.begin() + std::ptrdiff_t(m), ctx.meetings.begin() + std::ptrdiff_t(m) + 1,
                    ctx.meetings.end());
        return true;
    }
    return false;
}

// "A and B last met in Dushanbe in October, on the sidelines of the summit, where they held a
// bilateral meeting with C and D taking part": a side meeting told in a "where" clause (a
// place-relative word) of the meeting just told in the same sentence, with its people as the
// subject ("they", "the two"), is that meeting told again: its people join it and its place is that meeting's.
bool sideOfToldEvent(const DocContext& ctx, const Trigger& t, int sentence)
{
    if (ctx.meetings.empty() || ctx.meetings.back().lastSentence != sentence)
        return false;
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    for (int i = t.begin - 1; i >= std::max(0, t.begin - 4); --i) {
        if (s.tok(i).kind != Token::Word || s.tok(i).cap || s.nameTok[std::size_t(i)])
            return false;
        if (ctx.lex.has(Cue::PlaceRelative, s.key(i)))
            return i + 1 < t.begin;
    }
    return false;
}

} // namespace

// A lead that names no one beside a mention that does: "A met with several heads of state" (a
// series lead) takes no one A met by name, each a meeting of its own; "The foreign ministers met"
// or "the summit" told with nobody yet takes no two people's meeting told by a verb ("After the
// meeting, C received D"), a meeting beside it. Its people come from its nouns and lists.
bool leadApart(const MeetingDraft& lead, const MeetingDraft& draft, const Trigger& t)
{
    if (lead.series && lead.participants.size() == 1 &&
        !subset(draft.participants, lead.participants))
        return true;
    const bool verbMeeting =
        t.verb && !t.discuss && !t.attendVerb && !t.attend && draft.participants.size() >= 2;
    // (unless its people hold every state the lead names: "The foreign ministers of Poland, France
    // and Germany met in Warsaw. Sikorski hosted Barrot and Wadephul" is that meeting)
    const bool covers = lead.namedStates.size() >= 2 && subset(lead.namedStates, draft.states);
    // ... nor when both tell the same day by its date: "On March 12 they met on the border. A
    // crossed into X on Thursday morning and was met by B" (Thursday is March 12) tells that day's
    // meeting again, with its people
    const bool sameDate = !lead.iso.isEmpty() && lead.iso == draft.iso && !lead.spansDays && !draft.spansDays;
    return verbMeeting && lead.participants.empty() && (lead.weak || lead.groupLead) && !covers && !sameDate;
}

// "A met several heads of state. A met B ... He also met C ... The meetings were attended by D
// and E": attendees told of the meetings, in the plural, after a series lead attend each meeting
// of its host told since. False when there is no such series.
bool joinSeries(DocContext& ctx, const MeetingDraft& draft, const Trigger& t, int sentence)
{
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    bool plural = false;
    for (int i = std::max(0, t.begin - 3); i < t.end && !plural; ++i) {
        const QString& key = s.key(i);
        plural = key.size() > 3 && key.endsWith(QLatin1Char('s')) &&
                 ctx.lex.has(Cue::MeetingNoun, key.chopped(1));
    }
    if (!plural)
        return false;
    for (std::size_t l = ctx.meetings.size(); l-- > 0;) {
        const MeetingDraft& lead = ctx.meetings[l];
        if (!lead.series || lead.participants.size() != 1 || lead.status != draft.status)
            continue;
        const int host = lead.participants.front();
        const int from = firstSentence(lead);
        bool joined = false;
        for (MeetingDraft& m : ctx.meetings)
            if (&m != &lead && m.participants.size() >= 2 && holds(m.participants, host) &&
                m.status == draft.status && m.lastSentence >= from) {
                mergeInto(m, draft);
                joined = true;
            }
        return joined;
    }
    return false;
}

// "The foreign ministers of the Nordic countries met in Helsinki. The meeting of the NB8 was
// chaired by A": a meeting noun naming people after a group's lead that names no one tells that
// meeting's people, whatever states the lead was read with.
bool fillsGroupLead(const Lexicon& lex, const MeetingDraft& lead, const MeetingDraft& draft,
                    const Trigger& t)
{
    if (!lead.groupLead || !lead.participants.empty() || t.verb || draft.participants.empty())
        return false;
    MeetingDraft stateless = lead;
    stateless.states.clear();
    stateless.namedStates.clear();
    return compatible(lex, stateless, draft);
}

// "C hosted the meeting", "C chaired the talks", "C presided over the session": the words of trigger
// `t` (or the three before it) hold a host word ("hosted", "chaired", host-by) right before a
// determiner and a meeting noun that no "of" follows; the one who hosts the event the noun names
// takes part in it.
bool hostsToldEvent(const DocContext& ctx, const Trigger& t, int sentence)
{
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    for (int i = std::max(0, t.begin - 3); i < t.end; ++i) {
        if (!ctx.lex.has(Cue::HostBy, s.key(i)) || inOfficialSpan(s, i))
            continue;
        int d = i + 1;
        if (d < s.size() && s.key(d) == "over"_key)
            ++d;
        // (not "chaired the session of the council", an event its words name)
        if (d + 1 < s.size() && ctx.lex.has(Cue::Determiner, s.key(d)) && ctx.lex.has(Cue::MeetingNoun, s.key(d + 1)) &&
            (d + 2 >= s.size() || s.key(d + 2) != "of"_key))
            return true;
    }
    return false;
}

// "The Kenyan delegation for the visit will include A and B": people of one state only, a state
// of the event the noun refers to, meet no one by it; they are of that state's side of the event.
bool oneSideOf(const DocContext& ctx, const MeetingDraft& draft, const MeetingDraft& event)
{
    if (draft.participants.size() < 2 || draft.status != event.status || draft.status == "held"_key)
        return false;
    const int state = ctx.persons[std::size_t(draft.participants.front())].state;
    return state >= 0 && holds(event.states, state) &&
           std::all_of(draft.participants.begin(), draft.participants.end(),
                       [&](int p) { return ctx.persons[std::size_t(p)].state == state; }) &&
           std::all_of(draft.states.begin(), draft.states.end(),
                       [&](int st) { return st == state; });
}

int entityCount(const DocContext& ctx, const MeetingDraft& m)
{
    if (m.participants.size() >= 2 || m.states.size() >= 2)
        return 2;
    if (m.participants.size() == 1) {
        const int own = ctx.persons[std::size_t(m.participants.front())].state;
        for (int st : m.states)
            if (st != own)
                return 2;
        return 1;
    }
    return int(m.states.size());
}

namespace {

// "A called both B and C. During the calls, A was joined by D": a plural meeting noun (one whose
// singular is a meeting noun too: "calls", "meetings"; not "talks") refers back to each of the
// meetings one trigger told with the meeting it joins (the same mention in their evidence), so
// its people join each of them, not the last only.
// (An attend verb's mention reads the noun told before it with its article: "During the calls,
// A was joined by D".)
void joinSiblings(DocContext& ctx, std::size_t ref, const MeetingDraft& draft, const Trigger& t, int sentence)
{
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    bool plural = false;
    for (int i = t.attend ? 1 : t.begin; i < t.end && !plural; ++i) {
        const TokenKey& k = s.key(i);
        plural = k.endsWith(QLatin1Char('s')) && ctx.lex.has(Cue::MeetingNoun, k) &&
                 ctx.lex.has(Cue::MeetingNoun, k.text().chopped(1)) &&
                 (!t.attend || ctx.lex.has(Cue::Article, s.key(i - 1)) || ctx.lex.has(Cue::Determiner, s.key(i - 1)));
    }
    if (!plural)
        return;
    const MeetingDraft& last = ctx.meetings[ref];
    const auto sameMention = [&](const MeetingDraft& m) {
        return std::any_of(m.evidence.begin(), m.evidence.end(), [&](const Mention& e) {
            return std::any_of(last.evidence.begin(), last.evidence.end(), [&](const Mention& f) {
                return e.sentence == f.sentence && e.start == f.start && e.end == f.end;
            });
        });
    };
    for (std::size_t m = 0; m < ctx.meetings.size(); ++m) {
        if (m == ref)
            continue;
        MeetingDraft& d = ctx.meetings[m];
        if (d.status != last.status || d.mode != last.mode || d.aside || d.arrival != last.arrival || !sameMention(d))
            continue;
        for (int p : draft.participants) {
            if (holds(d.participants, p))
                continue;
            d.participants.push_back(p);
            if (holds(draft.companions, p) || !holds(last.participants, p))
                addUnique(d.companions, p);
        }
        d.evidence.insert(d.evidence.end(), draft.evidence.begin(), draft.evidence.end());
        d.lastSentence = std::max(d.lastSentence, draft.lastSentence);
    }
}

/// "A chaired a meeting on Monday", "A convened an emergency meeting in Lahore on Friday": trigger
/// `t` is a meeting noun after "a" or "an" (a modifier or two between) that a host verb (lexicon
/// `host-by`: "chaired", "convened", "presided over") right before takes as its object, and its
/// one person has a day of the mention's own.
bool convenedOnItsDay(const DocContext& ctx, const MeetingDraft& draft, const Trigger& t, int sentence)
{
    if (t.verb || draft.participants.size() != 1 || (draft.when.isEmpty() && draft.iso.isEmpty()))
        return false;
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    constexpr int modifiers = 2; ///< "an emergency cabinet meeting"
    int a = t.begin - 1;
    while (a > 0 && t.begin - a <= modifiers && s.tok(a).kind == Token::Word && !s.tok(a).cap &&
           s.key(a) != "a"_key && s.key(a) != "an"_key)
        --a;
    if (a < 1 || (s.key(a) != "a"_key && s.key(a) != "an"_key))
        return false;
    const int v = s.key(a - 1) == "over"_key ? a - 2 : a - 1;
    return v >= 0 && ctx.lex.has(Cue::HostBy, s.key(v)) && !s.tok(v).cap;
}

/// "A, who was joined by B, ...", "A, joined by B, ...": trigger `t` is a passive attend verb in
/// an aside that opens right after a comma (with its relative and auxiliary), and no other word
/// of the sentence tells of a meeting (a meeting verb or noun outside officials' titles, other
/// than a travel word).
bool companionAside(const DocContext& ctx, const Trigger& t, int sentence)
{
    const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
    // (", joined by B,": a participle right after the subject's comma is passive too)
    if (!t.attendVerb || !t.verb || !(t.passive || ctx.lex.has(Cue::AgentWord, s.key(t.end))))
        return false;
    int b = t.begin - 1;
    if (b >= 0 && ctx.lex.has(Cue::PassiveAux, s.key(b)))
        --b;
    if (b >= 0 && s.tok(b).kind == Token::Word && (s.key(b) == "who"_key || ctx.lex.has(Cue::RelativeWord, s.key(b))))
        --b;
    if (b < 0 || !isComma(s.tok(b)))
        return false;
    for (int i = s.dateline; i < s.size(); ++i) {
        if (i >= t.begin && i < t.end)
            continue;
        // (a journey is none before any meeting is told, "A, joined by B, arrived for a state
        // visit"; after one, the visit holds it: "B, who was joined by C, flew in on Monday for a
        // state visit" after the talks of B)
        const bool journey = ctx.lex.has(Cue::TravelWord, s.key(i)) && ctx.meetings.empty();
        // (a hosting verb tells an event too: "A and B co-chaired a roundtable in X, which was
        // attended by C")
        if ((ctx.lex.has(Cue::MeetingVerb, s.key(i)) || ctx.lex.has(Cue::MeetingNoun, s.key(i)) ||
             ctx.lex.has(Cue::HostBy, s.key(i))) &&
            !journey && !inOfficialSpan(s, i))
            return false;
    }
    return true;
}

// "was received by", "talks were attended by": the trigger is passive, or holds a passive auxiliary
bool passiveVoice(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    bool passive = t.passive;
    for (int k = t.begin; k < t.end && !passive; ++k)
        passive = lex.has(Cue::PassiveAux, s.key(k));
    return passive;
}

} // namespace

void addMention(DocContext& ctx, MeetingDraft draft, const Trigger& t, int sentence)
{
    // "A and U.S. lawmakers discussed": an official and a second state; or an international
    // body's official as the second side ("A discussed returns with EU Commissioner B")
    // (or of no state the document knows: "EU Commissioner for Migration B" whose body the
    // affiliation did not read, a side of its own)
    std::vector<int> bodies; ///< organisations, then people of neither (their index + organisations)
    for (int p : draft.participants)
        if (const Person& person = ctx.persons[std::size_t(p)]; person.state < 0)
            addUnique(bodies, person.organization >= 0 ? person.organization : int(ctx.persons.size()) + p);
    if (t.discuss && (draft.participants.empty() || draft.states.size() + bodies.size() < 2 ||
                      (draft.participants.size() < 2 && draft.states.size() < 2)))
        return;
    // "Asked about X's visit, S said", "Commenting on reports of a meeting with B, A said": what
    // the speaker was asked about is told elsewhere, or not at all; it joins none of its people's
    // meetings (nor lends them the place of the briefing)
    if (t.asked)
        return;
    draft.besideGathering = t.side && t.atGathering;
    // "The summit" right after a meeting on its sidelines: the gathering itself
    const bool afterSide = !ctx.meetings.empty() && besideTold(ctx.meetings.back(), t);
    draft.gatheringEvent = afterSide;
    draft.background = t.background;
    const bool empty = draft.participants.empty() && draft.states.empty();
    // "A, who was joined by B, toured the port", "A, joined by B, arrived in X": a passive
    // attend verb in an aside after its subject tells who came along with A, as "accompanied by"
    // does; in a sentence with no meeting word of its own it is no meeting, and joins none told
    // before
    if (companionAside(ctx, t, sentence))
        return;
    // "..., which is expected to be attended by A and B": who will attend joins no held event
    const bool attendsPlan = t.attend && draft.status != "held"_key;
    // ... unless its words hold a verb of meeting that is no attending ("The summit comes two
    // months after A was received by B at the White House") and the one it would join was held on
    // another day or is not told at the place the mention names: it joins no meeting of A told in
    // Brazil
    bool encounter = false;
    const SentenceInfo& here = ctx.sents[std::size_t(sentence)];
    for (int i = t.begin; i < t.end && t.attend; ++i) {
        const QString verb = ctx.lex.value(Cue::MeetingVerb, here.key(i));
        encounter = encounter || (!verb.isEmpty() && verb != "attend"_key);
    }
    const auto elsewhere = [&](const MeetingDraft& m) {
        return encounter && (!sameDay(ctx.lex, m, draft) ||
                             (!draft.place.isEmpty() && !m.place.contains(draft.place) &&
                              !(!m.place.isEmpty() && draft.place.contains(m.place))));
    };
    if (t.attend && !attendsPlan && joinSeries(ctx, draft, t, sentence))
        return;
    if (t.attend && !attendsPlan && !ctx.meetings.empty()) {
        // "B and C joined A at the lunch": the event of the one joined, which need not be the
        // last told ("A also called on D, who hosted him to a banquet. B joined A at the lunch");
        // "X also joined the Elysée talks": the talks named, even after a side meeting told since
        std::optional<std::size_t> target;
        // ... but "The talks were also attended by C and D": a meeting noun the subject of the
        // passive names the event, whichever meeting C took part in before (not a gathering's:
        // "The summit was attended by C" after meetings on its sidelines is the gathering itself)
        const TokenKey& noun = here.key(t.begin);
        const bool nounAttended = ctx.lex.has(Cue::MeetingNoun, noun) &&
                                  (ctx.lex.has(Cue::GenericMeetingNoun, noun) ||
                                   (passiveVoice(ctx.lex, here, t) && !ctx.lex.has(Cue::GatheringWord, noun)));
        for (const bool sameStatus : {true, false})
            for (std::size_t m = ctx.meetings.size();
                 m-- > 0 && !target && !nounAttended && draft.participants.size() >= 2;) {
                const std::vector<int>& ps = ctx.meetings[m].participants;
                if (!ctx.meetings[m].arrival && !elsewhere(ctx.meetings[m]) &&
                    (!sameStatus || ctx.meetings[m].status == draft.status) &&
                    std::any_of(draft.participants.begin(), draft.participants.end(),
                                [&](int p) { return holds(ps, p); }))
                    target = m;
            }
        // ... but not one of another time, when the draft is not: the article's occasion
        // (occasionOfJoining)
        const auto demonstrativeNoun = [&]() {
            for (int i = here.dateline + 1; i < here.size(); ++i)
                if (ctx.lex.has(Cue::MeetingNoun, here.key(i)) &&
                    ctx.lex.value(Cue::Determiner, here.key(i - 1)) == "demonstrative"_key)
                    return true;
            return false;
        };
        if (const std::optional<std::size_t> occasion = occasionOfJoining(ctx, draft, target, demonstrativeNoun()))
            target = occasion;
        if (!target)
            target = attendedMeeting(ctx, ctx.sents[std::size_t(sentence)], t.begin, t.end);
        if (target)
            target = namedVenueMeeting(ctx, draft, *target);
        MeetingDraft& joined = ctx.meetings[target.value_or(ctx.meetings.size() - 1)];
        if (draft.participants.size() < 2 || !elsewhere(joined)) {
            draft.status = joined.status;
            joinSiblings(ctx, std::size_t(&joined - ctx.meetings.data()), draft, t, sentence);
            // "The talks were attended by C and D", "the two leaders were joined by C": those a
            // meeting of two or more told before is attended by are its companions, as an attendee
            // list's are (so "On the eve, C received D" is a meeting of their own). (Not in the
            // sentence that tells it: "A and B met before being joined by C and D for a lunch" is
            // one event with the lunch.)
            if (passiveVoice(ctx.lex, here, t) && joined.participants.size() >= 2 && joined.lastSentence < sentence)
                for (int p : draft.participants)
                    if (!holds(joined.participants, p))
                        addUnique(draft.companions, p);
            mergeInto(joined, draft);
            return;
        }
    }
    // "The talks were preceded by a meeting of ministers, co-chaired by A and B": an event of
    // its own, told in passing, so the event told before stays the one the next "the meeting"
    // and attendee list refer to
    // (with no place of its own, it was held where the talks it preceded were)
    if (t.inPassing && !ctx.meetings.empty() && entityCount(ctx, draft) >= 2) {
        draft.aside = true;
        if (draft.place.isEmpty())
            draft.place = ctx.meetings.back().place;
        ctx.meetings.insert(ctx.meetings.end() - 1, std::move(draft));
        return;
    }
    if (t.previous && !ctx.meetings.empty()) {
        // "The first was held in Liverpool": told in passing, so the event told before stays
        // the one the next "the summit" refers to
        // ... but "the two leaders first met one-on-one" is the first part of the event told
        const SentenceInfo& s = ctx.sents[std::size_t(sentence)];
        draft.earlier = ctx.lex.value(Cue::PreviousCue, s.key(t.begin - 1)) != "unless-new"_key;
        if (firstPartOf(ctx, draft, t, s))
            return;
        if (t.elided && entityCount(ctx, draft) >= 2) {
            draft.aside = true;
            ctx.meetings.insert(ctx.meetings.end() - 1, std::move(draft));
        } else if (entityCount(ctx, draft) >= 2 && (t.verb || !absorbLoneMention(ctx, draft, true))) {
            ctx.meetings.push_back(std::move(draft));
        }
        return;
    }
    // ("The King later hosted a luncheon in honour of B": the same two people later in the day
    // are the event told; one person later with someone the article does not name is not)
    const bool loneLater = t.later && draft.participants.size() == 1;
    // (a thing handed over, "B also delivered an invitation from C to A", is no event of its own:
    // done in the meeting of B and A told before)
    const bool handedOver = t.senderEnd >= 0;
    const bool side = ((t.side || (t.split && !handedOver)) && draft.participants.size() >= 2) || loneLater;
    draft.toldLater = loneLater;
    if (t.side && sideOfToldEvent(ctx, t, sentence)) {
        MeetingDraft& last = ctx.meetings.back();
        draft.status = last.status;
        draft.place.clear();
        mergeInto(last, draft);
        return;
    }
    // (a host verb's object the definite noun: "C hosted the meeting" names the event told, when
    // C alone is named; "A and B chaired the session" tells one of its own)
    const bool hosts = entityCount(ctx, draft) < 2 && hostsToldEvent(ctx, t, sentence);
    if ((t.anaphoric || hosts) && !ctx.meetings.empty()) {
        const std::size_t ref = referent(ctx, draft);
        MeetingDraft& last = ctx.meetings[ref];
        // "During the meeting, A and B discussed the bases at X": the definite noun
        // names the last event, so the same people on no other day make it that
        // event whatever place the rest of the sentence mentions.
        // ... also when the others are only its companions: "at the end of the meeting, which
        // was also attended by C" is the last event, C a companion of it
        std::vector<int> principals;
        for (int p : draft.participants)
            if (!holds(draft.companions, p))
                principals.push_back(p);
        const bool samePeople = !principals.empty() && draft.when.isEmpty() && draft.iso.isEmpty() &&
                                subset(principals, last.participants);
        // "B presented a report during the meeting": what happened there, so B took part. Only
        // people the sentence alone would not make a meeting of, and not "during his visit",
        // which may be the one still to come.
        // ("C did not take part in the meeting": not there; a denial of the held event's own
        // people would have named them)
        const bool stayedAway = draft.status == "denied"_key && last.status == "held"_key;
        const bool there = (t.frame || hosts) && !stayedAway && draft.when.isEmpty() && draft.iso.isEmpty() &&
                           entityCount(ctx, draft) < 2 && !ctx.lex.has(Cue::TravelWord, ctx.sents[std::size_t(sentence)].key(t.begin));
        if (!besideTold(last, t) && last.arrival == draft.arrival && !leadApart(last, draft, t) &&
            ((empty && !recalledApart(ctx, last, draft)) ||
             ((compatible(ctx.lex, last, draft) || samePeople) && !sideApart(last, draft, side) &&
              !besideApart(last, draft, t) && !recalledApart(ctx, last, draft)) ||
             there || oneSideOf(ctx, draft, last))) {
            draft.status = cancelsPlan(last, draft) ? draft.status : last.status;
            last.status = draft.status;
            joinSiblings(ctx, ref, draft, t, sentence);
            mergeInto(ctx.meetings[ref], draft);
            // Back to the held event: it is again the one told last, for the attendee lists
            // that follow
            if (ref + 1 < ctx.meetings.size())
                std::rotate(ctx.meetings.begin() + std::ptrdiff_t(ref),
                            ctx.meetings.begin() + std::ptrdiff_t(ref) + 1, ctx.meetings.end());
            return;
        }
    }
    if (t.tally && joinTallied(ctx, draft))
        return;
    // "On Monday, A had chaired a meeting in Rabat ..., attended by C and D": a meeting its one
    // chair convenes, on a day of its own, is an event of its own, not one told before with A in
    // it (whose day the text left open); who attended it joins it after
    if (convenedOnItsDay(ctx, draft, t, sentence)) {
        draft.weak = true;
        draft.chaired = true;
        ctx.meetings.push_back(std::move(draft));
        return;
    }
    // Newest first. (No std::ranges::reverse_view: clang-tidy 14 cannot parse
    // libstdc++ 12's <ranges>.)
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        MeetingDraft& earlier = ctx.meetings[m];
        if (leadApart(earlier, draft, t))
            continue;
        if (fillsGroupLead(ctx.lex, earlier, draft, t)) {
            mergeInto(earlier, draft);
            return;
        }
        if (compatible(ctx.lex, earlier, draft) && !sideApart(earlier, draft, side) && !besideTold(earlier, t) &&
            !besideApart(earlier, draft, t) && !recalledApart(ctx, earlier, draft) &&
            !additiveApart(ctx, earlier, draft, t, sentence) && (!draft.participants.empty() || !earlier.participants.empty() ||
             !draft.states.empty())) {
            if (draft.participants.empty() && draft.states.empty())
                break;
            mergeInto(earlier, draft);
            return;
        }
    }
    if (entityCount(ctx, draft) >= 2) {
        // (background, the event told before it in its sentence stays the one "the meeting" of
        // the next sentence refers to)
        const bool toldBefore = !ctx.meetings.empty() && ctx.meetings.back().lastSentence == sentence;
        if (draft.background && toldBefore)
            ctx.meetings.insert(ctx.meetings.end() - 1, std::move(draft));
        else if (t.verb || !absorbLoneMention(ctx, draft, false))
            ctx.meetings.push_back(std::move(draft));
        return;
    }
    // Kept for the sentences that name the others, dropped at the end if none does:
    // "X spoke by video conference with allies" ("Joining X on the call were ..."),
    // "Leaders convened for the summit" ("Among the attendees is ..."). Not a summit
    // right after another event: "the three of us have assembled here" is that one.
    const bool call = t.verb && !t.mode.isEmpty() && !draft.participants.empty();
    // ... nor after a side meeting beside it, when "the summit" is the gathering itself
    const bool summit = t.gathering && (!t.anaphoric || ctx.meetings.empty() || afterSide) && !t.previous &&
                        (ctx.meetings.empty() || ctx.meetings.back().lastSentence < sentence - 3 || afterSide);
    // ... nor the article's first event, held, told in its body with no one named ("The foreign
    // ministers of the Baltic states met in Vilnius. The meeting was chaired by A. Taking part
    // were B and C")
    const bool first = t.verb && ctx.meetings.empty() && draft.participants.empty() && draft.status == "held"_key &&
                       !t.previous && !t.tally && sentence >= ctx.body;
    // ... nor a meeting told by its chair alone, on a day of its own: "The decision was taken at a
    // meeting chaired by A on Sunday. B and C attended the meeting"
    const SentenceInfo& told = ctx.sents[std::size_t(sentence)];
    int agent = t.end + (ctx.lex.has(Cue::HostBy, told.key(t.end)) ? 1 : told.size());
    if (agent < told.size() && told.key(agent) == "over"_key)
        ++agent;
    const bool chaired = !t.verb && draft.participants.size() == 1 && !draft.when.isEmpty() &&
                         agent < told.size() && ctx.lex.has(Cue::AgentWord, told.key(agent));
    // ... nor a lead naming no one: "A met with several heads of state", "The ministers met"
    if (call || summit || first || chaired || draft.series || draft.groupLead) {
        draft.weak = true;
        draft.chaired = chaired;
        ctx.meetings.push_back(std::move(draft));
    }
}

void joinSideMeetingsToGatherings(DocContext& ctx)
{
    // "A met B on the sidelines of the summit. The summit, hosted by C, brought together D and
    // E": A and B attended the summit. Only a gathering with people of its own (one told only
    // by name makes no meeting) and one alone, which side meetings of no other day or city are
    // beside; the principals join it, not the side meeting's attendee list.
    std::optional<std::size_t> gathering;
    for (std::size_t m = 0; m < ctx.meetings.size(); ++m) {
        if (!ctx.meetings[m].gatheringEvent || ctx.meetings[m].status != "held"_key)
            continue;
        if (gathering)
            return;
        gathering = m;
    }
    if (!gathering)
        return;
    MeetingDraft& event = ctx.meetings[*gathering];
    for (const MeetingDraft& side : ctx.meetings) {
        if (!side.besideGathering || side.gatheringEvent || side.status != event.status || !sameDay(ctx.lex, side, event) ||
            (!side.place.isEmpty() && !event.place.isEmpty() && side.place != event.place))
            continue;
        for (int p : side.participants)
            if (!holds(side.companions, p))
                addUnique(event.participants, p);
    }
}

namespace {

// "A met on Tuesday with several heads of state at X in Dubai. A met B ... He also met C": the
// series lead names no one but its host; the meetings of the host told after it, on no other day
// or place, take its day and place where they tell none, and the lead itself is dropped. (Told
// alone, "A met officials in Asuncion", it stays what it is.)
void spreadSeriesLeads(DocContext& ctx)
{
    // ("A received the credentials of four envoys. C was present": the people a lead gained from
    // an attendee list, all of the host's state, are still one side)
    const auto oneSide = [&](const MeetingDraft& m) {
        const int st = ctx.persons[std::size_t(m.participants.front())].state;
        return st >= 0 &&
               std::all_of(m.participants.begin(), m.participants.end(),
                           [&](int p) { return ctx.persons[std::size_t(p)].state == st; }) &&
               std::all_of(m.states.begin(), m.states.end(), [&](int x) { return x == st; });
    };
    for (std::size_t l = ctx.meetings.size(); l-- > 0;) {
        const MeetingDraft& lead = ctx.meetings[l];
        if (lead.series && lead.participants.size() >= 2 && oneSide(lead)) {
            ctx.meetings.erase(ctx.meetings.begin() + std::ptrdiff_t(l));
            continue;
        }
        if (!lead.series || lead.participants.size() != 1)
            continue;
        bool told = false;
        for (MeetingDraft& m : ctx.meetings) {
            if (&m == &lead || m.participants.size() < 2 ||
                !holds(m.participants, lead.participants.front()) || m.status != lead.status ||
                firstSentence(m) < firstSentence(lead) || !sameDay(ctx.lex, lead, m) ||
                (!m.place.isEmpty() && !lead.place.isEmpty() && m.place != lead.place) ||
                (m.strongMode && lead.strongMode && m.mode != lead.mode))
                continue;
            told = true;
            if (m.when.isEmpty() && m.iso.isEmpty()) {
                m.when = lead.when;
                m.iso = lead.iso;
                m.periodIso = lead.periodIso;
                m.whenRelative = lead.whenRelative;
            }
            if (m.place.isEmpty()) {
                m.place = lead.place;
                if (m.venue.isEmpty())
                    m.venue = lead.venue;
            }
        }
        if (told)
            ctx.meetings.erase(ctx.meetings.begin() + std::ptrdiff_t(l));
    }
}

} // namespace

void dropUnconfirmed(DocContext& ctx)
{
    spreadSeriesLeads(ctx);
    // A meeting left with one person ("his counterpart's first visit", then "he met members of
    // the community in Nouakchott") that an event of that person and its states can hold, with
    // nothing telling them apart, is that event told again. ("B later had an audience with the
    // King" tells another time of the day: its own event.)
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        const MeetingDraft& lone = ctx.meetings[m];
        // (the gathering itself with one attendee named is no meeting of that attendee's)
        if (lone.participants.size() != 1 || lone.toldLater || lone.gatheringEvent)
            continue;
        for (std::size_t o = 0; o < ctx.meetings.size(); ++o) {
            MeetingDraft& event = ctx.meetings[o];
            if (o == m || event.participants.size() < 2 || event.status != lone.status ||
                !holds(event.participants, lone.participants.front()) || !subset(lone.states, event.states) ||
                !compatible(ctx.lex, event, lone))
                continue;
            // ("Carney visited Mexico City in September" beside his talks there told with no day:
            // a visit on a day of its own, not the article's, is no mention of those talks)
            if (recalledApart(ctx, event, lone) || monthApart(ctx, event, lone))
                continue;
            // ("Carney last visited Mexico City in September, when ...": a visit told as an earlier
            // one is no mention of an event the article tells as its own, whose day and place it
            // would take; of one person only, it is dropped as the mention would have been)
            if (!lone.earlier || event.earlier)
                mergeInto(event, lone);
            ctx.meetings.erase(ctx.meetings.begin() + std::ptrdiff_t(m));
            break;
        }
    }
    // Left out: meetings of fewer than two sides, and a visit told only as background that joined
    // no one else's meeting ("A did not meet B, who was on a visit to Austria"). In a story of
    // meetings of named people, a held meeting of no one named and only two states ("talks between
    // Iran and the United States", "the ministers met" read with the states of its topic) is a
    // topic or a lead whose people were told elsewhere: left out too, unless it is a format of
    // three or more states ("the Iraq-Egypt-Jordan summit") or an earlier edition told in passing
    // ("The first was held in Liverpool"). ("A summit between Kenya and Tanzania took place",
    // told alone, stays.)
    const bool namedStory =
        std::any_of(ctx.meetings.begin(), ctx.meetings.end(),
                    [](const MeetingDraft& m) { return m.participants.size() >= 2; });
    const auto nobody = [&](const MeetingDraft& m) {
        return namedStory && m.participants.empty() && m.status == "held"_key &&
               m.states.size() < 3 && !m.aside && !m.earlier;
    };
    ctx.meetings.erase(std::remove_if(ctx.meetings.begin(), ctx.meetings.end(),
                                      [&](const MeetingDraft& m) {
                                          return m.background || entityCount(ctx, m) < 2 ||
                                                 nobody(m) || (m.loneRecalled && m.participants.size() < 2);
                                      }),
                       ctx.meetings.end());
}

} // namespace parley
