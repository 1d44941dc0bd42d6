// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings: trigger expressions, their clause, participants, states, place, date, mode and
// status; and the merging of one event told in several sentences.
#include "extract/documentcontext.h"

#include <algorithm>

namespace parley {

namespace {

struct Trigger
{
    int begin = 0;
    int end = 0;
    bool anaphoric = false; ///< "the meeting", "the talks": refers back unless it says more
    bool verb = false;      ///< has a subject ("met", "received") rather than being a noun
    bool passive = false;   ///< "was received by"
    bool previous = false;  ///< "their previous meeting": an earlier, different event
    bool split = false;     ///< "visited A and B", "spoke separately with A and B"
    bool between = false;   ///< "the meeting between A and B": only A and B take part
    bool attendVerb = false; ///< "attended", "joined"
    bool attend = false;    ///< "attended the talks": its people join the event told before
    bool gathering = false; ///< "summit", "convened": its attendees may be named only later
    bool discuss = false;   ///< "A and B discussed": a meeting only between parties of two states
    QString mode;           ///< "phone"/"video" when the trigger says so
    QString label;
};

// The classes of meeting verbs (the `value` of the lexicon's meeting-verb rows).
enum class VerbClass { None, Meet, Receive, Attend, Speak, Phone, CallOn, With, Discuss };

VerbClass verbClass(const Lexicon& lex, const QString& k)
{
    if (!lex.has(Cue::MeetingVerb, k))
        return VerbClass::None;
    const QString v = lex.value(Cue::MeetingVerb, k);
    if (v == "meet"_key)
        return VerbClass::Meet;
    if (v == "speak"_key)
        return VerbClass::Speak;
    if (v == "phone"_key)
        return VerbClass::Phone;
    if (v == "call-on"_key)
        return VerbClass::CallOn;
    if (v == "with"_key)
        return VerbClass::With;
    if (v == "attend"_key)
        return VerbClass::Attend;
    if (v == "discuss"_key)
        return VerbClass::Discuss;
    return VerbClass::Receive;
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

// "the first visit by X to Y in ten years", "their first meeting since the war": a first that
// tells how new this event is, not an earlier one. `cue` is the previous-cue word; the rest of
// the clause from token `from` (up to ten words) is read for a novelty cue.
bool tellsNovelty(const Lexicon& lex, const SentenceInfo& s, const QString& cue, int from)
{
    if (cue != "first"_key)
        return false;
    for (int i = from; i < std::min(s.size(), from + 10); ++i) {
        if (s.tok(i).kind == Token::Punct && s.tok(i).punct != QLatin1Char('-'))
            return false;
        if (lex.has(Cue::NoveltyCue, s.key(i)))
            return true;
    }
    return false;
}

std::vector<Trigger> findTriggers(const Lexicon& lex, const SentenceInfo& s)
{
    auto isDeterminer = [&](const QString& k) { return lex.has(Cue::Determiner, k); };
    auto isPhoneWord = [&](const QString& k) { return lex.has(Cue::PhoneWord, k); };
    auto isVideoWord = [&](const QString& k) { return lex.has(Cue::VideoWord, k); };
    auto isHold = [&](const QString& k) { return lex.has(Cue::HoldVerb, k); };
    std::vector<Trigger> out;
    const int n = s.size();
    for (int i = 0; i < n; ++i) {
        if (s.tok(i).kind != Token::Word || s.nameTok[std::size_t(i)])
            continue;
        const QString& k = s.key(i);
        // One hash probe each rejects almost every word before the branches below.
        const VerbClass vc = verbClass(lex, k);
        const bool noun = vc == VerbClass::None && lex.has(Cue::MeetingNoun, k);
        if (vc == VerbClass::None && !noun)
            continue;
        const QString& prev = s.key(i - 1);
        const QString& prev2 = s.key(i - 2);
        const QString& next = s.key(i + 1);
        Trigger t;
        t.begin = i;
        t.end = i + 1;
        t.gathering = lex.has(Cue::GatheringWord, k);
        auto det = [&]() {
            for (int b = i - 1; b >= std::max(0, i - 4); --b) {
                const QString& pk = s.key(b);
                if (lex.has(Cue::PreviousCue, pk) && !tellsNovelty(lex, s, pk, i + 1))
                    t.previous = true;
                if (isDeterminer(pk))
                    return true;
                if (pk == "a"_key || pk == "an"_key)
                    return false;
            }
            return false;
        };
        if (vc == VerbClass::Meet) {
            t.verb = true;
            if (next == "with"_key)
                t.end = i + 2;
            t.label = s.key(i) + (t.end > i + 1 ? QStringLiteral(" with") : QString());
        } else if (vc == VerbClass::With) {
            // "sat down with", "huddled with": a meeting only with its "with"
            int w = i + 1;
            while (w < std::min(n, i + 3) && s.key(w) != "with"_key)
                ++w;
            if (s.key(w) != "with"_key)
                continue;
            t.verb = true;
            t.end = w + 1;
            t.label = keyLabel(s, i, t.end);
        } else if (noun) {
            const QString nounValue = lex.value(Cue::MeetingNoun, k);
            // "paid a courtesy call on": a visit; "called for talks", "a call on Israel to": not
            const bool call = k == "call"_key || k == "calls"_key;
            const bool callOn = call && next == "on"_key &&
                                (lex.has(Cue::CallOnCue, prev) || lex.has(Cue::CallOnCue, prev2));
            // ... but "a call on Friday with" is a call
            const bool onDay = next == "on"_key && i + 2 < n && isCalendarWord(s.tok(i + 2));
            if (call && !callOn && (next == "for"_key || (next == "on"_key && !onDay)))
                continue;
            if (call && prev == "to"_key)
                continue;
            // "video conference" but not "press conference"
            if (nounValue == "needs-mode"_key && !isPhoneWord(prev) && !isVideoWord(prev) &&
                !isPhoneWord(prev2) && !isVideoWord(prev2))
                continue;
            // "granted an audience to", "an audience with"; not "an audience of students"
            const bool audience = nounValue == "needs-grant"_key;
            if (audience && next != "with"_key && !lex.has(Cue::AudienceVerb, prev) &&
                !lex.has(Cue::AudienceVerb, prev2))
                continue;
            if (callOn || (audience && next == "to"_key)) {
                t.verb = true;
                t.end = i + 2;
                t.label = keyLabel(s, i, t.end);
                for (int b = i - 1; b >= std::max(0, i - 3); --b)
                    if (lex.has(Cue::CallOnCue, s.key(b)) || lex.has(Cue::AudienceVerb, s.key(b)))
                        t.begin = b;
                out.push_back(t);
                continue;
            }
            const bool withObject = next == "with"_key || next == "between"_key ||
                                    next == "by"_key || next == "of"_key;
            const bool anaphoric = det();
            const bool held = isHold(prev) || isHold(prev2);
            if (nounValue == "anaphoric-only"_key && !anaphoric)
                continue;
            // "the meeting between A and B" still refers back when A and B are known
            t.anaphoric = anaphoric && (!withObject || next == "between"_key);
            t.between = next == "between"_key;
            // "A, in separate phone calls with B, ...": the noun has a subject as a verb has
            bool inPhrase = false, withSoon = false;
            for (int x = i + 1; x < std::min(n, i + 5) && s.tok(x).kind == Token::Word; ++x)
                withSoon = withSoon || s.key(x) == "with"_key;
            for (int b = i - 1; b >= std::max(0, i - 3) && !anaphoric && withSoon; --b)
                inPhrase = inPhrase || s.key(b) == "in"_key;
            t.verb = held || inPhrase;
            if (isPhoneWord(prev) || isPhoneWord(prev2))
                t.mode = QStringLiteral("phone");
            else if (isVideoWord(prev) || isVideoWord(prev2) || nounValue == "video"_key)
                t.mode = QStringLiteral("video");
            if (withObject && next != "of"_key)
                t.end = i + 2;
            t.label = s.key(i);
            if (held) {
                t.label = QStringLiteral("held ") + t.label;
                for (int b = i - 1; b >= std::max(0, i - 2); --b) {
                    if (isHold(s.key(b)))
                        t.begin = b; // "was to hold talks": the status reads before "hold"
                }
            }
        } else if (vc == VerbClass::Discuss) {
            // "A discussed trade with B", "A and B discussed trade": with no other trigger in the
            // sentence (checked below), and a meeting only if two states take part (findMeetings)
            int w = i + 1;
            while (w < n && w < i + 10 && s.key(w) != "with"_key && s.tok(w).kind != Token::Punct)
                ++w;
            const bool with = w < n && s.key(w) == "with"_key;
            bool coordinated = false;
            for (int b = std::max(0, i - 8); b < i && !coordinated; ++b)
                coordinated = s.key(b) == "and"_key;
            if (!with && !coordinated)
                continue;
            t.verb = true;
            t.discuss = true;
            if (with)
                t.end = w + 1;
            t.label = keyLabel(s, i, t.end);
        } else if (vc == VerbClass::Receive || vc == VerbClass::Attend) {
            // "received a letter from": a thing, not a visitor
            bool thing = false;
            for (int x = i + 1; x < std::min(n, i + 4) && !thing; ++x)
                thing = lex.has(Cue::ReceivedThing, s.key(x));
            if (thing)
                continue;
            t.verb = true;
            // "was received by", "was warmly welcomed by", "were also greeted by"
            const bool adverb = prev == "also"_key || (prev.size() > 3 && prev.endsWith(QLatin1String("ly")));
            if ((lex.has(Cue::PassiveAux, prev) || (adverb && lex.has(Cue::PassiveAux, prev2))) && next == "by"_key)
                t.passive = true;
            t.split = lex.has(Cue::SplitVerb, k);
            t.attendVerb = vc == VerbClass::Attend;
            // "A was joined by B": B joins the event told before
            t.attend = t.attendVerb && t.passive;
            t.label = s.key(i);
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
                }
                if (appeal)
                    continue;
                t.label = QStringLiteral("called on");
                t.verb = true;
                t.end = i + 2;
            } else if (vc == VerbClass::Phone) {
                t.verb = true;
                t.mode = QStringLiteral("phone");
                t.label = s.key(i);
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
                t.verb = true;
                t.end = w + 1;
                t.mode = QStringLiteral("phone");
                for (int x = i + 1; x < w; ++x) {
                    if (isVideoWord(s.key(x)))
                        t.mode = QStringLiteral("video");
                }
                t.label = s.key(i) + QStringLiteral(" with");
            }
        }
        for (int x = std::max(0, i - 3); x < std::min(n, t.end + 3); ++x) {
            if (lex.has(Cue::SplitCue, s.key(x)))
                t.split = true;
        }
        // "the summit last year in Kazakhstan", "met last summer": an earlier event
        for (int x = t.end; x < std::min(n - 1, t.end + 3) && !t.previous; ++x)
            t.previous = lex.has(Cue::PreviousCue, s.key(x)) && lex.has(Cue::TimeUnit, s.key(x + 1));
        out.push_back(t);
    }
    // "discussed" tells of a meeting only when nothing else in the sentence does: "met B and
    // discussed trade" is the meeting of "met".
    if (std::any_of(out.begin(), out.end(), [](const Trigger& t) { return !t.discuss; }))
        out.erase(std::remove_if(out.begin(), out.end(), [](const Trigger& t) { return t.discuss; }), out.end());
    // "convened a meeting with", "held a phone call with": one expression, not two.
    std::vector<Trigger> merged;
    for (const Trigger& t : out) {
        if (!merged.empty()) {
            Trigger& prev = merged.back();
            // within one run of words: "participated in the Trilateral Summit alongside ..."
            bool adjacent = t.begin >= prev.end && t.begin - prev.end <= 8;
            for (int i = prev.end; adjacent && i < t.begin; ++i)
                adjacent = s.tok(i).kind == Token::Word;
            if (adjacent) {
                prev.end = t.end;
                prev.verb = prev.verb || t.verb;
                // "attended the talks" refers back; "convened the summit" starts one
                // ... but "attended the G20 summit" names an event of its own
                bool named = false;
                for (int i = prev.end; i < t.begin; ++i)
                    named = named || s.tok(i).cap;
                // "the talks were hosted by X": X joins the talks told before
                prev.attend = (prev.attendVerb && t.anaphoric && !named) || (prev.anaphoric && t.passive);
                prev.anaphoric = false;
                prev.between = prev.between || t.between;
                prev.split = prev.split || t.split;
                prev.gathering = prev.gathering || t.gathering;
                if (prev.mode.isEmpty())
                    prev.mode = t.mode;
                prev.label += QLatin1Char(' ') + t.label;
                continue;
            }
        }
        merged.push_back(t);
    }
    return merged;
}

// "representatives from France", "Turkish officials": a state named as a party, not a topic.
bool isPartyState(const Lexicon& lex, const SentenceInfo& s, const StateHit& h)
{
    if (lex.has(Cue::PartyWord, s.key(h.end)) || lex.has(Cue::PartyWord, s.key(h.end + 1)))
        return true;
    int b = h.begin - 1;
    if (s.key(b) == "the"_key)
        --b;
    return (s.key(b) == "from"_key || s.key(b) == "of"_key) &&
           lex.has(Cue::PartyWord, s.key(b - 1));
}

bool isClauseCut(const Lexicon& lex, const SentenceInfo& s, int i)
{
    const QString& k = s.key(i);
    if (lex.has(Cue::ClauseCut, k))
        return true;
    if (k == "on"_key) {
        const Token& t = s.tok(std::min(i + 1, s.size() - 1));
        return !isCalendarWord(t) && t.key != "monday"_key &&
               t.kind != Token::Number && s.key(i + 1) != "the"_key;
    }
    if (k == "to"_key) {
        const Token& t = s.tok(std::min(i + 1, s.size() - 1));
        const PhraseMatch* m = s.matchOf(i + 1);
        if (m || t.cap || s.key(i + 1) == "the"_key)
            return false;
        return t.kind == Token::Word;
    }
    return false;
}

struct Clause
{
    int begin = 0;
    int end = 0;
    bool relative = false; ///< starts with "who": its subject is the person before it
};

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
    for (int i = 0; i < n; ++i) {
        const Token& t = s.tok(i);
        if (t.kind != Token::Punct)
            continue;
        const QChar c = t.punct;
        if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014) ||
            c == QChar(0x2013) || c == QLatin1Char('"') || c == QChar(0x201C) ||
            c == QChar(0x201D) || c == QChar(0x00AB) || c == QChar(0x00BB)) {
            boundary[std::size_t(i)] = 1;
            boundary[std::size_t(i + 1)] = 1;
            continue;
        }
        if (c != QLatin1Char(',') || i + 1 >= n)
            continue;
        int j = i + 1;
        const QString& nk = s.key(j);
        if (nk == "and"_key || nk == "or"_key)
            ++j;
        const QString& k = s.key(j);
        if (lex.has(Cue::ClauseContinuer, k))
            continue;
        const PhraseMatch* m = s.matchOf(j);
        const PersonRef* r = refAt(j);
        bool continues = false;
        if (m && (m->kind == PhraseKind::Title || m->kind == PhraseKind::Demonym ||
                  m->kind == PhraseKind::State || m->kind == PhraseKind::Organization))
            continues = true;
        if (k == "the"_key && s.matchOf(j + 1))
            continues = true;
        if (r && r->kind == RefKind::Name) {
            // "..., Fernandez visited": a new clause whose subject is a bare name.
            const Token& after = s.tok(std::min(r->end, n - 1));
            continues = r->end >= n || after.kind == Token::Punct || after.cap ||
                        lex.has(Cue::NameLink, after.key);
        }
        if (!continues)
            boundary[std::size_t(i + 1)] = 1;
    }
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

void addUnique(std::vector<int>& v, int x)
{
    if (x >= 0 && std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

bool subset(const std::vector<int>& a, const std::vector<int>& b)
{
    return std::all_of(a.begin(), a.end(),
                       [&](int x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

QString whenKey(const QString& when)
{
    QString k = foldKey(when);
    for (const char* w : {"later ", "earlier ", "on ", "early ", "late ", "this "})
        if (k.startsWith(QLatin1String(w)))
            k = k.mid(int(qstrlen(w)));
    return k.section(QLatin1Char(' '), 0, 0);
}

bool compatible(const MeetingDraft& a, const MeetingDraft& c)
{
    if (a.status != c.status)
        return false;
    if (a.strongMode && c.strongMode && a.mode != c.mode)
        return false;
    if (!a.iso.isEmpty() && !c.iso.isEmpty() && a.iso != c.iso)
        return false;
    if (!a.when.isEmpty() && !c.when.isEmpty() && whenKey(a.when) != whenKey(c.when)) {
        // "Tuesday" and "Wednesday" differ; "today" and "Wednesday" may not, but "today"
        // and "March 2022" do.
        auto firm = [](const QString& w) {
            return std::any_of(w.begin(), w.end(), [](QChar ch) { return ch.isDigit(); });
        };
        if ((!a.whenRelative && !c.whenRelative) || firm(a.when) || firm(c.when))
            return false;
    }
    if (!a.place.isEmpty() && !c.place.isEmpty() && !a.place.contains(c.place) &&
        !c.place.contains(a.place))
        return false;
    if (!a.participants.empty() && !c.participants.empty())
        return subset(c.participants, a.participants) || subset(a.participants, c.participants);
    return subset(c.states, a.states) || subset(a.states, c.states);
}

void mergeInto(MeetingDraft& a, const MeetingDraft& c)
{
    for (int p : c.participants)
        addUnique(a.participants, p);
    for (int st : c.states)
        addUnique(a.states, st);
    for (int st : c.namedStates)
        addUnique(a.namedStates, st);
    if (a.place.isEmpty())
        a.place = c.place;
    if (a.venue.isEmpty())
        a.venue = c.venue;
    if (a.when.isEmpty() || (a.whenRelative && !c.when.isEmpty() && !c.whenRelative)) {
        if (!c.when.isEmpty()) {
            a.when = c.when;
            a.whenRelative = c.whenRelative;
        }
    }
    if (a.iso.isEmpty())
        a.iso = c.iso;
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

QString statusOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c)
{
    for (int i = c.begin; i < c.end; ++i) {
        const QString& k = s.key(i);
        if (lex.has(Cue::CancelCue, k) || (k == "called"_key && s.key(i + 1) == "off"_key))
            return QStringLiteral("cancelled");
        if (lex.has(Cue::DenialCue, k))
            return QStringLiteral("denied");
    }
    for (int i = std::max(c.begin, t.begin - 3); i < t.begin; ++i) {
        const QString& k = s.key(i);
        if (lex.has(Cue::Negation, k) || (k == "no"_key && i == t.begin - 1))
            return QStringLiteral("denied");
        // "refused to meet", "have yet to meet"
        if (lex.has(Cue::RefusalCue, k) &&
            (lex.value(Cue::RefusalCue, k) != "before-to"_key || s.key(i + 1) == "to"_key))
            return QStringLiteral("denied");
    }
    // A purpose ("for talks with", "to meet") takes its status from the clause's verb: "is
    // scheduled to travel to Abuja for talks with", "is expected in Madrid on Monday for talks".
    const bool purpose = s.key(t.begin - 1) == "for"_key || s.key(t.begin - 1) == "to"_key;
    for (int i = purpose ? c.begin : std::max(c.begin, t.begin - 5); i < t.begin; ++i) {
        if (lex.has(Cue::FutureCue, s.key(i)) || (purpose && lex.has(Cue::ModalBeforeTo, s.key(i)) &&
                                                  s.key(i + 1) == "to"_key && lex.has(Cue::TravelWord, s.key(i + 2))))
            return QStringLiteral("planned");
    }
    // "will travel to Moscow on July 8 for talks with": the clause's future reaches the trigger
    for (int i = c.begin; i < t.begin; ++i) {
        if (lex.has(Cue::FutureAux, s.key(i)))
            return QStringLiteral("planned");
    }
    if (s.key(t.begin - 1) == "to"_key) {
        if (lex.has(Cue::ModalBeforeTo, s.key(t.begin - 2)))
            return QStringLiteral("planned");
    }
    for (int i = t.end; i < std::min(c.end, t.end + 4); ++i) {
        const QString& k = s.key(i);
        if (k == "tomorrow"_key || (k == "next"_key && s.key(i + 1) == "week"_key))
            return QStringLiteral("planned");
    }
    // A meeting noun is the subject of its own status: "a meeting between A and B could ease
    // tensions", "talks with B would take place in Warsaw", "a summit ... might take place".
    if (!t.verb) {
        for (int i = t.end; i < c.end; ++i)
            if (lex.has(Cue::FutureAux, s.key(i)) || lex.has(Cue::ModalAfterNoun, s.key(i)))
                return QStringLiteral("planned");
    }
    return QStringLiteral("held");
}

// The `count` distinct officials referred to last before token `tok` of sentence `sentence`.
std::vector<int> lastOfficials(const DocContext& ctx, int sentence, int tok, std::size_t count)
{
    std::vector<int> out;
    for (std::size_t r = ctx.refs.size(); r-- > 0 && out.size() < count;) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.sentence > sentence || (ref.sentence == sentence && ref.begin >= tok))
            continue;
        if (ref.sentence < sentence - 3)
            break;
        if (ref.person >= 0 && ctx.persons[std::size_t(ref.person)].official)
            addUnique(out, ref.person);
    }
    return out;
}

/// An attendee list: "He was accompanied by A and B", "Also present were ...", "The delegation
/// included ...", "X is being represented by Y". Who is listed, and who is only named.
struct Attendees
{
    int cueBegin = -1;
    std::vector<int> people;  ///< officials attending
    std::vector<int> absent;  ///< officials represented by someone else: their state attends
};

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
    for (int i = 0; i < s.size(); ++i) {
        if (s.quoted[std::size_t(i)])
            continue;
        const LexiconPhrase* cue = nullptr;
        const int e = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i, &cue);
        if (e > 0) {
            cues.push_back({i, e, cue->value});
            i = e - 1;
        }
    }
    if (cues.empty())
        return a;
    a.cueBegin = cues.front().begin;
    // Who is represented by someone else, cue by cue and within its clause: "A is also here
    // while B is being represented by C", "A is attending, while B is represented by C" leave
    // out B only; "C is representing B" leaves out B.
    auto punct = [&](int i) { return s.tok(i).kind == Token::Punct; };
    auto absent = [&](const PersonRef* r) {
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
            if (cue.side == "after"_key && r->begin >= from && r->begin < cue.begin)
                return true;
            if (cue.side == "before"_key && r->begin >= cue.end && r->begin < to)
                return true;
        }
        return false;
    };
    for (const PersonRef* r : refs) {
        if (r->person < 0 || !ctx.persons[std::size_t(r->person)].official || s.quoted[std::size_t(r->begin)])
            continue;
        addUnique(absent(r) ? a.absent : a.people, r->person);
    }
    // named as attending and as represented ("A, represented by B ... A's deputy"): attending
    for (int p : a.people)
        a.absent.erase(std::remove(a.absent.begin(), a.absent.end(), p), a.absent.end());
    return a;
}

/// Adds an attendee list to the meeting it belongs to: the last one told.
void attachAttendees(DocContext& ctx, const SentenceInfo& s, const Attendees& a)
{
    if (ctx.meetings.empty() || (a.people.empty() && a.absent.empty()))
        return;
    MeetingDraft& last = ctx.meetings.back();
    for (int p : a.people) {
        addUnique(last.participants, p);
        addUnique(last.companions, p);
    }
    for (int p : a.absent) {
        const int st = ctx.persons[std::size_t(p)].state;
        addUnique(last.states, st);
        addUnique(last.namedStates, st);
    }
    const QString rule = QStringLiteral("meeting: attendees '") + ctx.surface(s, a.cueBegin, std::min(s.size(), a.cueBegin + 3)) +
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
        if (ref.person >= 0 && ctx.persons[std::size_t(ref.person)].official && accept(ref.person))
            return ref.person;
    }
    return -1;
}

/// Descriptions of people named before, in tokens [from, to) not already read as a reference:
/// "the Russian leader" (the official of that state named last), "his guest", "the visiting
/// minister", "his counterpart" (the official named last who is not one of `subjects` and not
/// of their state). Appends (token, person).
void resolveDescriptions(const DocContext& ctx, const SentenceInfo& s, int from, int to,
                         const std::vector<const PersonRef*>& refs, const std::vector<int>& subjects,
                         std::vector<std::pair<int, int>>& out)
{
    auto covered = [&](int i) {
        return std::any_of(refs.begin(), refs.end(), [&](const PersonRef* r) { return i >= r->begin && i < r->end; });
    };
    std::vector<int> subjectStates;
    for (int p : subjects)
        addUnique(subjectStates, ctx.persons[std::size_t(p)].state);
    for (int i = from; i < to; ++i) {
        const QString& k = s.key(i);
        if (k != "the"_key && k != "his"_key && k != "her"_key && k != "its"_key)
            continue;
        int j = i + 1;
        int state = -1;
        bool other = false;
        int nouns = 0;
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
                ++nouns;
                j = tm->end;
                continue;
            }
            if (!ctx.lex.has(Cue::PersonNoun, s.key(j)))
                break;
            other = other || ctx.lex.value(Cue::PersonNoun, s.key(j)) == "other"_key;
            ++nouns;
            const PhraseMatch* dm = s.matchOf(j + 1);
            if (state < 0 && dm && dm->begin == j + 1 && dm->kind == PhraseKind::Demonym) {
                state = dm->entry;
                j = dm->end;
                continue;
            }
            ++j;
        }
        // "his counterpart Aruni Wijewardane": the name that follows says who
        if (nouns == 0 || covered(i + 1) || covered(j))
            continue;
        if (state < 0 && !other)
            continue; // "the president" alone is the officials pass's to resolve
        const int person = lastOfficialWhere(ctx, s.index, i, [&](int p) {
            const Person& pp = ctx.persons[std::size_t(p)];
            if (std::find(subjects.begin(), subjects.end(), p) != subjects.end())
                return false;
            if (state >= 0)
                return pp.state == state;
            return std::find(subjectStates.begin(), subjectStates.end(), pp.state) == subjectStates.end();
        });
        if (person >= 0)
            out.emplace_back(i, person);
        i = j - 1;
    }
}

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

void findMeetings(DocContext& ctx)
{
    std::vector<std::vector<const PersonRef*>> bySentence(ctx.sents.size());
    for (const PersonRef& r : ctx.refs)
        if (r.sentence >= 0 && r.sentence < int(ctx.sents.size()))
            bySentence[std::size_t(r.sentence)].push_back(&r);
    std::vector<std::vector<const StateHit*>> hitsBySentence(ctx.sents.size());
    for (const StateHit& h : ctx.stateHits)
        hitsBySentence[std::size_t(h.sentence)].push_back(&h);

    for (SentenceInfo& s : ctx.sents) {
        const auto& refs = bySentence[std::size_t(s.index)];
        const std::vector<Trigger> triggers = findTriggers(ctx.lex, s);
        // "General X was in attendance during the talks", "Among the attendees is A,
        // participating in ...": an attendee list whose meeting words only refer back.
        const bool referring = std::all_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
            return t.anaphoric || (t.attendVerb && !t.passive && !t.attend);
        });
        if (!triggers.empty() && referring && !ctx.meetings.empty()) {
            const Attendees attendees = findAttendees(ctx, s, refs);
            if (attendees.cueBegin >= 0 && !attendees.people.empty()) {
                attachAttendees(ctx, s, attendees);
                continue;
            }
        }
        if (triggers.empty()) {
            // "The event takes place at the ministry in Lima": where the last event is
            if (!ctx.meetings.empty() && ctx.meetings.back().place.isEmpty()) {
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
            const Attendees attendees = findAttendees(ctx, s, refs);
            if (attendees.cueBegin >= 0) {
                attachAttendees(ctx, s, attendees);
                continue;
            }
            // "The delegation is headed by A and includes B": members of the visiting party.
            bool delegation = false, led = false;
            for (int i = 0; i < s.size(); ++i) {
                if (ctx.lex.has(Cue::DelegationNoun, s.key(i)))
                    delegation = true;
                if (delegation && ctx.lex.has(Cue::MemberVerb, s.key(i)))
                    led = true;
            }
            if (led && !ctx.meetings.empty()) {
                MeetingDraft& last = ctx.meetings.back();
                bool added = false;
                for (const PersonRef* r : refs) {
                    if (r->person >= 0 && ctx.persons[std::size_t(r->person)].official) {
                        addUnique(last.participants, r->person);
                        added = true;
                    }
                }
                if (added) {
                    last.evidence.push_back(ctx.mention(s, 0, s.size(), QStringLiteral("meeting: delegation members")));
                    last.addRule(QStringLiteral("meeting: delegation members in sentence %1").arg(s.index + 1));
                }
            }
            continue;
        }
        const std::vector<Clause> cls = clauses(ctx.lex, s, refs);
        for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
            const Trigger& t = triggers[ti];
            Clause c{0, s.size(), false};
            for (const Clause& cl : cls)
                if (t.begin >= cl.begin && t.begin < cl.end)
                    c = cl;
            int zb = std::max(c.begin, s.dateline), ze = c.end;
            if (ti > 0 && triggers[ti - 1].end > zb && triggers[ti - 1].end <= t.begin)
                zb = triggers[ti - 1].end;
            if (ti + 1 < triggers.size() && triggers[ti + 1].begin < ze && triggers[ti + 1].begin > t.begin)
                ze = triggers[ti + 1].begin;
            const bool quoted = s.quoted[std::size_t(t.begin)];

            // What follows "to discuss", "on", "where" is topic, not party.
            // Not inside an official's title: "Minister for Climate Change, Hon. A".
            auto inOfficial = [&](int i) {
                return std::any_of(s.officialSpans.begin(), s.officialSpans.end(),
                                   [&](const std::pair<int, int>& sp) { return i >= sp.first && i < sp.second; });
            };
            int cut = ze;
            for (int i = t.end; i < ze; ++i) {
                if (isClauseCut(ctx.lex, s, i) && !inOfficial(i)) {
                    cut = i;
                    break;
                }
            }
            // "A and B discussed the war in Sudan": what "discussed" takes is topic, unless a
            // "with" names the other side ("A discussed the war with B").
            // (The trigger of "discussed X with" already ends after "with".)
            const int topicEnd = t.discuss && s.key(t.end - 1) != "with"_key ? cut : t.end;
            const auto inTopic = [&](int i) { return i >= t.end && i < topicEnd; };
            std::vector<int> subjects, objects, betweenSubjects;
            const Clause* subjectClause = nullptr;
            bool group = false;
            for (const PersonRef* r : refs) {
                if (r->begin < zb || r->begin >= cut || inTopic(r->begin))
                    continue;
                if (bool(s.quoted[std::size_t(r->begin)]) != quoted)
                    continue;
                if (r->kind == RefKind::Group) {
                    group = true;
                    continue;
                }
                if (r->person < 0 || !ctx.persons[std::size_t(r->person)].official)
                    continue;
                if (r->begin < t.begin && t.between)
                    betweenSubjects.push_back(r->person);
                if (r->begin < t.begin && t.between)
                    continue;
                if (r->begin < t.begin)
                    addUnique(subjects, r->person);
                else
                    addUnique(objects, r->person);
            }
            for (int b = std::max(zb, t.begin - 3); b < t.begin; ++b)
                if (s.key(b) == "their"_key)
                    group = true;
            // "the two had met", "the two men met": the people just named (states: below)
            for (int b = std::max(zb, t.begin - 4); b < t.begin; ++b)
                if (s.key(b) == "the"_key && ctx.lex.has(Cue::GroupNumber, s.key(b + 1)) &&
                    !ctx.lex.has(Cue::StateGroupNoun, s.key(b + 2)))
                    group = true;
            // "the foreign ministers of all three nations met": the states of the last meeting
            bool stateGroup = false;
            for (int b = zb; b < t.begin; ++b) {
                const QString& k = s.key(b);
                if (ctx.lex.has(Cue::StateGroupNoun, k) && ctx.lex.has(Cue::GroupNumber, s.key(b - 1)))
                    stateGroup = true;
            }
            // "\"We met X,\" said Y": Y took part.
            if (quoted) {
                bool we = false;
                for (int b = zb; b < t.begin; ++b)
                    if (s.key(b) == "we"_key || s.key(b) == "i"_key)
                        we = true;
                for (const PersonRef* r : refs) {
                    if (!we || s.quoted[std::size_t(r->begin)] || r->person < 0 ||
                        !ctx.persons[std::size_t(r->person)].official)
                        continue;
                    addUnique(subjects, r->person);
                    break;
                }
            }
            // "held press conferences after talks between the delegations"
            if (t.between && objects.empty() && !group)
                for (int p : betweenSubjects)
                    addUnique(subjects, p);
            if (c.relative) {
                const PersonRef* ante = nullptr;
                for (const PersonRef* r : refs)
                    if (r->end <= c.begin && r->person >= 0)
                        ante = r;
                if (ante)
                    addUnique(subjects, ante->person);
            }
            // "their meeting", "the two leaders": the last meeting's people, unless the clause
            // names two people itself ("she and the Crown Prince ... their meeting")
            if (group && !ctx.meetings.empty() && subjects.size() + objects.size() < 2) {
                for (int p : ctx.meetings.back().participants)
                    addUnique(subjects, p);
            } else if (group && subjects.size() + objects.size() < 2) {
                // No meeting yet: "the two had met in March" are the two officials named last.
                for (int p : lastOfficials(ctx, s.index, t.begin, 2))
                    addUnique(subjects, p);
            }
            if (subjects.empty() && t.verb && !t.passive) {
                // The subject is in the clause before: "A delegation, headed by A and B, held
                // talks", "Stoltenberg, will meet with ...".
                // "A, who invited B, met him": the subject is before the relative clause.
                const Clause* before = nullptr;
                for (const Clause& cl : cls)
                    if (cl.end <= c.begin && (!cl.relative || !before))
                        before = &cl;
                if (before && !c.relative) {
                    subjectClause = before;
                    for (const PersonRef* r : refs) {
                        if (r->begin >= before->begin && r->begin < before->end && r->person >= 0 &&
                            ctx.persons[std::size_t(r->person)].official &&
                            bool(s.quoted[std::size_t(r->begin)]) == quoted)
                            addUnique(subjects, r->person);
                    }
                }
            }
            if (subjects.empty() && t.verb && !t.passive) {
                // Or after it: "In addition to meeting with Lula, Fernandez visited ...".
                const PersonRef* best = nullptr;
                for (const PersonRef* r : refs) {
                    if (r->person < 0 || (r->begin >= zb && r->begin < ze) ||
                        !ctx.persons[std::size_t(r->person)].official ||
                        bool(s.quoted[std::size_t(r->begin)]) != quoted)
                        continue;
                    if (!best || (r->begin < zb && (best->begin >= ze || r->begin < best->begin)))
                        best = r;
                }
                if (best)
                    addUnique(subjects, best->person);
            }
            // "A met him" where "him" was read as A: the official named before, not A.
            for (const PersonRef* r : refs) {
                if (r->kind != RefKind::Pronoun || r->begin < t.end || r->begin >= cut || r->person < 0 ||
                    std::find(subjects.begin(), subjects.end(), r->person) == subjects.end())
                    continue;
                objects.erase(std::remove(objects.begin(), objects.end(), r->person), objects.end());
                const int other = lastOfficialWhere(ctx, s.index, zb, [&](int p) {
                    return std::find(subjects.begin(), subjects.end(), p) == subjects.end();
                });
                addUnique(objects, other);
            }
            // "received the Turkish leader", "his guest"
            std::vector<std::pair<int, int>> described;
            resolveDescriptions(ctx, s, zb, cut, refs, subjects, described);
            for (const auto& [tok, person] : described)
                addUnique(tok < t.begin ? subjects : objects, person);
            const QString status = statusOf(ctx.lex, s, t, c);
            // States: of the participants, named in the clause as actors, and the host.
            std::vector<int> states;
            MeetingPlace place = findMeetingPlace(ctx, s, zb, cut);
            if (place.empty() && place.host < 0)
                place = findMeetingPlace(ctx, s, c.begin, std::max(cut, std::min(c.end, t.begin)));
            if (place.empty() && place.host < 0 && subjectClause)
                place = findMeetingPlace(ctx, s, subjectClause->begin, subjectClause->end);
            // "After the reception at the Palace of the Revolution, both leaders began the talks"
            if (place.empty() && place.host < 0 && triggers.size() == 1) {
                const MeetingPlace anywhere = findMeetingPlace(ctx, s, s.dateline, s.size());
                place.city = anywhere.city;
                place.venue = anywhere.venue;
                place.genericCity = anywhere.genericCity;
                place.genericHost = anywhere.genericHost;
            }
            // "discussed the war in Sudan": a bare state in the topic is what was discussed,
            // not where (a city still places it: "discussed trade in Nairobi").
            if (topicEnd > t.end && place.empty())
                place.host = -1;
            const int host = place.host;
            const bool nobody = subjects.empty() && objects.empty();
            // With nobody named, "to discuss relations between Iraq, Egypt and Jordan" names
            // the parties.
            int stateEnd = cut;
            if (nobody) {
                for (int i = cut; i < ze; ++i)
                    if (s.key(i) == "between"_key)
                        stateEnd = ze;
            }
            for (const StateHit* h : hitsBySentence[std::size_t(s.index)]) {
                if (h->begin < zb || h->begin >= stateEnd || !h->counts || inTopic(h->begin))
                    continue;
                if (t.anaphoric && !t.between && !isPartyState(ctx.lex, s, *h))
                    continue;
                // a state inside an official's title is that official's (or the post's)
                const bool inTitle = std::any_of(s.officialSpans.begin(), s.officialSpans.end(),
                                                 [&](const std::pair<int, int>& sp) {
                                                     return h->begin >= sp.first && h->begin < sp.second;
                                                 });
                if (inTitle)
                    continue;
                if (bool(s.quoted[std::size_t(h->begin)]) != quoted)
                    continue;
                // a person's own demonym is covered by the person; "to Turkey" of an ambassador
                // and other states in titles still say who is involved
                addUnique(states, h->state);
            }
            addUnique(states, host);
            if ((stateGroup || (t.previous && subjects.empty() && objects.empty())) &&
                !ctx.meetings.empty())
                for (int st : ctx.meetings.back().states)
                    addUnique(states, st);
            const bool future = status == "planned"_key;
            const QStringView docText(ctx.doc.text);
            const DateExpression d = findDate(s.toks, zb, ze, docText, ctx.anchor, future, &ctx.lex);
            DateExpression dd = d.valid() ? d
                                          : findDate(s.toks, std::max(c.begin, s.dateline), c.end,
                                                     docText, ctx.anchor, future, &ctx.lex);
            if (!dd.valid()) // "Later Tuesday, he met ..."
                dd = findDate(s.toks, s.dateline, t.begin, docText, ctx.anchor, future, &ctx.lex);
            QString mode = t.mode;
            for (int i = c.begin; i < c.end && mode.isEmpty(); ++i) {
                if (ctx.lex.has(Cue::PhoneWord, s.key(i)))
                    mode = QStringLiteral("phone");
                else if (ctx.lex.has(Cue::VideoWord, s.key(i)))
                    mode = QStringLiteral("video");
            }
            // One concatenation instead of two QString::arg passes. Same text: a trigger spans
            // words with at most one token between them, so it never holds a '%' followed by a
            // digit that the second arg() would have replaced.
            const QString rule = QStringLiteral("meeting: '") + ctx.surface(s, t.begin, t.end) +
                                 QStringLiteral("' in sentence ") + QString::number(s.index + 1);
            auto build = [&](const std::vector<int>& people) {
                MeetingDraft draft;
                draft.participants = people;
                for (int p : people)
                    addUnique(draft.states, ctx.persons[std::size_t(p)].state);
                for (int st : states) {
                    addUnique(draft.states, st);
                    addUnique(draft.namedStates, st);
                }
                draft.place = place.city;
                draft.venue = place.venue;
                // "at the Chancellery": the lexicon's city only when its state takes part
                if (draft.place.isEmpty() && place.genericHost >= 0 &&
                    std::find(draft.states.begin(), draft.states.end(), place.genericHost) != draft.states.end())
                    draft.place = place.genericCity;
                if (dd.valid()) {
                    draft.when = dd.text;
                    draft.iso = dd.iso;
                    draft.whenRelative = dd.relative;
                }
                if (!mode.isEmpty()) {
                    draft.mode = mode;
                    draft.strongMode = mode != "phone"_key || t.mode.isEmpty() ||
                                       !t.label.startsWith(QLatin1String("spoke"));
                    if (t.label.startsWith(QLatin1String("spoke")) && mode == "phone"_key)
                        draft.strongMode = false;
                }
                draft.status = status;
                draft.addRule(rule);
                draft.evidence.push_back(ctx.mention(s, t.begin, t.end, rule));
                draft.lastSentence = s.index;
                return draft;
            };
            std::vector<MeetingDraft> drafts;
            if (t.split && objects.size() >= 2) {
                for (int o : objects) {
                    std::vector<int> people = subjects;
                    addUnique(people, o);
                    drafts.push_back(build(people));
                }
            } else if (t.split && !group && subjects.size() >= 2 && objects.size() == 1) {
                // "A and B, in separate calls with C": one meeting per caller
                for (int p : subjects)
                    drafts.push_back(build({p, objects.front()}));
            } else {
                std::vector<int> people = subjects;
                for (int o : objects)
                    addUnique(people, o);
                drafts.push_back(build(people));
            }
            for (MeetingDraft& draft : drafts) {
                // "A and U.S. lawmakers discussed": an official and a second state
                if (t.discuss && (draft.participants.empty() || draft.states.size() < 2))
                    continue;
                const bool empty = draft.participants.empty() && draft.states.empty();
                if (t.attend && !ctx.meetings.empty()) {
                    MeetingDraft& last = ctx.meetings.back();
                    draft.status = last.status;
                    mergeInto(last, draft);
                    continue;
                }
                if (t.previous && !ctx.meetings.empty()) {
                    if (entityCount(ctx, draft) >= 2)
                        ctx.meetings.push_back(std::move(draft));
                    continue;
                }
                if (t.anaphoric && !ctx.meetings.empty()) {
                    MeetingDraft& last = ctx.meetings.back();
                    // "During the meeting, A and B discussed the bases at X": the definite noun
                    // names the last event, so the same people on no other day make it that
                    // event whatever place the rest of the sentence mentions.
                    const bool samePeople = !draft.participants.empty() && draft.when.isEmpty() &&
                                            draft.iso.isEmpty() &&
                                            subset(draft.participants, last.participants);
                    if (empty || compatible(last, draft) || samePeople) {
                        draft.status = last.status;
                        mergeInto(last, draft);
                        continue;
                    }
                }
                bool merged = false;
                // Newest first. (No std::ranges::reverse_view: clang-tidy 14 cannot parse
                // libstdc++ 12's <ranges>.)
                for (std::size_t m = ctx.meetings.size(); m-- > 0;) {
                    MeetingDraft& earlier = ctx.meetings[m];
                    if (compatible(earlier, draft) &&
                        (!draft.participants.empty() || !earlier.participants.empty() ||
                         !draft.states.empty())) {
                        if (draft.participants.empty() && draft.states.empty())
                            break;
                        mergeInto(earlier, draft);
                        merged = true;
                        break;
                    }
                }
                if (merged)
                    continue;
                if (entityCount(ctx, draft) >= 2) {
                    ctx.meetings.push_back(std::move(draft));
                    continue;
                }
                // Kept for the sentences that name the others, dropped at the end if none does:
                // "X spoke by video conference with allies" ("Joining X on the call were ..."),
                // "Leaders convened for the summit" ("Among the attendees is ..."). Not a summit
                // right after another event: "the three of us have assembled here" is that one.
                const bool call = t.verb && !t.mode.isEmpty() && !draft.participants.empty();
                const bool summit = t.gathering && (!t.anaphoric || ctx.meetings.empty()) && !t.previous &&
                                    (ctx.meetings.empty() || ctx.meetings.back().lastSentence < s.index - 3);
                if (call || summit) {
                    draft.weak = true;
                    ctx.meetings.push_back(std::move(draft));
                }
            }
        }
    }
    ctx.meetings.erase(std::remove_if(ctx.meetings.begin(), ctx.meetings.end(),
                                      [&](const MeetingDraft& m) { return entityCount(ctx, m) < 2; }),
                       ctx.meetings.end());
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
}

} // namespace parley

namespace parley {

void refineAffiliations(DocContext& ctx)
{
    // An official placed in the article's main state only by default, who meets people of
    // that state, is more likely from another state the article names: the visitor, the host.
    const std::vector<int> prominent = statesByProminence(ctx);
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        Person& p = ctx.persons[std::size_t(i)];
        // Only the main state given by default: a fallback that already passed over the states
        // of the people met ("Rabuka was welcomed by New Zealand's minister") stands.
        if (!p.official || p.stateStrength != 1 || prominent.empty() || p.state != prominent.front())
            continue;
        std::vector<int> held;
        bool inMeeting = false;
        for (const MeetingDraft& m : ctx.meetings) {
            // A companion on a visit ("accompanied by") is of the party he came with.
            if (std::find(m.participants.begin(), m.participants.end(), i) == m.participants.end() ||
                std::find(m.companions.begin(), m.companions.end(), i) != m.companions.end())
                continue;
            inMeeting = true;
            for (int o : m.participants) {
                const Person& other = ctx.persons[std::size_t(o)];
                if (o != i && other.stateStrength >= 2)
                    addUnique(held, other.state);
            }
        }
        if (!inMeeting || std::find(held.begin(), held.end(), p.state) == held.end())
            continue;
        const auto free = std::find_if(prominent.begin(), prominent.end(), [&](int state) {
            return std::find(held.begin(), held.end(), state) == held.end();
        });
        const int best = free == prominent.end() ? -1 : *free;
        if (best < 0)
            continue;
        p.state = best;
        p.affiliationRule = QStringLiteral("fallback: a state the article names that the people met do not hold");
    }
    for (MeetingDraft& m : ctx.meetings) {
        m.states = m.namedStates;
        for (int p : m.participants)
            addUnique(m.states, ctx.persons[std::size_t(p)].state);
    }
}

} // namespace parley
