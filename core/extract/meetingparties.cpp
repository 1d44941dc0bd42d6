// SPDX-License-Identifier: GPL-3.0-or-later
// The parties pass of meetings: who takes part in the event a trigger tells of. The subjects
// and objects of the trigger in its scope; "their meeting" and "the two leaders" (the people
// of the last event); a quoted "we met"; relative clauses and subjects in a neighbouring
// clause; descriptions ("his guest", "the visiting minister"); the states named as parties;
// and the attendee lists and delegation members of sentences with no trigger of their own.
#include "extract/meetingpasses.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace parley {

namespace {

/// The prefix of the rule attachAttendees() writes on the meeting a list joins.
constexpr QLatin1String attendeesRule("meeting: attendees '");

/// "A former foreign minister of Chile, A, met B", "Former Chief Justice C met D": one named by an
/// office he held once (former, ex-, the late) is an official of the past, no side of a meeting
/// told now; a former head of a state or government stays one, and so does a royal, and the
/// holder of a generic office that may be either ("Cambodia's former leader E") or of an office
/// no title lists ("his predecessor F")
bool pastOfficeOnly(const DocContext& ctx, const Person& p)
{
    if (!p.former || p.titles.isEmpty())
        return false;
    return std::none_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        if (ti < 0)
            return true;
        const TitleEntry& te = ctx.g.titles[std::size_t(ti)];
        return leadsAState(te) || isRoyal(te) || te.category == "generic"_key;
    });
}

/// A reference to a known official: the people a meeting can have.
bool isOfficialRef(const DocContext& ctx, const PersonRef& r)
{
    return r.person >= 0 && ctx.persons[std::size_t(r.person)].official &&
           !pastOfficeOnly(ctx, ctx.persons[std::size_t(r.person)]);
}

// The token after a person's name, past what the name carries in parentheses and an age between
// commas: "spokesperson Lin Jian (Chinese characters) said", "Senator B (R-Idaho) told
// reporters", "C, 72, said" are each the name, then "said".
int afterName(const SentenceInfo& s, int end)
{
    constexpr int reach = 8; ///< the words a name's parenthesis may hold
    if (end < s.size() && s.key(end) == "("_key) {
        for (int x = end + 1; x < std::min(s.size(), end + reach); ++x)
            if (s.key(x) == ")"_key) {
                end = x + 1;
                break;
            }
    }
    if (end + 2 < s.size() && isComma(s.tok(end)) && s.tok(end + 1).kind == Token::Number && isComma(s.tok(end + 2)))
        end += 3;
    return end;
}

// ", but B and C stayed home", ", while B and C remained in Beirut": a contrast word or a
// clause opener right after a comma opens a clause of its own, with its own subject.
bool opensClauseAfterComma(const Lexicon& lex, const SentenceInfo& s, int i)
{
    return i > 0 && isComma(s.tok(i - 1)) && (lex.has(Cue::ContrastWord, s.key(i)) || lex.has(Cue::ClauseOpener, s.key(i)));
}

// "representatives from France", "Turkish officials": a state named as a party, not a topic.
bool isPartyState(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    if (lex.has(Cue::PartyWord, s.key(h.end)) ||
        (lex.has(Cue::PartyWord, s.key(h.end + 1)) && !lex.has(Cue::PrivateGroup, s.key(h.end))))
        return true;
    int b = h.begin - 1;
    if (lex.has(Cue::Article, s.key(b)))
        --b;
    return (s.key(b) == "from"_key || s.key(b) == "of"_key) &&
           lex.has(Cue::PartyWord, s.key(b - 1));
}

// "the Uzbekistan-Afghanistan-Pakistan railway", "the Nigeria-Morocco gas pipeline": states
// joined by hyphens (a token's hyphenBefore) before a noun name what the noun is of. Only a
// meeting or party word after the chain ("a trilateral Peru-Chile-Bolivia meeting", "Peru-Chile
// talks") makes them parties, and so does the meeting noun the chain's body is "of" ("the eighth
// meeting of the Kazakhstan-China strategic dialogue").
bool compoundModifier(const Lexicon& lex, const SentenceInfo& s, const std::vector<const StateHit*>& hits,
                      const StateHit& h, const Trigger& t)
{
    const auto joined = [&](int i) { return i >= 0 && i < s.size() && s.tok(i).hyphenBefore; };
    if (!joined(h.begin) && !joined(h.end))
        return false;
    for (int i = t.end; i < h.begin && h.begin - t.end <= 6; ++i)
        if (s.key(i) == "of"_key)
            return false;
    int end = h.end;
    for (bool more = true; more && joined(end);) {
        more = false;
        for (const StateHit* o : hits)
            if (o->begin == end && o->end > end) {
                end = o->end;
                more = true;
            }
    }
    if (end >= s.size() || s.tok(end).kind != Token::Word || s.tok(end).hyphenBefore)
        return false;
    // the noun may follow a modifier or two: "the Kazakhstan-China strategic dialogue"
    for (int i = end; i < std::min(s.size(), end + 3) && s.tok(i).kind == Token::Word; ++i) {
        const TokenKey& k = s.key(i);
        if (lex.has(Cue::MeetingNoun, k) || lex.has(Cue::PartyWord, k) || lex.has(Cue::GatheringWord, k))
            return false;
    }
    return true;
}

// The `count` distinct officials referred to last before token `tok` of sentence `sentence`,
// in its `span` sentences before (only those `keep` accepts, when given).
std::vector<int> lastOfficials(const DocContext& ctx, int sentence, int tok, std::size_t count,
                               const std::function<bool(int)>& keep = {}, int span = 3)
{
    std::vector<int> out;
    for (std::size_t r = ctx.refs.size(); r-- > 0 && out.size() < count;) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.sentence > sentence || (ref.sentence == sentence && ref.begin >= tok))
            continue;
        if (ref.sentence < sentence - span)
            break;
        if (isOfficialRef(ctx, ref) && (!keep || keep(ref.person)))
            addUnique(out, ref.person);
    }
    return out;
}

/// "The deal grew out of the relationship between A and B. When the two met at the White House,
/// ...": the two officials of two states that the sentence just before names, when it tells no
/// meeting and neither took part in `referent`, the meeting told last, are whom a bare count ("the
/// two") names. Empty when the sentence before is no such pair.
std::vector<int> pairNamedJustBefore(const DocContext& ctx, const SentenceInfo& s, const MeetingDraft& referent)
{
    const int before = s.index - 1;
    if (before < ctx.body)
        return {};
    for (const MeetingDraft& m : ctx.meetings)
        for (const Mention& e : m.evidence)
            if (e.sentence == before)
                return {};
    std::vector<int> named;
    for (const PersonRef& r : ctx.refs)
        if (r.sentence == before && isOfficialRef(ctx, r))
            addUnique(named, r.person);
    if (named.size() != 2 || holds(referent.participants, named[0]) || holds(referent.participants, named[1]))
        return {};
    const int first = ctx.persons[std::size_t(named[0])].state;
    const int second = ctx.persons[std::size_t(named[1])].state;
    return first >= 0 && second >= 0 && first != second ? named : std::vector<int>{};
}

/// "A and B signed the accord in the presence of C in Washington on December 4", told of another
/// day than the meeting the list would join: officials acting before the cue, with no punctuation
/// between, and others after it met in that act, a meeting of its own on that day (in the city
/// the stretch names).
void witnessedAct(DocContext& ctx, const SentenceInfo& s, const Attendees& a, const DateExpression& d)
{
    int before = 0, after = 0;
    int cueEnd = a.cueBegin;
    while (cueEnd < d.begin && s.tok(cueEnd).kind == Token::Word && !s.nameTok[std::size_t(cueEnd)] &&
           !inOfficialSpan(s, cueEnd))
        ++cueEnd;
    int first = a.cueBegin;
    while (first > 0 && s.tok(first - 1).kind != Token::Punct)
        --first;
    QString city;
    for (const PersonRef& r : ctx.refs) {
        if (r.sentence != s.index || r.person < 0 || !holds(a.people, r.person))
            continue;
        before += r.begin >= first && r.end <= a.cueBegin ? 1 : 0;
        after += r.begin >= cueEnd && r.end <= d.begin ? 1 : 0;
    }
    // (only an act told as done: not "are to sign", "will sign", "could sign")
    for (int i = first; i < a.cueBegin; ++i)
        if (ctx.lex.has(Cue::FutureAux, s.key(i)) || ctx.lex.has(Cue::Negation, s.key(i)) ||
            (ctx.lex.has(Cue::ModalBeforeTo, s.key(i)) && s.key(i + 1) == "to"_key))
            return;
    if (before == 0 || after == 0)
        return;
    for (int i = cueEnd; i + 1 < d.begin && city.isEmpty(); ++i)
        if (const PhraseMatch* m = s.matchOf(i + 1);
            (s.key(i) == "in"_key || s.key(i) == "at"_key) && m && m->begin == i + 1 && m->kind == PhraseKind::Place)
            city = ctx.surface(s, m->begin, m->end);
    MeetingDraft act;
    act.participants = a.people;
    setDate(act, d);
    act.place = city;
    act.lastSentence = s.index;
    const QString rule = QStringLiteral("meeting: witnessed act '") +
                         ctx.surface(s, a.cueBegin, std::min(s.size(), a.cueBegin + 3)) +
                         QStringLiteral("' in sentence ") + QString::number(s.index + 1);
    act.evidence.push_back(ctx.mention(s, first, d.end, rule));
    act.addRule(rule);
    ctx.meetings.push_back(std::move(act));
}

/// "with Albares as the minister in attendance", "B, as the host": a description after "as" right
/// after a name is the role of that name, no other person.
bool roleOfNamed(const std::vector<const PersonRef*>& refs, const SentenceInfo& s, const PersonRef& r)
{
    if (r.kind != RefKind::Definite || r.begin < 2 || s.key(r.begin - 1) != "as"_key)
        return false;
    return std::any_of(refs.begin(), refs.end(), [&](const PersonRef* o) { return o->end == r.begin - 1; });
}

/// "..., and the Ukrainian negotiating team, led by A and B, held talks with C": a party noun that
/// stands for its head (party-word value "led": "team", "delegation"), then ", led by" or ",
/// headed by" and officials. The noun's first token, the first token after the "by" and the
/// comma or token the stretch ends at, for each such stretch in [from, to).
struct LedGroup
{
    int noun = -1;
    int people = -1;
    int end = -1;
};
std::vector<LedGroup> ledGroups(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    std::vector<LedGroup> out;
    constexpr int nounReach = 4; ///< "the Ukrainian negotiating team"
    for (int i = std::max(from, 1); i + 2 < to; ++i) {
        if (!isComma(s.tok(i)) || !ctx.lex.has(Cue::DelegationList, s.key(i + 1)) ||
            !ctx.lex.has(Cue::AgentWord, s.key(i + 2)))
            continue;
        int noun = -1;
        for (int b = i - 1; b >= std::max(from, i - nounReach) && noun < 0; --b)
            if (ctx.lex.value(Cue::PartyWord, s.key(b)) == "led"_key && !inOfficialSpan(s, b))
                noun = b;
        if (noun < 0)
            continue;
        while (noun > from && s.tok(noun - 1).kind == Token::Word && !ctx.lex.has(Cue::Conjunction, s.key(noun - 1)) &&
               !isComma(s.tok(noun - 1)))
            --noun;
        int end = i + 3;
        while (end < to && !(isComma(s.tok(end)) && !inOfficialSpan(s, end)) && s.tok(end).kind != Token::Punct)
            ++end;
        out.push_back({noun, i + 3, end});
    }
    return out;
}

/// Adds an attendee list to the meeting it belongs to: the one it names ("Also present at the
/// talks"), else the last one told; none when it names an event that is no meeting.
void attachAttendees(DocContext& ctx, const SentenceInfo& s, const Attendees& a)
{
    if (ctx.meetings.empty() || (a.people.empty() && a.absent.empty() && a.absentStates.empty()))
        return;
    const std::optional<std::size_t> target = attendedMeeting(ctx, s, 0, s.size(), a.delegation);
    if (!target || a.elsewhere || (a.future && ctx.meetings[*target].status == "held"_key))
        return;
    // "A and B signed the accord in the presence of C in Washington on December 4": a day the list
    // gives after its cue, with no punctuation between (not one of a relative clause on a name, "C,
    // who arrived on Sunday", nor of the clause after the list's), that is not the meeting's own
    // tells another event
    if (a.cueBegin >= 0) {
        const DateExpression d =
            findDate(s.toks, a.cueBegin + 1, s.size(), QStringView(ctx.doc.text), ctx.anchor, false, &ctx.lex);
        bool relative = false;
        for (int i = a.cueBegin + 1; d.valid() && i < d.begin && !relative; ++i)
            relative = s.key(i) == "who"_key || ctx.lex.has(Cue::RelativeWord, s.key(i)) || s.tok(i).kind == Token::Punct;
        MeetingDraft told;
        setDate(told, d);
        if (d.valid() && !relative && !sameDay(ctx.lex, ctx.meetings[*target], told)) {
            witnessedAct(ctx, s, a, d);
            return;
        }
    }
    MeetingDraft& last = ctx.meetings[*target];
    for (int p : a.people) {
        // "Peña was accompanied by A": Peña stays a principal of the meeting
        if (std::find(last.participants.begin(), last.participants.end(), p) == last.participants.end())
            addUnique(last.companions, p);
        addUnique(last.participants, p);
    }
    std::vector<int> states = a.absentStates;
    for (int p : a.absent)
        addUnique(states, ctx.persons[std::size_t(p)].state);
    for (int st : states) {
        addUnique(last.states, st);
        addUnique(last.namedStates, st);
    }
    const QString rule = attendeesRule + ctx.surface(s, a.cueBegin, std::min(s.size(), a.cueBegin + 3)) +
                         QStringLiteral("' in sentence ") + QString::number(s.index + 1);
    last.evidence.push_back(ctx.mention(s, a.cueBegin, std::min(s.size(), a.cueBegin + 3), rule));
    last.addRule(rule);
}

// The official referred to last before (sentence, tok) who passes `accept`, or -1.
template <typename Accept>
int lastOfficialWhere(const DocContext& ctx, int sentence, int tok, Accept accept)
{
    for (std::size_t r = ctx.refs.size(); r-- > 0;) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.sentence > sentence || (ref.sentence == sentence && ref.begin >= tok))
            continue;
        if (isOfficialRef(ctx, ref) && accept(ref.person))
            return ref.person;
    }
    return -1;
}

/// The folded words of a title as written ("Vice-President" -> vice, president).
std::vector<QString> titleWords(const QString& title)
{
    std::vector<QString> words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= title.size(); ++i) {
        if (i < title.size() && title[i].isLetter())
            continue;
        if (i > start)
            words.push_back(foldKey(QStringView(title).mid(start, i - start)));
        start = i + 1;
    }
    return words;
}

/// Whether one of `words` makes a title a deputy's ("Vice President", "Deputy Prime Minister").
bool hasDeputyWord(const Lexicon& lex, const std::vector<QString>& words)
{
    return std::any_of(words.begin(), words.end(), [&](const QString& w) { return lex.has(Cue::DeputyWord, w); });
}

/// A head of state or government, or a monarch: whom "the two leaders" names. Not their
/// deputies, though the gazetteer files a Vice President under head-of-state.
bool isLeader(const DocContext& ctx, int person)
{
    const Person& p = ctx.persons[std::size_t(person)];
    if (p.titles.isEmpty() || hasDeputyWord(ctx.lex, titleWords(p.titles.front())))
        return false;
    const int ti = ctx.g.titleByName.value(foldKey(p.titles.front()), -1);
    if (ti < 0)
        return false;
    const QString& category = ctx.g.titles[std::size_t(ti)].category;
    return category == "head-of-state"_key || category == "head-of-government"_key || category == "royal"_key;
}

/// Whether `person` holds the gazetteer's title `office` ("President").
bool holdsOffice(const DocContext& ctx, int person, int office)
{
    const QStringList& titles = ctx.persons[std::size_t(person)].titles;
    return std::any_of(titles.begin(), titles.end(),
                       [&](const QString& t) { return ctx.g.titleByName.value(foldKey(t), -1) == office; });
}

/// The words of a group that names its people by their title ("the two prime ministers",
/// "both presidents"): after the article and the count, up to the first plural, within
/// [from, limit). Empty when there is none ("they", "the two men").
struct GroupNoun
{
    int begin = 0;
    int end = 0;
    bool empty() const { return begin >= end; }
};

GroupNoun groupNounAt(const Lexicon& lex, const SentenceInfo& s, int from, int limit)
{
    int b = from;
    while (b < limit && (lex.has(Cue::Article, s.key(b)) || lex.has(Cue::GroupNumber, s.key(b))))
        ++b;
    for (int e = b; e < std::min(limit, b + 3) && s.tok(e).kind == Token::Word; ++e)
        if (s.key(e).endsWith(QLatin1Char('s')))
            return {b, e + 1};
    return {};
}

/// "the two", "the three ministers" at token b: a group of people counted (not "the two
/// countries", a group of states).
bool countedGroupAt(const Lexicon& lex, const SentenceInfo& s, int b)
{
    return lex.has(Cue::Article, s.key(b)) && lex.has(Cue::GroupNumber, s.key(b + 1)) &&
           !lex.has(Cue::StateGroupNoun, s.key(b + 2));
}

/// "..., and had earlier held talks with C", "and later met C": the conjunction that joins verb
/// trigger `t` to the predicate of the trigger before it (which ends at `from`), when only
/// lowercase words other than articles and pronouns stand between them (no subject of its own:
/// "and the two held talks", "and they met" have one). -1 when there is none.
int coordinatedPredicate(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    if (!t.verb || from <= 0)
        return -1;
    for (int k = t.begin - 1; k >= from; --k) {
        const Token& w = s.tok(k);
        if (lex.has(Cue::Conjunction, s.key(k)) && w.kind == Token::Word)
            return k;
        if (w.kind != Token::Word || w.cap || s.nameTok[std::size_t(k)] || lex.has(Cue::Article, s.key(k)) ||
            s.key(k) == "they"_key || s.key(k) == "both"_key || s.key(k) == "he"_key || s.key(k) == "she"_key)
            return -1;
    }
    return -1;
}

/// The last meeting verb before token `to` (outside officials' titles), or -1.
int lastVerbBefore(const Lexicon& lex, const SentenceInfo& s, int to)
{
    for (int i = to - 1; i >= 0; --i)
        if (lex.has(Cue::MeetingVerb, s.key(i)) && !inOfficialSpan(s, i))
            return i;
    return -1;
}

/// The gazetteer category of a person's first title ("head-of-state"), or empty.
QString titleCategory(const DocContext& ctx, int person)
{
    const Person& p = ctx.persons[std::size_t(person)];
    const int ti = p.titles.isEmpty() ? -1 : ctx.g.titleByName.value(foldKey(p.titles.front()), -1);
    return ti < 0 ? QString() : ctx.g.titles[std::size_t(ti)].category;
}

/// Whether `person` holds the title group `g` names: a leader-group word ("the two leaders",
/// "both presidents") names heads of state or government; other words the title itself, in the
/// plural ("the two prime ministers", "the two foreign ministers"). A deputy only when the group
/// says so ("the two deputy ministers").
bool holdsGroupTitle(const DocContext& ctx, const SentenceInfo& s, GroupNoun g, int person)
{
    std::vector<QString> words;
    for (int i = g.begin; i < g.end; ++i)
        words.push_back(s.key(i));
    // ("the two foreign secretaries": a plural in -ies is a title in -y)
    if (words.back().endsWith(QLatin1String("ies")))
        words.back().replace(words.back().size() - 3, 3, QStringLiteral("y"));
    else
        words.back().chop(1);
    const bool deputies = hasDeputyWord(ctx.lex, words);
    // ("the two heads of government" after a President's meeting with another: only heads of
    // government; "heads of state" still takes in a prime minister, who may host the talks)
    if (ctx.lex.has(Cue::LeaderGroup, s.key(g.end - 1)) && !deputies) {
        if (isLeader(ctx, person) && s.key(g.end) == "of"_key && s.key(g.end + 1) == "government"_key)
            return titleCategory(ctx, person) == "head-of-government"_key;
        return isLeader(ctx, person);
    }
    const Person& p = ctx.persons[std::size_t(person)];
    if (p.titles.isEmpty())
        return false;
    // "Deputy Prime Minister and Foreign Minister": each office on its own (its titles, and the
    // parts of one joined by "and"), so the deputy word of one makes no deputy of the other
    for (const QString& held : p.titles) {
        const std::vector<QString> title = titleWords(held);
        for (auto b = title.begin(); b != title.end();) {
            const auto e = std::find(b, title.end(), QStringLiteral("and"));
            const std::vector<QString> office(b, e);
            if ((deputies || !hasDeputyWord(ctx.lex, office)) &&
                std::search(office.begin(), office.end(), words.begin(), words.end()) != office.end())
                return true;
            b = e == title.end() ? e : e + 1;
        }
    }
    return false;
}

/// Whether group `g` names `person`: a holder of its title, but for "the two leaders" not a head
/// of government whose state's head of state (not a monarch) took part in a held meeting told ("The two leaders
/// last met in Islamabad" after the guest was met at the airport by the host's Prime Minister:
/// the Presidents' talks told first are the leaders' meeting, not that welcome).
bool namedByGroup(const DocContext& ctx, const SentenceInfo& s, GroupNoun g, int person)
{
    if (!holdsGroupTitle(ctx, s, g, person))
        return false;
    // (only "leaders": "the two heads of government" are what they say; and a monarch leaves
    // his prime minister the leader)
    if (s.key(g.end - 1) != "leaders"_key || titleCategory(ctx, person) != "head-of-government"_key)
        return true;
    // (only when the person is not at the head of state's talks, or those talks have a leader of
    // another state beside the person: a Prime Minister who was the President's one counterpart
    // is of another side, whatever state the first reading gave her)
    const int st = ctx.persons[std::size_t(person)].state;
    const auto counterpart = [&](const MeetingDraft& m, int o) {
        return std::any_of(m.participants.begin(), m.participants.end(), [&](int c) {
            return c != person && c != o && isLeader(ctx, c) && ctx.persons[std::size_t(c)].state != st;
        });
    };
    return st < 0 || std::none_of(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& m) {
               return m.status == "held"_key && std::any_of(m.participants.begin(), m.participants.end(), [&](int o) {
                          return o != person && ctx.persons[std::size_t(o)].state == st && isLeader(ctx, o) &&
                                 titleCategory(ctx, o) == "head-of-state"_key &&
                                 (!holds(m.participants, person) || counterpart(m, o));
                      });
           });
}

/// The two leaders of different states named last before (sentence, tok): whom "the meeting of
/// the two heads of state" names when no meeting told has two leaders.
std::vector<int> lastTwoLeaders(const DocContext& ctx, int sentence, int tok)
{
    std::vector<int> out;
    for (std::size_t r = ctx.refs.size(); r-- > 0 && out.size() < 2;) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.sentence > sentence || (ref.sentence == sentence && ref.begin >= tok) || ref.person < 0 ||
            !isLeader(ctx, ref.person))
            continue;
        const int st = ctx.persons[std::size_t(ref.person)].state;
        if (std::none_of(out.begin(), out.end(), [&](int p) { return ctx.persons[std::size_t(p)].state == st; }))
            out.push_back(ref.person);
    }
    return out;
}

/// The meeting a group ("their meeting", "the two leaders") names: the last one told, but for
/// a group named by title ("the two leaders last met in X", "the two prime ministers") after a
/// meeting without two such people (ministers' side talks, a welcome by a Vice President),
/// the article's main event: the first held meeting with two of them.
const MeetingDraft& groupReferent(const DocContext& ctx, const SentenceInfo& s, GroupNoun g)
{
    const auto twoHolders = [&](const MeetingDraft& m) {
        return std::count_if(m.participants.begin(), m.participants.end(),
                             [&](int p) { return namedByGroup(ctx, s, g, p); }) >= 2;
    };
    // (a meeting still waiting for its people, "the first visit by a Japanese minister", is no
    // other pair told since)
    const MeetingDraft& last = ctx.meetings.back();
    if (g.empty() || last.participants.size() < 2 || twoHolders(last))
        return last;
    const auto main = std::find_if(ctx.meetings.begin(), ctx.meetings.end(),
                                   [&](const MeetingDraft& m) { return m.status == "held"_key && twoHolders(m); });
    return main != ctx.meetings.end() ? *main : last;
}

/// Whom a counted group ("the three foreign ministers", "the two men") names when the meeting it
/// refers to has another count of principals: the last `size` holders of the title the group
/// names, for three or more ("the three foreign ministers last met in Beijing" after a meeting
/// of two of them), else the officials named last; for two, the two leaders of different states
/// among the principals ("The two men had already met in Nice" after a lunch of presidents and
/// ministers).
std::vector<int> countedGroup(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, GroupNoun noun,
                              const std::vector<int>& principals, std::size_t size)
{
    if (!noun.empty() && (size > 2 || !t.discuss)) {
        // (a title is rarer than a name: its holders may have been named further back)
        std::vector<int> holders = lastOfficials(
            ctx, s.index, t.begin, size, [&](int p) { return holdsGroupTitle(ctx, s, noun, p); }, 10);
        if (holders.size() == size)
            return holders;
    }
    if (size == 2) {
        std::vector<int> leaders;
        for (int p : principals)
            if (isLeader(ctx, p) && std::none_of(leaders.begin(), leaders.end(), [&](int l) {
                    return ctx.persons[std::size_t(l)].state == ctx.persons[std::size_t(p)].state;
                }))
                leaders.push_back(p);
        return leaders.size() == 2 ? leaders : std::vector<int>();
    }
    return size > 2 ? lastOfficials(ctx, s.index, t.begin, size) : std::vector<int>();
}

/// "The talks were attended by A, Undersecretary of the Ministry for Political Affairs, and B":
/// a topic word inside the title an agent's apposition gives (after the comma that follows an
/// official, a title opening it) is part of that title; the agents run on to the first topic word
/// outside such titles.
int agentListCut(const Lexicon& lex, const SentenceInfo& s, const Trigger& t,
                 const TriggerScope& scope)
{
    int cut = scope.cut;
    bool agent = false;
    for (int i = t.begin; i < cut && !agent; ++i)
        agent = lex.has(Cue::AgentWord, s.key(i));
    if (!(t.passive || t.attend) || !agent)
        return cut;
    const auto appositive = [&](int i) {
        int c = i - 1;
        while (c > t.end && !isComma(s.tok(c)) && s.tok(c).kind != Token::Punct)
            --c;
        if (c <= t.end || !isComma(s.tok(c)) ||
            !(inOfficialSpan(s, c - 1) || s.nameTok[std::size_t(c - 1)] || s.tok(c - 1).cap))
            return false;
        // ("A and B, the minister responsible for trade, as well as C": a title after its
        // article, in lower case, describes the name before the comma)
        const int title = c + 1 < s.size() && lex.has(Cue::Article, s.key(c + 1)) ? c + 2 : c + 1;
        const PhraseMatch* m = s.matchOf(title);
        return (m && m->begin == title && m->kind == PhraseKind::Title) || inOfficialSpan(s, c + 1);
    };
    while (cut < scope.end && appositive(cut)) {
        int next = cut + 1;
        while (next < scope.end && !isComma(s.tok(next)))
            ++next;
        for (cut = next; cut < scope.end; ++cut)
            if (lex.has(Cue::ClauseCut, s.key(cut)) && !inOfficialSpan(s, cut))
                break;
    }
    return cut;
}

/// Where the parties of a trigger end. The scope's cut, but a list a party noun introduces
/// ("the leaders of the member states, including A, B and C", "a delegation, including A")
/// names people who take part, not a topic ("discussed regional issues, including the war"):
/// it runs on to the next topic word.
int partyCut(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope)
{
    const int cut = scope.cut;
    if (cut >= scope.end)
        return cut;
    // "B was received on arrival at Bole International Airport by A and C": a passive verb's "on"
    // read as the cut, before the agent's "by" with only words between (a venue's capitalised ones
    // among them; no topic opened), leaves the agents parties; the cut is the next one after them
    const bool passiveVerb = t.verb && (t.passive || lex.has(Cue::PassiveAux, s.key(t.begin - 1)));
    // (the "on" of an occasion in lowercase, "on arrival", "on his landing"; not "in a post on X")
    const bool occasion = cut + 1 < s.size() && s.tok(cut + 1).kind == Token::Word && !s.tok(cut + 1).cap;
    if (passiveVerb && occasion && !lex.has(Cue::ClauseCut, s.key(cut)) && s.key(cut) == "on"_key) {
        constexpr int reach = 10; ///< "on arrival at the Julius Nyerere International Airport"
        for (int i = cut + 1; i < std::min(scope.end, cut + reach); ++i) {
            const TokenKey& k = s.key(i);
            if (s.tok(i).kind != Token::Word || lex.has(Cue::ClauseCut, k) || lex.has(Cue::TopicOpener, k) ||
                lex.has(Cue::MeetingNoun, k) || inOfficialSpan(s, i))
                break;
            if (lex.has(Cue::AgentWord, k)) {
                for (int j = i + 1; j < scope.end; ++j) {
                    const bool toVerb = s.key(j) == "to"_key && s.tok(std::min(j + 1, s.size() - 1)).kind == Token::Word &&
                                        !s.tok(std::min(j + 1, s.size() - 1)).cap && !lex.has(Cue::Article, s.key(j + 1));
                    if ((lex.has(Cue::ClauseCut, s.key(j)) || toVerb) && !inOfficialSpan(s, j))
                        return j;
                }
                return scope.end;
            }
        }
    }
    if (!lex.has(Cue::ListIntro, s.key(cut)))
        return agentListCut(lex, s, t, scope);
    bool party = false;
    for (int b = std::max(t.end, cut - 8); b < cut && !party; ++b)
        party = lex.has(Cue::PartyWord, s.key(b)) && !inOfficialSpan(s, b);
    if (!party)
        return cut;
    for (int i = cut + 1; i < scope.end; ++i) {
        // "..., to discuss trade": what follows is topic again
        const bool toVerb = s.key(i) == "to"_key && s.tok(std::min(i + 1, s.size() - 1)).kind == Token::Word &&
                            !s.tok(std::min(i + 1, s.size() - 1)).cap && !lex.has(Cue::Article, s.key(i + 1));
        if ((lex.has(Cue::ClauseCut, s.key(i)) || toVerb) && !inOfficialSpan(s, i))
            return i;
    }
    return scope.end;
}

/// "The summit, chaired by X, ...": a clause after a comma that opens with a host-by word and
/// "by" (or "over by"). Returns where its agent starts, or -1.
int hostAgentAt(const Lexicon& lex, const SentenceInfo& s, const Clause& cl)
{
    int f = cl.begin;
    while (f < cl.end && s.tok(f).kind == Token::Punct)
        ++f;
    if (f == 0 || f >= cl.end || s.tok(f - 1).kind != Token::Punct || s.tok(f - 1).punct != QLatin1Char(',') ||
        !lex.has(Cue::HostBy, s.key(f)))
        return -1;
    int by = f + 1;
    if (s.key(by) == "over"_key)
        ++by;
    return lex.has(Cue::AgentWord, s.key(by)) ? by + 1 : -1;
}

/// "The two leaders first met one-on-one and were then joined by A and B", "held talks, later
/// joined by A", "followed by talks with the participation of A and B": the people after an
/// attendee cue that ends in "by" or "of" in the trigger's own clause came to the meeting of
/// its subjects, and so did those an official follows right after its cue ("The pair met,
/// alongside A and B"): they do not stand for them ("the two leaders" are still to be found). Where
/// they start, or past the sentence's end when no one joins.
int joinersFrom(const Lexicon& lex, const SentenceInfo& s, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const LexiconPhrase* cue = nullptr;
        const int e = lexiconPhraseAt(lex, Cue::AttendeeCue, s, i, &cue);
        // ("met on Monday, alongside A and B": a cue an official follows right away names them too)
        // (after the state whose official it is: "alongside Fiji's Minister A", "alongside the
        // Fijian minister A")
        int first = e;
        while (first > 0 && first < std::min(to, e + 3)) {
            const PhraseMatch* m = s.matchOf(first);
            if (m && m->begin == first && (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym))
                first = m->end;
            else if (lex.has(Cue::Article, s.key(first)) || s.key(first) == "'s"_key)
                ++first;
            else
                break;
        }
        const bool officialNext = e > 0 && std::any_of(s.officialSpans.begin(), s.officialSpans.end(),
                                                       [&](const std::pair<int, int>& sp) {
                                                           return sp.first >= e && sp.first <= first;
                                                       });
        const bool namesAfter =
            e > 0 && (lex.has(Cue::AgentWord, s.key(e - 1)) || s.key(e - 1) == "of"_key || officialNext);
        if (e > 0 && e <= to && cue->value.isEmpty() && namesAfter && !lex.has(Cue::Negation, s.key(i - 1)))
            return e;
    }
    return s.size() + 1;
}

/// "talks with their delegations, in which A and B took part": where the relative clause
/// before token `cue` starts (after its "which", looked for from `from`), when it tells of a
/// meeting or of its delegations; else `cue` ("a ceremony in which A took part").
int relativeBefore(const Lexicon& lex, const SentenceInfo& s, int from, int cue)
{
    for (int b = cue - 1; b >= from; --b) {
        if (!lex.has(Cue::RelativeWord, s.key(b)))
            continue;
        int a = b - 1; // the antecedent, before "in which" and its comma
        if (a >= 0 && s.tok(a).kind == Token::Word && !s.tok(a).cap && !lex.has(Cue::MeetingNoun, s.key(a)) &&
            !lex.has(Cue::PartyWord, s.key(a)))
            --a;
        if (a >= 0 && s.tok(a).kind == Token::Punct)
            --a;
        // ("held talks in Baku on Saturday, in which A and B took part": the noun before its
        // place and day, capitalised words and function words, is the antecedent)
        const auto isEvent = [&](int x) {
            return lex.has(Cue::MeetingNoun, s.key(x)) || lex.has(Cue::PartyWord, s.key(x));
        };
        constexpr int modifierReach = 12;
        for (int x = a, floor = std::max(0, a - modifierReach); a >= 0 && !isEvent(a) && x > floor; --x) {
            if (s.tok(x).kind != Token::Word || !(s.tok(x).cap || lex.has(Cue::FunctionWord, s.key(x))) ||
                lex.has(Cue::OtherEvent, s.key(x)))
                break;
            if (isEvent(x - 1) && s.tok(x - 1).kind == Token::Word && !s.tok(x - 1).cap)
                a = x - 1;
        }
        const bool meeting = a >= 0 && isEvent(a);
        return meeting ? b + 1 : cue;
    }
    return cue;
}

/// "held talks, with A and B sitting in on the Thai side": where the people of the clause holding
/// the attendee cue at `cue` start, when a list opener opens that clause; else `cue`.
int listOpenedBefore(const Lexicon& lex, const SentenceInfo& s, const std::vector<Clause>& cls, int cue)
{
    for (const Clause& cl : cls) {
        if (cue < cl.begin || cue >= cl.end)
            continue;
        int f = cl.begin;
        while (f < cue && s.tok(f).kind == Token::Punct)
            ++f;
        return f < cue && lex.has(Cue::ListOpener, s.key(f)) ? f + 1 : cue;
    }
    return cue;
}

/// Where the agents of a passive trigger end when its list runs on past its clause: "were
/// attended, on the Ivorian side, by A and B, and on the Ghanaian side, by C" (side phrases and
/// ", by" clauses) and "attended by A, Deputy Ruler; B, Chairman of ...; and C" (semicolon
/// items). `scope.clause.end` when the list stops with the clause.
int passiveListEnd(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                   const std::vector<Clause>& cls, const std::vector<const PersonRef*>& refs)
{
    int end = scope.clause.end;
    // (a passive merged into a trigger before it, "the talks were attended", is an `attend`)
    // (and "held talks, later joined by A": a participle with its "by")
    if (!(t.passive || t.attend || ctx.lex.has(Cue::AgentWord, s.key(t.end))) || scope.end != scope.clause.end || scope.cut < scope.end)
        return end;
    // "attended by the Minister for Trade, Agribusiness and Industry, B, and the Minister for the
    // Interior, C", "attended by A, Deputy Ruler; B, Chairman of ...; and C": the agents' list,
    // read item by item whatever its commas and semicolons
    const auto listFrom = [&](int agent) { return readOfficialList(ctx, s, refs, agent + 1, s.size()).end; };
    int listed = end;
    for (int i = t.begin; i < end; ++i)
        if (ctx.lex.has(Cue::AgentWord, s.key(i))) {
            listed = std::max(listed, listFrom(i));
            break;
        }
    // ... and the side phrases and ", by" clauses after it: "were attended, on the Ivorian side, by
    // A and B, and on the Ghanaian side, by C"
    for (const Clause& cl : cls) {
        if (cl.begin < end)
            continue;
        if (cl.begin > end)
            break;
        int f = cl.begin;
        while (f < cl.end && s.tok(f).kind == Token::Punct)
            ++f;
        if (f == cl.end) { // a semicolon is a clause of its own
            end = cl.end;
            continue;
        }
        if (s.key(f) == "and"_key)
            ++f;
        bool meetingWord = false, side = false;
        for (int i = f; i < cl.end; ++i) {
            meetingWord = meetingWord || ((ctx.lex.has(Cue::MeetingVerb, s.key(i)) || ctx.lex.has(Cue::MeetingNoun, s.key(i))) &&
                                          !inOfficialSpan(s, i));
            side = side || ctx.lex.has(Cue::SideNoun, s.key(i));
        }
        const bool sidePhrase = side && (s.key(f) == "on"_key || s.key(f) == "from"_key);
        const bool item = cl.begin < listed || ctx.lex.has(Cue::AgentWord, s.key(f)) || sidePhrase;
        // ("..., according to a statement by the spokesman, C": who reports the list)
        if (meetingWord || !item || ctx.lex.value(Cue::ClauseCut, s.key(f)) == "source"_key)
            break;
        // (a clause that opens with the agent, or with its side, lists on from its "by")
        for (int i = f; (sidePhrase || i == f) && i < cl.end; ++i)
            if (ctx.lex.has(Cue::AgentWord, s.key(i)) && !inOfficialSpan(s, i)) {
                listed = std::max(listed, listFrom(i));
                break;
            }
        end = cl.end;
    }
    return std::max(end, listed);
}

/// "B was welcomed upon his arrival in X on Saturday, at Y airport, by Secretary General of
/// the Ministry, C": the agent of a verb in the passive (its auxiliary before it, no "by" in its
/// clause) written in a ", by" clause after adjuncts between commas that name nobody and tell
/// no meeting. Where that agent's clause ends, or `scope.clause.end`.
int lateAgentEnd(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                 const std::vector<Clause>& cls, const std::vector<const PersonRef*>& refs)
{
    const int end = scope.clause.end;
    const TokenKey& prev = s.key(t.begin - 1);
    const bool adverb = prev.size() > 3 && prev.endsWith(QLatin1String("ly"));
    if (!t.verb || t.passive || t.begin < 2 || t.end >= end || scope.end != end || scope.cut < scope.end ||
        !(ctx.lex.has(Cue::PassiveAux, prev) || (adverb && ctx.lex.has(Cue::PassiveAux, s.key(t.begin - 2)))))
        return end;
    for (int i = t.end; i < end; ++i)
        if (ctx.lex.has(Cue::AgentWord, s.key(i)))
            return end;
    int at = end;
    for (const Clause& cl : cls) {
        if (cl.begin < at)
            continue;
        if (cl.begin > at)
            break;
        int f = cl.begin;
        while (f < cl.end && s.tok(f).kind == Token::Punct && isComma(s.tok(f)))
            ++f;
        if (f == 0 || f >= cl.end || !isComma(s.tok(f - 1)))
            return end;
        // ("was received at X International Airport, Accra by A and B": the town that places the
        // venue, capitalised words of no one's name, ends at the agent's "by" with no comma)
        constexpr int townReach = 3;
        for (int x = f; x < std::min(cl.end - 1, f + townReach); ++x) {
            const Token& w = s.tok(x);
            // (a town the gazetteer knows, whatever its case: "Dar es Salaam")
            if (const PhraseMatch* m = s.matchOf(x); m && m->begin == x && m->kind == PhraseKind::Place)
                x = m->end - 1;
            else if (w.kind != Token::Word || !w.cap || inOfficialSpan(s, x) ||
                std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return x >= r->begin && x < r->end; }))
                break;
            if (ctx.lex.has(Cue::AgentWord, s.key(x + 1))) {
                f = x + 1;
                break;
            }
        }
        // (the agents as the list reader reads them: "by Secretary General of X, C", "by A and B")
        if (ctx.lex.has(Cue::AgentWord, s.key(f)))
            return std::max(cl.end, readOfficialList(ctx, s, refs, f + 1, s.size()).end);
        for (int i = f; i < cl.end; ++i)
            if ((s.tok(i).kind == Token::Punct && !(i == cl.end - 1 && isComma(s.tok(i)))) ||
                ctx.lex.has(Cue::MeetingVerb, s.key(i)) ||
                ctx.lex.has(Cue::MeetingNoun, s.key(i)))
                return end;
        if (std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->begin >= f && r->begin < cl.end; }))
            return end;
        at = cl.end;
    }
    return end;
}

/// "The commissioning of the power station was attended by A; B; and C", "A, B and C attended
/// the funeral of D", "took part in the opening of a pipeline": the event an attend verb names,
/// its subject in the passive or its object, opened by an article or a determiner and naming no
/// one, holds no meeting word (lexicon: meeting nouns, gathering and party words) in the words
/// up to the punctuation: an event of another kind, whatever its noun.
bool attendedEventOfOtherKind(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    const bool passive = t.passive || lex.has(Cue::AgentWord, s.key(t.end));
    int from = t.end, to = s.size();
    if (passive) {
        from = t.begin;
        while (from > s.dateline && s.tok(from - 1).kind != Token::Punct)
            --from;
        to = t.begin;
    } else {
        // ("took part in the opening", "participated in the inauguration")
        if (s.key(from) == "in"_key)
            ++from;
        for (int i = from; i < to; ++i)
            if (s.tok(i).kind == Token::Punct && s.key(i) != "'s"_key && !isDash(s.tok(i))) {
                to = i;
                break;
            }
    }
    // (an event told as new, "a ceremony", or named by what it is of, "the opening of the trade
    // house": not "the reception", which may be the meeting just told)
    const bool indefinite = from < to && (s.key(from) == "a"_key || s.key(from) == "an"_key);
    if (from >= to || !(indefinite || lex.has(Cue::Article, s.key(from)) || lex.has(Cue::Determiner, s.key(from))))
        return false;
    bool noun = false, of = false;
    for (int i = from; i < to; ++i) {
        const TokenKey& k = s.key(i);
        // (nor people: "The leaders of the two states were joined by C"; "the funeral of the
        // former mayor" is still a funeral)
        const PhraseMatch* m = s.matchOf(i);
        if (lex.has(Cue::MeetingNoun, k) || lex.has(Cue::GatheringWord, k) || lex.has(Cue::PartyWord, k) ||
            lex.has(Cue::MeetingVerb, k) || s.quoted[std::size_t(i)] ||
            (!of && (s.nameTok[std::size_t(i)] || inOfficialSpan(s, i) || lex.has(Cue::LeaderGroup, k) ||
                     lex.has(Cue::PersonNoun, k) || (m && m->kind == PhraseKind::Title))))
            return false;
        of = of || (noun && k == "of"_key);
        noun = noun || (s.tok(i).kind == Token::Word && !s.tok(i).cap && !lex.has(Cue::Article, k) &&
                        !lex.has(Cue::Determiner, k));
    }
    return noun && (indefinite || of);
}

/// "before a concert attended by A and B", "The concert that followed was attended by C": the
/// event a passive attend verb names, the noun just before it, is another kind of event: its
/// people join none of the meetings told, and make none of their own. (A summit "attended by"
/// its leaders is the meeting itself; "C, who also attended the opera" is an attendee list.)
/// ... and so is one attendedEventOfOtherKind() reads.
bool attendsOtherEvent(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    if (t.attendVerb && attendedEventOfOtherKind(lex, s, t))
        return true;
    // ("a concert attended by A": a participle without its auxiliary is passive too; so is one
    // right after the noun's comma, "a ceremony, attended on the Croatian side by A", whose
    // noun is the one before that comma)
    int last = t.begin - 1;
    const bool afterComma = last > 0 && isComma(s.tok(last));
    if (!t.attendVerb || !(t.passive || afterComma || lex.has(Cue::AgentWord, s.key(t.end))))
        return false;
    // "received B on Monday, a day before a reception attended by C and D": a noun after a
    // boundary of time ("before", "after") and its article, right before the participle, is an
    // event other than the one told (a meeting noun too, after a span of time: "a day after a
    // conference attended by C"; not "signed the accord after talks attended by C")
    if (!afterComma && last >= 2 && s.tok(last).kind == Token::Word && !s.tok(last).cap) {
        const auto article = [&](int x) {
            return lex.has(Cue::Article, s.key(x)) || lex.has(Cue::Determiner, s.key(x)) ||
                   s.key(x) == "a"_key || s.key(x) == "an"_key;
        };
        int b = last - 1;
        if (b > 0 && s.tok(b).kind == Token::Word && !s.tok(b).cap && !article(b) &&
            !lex.has(Cue::DateBoundary, s.key(b)))
            --b; // one modifier: "a day after a state reception"
        if (b > 0 && article(b) && lex.has(Cue::DateBoundary, s.key(b - 1))) {
            const TokenKey& span = s.key(b - 2 >= 0 ? b - 2 : b - 1);
            const bool timeSpan = b >= 2 && (lex.has(Cue::TimeUnit, span) || lex.has(Cue::TimeSpan, span));
            if (!lex.has(Cue::MeetingNoun, s.key(last)) || timeSpan)
                return true;
        }
    }
    if (afterComma)
        --last;
    // ("The concert, which lasted two hours, was attended by A": the noun before the relative
    // clause between commas)
    constexpr int relativeReach = 10;
    int floor = std::max(0, t.begin - 8);
    for (int i = last; i >= floor; --i) {
        if (isComma(s.tok(i)) &&
            i + 1 < t.begin) {
            int open = i - 1;
            while (open > std::max(0, i - relativeReach) &&
                   !isComma(s.tok(open)))
                --open;
            if (open <= 0 || s.tok(open).kind != Token::Punct ||
                !lex.has(Cue::RelativeWord, s.key(open + 1)))
                return false;
            i = open;
            floor = std::max(0, open - 8);
            continue;
        }
        if (s.tok(i).kind != Token::Word)
            return false;
        // ("The press conference that followed was attended by A": a phrase of other-event
        // ending in a meeting noun is that other event)
        for (int b = std::max(0, i - 3); b < i; ++b)
            if (lexiconPhraseAt(lex, Cue::OtherEvent, s, b) == i + 1)
                return true;
        if (lex.has(Cue::MeetingNoun, s.key(i)))
            return false;
        if (lex.has(Cue::OtherEvent, s.key(i)))
            return true;
    }
    return false;
}

/// "On Wednesday the Vietnamese delegation was welcomed by B", "the IMF team also called on B": a
/// party noun that stands for its head (party-word rows of value "led": "delegation", "team")
/// right after a state or an organisation, in tokens [from, to) where no official is named,
/// is the one principal of that state or organisation in the last held meeting told that has
/// one. The person, or -1 (none, or two of them).
int delegationHead(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                   int from, int to)
{
    if (std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= from && r->begin < to && (isOfficialRef(ctx, *r) || r->kind == RefKind::Group);
        }))
        return -1;
    int state = -1;
    int organization = -1;
    for (int k = std::max(from, 1); k < to && state < 0 && organization < 0; ++k) {
        if (ctx.lex.value(Cue::PartyWord, s.key(k)) != "led"_key || inOfficialSpan(s, k))
            continue;
        for (const StateHit& h : ctx.stateHits)
            if (h.sentence == s.index && h.end == k && h.begin >= from)
                state = h.state;
        if (const PhraseMatch* m = s.matchOf(k - 1);
            state < 0 && m && m->kind == PhraseKind::Organization && m->end == k && m->begin >= from)
            organization = m->entry;
    }
    if (state < 0 && organization < 0)
        return -1;
    for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
        const MeetingDraft& d = ctx.meetings[m];
        if (d.status != "held"_key)
            continue;
        std::vector<int> heads;
        for (int p : principalsOf(d)) {
            const Person& person = ctx.persons[std::size_t(p)];
            if ((state >= 0 && person.state == state) || (organization >= 0 && person.organization == organization))
                heads.push_back(p);
        }
        if (!heads.empty())
            return heads.size() == 1 ? heads.front() : -1;
    }
    return -1;
}

/// "A, senior adviser to President B, met C", "met D, special envoy of Secretary-General
/// E": B and E only say whose office A and D hold; the reference's phrase (its title, its
/// state) follows the "to"/"of" right after another title. So does "President B's adviser A".
bool principalOfOffice(const SentenceInfo& s, const PersonRef& r)
{
    // "met President B's senior adviser A", "talks with B's envoy": the possessor of an office
    // another holds
    if (r.end + 1 < s.size() && s.key(r.end) == "'s"_key) {
        const PhraseMatch* held = s.matchOf(r.end + 1);
        if (held && held->begin == r.end + 1 && held->kind == PhraseKind::Title && !held->plural)
            return true;
    }
    int start = r.begin;
    for (const auto& [b, e] : s.officialSpans)
        if (r.begin >= b && r.begin < e)
            start = std::min(start, b);
    // (the reference's own phrase opens with its title: "to French President B", "to United
    // States President C")
    const PhraseMatch* own = s.matchOf(start);
    if (!own || own->begin != start ||
        (own->kind != PhraseKind::Title && own->kind != PhraseKind::Demonym && own->kind != PhraseKind::State))
        return false;
    const int k = start - 1;
    if (s.key(k) != "to"_key && s.key(k) != "of"_key && s.key(k) != "for"_key) // "spokesman for President B"
        return false;
    const PhraseMatch* office = s.matchOf(k - 1);
    return office && office->kind == PhraseKind::Title && office->end == k && !office->plural;
}

/// When the last mention before (sentence, tok) of `agent` is the agent of a passive ("was
/// received at the airport by C", its title or name after "by"), the first official of that
/// sentence who passes `accept` and is not `agent`, the passive's subject; else -1.
template <typename Accept>
int passiveSubjectOver(const DocContext& ctx, int sentence, int tok, int agent, Accept accept)
{
    if (agent < 0)
        return -1;
    const PersonRef* last = nullptr;
    for (std::size_t r = ctx.refs.size(); r-- > 0 && !last;) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.person == agent && (ref.sentence < sentence || (ref.sentence == sentence && ref.begin < tok)))
            last = &ref;
    }
    if (!last)
        return -1;
    const SentenceInfo& ls = ctx.sents[std::size_t(last->sentence)];
    int b = last->begin - 1;
    while (b >= 0 && inOfficialSpan(ls, b))
        --b;
    if (b < 2 || !ctx.lex.has(Cue::AgentWord, ls.key(b)))
        return -1;
    // (the passive's auxiliary a few words before "by": "was met at the airport in Nairobi by")
    constexpr int reach = 8;
    bool passive = false;
    for (int x = b - 1; x >= std::max(0, b - reach) && !passive && ls.tok(x).kind == Token::Word; --x)
        passive = ctx.lex.has(Cue::PassiveAux, ls.key(x));
    if (!passive)
        return -1;
    for (const PersonRef& ref : ctx.refs)
        if (ref.sentence == last->sentence && ref.begin < b && ref.person >= 0 && ref.person != agent &&
            isOfficialRef(ctx, ref) && accept(ref.person))
            return ref.person;
    return -1;
}

/// The meeting told last: the one a sentence told of most recently, which is not always the
/// newest ("A was greeted at the airport by C. The two prime ministers met privately ..." tells
/// the talks again after the welcome; "D sat in on the session" joins the talks).
std::size_t lastTold(const DocContext& ctx)
{
    std::size_t best = ctx.meetings.size() - 1;
    for (std::size_t m = best; m-- > 0;)
        if (ctx.meetings[m].lastSentence > ctx.meetings[best].lastSentence)
            best = m;
    return best;
}

/// Whether the sentence just before `sentence` listed one side of meeting `m` ("A and B took
/// part on the Kyrgyz side", "The Kenyan team included A").
bool sideListedJustBefore(const DocContext& ctx, const MeetingDraft& m, int sentence)
{
    const bool listed = std::any_of(m.evidence.begin(), m.evidence.end(), [&](const Mention& e) {
        return e.sentence == sentence - 1 && e.rule.startsWith(attendeesRule);
    });
    if (!listed)
        return false;
    const SentenceInfo& before = ctx.sents[std::size_t(sentence - 1)];
    for (int i = 0; i < before.size(); ++i)
        if ((ctx.lex.has(Cue::SideNoun, before.key(i)) || ctx.lex.has(Cue::DelegationNoun, before.key(i))) &&
            !inOfficialSpan(before, i))
            return true;
    return false;
}

/// "The Kyrgyz delegation included A": the state whose name or demonym stands right before the
/// first delegation or side noun in tokens [from, to), or -1.
int delegationState(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (inOfficialSpan(s, i) ||
            !(ctx.lex.has(Cue::DelegationNoun, s.key(i)) || ctx.lex.has(Cue::SideNoun, s.key(i))))
            continue;
        for (const StateHit& h : ctx.stateHits)
            if (h.sentence == s.index && h.end == i)
                return h.state;
        return -1;
    }
    return -1;
}

/// Whether a delegation of `state` travelled to meeting `away` rather than to `lead`: `lead` was
/// held in the delegation's own state, `away` in another one, with one of the state's officials
/// among its people ("A received B in Bishkek ... A day earlier, C held talks with D in Tashkent.
/// The Kyrgyz delegation included E"). A state's delegation is the side that comes to a meeting.
bool delegationWentTo(const DocContext& ctx, int state, const MeetingDraft& away, const MeetingDraft& lead)
{
    if (state < 0 || lead.place.isEmpty() || away.place.isEmpty() || stateOfCity(ctx, lead.place) != state)
        return false;
    const int awayState = stateOfCity(ctx, away.place);
    return awayState >= 0 && awayState != state &&
           std::any_of(away.participants.begin(), away.participants.end(),
                       [&](int p) { return ctx.persons[std::size_t(p)].state == state; });
}

} // namespace

OfficialList readOfficialList(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                              int from, int limit, ListDirection direction)
{
    const bool forward = direction == ListDirection::Forward;
    OfficialList out;
    out.begin = out.end = from;
    // (the tokens the list may take, [lo, hi), whichever way it is read)
    const int lo = forward ? from : std::max(limit, 0);
    const int hi = forward ? std::min(limit, s.size()) : std::min(from, s.size());
    // A unit of the list: its tokens [begin, end), the one at `i` being its first as read (its
    // first token forward, its last backward); `end` == `begin` when no unit of its kind is there.
    struct Unit
    {
        int begin = 0;
        int end = 0;
    };
    const auto none = [](int i) { return Unit{i, i}; };
    const auto one = [](int i) { return Unit{i, i + 1}; };
    const auto refAt = [&](int i) -> const PersonRef* {
        for (const PersonRef* r : refs)
            if ((forward ? r->begin == i : r->end == i + 1) && r->end > r->begin && r->kind != RefKind::Group &&
                r->kind != RefKind::Pronoun)
                return r;
        return nullptr;
    };
    // (a title's words: an official's span, a dictionary title, state, demonym or body, a
    // capitalised word of a portfolio or an honorific, the words that join them)
    const auto titleAt = [&](int i) {
        if (inOfficialSpan(s, i))
            return one(i);
        if (const PhraseMatch* m = s.matchOf(i);
            m && (forward ? m->begin == i : m->end == i + 1) && m->end > m->begin &&
            (m->kind == PhraseKind::Title || m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State ||
             m->kind == PhraseKind::Organization || m->kind == PhraseKind::Person))
            return Unit{m->begin, m->end};
        const Token& w = s.tok(i);
        if (w.kind == Token::Word && (w.cap || w.hyphenBefore || s.nameTok[std::size_t(i)]))
            return one(i);
        // ("Dr.", "Mr.": the abbreviation's point)
        if (w.kind == Token::Punct && w.punct == QLatin1Char('.') && i > lo && s.tok(i - 1).kind == Token::Word &&
            s.tok(i - 1).cap && s.key(i - 1).size() <= 3 && i + 1 < hi && s.tok(i + 1).cap)
            return one(i);
        // (the words inside a title: "of", "for", "to", "the", "'s", a hyphen)
        if (w.kind == Token::Word && (s.key(i) == "of"_key || s.key(i) == "for"_key || s.key(i) == "to"_key ||
                                      ctx.lex.has(Cue::Article, s.key(i)) || s.key(i) == "'s"_key))
            return one(i);
        // (a hyphen, or a dash between two capitalised words of one office: "Deputy Prime
        // Minister – Foreign Minister B")
        if (isDash(w) && (w.hyphenBefore || (i > lo && i + 1 < hi && s.tok(i - 1).cap && s.tok(i + 1).cap)))
            return one(i);
        return none(i);
    };
    // (the words that part two items)
    const auto separatorAt = [&](int i) {
        const Token& w = s.tok(i);
        if ((w.kind == Token::Punct && (isComma(w) || w.punct == QLatin1Char(';'))) || s.key(i) == "and"_key)
            return one(i);
        const int as = forward ? i : i - 2;
        if (as >= lo && s.key(as) == "as"_key && s.key(as + 1) == "well"_key && s.key(as + 2) == "as"_key)
            return Unit{as, as + 3};
        return none(i);
    };
    // ("Senator B (R-Idaho)": what the name carries in parentheses; `i` at its bracket as read,
    // "(" forward and ")" backward)
    const auto bracketAt = [&](int i) {
        if (forward)
            return Unit{i, afterName(s, i)};
        for (int open = i - 1; open >= lo; --open)
            if (s.key(open) == "("_key)
                return afterName(s, open) == i + 1 ? Unit{open, i + 1} : none(i);
        return none(i);
    };
    const auto next = [&](const Unit& u) { return forward ? u.end : u.begin - 1; };
    int i = forward ? from : hi - 1;
    // ("were joined by: A ..." as a readout's lines give it)
    if (forward && i < hi && s.tok(i).kind == Token::Punct && s.tok(i).punct == QLatin1Char(':'))
        ++i;
    while (i >= lo && i < hi) {
        if (const Unit u = separatorAt(i); u.end > u.begin) {
            i = next(u);
            continue;
        }
        if (const PersonRef* r = refAt(i)) {
            // ("joined by A, Trade CS B told reporters": who speaks after the list reports it)
            if (ctx.lex.has(Cue::SpeechVerb, s.key(afterName(s, r->end))))
                break;
            if (isOfficialRef(ctx, *r)) {
                addUnique(out.people, r->person);
                if (forward)
                    out.end = r->end;
                else
                    out.begin = r->begin;
            }
            i = next(Unit{r->begin, r->end});
            continue;
        }
        const Unit u = s.key(i) == (forward ? "("_key : ")"_key) ? bracketAt(i) : titleAt(i);
        if (u.end <= u.begin) {
            out.stop = i;
            break;
        }
        i = next(u);
    }
    if (!forward)
        std::reverse(out.people.begin(), out.people.end());
    return out;
}

AbsoluteClause absoluteClause(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                              int opener)
{
    AbsoluteClause out;
    if (opener + 1 >= s.size() || s.quoted[std::size_t(opener)] || !ctx.lex.has(Cue::ListOpener, s.key(opener)) ||
        inOfficialSpan(s, opener))
        return out;
    // ("with his foreign minister, B, in tow": the owner's pronoun before the list)
    out.listBegin = opener + 1;
    if (ctx.lex.has(Cue::PossessivePronoun, s.key(out.listBegin)))
        ++out.listBegin;
    const OfficialList list = readOfficialList(ctx, s, refs, out.listBegin, s.size());
    if (list.people.empty())
        return out;
    out.listEnd = list.end;
    int p = list.end;
    const bool comma = p < s.size() && isComma(s.tok(p));
    if (comma)
        ++p;
    while (p < s.size() && ctx.lex.has(Cue::AdditiveWord, s.key(p)))
        ++p;
    const LexiconPhrase* word = nullptr;
    const int e = lexiconPhraseAt(ctx.lex, Cue::PresenceWord, s, p, &word);
    if (e <= p)
        return out;
    // (where they were instead only in a clause of its own: at the sentence's start or after a
    // comma, with nothing between the list and the word; not "talks with A still under way")
    int b = opener - 1;
    const bool ownClause = b < s.dateline || (s.tok(b).kind == Token::Punct && !inOfficialSpan(s, b));
    if (word->value == "present"_key || (word->value == "absent"_key && ownClause && (!comma || b >= s.dateline))) {
        out.end = e;
        out.present = word->value == "present"_key;
    }
    return out;
}

bool recalledMeeting(const DocContext& ctx, const MeetingDraft& m)
{
    if (!ctx.anchor.isValid())
        return false;
    constexpr int monthDays = 31;
    if (const QDate day = QDate::fromString(m.iso, Qt::ISODate); day.isValid())
        return std::abs(day.daysTo(ctx.anchor)) > monthDays;
    return !m.periodIso.isEmpty() && !isoDate(ctx.anchor).startsWith(m.periodIso);
}

std::optional<std::size_t> attendedMeeting(const DocContext& ctx, const SentenceInfo& s, int from, int to,
                                           bool delegation)
{
    if (ctx.meetings.empty())
        return std::nullopt;
    // The event the words name: "the talks", "the Elysée talks", "that dinner", "the opera", "the
    // forum", "the press conference" (an other-event phrase, named by its first word)
    QString noun;
    bool articleBefore = false; ///< its article stands before `from`
    bool demonstrative = false; ///< "that meeting", "this meeting"
    for (int i = from; i < to && noun.isEmpty(); ++i) {
        const TokenKey& k = s.key(i);
        if (s.quoted[std::size_t(i)] || inOfficialSpan(s, i))
            continue;
        if (!ctx.lex.has(Cue::MeetingNoun, k) && lexiconPhraseAt(ctx.lex, Cue::OtherEvent, s, i) <= i &&
            !ctx.lex.has(Cue::GatheringWord, k))
            continue;
        // (its article may stand before the words: "said that the meeting, which lasted two
        // hours, was also attended by")
        bool definite = false;
        int b = std::max(0, i - 3);
        for (; b < i && !definite; ++b)
            definite = ctx.lex.has(Cue::Determiner, s.key(b)) || s.key(b) == "a"_key || s.key(b) == "an"_key;
        if (definite) {
            noun = k.text();
            articleBefore = b - 1 < from;
            demonstrative = ctx.lex.value(Cue::Determiner, s.key(b - 1)) == "demonstrative"_key;
        }
    }
    // A meeting recalled from a month of its own, on none of the article's days ("Last November,
    // B paid a state visit and C held talks with him"), and the last one told, passing over such a
    // recalled one for a held one of the article's days: a list after it names the talks the
    // article tells ("The ambassadors were present at the talks", "Also present were A and B")
    const auto recalled = [&](const MeetingDraft& m) { return recalledMeeting(ctx, m); };
    const auto lastCurrent = [&]() {
        const std::size_t last = lastTold(ctx);
        // (... but not one told in the sentence just before with no one named yet: "Pakistani and
        // Afghan delegations first met in Doha in October. The Pakistani side was led by A" names
        // its people)
        if (!recalled(ctx.meetings[last]) ||
            (ctx.meetings[last].participants.empty() && ctx.meetings[last].lastSentence == s.index - 1))
            return last;
        for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
            const MeetingDraft& d = ctx.meetings[m];
            if (d.status == "held"_key && !d.aside && !d.arrival && d.participants.size() >= 2 && !recalled(d))
                return m;
        }
        return last;
    };
    // the first held meeting: the event the article opens with (not one told in passing
    // before it: "The talks were preceded by a meeting of ministers ... The delegation included A")
    // ... never the guest's arrival, an event of its own, while talks were told ("A was
    // received at the airport by C. A then held talks with B. The delegation included D")
    // ... nor one still waiting for its other side while another has two ("Faye in Nouakchott for
    // talks" in the headline, then "The two Heads of State met")
    const bool anyPair = std::any_of(ctx.meetings.begin(), ctx.meetings.end(), [](const MeetingDraft& m) {
        return m.status == "held"_key && !m.aside && !m.arrival && m.participants.size() >= 2;
    });
    auto lead = [&]() -> std::size_t {
        std::optional<std::size_t> arrival;
        for (std::size_t m = 0; m < ctx.meetings.size(); ++m) {
            if (ctx.meetings[m].status != "held"_key || ctx.meetings[m].aside ||
                (anyPair && ctx.meetings[m].participants.size() < 2))
                continue;
            if (!ctx.meetings[m].arrival)
                return m;
            if (!arrival)
                arrival = m;
        }
        // (with no talks held, the talks told as a plan: "A will hold talks with B")
        for (std::size_t m = ctx.meetings.size(); arrival && m-- > 0;)
            if (!ctx.meetings[m].arrival)
                return m;
        return arrival.value_or(ctx.meetings.size() - 1);
    };
    // "The Philippine delegation included A": a delegation takes part in the main talks, unless
    // the last event still lacks its other side ("Kim presided over a dinner with the delegation")
    // or the sentence before listed the other side of the last event ("A and B took part on the
    // Kyrgyz side. The Uzbek delegation included C"): the two lists are of one event
    if (noun.isEmpty()) {
        const std::size_t last = lastCurrent();
        // ... and a list after the guest's arrival joins the talks, unless it names the arrival
        // ("Also present at the airport were D and E") or one who was only at the arrival ("C,
        // who welcomed A at the airport, was accompanied by D")
        if (ctx.meetings[last].arrival) {
            bool namesArrival = false;
            for (int i = from; i < to && !namesArrival; ++i)
                namesArrival = ctx.lex.has(Cue::ArrivalWord, s.key(i)) || lexiconPhraseAt(ctx.lex, Cue::ArrivalWord, s, i) > i + 1;
            const std::size_t talks = lead();
            // ... but "Mr C, D and E sat in on the Kenyan side": a side is of the talks, though C
            // welcomed the guest at the airport
            bool side = false;
            for (int i = from; i < to && !side; ++i)
                side = ctx.lex.has(Cue::SideNoun, s.key(i)) && !inOfficialSpan(s, i);
            for (const PersonRef& r : ctx.refs)
                if (!side && r.sentence == s.index && r.person >= 0 && r.begin >= from && r.begin < to &&
                    std::count(ctx.meetings[last].participants.begin(), ctx.meetings[last].participants.end(), r.person) &&
                    !std::count(ctx.meetings[talks].participants.begin(), ctx.meetings[talks].participants.end(), r.person))
                    namesArrival = true;
            if (!namesArrival)
                return talks;
        }
        if (!delegation || ctx.meetings[last].participants.size() < 2 || sideListedJustBefore(ctx, ctx.meetings[last], s.index))
            return last;
        const std::size_t first = lead();
        return delegationWentTo(ctx, delegationState(ctx, s, from, to), ctx.meetings[last], ctx.meetings[first]) ? last
                                                                                                                  : first;
    }
    // "Also present at the opera were ...", "C, who also attended the forum": not at a meeting
    if (!ctx.lex.has(Cue::MeetingNoun, noun))
        return std::nullopt;
    // "A also met C at the palace. D and E attended that meeting": a demonstrative points at the
    // meeting told last, unless that was a welcome at the airport
    if (demonstrative && ctx.lex.has(Cue::GenericMeetingNoun, noun)) {
        const std::size_t last = lastTold(ctx);
        if (!ctx.meetings[last].arrival && !ctx.meetings[last].aside)
            return last;
    }
    // "Later in the day, A met C ... D also attended the meeting": the meeting told in the
    // sentence just before, by a verb or another noun brought in with no determiner ("paid a
    // courtesy call on C"), is the one a generic noun names, over an older one told with that
    // noun ("joined the talks" still names the talks; "He recalled the talks held by the two
    // presidents in May" recalls one)
    {
        const std::size_t last = lastTold(ctx);
        const MeetingDraft& told = ctx.meetings[last];
        bool byVerb = ctx.lex.has(Cue::GenericMeetingNoun, noun) && told.lastSentence == s.index - 1 && last == lastCurrent() &&
                      !told.arrival && !told.aside;
        for (const Mention& e : told.evidence) {
            if (!byVerb || e.sentence != s.index - 1 || !e.rule.startsWith(QLatin1String("meeting: '")))
                continue;
            const SentenceInfo& es = ctx.sents[std::size_t(e.sentence)];
            for (int i = 0; i < es.size() && byVerb; ++i)
                if (es.tok(i).start >= e.start && es.tok(i).end <= e.end && ctx.lex.has(Cue::MeetingNoun, es.key(i))) {
                    // (and only a held one: "a summit between A and B, which is being arranged")
                    bool definite = es.key(i) == noun || told.status != "held"_key;
                    for (int b = std::max(0, i - 3); b < i && !definite; ++b)
                        definite = ctx.lex.has(Cue::Determiner, es.key(b));
                    byVerb = byVerb && !definite;
                }
        }
        if (byVerb)
            return last;
    }
    // The last meeting told with that noun; else the first held one, the event the article
    // opens with ("A hosted B ... During the talks, B was accompanied by ...")
    // (not the headline's noun: "Faye in Nouakchott for talks" names the event the body tells)
    // ... one of the article's days before one recalled from weeks or months before ("A held
    // talks with B on Monday ... Last November, C held talks with D ... E and F were present at
    // the talks"): a list told in the present of the article attends its own event
    const auto toldWith = [&](std::size_t m) {
        for (const Mention& e : ctx.meetings[m].evidence) {
            if (e.sentence < ctx.body || e.sentence >= int(ctx.sents.size()) || e.sentence == s.index ||
                !e.rule.startsWith(QLatin1String("meeting: '")))
                continue;
            const SentenceInfo& es = ctx.sents[std::size_t(e.sentence)];
            for (int i = 0; i < es.size(); ++i)
                if (es.tok(i).start >= e.start && es.tok(i).end <= e.end && es.key(i) == noun)
                    return true;
        }
        return false;
    };
    std::optional<std::size_t> named;
    for (std::size_t m = ctx.meetings.size(); m-- > 0 && !named;)
        if (toldWith(m))
            named = m;
    if (named && recalled(ctx.meetings[*named])) {
        for (std::size_t m = *named; m-- > 0;)
            if (toldWith(m) && ctx.meetings[m].status == "held"_key && !recalled(ctx.meetings[m]) &&
                (!ctx.meetings[m].iso.isEmpty() || !ctx.meetings[m].periodIso.isEmpty()))
                return m;
    }
    if (named)
        return *named;
    // ... but a noun whose article stands before the words ("The meeting was attended by", the
    // noun the trigger starts with) is the meeting told last, unless that was a welcome at the
    // airport ("He was received at the airport by C. ... the meeting was also attended by D")
    if (articleBefore) {
        const std::size_t last = lastTold(ctx);
        if (!ctx.meetings[last].arrival)
            return last;
    }
    return lead();
}

/// "On the Cypriot side, A and a number of officials attended.": an active attend verb that
/// ends its clause, with no object, tells who attended the event just told ("A attended the
/// concert" names an event of its own). Its end, or 0.
int bareAttendAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (i == 0 || lex.value(Cue::MeetingVerb, s.key(i)) != "attend"_key || lex.has(Cue::PassiveAux, s.key(i - 1)))
        return 0;
    const bool clauseEnd = i + 1 >= s.size() || (s.tok(i + 1).kind == Token::Punct &&
                                                 QStringView(u".,;").contains(s.tok(i + 1).punct));
    return clauseEnd ? i + 1 : 0;
}

/// "his accompanying delegation", "the attending ministers": a one-word cue [i, e) between a
/// determiner and a lowercase word is an adjective of that word, no cue of a list.
bool adjectiveCue(const Lexicon& lex, const SentenceInfo& s, int i, int e)
{
    return e == i + 1 && i > 0 && e < s.size() && s.key(i).endsWith(QLatin1String("ing")) &&
           (lex.has(Cue::Determiner, s.key(i - 1)) || lex.has(Cue::Article, s.key(i - 1))) &&
           s.tok(e).kind == Token::Word && !s.tok(e).cap;
}

/// "Joining them were A and B", "Also participating in the session were C", "Joining the two
/// presidents will be D": an attend participle that opens the sentence (an adverb or two before
/// it) and its object, then the copula the list follows: who came to the event the object names.
/// Its end (past the copula), or 0; `other` tells an event of its own the object introduces
/// with an indefinite article and no meeting word ("Joining them at a football match were").
int invertedAttendAt(const Lexicon& lex, const SentenceInfo& s, int i, bool* other)
{
    constexpr int openerReach = 2;  ///< "Also joining", "Later also joining"
    constexpr int objectReach = 12; ///< "Joining the two presidents at the table in the afternoon"
    const TokenKey& k = s.key(i);
    // ... or where they sat ("Around the table were A and B", "Others at the table included C",
    // "Seated at the table in the afternoon were D"): a locus (presence word of value "locus")
    const LexiconPhrase* place = nullptr;
    const bool locus = lexiconPhraseAt(lex, Cue::PresenceWord, s, i, &place) > i && place->value == "locus"_key;
    if (!locus && (lex.value(Cue::MeetingVerb, k) != "attend"_key || !k.endsWith(QLatin1String("ing"))))
        return 0;
    int first = s.dateline;
    while (first < i && s.tok(first).kind == Token::Punct)
        ++first;
    if (i - first > openerReach)
        return 0;
    for (int b = first; b < i; ++b)
        if (s.tok(b).kind != Token::Word || s.nameTok[std::size_t(b)] || inOfficialSpan(s, b) ||
            lex.has(Cue::Negation, s.key(b)))
            return 0;
    bool meeting = false, indefinite = false;
    for (int j = i + 1; j < std::min(s.size(), i + 1 + objectReach); ++j) {
        if (s.tok(j).kind == Token::Punct)
            return 0;
        const TokenKey& w = s.key(j);
        if (lex.has(Cue::PassiveAux, w) && w != "be"_key && w != "been"_key && w != "being"_key) {
            if (other)
                *other = indefinite && !meeting;
            return j + 1;
        }
        if (lex.has(Cue::FutureAux, w) && s.key(j + 1) == "be"_key) {
            if (other)
                *other = indefinite && !meeting;
            return j + 2;
        }
        // ("Others at the table included A", "... will include B", "At the table sat C": the verb
        // a locus's list follows, presence word of value "link")
        const int link = lex.has(Cue::FutureAux, w) ? j + 1 : j;
        if (locus && lex.value(Cue::PresenceWord, s.key(link)) == "link"_key) {
            if (other)
                *other = indefinite && !meeting;
            return link + 1;
        }
        meeting = meeting || lex.has(Cue::MeetingNoun, w) || lex.has(Cue::GatheringWord, w);
        indefinite = indefinite || w == "a"_key || w == "an"_key || lexiconPhraseAt(lex, Cue::OtherEvent, s, j) > j;
    }
    return 0;
}

/// "The two leaders held talks in the afternoon, alongside A": whether the companion cue at
/// token `i` continues a stretch that tells a meeting, a meeting verb or noun between it (a comma
/// right before it skipped) and the punctuation before. Not "B, speaking alongside C in Kigali a
/// day later, said ...": C was with B in another act, not at the meeting told before.
bool companionOfMeeting(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const auto boundary = [&](int b) {
        return s.tok(b).kind == Token::Punct && s.tok(b).punct != QLatin1Char('-') &&
               s.tok(b).punct != QLatin1Char('\'') && s.tok(b).punct != QChar(0x2019);
    };
    int b = i - 1;
    if (b >= 0 && isComma(s.tok(b)))
        --b;
    for (; b >= 0 && !boundary(b); --b)
        if ((lex.has(Cue::MeetingVerb, s.key(b)) || lex.has(Cue::MeetingNoun, s.key(b))) && !inOfficialSpan(s, b))
            return true;
    return false;
}

/// "A and B were to take part", "C, who had been expected to be in attendance", "D was not invited
/// to sit in": a modal word before "to" (not one that reports an agreement) between the attendee
/// cue at `cue` and the punctuation before it tells attendance as a plan, not as done.
bool intendedAttendance(const Lexicon& lex, const SentenceInfo& s, int cue)
{
    for (int j = cue - 2; j >= s.dateline; --j) {
        if (s.tok(j).kind == Token::Punct && !inOfficialSpan(s, j))
            return false;
        if (s.key(j + 1) == "to"_key && lex.has(Cue::ModalBeforeTo, s.key(j)) &&
            lex.value(Cue::ModalBeforeTo, s.key(j)) != "report"_key && !inOfficialSpan(s, j))
            return true;
    }
    return false;
}

/// "A day earlier, C had sworn in envoys in the presence of D", "B had earlier addressed the
/// community, accompanied by E": a pluperfect of another act (no meeting verb, not "had been")
/// before the attendee cue at `cue`, outside a relative clause, tells an earlier occasion than
/// the meeting told; its list joins none.
bool earlierActBefore(const Lexicon& lex, const SentenceInfo& s, int cue)
{
    for (int j = s.dateline; j < cue; ++j) {
        if (s.key(j) != "had"_key || s.quoted[std::size_t(j)])
            continue;
        bool relative = false;
        for (int b = j - 1; b >= s.dateline && !isComma(s.tok(b)) && !relative; --b)
            relative = s.key(b) == "who"_key || lex.has(Cue::RelativeWord, s.key(b)) || lex.has(Cue::EventRelative, s.key(b));
        int k = j + 1;
        while (k < cue && (lex.has(Cue::PreviousCue, s.key(k)) || lex.has(Cue::AdditiveWord, s.key(k))))
            ++k;
        if (relative || k >= cue || s.tok(k).kind != Token::Word || s.tok(k).cap || s.key(k) == "been"_key ||
            s.key(k) == "to"_key || lex.has(Cue::Negation, s.key(k)) || lex.has(Cue::MeetingVerb, s.key(k)))
            continue;
        return true;
    }
    return false;
}

/// "The talks also included", "talks that also involved", "the meeting, which included": a
/// meeting noun (no office's word) before token `v`, with only additive and relative words
/// (lexicon) and a comma between.
bool meetingNounSubject(const Lexicon& lex, const SentenceInfo& s, int v)
{
    constexpr int reach = 3; ///< "talks, which also"
    for (int j = v - 1; j >= std::max(s.dateline, v - 1 - reach); --j) {
        if (lex.has(Cue::MeetingNoun, s.key(j)) && !inOfficialSpan(s, j))
            return true;
        if (!isComma(s.tok(j)) && !lex.has(Cue::AdditiveWord, s.key(j)) && !lex.has(Cue::RelativeWord, s.key(j)) &&
            !lex.has(Cue::EventRelative, s.key(j)))
            return false;
    }
    return false;
}

/// "B did not attend, and her country was represented by C", "B skipped it", "B, who had been
/// named to the team, did not attend": the subject of a denied attendance or a refusal right after
/// the name (past a relative clause between commas) stayed away.
bool deniedAttendanceAfter(const Lexicon& lex, const SentenceInfo& s, const PersonRef& r)
{
    int from = r.end;
    // (past ", who had been named to the team,")
    if (from + 1 < s.size() && isComma(s.tok(from)) &&
        (s.key(from + 1) == "who"_key || lex.has(Cue::RelativeWord, s.key(from + 1)))) {
        int x = from + 1;
        while (x < s.size() && !isComma(s.tok(x)) && s.tok(x).kind != Token::Punct)
            ++x;
        if (x < s.size() && isComma(s.tok(x)))
            from = x + 1;
    }
    constexpr int reach = 4; ///< "did not attend", "had not taken part"
    for (int x = from; x < std::min(s.size(), from + reach) && s.tok(x).kind == Token::Word; ++x) {
        if (lex.has(Cue::RefusalCue, s.key(x)) && lex.value(Cue::RefusalCue, s.key(x)).isEmpty())
            return true;
        if (!lex.has(Cue::Negation, s.key(x)))
            continue;
        for (int y = x + 1; y < std::min(s.size(), x + 3); ++y)
            if (s.key(y).startsWith(QLatin1String("attend")) || lex.value(Cue::MeetingVerb, s.key(y)) == "attend"_key ||
                lexiconPhraseAt(lex, Cue::AttendeeCue, s, y) > y)
                return true;
    }
    return false;
}

/// "A headed the Kenyan side", "B led his country's delegation", "Leading the Chilean side was C":
/// whether the lead verb (member verb) at `v`, then a few words of the side (no punctuation but the
/// possessive's), then a delegation or side noun, tells who led a side at the meeting told; not one
/// led to another event ("led the delegation to a water fair in Dubai": a function word after the
/// noun and no meeting word up to the punctuation) nor on an earlier occasion ("had led").
bool ledSideAt(const Lexicon& lex, const SentenceInfo& s, int v)
{
    constexpr int sideReach = 5; ///< "the visiting Kenyan side", "his country's delegation"
    if (!lex.has(Cue::MemberVerb, s.key(v)) || s.quoted[std::size_t(v)] || inOfficialSpan(s, v))
        return false;
    int noun = -1;
    for (int j = v + 1; j < std::min(s.size(), v + 1 + sideReach) && noun < 0; ++j) {
        if (s.tok(j).kind == Token::Punct && s.key(j) != "'s"_key)
            break;
        if ((lex.has(Cue::DelegationNoun, s.key(j)) || lex.has(Cue::SideNoun, s.key(j))) && !inOfficialSpan(s, j))
            noun = j;
    }
    if (noun < 0 || earlierActBefore(lex, s, v))
        return false;
    if (noun + 1 < s.size() && s.tok(noun + 1).kind == Token::Word && !s.tok(noun + 1).cap &&
        lex.has(Cue::FunctionWord, s.key(noun + 1)) && !lex.has(Cue::Conjunction, s.key(noun + 1))) {
        for (int j = noun + 1; j < s.size() && s.tok(j).kind == Token::Word; ++j)
            if (lex.has(Cue::MeetingNoun, s.key(j)) || lex.has(Cue::GatheringWord, s.key(j)))
                return true;
        return false;
    }
    return true;
}

namespace {

/// "Sent by President D, A and B took part in the talks", "Unlike D, who stayed at home, A and B
/// also attended": where the list right before the cue at `cue` (past "were", "also") begins when a
/// phrase put before it ends at a comma; 0 when there is none. Read back from the cue, the list
/// stops at a lowercase word that governs its first item ("by D", "stayed in Dodoma"): the phrase
/// runs to the first comma after that word, and the list is what follows it, from an item, not an
/// "and" ("A met B on Monday, and C took part": a clause of its own) nor after "including" ("Several
/// ministers, including D, A and B, took part") or a list opener ("With D looking on, A took part").
int frontedPhraseEnd(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs, int cue)
{
    int at = cue;
    while (at > 0 && (ctx.lex.has(Cue::PassiveAux, s.key(at - 1)) || ctx.lex.has(Cue::AdditiveWord, s.key(at - 1))))
        --at;
    const OfficialList list = readOfficialList(ctx, s, refs, at, 0, ListDirection::Backward);
    if (list.people.empty() || list.stop < s.dateline || s.tok(list.stop).kind != Token::Word ||
        s.tok(list.stop).cap || ctx.lex.has(Cue::ListIntro, s.key(list.stop)))
        return 0;
    int comma = list.stop + 1;
    while (comma < at && !(isComma(s.tok(comma)) && !inOfficialSpan(s, comma)))
        ++comma;
    if (comma >= at || s.key(comma + 1) == "and"_key || readOfficialList(ctx, s, refs, comma + 1, at).people.empty())
        return 0;
    for (int i = 0; i < comma; ++i)
        if (ctx.lex.has(Cue::ListOpener, s.key(i)))
            return 0;
    return comma + 1;
}

/// Whether the attendee cue ending at `e` ends in an include verb (lexicon `attendee-frame`:
/// "which included") whose object is a thing: "a" or "an", then a lower-case word that is no
/// person noun, no title and no name ("which included an invitation", not "included a deputy
/// minister, B").
bool includesThing(const DocContext& ctx, const SentenceInfo& s, int e)
{
    if (e < 1 || e + 1 >= s.size() || !ctx.lex.has(Cue::AttendeeFrame, s.key(e - 1)) ||
        (s.key(e) != "a"_key && s.key(e) != "an"_key))
        return false;
    const int w = e + 1;
    return s.tok(w).kind == Token::Word && !s.tok(w).cap && !inOfficialSpan(s, w) && !s.nameTok[std::size_t(w)] &&
           !ctx.lex.has(Cue::PersonNoun, s.key(w)) && !ctx.lex.has(Cue::DelegationNoun, s.key(w));
}

} // namespace

Attendees findAttendees(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    Attendees a;
    struct Found
    {
        int begin = 0;
        int end = 0;
        QString side;
    };
    std::vector<Found> cues;
    const LexiconPhrase bare;
    // (a cue starts only at a key that starts an attendee-cue phrase or is a meeting verb, the
    // bare attend verb: every other key the lexicon classified is passed over by bit tests)
    static_assert(inTokenBits(Cue::AttendeeCue) && inTokenBits(Cue::MeetingVerb) && inTokenBits(Cue::PresenceWord));
    for (int i = 0; i < s.size(); ++i) {
        if (s.quoted[std::size_t(i)])
            continue;
        const TokenKey& k = s.key(i);
        // "The Japanese side:", "The Indonesian delegation:" on a line of their own, the people
        // of the lines after: a side or delegation noun right before a colon leads a list
        if ((ctx.lex.has(Cue::SideNoun, k) || ctx.lex.has(Cue::DelegationNoun, k)) &&
            i + 1 < s.size() && s.tok(i + 1).kind == Token::Punct &&
            s.tok(i + 1).punct == QLatin1Char(':')) {
            a.delegation = true;
            cues.push_back({i, i + 2, QString()});
            ++i;
            continue;
        }
        const bool framed = ctx.lex.has(Cue::AttendeeFrame, k);
        if (ctx.lex.classified(k) && !k.startsPhraseOf(int(Cue::AttendeeCue)) && !k.isWordOf(int(Cue::MeetingVerb)) &&
            !k.startsPhraseOf(int(Cue::PresenceWord)) && !framed)
            continue;
        const LexiconPhrase* cue = nullptr;
        int e = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i, &cue);
        if (e > 0 && adjectiveCue(ctx.lex, s, i, e))
            e = 0;
        // ("Sitting in the audience at a concert were": a cue's particle "in" before an article
        // is a preposition, no cue, unless it leads a locus of the talks: "Sitting in the room")
        if (e > i + 1 && s.key(e - 1) == "in"_key && ctx.lex.has(Cue::Article, s.key(e))) {
            const LexiconPhrase* place = nullptr;
            if (!(lexiconPhraseAt(ctx.lex, Cue::PresenceWord, s, e - 1, &place) > e && place->value == "locus"_key))
                e = 0;
        }
        // "Attendees: A; B; C", "Participants: ...": a heading (attendee-frame value "heading")
        // leads a list right before a colon, as a readout's line does; "The talks also included
        // A", "in talks that also involved B": an include verb (value "meeting") lists attendees
        // with a meeting noun as its subject
        const LexiconPhrase framedCue;
        if (e <= 0 && framed) {
            const QString frame = ctx.lex.value(Cue::AttendeeFrame, k);
            const bool colon = i + 1 < s.size() && s.tok(i + 1).kind == Token::Punct && s.tok(i + 1).punct == QLatin1Char(':');
            if ((frame == "heading"_key && colon) || (frame == "meeting"_key && meetingNounSubject(ctx.lex, s, i))) {
                e = frame == "heading"_key ? i + 2 : i + 1;
                cue = &framedCue;
            }
        }
        if (e <= 0 && (e = bareAttendAt(ctx.lex, s, i)) > 0)
            cue = &bare;
        // "Other members of the Kazakh delegation were A, B and C": a delegation or side noun and
        // a copula right before an official's title or name list them (not "the delegation was
        // received by B")
        // ... or a future of it ("Other members of the delegation will be A and B")
        if (e <= 0 && (ctx.lex.has(Cue::DelegationNoun, k) || ctx.lex.has(Cue::SideNoun, k)) && !inOfficialSpan(s, i)) {
            int c = i + 1;
            if (ctx.lex.has(Cue::FutureAux, s.key(c)) && s.key(c + 1) == "be"_key)
                c += 2;
            else if (!ctx.lex.has(Cue::PassiveAux, s.key(c)) || s.key(c) == "be"_key || s.key(c) == "been"_key ||
                     s.key(c) == "being"_key)
                c = -1;
            else
                ++c;
            if (c > 0 && c < s.size() && (inOfficialSpan(s, c) || s.nameTok[std::size_t(c)])) {
                e = c;
                cue = &bare;
            }
        }
        bool otherEvent = false;
        if (e <= 0 && (e = invertedAttendAt(ctx.lex, s, i, &otherEvent)) > 0) {
            cue = &bare;
            a.elsewhere = a.elsewhere || otherEvent;
        }
        // "a message from President D, which included an invitation to visit X": an include verb
        // ending the cue (lexicon attendee-frame) whose object is a thing ("a"/"an" and a lower-case
        // word that is no person noun, title or name) lists no one; D is no attendee
        if (e > 0 && includesThing(ctx, s, e)) {
            i = e - 1;
            continue;
        }
        // "A was never part of the delegation", "B, not among those present"
        bool negated = false;
        for (int b = std::max(0, i - 2); e > 0 && b < i && !negated; ++b)
            negated = ctx.lex.has(Cue::Negation, s.key(b));
        // "A, speaking alongside B in Kigali, said": a companion of another act attends nothing
        const bool elsewhere = e > 0 && lexiconPhraseAt(ctx.lex, Cue::CompanionCue, s, i) == e &&
                               !companionOfMeeting(ctx.lex, s, i);
        if (e > 0 && (negated || elsewhere)) {
            i = e - 1;
            continue;
        }
        if (e > 0) {
            for (int x = i; x < e; ++x)
                a.delegation = a.delegation || ctx.lex.has(Cue::DelegationNoun, s.key(x)) ||
                               ctx.lex.has(Cue::SideNoun, s.key(x));
            cues.push_back({i, e, cue->value});
            a.whole = a.whole || cue->value == "all"_key;
            i = e - 1;
        }
    }
    if (cues.empty())
        return a;
    a.cueBegin = cues.front().begin;
    const int subjectBegin = frontedPhraseEnd(ctx, s, refs, a.cueBegin);
    // "On the Chinese side, A and B took part in a trade fair": an event the cue introduces as a
    // new one, with no meeting word up to the punctuation, is another event than the ones told
    // ... and so is one a cue ending in its article names ("A and B were also at the airport",
    // "were also at the heart of the row"), unless it is a meeting's noun ("at the meeting")
    for (const Found& f : cues) {
        const int at = f.end;
        // (a preposition and its article: not "A and B accompanied the President")
        const bool articleEnds = ctx.lex.has(Cue::Article, s.key(at - 1)) && at - 2 >= f.begin &&
                                 ctx.lex.has(Cue::FunctionWord, s.key(at - 2));
        if (!articleEnds && (at + 1 >= s.size() || (s.key(at) != "in"_key && s.key(at) != "at"_key) ||
                             (s.key(at + 1) != "a"_key && s.key(at + 1) != "an"_key)))
            continue;
        bool meeting = false;
        constexpr int nounReach = 3; // "the Kremlin talks", "the expanded-format session"
        for (int i = articleEnds ? at : at + 2;
             i < s.size() && s.tok(i).kind == Token::Word && !meeting && (!articleEnds || i < at + nounReach); ++i)
            meeting = ctx.lex.has(Cue::MeetingNoun, s.key(i)) || ctx.lex.has(Cue::GatheringWord, s.key(i)) ||
                      (ctx.lex.has(Cue::MeetingVerb, s.key(i)) && ctx.lex.value(Cue::MeetingVerb, s.key(i)) != "see"_key);
        a.elsewhere = a.elsewhere || !meeting;
    }
    // "A and B will take part", "the Romanian side will include C": a future word just before
    // the first cue or inside it
    for (int i = std::max(0, a.cueBegin - 3); i < cues.front().end && !a.future; ++i)
        a.future = ctx.lex.has(Cue::FutureAux, s.key(i));
    // ... or an intention before the cue in its clause ("A and B were to take part", "who had been
    // expected to be in attendance", "were not invited to sit in"): a plan, whatever came of it
    a.future = a.future || intendedAttendance(ctx.lex, s, a.cueBegin);
    a.elsewhere = a.elsewhere || earlierActBefore(ctx.lex, s, a.cueBegin);
    // Who is represented by someone else, cue by cue and within its clause: "A is also here
    // while B is being represented by C", "A is attending, while B is represented by C" leave
    // out B only; "C is representing B" leaves out B.
    auto punct = [&](int i) { return s.tok(i).kind == Token::Punct; };
    auto absent = [&](int tok) {
        for (std::size_t c = 0; c < cues.size(); ++c) {
            const Found& cue = cues[c];
            int from = c > 0 ? cues[c - 1].end : 0;
            for (int i = from; i < cue.begin; ++i)
                if (punct(i))
                    from = i + 1;
            int to = c + 1 < cues.size() ? cues[c + 1].begin : s.size();
            for (int i = cue.end; i < to; ++i)
                if (punct(i))
                    to = i;
            if (cue.side == "after"_key && tok >= from && tok < cue.begin)
                return true;
            if (cue.side == "before"_key && tok >= cue.end && tok < to)
                return true;
        }
        return false;
    };
    // "The team included A and B, C said": who speaks after the list only reports it; and so
    // does one who speaks before it ("C said the visit was part of regular consultations": the
    // cue's subject is what C spoke of)
    const auto reporter = [&](const PersonRef* r) {
        return (r->begin >= cues.front().end || r->end <= cues.front().begin) &&
               ctx.lex.has(Cue::SpeechVerb, s.key(afterName(s, r->end)));
    };
    // "A sat in on the talks, but B and C stayed in Addis Ababa": a clause of its own after the
    // last cue, opened by a contrast word after a comma and holding no cue, names others
    int otherClause = s.size();
    for (int i = cues.back().end + 1; i < s.size() && otherClause == s.size(); ++i)
        if (opensClauseAfterComma(ctx.lex, s, i))
            otherClause = i;
    // ... unless it tells who led the other side ("..., while B headed the Kenyan side")
    for (int v = otherClause; v < s.size() && otherClause < s.size(); ++v)
        if (ledSideAt(ctx.lex, s, v))
            otherClause = s.size();
    // "Present were A and B, and C conveyed a message from President D": who comes after a
    // message word (clause-cut value "sender") after the last cue sent it, and is not present
    const auto afterCut = [&](const PersonRef* r) {
        int cue = -1;
        for (const Found& f : cues)
            if (f.end <= r->begin)
                cue = f.end;
        for (int i = std::max(cue, 0); cue >= 0 && i < r->begin; ++i)
            if (ctx.lex.value(Cue::ClauseCut, s.key(i)) == "sender"_key && !inOfficialSpan(s, i))
                return true;
        return false;
    };
    const auto stayedAway = [&](const PersonRef* r) { return deniedAttendanceAfter(ctx.lex, s, *r); };
    // "C was also present at the meeting, according to spokesperson S", "According to S, C was
    // in attendance": who a source word (clause-cut value "source") introduces, with no
    // punctuation between outside a title, reports the list and is not in it
    const auto source = [&](const PersonRef* r) {
        constexpr int reach = 10; ///< "according to the presidential office's spokesperson"
        for (int x = r->begin - 1; x >= std::max(0, r->begin - reach); --x) {
            if (s.tok(x).kind == Token::Punct && !inOfficialSpan(s, x) && s.key(x) != "'s"_key)
                return false;
            if (ctx.lex.value(Cue::ClauseCut, s.key(x)) == "source"_key)
                return true;
        }
        return false;
    };
    // ("Also present was B's deputy, C": B owns the office, and is not listed)
    for (const PersonRef* r : refs) {
        if (!isOfficialRef(ctx, *r) || s.quoted[std::size_t(r->begin)] || reporter(r) ||
            source(r) || r->begin < subjectBegin || r->begin > otherClause || afterCut(r) || s.key(r->end) == "'s"_key ||
            roleOfNamed(refs, s, *r))
            continue;
        addUnique(absent(r->begin) || stayedAway(r) ? a.absent : a.people, r->person);
    }
    // "Myanmar was represented by a senior official": a state itself, not one in an official's
    // title (that official's state comes with the official)
    for (const StateHit& h : ctx.stateHits)
        if (h.sentence == s.index && h.counts && !inOfficialSpan(s, h.begin) && !s.quoted[std::size_t(h.begin)] &&
            absent(h.begin))
            addUnique(a.absentStates, h.state);
    // named as attending and as represented ("A, represented by B ... A's deputy"): attending
    for (int p : a.people)
        a.absent.erase(std::remove(a.absent.begin(), a.absent.end(), p), a.absent.end());
    return a;
}

namespace {

/// "The Indian delegation comprised A, B and C; the Russian side was led by D. The talks were held
/// in Moscow.", "Attendees: A; B; C. Venue: X. The leaders held talks": before any meeting is told,
/// the attendee list of the sentence before `s` (or the one before that, past a line that names no
/// one, "Venue: X."), when it names two officials or more and tells of no other event: who the
/// meeting told next, naming no one of its own, was between (held or planned as that sentence
/// tells: "The delegation will comprise A and B. The talks will be held in Moscow"). Empty when none.

std::vector<int> listBeforeMeeting(const DocContext& ctx, const SentenceInfo& s)
{
    constexpr int reach = 2; ///< the list's sentence and a line between
    if (!ctx.meetings.empty())
        return {};
    for (int b = s.index - 1; b >= std::max(0, s.index - reach); --b) {
        std::vector<const PersonRef*> refs;
        for (const PersonRef& r : ctx.refs)
            if (r.sentence == b)
                refs.push_back(&r);
        if (refs.empty())
            continue;
        const Attendees a = findAttendees(ctx, ctx.sents[std::size_t(b)], refs);
        if (a.cueBegin < 0 || a.elsewhere || a.whole)
            return {};
        return a.people.size() >= 2 ? a.people : std::vector<int>{};
    }
    return {};
}

} // namespace

/// Whether the noun in tokens [b, e) names a state's leader: its head's plural is a leader-group
/// word ("leader", "president", "premier"), and no deputy word makes it a deputy's ("the Turkish
/// vice president").
bool namesLeader(const Lexicon& lex, const SentenceInfo& s, int b, int e)
{
    std::vector<QString> words;
    for (int i = b; i < e; ++i)
        words.push_back(s.key(i));
    return lex.has(Cue::LeaderGroup, s.key(e - 1) + QLatin1Char('s')) && !hasDeputyWord(lex, words);
}

/// Descriptions of people named before, in tokens [from, to) not already read as a reference:
/// "the Russian leader" (the official of that state named last), "his guest", "the visiting
/// minister", "his counterpart" (the official named last who is not one of `subjects` and not
/// of their state). Appends (token, person).
void resolveDescriptions(const DocContext& ctx, const SentenceInfo& s, int from, int to,
                         const std::vector<const PersonRef*>& refs, const std::vector<int>& subjects,
                         std::vector<std::pair<int, int>>& out)
{
    // ("the visiting ministers": a description the officials pass read as one of them, by its
    // plural title, is read here as all of them)
    auto pluralTitle = [&](const PersonRef* r) {
        if (r->kind != RefKind::Definite)
            return false;
        for (int k = r->begin; k < r->end; ++k)
            if (const PhraseMatch* m = s.matchOf(k); m && m->kind == PhraseKind::Title && m->plural)
                return true;
        return false;
    };
    auto covered = [&](int i) {
        return std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return i >= r->begin && i < r->end && !pluralTitle(r);
        });
    };
    std::vector<int> subjectStates;
    for (int p : subjects)
        addUnique(subjectStates, ctx.persons[std::size_t(p)].state);
    for (int i = from; i < to; ++i) {
        const TokenKey& k = s.key(i);
        if (k != "the"_key && k != "his"_key && k != "her"_key && k != "its"_key)
            continue;
        int j = i + 1;
        int state = -1;
        bool other = false;
        bool leader = false; // "the Turkish leader", "the Senegalese president"
        int office = -1;     // the title written ("president"), if one is
        int nouns = 0;
        bool plural = false;
        bool counterpart = false; // "his Burkinabe counterpart"
        const PhraseMatch* m = s.matchOf(j);
        if (m && m->begin == j && m->kind == PhraseKind::Demonym) {
            state = m->entry;
            j = m->end;
        }
        // "the visiting Turkish minister": modifiers, then the head noun
        while (j < to && j < i + 6 && !covered(j)) {
            // "the Indian foreign secretary": a title is a person noun too
            const PhraseMatch* tm = s.matchOf(j);
            if (tm && tm->begin == j && tm->kind == PhraseKind::Title) {
                plural = plural || tm->plural;
                counterpart = counterpart || s.key(j) == "counterpart"_key;
                leader = namesLeader(ctx.lex, s, j, tm->end);
                office = tm->entry;
                ++nouns;
                j = tm->end;
                continue;
            }
            if (!ctx.lex.has(Cue::PersonNoun, s.key(j)))
                break;
            other = other || ctx.lex.value(Cue::PersonNoun, s.key(j)) == "other"_key;
            counterpart = counterpart || s.key(j) == "counterpart"_key;
            leader = namesLeader(ctx.lex, s, j, j + 1);
            ++nouns;
            const PhraseMatch* dm = s.matchOf(j + 1);
            if (state < 0 && dm && dm->begin == j + 1 && dm->kind == PhraseKind::Demonym) {
                state = dm->entry;
                j = dm->end;
                continue;
            }
            ++j;
        }
        // "the visiting ministers", "his guests", "the Turkish ministers": a plural head noun
        // describes several people
        if (j < to && !covered(j) && s.tok(j).kind == Token::Word &&
            s.key(j).endsWith(QLatin1Char('s'))) {
            const QString one = s.key(j).text().chopped(1);
            if (ctx.lex.has(Cue::PersonNoun, one)) {
                plural = true;
                other = other || ctx.lex.value(Cue::PersonNoun, one) == "other"_key;
                ++nouns;
                ++j;
            }
        }
        // "his counterpart Aruni Wijewardane", "his Mozambican counterpart, Maria Lucas, at": the
        // name that follows, or its apposition closed by a comma or the sentence's end, says who
        // (not a list: "the Turkish leader, Minister A and B")
        auto closes = [&](int e) { return e >= s.size() || (s.tok(e).kind == Token::Punct && s.tok(e).punct != QLatin1Char('-')); };
        // ... also after the title's own complement: "the Turkish Ambassador to Baghdad, A"
        int comma = j;
        if (office >= 0 && (s.key(comma) == "to"_key || s.key(comma) == "of"_key))
            for (++comma; comma < std::min(s.size(), j + 5) && s.tok(comma).kind == Token::Word && s.tok(comma).cap;)
                ++comma;
        const auto apposedAt = [&](int c) {
            return c < s.size() && isComma(s.tok(c)) && std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                       return r->begin > c && r->begin <= c + 3 && r->person >= 0 && closes(r->end);
                   });
        };
        // ... or after a title of its own: "his Rwandan counterpart, the Minister of Foreign
        // Affairs, B", "his Philippine counterpart, Secretary of Foreign Affairs B,"
        const auto titleApposed = [&]() {
            int k = comma + 1;
            if (comma >= s.size() || !isComma(s.tok(comma)))
                return false;
            if (ctx.lex.has(Cue::Article, s.key(k)))
                ++k;
            const PhraseMatch* tm = s.matchOf(k);
            if (!tm || tm->begin != k || tm->kind != PhraseKind::Title)
                return false;
            for (k = tm->end; k < std::min(s.size(), tm->end + 6) && s.tok(k).kind == Token::Word &&
                              (s.tok(k).cap || ctx.lex.has(Cue::FunctionWord, s.key(k)));
                 ++k)
                if (std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                        return r->begin == k && r->person >= 0 && closes(r->end);
                    }))
                    return true;
            return apposedAt(k);
        };
        const bool apposed = apposedAt(comma) || titleApposed();
            if (nouns == 0 || covered(i + 1) || covered(j) || apposed)
            continue;
        if (state < 0 && !other)
            continue; // "the president" alone is the officials pass's to resolve
        auto described = [&](int p) {
            const Person& pp = ctx.persons[std::size_t(p)];
            if (std::find(subjects.begin(), subjects.end(), p) != subjects.end())
                return false;
            if (state >= 0)
                return pp.state == state;
            return std::find(subjectStates.begin(), subjectStates.end(), pp.state) == subjectStates.end();
        };
        // "the Turkish leader" is that state's head of state or government, though its foreign
        // minister was named since; the official named last when none was. Only a leader named in
        // an earlier sentence (one named in this one is another party: "King A received the
        // Malaysian prime minister"), and one the text places in that state, not a fallback
        // ... the people of the meeting told last whom it describes: "After the talks, President
        // C received the visiting ministers"
        if (plural) {
            if (!ctx.meetings.empty())
                for (int p : ctx.meetings[lastTold(ctx)].participants)
                    if (described(p))
                        out.emplace_back(i, p);
            i = j - 1;
            continue;
        }
        int person = -1;
        // "Mr A and his Burkinabe counterpart met at the ministry": the official of that state who
        // holds a title of the one whose counterpart he is, though another of its ministers was
        // named since
        if (counterpart && state >= 0 && !subjects.empty())
            person = lastOfficialWhere(ctx, s.index, i, [&](int p) {
                if (!described(p))
                    return false;
                const QStringList& titles = ctx.persons[std::size_t(p)].titles;
                return std::any_of(titles.begin(), titles.end(), [&](const QString& t) {
                    const int office = ctx.g.titleByName.value(foldKey(t), -1);
                    return office >= 0 && std::any_of(subjects.begin(), subjects.end(),
                                                      [&](int q) { return holdsOffice(ctx, q, office); });
                });
            });
        // ... and "Minister A held a working session with his Congolese counterpart": a minister's
        // counterpart is no head of state or government, though none holds A's very title
        // (one whose title is of the same kind first: a minister's, not a special envoy's)
        const bool subjectLeads = std::any_of(subjects.begin(), subjects.end(), [&](int q) { return isLeader(ctx, q); });
        if (person < 0 && counterpart && state >= 0 && !subjects.empty() && !subjectLeads)
            person = lastOfficialWhere(ctx, s.index, i, [&](int p) {
                const QString kind = titleCategory(ctx, p);
                return described(p) && !isLeader(ctx, p) && !kind.isEmpty() &&
                       std::any_of(subjects.begin(), subjects.end(), [&](int q) { return titleCategory(ctx, q) == kind; });
            });
        if (person < 0 && counterpart && state >= 0 && !subjects.empty() && !subjectLeads)
            person = lastOfficialWhere(ctx, s.index, i, [&](int p) { return described(p) && !isLeader(ctx, p); });
        // "A and B last met in Tbilisi, when the Azerbaijani President paid a visit": a leader of
        // that state named before in this sentence with the office written is the one described
        if (person < 0 && leader && state >= 0 && office >= 0)
            person = lastOfficialWhere(ctx, s.index, i, [&](int p) {
                return described(p) && holdsOffice(ctx, p, office);
            });
        if (person < 0 && leader && state >= 0)
            person = lastOfficialWhere(ctx, s.index - 1, std::numeric_limits<int>::max(), [&](int p) {
                return described(p) && isLeader(ctx, p) && ctx.persons[std::size_t(p)].stateStrength >= 2;
            });
        // "the Qatari envoy held talks with B" after A of Qatar was received, his ambassador C
        // attending: a description whose office no one of that state holds is the one principal
        // of that state in the meeting told last, not a companion named since
        if (person < 0 && state >= 0 && !ctx.meetings.empty() &&
            !(office >= 0 && lastOfficialWhere(ctx, s.index, i, [&](int p) {
                  return described(p) && holdsOffice(ctx, p, office);
              }) >= 0)) {
            const MeetingDraft& told = ctx.meetings[lastTold(ctx)];
            std::vector<int> principals;
            for (int p : told.participants)
                if (!holds(told.companions, p) && described(p))
                    principals.push_back(p);
            if (principals.size() == 1)
                person = principals.front();
        }
        // "Kenyan Foreign Minister A and Kenyan Defence Minister B arrived ... C received the
        // Kenyan minister": two officials of the state named that the description fits alike (of
        // the leaders' kind or not as it is, neither holding the office it writes) are neither of
        // them; "the Kenyan defence minister" is the one who holds that office
        bool alike = false;
        if (person < 0 && state >= 0) {
            std::vector<int> fit;
            for (std::size_t r = ctx.refs.size(); r-- > 0;) {
                const PersonRef& ref = ctx.refs[r];
                if (ref.sentence > s.index || (ref.sentence == s.index && ref.begin >= i) || !isOfficialRef(ctx, ref) ||
                    !described(ref.person) || isLeader(ctx, ref.person) != leader)
                    continue;
                addUnique(fit, ref.person);
            }
            std::vector<int> holding;
            for (int p : fit)
                if (office >= 0 && holdsOffice(ctx, p, office))
                    holding.push_back(p);
            if (holding.size() == 1)
                person = holding.front();
            else if (fit.size() >= 2 && holding.empty())
                alike = true;
        }
        if (person < 0 && !alike)
            person = lastOfficialWhere(ctx, s.index, i, described);
        if (person >= 0)
            out.emplace_back(i, person);
        i = j - 1;
    }
}

/// "A flew to Santiago, but a meeting with B was cancelled", "but his talks with B": a meeting
/// noun a few words after the contrast word that opens its clause, with no one named between,
/// tells of a meeting of the subject before (as a verb after "but" with no subject does); "but
/// the talks were called off" is the meeting told (its status pass reads it)
bool contrastedNoun(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                    const Trigger& t, const Clause& clause)
{
    constexpr int reach = 3; ///< "but the planned meeting"
    if (t.verb || t.anaphoric || t.begin - clause.begin > reach || !lex.has(Cue::ContrastWord, s.key(clause.begin)))
        return false;
    return std::none_of(refs.begin(), refs.end(),
                        [&](const PersonRef* r) { return r->begin >= clause.begin && r->begin < t.begin; });
}

/// "A thanked Spain for its support, and recalled his meeting with B in New York": a meeting
/// noun right after a possessive, with no one named before it in its clause, is a meeting of
/// the possessor, the subject of the clause before (as a verb with no subject of its own is)
bool possessedNoun(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                   const Trigger& t, const Clause& clause)
{
    if (t.verb || t.anaphoric || t.begin <= clause.begin || lex.value(Cue::Determiner, s.key(t.begin - 1)) != "possessive"_key)
        return false;
    return std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
        return r->begin >= clause.begin && r->begin < t.begin - 1;
    });
}

/// "The announcement was made by A, after a meeting with B", "..., during talks with B": a meeting
/// noun with its partner after it, a few words after the sequence or frame word that opens its
/// clause and with no one named between, is a meeting of the subject before (as a contrasted or
/// possessed noun is)
bool framedNoun(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                const Trigger& t, const Clause& clause)
{
    constexpr int reach = 3; ///< "after a brief meeting with"
    const TokenKey& k = s.key(clause.begin);
    if (t.verb || t.anaphoric || t.begin <= clause.begin || t.begin - clause.begin > reach || s.key(t.end - 1) != "with"_key ||
        (!lex.has(Cue::SequenceOpener, k) && !lex.has(Cue::EventFrame, k)))
        return false;
    return std::none_of(refs.begin(), refs.end(),
                        [&](const PersonRef* r) { return r->begin >= clause.begin && r->begin < t.begin; });
}

/// "on the sidelines of the CARICOM Heads of Government meeting", "at the Pacific Islands Forum
/// Leaders summit": a group in capitals (not opening the sentence) right before a meeting noun
/// names the gathering's kind, not people told before.
bool namesGathering(const Lexicon& lex, const SentenceInfo& s, const PersonRef& r)
{
    constexpr int reach = 3; ///< "Heads of Government", after the group's head
    if (r.begin <= s.dateline)
        return false;
    int b = r.begin;
    if (lex.has(Cue::Article, s.key(b)))
        ++b;
    for (int i = b; i < std::min(s.size(), r.end + reach); ++i) {
        if (i >= r.end && (lex.has(Cue::MeetingNoun, s.key(i)) || lex.has(Cue::GatheringWord, s.key(i))))
            return i > b;
        if (s.tok(i).kind != Token::Word || !(s.tok(i).cap || s.key(i) == "of"_key))
            return false;
    }
    return false;
}

/// "had received the ministers of Poland and Finland a week earlier": a group its own words
/// place in a state ("of", "from") none of the meetings told holds is of that state's people,
/// not the people told before ("the ministers of the three states", "the ministers of Estonia
/// and Latvia" after their meeting are).
bool groupOfOtherStates(const DocContext& ctx, const SentenceInfo& s, const PersonRef& r)
{
    int k = r.end;
    if (s.key(k) != "of"_key && s.key(k) != "from"_key)
        return false;
    ++k;
    if (ctx.lex.has(Cue::Article, s.key(k)))
        ++k;
    for (const StateHit& h : ctx.stateHits) {
        if (h.sentence != s.index || h.begin != k)
            continue;
        return std::none_of(ctx.meetings.begin(), ctx.meetings.end(), [&](const MeetingDraft& m) {
            return std::find(m.states.begin(), m.states.end(), h.state) != m.states.end();
        });
    }
    return false;
}

/// The object of a verb whose clause (the trigger's scope) ends right after it at a comma, when
/// one to three short comma-separated phrases that only give a day or a place ("on Monday", "in
/// Luanda") follow: the officials of the phrase after those; or, when that phrase names none ("his
/// counterpart of Congo"), the name the next phrase gives alone (", B,"). Empty when there is none.
std::vector<const PersonRef*> objectAfterAdverbials(const DocContext& ctx, const SentenceInfo& s,
                                                    const std::vector<const PersonRef*>& refs,
                                                    const TriggerScope& scope)
{
    constexpr int shortPhrase = 5; ///< words in "in the capital Luanda"
    constexpr int maxAdverbials = 3;
    std::vector<const PersonRef*> out;
    const int n = s.size();
    if (scope.end != scope.clause.end || scope.cut < scope.end || scope.end <= 0 ||
        scope.end >= n || !isComma(s.tok(scope.end - 1)))
        return out;
    // the phrase from `b` to the next punctuation
    const auto phraseEnd = [&](int b) {
        int e = b;
        while (e < n && s.tok(e).kind != Token::Punct)
            ++e;
        return e;
    };
    const auto officialsIn = [&](int b, int e) {
        std::vector<const PersonRef*> in;
        for (const PersonRef* r : refs)
            if (r->begin >= b && r->begin < e && isOfficialRef(ctx, *r))
                in.push_back(r);
        return in;
    };
    int b = scope.end;
    int skipped = 0;
    for (; b < n && skipped < maxAdverbials; ++skipped) {
        const int e = phraseEnd(b);
        // (a date may open with its month: "on Wednesday, March 18, with B")
        const bool monthFirst = isMonthWord(s.tok(b));
        bool adverbial = e - b <= shortPhrase && e > b && (!s.tok(b).cap || monthFirst) && e < n && isComma(s.tok(e));
        for (int i = b; i < e && adverbial; ++i)
            adverbial = !ctx.lex.has(Cue::MeetingVerb, s.key(i)) &&
                        !ctx.lex.has(Cue::MeetingNoun, s.key(i)) &&
                        std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                            return i >= r->begin && i < r->end;
                        });
        // (only a day or a place: "the credentials of five ambassadors" is the object)
        adverbial = adverbial &&
                    (findDate(s.toks, b, e, QStringView(ctx.doc.text), ctx.anchor, false, &ctx.lex)
                         .valid() ||
                     !findMeetingPlace(ctx, s, b, e).empty());
        if (!adverbial)
            break;
        b = e + 1;
    }
    // (the object opens the phrase: a name, a title, "his counterpart"; not "on the sidelines of
    // the inauguration of B")
    // (or the partner word of a verb that takes one: "held talks in Rabat on Wednesday, March 18,
    // with B")
    if (skipped == 0 || b >= n ||
        !(s.tok(b).cap || ctx.lex.has(Cue::Article, s.key(b)) ||
          ctx.lex.has(Cue::Determiner, s.key(b)) || ctx.lex.has(Cue::PartnerWord, s.key(b))))
        return out;
    const int e = phraseEnd(b);
    out = officialsIn(b, e);
    if (!out.empty() || e >= n || !isComma(s.tok(e)))
        return out;
    // (", B,": the next phrase is the name alone, with its title)
    const int nb = e + 1;
    const int ne = phraseEnd(nb);
    std::vector<const PersonRef*> named = officialsIn(nb, ne);
    if (named.size() != 1)
        return out;
    for (int i = nb; i < ne; ++i)
        if (!(i >= named.front()->begin && i < named.front()->end) && !inOfficialSpan(s, i))
            return out;
    return named;
}

/// Whether a meeting noun and its "by" follow an attendee cue ending at `e`, after at most a
/// preposition, an article and a modifier ("accompanied during the talks by", "at the meeting by").
bool cueNamesMeeting(const Lexicon& lex, const SentenceInfo& s, int e)
{
    constexpr int reach = 4; ///< "at the state banquet"
    for (int i = e; i < std::min(s.size(), e + reach); ++i) {
        if (lex.has(Cue::MeetingNoun, s.key(i)))
            return lex.has(Cue::AgentWord, s.key(i + 1));
        if (s.tok(i).kind != Token::Word || s.tok(i).cap)
            return false;
    }
    return false;
}

/// The start of an attendee cue ending at most a preposition, an article and a modifier before
/// token `at` ("was accompanied at the meeting", "at the state banquet"), or -1.
int attendeeCueBefore(const Lexicon& lex, const SentenceInfo& s, int at)
{
    constexpr int reach = 6;
    for (int i = std::max(0, at - reach); i < at; ++i) {
        const LexiconPhrase* cue = nullptr;
        const int e = lexiconPhraseAt(lex, Cue::AttendeeCue, s, i, &cue);
        if (e > 0 && e <= at && at - e <= 3 && cue->value.isEmpty() && cueNamesMeeting(lex, s, e))
            return lex.has(Cue::Negation, s.key(i - 1)) || lex.has(Cue::Negation, s.key(i + 1)) ? -1
                                                                                                : i;
    }
    return -1;
}

int rebuttedReportAt(const Lexicon& lex, const SentenceInfo& s, int v, int to)
{
    constexpr int reach = 3; ///< "a media report", "the latest reports"
    if (!lex.has(Cue::DismissalWord, s.key(v)))
        return -1;
    for (int w = v + 1; w < std::min(to - 1, v + 1 + reach); ++w) {
        if (s.tok(w).kind != Token::Word || s.nameTok[std::size_t(w)])
            return -1;
        if (lex.has(Cue::HearsayNoun, s.key(w)))
            return lex.value(Cue::ClauseCut, s.key(w + 1)) == "complement"_key ? w : -1;
    }
    return -1;
}

/// "S said in a statement that the meeting was attended by A", "S said on Thursday that A met
/// B": the complement "that" a few words after the speech verb at `v`, with no one and no
/// meeting word before it (so "S said in a call with B that ..." keeps S), minus one, so that
/// the token after the returned index opens the report; else `v`.
int reportedComplement(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs, int v,
                       int to)
{
    constexpr int reach = 6; ///< "in a statement on Thursday"
    for (int w = v + 2; w < std::min(to, v + 2 + reach); ++w) {
        const TokenKey& k = s.key(w);
        if (lex.has(Cue::MeetingNoun, k) || lex.has(Cue::MeetingVerb, k) || lex.has(Cue::PhoneWord, k) ||
            std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->begin == w; }))
            return v;
        if (lex.value(Cue::ClauseCut, k) == "complement"_key)
            return w - 1;
    }
    return v;
}

void addWhenClauseSubjects(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                           int from, std::vector<int>& subjects)
{
    int when = -1;
    for (int i = from + 1; i < s.size() && when < 0; ++i) {
        if (s.key(i) == "when"_key && isComma(s.tok(i - 1)))
            when = i;
        else if (s.tok(i).kind == Token::Punct && !isComma(s.tok(i)))
            return;
    }
    if (when < 0)
        return;
    for (const PersonRef* r : refs) {
        if (r->begin <= when || !isOfficialRef(ctx, *r) || s.quoted[std::size_t(r->begin)])
            continue;
        bool subject = true;
        // (a pronoun among them: "when he and B launched the plan")
        const auto pronounAt = [&](int i) {
            return std::any_of(refs.begin(), refs.end(), [&](const PersonRef* o) {
                return o->kind == RefKind::Pronoun && o->begin == i;
            });
        };
        for (int i = when + 1; i < r->begin && subject; ++i)
            subject = s.tok(i).kind == Token::Word && (s.tok(i).cap || ctx.lex.has(Cue::Conjunction, s.key(i)) ||
                                                       inOfficialSpan(s, i) || s.nameTok[std::size_t(i)] || pronounAt(i));
        if (subject)
            addUnique(subjects, r->person);
    }
}

/// "Recalling his trip to Yerevan last August, during which he held talks with B, A said ...",
/// "Speaking of his visit to Cairo, when he met B, A called ...": a pronoun inside a participle
/// clause that opens the sentence (a capitalised -ing word first) stands for the main clause's
/// subject, the official named right after the comma that closes that clause (after trigger
/// `t`), not for someone named in a sentence before. The person `r` stands for otherwise.
int cataphoricSubject(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                      const PersonRef& r, const Trigger& t)
{
    int first = s.dateline;
    while (first < s.size() && s.tok(first).kind != Token::Word)
        ++first;
    if (first >= r.begin || !s.tok(first).cap || !s.key(first).endsWith(QLatin1String("ing")) ||
        ctx.lex.has(Cue::MeetingNoun, s.key(first)))
        return r.person;
    // (no one named before the pronoun: its clause tells of the subject to come)
    for (const PersonRef* o : refs)
        if (o->begin < r.begin && o->kind != RefKind::Pronoun)
            return r.person;
    for (int c = t.end; c + 1 < s.size(); ++c) {
        if (!isComma(s.tok(c)))
            continue;
        const PersonRef* next = nullptr;
        for (const PersonRef* o : refs)
            if (o->begin > c && (!next || o->begin < next->begin))
                next = o;
        if (!next || next->kind == RefKind::Pronoun || next->kind == RefKind::Group || next->person < 0)
            continue;
        // (its title first: "Iranian President A said")
        bool opens = true;
        for (int x = c + 1; x < next->begin && opens; ++x)
            opens = inOfficialSpan(s, x) || (s.tok(x).kind == Token::Word && s.tok(x).cap);
        // (the subject of a predicate: a lowercase word right after the name)
        if (opens && next->end < s.size() && s.tok(next->end).kind == Token::Word && !s.tok(next->end).cap &&
            isOfficialRef(ctx, *next))
            return next->person;
    }
    return r.person;
}

Parties findParties(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                    const Trigger& t, const TriggerScope& scope, const std::vector<Clause>& cls)
{
    Parties out;
    if (attendsOtherEvent(ctx.lex, s, t))
        return out;
    // "Joining the protest were A and B", or any such list with no meeting told to join: who
    // came, no meeting among them (after a meeting, findAttendees() reads the list, and "Taking
    // part in the talks were A and B" joins the talks)
    if ((!t.attend || ctx.meetings.empty()) && invertedAttendAt(ctx.lex, s, t.begin, nullptr) > 0)
        return out;
    // "The summit, hosted by X at a hotel, brought together ...": a participle after the
    // event's comma is passive; its agent hosts the event and there is no subject to look for
    const bool reducedPassive = t.verb && !t.passive && t.begin <= scope.clause.begin + 1 &&
                                hostAgentAt(ctx.lex, s, scope.clause) >= 0;
    const bool passive = t.passive || reducedPassive;
    bool leaderGroup = false; ///< "the two leaders", "both presidents"
    bool groupBefore = false; ///< the group is written before the trigger, in the subject's place
    GroupNoun noun;           ///< "the two prime ministers": whom a group names by title
    std::vector<int> betweenSubjects;
    const int from = scope.begin;
    const int to = scope.end;
    const int cut = partyCut(ctx.lex, s, t, scope);
    // "Spokesman S said A had no plans to meet B", "S said the meeting was attended by A and
    // B": who reports a meeting whose clause has people of its own takes no part in it ("S
    // said after meeting B" and "said in a call with B" keep S)
    // ... and "S said that A met B" (a clause-cut of value "complement") reports as "S said A met B"
    int reported = from;
    // "According to spokesman S, A met B": a source opening the sentence (clause-cut value
    // "source"), up to its comma, names who reports the meeting
    {
        int first = s.dateline;
        while (first < s.size() && s.tok(first).kind != Token::Word)
            ++first;
        if (first < t.begin && ctx.lex.value(Cue::ClauseCut, s.key(first)) == "source"_key)
            for (int c = first + 1; c < t.begin; ++c)
                if (isComma(s.tok(c))) {
                    reported = std::max(reported, c + 1);
                    break;
                }
    }
    for (int v = from; v < t.begin; ++v) {
        if (bool(s.quoted[std::size_t(v)]) != scope.quoted)
            continue;
        if (const int noun = rebuttedReportAt(ctx.lex, s, v, t.begin); noun >= 0)
            v = noun;
        else if (!ctx.lex.has(Cue::SpeechVerb, s.key(v)))
            continue;
        // (a frame noun, "during their talks", only after a report naming two people of its own:
        // "S said A and B discussed X during their talks"; "A told B during the talks" keeps A)
        if (t.frame && std::count_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->begin > v && r->begin < t.begin && isOfficialRef(ctx, *r);
            }) < 2)
            continue;
        // ... "S said in a statement that ...", "S said on Thursday that ...": the report opens at
        // its "that"
        v = reportedComplement(ctx.lex, s, refs, v, t.begin);
        const TokenKey& after = s.key(v + 1);
        if ((ctx.lex.has(Cue::ClauseCut, after) && ctx.lex.value(Cue::ClauseCut, after) != "complement"_key) ||
            ctx.lex.has(Cue::EventFrame, after))
            continue;
        // ... "S noted that ties grew after the meeting of A and B": a complement "that" opens a
        // report whose people may all come after its meeting word
        const bool complement = ctx.lex.value(Cue::ClauseCut, after) == "complement"_key;
        if (std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->begin > v && r->begin < (passive || t.anaphoric || t.attend || complement ? cut : t.begin) &&
                       isOfficialRef(ctx, *r);
            }))
            reported = v + 1;
        // ... "S said the two premiers had last met in X": a counted group is the report's people
        for (int b = v + 1; b < t.begin; ++b)
            if (countedGroupAt(ctx.lex, s, b))
                reported = v + 1;
    }
    // "A met B, press secretary C said", "The two leaders met, C said": who speaks after the
    // meeting of others only reports it
    // ("Recalling the summit in Astana, A said" keeps A)
    const auto speaker = [&](const PersonRef* r) {
        return r->begin > t.end && ctx.lex.has(Cue::SpeechVerb, s.key(afterName(s, r->end))) &&
               std::any_of(refs.begin(), refs.end(), [&](const PersonRef* o) {
                   return o->begin >= from && o->begin < t.begin && o->person != r->person &&
                          (isOfficialRef(ctx, *o) || o->kind == RefKind::Group);
               });
    };
    int listEnd = std::max(passiveListEnd(ctx, s, t, scope, cls, refs), lateAgentEnd(ctx, s, t, scope, cls, refs));
    // "met Fiji's Minister for Trade, Co-operatives, SMEs and Communications B": a clause that
    // ends inside an official's title (its fields joined by commas) runs on to the name
    // ... and so does a list of such items ("including A, Trade, Industry and Competition Minister
    // B and Mozambique's C"): the list reader's, from the first official after the trigger
    if (scope.end == scope.clause.end)
        for (int i = t.end; i < scope.clause.end; ++i)
            if (inOfficialSpan(s, i)) {
                listEnd = std::max(listEnd, readOfficialList(ctx, s, refs, i, s.size()).end);
                break;
            }
    // "received, in turn: A of X; B of Y", "met: A; B": the list a verb's colon opens (past an
    // aside of a few lowercase words between a comma and it) runs on item by item, whatever its
    // semicolons
    if (t.verb && !t.passive) {
        constexpr int asideWords = 3; ///< "in turn", "one after another"
        int c = t.end;
        if (c < s.size() && isComma(s.tok(c)))
            for (++c; c < std::min(s.size(), t.end + 1 + asideWords) && s.tok(c).kind == Token::Word &&
                      !s.tok(c).cap && !s.nameTok[std::size_t(c)];)
                ++c;
        if (c < s.size() && s.tok(c).kind == Token::Punct && s.tok(c).punct == QLatin1Char(':'))
            listEnd = std::max(listEnd, readOfficialList(ctx, s, refs, c, s.size()).end);
    }
    const int joinedFrom = joinersFrom(ctx.lex, s, t.begin, cut);
    std::vector<int> joiners;
    // ("A and B signed the accord in the presence of C": who is named after an attendee cue in
    // what the verb takes is there, no topic)
    const auto attending = [&](int at) {
        // (past the titles and names of the list: "of Qatari Emir C and UN chief D")
        int x = at - 1;
        while (x >= t.end && (s.tok(x).cap || inOfficialSpan(s, x) || s.nameTok[std::size_t(x)] || isComma(s.tok(x)) ||
                              ctx.lex.has(Cue::Conjunction, s.key(x))))
            --x;
        constexpr int longestCue = 5; ///< "in the presence of"
        for (int b = x; b >= std::max(t.end, x - longestCue); --b) {
            const LexiconPhrase* cue = nullptr;
            if (lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, b, &cue) == x + 1 && cue->value.isEmpty())
                return true;
        }
        return false;
    };
    for (const PersonRef* r : refs) {
        const bool listed = r->begin >= scope.clause.end && r->begin < listEnd;
        if (r->begin < reported || (r->begin >= cut && !listed) || (scope.inTopic(r->begin, t) && !attending(r->begin)) ||
            speaker(r) || (r->begin >= t.begin && r->begin < t.senderEnd))
            continue;
        if (bool(s.quoted[std::size_t(r->begin)]) != scope.quoted)
            continue;
        if (r->kind == RefKind::Group) {
            if (groupOfOtherStates(ctx, s, *r) || namesGathering(ctx.lex, s, *r))
                continue;
            out.group = true;
            // (not a group after officials the sentence names: "A, B and C travelled to Kyiv,
            // where they met D and E" are those named)
            groupBefore =
                groupBefore || (r->begin < t.begin &&
                                std::none_of(refs.begin(), refs.end(), [&](const PersonRef* o) {
                                    return o->begin < r->begin && isOfficialRef(ctx, *o);
                                }));
            leaderGroup = leaderGroup || ctx.lex.has(Cue::LeaderGroup, s.key(r->end - 1));
            // ("both prime ministers met": the ref is "both", its noun runs on to the trigger)
            if (noun.empty())
                noun = groupNounAt(ctx.lex, s, r->begin, r->begin < t.begin ? t.begin : r->end);
            continue;
        }
        // ("met at the Prime Minister's Office": an office described by its title owns a place
        // or a thing, and takes no part)
        const bool possessor = r->kind == RefKind::Definite && r->end < s.size() && s.key(r->end) == "'s"_key;
        if (!isOfficialRef(ctx, *r) || principalOfOffice(s, *r) || possessor || roleOfNamed(refs, s, *r))
            continue;
        // ("A received B for a meeting that began with a conversation between the two leaders": a
        // trigger that opens with its verb has a subject of its own, whatever noun it runs on to)
        if (r->begin < t.begin && t.between && !(t.verb && ctx.lex.has(Cue::MeetingVerb, s.key(t.begin)))) {
            betweenSubjects.push_back(r->person);
            continue;
        }
        // ("C was not present during the meeting", "C was never at the talks": a denied
        // presence before a meeting noun keeps its subject away)
        bool away = false;
        for (int x = r->end; !t.verb && x + 1 < t.begin && !away; ++x)
            away = ctx.lex.has(Cue::PassiveAux, s.key(x)) && ctx.lex.has(Cue::Negation, s.key(x + 1));
        if (away)
            continue;
        if (r->begin < t.begin)
            addUnique(out.subjects, r->kind == RefKind::Pronoun ? cataphoricSubject(ctx, s, refs, *r, t) : r->person);
        else
            addUnique(r->begin >= joinedFrom ? joiners : out.objects, r->person);
    }
    for (int b = std::max(from, t.begin - 3); b < t.begin; ++b)
        if (s.key(b) == "their"_key)
            out.group = true;
    // "A, meanwhile, discussed the deal with B in a phone call", "A, for his part, raised it during
    // talks with B": a clause that opens with its predicate has its subject before an aside of a
    // few lowercase words, in the stretch before it that holds only that subject and the aside
    if (!scope.quoted && scope.clause.begin > 0 && scope.clause.begin < s.size() &&
        s.tok(scope.clause.begin).kind == Token::Word && !s.tok(scope.clause.begin).cap &&
        !s.nameTok[std::size_t(scope.clause.begin)]) {
        constexpr int asideWords = 3; ///< "for his part"
        int b = scope.clause.begin;
        for (const Clause& cl : cls)
            if (cl.end <= scope.clause.begin && cl.end >= scope.clause.begin - 1 && !cl.relative)
                b = cl.begin;
        // (and the one before that, when the aside is a clause of its own)
        for (const Clause& cl : cls)
            if (cl.end == b && !cl.relative && b < scope.clause.begin)
                b = cl.begin;
        std::vector<int> named;
        int aside = 0;
        bool shape = b < scope.clause.begin && b <= s.dateline + 1;
        for (int i = std::max(b, s.dateline); i < scope.clause.begin && shape; ++i) {
            const auto r = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* p) { return p->begin == i; });
            if (aside == 0 && r != refs.end() && isOfficialRef(ctx, **r)) {
                addUnique(named, (*r)->person);
                i = (*r)->end - 1;
            } else if (s.tok(i).kind == Token::Punct ||
                       (aside == 0 && (s.key(i) == "and"_key || inOfficialSpan(s, i)))) {
                continue;
            } else {
                shape = !named.empty() && !s.tok(i).cap && !s.nameTok[std::size_t(i)] && ++aside <= asideWords;
            }
        }
        if (shape && aside > 0)
            for (int p : named)
                addUnique(out.subjects, p);
    }
    // "the two had met", "the two men met", "the two prime ministers met": the people just
    // named (states: below)
    std::size_t groupSize = 0;
    for (int b = std::max(from, t.begin - 6); b < t.begin; ++b)
        if (countedGroupAt(ctx.lex, s, b)) {
            out.group = true;
            groupSize = ctx.lex.value(Cue::GroupNumber, s.key(b + 1)).toUInt();
            if (noun.empty())
                noun = groupNounAt(ctx.lex, s, b, t.begin);
        }
    // "the talks held by the two presidents", "talks between the two ministers": a counted group
    // named as the noun's agents or sides right after it is who held them, not the one who
    // recalls them
    bool groupAfter = false;
    if (!t.verb && groupSize == 0)
        for (int b = t.end; b < std::min(scope.end, t.end + 3); ++b)
            if ((s.key(b - 1) == "by"_key || s.key(b - 1) == "between"_key) && countedGroupAt(ctx.lex, s, b)) {
                out.group = true;
                groupAfter = true;
                groupSize = ctx.lex.value(Cue::GroupNumber, s.key(b + 1)).toUInt();
                if (noun.empty())
                    noun = groupNounAt(ctx.lex, s, b, scope.end);
                break;
            }
    if (groupAfter)
        out.subjects.clear();
    // "The two leaders met one-on-one and were then joined by A": who was joined is the
    // subject of the clause's first verb, before the trigger's scope
    if (!joiners.empty() && out.nobody()) {
        for (const PersonRef* r : refs)
            if (r->begin >= scope.clause.begin && r->begin < from && isOfficialRef(ctx, *r) &&
                bool(s.quoted[std::size_t(r->begin)]) == scope.quoted)
                addUnique(out.subjects, r->person);
        for (int b = scope.clause.begin; b < std::min(from, scope.clause.begin + 2); ++b)
            if (ctx.lex.has(Cue::Article, s.key(b)) && ctx.lex.has(Cue::GroupNumber, s.key(b + 1))) {
                out.group = true;
                groupSize = ctx.lex.value(Cue::GroupNumber, s.key(b + 1)).toUInt();
            }
        // "A and B held talks, later joined by C": a clause with no subject of its own joins
        // the meeting just told
        out.group = out.group || out.subjects.empty();
    }
    // "the foreign ministers of all three nations met": the states of the last meeting
    for (int b = from; b < t.begin; ++b) {
        const TokenKey& k = s.key(b);
        if (ctx.lex.has(Cue::StateGroupNoun, k) && ctx.lex.has(Cue::GroupNumber, s.key(b - 1)))
            out.stateGroup = true;
    }
    // "\"We met X,\" said Y": Y took part.
    if (scope.quoted) {
        bool we = false;
        for (int b = from; b < t.begin; ++b)
            if (s.key(b) == "we"_key || s.key(b) == "i"_key)
                we = true;
        for (const PersonRef* r : refs) {
            if (!we || s.quoted[std::size_t(r->begin)] || !isOfficialRef(ctx, *r))
                continue;
            addUnique(out.subjects, r->person);
            break;
        }
    }
    // "held press conferences after talks between the delegations"
    if (t.between && out.objects.empty() && !out.group)
        for (int p : betweenSubjects)
            addUnique(out.subjects, p);
    if (scope.clause.relative) {
        const PersonRef* ante = nullptr;
        for (const PersonRef* r : refs)
            if (r->end <= scope.clause.begin && r->person >= 0)
                ante = r;
        if (ante)
            addUnique(out.subjects, ante->person);
    }
    // "their meeting", "the two leaders": the last meeting's people, unless the clause
    // names two people itself ("she and the Crown Prince ... their meeting")
    // ... but a count the last meeting does not have: "The two leaders last met in Kazan"
    // after talks with delegations are its principals; "Merz travelled to Kyiv with A, B and C,
    // where the four leaders met D" the officials named just before
    const MeetingDraft* referent = ctx.meetings.empty() ? nullptr : &groupReferent(ctx, s, noun);
    // ... but when no meeting told so far has anyone ("UK and Italy agree ... after Downing
    // Street talks. The two leaders spoke alone"), the group names the officials named last (below)
    const bool anyoneMet =
        std::any_of(ctx.meetings.begin(), ctx.meetings.end(),
                    [](const MeetingDraft& m) { return !m.participants.empty(); });
    if (!anyoneMet)
        referent = nullptr;
    // "After the meeting, the ministers were received by C": a group in the subject's place stands
    // for the people of the last meeting that has any, not for a lead still waiting for its people
    if (referent && referent->participants.empty() && groupBefore && out.subjects.empty() &&
        !out.objects.empty()) {
        const auto named =
            std::find_if(ctx.meetings.rbegin(), ctx.meetings.rend(),
                         [](const MeetingDraft& m) { return !m.participants.empty(); });
        if (named != ctx.meetings.rend())
            referent = &*named;
    }
    // Whom the group names in the referent: its principals; for "the two leaders" after
    // ministers joined the talks ("A and B joined the meeting"), only its heads
    std::vector<int> principals;
    if (referent) {
        principals = principalsOf(*referent);
        // (the holders among all its people: a leader is never only someone's companion)
        std::vector<int> holders;
        if (!noun.empty())
            std::copy_if(referent->participants.begin(), referent->participants.end(), std::back_inserter(holders),
                         [&](int p) {
                             // (a referent found past the last meeting by its leaders: those
                             // leaders, not the companions that meeting had)
                             return referent == &ctx.meetings.back() ? holdsGroupTitle(ctx, s, noun, p)
                                                                     : namedByGroup(ctx, s, noun, p);
                         });
        if (holders.size() >= 2)
            principals = holders;
        // "He recalled the talks held by the two presidents in Moscow in May" after a president
        // received a deputy prime minister: a counted title names two holders of that title, of
        // two states, named before in the article, when the meeting told has only one of them
        // ... but "the two leaders" right after a meeting of two is that meeting's two, whatever
        // their offices: "A held a call with B, Qatar's Prime Minister. The two leaders discussed"
        const bool looseLeaders = !noun.empty() && ctx.lex.value(Cue::LeaderGroup, s.key(noun.end - 1)) == "loose"_key &&
                                  referent->lastSentence == s.index - 1 && principals.size() == 2;
        if (holders.size() == 1 && groupSize == 2 && !noun.empty() && !looseLeaders) {
            const std::vector<int> named = lastOfficials(
                ctx, s.index, t.begin, 2, [&](int p) { return holdsGroupTitle(ctx, s, noun, p); }, 10);
            if (named.size() == 2 && holds(named, holders.front()) &&
                ctx.persons[std::size_t(named[0])].state != ctx.persons[std::size_t(named[1])].state)
                principals = named;
        }
    }
    // "A and B joined the two presidents": an active attend verb whose object is a group stands
    // for the people of the meeting told, which its subjects came to
    if (t.verb && t.attendVerb && !passive && referent && !out.subjects.empty() &&
        std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->kind == RefKind::Group && r->begin == t.end;
        }))
        for (int p : principals.size() >= 2 ? principals : referent->participants)
            if (!holds(out.subjects, p))
                addUnique(out.objects, p);
    std::vector<int> counted;
    // (with no meeting told yet, "The three ministers are due to meet", the count alone)
    if (groupSize > 0 && (!referent || referent->participants.size() != groupSize)) {
        counted = principals;
        if (counted.size() != groupSize)
            counted = countedGroup(ctx, s, t, noun, principals, groupSize);
    }
    // "the meeting of the two heads of state in Tianjin": the article's two leaders, when no
    // meeting told has two leaders among its principals
    std::vector<int> leaders;
    const bool ofTwo = s.key(t.end) == "of"_key && ctx.lex.has(Cue::Article, s.key(t.end + 1)) &&
                       ctx.lex.value(Cue::GroupNumber, s.key(t.end + 2)) == QLatin1String("2");
    if (leaderGroup && ofTwo && !t.verb && referent &&
        std::count_if(referent->participants.begin(), referent->participants.end(),
                      [&](int p) { return isLeader(ctx, p); }) < 2)
        leaders = lastTwoLeaders(ctx, s.index, t.begin);
    // "The leaders' meeting was attended by A and B", "the ministers were received by C": a
    // group in the subject's place, with no one named there, stands for the people told before,
    // though the sentence names two others after the trigger
    const bool groupSubject = groupBefore && out.subjects.empty() && !out.objects.empty();
    const bool fewNamed = out.subjects.size() + out.objects.size() < 2 || groupSubject;
    if (groupSubject && !referent && leaderGroup)
        leaders = lastTwoLeaders(ctx, s.index, t.begin);
    // "A, B and C travelled to Kyiv, where they met D and E", "A and B meet regularly; they last
    // held talks in Belgrade": a bare "they" after a list of officials the sentence names in a
    // clause before is all of them, not the last two, the one a relative clause follows nor the
    // people of the meeting told last
    std::vector<int> named;
    if (out.group && groupSize == 0 && noun.empty()) {
        const auto they = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->kind == RefKind::Group && r->begin < t.begin && r->end == r->begin + 1 &&
                   s.key(r->begin) == "they"_key;
        });
        // (the first list of two or more, read from an official: not "A and B met, on the margins
        // of the summit chaired by C, where they held talks")
        const int limit = they == refs.end() ? 0 : std::min((*they)->begin, scope.clause.begin);
        for (const PersonRef* r : refs) {
            if (r->begin >= limit || !isOfficialRef(ctx, *r) || bool(s.quoted[std::size_t(r->begin)]) != scope.quoted)
                continue;
            if (OfficialList list = readOfficialList(ctx, s, refs, r->begin, limit); list.people.size() >= 2) {
                named = std::move(list.people);
                break;
            }
        }
    }
    if (!named.empty()) {
        for (int p : named)
            addUnique(out.subjects, p);
    } else if (out.group && leaders.size() == 2 && fewNamed) {
        for (int p : leaders)
            addUnique(out.subjects, p);
    } else if (out.group && !counted.empty() && counted.size() == groupSize && fewNamed) {
        for (int p : counted)
            addUnique(out.subjects, p);
    } else if (const std::vector<int> pair = out.group && referent && fewNamed && groupSize == 2 && noun.empty()
                                                 ? pairNamedJustBefore(ctx, s, *referent)
                                                 : std::vector<int>{};
               !pair.empty()) {
        out.subjects = pair;
    } else if (out.group && referent && fewNamed) {
        // "the two presidents had spoken by phone": the principals, not those who came with them
        for (int p : principals.size() >= 2 ? principals : referent->participants)
            addUnique(out.subjects, p);
    } else if (const std::vector<int> listed = out.nobody() ? listBeforeMeeting(ctx, s) : std::vector<int>{};
               !listed.empty()) {
        // ("The leaders held talks", "The talks were held in Moscow" right after the list)
        out.subjects = listed;
    } else if (out.group && out.subjects.size() + out.objects.size() < 2) {
        // No meeting yet: "the two had met in March" are the two officials named last; not one
        // named only in a relative clause of this sentence ("B, who took office under Prime
        // Minister C, was welcomed before the two officials met": C is B's background)
        const auto inRelative = [&](const PersonRef* r) {
            return std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
                return cl.relative && r->begin > cl.begin && r->begin < cl.end && cl.end <= t.begin;
            });
        };
        const auto background = [&](int p) {
            bool inside = false, outside = false;
            for (const PersonRef* r : refs)
                if (r->person == p && r->begin < t.begin)
                    (inRelative(r) ? inside : outside) = true;
            return inside && !outside;
        };
        for (int p : lastOfficials(ctx, s.index, t.begin, 2, [&](int p) { return !background(p); }))
            addUnique(out.subjects, p);
    }
    // "A and B agreed to open a checkpoint. The agreement came during talks in Phnom Penh": a
    // meeting noun framing a sentence that names no one, before any meeting was told, is the
    // talks of the two officials of two states named just before
    const bool framing = t.frame || ctx.lex.has(Cue::EventFrame, s.key(t.begin - 1)) ||
                         ctx.lex.has(Cue::EventFrame, s.key(t.begin - 2)); // "during bilateral talks"
    if (framing && !t.verb && out.nobody() && !out.group && ctx.meetings.empty()) {
        const std::vector<int> named = lastOfficials(ctx, s.index, t.begin, 2);
        const auto stateOf = [&](int p) { return ctx.persons[std::size_t(p)].state; };
        if (named.size() == 2 && stateOf(named[0]) >= 0 && stateOf(named[1]) >= 0 && stateOf(named[0]) != stateOf(named[1]))
            out.subjects = named;
    }
    // (who sat in "alongside" the two came with one side or the other: "alongside A's High
    // Commissioner C" is no other side of the meeting)
    const bool sitIn = joinedFrom > 0 && joinedFrom <= s.size() && !ctx.lex.has(Cue::AgentWord, s.key(joinedFrom - 1)) &&
                       s.key(joinedFrom - 1) != "of"_key;
    for (int p : joiners) {
        addUnique(out.objects, p);
        if (sitIn)
            addUnique(out.companions, p);
    }
    // "coordinated with B, whom he met in Riga", "B, with whom she held talks on Monday": the one
    // the relative "whom" opening the trigger's clause stands for, named right before it, was met
    // by the verb right after its subject (not "with whom he discussed the negotiations": a
    // topic)
    constexpr int whomReach = 6; ///< "whom the Prime Minister had received"
    for (int w = std::max({0, scope.clause.begin - 1, t.begin - whomReach}); t.verb && w < t.begin && !scope.quoted;
         ++w) {
        if (s.key(w) != "whom"_key)
            continue;
        int a = w - 1;
        if (a >= 0 && s.tok(a).kind == Token::Word && !s.tok(a).cap && ctx.lex.has(Cue::FunctionWord, s.key(a)))
            --a; // "with whom", "by whom"
        if (a >= 0 && isComma(s.tok(a)))
            --a;
        // (nor when the subject was read as the one who reports it though the report names
        // another before: "C said the President welcomed B's support, whom he met in X", where
        // "he" is the President; "C said he had coordinated with B, whom he met in X" keeps C)
        const auto subject = [&](const PersonRef* r) { return r->person >= 0 && holds(out.subjects, r->person); };
        int speech = -1; ///< the speech verb right after the subject, named before as a reporter
        for (const PersonRef* r : refs)
            if (r->begin < w && subject(r) && r->kind != RefKind::Pronoun &&
                ctx.lex.has(Cue::SpeechVerb, s.key(afterName(s, r->end))))
                speech = afterName(s, r->end);
        const bool otherInReport = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return speech >= 0 && r->begin > speech && r->end < a + 1 && r->person >= 0 && !subject(r) &&
                   r->kind != RefKind::Pronoun;
        });
        if (otherInReport)
            break;
        for (const PersonRef* r : refs)
            if (r->end == a + 1 && isOfficialRef(ctx, *r) && !subject(r))
                addUnique(out.objects, r->person);
        break;
    }
    // "A and Deputy Prime Minister – Minister of Foreign Affairs B co-chaired": a dash inside a
    // title splits the subject; the officials of the clause before the dash, after its last comma,
    // are subjects too
    if (t.verb && !passive && !out.subjects.empty() && scope.clause.begin >= 2) {
        const Clause* dash = nullptr;
        const Clause* before = nullptr;
        for (const Clause& cl : cls) {
            if (cl.end == scope.clause.begin && cl.end - cl.begin == 1 &&
                s.tok(cl.begin).kind == Token::Punct && s.tok(cl.begin).punct != QLatin1Char(',') &&
                s.tok(cl.begin).punct != QLatin1Char(';'))
                dash = &cl;
        }
        for (const Clause& cl : cls)
            if (dash && cl.end == dash->begin && !cl.relative)
                before = &cl;
        const PhraseMatch* title = before ? s.matchOf(before->end - 1) : nullptr;
        if (before &&
            (inOfficialSpan(s, before->end - 1) || (title && title->kind == PhraseKind::Title))) {
            int from = before->begin;
            for (int i = before->begin; i < before->end; ++i)
                if (s.tok(i).kind == Token::Punct)
                    from = i + 1;
            for (const PersonRef* r : refs)
                if (r->begin >= from && r->begin < before->end && isOfficialRef(ctx, *r) &&
                    bool(s.quoted[std::size_t(r->begin)]) == scope.quoted)
                    addUnique(out.subjects, r->person);
        }
    }
    // "A met B in Riyadh, and had earlier held talks with C": a verb joined by "and" to the
    // predicate before it, with no subject of its own, shares that predicate's subject; the one
    // met before the "and" is no subject of it
    // (in a clause that opens the sentence too, right after the one met by the trigger before: "A
    // called on B and met C")
    const bool afterMet = from > scope.clause.begin && t.begin >= 2 && !t.attendVerb && s.key(t.end) != "by"_key &&
                          s.key(t.begin - 1) == "and"_key &&
                          inOfficialSpan(s, t.begin - 2);
    const int joinFrom = afterMet ? std::max(1, scope.clause.begin) : std::min(from, scope.clause.begin);
    int joined = passive ? -1 : coordinatedPredicate(ctx.lex, s, t, joinFrom);
    // ... and in a clause that opens the sentence, after any words, when a meeting verb stands
    // before the "and" ("A met B in X on Tuesday and received C"; not "A arrived in X and met B")
    if (joined < 0 && !passive && joinFrom <= 0)
        if (const int j = coordinatedPredicate(ctx.lex, s, t, 1);
            j >= 0 && (lastVerbBefore(ctx.lex, s, j) >= 0 || (scope.prevVerb >= 0 && scope.prevVerb < j)))
            joined = j;
    // "A met B in Arusha on Friday before meeting C", "after holding talks with C": a meeting
    // word right after a boundary of time (no article), after a verb trigger, shares that verb's
    // subject too
    if (joined < 0 && !passive && scope.prevVerb >= 0 && t.begin - 1 >= from &&
        ctx.lex.has(Cue::DateBoundary, s.key(t.begin - 1)) && s.tok(t.begin).kind == Token::Word &&
        !s.tok(t.begin).cap)
        joined = t.begin - 1;
    out.coordinated = joined;
    // (the verb before: the trigger before when that is one, "held talks with B and received C";
    // with no meeting verb before the "and" the predicate met nobody: "A travelled to Beijing and
    // held talks with B", "A arrived in X on Monday and met B" keep A, the clause's subject)
    const int joinedVerb =
        joined < 0 ? -1 : std::max(lastVerbBefore(ctx.lex, s, joined), scope.prevVerb < joined ? scope.prevVerb : -1);
    // ... whose own objects are no subjects: "A thanked B for his support and met C" (the
    // officials named after the predicate's first lowercase word past the first of them, outside
    // titles and names; not the "when" of ", when A flew to X and met B")
    if (joined >= 0 && joinedVerb < 0) {
        int first = joined;
        for (const PersonRef* r : refs)
            if (r->begin >= from && r->begin < first && isOfficialRef(ctx, *r))
                first = r->end;
        int predicate = joined;
        for (int k = first; k < joined && predicate == joined; ++k)
            if (s.tok(k).kind == Token::Word && !s.tok(k).cap && !inOfficialSpan(s, k) && !s.nameTok[std::size_t(k)] &&
                !ctx.lex.has(Cue::Conjunction, s.key(k)))
                predicate = k;
        std::erase_if(out.subjects, [&](int p) {
            return std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->person == p && (r->begin < predicate || r->begin >= joined);
            });
        });
    }
    if (joined >= 0 && joinedVerb >= 0) {
        std::vector<int> metBefore;
        std::erase_if(out.subjects, [&](int p) {
            const bool met = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->person == p && r->begin >= from && r->begin < joined;
            });
            if (met)
                metBefore.push_back(p);
            return met;
        });
        // (the subject of the verb before: the officials of its clause named before it)
        const int verb = joinedVerb;
        int clauseBegin = 0;
        for (const Clause& cl : cls)
            if (cl.begin <= verb && verb < cl.end)
                clauseBegin = cl.begin;
        const std::size_t named = out.subjects.size();
        for (const PersonRef* r : refs)
            if (r->begin >= clauseBegin && r->begin < verb && isOfficialRef(ctx, *r) &&
                bool(s.quoted[std::size_t(r->begin)]) == scope.quoted)
                addUnique(out.subjects, r->person);
        // ("The two leaders last met in X in July and spoke by phone in September": a group
        // subject is whom the verb before's meeting, told in this sentence, already has)
        const bool groupSubject = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->kind == RefKind::Group && r->begin >= clauseBegin && r->begin < verb;
        });
        if (out.subjects.size() == named && groupSubject)
            for (const MeetingDraft& m : ctx.meetings)
                if (std::any_of(m.evidence.begin(), m.evidence.end(), [&](const Mention& e) {
                        return e.sentence == s.index && e.start <= s.tok(verb).start && s.tok(verb).end <= e.end &&
                               e.rule.startsWith(QLatin1String("meeting: '"));
                    }))
                    for (int p : principalsOf(m))
                        addUnique(out.subjects, p);
        // "A met B on Friday and agreed to meet him again": a pronoun the verb takes is not its
        // own subject but the one met before
        if (metBefore.size() == 1)
            for (const PersonRef* r : refs)
                if (r->kind == RefKind::Pronoun && r->begin >= t.end && r->begin < to &&
                    std::find(out.subjects.begin(), out.subjects.end(), r->person) != out.subjects.end()) {
                    std::erase(out.objects, r->person);
                    addUnique(out.objects, metBefore.front());
                }
    }
    // "A did not meet B, but spoke with C by phone": a verb after a contrast word with no
    // subject of its own shares the subject of the trigger before it
    if (out.subjects.empty() && t.verb && !passive && from > scope.clause.begin) {
        bool contrast = false;
        for (int i = from; i < t.begin && !contrast; ++i)
            contrast = ctx.lex.has(Cue::ContrastWord, s.key(i));
        bool ownSubject = false;
        for (const PersonRef* r : refs)
            ownSubject = ownSubject || (r->begin >= from && r->begin < t.begin);
        if (contrast && !ownSubject)
            for (const PersonRef* r : refs)
                if (r->begin >= scope.clause.begin && r->begin < from && isOfficialRef(ctx, *r) &&
                    !scope.inTopic(r->begin, t))
                    addUnique(out.subjects, r->person);
    }
    // "A arrived in Taipei at the invitation of B and was greeted at the airport by C": a passive
    // verb joined by "and" to the predicate before it shares that predicate's subject, the
    // officials that open the clause (joined by "and" or commas), not one named inside the
    // predicate ("the invitation of B"). (The auxiliary after "and" tells the passive, its agent
    // after a place: "greeted at the airport by C")
    if (t.verb && t.begin >= 2 && ctx.lex.has(Cue::PassiveAux, s.key(t.begin - 1)) &&
        s.key(t.begin - 2) == "and"_key) {
        // (the group: the list the clause's first official opens)
        const auto first = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= scope.clause.begin && r->begin < t.begin - 2 && isOfficialRef(ctx, *r);
        });
        const OfficialList opening =
            first == refs.end() ? OfficialList{} : readOfficialList(ctx, s, refs, (*first)->begin, t.begin - 2);
        // (a predicate of lowercase words stands between the group and the "and")
        bool predicate = false;
        for (int x = opening.end; x < t.begin - 2 && !opening.people.empty() && !predicate; ++x)
            predicate = s.tok(x).kind == Token::Word && !s.tok(x).cap && s.key(x) != "and"_key;
        if (predicate)
            std::erase_if(out.subjects, [&](int p) { return !holds(opening.people, p); });
    }
    // "A and B agreed to deepen co-operation on wind, health and the legacy of the Troubles at the
    // annual summit": a meeting noun after "at" or "during", in a clause that only continues the
    // list of a topic (lowercase, with no one named and no relative word), is where the
    // sentence's opening subject acted: the officials that open it, joined by "and" or commas
    if (out.nobody() && !t.verb && !scope.quoted && !scope.clause.relative && scope.clause.begin > s.dateline + 1 &&
        s.tok(scope.clause.begin).kind == Token::Word && !s.tok(scope.clause.begin).cap) {
        constexpr int modifierReach = 5; ///< "at the second annual UK-Ireland summit"
        int b = t.begin - 1;
        while (b > scope.clause.begin && t.begin - b <= modifierReach && s.tok(b).kind == Token::Word &&
               s.key(b) != "at"_key && s.key(b) != "during"_key && !ctx.lex.has(Cue::RelativeWord, s.key(b)))
            --b;
        // (not a participle's: "the rules adopted at the council meeting" is another event's)
        const bool participle = b > 0 && s.tok(b - 1).kind == Token::Word && s.key(b - 1).endsWith(QLatin1String("ed"));
        const bool framed = (s.key(b) == "at"_key || s.key(b) == "during"_key) && !participle;
        bool plain = framed;
        for (int i = scope.clause.begin; i < b && plain; ++i)
            plain = !ctx.lex.has(Cue::RelativeWord, s.key(i)) && s.key(i) != "who"_key && s.key(i) != "that"_key &&
                    !ctx.lex.has(Cue::MeetingVerb, s.key(i)) &&
                    std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->begin == i; });
        // (the group opens the sentence, after its dateline, an article and an office's words, its
        // state's name among them: "British prime minister B and ...")
        const PersonRef* first = plain && !refs.empty() ? refs.front() : nullptr;
        bool opens = first && first->begin < scope.clause.begin && isOfficialRef(ctx, *first) &&
                     !s.quoted[std::size_t(first->begin)];
        for (int x = s.dateline; opens && x < first->begin; ++x) {
            const PhraseMatch* m = s.matchOf(x);
            opens = s.tok(x).kind == Token::Punct || ctx.lex.has(Cue::Article, s.key(x)) || inOfficialSpan(s, x) ||
                    (m && (m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State || m->kind == PhraseKind::Title));
        }
        if (opens)
            for (int p : readOfficialList(ctx, s, refs, first->begin, scope.clause.begin).people)
                addUnique(out.subjects, p);
    }
    // "the meeting that A held on Thursday with B", "the talks A had with B in June": a meeting
    // noun whose relative clause names its holder (an official right after the noun or its
    // "that") and, after a hold or meeting verb, its partner after "with", is their meeting
    if (out.nobody() && !t.verb && !scope.quoted) {
        constexpr int verbReach = 3;    ///< "A had earlier held"
        constexpr int partnerReach = 8; ///< "held on Thursday at Moncloa with"
        int h = t.end;
        if (s.key(h) == "that"_key || ctx.lex.has(Cue::RelativeWord, s.key(h)))
            ++h;
        const auto official = [&](int at) {
            return std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
                return r->begin == at && isOfficialRef(ctx, *r) && !s.quoted[std::size_t(r->begin)];
            });
        };
        const auto found = official(h);
        const PersonRef* holder = found == refs.end() ? nullptr : *found;
        int verb = -1;
        for (int i = holder ? holder->end : s.size(); holder && i < std::min(s.size(), holder->end + verbReach); ++i)
            if (ctx.lex.has(Cue::HoldVerb, s.key(i)) ||
                (ctx.lex.has(Cue::MeetingVerb, s.key(i)) && ctx.lex.value(Cue::MeetingVerb, s.key(i)) != "attend"_key)) {
                verb = i;
                break;
            }
        int with = -1;
        for (int i = verb + 1; verb >= 0 && i < std::min(s.size(), verb + partnerReach) && s.tok(i).kind == Token::Word; ++i)
            if (s.key(i) == "with"_key) {
                with = i;
                break;
            }
        const PersonRef* partner = nullptr;
        for (const PersonRef* r : refs)
            if (with >= 0 && !partner && r->begin > with && r->begin <= with + partnerReach && isOfficialRef(ctx, *r) &&
                r->person != holder->person)
                partner = r;
        if (partner) {
            addUnique(out.subjects, holder->person);
            addUnique(out.objects, partner->person);
        }
    }
    // "Her meeting with B focused on trade", "His talks with B ran late": a meeting noun whose
    // possessive pronoun opens the sentence is a meeting of the one the pronoun stands for, the
    // first official the sentence before names (its subject)
    if (out.subjects.empty() && out.objects.size() == 1 && !t.verb && !t.anaphoric && !scope.quoted &&
        t.begin >= 1 && t.begin - 1 <= s.dateline && ctx.lex.has(Cue::PossessivePronoun, s.key(t.begin - 1)) &&
        ctx.lex.value(Cue::Determiner, s.key(t.begin - 1)) == "possessive"_key && s.key(t.end - 1) == "with"_key)
        for (const PersonRef& r : ctx.refs)
            if (r.sentence == s.index - 1 && r.person >= 0 && r.kind != RefKind::Group && !holds(out.objects, r.person) &&
                !ctx.sents[std::size_t(r.sentence)].quoted[std::size_t(r.begin)]) {
                if (isOfficialRef(ctx, r))
                    out.subjects.push_back(r.person);
                break;
            }
    const bool nounOfSubjectBefore = !out.objects.empty() && (contrastedNoun(ctx.lex, s, refs, t, scope.clause) ||
                                                              possessedNoun(ctx.lex, s, refs, t, scope.clause) ||
                                                              framedNoun(ctx.lex, s, refs, t, scope.clause));
    // ... and of a passive after a relative clause on its subject: "Dr A, who was on a state
    // visit, arrived on Monday and was received by B" (not "the talks were attended by B")
    const bool passiveAfterRelative =
        passive && t.verb && !t.attendVerb &&
        std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
            return cl.relative && cl.end <= scope.clause.begin && cl.end >= scope.clause.begin - 1;
        }) &&
        std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= scope.clause.begin && r->begin < t.begin;
        });
    // ... and of a passive after an appositive title on its subject: "A, the EU Special
    // Representative for the Dialogue, was received by B": a clause of the name, a comma, an
    // article and the title's capitalised and function words
    const auto appositive = [&](const Clause& cl) {
        const auto name = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= cl.begin && r->begin <= std::max(cl.begin, s.dateline) + 1 && isOfficialRef(ctx, *r);
        });
        if (name == refs.end() || (*name)->end + 2 >= cl.end || !isComma(s.tok((*name)->end)) ||
            !ctx.lex.has(Cue::Article, s.key((*name)->end + 1)))
            return false;
        for (int i = (*name)->end + 2; i < cl.end; ++i) {
            if (s.tok(i).kind == Token::Punct && (isComma(s.tok(i)) || s.tok(i).punct == QLatin1Char('-')))
                continue;
            if (s.tok(i).kind != Token::Word ||
                !(s.tok(i).cap || ctx.lex.has(Cue::FunctionWord, s.key(i)) || inOfficialSpan(s, i)) ||
                ctx.lex.has(Cue::MeetingVerb, s.key(i)))
                return false;
        }
        return true;
    };
    const bool passiveAfterAppositive =
        passive && t.verb && !t.attendVerb && !passiveAfterRelative &&
        std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
            return !cl.relative && cl.end <= scope.clause.begin && cl.end >= scope.clause.begin - 1 && appositive(cl);
        }) &&
        std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= scope.clause.begin && r->begin < t.begin;
        });
    // ... and of a passive after an aside of the subject's journey: "A, on a state visit to Laos,
    // was received by B", "A, in Hanoi for talks, was greeted by B"
    const auto journeyAside = [&](const Clause& cl) { return travelAside(ctx, s, refs, cl); };
    const bool passiveAfterAside =
        passive && t.verb && !t.attendVerb && !passiveAfterRelative && !passiveAfterAppositive &&
        std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
            return !cl.relative && cl.end <= scope.clause.begin && cl.end >= scope.clause.begin - 1 && journeyAside(cl);
        }) &&
        std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= scope.clause.begin && r->begin < t.begin;
        });
    if (out.subjects.empty() && (t.verb || nounOfSubjectBefore) &&
        (!passive || passiveAfterRelative || passiveAfterAppositive || passiveAfterAside)) {
        // The subject is in the clause before: "A delegation, headed by A and B, held
        // talks", "Stoltenberg, will meet with ...".
        // "A, who invited B, met him": the subject is before the relative clause.
        // ... and "A flew to X, but a meeting with B was cancelled": so is the other party of a
        // meeting noun with a party of its own after a contrast word ("though no meeting has
        // been announced" names none)
        // ... past a place set off by commas after the venue: "A and B met at State House,
        // Nairobi, before proceeding to talks attended by C"
        const auto placeAside = [&](const Clause& cl) {
            bool place = false;
            for (int i = cl.begin; i < cl.end; ++i) {
                if (s.tok(i).kind == Token::Punct)
                    continue;
                const PhraseMatch* m = s.matchOf(i);
                if (!m || (m->kind != PhraseKind::Place && m->kind != PhraseKind::State))
                    return false;
                place = true;
            }
            return place;
        };
        const Clause* before = nullptr;
        for (const Clause& cl : cls)
            if (cl.end <= scope.clause.begin && (!cl.relative || !before) && !placeAside(cl) &&
                !(passiveAfterAside && journeyAside(cl) && std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                      return r->begin >= cl.begin && r->begin < cl.end;
                  })))
                before = &cl;
        if (before && !scope.clause.relative) {
            out.subjectClause = *before;
            // "A did not meet B in person, but spoke with C": after a contrast word, only the
            // subject of the meeting verb before, not the one it met
            int subjectEnd = before->end;
            bool contrast = false;
            for (int i = scope.clause.begin; i < t.begin && !contrast; ++i)
                contrast = ctx.lex.has(Cue::ContrastWord, s.key(i));
            // ... and so after "and" ("A met B, and had earlier held talks with C"), and for any
            // verb with no one before it in its clause ("A met B at the palace, before holding talks
            // with C", "A was received by B, later meeting C")
            // (not a noun an attend verb follows: "..., before a lunch attended by C" is the
            // event of both)
            bool attendWord = t.attendVerb || ctx.lex.has(Cue::MeetingNoun, s.key(t.begin));
            for (int i = t.begin; i < t.end; ++i)
                attendWord = attendWord || ctx.lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key;
            const bool bare = t.verb && !attendWord && !out.group && std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
                                  return r->begin >= scope.clause.begin && r->begin < t.begin;
                              });
            contrast = contrast || joined >= 0 || bare;
            for (int i = before->begin; contrast && i < before->end; ++i)
                if (ctx.lex.has(Cue::MeetingVerb, s.key(i)) && !inOfficialSpan(s, i)) {
                    subjectEnd = i;
                    break;
                }
            const bool attendedBy = ctx.lex.value(Cue::MeetingVerb, s.key(t.end - 1)) == "attend"_key &&
                                    ctx.lex.has(Cue::AgentWord, s.key(t.end));
            for (const PersonRef* r : refs) {
                if (r->begin < before->begin || r->begin >= subjectEnd || bool(s.quoted[std::size_t(r->begin)]) != scope.quoted)
                    continue;
                if (isOfficialRef(ctx, *r) && !principalOfOffice(s, *r))
                    addUnique(out.subjects, r->person);
                // "The two heads of state spoke in private, before a lunch attended by C": the
                // group's people are at the event its attendees came to
                if (r->kind == RefKind::Group && referent && attendedBy)
                    for (int p : principals.size() >= 2 ? principals : referent->participants)
                        addUnique(out.subjects, p);
            }
        }
    }
    // (a predicate joined by "and" whose subject was not found shares an unnamed one: "The
    // envoy also met A, and had earlier held talks with B" makes no subject of A)
    if (out.subjects.empty() && t.verb && !passive && joined < 0) {
        // Or after it: "In addition to meeting with Lula, Fernandez visited ...".
        // (for an attend trigger, not one denied after it, "The talks were attended by A, but not
        // by B", nor one of the topic, "..., to discuss a plan that B had proposed")
        const auto outOfList = [&](const PersonRef* r) {
            if (!t.attend || r->begin < t.end)
                return false;
            for (int i = std::max(t.end, r->begin - 3); i < r->begin; ++i)
                if (ctx.lex.has(Cue::Negation, s.key(i)))
                    return true;
            for (int i = t.end; i < r->begin; ++i)
                if (ctx.lex.has(Cue::ClauseCut, s.key(i)) && !inOfficialSpan(s, i) &&
                    i >= partyCut(ctx.lex, s, t, scope))
                    return true;
            // (nor the subject of a clause of its own after a comma: "..., while B and C
            // remained in Beirut")
            for (int i = t.end + 1; i < r->begin; ++i)
                if (opensClauseAfterComma(ctx.lex, s, i))
                    return true;
            return false;
        };
        const PersonRef* best = nullptr;
        for (const PersonRef* r : refs) {
            if (!isOfficialRef(ctx, *r) || principalOfOffice(s, *r) ||
                (r->begin >= from && r->begin < to) ||
                bool(s.quoted[std::size_t(r->begin)]) != scope.quoted || outOfList(r))
                continue;
            if (!best || (r->begin < from && (best->begin >= to || r->begin < best->begin)))
                best = r;
        }
        if (best)
            addUnique(out.subjects, best->person);
    }
    // "A met him" where "him" was read as A: the official named before, not A.
    for (const PersonRef* r : refs) {
        if (r->kind != RefKind::Pronoun || r->begin < t.end || r->begin >= cut || r->person < 0 ||
            std::find(out.subjects.begin(), out.subjects.end(), r->person) == out.subjects.end())
            continue;
        out.objects.erase(std::remove(out.objects.begin(), out.objects.end(), r->person), out.objects.end());
        const auto notSubject = [&](int p) {
            return std::find(out.subjects.begin(), out.subjects.end(), p) == out.subjects.end();
        };
        int other = lastOfficialWhere(ctx, s.index, from, notSubject);
        // ... not the agent of a passive told last ("A arrived on Monday and was received at the
        // airport by C. That evening, B called on him"): the passive's subject, the first
        // official of that sentence, is whom the text follows
        if (const int topic = passiveSubjectOver(ctx, s.index, from, other, notSubject); topic >= 0)
            other = topic;
        addUnique(out.objects, other);
    }
    // ... and so a pronoun the verb takes that was read as that agent ("A was met at the airport
    // by C. On Tuesday, B received him"), when no name of the agent stands in this sentence
    for (const PersonRef* r : refs) {
        if (r->kind != RefKind::Pronoun || r->begin < t.end || r->begin >= cut || r->person < 0 ||
            std::find(out.objects.begin(), out.objects.end(), r->person) == out.objects.end() ||
            std::any_of(refs.begin(), refs.end(), [&](const PersonRef* o) {
                return o->kind != RefKind::Pronoun && o->person == r->person;
            }))
            continue;
        const int topic = passiveSubjectOver(ctx, s.index, 0, r->person, [&](int p) {
            return std::find(out.subjects.begin(), out.subjects.end(), p) == out.subjects.end();
        });
        if (topic < 0)
            continue;
        std::erase(out.objects, r->person);
        addUnique(out.objects, topic);
    }
    // "A welcomed B at the airport, in the presence of C": a list after the trigger's clause
    // joins its meeting, up to the next meeting word
    // ("held talks with B in X in which A and C took part": a relative clause with no comma before
    // it is inside the scope, where its "which" cuts the parties off; the list is read from there)
    // ... and so is one on the part of the meeting a phrasal verb runs on to ("and went on to an
    // expanded session in which A and C took part", "then moved on to plenary talks in which"): a
    // particle read as the cut, after a lowercase word no meeting word, before lowercase words
    // that open no topic
    const auto partOfMeeting = [&](int cut) {
        if (cut <= t.end || ctx.lex.has(Cue::ClauseCut, s.key(cut)) || s.tok(cut - 1).kind != Token::Word ||
            s.tok(cut - 1).cap || s.nameTok[std::size_t(cut - 1)] || ctx.lex.has(Cue::MeetingNoun, s.key(cut - 1)))
            return false;
        constexpr int reach = 6; ///< "on with an expanded, delegation-level session"
        for (int i = cut + 1; i < std::min(s.size(), cut + reach); ++i) {
            const TokenKey& k = s.key(i);
            if (ctx.lex.has(Cue::MeetingNoun, k))
                return ctx.lex.has(Cue::RelativeWord, s.key(i + 1)) ||
                       (ctx.lex.has(Cue::FunctionWord, s.key(i + 1)) && ctx.lex.has(Cue::RelativeWord, s.key(i + 2)));
            if (s.tok(i).kind != Token::Word || s.tok(i).cap || ctx.lex.has(Cue::ClauseCut, k) ||
                ctx.lex.has(Cue::TopicOpener, k))
                return false;
        }
        return false;
    };
    const bool cutRelative = scope.cut < scope.end && scope.cut >= t.end &&
                             (ctx.lex.has(Cue::RelativeWord, s.key(scope.cut)) || partOfMeeting(scope.cut));
    const int after = cutRelative ? scope.cut : std::max(scope.end, t.end);
    const bool clauseMayOpen = mayHoldAbsoluteClause(s);
    for (int i = after; i < s.size() && !scope.quoted; ++i) {
        const TokenKey& k = s.key(i);
        // ("held talks on Monday, with A and B also present", "with C looking on": an absolute
        // clause of presence names companions)
        // (of a meeting of two sides: not "visited a shipyard, with C present")
        const bool twoSides = out.group || out.subjects.size() + out.objects.size() >= 2;
        if (const AbsoluteClause ac = clauseMayOpen ? absoluteClause(ctx, s, refs, i) : AbsoluteClause{};
            ac.present && twoSides) {
            for (const PersonRef* r : refs)
                if (r->begin >= ac.listBegin && r->begin < ac.listEnd && isOfficialRef(ctx, *r) && !holds(out.subjects, r->person) &&
                    !holds(out.objects, r->person))
                    addUnique(out.companions, r->person);
            break;
        }
        // ("... and continued with an expanded session in which A and C took part": a meeting noun
        // a relative clause follows is the part of the meeting its list came to; the list is read on)
        if (ctx.lex.has(Cue::MeetingNoun, k) && !inOfficialSpan(s, i) &&
            (ctx.lex.has(Cue::RelativeWord, s.key(i + 1)) ||
             (i + 1 < s.size() && s.tok(i + 1).kind == Token::Word && !s.tok(i + 1).cap &&
              ctx.lex.has(Cue::FunctionWord, s.key(i + 1)) &&
              ctx.lex.has(Cue::RelativeWord, s.key(i + 2)))))
            continue;
        // ("held talks in Baku, in which A and B participated": a bare attend verb closing a
        // relative clause on the meeting noun is an attendee cue)
        const LexiconPhrase bare;
        // (or a clause a list opener opens: "held talks, with A and B attending")
        const bool bareCue = bareAttendAt(ctx.lex, s, i) > 0 &&
                             (relativeBefore(ctx.lex, s, after, i) < i || listOpenedBefore(ctx.lex, s, cls, i) < i);
        // ("A and B met in Cairo, when they signed a framework in the presence of C": a signing
        // or a discussion told of "they" in a clause of the meeting's time or place is an act at
        // that meeting; its list is the meeting's)
        const QString verbClass = ctx.lex.value(Cue::MeetingVerb, k);
        const bool actAtMeeting = i >= 2 && s.key(i - 1) == "they"_key &&
                                  (s.key(i - 2) == "when"_key || ctx.lex.has(Cue::PlaceRelative, s.key(i - 2))) &&
                                  (verbClass == "sign"_key || verbClass == "sign-with"_key || verbClass == "discuss"_key);
        if (!bareCue && !actAtMeeting && (ctx.lex.has(Cue::MeetingVerb, k) || ctx.lex.has(Cue::MeetingNoun, k)))
            break;
        const LexiconPhrase* cue = bareCue ? &bare : nullptr;
        const int e = bareCue ? i + 1 : lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i, &cue);
        // ("bringing together A, B and C": a cue of value "all" names the whole meeting; after a
        // meeting noun with no one of its own, they are its parties, not companions of an event
        // told before)
        const bool whole = e > 0 && cue->value == "all"_key;
        if (e <= 0 || (!cue->value.isEmpty() && !whole) || ctx.lex.has(Cue::Negation, s.key(i - 1)) ||
            adjectiveCue(ctx.lex, s, i, e))
            continue;
        // ("B, who met A last month, stood alongside C in Kigali": a companion of another act)
        if (lexiconPhraseAt(ctx.lex, Cue::CompanionCue, s, i) == e && !companionOfMeeting(ctx.lex, s, i))
            continue;
        // ("B, who is on a state visit, was accompanied during the talks by C": a meeting noun
        // right after the cue is the event C came to; that noun's trigger reads the list)
        if (cueNamesMeeting(ctx.lex, s, e))
            break;
        std::vector<int>& listed = whole && out.nobody() && !t.verb ? out.objects : out.companions;
        int clauseEnd = s.size();
        int clauseBegin = -1;
        for (const Clause& cl : cls)
            if (i >= cl.begin && i < cl.end) {
                clauseEnd = cl.end;
                clauseBegin = cl.begin;
            }
        // ("accompanied by its Minister of Foreign Affairs, International Business and International
        // Cooperation, B": a clause that ends inside an official's title runs on to the name)
        for (const std::pair<int, int>& sp : s.officialSpans)
            if (sp.first >= e && sp.first < clauseEnd && clauseEnd < sp.second)
                clauseEnd = sp.second;
        // "..., in which A and B took part", "..., with A and B sitting in": a relative clause or
        // one a list opener opens names them before its cue
        int listBegin = std::min({relativeBefore(ctx.lex, s, after, i), listOpenedBefore(ctx.lex, s, cls, i), e});
        // ... and so does a clause of its own after the meeting's whose cue takes the one they came
        // with as its object: "..., while A and B accompanied C"
        // (a cue may end in the object's article: "accompanied the visiting minister")
        const int object = ctx.lex.has(Cue::Article, s.key(e - 1)) ? e - 1 : e;
        // (not one whose possessive follows: "accompanied the visiting minister's wife")
        const bool companionObject = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return (r->begin == object || (r->begin == object + 1 && ctx.lex.has(Cue::Article, s.key(object)))) &&
                   r->person >= 0 && s.key(r->end) != "'s"_key;
        });
        // ("accompanied the visiting minister", "accompanied his guest": a description)
        // (the whole run of person nouns and titles, whose possessive may follow)
        const auto personNounAt = [&](int x) {
            int end = x;
            for (;;) {
                const PhraseMatch* m = s.matchOf(end);
                if (m && m->begin == end && m->kind == PhraseKind::Title)
                    end = m->end;
                else if (end < s.size() && ctx.lex.has(Cue::PersonNoun, s.key(end)))
                    ++end;
                else
                    break;
            }
            return end > x && s.key(end) != "'s"_key;
        };
        const bool describedObject =
            (s.key(object) == "the"_key || s.key(object) == "his"_key || s.key(object) == "her"_key) &&
            (personNounAt(object + 1) || personNounAt(object + 2));
        if (clauseBegin >= after && cue->value.isEmpty() && !bareCue && (companionObject || describedObject))
            listBegin = std::min(listBegin, clauseBegin);
        for (const PersonRef* r : refs)
            if (r->begin >= listBegin && r->begin < clauseEnd && (r->begin < i || r->begin >= e) && !roleOfNamed(refs, s, *r) &&
                !s.quoted[std::size_t(r->begin)] && isOfficialRef(ctx, *r) &&
                std::find(out.subjects.begin(), out.subjects.end(), r->person) == out.subjects.end() &&
                std::find(out.objects.begin(), out.objects.end(), r->person) == out.objects.end())
                addUnique(listed, r->person);
        break;
    }
    // "B, who arrived on Sunday, was accompanied at the meeting by C and D": a meeting noun right
    // after an attendee cue is the meeting told; C and D came to it with B, the subject before the
    // cue (not one named in a relative clause between them)
    if (t.anaphoric && !t.verb && !scope.quoted) {
        const int cue = attendeeCueBefore(ctx.lex, s, t.begin);
        // (in a relative clause, "B, who was accompanied during the talks by C", B is its subject)
        if (cue >= 0) {
            const bool own = !out.subjects.empty();
            for (const PersonRef* r : refs) {
                if (own)
                    break;
                const bool inRelative = std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
                    return cl.relative && r->begin >= cl.begin && r->begin < cl.end;
                });
                if (r->begin < cue && !inRelative && isOfficialRef(ctx, *r) &&
                    !s.quoted[std::size_t(r->begin)])
                    addUnique(out.subjects, r->person);
            }
            if (!out.subjects.empty()) {
                for (int p : out.objects)
                    addUnique(out.companions, p);
                out.objects.clear();
            }
        }
    }
    // "Delegation-level talks followed, with the participation of A and B": talks with no one of
    // their own but who came to them are the talks told, which those people joined
    if (out.nobody() && !out.companions.empty() && referent && !t.verb)
        for (int p : principals.size() >= 2 ? principals : referent->participants)
            addUnique(out.subjects, p);
    // "The summit, chaired by X, was attended by A and B": X hosts the event the sentence tells
    // of; and so in "The meeting, chaired by X, brought together A and B", the clause right
    // after the meeting noun
    // ... "A attended the summit in Addis Ababa on Friday, hosted by X": a gathering's host after
    // its place and time, with no one named between
    constexpr int whereWhenReach = 12; ///< "of the African Union Executive Council in Addis Ababa on Friday,"
    const auto gatheringHost = [&](const Clause& cl) {
        return t.gathering && cl.begin > t.end && cl.begin <= t.end + whereWhenReach &&
               std::none_of(refs.begin(), refs.end(),
                            [&](const PersonRef* r) { return r->begin >= t.end && r->begin < cl.begin; });
    };
    for (const Clause& cl : cls) {
        const bool afterNoun = (!t.verb && cl.begin > t.begin && cl.begin <= t.end + 1) || gatheringHost(cl);
        if (!afterNoun && (cl.end > scope.clause.begin || cl.end > t.begin))
            continue;
        const int agent = hostAgentAt(ctx.lex, s, cl);
        if (agent < 0 || !(passive || afterNoun))
            continue;
        for (const PersonRef* r : refs)
            if (r->begin >= agent && r->begin < cl.end && !s.quoted[std::size_t(r->begin)] && isOfficialRef(ctx, *r))
                addUnique(out.objects, r->person);
    }
    // "A received on Monday, in Luanda, his counterpart of Congo, B, with whom ...": a verb whose
    // clause ends before any object has it after the short clauses that only say when and where
    // (and so has "held talks", whose partner comes with "with": "held talks in Rabat on
    // Wednesday, March 18, with B")
    if (t.verb && !passive && out.objects.empty() && !out.subjects.empty() && !scope.quoted &&
        (ctx.lex.has(Cue::MeetingVerb, s.key(t.end - 1)) || ctx.lex.has(Cue::MeetingNoun, s.key(t.end - 1))))
        for (const PersonRef* r : objectAfterAdverbials(ctx, s, refs, scope))
            addUnique(out.objects, r->person);
    // "the Vietnamese delegation was welcomed by B": the head of the delegation told before
    if (t.verb && out.subjects.empty() && !out.group)
        if (const int head = delegationHead(ctx, s, refs, from, t.begin); head >= 0)
            addUnique(out.subjects, head);
    // "received the Turkish leader", "his guest"
    std::vector<std::pair<int, int>> described;
    resolveDescriptions(ctx, s, from, cut, refs, out.subjects, described);
    for (const auto& [tok, person] : described)
        addUnique(tok < t.begin ? out.subjects : out.objects, person);
    // "The previous retreat was held in Putrajaya in January last year, when A and B witnessed the
    // signing": a meeting noun held in the passive, naming no one, has the people of the "when"
    // clause after its place and time
    int heldAt = t.end;
    while (heldAt < std::min(s.size(), t.end + 3) &&
           (ctx.lex.has(Cue::PassiveAux, s.key(heldAt)) || ctx.lex.has(Cue::FutureAux, s.key(heldAt)) ||
            ctx.lex.has(Cue::PerfectAux, s.key(heldAt))))
        ++heldAt;
    if (out.nobody() && !t.verb && heldAt > t.end && ctx.lex.has(Cue::PassiveAux, s.key(heldAt - 1)) &&
        ctx.lex.has(Cue::HoldVerb, s.key(heldAt))) {
        addWhenClauseSubjects(ctx, s, refs, heldAt, out.subjects);
    }
    // "A informed B about his talks with C", "briefed him on his meeting with C": who is briefed
    // on talks the possessive gives to another hears of them and takes no part; the one who
    // briefs, the subject before the verb, held them
    // ... and so "met B to brief her on the talks with C": the definite article before talks
    // told before, whose other side follows "with"
    const bool briefedNoun = ctx.lex.value(Cue::Determiner, s.key(t.begin - 1)) == "possessive"_key ||
                             (s.key(t.begin - 1) == "the"_key && s.key(t.end - 1) == "with"_key);
    if (!t.verb && t.begin >= 2 && briefedNoun) {
        constexpr int briefReach = 10; ///< "briefed Hungarian Prime Minister Viktor Orbán by letter on"
        int v = -1;
        for (int b = t.begin - 2; b >= std::max(0, t.begin - 2 - briefReach) && v < 0; --b)
            if (ctx.lex.has(Cue::BriefVerb, s.key(b)))
                v = b;
        // (the subject: the first official named before the verb, "A met B and briefed him on his
        // talks" too; everyone else named before the noun was briefed or met before)
        int subject = -1;
        const int subjectFrom = reported > from ? reported : s.dateline; // after a source that opens it
        for (const PersonRef* r : refs)
            if (v >= 0 && subject < 0 && r->begin >= subjectFrom && r->begin < v && isOfficialRef(ctx, *r) &&
                !s.quoted[std::size_t(r->begin)])
                subject = r->person;
        if (subject >= 0) {
            std::vector<int> before;
            for (const PersonRef* r : refs)
                if (r->begin < t.begin - 1 && r->person >= 0 && r->person != subject)
                    before.push_back(r->person);
            for (std::vector<int>* side : {&out.subjects, &out.objects, &out.companions})
                std::erase_if(*side, [&](int p) { return holds(before, p); });
            out.subjects = {subject};
            out.briefed = true;
        }
    }
    // "A, who was accompanied by B, held talks with C", "A, who was joined by B, arrived for a
    // visit": who came with the subject in a relative clause on it, before the trigger, came to
    // its meeting
    for (const Clause& cl : cls) {
        if (!cl.relative || cl.end > t.begin || cl.begin < 2 || scope.quoted || !isComma(s.tok(cl.begin - 1)))
            continue;
        const auto ante = std::find_if(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->end == cl.begin - 1 && r->person >= 0;
        });
        if (ante == refs.end() || !holds(out.subjects, (*ante)->person))
            continue;
        for (int i = cl.begin; i < cl.end; ++i) {
            const LexiconPhrase* cue = nullptr;
            const int e = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i, &cue);
            // (a passive, its agent after "by": not "A, who accompanied B, met C", who came with B)
            const bool agent = ctx.lex.has(Cue::AgentWord, s.key(e - 1)) || ctx.lex.has(Cue::AgentWord, s.key(e));
            if (e <= 0 || !cue->value.isEmpty() || ctx.lex.has(Cue::Negation, s.key(i - 1)) || !agent)
                continue;
            for (const PersonRef* r : refs)
                if (r->begin >= e && r->begin < cl.end && isOfficialRef(ctx, *r) && !s.quoted[std::size_t(r->begin)] &&
                    !holds(out.subjects, r->person) && !holds(out.objects, r->person))
                    addUnique(out.companions, r->person);
            break;
        }
    }
    // ... and "A, joined by B, met C", "A, accompanied by B, held talks with C": the same aside
    // with no relative, a passive attendee cue right after the subject's comma, up to its next
    // comma
    for (const PersonRef* r : refs) {
        if (scope.quoted || r->person < 0 || !holds(out.subjects, r->person) || r->end + 1 >= t.begin ||
            !isComma(s.tok(r->end)))
            continue;
        const LexiconPhrase* cue = nullptr;
        const int e = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, r->end + 1, &cue);
        if (e <= 0 || e >= t.begin || !cue->value.isEmpty() || !ctx.lex.has(Cue::AgentWord, s.key(e - 1)))
            continue;
        int asideEnd = e;
        while (asideEnd < t.begin && !isComma(s.tok(asideEnd)))
            ++asideEnd;
        for (const PersonRef* o : refs)
            if (o->begin >= e && o->begin < asideEnd && isOfficialRef(ctx, *o) && !s.quoted[std::size_t(o->begin)] &&
                !holds(out.subjects, o->person) && !holds(out.objects, o->person))
                addUnique(out.companions, o->person);
    }
    // "held separate bilateral meetings with each of her guests", "then met each of the visiting
    // ministers": a distributive object (lexicon `distributive-object`) naming no one stands for
    // the others of the meeting told last that its subject took part in; one meeting with each
    if (!ctx.meetings.empty() && !out.subjects.empty() && !scope.quoted) {
        const int at = s.key(t.end) == "with"_key ? t.end + 1 : t.end;
        const int e = at < s.size() ? lexiconPhraseAt(ctx.lex, Cue::DistributiveObject, s, at) : -1;
        // (its group in lower case: "her guests", "them", "the two visitors")
        constexpr int groupReach = 4;
        int objectEnd = e;
        while (e > 0 && objectEnd < std::min(scope.end, e + groupReach) && s.tok(objectEnd).kind == Token::Word &&
               !s.tok(objectEnd).cap)
            ++objectEnd;
        const bool named = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->begin >= at && r->begin < objectEnd && r->kind == RefKind::Name;
        });
        const MeetingDraft& told = ctx.meetings[lastTold(ctx)];
        const bool took = std::any_of(out.subjects.begin(), out.subjects.end(),
                                      [&](int p) { return holds(told.participants, p); });
        if (e > 0 && objectEnd > e && !named && took) {
            out.objects.clear();
            for (int p : principalsOf(told))
                if (!holds(out.subjects, p))
                    addUnique(out.objects, p);
            out.each = out.objects.size() >= 2;
        }
    }
    // "The session was chaired by B, chairman of the Council, and attended by C": the agent of the
    // passive the trigger is coordinated with takes part as C does
    for (const PersonRef* r : refs)
        if (t.coAgent >= 0 && r->begin > t.coAgent && r->begin < t.begin && isOfficialRef(ctx, *r) &&
            !s.quoted[std::size_t(r->begin)])
            addUnique(out.objects, r->person);
    // "A met B in Miami, and the Ukrainian team, led by C, held talks with B in Berlin": the
    // officials a led group names right before a verb trigger are its subject; those of one that
    // opens another clause after the trigger (", and the ... team, led by C") are no objects of it
    if (t.verb && !passive && !scope.quoted) {
        for (const LedGroup& g : ledGroups(ctx, s, 0, s.size())) {
            std::vector<int> led;
            for (const PersonRef* r : refs)
                if (r->begin >= g.people && r->begin < g.end && isOfficialRef(ctx, *r))
                    addUnique(led, r->person);
            if (led.empty())
                continue;
            // (its auxiliaries between: "led by C, is expected to hold talks")
            constexpr int auxReach = 4;
            bool before = g.end <= t.begin && t.begin - g.end <= auxReach + 1;
            for (int i = g.end + 1; before && i < t.begin; ++i)
                before = s.tok(i).kind == Token::Word && !s.tok(i).cap && !s.nameTok[std::size_t(i)];
            const bool otherClause = g.noun > t.end && g.noun >= 2 && ctx.lex.has(Cue::Conjunction, s.key(g.noun - 1)) &&
                                     isComma(s.tok(g.noun - 2));
            if (before) {
                out.subjects = led;
                std::erase_if(out.objects, [&](int p) { return holds(led, p); });
            } else if (otherClause) {
                std::erase_if(out.objects, [&](int p) { return holds(led, p); });
                std::erase_if(out.companions, [&](int p) { return holds(led, p); });
            }
        }
    }
    return out;
}

namespace {

bool sideWord(const Lexicon& lex, const TokenKey& k);

// "over Zambia's debt", "a plant of South Korea's Samsung", "which Mali's junta boycotted": a
// state in the possessive before a thing is that thing's owner, no side. Before a side word
// ("Iraq's delegation", "Kenya's foreign minister") it names one; before a named official
// ("China's Xi") the official brings the state when he takes part.
bool possessiveOfThing(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    const int n = h.end + 1;
    if (s.key(h.end) != "'s"_key || n >= s.size() || s.tok(n).kind != Token::Word)
        return false;
    constexpr int reach = 3;
    for (int k = n; k < std::min(s.size(), n + reach) && s.tok(k).kind == Token::Word; ++k)
        if (sideWord(lex, s.key(k)))
            return false;
    return true;
}

// "on the sidelines of the G20 summit hosted by South Africa", "on the margins of the
// Russia-Africa summit", "during the APEC summit hosted by South Korea": a state in the phrase naming the gathering beside which the meeting
// was held only lends it its venue. The phrase ends at a punctuation mark, a partner word
// ("with") or a meeting verb that is not the gathering's participle ("hosted by X").
bool besideGathering(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 10;
    for (int b = i - 1; b >= std::max(0, i - reach); --b) {
        const TokenKey& k = s.key(b);
        if (s.tok(b).kind == Token::Punct || lex.has(Cue::PartnerWord, k) ||
            (lex.has(Cue::MeetingVerb, k) && !lex.has(Cue::AgentWord, s.key(b + 1))))
            return false;
        if (lex.value(Cue::SideMeeting, k) == QLatin1String("gathering"))
            return true;
        // ("met in Gyeongju during the APEC summit hosted by South Korea": an event frame of value
        // gathering before a gathering word) (session 25, states25)
        if (lex.value(Cue::EventFrame, k) == QLatin1String("gathering"))
            for (int g = b + 1; g < i; ++g)
                if (lex.has(Cue::GatheringWord, s.key(g)))
                    return true;
    }
    return false;
}

// A word after a state's name or demonym that makes the state a side: a party word, an office,
// a person, a government, a delegation, a side, a meeting ("Iraq's delegation", "Kenyan foreign
// minister", "the Turkish side", "Ethiopian authorities").
bool sideWord(const Lexicon& lex, const TokenKey& k)
{
    return lex.has(Cue::PartyWord, k) || lex.has(Cue::OfficeNoun, k) || lex.has(Cue::PersonNoun, k) ||
           lex.has(Cue::GovernmentWord, k) || lex.has(Cue::DelegationNoun, k) || lex.has(Cue::SideNoun, k) ||
           lex.has(Cue::MeetingNoun, k) || lex.has(Cue::GatheringWord, k) || lex.has(Cue::BodyHead, k) ||
           lex.has(Cue::PortfolioWord, k) || lex.has(Cue::SideGroup, k);
}

// "the Ethiopian embassy", "the Chinese-built railway", "a Saudi-funded dam", "the Russian
// invasion": a demonym before a thing (lowercase words none of which is a side word) is the
// thing's, no side.
bool demonymOfThing(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    const PhraseMatch* pm = s.matchOf(h.begin);
    if (!pm || pm->begin != h.begin || pm->kind != PhraseKind::Demonym || h.end >= s.size() ||
        inOfficialSpan(s, h.end))
        return false;
    constexpr int reach = 3;
    int k = h.end;
    // ("Pakistani and Afghan delegations", "the Chinese and Russian navies": a demonym joined by
    // "and" or "or" to the next one modifies what that one does) (session 28, mstates28)
    if (k + 1 < s.size() && (s.key(k) == "and"_key || s.key(k) == "or"_key))
        if (const PhraseMatch* next = s.matchOf(k + 1); next && next->begin == k + 1 && next->kind == PhraseKind::Demonym) {
            StateHit joined = h;
            joined.begin = next->begin;
            joined.end = next->end;
            return demonymOfThing(lex, s, joined);
        }
    for (; k < std::min(s.size(), h.end + reach); ++k) {
        const Token& tk = s.tok(k);
        if (tk.kind != Token::Word || tk.cap || s.key(k) == "'s"_key)
            break;
        if (sideWord(lex, s.key(k)))
            return false;
    }
    return k > h.end;
}

// "held talks in Muscat, hosted by Omani officials", "met B in Chisinau, where Romanian officials
// also took part": a state's people named without names (isPartyState) in a clause after the
// meeting's, as the agents of a host word (lexicon `host-by`) or the subject of a place-relative
// clause that tells they took part (`attendee-cue`), make the state a side (session 25, states25)
bool unnamedSideAfter(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const StateHit& h)
{
    if (h.begin <= t.end || !isPartyState(lex, s, h))
        return false;
    int b = h.begin - 1;
    if (lex.has(Cue::Article, s.key(b)))
        --b;
    if (b - 2 > t.end && lex.has(Cue::AgentWord, s.key(b)) && lex.has(Cue::HostBy, s.key(b - 1)) && isComma(s.tok(b - 2)))
        return true;
    if (b - 1 <= t.end || !lex.has(Cue::PlaceRelative, s.key(b)) || !isComma(s.tok(b - 1)))
        return false;
    constexpr int reach = 4; ///< "Romanian officials also took part"
    for (int k = h.end; k < std::min(s.size(), h.end + reach); ++k)
        if (lexiconPhraseAt(lex, Cue::AttendeeCue, s, k) > k)
            return true;
    return false;
}

// "as Ethiopia did last year", "like Croatia", "unlike Mali": a state compared; "as Burundi
// boycotted the meeting", "Tanzania stayed away": a state that keeps away. Neither is a side.
bool comparedOrAbsent(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    int b = h.begin - 1;
    if (lex.has(Cue::Article, s.key(b)))
        --b;
    // ("as Belgrade and Pristina could not agree": "as" gives a reason unless a pro-verb follows)
    if (b >= 0 && lex.has(Cue::ComparisonWord, s.key(b)) && s.key(h.end) != "'s"_key &&
        !(h.end < s.size() && sideWord(lex, s.key(h.end))) &&
        (lex.value(Cue::ComparisonWord, s.key(b)) != QLatin1String("pro-verb") || lex.has(Cue::ProVerb, s.key(h.end))))
        return true;
    int a = h.end;
    // "talks with Mali, Burkina Faso and Niger, which exited the bloc": the list's relative
    // clause tells of each of its states (lexicon `relative-word`)
    const auto stateAt = [&](int k) {
        const PhraseMatch* m = k < s.size() ? s.matchOf(k) : nullptr;
        return m && m->begin == k && m->kind == PhraseKind::State ? m->end : -1;
    };
    for (int next = 0; a + 1 < s.size() && (s.key(a) == ","_key || s.key(a) == "and"_key) &&
                       (next = stateAt(a + 1 + (s.key(a + 1) == "and"_key ? 1 : 0))) > 0;)
        a = next;
    if (a + 1 < s.size() && s.key(a) == ","_key && lex.has(Cue::RelativeWord, s.key(a + 1))) {
        a += 2;
        // (an adverb between: "which formally exited")
        if (a + 1 < s.size() && !s.tok(a).cap && s.key(a).endsWith(QLatin1String("ly")))
            ++a;
    }
    if (lex.has(Cue::PerfectAux, s.key(a)) || lex.has(Cue::PassiveAux, s.key(a)))
        ++a;
    return lex.has(Cue::RefusalCue, s.key(a)) || lexiconPhraseAt(lex, Cue::AbsenceVerb, s, a) > a;
}

// "A met B and urged Rwanda to withdraw": after "and", a verb of the subject's own opens
// another predicate; the states it names are no sides of the meeting.
bool inOtherPredicate(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const StateHit& h)
{
    for (int k = t.end; k + 1 < h.begin; ++k)
        if (lex.has(Cue::Conjunction, s.key(k)) && lexiconPhraseAt(lex, Cue::AppealVerb, s, k + 1) > k + 1)
            return true;
    return false;
}

// "pro-Russian", "anti-American", "the Ibero-American summit": a demonym joined to a prefix
// that is no state names no side.
bool prefixedDemonym(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    return h.begin > 0 && s.tok(h.begin).hyphenBefore && lex.has(Cue::NonStatePrefix, s.key(h.begin - 1));
}

// "A and B pledged to send shells to Ukraine as they met in X", "voiced alarm over drills near
// Taiwan when they met": a trigger in a clause that a subordinator opens, with no name of its own
// before it ("they", "the two leaders"), follows a main clause; a state there after a preposition
// (lexicon `object-preposition`) is what the main predicate is about, no side of the meeting.
/// "A and B met in Doha on Tuesday, Qatar's foreign ministry said": a state in the attribution
/// that closes the sentence (after the trigger, a comma, a few words, then a speech verb and the
/// sentence's end) names the source of the report, no side of the meeting.
bool inClosingAttribution(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const StateHit& h)
{
    constexpr int sourceWords = 8; ///< "the Qatari Ministry of Foreign Affairs"
    const int n = s.size();
    int last = n - 1;
    while (last > h.begin && s.tok(last).kind == Token::Punct)
        --last;
    if (last <= h.begin || !(lex.has(Cue::SpeechVerb, s.key(last)) || lex.has(Cue::AttributionVerb, s.key(last))))
        return false;
    int comma = h.begin - 1;
    while (comma >= t.end && comma >= h.begin - sourceWords && !isComma(s.tok(comma)))
        --comma;
    if (comma < t.end || comma < h.begin - sourceWords || !isComma(s.tok(comma)))
        return false;
    for (int i = comma + 1; i < last; ++i)
        if (s.tok(i).kind == Token::Punct && s.tok(i).punct != QLatin1Char('\'') && s.tok(i).punct != QChar(0x2019))
            return false;
    return last - comma <= sourceWords + 2;
}

bool objectOfMainClause(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const StateHit& h)
{
    if (h.end > t.begin)
        return false;
    constexpr int reach = 4;
    int sub = -1;
    for (int k = t.begin - 1; k >= std::max(h.end, t.begin - reach) && sub < 0; --k) {
        if (lex.has(Cue::Subordinator, s.key(k))) {
            sub = k;
            break;
        }
        const Token& tk = s.tok(k);
        if (tk.kind != Token::Word || tk.cap || s.nameTok[std::size_t(k)])
            return false;
    }
    if (sub < 0)
        return false;
    int b = h.begin - 1;
    if (lex.has(Cue::Article, s.key(b)))
        --b;
    return b >= 0 && lex.has(Cue::ObjectPreposition, s.key(b));
}

// "the war with Israel and the United States", "sanctions against North Korea, Russia or Iran",
// "discussed soybean exports and Venezuela mediation efforts": a state joined by "and", "or" or
// a comma to a state the talks are about, or to the lowercase words a topic verb (lexicon
// `topic-opener`) opens, is what they are about too. Not a state a side word or a possessive
// follows ("and Turkish officials", "and Ukraine's president"), nor one a verb follows ("and
// Turkey hosted"): a side again, or another clause.
bool joinedToTopic(const DocContext& ctx, const SentenceInfo& s, const std::vector<const StateHit*>& hits,
                   const StateHit& h, int depth = 0)
{
    const Lexicon& lex = ctx.lex;
    int b = h.begin - 1;
    if (b >= 0 && lex.has(Cue::Article, s.key(b)))
        --b;
    if (b < 1 || depth > 8 || !(s.key(b) == "and"_key || s.key(b) == "or"_key || s.key(b) == ","_key))
        return false;
    if (h.end < s.size()) {
        const TokenKey& next = s.key(h.end);
        if (next == "'s"_key || sideWord(lex, next) || lex.has(Cue::EncounterAfter, next) ||
            lex.has(Cue::SpeechVerb, next) || lex.has(Cue::PassiveAux, next) || lex.has(Cue::PerfectAux, next) ||
            lex.has(Cue::FutureAux, next) || lex.has(Cue::MeetingVerb, next))
            return false;
    }
    const bool comma = s.key(b) == ","_key || (b > 0 && s.key(b - 1) == ","_key);
    int k = s.key(b) == ","_key || s.key(b - 1) != ","_key ? b - 1 : b - 2;
    // the state before the conjunction, itself a topic
    for (const StateHit* o : hits)
        if (o->end == k + 1 && o->begin < o->end)
            return topicState(ctx, s, o->begin) || joinedToTopic(ctx, s, hits, *o, depth + 1);
    // lowercase words (and the states among them) back to a topic verb, in one clause
    if (comma)
        return false;
    constexpr int reach = 7;
    for (int stop = std::max(0, k - reach); k >= stop; --k) {
        const Token& tk = s.tok(k);
        if (lex.has(Cue::TopicOpener, s.key(k)))
            return true;
        // (a capitalised word of a place or a thing may stand among them, "the Gaza truce"; not a
        // person's name or an office)
        if (tk.kind != Token::Word || s.nameTok[std::size_t(k)] || inOfficialSpan(s, k) || lex.has(Cue::PartnerWord, s.key(k)) ||
            s.key(k) == "between"_key || lex.has(Cue::MeetingNoun, s.key(k)))
            return false;
    }
    return false;
}

// "The two leaders welcomed the progress made on the fighter programme with Italy", "hailed a gas
// deal signed with Algeria": a reaction verb (lexicon `reaction-verb`) whose object is a thing
// (an article or a determiner, then lowercase words none of which names a side, a person, a
// meeting or a journey), with no one among its objects: the states after it are the thing's
// partners, no sides of the meeting (not "welcomed the visiting Italian president").
bool inReactionObject(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Parties& parties, const StateHit& h)
{
    if (!t.verb || !parties.objects.empty() || h.begin < t.end)
        return false;
    bool reaction = false;
    for (int k = t.begin; k < t.end; ++k)
        reaction = reaction || lex.has(Cue::ReactionVerb, s.key(k));
    int k = t.end;
    if (!reaction || k >= s.size() || s.tok(k).cap ||
        !(lex.has(Cue::Article, s.key(k)) || lex.has(Cue::Determiner, s.key(k)) || s.key(k) == "a"_key || s.key(k) == "an"_key))
        return false;
    bool thing = false;
    for (++k; k < h.begin && s.tok(k).kind == Token::Word && !s.tok(k).cap; ++k) {
        const TokenKey& w = s.key(k);
        // (a body's noun names the thing: "the fighter programme")
        if (lex.has(Cue::PartyWord, w) || lex.has(Cue::OfficeNoun, w) || lex.has(Cue::PersonNoun, w) ||
            lex.has(Cue::GovernmentWord, w) || lex.has(Cue::DelegationNoun, w) || lex.has(Cue::SideNoun, w) ||
            lex.has(Cue::MeetingNoun, w) || lex.has(Cue::GatheringWord, w) || lex.has(Cue::TravelWord, w) ||
            lex.has(Cue::VisitorWord, w) || inOfficialSpan(s, k))
            return false;
        thing = true;
    }
    return thing;
}

// The states of the list of states (commas, conjunctions and articles between them) that starts
// at token x, or, backward, ends right before it.
std::vector<int> stateList(const Lexicon& lex, const SentenceInfo& s, const std::vector<const StateHit*>& hits, int x,
                           bool forward)
{
    const auto joiner = [&](int k) {
        return k >= 0 && k < s.size() &&
               (isComma(s.tok(k)) || lex.has(Cue::Conjunction, s.key(k)) || lex.has(Cue::Article, s.key(k)));
    };
    std::vector<int> out;
    for (;;) {
        while (joiner(forward ? x : x - 1))
            x += forward ? 1 : -1;
        const auto at = std::find_if(hits.begin(), hits.end(), [&](const StateHit* h) {
            return h->counts && (forward ? h->begin == x : h->end == x);
        });
        if (at == hits.end())
            return out;
        addUnique(out, (*at)->state);
        x = forward ? (*at)->end : (*at)->begin;
    }
}

// "met in Doha, under the mediation of Qatar and Turkiye", "talks mediated by Egypt and Qatar",
// "with Norway and Switzerland mediating", "under Qatari and Turkish mediation": the states a
// mediation word (lexicon `mediation-word`) names as its agents take part in the meeting, after
// the trigger in its clause or in the clauses after it (a comma does not part them); not past a
// boundary of time ("weeks after talks mediated by Qatar collapsed": another event) nor in the
// talks' topic ("to discuss the truce mediated by Egypt") (session 28, mstates28)
std::vector<int> mediatorStates(const Lexicon& lex, const SentenceInfo& s, const std::vector<const StateHit*>& hits,
                                const Trigger& t, const TriggerScope& scope)
{
    std::vector<int> out;
    bool inTopic = false;
    // (after the trigger only: "plan to discuss Venezuela mediation efforts in a call" names a topic)
    for (int c = t.end; c < s.size(); ++c) {
        if (lex.has(Cue::DateBoundary, s.key(c)) || s.key(c) == ";"_key)
            break;
        // (in the trigger's clause, only up to its topic, also past the next trigger: "spoke with B
        // about the peace talks brokered by the United States" names other talks)
        if (lex.has(Cue::ClauseCut, s.key(c)) || lex.has(Cue::TopicOpener, s.key(c)))
            inTopic = c < scope.clause.end;
        if (inTopic || scope.inTopic(c, t) || (c >= scope.cut && c < scope.end))
            continue;
        const QString how = lex.value(Cue::MediationWord, s.key(c));
        if (how.isEmpty())
            continue;
        std::vector<int> agents;
        if (how != QLatin1String("after") && c + 1 < s.size() && s.key(c + 1).text() == how)
            agents = stateList(lex, s, hits, c + 2, true);
        // ("Qatar's mediation", "with A and B as mediators")
        const int before = c > 0 && (s.key(c - 1) == "'s"_key || s.key(c - 1) == "as"_key) ? c - 1 : c;
        if (agents.empty() && how != QLatin1String("by"))
            agents = stateList(lex, s, hits, before, false);
        for (int st : agents)
            addUnique(out, st);
    }
    return out;
}

} // namespace

// "Former Ghanaian trade minister A held talks with B", "met ex-defence minister C of Iraq": the
// state of an office held once (its holder no official, see findTitledOfficials) is no side
// either: the demonym a few words after "former", "ex" or "late", or the "of" state after the
// name such an office titles
bool formerOfficeState(const SentenceInfo& s, const StateHit& h)
{
    constexpr int titleReach = 4; ///< "the former deputy foreign minister C of Iraq"
    const auto formerAt = [&](int k) {
        return k >= 0 && pastOfficeWord(s.key(k));
    };
    if (formerAt(h.begin - 1))
        return true;
    if (h.begin < 3 || s.key(h.begin - 1) != "of"_key || !s.nameTok[std::size_t(h.begin - 2)])
        return false;
    int k = h.begin - 2;
    while (k > 0 && s.nameTok[std::size_t(k)])
        --k;
    for (int stop = std::max(-1, k - titleReach); k > stop; --k) {
        if (s.tok(k).kind != Token::Word)
            return false;
        if (formerAt(k))
            return true;
    }
    return false;
}

std::vector<int> partyStates(const DocContext& ctx, const SentenceInfo& s, const std::vector<const StateHit*>& hits,
                             const Trigger& t, const TriggerScope& scope, const Parties& parties, int host, bool hostSeatCity,
                             bool cityNamed)
{
    std::vector<int> states;
    if (attendsOtherEvent(ctx.lex, s, t))
        return states;
    // With nobody named, "to discuss relations between Iraq, Egypt and Jordan" names
    // the parties; not "they spoke by phone after a cable between Estonia and Finland was
    // damaged": a time clause tells of another event, its "between" of other things.
    int stateEnd = partyCut(ctx.lex, s, t, scope);
    if (parties.nobody()) {
        for (int i = scope.cut; i < scope.end && !ctx.lex.has(Cue::DateBoundary, s.key(i)); ++i)
            if (s.key(i) == "between"_key)
                stateEnd = scope.end;
    }
    // "A met Indonesian business leaders at a Jakarta hotel": one official with a state's
    // people outside its government; neither the group's state nor the place's is a party.
    const bool privateGroup =
        parties.subjects.size() + parties.objects.size() < 2 &&
        std::any_of(hits.begin(), hits.end(), [&](const StateHit* h) {
            return h->begin >= scope.begin && h->begin < stateEnd && ctx.lex.has(Cue::PrivateGroup, s.key(h->end));
        });
    // (when every person named holds a known side, the town a traveller came from is no side:
    // "A arrived in Bangkok from Vientiane and was welcomed by B")
    bool sidesKnown = parties.subjects.size() + parties.objects.size() >= 2;
    for (const std::vector<int>* side : {&parties.subjects, &parties.objects})
        for (int p : *side)
            sidesKnown = sidesKnown && (ctx.persons[std::size_t(p)].state >= 0 || ctx.persons[std::size_t(p)].organization >= 0);
    for (const StateHit* h : hits) {
        if (h->begin >= stateEnd && h->counts && unnamedSideAfter(ctx.lex, s, t, *h)) {
            addUnique(states, h->state);
            continue;
        }
        if (h->begin < scope.begin || h->begin >= stateEnd || !h->counts || scope.inTopic(h->begin, t))
            continue;
        if (sidesKnown && journeyOrigin(ctx.lex, s, h->begin))
            continue;
        if (t.anaphoric && !t.between && !isPartyState(ctx.lex, s, *h))
            continue;
        // a state inside an official's title is that official's (or the post's); "in Lima,
        // Peru," only says where the city is
        if (inOfficialSpan(s, h->begin) || qualifiesCity(ctx, s, h->begin) || topicState(ctx, s, h->begin) ||
            compoundModifier(ctx.lex, s, hits, *h, t) || possessiveOfThing(ctx.lex, s, *h) ||
            besideGathering(ctx.lex, s, h->begin) || prefixedDemonym(ctx.lex, s, *h) ||
            demonymOfThing(ctx.lex, s, *h) || comparedOrAbsent(ctx.lex, s, *h) || inOtherPredicate(ctx.lex, s, t, *h) ||
            objectOfMainClause(ctx.lex, s, t, *h) || joinedToTopic(ctx, s, hits, *h) ||
            inReactionObject(ctx.lex, s, t, parties, *h) || inClosingAttribution(ctx.lex, s, t, *h) ||
            formerOfficeState(s, *h))
            continue;
        if (bool(s.quoted[std::size_t(h->begin)]) != scope.quoted)
            continue;
        const PhraseMatch* pm = s.matchOf(h->begin);
        if (ctx.lex.has(Cue::PrivateGroup, s.key(h->end)) ||
            (privateGroup && pm && pm->begin == h->begin && pm->kind == PhraseKind::Place))
            continue;
        // a person's own demonym is covered by the person; "to Turkey" of an ambassador
        // and other states in titles still say who is involved
        addUnique(states, h->state);
    }
    for (int st : mediatorStates(ctx.lex, s, hits, t, scope))
        addUnique(states, st);
    // (not a third state's town, no seat of its government, where two or more people of other
    // sides met: Serbia's president and the EU's in Davos; in Washington the host may be one
    // the text leaves unnamed)
    int known = 0;
    bool hostPerson = false;
    for (const std::vector<int>* side : {&parties.subjects, &parties.objects})
        for (int p : *side) {
            const Person& person = ctx.persons[std::size_t(p)];
            known += person.state >= 0 || person.organization >= 0 ? 1 : 0;
            hostPerson = hostPerson || (host >= 0 && person.state == host);
        }
    // (or two states, or their capitals, named as the sides: "Washington and Beijing held talks in
    // Geneva, with A meeting B", "Moscow and Kyiv's negotiators met in Istanbul"; one state's
    // delegation met by a named person is not enough: "A met the Chilean delegation in New York")
    // (session 25, states25)
    const bool allKnown = known == int(parties.subjects.size() + parties.objects.size());
    const bool otherSides = host >= 0 && !hostPerson && allKnown &&
                            (known >= 2 || (states.size() >= 2 && !holds(states, host)));
    const bool thirdState = !hostSeatCity && otherSides;
    // ... nor the capital itself, alone or with a building in it ("sat down at a hotel in
    // Washington"), when no word of the sentence tells of a visit or a host: "A and B welcomed the
    // progress since their meeting in Kuala Lumpur", "met in Brussels on Monday" (a capital only
    // lends the venue; "A visited Kuala Lumpur, where he met B", "the talks hosted by Malaysia"
    // keep it, and so does one of the capital's state among the people: "Putin received B in
    // Moscow"; so does a leader's own seat named as the venue, "at the Kremlin", "at Downing
    // Street": his guests met there, while a ministry or a hotel only lends its rooms) (session
    // 23, affil16: one rule for the city alone and the city with a building; a state named as the
    // place, "the summit in Ghana", is the host's)
    bool visitOrHost = false;
    // (a host verb with a person named a few words before or after it, "A hosted the ministers'
    // meeting", "welcomed B": not "the two ministers welcomed the progress")
    auto personNear = [&](int k) {
        for (int e = std::max(0, k - 6); e < std::min(s.size(), k + 7); ++e)
            if (e != k && s.nameTok[std::size_t(e)])
                return true;
        return false;
    };
    // (nor a travel word inside the meeting's own phrase: "came face to face in Kuala Lumpur")
    for (int k = 0; k < s.size() && !visitOrHost; ++k)
        visitOrHost = !(k >= t.begin && k < t.end && t.end - t.begin > 1) &&
                      ((ctx.lex.has(Cue::TravelWord, s.key(k)) && ctx.lex.value(Cue::TravelWord, s.key(k)) != "guest"_key) ||
                       ctx.lex.has(Cue::VisitorWord, s.key(k)) ||
                       ((ctx.lex.has(Cue::HostVerb, s.key(k)) || ctx.lex.value(Cue::MeetingVerb, s.key(k)) == "receive"_key) &&
                        personNear(k)));
    // (a leader's own seat named as the venue, lexicon `leader-seat`, says the leader received them)
    bool leaderSeat = false;
    for (int k = 1; k < s.size() && !leaderSeat; ++k)
        leaderSeat = (s.key(k - 1) == "at"_key || s.key(k - 1) == "in"_key || s.key(k - 1) == "the"_key) &&
                     lexiconPhraseAt(ctx.lex, Cue::LeaderSeat, s, k) > k;
    const bool lentCapital = cityNamed && hostSeatCity && otherSides && !visitOrHost && !leaderSeat;
    if (!t.atGathering && !privateGroup && !thirdState && !lentCapital)
        addUnique(states, host);
    // "the foreign ministers of the four countries met": the states of the last meeting, unless
    // the people the clause names hold that many states themselves ("... when A, B, C and D
    // met": the four are theirs, not the states of the meeting told before)
    bool groupNamed = false;
    if (parties.stateGroup) {
        std::size_t count = 0;
        for (int b = std::max(1, scope.begin); b < t.begin; ++b)
            if (ctx.lex.has(Cue::StateGroupNoun, s.key(b)) && ctx.lex.has(Cue::GroupNumber, s.key(b - 1)))
                count = ctx.lex.value(Cue::GroupNumber, s.key(b - 1)).toUInt();
        std::vector<int> held;
        for (const std::vector<int>* side : {&parties.subjects, &parties.objects})
            for (int p : *side)
                if (ctx.persons[std::size_t(p)].state >= 0)
                    addUnique(held, ctx.persons[std::size_t(p)].state);
        groupNamed = count >= 2 && held.size() >= count;
    }
    if (((parties.stateGroup && !groupNamed) || (t.previous && parties.nobody())) && !ctx.meetings.empty())
        for (int st : ctx.meetings.back().states)
            addUnique(states, st);
    return states;
}

bool travelAside(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                 const Clause& cl)
{
    constexpr int asideWords = 10; ///< "on a three-day state visit to South Korea"
    int b = cl.begin;
    while (b < cl.end && s.tok(b).kind == Token::Punct && isComma(s.tok(b)))
        ++b;
    // (the subject's name and the aside in one clause: "A, on a state visit to Laos,")
    {
        int x = std::max(b, s.dateline);
        while (x < cl.end && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
            ++x;
        if (x > std::max(b, s.dateline) && x < cl.end && s.tok(x).kind == Token::Punct && isComma(s.tok(x)))
            b = x + 1;
    }
    int e = cl.end;
    while (e > b && s.tok(e - 1).kind == Token::Punct && isComma(s.tok(e - 1)))
        --e;
    const bool opened = b > cl.begin || (b > 0 && s.tok(b - 1).kind == Token::Punct && isComma(s.tok(b - 1)));
    if (!opened || e == cl.end || e - b > asideWords || b >= e || s.tok(b).cap || s.key(b) == "who"_key ||
        ctx.lex.has(Cue::RelativeWord, s.key(b)))
        return false;
    bool travel = false;
    for (int i = b; i < e; ++i) {
        if (s.tok(i).kind != Token::Word)
            return false;
        // (a travel word only: "on a visit to", not "after meeting")
        const bool travelWord = ctx.lex.has(Cue::TravelWord, s.key(i));
        if (!travelWord && ctx.lex.has(Cue::MeetingVerb, s.key(i)))
            return false;
        travel = travel || travelWord;
        // (places and regions, no one's name: "of the Gulf", "to South Korea")
        if (s.tok(i).cap && (s.nameTok[std::size_t(i)] || inOfficialSpan(s, i)))
            return false;
    }
    return travel && std::none_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
        return r->begin >= b && r->begin < e;
    });
}

std::vector<std::vector<int>> meetingGroups(const Trigger& t, const Parties& parties)
{
    std::vector<std::vector<int>> groups;
    if (t.among && parties.subjects.empty() && parties.objects.size() >= 3) {
        // "Among those who called on A were B and C": A, then the people listed
        for (auto o = parties.objects.begin() + 1; o != parties.objects.end(); ++o)
            groups.push_back({parties.objects.front(), *o});
    } else if ((t.split || parties.each) && parties.objects.size() >= 2) {
        for (int o : parties.objects) {
            std::vector<int> people = parties.subjects;
            addUnique(people, o);
            groups.push_back(std::move(people));
        }
    } else if (t.split && !parties.group && parties.subjects.size() >= 2 && parties.objects.size() == 1) {
        // "A and B, in separate calls with C": one meeting per caller
        for (int p : parties.subjects)
            groups.push_back({p, parties.objects.front()});
    } else {
        std::vector<int> people = parties.subjects;
        for (int o : parties.objects)
            addUnique(people, o);
        groups.push_back(std::move(people));
    }
    for (std::vector<int>& g : groups)
        for (int c : parties.companions)
            addUnique(g, c);
    return groups;
}

bool joinsToldMeeting(const DocContext& ctx, const std::vector<Trigger>& triggers,
                      std::size_t index, const Parties& parties)
{
    const Trigger& t = triggers[index];
    // (a group among the parties only as the object the subjects joined: "A joined the two
    // presidents")
    if (triggers.size() != 1 || ctx.meetings.empty() || !t.verb || !t.attendVerb || t.passive ||
        t.attend || t.end - t.begin != 1 || parties.subjects.empty() || parties.objects.empty() ||
        (parties.group && parties.objects.size() < 2))
        return false;
    const MeetingDraft& told = ctx.meetings[lastTold(ctx)];
    const auto in = [&](int p) {
        return std::find(told.participants.begin(), told.participants.end(), p) !=
               told.participants.end();
    };
    return told.status == "held"_key &&
           std::all_of(parties.objects.begin(), parties.objects.end(), in) &&
           std::none_of(parties.subjects.begin(), parties.subjects.end(), in);
}

void attachListAroundRelatives(DocContext& ctx, const SentenceInfo& s,
                               const std::vector<const PersonRef*>& refs,
                               const std::vector<Trigger>& triggers, const std::vector<Clause>& cls)
{
    if (triggers.empty() || ctx.meetings.empty())
        return;
    // "A, who was accompanied by B, arrived in X on Saturday for a two-day visit": a sentence whose
    // only triggers are travel nouns tells the guest's journey, as one with none does; its list
    // joins the meeting told that the guest it names already takes part in
    if (std::all_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
            return !t.verb && t.end - t.begin == 1 && ctx.lex.has(Cue::TravelWord, s.key(t.begin));
        })) {
        const Attendees a = findAttendees(ctx, s, refs);
        if (a.cueBegin < 0 || a.people.empty() || a.whole || a.future || a.elsewhere)
            return;
        const std::optional<std::size_t> target = attendedMeeting(ctx, s, 0, s.size(), a.delegation);
        if (target && std::any_of(a.people.begin(), a.people.end(),
                                  [&](int p) { return holds(ctx.meetings[*target].participants, p); }))
            attachAttendees(ctx, s, a);
        return;
    }
    const auto inRelative = [&](int i) {
        return std::any_of(cls.begin(), cls.end(), [&](const Clause& cl) {
            return cl.relative && i > cl.begin && i < cl.end;
        });
    };
    if (!std::all_of(triggers.begin(), triggers.end(),
                     [&](const Trigger& t) { return inRelative(t.begin); }))
        return;
    std::vector<const PersonRef*> outside;
    std::copy_if(refs.begin(), refs.end(), std::back_inserter(outside),
                 [&](const PersonRef* r) { return !inRelative(r->begin); });
    const Attendees a = findAttendees(ctx, s, outside);
    if (a.cueBegin < 0 || inRelative(a.cueBegin) || a.people.empty() || a.whole || a.future)
        return;
    attachAttendees(ctx, s, a);
}

bool attendEachMeeting(DocContext& ctx, const SentenceInfo& s,
                       const std::vector<const PersonRef*>& refs,
                       const std::vector<Trigger>& triggers)
{
    if (triggers.size() != 1 || ctx.meetings.empty())
        return false;
    const Trigger& t = triggers.front();
    if (!t.attendVerb || !(t.passive || t.attend) || !ctx.lex.has(Cue::AgentWord, s.key(t.end)))
        return false;
    // the plural noun, a few lowercase words (its auxiliary, "also") before the verb: "The
    // meetings were attended", not "The meetings were followed by a gala attended"; nothing
    // told as to come ("will be attended")
    constexpr int reach = 3;
    int noun = -1;
    for (int i = t.begin - 1; i >= std::max(0, t.begin - 1 - reach) && noun < 0; --i) {
        const TokenKey& k = s.key(i);
        if (ctx.lex.has(Cue::FutureAux, k))
            return false;
        if (k.endsWith(QLatin1Char('s')) && ctx.lex.has(Cue::MeetingNoun, k) &&
            ctx.lex.has(Cue::MeetingNoun, k.text().chopped(1)))
            noun = i;
        else if (s.tok(i).kind != Token::Word || s.tok(i).cap)
            return false;
    }
    if (noun < 0 || !ctx.lex.has(Cue::Article, s.key(noun - 1)))
        return false;
    std::vector<int> people;
    for (const PersonRef* r : refs)
        if (r->begin >= t.end && !s.quoted[std::size_t(r->begin)] && isOfficialRef(ctx, *r))
            addUnique(people, r->person);
    // the meetings just told of the one host: those of the last told that share a principal
    // with it, told since a few sentences before it
    constexpr int span = 3;
    const std::size_t last = lastTold(ctx);
    const MeetingDraft& told = ctx.meetings[last];
    const std::vector<int> host = principalsOf(told);
    std::vector<std::size_t> each;
    for (std::size_t m = 0; m < ctx.meetings.size(); ++m) {
        const MeetingDraft& d = ctx.meetings[m];
        if (d.status != "held"_key || d.aside || d.earlier || d.status != told.status ||
            d.lastSentence < told.lastSentence - span)
            continue;
        const std::vector<int> own = principalsOf(d);
        if (std::any_of(own.begin(), own.end(), [&](int p) {
                return std::find(host.begin(), host.end(), p) != host.end();
            }))
            each.push_back(m);
    }
    if (people.empty() || each.size() < 2)
        return false;
    const QString rule = attendeesRule + ctx.surface(s, noun, t.end) +
                         QStringLiteral("' in sentence ") + QString::number(s.index + 1);
    for (std::size_t m : each) {
        MeetingDraft& d = ctx.meetings[m];
        for (int p : people) {
            if (std::find(d.participants.begin(), d.participants.end(), p) == d.participants.end())
                addUnique(d.companions, p);
            addUnique(d.participants, p);
        }
        d.evidence.push_back(ctx.mention(s, noun, t.end, rule));
        d.addRule(rule);
    }
    return true;
}

bool attachAttendeeList(DocContext& ctx, const SentenceInfo& s, const Attendees& attendees, bool needPeople)
{
    if (attendees.cueBegin < 0 || (needPeople && (attendees.people.empty() || attendees.whole)))
        return false;
    attachAttendees(ctx, s, attendees);
    return true;
}

bool addNamedStatesSides(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    if (ctx.meetings.empty())
        return false;
    MeetingDraft& m = ctx.meetings[lastTold(ctx)];
    if (m.lastSentence != s.index - 1 || m.participants.empty() || m.aside || m.earlier)
        return false;
    // (the states the meeting names as taking part, none of whose people it has yet)
    std::vector<int> open;
    for (int st : m.namedStates)
        if (std::none_of(m.participants.begin(), m.participants.end(),
                         [&](int p) { return ctx.persons[std::size_t(p)].state == st; }))
            open.push_back(st);
    if (open.empty())
        return false;
    std::vector<int> sides;
    for (const PersonRef* r : refs) {
        if (r->kind != RefKind::Name || !isOfficialRef(ctx, *r) || s.quoted[std::size_t(r->begin)] ||
            !holds(open, ctx.persons[std::size_t(r->person)].state) || holds(m.participants, r->person))
            continue;
        // (bare: no title before the name; and named here first, not one told of before)
        if (r->begin > s.dateline && inOfficialSpan(s, r->begin - 1))
            continue;
        if (std::any_of(ctx.refs.begin(), ctx.refs.end(),
                        [&](const PersonRef& o) { return o.person == r->person && o.sentence < s.index; }))
            continue;
        addUnique(sides, r->person);
    }
    if (sides.empty())
        return false;
    for (int p : sides)
        addUnique(m.participants, p);
    const QString rule = QStringLiteral("meeting: named states' sides in sentence %1").arg(s.index + 1);
    m.evidence.push_back(ctx.mention(s, 0, s.size(), rule));
    m.addRule(rule);
    return true;
}

void addDelegationMembers(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    // (both readings below need a member verb: most sentences have none)
    if (!s.mayHaveWordOf(Cue::MemberVerb))
        return;
    bool delegation = false, led = false;
    for (int i = 0; i < s.size(); ++i) {
        if (ctx.lex.has(Cue::DelegationNoun, s.key(i)))
            delegation = true;
        if (delegation && ctx.lex.has(Cue::MemberVerb, s.key(i)))
            led = true;
    }
    // ... or the active order: "A headed the Kenyan side, and B the Somali side", "C led his
    // country's delegation", "Leading the Chilean side was D": a lead verb, then a few words of
    // the side (no punctuation but the possessive's), then a delegation or side noun; not one led
    // to another event ("led the delegation to a water fair in Dubai": a preposition after the
    // noun and no meeting word up to the punctuation) nor on an earlier occasion ("had led")
    for (int v = s.dateline; v < s.size() && !led; ++v)
        led = ledSideAt(ctx.lex, s, v);
    if (!led || ctx.meetings.empty())
        return;
    MeetingDraft& last = ctx.meetings.back();
    bool added = false;
    for (const PersonRef* r : refs) {
        if (isOfficialRef(ctx, *r) && !deniedAttendanceAfter(ctx.lex, s, *r)) {
            addUnique(last.participants, r->person);
            added = true;
        }
    }
    if (added) {
        last.evidence.push_back(ctx.mention(s, 0, s.size(), QStringLiteral("meeting: delegation members")));
        last.addRule(QStringLiteral("meeting: delegation members in sentence %1").arg(s.index + 1));
    }
}

} // namespace parley

