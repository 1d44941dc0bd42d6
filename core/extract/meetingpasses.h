// SPDX-License-Identifier: GPL-3.0-or-later
// The passes of meeting extraction, in the order findMeetings() runs them on each sentence:
// triggers (meetingtriggers.cpp), parties (meetingparties.cpp), status (meetingstatus.cpp),
// place and time (meetingwhere.cpp), and the merging of one event's mentions
// (meetingmerge.cpp). Internal to core/extract; tst_meetingpasses calls each pass directly.
#pragma once

#include "extract/documentcontext.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace parley {

// ---- Triggers: the words that tell of a meeting, and the reach of each ---------------------

/// A meeting expression in a sentence, tokens [begin, end): "met with", "held talks with",
/// "spoke by phone with", "the summit".
struct Trigger
{
    int begin = 0;
    int end = 0;
    bool anaphoric = false; ///< "the meeting", "the talks": refers back unless it says more
    bool verb = false;      ///< has a subject ("met", "received") rather than being a noun
    bool passive = false;   ///< "was received by"
    bool previous = false;  ///< "their previous meeting": an earlier, different event
    bool tally = false;     ///< "have met three times since 2022": a count of meetings, not one
    bool split = false;     ///< "visited A and B", "spoke separately with A and B"
    bool among = false;     ///< "Among those who called on A were B and C": split, the first object
                            ///< the one each listed person met when no subject is named
    bool between = false;   ///< "the meeting between A and B": only A and B take part
    bool attendVerb = false; ///< "attended", "joined"
    int senderEnd = -1;     ///< "handed over a letter from C to A": C, named in [begin, senderEnd), sent it; no party
    bool attend = false;    ///< "attended the talks": its people join the event told before
    bool gathering = false; ///< "summit", "convened": its attendees may be named only later
    bool discuss = false;   ///< "A and B discussed": a meeting only between parties of two states
    bool spent = false;     ///< "A spent two hours with B": a discuss trigger that other triggers keep
    bool asked = false;     ///< "Asked about X's visit, S said": a noun that is what S speaks of
    bool frame = false;     ///< a noun after "during", "in", "at": the clause happened at the event
    bool atGathering = false; ///< "met on the sidelines of the G20 summit in Rio": the place is the
                              ///< gathering's, and its state no party of the meeting
    bool side = false;      ///< "held a bilateral meeting with", "met one-on-one": a smaller meeting
                            ///< of its own beside a larger event with the same people
    bool later = false;     ///< "B later had an audience with C": another event of the day, even
                            ///< with one person named, joining none with someone it lacks
    bool participle = false; ///< ", meeting A and B": the verb's participle after a comma
    bool elided = false;    ///< "The first was held in X": an earlier event whose noun is left out,
                            ///< told in passing
    bool inPassing = false; ///< "The talks were preceded by a meeting of ministers": an earlier
                            ///< event told in passing; the narrative stays with the one told
    bool plannedPart = false; ///< "welcomed the upcoming visit of C": a part of the expression is
                              ///< told as to come
    bool background = false; ///< "B, who was on a visit to Austria": a visit told of one person
                             ///< in a relative clause, only as background to the main clause
    int coAgent = -1;       ///< "was chaired by B and attended by C": the "by" of the passive
                            ///< the trigger is coordinated with; B takes part too
    QString mode;           ///< "phone"/"video" when the trigger says so
    QString label;
};

/// The meeting expressions of a sentence, in order; adjacent ones ("convened a meeting with")
/// are one. "discussed" counts only when nothing else in the sentence tells of a meeting.
std::vector<Trigger> findTriggers(const Lexicon& lex, const SentenceInfo& s);

/// True when every trigger only refers back to an event told before ("was in attendance
/// during the talks"): the sentence may be an attendee list of that event.
bool onlyReferBack(const std::vector<Trigger>& triggers);

/// A clause of a sentence, tokens [begin, end).
struct Clause
{
    int begin = 0;
    int end = 0;
    bool relative = false; ///< starts with "who": its subject is the person before it
};

/// The sentence cut at semicolons, dashes, quotes and the commas that start a new clause.
std::vector<Clause> clauses(const Lexicon& lex, const SentenceInfo& s, const std::vector<const PersonRef*>& refs);

/// The tokens one trigger reads its parties from.
struct TriggerScope
{
    Clause clause;       ///< the clause the trigger is in (the whole sentence if none)
    int begin = 0;       ///< the clause, after the dateline and the previous trigger
    int end = 0;         ///< ... and before the next trigger
    int cut = 0;         ///< where a topic starts ("to discuss", "on", "where"); <= end
    int topicEnd = 0;    ///< "discussed the war in Sudan": [trigger end, topicEnd) is topic
    bool quoted = false; ///< the trigger is inside a quotation
    int prevVerb = -1;   ///< where the trigger before begins, when it is a verb ("held talks with")
    bool inTopic(int i, const Trigger& t) const { return i >= t.end && i < topicEnd; }
};

/// The scope of `triggers[index]` among the sentence's clauses.
TriggerScope scopeOf(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                     std::size_t index, const std::vector<Clause>& cls);

/// "phone", "video", or empty (in person): the trigger's own mode, else a phone or video word
/// in its clause.
QString modeOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c);
/// Whether the clause names its mode in words ("by phone", "by video link"), not only by the
/// verb's default ("spoke with" is a call unless said otherwise).
bool saysMode(const Lexicon& lex, const SentenceInfo& s, const Clause& c);

/// True when token i is inside an official's title and name ("Minister for Climate Change").
/// Inline: the meeting passes ask it of nearly every token (580k calls a megabyte), and most
/// sentences have no span, where the call cost more than the answer.
inline bool inOfficialSpan(const SentenceInfo& s, int i)
{
    return std::any_of(s.officialSpans.begin(), s.officialSpans.end(),
                       [&](const std::pair<int, int>& sp) { return i >= sp.first && i < sp.second; });
}

// ---- Parties: who takes part ---------------------------------------------------------------

/// The people of one trigger: before it (subjects) and after it (objects).
struct Parties
{
    std::vector<int> subjects; ///< person indices
    std::vector<int> objects;
    /// Listed after the trigger's clause as attending ("..., in the presence of C"): in every
    /// meeting of the trigger, as companions
    std::vector<int> companions;
    bool group = false;        ///< "their meeting", "the two leaders": the people told before
    bool stateGroup = false;   ///< "the ministers of all three nations": the states told before
    /// The clause before the trigger's, when the subject was looked for there.
    std::optional<Clause> subjectClause;
    /// A verb joined by "and" to the predicate before it, whose subject it takes ("A met B in X
    /// and received C"): where the "and" is; -1 for none
    int coordinated = -1;
    /// "held meetings with each of her guests": the objects, read from the meeting told before,
    /// each met in a meeting of their own
    bool each = false;
    /// "met B to brief her on the talks with C": talks told before, the topic of a briefing; they
    /// take no day or place from the sentence of the briefing
    bool briefed = false;
    bool nobody() const { return subjects.empty() && objects.empty(); }
};

/// Subjects, objects, groups, relative clauses, pronouns and descriptions ("his guest") of
/// trigger `t` in its scope. Reads the meetings found so far for "their meeting".
Parties findParties(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                    const Trigger& t, const TriggerScope& scope, const std::vector<Clause>& cls);

/// "..., when A and B launched the programme": the officials who open the first ", when" clause
/// after token `from` (its subject only, up to its verb: not "when A said B had sent a
/// message"), added to `subjects`. Nothing when punctuation other than a comma comes first.
void addWhenClauseSubjects(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                           int from, std::vector<int>& subjects);

/// The states taking part as named in the scope ("representatives from France"), the host
/// `host` (-1 for none), and for a group the states of the last meeting. `cityNamed`: the place is a
/// city (with a building in it or not), not a state alone.
std::vector<int> partyStates(const DocContext& ctx, const SentenceInfo& s, const std::vector<const StateHit*>& hits,
                             const Trigger& t, const TriggerScope& scope, const Parties& parties, int host, bool hostSeatCity = true,
                             bool cityNamed = false);

/// ", on a state visit to Laos,": a clause set off by commas, of a few lowercase words and
/// places, a travel word among them and no one named: an aside of its subject's journey.
bool travelAside(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                 const Clause& cl);

/// Who meets whom: one group, or for "met separately with A and B" one group per object
/// (and per subject for "A and B, in separate calls with C").
std::vector<std::vector<int>> meetingGroups(const Trigger& t, const Parties& parties);

/// Descriptions of people named before, in tokens [from, to) not already read as a reference:
/// "the Russian leader", "his guest", "the visiting minister", "his counterpart" (the official
/// named last who is not one of `subjects` and not of their state). Appends (token, person).
void resolveDescriptions(const DocContext& ctx, const SentenceInfo& s, int from, int to,
                         const std::vector<const PersonRef*>& refs, const std::vector<int>& subjects,
                         std::vector<std::pair<int, int>>& out);

/// An attendee list: "He was accompanied by A and B", "Also present were ...", "The delegation
/// included ...", "X is being represented by Y". Who is listed, and who is only named.
struct Attendees
{
    int cueBegin = -1;
    std::vector<int> people;  ///< officials attending
    std::vector<int> absent;  ///< officials represented by someone else: their state attends
    std::vector<int> absentStates; ///< "Myanmar was represented by an official": states that attend
    bool delegation = false;  ///< "the delegation included", "the Nepalese side included"
    bool future = false;      ///< "A and B will take part": a list told ahead joins no held meeting
    bool whole = false;       ///< "bringing together A, B and C": the list is a whole meeting's
    bool elsewhere = false;   ///< "A and B took part in a trade fair": the cue names another event,
                              ///< new ("a", "an") and no meeting; the list joins no meeting told
};
Attendees findAttendees(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs);

/// A list of officials as readouts, wire copy and regional papers write it: items split by ";",
/// ",", "and" or "as well as", each an official's title and name in either order ("Foreign
/// Minister A", "B, the health minister", "the Minister for Trade, Agribusiness and Industry, C",
/// "the Minister of Water, Ms D", "Ambassador of X to the Kingdom E"), or a title alone that
/// runs on to the next name. Read forward, the list starts at `from` and may run up to `limit`
/// (exclusive); read backward, it ends right before `from` ("A, B and C took part": `from` at
/// the cue) and may reach back to `limit` (inclusive). The officials named, in text order, and
/// the tokens [begin, end) from the list's edge at `from` to the farthest item that names an
/// official (both `from` when none does), and the token the reading stopped at, no part of the
/// list ("by" in "Sent by D, A and B took part"; -1 when it ran to `limit` or the sentence's edge).
enum class ListDirection
{
    Forward,
    Backward
};
struct OfficialList
{
    std::vector<int> people;
    int begin = -1;
    int end = -1;
    int stop = -1;
};
OfficialList readOfficialList(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                              int from, int limit, ListDirection direction = ListDirection::Forward);

/// An absolute clause a list opener leads: "with A present", ", with A and B also looking on",
/// "With C still in London,": the opener, the officials after it (their tokens [listBegin,
/// listEnd)) and what tells where they were (a presence word, lexicon). `present`: they were at
/// the meeting of the sentence; else, when `end` > 0, they were away and take no part in it.
/// `end` is 0 when the opener leads no such clause ("met with A in Kigali").
struct AbsoluteClause
{
    int listBegin = 0;
    int listEnd = 0;
    int end = 0;
    bool present = false;
};
AbsoluteClause absoluteClause(const DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs,
                              int opener);
/// Whether `s` may hold such a clause: its opener (a list-opener word) and its presence phrase
/// both in the sentence's classes. The passes ask absoluteClause() at every token after a
/// trigger; a sentence without the two is passed over once.
inline bool mayHoldAbsoluteClause(const SentenceInfo& s)
{
    return s.mayHaveWordOf(Cue::ListOpener) && s.mayStartPhraseOf(Cue::PresenceWord);
}

/// A meeting recalled from a month of its own, on none of the article's days ("Last November, C
/// held talks with B", "their call in February"): dated over 31 days from the article's, or in
/// another month than the article's.
bool recalledMeeting(const DocContext& ctx, const MeetingDraft& m);

/// The meeting an attendee list or "also joined the talks" in tokens [from, to) of `s` joins:
/// the last one told with the meeting noun the words name ("Also present at the talks were"),
/// else the last one told, or for a `delegation` ("The Turkish delegation included") the first
/// held one; none when they name an event that is no meeting ("at the opera").
std::optional<std::size_t> attendedMeeting(const DocContext& ctx, const SentenceInfo& s, int from, int to,
                                           bool delegation = false);

/// "B and C joined A.": a bare active attend verb ("joined") whose objects all took part in the
/// held meeting told last, and whose subjects did not, tells who came to that meeting (the
/// sentence's only trigger; "joined A on a visit to X" has a trigger of its own).
bool joinsToldMeeting(const DocContext& ctx, const std::vector<Trigger>& triggers,
                      std::size_t index, const Parties& parties);

/// "B was accompanied by C, who held separate talks with D on Wednesday, and by E": when every
/// trigger of the sentence is inside a relative clause, the attendee list outside them (its cue and
/// its people, the relative clauses' own people left out) joins the meeting told, as in a sentence
/// with no trigger. The triggers are still read on their own.
void attachListAroundRelatives(DocContext& ctx, const SentenceInfo& s,
                               const std::vector<const PersonRef*>& refs,
                               const std::vector<Trigger>& triggers,
                               const std::vector<Clause>& cls);

/// "The meetings were attended by A and B": a plural meeting noun as the subject of a passive
/// attend verb lists attendees of each of the separate meetings just told of one host (the
/// principal the last told shares with them). False, and nothing added, unless two or more such
/// meetings were told.
bool attendEachMeeting(DocContext& ctx, const SentenceInfo& s,
                       const std::vector<const PersonRef*>& refs,
                       const std::vector<Trigger>& triggers);

/// Adds the sentence's attendee list to the meeting it names, else the last meeting told. False when the sentence has no
/// list (or, with `needPeople`, a list of nobody attending in person, or one that names a whole meeting: the
/// sentence's own trigger reads it). `attendees`: findAttendees() of the sentence and its references.
bool attachAttendeeList(DocContext& ctx, const SentenceInfo& s, const Attendees& attendees, bool needPeople);

/// "A hosted her counterparts from Austria and Germany in Bern. B and C arrived by train.": the
/// officials a sentence right after a meeting first names, bare (no title before the name), each
/// of a state the meeting names as taking part and no participant is of, are those states' sides.
/// Whether it added any.
bool addNamedStatesSides(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs);

/// "The delegation is headed by A and includes B": the officials of the sentence join the
/// last meeting as members of the visiting party.
void addDelegationMembers(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs);

// ---- Status --------------------------------------------------------------------------------

/// "held", "planned", "cancelled" or "denied", from the cue words of the clause around `t`.
QString statusOf(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const Clause& c);

/// The status the sentence's predicate gives `triggers[index]` (of status `status`, from
/// statusOf), or `status` when it says none: a meeting noun as subject takes it from its
/// predicate ("Talks between A and B, scheduled for Thursday, were called off", "The planned
/// call did not take place", "reports of a meeting ... were false"), and a plan told in a
/// clause about an event takes its cancellation ("A's visit to C, where he was to meet B, has
/// been postponed").
QString predicateStatus(const Lexicon& lex, const SentenceInfo& s, const std::vector<Trigger>& triggers,
                        std::size_t index, const std::vector<Clause>& cls, const QString& status);

// ---- Place and time ------------------------------------------------------------------------

/// Where trigger `t` took place: in its scope, else its clause, else the subject's clause, else
/// (for the sentence's only trigger) anywhere in the sentence. `host` is the state of the
/// place, -1 when the place is only a bare state inside a topic. A trigger told as `held` (or a noun
/// that refers back, which takes the status of the meeting it names) takes no place another clause
/// tells as a plan ("A is to travel to X next week, although the visit ...").
MeetingPlace placeOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                     const Parties& parties, std::size_t triggerCount, bool held = false);

/// "welcomed B to the summit in a post on social media", "received B warmly in a message": a
/// receive verb at token i whose clause tells a thing sent after an event frame is a greeting
/// written to B, no meeting (meetingtriggers.cpp).
bool greetingSent(const Lexicon& lex, const SentenceInfo& s, int i);

/// "exchanged views on the indirect negotiations between Tehran and Washington", "discussed
/// preparations for a trilateral A-B-C meeting": a meeting noun naming nobody after it, a few
/// words after a topic phrase of its own clause, is what was talked about, no event the
/// sentence tells of.
bool topicMeeting(const Lexicon& lex, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                  const Parties& parties);

/// "S denied a report that A had met B", "S rejected reports that ...", "S dismissed claims
/// that ...": when `v` is a dismissal word whose object (a few words on, before `to`) is a
/// hearsay noun that a complement "that" follows, the index of that noun; else -1. Its subject
/// reports the meeting, as after a speech verb, and denies it.
int rebuttedReportAt(const Lexicon& lex, const SentenceInfo& s, int v, int to);

/// The day of trigger `t`: in its scope, else its clause, else before it in the sentence.
DateExpression dateOf(const DocContext& ctx, const SentenceInfo& s, const Trigger& t, const TriggerScope& scope,
                      bool future);

/// A sentence with no trigger that says where the last event was ("The talks take place at
/// the ministry in Lima", "A arrived in Lachin").
void placeLastEvent(DocContext& ctx, const SentenceInfo& s, const std::vector<const PersonRef*>& refs);

/// "A arrived in Abuja on Monday": where a traveller is, for the events told after it that
/// name no place of their own ("He was received at the airport by B").
struct Arrival
{
    QString city;
    std::vector<int> people; ///< the officials who arrived
    /// the journey is dated to another occasion than the article's days ("In December, A had
    /// travelled to Tashkent"): it places no meeting dated to those days
    bool otherOccasion = false;
};
/// The arrival a sentence tells of ("arrived in", "landed in": place-cue rows with the value
/// "participant"), unless something in it makes the arrival a plan.
std::optional<Arrival> readArrival(const DocContext& ctx, const SentenceInfo& s,
                                   const std::vector<const PersonRef*>& refs);

/// After all sentences: a call has no place, the dateline's city places in-person events of
/// its state when the article names no place at all, and a visit to a state that names no
/// city there takes place in the state's capital.
void finishPlaces(DocContext& ctx);

// ---- Merging the mentions of one event -----------------------------------------------------

void addUnique(std::vector<int>& v, int x);
/// `x` is an element of `v`.
bool holds(const std::vector<int>& v, int x);
/// Every element of `a` is in `b`.
bool subset(const std::vector<int>& a, const std::vector<int>& b);
/// The meeting's day as `d` tells it: its words, its ISO day or month, and whether it is told
/// from another day ("the next day"); an invalid `d` clears them.
void setDate(MeetingDraft& m, const DateExpression& d);
/// Whether `d` tells of another occasion than the article's days: a month or a year ("in July",
/// "last year"), or a day more than a week from the article's date.
bool otherOccasionDate(const DocContext& ctx, const DateExpression& d);
/// No day told of one that differs from the other's: "Tuesday" and "Wednesday" differ; "today"
/// and "Wednesday" may not, but "today" and "March 2022" do.
bool sameDay(const Lexicon& lex, const MeetingDraft& a, const MeetingDraft& c);
/// Two mentions may tell of one event: same status and mode, no other day or place, and the
/// people (else the states) of one are among the other's.
bool compatible(const Lexicon& lex, const MeetingDraft& a, const MeetingDraft& c);
void mergeInto(MeetingDraft& a, const MeetingDraft& c);
/// A meeting's principals: its participants without those who came with them (companions).
std::vector<int> principalsOf(const MeetingDraft& m);
/// 2 when the draft has at least two parties (people or states), else 1 or 0.
int entityCount(const DocContext& ctx, const MeetingDraft& m);

/// Records one mention of trigger `t` found in sentence `sentence`: joins the event it refers
/// to or is compatible with, starts a new meeting, or is kept weak until later sentences name
/// its other parties.
void addMention(DocContext& ctx, MeetingDraft draft, const Trigger& t, int sentence);

/// After all sentences: drops the meetings that never got two parties.
void dropUnconfirmed(DocContext& ctx);

/// After dropUnconfirmed: the people of meetings held "on the sidelines of" a gathering the
/// article tells as an event of its own join that gathering.
void joinSideMeetingsToGatherings(DocContext& ctx);

} // namespace parley
