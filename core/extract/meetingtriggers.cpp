// SPDX-License-Identifier: GPL-3.0-or-later
// The trigger pass of meetings: the verbs and nouns that tell of a meeting ("met with", "held
// talks", "spoke by phone", "the summit") with their mode, and the reach of each in its
// sentence: its clause, cut where a topic starts. The words are lexicon data (meeting-verb,
// meeting-noun and the cue sets); the shapes around them are here.
#include "extract/meetingpasses.h"

#include <algorithm>
#include <optional>

namespace parley {

namespace {

bool isComma(const SentenceInfo& s, int i)
{
    return isComma(s.tok(i));
}

/// Whether the words just before token `end` (up to the punctuation before them, fourteen at
/// most) hold a meeting noun before any other event: "held plenary talks", "The talks
/// continued in a wider format", not "opened an art exhibition".
bool meetingNounBefore(const Lexicon& lex, const SentenceInfo& s, int end)
{
    // (its time and place between: "held talks for nearly two hours at the National Palace in
    // Mexico City, joined by A")
    constexpr int reach = 14;
    for (int i = end - 1; i >= std::max(0, end - reach) && s.tok(i).kind == Token::Word; --i) {
        if (lex.has(Cue::OtherEvent, s.key(i)))
            return false;
        if (lex.has(Cue::MeetingNoun, s.key(i)))
            return true;
    }
    return false;
}

/// "held several hours of talks", "had a fresh round of consultations": whether the meeting noun
/// at token `i` comes after "of" and a measure of it (lexicon measure-noun), with a hold verb a
/// few lowercase words or numbers before the measure. The verb holds the noun as it holds one
/// right after it ("held talks"); "held out the prospect of talks" names no measure.
bool heldMeasure(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (i < 3 || s.key(i - 1) != "of"_key || !lex.has(Cue::MeasureNoun, s.key(i - 2)))
        return false;
    constexpr int reach = 3; // "several", "a new", "two more"
    for (int b = i - 3; b >= std::max(0, i - 3 - reach); --b) {
        if (lex.has(Cue::HoldVerb, s.key(b)))
            return true;
        if (s.tok(b).kind == Token::Punct || s.tok(b).cap)
            return false;
    }
    return false;
}

/// "B, who is accompanying A on the visit", "accompanied A on his trip": whether the journey noun
/// (travel-word) at token `i` comes after "on" or "during" and a determiner, with an accompany
/// word before them in its clause (six words at most, past the one accompanied): B travels with
/// A, and the two meet no one by the noun.
bool accompaniesOnJourney(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (i < 3 || !lex.has(Cue::TravelWord, s.key(i)) || !lex.has(Cue::Determiner, s.key(i - 1)) ||
        (s.key(i - 2) != "on"_key && s.key(i - 2) != "during"_key))
        return false;
    constexpr int reach = 6; // "accompanying Prime Minister Christopher Luxon"
    for (int b = i - 3; b >= std::max(0, i - 3 - reach) && s.tok(b).kind == Token::Word; --b)
        if (lex.has(Cue::AccompanyWord, s.key(b)))
            return true;
    return false;
}

/// "received, today, at the palace, B": where the words after the asides between commas that
/// follow token `i - 1` start (asides of a few tokens each); `i` when no comma follows.
int afterAsides(const SentenceInfo& s, int i)
{
    constexpr int asideTokens = 8;
    const int n = s.size();
    int at = i; // the comma that opens an aside: the one that closes the aside before
    while (at < n && isComma(s, at)) {
        int c = at + 1;
        while (c < n && c - at <= asideTokens && !isComma(s, c))
            ++c;
        if (c >= n || !isComma(s, c) || c == at + 1)
            break;
        at = c;
    }
    return at == i ? i : at + 1;
}

// "signed", "inked", "witnessed the signing": the verbs of signing (lexicon value "sign", or
// "sign-with" for one only before its "with"), read at token i.
bool isSignVerb(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const QString v = lex.value(Cue::MeetingVerb, s.key(i));
    return v == "sign"_key || v == "sign-with"_key;
}

// "congratulated B by phone", "briefed his counterpart B over the phone", "commended B by video
// link": the token of the call's mode when the word at `i` is a verb (a lower-case word, no
// function word, not after a passive auxiliary) whose object, right after it, is an official
// followed by "by", "via" or "over" and a phone or video word; else -1.
int callModeAfterObject(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const int n = s.size();
    if (i < 1 || i + 3 >= n || s.tok(i).kind != Token::Word || s.tok(i).cap || s.nameTok[std::size_t(i)] ||
        inOfficialSpan(s, i) || lex.has(Cue::FunctionWord, s.key(i)) || lex.has(Cue::PassiveAux, s.key(i - 1)) ||
        s.key(i - 1) == "to"_key || // (a finite verb: "tried to reach B by telephone" tells an attempt)
        lex.has(Cue::Determiner, s.key(i - 1)) || lex.has(Cue::Article, s.key(i - 1)))
        return -1;
    int o = i + 1;
    if (lex.has(Cue::PossessivePronoun, s.key(o)))
        ++o;
    if (o >= n || !inOfficialSpan(s, o))
        return -1;
    int e = o;
    while (e < n && inOfficialSpan(s, e))
        ++e;
    if (e + 1 >= n || (s.key(e) != "by"_key && s.key(e) != "via"_key && s.key(e) != "over"_key))
        return -1;
    int m = e + 1;
    if (lex.has(Cue::Article, s.key(m)) || lex.has(Cue::Determiner, s.key(m)))
        ++m;
    return m < n && (lex.has(Cue::PhoneWord, s.key(m)) || lex.has(Cue::VideoWord, s.key(m))) ? m : -1;
}

// "A and B went over the details by telephone", "A and B reviewed the draft by video link",
// "A and B discussed the programme over the phone": the token of the call's mode when the word
// at `i` is a verb (a lower-case word, no function word, not after a passive auxiliary) right
// after two officials joined by "and" (its subject), and a few words later, before any
// punctuation, "by", "via" or "over", an article at most and a phone or video word; else -1.
int coordinatedCallMode(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int subjectReach = 8; ///< words back to the "and", a title and name counted as one
    constexpr int objectReach = 8;  ///< "went over the draft declaration of the summit by phone"
    const int n = s.size();
    if (i < 3 || s.tok(i).kind != Token::Word || s.tok(i).cap || s.nameTok[std::size_t(i)] || inOfficialSpan(s, i) ||
        lex.has(Cue::FunctionWord, s.key(i)) || !(inOfficialSpan(s, i - 1) || s.nameTok[std::size_t(i - 1)]))
        return -1;
    // (a finite verb of its own: not "are expected to speak", "will hold talks", "each addressed")
    const TokenKey& k = s.key(i);
    if (lex.has(Cue::FutureAux, k) || lex.has(Cue::ModalBeforeTo, k) || lex.has(Cue::PassiveAux, k) ||
        lex.has(Cue::PerfectAux, k) || lex.has(Cue::SplitCue, k) || lex.has(Cue::Negation, k) ||
        lex.has(Cue::HoldVerb, k) || lex.has(Cue::FutureCue, k))
        return -1;
    bool coordinated = false;
    for (int b = i - 1, words = 0; b >= 1 && words < subjectReach && !coordinated; --b) {
        if (s.tok(b).kind == Token::Punct)
            break;
        coordinated = s.key(b) == "and"_key && (inOfficialSpan(s, b - 1) || s.nameTok[std::size_t(b - 1)]);
        if (!inOfficialSpan(s, b) || !inOfficialSpan(s, b - 1))
            ++words;
    }
    if (!coordinated)
        return -1;
    for (int x = i + 1; x + 1 < std::min(n, i + objectReach); ++x) {
        if (s.tok(x).kind == Token::Punct || inOfficialSpan(s, x) || s.nameTok[std::size_t(x)])
            return -1;
        if (s.key(x) != "by"_key && s.key(x) != "via"_key && s.key(x) != "over"_key)
            continue;
        int m = x + 1;
        if (lex.has(Cue::Article, s.key(m)) || lex.has(Cue::Determiner, s.key(m)))
            ++m;
        if (m < n && (lex.has(Cue::PhoneWord, s.key(m)) || lex.has(Cue::VideoWord, s.key(m))))
            return m;
    }
    return -1;
}

// The classes of meeting verbs (the `value` of the lexicon's meeting-verb rows).
enum class VerbClass { None, Meet, Receive, Attend, Speak, Phone, CallOn, With, Discuss };

VerbClass verbClassOf(const QString& v)
{
    if (v == "meet"_key || v == "see"_key)
        return VerbClass::Meet;
    if (v == "speak"_key)
        return VerbClass::Speak;
    if (v == "phone"_key)
        return VerbClass::Phone;
    if (v == "call-on"_key)
        return VerbClass::CallOn;
    if (v == "with"_key || v == "with-or-official"_key || v == "with-after-mode"_key)
        return VerbClass::With;
    if (v == "attend"_key)
        return VerbClass::Attend;
    if (v == "discuss"_key || v == "time"_key || v == "sign"_key || v == "sign-with"_key)
        return VerbClass::Discuss;
    return VerbClass::Receive;
}

VerbClass verbClass(const Lexicon& lex, const TokenKey& k)
{
    if (!lex.has(Cue::MeetingVerb, k))
        return VerbClass::None;
    return verbClassOf(lex.value(Cue::MeetingVerb, k));
}

// "A and B co-chaired the commission", "jointly chaired": a meeting verb of two words (the
// tokenizer splits "co-chaired" at its hyphen), read at its last word, where one-word verbs are
// read. "chaired" alone is none: one chair of a summit meets no one by chairing it.
// ... and phrases of three or four words, "A and B witnessed the signing of the pact",
// "presided over the signing": read at their last word too.
VerbClass twoWordVerbClass(const Lexicon& lex, const SentenceInfo& s, int i, int* begin)
{
    constexpr int longest = 4;
    for (int b = i - 1; b >= std::max(0, i - longest + 1); --b) {
        const LexiconPhrase* phrase = nullptr;
        if (lexiconPhraseAt(lex, Cue::MeetingVerb, s, b, &phrase) == i + 1) {
            *begin = b;
            return verbClassOf(phrase->value);
        }
    }
    return VerbClass::None;
}

// "A held talks with B in Abu Dhabi, where the two ministers co-chaired the dialogue": chairing
// told in a "where" clause (a place-relative word, then no name) of a meeting the sentence
// has just told is what they did there, not another event.
bool chairedAtToldEvent(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& told, int verbBegin)
{
    if (told.empty())
        return false;
    for (int b = verbBegin - 1; b >= std::max(told.back().end, verbBegin - 5); --b) {
        if (s.tok(b).kind != Token::Word || s.tok(b).cap || s.nameTok[std::size_t(b)])
            return false;
        if (lex.has(Cue::PlaceRelative, s.key(b)))
            return true;
    }
    return false;
}

// "S said that A had met B in Bratislava and that they had spoken by phone": a conjunction and
// a complement "that" at `i` open a second report, of a second event with its own mode and place.
bool opensSecondReport(const Lexicon& lex, const SentenceInfo& s, int i)
{
    return lex.has(Cue::Conjunction, s.key(i)) && lex.value(Cue::ClauseCut, s.key(i + 1)) == "complement"_key;
}

// The trigger's words as keys, "sat down with".
QString keyLabel(const SentenceInfo& s, int b, int e)
{
    QString label;
    for (int i = b; i < e; ++i) {
        if (i > b)
            label += QLatin1Char(' ');
        label += s.key(i);
    }
    return label;
}

// "first": a previous-cue word that tells an earlier event unless its clause tells this one is
// new (the previous-cue value "unless-new").
bool isFirstWord(const Lexicon& lex, const QString& key)
{
    return lex.value(Cue::PreviousCue, key) == "unless-new"_key;
}

// "the first visit by X to Y in ten years", "their first meeting since the war": a first that
// tells how new this event is, not an earlier one. `cue` is the previous-cue word; the rest of
// the clause from token `from` (up to ten words) is read for a novelty cue.
bool tellsNovelty(const Lexicon& lex, const SentenceInfo& s, const QString& cue, int from)
{
    if (!isFirstWord(lex, cue))
        return false;
    for (int i = from; i < std::min(s.size(), from + 10); ++i) {
        if (s.tok(i).kind == Token::Punct && s.tok(i).punct != QLatin1Char('-'))
            return false;
        if (lex.has(Cue::NoveltyCue, s.key(i)))
            return true;
    }
    return false;
}

// "It is the third time A and B have met since he took office", "the two have met several times
// since 2022": the present perfect "have met" (a perfect-aux word before it) with a span or count
// (a novelty-cue word: "since", "times") tells a tally of meetings. Not "have met for the first
// time since the war" (one event), "had met B in Lima" (an earlier one) or "have not met since"
// (denied). Token i is "met".
bool tellsTally(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (s.key(i) != "met"_key || !lex.has(Cue::PerfectAux, s.key(i - 1)))
        return false;
    for (int j = i + 1; j < std::min(s.size(), i + 7); ++j) {
        if (s.tok(j).kind == Token::Punct || isFirstWord(lex, s.key(j)))
            return false;
        if (lex.has(Cue::NoveltyCue, s.key(j)))
            return true;
    }
    return false;
}

// "A met B on Monday and C on Tuesday": two weekdays after the trigger, the second after an
// "and" (a conjunction word) followed by a capitalised word (the next one met): one meeting per
// day, so one per person met. So does a list, "met B in X on Monday, C in Y on Tuesday and D in
// Z on Wednesday" (a comma right before a capitalised word), and "held talks with B on Monday
// and with C on Tuesday" (the trigger's preposition repeated). Not "met B and C on Monday, and
// will fly to Kigali on Tuesday" (a comma and a lowercase word after the first day) nor "met B on
// Monday and returned home on Tuesday".
bool twoDaysAfter(const Lexicon& lex, const SentenceInfo& s, int from)
{
    constexpr int reach = 40; ///< three people with titles, places and days
    const TokenKey& link = s.key(from - 1); // "with", "to": may be repeated after "and"
    int firstDay = -1;
    bool joined = false;
    for (int j = from; j < std::min(s.size(), from + reach); ++j) {
        const Token& w = s.tok(j);
        const bool listComma = firstDay >= 0 && isComma(s, j) && j + 1 < s.size() && s.tok(j + 1).cap;
        if (w.kind == Token::Punct && !listComma && (firstDay >= 0 || w.punct != QLatin1Char(',')))
            return false;
        if (listComma)
            joined = true;
        if (firstDay >= 0 && lex.has(Cue::Conjunction, w.key)) {
            const int next = j + 1 < s.size() && s.key(j + 1) == link && (link == "with"_key || link == "to"_key)
                                 ? j + 2
                                 : j + 1;
            if (next >= s.size() || !s.tok(next).cap) // "and" ending the sentence: no one met after it
                return false;
            joined = true;
        }
        if (!isCalendarWord(w) || isMonthWord(w))
            continue;
        if (firstDay < 0)
            firstDay = j;
        else if (joined && w.key != s.key(firstDay))
            return true;
    }
    return false;
}

/// Whether an official's name or title starts within a few lowercase words from token `from`
/// ("his Cambodian counterpart B", "Ugandan President B").
bool officialSoon(const SentenceInfo& s, int from)
{
    constexpr int reach = 3; ///< "his Cambodian counterpart"
    for (int x = from; x < std::min(s.size(), from + reach); ++x) {
        if (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)])
            return true;
        if (s.tok(x).kind != Token::Word || s.tok(x).cap)
            return false;
    }
    return false;
}

/// "Brazilian President B's remarks": the "'s" token after a title and name (or capitalised
/// words) starting at `from`, or -1 when no name in the possessive starts there.
int possessiveAfterName(const SentenceInfo& s, int from)
{
    constexpr int nameReach = 8; ///< "Brazilian President Luiz Inácio Lula da Silva's"
    const int n = s.size();
    int x = from;
    while (x < std::min(n, from + nameReach) && s.tok(x).kind == Token::Word && s.key(x) != "'s"_key &&
           (s.tok(x).cap || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x)))
        ++x;
    return x > from && x < n && s.key(x) == "'s"_key ? x : -1;
}

/// Whether the object of a seeing verb at `from` is an official himself ("his Finnish
/// counterpart B", "President B"), not a thing of his ("B's remarks").
bool seesOfficial(const SentenceInfo& s, int from)
{
    if (!officialSoon(s, from))
        return false;
    int x = from;
    while (x < s.size() && !inOfficialSpan(s, x) && !s.nameTok[std::size_t(x)])
        ++x;
    while (x < s.size() && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
        ++x;
    // ("were at the airport to see the emir off": a farewell, no meeting)
    if (x < s.size() && s.key(x) == "off"_key)
        return false;
    // ("saw B as the main threat", "sees B as an ally": a view of B, no meeting)
    if (x < s.size() && s.key(x) == "as"_key)
        return false;
    if (x >= s.size() || s.tok(x).spaceBefore)
        return true;
    const QString after = s.tok(x).kind == Token::Punct ? QString(s.tok(x).punct) : s.key(x).text();
    return !after.startsWith(QLatin1Char('\'')) && !after.startsWith(QChar(0x2019));
}

/// "spoke by phone to A and to B", "spoke with both A and B", "telephoned A and then B": words
/// around the trigger's objects that tell one event with each. A split-cue word of the value
/// "before-object" ("both", "then") right after the trigger or after an "and" (a conjunction)
/// and right before an official; or the trigger's own preposition ("with", "to") repeated after
/// an "and", right before an official. Not "to reporters", "and then flew to Baku", "and both
/// leaders called for restraint" (no official after the word), nor a run past other punctuation.
bool splitsObjects(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 20; ///< an official with a long title, then "and to"
    // the trigger's preposition: its last word ("spoke with"), or the word after it ("spoken by
    // phone to", whose trigger ends at the phone word)
    const auto isLink = [&](int x) { return s.key(x) == "with"_key || s.key(x) == "to"_key; };
    const int linkAt = isLink(t.end - 1) ? t.end - 1 : t.end;
    const bool preposition = linkAt < s.size() && isLink(linkAt);
    const TokenKey& link = s.key(linkAt);
    const auto beforeObject = [&](int x) {
        return lex.value(Cue::SplitCue, s.key(x)) == "before-object"_key && officialSoon(s, x + 1);
    };
    const int objectAt = preposition ? linkAt + 1 : t.end;
    if (objectAt < s.size() && beforeObject(objectAt))
        return true;
    for (int x = t.end; x + 1 < std::min(s.size(), t.end + reach); ++x) {
        if (s.tok(x).kind == Token::Punct && s.tok(x).punct != QLatin1Char(','))
            return false;
        if (!lex.has(Cue::Conjunction, s.key(x)))
            continue;
        if (beforeObject(x + 1) || (preposition && s.key(x + 1) == link && officialSoon(s, x + 2)))
            return true;
    }
    return false;
}

/// "Among those he met were B and C", "Among the leaders A met in X were B and C", "Among the
/// visitors received by A were B and C": a meeting verb inside a noun phrase opened by "among"
/// (an among-list "opener" first in its clause), whose predicate is a link ("were", "included")
/// before an official, lists the people met one by one: each met the verb's other side, not one
/// another.
bool amongListed(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    constexpr int reach = 25; ///< "Among the leaders A met on the sidelines of the G20 in Johannesburg were"
    const auto stop = [&](int x) {
        return s.tok(x).kind == Token::Punct && s.tok(x).punct != QLatin1Char(',') && s.tok(x).punct != QLatin1Char('-') &&
               s.tok(x).punct != QLatin1Char('\'') && s.tok(x).punct != QChar(0x2019);
    };
    int opener = -1;
    for (int x = t.begin - 1; x >= std::max(s.dateline, t.begin - reach) && !stop(x); --x) {
        if (s.tok(x).kind == Token::Word && lex.value(Cue::AmongList, s.key(x)) == "opener"_key &&
            (x == s.dateline || stop(x - 1))) {
            opener = x;
            break;
        }
    }
    if (opener < 0)
        return false;
    for (int x = t.end; x + 1 < std::min(s.size(), t.end + reach) && !stop(x); ++x) {
        if (s.tok(x).kind != Token::Word || s.tok(x).cap || inOfficialSpan(s, x) ||
            lex.value(Cue::AmongList, s.key(x)) != "link"_key)
            continue;
        return officialSoon(s, x + 1);
    }
    return false;
}

/// "spoke to reporters after talks with B", "spoke with students": a bare lowercase noun right
/// after the speech verb's preposition (token `x`; no article, determiner, count or official
/// soon after it) is an audience, no one met; the talks after it are the meeting.
bool speaksToAudience(const Lexicon& lex, const SentenceInfo& s, int x)
{
    if (x >= s.size() || s.tok(x).kind != Token::Word || s.tok(x).cap || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x))
        return false;
    const TokenKey& k = s.key(x);
    if (k == "a"_key || k == "an"_key || k == "each"_key || k == "one"_key || lex.has(Cue::Article, k) ||
        lex.has(Cue::Determiner, k) || lex.has(Cue::GroupNumber, k) || lex.has(Cue::SplitCue, k) ||
        lex.has(Cue::PossessivePronoun, k) || lex.has(Cue::PhoneWord, k) || lex.has(Cue::VideoWord, k))
        return false;
    return !officialSoon(s, x);
}

/// "a meeting in New Delhi last month between A and B", "talks on Monday in Geneva between",
/// "Talks were held in Cairo between": the "between" after a meeting noun's place, time and
/// predicate (from token `from`: "in", "at", "on", time words and numbers, capitalised place words,
/// the auxiliaries and verbs of taking place; no one's name, no other punctuation), or -1.
int laterBetween(const Lexicon& lex, const SentenceInfo& s, int from)
{
    constexpr int reach = 10; ///< "were due to be held in Cairo on Monday"
    if (from >= s.size() || s.key(from) == "between"_key)
        return -1;
    for (int x = from; x < std::min(s.size(), from + reach); ++x) {
        const Token& w = s.tok(x);
        if (w.key == "between"_key)
            return x > from ? x : -1;
        // (a day's number is of its time: "a call on 3 February between")
        if (w.kind == Token::Number)
            continue;
        if (w.kind != Token::Word || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x))
            return -1;
        // ... and its predicate of taking place: "Talks were held in Cairo on Monday between",
        // "A meeting took place between"
        // ... or of its plan: "A meeting scheduled for Monday between", "Talks were due to be held"
        const TokenKey& before = s.key(x - 1);
        const bool plan = lex.has(Cue::ModalBeforeTo, w.key) || lex.has(Cue::FutureCue, w.key) ||
                          ((w.key == "to"_key || w.key == "for"_key) &&
                           (lex.has(Cue::ModalBeforeTo, before) || lex.has(Cue::FutureCue, before)));
        const bool predicate = plan || lex.has(Cue::PassiveAux, w.key) || lex.has(Cue::HoldVerb, w.key) ||
                               lex.has(Cue::NounPredicate, w.key) || w.key == "be"_key || w.key == "been"_key ||
                               w.key == "place"_key;
        const bool placeOrTime = predicate || w.cap || isCalendarWord(w) || w.key == "in"_key || w.key == "at"_key ||
                                 w.key == "on"_key || lex.has(Cue::PreviousCue, w.key) || lex.has(Cue::TimeUnit, w.key) ||
                                 lex.has(Cue::DeicticDay, w.key) || lex.has(Cue::Article, w.key) ||
                                 lex.value(Cue::FutureCue, w.key) == "unit"_key;
        if (!placeOrTime)
            return -1;
    }
    return -1;
}

/// "A joined B in calling for a ceasefire", "joined B in condemning the attack": the one joined
/// (an official right after the verb at token `from`) then "in" and a bare lowercase word (no
/// article, no place's capital) is a stand taken together, no meeting; not "joined B in Kampala",
/// "joined B in a meeting with C".
bool joinsInAction(const Lexicon& lex, const SentenceInfo& s, int from)
{
    const int n = s.size();
    int x = from;
    if (x >= n || (!inOfficialSpan(s, x) && !s.nameTok[std::size_t(x)]))
        return false;
    while (x < n && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
        ++x;
    if (x + 1 >= n || s.key(x) != "in"_key)
        return false;
    const Token& w = s.tok(x + 1);
    const TokenKey& k = w.key;
    return w.kind == Token::Word && !w.cap && k != "a"_key && k != "an"_key && !lex.has(Cue::Article, k) &&
           !lex.has(Cue::Determiner, k) && !lex.has(Cue::MeetingNoun, k) && !lex.has(Cue::PhoneWord, k) &&
           !lex.has(Cue::VideoWord, k);
}

/// "A called B on Sunday", "plans to call B to discuss the floods": a call verb with the person
/// called named right after it (an official within a few lowercase words of token `from`), then
/// a word that goes on with the call: the sentence's end or a comma, a day, a time or place word,
/// a conjunction, a topic cut ("about", "after"), "on" or "to". Not "called B a close friend",
/// "called B's remarks unhelpful", "called B illegitimate": words about B, no call.
bool callsPerson(const Lexicon& lex, const SentenceInfo& s, int from)
{
    constexpr int reach = 3; ///< "his Cambodian counterpart"
    const int n = s.size();
    int x = from;
    while (x < std::min(n, from + reach) && !inOfficialSpan(s, x) && !s.nameTok[std::size_t(x)]) {
        if (s.tok(x).kind != Token::Word || s.tok(x).cap)
            return false;
        ++x;
    }
    if (x >= n || (!inOfficialSpan(s, x) && !s.nameTok[std::size_t(x)]))
        return false;
    while (x < n && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
        ++x;
    if (x >= n)
        return true;
    const Token& w = s.tok(x);
    if (w.kind == Token::Punct)
        return w.punct == QLatin1Char(',') || w.punct == QLatin1Char('.') || w.punct == QLatin1Char(';');
    const TokenKey& k = w.key;
    return k == "on"_key || k == "to"_key || isCalendarWord(w) || lex.has(Cue::Conjunction, k) ||
           lex.has(Cue::ClauseCut, k) || lex.has(Cue::EventFrame, k) || lex.has(Cue::SequenceOpener, k) ||
           lex.has(Cue::PreviousCue, k) || lex.has(Cue::DeicticDay, k) || lex.has(Cue::PlaceBefore, k);
}

/// "on Friday, their third phone call this month", "It was the second meeting of the two this
/// year": an ordinal (or "first") a few words before the meeting noun at token i, after a
/// determiner that opens an apposition (after a comma) or a copula's complement, counts the
/// meeting just told: the noun is that meeting again, whatever span it counts in.
bool countsToldMeeting(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 3; ///< "third phone", "second bilateral"
    int ord = -1;
    for (int b = i - 1; b >= std::max(1, i - reach) && ord < 0; --b) {
        if (s.tok(b).kind != Token::Word || s.tok(b).cap)
            return false;
        if (lex.has(Cue::Ordinal, s.key(b)) || isFirstWord(lex, s.key(b)))
            ord = b;
    }
    if (ord < 2)
        return false;
    // the determiner: "their", "the", or a possessive group ("the two leaders'")
    int det = ord - 1;
    if (!lex.has(Cue::Determiner, s.key(det)) && !lex.has(Cue::Article, s.key(det)))
        return false;
    const Token& before = s.tok(det - 1);
    return isComma(before) ||
           lex.has(Cue::PassiveAux, s.key(det - 1));
}

// Token i starts a side-meeting word or phrase ("bilateral", "sidelines", "one-on-one"): its
// value ("gathering" for "sidelines"), or nullopt.
std::optional<QString> sideCueValueAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const TokenKey& k = s.key(i);
    if (lex.has(Cue::SideMeeting, k))
        return lex.value(Cue::SideMeeting, k);
    for (const LexiconPhrase& p : lex.phrases(Cue::SideMeeting, k)) {
        bool all = i + int(p.keys.size()) <= s.size();
        for (std::size_t j = 1; all && j < p.keys.size(); ++j)
            all = s.key(i + int(j)) == p.keys[j];
        if (all)
            return p.value;
    }
    return std::nullopt;
}

bool sideCueAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    return sideCueValueAt(lex, s, i).has_value();
}

bool isClauseCut(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const TokenKey& k = s.key(i);
    if (lex.has(Cue::ClauseCut, k))
        return true;
    if (k == "on"_key) {
        // a day ("on Monday", "on 6 May", "on Dec. 6") goes on with the clause; a topic cuts it
        const Token& t = s.tok(std::min(i + 1, s.size() - 1));
        return !isCalendarWord(t) && t.key != "monday"_key && t.kind != Token::Number &&
               !dayOfMonthAt(s.toks, i + 1) && s.key(i + 1) != "the"_key;
    }
    if (k == "to"_key) {
        const Token& t = s.tok(std::min(i + 1, s.size() - 1));
        const PhraseMatch* m = s.matchOf(i + 1);
        if (m || t.cap || s.key(i + 1) == "the"_key)
            return false;
        // "spoke by phone to A and to his Cambodian counterpart B": a person, not an infinitive
        if (lex.value(Cue::Determiner, s.key(i + 1)) == "possessive"_key && officialSoon(s, i + 2))
            return false;
        return t.kind == Token::Word;
    }
    return false;
}

// "returned from a private visit to France": the meeting noun ends an other-event phrase, an
// event of the official's own that is no meeting (a meeting verb in its clause still tells one).
bool endsOtherEvent(const Lexicon& lex, const SentenceInfo& s, int i)
{
    for (int b = std::max(0, i - 3); b < i; ++b)
        if (lexiconPhraseAt(lex, Cue::OtherEvent, s, b) == i + 1)
            return true;
    return false;
}

// "It is the second UK-Ireland summit. The first was held in Liverpool": a determiner and a
// previous-cue word as the subject of a place-cue phrase tell of an earlier event whose noun is
// left out, the one just told (its states, its own place and day). Token i is the previous-cue
// word; not "the first meeting" (the noun is said) nor "The first was a success" (no place cue).
/// "The first of the annual summits took place in Liverpool": after "of", lowercase words and a
/// plural whose singular is a meeting noun or a gathering word, at most four words on, the token
/// after that plural; else `i`.
int pluralEventAfterOf(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 4;
    if (s.key(i) != "of"_key)
        return i;
    for (int j = i + 1; j < std::min(s.size(), i + 1 + reach) && s.tok(j).kind == Token::Word && !s.tok(j).cap; ++j) {
        const TokenKey& k = s.key(j);
        if (k.size() > 3 && k.endsWith(QLatin1Char('s')) &&
            (lex.has(Cue::MeetingNoun, k.text().chopped(1)) || lex.has(Cue::GatheringWord, k.text().chopped(1))))
            return j + 1;
    }
    return i;
}

bool elidedEarlierEvent(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (!lex.has(Cue::PreviousCue, s.key(i)) || !lex.has(Cue::Determiner, s.key(i - 1)))
        return false;
    const int after = pluralEventAfterOf(lex, s, i + 1);
    return lexiconPhraseAt(lex, Cue::PlaceCue, s, after) > after;
}

Trigger earlierEventTrigger(const Lexicon& lex, const SentenceInfo& s, int i)
{
    Trigger t;
    t.begin = i;
    // ("The first of the annual summits": the whole noun phrase)
    t.end = std::max(i + 1, pluralEventAfterOf(lex, s, i + 1));
    t.previous = true;
    t.elided = true;
    t.label = s.key(i).text();
    return t;
}

// "The talks were preceded by a meeting of ministers on Thursday": a sequence-opener word with
// the value "earlier-agent" ("preceded") and its "by", after a meeting word, names an earlier
// event told in passing. The index of that word, or -1.
int earlierAgentAt(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers)
{
    if (triggers.empty())
        return -1;
    for (int x = triggers.front().end; x + 1 < s.size(); ++x)
        if (lex.value(Cue::SequenceOpener, s.key(x)) == "earlier-agent"_key && lex.has(Cue::AgentWord, s.key(x + 1)))
            return x;
    return -1;
}

/// ", which lasted about two hours," starting at token `i`: a relative clause of lowercase words
/// between commas. The index after its closing comma, or 0.
int relativeAsideEnd(const Lexicon& lex, const SentenceInfo& s, int i)
{
    if (i + 1 >= s.size() || !isComma(s, i) || !lex.has(Cue::RelativeWord, s.key(i + 1)))
        return 0;
    for (int x = i + 2; x < s.size(); ++x) {
        if (isComma(s, x))
            return x + 1;
        if (s.tok(x).kind != Token::Word || s.tok(x).cap)
            return 0;
    }
    return 0;
}

/// "B, who was on a visit to Austria", "B, who is in Nairobi on a three-day visit": a visit
/// noun after "on" (the trip B was on, as meetingwhere.cpp reads it) in a relative clause on a
/// person (", who", as clauses() reads it), with only words between, tells where that person
/// was: background to the main clause, no event of its own. (Not "B, who returned from a state
/// visit to France": the visit is told as an event.)
bool inPersonRelative(const SentenceInfo& s, int i)
{
    constexpr int reach = 8; ///< "who is in Nairobi on a three-day"
    bool on = false;
    bool lowercase = true; ///< the words between "on" and the noun: "a three-day"
    for (int b = i - 1; b >= std::max(1, i - reach); --b) {
        if (s.tok(b).kind != Token::Word)
            return false;
        if (s.key(b) == "who"_key)
            return on && isComma(s, b - 1);
        on = on || (lowercase && s.key(b) == "on"_key);
        lowercase = lowercase && !s.tok(b).cap;
    }
    return false;
}

/// Whether tokens [from, to) are all lowercase words ("was also").
bool onlyLowercaseWords(const SentenceInfo& s, int from, int to)
{
    for (int x = from; x < to; ++x)
        if (s.tok(x).kind != Token::Word || s.tok(x).cap)
            return false;
    return from <= to;
}

/// The mode the first phone or video word in [from, to) tells ("phone", "video"), or empty.
QString modeWordIn(const Lexicon& lex, const SentenceInfo& s, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (lex.has(Cue::PhoneWord, s.key(i)))
            return QStringLiteral("phone");
        if (lex.has(Cue::VideoWord, s.key(i)))
            return QStringLiteral("video");
    }
    return {};
}

/// "The statement by A was welcomed by B", "Remarks from A were welcomed by B": the subject of the
/// passive receive verb at token i, opening the sentence, is a thing said by someone (a
/// received-thing word, "by", "from" or "of", then only the person's title and name): B reacts to
/// words and receives no visitor. Not "The delegation of A was welcomed by B".
bool thingAsPassiveSubject(const Lexicon& lex, const SentenceInfo& s, int i)
{
    // (an adverb between: "was warmly welcomed by")
    const int aux = i >= 3 && !s.tok(i - 1).cap && s.key(i - 1).text().endsWith(QLatin1String("ly")) ? i - 2 : i - 1;
    if (i < 2 || !lex.has(Cue::PassiveAux, s.key(aux)) || i + 1 >= s.size() || s.key(i + 1) != "by"_key)
        return false;
    int k = s.dateline;
    while (k < i && s.tok(k).kind != Token::Word)
        ++k;
    if (k < i && (lex.has(Cue::Article, s.key(k)) || lex.has(Cue::Determiner, s.key(k))))
        ++k;
    if (k + 2 >= aux || !lex.has(Cue::ReceivedThing, s.key(k)) || lex.value(Cue::ReceivedThing, s.key(k)) == "joined"_key ||
        lex.value(Cue::ReceivedThing, s.key(k)) == "ceremony"_key)
        return false;
    const TokenKey& link = s.key(k + 1);
    if (link != "by"_key && link != "from"_key && link != "of"_key)
        return false;
    for (int x = k + 2; x < aux; ++x)
        if (!(s.tok(x).cap || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x)))
            return false;
    return true;
}

/// "recalled the letter he received from B", "the message that she had received from B": a thing
/// received (a received-thing word after a determiner or article) a few lowercase words before
/// the receive verb at token i is its object, told before it in a relative clause: no visitor.
/// Not "welcomed the decision and received B" (a conjunction between: a second verb of its own),
/// nor "made the remarks as he received B" (a subordinator: a clause of its own).
bool thingReceivedBefore(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 4; ///< "the message that she had received"
    for (int b = i - 1; b >= std::max(1, i - reach); --b) {
        const TokenKey& k = s.key(b);
        if (s.tok(b).kind != Token::Word || s.tok(b).cap || lex.has(Cue::Conjunction, k) || lex.has(Cue::ContrastWord, k) ||
            lex.has(Cue::Subordinator, k))
            return false;
        if (lex.has(Cue::ReceivedThing, k) && lex.value(Cue::ReceivedThing, k) != "ceremony"_key &&
            lex.value(Cue::ReceivedThing, k) != "joined"_key)
            return lex.has(Cue::Determiner, s.key(b - 1)) || s.key(b - 1) == "a"_key || s.key(b - 1) == "an"_key;
    }
    return false;
}

/// "received letters of credence from A and B", "accepted the credentials of A", "A presented his
/// credentials to B": a credentials ceremony (a received-thing word of value "ceremony" after a
/// receive verb or a ceremony verb) is each envoy's audience with the host, so one meeting per
/// envoy (split). The trigger runs from the verb to the word that names the other side: "to"
/// (the ceremony verb's value) or "from"/"of" after "received". Token i is the verb; nullopt when
/// no ceremony word comes before that word ("received a letter from B": a thing, no visitor).
std::optional<Trigger> ceremonyTrigger(const Lexicon& lex, const SentenceInfo& s, int i, bool received)
{
    if (!received && !lex.has(Cue::CeremonyVerb, s.key(i)))
        return std::nullopt;
    const bool toHost = !received && lex.value(Cue::CeremonyVerb, s.key(i)) == "to"_key;
    // "A received a letter from C, handed over by B at State House": the passive after the
    // thing's comma names its bearer, who met A, the subject of the receive verb before; C, the
    // sender, stays home
    if (toHost && i >= 4 && isComma(s.tok(i - 1))) {
        const int by = s.key(i + 1) == "by"_key ? i + 1 : s.key(i + 2) == "by"_key ? i + 2 : -1;
        constexpr int thingReach = 12; ///< "received a letter from Chinese President Xi Jinping,"
        int thing = -1;
        for (int x = i - 2; by > 0 && x >= std::max(0, i - 1 - thingReach) && thing < 0; --x) {
            if (s.tok(x).kind != Token::Word)
                break;
            if (lex.value(Cue::ReceivedThing, s.key(x)) == "delivered"_key ||
                lex.value(Cue::ReceivedThing, s.key(x)) == "sent"_key)
                thing = x;
        }
        int verb = thing - 1;
        while (verb > 0 && verb >= thing - 3 && (lex.has(Cue::Determiner, s.key(verb)) || s.key(verb) == "a"_key ||
                                                 s.key(verb) == "an"_key || (!s.tok(verb).cap && !lex.has(Cue::MeetingVerb, s.key(verb)))))
            --verb;
        if (thing > 0 && verb >= 0 && verbClassOf(lex.value(Cue::MeetingVerb, s.key(verb))) == VerbClass::Receive &&
            lex.has(Cue::MeetingVerb, s.key(verb)) && inOfficialSpan(s, by + 1)) {
            Trigger t;
            t.begin = verb;
            t.end = by + 1;
            t.verb = true;
            t.senderEnd = by;
            t.passive = true; // (its bearer, after "by", past the comma, as "was received by B")
            t.label = keyLabel(s, verb, thing + 1) + QStringLiteral(", handed by");
            return t;
        }
    }
    constexpr int reach = 7; ///< "copies of his letters of credence to"
    const int from = afterAsides(s, i + 1); ///< "received, at State House, the credentials of"
    bool ceremony = false;
    // "B handed over a letter from President C to A", "delivered a message from C to A": a thing
    // handed over (received-thing value "delivered", or "sent" with its sender named)
    // is an audience of its bearer with A, as credentials are; C, its sender, stays home (the
    // trigger runs over C's name, past which the reach is counted in officials, not words)
    bool delivered = false;
    bool sender = false;
    for (int x = from, words = 0; x < s.size() && words < reach && s.tok(x).kind == Token::Word; ++x) {
        if (!inOfficialSpan(s, x) || !inOfficialSpan(s, x - 1))
            ++words;
        const TokenKey& k = s.key(x);
        if (lex.value(Cue::ReceivedThing, k) == "ceremony"_key) {
            ceremony = true;
            continue;
        }
        const QString thing = lex.value(Cue::ReceivedThing, k);
        if (toHost && !ceremony && (thing == "delivered"_key || thing == "sent"_key)) {
            delivered = true;
            sender = thing == "delivered"_key;
            continue;
        }
        sender = sender || (delivered && k == "from"_key);
        // (not a name's word: "from General Secretary To Lam to A")
        const bool link = !s.nameTok[std::size_t(x)] && !inOfficialSpan(s, x) &&
                          (toHost ? k == "to"_key : (k == "from"_key || k == "of"_key));
        if (!(ceremony || (delivered && sender)) || !link)
            continue;
        // (handed to a named official: not "conveyed a message from C to Sudanese leaders")
        if (delivered && !ceremony && !inOfficialSpan(s, x + 1) &&
            !(lex.has(Cue::Determiner, s.key(x + 1)) && inOfficialSpan(s, x + 2)))
            return std::nullopt;
        Trigger t;
        t.begin = i;
        t.end = x + 1;
        if (delivered)
            t.senderEnd = x;
        t.verb = true;
        t.split = true;
        t.label = keyLabel(s, i, t.end);
        return t;
    }
    return std::nullopt;
}


// "with his counterpart, Mr. B, in a phone call": a comma that sets off an official's name
// (a name's token on one side of it) keeps the words around it one stretch
bool appositiveComma(const SentenceInfo& s, int i)
{
    if (!isComma(s.tok(i)))
        return false;
    const auto named = [&](int k) { return k >= 0 && k < s.size() && (s.nameTok[std::size_t(k)] || inOfficialSpan(s, k)); };
    return named(i - 1) || named(i + 1);
}

/// "held talks in Baku on Saturday, in which A and B participated", "held talks, with A and B
/// attending": whether the attend verb of
/// trigger `t`, with no object (its clause ends after it), closes a relative clause ("in which")
/// whose antecedent is the meeting noun of a trigger before it (the noun, then its place and day
/// in capitalised and function words, then the comma). Its people are attendees of that meeting
/// (meetingparties.cpp reads them), not a meeting of their own.
bool attendsInRelative(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& before,
                       const Trigger& t)
{
    const int n = s.size();
    const bool bare = t.end >= n || (s.tok(t.end).kind == Token::Punct &&
                                     QStringView(u".,;").contains(s.tok(t.end).punct));
    if (!t.attendVerb || t.passive || t.attend || !bare || before.empty())
        return false;
    constexpr int clauseReach = 30;
    int which = -1;
    for (int i = t.begin - 1; i >= std::max(0, t.begin - clauseReach) && which < 0; --i) {
        // ("held talks, with A and B also attending": a clause a list opener opens after the
        // comma of a clause that told a meeting names its attendees)
        if (isComma(s, i) && lex.has(Cue::ListOpener, s.key(i + 1)))
            return std::any_of(before.begin(), before.end(), [&](const Trigger& u) { return !u.attendVerb && u.end <= i; });
        if (s.tok(i).kind == Token::Punct && s.tok(i).punct != QLatin1Char('-') &&
            s.tok(i).punct != QLatin1Char('\'') && s.tok(i).punct != QChar(0x2019) && s.tok(i).punct != QLatin1Char('.'))
            return false;
        if (lex.has(Cue::RelativeWord, s.key(i)))
            which = i;
    }
    // the preposition before "which", then the comma
    const int comma = which - 2;
    if (which < 2 || s.tok(which - 1).kind != Token::Word || !isComma(s, comma))
        return false;
    constexpr int modifierReach = 12;
    for (const Trigger& u : before) {
        if (u.verb && !u.anaphoric && u.end > comma)
            continue;
        if (u.end > comma || comma - u.end > modifierReach || u.attendVerb)
            continue;
        bool modifiers = true;
        for (int x = u.end; x < comma && modifiers; ++x)
            modifiers = s.tok(x).kind == Token::Word && (s.tok(x).cap || lex.has(Cue::FunctionWord, s.key(x))) &&
                        !lex.has(Cue::OtherEvent, s.key(x));
        if (modifiers && lex.has(Cue::MeetingNoun, s.key(u.end - 1)))
            return true;
    }
    return false;
}

} // namespace

/// "welcomed B to the summit in a post on social media", "received B warmly in a message": a
/// receive verb at token i whose clause tells, after an event frame and an article or a
/// possessive, a thing sent (received-thing value "sent": a letter, a message, a post) is a
/// greeting written to B, no meeting (one lowercase modifier between: "in a social media post").
bool greetingSent(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 20; ///< the object, its place and its day before the frame
    const int n = s.size();
    for (int x = i + 1; x + 2 < std::min(n, i + reach); ++x) {
        if ((s.tok(x).kind == Token::Punct && !isComma(s.tok(x))) || isClauseCut(lex, s, x))
            return false;
        if (!lex.has(Cue::EventFrame, s.key(x)) ||
            !(s.key(x + 1) == "a"_key || s.key(x + 1) == "an"_key || lex.has(Cue::PossessivePronoun, s.key(x + 1))))
            continue;
        for (int y = x + 2; y < std::min(n, x + 4) && s.tok(y).kind == Token::Word && !s.tok(y).cap; ++y)
            if (lex.value(Cue::ReceivedThing, s.key(y)) == "sent"_key)
                return true;
    }
    return false;
}

namespace {

/// "A took part on Sunday in the 166th session of the Arab League Council", "attended the
/// meeting of the Nordic-Baltic Eight": a meeting noun at token i followed by "of" and a
/// capitalised body (no person's name), which an attend verb or an attendee cue and "in" before
/// it, in the same run of words, says someone took part in. The body's meeting is a gathering:
/// its chair and other attendees may be named only later ("The session was chaired by B").
bool attendedBodyMeeting(const Lexicon& lex, const SentenceInfo& s, int i)
{
    constexpr int reach = 8; ///< "took part on Sunday in the 166th"
    int body = i + 2;
    if (s.key(i + 1) != "of"_key)
        return false;
    if (lex.has(Cue::Article, s.key(body)))
        ++body;
    if (body >= s.size() || s.tok(body).kind != Token::Word || !s.tok(body).cap || s.nameTok[std::size_t(body)])
        return false;
    // (not a format of two states: "the third meeting of the Peru-Bolivia strategic dialogue" is
    // a meeting of both, whoever chairs it)
    constexpr int bodyWords = 5;
    int states = 0;
    for (int x = body; x < std::min(s.size(), body + bodyWords); ++x)
        if (const PhraseMatch* m = s.matchOf(x); m && m->begin == x &&
                                                 (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym))
            ++states;
    if (states >= 2)
        return false;
    int in = -1;
    for (int b = i - 1; b >= std::max(0, i - reach) && s.tok(b).kind != Token::Punct; --b) {
        // ("chaired the meeting of BRICS foreign ministers", "presided over the session of the
        // Council": its chair is one of its people)
        if (lex.value(Cue::MeetingVerb, s.key(b)) == "attend"_key || lex.has(Cue::HostBy, s.key(b)))
            return true;
        if (s.key(b) == "in"_key && in < 0)
            in = b;
        if (const int e = lexiconPhraseAt(lex, Cue::AttendeeCue, s, b); in > 0 && e > b && e <= in)
            return true;
    }
    return false;
}

} // namespace

/// "A and B shook hands at the gala dinner", "exchanged pleasantries at the summit": a passing
/// encounter (a brief-encounter phrase) told at an event noun at token i ("at" or "during", then
/// only "the", articles and modifiers: no other determiner, no "of") is where they crossed paths; the noun is
/// no meeting of theirs. Not "shook hands at the start of their talks", "before their meeting".
bool briefEncounterAt(const Lexicon& lex, const SentenceInfo& s, int i)
{
    int x = i - 1;
    while (x > 0 && i - x < 5 && s.tok(x).kind == Token::Word && s.key(x) != "at"_key && s.key(x) != "during"_key &&
           s.key(x) != "of"_key && !s.nameTok[std::size_t(x)] &&
           (!lex.has(Cue::Determiner, s.key(x)) || s.key(x) == "the"_key))
        --x;
    if (x <= 0 || (s.key(x) != "at"_key && s.key(x) != "during"_key))
        return false;
    if (s.key(i + 1) == "with"_key || s.key(i + 1) == "between"_key || s.key(i + 1) == "for"_key)
        return false;
    for (int b = std::max(0, x - 5); b < x; ++b)
        if (lexiconPhraseAt(lex, Cue::BriefEncounter, s, b) == x)
            return true;
    return false;
}

/// "... but did not hold a bilateral meeting", "but they did not meet": a contrast word after
/// token `from`, then a negation within a few words and a meeting word after it.
bool deniedAfterContrast(const Lexicon& lex, const SentenceInfo& s, int from)
{
    for (int j = from; j < s.size(); ++j) {
        if (!lex.has(Cue::ContrastWord, s.key(j)))
            continue;
        for (int x = j + 1; x < std::min(s.size(), j + 5); ++x) {
            if (!lex.has(Cue::Negation, s.key(x)))
                continue;
            for (int y = x + 1; y < std::min(s.size(), x + 6); ++y)
                if (lex.has(Cue::MeetingVerb, s.key(y)) || lex.has(Cue::MeetingNoun, s.key(y)))
                    return true;
        }
    }
    return false;
}

/// "welcomed the meeting between A and B": names of people in the few words after a meeting
/// noun, before any punctuation: the noun tells who met, no reaction to an event told before.
namespace {
bool reactionNamesPeople(const SentenceInfo& s, int from)
{
    for (int i = from; i < std::min(s.size(), from + 8) && s.tok(i).kind == Token::Word; ++i)
        if (s.nameTok[std::size_t(i)])
            return true;
    return false;
}

/// "a dinner hosted by C for D", "a lunch in honour of B": a meal's words up to the punctuation
/// name whom it is for, a meeting of theirs, not a social event of those at it.
bool mealNamesSomeone(const SentenceInfo& s, int from)
{
    for (int x = from; x < s.size() && s.tok(x).kind == Token::Word; ++x)
        if (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)] || s.key(x) == "honour"_key || s.key(x) == "honor"_key)
            return true;
    return false;
}

/// "the", "the Manila-Hanoi", "Monday's": the words between a reaction verb and its meeting noun,
/// a determiner first, then words that name no one and tell no plan ("the upcoming visit").
bool reactionModifiers(const Lexicon& lex, const SentenceInfo& s, int from, int to)
{
    if (!lex.has(Cue::Determiner, s.key(from)) && s.key(from + 1) != "s"_key)
        return false;
    for (int i = from; i < to; ++i) {
        const Token& k = s.tok(i);
        if (s.nameTok[std::size_t(i)] || lex.has(Cue::FutureCue, s.key(i)) ||
            (k.kind == Token::Punct && !isDash(k) && k.punct != QLatin1Char('\'')))
            return false;
    }
    return true;
}
} // namespace

std::vector<Trigger> findTriggers(const Lexicon& lex, const SentenceInfo& s)
{
    auto isDeterminer = [&](const TokenKey& k) { return lex.has(Cue::Determiner, k); };
    auto isPhoneWord = [&](const TokenKey& k) { return lex.has(Cue::PhoneWord, k); };
    auto isVideoWord = [&](const TokenKey& k) { return lex.has(Cue::VideoWord, k); };
    auto isHold = [&](const TokenKey& k) { return lex.has(Cue::HoldVerb, k); };
    // Whether token i can open any branch below: only a word of the meeting-verb, ceremony-verb,
    // meeting-noun or previous-cue class, "call", or the last word of a two-word meeting verb
    // (a phrase of the meeting-verb class starting at i - 1) can; every other word is passed
    // over by the branches, so a few bit tests on its key skip it. Keys the lexicon did not
    // classify are read in full.
    static_assert(inTokenBits(Cue::MeetingVerb) && inTokenBits(Cue::CeremonyVerb) &&
                  inTokenBits(Cue::MeetingNoun) && inTokenBits(Cue::PreviousCue));
    const int n = s.size();
    auto mayOpen = [&](int i) {
        const TokenKey& k = s.key(i);
        if (!lex.classified(k) || k.isWordOf(int(Cue::MeetingVerb)) || k.isWordOf(int(Cue::CeremonyVerb)) ||
            k.isWordOf(int(Cue::MeetingNoun)) || k.isWordOf(int(Cue::PreviousCue)) || k == "call"_key)
            return true;
        if (i < 1)
            return false;
        // (a passive briefing: "was briefed in person by B", below)
        if (lex.has(Cue::PassiveAux, s.key(i - 1)) && lex.has(Cue::BriefVerb, k))
            return true;
        // (any verb before an official and the mode of a call: "congratulated B by phone")
        if (i + 1 < n && inOfficialSpan(s, i + 1) && callModeAfterObject(lex, s, i) > 0)
            return true;
        // (or after two officials joined by "and": "A and B went over it by phone")
        if ((inOfficialSpan(s, i - 1) || s.nameTok[std::size_t(i - 1)]) && coordinatedCallMode(lex, s, i) > 0)
            return true;
        const TokenKey& before = s.key(i - 1);
        if (!lex.classified(before) || before.startsPhraseOf(int(Cue::MeetingVerb)))
            return true;
        // (the last word of a longer one: "came face to face")
        for (int b = i - 2; b >= std::max(0, i - 3); --b)
            if (!lex.classified(s.key(b)) || s.key(b).startsPhraseOf(int(Cue::MeetingVerb)))
                return true;
        return false;
    };
    // No token can open one in a sentence with no word of those classes, no brief verb, no
    // phone or video word (the mode both call readings need), no two-word meeting verb and no
    // "call": asked once of the sentence's classes, the loop below is passed over
    // (the sentence's classes are its lexicon's: another one asks every token)
    const bool mayOpenAny =
        s.lex != &lex || s.mayHaveWordOf(Cue::MeetingVerb) || s.mayHaveWordOf(Cue::CeremonyVerb) || s.mayHaveWordOf(Cue::MeetingNoun) ||
        s.mayHaveWordOf(Cue::PreviousCue) || s.mayHaveWordOf(Cue::BriefVerb) || s.mayHaveWordOf(Cue::PhoneWord) ||
        s.mayHaveWordOf(Cue::VideoWord) || s.mayStartPhraseOf(Cue::MeetingVerb) ||
        std::any_of(s.toks.begin(), s.toks.end(), [](const Token& t) { return t.key == "call"_key; });
    std::vector<Trigger> out;
    for (int i = 0; mayOpenAny && i < n; ++i) {
        // (nor a word of a recognised official's title: "Chairman of the World Governments
        // Summit Organisation A" holds no summit)
        if (s.tok(i).kind != Token::Word || s.nameTok[std::size_t(i)] || !mayOpen(i) || inOfficialSpan(s, i))
            continue;
        const TokenKey& k = s.key(i);
        // One hash probe each rejects almost every word before the branches below.
        VerbClass vc = verbClass(lex, k);
        if (vc == VerbClass::Receive || lex.has(Cue::CeremonyVerb, k)) {
            if (std::optional<Trigger> c = ceremonyTrigger(lex, s, i, vc == VerbClass::Receive)) {
                out.push_back(*c);
                continue;
            }
        }
        // "after calling on the Prime Minister, B, at his office", "Before calling on President B,
        // A laid a wreath": the -ing form of a call-on verb is a courtesy call only as the verb of
        // a subordinate clause (a subordinator right before it, or the sentence's first word),
        // with an official right after "on"; the guest is the main clause's subject. Elsewhere
        // ("accused B, calling on C to resign") it is an appeal.
        if (vc == VerbClass::CallOn && k.text().endsWith(QLatin1String("ing")) &&
            (s.key(i + 1) != "on"_key || (i > 0 && !lex.has(Cue::Subordinator, s.key(i - 1))) ||
             !officialSoon(s, i + 2)))
            continue;
        // "A called B on Sunday" ("so-called", a word of its own, is none), "plans to call B",
        // "will call B": a phone call to B (not "will call on B on Friday": a courtesy call, below)
        const TokenKey& before = s.key(i - 1);
        const bool callVerb = (vc == VerbClass::CallOn && s.key(i + 1) != "on"_key && !s.tok(i).hyphenBefore) ||
                              (k == "call"_key && s.key(i + 1) != "on"_key &&
                               (before == "to"_key || lex.has(Cue::FutureAux, before) || lex.has(Cue::FutureCue, before)));
        if (callVerb && callsPerson(lex, s, i + 1))
            vc = VerbClass::Phone;
        // "A congratulated B by phone on his birthday", "thanked B by telephone", "briefed B over
        // the phone", "commended B by video link": any verb whose object, an official, is followed
        // by the mode of a call is that call
        QString objectCallMode;
        if (vc == VerbClass::None) {
            int modeAt = callModeAfterObject(lex, s, i);
            if (modeAt < 0)
                modeAt = coordinatedCallMode(lex, s, i);
            if (modeAt > 0) {
                vc = VerbClass::Phone;
                objectCallMode = lex.has(Cue::VideoWord, s.key(modeAt)) ? QStringLiteral("video") : QStringLiteral("phone");
            }
        }
        // "will call on B", "to call on B", "and call on B": the verb "called on" is, in its plain
        // form (an appeal, "to call on X to allow aid", is none: below)
        if (k == "call"_key && vc == VerbClass::None && s.key(i + 1) == "on"_key &&
            (before == "to"_key || lex.has(Cue::FutureAux, before) || lex.has(Cue::FutureCue, before) ||
             (lex.has(Cue::Conjunction, before) && s.tok(i - 1).kind == Token::Word) ||
             (i >= 2 && lex.has(Cue::Conjunction, s.key(i - 2)) && s.tok(i - 1).kind == Token::Word &&
              !s.tok(i - 1).cap && !lex.has(Cue::Article, before))))
            vc = VerbClass::CallOn;
        bool twoWordVerb = false;
        int phraseBegin = i - 1;
        if (vc == VerbClass::None) {
            vc = twoWordVerbClass(lex, s, i, &phraseBegin);
            twoWordVerb = vc != VerbClass::None;
        }
        // "is expected to see his counterpart B", "travelled to X to see B" (value "see"): seeing
        // is meeting only when an official is seen, not "hard to see a ceasefire holding" nor
        // "saw B's remarks as a threat"
        if (vc == VerbClass::Meet && lex.value(Cue::MeetingVerb, k) == "see"_key && !seesOfficial(s, i + 1))
            continue;
        // "conveyed a greeting from B", "in his welcoming remarks": the -ing form of a receiving
        // verb after an article, a determiner or a possessive is a noun or an adjective, no verb
        if (i > 0 && k.text().endsWith(QLatin1String("ing")) && lex.value(Cue::MeetingVerb, k) == "receive"_key &&
            (lex.has(Cue::Article, s.key(i - 1)) || s.key(i - 1) == "a"_key || s.key(i - 1) == "an"_key ||
             lex.has(Cue::Determiner, s.key(i - 1)) || lex.has(Cue::PossessivePronoun, s.key(i - 1))))
            continue;
        // (only the active "A and B co-chaired": the passive names the chairs of an event its
        // noun tells, "a meeting of ministers, co-chaired by A and B", "whose next session, to be
        // co-chaired by A and B", and a second trigger there splits or misdates that event)
        if (twoWordVerb && chairedAtToldEvent(lex, s, out, phraseBegin))
            continue;
        // "Chairman of the Gulf Summit Organisation": a capitalised meeting noun right before a
        // body's head word (no title or name of its own) is part of that body's name, no event
        if (s.tok(i).cap && i + 1 < n && s.tok(i + 1).kind == Token::Word && s.tok(i + 1).cap &&
            lex.has(Cue::BodyHead, s.key(i + 1)) && !s.nameTok[std::size_t(i + 1)] && !inOfficialSpan(s, i + 1) &&
            lex.has(Cue::MeetingNoun, k))
            continue;
        // "A and B greeted each other": a passing encounter, no meeting; "A greeted B for the
        // photo but did not hold talks with him" (value "before-denial": only before a contrast
        // word and a negation)
        {
            const LexiconPhrase* brief = nullptr;
            if (lexiconPhraseAt(lex, Cue::BriefEncounter, s, i, &brief) > i &&
                (brief->value != "before-denial"_key || deniedAfterContrast(lex, s, i + 1)))
                continue;
        }
        bool participle = false;
        bool noun = vc == VerbClass::None && lex.has(Cue::MeetingNoun, k);
        // "had visited Kabul in March, meeting Mr M and Minister H": after a comma and before a
        // name, the noun is the verb's participle (value "participle"), its subject the clause's
        if (noun && lex.value(Cue::MeetingNoun, k) == "participle"_key && i > 0 && s.tok(i - 1).kind == Token::Punct &&
            s.tok(i - 1).punct == QLatin1Char(',') && i + 1 < n && s.tok(i + 1).cap) {
            vc = VerbClass::Meet;
            noun = false;
            participle = true;
        }
        // "A was briefed in person by B", "was briefed by phone by B": a briefing (brief-verb) in
        // the passive, its mode told, with an official as its agent is a meeting of the two; not
        // "was briefed by officials", nor "was briefed by phone" with no one named after "by"
        if (vc == VerbClass::None && !noun && lex.has(Cue::BriefVerb, k) && i >= 1 && lex.has(Cue::PassiveAux, s.key(i - 1))) {
            int x = i + 1;
            QString mode;
            if (s.key(x) == "in"_key && s.key(x + 1) == "person"_key) {
                mode = QStringLiteral("in person");
                x += 2;
            } else if (s.key(x) == "by"_key || s.key(x) == "over"_key || s.key(x) == "via"_key) {
                for (int y = x + 1; y < std::min(n, x + 4) && mode.isEmpty(); ++y)
                    if (isPhoneWord(s.key(y)) || isVideoWord(s.key(y))) {
                        mode = isVideoWord(s.key(y)) ? QStringLiteral("video") : QStringLiteral("phone");
                        x = y + 1;
                    }
            }
            if (!mode.isEmpty() && x + 1 < n && s.key(x) == "by"_key && officialSoon(s, x + 1)) {
                Trigger t;
                t.begin = i;
                t.end = x + 1;
                t.verb = true;
                if (mode != QStringLiteral("in person"))
                    t.mode = mode;
                t.label = keyLabel(s, i, t.end);
                out.push_back(t);
                continue;
            }
        }
        if (vc == VerbClass::None && !noun) {
            if (elidedEarlierEvent(lex, s, i))
                out.push_back(earlierEventTrigger(lex, s, i));
            continue;
        }
        const TokenKey& prev = s.key(i - 1);
        const TokenKey& prev2 = s.key(i - 2);
        const TokenKey& next = s.key(i + 1);
        Trigger t;
        t.begin = i;
        t.end = i + 1;
        t.participle = participle;
        t.gathering = lex.has(Cue::GatheringWord, k);
        bool copular = false; ///< "It was the first meeting": the event told, described
        auto det = [&]() {
            for (int b = i - 1; b >= std::max(0, i - 4); --b) {
                const TokenKey& pk = s.key(b);
                // "Earlier, A held talks": the noun's own words end at a comma
                // ... and at the hold verb: "A and his Kazakh counterpart held talks" holds new
                // talks, the determiner is the subject's
                if (isComma(s.tok(b)) || isHold(pk))
                    return false;
                if (lex.has(Cue::PreviousCue, pk) && !tellsNovelty(lex, s, pk, i + 1))
                    t.previous = true;
                if (isDeterminer(pk)) {
                    // "It was the first three-way meeting of the ministers": what the event
                    // told is, not an earlier one
                    // ... "It was their first bilateral meeting": any determiner
                    copular = lex.has(Cue::PassiveAux, s.key(b - 1)) && isFirstWord(lex, s.key(b + 1));
                    if (copular)
                        t.previous = false;
                    return true;
                }
                if (pk == "a"_key || pk == "an"_key)
                    return false;
            }
            return false;
        };
        if (vc == VerbClass::Meet) {
            t.verb = true;
            t.tally = tellsTally(lex, s, i);
            // "a meeting of ministers, co-chaired by A and B": the chairs follow "by"
            t.passive = twoWordVerb && next == "by"_key;
            if (next == "with"_key)
                t.end = i + 2;
            t.label = s.key(i) + (t.end > i + 1 ? QStringLiteral(" with") : QString());
        } else if (vc == VerbClass::With) {
            // "sat down with", "huddled with": a meeting only with its "with"
            int w = i + 1;
            while (w < std::min(n, i + 3) && s.key(w) != "with"_key)
                ++w;
            // "A exchanged by phone on Wednesday with B" (value with-after-mode): the verb alone is a
            // call only when the words up to its "with" are a call's mode and its day, an official
            // after it; not "exchanged letters with B", "exchanged fire with"
            QString modeBeforeWith;
            if (lex.value(Cue::MeetingVerb, k) == "with-after-mode"_key) {
                int x = i + 1;
                for (; x < std::min(n, i + 8) && s.key(x) != "with"_key && s.tok(x).kind == Token::Word; ++x) {
                    if (isPhoneWord(s.key(x)) || isVideoWord(s.key(x)))
                        modeBeforeWith = isVideoWord(s.key(x)) ? QStringLiteral("video") : QStringLiteral("phone");
                    else if (!isCalendarWord(s.tok(x)) && s.key(x) != "by"_key && s.key(x) != "over"_key &&
                             s.key(x) != "via"_key && s.key(x) != "on"_key && s.key(x) != "the"_key &&
                             // (the mode's own noun: "by video link", "via video conference")
                             !(x > i + 1 && (isPhoneWord(s.key(x - 1)) || isVideoWord(s.key(x - 1))) && !s.tok(x).cap))
                        break;
                }
                if (modeBeforeWith.isEmpty() || x >= n || s.key(x) != "with"_key || !officialSoon(s, x + 1))
                    continue;
                w = x;
            }
            // "A and B exchanged views by phone": no "with", the parties are the coordinated
            // subject, as "A and B spoke by phone"
            int phoneAt = -1;
            for (int x = i + 1; x < std::min(n, i + 4) && phoneAt < 0 && s.key(w) != "with"_key; ++x)
                if (isPhoneWord(s.key(x)) || isVideoWord(s.key(x)))
                    phoneAt = x;
            bool coordinated = false;
            for (int b = std::max(0, i - 8); b < i && phoneAt > 0 && !coordinated; ++b)
                coordinated = s.key(b) == "and"_key;
            // "The two ministers sat down at the State Department", "A and B sat down together":
            // a verb of this class followed by a particle ("down", "together") has, with no
            // "with", a subject of two sides: a counted group or two officials joined by "and"
            bool together = false;
            if (s.key(w) != "with"_key && !coordinated && i + 1 < n && s.tok(i + 1).kind == Token::Word &&
                !s.tok(i + 1).cap && (next == "down"_key || next == "together"_key)) {
                // (the "and" of the subject: an official or a name on each side of it, "She and
                // Estonian Prime Minister B sat down"; not "arrived on Monday and sat down for")
                const auto person = [&](int x) { return x >= 0 && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]); };
                for (int b = i - 1, words = 0; b >= 0 && words < 4 && !together && s.tok(b).kind == Token::Word; --b) {
                    together = lex.has(Cue::GroupNumber, s.key(b)) || s.key(b) == "both"_key;
                    if (!inOfficialSpan(s, b) || !inOfficialSpan(s, b - 1))
                        ++words;
                }
                int b = i - 1;
                while (b >= 0 && person(b))
                    --b;
                together = together || (b < i - 1 && b >= 1 && s.key(b) == "and"_key && (person(b - 1) || s.tok(b - 1).cap));
            }
            // "A consulted Egyptian Foreign Minister B" (value with-or-official): the verb's object
            // an official or a name right after it (or after "his", "her"), as "met B"; not
            // "consulted the records", "consulted lawyers"
            int object = i + 1;
            if (object < n && lex.value(Cue::Determiner, s.key(object)) == "possessive"_key)
                ++object;
            // ... or, passive, the agent after "by": "A was consulted by Romanian President B" (not
            // "was consulted by lawyers")
            const bool passiveBy = next == "by"_key && lex.has(Cue::PassiveAux, prev);
            if (passiveBy)
                object = i + 2;
            const bool direct = s.key(w) != "with"_key && !coordinated && !together &&
                                lex.value(Cue::MeetingVerb, k) == "with-or-official"_key && object < n &&
                                (inOfficialSpan(s, object) || s.nameTok[std::size_t(object)]);
            if (s.key(w) != "with"_key && !coordinated && !together && !direct)
                continue;
            t.verb = true;
            t.end = direct ? (passiveBy ? i + 2 : i + 1) : together ? i + 2 : coordinated ? phoneAt + 1 : w + 1;
            if (coordinated)
                t.mode = isVideoWord(s.key(phoneAt)) ? QStringLiteral("video") : QStringLiteral("phone");
            if (!modeBeforeWith.isEmpty())
                t.mode = modeBeforeWith;
            t.label = keyLabel(s, i, t.end);
        } else if (noun) {
            const QString nounValue = lex.value(Cue::MeetingNoun, k);
            // "paid a courtesy call on": a visit; "called for talks", "a call on Israel to": not
            const bool call = k == "call"_key || k == "calls"_key;
            const bool callOn = call && next == "on"_key &&
                                (lex.has(Cue::CallOnCue, prev) || lex.has(Cue::CallOnCue, prev2));
            // ... but "a call on Friday with" is a call
            // ... or "a call on 5 May with", "a call on May 5 with": a month with its day's number
            const bool onDay = next == "on"_key && i + 2 < n && (isCalendarWord(s.tok(i + 2)) || dayOfMonthAt(s.toks, i + 2));
            if (call && !callOn && (next == "for"_key || (next == "on"_key && !onDay)))
                continue;
            if (call && prev == "to"_key)
                continue;
            if (endsOtherEvent(lex, s, i))
                continue;
            if (briefEncounterAt(lex, s, i))
                continue;
            if (accompaniesOnJourney(lex, s, i))
                continue;
            // "video conference", "online conference" but not "press conference"
            if (nounValue == "needs-mode"_key && !callOn && !isPhoneWord(prev) && !isVideoWord(prev) &&
                !isPhoneWord(prev2) && !isVideoWord(prev2) && !lex.has(Cue::VideoModifier, prev))
                continue;
            // "the Leaders' Retreat between A and B", not "the retreat of Russian forces": a noun
            // that is a meeting only with its partners after it
            // ... or held, its partners before it: "A and B held a tête-à-tête in Bangkok" (not
            // "held a bilateral meeting", whose noun is the trigger)
            bool heldNoun = false;
            for (int b = i - 1; b >= std::max(0, i - 5) && s.tok(b).kind == Token::Word && !heldNoun; --b)
                heldNoun = isHold(s.key(b));
            heldNoun = heldNoun && !lex.has(Cue::MeetingNoun, next) && !lex.has(Cue::GatheringWord, next);
            // ... or held after it, as the subject of a passive: "The previous retreat was held in
            // Putrajaya, when A and B ..."
            // ("will be held", "has been held": the auxiliaries up to the participle)
            bool heldAfter = false;
            for (int x = i + 1; x < std::min(n, i + 4) && !heldAfter &&
                                (lex.has(Cue::PassiveAux, s.key(x)) || lex.has(Cue::FutureAux, s.key(x)) ||
                                 lex.has(Cue::PerfectAux, s.key(x)));
                 ++x)
                heldAfter = x > i + 1 && lex.has(Cue::PassiveAux, s.key(x)) && isHold(s.key(x + 1));
            if (lex.has(Cue::PassiveAux, next) && isHold(s.key(i + 2)))
                heldAfter = true;
            heldNoun = heldNoun || heldAfter;
            const bool bodyMeeting = attendedBodyMeeting(lex, s, i);
            t.gathering = t.gathering || bodyMeeting;
            if (nounValue == "needs-partner"_key && next != "between"_key && next != "with"_key && !heldNoun &&
                !bodyMeeting)
                continue;
            // "A and B attended a fundraising dinner in X", "were among the guests at a Christmas
            // lunch", "spoke at a business lunch": a meal (value guest-for) told after "at" or an
            // attend verb, past its article and modifiers, with no one named in its words up to the
            // punctuation, is a social event of those at it, no meeting; "attended a dinner hosted
            // by C for D", "had dinner with D", "hosted a dinner for D" are
            if (nounValue == "guest-for"_key) {
                int b = i - 1;
                while (b > i - 5 && b >= 0 && s.tok(b).kind == Token::Word && !inOfficialSpan(s, b) &&
                       !s.nameTok[std::size_t(b)] &&
                       (lex.has(Cue::Article, s.key(b)) || s.key(b) == "a"_key || s.key(b) == "an"_key ||
                        !lex.has(Cue::FunctionWord, s.key(b))) &&
                       s.key(b) != "at"_key && verbClass(lex, s.key(b)) != VerbClass::Attend)
                    --b;
                const bool atEvent = b >= 0 && b < i && (s.key(b) == "at"_key || verbClass(lex, s.key(b)) == VerbClass::Attend);
                // (a meal told as new, "a dinner", or named by what it is of, "the gala dinner of
                // the chamber": not "joined Wong at the lunch", the meal just told; nor one whose
                // host or guest is named right before "at": "the guest of President C at a state
                // banquet", "hosted B at a dinner")
                const bool indefinite = b + 1 < i && (s.key(b + 1) == "a"_key || s.key(b + 1) == "an"_key);
                const bool hostBefore = b >= 1 && s.key(b) == "at"_key && (inOfficialSpan(s, b - 1) || s.nameTok[std::size_t(b - 1)]);
                const bool named = hostBefore || !(indefinite || next == "of"_key) || mealNamesSomeone(s, i + 1);
                if (atEvent && !named)
                    continue;
            }
            // "had an exchange with B": a noun that is a meeting only with its partner right after
            // it, whatever verb holds it ("an exchange of letters with B", "an exchange of fire")
            // ... "with" a person: not "opposed any official exchange with Taipei"
            // ... "an exchange of views with B": what is exchanged (exchange-topic) may come between
            const int exchangeWith = nounValue == "with-only"_key && next == "of"_key &&
                                             lex.has(Cue::ExchangeTopic, s.key(i + 2)) && s.key(i + 3) == "with"_key
                                         ? i + 3
                                         : i + 1;
            if (nounValue == "with-only"_key &&
                (s.key(exchangeWith) != "with"_key || !officialSoon(s, exchangeWith + 1)))
                continue;
            // "granted an audience to", "an audience with"; not "an audience of students"
            // ... "accorded a ceremonial welcome by B" (value grant-person): only with a person
            // after its preposition, not "received a warm welcome from crowds"
            const bool audience = nounValue == "needs-grant"_key || nounValue == "grant-person"_key;
            if (nounValue == "grant-person"_key && !officialSoon(s, i + 2))
                continue;
            // ... "was accorded a ceremonial welcome by B": the grant verb up to three words before
            bool granted = false;
            for (int b = i - 1; b >= std::max(0, i - 3) && !granted; --b)
                granted = lex.has(Cue::AudienceVerb, s.key(b));
            if (audience && next != "with"_key && !granted)
                continue;
            if (callOn || (audience && next == "to"_key)) {
                t.verb = true;
                t.end = i + 2;
                t.label = keyLabel(s, i, t.end);
                for (int b = i - 1; b >= std::max(0, i - 3); --b)
                    if (lex.has(Cue::CallOnCue, s.key(b)) || lex.has(Cue::AudienceVerb, s.key(b)))
                        t.begin = b;
                // "paid courtesy calls on A and B": one call on each host
                t.split = lex.value(Cue::SplitCue, k) == "own-noun"_key;
                out.push_back(t);
                continue;
            }
            // "a meeting in New Delhi last month between A and B": the partners after the noun's
            // place and time
            const int betweenAt = laterBetween(lex, s, i + 1);
            // "hosted a dinner for B": the guest follows "for", which otherwise starts a topic
            const bool guestFor = nounValue == "guest-for"_key && next == "for"_key;
            const bool withObject = next == "with"_key || next == "between"_key ||
                                    next == "by"_key || next == "of"_key || guestFor;
            const bool anaphoric = det();
            // ", their third phone call this month": the meeting just told, counted
            if (countsToldMeeting(lex, s, i)) {
                t.tally = true;
                t.previous = false;
            }
            // "held a bilateral meeting", "had a brief phone call": one modifier after the article
            // ... or two with no article before a plural: "held separate bilateral meetings
            // with", "held two separate meetings" (no function word, negation or verb between:
            // not "had not held talks")
            const auto modifier = [&](int x) {
                const TokenKey& k = s.key(x);
                return x > 0 && s.tok(x).kind == Token::Word && !s.tok(x).cap && !lex.has(Cue::FunctionWord, k) &&
                       !lex.has(Cue::Negation, k) && !isHold(k) && !lex.has(Cue::MeetingVerb, k) &&
                       !lex.has(Cue::PerfectAux, k);
            };
            // ... or after a possessive: "held their latest meeting", "had his first meeting"
            const bool heldModified = (isHold(s.key(i - 3)) &&
                                       (prev2 == "a"_key || prev2 == "an"_key || lex.value(Cue::Determiner, prev2) == "possessive"_key) &&
                                       s.tok(i - 1).kind == Token::Word && !s.tok(i - 1).cap) ||
                                      (i >= 3 && isHold(s.key(i - 3)) && modifier(i - 1) && modifier(i - 2) &&
                                       s.key(i).endsWith(QLatin1Char('s')));
            // (not a gerund made a noun: "called for the holding of talks with B")
            const bool held = isHold(prev) || (isHold(prev2) && prev != "of"_key) || heldModified ||
                              heldMeasure(lex, s, i);
            // "held discussions today with B", "had consultations with B": a noun that otherwise
            // only refers back is an event of its own when held with a partner
            bool heldWith = false;
            for (int x = i + 1; held && x < std::min(n, i + 4) && s.tok(x).kind == Token::Word && !heldWith; ++x)
                heldWith = lex.has(Cue::PartnerWord, s.key(x));
            // ... and so is one a counted group holds: "Prior to that, the two foreign secretaries
            // held consultations at the ministry"
            bool groupHeld = false;
            for (int h = i - 1; held && h >= std::max(1, i - 3) && !groupHeld; --h)
                for (int b = h - 1; isHold(s.key(h)) && b >= std::max(0, h - 5) && !groupHeld; --b)
                    groupHeld = lex.has(Cue::Article, s.key(b)) && lex.has(Cue::GroupNumber, s.key(b + 1));
            // ... and so is one its participle holds, its partners after it: "during discussions
            // held between A and B", "consultations held on Monday with B"
            bool participleHeld = isHold(next) && betweenAt > 0;
            for (int x = i + 2; isHold(next) && x < std::min(n, i + 5) && s.tok(x).kind == Token::Word && !participleHeld; ++x)
                participleHeld = lex.has(Cue::PartnerWord, s.key(x));
            if (nounValue == "anaphoric-only"_key && !anaphoric && !heldWith && !groupHeld && !participleHeld)
                continue;
            // "held separate meetings with A and B": a noun that tells of events only after a hold
            // verb ("his meetings with A", "The meetings were meant to" tell of none anew)
            // ... "held the sixth round of their strategic dialogue": the hold verb before "round of"
            bool heldOf = false;
            constexpr int ofReach = 7;
            for (int b = i - 1, of = -1; nounValue == "held-only"_key && !held && !heldOf && b >= std::max(0, i - ofReach) &&
                                         s.tok(b).kind == Token::Word && !s.tok(b).cap && !lex.has(Cue::MeetingNoun, s.key(b));
                 --b) {
                if (s.key(b) == "of"_key)
                    of = b;
                heldOf = of > b && isHold(s.key(b));
            }
            if (nounValue == "held-only"_key && !held && !heldOf && !heldAfter)
                continue;
            // "the meeting between A and B" still refers back when A and B are known
            // "B was accompanied during the talks by A": the "by" is the attendee verb's, and the
            // talks are the event told before
            bool attendeeFrame = false;
            for (int b = std::max(0, i - 6); next == "by"_key && b < i - 2 && !attendeeFrame; ++b)
                attendeeFrame = lexiconPhraseAt(lex, Cue::AttendeeCue, s, b) == i - 2 &&
                                lex.has(Cue::EventFrame, prev2) && isDeterminer(prev);
            t.anaphoric = anaphoric && (!withObject || next == "between"_key || attendeeFrame);
            t.between = next == "between"_key || betweenAt > 0;
            // "A, in separate phone calls with B, ...": the noun has a subject as a verb has
            bool inPhrase = false, withSoon = false;
            for (int x = i + 1; x < std::min(n, i + 5) && s.tok(x).kind == Token::Word; ++x)
                withSoon = withSoon || s.key(x) == "with"_key;
            for (int b = i - 1; b >= std::max(0, i - 3) && !anaphoric && withSoon; --b)
                inPhrase = inPhrase || s.key(b) == "in"_key;
            // "A and B led their respective delegations in talks": the leaders of the delegations
            // held them (a lead verb, then its delegations, then "in"/"at" and the noun)
            bool ledIn = false;
            if (!anaphoric || prev == "in"_key || prev == "at"_key)
                for (int b = i - 1; b >= std::max(1, i - 6) && !ledIn && s.tok(b).kind == Token::Word; --b)
                    ledIn = (s.key(b) == "in"_key || s.key(b) == "at"_key) &&
                            (lex.has(Cue::DelegationNoun, s.key(b - 1)) ||
                             lex.has(Cue::DelegationNoun, s.key(b - 1).text().chopped(1))) &&
                            [&] {
                                for (int x = b - 2; x >= std::max(0, b - 5); --x)
                                    if (lex.has(Cue::MemberVerb, s.key(x)))
                                        return true;
                                return false;
                            }();
            t.verb = held || inPhrase || ledIn;
            // "took a call from B", "placed a call to B": a call between people is by phone,
            // unless a courtesy call, a visit (call-on-cue value "in-person")
            const bool phoneWord = isPhoneWord(prev) || isPhoneWord(prev2);
            const bool videoWord = isVideoWord(prev) || isVideoWord(prev2) || nounValue == "video"_key;
            const bool placedCall = call && !callOn && lex.value(Cue::CallOnCue, prev) != "in-person"_key &&
                                    lex.value(Cue::CallOnCue, prev2) != "in-person"_key;
            if (phoneWord || (!videoWord && placedCall))
                t.mode = QStringLiteral("phone");
            else if (videoWord)
                t.mode = QStringLiteral("video");
            // "during the meeting" (the bare noun: "during the recent summit in Riyadh" may be
            // another event), "in a brief phone call"
            t.frame = lex.has(Cue::EventFrame, prev2) && isDeterminer(prev);
            for (int b = i - 1; b >= std::max(0, i - 4) && s.tok(b).kind == Token::Word && !t.mode.isEmpty() && !t.frame; --b)
                t.frame = lex.has(Cue::EventFrame, s.key(b));
            if (withObject && next != "of"_key)
                t.end = i + 2;
            else if (exchangeWith > i + 1)
                t.end = exchangeWith + 1;
            else if (betweenAt > 0)
                t.end = betweenAt + 1;
            t.background = !t.verb && !t.anaphoric && lex.has(Cue::TravelWord, k) && inPersonRelative(s, i);
            t.label = s.key(i).text();
            if (held) {
                t.label = QStringLiteral("held ") + t.label;
                for (int b = i - 1; b >= std::max(0, i - (heldModified ? 3 : 2)); --b) {
                    if (isHold(s.key(b)))
                        t.begin = b; // "was to hold talks": the status reads before "hold"
                }
            }
        } else if (vc == VerbClass::Discuss) {
            // "A discussed trade with B", "A and B discussed trade": with no other trigger in the
            // sentence (checked below), and a meeting only if two states take part (findMeetings)
            // (its topic, time and place may come first: "discussed the new European rules on
            // returns last week in Brussels with B")
            constexpr int withReach = 14;
            // (past a phrase in quotation marks: 'discussed the election and "regional security"
            // over the phone with B')
            const auto quoteMark = [](const Token& q) {
                return q.kind == Token::Punct && (q.punct == QLatin1Char('"') || q.punct == QChar(0x201C) ||
                                                  q.punct == QChar(0x201D));
            };
            int w = i + 1;
            while (w < n && w < i + withReach && s.key(w) != "with"_key &&
                   (s.tok(w).kind != Token::Punct || quoteMark(s.tok(w))))
                ++w;
            const bool with = w < n && s.key(w) == "with"_key;
            // (eight words back, an official's title and name counted as one: "Gabonese President
            // A B C and Equatorial Guinea's President D E F G inked an accord")
            bool coordinated = false;
            for (int b = i - 1, words = 0; b >= 0 && words < 8 && !coordinated; --b) {
                coordinated = s.key(b) == "and"_key;
                if (!inOfficialSpan(s, b) || !inOfficialSpan(s, b - 1))
                    ++words;
            }
            if (!with && !coordinated)
                continue;
            // "A and B each signed the treaty in their own capitals", "separately discussed": a
            // subject acting apart (value "apart" of the split cue right before the verb)
            if (!with && lex.value(Cue::SplitCue, s.key(i - 1)) == "apart"_key)
                continue;
            // "A and B signed a joint letter", "A signed a petition with B": what is signed apart
            // (lexicon signed-apart) is no accord the signers met over
            // ... nor a signing in the passive, "an accord, to be signed with B", "a statement
            // initialled in Suva by their officials": its signers are others, or later
            if (isSignVerb(lex, s, i)) {
                bool apart = lex.has(Cue::PassiveAux, s.key(i - 1));
                for (int x = i + 1; x < std::min(n, i + 10) && !apart && !with && s.tok(x).kind == Token::Word; ++x)
                    apart = s.key(x) == "by"_key && !isPhoneWord(s.key(x + 1)) && !isVideoWord(s.key(x + 1));
                for (int x = i + 1; x < std::min(n, with ? w : i + 6) && !apart; ++x)
                    apart = lex.has(Cue::SignedApart, s.key(x));
                if (apart)
                    continue;
            }
            // "signed an agreement with B's government", "discussed trade with B's envoy": the
            // official in the possessive is no partner
            if (with && !coordinated) {
                // (the partner's own words, up to a comma: not "with B, US President C's envoy")
                int e = w + 1;
                while (e < n && inOfficialSpan(s, e) && s.tok(e).kind == Token::Word)
                    ++e;
                if (e > w + 1 && e < n && s.key(e) == "'s"_key)
                    continue;
            }
            // (value "sign-with": only with its partner after "with", "after signing it with B";
            // "A and B hailed the signing of the pact" tells of no meeting)
            // (but "witnessed the signing", a phrase of the lexicon ending at it)
            if (!with && lex.value(Cue::MeetingVerb, k) == "sign-with"_key) {
                int phrase = i;
                if (twoWordVerbClass(lex, s, i, &phrase) != VerbClass::Discuss)
                    continue;
            }
            // "A spent two hours on Tuesday with B" (value "time"): what was spent is time (a
            // time-span word or a day), not "spent billions of dollars with American firms";
            // and only with "with"
            if (lex.value(Cue::MeetingVerb, k) == "time"_key) {
                bool time = false;
                for (int x = i + 1; x < w && !time; ++x)
                    time = lex.has(Cue::TimeSpan, s.key(x)) || (isCalendarWord(s.tok(x)) && !isMonthWord(s.tok(x)));
                if (!with || !time)
                    continue;
                t.spent = true;
            }
            t.verb = true;
            t.discuss = true;
            if (with)
                t.end = w + 1;
            // "had discussed the issue by phone with B": a call of its own (kept below), and a
            // call whoever B is (the Secretary-General of a bloc, of no state)
            if (with)
                t.mode = modeWordIn(lex, s, i + 1, w);
            // ... and so "A and B discussed the programme over the phone": the subject's call
            else if (const int modeAt = coordinatedCallMode(lex, s, i); modeAt > 0)
                t.mode = lex.has(Cue::VideoWord, s.key(modeAt)) ? QStringLiteral("video") : QStringLiteral("phone");
            t.discuss = t.mode.isEmpty();
            t.label = keyLabel(s, i, t.end);
        } else if (vc == VerbClass::Receive || vc == VerbClass::Attend) {
            // "talks on the EAC, which Somalia joined last year", "the treaty, which B attended
            // as an observer": an attend verb in a relative clause on a thing (no meeting noun
            // right before its ", which") joins that thing, a bloc or a pact, no meeting
            if (vc == VerbClass::Attend) {
                constexpr int subjectReach = 4; ///< "which the Somali government joined"
                int r = i - 1;
                while (r > 0 && r >= i - subjectReach && s.tok(r).kind == Token::Word && s.key(r) != "which"_key)
                    --r;
                // (the thing's words: back from the comma to a meeting noun, past its place and
                // time, "a summit in Beijing later this month, which B is expected to attend";
                // a topic word first, "talks on the EAC, which", names the thing)
                bool thing = false;
                if (r >= 2 && r < i - 1 && s.key(r) == "which"_key && isComma(s.tok(r - 1)) &&
                    !s.nameTok[std::size_t(r - 2)] && !inOfficialSpan(s, r - 2)) {
                    // ("a roundtable on climate finance at the Hilton in Bridgetown, which was
                    // attended by Secretary-General C": a passive whose agent is an official is
                    // attended by people, so a meeting noun further back, past its topic, is the
                    // thing; no pact nor bloc is "attended by" a person)
                    bool byOfficial = false;
                    const int by = s.key(i + 1) == "also"_key ? i + 2 : i + 1;
                    for (int x = by + 1; x < std::min(n, by + 8) && s.key(by) == "by"_key &&
                                         !byOfficial && s.tok(x).kind != Token::Punct;
                         ++x)
                        byOfficial = inOfficialSpan(s, x) || s.nameTok[std::size_t(x)];
                    const int nounReach = byOfficial ? 20 : 6;
                    thing = true;
                    for (int x = r - 2; x >= std::max(0, r - 2 - nounReach) && s.tok(x).kind != Token::Punct; --x) {
                        // (not a day's "on": "a summit in Huelva on Friday, which was attended by")
                        if (!byOfficial && lex.has(Cue::TopicBefore, s.key(x)) &&
                            !isCalendarWord(s.tok(x + 1)))
                            break;
                        // (... or the verb that told the event: "co-chaired a roundtable on X,
                        // which was attended by C")
                        if (lex.has(Cue::MeetingNoun, s.key(x)) ||
                            (byOfficial && (lex.has(Cue::MeetingVerb, s.key(x)) ||
                                            lex.has(Cue::HostBy, s.key(x))))) {
                            thing = false;
                            break;
                        }
                    }
                }
                if (thing)
                    continue;
            }
            // "received a letter from": a thing, not a visitor (also after asides between
            // commas: "received, today, at his office, a letter from")
            // ... "joined calls for a ceasefire", "joined the cabinet in 2023": a thing joined
            // (value "joined", after an attend verb only) is a stand or an office, no meeting
            bool thing = false;
            const int object = afterAsides(s, i + 1);
            auto thingAt = [&](int x) {
                const TokenKey& tk = s.key(x);
                if (!lex.has(Cue::ReceivedThing, tk))
                    return false;
                if (lex.value(Cue::ReceivedThing, tk) != "joined"_key)
                    return true;
                // (the verb's object: right after it or its article, not "joined by Prime
                // Cabinet Secretary A"; not "attended the cabinet meeting": a meeting noun after
                // it is the object)
                for (int y = i + 1; y < x; ++y)
                    if (!lex.has(Cue::Determiner, s.key(y)) && s.key(y) != "a"_key && s.key(y) != "an"_key)
                        return false;
                return vc == VerbClass::Attend && !lex.has(Cue::MeetingNoun, s.key(x + 1));
            };
            for (int x = i + 1; x < std::min(n, i + 4) && !thing; ++x)
                thing = thingAt(x) || thingAt(object + x - i - 1);
            // ... past an article and a few lowercase modifiers, no function word between:
            // "welcomed, in separate statements, a fisheries research agreement"
            if (!thing && object < n && (lex.has(Cue::Article, s.key(object)) || s.key(object) == "a"_key ||
                                         s.key(object) == "an"_key))
                for (int x = object + 1; x < std::min(n, object + 5) && !thing; ++x) {
                    if (s.tok(x).kind != Token::Word || s.tok(x).cap || lex.has(Cue::FunctionWord, s.key(x)))
                        break;
                    thing = thingAt(x);
                }
            // "welcomed Brazilian President B's remarks", "received Minister C's letter": the
            // thing of a person named in the possessive (a title and name, then "'s", then the
            // thing or one word and the thing)
            if (!thing && vc != VerbClass::Attend) {
                const int x = possessiveAfterName(s, i + 1);
                if (x > 0)
                    thing = (x + 1 < n && thingAt(x + 1)) ||
                            (x + 2 < n && !s.tok(x + 1).cap && s.tok(x + 1).kind == Token::Word && thingAt(x + 2));
            }
            if (thing || thingReceivedBefore(lex, s, i) || thingAsPassiveSubject(lex, s, i) ||
                (vc == VerbClass::Receive && greetingSent(lex, s, i)))
                continue;
            if (vc == VerbClass::Attend && joinsInAction(lex, s, i + 1))
                continue;
            // "A and B attended a fundraising dinner in X", "attended the gala dinner of the
            // chamber": a meal (value guest-for) told as new or by what it is of, with no one named
            // in its words up to the punctuation, is a social event, no meeting of those at it (as
            // the meal noun itself, below); not "C also attended the dinner", the meal just told,
            // nor "attended a dinner hosted by C for D"
            if (vc == VerbClass::Attend && !lex.has(Cue::PassiveAux, prev) && next != "by"_key) {
                const int from = next == "in"_key ? i + 2 : i + 1;
                const bool indefinite = from < n && (s.key(from) == "a"_key || s.key(from) == "an"_key);
                bool meal = false;
                for (int x = from; x < n && x < from + 5 && s.tok(x).kind == Token::Word && !meal; ++x)
                    meal = lex.value(Cue::MeetingNoun, s.key(x)) == "guest-for"_key &&
                           (indefinite || s.key(x + 1) == "of"_key);
                if (meal && !mealNamesSomeone(s, from))
                    continue;
            }
            // "A and B attended separate ceremonies in Baku and Ashgabat": each his own event, no
            // meeting of theirs (not "attended separate meetings with C and D")
            if (vc == VerbClass::Attend && lex.has(Cue::SplitCue, next) && lex.value(Cue::SplitCue, next).isEmpty() &&
                s.key(i + 2) != "with"_key && s.key(i + 3) != "with"_key)
                continue;
            t.verb = true;
            // "was received by", "was warmly welcomed by", "were also greeted by"
            const bool adverb = prev == "also"_key || (prev.size() > 3 && prev.endsWith(QLatin1String("ly")));
            // "were attended, on the Ivorian side, by A": a side phrase between the verb and "by"
            // (between commas, or with none: "attended on the Ivorian side by A")
            bool side = false, sideThenBy = false;
            const bool commaAfter = i + 1 < n && isComma(s, i + 1);
            for (int x = commaAfter ? i + 2 : i + 1; x < std::min(n, i + 9) && !sideThenBy; ++x) {
                side = side || lex.has(Cue::SideNoun, s.key(x));
                sideThenBy = side && s.key(x) == "by"_key && (!commaAfter || isComma(s, x - 1));
            }
            // "held plenary talks, attended by A and B", "The talks continued in a wider format,
            // attended by A": a participle right after the comma of a clause that tells of a
            // meeting is a passive without its auxiliary
            // ... as is one right after the comma of an official named before it, with its agent:
            // "A, joined by B, met C" (B came with A)
            // (a surname alone too, "García Harfuch and Villeda, joined by C, held a meeting")
            const bool reduced = vc == VerbClass::Attend && i >= 2 && isComma(s, i - 1) &&
                                 (meetingNounBefore(lex, s, i - 1) ||
                                  (next == "by"_key && (s.nameTok[std::size_t(i - 2)] || inOfficialSpan(s, i - 2) ||
                                                        (s.tok(i - 2).kind == Token::Word && s.tok(i - 2).cap))));
            // ("The talks, attended also by A": the adverb after the participle)
            const bool adverbThenBy = next == "also"_key && s.key(i + 2) == "by"_key;
            // "The session was chaired by B and attended by C": a participle coordinated with a
            // passive before it shares its auxiliary
            bool coordinatedPassive = false;
            constexpr int passiveReach = 24; ///< "was chaired by Bahraini Foreign Minister Dr. B, chairman of ..., and"
            for (int b = i - 2; b >= std::max(0, i - passiveReach) && lex.has(Cue::Conjunction, prev) && !coordinatedPassive; --b) {
                coordinatedPassive = lex.has(Cue::PassiveAux, s.key(b)) && s.key(b + 2) == "by"_key &&
                                     s.tok(b + 1).kind == Token::Word && !s.tok(b + 1).cap;
                if (coordinatedPassive && next == "by"_key)
                    t.coAgent = b + 2;
            }
            if ((lex.has(Cue::PassiveAux, prev) || (adverb && lex.has(Cue::PassiveAux, prev2)) || reduced ||
                 coordinatedPassive) &&
                (next == "by"_key || sideThenBy || adverbThenBy))
                t.passive = true;
            t.split = lex.has(Cue::SplitVerb, k);
            t.attendVerb = vc == VerbClass::Attend;
            // "A was joined by B": B joins the event told before
            t.attend = t.attendVerb && t.passive;
            t.label = s.key(i).text();
        } else {
            // "spoke with", "spoke by phone with", "called" + person
            int w = i + 1;
            while (w < n && w < i + 8 && s.key(w) != "with"_key &&
                   s.key(w) != "to"_key && s.tok(w).kind != Token::Punct)
                ++w;
            if (vc == VerbClass::CallOn) {
                if (next != "on"_key)
                    continue;
                // "called on X to allow aid": an appeal, not a visit
                bool appeal = false;
                for (int x = i + 2; x < std::min(n, i + 16) && !appeal; ++x) {
                    if (s.tok(x).kind == Token::Punct && s.tok(x).punct != QLatin1Char(',') &&
                        s.tok(x).punct != QLatin1Char('.'))
                        break;
                    appeal = s.key(x) == "to"_key && x + 1 < n && s.tok(x + 1).kind == Token::Word &&
                             !s.tok(x + 1).cap && s.key(x + 1) != "the"_key;
                    // ... but "called on Minister B (at the palace) to discuss trade": a verb of
                    // purpose (topic opener, value purpose) after a named official is why the
                    // call was paid
                    // (not "called on B to discuss it with C": a partner of its own makes the
                    // talk one B is urged to hold)
                    if (appeal && lex.value(Cue::TopicOpener, s.key(x + 1)) == "purpose"_key) {
                        bool partner = false;
                        for (int w = x + 2; w < n && s.tok(w).kind == Token::Word && !partner; ++w)
                            partner = s.key(w) == "with"_key;
                        for (int o = i + 2; o < x && appeal && !partner; ++o)
                            appeal = !s.nameTok[std::size_t(o)] && !inOfficialSpan(s, o);
                    }
                }
                if (appeal)
                    continue;
                t.label = QStringLiteral("called on");
                t.verb = true;
                t.end = i + 2;
            } else if (vc == VerbClass::Phone) {
                // "phoned Foreign Minister B's office": a call to those who act for B (a proxy
                // noun of value "possessive"), no call with B
                const int x = possessiveAfterName(s, i + 1);
                if (x > 0 && x + 1 < n && lex.value(Cue::ProxyNoun, s.key(x + 1)) == "possessive"_key)
                    continue;
                t.verb = true;
                t.mode = objectCallMode.isEmpty() ? QStringLiteral("phone") : objectCallMode;
                t.label = s.key(i).text();
            } else {
                // "A and B spoke by phone": no "with", the parties are the subject
                int phoneAt = -1;
                for (int x = i + 1; x < std::min(n, i + 4) && phoneAt < 0; ++x)
                    if (isPhoneWord(s.key(x)) || isVideoWord(s.key(x)))
                        phoneAt = x;
                if (phoneAt > 0 && (w >= n || phoneAt < w)) {
                    const bool with = w < n && s.key(w) == "with"_key;
                    w = with ? w : phoneAt;
                } else if (w >= n || (s.key(w) != "with"_key && s.key(w) != "to"_key)) {
                    continue;
                }
                // (a call said in words, "spoke by video conference with allies", is one still)
                if ((s.key(w) == "with"_key || s.key(w) == "to"_key) && !(phoneAt > 0 && phoneAt < w) &&
                    speaksToAudience(lex, s, w + 1))
                    continue;
                t.verb = true;
                t.end = w + 1;
                t.mode = QStringLiteral("phone");
                // ("spoke via videoconference": the mode word itself may end the trigger)
                for (int x = i + 1; x <= w && x < n; ++x) {
                    if (isVideoWord(s.key(x)))
                        t.mode = QStringLiteral("video");
                }
                t.label = s.key(i) + QStringLiteral(" with");
            }
        }
        // "met separately with", "held separate talks with", "met B and C separately on
        // Monday", "In separate meetings, A met B and C": a split cue in the run of words
        // around the trigger (commas allowed, no other stop)
        auto stop = [&](int x) { return s.tok(x).kind == Token::Punct && s.tok(x).punct != QLatin1Char(','); };
        // ("held phone calls with A and B": a plural noun splits only its own trigger)
        // ("received, in turn, A and B": a phrase of the set too, after the trigger's start only,
        // not "B, who in turn met C and D")
        // ("met B and C for a separate trilateral meeting": after "a", one event told apart from
        // another, not one each)
        auto splitAt = [&](int x) {
            const QString v = lex.value(Cue::SplitCue, s.key(x));
            if (x > 0 && (s.key(x - 1) == "a"_key || s.key(x - 1) == "an"_key))
                return false;
            return (lex.has(Cue::SplitCue, s.key(x)) && v != "before-object"_key && v != "apart"_key &&
                    (x == i || v != "own-noun"_key)) ||
                   (x >= i && lexiconPhraseAt(lex, Cue::SplitCue, s, x) > x + 1);
        };
        for (int x = i - 1; x >= std::max(0, i - 10) && !t.split && !stop(x); --x)
            t.split = splitAt(x);
        // ("met A, B and C in separate meetings": the words of the officials met do not count)
        for (int x = i, words = 0; x < n && words < t.end - i + 12 && !t.split && !stop(x); ++x) {
            words += inOfficialSpan(s, x) ? 0 : 1;
            t.split = splitAt(x);
        }
        if (!t.split && t.verb && !t.discuss)
            t.split = twoDaysAfter(lex, s, t.end);
        if (!t.split && t.verb)
            t.split = splitsObjects(lex, s, t);
        if (!t.split && t.verb) {
            t.among = amongListed(lex, s, t);
            t.split = t.among;
        }
        // "Fidan then held a bilateral meeting with B", "On the sidelines of the summit, A held
        // talks with B", "A and B also met one-on-one": the same run of words
        // ... "on the sidelines of the APEC Leaders' Meeting in Lima, Peru": beside a gathering
        // (value "gathering"), whose host state is no side of the meeting
        static_assert(inTokenBits(Cue::SideMeeting));
        auto markSide = [&](int x) {
            // (a key the lexicon classified as no side-meeting word nor the start of a
            // side-meeting phrase is none, by bit tests; sideCueValueAt() reads the rest)
            const TokenKey& xk = s.key(x);
            if (lex.classified(xk) && !xk.isWordOf(int(Cue::SideMeeting)) && !xk.startsPhraseOf(int(Cue::SideMeeting))) {
                t.side = false;
                return;
            }
            const std::optional<QString> v = sideCueValueAt(lex, s, x);
            t.side = v.has_value();
            t.atGathering = t.atGathering || (t.side && *v == "gathering"_key);
        };
        // ... "the APEC Economic Leaders' Meeting": the apostrophe of a plural possessive, on
        // its word, is inside the gathering's name and ends no run
        auto possessive = [&](int x) {
            const Token& w = s.tok(x);
            return x > 0 && !w.spaceBefore && (w.punct == QLatin1Char('\'') || w.punct == QChar(0x2019)) &&
                   s.tok(x - 1).kind == Token::Word && s.key(x - 1).text().endsWith(QLatin1Char('s'));
        };
        auto sideStop = [&](int x) { return stop(x) && !possessive(x); };
        // ("On the sidelines of the session, ECOWAS Commission President A met": the words of
        // the subject's title and name do not count)
        for (int x = i - 1, words = 0; x >= 0 && words < 10 && !t.side && !sideStop(x); --x) {
            words += inOfficialSpan(s, x) ? 0 : 1;
            markSide(x);
        }
        for (int x = i; x < std::min(n, t.end + 12) && !t.side && !sideStop(x); ++x)
            markSide(x);
        // "It was the first bilateral meeting of the two presidents": the event told, described,
        // not one beside it (a gathering it was held beside still tells a side meeting)
        if (copular && !t.atGathering)
            t.side = false;
        // "A and his counterpart met at the ministry earlier on Thursday": a sequence opener
        // and its day after the verb tell another time of the day, as opening the sentence does
        for (int x = t.end; t.verb && x + 2 < n && x < t.end + 12 && !t.side && !stop(x); ++x)
            t.side = lex.has(Cue::SequenceOpener, s.key(x)) && s.key(x + 1) == "on"_key && isCalendarWord(s.tok(x + 2));
        // "the two leaders last met in Lima", "had previously met": an adverb of an earlier
        // time right before the verb tells of another, earlier event
        if (t.verb && lex.has(Cue::PreviousCue, prev) && !tellsNovelty(lex, s, prev, t.end))
            t.previous = true;
        // "A has since met B several times": meetings after the one told, other events
        if (t.verb && lex.value(Cue::NoveltyCue, prev) == "later"_key && lex.has(Cue::PerfectAux, prev2))
            t.previous = true;
        // "the summit last year in Kazakhstan", "met last summer": an earlier event
        for (int x = t.end; x < std::min(n - 1, t.end + 3) && !t.previous; ++x)
            t.previous = lex.has(Cue::PreviousCue, s.key(x)) && lex.has(Cue::TimeUnit, s.key(x + 1));
        if (twoWordVerb)
            t.begin = phraseBegin; // "where the two ministers co-chaired": the verb's words start at "co"
        out.push_back(t);
    }
    // "In the meeting, B delivered a message from C to A": a letter or message handed over in
    // the meeting told (a noun referring back) is part of it, no audience of its own
    if (std::any_of(out.begin(), out.end(), [](const Trigger& t) { return t.anaphoric && !t.verb; }))
        std::erase_if(out, [](const Trigger& t) { return t.senderEnd >= 0; });
    // "discussed" tells of a meeting only when nothing else in the sentence does: "met B and
    // discussed trade" is the meeting of "met". A call told with it is an event of its own: "had
    // discussed the issue by phone with B on Saturday and both would meet in April".
    // (Time spent with B is an event of its own too: "spent two hours with B, according to
    // diplomats briefed on the talks")
    // ... but "A discussed the deal with B in a phone call on Tuesday": the call noun that frames
    // the verb, a few words after it with no punctuation between, is the verb's event, one
    // expression with it (the verb gives its subject)
    // "A had discussed the visit with B in a call", "reviewed the trip with B": the travel or
    // meeting noun a discuss verb takes as its topic, before its "with", is what was discussed;
    // the verb's act is the event (the noun's "with" is the verb's: not "discussed the visit of C
    // with officials", where C is no partner)
    std::erase_if(out, [&](const Trigger& o) {
        return !o.verb && std::any_of(out.begin(), out.end(), [&](const Trigger& d) {
                   return d.discuss && d.verb && s.key(d.end - 1) == "with"_key && o.begin > d.begin && o.end == d.end;
               });
    });
    const auto framedByCall = [&](const Trigger& t) {
        const auto next = std::find_if(out.begin(), out.end(), [&](const Trigger& o) { return o.begin >= t.end; });
        if (!t.discuss || next == out.end() || next->verb || next->begin - t.end > 14)
            return false;
        for (int i = t.end; i < next->begin; ++i)
            if (s.tok(i).kind != Token::Word && !appositiveComma(s, i))
                return false;
        // ("The two leaders, A and B, discussed port security over lunch": a meal the talk took
        // place over, a meeting noun of a guest, frames the verb too)
        // (a few lower-case words between: "over a working lunch")
        if (next->mode.isEmpty()) {
            int over = next->begin - 1;
            while (over > t.end && over >= next->begin - 3 && s.key(over) != "over"_key && !s.tok(over).cap)
                --over;
            return over >= t.end && s.key(over) == "over"_key &&
                   lex.value(Cue::MeetingNoun, s.key(next->end - 1)) == "guest-for"_key;
        }
        for (int i = std::max(t.end, next->begin - 3); i < next->begin; ++i)
            if (lex.has(Cue::EventFrame, s.key(i)))
                return true;
        return false;
    };
    // "In a separate meeting, A discussed trade with B": a meeting noun told apart (a split cue
    // between an event frame and the noun), opening the clause before a discuss verb with its
    // "with", frames the verb as that meeting: the verb gives its people, the noun refers to no
    // meeting told before ("In the meeting, A discussed trade with B" does)
    constexpr int frameReach = 8; ///< "In a separate meeting on Tuesday, Foreign Minister A discussed"
    const auto framedApart = [&](const Trigger& noun, const Trigger& t) {
        if (noun.verb || !t.discuss || !t.verb || s.key(t.end - 1) != "with"_key || noun.end > t.begin ||
            t.begin - noun.end > frameReach || noun.begin < 2)
            return false;
        int frame = noun.begin - 1;
        bool apart = false;
        for (; frame >= std::max(0, noun.begin - 3) && !lex.has(Cue::EventFrame, s.key(frame)); --frame)
            apart = apart || lex.has(Cue::SplitCue, s.key(frame));
        if (frame < 0 || !lex.has(Cue::EventFrame, s.key(frame)) || frame > s.dateline + 1 || !apart)
            return false;
        int commas = 0;
        for (int i = noun.end; i < t.begin; ++i)
            if (s.tok(i).kind == Token::Punct && !(isComma(s.tok(i)) && ++commas == 1))
                return false;
        return commas == 1;
    };
    std::vector<bool> framedVerb(out.size(), false);
    std::vector<bool> apartFrame(out.size(), false);
    for (std::size_t x = 0; x < out.size(); ++x) {
        framedVerb[x] = framedByCall(out[x]);
        if (x > 0 && framedApart(out[x - 1], out[x]))
            framedVerb[x] = apartFrame[x - 1] = true;
    }
    {
        std::vector<Trigger> kept;
        std::vector<bool> keptFramed;
        for (std::size_t x = 0; x < out.size(); ++x)
            if (!apartFrame[x]) {
                kept.push_back(out[x]);
                keptFramed.push_back(framedVerb[x]);
            }
        out.swap(kept);
        framedVerb.swap(keptFramed);
    }
    // "Ahead of B's visit, A and C discussed the programme by phone", "A met C on Monday, a week
    // before the NATO summit", "A and B signed the accord in Kinshasa, after a meeting at the
    // Palais": a meeting noun of no partner (no "with" or "between" of its own) in a frame of time (lexicon time-frame, its article, modifiers and possessor
    // between) dates the clause by another event; a verb trigger outside the frame tells the
    // sentence's meeting, with the clause's people, and the noun tells none
    const auto timeFrameBegin = [&](const Trigger& t) {
        constexpr int reach = 8;     ///< "ahead of Chinese Premier Li Qiang's state visit"
        constexpr int modifiers = 2; ///< "a week before the planned state visit"
        if (t.verb || s.key(t.end) == "with"_key || s.key(t.end) == "between"_key ||
            s.key(t.end - 1) == "with"_key || s.key(t.end - 1) == "between"_key)
            return -1;
        // (a noun that refers back after "after" is the meeting told, "After the talks, A and B
        // were received by C", unless another's possessive makes it his: "After B's visit")
        bool possessor = false;
        for (int b = t.begin - 1; b >= std::max(1, t.begin - 3) && !possessor; --b)
            possessor = s.key(b) == "'s"_key && (s.nameTok[std::size_t(b - 1)] || inOfficialSpan(s, b - 1));

        // (its article, possessor, capitalised and a few lowercase modifiers between; not a verb's
        // object, "before proceeding to talks", nor the participle, "after meeting B")
        for (int b = t.begin - 1, plain = 0; b >= std::max(0, t.begin - reach); --b) {
            // ("ahead of the talks", "on the eve of the summit": an event still to come is no
            // meeting the clause tells, whatever it refers back to; "after the talks" is one told)
            const LexiconPhrase* frame = nullptr;
            for (int a = b; a >= std::max(0, b - 4); --a)
                if (lexiconPhraseAt(lex, Cue::TimeFrame, s, a, &frame) == b + 1)
                    return (b == t.begin - 1 && lex.value(Cue::MeetingNoun, s.key(t.begin)) == "participle"_key) ||
                                   (t.anaphoric && !possessor && frame->value == "after"_key)
                               ? -1
                               : a;
            const Token& w = s.tok(b);
            if (w.kind == Token::Punct && s.key(b) != "'s"_key && !isDash(w))
                return -1;
            // (a measure of the noun before it, "after an hour of talks", "after two rounds of
            // talks", "following weeks of negotiations": its "of" links the measure, counted as a
            // modifier, to the noun)
            if (s.key(b) == "of"_key && b > 0 && s.tok(b - 1).kind == Token::Word && !s.tok(b - 1).cap &&
                !lex.has(Cue::FunctionWord, s.key(b - 1)) && !lex.has(Cue::Article, s.key(b - 1)))
                continue;
            if (w.kind == Token::Word && !w.cap && !s.nameTok[std::size_t(b)] && !inOfficialSpan(s, b) &&
                !lex.has(Cue::Article, s.key(b)) && !lex.has(Cue::Determiner, s.key(b)) &&
                !lex.has(Cue::PossessivePronoun, s.key(b)) && s.key(b) != "a"_key && s.key(b) != "an"_key &&
                (lex.has(Cue::FunctionWord, s.key(b)) || ++plain > modifiers))
                return -1;
        }
        return -1;
    };
    {
        std::vector<Trigger> kept;
        for (const Trigger& t : out) {
            const int frame = timeFrameBegin(t);
            if (frame < 0 || std::none_of(out.begin(), out.end(), [&](const Trigger& o) {
                    return o.verb && (o.end <= frame || o.begin >= t.end);
                }))
                kept.push_back(t);
        }
        out.swap(kept);
    }
    const bool signOrDiscuss = std::any_of(out.begin(), out.end(), [](const Trigger& t) { return t.discuss; });
    if (signOrDiscuss && std::all_of(out.begin(), out.end(), [&](const Trigger& t) { return t.discuss; }))
        std::erase_if(out, [&](const Trigger& t) { return !t.discuss; });
    if (std::any_of(out.begin(), out.end(), [](const Trigger& t) { return !t.discuss; })) {
        std::vector<Trigger> kept;
        for (std::size_t x = 0; x < out.size(); ++x)
            if (!(out[x].discuss && out[x].mode.isEmpty() && !out[x].spent) || framedVerb[x])
                kept.push_back(out[x]);
        out.swap(kept);
    }
    // "A, joined by C, held talks with B", "the ministers A and B, joined by the envoy C, met at
    // the ministry": a passive of joining between commas right after the subject, then at once
    // the clause's own verb, is an aside of that subject; C takes part in the verb's meeting (as
    // with "accompanied by C"), not in one told before, so the aside is no trigger of its own
    for (std::size_t x = 0; x + 1 < out.size(); ++x) {
        const Trigger& j = out[x];
        const Trigger& v = out[x + 1];
        if (!j.attend || !v.verb || v.passive || j.begin < 1 || !isComma(s.tok(j.begin - 1)) || v.begin <= j.end)
            continue;
        // (the verb after a few lowercase words at most: "..., later held talks", "..., were due
        // to meet")
        // (past the comma of an apposition: "joined by Guatemala's Defense Minister, C, held")
        constexpr int adverbs = 4;
        int close = v.begin - 1;
        while (close > j.end && close >= v.begin - adverbs && s.tok(close).kind == Token::Word && !s.tok(close).cap)
            --close;
        bool plain = close > j.end && isComma(s.tok(close));
        for (int y = j.end; plain && y < close; ++y)
            plain = s.tok(y).kind != Token::Punct || isComma(s.tok(y)) || isDash(s.tok(y)) || s.key(y) == "'s"_key;
        if (plain)
            out.erase(out.begin() + std::ptrdiff_t(x--));
    }
    // "held talks in Baku, in which A and B participated": the verb only names attendees
    for (std::size_t x = 1; x < out.size(); ++x)
        if (attendsInRelative(lex, s, std::vector<Trigger>(out.begin(), out.begin() + std::ptrdiff_t(x)), out[x]))
            out.erase(out.begin() + std::ptrdiff_t(x--));
    // "convened a meeting with", "held a phone call with": one expression, not two.
    const int precededBy = earlierAgentAt(lex, s, out);
    std::vector<Trigger> merged;
    for (const Trigger& t : out) {
        if (!merged.empty()) {
            Trigger& prev = merged.back();
            // "A welcomed the summit", "B hailed the talks": a reaction verb whose object is a
            // meeting noun that refers back (a determiner between at most) tells what the subject
            // thinks of an event told elsewhere; A took no part in it, so neither word makes a
            // meeting (not "welcomed the upcoming visit of C", a plan, nor "welcomed B")
            // ... "welcomed the Manila-Hanoi talks", "hailed Monday's summit": a definite noun with
            // modifiers that name no one
            if (prev.verb && prev.end == prev.begin + 1 && lex.has(Cue::ReactionVerb, s.key(prev.begin)) &&
                !t.verb && !t.between && t.begin >= prev.end && t.begin - prev.end <= 4 &&
                !reactionNamesPeople(s, t.end) && (t.begin > prev.end ? reactionModifiers(lex, s, prev.end, t.begin) : t.anaphoric)) {
                Trigger told = t;
                told.asked = true;
                prev = told;
                continue;
            }
            // within one run of words: "participated in the Trilateral Summit alongside ..."
            bool adjacent = t.begin >= prev.end && t.begin - prev.end <= 8;
            // "his visit to Tashkent in February last year and his warm meeting with B": a noun
            // coordinated with the noun before by "and" and a possessive (its lowercase modifiers
            // after it), the place and time of the first between, tells the same event
            if (!adjacent && !prev.verb && !t.verb && t.begin >= prev.end && t.begin - prev.end <= 14) {
                constexpr int modifiers = 2;
                int d = t.begin - 1;
                while (d > prev.end && d >= t.begin - 1 - modifiers && s.tok(d).kind == Token::Word && !s.tok(d).cap &&
                       lex.value(Cue::Determiner, s.key(d)) != "possessive"_key)
                    --d;
                bool plain = d > prev.end && lex.value(Cue::Determiner, s.key(d)) == "possessive"_key &&
                             s.key(d - 1) == "and"_key;
                for (int i = prev.end; plain && i < d - 1; ++i)
                    plain = (s.tok(i).kind == Token::Word || s.tok(i).kind == Token::Number) && !s.nameTok[std::size_t(i)] &&
                            !inOfficialSpan(s, i);
                adjacent = plain;
            }
            // ... but "have not met but spoke by phone" tells two events, not one expression
            // ("joined them for the 45-minute meeting": a number joined by a hyphen to the next
            // word is a modifier like "hour-long")
            const auto modifierNumber = [&](int i) {
                return s.tok(i).kind == Token::Number && i + 1 < t.begin && s.tok(i + 1).hyphenBefore;
            };
            for (int i = prev.end; adjacent && i < t.begin; ++i)
                adjacent = (s.tok(i).kind == Token::Word || modifierNumber(i)) && !lex.has(Cue::ContrastWord, s.key(i));
            // ... nor "had met in Bratislava and that they had spoken by phone"
            for (int i = prev.end; adjacent && i < t.begin; ++i)
                adjacent = !opensSecondReport(lex, s, i);
            // ... nor "the talks were preceded by a meeting of ministers": two events in turn
            adjacent = adjacent && !(precededBy >= prev.end && precededBy < t.begin);
            // ... nor "the King's first visit since the Amir received him in 2024": a boundary of
            // time opening a clause with a subject and a meeting verb of its own tells another event
            for (int i = prev.end; adjacent && t.verb && i + 1 < t.begin; ++i)
                adjacent = !lex.has(Cue::DateBoundary, s.key(i));
            // ... nor "A met B on Monday before meeting C", "was received by B before meeting C": once
            // the verb's partner is named, a meeting participle right after a boundary of time, a
            // name after it, is a second meeting of the same subject
            if (adjacent && prev.verb && !t.verb && t.begin >= 1 && t.begin + 1 < s.size() &&
                lex.value(Cue::MeetingNoun, s.key(t.begin)) == "participle"_key && s.tok(t.begin + 1).cap &&
                lex.has(Cue::DateBoundary, s.key(t.begin - 1)) && lex.value(Cue::DateBoundary, s.key(t.begin - 1)).isEmpty())
                for (int i = prev.end; adjacent && i < t.begin - 1; ++i)
                    adjacent = !inOfficialSpan(s, i) && !s.nameTok[std::size_t(i)];
            // ... nor "held a video call in October to prepare a meeting between A and B", "hosted B
            // to prepare the visit", "held a working session to prepare the summit": after a meeting
            // word, "to" and a plan verb (future-cue value "noun") make the second noun the event
            // the first was held for, another one
            // (a future cue right after "to" is a verb: "to arrange", "to propose")
            for (int i = prev.end; adjacent && !t.verb && i + 1 < t.begin; ++i) {
                const QString v = lex.value(Cue::FutureCue, s.key(i + 1));
                adjacent = !(s.key(i) == "to"_key && lex.has(Cue::FutureCue, s.key(i + 1)) && !s.tok(i + 1).cap &&
                             (v.isEmpty() || v == "noun"_key));
            }
            // ... nor "Monday's summit was prepared in a video call held by A and B": a passive of a
            // verb that holds no meeting ("was prepared", "was agreed") and the event-frame word
            // after it make the second noun the event in which the first was worked on
            for (int i = prev.end; adjacent && !prev.verb && i + 2 < t.begin; ++i)
                adjacent = !(lex.has(Cue::PassiveAux, s.key(i)) && s.tok(i + 1).kind == Token::Word &&
                             !s.tok(i + 1).cap && !lex.has(Cue::HoldVerb, s.key(i + 1)) &&
                             !lex.has(Cue::MeetingVerb, s.key(i + 1)) && lex.has(Cue::EventFrame, s.key(i + 2)));
            // ... nor "spoke by phone with A about the peace talks": once the partner is named, a
            // topic word makes the second meeting word what was talked about
            bool partner = false;
            for (int i = prev.end; adjacent && i < t.begin; ++i) {
                partner = partner || inOfficialSpan(s, i);
                adjacent = !(partner && !inOfficialSpan(s, i) && isClauseCut(lex, s, i) &&
                             lexiconPhraseAt(lex, Cue::TopicBefore, s, i) > 0);
            }
            // ... nor "Before the talks A held a separate meeting with B": a noun that refers back,
            // then at once the subject of a verb of its own, opens another clause (no comma after
            // a short opener)
            if (adjacent && prev.anaphoric && !prev.verb && t.verb && prev.end < t.begin &&
                (inOfficialSpan(s, prev.end) || s.nameTok[std::size_t(prev.end)]))
                adjacent = false;
            // ... nor "A called on B and met C": a second verb, after its partner named and an
            // "and", is a second predicate of the one subject, another meeting
            // (not "was chaired by A and attended by B": one passive event, its agents in turn)
            // ... and so "A met B and later received C", "and then called on C": an adverb or
            // two in lower case between the "and" and the verb
            int andAt = t.begin - 1;
            while (andAt > prev.end && andAt >= t.begin - 2 && s.key(andAt) != "and"_key &&
                   s.tok(andAt).kind == Token::Word && !s.tok(andAt).cap && !s.nameTok[std::size_t(andAt)] &&
                   !lex.has(Cue::Article, s.key(andAt)))
                --andAt;
            // ... and so when the partner is named before words of time or place ("A spoke by phone
            // with B on Friday and received C")
            bool partnerBefore = false;
            for (int x = prev.end; x < andAt && !partnerBefore; ++x)
                partnerBefore = inOfficialSpan(s, x);
            // ... or a day of its own: "A and B last met on the sidelines of the X meeting in Castries
            // in July and spoke by telephone in September"
            bool dayBefore = false;
            for (int x = prev.end; x < andAt && !dayBefore; ++x)
                dayBefore = isCalendarWord(s.tok(x)) || s.tok(x).kind == Token::Number;
            if (adjacent && prev.verb && t.verb && !t.attendVerb && s.key(t.end) != "by"_key &&
                s.key(andAt) == "and"_key && andAt > prev.end && (partnerBefore || dayBefore))
                adjacent = false;
            // "A last met B in Lima, Peru, on the sidelines of the APEC summit in November": the
            // gathering a verb's meeting was held beside, commas and all, is where and when it was
            // ... and so is "A and B last met in Santiago in August, during the Brazilian
            // president's state visit to Chile": a meeting noun after a comma and a frame word
            if (!adjacent && prev.verb && !t.verb && t.begin >= prev.end && t.begin - prev.end <= 14) {
                bool beside = false;
                bool framed = false;
                bool words = true;
                // (a date's numbers too before a visit, which names no one of its own: "in May
                // 2025, during B's visit to Rwanda"; not before "a meeting ... hosted by C", whose
                // host its own noun reads)
                const bool visit = lex.has(Cue::TravelWord, s.key(t.begin)) || lex.has(Cue::TravelWord, s.key(t.end - 1));
                for (int i = prev.end; i < t.begin && words; ++i) {
                    const bool comma = isComma(s.tok(i));
                    // (and the apostrophe of a plural possessive in the gathering's name: "the G7
                    // leaders' meeting")
                    const Token& w = s.tok(i);
                    const bool pluralPossessive = i > 0 && !w.spaceBefore &&
                                                  (w.punct == QLatin1Char('\'') || w.punct == QChar(0x2019)) &&
                                                  s.tok(i - 1).kind == Token::Word &&
                                                  s.key(i - 1).text().endsWith(QLatin1Char('s'));
                    words = w.kind == Token::Word || (visit && w.kind == Token::Number) || comma || pluralPossessive;
                    // (any meeting noun there names the gathering: "on the sidelines of the CARICOM
                    // Heads of Government meeting")
                    beside = beside || (sideCueAt(lex, s, i) && s.key(i + 1) == "of"_key);
                    // ", in their first meeting since ...", not ", in Lima, ..." nor ", in a call"
                    if (comma)
                        framed = lex.has(Cue::EventFrame, s.key(i + 1)) &&
                                 (s.key(i + 1) != "in"_key || lex.has(Cue::Determiner, s.key(i + 2)));
                }
                adjacent = words && (beside || framed);
            }
            // "discussed the deal with B in a phone call": the call that frames a discuss verb
            if (!adjacent && prev.discuss && prev.verb && !t.verb && !t.mode.isEmpty() && t.begin >= prev.end &&
                t.begin - prev.end <= 14) {
                bool words = true;
                bool frame = false;
                for (int i = prev.end; i < t.begin && words; ++i) {
                    words = s.tok(i).kind == Token::Word || appositiveComma(s, i);
                    frame = frame || (i >= t.begin - 3 && lex.has(Cue::EventFrame, s.key(i)));
                }
                adjacent = words && frame;
            }
            // "the meeting, which lasted about two hours, was also attended by A": a relative
            // clause on the noun stands between it and its predicate
            if (const int aside = relativeAsideEnd(lex, s, prev.end);
                !adjacent && !prev.verb && t.attendVerb && t.begin - prev.end <= 14 && aside > 0)
                adjacent = onlyLowercaseWords(s, aside, t.begin);
            // "had visited Kabul in March to prepare the visit, meeting A and B": the meeting is
            // the visit's event, with the traveller (the subject of the clause before) and A and B
            if (!adjacent && t.participle && prev.verb && lex.has(Cue::TravelWord, s.key(prev.begin)) &&
                t.begin - prev.end <= 14) {
                bool words = true;
                for (int i = prev.end; i < t.begin && words; ++i)
                    words = s.tok(i).kind == Token::Word || s.tok(i).punct == QLatin1Char(',');
                if (words) {
                    prev = t;
                    continue;
                }
            }
            // "accepted an invitation to visit Beijing during a phone call with B": the call is
            // the event told; the visit is only what it was about.
            if (adjacent && !t.mode.isEmpty() && prev.mode.isEmpty() && !prev.verb &&
                lex.has(Cue::TravelWord, s.key(prev.begin))) {
                prev = t;
                continue;
            }
            if (adjacent) {
                // "spoke with B by videoconference": a speaking verb's call is a default its own
                // words do not tell; the video noun after it tells the mode
                const bool defaultPhone = prev.mode == QLatin1String("phone") && t.mode == QLatin1String("video") &&
                                          modeWordIn(lex, s, prev.begin, prev.end).isEmpty();
                // "welcomed the upcoming visit of C": the part after is told as to come (a future
                // word right before it, not "will"); "welcomed X's offer to host talks": a plan
                // noun (future-cue value "noun") between them
                prev.plannedPart = prev.plannedPart ||
                                   (lex.has(Cue::FutureCue, s.key(t.begin - 1)) && !lex.has(Cue::FutureAux, s.key(t.begin - 1)));
                for (int x = prev.end; x < t.begin && !prev.plannedPart; ++x)
                    prev.plannedPart = lex.value(Cue::FutureCue, s.key(x)) == "noun"_key;
                // "The meeting will be attended by A", "talks are to be attended by": a noun
                // told as the subject of a verb in a future or a modal (a future auxiliary, a
                // plain modal word, or "to be" before the verb) is still to come
                if (!prev.verb && t.verb && !prev.plannedPart) {
                    for (int x = prev.end; x < t.begin && !prev.plannedPart; ++x) {
                        const QString mv = lex.value(Cue::ModalAfterNoun, s.key(x));
                        prev.plannedPart = lex.has(Cue::FutureAux, s.key(x)) ||
                                           (lex.has(Cue::ModalAfterNoun, s.key(x)) && mv != "denied"_key);
                    }
                    prev.plannedPart = prev.plannedPart ||
                                       (s.key(t.begin - 1) == "be"_key && s.key(t.begin - 2) == "to"_key && t.begin - 2 >= prev.end);
                }
                prev.end = t.end;
                prev.verb = prev.verb || t.verb;
                // "attended the talks" refers back; "convened the summit" starts one
                // ... but "attended the G20 summit" names an event of its own
                bool named = false;
                for (int i = prev.end; i < t.begin; ++i)
                    named = named || s.tok(i).cap;
                // "A was joined at the talks by B": B joins the talks told before
                const bool joinedBy = prev.attendVerb && lex.has(Cue::PassiveAux, s.key(prev.begin - 1)) &&
                                      s.key(t.end - 1) == "by"_key;
                prev.passive = prev.passive || joinedBy;
                // "the talks were hosted by X": X joins the talks told before
                prev.attend = (prev.attendVerb && t.anaphoric && !named) || (prev.anaphoric && t.passive) || joinedBy;
                prev.anaphoric = false;
                prev.atGathering = prev.atGathering || (t.gathering && !t.verb && !prev.gathering);
                // ("received B at the palace for a meeting that began with a conversation between
                // the two leaders": a verb whose object is named before the noun keeps its subject;
                // "between" names the noun's own people only)
                bool objectBefore = false;
                for (int i = prev.begin; prev.verb && i < t.begin && !objectBefore; ++i)
                    objectBefore = inOfficialSpan(s, i) || s.nameTok[std::size_t(i)];
                prev.between = prev.between || (t.between && !objectBefore);
                prev.split = prev.split || t.split;
                prev.side = prev.side || t.side;
                prev.gathering = prev.gathering || t.gathering;
                if (prev.mode.isEmpty() || defaultPhone)
                    prev.mode = t.mode;
                prev.label += QLatin1Char(' ') + t.label;
                continue;
            }
        }
        merged.push_back(t);
    }
    // "Earlier in the day, A held talks with B", "Before the audience, A met B": a sentence that
    // opens with another time of the day tells another event than the one told, though with
    // some of its people, so its verbs join no meeting that has someone they lack
    int first = s.dateline;
    while (first < n && s.tok(first).kind != Token::Word)
        ++first;
    // ("The day before, A and B had held talks": an opener of a few words)
    // ... "Following the meeting, A met B", "After the talks, A held talks with B": an opener of
    // the value "after-told" only before a meeting noun that refers back to the event told
    const LexiconPhrase* opener = nullptr;
    const int openerEnd = first < n ? lexiconPhraseAt(lex, Cue::SequenceOpener, s, first, &opener) : -1;
    const bool afterTold = opener && opener->value == "after-told"_key;
    const bool opensLater = openerEnd > first &&
                            (!afterTold || (!merged.empty() && merged.front().anaphoric && !merged.front().verb &&
                                            merged.front().begin - openerEnd <= 2));
    if (opensLater)
        for (Trigger& t : merged)
            t.side = t.side || t.verb;
    // "B later had an audience with the King": a sequence adverb right before the verb tells
    // another time of the day, as opening the sentence does, even of one person
    for (Trigger& t : merged) {
        t.inPassing = precededBy >= 0 && t.begin > precededBy;
        t.later = t.verb && lex.has(Cue::SequenceOpener, s.key(t.begin - 1));
    }
    // "Joining them were A and B", "Joining the two leaders was C": an attend verb opening the
    // sentence, its object and then a copula before the ones who came, is an attendee list of the
    // meeting told (not a meeting of A and B): its people join that meeting. (Not "Attending on
    // the Algerian side were A and B": a preposition after the verb, a side's list the parties read)
    for (Trigger& t : merged)
        if (t.attendVerb && !t.passive && t.begin == first && t.end < n && s.tok(t.end).kind == Token::Word &&
            (!lex.has(Cue::FunctionWord, s.key(t.end)) || lex.has(Cue::Determiner, s.key(t.end))))
            for (int k = t.end + 1; k < std::min(n, t.end + 6); ++k) {
                if (s.tok(k).kind != Token::Word)
                    break;
                if (lex.has(Cue::PassiveAux, s.key(k)) && !s.tok(k).cap) {
                    t.attend = true;
                    break;
                }
            }
    // "B hailed the summit", "C criticised the meeting": a meeting noun that refers back, the
    // object of a reaction verb that is no meeting verb (a determiner between at most), is what
    // the subject thinks of the event, as "welcomed the summit" above
    // (not "criticised the meeting between A and B": a noun that names its people tells the event)
    for (Trigger& t : merged) {
        const int v = t.begin - 1 >= 0 && lex.has(Cue::Determiner, s.key(t.begin - 1)) ? t.begin - 2 : t.begin - 1;
        if (!t.verb && t.anaphoric && !t.between && v >= 0 && v < t.begin && lex.has(Cue::ReactionVerb, s.key(v)) &&
            !s.tok(v).cap && !reactionNamesPeople(s, t.end))
            t.asked = true;
    }
    // "Asked about X's visit, S said ...", "Commenting on the talks, S told reporters": a meeting
    // noun inside an opening clause of a question or comment, before its comma, is what S speaks
    // of, an event told elsewhere
    // ... and "In his address to the G20 summit in Johannesburg, S thanked B": the gathering S
    // spoke to (value `speech` after "in" and a possessive)
    const bool speechOpener = first + 2 < n && s.key(first) == "in"_key &&
                              lex.has(Cue::PossessivePronoun, s.key(first + 1)) &&
                              lex.value(Cue::QuestionOpener, s.key(first + 2)) == "speech"_key;
    if (speechOpener ||
        (first < n && lex.has(Cue::QuestionOpener, s.key(first)) && lex.value(Cue::QuestionOpener, s.key(first)).isEmpty()))
        for (Trigger& t : merged) {
            bool comma = false;
            for (int i = first + 1; i < t.begin && !comma; ++i)
                comma = isComma(s.tok(i));
            t.asked = !comma && !t.verb;
        }
    // '"We had a productive meeting," A said after talks with B': a meeting a quotation tells
    // in the first person, in a sentence that tells one outside the quotation, is that one, told
    // by one of its people; the words outside name them
    const auto firstPersonQuote = [&](const Trigger& t) {
        // (a meeting noun, "We had a good meeting"; not '"We spent two days with the Turkish
        // side," A said after his talks with B', whose verb names the other side)
        bool noun = false;
        for (int x = t.begin; x < t.end && !noun; ++x)
            noun = lex.has(Cue::MeetingNoun, s.key(x));
        if (!s.quoted[std::size_t(t.begin)] || !noun)
            return false;
        for (int b = t.begin - 1; b >= 0 && s.quoted[std::size_t(b)] && s.tok(b).kind == Token::Word; --b)
            if (s.key(b) == "we"_key || s.key(b) == "i"_key)
                return true;
        return false;
    };
    if (std::any_of(merged.begin(), merged.end(), [&](const Trigger& t) { return !s.quoted[std::size_t(t.begin)]; }))
        std::erase_if(merged, firstPersonQuote);
    return merged;
}

namespace {

/// "Angolan President A held, on Friday, a telephone conversation with B": a hold verb awaits
/// its object across an aside between commas that names nobody ("on Friday", "earlier this
/// week"); the aside and what follows it stay in the verb's clause, so the subject, the status
/// ("will hold, on Friday, talks") and the object are read together. So does a verb that takes
/// its guest as object across one aside or more ("A received, today, at the Presidential
/// Headquarters in Ramallah, the Minister ... B"). `boundary` as in clauses().
void joinAsides(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                std::vector<char>& boundary)
{
    constexpr int asideTokens = 7; ///< "on Friday", "at the Presidential Headquarters in Ramallah"
    const int n = s.size();
    for (int i = 1; i + 1 < n; ++i) {
        // (only a comma that opens a clause can open an aside: tested before the verb is read)
        if (!isComma(s, i) || !boundary[std::size_t(i + 1)])
            continue;
        // "met today, in Moscow, B": a day word may stand between the verb and its first aside
        // ... with its "on", when the aside is the date of that day: "met on Monday, December 8,
        // at the Mansion with B" (not "met on Monday, in Luanda, on the sidelines of ...")
        int v = i >= 2 && (lex.has(Cue::DeicticDay, s.key(i - 1)) || isCalendarWord(s.tok(i - 1))) &&
                        !s.nameTok[std::size_t(i - 1)]
                    ? i - 2
                    : i - 1;
        if (v >= 1 && v == i - 2 && s.key(v) == "on"_key &&
            (isCalendarWord(s.tok(i + 1)) || s.tok(i + 1).kind == Token::Number))
            --v;
        const TokenKey& verb = s.key(v);
        const VerbClass cls = verbClassOf(lex.value(Cue::MeetingVerb, verb));
        const bool guestVerb = lex.has(Cue::MeetingVerb, verb) && (cls == VerbClass::Receive || cls == VerbClass::Meet);
        if (!(lex.has(Cue::HoldVerb, verb) || guestVerb))
            continue;
        // each aside: from the comma at c to the next comma, naming nobody
        for (int c = i; c + 1 < n;) {
            int j = c + 1;
            while (j < n && j - c <= asideTokens && !isComma(s, j))
                ++j;
            const bool names = std::any_of(refs.begin(), refs.end(),
                                           [&](const PersonRef* r) { return r->begin > c && r->begin < j; });
            // (", on Friday, and then met B": a new clause after the aside keeps its cut)
            if (j + 1 >= n || !isComma(s, j) || j == c + 1 || names || lex.has(Cue::Conjunction, s.key(j + 1)))
                break;
            for (int b = c + 1; b <= j + 1; ++b)
                boundary[std::size_t(b)] = 0;
            c = j;
            // (a hold verb's object follows its one aside, as before)
            if (!guestVerb)
                break;
        }
    }
}

// "received Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. A", "the
// Minister of Energy, Petroleum and Mines, B": a comma at i inside one official's phrase, before a
// field of the portfolio, joins the fields of the office, not two clauses.
bool joinsPortfolioFields(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const bool inside = std::any_of(s.officialSpans.begin(), s.officialSpans.end(),
                                    [&](const std::pair<int, int>& sp) { return sp.first < i && i + 1 < sp.second; });
    return inside && lex.has(Cue::PortfolioWord, s.key(i + 1));
}

/// "Trade, Industry and Competition Minister B" from token j: a portfolio word that starts a run
/// of capitalised words, commas and conjunctions reaching an official's phrase (a few tokens on),
/// or that phrase itself as an item or an apposition, with punctuation or a conjunction after it
/// ("with her counterpart, Economy Secretary B,"; not "..., Trade CS B told reporters", a clause of
/// its own).
bool portfolioTitleAt(const Lexicon& lex, const SentenceInfo& s, int j)
{
    constexpr int reach = 8; ///< "Trade, Industry and Competition Minister"
    if (j >= s.size() || !s.tok(j).cap || !lex.has(Cue::PortfolioWord, s.key(j)))
        return false;
    for (int x = j; x < std::min(s.size(), j + reach); ++x) {
        const auto span = std::find_if(s.officialSpans.begin(), s.officialSpans.end(),
                                       [&](const std::pair<int, int>& sp) { return sp.first == x; });
        if (span != s.officialSpans.end())
            return x > j || span->second >= s.size() || s.tok(span->second).kind == Token::Punct ||
                   lex.has(Cue::Conjunction, s.key(span->second));
        if (!(s.tok(x).kind == Token::Word && s.tok(x).cap) && !isComma(s, x) && !lex.has(Cue::Conjunction, s.key(x)))
            return false;
    }
    return false;
}

/// Whether tokens [b, e) name only people, with their titles ("The President of Kyrgyzstan,
/// Sadyr Japarov", "A and B"): a subject with nothing of its predicate yet.
bool namesOnlyPeople(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs, int b, int e)
{
    bool person = false;
    const auto titled = [](const PhraseMatch* pm) {
        return pm && (pm->kind == PhraseKind::Title || pm->kind == PhraseKind::Demonym ||
                      pm->kind == PhraseKind::State || pm->kind == PhraseKind::Organization);
    };
    // "the EU Special Representative for the Belgrade-Pristina Dialogue", "Special Envoy to the
    // Horn of Africa": the remit after a title, "for"/"to" and capitalised words (an article,
    // "of", "and" and hyphens between), up to the next comma
    bool remit = false;
    for (int x = b; x < e; ++x) {
        const bool inRef = std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) {
            return r->person >= 0 && x >= r->begin && x < r->end;
        });
        person = person || inRef || s.nameTok[std::size_t(x)];
        if (isComma(s, x))
            remit = false;
        if (remit && ((s.tok(x).kind == Token::Word && (s.tok(x).cap || s.key(x) == "of"_key)) ||
                      isDash(s.tok(x)) || s.tok(x).punct == QLatin1Char('-')))
            continue;
        if (!remit && x > b && (s.key(x) == "for"_key || s.key(x) == "to"_key) &&
            (inOfficialSpan(s, x - 1) || titled(s.matchOf(x - 1)))) {
            remit = true;
            continue;
        }
        if (inRef || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x) || isComma(s, x) ||
            lex.has(Cue::Conjunction, s.key(x)) || lex.has(Cue::Article, s.key(x)))
            continue;
        const PhraseMatch* m = s.matchOf(x);
        // "the President of Kazakhstan", "Kazakhstan's President": the words that tie a title to
        // its state
        const bool tie = (s.key(x) == "of"_key || s.key(x) == "'s"_key) && x + 1 < e && titled(s.matchOf(x + 1));
        if (!titled(m) && !tie)
            return false;
    }
    return person;
}

/// "Eight members of the group — Saudi Arabia, Russia, Iraq and Oman — agreed at a video meeting",
/// "Kenya, Uganda and Tanzania, the bloc's founders, met in Arusha": a list of states (two or more,
/// only commas, "and" and articles between) in apposition inside the subject that opens the
/// sentence, set off by commas or dashes, is that subject; the predicate after it reads it in its
/// own clause, as it reads an unbroken subject ("Saudi Arabia, Russia and Oman agreed at ...").
/// Not a list inside a phrase ("Prices in Kenya and Uganda rose, prompting talks"): its words
/// before and after are no commas or dashes. `boundary` as in clauses(). (session 28, mstates28)
void joinStateListSubject(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                          std::vector<char>& boundary)
{
    constexpr int subjectTokens = 40; ///< "Eight members of the producer group — A, B, ... and H —"
    const int n = std::min(s.size(), s.dateline + subjectTokens);
    const auto setOff = [&](int x) { return isComma(s, x) || isDash(s.tok(x)); };
    const auto stateAt = [&](int x) {
        const PhraseMatch* m = s.matchOf(x);
        return m && m->begin == x && m->kind == PhraseKind::State ? m->end : -1;
    };
    const auto partyNoun = [&](const TokenKey& k) {
        return lex.has(Cue::PartyWord, k) || lex.has(Cue::PersonNoun, k) || lex.has(Cue::SideGroup, k) ||
               lex.has(Cue::DelegationNoun, k);
    };
    bool listed = false; ///< a list of two or more states, set off on both sides, was read
    int predicate = -1;  ///< the last lowercase word after a comma or dash: an apposition, or the predicate
    const auto join = [&] {
        if (listed && predicate > s.dateline)
            std::fill(boundary.begin() + s.dateline + 1, boundary.begin() + predicate + 1, char(0));
    };
    for (int x = s.dateline; x < n;) {
        const Token& tk = s.tok(x);
        if (x > s.dateline && setOff(x - 1) && boundary[std::size_t(x)] && tk.kind == Token::Word && !tk.cap) {
            const TokenKey& k = s.key(x);
            // (", while ministers met", ", which hosted": a clause of its own ends the subject)
            if (lex.has(Cue::Conjunction, k) || lex.has(Cue::RelativeWord, k) || lex.has(Cue::ClauseCut, k) ||
                lex.has(Cue::ClauseOpener, k))
                return join();
            predicate = x;
        }
        // a list of states from x: set off before (or opening the sentence) and after
        if (const int e = stateAt(x); e > x) {
            int end = e, count = 1;
            for (int y = e; y < n;) {
                int z = y;
                while (z < n && (isComma(s, z) || lex.has(Cue::Conjunction, s.key(z)) || lex.has(Cue::Article, s.key(z))))
                    ++z;
                const int next = z > y ? stateAt(z) : -1;
                if (next < 0)
                    break;
                end = y = next;
                ++count;
            }
            // (or after the people's noun and "of": "Ministers of A, B and C, the bloc's founders,")
            const int b = x > s.dateline && lex.has(Cue::Article, s.key(x - 1)) ? x - 1 : x;
            const bool before = b == s.dateline || setOff(b - 1) ||
                                (b >= 2 && s.key(b - 1) == "of"_key && partyNoun(s.key(b - 2)));
            listed = listed || (count >= 2 && before && end < n && setOff(end));
            x = end;
            continue;
        }
        // the subject's other words: lowercase words and numbers, no one named ("the group" may
        // refer to people, as a group), no word of meeting
        const bool word = (tk.kind == Token::Word && (!tk.cap || x == s.dateline)) || tk.kind == Token::Number || setOff(x);
        if (!word || s.nameTok[std::size_t(x)] || inOfficialSpan(s, x) || lex.has(Cue::MeetingVerb, s.key(x)) ||
            lex.has(Cue::MeetingNoun, s.key(x)) ||
            std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return r->begin == x && r->person >= 0; }))
            return join();
        ++x;
    }
    join();
}

/// "The President of Kyrgyzstan, Sadyr Japarov, also raised the issue during a call with B",
/// "A and B, meanwhile, met in Montevideo", "A, for his part, held talks with B": a comma after a
/// clause that only names the subject, before the predicate (a lowercase word that opens no
/// relative, reported or coordinated clause of its own), ends no clause; nor does the comma that
/// closes a short aside of lowercase words right after such a subject. So the predicate's
/// meeting words, nouns too, read their subject in their own clause. `boundary` as in clauses().
void joinSubjectToPredicate(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                            std::vector<char>& boundary)
{
    constexpr int asideWords = 4; ///< "for his part", "in turn", "meanwhile"
    const int n = s.size();
    const auto opensOwnClause = [&](const TokenKey& k) {
        return k == "who"_key || k == "whose"_key || k == "whom"_key || lex.has(Cue::RelativeWord, k) ||
               lex.has(Cue::ClauseCut, k) || lex.has(Cue::Conjunction, k) || lex.has(Cue::ContrastWord, k) ||
               lex.has(Cue::EventRelative, k) || lex.has(Cue::ClauseOpener, k) || lex.has(Cue::SpeechVerb, k);
    };
    int start = s.dateline;
    for (int i = start + 1; i < n; ++i) {
        if (!boundary[std::size_t(i)])
            continue;
        const int comma = i - 1;
        const auto predicateAt = [&](int x) {
            return x < n && s.tok(x).kind == Token::Word && !s.tok(x).cap && !opensOwnClause(s.key(x));
        };
        // ("In the afternoon, A and B, for their part, held talks": the subject after a fronted
        // phrase of time or place that names nobody, up to its comma)
        // (only before an aside, of lowercase words or of companions "joined by C": a predicate
        // right after the subject's comma keeps its cut)
        const auto frontedThenSubject = [&](int from) {
            const TokenKey& first = s.key(from);
            if (!(lex.has(Cue::FunctionWord, first) && !lex.has(Cue::Article, first)) &&
                !lex.has(Cue::SequenceOpener, first))
                return false;
            int c = from;
            while (c < comma && !isComma(s, c))
                ++c;
            const bool names = std::any_of(refs.begin(), refs.end(),
                                           [&](const PersonRef* r) { return r->begin >= from && r->begin < c; });
            return c + 1 < comma && !names && namesOnlyPeople(lex, s, refs, c + 1, comma);
        };
        // ("Energy was discussed when A and his counterpart, B, co-chaired the commission": the
        // subject may open after an event's relative word inside the stretch)
        int subjectFrom = start;
        for (int x = start; x + 1 < comma; ++x)
            if (lex.has(Cue::EventRelative, s.key(x)))
                subjectFrom = x + 1;
        const bool subject = isComma(s, comma) && comma > start &&
                             (namesOnlyPeople(lex, s, refs, start, comma) ||
                              (subjectFrom > start && namesOnlyPeople(lex, s, refs, subjectFrom, comma)));
        if (isComma(s, comma) && comma > start && s.tok(i).kind == Token::Word && !s.tok(i).cap &&
            (subject || ((!predicateAt(i) || (lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key &&
                                               s.key(i + 1) == "by"_key)) &&
                         frontedThenSubject(start)))) {
            // ", for their part, held talks": an aside, then the predicate
            // ... or asides of time, one after the other: ", today, 17 March 2026, co-chaired"
            // (its day's number and month, a calendar word written with a capital)
            constexpr int asides = 3;
            const auto asideWord = [&](int x) {
                return (s.tok(x).kind == Token::Word && (!s.tok(x).cap || isCalendarWord(s.tok(x)))) ||
                       s.tok(x).kind == Token::Number;
            };
            int close = i;
            for (int a = 0, open = i; a < asides; ++a) {
                close = open;
                while (close < std::min(n, open + asideWords) && asideWord(close))
                    ++close;
                if (close >= n || !isComma(s, close) || close == open || predicateAt(close + 1) || close + 1 >= n ||
                    !asideWord(close + 1))
                    break;
                open = close + 1;
            }
            // (", joined by the envoy C, met at the ministry": an aside of the subject's companions,
            // a passive of joining, "by" and the people, then a predicate of meeting, its verb a
            // few lowercase words on at most; not "A, joined by C, arrived in X")
            if (lex.value(Cue::MeetingVerb, s.key(i)) == "attend"_key && s.key(i + 1) == "by"_key) {
                // (past the comma of an apposition: "joined by Guatemala's Minister of National
                // Defense, C, held a separate meeting")
                constexpr int companionTokens = 16; ///< "by Guatemala's Minister of National Defense, C"
                constexpr int auxiliaries = 3;      ///< "were due to meet"
                int c = i + 2;
                while (c < std::min(n, i + companionTokens) && !(isComma(s, c) && predicateAt(c + 1)))
                    ++c;
                bool meets = false;
                for (int v = c + 1; v < std::min(n, c + 1 + auxiliaries) && !meets && predicateAt(v); ++v)
                    meets = lex.has(Cue::MeetingVerb, s.key(v)) || lex.has(Cue::HoldVerb, s.key(v));
                if (meets)
                    close = c;
            }
            if (close < n && isComma(s, close) && boundary[std::size_t(close + 1)] && predicateAt(close + 1)) {
                for (int b = i; b <= close + 1; ++b)
                    boundary[std::size_t(b)] = 0;
                i = close + 1;
                continue;
            }
            if (subject && predicateAt(i)) {
                boundary[std::size_t(i)] = 0;
                continue;
            }
        }
        start = i;
    }
}

} // namespace

// "representatives from France", "Turkish officials": a state named as a party, not a topic.
std::vector<Clause> clauses(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs)
{
    const int n = s.size();
    std::vector<char> boundary(std::size_t(n + 1), 0);
    auto refAt = [&](int i) -> const PersonRef* {
        for (const PersonRef* r : refs)
            if (r->begin == i)
                return r;
        return nullptr;
    };
    const auto quoteMark = [](QChar c) {
        return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x00AB) ||
               c == QChar(0x00BB);
    };
    // 'discussed the election and "regional security" over the phone with B': a few lowercase
    // words in quotation marks inside a clause, none a verb's (an auxiliary, a negation, a past
    // participle), are a term quoted, no clause of their own ("will not apologise" is speech)
    constexpr int termWords = 3;
    const auto quotedTermEnd = [&](int i) {
        if (i == 0 || s.tok(i - 1).kind != Token::Word)
            return -1;
        int j = i + 1;
        for (; j < n && j <= i + termWords && s.tok(j).kind == Token::Word; ++j) {
            const TokenKey& k = s.key(j);
            if (s.tok(j).cap || lex.has(Cue::FutureAux, k) || lex.has(Cue::PassiveAux, k) ||
                lex.has(Cue::PerfectAux, k) || lex.has(Cue::Negation, k) || lex.has(Cue::ModalBeforeTo, k) ||
                k.endsWith(QLatin1String("ed")))
                return -1;
        }
        const bool closed = j > i + 1 && j + 1 < n && s.tok(j).kind == Token::Punct && quoteMark(s.tok(j).punct) &&
                            s.tok(j + 1).kind == Token::Word;
        return closed ? j : -1;
    };
    int termEnd = -1; ///< the closing mark of the term quoted being read
    for (int i = 0; i < n; ++i) {
        const Token& t = s.tok(i);
        // (its conjunction tested inline first: the call reads two keys for every token)
        if (lex.has(Cue::Conjunction, s.key(i)) && opensSecondReport(lex, s, i))
            boundary[std::size_t(i)] = 1;
        if (t.kind != Token::Punct)
            continue;
        const QChar c = t.punct;
        if (i == termEnd)
            continue;
        if (quoteMark(c) && (termEnd = quotedTermEnd(i)) > i)
            continue;
        if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014) ||
            c == QChar(0x2013) || quoteMark(c)) {
            boundary[std::size_t(i)] = 1;
            boundary[std::size_t(i + 1)] = 1;
            continue;
        }
        if (c != QLatin1Char(',') || i + 1 >= n || joinsPortfolioFields(lex, s, i))
            continue;
        int j = i + 1;
        const TokenKey& nk = s.key(j);
        if (nk == "and"_key || nk == "or"_key)
            ++j;
        const TokenKey& k = s.key(j);
        if (lex.has(Cue::ClauseContinuer, k))
            continue;
        const PhraseMatch* m = s.matchOf(j);
        const PersonRef* r = refAt(j);
        // "met the Qatari leader, Sheikh Tamim, in Doha": a dictionary name that starts with its
        // honorific, whose reference starts after it, is still the name apposed
        if (!r && m && m->kind == PhraseKind::Person && m->begin == j)
            r = refAt(j + 1);
        bool continues = false;
        if (m && (m->kind == PhraseKind::Title || m->kind == PhraseKind::Demonym ||
                  m->kind == PhraseKind::State || m->kind == PhraseKind::Organization))
            continues = true;
        if (k == "the"_key && s.matchOf(j + 1))
            continues = true;
        // "arrived on Monday, 16 March 2026, and was welcomed by B": a date in apposition to the
        // day before it (a number and a month, or a month and a number), then ", and" and a
        // predicate, goes on with the clause the subject opened (not "held talks on Wednesday,
        // March 18, with B", whose aside the verb reads across: joinAsides)
        if (nk != "and"_key && nk != "or"_key && (isCalendarWord(s.tok(i - 1)) || s.tok(i - 1).kind == Token::Number) &&
            ((s.tok(j).kind == Token::Number && j + 1 < n && isCalendarWord(s.tok(j + 1))) ||
             (isCalendarWord(s.tok(j)) && j + 1 < n && s.tok(j + 1).kind == Token::Number))) {
            int e = j;
            while (e < n && e < j + 3 && (s.tok(e).kind == Token::Number || isCalendarWord(s.tok(e))))
                ++e;
            if (e + 1 < n && isComma(s, e) && s.key(e + 1) == "and"_key)
                continues = true;
        }
        // "A, then-President B and C", "ex-Prime Minister": a list item whose title a word
        // joined by a hyphen dates
        const PhraseMatch* dated = j + 1 < n && s.tok(j + 1).hyphenBefore ? s.matchOf(j + 1) : nullptr;
        if (dated && dated->begin == j + 1 && (dated->kind == PhraseKind::Title || dated->kind == PhraseKind::Demonym))
            continues = true;
        // "joined by A, Trade, Industry and Competition Minister B and C": a list item whose
        // title opens with the fields of its portfolio, joined by commas
        if (portfolioTitleAt(lex, s, j))
            continues = true;
        // "between A's adviser, B, and her Indian counterpart C": the last item of a list, an
        // official named after a possessive
        if (nk == "and"_key && lex.value(Cue::Determiner, k) == "possessive"_key && officialSoon(s, j + 1))
            continues = true;
        // "met B at his office, and later C at the palace", "..., and then C": a second one met by
        // the same verb (a split cue of value "before-object" right before an official, who is
        // not the subject of a verb of his own: "and later C told reporters")
        if (nk == "and"_key && lex.value(Cue::SplitCue, k) == "before-object"_key && officialSoon(s, j + 1)) {
            int x = j + 1;
            while (x < n && !inOfficialSpan(s, x) && !s.nameTok[std::size_t(x)])
                ++x;
            while (x < n && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
                ++x;
            continues = x >= n || s.tok(x).kind == Token::Punct || lex.has(Cue::VenuePreposition, s.key(x)) ||
                        s.key(x) == "on"_key;
        }
        if (r && r->kind == RefKind::Name) {
            // "..., Fernandez visited": a new clause whose subject is a bare name.
            const Token& after = s.tok(std::min(r->end, n - 1));
            continues = r->end >= n || after.kind == Token::Punct || after.cap ||
                        lex.has(Cue::NameLink, after.key);
        }
        if (!continues)
            boundary[std::size_t(i + 1)] = 1;
    }
    joinAsides(lex, s, refs, boundary);
    joinSubjectToPredicate(lex, s, refs, boundary);
    joinStateListSubject(lex, s, refs, boundary);
    std::vector<Clause> out;
    int start = 0;
    for (int i = 1; i <= n; ++i) {
        if (i == n || boundary[std::size_t(i)]) {
            if (i > start) {
                Clause c{start, i, false};
                int f = start;
                while (f < i && s.tok(f).kind == Token::Punct)
                    ++f;
                c.relative = s.key(f) == "who"_key;
                out.push_back(c);
            }
            start = i;
        }
    }
    return out;
}


bool onlyReferBack(const std::vector<Trigger>& triggers)
{
    return std::all_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
        return t.anaphoric || (t.attendVerb && !t.passive && !t.attend);
    });
}

TriggerScope scopeOf(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                     std::size_t index, const std::vector<Clause>& cls)
{
    const Trigger& t = triggers[index];
    TriggerScope sc;
    sc.clause = Clause{0, s.size(), false};
    for (const Clause& cl : cls)
        if (t.begin >= cl.begin && t.begin < cl.end)
            sc.clause = cl;
    // "the meeting, which lasted two hours, was attended by A": a trigger across a relative
    // clause reads on to the end of the clause it ends in
    // (and so does a letter's trigger that runs past its comma: "received a letter from C,
    // handed over by B at State House")
    bool acrossRelative = t.senderEnd >= 0;
    for (int x = t.begin; x < t.end && !acrossRelative; ++x)
        acrossRelative = relativeAsideEnd(lex, s, x) > 0;
    for (const Clause& cl : cls)
        if (acrossRelative && t.end - 1 >= cl.begin && t.end - 1 < cl.end && cl.end > sc.clause.end)
            sc.clause.end = cl.end;
    // Two triggers in one clause share it: each reads up to the other.
    sc.begin = std::max(sc.clause.begin, s.dateline);
    sc.end = sc.clause.end;
    // ... but a call the clause happened in ("accepted an invitation to visit extended by B
    // during a phone call") has all the clause's people.
    const bool framesClause = t.frame && !t.mode.isEmpty();
    if (index > 0 && !framesClause && triggers[index - 1].end > sc.begin && triggers[index - 1].end <= t.begin)
        sc.begin = triggers[index - 1].end;
    if (index + 1 < triggers.size() && triggers[index + 1].begin < sc.end && triggers[index + 1].begin > t.begin)
        sc.end = triggers[index + 1].begin;
    // "A met B in Abuja, and C received D": after a verb trigger, a ", and" whose next words up to
    // the next verb trigger are an official's title and name (a lowercase word or two may follow: "C later received")
    // opens a clause of another subject; the trigger before reads up to it, the next from it
    const auto otherSubjectAt = [&](const Trigger& first, const Trigger& next) {
        if (!first.verb || !next.verb)
            return -1;
        for (int k = first.end; k + 1 < next.begin; ++k) {
            // (after a comma: "since A and B met C" joins two subjects)
            if (!lex.has(Cue::Conjunction, s.key(k)) || s.tok(k).kind != Token::Word || !isComma(s.tok(k - 1)))
                continue;
            int x = k + 1;
            while (x < next.begin && (inOfficialSpan(s, x) || s.nameTok[std::size_t(x)]))
                ++x;
            // ... or a group of them: "..., and the Ukrainian negotiating team, led by B, held
            // talks with C" (the article, a demonym, lowercase nouns, an aside between commas)
            if (x == k + 1 && lex.has(Cue::Article, s.key(x))) {
                constexpr int groupWords = 4;
                int y = x + 1;
                for (int w = 0; y < next.begin && w < groupWords && s.tok(y).kind == Token::Word &&
                                !s.nameTok[std::size_t(y)] && !inOfficialSpan(s, y) &&
                                (!s.tok(y).cap || (s.matchOf(y) && s.matchOf(y)->kind == PhraseKind::Demonym));
                     ++w)
                    ++y;
                if (y > x + 1 && y < next.begin && isComma(s.tok(y))) {
                    int close = y + 1;
                    while (close < next.begin && !isComma(s.tok(close)))
                        ++close;
                    if (close < next.begin)
                        y = close + 1;
                }
                if (y > x + 1)
                    x = y;
            }
            if (x == k + 1)
                continue;
            int words = 0;
            while (x < next.begin && s.tok(x).kind == Token::Word && !s.tok(x).cap && words < 2) {
                ++x;
                ++words;
            }
            if (x == next.begin)
                return k;
        }
        return -1;
    };
    // (also when the other subject's aside ends the clause: "..., and the Ukrainian negotiating
    // team, led by B, held talks with C": the verb after it opens a clause of its own, whose
    // subject starts after the "and")
    if (index + 1 < triggers.size() && triggers[index + 1].begin <= sc.clause.end)
        if (const int k = otherSubjectAt(t, triggers[index + 1]); k >= 0)
            sc.end = std::min(sc.end, k - 1);
    if (index > 0 && triggers[index - 1].end > sc.clause.begin)
        if (const int k = otherSubjectAt(triggers[index - 1], t); k >= 0)
            sc.begin = std::max(sc.begin, k + 1);
    if (index > 0 && triggers[index - 1].end <= sc.clause.begin && t.begin == sc.clause.begin)
        if (const int k = otherSubjectAt(triggers[index - 1], t); k >= 0 && k + 1 < sc.clause.begin)
            sc.clause.begin = sc.begin = k + 1;
    // "Ahead of Chinese Premier B's visit, A and C discussed the programme", "Days before the
    // summit in X, A met C": a frame of time that opens the clause, up to its comma, dates the
    // clause; whoever it names (the visitor of another event) is no party of the clause's verb
    if (t.verb) {
        constexpr int lead = 3; ///< "Two days before", "Only hours ahead of"
        for (int a = sc.begin; a < std::min(t.begin, sc.begin + lead + 1); ++a) {
            const int e = lexiconPhraseAt(lex, Cue::TimeFrame, s, a);
            if (e > 0) {
                int comma = e;
                while (comma < t.begin && !isComma(s.tok(comma)))
                    ++comma;
                if (comma < t.begin)
                    sc.begin = comma + 1;
                break;
            }
            if (s.tok(a).kind != Token::Word || s.nameTok[std::size_t(a)] || inOfficialSpan(s, a))
                break;
        }
    }
    sc.quoted = s.quoted[std::size_t(t.begin)];
    if (index > 0 && triggers[index - 1].verb && triggers[index - 1].begin < t.begin)
        sc.prevVerb = triggers[index - 1].begin;
    // What follows "to discuss", "on", "where" is topic, not party.
    // Not inside an official's title: "Minister for Climate Change, Hon. A".
    sc.cut = sc.end;
    for (int i = t.end; i < sc.end; ++i) {
        if (isClauseCut(lex, s, i) && !inOfficialSpan(s, i)) {
            sc.cut = i;
            break;
        }
    }
    // "A and B discussed the war in Sudan": what "discussed" takes is topic, unless a
    // "with" names the other side ("A discussed the war with B").
    // (The trigger of "discussed X with" already ends after "with".)
    sc.topicEnd = t.discuss && s.key(t.end - 1) != "with"_key ? sc.cut : t.end;
    return sc;
}

/// "held an online summit", "In a remote meeting", "met online": a video modifier inside the
/// trigger or just before it, or one of value "after" right after a meeting verb, makes the
/// meeting a video one (the words of the internet elsewhere in the clause do not).
bool videoModifierBeside(const Lexicon& lex, const SentenceInfo& s, const Trigger& t)
{
    const auto modifier = [&](int i) {
        return i >= 0 && i < s.size() && s.tok(i).kind == Token::Word && lex.has(Cue::VideoModifier, s.key(i));
    };
    for (int i = std::max(0, t.begin - 1); i < t.end; ++i)
        if (modifier(i))
            return true;
    return t.verb && modifier(t.end) && lex.value(Cue::VideoModifier, s.key(t.end)) == "after"_key;
}

QString modeOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    QString mode = t.mode;
    if (mode.isEmpty() && videoModifierBeside(lex, s, t))
        return QStringLiteral("video");
    // "accepted an invitation to visit ... during a phone call": a visit is made in person
    // ... but not "went over the visit with B by telephone": a travel noun with "with" is the
    // topic of a talk with B, and a call told after B is that talk's mode
    // (past an apposition set off by commas: "with his counterpart, B, in a telephone call")
    int callEnd = t.end;
    while (callEnd < s.size() && (s.tok(callEnd).kind == Token::Word || appositiveComma(s, callEnd)))
        ++callEnd;
    const bool topicOfCall = !t.verb && t.end - 1 > t.begin && s.key(t.end - 1) == "with"_key &&
                             !modeWordIn(lex, s, t.end, std::max(c.end, callEnd)).isEmpty();
    if (mode.isEmpty() && lex.has(Cue::TravelWord, s.key(t.begin)) && !topicOfCall)
        return mode;
    // "did not meet B in person, but spoke by phone": the mode words of the trigger's own side
    // of a contrast word
    int from = c.begin;
    int to = c.end;
    // ... and of its own predicate: "A held talks with B in X and spoke by phone with C", "A
    // spoke by phone with B and received C": a mode told after "and" and before a meeting verb of
    // its own is that verb's only
    const auto predicateAfter = [&](int i) {
        if (!lex.has(Cue::Conjunction, s.key(i)) || s.tok(i).kind != Token::Word)
            return false;
        for (int k = i + 1; k < c.end && k <= i + 3; ++k) {
            if (lex.has(Cue::MeetingVerb, s.key(k)) && !inOfficialSpan(s, k))
                return true;
            if (s.tok(k).kind != Token::Word || s.tok(k).cap || s.nameTok[std::size_t(k)] ||
                lex.has(Cue::Article, s.key(k)))
                return false;
        }
        return false;
    };
    for (int i = c.begin; i < c.end; ++i) {
        const bool split = lex.has(Cue::ContrastWord, s.key(i)) || (t.verb && predicateAfter(i));
        if (!split)
            continue;
        if (i < t.begin)
            from = i + 1;
        else if (i >= t.end && to == c.end)
            to = i;
    }
    // "spoke with B by video link", "talked to B over a virtual link": a speaking verb is a
    // call unless said otherwise, and a video word told as its means ("by", "via", "over",
    // "through", lowercase words between) after the trigger says otherwise
    if (mode == QLatin1String("phone") && t.verb && modeWordIn(lex, s, from, t.end).isEmpty()) {
        for (int i = t.end; i < to; ++i) {
            if (lex.has(Cue::PhoneWord, s.key(i)))
                break;
            if (!lex.has(Cue::VideoWord, s.key(i)))
                continue;
            for (int b = i - 1; b >= std::max(t.end, i - 3) && s.tok(b).kind == Token::Word && !s.tok(b).cap; --b) {
                const TokenKey& k = s.key(b);
                if (k == "by"_key || k == "via"_key || k == "over"_key || k == "through"_key)
                    return QStringLiteral("video");
            }
        }
    }
    return mode.isEmpty() ? modeWordIn(lex, s, from, to) : mode;
}

bool saysMode(const Lexicon& lex, const SentenceInfo& s, const Clause& c)
{
    for (int i = c.begin; i < c.end; ++i)
        if (lex.has(Cue::PhoneWord, s.key(i)) || lex.has(Cue::VideoWord, s.key(i)))
            return true;
    return false;
}

} // namespace parley
