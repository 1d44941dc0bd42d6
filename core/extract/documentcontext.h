// SPDX-License-Identifier: GPL-3.0-or-later
// Working data of one extraction run: everything the passes (officials, coreference, states,
// meetings) share while reading one document. Internal to core/extract.
// The passes' word tables are namespace-scope constants, built before main(): extractor
// threads only read them, with no first-use initialisation (and its guard) in the hot loops.
#pragma once

#include "extract/dates.h"
#include "extract/extraction.h"
#include "extract/gazetteerdata.h"
#include "extract/keyliteral.h"
#include "extract/lexicon.h"
#include "text/document.h"

#include <QHash>
#include <QSet>

#include <memory>

#include <optional>
#include <utility>
#include <vector>

namespace parley {

/// A dictionary phrase found in a sentence, tokens [begin, end).
struct PhraseMatch
{
    int begin = 0;
    int end = 0;
    PhraseKind kind = PhraseKind::State;
    int entry = 0;
    bool plural = false;
    bool capital = false;
};

/// "the president", "the Turkish president": a title with no name, resolved to a person later.
struct DefiniteTitle
{
    int begin = 0;
    int end = 0;
    int title = 0;
    int state = -1;
    int organization = -1; ///< "the UN chief", "the AUC Chairperson": the body written before the title
};

struct SentenceInfo
{
    int index = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    /// Written by prepareSentence() only, which sets `count` with it.
    std::vector<Token> toks;
    /// toks.size(), kept: the passes ask a sentence's size (and key() its bounds) tens of
    /// millions of times per megabyte, and a vector's size() divides by sizeof(Token) (96).
    int count = 0;
    std::vector<PhraseMatch> matches;
    std::vector<int> matchAt;   ///< token -> index into matches, or -1
    std::vector<quint8> quoted; ///< token inside quotation marks
    std::vector<quint8> nameTok; ///< token belongs to a recognised person name
    std::vector<DefiniteTitle> definites;
    std::vector<std::pair<int, int>> officialSpans; ///< "[Syrian Foreign Minister] [name] [of X]"
    int dateline = 0;           ///< tokens [0, dateline) are a dateline ("SEOUL –")
    /// The lexicon its tokens were classified by (prepareSentence()): the words of names
    /// (parseName(), isNameStart()) are read from it.
    const Lexicon* lex = nullptr;
    /// The union of its tokens' word classes in `lex`, every bit set when a key was not
    /// classified there (prepareSentence(); every bit before it): a pass that acts only at a
    /// word of one class asks once and passes over a sentence with none, where it asked every
    /// token (most sentences hold no "predecessor", no delegation, no government word).
    CueBits wordCues = allCues();
    /// As `wordCues`, of the classes whose phrases its tokens start (lexiconPhraseAt()).
    CueBits phraseCues = allCues();
    /// Whether a token of the sentence may be a word of `cue` (Lexicon::has()); never a wrong "no".
    bool mayHaveWordOf(Cue cue) const { return !inTokenBits(cue) || wordCues.test(int(cue)); }
    /// Whether a phrase of `cue` may start at a token of the sentence (lexiconPhraseAt()).
    bool mayStartPhraseOf(Cue cue) const { return !inTokenBits(cue) || phraseCues.test(int(cue)); }
    static CueBits allCues()
    {
        CueBits all;
        all.w.fill(~quint64(0));
        return all;
    }
    /// The document's whole text, which the tokens' offsets index (prepareSentence()).
    QStringView text;
    /// Where the sentence's first line that ends in a colon ends, or -1: the splitter joins a
    /// readout's list of one attendee a line after it ("Participating for X were:\nSecretary A
    /// B\nChief of Staff C D") into one sentence (prepareSentence()).
    qsizetype listFrom = -1;

    /// Whether a line break of such a list stands between token i and the one before it: no
    /// name, title or body runs over from one item's line to the next. (A wrapped paragraph's
    /// line breaks are none: "Chancellor Karl\nHuber spoke".)
    bool lineBreakBefore(int i) const
    {
        if (listFrom < 0 || i <= 0 || i >= count || !toks[std::size_t(i)].spaceBefore)
            return false;
        const qsizetype from = toks[std::size_t(i - 1)].end, to = toks[std::size_t(i)].start;
        return from >= listFrom && to <= text.size() && text.mid(from, to - from).contains(QLatin1Char('\n'));
    }

    const PhraseMatch* matchOf(int i) const
    {
        if (unsigned(i) >= unsigned(count) || matchAt[std::size_t(i)] < 0) // i < 0 too
            return nullptr;
        return &matches[std::size_t(matchAt[std::size_t(i)])];
    }
    const Token& tok(int i) const { return toks[std::size_t(i)]; }
    int size() const { return count; }
    /// The key of token i, or an empty key outside the sentence. By reference: the passes ask
    /// for keys millions of times, and a copy costs two atomic reference-count updates. One
    /// unsigned comparison bounds i on both sides.
    const TokenKey& key(int i) const { return unsigned(i) < unsigned(count) ? toks[std::size_t(i)].key : noKey; }

    static inline const TokenKey noKey;
};

enum class RefKind { Name, Pronoun, Definite, Group };

/// A reference to a person (or, for Group, to the participants of the last meeting).
struct PersonRef
{
    int sentence = 0;
    int begin = 0;
    int end = 0;
    int person = -1; ///< -1 for Group
    RefKind kind = RefKind::Name;
};

struct Person
{
    QString name;             ///< fullest form seen (with a royal title for one-word names)
    std::vector<QString> keys; ///< folded name tokens used for matching (no initials, suffixes)
    QStringList forms;
    QStringList titles;       ///< canonical titles, the first is the main one
    /// how the text joins the titles: "Deputy Chairman of the Cabinet of Ministers, Minister of
    /// Foreign Affairs" lists them with a comma, "Crown Prince and Prime Minister" with "and"
    bool commaTitles = false;
    QString titleRule;
    bool former = false;
    int state = -1;           ///< states index
    int stateStrength = 0;    ///< 3 text pattern, 2 dictionary/inference, 1 document fallback
    bool stateInferred = false; ///< `state` set by assignFallbackStates(), not by text or dictionary
    /// `state` is that of the city a meeting of his is told in: where he met, not whose side he is
    bool stateFromVenue = false;
    QString affiliationRule;
    /// `state` (or `organization`) comes from the people dictionary's entry, not from the text
    bool affiliationFromDictionary = false;
    std::vector<int> notStates; ///< states ruled out: "his Italian counterpart" is not Italian
    int organization = -1;
    int dictionary = -1;      ///< people index
    /// the text gives an office none of the entry's rows holds, and never names the entry's
    /// state: maybe a namesake ("Defense Minister Pedro Sanchez" in a Colombian story)
    bool namesake = false;
    QString rule;
    std::vector<Mention> mentions;
    int lastSentence = -1;
    bool official = false;
    /// described by a calling outside any government ("A, the investor,"): no official however
    /// the text titles him later
    bool privateCalling = false;
    /// Every affiliation is set with the rule that explains it and whether it is the dictionary's.
    void setAffiliation(const QString& rule, bool fromDictionary = false)
    {
        affiliationRule = rule;
        affiliationFromDictionary = fromDictionary;
    }
};

/// A state reference in the text; `counts` is false for datelines and meeting venues.
struct StateHit
{
    int sentence = 0;
    int begin = 0;
    int end = 0;
    int state = 0;
    bool counts = true;
    QString form;
};

struct MeetingDraft
{
    std::vector<int> participants; ///< person indices
    std::vector<int> states;       ///< state indices
    std::vector<int> namedStates;  ///< states named in the text as taking part (not via people)
    std::vector<int> companions;   ///< participants from an attendee list ("accompanied by")
    QString place;   ///< the city
    QString venue;   ///< "the Kremlin", when the text names one
    QString hostSeat; ///< the seat of the host's state, when a host received the guest at the venue
    /// "is in Cameroon for an official visit": the state visited when no city is named; its
    /// capital is the place unless the article says otherwise. -1 for none.
    int visitedState = -1;
    QString when;
    QString iso;
    QString periodIso; ///< "2025-10": the month or year of "in October", "last year", with no one day
    bool whenRelative = false;
    QString mode = QStringLiteral("in person");
    bool strongMode = false;
    QString status = QStringLiteral("held");
    QStringList rules;     ///< in the order found; append with addRule()
    QSet<QString> ruleSet; ///< the same strings, so merging many drafts stays linear
    void addRule(const QString& rule)
    {
        rules << rule;
        ruleSet.insert(rule);
    }
    std::vector<Mention> evidence;
    int lastSentence = -1;
    bool weak = false; ///< one party only so far; dropped unless later sentences add more
    bool aside = false; ///< "The first was held in X": an earlier event told in passing, which
                        ///< no later mention tells again
    /// "B, who was on a visit to Austria": a visit told only as background. Joins, and is
    /// joined by, in-person mentions of its own sentence only ("A met B, who is in Nairobi on a
    /// visit"); dropped unless that gives it a second person.
    bool background = false;
    /// "A met B on the sidelines of the X summit": a side meeting beside a gathering, whose
    /// people attended that gathering too
    bool besideGathering = false;
    /// "The summit, hosted by C, ..." right after a side meeting beside it: the gathering itself
    bool gatheringEvent = false;
    /// "they had already met in Warsaw last autumn": an earlier event recalled, on none of the
    /// article's days, so it lends its city to none of the meetings told on them
    bool earlier = false;
    /// "B later had an audience with C": told as another time of the day, so a lone person's
    /// mention stays its own event, joined to no meeting that has someone it lacks
    bool toldLater = false;
    /// "the visit of B to X in July of last year, when A received him": a visit of one person on
    /// a day of its own, kept for the mention after it that names its other party; left out
    /// when none does
    bool loneRecalled = false;
    /// "Upon his arrival at X airport, A was welcomed by C": the guest's arrival, an event of its
    /// own that only mentions of that arrival join, even when C also attends the talks
    bool arrival = false;
    /// "A met with several heads of state": one host and a group naming no one. The meetings
    /// told after it of A with each person are meetings of their own, which take its day and
    /// place; the lead itself is no meeting.
    bool series = false;
    /// "The foreign ministers of the Nordic countries met in Helsinki": a group naming no one, kept
    /// for the mentions that name its people ("The meeting was chaired by A"); no bilateral
    /// told by a verb after it joins it.
    bool groupLead = false;
    /// "a three-day official visit": an event of several days, whose day told is its first; the
    /// mentions of other days of the same month may tell it again
    bool spansDays = false;
    /// "a meeting chaired by A on Sunday. B and C attended the meeting": told by its chair alone,
    /// whose attendees sit with the chair rather than across from him, so it tells no one's side
    bool chaired = false;
};

/// Each state's capital (capitalCity()) and the state of each capital's folded name: both
/// depend only on the gazetteer and the lexicon, so they are read once per Extractor, not
/// once per place question (each reading tokenizes the state's first place).
struct CityTable
{
    CityTable(const GazetteerData& g, const Lexicon& lex);
    std::vector<QString> capitals; ///< per state; empty when it has no places
    std::vector<QString> seats;    ///< per state: the lexicon's seat of government, else the capital
    QHash<QString, int> stateOfCapital;
    /// per state: the lexicon's territories hold its name, case-folded ("Greenland"); asked of
    /// every state named in every sentence, where folding the name and hashing it cost more
    /// than the rest of the state's hit
    std::vector<quint8> territory;
};

/// Where a meeting took place, read from tokens [from, to) of a sentence.
struct MeetingPlace
{
    QString city;  ///< "Moscow"; empty when the text gives no city
    QString venue; ///< "the Kremlin", "Baghdad International Airport"; may be empty
    int host = -1; ///< the state the place is in, when known
    /// A venue many states have ("the Chancellery"): its city in the lexicon and that city's
    /// state. The city is the meeting's place only when that state takes part in the meeting.
    QString genericCity;
    int genericHost = -1;
    /// "A hosted B at the National Palace": where the host's government sits, for a building
    /// no dictionary places when nothing else in the article places the meeting
    QString hostSeat;
    bool empty() const { return city.isEmpty() && venue.isEmpty(); }
};
/// findMeetingPlace()'s memo: the place read from one span of the sentence it remembers
struct PlaceAnswer
{
    int from = 0;
    int to = 0;
    MeetingPlace place;
};

/// dateOf()'s memo: the date read from one span of the sentence it remembers
struct DateAnswer
{
    int from = 0;
    int to = 0;
    bool future = false;
    DateExpression date;
};

struct DocContext
{
    const Document& doc;
    const GazetteerData& g;
    const Lexicon& lex;
    std::vector<SentenceInfo> sents;
    std::vector<Person> persons;
    std::vector<PersonRef> refs;
    /// Where each resolved sentence's references sit in `refs`: [first, second).
    std::vector<std::pair<std::size_t, std::size_t>> refRange;
    std::vector<StateHit> stateHits;
    std::vector<MeetingDraft> meetings;
    /// Whom the last delegation named serves, for the people it lists ("a Turkish delegation
    /// headed by A", "the delegation of the World Bank led by B"): a state or an organisation
    struct DelegationSide
    {
        int state = -1;
        int organization = -1;
        bool known() const { return state >= 0 || organization >= 0; }
    };
    DelegationSide lastDelegation;
    /// The outlet's home that assignFallbackStates() found by the wire's people ("Prime Minister
    /// A ... his Vanuatu counterpart B": the next state named) or by the city of the lead's
    /// meeting, -1 when none; the dateline's state is not kept here
    int wireHome = -1;
    /// The first sentence of the article's body: the ones before it are a headline and a
    /// byline (lines with no sentence end), so the dateline opens this one.
    int body = 0;
    /// The day the article's relative dates are read against: the document's date, else its
    /// dateline's ("ANKARA, May 5 -") when the year is known. Invalid when neither is.
    QDate anchor;

    /// Built from `g` and `lex`; the Extractor shares one.
    std::shared_ptr<const CityTable> cities;

    /// findMeetingPlace()'s answers in the sentence it was last asked about, by span: the
    /// meeting passes ask the same spans of one sentence many times over (placeOf and its
    /// fallbacks, the parties' adverbials, the arrivals), and a place depends only on the
    /// sentence, the dateline and the dictionaries, none of which change after the officials.
    mutable int placeSentence = -1;
    mutable std::vector<PlaceAnswer> placeAnswers;
    /// findDate()'s answers for dateOf() in the sentence it was last asked about, by span and
    /// tense: dateOf() reads overlapping spans for each trigger, and twice for a trigger that
    /// refers back; a date depends only on the sentence's tokens, the text, the anchor and the
    /// lexicon, none of which change while the meetings are read.
    mutable int dateSentence = -1;
    mutable std::vector<DateAnswer> dateAnswers;

    /// `cityTable` must be built from `gz` and `lx`; without one the context builds its own.
    DocContext(const Document& d, const GazetteerData& gz, const Lexicon& lx,
               std::shared_ptr<const CityTable> cityTable = {})
        : doc(d), g(gz), lex(lx),
          cities(cityTable ? std::move(cityTable) : std::make_shared<const CityTable>(gz, lx))
    {
    }

    QString surface(const SentenceInfo& s, int b, int e) const
    {
        if (b >= e)
            return {};
        const QStringView text = QStringView(doc.text).mid(s.tok(b).start, s.tok(e - 1).end - s.tok(b).start);
        return isSimplified(text) ? text.toString() : text.toString().simplified();
    }
    /// Whether simplified() would leave `text` as it is: words apart by single blanks. Nearly
    /// every name and phrase is, and the check costs less than simplified()'s copy.
    static bool isSimplified(QStringView text)
    {
        QChar prev = QLatin1Char(' '); // a blank first is trimmed
        for (const QChar c : text) {
            if (c.isSpace() && (c != QLatin1Char(' ') || prev == QLatin1Char(' ')))
                return false;
            prev = c;
        }
        return prev != QLatin1Char(' ');
    }
    Mention mention(const SentenceInfo& s, int b, int e, const QString& rule) const
    {
        Mention m;
        m.document = doc.id;
        m.sentence = s.index;
        m.start = s.tok(b).start;
        m.end = s.tok(e - 1).end;
        m.rule = rule;
        return m;
    }
};

// Passes, in the order Extractor::extract runs them.
/// Every pass before the meetings, in order: sentences, the article's date, officials,
/// references and fallback states. `ctx.doc.sentences` must be filled.
void readStatesAndPeople(DocContext& ctx);
void prepareSentence(DocContext& ctx, SentenceInfo& s);
void findOfficials(DocContext& ctx, SentenceInfo& s);
void mergePersons(DocContext& ctx);
/// Resolves sentence `s`, given the names found in it so far (`found`), and appends its
/// references to ctx.refs; sentences are resolved in order.
void resolveReferences(DocContext& ctx, SentenceInfo& s, std::vector<PersonRef> found);
void assignFallbackStates(DocContext& ctx);
void findMeetings(DocContext& ctx);
/// "Mr A arrived at Don Mueang airport, where he was greeted by Transport Minister B": an
/// official whom only a fallback placed, who meets in a city of one state people all of another
/// state (the visitors), is of the city's state: the host.
void assignHostStates(DocContext& ctx);
void refineAffiliations(DocContext& ctx);

/// True when the state named at token i is what is talked about, not a party: it follows a
/// topic phrase of the lexicon ("the situation in Sudan", "coordinate on North Korea",
/// "relations with China").
bool topicState(const DocContext& ctx, const SentenceInfo& s, int i);
/// "President", "Prime Minister": an office at the head of a state or its government.
bool leadsAState(const TitleEntry& t);
/// An official of an international body: one the text gives its organisation, or only a body's
/// kind of office ("the EU's farm commissioner, C", "mission chief B"), and no state.
bool servesABody(const DocContext& ctx, const Person& o);
/// "King", "Crown Prince", "Pope": a royal's rank (or the Pope's), which an office after the
/// name does not replace.
bool isRoyal(const TitleEntry& t);
/// "former", "ex", "late": before an office, one its holder holds no more.
bool pastOfficeWord(const TokenKey& k);
/// The place read from tokens [from, to) of a sentence of ctx.sents (meetingplace.cpp), asked
/// once per sentence and span: findMeetingPlace() keeps its answers in the context.
MeetingPlace readMeetingPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to);
MeetingPlace findMeetingPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to);
/// Whether the "to" at token `to` names a journey's destination past its traveller: "the visit
/// of King A to Abuja", "a trip by B to Lima", "the visit President C paid to Abidjan".
bool travellerBeforeTo(const DocContext& ctx, const SentenceInfo& s, int to);
int lexiconPhraseFrom(const Lexicon& lex, Cue cue, const SentenceInfo& s, int i, const LexiconPhrase** out);
/// The lexicon phrase of class `cue` that is exactly `text` (its words, as the tokenizer keys
/// them), or null.
const LexiconPhrase* lexiconPhraseOf(const Lexicon& lex, Cue cue, const QString& text);
/// The end of the longest lexicon phrase of class `cue` starting at token i, or -1; the
/// phrase's entry goes to `out` when given. Inline: the passes ask it at nearly every token,
/// and the token's class bits answer most of them ("no phrase of this class starts here")
/// without a call; lexiconPhraseFrom() matches the phrases.
inline int lexiconPhraseAt(const Lexicon& lex, Cue cue, const SentenceInfo& s, int i,
                           const LexiconPhrase** out = nullptr)
{
    const TokenKey& first = s.key(i);
    if (inTokenBits(cue) && lex.classified(first) && !first.startsPhraseOf(int(cue)))
        return -1;
    return lexiconPhraseFrom(lex, cue, s, i, out);
}
/// Whether the place or state named at token `begin` is the stop a traveller came from: "from"
/// before it and a journey word (lexicon `journey-verb`) a few words before that in the same
/// clause ("arrived in Bangkok from Vientiane", "flew in from Riyadh", "fresh from Beijing").
inline bool journeyOrigin(const Lexicon& lex, const SentenceInfo& s, int begin)
{
    int f = begin - 1;
    if (f >= 0 && lex.has(Cue::Article, s.key(f)))
        --f;
    if (f < 1 || s.key(f) != "from"_key)
        return false;
    for (int k = f - 1; k >= 0 && k >= f - 6; --k) {
        if (s.tok(k).kind != Token::Word)
            return false;
        if (lex.has(Cue::JourneyVerb, s.key(k)))
            return true;
    }
    return false;
}
/// A state's capital: the first of its gazetteer places, or for a city-state whose first place
/// is its seat ("Istana"), the lexicon's city of that venue. Empty when none is known.
QString capitalCity(const DocContext& ctx, int state);
/// Where a state's government sits: the lexicon's `seat` of a state with two capitals
/// ("Bolivia" -> La Paz, not the constitutional Sucre), else its capital. Its seats of government
/// ("the Palacio Quemado"), the talks it hosts and the visits to it are there.
QString seatCity(const DocContext& ctx, int state);
/// True when the state named at token `i` only says where a city named just before it is:
/// "in Lima, Peru," ("Peru" at i), "in Rio de Janeiro, Brazil".
bool qualifiesCity(const DocContext& ctx, const SentenceInfo& s, int i);
/// The state a city is in (lexicon `city` rows, then the states' capitals), or -1.
int stateOfCity(const DocContext& ctx, const QString& city);
/// The city of a quarter the lexicon knows ("Karen" -> "Nairobi"), or empty.
QString cityOfDistrict(const DocContext& ctx, const QString& place);
/// Whether `place` names an administrative area, no town: its last word, capitalised, is an
/// `area-noun` row ("Bugesera District", "Kajiado County").
bool areaName(const DocContext& ctx, const QString& place);
/// The city of the best-known building of a name many states give one ("Chancellery" -> Berlin),
/// or an empty string when `venue` is no such name.
QString genericVenueCity(const DocContext& ctx, const QString& venue);
/// The city the dictionaries know whose last word is token `end - 1` ("from Muscat, where":
/// end at the comma), with its state; empty when none ends there.
MeetingPlace knownCityEndingAt(const DocContext& ctx, const SentenceInfo& s, int end);
/// "on Bintan Island", "a shipyard on Geoje Island": from the "on" at token `on`, a run of
/// capitalised words (before `to`) that a town noun ends names the town, the noun left out
/// ("Bintan"); an empty place otherwise.
MeetingPlace islandAt(const DocContext& ctx, const SentenceInfo& s, int on, int to);
/// The city the dictionaries know that starts at token `begin` ("visit Beijing"), with its
/// state; empty when none starts there.
MeetingPlace knownCityStartingAt(const DocContext& ctx, const SentenceInfo& s, int begin);
/// "the Sharm El-Sheikh Peace Summit", "the Johannesburg G20 summit": the city the dictionaries
/// know inside the name of a gathering that starts at token `b` (capitalised words whose head,
/// last or right after them, is a gathering or meeting noun), or an empty place.
MeetingPlace gatheringNameCity(const DocContext& ctx, const SentenceInfo& s, int b);
/// The city of the article's dateline ("ANKARA, May 5 (Reuters) -" -> "Ankara"), and its state.
QString datelineCity(const DocContext& ctx, int* state);
/// "Venue: Port Moresby.", "Location: State House, Entebbe": the known city (and venue) a
/// readout's label line names (a place-label word, a colon, the place), an empty place for a
/// label line that names no known city, nothing when the sentence is no label line.
std::optional<MeetingPlace> labelledPlace(const DocContext& ctx, const SentenceInfo& s);

// Shared helpers.
/// The states the article names (hits that count), most often named first; on a tie the one
/// named first comes first.
std::vector<int> statesByProminence(const DocContext& ctx);
/// Capitalised words that start sentences or clauses but never begin a person's name.
bool isStopWord(const Lexicon& lex, const TokenKey& key);
/// "bin", "von", "al": a particle inside a person's name.
bool isParticle(const Lexicon& lex, const TokenKey& key);
bool isNameStart(const SentenceInfo& s, int i);
int parseName(const SentenceInfo& s, int i, int limit);
/// The person whose name keys hold `keys` (of `state` unless -1); with `sentence` >= 0, the one
/// named last up to that sentence, else the one named next after it.
int findPersonByKeys(const DocContext& ctx, const std::vector<QString>& keys, int state, int sentence = -1);
std::vector<QString> nameKeys(const SentenceInfo& s, int b, int e);

} // namespace parley
