// SPDX-License-Identifier: GPL-3.0-or-later
// The status pass of meetings: held, planned, cancelled or denied, read from the cue words
// (lexicon data) around a trigger: cancellation and denial anywhere in its clause, negation
// and refusal just before it, the future and modals before it or, for a meeting noun, after it.
#include "extract/meetingpasses.h"

#include <algorithm>

namespace parley {

namespace {

// "invited B to visit Nairobi", "asked B to visit", "an invitation from B to visit": the one
// asked (named between the cue and "to") is yet to come. The cue is a modal-before-to word
// with the value "object". Not "at the invitation of B to hold talks": that visit happened.
bool askedToCome(const Lexicon& lex, const SentenceInfo& s, int to, const Clause& c)
{
    for (int i = std::max(c.begin, to - 8); i < to - 1; ++i) {
        if (lex.value(Cue::ModalBeforeTo, s.key(i)) != "object"_key || s.key(i - 1) == "the"_key)
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

} // namespace

QString statusOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    for (int i = c.begin; i < c.end; ++i) {
        const TokenKey& k = s.key(i);
        if (lex.has(Cue::CancelCue, k) || (k == "called"_key && s.key(i + 1) == "off"_key))
            return QStringLiteral("cancelled");
        if (lex.has(Cue::DenialCue, k))
            return QStringLiteral("denied");
    }
    // "A and B have not met since 2022, although they spoke by phone": the cues before a
    // contrast word are of the other side; the trigger's own part starts after it.
    int from = c.begin;
    for (int i = c.begin; i < t.begin; ++i)
        if (lex.has(Cue::ContrastWord, s.key(i)))
            from = i + 1;
    for (int i = std::max(from, t.begin - 3); i < t.begin; ++i) {
        const TokenKey& k = s.key(i);
        if (lex.has(Cue::Negation, k) || (k == "no"_key && i == t.begin - 1))
            return QStringLiteral("denied");
        // "refused to meet", "have yet to meet"
        if (lex.has(Cue::RefusalCue, k) &&
            (lex.value(Cue::RefusalCue, k) != "before-to"_key || s.key(i + 1) == "to"_key))
            return QStringLiteral("denied");
    }
    // A purpose ("for talks with", "to meet") takes its status from the clause's verb: "is
    // scheduled to travel to Abuja for talks with", "is expected in Madrid on Monday for talks".
    // ... also "for a three-way meeting with", "for a fifth round of talks" (the words between
    // are its article and modifiers)
    const bool purpose = s.key(t.begin - 1) == "for"_key || s.key(t.begin - 1) == "to"_key ||
                         prepositionBeforeNoun(s, t, c, QStringLiteral("for")) >= 0;
    // "offered a dinner in honour of B": a host gives a meal; "offered talks": a proposal
    const bool meal = !t.verb && lex.value(Cue::MeetingNoun, s.key(t.end - 1)) == "guest-for"_key;
    auto future = [&](int i) {
        return lex.has(Cue::FutureCue, s.key(i)) && !(meal && lex.value(Cue::FutureCue, s.key(i)) == "not-meal"_key);
    };
    for (int i = purpose ? from : std::max(from, t.begin - 5); i < t.begin; ++i) {
        if (future(i) || (purpose && lex.has(Cue::ModalBeforeTo, s.key(i)) &&
                                                  s.key(i + 1) == "to"_key && lex.has(Cue::TravelWord, s.key(i + 2))))
            return QStringLiteral("planned");
    }
    // "will travel to Moscow on July 8 for talks with": the clause's future reaches the trigger
    for (int i = from; i < t.begin; ++i) {
        if (lex.has(Cue::FutureAux, s.key(i)))
            return QStringLiteral("planned");
    }
    // "had been due to be received by": the passive infinitive reads as the active one
    if (s.key(t.begin - 1) == "be"_key && s.key(t.begin - 2) == "to"_key &&
        lex.has(Cue::ModalBeforeTo, s.key(t.begin - 3)))
        return QStringLiteral("planned");
    if (s.key(t.begin - 1) == "to"_key) {
        if (lex.has(Cue::ModalBeforeTo, s.key(t.begin - 2)))
            return QStringLiteral("planned");
        if (askedToCome(lex, s, t.begin - 1, c))
            return QStringLiteral("planned");
    }
    if (const int to = prepositionBeforeNoun(s, t, c, QStringLiteral("to")); to >= 0 && to < t.begin - 1 &&
                                                                          askedToCome(lex, s, to, c))
        return QStringLiteral("planned");
    // "welcomed the upcoming visit of C": a future word inside the expression
    if (t.plannedPart)
        return QStringLiteral("planned");
    for (int i = t.end; i < std::min(c.end, t.end + 4); ++i) {
        const TokenKey& k = s.key(i);
        // "a summit in Beijing later this month", "a meeting in Brussels next month": still to
        // come ("later that day", "the next day" were told)
        if (k == "tomorrow"_key || (k == "next"_key && lex.has(Cue::TimeUnit, s.key(i + 1))) ||
            (k == "later"_key && s.key(i + 1) == "this"_key))
            return QStringLiteral("planned");
    }
    // A meeting noun is the subject of its own status: "a meeting between A and B could ease
    // tensions", "talks with B would take place in Warsaw", "a summit ... might take place".
    if (!t.verb) {
        for (int i = t.end; i < c.end; ++i) {
            if (lex.has(Cue::FutureAux, s.key(i)) || lex.has(Cue::ModalAfterNoun, s.key(i)))
                return QStringLiteral("planned");
            // "a regional meeting on migration to be held in Mexico City"
            if (s.key(i) == "to"_key && s.key(i + 1) == "be"_key)
                return QStringLiteral("planned");
        }
    }
    return QStringLiteral("held");
}


} // namespace parley
