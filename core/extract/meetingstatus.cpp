// SPDX-License-Identifier: GPL-3.0-or-later
// The status pass of meetings: held, planned, cancelled or denied, read from the cue words
// (lexicon data) around a trigger: cancellation and denial anywhere in its clause, negation
// and refusal just before it, the future and modals before it or, for a meeting noun, after it.
#include "extract/meetingpasses.h"

#include <algorithm>
#include <tuple>

namespace parley {

namespace {

// "invited B to visit Nairobi", "asked B to visit", "an invitation from B to visit": the one
// asked (named between the cue and "to") is yet to come. The cue is a modal-before-to word
// with the value "object". Not "at the invitation of B to hold talks": that visit happened
// (but "welcomed the invitation by B to hold talks": a verb takes the invitation).
// ... past long names, whose words count for none: "urged Syrian President Ahmed al-Sharaa and
// Israeli Prime Minister Benjamin Netanyahu to meet in Baku"
bool askedToCome(const Lexicon& lex, const SentenceInfo& s, int to, const Clause& c)
{
    constexpr int reach = 8;
    int first = to - 1;
    for (int words = 0; first > c.begin && words < reach; --first)
        if (!inOfficialSpan(s, first - 1))
            ++words;
    for (int i = std::max(c.begin, first); i < to - 1; ++i) {
        // ("the invitation" only as a verb's object: "welcomed the invitation by B to hold talks",
        // "accepted the invitation of B to visit"; not "at the invitation of B to hold talks")
        if (lex.value(Cue::ModalBeforeTo, s.key(i)) != "object"_key ||
            (s.key(i - 1) == "the"_key &&
             (i - 2 < c.begin || s.tok(i - 2).kind != Token::Word || s.tok(i - 2).cap ||
              lex.has(Cue::FunctionWord, s.key(i - 2)))))
            continue;
        bool words = true;
        for (int x = i + 1; x < to && words; ++x)
            words = s.tok(x).kind == Token::Word;
        if (words)
            return true;
    }
    return false;
}

// "inviting B to a regional meeting", "expected to host B for a three-way meeting": the "to"
// or "for" before a meeting noun with only its article and lowercase modifiers between; -1
// when there is none.
int prepositionBeforeNoun(const SentenceInfo& s, const Trigger& t, const Clause& c, const QString& prep)
{
    if (t.verb)
        return -1;
    for (int i = t.begin - 1; i >= std::max(c.begin, t.begin - 5); --i) {
        const Token& tok = s.tok(i);
        if (tok.kind != Token::Word || tok.cap)
            return -1;
        if (tok.key == prep)
            return i;
    }
    return -1;
}

// Token i says the meeting is off: a cancel cue, a word ("postponed") or a phrase ("called off").
// A cue of the value "predicate" ("put off", "pushed back", "on hold") says so only as the
// predicate of a meeting noun ("the meeting has been put off"), where `predicate` is true: in a
// clause at large it is often of something else ("pushed back against criticism").
// ... or, in a clause at large, when its object is a meeting or a trip: "put off his trip to X
// to see B", "pushed back the summit with B", "shelved the Kabul talks" (an article, a determiner
// or a possessive right after it, then a meeting noun or a travel word within a few words)
bool cancelsAt(const Lexicon& lex, const SentenceInfo& s, int i, bool predicate = false)
{
    constexpr int reach = 3; ///< "his trip", "the Kabul talks", "a planned state visit"
    const auto takesMeeting = [&](int end) {
        if (end >= s.size())
            return false;
        const TokenKey& k = s.key(end);
        if (!(k == "a"_key || k == "an"_key || lex.has(Cue::Article, k) || lex.has(Cue::Determiner, k) ||
              lex.has(Cue::PossessivePronoun, k)))
            return false;
        for (int j = end + 1; j < std::min(s.size(), end + 1 + reach) && s.tok(j).kind == Token::Word; ++j)
            if (lex.has(Cue::MeetingNoun, s.key(j)) || lex.has(Cue::TravelWord, s.key(j)))
                return true;
        return false;
    };
    if (lex.has(Cue::CancelCue, s.key(i)) &&
        (predicate || lex.value(Cue::CancelCue, s.key(i)) != "predicate"_key || takesMeeting(i + 1)))
        return true;
    const LexiconPhrase* cue = nullptr;
    const int end = lexiconPhraseAt(lex, Cue::CancelCue, s, i, &cue);
    return end >= 0 && (predicate || cue->value != "predicate"_key || takesMeeting(end));
}

// "were false", "is untrue, the ministry said": the word at token i is the predicate itself,
// not an adjective of a noun after it ("was dominated by B's false claims", "baseless
// accusations"): no lower-case word other than a function word follows it.
bool predicativeAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (i + 1 >= s.size())
        return true;
    const Token& next = s.tok(i + 1);
    return next.kind != Token::Word || next.cap || lex.has(Cue::FunctionWord, s.key(i + 1));
}

// What token i says of the meeting of its clause: "cancelled" ("postponed", "called off"),
// "denied" ("denied"; for a meeting noun's predicate also "were false", "untrue"), else empty.
// The one clause-cue reader of statusOf and predicateSays.
QString offOrDeniedAt(const Lexicon& lex, const SentenceInfo& s, int i, bool predicate)
{
    if (cancelsAt(lex, s, i, predicate))
        return QStringLiteral("cancelled");
    if (lex.has(Cue::DenialCue, s.key(i)) ||
        (predicate && lex.value(Cue::ModalAfterNoun, s.key(i)) == "denied"_key && predicativeAt(lex, s, i)))
        return QStringLiteral("denied");
    return {};
}

// Whether offOrDeniedAt(lex, s, i, false) can say anything: a key the lexicon classified says
// nothing unless it is a cancel-cue or denial-cue word or starts a cancel-cue phrase (bit tests,
// where the call reads each class by its rules).
bool mayCancelOrDeny(const Lexicon& lex, const SentenceInfo& s, int i)
{
    static_assert(inTokenBits(Cue::CancelCue) && inTokenBits(Cue::DenialCue));
    const TokenKey& k = s.key(i);
    return !lex.classified(k) || k.isWordOf(int(Cue::CancelCue)) || k.startsPhraseOf(int(Cue::CancelCue)) ||
           k.isWordOf(int(Cue::DenialCue));
}

// The end of a refusal cue starting at token i, a word ("declined") or a phrase ("turned
// down"), or -1.
int refusalEndAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (lex.has(Cue::RefusalCue, s.key(i)))
        return i + 1;
    return lexiconPhraseAt(lex, Cue::RefusalCue, s, i, nullptr);
}

// "declined an invitation to meet B", "turned down a request for talks with B", "rejected an
// offer of talks": a refusal cue (not one of the value "before-to") whose object is a request
// for the meeting (a few lowercase words, then "to", "for" or "of" right before the trigger, an
// article between at most) denies it. Not "declined to say whether a meeting took place" (no
// link word right before the noun) nor "welcomed a proposal to meet B" (no refusal).
bool refusesRequest(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    constexpr int requestWords = 3; ///< "an invitation", "a formal request"
    int link = t.begin - 1;
    if (link > from && (s.key(link) == "a"_key || s.key(link) == "an"_key || lex.has(Cue::Article, s.key(link))))
        --link;
    const TokenKey& lk = s.key(link);
    if (link <= from || !(lk == "to"_key || lk == "for"_key || lk == "of"_key))
        return false;
    for (int r = link - 1; r >= std::max(from, link - 1 - requestWords - 2); --r) {
        if (s.tok(r).kind != Token::Word || s.tok(r).cap)
            return false;
        const int end = refusalEndAt(lex, s, r);
        if (end > r && end < link && end + requestWords >= link && lex.value(Cue::RefusalCue, s.key(r)) != "before-to"_key)
            return true;
    }
    return false;
}

// "turned down a video call with B", "declined a face-to-face meeting with B", "rejected the
// second phone call from B": a refusal (not of the value "before-to") whose object is the meeting
// noun, with its article and lowercase modifiers between, denies it as the bare noun does.
// Not "rejected criticism during talks with B" (a function word between) nor "refused, in
// talks with B, to ..." (punctuation).
bool refusesModifiedNoun(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    constexpr int reach = 6; ///< "a second face-to-face" (the tokenizer splits at hyphens)
    if (t.verb && !lex.has(Cue::MeetingNoun, s.key(t.begin)))
        return false;
    for (int i = t.begin - 1; i > from && i >= t.begin - reach; --i) {
        const Token& w = s.tok(i);
        const TokenKey& k = s.key(i);
        const bool joined = w.hyphenBefore || s.tok(i + 1).hyphenBefore;
        const bool article = k == "a"_key || k == "an"_key || lex.has(Cue::Article, k) || lex.has(Cue::Determiner, k) ||
                             lex.has(Cue::PossessivePronoun, k);
        if (w.kind != Token::Word || w.cap || lex.has(Cue::ClauseCut, k) ||
            (!article && !joined && lex.has(Cue::FunctionWord, k)))
            return false;
        // (the refusal ends right before the modifiers read so far)
        for (int q = std::max(from, i - 2); q < i; ++q)
            if (refusalEndAt(lex, s, q) == i && lex.value(Cue::RefusalCue, s.key(q)) != "before-to"_key)
                return true;
    }
    return false;
}

// A negation word at token i that denies what follows: not "not only met B but also C", "did
// not just call B" (a scope-limiter word after it: the negation is of the limit, the meeting
// was held).
bool negatesAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    return lex.has(Cue::Negation, s.key(i)) && !lex.has(Cue::ScopeLimiter, s.key(i + 1));
}

// "Mayor C did not take part in the meeting", "was not present at the talks": a negation right
// before the attendee cue that takes the meeting noun (a preposition and an article at most
// between) says the subject stayed away; the mention tells no one's attending, held.
bool negatedAttendance(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    if (t.verb)
        return false;
    int end = t.begin;
    if (end - 1 > from && (lex.has(Cue::Article, s.key(end - 1)) || lex.has(Cue::Determiner, s.key(end - 1))))
        --end;
    if (end - 1 > from && s.tok(end - 1).kind == Token::Word && !s.tok(end - 1).cap &&
        lex.has(Cue::FunctionWord, s.key(end - 1)) && !lex.has(Cue::AgentWord, s.key(end - 1)))
        --end;
    constexpr int cueReach = 4; ///< "among those present at"
    for (int i = std::max(from + 1, end - cueReach); i < end; ++i)
        if (lexiconPhraseAt(lex, Cue::AttendeeCue, s, i) == end)
            return negatesAt(lex, s, i - 1);
    return false;
}

// "Kagame to meet Ndayishimiye in Kigali", "Modi, Albanese to hold talks", "South Africa's
// Ramaphosa to host Boko": a headline's infinitive, "to" and a lowercase verb right after a
// person's name with only capitalised words, commas, "and" and possessives before it in the
// clause, no finite verb: the event is still to come. Not "sent Blinken to meet B", "for Ruto to
// meet B", "invited B to visit" (a lowercase word before the name).
bool headlineInfinitive(const Lexicon& lex, const SentenceInfo& s, const Clause& c, int to)
{
    if (to - 1 < c.begin || to + 1 >= s.size() || s.key(to) != "to"_key || !s.nameTok[std::size_t(to - 1)] ||
        !s.tok(to - 1).cap || s.tok(to + 1).kind != Token::Word || s.tok(to + 1).cap ||
        lex.has(Cue::Article, s.key(to + 1)) || lex.has(Cue::FunctionWord, s.key(to + 1)))
        return false;
    for (int i = c.begin; i < to - 1; ++i) {
        const Token& w = s.tok(i);
        if (w.kind == Token::Word ? !(w.cap || lex.has(Cue::Conjunction, s.key(i)) || s.key(i) == "'s"_key || s.key(i) == "s"_key)
                                  : w.punct != QLatin1Char(',') && w.punct != QLatin1Char('\'') && w.punct != QChar(0x2019))
            return false;
    }
    return true;
}

// "had no one-on-one meeting with B", "held no formal talks": "no" before the noun with only
// lowercase modifiers between (no function word: not "no sign of talks")
bool noBefore(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    constexpr int reach = 4; ///< "no one-on-one meeting" (the tokenizer splits at hyphens)
    if (t.verb && !lex.has(Cue::MeetingNoun, s.key(t.begin)))
        return false;
    for (int i = t.begin - 1; i >= std::max(from, t.begin - reach); --i) {
        if (s.key(i) == "no"_key)
            return i < t.begin - 1;
        // (a word joined by hyphens is a modifier whatever it is alone: "one-on-one")
        const bool joined = s.tok(i).hyphenBefore || s.tok(i + 1).hyphenBefore;
        if (s.tok(i).kind != Token::Word || s.tok(i).cap ||
            (!joined && (lex.has(Cue::FunctionWord, s.key(i)) || lex.has(Cue::ClauseCut, s.key(i)))))
            return false;
    }
    return false;
}

// A quotation mark: straight or curly, double or single.
bool isQuoteMark(const Token& t)
{
    if (t.kind != Token::Punct)
        return false;
    const QChar c = t.punct;
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201C) || c == QChar(0x201D) ||
           c == QChar(0x2018) || c == QChar(0x2019);
}

// Where a short quoted phrase (a few words between quotation marks) ends right before token
// `begin` starts: its opening mark; `begin` when there is none.
int quotedBefore(const SentenceInfo& s, int begin)
{
    constexpr int words = 4; ///< a scare quote ("no plans"), not a quoted statement
    if (begin < 2 || !isQuoteMark(s.tok(begin - 1)))
        return begin;
    for (int i = begin - 2; i >= std::max(0, begin - 2 - words); --i) {
        if (isQuoteMark(s.tok(i)))
            return i;
        if (s.tok(i).kind != Token::Word)
            return begin;
    }
    return begin;
}

// "held no talks with B", "had no bilateral with B", "had never a meeting": a negation inside
// the hold verb's own words, before its noun, denies it.
bool negatedInside(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 3; ///< "had no one-on-one meeting" (the tokenizer splits at hyphens)
    for (int i = t.begin + 1; i < std::min(t.end, t.begin + 1 + reach); ++i) {
        if (lex.has(Cue::MeetingNoun, s.key(i)))
            return false;
        if (s.key(i) == "no"_key || negatesAt(lex, s, i))
            return true;
    }
    // ... and so at the end of a longer expression: "kept apart at the summit in X and held no
    // talks" (a hold verb, then "no")
    for (int i = t.begin + 1; i + 1 < t.end; ++i)
        if (s.key(i) == "no"_key && lex.has(Cue::HoldVerb, s.key(i - 1)))
            return true;
    // ... and so a negation right before the meeting verb that ends a longer expression: "wrapped
    // up a visit to X without meeting B", "visited X as a private citizen and did not meet B",
    // "without having met B" (only lowercase words, its auxiliaries, between)
    const int last = t.end - 1;
    if (last > t.begin + reach && !s.tok(last).cap &&
        (lex.has(Cue::MeetingVerb, s.key(last)) || lex.value(Cue::MeetingNoun, s.key(last)) == "participle"_key)) {
        for (int i = last - 1; i > t.begin && i >= last - 3; --i) {
            if (s.tok(i).kind != Token::Word || s.tok(i).cap)
                break;
            if (negatesAt(lex, s, i))
                return true;
        }
    }
    return false;
}

// "had not had time to meet B", "did not get a chance to see B", "never got to meet B": a negation
// a few lowercase words before the "to" of a meeting verb's infinitive denies it as well (the
// words between are the chance that was missing; no clause cut, name or punctuation between)
bool negatedInfinitive(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    constexpr int reach = 5; ///< "had not had the time to"
    const int to = t.begin - 1;
    if (!t.verb || to <= from || s.key(to) != "to"_key)
        return false;
    for (int i = to - 1; i >= from && i >= to - reach; --i) {
        const Token& w = s.tok(i);
        if (w.kind != Token::Word || w.cap || lex.has(Cue::ClauseCut, s.key(i)) || s.key(i) == "to"_key)
            return false;
        if (negatesAt(lex, s, i))
            return lex.value(Cue::Negation, s.key(i)) != "list"_key;
    }
    return false;
}

// "neither A nor B attended", "Nor did Tanzanian President C meet D": a negation of a list (value
// "list") reaches over the names and a few words between it and a meeting word; right after a
// verb it denies it too: "met neither A nor B".
bool listNegated(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, int from)
{
    constexpr int reach = 3; ///< "nor did he", words other than names
    if (t.verb && t.end < s.size() && lex.value(Cue::Negation, s.key(t.end)) == "list"_key)
        return true;
    for (int i = t.begin - 1, words = 0; i >= from && words < reach; --i) {
        if (s.tok(i).kind != Token::Word)
            return false;
        if (lex.value(Cue::Negation, s.key(i)) == "list"_key)
            return true;
        if (!inOfficialSpan(s, i) && !s.nameTok[std::size_t(i)])
            ++words;
    }
    return false;
}

// "hoped to agree on it when they meet in Vilnius on 11 May", "once A and B sit down", "before he
// receives B": a meeting verb in the present (present-verb) whose subject (names, pronouns, "the
// two leaders") follows a subordinator of time of the value "future" tells what is still to come.
// Not "when they met" (the past), nor "as they meet" (no value: a headline's present).
bool presentAfterSubordinator(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 14; ///< "once Kenyan President William Ruto and Ugandan President Yoweri Museveni"
    if (!t.verb || t.passive || !lex.has(Cue::PresentVerb, s.key(t.begin)) || s.tok(t.begin).cap)
        return false;
    // "when A paid a state visit to X and held talks with B", "after his visit to X": a word of
    // both kinds that an article or a possessive takes, right before it or with one word
    // between ("a state visit"), is the noun, no present verb; the verb that takes it says the
    // tense ("when A pays a state visit to X", "once she makes an official visit": present)
    // (not "when the two leaders meet": a definite article only right before it)
    const auto nounTaker = [&](int k) {
        const TokenKey& key = s.key(k);
        return key == "a"_key || key == "an"_key || lex.has(Cue::PossessivePronoun, key);
    };
    int taker = -1;
    if (t.begin >= 1 && (nounTaker(t.begin - 1) || lex.has(Cue::Article, s.key(t.begin - 1))))
        taker = t.begin - 1;
    else if (t.begin >= 2 && nounTaker(t.begin - 2) && s.tok(t.begin - 1).kind == Token::Word)
        taker = t.begin - 2;
    const int v = taker < 0 ? t.begin : taker - 1;
    if (v < 0 || (taker >= 0 && (!lex.has(Cue::PresentVerb, s.key(v)) || s.tok(v).cap)))
        return false;
    for (int k = v - 1, plain = 0; k >= std::max(0, v - reach); --k) {
        const Token& w = s.tok(k);
        const TokenKey& key = s.key(k);
        if (w.kind == Token::Word && !w.cap && lex.value(Cue::Subordinator, key) == "future"_key)
            return k < v - 1;
        if (w.kind != Token::Word || lex.has(Cue::Subordinator, key))
            return false;
        if (w.cap || inOfficialSpan(s, k) || s.nameTok[std::size_t(k)] || lex.has(Cue::Conjunction, key) ||
            (lex.has(Cue::FunctionWord, key) && !lex.has(Cue::Subordinator, key)))
            continue;
        // ("the two leaders": a few plain words of the subject)
        if (++plain > 2)
            return false;
    }
    return false;
}

// "Sherpas met in Ottawa to finalise a meeting between A and B", "Teams held talks in Doha ahead
// of a summit between A and B": a verb read as one expression with a later meeting noun that
// lists its people with "between", where a purpose infinitive ("to" and a verb that is no meeting
// or hold verb) or a plan word ("ahead") comes before that noun, tells of the meeting the named
// people are yet to hold; those who met are unnamed.
bool preparesBetween(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    constexpr int reach = 4; ///< "between Canadian Prime Minister A": a named person starts the list
    if (!t.verb || t.end - t.begin < 4 || s.key(t.end - 1) != "between"_key)
        return false;
    // (only when those who met are unnamed and the list names people: not "A and B held a
    // meeting to go over consultations between the ministries")
    for (int i = c.begin; i < t.begin; ++i)
        if (s.nameTok[std::size_t(i)])
            return false;
    bool named = false;
    for (int i = t.end; i < std::min(s.size(), t.end + reach) && !named; ++i)
        named = s.nameTok[std::size_t(i)] != 0;
    if (!named)
        return false;
    for (int i = t.begin + 1; i + 2 < t.end; ++i) {
        const TokenKey& k = s.key(i);
        if (s.tok(i).cap)
            continue;
        const TokenKey& v = s.key(i + 1);
        if (k == "to"_key && s.tok(i + 1).kind == Token::Word && !s.tok(i + 1).cap && !lex.has(Cue::MeetingVerb, v) &&
            !lex.has(Cue::HoldVerb, v) && !lex.has(Cue::MeetingNoun, v) && !lex.has(Cue::TravelWord, v))
            return true;
        if (lex.has(Cue::FutureCue, k) && lex.value(Cue::FutureCue, k).isEmpty() && !lex.has(Cue::FutureAux, k))
            return true;
    }
    return false;
}

// "at the ASEAN summit", "on the sidelines of the G20 summit": a gathering noun after a frame
// word ("at", "in", "during", "on"), with only its article, capitalised words and "the sidelines
// of" between.
bool framedGathering(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 6; ///< "on the sidelines of the G20"
    for (int i = t.begin - 1; i >= std::max(0, t.begin - reach); --i) {
        const TokenKey& k = s.key(i);
        if (lex.has(Cue::EventFrame, k) || k == "on"_key)
            return i < t.begin - 1;
        if (s.tok(i).kind != Token::Word ||
            !(s.tok(i).cap || lex.has(Cue::Article, k) || k == "of"_key || lex.has(Cue::SideMeeting, k)))
            return false;
    }
    return false;
}

} // namespace

QString statusOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    // "A and B held their summit on Tuesday after it was postponed twice": a cue after a boundary
    // of time that follows a verb trigger tells what happened before, not whether it was held
    int boundary = c.end;
    for (int i = t.end; t.verb && i < c.end && boundary == c.end; ++i)
        if (lex.has(Cue::DateBoundary, s.key(i)))
            boundary = i;
    for (int i = c.begin; i < c.end; ++i) {
        if (!mayCancelOrDeny(lex, s, i) || i > boundary)
            continue;
        QString said = offOrDeniedAt(lex, s, i, false);
        if (!said.isEmpty())
            return said;
    }
    // "A and B have not met since 2022, although they spoke by phone": the cues before a
    // contrast word are of the other side; the trigger's own part starts after it.
    int from = c.begin;
    for (int i = c.begin; i < t.begin; ++i)
        if (lex.has(Cue::ContrastWord, s.key(i)))
            from = i + 1;
    if (negatedInside(lex, s, t) || noBefore(lex, s, t, from) || listNegated(lex, s, t, from) ||
        negatedInfinitive(lex, s, t, from))
        return QStringLiteral("denied");
    if (preparesBetween(lex, s, t, c))
        return QStringLiteral("planned");
    for (int i = std::max(from, t.begin - 3); i < t.begin; ++i) {
        const TokenKey& k = s.key(i);
        // ("no meeting", "no such meeting had taken place")
        if (negatesAt(lex, s, i) || (k == "no"_key && (i == t.begin - 1 || (i == t.begin - 2 && s.key(i + 1) == "such"_key))))
            return QStringLiteral("denied");
        // "refused to meet", "have yet to meet"
        if (lex.has(Cue::RefusalCue, k) &&
            (lex.value(Cue::RefusalCue, k) != "before-to"_key || s.key(i + 1) == "to"_key))
            return QStringLiteral("denied");
        // "turned down talks with B": a refusal phrase right before the trigger
        if (const int end = lexiconPhraseAt(lex, Cue::RefusalCue, s, i, nullptr); end == t.begin)
            return QStringLiteral("denied");
    }
    // "stayed away from talks with B", "pulled out of a meeting with B", "withdrew from the
    // summit": an absence verb, then "from" or "of" and an article or possessive at most
    if (!t.verb || lex.has(Cue::MeetingNoun, s.key(t.begin))) {
        int v = t.begin - 1;
        if (v > from && (s.key(v) == "a"_key || s.key(v) == "an"_key || lex.has(Cue::Article, s.key(v)) ||
                         lex.has(Cue::Determiner, s.key(v)) || lex.has(Cue::PossessivePronoun, s.key(v))))
            --v;
        if (v > from && (s.key(v) == "from"_key || s.key(v) == "of"_key)) {
            for (int a = std::max(from, v - 3); a < v; ++a)
                if (lexiconPhraseAt(lex, Cue::AbsenceVerb, s, a) == v)
                    return QStringLiteral("denied");
        }
        // ... or one that takes the noun as its object: "boycotted last week's meeting of the
        // council", "snubbed the summit" (its article, a possessive of time and modifiers between)
        constexpr int modifiers = 4; ///< "last week's"
        for (int b = t.begin - 1; b > from && b >= t.begin - modifiers; --b) {
            if (s.tok(b).cap || (s.tok(b).kind == Token::Punct && s.key(b) != "'s"_key))
                break;
            for (int a = std::max(from, b - 3); a < b; ++a)
                if (lexiconPhraseAt(lex, Cue::AbsenceVerb, s, a) == b && !s.tok(a).cap)
                    return QStringLiteral("denied");
        }
    }
    if (refusesRequest(lex, s, t, from) || refusesModifiedNoun(lex, s, t, from) || negatedAttendance(lex, s, t, from))
        return QStringLiteral("denied");
    // "declined to take a call from B", "refused to join the talks": a refusal, "to", one verb
    // and an article before the trigger (not "declined to comment on the talks")
    {
        int v = t.begin - 1;
        if (v > from && (s.key(v) == "a"_key || s.key(v) == "an"_key || lex.has(Cue::Article, s.key(v)) ||
                         lex.has(Cue::Determiner, s.key(v))))
            --v;
        if (v - 2 >= from && s.tok(v).kind == Token::Word && !s.tok(v).cap && !lex.has(Cue::ClauseCut, s.key(v)) &&
            s.key(v - 1) == "to"_key && refusalEndAt(lex, s, v - 2) == v - 1)
            return QStringLiteral("denied");
    }
    // "has no plans to meet B", "There are no plans for A to meet B", "no intention of meeting
    // B": "no" before a plan word (future cue) in the trigger's part of the clause
    // ... also in quotation marks: 'said he had "no plans" to meet B' (the clause cut at the
    // quote; the quoted words are read with it)
    for (int i = from == c.begin ? quotedBefore(s, c.begin) : from; i + 1 < t.begin; ++i) {
        const int next = isQuoteMark(s.tok(i + 1)) ? i + 2 : i + 1;
        if (s.key(i) == "no"_key && next < t.begin && lex.has(Cue::FutureCue, s.key(next)) && !s.tok(next).cap)
            return QStringLiteral("denied");
    }
    // "was to have met B on Monday": a past plan of a perfect infinitive did not come about
    // ... and so in the passive: "It was to have been co-chaired by A and B"
    // ... and so a perfect infinitive that opens its clause after a comma: "A dinner for B, to have
    // been hosted by C in Doha, was called off" (not "is said to have met B": a verb before "to")
    const int perfect = t.begin - (s.key(t.begin - 1) == "been"_key ? 2 : 1);
    if (t.verb && s.key(perfect) == "have"_key && s.key(perfect - 1) == "to"_key &&
        ((lex.has(Cue::NounPredicate, s.key(perfect - 2)) && lex.has(Cue::ModalBeforeTo, s.key(perfect - 2))) ||
         (perfect - 2 >= 0 && isComma(s.tok(perfect - 2)))))
        return QStringLiteral("cancelled");
    // A purpose ("for talks with", "to meet") takes its status from the clause's verb: "is
    // scheduled to travel to Abuja for talks with", "is expected in Madrid on Monday for talks".
    // ... also "for a three-way meeting with", "for a fifth round of talks" (the words between
    // are its article and modifiers)
    const bool purpose = s.key(t.begin - 1) == "for"_key || s.key(t.begin - 1) == "to"_key ||
                         prepositionBeforeNoun(s, t, c, QStringLiteral("for")) >= 0;
    // "offered a dinner in honour of B": a host gives a meal; "offered talks": a proposal
    const bool meal = !t.verb && lex.value(Cue::MeetingNoun, s.key(t.end - 1)) == "guest-for"_key;
    auto future = [&](int i) {
        // (no word of a recognised official's title: "Minister of Finance and Planning A met B")
        if (inOfficialSpan(s, i))
            return false;
        const QString v = lex.value(Cue::FutureCue, s.key(i));
        // "may meet", not the month ("In May, A met B": value "lowercase")
        // "are preparing a meeting between A and B", "welcomed X's offer to host talks": a
        // plan of the noun it takes (value "noun"), not of a verb ("met B, discussing trade")
        // "is due in Brussels for talks", not "due to the storm" (value "not-to")
        // "the coming meeting with B", "their coming talks" (value "attributive"): only right
        // before a meeting noun, after an article or a possessive; not "after coming out of talks"
        if (v == "attributive"_key)
            return !t.verb && i == t.begin - 1 && i > 0 &&
                   (lex.has(Cue::Article, s.key(i - 1)) || lex.has(Cue::PossessivePronoun, s.key(i - 1)));
        return lex.has(Cue::FutureCue, s.key(i)) && !(meal && v == "not-meal"_key) &&
               !(v == "not-to"_key && s.key(i + 1) == "to"_key) &&
               !(v == "lowercase"_key && s.tok(i).cap) && !(v == "noun"_key && t.verb);
    };
    // "discussed the cable plan in a video call with B", "presented his plans at a meeting with
    // B": a plan word used as a noun (an article, a determiner or a possessive a word or two
    // before it) ahead of the event-frame preposition that opens the trigger noun's phrase is the
    // topic of another verb; the noun tells where that was done, so it plans nothing (not "due
    // at the meeting", a predicate)
    // ("in a phone call with B" is read as a verb, its noun having a subject: the noun still)
    int framePrep = -1;
    if ((!t.verb || lex.has(Cue::MeetingNoun, s.key(t.begin))) && !purpose) {
        int b = t.begin - 1;
        for (int words = 0; b > from && words < 3 && s.tok(b).kind == Token::Word && !s.tok(b).cap &&
                            !lex.has(Cue::EventFrame, s.key(b)) && !lex.has(Cue::FutureCue, s.key(b));
             --b, ++words) {
        }
        if (b >= from && lex.has(Cue::EventFrame, s.key(b)) && !s.tok(b).cap)
            framePrep = b;
    }
    const auto nounBeforeFrame = [&](int i) {
        if (i >= framePrep)
            return false;
        for (int d = i - 1; d >= std::max(0, i - 2); --d) {
            const TokenKey& k = s.key(d);
            if (lex.has(Cue::Article, k) || lex.has(Cue::Determiner, k) || lex.has(Cue::PossessivePronoun, k) ||
                k == "a"_key || k == "an"_key || k == "'s"_key)
                return true;
        }
        return false;
    };
    // (five words back; before a noun, an official's title and name and its possessive counted as
    // none: "Ahead of Chinese Premier B's visit")
    constexpr int reach = 5;
    int futureFrom = purpose ? from : std::max(from, t.begin - reach);
    if (!purpose && !t.verb) {
        futureFrom = t.begin;
        for (int words = 0; futureFrom > from && words < reach; --futureFrom) {
            const int b = futureFrom - 1;
            if (!inOfficialSpan(s, b) && !s.nameTok[std::size_t(b)] && s.key(b) != "'s"_key)
                ++words;
        }
    }
    // "A and B agreed on the plan when they held talks": a subordinator with a subject after it
    // opens the verb's own clause; a plan word before it is of the main clause (its auxiliary,
    // "will agree ... when they meet", is read below)
    for (int i = futureFrom; t.verb && i + 1 < t.begin; ++i)
        if (lex.has(Cue::Subordinator, s.key(i)) && !s.tok(i).cap)
            futureFrom = i + 1;
    for (int i = futureFrom; i < t.begin; ++i) {
        if (nounBeforeFrame(i))
            continue;
        // ("must mention the meeting of A and B in May": a verb of mention between names the event)
        if (!t.verb && lex.has(Cue::MentionVerb, s.key(i + 1)) && t.begin - i <= 4)
            break;
        if (future(i) || (purpose && lex.has(Cue::ModalBeforeTo, s.key(i)) &&
                                                  s.key(i + 1) == "to"_key && lex.has(Cue::TravelWord, s.key(i + 2))))
            return QStringLiteral("planned");
    }
    // "sought a handshake with B at the ASEAN summit", "hopes for a word with B at the G7": a
    // gathering told as the frame of its clause, whose verb (a modal word, no copula) only seeks
    // or plans an encounter (an indefinite object, after "for" at most), is no meeting held there.
    // Not "pressed B on trade at the summit" (no such object).
    if (!t.verb && t.gathering && (t.frame || framedGathering(lex, s, t))) {
        for (int i = from; i + 2 < t.begin; ++i) {
            const TokenKey& k = s.key(i);
            if (s.tok(i).cap || !lex.has(Cue::ModalBeforeTo, k) || lex.has(Cue::PassiveAux, k) ||
                lex.value(Cue::ModalBeforeTo, k) == "object"_key)
                continue;
            const int object = s.key(i + 1) == "for"_key ? i + 2 : i + 1;
            if (s.key(object) == "a"_key || s.key(object) == "an"_key)
                return QStringLiteral("planned");
        }
    }
    // "will travel to Moscow on July 8 for talks with": the clause's future reaches the trigger,
    // but not past a complement "that", which has a tense of its own ("It will be recalled that
    // A last met B in January")
    // ... nor past a report of what was said or agreed: "X will coordinate buses, A and B agreed
    // on Friday during a meeting" (a speech verb, or a modal word of the value "report" not
    // before "to", between)
    bool futureAux = false;
    for (int i = from; i < t.begin; ++i) {
        const TokenKey& k = s.key(i);
        const bool complement = lex.value(Cue::ClauseCut, k) == "complement"_key;
        // ... and so does a modal word's infinitive: "is to welcome B at the airport at the start
        // of a state visit", "is expected to host B ... for talks" (not "agreed", a report, nor
        // "invited B to", whose object is the one to come)
        const QString mv = lex.value(Cue::ModalBeforeTo, k);
        const bool modalInfinitive = lex.has(Cue::ModalBeforeTo, k) && mv != "report"_key && mv != "object"_key &&
                                     !s.tok(i).cap && s.key(i + 1) == "to"_key && i + 2 < t.begin &&
                                     s.tok(i + 2).kind == Token::Word && !s.tok(i + 2).cap;
        // ... nor an infinitive of mention whose object is the noun: "would like to note the visit
        // of B in July of last year" names an earlier event
        // ("must mention the meeting": the modal right before it)
        const bool mentions = !t.verb && (s.key(i - 1) == "to"_key || lex.has(Cue::FutureAux, s.key(i - 1))) &&
                              lex.has(Cue::MentionVerb, k) && t.begin - i <= 3;
        if (!complement && (lex.has(Cue::FutureAux, k) || modalInfinitive || headlineInfinitive(lex, s, c, i)))
            futureAux = true;
        else if (complement || mentions ||
                 (futureAux && !s.tok(i).cap &&
                                (lex.has(Cue::SpeechVerb, k) ||
                                 (lex.value(Cue::ModalBeforeTo, k) == "report"_key && s.key(i + 1) != "to"_key &&
                                  !lex.has(Cue::FutureAux, s.key(i - 1))))))
            // (a report word right after the future's auxiliary is its verb: "will agree the text
            // with B in a call")
            futureAux = false;
    }
    if (futureAux)
        return QStringLiteral("planned");
    // "had been due to be received by": the passive infinitive reads as the active one;
    // "whose next session, to be co-chaired by A and B, ...": a passive infinitive opening its
    // clause tells what is still to be done
    if (s.key(t.begin - 1) == "be"_key && s.key(t.begin - 2) == "to"_key &&
        (lex.has(Cue::ModalBeforeTo, s.key(t.begin - 3)) || (t.passive && t.begin - 2 == c.begin)))
        return QStringLiteral("planned");
    // "is set to pay a state visit", "has asked for a meeting with", "hopes for talks": the
    // infinitive or purpose of a modal word, with only lowercase words up to the noun, or the
    // name of the event ("were due to attend the BRICS summit"), but no person's name
    if (!t.verb) {
        int reach = 5;
        for (int j = t.begin - 1; j >= std::max(c.begin + 1, t.begin - reach); --j) {
            const Token& w = s.tok(j);
            if (w.kind != Token::Word || (w.cap && s.nameTok[std::size_t(j)]))
                break;
            // ... and through the noun of its holding: "push for the early holding of a summit"
            // (a gerund made a noun: "the holding of", "the convening of")
            if (w.key == "of"_key && j - 2 > c.begin && s.tok(j - 1).kind == Token::Word &&
                !s.tok(j - 1).cap && s.key(j - 1).endsWith(QLatin1String("ing")))
                reach += 3;
            // ("would like to note the visit of B to X in July of last year", "wants to recall the
            // talks": an infinitive of mention names the event, it plans none)
            if ((w.key == "to"_key || w.key == "for"_key) && lex.has(Cue::ModalBeforeTo, s.key(j - 1)) &&
                lex.value(Cue::ModalBeforeTo, s.key(j - 1)) != "object"_key &&
                !(w.key == "to"_key && lex.has(Cue::MentionVerb, s.key(j + 1))))
                return QStringLiteral("planned");
            if (w.key == "for"_key && lex.value(Cue::ModalBeforeTo, s.key(j - 1)) == "object"_key)
                return QStringLiteral("planned"); // "asked for a meeting"
            // "accepted an invitation to make a state visit", "extended an invitation to pay a
            // visit": an invitation that is a verb's object is still to be taken up (not "at the
            // invitation of B to ...", "on an invitation to attend", a preposition's)
            if (w.key == "to"_key && j - 3 >= c.begin && lex.value(Cue::ModalBeforeTo, s.key(j - 1)) == "object"_key &&
                !s.tok(j - 1).cap) {
                int v = j - 2;
                if (lex.has(Cue::Article, s.key(v)) || lex.has(Cue::Determiner, s.key(v)) || s.key(v) == "a"_key ||
                    s.key(v) == "an"_key)
                    --v;
                if (v >= c.begin && v < j - 1 && s.tok(v).kind == Token::Word && !s.tok(v).cap &&
                    !lex.has(Cue::FunctionWord, s.key(v)) && !inOfficialSpan(s, v))
                    return QStringLiteral("planned");
            }
        }
    }
    if (s.key(t.begin - 1) == "to"_key) {
        if (lex.has(Cue::ModalBeforeTo, s.key(t.begin - 2)) || headlineInfinitive(lex, s, c, t.begin - 1))
            return QStringLiteral("planned");
        if (askedToCome(lex, s, t.begin - 1, c))
            return QStringLiteral("planned");
    }
    if (const int to = prepositionBeforeNoun(s, t, c, QStringLiteral("to")); to >= 0 && to < t.begin - 1 &&
                                                                          askedToCome(lex, s, to, c))
        return QStringLiteral("planned");
    // "invited B for talks in The Hague": the one asked is yet to come, as with "to"
    if (const int f = prepositionBeforeNoun(s, t, c, QStringLiteral("for")); f >= 0 && askedToCome(lex, s, f, c))
        return QStringLiteral("planned");
    if (presentAfterSubordinator(lex, s, t))
        return QStringLiteral("planned");
    // "welcomed the upcoming visit of C": a future word inside the expression
    if (t.plannedPart)
        return QStringLiteral("planned");
    // (a noun's own words too: "a meeting in Geneva next month between A and B")
    // ... past the name of the one met, which counts for no word: "left London for talks with
    // Indian minister S. Jaishankar in New Delhi next week"
    for (int i = t.verb ? t.end : t.begin + 1, words = 0; i < c.end && (words < 4 || i < t.end); ++i) {
        if (!inOfficialSpan(s, i) && i >= t.end)
            ++words;
        // "a summit in Beijing later this month", "tomorrow" (future-cue value "after-noun"), "a
        // meeting in Brussels next month" (value "unit": before a time unit): still to come
        // ("later that day", "the next day" were told)
        const LexiconPhrase* cue = nullptr;
        if (lexiconPhraseAt(lex, Cue::FutureCue, s, i, &cue) < 0)
            continue;
        if (cue->value == "after-noun"_key || (cue->value == "unit"_key && lex.has(Cue::TimeUnit, s.key(i + 1))))
            return QStringLiteral("planned");
    }
    // A meeting noun is the subject of its own status: "a meeting between A and B could ease
    // tensions", "talks with B would take place in Warsaw", "a summit ... might take place".
    // (its own words too: "A meeting will be held next week between A and B")
    if (!t.verb) {
        // (a denial word, "were false", is the predicate's to read: predicateStatus)
        // (not past the complement "that" of a speech verb before the noun, a report of its own:
        // "told B during their meeting in Dhaka that trade should double"; "talks with B that will
        // open on Friday" are still to come)
        bool report = false;
        for (int i = c.begin; i < t.begin && !report; ++i)
            report = lex.has(Cue::SpeechVerb, s.key(i));
        for (int i = t.begin + 1; i < c.end && !(report && lex.value(Cue::ClauseCut, s.key(i)) == "complement"_key); ++i) {
            if (lex.has(Cue::FutureAux, s.key(i)) ||
                (lex.has(Cue::ModalAfterNoun, s.key(i)) && lex.value(Cue::ModalAfterNoun, s.key(i)) != "denied"_key))
                return QStringLiteral("planned");
            // "a regional meeting on migration to be held in Mexico City"
            if (s.key(i) == "to"_key && s.key(i + 1) == "be"_key)
                return QStringLiteral("planned");
        }
    }
    return QStringLiteral("held");
}


namespace {

// The first word of tokens [b, e) that is no punctuation; -1 when there is none.
int firstWord(const SentenceInfo& s, int b, int e)
{
    for (int i = b; i < e; ++i)
        if (s.tok(i).kind == Token::Word)
            return i;
    return -1;
}

// The predicate of the subject that ends its clause at clause `ci`: the first later clause that
// starts with an auxiliary ("..., scheduled for Thursday, were called off"), after at most two
// clauses told about the subject in passing. Tokens [begin, end); begin < 0 for none.
std::pair<int, int> laterPredicate(const Lexicon& lex, const SentenceInfo& s, const std::vector<Clause>& cls,
                                   std::size_t ci)
{
    for (std::size_t k = ci + 1; k < cls.size() && k <= ci + 3; ++k) {
        const int w = firstWord(s, cls[k].begin, cls[k].end);
        if (w < 0)
            continue;
        const QString v = lex.value(Cue::NounPredicate, s.key(w));
        if (v == "aux"_key || v == "occurred"_key)
            return {w, cls[k].end};
        // only a clause told in passing ("scheduled for Thursday", "where he was to meet B"),
        // not a new subject or a coordinated predicate ("and was received by")
        if (s.tok(w).cap || s.key(w) == "and"_key || s.key(w) == "or"_key || lex.has(Cue::ContrastWord, s.key(w)))
            break;
    }
    return {-1, -1};
}

// What a predicate says of its meeting subject: cancelled ("were called off", "has been
// postponed"), denied ("were false"), not held ("did not take place", "was not on the agenda":
// cancelled when it was planned), held ("The planned meeting took place"), planned ("is on the
// agenda"); empty when it says none of these.
// ... `referBack`: the subject refers back to a meeting told before ("The meeting did not take
// place"), whose status the merge keeps unless this one calls it off: not held is cancelled.
QString predicateSays(const Lexicon& lex, const SentenceInfo& s, int b, int e, const QString& status,
                      bool referBack = false)
{
    bool negated = false;
    bool future = false;
    for (int i = b; i < e; ++i) {
        const TokenKey& k = s.key(i);
        QString said = offOrDeniedAt(lex, s, i, true);
        if (!said.isEmpty())
            return said;
        if (negatesAt(lex, s, i))
            negated = true;
        // "Talks between A and B are expected to focus on energy", "the summit is set to open":
        // the predicate opens with a plan ("was due to"), not one told later in the clause
        // ("were productive, and the sides agreed to meet again")
        if (i <= b + 1 && s.key(i + 1) == "to"_key && lex.has(Cue::ModalBeforeTo, k) &&
            lex.value(Cue::ModalBeforeTo, k) != "object"_key)
            return QStringLiteral("planned");
        // "The meeting between A and B has yet to take place", "talks ... are yet to happen": a
        // word of what has not come yet before "to" (a refusal cue of value before-to) opens the
        // predicate: still to come
        // ("is still yet to": an adverb may come between)
        if (i <= b + 2 && s.key(i + 1) == "to"_key && lex.value(Cue::RefusalCue, k) == "before-to"_key)
            return QStringLiteral("planned");
        // "Talks between A and B, in which C is to take part, will take place in X": the
        // predicate opens with the future or a modal ("would be held", "could take place")
        // (unless negated: "..., will not take place" is read on)
        if (i <= b + 1 &&
            (lex.has(Cue::FutureAux, k) ||
             (lex.has(Cue::ModalAfterNoun, k) && lex.value(Cue::ModalAfterNoun, k) != "denied"_key)))
            future = true;
        // ... or with a plan word right after its auxiliary: "Talks between A and B are expected
        // in X next week" (a modal word that is also a plan: "expected", "scheduled")
        if (i == b + 1 && !s.tok(i).cap && lex.has(Cue::ModalBeforeTo, k) && lex.has(Cue::FutureCue, k) &&
            lex.value(Cue::FutureCue, k).isEmpty())
            future = true;
        const QString v = lex.value(Cue::NounPredicate, k);
        // "a meeting of A and B was still being discussed": a plan in the making (value
        // "progressive": only after "being"; "the talks discussed trade" says nothing)
        if (v == "progressive"_key && s.key(i - 1) == "being"_key && i - 1 >= b)
            return negated ? QString() : QStringLiteral("planned");
        if (v == "occurred"_key || v == "plan"_key) {
            if (negated)
                return status == "planned"_key || referBack ? QStringLiteral("cancelled") : QStringLiteral("denied");
            // "took place" told in the past, not "to take place", "will take place"
            if (v == "occurred"_key && status == "planned"_key &&
                s.key(i - 1) != "to"_key && !lex.has(Cue::FutureAux, s.key(i - 1)) && !lex.has(Cue::ModalAfterNoun, s.key(i - 1)) &&
                !lex.has(Cue::FutureAux, s.key(i - 2)))
                return QStringLiteral("held");
            if (v == "plan"_key)
                return QStringLiteral("planned");
        }
    }
    if (future && !negated)
        return QStringLiteral("planned");
    return {};
}

// "A had been due to meet B on Friday, but he fell ill", "had hoped to hold talks with B, but":
// a plan told in the pluperfect ("had", "had been", then a modal word and "to" before the
// trigger in its clause) with a contrast word after the trigger fell through. Not "is due to
// meet B, but no agenda is set" (a plan still) nor "had been due to meet B and did so".
bool fellThrough(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    bool pluperfectPlan = false;
    for (int i = c.begin; i + 2 < t.begin && !pluperfectPlan; ++i) {
        if (s.key(i) != "had"_key)
            continue;
        const int m = s.key(i + 1) == "been"_key ? i + 2 : i + 1;
        pluperfectPlan = m + 1 < t.begin && s.key(m + 1) == "to"_key && lex.has(Cue::ModalBeforeTo, s.key(m)) &&
                         lex.value(Cue::ModalBeforeTo, s.key(m)) != "object"_key;
    }
    if (!pluperfectPlan)
        return false;
    for (int i = t.end; i < s.size(); ++i)
        if (lex.has(Cue::ContrastWord, s.key(i)))
            return true;
    return false;
}

// "Rumours that A had received B in Minsk were dismissed by X", "Claims that A hosted B were
// rejected": a meeting told in the "that" clause of a hearsay noun, whose predicate (its first
// auxiliary after the trigger, then a dismissal word) dismisses it, is denied. Not "Reports that
// A met B were confirmed".
bool hearsayDismissed(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 16;   ///< "that Belarusian President Alexander Lukashenko had secretly"
    constexpr int predicate = 3; ///< "were quickly dismissed", "was flatly rejected"
    int that = -1; ///< the "that" after the hearsay noun
    for (int k = t.begin - 1; k >= std::max(1, t.begin - reach) && that < 0; --k) {
        if (s.tok(k).kind == Token::Punct && s.tok(k).punct == QLatin1Char(';'))
            return false;
        if (s.key(k) == "that"_key && lex.has(Cue::HearsayNoun, s.key(k - 1)))
            that = k;
    }
    if (that < 0)
        return false;
    // ("S rejected reports that A met B": the dismissal word is the noun's verb, before it)
    constexpr int object = 3; ///< "rejected the latest reports"
    for (int d = that - 2; d >= std::max(0, that - 1 - object); --d)
        if (rebuttedReportAt(lex, s, d, t.begin) == that - 1)
            return true;
    for (int i = t.end; i < s.size(); ++i) {
        if (s.tok(i).cap || lex.value(Cue::NounPredicate, s.key(i)) != "aux"_key)
            continue;
        for (int j = i + 1; j < std::min(s.size(), i + 1 + predicate); ++j)
            if (lex.has(Cue::DismissalWord, s.key(j)))
                return true;
        return false;
    }
    return false;
}

// "Talks between A and B collapsed before they began in Cairo", "fell apart before it could
// start": "before", "they" or "it", a start verb (up to two words between: "could", "even") with
// no object after it (the end, punctuation, a function word or a name) tells that the meeting of
// the noun never began. Not "met for an hour before they began a tour of the port".
bool brokeOffBeforeStart(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    for (int i = t.end; i + 2 < s.size(); ++i) {
        if (s.key(i) != "before"_key || (s.key(i + 1) != "they"_key && s.key(i + 1) != "it"_key))
            continue;
        for (int j = i + 2; j < std::min(s.size(), i + 5); ++j) {
            if (s.tok(j).kind != Token::Word || s.tok(j).cap)
                break;
            int end = lex.has(Cue::StartVerb, s.key(j)) ? j + 1 : -1;
            if (const int phrase = lexiconPhraseAt(lex, Cue::StartVerb, s, j, nullptr); phrase > end)
                end = phrase;
            if (end < 0)
                continue;
            return end >= s.size() || s.tok(end).kind != Token::Word || s.tok(end).cap ||
                   lex.has(Cue::FunctionWord, s.key(end));
        }
    }
    return false;
}

} // namespace

QString predicateStatus(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                        std::size_t index, const std::vector<Clause>& cls, const QString& status)
{
    const Trigger& t = triggers[index];
    std::size_t ci = cls.size();
    for (std::size_t k = 0; k < cls.size(); ++k)
        if (t.begin >= cls[k].begin && t.begin < cls[k].end)
            ci = k;
    if (ci == cls.size())
        return status;
    // "hopes to meet B next week, their second meeting this year": a noun that counts the
    // meeting just told is that meeting, with its status
    if (t.tally && !t.verb && index > 0) {
        const Trigger& told = triggers[index - 1];
        for (const Clause& c : cls)
            if (told.begin >= c.begin && told.begin < c.end)
                return predicateStatus(lex, s, triggers, index - 1, cls, statusOf(lex, s, told, c));
    }
    // "A held a video conference with B, as a planned meeting in Hanoi had to be called off":
    // a cancellation told after the next meeting word of the clause is that one's
    if ((status == "cancelled"_key || status == "denied"_key) && index + 1 < triggers.size() &&
        triggers[index + 1].begin < cls[ci].end && triggers[index + 1].begin > t.end) {
        Clause own = cls[ci];
        own.end = triggers[index + 1].begin;
        return predicateStatus(lex, s, triggers, index, {own}, statusOf(lex, s, t, own));
    }
    if (status == "cancelled"_key || status == "denied"_key)
        return status;
    if (hearsayDismissed(lex, s, t))
        return QStringLiteral("denied");
    // A meeting noun as subject: "Talks between A and B, scheduled for Thursday, were called
    // off", "reports of a meeting between A and B were false". Its predicate is in its own
    // clause (unless a relative clause comes first: "a meeting that was postponed"), else in
    // the first later clause that starts with an auxiliary.
    // ("A visit by A to X to see B is pencilled in": a noun and its purpose verb are told as
    // one subject)
    const bool nounSubject = !t.verb || (lex.has(Cue::MeetingNoun, s.key(t.begin)) && !lex.has(Cue::MeetingVerb, s.key(t.begin)) &&
                                         !s.tok(t.begin).cap);
    if (nounSubject) {
        if (brokeOffBeforeStart(lex, s, t))
            return QStringLiteral("cancelled");
        // "The talks of A and B, to have taken place in X on Monday, were moved online": a clause
        // told in passing that opens with a perfect infinitive is a plan that did not come about
        if (ci + 1 < cls.size() && cls[ci + 1].begin > t.begin) {
            const int w = firstWord(s, cls[ci + 1].begin, cls[ci + 1].end);
            if (w >= 0 && s.key(w) == "to"_key && s.key(w + 1) == "have"_key && w > 0 && isComma(s.tok(w - 1)))
                return QStringLiteral("cancelled");
        }
        int b = -1;
        int e = cls[ci].end;
        const int next = index + 1 < triggers.size() ? triggers[index + 1].begin : s.size();
        for (int i = t.begin + 1; i < std::min(e, next) && b < 0; ++i) {
            if (lex.has(Cue::EventRelative, s.key(i)))
                break;
            const QString v = lex.value(Cue::NounPredicate, s.key(i));
            if (v == "aux"_key || v == "occurred"_key)
                b = i;
        }
        // "The meeting that both governments had talked up has yet to take place", "talks that
        // were postponed twice finally took place": after a relative "that"/"which" right after
        // the noun, the first verb group is the relative clause's; the noun's own predicate is
        // the next one, before any punctuation or "and"/"or" (none: "a meeting that was
        // postponed" is the relative clause's to tell)
        // (after the noun's own words, "the summit of A and B that ...", with no verb between;
        // not after a speech verb, whose "that" opens a report: "told B at the meeting that")
        const int limit = std::min(e > t.end ? e : s.size(), next);
        const auto verbAt = [&](int i) {
            const QString v = lex.value(Cue::NounPredicate, s.key(i));
            return v == "aux"_key || v == "occurred"_key;
        };
        int rel = t.end;
        while (rel < limit && s.tok(rel).kind == Token::Word && !verbAt(rel) && s.key(rel) != "that"_key &&
               !lex.has(Cue::RelativeWord, s.key(rel)))
            ++rel;
        bool report = false;
        for (int i = cls[ci].begin; i < t.begin && !report; ++i)
            report = lex.has(Cue::SpeechVerb, s.key(i));
        if (b < 0 && !report && rel < limit && (s.key(rel) == "that"_key || lex.has(Cue::RelativeWord, s.key(rel)))) {
            const auto open = [&](int i) {
                return i < limit && s.tok(i).kind == Token::Word && s.key(i) != "and"_key && s.key(i) != "or"_key;
            };
            int i = rel + 1;
            while (open(i) && !verbAt(i))
                ++i;
            while (open(i) && verbAt(i))
                ++i;
            for (; open(i); ++i)
                if (verbAt(i)) {
                    b = i;
                    e = limit;
                    break;
                }
        }
        // ... not from inside a "who" clause: "A, who returned from a visit to C last week, is
        // expected to travel": the predicate after it is the person's, not the visit's
        if (b < 0 && !cls[ci].relative)
            std::tie(b, e) = laterPredicate(lex, s, cls, ci);
        if (b >= 0) {
            QString said = predicateSays(lex, s, b, e, status, t.anaphoric);
            if (!said.isEmpty())
                return said;
        }
        return status;
    }
    if (status == "planned"_key && fellThrough(lex, s, t, cls[ci]))
        return QStringLiteral("cancelled");
    // A plan told in a clause about an event: "cancelled his trip to Dhaka, where he was to
    // meet B", "A visit by A to C, where he was to meet B, has been postponed".
    if (status != "planned"_key || ci == 0)
        return status;
    const int w = firstWord(s, cls[ci].begin, cls[ci].end);
    if (w < 0 || !lex.has(Cue::EventRelative, s.key(w)))
        return status;
    for (int i = cls[ci - 1].begin; i < cls[ci - 1].end; ++i)
        if (cancelsAt(lex, s, i))
            return QStringLiteral("cancelled");
    const auto [b, e] = laterPredicate(lex, s, cls, ci);
    if (b >= 0) {
        QString said = predicateSays(lex, s, b, e, status);
        if (said == "cancelled"_key || said == "denied"_key)
            return said;
    }
    return status;
}

} // namespace parley
