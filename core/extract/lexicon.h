// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "extract/tokenizer.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace parley {

/// The word classes the meeting passes read. Each is one `set` of the lexicon files
/// (resources/lexicon/*.tsv, format in docs/lexicon.md); the names are the enum names in
/// kebab case ("meeting-verb").
enum class Cue : int {
    MeetingVerb,     ///< "met", "received"; value = its class (meet, receive, speak, phone, call-on)
    MeetingNoun,     ///< "talks", "summit"; value = mode or "anaphoric-only"
    HoldVerb,        ///< "held talks", "had a meeting"
    PhoneWord,       ///< the word makes it a phone call
    VideoWord,       ///< ... a video call
    Determiner,      ///< "the meeting" refers back
    PreviousCue,     ///< "their previous meeting": an earlier, other event
    PassiveAux,      ///< "was received by"
    SplitVerb,       ///< "visited A and B": one meeting per object
    SplitCue,        ///< "separately"
    PartyWord,       ///< "Turkish officials", "the delegation of": a state named as a party
    ClauseCut,       ///< what follows is topic, not party ("to discuss", "about")
    NameLink,        ///< a name followed by these continues the clause
    ClauseContinuer, ///< ", headed by", ", accompanied by": a comma that does not end the clause
    ModalBeforeTo,   ///< "is expected to meet": planned
    TravelWord,      ///< "a visit to Pyongyang": "to" names a destination
    CancelCue,       ///< cancelled
    DenialCue,       ///< denied
    Negation,        ///< "did not meet"
    FutureCue,       ///< planned
    DelegationNoun,  ///< "the delegation is headed by ..."
    MemberVerb,      ///< ... "headed", "includes"
    StateGroupNoun,  ///< "the three nations"
    GroupNumber,     ///< "two", "both"
    FutureAux,       ///< "will", "would": anywhere before the trigger in its clause, planned
    RefusalCue,      ///< "refused to meet": denied; value "before-to" = only when "to" follows
    CallOnCue,       ///< "paid a courtesy call on": "call on" is a visit
    AudienceVerb,    ///< "granted an audience": the noun is a meeting only after these
    ReceivedThing,   ///< "received a letter": what is received is no visitor
    AttendeeCue,     ///< "accompanied by", "also present": the sentence lists attendees; value
                     ///< "after"/"before": only the people on that side ("represented by")
    PersonNoun,      ///< "the Turkish leader", "his guest": a description of a person named before;
                     ///< value "other" = someone of another state than the subject ("guest")
    PlaceCue,        ///< "takes place", "was held": a sentence saying where the last event was
    VenueHead,       ///< "Palace", "Airport": a capitalised name ending so is a venue
    Venue,           ///< phrase -> city ("Kremlin" -> Moscow)
    City,            ///< a city that is no capital -> its state's name
    GatheringWord,   ///< "summit", "convened": an event that may name its attendees only later
    NoveltyCue,      ///< "since", "years": "the first visit ... in ten years" is this event
    TimeUnit,        ///< "year", "summer": "the summit last year" is an earlier event
    GenericVenue,    ///< "Government Palace" -> Lima: many states have one; the city only
                     ///< when the meeting's host state is the city's
    ModalAfterNoun,  ///< "a meeting ... could ease tensions": after a meeting noun, not held
    TenureWord,      ///< "newly elected", "outgoing": words of tenure before a title
    OfficeNoun,      ///< "minister", "envoy": a written title holding one keeps its wording
    EncounterBefore, ///< "met Sudan's A": words before a possessive state that make A a person
    EncounterAfter,  ///< "Egypt's B held talks": words after the name that make B a person
    AccompanyWord,   ///< "accompanied by A": A is of the accompanied official's state
    EncounterWord,   ///< "met", "welcomed": a sentence where someone meets the state's people
    DateBoundary,    ///< "since", "until": the date after it is not the event's own day
    EventFrame,      ///< "during the talks", "in a phone call": the clause tells what happened
                     ///< at that event, so its people took part in it
    PlaceBefore,     ///< "in", "to": a state right after one is the place, never a surname
    SideNoun,        ///< "On the Spanish side, A and B": the people the clause lists are of that state
    PortfolioWord,   ///< "Minister of Investment and Foreign Trade A": a field that ends a title's complement
    BodyPortfolio,   ///< "affairs": "CARICOM Affairs Minister", "Minister for GCC Affairs": an organisation's
                     ///< name before it is the field of a national office, not its employer
    ContrastWord,    ///< "although", "but": what follows is told apart from what precedes (its
                     ///< negation, its meeting): "have not met, although they spoke by phone"
    PrivateGroup,    ///< "business", "community": "Indonesian business leaders" are no state party
    OtherEvent,      ///< "the opera", "a march": an event that is no meeting; its attendee list
                     ///< adds nobody to the meetings told
    ObjectFollower,  ///< "received her at": after "her", a word that makes it the object pronoun,
                     ///< not the possessive ("her counterpart")
    SideMeeting,     ///< "bilateral", "one-on-one", "sidelines": a smaller meeting of its own beside
                     ///< a larger event with the same people, never merged into it
    LeaderGroup,     ///< "leaders", "presidents": "the two leaders" are heads of state or government
    DeputyWord,      ///< "vice", "deputy": a title with one is no leader "the two leaders" names
    NounPredicate,   ///< what a meeting noun as subject is said to do: "aux" starts its predicate
                     ///< ("were called off"), "occurred" says it happened ("took place"), "plan"
                     ///< says it is planned ("on the agenda")
    EventRelative,   ///< "where", "during which": a clause about the event noun before it
    ListIntro,       ///< "including": after a party noun, a list of who takes part, not a topic
    SpeechVerb,      ///< "said", "told": its subject reports the meeting, and takes no part in it
    HostBy,          ///< "chaired", "hosted": "The summit, chaired by X, was attended by": X hosts it
    TopicBefore,     ///< "the situation in", "relations with", "on": a state right after is a topic
    SequenceOpener,  ///< "earlier", "before": opening a sentence, its meeting verbs tell another event
    PlaceParticle,   ///< "do", "pri": a lower-case word inside a town's name ("Foz do Iguaçu")
    PerfectAux,      ///< "have", "has": "have met ... since 2022" is a present perfect, a tally
    Conjunction,     ///< "and": "met B on Monday and C on Tuesday" joins a second one met
    PlaceRelative,   ///< "where": ", where they held a bilateral meeting" tells of the place of
                     ///< the event just told
    ScopeLimiter,    ///< "only", "just": "not only met B but also C" negates the limit, not the meeting
    PartnerWord,     ///< "with": "held discussions with B" names the partner, so a noun that
                     ///< otherwise only refers back is an event of its own
    GovernmentWord,  ///< "government", "administration": "under Lee government" names a leader for
                     ///< the government they lead, not a person at the table
    AgentWord,       ///< "by": "was joined by A", "chaired by B": the agent of a passive follows
    RelativeWord,    ///< "which": "talks, in which A and B took part": a relative clause on the noun before
    Article,         ///< "the": "the two leaders", "the delegation of": the definite article
    ListOpener,      ///< "with": "held talks, with A and B sitting in": a clause it opens names
                     ///< the attendees before its attendee cue
    VisitorWord,     ///< "visiting": "the visiting leader was accompanied by A": A is the guest's
    ClauseOpener,    ///< "while": "A was present, while B was accompanied by C": another clause,
                     ///< whose side is its own
    District,        ///< "Karen" -> Nairobi: a quarter of a city where its seats stand; the place
                     ///< is the city, the quarter the venue
    Seat,            ///< "Bolivia" -> La Paz: a state whose government sits elsewhere than its
                     ///< capital; its seats, visits and hosted talks are in that city
    BodyHead,        ///< "service", "ministry": the noun that ends a body's name, so that in
                     ///< "Director of the National Intelligence Service Suh Hoon" the name follows it
    ThingHead,       ///< "canal", "airlines": "Egypt's Suez Canal Authority" names a thing, no person
    FunctionWord,    ///< "the", "of", "said": never a title's modifier ("In President") nor a name's
    DelegationList,  ///< "headed", "composed": "a delegation headed by A": its members follow
    GroupHead,       ///< "leaders", "sides": "the two leaders", "both sides" refer to a meeting's people
    PossessivePronoun, ///< "his", "her": "his deputy B" is an office of the one named before
    VenuePreposition, ///< "at", "in": "at the Presidential Palace Annex": a venue, no title and name
    ReportedOpener,  ///< "that", "he": "A said in Prague he would meet B": the reported clause starts
    DeicticDay,      ///< "yesterday" -> -1: a day named from the article's; value = days from it
    NameStop,        ///< "the", "ministry": a capitalised word that never begins a person's name
    AcronymStop,     ///< "un", "eu": a name stop only in capitals ("Kim Jong Un" is a name)
    NameParticle,    ///< "bin", "von", "al": a lower-case particle inside a name
    ParentParticle,  ///< "bin", "ibni": the particles whose next name is a parent's
    NameSuffix,      ///< "jr", "iii": ends a name, never starts one, and is no key of it
    RegionWord,      ///< "North", "inter": "North America", "inter-Korean" name a region, no state
    DemonymThing,    ///< "peninsula", "airlines": "Korean Peninsula" names no state
    ArrivalWord,     ///< "airport", "tarmac", "arrival": a welcome told with one is the guest's
                     ///< arrival, an event of its own beside the talks
    CeremonyVerb,    ///< "presented": "A presented his credentials to B" is a ceremony with B; value =
                     ///< the word before the other side ("to", "from")
    RegionName,      ///< "Central Asia", "Horn of Africa": a region an office covers ("Vice President
                     ///< for Europe and Central Asia A"); the name starts after it
    GatheringVenue,  ///< "UN General Assembly" -> New York: a gathering held in one city; its
                     ///< city places the meetings beside it, and its state takes part only
                     ///< through its own people
    Ordinal,         ///< "second", "third": ", their third phone call this month" counts the meeting
                     ///< just told, no other one
    TownNoun,        ///< "city", "resort": "in the Black Sea resort of Sochi" names the town after "of"
    ResearchBody,    ///< "institute", "university": "A, director of the Georgian Institute of Politics"
                     ///< heads a research body or a school, no office of a state
    BriefEncounter,  ///< "shook hands", "greeted each other": a passing encounter, no meeting; at
                     ///< an event noun ("at the gala dinner") the noun is no meeting of theirs
    CurrencyWord,    ///< "dollars", "shilling": "US dollars", "the Kenyan shilling" name a currency, no state
    WaterWord,       ///< "gulf", "bay": "the Gulf of Guinea" names a sea, no state
    BodySeat,        ///< "Brussels": a seat of international bodies; as an actor it stands for them,
                     ///< not for its state
    PlaceSuffix,     ///< "based": hyphen-joined after a city ("a London-based centre") it makes the
                     ///< city an attribute of a thing, no state acting
    NonStateGroup,   ///< "Houthi", "M23", "rebel": "RSF spokesman A" holds an office of a group that is
                     ///< no state
    AdditiveWord,    ///< "also": "A also met B" after a larger meeting tells another, smaller one
    GenericMeetingNoun, ///< "meeting": names whatever meeting was told last, whatever words told it
    CompanionCue,    ///< "alongside": an attendee cue that tells only who was with someone in the act its
                     ///< own clause tells; attendance only when that clause tells a meeting
    DelegationMember, ///< "were part of", "as were": "A and B were part of the Singapore delegation,
                      ///< as were C and D": the people it joins to a state's delegation; value
                      ///< "after" = the people after the delegation noun, else those before it
    HostVerb,        ///< "hosted", "received": its subject (the agent of its passive) is the host,
                     ///< who receives the guest where the host's government sits
    Territory,       ///< "Greenland": a gazetteer state that is a territory of another; a state of
                     ///< the article only through its own officials or meetings, not when named
    OppositionWord,  ///< "opposition", "shadow": before a title, an office of a state's opposition
    CrowdNoun,       ///< "soldiers", "students": the object of a meeting verb that is a crowd, not
                     ///< an official ("where they met Polish soldiers" tells no meeting of theirs)
    AppositiveLead,  ///< "who serves as", "in his capacity as": words between a name's comma and the
                     ///< office said of it; value "opens" = a word the run may start with
    NonOfficeModifier, ///< "keynote", "motivational": right before a title ("keynote speaker A") it makes
                       ///< the word a role at an event, no office; value "generic": only before a
                       ///< generic head's title ("airline chief A", but "Industry Minister B")
    BodyModifier,    ///< "foreign", "armed": a lower-case word inside a body's name before its head noun
                     ///< ("Russian foreign ministry spokeswoman A": the state's body, so its official)
    OtherSideNoun,   ///< "host", "guest": "her host, Foreign Minister B" is of another side than her
    PoliticalWord,   ///< "party", "opposition", "far-right": a body of politics after a generic head
                     ///< ("A, leader of the opposition Labour Party,")
    FieldNoun,       ///< "issue", "question": a lower-case noun that closes an office's field in
                     ///< capitals ("High Representative on the Rohingya issue A")
    GivenNameRank,   ///< "Amir", "Sultan": a rank that is also a given name, after another office
                     ///< ("Deputy Foreign Minister Amir Hossein Rahimi")
    BriefVerb,       ///< "informed", "briefed": "A briefed B on his talks with C": B hears of A's talks
                     ///< and takes no part in them
    TopicOpener,     ///< "discuss", "to address": a verb whose object is what was talked about
    TopicLink,       ///< "in", "of", "from": ties a topic's noun group to the state it is about
                     ///< ("on the coup in X")
    SideHead,        ///< "behalf", "invitation": a head whose "of X" makes X a side, no topic
    NonStatePrefix,  ///< "pro", "anti", "Ibero": a prefix that turns a demonym into no state
                     ///< ("pro-Russian", "the Ibero-American summit")
    SideGroup,       ///< "authorities", "negotiators": after a demonym, people who take part
    ComparisonWord,  ///< "like", "unlike", "as": before a state, one compared, no side; value
                     ///< "pro-verb": only with a pro-verb after the state ("as Croatia did")
    AbsenceVerb,     ///< "stayed away", "boycotts": after a state, one that keeps away
    AppealVerb,      ///< "urged", "warned": after "and", another predicate of the subject's own
    ProVerb,         ///< "did", "has": a verb standing for one told before
    StatePossessive, ///< "its": "Paraguay ... will send its foreign minister, A": the subject state's office
    TimeSpan,        ///< "hours", "afternoon": a stretch of time, what "A spent ... with B" spends
    QuestionOpener,  ///< "Asked", "Commenting": opens a clause naming what a speaker was asked about
    DatedEvent,      ///< "coup", "election": an event no meeting; a date right after its phrase is its own
    OfficeVerb,      ///< "chairs", "heads": after "who", a verb that gives the office its value
                     ///< names ("A, who chairs the trade committee,": "Chair")
    ChargePhrase,    ///< "responsible for", "charged with": after an office, the charge it holds,
                     ///< its field in any case up to the appositive's comma
    FormerHolder,    ///< "predecessor": beside a possessive and a name, a former holder of the
                     ///< possessor's office ("his predecessor A B")
    OrgHeadNoun,     ///< "the UN chief", "the IAEA head": after a body, its head, whatever his title
    ReactionVerb,    ///< "welcomed", "hailed": with a meeting told before as its object ("welcomed the
                     ///< summit"), what the subject thinks of it, no meeting of the subject's
    NearWord,        ///< "near", "outside": "at the Rumichaca bridge near Ipiales" places the venue in
                     ///< the town named after it
    RelativeDay,     ///< "two days later", "the next day": a day told from the day named before it;
                     ///< the value is the distance in days
    BodyBoundOffice, ///< "chief executive": an office of note only with the body it heads after "of",
                     ///< or a state or organisation before it ("A, the chief executive," is none)
    FieldBoundOffice, ///< "critic": an office of note only after a portfolio's field in lower case and a
                      ///< party or "opposition" before it ("Conservative agriculture critic A", not "film critic B")
    Subordinator,    ///< "as", "when", "while": "A and B pledged aid to X as they met": it opens the meeting's
                     ///< clause after a main clause of its own
    ObjectPreposition, ///< "to", "for", "near": a state after it in a main clause is what the predicate is
                       ///< about, no side of a meeting told in a clause after it
    DistributiveObject, ///< "each of": "held separate meetings with each of her guests": one meeting with
                        ///< each of those the words after it stand for
    SeatLevel,       ///< "regional", "provincial": "Canary Islands regional president A": between a state's
                     ///< region or city and an office, the office is of that seat
    LegNoun,         ///< "stopover", "stop": "after a stopover in Dubai, A met B": a leg of a journey told
                     ///< apart from the meeting after "after" or "before"; its place is the leg's
    VoiceOffice,     ///< "spokesperson": an office that speaks for its body; a party's ("Tonse Alliance
                     ///< spokesperson A") is no office of a state
    RoleNoun,        ///< "specialist", "officer": a post no title lists; after a title and a field
                     ///< ("Chief Communications Specialist A B") it ends the title, the name follows
    JourneyVerb,     ///< "arrived", "flew", "fresh": "arrived in Bangkok from Vientiane", "fresh from Beijing":
                     ///< the place after "from" is a stop the traveller came from, no side of a meeting there
    StartVerb,       ///< "began", "got under way": "Talks ... collapsed before they began" were never held
    HearsayNoun,     ///< "rumours", "reports": "Rumours that A met B were dismissed" report a meeting
    DismissalWord,   ///< "dismissed", "false": after a hearsay noun's predicate auxiliary, denies the meeting
    PresentVerb,     ///< "meet", "receives": a meeting verb in the present ("when they meet in X") after a
                     ///< subordinator of value "future" is still to come
    SignedApart,     ///< "letter", "petition": "A and B signed a joint letter" signs no accord together, no meeting
    MentionVerb,     ///< "note", "recall": "would like to note the visit of B in July" names an event,
                     ///< it plans none
    ProxyNoun,       ///< "aides", "envoys": "Aides to A and B met": A and B are whom they act for, no party
    AttendeeFrame,   ///< "attendees", "included": an attendee cue only in its frame; value "heading": right
                     ///< before a colon ("Attendees: A; B"), "meeting": with a meeting noun as its subject
                     ///< ("The talks also included A", "talks that also involved B")
    StateCompany,    ///< "Gazprom", "Saudi Aramco": a firm its state owns; value = the state. "Gazprom CEO
                     ///< A", "the chief executive of Rosatom, B": its head is an official of that state
    Monarchy,        ///< "Spain" (value "King|Queen|Crown Prince|Prince"): a state whose monarch holds
                     ///< those royal titles; a king the text names with no kingdom is of one of these
    LeaderSeat,      ///< "the Kremlin", "Downing Street": the office or residence of a state's leader; two
                     ///< other sides who meet there are the leader's guests, so the state is a side (a
                     ///< ministry, a hotel or the city alone only lend the venue)
    VideoModifier,   ///< "online", "remote": "an online summit", "met online" tell a video meeting only
                     ///< beside the meeting word (value "after": also right after a meeting verb)
    AmongList,       ///< "among" (value "opener") and the links after it ("were", "included"; value
                     ///< "link"): "Among those A met were B and C" lists the people A met, one by one
    AttributionVerb, ///< "reported", "quoted": with the speech verbs, the verb of a closing attribution
                     ///< (", Oman's news agency reported"): the source named there is no side
    OfficeScope,     ///< "regional", "country", "resident": "the World Bank's regional director A", a lower-case
                     ///< word of an office's reach between the body (or the state) and the title
    PartyTag,        ///< "R", "D", "I" with the state as value: "Sen. A (R-Neb.)", "Rep. B, D-Calif.,": a
                     ///< lawmaker's party and seat after the name, as that state's press writes it
    HeadingOther,    ///< "with", "to", "on" (value "topic": not before a side noun): a list heading's
                     ///< state after one ("in the talks with Ghana were:") is not the listed people's
    TimeFrame,       ///< "ahead of", "on the eve of", "a week before": before a meeting noun, a time the
                     ///< clause is set against; with a verb of its own the clause tells another event
    PresenceWord,    ///< what tells where someone was: value "present" ("with A present", "looking on"),
                     ///< "absent" ("with A away", "still"), "locus" ("Around the table were A and B"),
                     ///< "link" (the verb after a locus: "Others at the table included A")
    RegionDemonym,   ///< "Bavarian", "Catalan": right before an office, the region's (value: its state),
                     ///< "Bavarian Premier A" is of Germany; elsewhere an ethnic or language label
    ExchangeTopic,   ///< "views", "opinions": what "an exchange of" carries when it is talk between people
                     ///< ("had an exchange of views with B"); not "an exchange of letters", "of fire"
    DepartureVerb,   ///< "left", "flew out of": a leaving whose city, then "after" and a meeting
                     ///< ("left Caracas after meeting B"), is where that meeting was held
    PrivateRole,     ///< "footballer", "laureate", "investor": a person's calling outside government;
                     ///< the object of a meeting verb so described ("met Kenyan marathon champion A",
                     ///< "met B, the Spanish film director") is no official, its demonym no side
    LeftOffice,      ///< "resigned as", "stepped down as": after "A, who", A left the office; he
                     ///< holds it no more, as one called "former"
    RegionHomonym,   ///< "Georgia": a state's name that is also a region of another state (value);
                     ///< right before an office of a city or a region, "Georgia Gov. A", the region's
                     ///< state, not the state of that name
    PlaceLabel,      ///< "venue", "location": a readout's label before a colon; "Venue: Port Moresby."
                     ///< places the meetings told after it, up to the next label or line break
    StanceWord,      ///< "reaffirmed" (value voice), "commitment" (value stance): "A reaffirmed X's
                     ///< commitment" voices X's own stance; A is X's official
    PostedTitle,     ///< "ambassador", "high commissioner": an envoy's title; "to" and a state after it
                     ///< name the state the holder is posted to, where meetings with him are held
    AreaNoun,        ///< "district", "county", "province": the last word of an administrative area's
                     ///< name ("Bugesera District"), no town; a border post named after its town
                     ///< stands in that town
    MeasureNoun,     ///< "hours", "round": "held several hours of talks with B", "held a new round of
                     ///< consultations with B": a measure of the meeting noun after "of", which the hold
                     ///< verb before it holds as it would the noun itself
    OrganisationShortForm, ///< "Commission": standing alone before an office, the short name of the
                           ///< value's first organisation, in a text that names one of the value's
                           ///< ("European Commission|European Union")
    MediationWord,   ///< "mediation", "mediated": the states it names as its agents take part in
                     ///< the meeting; value `of` ("the mediation of A"), `by` ("mediated by A") or
                     ///< `after` ("with A mediating", "A's mediation", "Qatari mediation")
    StateOwnName,    ///< "Côte d'Ivoire", "Türkiye" (value: the gazetteer's name of the state): the
                     ///< name a state asks to be called by, which a text that never writes the
                     ///< gazetteer's name is labelled with
    Count
};

/// A token key carries one bit per Cue (TokenKey::isWordOf(), CueBits): the first 256 Cues
/// answer from it, any later one by a lookup, so a new Cue never needs the bits widened. (At
/// 64, the 34 Cues past it cost a lookup per question: 5% of all extraction instructions; at
/// 128, the 21 past it 1.5%. The bits are the lexicon's, behind a pointer in the key, so their
/// width costs no Token a byte.)
constexpr int kCueBits = CueBits::kBits;
constexpr bool inTokenBits(Cue cue) { return int(cue) < kCueBits; }

struct HashedKey;
struct Phrase;
/// The gazetteer's phrase index (GazetteerData::index): the phrases of each first key.
using PhraseIndex = QHash<HashedKey, std::vector<Phrase>>;

/// Folded key sequence of a phrase and the value it maps to ("kremlin" -> "Moscow").
struct LexiconPhrase
{
    std::vector<QString> keys;
    QString value;
};

class LexiconData;

/// The extractor's vocabulary of meetings: word classes and their values, loaded from data
/// files so that new constructions need no code. The shipped files are compiled in as Qt
/// resources under :/parley/lexicon/; users add their own in the same format. Immutable once
/// built: one instance is shared by all extractor threads.
class Lexicon
{
public:
    Lexicon();
    ~Lexicon();
    Lexicon(const Lexicon&);
    Lexicon& operator=(const Lexicon&);
    Lexicon(Lexicon&&) noexcept;
    Lexicon& operator=(Lexicon&&) noexcept;

    /// The shipped lexicon, read once per process and then shared.
    static Result<Lexicon> builtin();
    /// Adds entries from a lexicon file; errors name the file and line.
    Status addFile(const QString& path);
    /// As addFile(), from text in memory; `name` stands for the file in errors.
    Status addText(const QString& content, const QString& name);
    /// The folder of the user's own lexicon files, shared by the GUI and parley-cli:
    /// $XDG_CONFIG_HOME/parley/lexicon (usually ~/.config/parley/lexicon).
    static QString userLexiconDirectory();
    /// Adds every *.tsv of `directory` (default: userLexiconDirectory()) in name order. A file
    /// with an error is not used (the others are) and its error is returned.
    std::vector<Error> addUserLexicons(const QString& directory = QString());

    /// Whether the folded `key` is a word of class `cue`.
    bool has(Cue cue, const QString& key) const;
    /// As above; a token key this lexicon classified answers from its bits.
    bool has(Cue cue, const TokenKey& key) const
    {
        if (inTokenBits(cue) && key.classifiedBy(m_id))
            return key.isWordOf(int(cue));
        return has(cue, static_cast<const QString&>(key));
    }
    /// The value of `key` in class `cue` ("" when it has none or is absent).
    QString value(Cue cue, const QString& key) const;
    QString value(Cue cue, const TokenKey& key) const
    {
        if (inTokenBits(cue) && key.classifiedBy(m_id))
            return key.isWordOf(int(cue)) ? classifiedValue(cue, key) : QString();
        return value(cue, static_cast<const QString&>(key));
    }
    /// All words of a class (data tests).
    QStringList words(Cue cue) const;
    /// Multi-word phrases of a class starting with `firstKey`, longest first.
    const std::vector<LexiconPhrase>& phrases(Cue cue, const QString& firstKey) const;
    const std::vector<LexiconPhrase>& phrases(Cue cue, const TokenKey& firstKey) const
    {
        if (inTokenBits(cue) && firstKey.classifiedBy(m_id))
            return firstKey.startsPhraseOf(int(cue)) ? classifiedPhrases(cue, firstKey) : kNoPhrases;
        return phrases(cue, static_cast<const QString&>(firstKey));
    }
    /// Records in `key` the classes it has here, so that the overloads above for a TokenKey
    /// answer without a lookup: one lookup per token instead of one per question.
    void classify(TokenKey& key) const;
    /// Whether `key` carries its classes here.
    bool classified(const TokenKey& key) const { return key.classifiedBy(m_id); }

    /// This lexicon, whose token keys also carry their bucket in `index` (KeyClasses::indexBucket):
    /// the extractor matches the gazetteer's phrases at every token, and a hash lookup there
    /// was two cache misses (the node, then the key's characters). `index` must outlive it
    /// unchanged (the extractor's gazetteer holds it).
    Lexicon withPhraseIndex(const PhraseIndex* index) const;
    /// The index given to withPhraseIndex(), or null.
    const PhraseIndex* phraseIndex() const { return m_phraseIndex; }

    /// "meeting-verb" for Cue::MeetingVerb; empty for Count.
    static QString cueName(Cue cue);

private:
    /// value() and phrases() of a key classified here, in a class it has: read from the entry
    /// its classes point to, not by hashing the key into the class's table.
    QString classifiedValue(Cue cue, const TokenKey& key) const;
    const std::vector<LexiconPhrase>& classifiedPhrases(Cue cue, const TokenKey& firstKey) const;

    static inline const std::vector<LexiconPhrase> kNoPhrases;
    std::shared_ptr<LexiconData> m_data;
    /// Names this content for TokenKey::classifiedBy(): new for every new content, shared by
    /// copies (they share the immutable data). Never 0.
    quint64 m_id;
    const PhraseIndex* m_phraseIndex = nullptr;
};

} // namespace parley
