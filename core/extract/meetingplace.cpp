// SPDX-License-Identifier: GPL-3.0-or-later
// The place pass of meetings: where an event happened, as a city ("Moscow") and, when the text
// names one, a venue ("the Kremlin"). Cities and venues come from the gazetteer's state places
// (capital first) and the lexicon's `city` and `venue` sets; the words that introduce a place
// and the words that end a venue's name are lexicon data too.
#include "extract/documentcontext.h"

#include <algorithm>

namespace parley {

namespace {

bool capitalWord(const SentenceInfo& s, int i)
{
    // "met B in May": a month is a time, never a place. "MET B IN PARIS ON TUESDAY": in words
    // written in capitals on both sides, a function word is capitalised only by the writing and
    // carries no name on (not "the OR Tambo Building": an acronym's capitals)
    const auto capsAt = [&s](int k) { return k >= 0 && k < s.size() && s.tok(k).allCaps; };
    return i < s.size() && s.tok(i).kind == Token::Word && s.tok(i).cap && !s.nameTok[std::size_t(i)] &&
           !isCalendarWord(s.tok(i)) && !isMonthWord(s.tok(i)) &&
           !(s.tok(i).allCaps && s.key(i).size() >= 2 && capsAt(i - 1) && capsAt(i + 1) &&
             s.lex->has(Cue::FunctionWord, s.key(i)));
}

// The end of the run of capitalised words from `j` that no dictionary phrase of a state,
// demonym, title or agency (or person, unless `throughPersons`) interrupts (at most 6 words).
int capitalRun(const SentenceInfo& s, int j, int to, bool throughPersons = false)
{
    int e = j;
    while (e < to && e - j < 6 && capitalWord(s, e)) {
        const PhraseMatch* pm = s.matchOf(e);
        if (pm && pm->begin == e && (pm->kind == PhraseKind::State || pm->kind == PhraseKind::Demonym ||
                                     pm->kind == PhraseKind::Title || pm->kind == PhraseKind::Agency ||
                                     (pm->kind == PhraseKind::Person && !throughPersons)))
            break;
        ++e;
    }
    return e;
}

} // namespace

// The lexicon phrase of class `cue` that is exactly `text`, or null.
const LexiconPhrase* lexiconPhraseOf(const Lexicon& lex, Cue cue, const QString& text)
{
    const SharedTokens toks = shortTokens(text);
    if (toks.empty())
        return nullptr;
    for (const LexiconPhrase& c : lex.phrases(cue, toks.front().key)) {
        if (c.keys.size() == toks.size() &&
            std::equal(c.keys.begin(), c.keys.end(), toks.begin(), [](const QString& k, const Token& t) {
                return k == t.key;
            }))
            return &c;
    }
    return nullptr;
}

namespace {

QString readCapital(const GazetteerData& g, const Lexicon& lex, int state)
{
    const QStringList& places = g.states[std::size_t(state)].places;
    if (places.isEmpty())
        return {};
    // A city-state's first place is its seat ("Istana", "Apostolic Palace"): the venue's city.
    if (const LexiconPhrase* v = lexiconPhraseOf(lex, Cue::Venue, places.front()))
        return v->value;
    if (const LexiconPhrase* v = lexiconPhraseOf(lex, Cue::GenericVenue, places.front()))
        return v->value;
    return places.front();
}

} // namespace

CityTable::CityTable(const GazetteerData& g, const Lexicon& lex)
{
    capitals.reserve(g.states.size());
    seats.reserve(g.states.size());
    territory.reserve(g.states.size());
    for (std::size_t st = 0; st < g.states.size(); ++st) {
        territory.push_back(lex.has(Cue::Territory, g.states[st].name.toCaseFolded()) ? 1 : 0);
        capitals.push_back(readCapital(g, lex, int(st)));
        const LexiconPhrase* seat = lexiconPhraseOf(lex, Cue::Seat, g.states[st].name);
        seats.push_back(seat ? seat->value : capitals.back());
        const QString key = foldKey(capitals.back());
        // The first state whose capital it is, as a scan of the states in order finds it.
        if (!g.states[st].places.isEmpty() && !stateOfCapital.contains(key))
            stateOfCapital.insert(key, int(st));
    }
}

QString capitalCity(const DocContext& ctx, int state)
{
    return ctx.cities->capitals[std::size_t(state)];
}

QString seatCity(const DocContext& ctx, int state)
{
    return ctx.cities->seats[std::size_t(state)];
}

bool qualifiesCity(const DocContext& ctx, const SentenceInfo& s, int i)
{
    if (i < 2 || s.key(i - 1) != ","_key)
        return false;
    for (int b = std::max(0, i - 5); b < i - 1; ++b) {
        const PhraseMatch* pm = s.matchOf(b);
        if (pm && pm->begin == b && pm->end == i - 1 && pm->kind == PhraseKind::Place)
            return true;
        if (lexiconPhraseAt(ctx.lex, Cue::City, s, b) == i - 1)
            return true;
    }
    // "in Savannah, Georgia,": a town no dictionary knows, capitalised words right after "in" or
    // "at" and before the comma, is qualified all the same (session 25, states25)
    for (int b = i - 2; b >= std::max(1, i - 4); --b) {
        const Token& tk = s.tok(b);
        if (tk.kind != Token::Word || !tk.cap || s.matchOf(b) || s.nameTok[std::size_t(b)])
            return false;
        if (s.key(b - 1) == "in"_key || s.key(b - 1) == "at"_key)
            return true;
    }
    return false;
}

namespace {

// "on the coup in Guinea-Bissau", "about the future of the fighting in Sudan", "to discuss
// migration from Libya": a topic word, a short group of lowercase words (a noun, its modifiers,
// "of" chains) and a word that ties the group to the state at `at`: the state is what the group
// is about. Not "on behalf of Kenya": a side head makes the state a side. A capitalized word, a
// punctuation mark or a date ends the group ("on Monday in Kenya"), except a state that is a
// topic itself before "and" or "or": "the war in Sudan and tensions in South Sudan" (session 25,
// states25).
bool topicGroupBefore(const DocContext& ctx, const SentenceInfo& s, int at)
{
    const Lexicon& lex = ctx.lex;
    constexpr int reach = 7;
    if (at < 3 || !lex.has(Cue::TopicLink, s.key(at - 1)) || lex.has(Cue::SideHead, s.key(at - 2)))
        return false;
    for (int b = at - 2; b >= std::max(0, at - 2 - reach); --b) {
        const Token& tk = s.tok(b);
        if (tk.cap || (tk.kind != Token::Word && tk.kind != Token::Number))
            return false;
        if (b < at - 2 && (lexiconPhraseAt(lex, Cue::TopicBefore, s, b) == b + 1 ||
                           lex.has(Cue::TopicOpener, s.key(b))))
            return true;
        if (b < at - 2 && (s.key(b) == "and"_key || s.key(b) == "or"_key)) {
            const PhraseMatch* prev = s.matchOf(b - 1);
            if (prev && prev->end == b && prev->kind == PhraseKind::State)
                return topicState(ctx, s, prev->begin);
        }
    }
    return false;
}

} // namespace

bool topicState(const DocContext& ctx, const SentenceInfo& s, int i)
{
    // "on the situation in Sudan": the phrase may end right before the state or before its "the"
    const int at = s.key(i - 1) == "the"_key ? i - 1 : i;
    for (int b = std::max(0, at - 4); b < at; ++b)
        if (lexiconPhraseAt(ctx.lex, Cue::TopicBefore, s, b) == at)
            return true;
    // "discussed Ukraine, Iran and North Korea": a state's name as the object of a topic verb
    // (the states joined to it are topics through joinedToTopic); not a demonym, which may
    // open a side ("addressed Kenyan lawmakers") (session 25, states25)
    const PhraseMatch* pm = s.matchOf(i);
    if (at > 0 && ctx.lex.has(Cue::TopicOpener, s.key(at - 1)) && pm && pm->begin == i && pm->kind == PhraseKind::State)
        return true;
    return topicGroupBefore(ctx, s, at);
}

int stateOfCity(const DocContext& ctx, const QString& city)
{
    if (const LexiconPhrase* p = lexiconPhraseOf(ctx.lex, Cue::City, city))
        return ctx.g.stateIndex(p->value);
    return ctx.cities->stateOfCapital.value(foldKey(city), -1);
}

// The city a part of a city is in, for a place read as a town: a quarter the lexicon lists
// ("Karen" -> Nairobi), or a region word that names a part of a city (region-word rows of
// value city-part) and a city the dictionaries know ("Central Jakarta", "South Jakarta",
// "Greater Accra" -> the city). "New Delhi" is a city of its own ("new" names no part), and so is
// one the dictionaries know ("East London" in South Africa).
QString cityOfDistrict(const DocContext& ctx, const QString& place)
{
    if (const LexiconPhrase* district = lexiconPhraseOf(ctx.lex, Cue::District, place))
        return district->value;
    const SharedTokens words = shortTokens(place);
    if (words.size() < 2 || stateOfCity(ctx, place) >= 0 || words.front().kind != Token::Word || !words.front().cap ||
        ctx.lex.value(Cue::RegionWord, words.front().key) != "city-part"_key)
        return QString();
    const QString rest = place.mid(words[1].start);
    return stateOfCity(ctx, rest) >= 0 ? rest : QString();
}

QString genericVenueCity(const DocContext& ctx, const QString& venue)
{
    QString name = venue;
    if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        name = name.mid(4);
    const LexiconPhrase* generic = lexiconPhraseOf(ctx.lex, Cue::GenericVenue, name);
    return generic ? generic->value : QString();
}

bool areaName(const DocContext& ctx, const QString& place)
{
    const SharedTokens words = shortTokens(place);
    if (words.size() < 2)
        return false;
    const Token& last = words.tokens().back();
    return last.cap && ctx.lex.has(Cue::AreaNoun, last.key);
}

namespace {

// The end of a city the dictionaries know starting at token c (a gazetteer capital or a
// lexicon city), or -1; its state goes to `host` when given.
int knownCityAt(const DocContext& ctx, const SentenceInfo& s, int c, int* host = nullptr)
{
    int state = -1;
    int end = -1;
    const PhraseMatch* pm = s.matchOf(c);
    const LexiconPhrase* city = nullptr;
    if (pm && pm->begin == c && pm->kind == PhraseKind::Place && pm->capital) {
        end = pm->end;
        state = pm->entry;
    } else if (end = lexiconPhraseAt(ctx.lex, Cue::City, s, c, &city); end > 0) {
        state = ctx.g.stateIndex(city->value);
    }
    if (host)
        *host = state;
    return end;
}

// The city the dictionaries know right after the comma at token `e` ("at State House,
// Nairobi", "in Plateau, Abidjan").
MeetingPlace cityAfterComma(const DocContext& ctx, const SentenceInfo& s, int e)
{
    MeetingPlace out;
    if (e + 1 >= s.size() || s.key(e) != ","_key)
        return out;
    const int c = e + 1;
    // "at the Office of the Prime Minister, Whitehall, Port of Spain", "at State House, Plateau,
    // Abidjan": a quarter no dictionary names as a city (or one the lexicon places elsewhere),
    // then the known city it is in
    {
        const LexiconPhrase* quarter = nullptr;
        int qe = lexiconPhraseAt(ctx.lex, Cue::District, s, c, &quarter);
        if (qe < 0 && capitalWord(s, c) && s.matchOf(c) == nullptr && capitalRun(s, c, s.size()) - c <= 3)
            qe = capitalRun(s, c, s.size());
        if (qe > c && qe + 1 < s.size() && s.key(qe) == ","_key && knownCityAt(ctx, s, qe + 1) > 0) {
            if (MeetingPlace city = cityAfterComma(ctx, s, qe); !city.city.isEmpty())
                return city;
        }
    }
    int end = knownCityAt(ctx, s, c, &out.host);
    // "in Pejambon, Central Jakarta": a part of the city a region word names (the region word
    // keeps the city from being read as a place of its own)
    if (end < 0 && c + 1 < s.size() && s.tok(c).cap && ctx.lex.has(Cue::RegionWord, s.key(c))) {
        const int run = capitalRun(s, c + 1, s.size());
        const int host = run > c + 1 ? stateOfCity(ctx, ctx.surface(s, c + 1, run)) : -1;
        if (host >= 0 && (run >= s.size() || s.tok(run).kind == Token::Punct)) {
            out.city = ctx.surface(s, c + 1, run);
            out.host = host;
            return out;
        }
    }
    if (end < 0)
        return MeetingPlace();
    // "in Lachin, Baku said", "in Sunan, Pyongyang's agency reported": the city starts a
    // clause of its own
    const bool apposed = end >= s.size() ||
                         (s.tok(end).kind == Token::Punct && s.tok(end).punct != QLatin1Char('\'') &&
                          s.tok(end).punct != QChar(0x2019)) ||
                         (!s.tok(end).cap && !ctx.lex.has(Cue::SpeechVerb, s.key(end)));
    if (!apposed)
        return MeetingPlace();
    out.city = ctx.surface(s, c, end);
    return out;
}

// The first city the dictionaries know inside the name [b, e) of a venue: "the Jakarta
// Convention Center", "a Riyadh hotel", "the National Airport Minsk".
MeetingPlace cityInName(const DocContext& ctx, const SentenceInfo& s, int b, int e)
{
    MeetingPlace out;
    for (int w = b; w < e; ++w) {
        const PhraseMatch* pm = s.matchOf(w);
        const LexiconPhrase* city = nullptr;
        if (pm && pm->begin == w && pm->kind == PhraseKind::Place && pm->capital && pm->end <= e) {
            out.city = ctx.surface(s, w, pm->end);
            out.host = pm->entry;
            return out;
        }
        if (const int ce = lexiconPhraseAt(ctx.lex, Cue::City, s, w, &city); ce > 0 && ce <= e) {
            out.city = ctx.surface(s, w, ce);
            out.host = ctx.g.stateIndex(city->value);
            return out;
        }
    }
    return out;
}

// "discussed the situation in Gaza", "the war in Sudan": token i ends a topic phrase, and the
// place after it is what was talked about, not where.
bool endsTopic(const DocContext& ctx, const SentenceInfo& s, int i)
{
    for (int b = std::max(0, i - 2); b < i; ++b)
        if (lexiconPhraseAt(ctx.lex, Cue::TopicBefore, s, b) == i + 1)
            return true;
    return false;
}

MeetingPlace readPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to);

// The end of the lower-case word at token `k` before `to`, a hyphenated compound taken whole
// ("one-stop", "state-of-the-art"), or `k` when no lower-case word starts there.
int lowerCompoundEnd(const SentenceInfo& s, int k, int to)
{
    const auto lower = [&](int w) { return w < to && s.tok(w).kind == Token::Word && !s.tok(w).cap; };
    if (!lower(k))
        return k;
    int e = k + 1;
    while (lower(e) && s.tok(e).hyphenBefore)
        ++e;
    return e;
}

// The town a border venue [start, e) is named after: its head word (the last) a venue-head row
// of value town-named, its first word a capitalised one no dictionary knows, and the words
// between either all capitalised ("Busia One Stop Border Post") or none ("Beitbridge border
// post"); empty otherwise.
QString townOfBorderVenue(const DocContext& ctx, const SentenceInfo& s, int start, int e, int to)
{
    if (e - start < 2 || ctx.lex.value(Cue::VenueHead, s.key(e - 1)) != "town-named"_key || !s.tok(start).cap ||
        s.nameTok[std::size_t(start)] || isStopWord(ctx.lex, s.key(start)) || s.matchOf(start) != nullptr)
        return QString();
    const int run = capitalRun(s, start, to);
    if (run != start + 1 && run != e)
        return QString();
    return ctx.surface(s, start, start + 1);
}

// The end of a border venue named after its town that starts at token `j`: capitalised words,
// then lower-case ones, the last a venue-head row of value town-named ("Nemba one-stop border
// post"); -1 when none starts there.
int borderVenueEnd(const DocContext& ctx, const SentenceInfo& s, int j, int to)
{
    if (j >= to || !capitalWord(s, j))
        return -1;
    int e = capitalRun(s, j, to);
    while (e < to && ctx.lex.value(Cue::VenueHead, s.key(e - 1)) != "town-named"_key) {
        const int next = lowerCompoundEnd(s, e, to);
        if (next == e || next - j > 8 || isStopWord(ctx.lex, s.key(e)))
            return -1;
        e = next;
    }
    const bool border = ctx.lex.value(Cue::VenueHead, s.key(e - 1)) == "town-named"_key &&
                        !townOfBorderVenue(ctx, s, j, e, to).isEmpty();
    return border ? e : -1;
}

// "the Nemba border post in Bugesera District": the border venue named after its town that ends
// right before the "in" at token `in`, as a place (the town, the post its venue), or an empty one.
MeetingPlace borderPostBefore(const DocContext& ctx, const SentenceInfo& s, int in)
{
    constexpr int kReach = 8;
    for (int b = in - 2; b >= std::max(0, in - kReach); --b) {
        if (borderVenueEnd(ctx, s, b, in) != in)
            continue;
        MeetingPlace out;
        out.city = townOfBorderVenue(ctx, s, b, in, in);
        out.venue = ctx.surface(s, b, in);
        return out;
    }
    return MeetingPlace();
}

// The end of a run of words [b, e) at the first line break inside it: "AU chief visits
// Antananarivo\nRolling power cuts ...", a headline the splitter joined to the next line, names
// "Antananarivo", not "Antananarivo Rolling".
int lineEnd(const DocContext& ctx, const SentenceInfo& s, int b, int e)
{
    for (int k = b + 1; k < e; ++k) {
        const qsizetype gap = s.tok(k).start - s.tok(k - 1).end;
        if (gap > 0 && QStringView(ctx.doc.text).mid(s.tok(k - 1).end, gap).contains(QLatin1Char('\n')))
            return k;
    }
    return e;
}

// "the visit of King A to Abuja", "a trip by Foreign Minister B to Lima": a travel noun, "of" or
// "by", the traveller's title and name (capitalised words, a demonym, "the"), then the "to" at
// token `to`: that "to" names the journey's destination. Also "the visit President A paid to
// Abidjan", "the trip that B made to Lima": the traveller, then a verb of paying a visit.
} // namespace

bool travellerBeforeTo(const DocContext& ctx, const SentenceInfo& s, int to)
{
    // "his first trip as president to Chisinau", "a visit as the new foreign minister to Rabat":
    // a travel word, then "as" and the traveller's office (lower-case words, a title, a
    // demonym), then the "to" of the journey's destination
    for (int a = to - 2; a >= std::max(s.dateline + 1, to - 7); --a) {
        if (s.key(a) == "as"_key) {
            if (ctx.lex.has(Cue::TravelWord, s.key(a - 1)) && !s.tok(a - 1).cap)
                return true;
            break;
        }
        const PhraseMatch* pm = s.matchOf(a);
        // ("as Japan's leader": a state's possessive names the office's state)
        const bool office = (s.tok(a).kind == Token::Word && !s.tok(a).cap) || s.key(a) == "'s"_key ||
                            (pm && (pm->kind == PhraseKind::Title || pm->kind == PhraseKind::Demonym ||
                                    pm->kind == PhraseKind::State));
        if (!office || s.nameTok[std::size_t(a)])
            break;
    }
    int b = to - 1;
    const bool paid = b > s.dateline && ctx.lex.has(Cue::CallOnCue, s.key(b)) && !s.tok(b).cap;
    if (paid)
        --b;
    if (paid && b > s.dateline && ctx.lex.has(Cue::PerfectAux, s.key(b)))
        --b;
    const int last = b;
    for (; b >= std::max(s.dateline + 1, to - 12); --b) {
        const TokenKey& k = s.key(b);
        const bool travel = ctx.lex.has(Cue::TravelWord, s.key(b - 1)) && !s.tok(b - 1).cap;
        // ("The visit is the second by A to Doha", "the trip was the first by a Chinese leader to X":
        // the travel noun the ordinal stands for, before "is the")
        const auto countedTravel = [&] {
            return b - 4 >= s.dateline && (ctx.lex.has(Cue::Ordinal, s.key(b - 1)) || s.key(b - 1) == "first"_key) &&
                   s.key(b - 2) == "the"_key && ctx.lex.has(Cue::PassiveAux, s.key(b - 3)) &&
                   ctx.lex.has(Cue::TravelWord, s.key(b - 4)) && !s.tok(b - 4).cap;
        };
        if (!paid && (k == "of"_key || k == "by"_key))
            return b + 1 < to && b - 1 >= s.dateline && (travel || (k == "by"_key && countedTravel()));
        if (paid && (k == "that"_key || k == "which"_key) && b < last)
            return travel;
        const Token& w = s.tok(b);
        // ("President A of Ghana paid": a state after "of" is part of the traveller's title)
        const PhraseMatch* after = paid && k == "of"_key ? s.matchOf(b + 1) : nullptr;
        const bool nameWord =
            (w.kind == Token::Word && (w.cap || s.nameTok[std::size_t(b)] || k == "the"_key || k == "a"_key)) ||
            (after && after->begin == b + 1 && after->kind == PhraseKind::State);
        // ("Hassan bin Abdullah al-Ghanim", "a Chilean foreign minister"): lower-case particles
        // and hyphens inside a person's name, a title written in lower case
        const PhraseMatch* pm = s.matchOf(b);
        if (!nameWord && !(pm && (pm->kind == PhraseKind::Person || pm->kind == PhraseKind::Title ||
                                  pm->kind == PhraseKind::Demonym)))
            return false;
        if (paid && travel && b - 1 >= s.dateline)
            return true;
    }
    return false;
}

namespace {

// "Qatar's Minister of State at the Ministry of Foreign Affairs": an "at" right after a title,
// before a ministry's name, names where the office is held, not where anyone met ("received the
// minister at Gudaibiya Palace" does).
bool titleComplement(const SentenceInfo& s, int i)
{
    const PhraseMatch* title = i > 0 && s.key(i) == "at"_key ? s.matchOf(i - 1) : nullptr;
    return title && title->kind == PhraseKind::Title && title->end == i;
}

// The place an "in" a few words after token `e` names: "the Ministry's headquarters in
// downtown Lima", "at Sagerska huset in Stockholm".
MeetingPlace placeInAfter(const DocContext& ctx, const SentenceInfo& s, int e)
{
    int after = e;
    while (after < std::min(s.size(), e + 4) && s.key(after) != "in"_key)
        ++after;
    if (s.key(after) != "in"_key)
        return MeetingPlace();
    return readPlace(ctx, s, after, std::min(s.size(), after + 8));
}

// "the Saudi Red Sea city of Jeddah", "the southern Indian city of Chennai", "the island of Jeju",
// from token `b` (after "the"): a few words, a town noun, "of" and the town's name; a demonym
// among the words is the town's state.
MeetingPlace townOfNoun(const DocContext& ctx, const SentenceInfo& s, int b)
{
    MeetingPlace out;
    int host = -1;
    for (int w = b; w < std::min(s.size() - 2, b + 6); ++w) {
        if (s.tok(w).kind != Token::Word || s.key(w) == "of"_key || s.key(w) == "the"_key)
            return out;
        if (const PhraseMatch* dm = s.matchOf(w); dm && dm->kind == PhraseKind::Demonym)
            host = dm->entry;
        if (!ctx.lex.has(Cue::TownNoun, s.key(w)) || s.tok(w).cap || s.key(w + 1) != "of"_key || !capitalWord(s, w + 2))
            continue;
        const int c = w + 2;
        int e = std::max(capitalRun(s, c, s.size()), knownCityAt(ctx, s, c));
        // "the town of Foz do Iguaçu": a lower-case particle inside the name
        while (e + 1 < s.size() && e - c < 6 && ctx.lex.has(Cue::PlaceParticle, s.key(e)) && capitalWord(s, e + 1))
            e = capitalRun(s, e + 1, s.size());
        if (e <= c)
            return out;
        out.city = ctx.surface(s, c, e);
        out.host = host >= 0 ? host : stateOfCity(ctx, out.city);
        return out;
    }
    return out;
}

// "at the Rumichaca bridge near Ipiales", "met outside Quito": the town a near-word at token `e`
// names (a city the dictionaries know, or up to three capitalised words that are no state and
// own nothing), or an empty place.
MeetingPlace townNear(const DocContext& ctx, const SentenceInfo& s, int e)
{
    MeetingPlace out;
    const int c = e < s.size() ? lexiconPhraseAt(ctx.lex, Cue::NearWord, s, e) : -1;
    if (c <= 0 || c >= s.size())
        return out;
    if (const int end = knownCityAt(ctx, s, c, &out.host); end > 0) {
        out.city = ctx.surface(s, c, end);
        return out;
    }
    // "at the Blair House near the White House", "at the ministry near the Kremlin": a landmark
    // the lexicon places is in its city
    const int landmark = s.key(c) == "the"_key && c + 1 < s.size() ? c + 1 : c;
    if (const LexiconPhrase* venue = nullptr; s.tok(landmark).cap && lexiconPhraseAt(ctx.lex, Cue::Venue, s, landmark, &venue) > 0) {
        out.city = venue->value;
        out.host = stateOfCity(ctx, out.city);
        return out;
    }
    const PhraseMatch* m = s.matchOf(c);
    const int end = capitalRun(s, c, s.size());
    if (!capitalWord(s, c) || (m && m->begin == c) || end - c > 3 ||
        (end < s.size() && (s.key(end) == "'s"_key || ctx.lex.has(Cue::VenueHead, s.key(end)))))
        return out;
    out.city = ctx.surface(s, c, end);
    out.host = stateOfCity(ctx, out.city);
    return out;
}

// "leader of Hope in Action (HIA)": whether the name [start, e) after the "in" at token i ends a
// longer name whose initials, "in" among them or not, the abbreviation in brackets right after
// it spells: the "in" is inside that name, no place.
bool insideAbbreviatedName(const DocContext& ctx, const SentenceInfo& s, int i, int start, int e)
{
    if (e + 2 >= s.size() || s.tok(e).kind != Token::Punct || s.tok(e).punct != QLatin1Char('(') ||
        s.tok(e + 2).kind != Token::Punct || s.tok(e + 2).punct != QLatin1Char(')'))
        return false;
    const QString abbreviation = ctx.surface(s, e + 1, e + 2).toUpper();
    if (abbreviation.size() < 2 || start != i + 1)
        return false;
    for (int b = i - 1; b >= std::max(0, i - 5) && s.tok(b).kind == Token::Word && s.tok(b).cap; --b) {
        QString all;
        QString capitals;
        for (int w = b; w < e; ++w) {
            const QChar first = ctx.surface(s, w, w + 1).at(0).toUpper();
            all += first;
            if (s.tok(w).cap)
                capitals += first;
        }
        if (all == abbreviation || capitals == abbreviation)
            return true;
    }
    return false;
}

MeetingPlace readPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    MeetingPlace out;
    auto capitalOf = [&](int st) { return capitalCity(ctx, st); };
    auto seatOf = [&](int st) { return seatCity(ctx, st); };
    for (int i = from; i < to - 1; ++i) {
        const TokenKey& k = s.key(i);
        // "met near Ipiales", "talks outside Quito", "met B near Ipiales": a near-word right after a
        // meeting verb or noun, or after the name of the one met
        if (i > from && (ctx.lex.has(Cue::MeetingVerb, s.key(i - 1)) || ctx.lex.has(Cue::MeetingNoun, s.key(i - 1)) ||
                         s.nameTok[std::size_t(i - 1)])) {
            if (MeetingPlace near = townNear(ctx, s, i); !near.city.isEmpty())
                return near;
        }
        // "the summit hosted by Jeddah": a place cue of value city-after ending at "by", then a
        // city the dictionaries know (a state after it names the host: no city)
        if (k == "by"_key && i > from) {
            const LexiconPhrase* cue = nullptr;
            if (lexiconPhraseAt(ctx.lex, Cue::PlaceCue, s, i - 1, &cue) == i + 1 && cue->value == "city-after"_key)
                if (int host = -1; knownCityAt(ctx, s, i + 1, &host) > 0) {
                    out.city = ctx.surface(s, i + 1, knownCityAt(ctx, s, i + 1));
                    out.host = host;
                    return out;
                }
        }
        // every reading below opens at "in", "at", "to", "into", "on" or a travel word: any
        // other word is skipped by one test
        if (k != "in"_key && k != "at"_key && k != "to"_key && k != "into"_key && k != "on"_key &&
            !ctx.lex.has(Cue::TravelWord, k))
            continue;
        // "Commander-in-Chief", "editor-in-chief", "face-to-face": a word joined by hyphens to
        // its neighbours is inside a compound, no preposition of place
        if (s.tok(i).hyphenBefore || s.tok(i + 1).hyphenBefore)
            continue;
        bool at = k == "in"_key || k == "at"_key;
        // "to" names a destination only after a travel word: "a visit to Pyongyang"; a
        // travel verb takes it as its object: "visited Kyiv"
        // ... as "visiting" does ("who is visiting Oslo"), a travel word that is no meeting verb
        // (not a receiving verb whose object is the guest: "welcomed Singapore investment")
        const bool visited = ctx.lex.has(Cue::TravelWord, k) && ctx.lex.value(Cue::TravelWord, k) != "guest"_key &&
                             (ctx.lex.has(Cue::MeetingVerb, k) || ctx.lex.value(Cue::TravelWord, k) == "object"_key);
        // ... and "welcomed B to the Kazakh capital" names one after any verb
        const PhraseMatch* dem = s.key(i + 1) == "the"_key ? s.matchOf(i + 2) : nullptr;
        const bool toCapital = k == "to"_key && dem && dem->begin == i + 2 && dem->kind == PhraseKind::Demonym &&
                               s.key(dem->end) == "capital"_key;
        // ... and "welcomed B to the Casa Rosada", "hosted B to Downing Street": a building the
        // lexicon knows
        const int venueAt = s.key(i + 1) == "the"_key ? i + 2 : i + 1;
        const bool toVenue = k == "to"_key && s.tok(std::min(venueAt, s.size() - 1)).cap &&
                             lexiconPhraseAt(ctx.lex, Cue::Venue, s, venueAt) > 0;
        // "flew into Sydney": a city the dictionaries know after "into" ("an inquiry into
        // Russia" names no place)
        const bool into = k == "into"_key && i + 1 < s.size() && knownCityAt(ctx, s, i + 1) > 0;
        // "travelled to Kyiv", "flew back to Kyiv": "to" after a travel word and at most one
        // lower-case word
        // ... or after the traveller a travel noun names ("the visit of King A to Abuja")
        const bool travelTo = k == "to"_key && (ctx.lex.has(Cue::TravelWord, s.key(i - 1)) ||
                                                (i >= 2 && s.tok(i - 1).kind == Token::Word && !s.tok(i - 1).cap &&
                                                 ctx.lex.has(Cue::TravelWord, s.key(i - 2))) ||
                                                travellerBeforeTo(ctx, s, i));
        // ("travelled from Abuja to Lomé": or after the stop the traveller came from)
        bool fromTo = false;
        if (k == "to"_key && !travelTo)
            for (int f = i - 1; f >= std::max(1, i - 4) && !fromTo; --f) {
                if (s.key(f) == "from"_key) {
                    fromTo = f + 1 < i && journeyOrigin(ctx.lex, s, f + 1);
                    break;
                }
                if (s.tok(f).kind != Token::Word || !s.tok(f).cap)
                    break;
            }
        // "welcomed B to Canberra": a city the dictionaries know after "to" and a receiving verb
        bool toCity = false;
        if (k == "to"_key && i + 1 < s.size() && knownCityAt(ctx, s, i + 1) > 0) {
            for (int v = i - 1; v >= std::max(s.dateline, i - 10) && !toCity; --v) {
                const LexiconPhrase* verb = nullptr;
                toCity = lexiconPhraseAt(ctx.lex, Cue::MeetingVerb, s, v, &verb) > 0 && verb->value == "receive"_key;
            }
        }
        if (k == "on"_key && !endsTopic(ctx, s, i)) {
            if (MeetingPlace island = islandAt(ctx, s, i, to); !island.city.isEmpty())
                return island;
        }
        // "on the island of Jeju"
        const bool onTown = k == "on"_key && s.key(i + 1) == "the"_key;
        if (!at && !visited && !toCapital && !toVenue && !into && !travelTo && !fromTo && !toCity && !onTown)
            continue;
        if (endsTopic(ctx, s, i))
            continue;
        if ((at || onTown) && s.key(i + 1) == "the"_key) {
            if (MeetingPlace town = townOfNoun(ctx, s, i + 2); !town.city.isEmpty())
                return town;
        }
        // "met on the Rumichaca bridge": a name that a venue's head word ends, read as after "at"
        if (onTown) {
            const int run = capitalRun(s, i + 2, to);
            const int head = run < to && !s.tok(run).cap ? run : run - 1;
            if (run == i + 2 || head >= to || !ctx.lex.has(Cue::VenueHead, s.key(head)))
                continue;
            at = true;
        }
        int j = i + 1;
        // "in The Hague": a city whose name starts with the article
        if (s.key(j) == "the"_key && lexiconPhraseAt(ctx.lex, Cue::City, s, j) < 0)
            ++j;
        // "at the new Parliament Building": lower-case words before a venue's name
        // ... "at the fund's headquarters", "at the ministry's offices": a lower-case owner's
        // possessive among them, or a possessive determiner before them ("at her official residence")
        int named = j;
        const bool owned = ctx.lex.value(Cue::Determiner, s.key(i + 1)) == "possessive"_key;
        const int lowerWords = s.key(j + 1) == "'s"_key || owned ? 3 : 2;
        while (named < std::min(to, j + lowerWords) && s.tok(named).kind == Token::Word && !s.tok(named).cap &&
               s.key(named) != "of"_key && s.key(named) != "capital"_key &&
               !(owned && named > j && ctx.lex.has(Cue::VenueHead, s.key(named - 1))))
            ++named;
        const PhraseMatch* m = s.matchOf(j);
        // "in Southeast Asia", "in the Gulf", "cooperation in Latin America": a region, whole or
        // at the end of its capitalised run, is never a town ("in the Gulf city of Doha" is read
        // above; "at the Pacific Islands Forum" goes on to name its venue)
        if (const int re = lexiconPhraseAt(ctx.lex, Cue::RegionName, s, j); re > 0 && s.tok(j).cap && !capitalWord(s, re))
            continue;
        // "in the Turkish capital", "the Jordanian capital of Amman", "in the U.S. capital"
        if (m && m->begin == j && (m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State) &&
            s.key(m->end) == "capital"_key) {
            out.host = m->entry;
            int c = m->end + 1;
            if (s.key(c) == "city"_key)
                ++c;
            if (s.key(c) == "of"_key && capitalWord(s, c + 1)) {
                out.city = ctx.surface(s, c + 1, capitalRun(s, c + 1, s.size()));
                return out;
            }
            // "the Bolivian capital": where the state's government sits, when a seat row says
            // the phrase names it ("the Dutch capital" has none: Amsterdam)
            const LexiconPhrase* seat = nullptr;
            if (lexiconPhraseAt(ctx.lex, Cue::Seat, s, j, &seat) == m->end + 1) {
                out.city = seat->value;
                return out;
            }
            out.city = capitalOf(m->entry);
            return out;
        }
        // "in Bolivia's capital": the state's capital, or the seat its demonym's row names
        // ("Bolivian capital")
        if (m && m->begin == j && m->kind == PhraseKind::State && s.key(m->end) == "'s"_key &&
            s.key(m->end + 1) == "capital"_key) {
            out.host = m->entry;
            out.city = capitalOf(m->entry);
            for (const QString& demonym : ctx.g.states[std::size_t(m->entry)].demonyms) {
                if (const LexiconPhrase* seat = lexiconPhraseOf(ctx.lex, Cue::Seat, demonym + QLatin1String(" capital"))) {
                    out.city = seat->value;
                    break;
                }
            }
            return out;
        }
        // "in the city of Arusha", "in the southern port city of Mombasa", "in the Kenyan town of
        // Naivasha": the name after "of" is the town, a demonym before it its state
        const bool demonymTown = m && m->begin == j && m->kind == PhraseKind::Demonym;
        int townNoun = demonymTown ? m->end : j;
        while (townNoun < named && s.key(townNoun + 1) != "of"_key)
            ++townNoun;
        if ((s.key(townNoun) == "city"_key || s.key(townNoun) == "town"_key) && s.key(townNoun + 1) == "of"_key &&
            capitalWord(s, townNoun + 2) && j > i + 1) {
            const int c = townNoun + 2;
            if (const int e = std::max(capitalRun(s, c, s.size()), knownCityAt(ctx, s, c)); e > c) {
                out.city = ctx.surface(s, c, e);
                out.host = demonymTown ? m->entry : stateOfCity(ctx, out.city);
                return out;
            }
        }
        // "at the presidential palace", "at the ministry": a building named in lower case after
        // "the" ("at a hotel" names none); its city is the one named a few words on, else the
        // seat of the one state taking part (finishPlaces)
        // ("at the ministry on Monday": the building's head word ends its name before the day)
        int lowerEnd = named;
        if (named - 1 > j && ctx.lex.has(Cue::VenueHead, s.key(named - 2)) &&
            (s.key(named - 1) == "on"_key || s.key(named - 1) == "for"_key || s.key(named - 1) == "with"_key ||
             lexiconPhraseAt(ctx.lex, Cue::NearWord, s, named - 1) > 0))
            lowerEnd = named - 1;
        // ... or after a possessive: "received B at his office", "at her official residence"
        if (k == "at"_key && (j > i + 1 || owned) && lowerEnd > j && ctx.lex.has(Cue::VenueHead, s.key(lowerEnd - 1)) &&
            !s.tok(lowerEnd - 1).cap && s.key(lowerEnd) != "of"_key && !titleComplement(s, i)) {
            named = lowerEnd;
            // "at the international airport at Sunan": the name that follows is the place read
            if (s.key(named) == "at"_key || s.key(named) == "in"_key) {
                if (MeetingPlace next = readPlace(ctx, s, named, std::min(s.size(), named + 8)); !next.empty())
                    return next;
            }
            out.venue = ctx.surface(s, j, named);
            // "at State House, Nairobi"; "at the ministry near the Kremlin"
            MeetingPlace after = cityAfterComma(ctx, s, named);
            if (after.city.isEmpty())
                after = townNear(ctx, s, named);
            out.city = after.city;
            out.host = after.host;
            return out;
        }
        // "in the capital city of Ankara", "in the capital, Ankara"
        // ... "in the administrative capital Putrajaya"
        if (s.key(named) == "capital"_key) {
            int c = named + 1;
            if (s.key(c) == "city"_key)
                ++c;
            if (s.key(c) == "of"_key || s.key(c) == ","_key)
                ++c;
            // "in the capital Ankara": a bare name after "capital" only when it is a known city
            const bool known = capitalWord(s, c) && stateOfCity(ctx, ctx.surface(s, c, capitalRun(s, c, s.size()))) >= 0;
            if (c > named + 1 || named > j || known) {
                if (capitalWord(s, c)) {
                    out.city = ctx.surface(s, c, capitalRun(s, c, s.size()));
                    out.host = stateOfCity(ctx, out.city);
                    return out;
                }
            }
            // "PORT MORESBY - ... A, who arrived in the capital on Wednesday": a bare "the capital"
            // is the dateline's state's
            int state = -1;
            if (c == named + 1 && named == j && j > i + 1 && !capitalWord(s, c) && !datelineCity(ctx, &state).isEmpty() &&
                state >= 0) {
                out.city = capitalOf(state);
                out.host = state;
                return out;
            }
        }
        // A venue name many states give a building ("at the Chancellery", "at the Government
        // Palace"): the city the text names after it, or the lexicon's city kept aside for the
        // meeting pass, which takes it only when that city's state takes part.
        const LexiconPhrase* generic = nullptr;
        if (int ge = lexiconPhraseAt(ctx.lex, Cue::GenericVenue, s, j, &generic); ge > 0 && s.tok(j).cap) {
            // "the National Palace of Culture", "Istana Negara": a longer name is another
            // building, in no city the lexicon knows ("at Government House, Bangkok" is not
            // longer: the city follows)
            const int more = s.key(ge) == "of"_key ? ge + 1 : ge;
            const bool longer = capitalWord(s, more) && knownCityAt(ctx, s, more) < 0;
            if (longer)
                ge = capitalRun(s, more, s.size());
            out.venue = ctx.surface(s, j, ge);
            if (longer)
                generic = nullptr;
            // "at Istana Nurul Iman": the longer name is a seat the gazetteer places
            if (longer && m && m->begin == j && m->end == ge && m->kind == PhraseKind::Place) {
                out.city = m->capital ? out.venue : seatOf(m->entry);
                out.host = m->entry;
                return out;
            }
            if (s.key(ge) == "in"_key) {
                const MeetingPlace inner = readPlace(ctx, s, ge, std::min(s.size(), ge + 8));
                out.city = inner.city;
                out.host = inner.host;
            }
            if (out.city.isEmpty() && generic) {
                out.genericCity = generic->value;
                out.genericHost = stateOfCity(ctx, generic->value);
            }
            return out;
        }
        // A quarter of a city: "at his residence in Karen", "at Heliopolis". It stays the place
        // while the meeting's mentions merge, so that a meeting in another quarter of the city
        // stays another; finishPlaces names its city.
        const LexiconPhrase* district = nullptr;
        if (const int de = lexiconPhraseAt(ctx.lex, Cue::District, s, j, &district); de > 0 && s.tok(j).cap) {
            out.city = ctx.surface(s, j, de);
            out.host = stateOfCity(ctx, district->value);
            return out;
        }
        // A gathering held in one city: "at the Munich Security Conference"; its state takes part
        // only through its own people
        const LexiconPhrase* gathering = nullptr;
        if (const int ge = lexiconPhraseAt(ctx.lex, Cue::GatheringVenue, s, j, &gathering); ge > 0 && s.tok(j).cap) {
            out.venue = ctx.surface(s, j, ge);
            out.city = gathering->value;
            return out;
        }
        // A known venue: "at the Kremlin", "at the Élysée Palace", also after a possessive or an
        // adjective ("at his Bocharov Ruchei residence", "at the historic Palazzo Chigi")
        const LexiconPhrase* venue = nullptr;
        int vb = j;
        int ve = lexiconPhraseAt(ctx.lex, Cue::Venue, s, j, &venue);
        if (ve <= 0 && named > j) {
            vb = named;
            ve = lexiconPhraseAt(ctx.lex, Cue::Venue, s, named, &venue);
        }
        if (ve > 0 && s.tok(vb).cap) {
            out.venue = ctx.surface(s, vb, ve);
            out.city = venue->value;
            out.host = m && m->begin == j && m->kind == PhraseKind::Place ? m->entry : stateOfCity(ctx, out.city);
            if (out.host >= 0 && ctx.g.orgByPlace.contains(foldKey(out.venue)))
                out.host = -1;
            // "at Incheon International Airport in Yeongjong", "at the Cheddi Jagan International
            // Airport, Timehri": the town the text names right after the building, in its state,
            // is where it stands, whatever city the lexicon gives it
            MeetingPlace town = cityAfterComma(ctx, s, ve);
            if (town.city.isEmpty() && ve + 1 < s.size() && (s.key(ve) == "in"_key || s.key(ve) == "at"_key) &&
                knownCityAt(ctx, s, ve + 1) > 0)
                town = knownCityStartingAt(ctx, s, ve + 1);
            // (the host stays the building's: a body's seat gives none, "at the Berlaymont in Brussels")
            if (!town.city.isEmpty() && town.host >= 0 && town.host == stateOfCity(ctx, out.city) &&
                foldKey(town.city) != foldKey(out.city))
                out.city = town.city;
            return out;
        }
        // "in the Maldives": a state whose name starts with the article skipped above
        if (m && (m->begin == j || (j > i + 1 && m->begin == j - 1)) && m->kind == PhraseKind::State) {
            // "in Vatican City": a state's name that the lexicon also knows as a city
            if (lexiconPhraseAt(ctx.lex, Cue::City, s, j) == m->end) {
                out.city = ctx.surface(s, j, m->end);
                out.host = m->entry;
                return out;
            }
            // "at Kuwait International Airport": a venue named after its state, in its capital
            const int run = capitalRun(s, m->end, to);
            if (run > m->end && ctx.lex.has(Cue::VenueHead, s.key(run - 1))) {
                out.venue = ctx.surface(s, j, run);
                out.city = capitalOf(m->entry);
                out.host = m->entry;
                // "at Taiwan Taoyuan International Airport": a town named between the state and
                // the rest of the name (no word that stops a name, "International") is the
                // airport's own
                int town = m->end;
                while (town < run - 1 && s.tok(town).cap && !ctx.lex.has(Cue::NameStop, s.key(town)) &&
                       !ctx.lex.has(Cue::VenueHead, s.key(town)))
                    ++town;
                if (town > m->end && town < run - 1)
                    out.city = ctx.surface(s, m->end, town);
                return out;
            }
            // "the US Charge d'Affaires in Kosovo, B, at the Foreign Ministry", "the EU's
            // ambassador in Serbia": a state right after a title is where the office is held,
            // no state of the meeting's place
            const PhraseMatch* title = i > 0 && k == "in"_key ? s.matchOf(i - 1) : nullptr;
            if (!(title && title->kind == PhraseKind::Title && title->end == i))
                out.host = m->entry;
            continue;
        }
        // "at the Prime Minister's Office", "at the President's House in Colombo": an office's
        // title, its possessive and capitalised words that a building's head word ends name a
        // building; its city is the one named right after it
        if (at && m && m->begin == j && m->kind == PhraseKind::Title && s.key(m->end) == "'s"_key) {
            const int run = capitalRun(s, m->end + 1, to);
            if (run > m->end + 1 && ctx.lex.has(Cue::VenueHead, s.key(run - 1))) {
                out.venue = ctx.surface(s, j, run);
                MeetingPlace town = placeInAfter(ctx, s, run);
                if (town.city.isEmpty())
                    town = cityAfterComma(ctx, s, run);
                out.city = town.city;
                out.host = town.host;
                return out;
            }
        }
        // A city or a seat the dictionaries know, or else a run of capitalised words.
        const LexiconPhrase* city = nullptr;
        const int cityEnd = lexiconPhraseAt(ctx.lex, Cue::City, s, j, &city);
        // "in Putrajaya", "in Cape Town": a city the lexicon knows, though the gazetteer
        // also lists it among its state's seats
        const bool place = m && m->begin == j && m->kind == PhraseKind::Place && (m->capital || cityEnd < 0);
        // ... or, after a travel verb, a border post named after its town ("visited the Nemba
        // border post", "toured the Busia One Stop Border Post"), read as after "at"
        if (!place && cityEnd < 0 && !at && !(visited && borderVenueEnd(ctx, s, j, to) > 0))
            continue;
        const int start = place || cityEnd > 0 ? j : named;
        const int nameEnd = place ? m->end : cityEnd > 0 ? cityEnd : start;
        int e = std::max(nameEnd, lineEnd(ctx, s, start, capitalRun(s, start, to)));
        // "at Beirut-Rafic Hariri International Airport": a venue named after a person
        // ... also when the head word opens the name ("at Bangunan Sultan Ibrahim", "at the
        // Palacio de Carondelet": venue-head rows of value opens)
        const bool headFirst = start < s.size() && s.tok(start).cap &&
                               ctx.lex.value(Cue::VenueHead, s.key(start)) == "opens"_key;
        if (const int named2 = lineEnd(ctx, s, start, capitalRun(s, start, to, true));
            named2 > e && (headFirst || ctx.lex.has(Cue::VenueHead, s.key(named2 - 1))))
            e = named2;
        // "at the Ministry of Foreign Affairs", "at the Palace of Nations": a venue's head word,
        // "of" and the name of what the building houses
        bool housesName = false;
        if (e > start && ctx.lex.has(Cue::VenueHead, s.key(e - 1)) && s.key(e) == "of"_key) {
            const int c = s.key(e + 1) == "the"_key ? e + 2 : e + 1;
            int run = c < to ? capitalRun(s, c, to) : c;
            // ... an office's title: "at the Office of the Prime Minister, Port of Spain"
            if (const PhraseMatch* title = run == c && c < to ? s.matchOf(c) : nullptr;
                title && title->begin == c && title->kind == PhraseKind::Title && title->end <= to &&
                s.tok(c).cap)
                run = title->end;
            if (run > c) {
                e = run;
                housesName = true;
            }
        }
        if (housesName && titleComplement(s, i))
            continue;
        // "at the Government building", "at the Cabinet office": a word that stops names, then
        // a lower-case head word of a building, names that building
        if (k == "at"_key && e - start == 1 && e < to && isStopWord(ctx.lex, s.key(start)) && !s.tok(e).cap &&
            ctx.lex.has(Cue::VenueHead, s.key(e)))
            ++e;
        if (e == start || (e - start == 1 && isStopWord(ctx.lex, s.key(start))))
            continue;
        if (k == "in"_key && !place && cityEnd < 0 && insideAbbreviatedName(ctx, s, i, start, e))
            continue;
        // "at a Jakarta hotel", "at Orly airport": a lower-case venue word ends the name
        if (e > start && e < to && !s.tok(e).cap && ctx.lex.has(Cue::VenueHead, s.key(e)))
            ++e;
        // ... or after one or two more: "at the Dorohusk border crossing", "the Nemba one-stop
        // border post" (a hyphenated modifier is one word)
        else if (e > start) {
            constexpr int kModifiers = 2;
            for (int w = e, n = 0; n <= kModifiers; ++n) {
                const int next = lowerCompoundEnd(s, w, to);
                if (next == w || s.key(w) == "'s"_key || isStopWord(ctx.lex, s.key(w)))
                    break;
                if (n > 0 && next == w + 1 && ctx.lex.has(Cue::VenueHead, s.key(w))) {
                    e = next;
                    break;
                }
                w = next;
            }
        }
        const bool venueName = housesName || headFirst || ctx.lex.has(Cue::VenueHead, s.key(e - 1));
        if (start > j && !venueName && k != "in"_key)
            continue; // "at the end of Ramadan": lower-case words lead only to a venue's name
        if (e > nameEnd && nameEnd > start && !venueName)
            continue; // "the Shanghai Cooperation Organisation summit": a name, not the city
        if (venueName) {
            // "at Baghdad International Airport", "at the new Parliament Building in Mt Hampden"
            out.venue = ctx.surface(s, start, e);
            if (place) {
                out.host = m->entry;
                out.city = m->capital ? ctx.surface(s, j, m->end) : seatOf(m->entry);
                return out;
            }
            if (cityEnd > 0) {
                out.city = ctx.surface(s, j, cityEnd);
                out.host = ctx.g.stateIndex(city->value);
                return out;
            }
            // "... headquarters in downtown Lima", a few words on
            if (const MeetingPlace inner = placeInAfter(ctx, s, e); !inner.city.isEmpty()) {
                out.city = inner.city;
                out.host = inner.host;
            }
            // "at the Rumichaca bridge near Ipiales": the town right after it
            if (out.city.isEmpty()) {
                const MeetingPlace near = townNear(ctx, s, e);
                out.city = near.city;
                out.host = near.city.isEmpty() ? out.host : near.host;
            }
            // "at State House, Nairobi": the city after a comma
            if (out.city.isEmpty()) {
                const MeetingPlace after = cityAfterComma(ctx, s, e);
                out.city = after.city;
                out.host = after.city.isEmpty() ? out.host : after.host;
            }
            // "at State Lodge, Kakamega, on Tuesday": a town no dictionary knows, one or two
            // capitalised words set off by commas (or ending the sentence) right after a building
            // whose head word ends its name, no one's name, state, title or street
            if (out.city.isEmpty() && e + 2 < s.size() && s.key(e) == ","_key && ctx.lex.has(Cue::VenueHead, s.key(e - 1))) {
                const int run = capitalRun(s, e + 1, s.size());
                const bool bare = run > e + 1 && run - (e + 1) <= 2 && run < s.size() && s.tok(run).kind == Token::Punct &&
                                  s.tok(run).punct != QLatin1Char('\'') && s.tok(run).punct != QChar(0x2019);
                // (not an address: "at Government Headquarters, Bay Street" names the street, a
                // venue-head word, and says nothing of the town)
                bool plain = bare && !ctx.lex.has(Cue::VenueHead, s.key(run - 1));
                for (int w = e + 1; w < run && plain; ++w)
                    plain = !s.nameTok[std::size_t(w)] && s.matchOf(w) == nullptr && !isStopWord(ctx.lex, s.key(w)) &&
                            !s.tok(w).allCaps;
                if (plain)
                    out.city = ctx.surface(s, e + 1, run);
            }
            // "the Jakarta Convention Center", "a Riyadh hotel": a city in the venue's name, or
            // in the name of the building it is part of ("the VIP Complex of the Kuala Lumpur
            // International Airport")
            int whole = e;
            if (s.key(e) == "of"_key) {
                const int c = s.key(e + 1) == "the"_key ? e + 2 : e + 1;
                if (capitalWord(s, c))
                    whole = capitalRun(s, c, s.size());
            }
            if (out.city.isEmpty()) {
                const MeetingPlace inName = cityInName(ctx, s, start, whole);
                out.city = inName.city;
                out.host = inName.city.isEmpty() ? out.host : inName.host;
            }
            // "at the Beitbridge border post", "at the Dorohusk border crossing": a border venue
            // (venue-head value "town-named") named by one capitalised word, no name the
            // gazetteer knows, is named after its town
            // ... also when its whole name is capitalised ("the Busia One Stop Border Post")
            if (const QString town = townOfBorderVenue(ctx, s, start, e, to); out.city.isEmpty() && !town.isEmpty())
                out.city = town;
            return out;
        }
        if (place) {
            const QString surface = ctx.surface(s, j, m->end);
            if (!ctx.g.orgByPlace.contains(foldKey(surface)))
                out.host = m->entry;
            if (m->capital) {
                out.city = surface;
            } else {
                // a seat of government or metonym the lexicon does not place: where its state's
                // government sits
                out.venue = surface;
                out.city = seatOf(m->entry);
            }
            return out;
        }
        if (cityEnd > 0) {
            out.city = ctx.surface(s, j, cityEnd);
            out.host = ctx.g.stateIndex(city->value);
            return out;
        }
        // A name no dictionary knows is a city only as one bare word after "at" or a bare name
        // after "in" ("at Sunan", "in Bogor"): "at the Shangri-La Dialogue", "at Dataran Perdana",
        // "in the Suez Canal Economic Zone", "in a Facebook post" name an event, a square, a zone
        // or a thing, kept as the venue.
        // "Milei at Mercosur summit", "at G20 talks": an unknown name right before a meeting noun
        // names the event (a body, a group), no venue
        // ... also past a lower-case word or two ("at the Gaza reconstruction conference", "at the
        // Ukraine recovery summit")
        {
            int noun = e;
            while (noun < std::min(s.size() - 1, e + 2) && s.tok(noun).kind == Token::Word && !s.tok(noun).cap &&
                   !ctx.lex.has(Cue::MeetingNoun, s.key(noun)) && !ctx.lex.has(Cue::GatheringWord, s.key(noun)) &&
                   !isStopWord(ctx.lex, s.key(noun)) && !ctx.lex.has(Cue::VenueHead, s.key(noun)))
                ++noun;
            if (noun < s.size() && s.tok(noun).kind == Token::Word && !s.tok(noun).cap &&
                (ctx.lex.has(Cue::MeetingNoun, s.key(noun)) || (noun > e && ctx.lex.has(Cue::GatheringWord, s.key(noun)))))
                continue;
        }
        const bool indefinite = s.key(i + 1) == "a"_key || s.key(i + 1) == "an"_key;
        // A headline's "sign treaty at Kirribilli" is a venue's short name; its city is the
        // body's ("at Kirribilli House in Sydney") or the dateline's. Its title case makes "in
        // First Washington Meeting" a run of capitals that names no town either.
        const bool headline = s.index < ctx.body;
        // "at Adnoc's headquarters": a name that owns what follows is no town
        const bool owner = k == "at"_key && s.key(e) == "'s"_key;
        // "held talks with B at MOFA", "at JKIA": an abbreviation after "at" names a body or a
        // building, no town; so does a code of capitals and digits ("received B at J1", "met at
        // COP30")
        const QString word = e - start == 1 ? ctx.surface(s, start, e) : QString();
        const bool acronym =
            k == "at"_key && word.size() >= 2 && word.front().isUpper() &&
            std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.isUpper() || ch.isDigit(); });
        // "at Sagerska huset in Stockholm": a name before a city the dictionaries know is its venue
        const MeetingPlace knownAfter = k == "at"_key && !headline ? placeInAfter(ctx, s, e) : MeetingPlace();
        const bool venueBefore = !knownAfter.city.isEmpty() && stateOfCity(ctx, knownAfter.city) >= 0;
        if (j > i + 1 || indefinite || owner || acronym || venueBefore || (k != "in"_key && (e - start > 1 || headline)) ||
            (headline && e - start > 1)) {
            // "at the National Airport Minsk": a body's venue with a city in its name
            if (const MeetingPlace inName = cityInName(ctx, s, start, e); !headline && !inName.city.isEmpty()) {
                out.city = inName.city;
                out.host = inName.host;
            } else if (venueBefore) {
                out.city = knownAfter.city;
                out.host = knownAfter.host;
            }
            out.venue = ctx.surface(s, start, e);
            return out;
        }
        // "in Cox's Bazar", "in Martha's Vineyard": one word, "'s" and a capitalised word name one
        // town ("at Adnoc's headquarters" was left above; a state or a person is no such word)
        if (k == "in"_key && e - start == 1 && s.key(e) == "'s"_key && capitalWord(s, e + 1))
            e = capitalRun(s, e + 1, to);
        // "in Foz do Iguaçu", "in Brdo pri Kranju": a lower-case particle inside the name
        while (e + 1 < to && e - start < 6 && ctx.lex.has(Cue::PlaceParticle, s.key(e)) && capitalWord(s, e + 1))
            e = capitalRun(s, e + 1, to);
        // "in Plateau, Abidjan": a name no dictionary knows, then a city it knows, is a
        // district of that city, and the place is the city. "in Bogor, West Java" names no
        // city after it, and "in Castel Gandolfo, south of Rome" a town apart: both stay.
        if (MeetingPlace district = cityAfterComma(ctx, s, e); !district.city.isEmpty()) {
            district.venue = ctx.surface(s, start, e);
            return district;
        }
        // "visited the Nemba border post in Bugesera District": an administrative area after a
        // border post named after its town is no town; the post's town is the place
        if (k == "in"_key && areaName(ctx, ctx.surface(s, start, e))) {
            if (MeetingPlace post = borderPostBefore(ctx, s, i); !post.city.isEmpty())
                return post;
        }
        out.city = ctx.surface(s, start, e);
        return out;
    }
    return out;
}

} // namespace

MeetingPlace knownCityEndingAt(const DocContext& ctx, const SentenceInfo& s, int end)
{
    MeetingPlace out;
    // The longest city name the lexicon or gazetteer knows is a few words ("Rio de Janeiro").
    for (int b = end - 1; b >= std::max(0, end - 4); --b) {
        int host = -1;
        if (knownCityAt(ctx, s, b, &host) == end) {
            out.city = ctx.surface(s, b, end);
            out.host = host;
        }
    }
    return out;
}

MeetingPlace islandAt(const DocContext& ctx, const SentenceInfo& s, int on, int to)
{
    MeetingPlace out;
    if (s.key(on) != "on"_key || !capitalWord(s, on + 1))
        return out;
    const int run = capitalRun(s, on + 1, to);
    if (run - 1 > on + 1 && ctx.lex.has(Cue::TownNoun, s.key(run - 1))) {
        out.city = ctx.surface(s, on + 1, run - 1);
        out.host = stateOfCity(ctx, out.city);
    }
    return out;
}

MeetingPlace knownCityStartingAt(const DocContext& ctx, const SentenceInfo& s, int begin)
{
    MeetingPlace out;
    if (begin >= s.size())
        return out;
    if (const int end = knownCityAt(ctx, s, begin, &out.host); end > 0)
        out.city = ctx.surface(s, begin, end);
    return out;
}

MeetingPlace gatheringNameCity(const DocContext& ctx, const SentenceInfo& s, int b)
{
    // the name: capitalised words, numbers ("G20") and hyphen-joined parts ("El-Sheikh"), and a
    // plural's apostrophe before the next capitalised word ("the Johannesburg G20 Leaders' Summit")
    constexpr int longest = 8;
    const auto pluralApostrophe = [&](int e) {
        return e > b && e + 1 < s.size() && s.tok(e).kind == Token::Punct &&
               (s.tok(e).punct == QLatin1Char('\'') || s.tok(e).punct == QChar(0x2019)) && s.tok(e + 1).cap &&
               s.tok(e + 1).kind == Token::Word && s.key(e - 1).text().endsWith(QLatin1Char('s'));
    };
    int e = b;
    while (e < std::min(s.size(), b + longest) &&
           ((s.tok(e).kind == Token::Word && s.tok(e).cap) || s.tok(e).kind == Token::Number ||
            (e > b && s.tok(e).hyphenBefore) || pluralApostrophe(e)))
        ++e;
    if (e == b)
        return MeetingPlace();
    // its head: its last word, or a lower-case noun right after it ("the Johannesburg G20 summit")
    const auto gatheringNoun = [&](int i) {
        return ctx.lex.has(Cue::GatheringWord, s.key(i)) || ctx.lex.has(Cue::MeetingNoun, s.key(i));
    };
    int head = e - 1;
    if (e < s.size() && s.tok(e).kind == Token::Word && !s.tok(e).cap && gatheringNoun(e))
        head = e;
    if (head <= b || !gatheringNoun(head))
        return MeetingPlace();
    // (not inside the name of a body: "the Shanghai Cooperation Organisation summit last year in
    // Kazakhstan" was not held in Shanghai)
    for (int w = b; w < head; ++w) {
        const PhraseMatch* pm = s.matchOf(w);
        if (pm && pm->begin == w && (pm->kind == PhraseKind::Organization || pm->kind == PhraseKind::Agency)) {
            w = pm->end - 1;
            continue;
        }
        MeetingPlace p;
        if (const int end = knownCityAt(ctx, s, w, &p.host); end > 0 && end <= head) {
            p.city = ctx.surface(s, w, end);
            return p;
        }
    }
    return MeetingPlace();
}

MeetingPlace readMeetingPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    MeetingPlace out = readPlace(ctx, s, from, to);
    // "at Seri Perdana here", "held talks here": the dateline's city, when the place read is
    // in its state or there is none
    bool here = false;
    for (int i = std::max(from, s.dateline); i < to && !here; ++i)
        here = s.key(i) == "here"_key && s.tok(i).kind == Token::Word;
    if (!here)
        return out;
    int state = -1;
    const QString dateline = datelineCity(ctx, &state);
    if (dateline.isEmpty() || (!out.city.isEmpty() && out.host >= 0 && state >= 0 && out.host != state))
        return out;
    out.city = dateline;
    if (out.host < 0)
        out.host = state;
    return out;
}

namespace {

// The city named by words [b, e) of a dateline, in the gazetteer's spelling when it knows
// it; a state's name stands for its capital ("KUWAIT, Jan 14 (KUNA) --").
QString datelineWords(const DocContext& ctx, const SentenceInfo& s, int b, int e, int* state)
{
    const PhraseMatch* m = s.matchOf(b);
    if (m && m->begin == b && m->end == e && m->kind == PhraseKind::State) {
        *state = m->entry;
        return capitalCity(ctx, m->entry);
    }
    if (m && m->begin == b && m->end == e && m->kind == PhraseKind::Place) {
        // The gazetteer's spelling, not the dateline's capitals.
        const StateEntry& st = ctx.g.states[std::size_t(m->entry)];
        for (const QString& p : st.places) {
            const SharedTokens toks = shortTokens(p);
            if (int(toks.size()) != e - b)
                continue;
            bool same = true;
            for (int k = 0; k < e - b && same; ++k)
                same = toks[std::size_t(k)].key == s.key(b + k);
            if (same) {
                *state = m->entry;
                return p;
            }
        }
    }
    // Title case: "MEXICO CITY" -> "Mexico City"
    QString city;
    for (int k = b; k < e; ++k) {
        const QString word = ctx.surface(s, k, k + 1);
        if (!city.isEmpty())
            city += QLatin1Char(' ');
        city += s.tok(k).allCaps ? word.left(1) + word.mid(1).toLower() : word;
    }
    *state = stateOfCity(ctx, city);
    return city;
}

// Whether line k, read as a dateline on a line of its own, ends there: "MOSCOW." cut off at
// its full stop is one when a line break follows it or the next sentence opens with the
// dateline's closed date ("MOSCOW. Feb 12 (Interfax) -"), not in "MOSCOW. Feb 12 was the day".
bool cityLineEnds(const DocContext& ctx, int k)
{
    const SentenceInfo& line = ctx.sents[std::size_t(k)];
    if (line.size() == 0 || line.key(line.size() - 1) != "."_key || std::size_t(k) + 1 >= ctx.sents.size())
        return true;
    const SentenceInfo& next = ctx.sents[std::size_t(k) + 1];
    if (next.dateline > 0 || next.size() == 0)
        return true;
    const qsizetype from = line.tok(line.size() - 1).end;
    const qsizetype to = next.tok(0).start;
    return from < to && QStringView(ctx.doc.text).mid(from, to - from).contains(QLatin1Char('\n'));
}

} // namespace

QString datelineCity(const DocContext& ctx, int* state)
{
    *state = -1;
    if (ctx.sents.empty())
        return {};
    const SentenceInfo& s = ctx.sents[std::size_t(ctx.body)];
    if (s.dateline == 0) {
        // A dateline on a line of its own above the body ("ANKARA", "Chisinau • 11:42, 27 May
        // 2025"): a place the dictionaries know, alone or before punctuation.
        for (int k = ctx.body; k >= 0 && k >= ctx.body - 2; --k) {
            const SentenceInfo& line = ctx.sents[std::size_t(k)];
            const PhraseMatch* m = line.size() > 0 ? line.matchOf(0) : nullptr;
            const bool known = m && m->begin == 0 && (m->kind == PhraseKind::Place || m->kind == PhraseKind::State);
            const int end = known ? m->end : lexiconPhraseAt(ctx.lex, Cue::City, line, 0);
            bool onlyDate = end > 0 && (end == line.size() || line.tok(end).kind == Token::Punct);
            // ... and the agency that files it: "Baku, January 27, AZERTAC"
            for (int w = std::max(end, 0); w < line.size() && onlyDate; ++w) {
                const PhraseMatch* agency = line.matchOf(w);
                onlyDate = line.tok(w).kind != Token::Word || isCalendarWord(line.tok(w)) ||
                           isMonthWord(line.tok(w)) || (agency && agency->kind == PhraseKind::Agency);
            }
            if (onlyDate && (known || line.tok(0).allCaps) && cityLineEnds(ctx, k))
                return datelineWords(ctx, line, 0, end, state);
        }
        return {};
    }
    int b = 0;
    // "By Staff Reporter, Port of Spain:": the city after the byline's comma
    if (s.key(0) == "by"_key) {
        while (b < s.dateline && s.key(b) != ","_key)
            ++b;
        ++b;
    }
    while (b < s.dateline && s.tok(b).kind == Token::Punct)
        ++b;
    int e = b;
    while (e < s.dateline && s.tok(e).kind == Token::Word)
        ++e;
    if (e == b)
        return {};
    return datelineWords(ctx, s, b, e, state);
}

std::optional<MeetingPlace> labelledPlace(const DocContext& ctx, const SentenceInfo& s)
{
    const int label = lexiconPhraseAt(ctx.lex, Cue::PlaceLabel, s, 0);
    if (label <= 0 || s.key(label) != ":"_key)
        return std::nullopt;
    int end = s.size();
    while (end > label + 1 && s.tok(end - 1).kind == Token::Punct)
        --end;
    // "State House, Entebbe": a venue, then its city after the last comma; no other punctuation
    int city = label + 1;
    for (int i = label + 1; i < end; ++i) {
        if (s.tok(i).kind != Token::Punct)
            continue;
        if (s.key(i) != ","_key)
            return MeetingPlace{};
        city = i + 1;
    }
    // a city the dictionaries place, not a state ("Venue: Kenya" names no city)
    const PhraseMatch* m = s.matchOf(city);
    if (city >= end || (m && m->kind == PhraseKind::State))
        return MeetingPlace{};
    MeetingPlace p;
    p.city = datelineWords(ctx, s, city, end, &p.host);
    if (p.host < 0)
        return MeetingPlace{};
    if (city > label + 1)
        p.venue = ctx.surface(s, label + 1, city - 1);
    return p;
}

} // namespace parley
