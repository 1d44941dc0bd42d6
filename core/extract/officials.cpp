// SPDX-License-Identifier: GPL-3.0-or-later
// Officials: names, title patterns, affiliation, and coreference within one document.
#include "extract/documentcontext.h"
#include "extract/meetingpasses.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

namespace parley {

static int nicknameEnd(const SentenceInfo& s, int i);

bool leadsAState(const TitleEntry& t)
{
    return t.category == "head-of-state"_key || t.category == "head-of-government"_key;
}

bool isRoyal(const TitleEntry& t)
{
    return t.category == "royal"_key || t.name == "Pope"_key;
}

bool pastOfficeWord(const TokenKey& k)
{
    return k == "former"_key || k == "ex"_key || k == "late"_key;
}

namespace {

// Function words: never part of a title's modifiers ("Senate President" yes, "In President" no).
bool isFunctionWord(const Lexicon& lex, const TokenKey& k)
{
    return lex.has(Cue::FunctionWord, k);
}

bool isDiplomatTitle(const TitleEntry& t)
{
    return t.diplomat;
}

bool isHonorific(const GazetteerData& g, const QString& key)
{
    const int t = g.titleByName.value(key, -1);
    return t >= 0 && g.titles[std::size_t(t)].category == "honorific"_key;
}

// "Minister for Climate Change, Hon. Simon Watts": an honorific title starts at token i.
bool isHonorificAt(const GazetteerData& g, const SentenceInfo& s, int i)
{
    const PhraseMatch* pm = s.matchOf(i);
    return pm && pm->begin == i && pm->kind == PhraseKind::Title &&
           g.titles[std::size_t(pm->entry)].category == "honorific"_key;
}

// Whether there are titles and every one is a dictionary title `kind` accepts.
template <typename Kind>
bool allTitles(const GazetteerData& g, const QStringList& titles, Kind kind)
{
    return !titles.isEmpty() && std::all_of(titles.begin(), titles.end(), [&](const QString& t) {
        const int ti = g.titleByName.value(foldKey(t), -1);
        return ti >= 0 && kind(g.titles[std::size_t(ti)]);
    });
}

// "Mr.", "Sheikh": titles that say nothing of an office.
bool onlyHonorifics(const GazetteerData& g, const QStringList& titles)
{
    return allTitles(g, titles, [](const TitleEntry& e) { return e.category == "honorific"_key; });
}

// "His Majesty", "Sheikh", "Prince": titles that give a rank but no office an appositive after
// the name could not state better.
bool onlyRanks(const GazetteerData& g, const QStringList& titles)
{
    return allTitles(g, titles, [](const TitleEntry& e) { return e.category == "honorific"_key || isRoyal(e); });
}


bool isOrganisationTitle(const TitleEntry& t)
{
    return t.category == "organisation"_key || t.category == "organization"_key;
}


bool isSubsequence(const std::vector<QString>& small, const std::vector<QString>& big)
{
    if (small.empty() || small.size() > big.size())
        return false;
    std::size_t j = 0;
    for (const QString& k : big) {
        if (j < small.size() && small[j] == k)
            ++j;
    }
    return j == small.size();
}

// "Sheikh Mohamed" beside "Sheikh Khaled bin Mohamed", "Mohammed bin Rashid Al Maktoum" beside
// "Hamdan bin Mohammed bin Rashid Al Maktoum": a name whose first word the fuller one holds only
// right after "bin" is the father's name there, another person.
bool onlyAsParent(const Lexicon& lex, const std::vector<QString>& small, const std::vector<QString>& big)
{
    if (small.empty())
        return false;
    for (std::size_t k = 0; k < big.size(); ++k)
        if (big[k] == small.front() && (k == 0 || !lex.has(Cue::ParentParticle, big[k - 1])))
            return false;
    return true;
}

// "Faisal bin Abdullah" beside "Faisal bin Farhan bin Abdullah", "Abdullah bin Sultan" beside
// "Abdullah bin Zayed bin Sultan": the word after a name's first parent particle is the father's,
// so a shorter name that gives another there (skipping him for a forebear) is another man's.
bool otherFather(const Lexicon& lex, const std::vector<QString>& small, const std::vector<QString>& big)
{
    std::size_t k = 1;
    while (k + 1 < small.size() && !lex.has(Cue::ParentParticle, small[k]))
        ++k;
    if (k + 1 >= small.size())
        return false;
    for (std::size_t j = 0; j + k + 1 < big.size(); ++j) {
        if (!std::equal(small.begin(), small.begin() + std::ptrdiff_t(k), big.begin() + std::ptrdiff_t(j)))
            continue;
        // the given names agree here: the father must follow them, after a parent particle
        return !(lex.has(Cue::ParentParticle, big[j + k]) && big[j + k + 1] == small[k + 1]);
    }
    return false;
}

// The title as the text writes it where that says more than the canonical office: "Foreign
// Secretary" (a civil servant in Delhi, a minister in London), "Secretary of Defense",
// "National Security Advisor". The canonical name stays where the written form contains all
// its words ("Minister of Foreign Affairs" is a Foreign Minister) or shares none of them
// ("PM", "top diplomat").
QString writtenTitle(const DocContext& ctx, const SentenceInfo& s, int b, int e);

// The word keys of a title's canonical name, tokenized once per thread and name (a pass asks
// at every title written, and a name has the same keys each time).
static const std::vector<QString>& titleNameKeys(const QString& name)
{
    thread_local QHash<HashedKey, std::vector<QString>> cache; // (hashed inline, see HashedKey)
    auto it = cache.find(name);
    if (it == cache.end()) {
        std::vector<QString> keys;
        for (const Token& t : shortTokens(name)) {
            if (t.kind == Token::Word)
                keys.push_back(t.key);
        }
        it = cache.emplace(name, std::move(keys));
    }
    return it.value();
}

QString titleAsWritten(const DocContext& ctx, const SentenceInfo& s, const PhraseMatch& m, const TitleEntry& te)
{
    if (m.plural || m.end - m.begin > 8)
        return te.name;
    // the distinct words written (eight at most: a small list, no tree of copies)
    std::array<const TokenKey*, 8> written{};
    int nWritten = 0;
    for (int i = m.begin; i < m.end; ++i) {
        const Token& t = s.tok(i);
        if (t.kind != Token::Word)
            continue;
        if (std::none_of(written.begin(), written.begin() + nWritten,
                         [&](const TokenKey* w) { return sameKey(*w, t.key); }))
            written[std::size_t(nWritten++)] = &t.key;
    }
    const auto writtenHas = [&](const QString& key) {
        return std::any_of(written.begin(), written.begin() + nWritten,
                           [&](const TokenKey* w) { return sameKey(*w, key); });
    };
    bool shares = false;
    bool containsAll = true;
    for (const QString& key : titleNameKeys(te.name)) {
        if (writtenHas(key))
            shares = true;
        else
            containsAll = false;
    }
    // descriptions ("EU foreign policy chief", "top diplomat") are no office's name
    const bool office = std::any_of(written.begin(), written.begin() + nWritten,
                                    [&](const TokenKey* w) { return ctx.lex.has(Cue::OfficeNoun, *w); });
    // "Cabinet Secretary" (a minister in Nairobi): two words or more holding an office noun say
    // more than the canonical name they share no word with; "PM", "premier" do not. One word
    // whose office noun is marked "own" ("spokeswoman", "chairman", "aide") is the text's own
    // wording of the office, not a synonym, and stays.
    const bool ownWord = nWritten == 1 && ctx.lex.value(Cue::OfficeNoun, *written[0]) == QLatin1String("own");
    const bool ownOffice = !shares && (nWritten >= 2 || ownWord);
    if ((!shares && !ownOffice) || containsAll || !office)
        return te.name;
    return writtenTitle(ctx, s, m.begin, m.end);
}

// Tokens [b, e) as a title: "national security advisor" -> "National Security Advisor"; "of",
// "the" stay small.
QString writtenTitle(const DocContext& ctx, const SentenceInfo& s, int b, int e)
{
    QString text;
    for (int i = b; i < e; ++i) {
        const Token& t = s.tok(i);
        if (i > b)
            text += t.hyphenBefore ? QStringLiteral("-") : (t.spaceBefore ? QStringLiteral(" ") : QString());
        QString word = QStringView(ctx.doc.text).mid(t.start, t.end - t.start).toString();
        if (t.kind == Token::Word && !t.cap && !isFunctionWord(ctx.lex, t.key) && !word.isEmpty())
            word[0] = word.at(0).toUpper();
        text += word;
    }
    return text;
}

struct OfficialHit
{
    int phraseBegin = 0; ///< first token of "[the] [Syrian] Foreign Minister"
    int nameBegin = 0;
    int nameEnd = 0;
    QStringList titles;
    bool commaTitles = false; ///< a later title follows a comma, not "and"
    int titleEntry = -1;
    int state = -1;
    QString affiliationRule;
    int organization = -1;
    bool former = false;
    bool honorificOnly = false;
    bool royal = false;
    QString rank; ///< the royal title a one-word name is known by ("Sultan" Ibrahim)
    QString rule;
    int givenRankAt = -1; ///< a rank read as a given name ("Senator Sultan Mahmood Khan")
};

// The end of the name written in tokens [b, e): "Sir Alan Pember KC", "Alan Pember, OBE,": a
// post-nominal honour ends a name and is no part of the name written (a generational suffix,
// "Jr.", is)
int writtenNameEnd(const SentenceInfo& s, int b, int e)
{
    int end = e;
    for (;;) {
        int k = end;
        if (k - b >= 2 && s.key(k - 1) == ","_key)
            --k;
        if (k - b < 2 || !s.tok(k - 1).allCaps || s.lex->value(Cue::NameSuffix, s.key(k - 1)) != "post-nominal"_key)
            return end;
        --k;
        if (k - b >= 2 && s.key(k - 1) == ","_key)
            --k;
        end = k;
    }
}

// The name written in tokens [b, e) without a nickname in quotes inside it.
QString surfaceWithoutNickname(const DocContext& ctx, const SentenceInfo& s, int b, int e)
{
    for (int k = b + 1; k < e; ++k)
        if (const int nick = nicknameEnd(s, k); nick > k && nick < e)
            return ctx.surface(s, b, k) + QLatin1Char(' ') + ctx.surface(s, nick, e);
    return ctx.surface(s, b, e);
}

int registerPerson(DocContext& ctx, const SentenceInfo& s, const OfficialHit& h)
{
    std::vector<QString> keys = nameKeys(s, h.nameBegin, h.nameEnd);
    if (keys.empty())
        return -1;
    const int formEnd = writtenNameEnd(s, h.nameBegin, h.nameEnd);
    QString form = surfaceWithoutNickname(ctx, s, h.nameBegin, formEnd);
    // "Mr. MOTEGI Toshimitsu", "Mr. KOIZUMI Shinjiro": a Japanese ministry writes the family name
    // first, in capitals; the person is "Toshimitsu Motegi", whom "Minister Motegi" names later
    if (h.nameEnd - h.nameBegin == 2 && keys.size() == 2) {
        const Token& family = s.tok(h.nameBegin);
        const Token& given = s.tok(h.nameBegin + 1);
        const QString familyText = ctx.surface(s, h.nameBegin, h.nameBegin + 1);
        const QString givenText = ctx.surface(s, h.nameBegin + 1, h.nameEnd);
        const bool letters = std::all_of(familyText.begin(), familyText.end(), [](QChar c) { return c.isLetter(); });
        // (no acronym of a state, a body or a title)
        const PhraseMatch* known = s.matchOf(h.nameBegin);
        const bool acronym = known && known->kind != PhraseKind::Person;
        if (family.allCaps && familyText.size() >= 3 && letters && !acronym && given.cap &&
            !given.allCaps && !given.hyphenBefore && given.kind == Token::Word) {
            form = givenText + QLatin1Char(' ') + familyText.front() + familyText.mid(1).toLower();
            std::swap(keys[0], keys[1]);
        }
    }
    if (form.endsWith(QLatin1Char(',')))
        form.chop(1);
    // "... Samdech Techo Hun Sen.": the sentence's full stop read into a name word's abbreviation
    if (form.endsWith(QLatin1Char('.')) && h.nameEnd >= s.size() && s.key(h.nameEnd - 1).size() > 1 &&
        !s.lex->has(Cue::NameSuffix, s.key(h.nameEnd - 1)))
        form.chop(1);
    // "Queen Elizabeth", "King Charles": a one-word name is known by its royal title ("Abdullah
    // II", with its ordinal, is a name of its own).
    // The one-word name as written stays a form of the monarch's ("Philippe"), as for a
    // dictionary monarch.
    const QString bare = form;
    const bool ranked = h.royal && keys.size() == 1 && h.nameEnd - h.nameBegin == 1 && !h.rank.isEmpty();
    if (ranked)
        form = h.rank + QLatin1Char(' ') + form;
    int idx = -1;
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        if (ctx.persons[std::size_t(i)].keys == keys) {
            idx = i;
            break;
        }
    }
    if (idx < 0) {
        Person p;
        p.keys = keys;
        p.name = form;
        p.rule = h.rule;
        ctx.persons.push_back(std::move(p));
        idx = int(ctx.persons.size()) - 1;
    }
    Person& p = ctx.persons[std::size_t(idx)];
    if (!p.forms.contains(form))
        p.forms << form;
    if (ranked && !p.forms.contains(bare))
        p.forms << bare;
    if ((p.titles.isEmpty() || (onlyHonorifics(ctx.g, p.titles) && !h.honorificOnly)) && !h.titles.isEmpty()) {
        p.titles = h.titles;
        p.commaTitles = h.commaTitles;
        p.titleRule = h.rule;
        p.former = h.former;
    }
    if ((!h.honorificOnly || h.state >= 0) && !p.privateCalling)
        p.official = true;
    if (h.state >= 0 && p.stateStrength < 3) {
        p.state = h.state;
        p.stateStrength = 3;
        p.stateInferred = false;
        p.setAffiliation(h.affiliationRule);
    }
    if (h.organization >= 0 && p.organization < 0) {
        p.organization = h.organization;
        if (p.affiliationRule.isEmpty())
            p.setAffiliation(h.affiliationRule);
    }
    // Known officials: the dictionary fills what the sentence did not say.
    if (p.dictionary < 0) {
        for (const QString& f : p.forms) {
            const int d = ctx.g.personEntry(f, ctx.anchor);
            if (d >= 0) {
                p.dictionary = d;
                break;
            }
        }
    }
    p.mentions.push_back(ctx.mention(s, h.nameBegin, formEnd, h.rule));
    p.lastSentence = s.index;
    ctx.refs.push_back({s.index, h.nameBegin, h.nameEnd, idx, RefKind::Name});
    return idx;
}

void applyDictionary(DocContext& ctx, Person& p)
{
    if (p.dictionary < 0)
        return;
    // "The President of the Republic, A", whose entries are his presidency and a later chair of
    // an organisation: the entry of the office the text gives; an organisation's office the
    // text does not give ("Prime Minister A", entered for a later UN post) is not this article's
    // (the titles as written, folded once, and the gazetteer title each names, -1 when none)
    std::vector<std::pair<QString, int>> written;
    written.reserve(std::size_t(p.titles.size()));
    for (const QString& t : p.titles) {
        QString key = foldKey(t);
        const int ti = ctx.g.titleByName.value(key, -1);
        written.emplace_back(std::move(key), ti);
    }
    bool stateOffice = false;
    for (const auto& [key, ti] : written)
        stateOffice = stateOffice || (ti >= 0 && !isOrganisationTitle(ctx.g.titles[std::size_t(ti)]));
    // (a title as written is the entry's office when it names the same gazetteer title:
    // "Treasury Secretary" is a form of "Finance Minister")
    const auto fits = [&](const PersonEntry& x) {
        const QString entryKey = foldKey(x.title);
        const int entryTitle = ctx.g.titleByName.value(entryKey, -1);
        return std::any_of(written.begin(), written.end(), [&](const std::pair<QString, int>& w) {
            return w.first == entryKey || (entryTitle >= 0 && w.second == entryTitle);
        });
    };
    // (an office of its own, not an honorific nor a bare word: "Mr. A", "Secretary B")
    const bool ownOffice = std::any_of(written.begin(), written.end(), [&](const std::pair<QString, int>& w) {
        const int ti = w.second;
        return ti >= 0 && !isOrganisationTitle(ctx.g.titles[std::size_t(ti)]) &&
               ctx.g.titles[std::size_t(ti)].category != "honorific"_key &&
               ctx.g.titles[std::size_t(ti)].category != "generic"_key;
    });
    bool otherOffice = false;
    if (stateOffice && !fits(ctx.g.people[std::size_t(p.dictionary)])) {
        const QString& who = ctx.g.people[std::size_t(p.dictionary)].name;
        for (int i = 0; i < int(ctx.g.people.size()); ++i)
            if (ctx.g.people[std::size_t(i)].name == who && fits(ctx.g.people[std::size_t(i)]) &&
                !ctx.g.people[std::size_t(i)].state.isEmpty()) {
                p.dictionary = i;
                break;
            }
        otherOffice = !fits(ctx.g.people[std::size_t(p.dictionary)]);
    }
    const PersonEntry& e = ctx.g.people[std::size_t(p.dictionary)];
    const QString why = QStringLiteral("dictionary: ") + e.name;
    p.official = true;
    if ((p.titles.isEmpty() || onlyHonorifics(ctx.g, p.titles)) && !e.title.isEmpty()) {
        p.titles.clear();
        p.titles << e.title;
        p.titleRule = why;
    }
    // "NATO Secretary General Stoltenberg": the text says whom he serves; an entry of another
    // office of his (a national one) says nothing of this article.
    // "Defense Minister Pedro Sanchez" in a Colombian story: maybe a namesake of the
    // dictionary's Spanish prime minister. The text gives him an office the entry's person never
    // held, and never names the entry's state: marked, for assignFallbackStates() to weigh the
    // story's states against the entry's.
    const auto namedInText = [&](int st) {
        return std::any_of(ctx.stateHits.begin(), ctx.stateHits.end(),
                           [&](const StateHit& h) { return h.state == st && h.counts; });
    };
    // "Congo's President A", whom the dictionary knows as the Republic of the Congo's: a short
    // name the text gives (an alias, not the state's own name) that is a word of the entry's
    // state's name says no more than the entry, which names the state in full; the entry's
    // state, for the office it gives (session 25, states25)
    const auto shortNameOfEntryState = [&](int entryState) {
        if (p.state < 0 || entryState < 0 || entryState == p.state || !fits(e))
            return false;
        const QStringList entryWords = foldKey(ctx.g.states[std::size_t(entryState)].name).split(QLatin1Char(' '));
        const QString own = foldKey(ctx.g.states[std::size_t(p.state)].name);
        return std::any_of(ctx.stateHits.begin(), ctx.stateHits.end(), [&](const StateHit& h) {
            const QString form = foldKey(h.form);
            return h.state == p.state && form != own && entryWords.contains(form);
        });
    };
    if ((p.stateStrength < 2 || shortNameOfEntryState(ctx.g.stateIndex(e.state))) && !e.state.isEmpty() &&
        p.organization < 0) {
        const int st = ctx.g.stateIndex(e.state);
        p.namesake = st >= 0 && otherOffice && ownOffice && !namedInText(st);
        if (st >= 0) {
            p.state = st;
            p.stateStrength = 2;
            p.stateInferred = false;
            p.setAffiliation(why, true);
        }
    }
    // "Brussels sent its top diplomat A", whom the dictionary knows only as an organisation's
    // officer: a state office the text gives with no state ("top diplomat" reads as a foreign
    // minister) describes that office, and she is of no state (session 25, states25b)
    // (a description: the word before the first mention is no office noun, "top diplomat A",
    // unlike "Prime Minister A", the text's own office)
    const auto described = [&] {
        if (p.mentions.empty() || p.mentions.front().sentence >= int(ctx.sents.size()))
            return false;
        const SentenceInfo& s = ctx.sents[std::size_t(p.mentions.front().sentence)];
        for (int i = 1; i < s.size(); ++i)
            if (s.tok(i).start == p.mentions.front().start)
                return s.tok(i - 1).kind == Token::Word && !s.tok(i - 1).cap &&
                       !ctx.lex.has(Cue::OfficeNoun, s.key(i - 1));
        return false;
    };
    const bool describesEntryOffice = otherOffice && p.state < 0 && !e.organization.isEmpty() && described();
    if (describesEntryOffice) {
        p.titles.clear();
        p.titles << e.title;
        p.titleRule = why;
    }
    if (p.organization < 0 && !e.organization.isEmpty() && (!otherOffice || describesEntryOffice)) {
        const QString organizationKey = foldKey(e.organization);
        for (int i = 0; i < int(ctx.g.organizations.size()); ++i) {
            const OrganizationEntry& o = ctx.g.organizations[std::size_t(i)];
            if (foldKey(o.name) == organizationKey ||
                std::any_of(o.aliases.begin(), o.aliases.end(),
                            [&](const QString& a) { return foldKey(a) == organizationKey; })) {
                p.organization = i;
                if (p.stateStrength < 3)
                    p.setAffiliation(why, true);
                break;
            }
        }
    }
    if (!p.forms.contains(e.name))
        p.forms << e.name;
}

// "Syria's", and "the United States' envoy", "the United Nations' envoy": the plural's bare
// apostrophe, right after a word that ends in "s", marks a possessive as "'s" does.
bool possessiveMarkAt(const SentenceInfo& s, int k)
{
    if (s.key(k) == "'s"_key)
        return true;
    if (k <= 0 || k >= s.size())
        return false;
    const Token& t = s.tok(k);
    return t.kind == Token::Punct && !t.spaceBefore && (t.punct == QLatin1Char('\'') || t.punct == QChar(0x2019)) &&
           s.tok(k - 1).kind == Token::Word && s.key(k - 1).endsWith(QLatin1Char('s'));
}

// The state named right at token k, as "Syrian", "Syria", "Syria's", "Moscow's", or -1.
int stateEndingAt(const SentenceInfo& s, int k, int* begin, QString* how)
{
    const PhraseMatch* pm = s.matchOf(k);
    // "received in Damascus Deputy Prime Minister A of Jordan": a city after "in" or "at" is
    // where the title's holder is, not whose official he is
    const bool venue = pm && pm->kind == PhraseKind::Place &&
                       (s.key(pm->begin - 1) == "in"_key || s.key(pm->begin - 1) == "at"_key);
    if (pm && pm->end == k + 1 && !venue) {
        if (pm->kind == PhraseKind::Demonym || pm->kind == PhraseKind::State ||
            pm->kind == PhraseKind::Place) {
            *begin = pm->begin;
            *how = pm->kind == PhraseKind::Demonym ? QStringLiteral("demonym before the title")
                                                   : QStringLiteral("state before the title");
            return pm->entry;
        }
    }
    if (possessiveMarkAt(s, k)) {
        pm = s.matchOf(k - 1);
        if (pm && pm->end == k &&
            (pm->kind == PhraseKind::State || pm->kind == PhraseKind::Place)) {
            *begin = pm->begin;
            *how = QStringLiteral("possessive state before the title");
            return pm->entry;
        }
    }
    return -1;
}

int orgEndingAt(const SentenceInfo& s, int k, int* begin)
{
    int kk = k;
    if (possessiveMarkAt(s, kk))
        --kk;
    const PhraseMatch* pm = s.matchOf(kk);
    if (pm && pm->end == kk + 1 && pm->kind == PhraseKind::Organization) {
        *begin = pm->begin;
        return pm->entry;
    }
    return -1;
}

// "the Lao People's Revolutionary Party", "His Majesty's Office": a possessive at r inside a
// body's name begun at q; not a state's, which opens another official ("Minister for Home
// Affairs A and New Zealand's High Commissioner B").
bool possessiveInBody(const SentenceInfo& s, int r, int q)
{
    if (s.key(r) != "'s"_key || r <= q || r + 1 >= s.size() || s.tok(r + 1).kind != Token::Word || !s.tok(r + 1).cap)
        return false;
    const PhraseMatch* owner = s.matchOf(r - 1);
    const PhraseMatch* owned = s.matchOf(r + 1);
    return (!owner || (owner->kind != PhraseKind::State && owner->kind != PhraseKind::Place)) &&
           (!owned || owned->kind != PhraseKind::Title);
}

// "Minister of Mines and Energy A B and Minister of Commerce C": capitalised words after the
// body's last head noun (from q; -1 when none yet), then "and" or a comma and another title, are
// a person's name; the connector at r joins the next official, not another field.
// So are those before "and" and a state's title: "Minister for Policing A B and New Zealand's
// High Commissioner C", "... and Australian Foreign Minister D".
bool nameBeforeNextTitle(const SentenceInfo& s, int q, int r, int lastHead)
{
    int at = r + 1;
    if (const PhraseMatch* state = s.matchOf(at); state && state->begin == at &&
        (state->kind == PhraseKind::State || state->kind == PhraseKind::Demonym))
        at = state->end + (s.key(state->end) == "'s"_key ? 1 : 0);
    const PhraseMatch* next = s.matchOf(at);
    const bool joinsTitle = (s.key(r) == "and"_key || s.key(r) == ","_key) && next && next->begin == at &&
                            next->kind == PhraseKind::Title;
    return joinsTitle && r - std::max(lastHead + 1, q) >= 2;
}

int portfolioFieldEnd(const Lexicon& lex, const SentenceInfo& s, int q);
int stateListEnd(const SentenceInfo& s, int q);

// "Minister for Trade, Co-operatives, MSMEs and Communications A": the comma at `comma` opens an
// enumeration of fields in capitals that "and" and a portfolio's field close; the fields
// between need not be known ones. Returns the end of the closing field, or -1. The words of
// the fields are the title's, never a person's name.
int fieldEnumerationEnd(const Lexicon& lex, const SentenceInfo& s, int comma)
{
    const int n = s.size();
    int r = comma;
    int items = 0;
    while (r < n && s.key(r) == ","_key && items < 6) {
        int w = r + 1;
        int words = 0;
        while (w < n && s.tok(w).kind == Token::Word && !s.nameTok[std::size_t(w)] &&
               (s.tok(w).cap || (w > r + 1 && s.tok(w).hyphenBefore))) {
            const PhraseMatch* m = s.matchOf(w);
            if ((m && m->kind != PhraseKind::Demonym) || isFunctionWord(lex, s.key(w)))
                return -1;
            if (!s.tok(w).hyphenBefore && ++words > 3)
                return -1;
            ++w;
        }
        if (words == 0)
            return -1;
        ++items;
        r = w;
    }
    if (s.key(r) == ","_key && s.key(r + 1) == "and"_key)
        ++r;
    if (items == 0 || s.key(r) != "and"_key)
        return -1;
    int f = portfolioFieldEnd(lex, s, r + 1);
    // "..., Prisons and Corrections Services, A": or a body's head noun closes it
    for (int w = r + 1, words = 0; w < n && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.matchOf(w) &&
                                   !s.nameTok[std::size_t(w)] && ++words <= 3;
         ++w)
        if (lex.has(Cue::BodyHead, s.key(w)))
            f = std::max(f, w + 1);
    // ("Minister of Economic Inclusion, Small Business, Employment and Skills, A B": or, two
    // fields or more before it, one to three words in capitals the comma and a full name follow;
    // "..., Land Reform and Employment Creation, A B": so too after a known field in them)
    if (items >= 2 || f > r + 1) {
        int w = r + 1;
        while (w < n && w - r <= 3 && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.tok(w).allCaps && !s.matchOf(w) &&
               !s.nameTok[std::size_t(w)] && !isFunctionWord(lex, s.key(w)))
            ++w;
        if (w > f && w + 1 < n && s.key(w) == ","_key && isNameStart(s, w + 1) && parseName(s, w + 1, n) - (w + 1) >= 2)
            f = w;
    }
    return f > r + 1 ? f : -1;
}

int unknownFieldEnd(const SentenceInfo& s, int q, int fail);

// "head of the UN Support Mission in Libya (UNSMIL), A": after an organisation's name at `e`, a
// body of it named by capitalised words, where it serves and its acronym in brackets (a name
// takes no acronym nor a state it serves in: the words are the body's, never a person's).
// ("head of the IMF mission to Egypt, A", "the EU delegation in Egypt": or its body's head
// noun in lower case)
// Returns the end, or `e`.
int namedBodyEnd(const Lexicon& lex, const SentenceInfo& s, int e)
{
    const int n = s.size();
    int r = e;
    while (r < n && r - e < 5 && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.tok(r).allCaps &&
           !s.nameTok[std::size_t(r)] && !s.matchOf(r))
        ++r;
    if (r == e && r < n && s.tok(r).kind == Token::Word && !s.tok(r).cap &&
        (lex.has(Cue::BodyHead, s.key(r)) || lex.has(Cue::DelegationNoun, s.key(r))))
        ++r;
    int where = r;
    if (r > e && (s.key(r) == "in"_key || s.key(r) == "for"_key || s.key(r) == "to"_key)) {
        const int q = s.key(r + 1) == "the"_key ? r + 2 : r + 1;
        if (const PhraseMatch* at = s.matchOf(q);
            at && at->begin == q && (at->kind == PhraseKind::State || at->kind == PhraseKind::Place))
            where = at->end;
    }
    if (r > e && s.key(where) == "("_key && where + 2 < n && s.key(where + 2) == ")"_key && s.tok(where + 1).allCaps)
        return where + 3;
    // ("the UN Support Mission in Libya, A": or the state it serves in, then the comma)
    return where > r && (where >= n || s.key(where) == ","_key || s.key(where) == "."_key) ? where : e;
}

// "of [the] X": a state, an organisation, or a body whose last noun is a head word.
// Returns the token after what it consumed, or `p` when nothing fits.
// "Country Director of the Asian Development Bank (ADB) Nepal Resident Mission, A": after an
// organisation, the unit it keeps in a state, a place and capitalised words up to a body's head
// noun (lexicon `body-head`), closed by a comma or the sentence's end. Returns the end of the
// unit, or e when none closes there (not "of the ADB Arnaud Cauchois": no head noun).
int organisationUnitEnd(const Lexicon& lex, const SentenceInfo& s, int e)
{
    const int n = s.size();
    int r = e;
    int unit = e;
    while (r < n && r - e < 5 && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.nameTok[std::size_t(r)]) {
        if (const PhraseMatch* m = s.matchOf(r)) {
            if (m->begin != r || (m->kind != PhraseKind::State && m->kind != PhraseKind::Place))
                break;
            r = m->end;
            continue;
        }
        if (lex.has(Cue::BodyHead, s.key(r)))
            unit = r + 1;
        ++r;
    }
    const bool closed = unit >= n || s.key(unit) == ","_key || (s.key(unit) == "."_key && unit + 1 == n);
    return unit > e && unit == r && closed ? unit : e;
}

int extendOf(const SentenceInfo& s, int p, int* state, int* org, QStringList* titles,
             const GazetteerData& g, const Lexicon& lex)
{
    const int n = s.size();
    int q = p + 1;
    // "of the Netherlands", "of the Philippines": a state whose name the gazetteer writes with
    // its article is matched from "the" (not "of the Emirates Policy Center", a body's name)
    if (const PhraseMatch* withThe = s.matchOf(q);
        withThe && withThe->begin == q && s.key(q) == "the"_key && withThe->kind == PhraseKind::State &&
        (withThe->end >= n || !s.tok(withThe->end).cap)) {
        *state = withThe->entry;
        return withThe->end;
    }
    if (s.key(q) == "the"_key)
        ++q;
    if (q >= n)
        return p;
    const PhraseMatch* pm = s.matchOf(q);
    // "of the Seychelles Defence Forces": a state written with its article ("the Seychelles")
    // opens a body's name as well
    const bool stateWithThe = pm && pm->begin == q - 1 && pm->kind == PhraseKind::State && s.key(q - 1) == "the"_key;
    if (pm && (pm->begin == q || stateWithThe)) {
        if (pm->kind == PhraseKind::State || (pm->kind == PhraseKind::Place && pm->capital)) {
            *state = pm->entry;
            // "of the Bangladesh Nationalist Party", "of the Kenya Defence Forces": the state
            // opens a body's name, which capitalised words up to its head noun end
            // ("of the Djibouti Ports and Free Zones Authority": its words may be joined by "and",
            // "of" or "&", each followed by another capitalised word; "of the Kenya Power
            // Company": a firm's head noun ends it too)
            int body = -1;
            const auto bodyWord = [&](int r) {
                return r < n && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.tok(r).allCaps && !s.matchOf(r) &&
                       !s.nameTok[std::size_t(r)];
            };
            // ("of the Abu Dhabi Ports Authority": or a capital opens it)
            for (int r = pm->end; r < n && r - pm->end < 8; ++r) {
                    if (r > pm->end && (s.key(r) == "and"_key || s.key(r) == "of"_key || s.key(r) == "&"_key) &&
                        bodyWord(r + 1))
                        continue;
                    if (!bodyWord(r))
                        break;
                    if (lex.has(Cue::BodyHead, s.key(r)) || lex.has(Cue::ThingHead, s.key(r)))
                        body = r + 1;
                }
            if (body > 0 || !stateWithThe)
                return body > 0 ? body : pm->end;
            // (with its article, only before a body: "of the Seychelles People's Defence Forces"
            // is read word by word below)
            *state = -1;
        }
    }
    // "Crown Prince of Dubai", "Ruler of Sharjah": a city of a known state, the whole body
    const LexiconPhrase* city = nullptr;
    const int cityEnd = s.tok(q).cap ? lexiconPhraseAt(lex, Cue::City, s, q, &city) : -1;
    // ("Deputy Ruler of Sharjah Sheikh A": an honorific may follow the city)
    const PhraseMatch* afterCity = cityEnd > q && cityEnd < n ? s.matchOf(cityEnd) : nullptr;
    const bool honorificAfter = afterCity && afterCity->begin == cityEnd && afterCity->kind == PhraseKind::Title &&
                                g.titles[std::size_t(afterCity->entry)].category == "honorific"_key;
    // ("Governor of Kano State, A": or the area's noun the city names, lexicon `area-noun`)
    const bool areaAfter = cityEnd > q && cityEnd < n && s.tok(cityEnd).cap && !s.matchOf(cityEnd) &&
                           lex.has(Cue::AreaNoun, s.key(cityEnd)) &&
                           (cityEnd + 1 >= n || !s.tok(cityEnd + 1).cap || !lex.has(Cue::BodyHead, s.key(cityEnd + 1)));
    if (cityEnd > q && (cityEnd >= n || !s.tok(cityEnd).cap || honorificAfter || areaAfter)) {
        if (const int st = g.stateIndex(city->value); st >= 0) {
            *state = st;
            return areaAfter ? cityEnd + 1 : cityEnd;
        }
    }
    // ("of the European Union": an organisation the gazetteer writes with its article is matched
    // from "the")
    const bool orgWithThe = pm && pm->kind == PhraseKind::Organization && q == p + 2 && pm->begin == p + 1;
    if (pm && (pm->begin == q || orgWithThe)) {
        if (pm->kind == PhraseKind::Organization) {
            *org = pm->entry;
            int e = pm->end;
            if (s.key(e) == "("_key && s.key(e + 2) == ")"_key)
                e += 3;
            // "the President of the ECOWAS Commission, A": the organisation's own body
            while (e < n && s.tok(e).kind == Token::Word && s.tok(e).cap && !s.nameTok[std::size_t(e)] &&
                   !s.matchOf(e) && lex.has(Cue::BodyHead, s.key(e)))
                ++e;
            e = organisationUnitEnd(lex, s, e);
            // "the Special Representative of the UN Secretary-General": the organisation's
            // officer whose envoy the office is belongs to the 'of' phrase, no office of its own
            if (const PhraseMatch* principal = e < n ? s.matchOf(e) : nullptr;
                principal && principal->begin == e && principal->kind == PhraseKind::Title && !principal->plural &&
                isOrganisationTitle(g.titles[std::size_t(principal->entry)]))
                return principal->end;
            return namedBodyEnd(lex, s, e);
        }
    }
    int r = q;
    int lastHead = -1;
    int innerState = -1;
    while (r < n && r - q < 9) {
        const Token& t = s.tok(r);
        const PhraseMatch* m = s.matchOf(r);
        // ("Secretary of Defense A B\nWhite House Chief of Staff C D": a body's name ends with
        // its line)
        if (r > q && s.lineBreakBefore(r))
            break;
        if (t.kind == Token::Word && t.cap && !s.nameTok[std::size_t(r)]) {
            // "Chief of the Turkish General Staff": the state named inside the body's name
            if (m && (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym) && m->begin == r) {
                innerState = m->entry;
                lastHead = m->end - 1;
                r = m->end;
                continue;
            }
            // "Deputy Minister of Finance and Planning Dr. A": an honorific ends the body; the
            // name follows it
            if (m && m->begin == r && m->kind == PhraseKind::Title && lastHead == r - 1 && innerState < 0 &&
                g.titles[std::size_t(m->entry)].category == "honorific"_key && isNameStart(s, m->end))
                break;
            if (m && (m->kind == PhraseKind::Title || m->kind == PhraseKind::Organization)) {
                if (m->kind == PhraseKind::Title && titles)
                    *titles << g.titles[std::size_t(m->entry)].name;
                lastHead = m->end - 1;
                r = m->end;
                // ("of the UN Support Mission in Libya (UNSMIL)": the organisation's named body)
                if (const int body = m->kind == PhraseKind::Organization ? namedBodyEnd(lex, s, r) : r; body > r) {
                    *org = m->entry;
                    lastHead = body - 1;
                    r = body;
                    break;
                }
                continue;
            }
            // "Minister of Investment and Foreign Trade Hassan Fares": a portfolio's field ends
            // it as a body's head noun does ("Director General of the Rosatom State Corporation
            // A B", "President of the Korea Hydro and Nuclear Power Company C": so does a firm's)
            if (lex.has(Cue::BodyHead, t.key) || lex.has(Cue::PortfolioWord, t.key) || lex.has(Cue::ThingHead, t.key))
                lastHead = r;
            ++r;
        } else if (const int fields = t.key == ","_key && r > q ? fieldEnumerationEnd(lex, s, r) : -1; fields > r) {
            lastHead = fields - 1;
            r = fields;
        } else if (!nameBeforeNextTitle(s, q, r, lastHead) &&
                   (((t.key == "and"_key || t.key == "of"_key || t.key == "the"_key || t.key == "for"_key ||
                      t.key == "&"_key) &&
                     r + 1 < n && s.tok(r + 1).cap && r > q) ||
                    // "Minister of Energy, Petroleum and Mines": a comma between fields
                    (t.key == ","_key && r > q && r + 1 < n && s.tok(r + 1).cap &&
                     lex.has(Cue::PortfolioWord, s.key(r + 1))) ||
                    possessiveInBody(s, r, q))) {
            ++r;
        } else if (t.key == "("_key && s.key(r + 2) == ")"_key && s.tok(r + 1).allCaps) {
            // "Office of Foreign Assets Control (OFAC)": the body's acronym; not "Alemu Sime (PhD)"
            lastHead = r + 2;
            r += 3;
        } else {
            break;
        }
    }
    if (lastHead >= 0) {
        if (innerState >= 0)
            *state = innerState;
        // "Commissioner for Economy and Productivity A B", "Minister of Defence and Space C D":
        // after "and", a field the lexicon does not know, in capitals, then a two-word name
        if (s.key(lastHead + 1) == "and"_key && lastHead + 2 < n && s.tok(lastHead + 2).cap &&
            lex.has(Cue::PortfolioWord, s.key(lastHead))) {
            if (const int field = unknownFieldEnd(s, lastHead + 2, -1); field > lastHead + 2)
                return field;
        }
        return lastHead + 1;
    }
    // ("Minister for Economic Revitalization A B, is set to": a field and a two-word name, the
    // comma closing the name, when no name follows it)
    const auto bodyWord = [&](int k) {
        return lex.has(Cue::BodyHead, s.key(k)) || lex.has(Cue::ResearchBody, s.key(k)) || lex.has(Cue::ThingHead, s.key(k));
    };
    const int field = r > q && s.key(p) == "for"_key && !isNameStart(s, r + 1) ? unknownFieldEnd(s, q, -1) : -1;
    if (r > q && s.key(r) == ","_key && !(field > q && !bodyWord(r - 1) && !bodyWord(r - 2)))
        return r;
    return p;
}

} // namespace

bool isStopWord(const Lexicon& lex, const TokenKey& key)
{
    return lex.has(Cue::NameStop, key);
}

bool isParticle(const Lexicon& lex, const TokenKey& key)
{
    return lex.has(Cue::NameParticle, key);
}

// "the Kenya Long Distance Truck Drivers Union", "Transport Union chairman A": a research body's
// noun (lexicon `research-body`) whose body holds no office of a state. One of value `named`
// ("union") counts only after another capitalised word of the body's own name, not inside an
// organisation's or a state's name ("the African Union", "the Union of the Comoros") nor first
// ("Union Home Minister A": India's union government).
bool researchNounAt(const Lexicon& lex, const SentenceInfo& s, int k)
{
    if (!lex.has(Cue::ResearchBody, s.key(k)))
        return false;
    if (lex.value(Cue::ResearchBody, s.key(k)) != QLatin1String("named"))
        return true;
    const PhraseMatch* own = s.matchOf(k);
    const PhraseMatch* before = s.matchOf(k - 1);
    return !own && k > 0 && s.tok(k - 1).kind == Token::Word && s.tok(k - 1).cap && !s.tok(k).hyphenBefore &&
           !s.nameTok[std::size_t(k - 1)] && (!before || before->kind != PhraseKind::Title);
}

static bool isNameWordAt(const SentenceInfo& s, int i);

// "A K Rana Bhatt"static bool isNameWordAt(const SentenceInfo& s, int i);

// "A K Rana Bhatt", "A. K. Rana": a one-letter capital before another name word is an initial,
// even where the letter is a word of its own ("A", "I").
static bool isInitialAt(const SentenceInfo& s, int i)
{
    for (int k = i; k < s.size() && k - i < 4; ++k) {
        const Token& t = s.tok(k);
        if (t.kind != Token::Word || !t.cap || t.key.size() != 1 || t.hyphenBefore)
            return false;
        if (k + 1 < s.size() && s.tok(k + 1).key.size() > 1 && isNameWordAt(s, k + 1))
            return true;
    }
    return false;
}

static bool isNameWordAt(const SentenceInfo& s, int i)
{
    if (i < 0 || i >= s.size())
        return false;
    const Token& t = s.tok(i);
    if (t.kind != Token::Word || t.key == "'s"_key)
        return false;
    const PhraseMatch* m = s.matchOf(i);
    if (m && m->kind != PhraseKind::Person)
        return false;
    if (isCalendarWord(t)) {
        // "the Minister of Foreign Affairs, Monday Semaya Kumba, and": a day's name that opens an
        // appositive name of two more words, closed by a comma, "and" or the end, is a given name
        // (not "On Monday, A B" nor "on Monday A B said")
        const int n = s.size();
        // "Energy and Power Development minister July Moyo", "Hon. April B": right after a title,
        // before a name word of its own (no date, "Minister July 3"), a month's or a day's name
        // opens the name
        if (const PhraseMatch* title = i > 0 ? s.matchOf(i - 1) : nullptr;
            t.cap && title && title->kind == PhraseKind::Title && title->end == i && i + 1 < n &&
            !isCalendarWord(s.tok(i + 1)) && !s.tok(i + 1).allCaps && !s.lex->has(Cue::Ordinal, s.key(i + 1)) &&
            isNameWordAt(s, i + 1))
            return true;
        if (!t.cap || i < 2 || s.key(i - 1) != ","_key || !s.tok(i - 2).cap || i + 3 > n)
            return false;
        if (isCalendarWord(s.tok(i + 1)) || isCalendarWord(s.tok(i + 2)) || !isNameWordAt(s, i + 1) ||
            !isNameWordAt(s, i + 2) || s.tok(i + 1).allCaps || s.tok(i + 2).allCaps)
            return false;
        return i + 3 >= n || s.key(i + 3) == ","_key || s.key(i + 3) == "and"_key || s.key(i + 3) == "."_key;
    }
    // "To Lam", "An Ho-jin": a function word inside a name the people dictionary holds is a name
    // word there (not a title an alias opens: "President Xi")
    if (m && t.cap && !t.allCaps && s.lex->has(Cue::FunctionWord, t.key))
        return true;
    // "Kim Jong Un": a stop word that is an acronym ("UN", "EU") stops a name only in capitals.
    if (t.cap)
        return !s.lex->has(Cue::NameStop, t.key) || t.hyphenBefore ||
               (s.lex->has(Cue::AcronymStop, t.key) && !t.allCaps) || isInitialAt(s, i);
    return false;
}

// "Prime Minister Luís Montenegro", "Foreign Secretary Asad Alam Siam": a one-word state or
// place written right after a title and one or two given names, before no other capitalised
// word, is the person's surname.
static bool isSurnameLikePlace(const SentenceInfo& s, int i, int limit)
{
    if (i <= 1 || i >= limit)
        return false;
    int first = i;
    while (first > i - 2 && first > 1 && isNameWordAt(s, first - 1) && !s.nameTok[std::size_t(first - 1)] &&
           !s.matchOf(first - 1))
        --first;
    if (first == i)
        return false;
    // only right after a title: "Prime Minister Luís Montenegro", not "told Erdogan Turkey would";
    // or in an appositive the comma closes: "the Foreign Secretary of Ghana, Kwame Osei Chad,"
    const PhraseMatch* title = s.matchOf(first - 1);
    const bool appositive = first >= 2 && s.key(first - 1) == ","_key && s.tok(first - 2).kind == Token::Word &&
                            s.key(i + 1) == ","_key;
    // ("The head of AIMA, Pedro Portugal Gaspar,": or inside such a name, one more name word and
    // the comma after it)
    const bool inside = first >= 2 && s.key(first - 1) == ","_key && s.tok(first - 2).kind == Token::Word && isNameWordAt(s, i + 1) &&
                        !s.matchOf(i + 1) && s.key(i + 2) == ","_key;
    if ((!title || title->kind != PhraseKind::Title) && !appositive && !inside)
        return false;
    const Token& t = s.tok(i);
    const PhraseMatch* m = s.matchOf(i);
    if (t.kind != Token::Word || !t.cap || t.allCaps || t.hyphenBefore || !m || m->begin != i || m->end != i + 1 ||
        (m->kind != PhraseKind::State && m->kind != PhraseKind::Place))
        return false;
    return inside || i + 1 >= s.size() || !s.tok(i + 1).cap || s.tok(i + 1).kind != Token::Word;
}

// "Samdech Techo Hun Sen,", "Abdullahi Sheikh Ismail Fartaag": a one-word title written whole
// (no abbreviation's dot: "Sen", not "Sen.") right after a name word, before another name word
// or at the name's end, is part of the name; a title after a name is written after a comma.
static bool isTitleWordInName(const SentenceInfo& s, int i, int limit)
{
    if (i <= 0 || i >= limit || !isNameWordAt(s, i - 1))
        return false;
    const Token& t = s.tok(i);
    const PhraseMatch* m = s.matchOf(i);
    // (an abbreviation's dot that ends the sentence is its full stop: "... Samdech Techo Hun Sen.")
    const bool whole = t.end - t.start == t.key.size() || i + 1 >= s.size();
    if (t.kind != Token::Word || !t.cap || t.allCaps || t.hyphenBefore || !whole || !m ||
        m->kind != PhraseKind::Title || m->begin != i || m->end != i + 1)
        return false;
    // ("Bangladesh's Commerce Adviser, A": a portfolio's field before it is the office's, no name)
    if (s.lex->has(Cue::PortfolioWord, s.key(i - 1)))
        return false;
    if (i + 1 < limit && isNameWordAt(s, i + 1))
        return true;
    return (i + 1 >= s.size() || !s.tok(i + 1).cap) && s.key(i + 1) != "of"_key;
}

// "bin Saad": a lower-case particle standing apart (not "al-" joined to the next word) before
// a name word.
static bool isPatronymicAt(const SentenceInfo& s, int i)
{
    return i + 1 < s.size() && s.tok(i).kind == Token::Word && !s.tok(i).cap && s.lex->has(Cue::NameParticle, s.key(i)) &&
           !s.tok(i + 1).hyphenBefore && isNameWordAt(s, i + 1);
}

// Whether isNameStart() can hold at i: every way it has needs a word with a capital and no
// hyphen before, or the next word hyphenated and capitalised. Inline, so that a pass asking at
// every token ("the", "said") pays no call for the words that fail it.
static inline bool mayStartName(const SentenceInfo& s, int i)
{
    if (i < 0 || i >= s.size())
        return false;
    const Token& t = s.tok(i);
    if (t.kind != Token::Word)
        return false;
    return (t.cap && !t.hyphenBefore) || (i + 1 < s.size() && s.tok(i + 1).hyphenBefore && s.tok(i + 1).cap);
}

bool isNameStart(const SentenceInfo& s, int i)
{
    if (!mayStartName(s, i))
        return false;
    const Token& t = s.tok(i);
    const bool capStart = t.cap && !t.hyphenBefore;
    // "Minister of Foreign Affairs II A": an ordinal or "Jr" ends a name, never starts one
    if (s.lex->has(Cue::NameSuffix, t.key))
        return false;
    if (capStart && isNameWordAt(s, i))
        return true;
    // "Petra Kral": a one-word agency or place name that is also a first name; not the second
    // of two joined ("the Belgrade-Pristina Dialogue")
    const PhraseMatch* m = s.matchOf(i);
    if (t.cap && !t.hyphenBefore && m && m->begin == i && m->end == i + 1 &&
        (m->kind == PhraseKind::Agency || m->kind == PhraseKind::Place) && isNameWordAt(s, i + 1) &&
        !s.tok(i + 1).hyphenBefore)
        return true;
    // "Sultan bin Saad", "Emir bin Hamad": a one-word rank before a patronymic particle is
    // the given name, for a rank is followed by the name itself ("Prince Faisal bin Nawaf")
    if (t.cap && !t.hyphenBefore && m && m->kind == PhraseKind::Title && m->begin == i && m->end == i + 1 &&
        isPatronymicAt(s, i + 1))
        return true;
    // "al-Shaibani", "el-Sissi" written with a lower-case particle
    return i + 1 < s.size() && s.tok(i + 1).hyphenBefore && s.tok(i + 1).cap &&
           s.lex->has(Cue::NameParticle, t.key);
}

// "Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar", "Khalid bin Sultan": a rank right after
// a parent's particle (one capitalised word, "the late", may stand between) names the father
// inside the son's name, no official of its own.
static bool namesAParent(const SentenceInfo& s, int titleBegin)
{
    int j = titleBegin - 1;
    while (j > 0 && j >= titleBegin - 3 && s.tok(j).kind == Token::Word && s.tok(j).cap && !s.matchOf(j) &&
           (j == titleBegin - 1 || s.tok(j + 1).hyphenBefore))
        --j;
    return j >= 0 && j < s.size() && s.tok(j).kind == Token::Word && !s.tok(j).cap &&
           s.lex->has(Cue::ParentParticle, s.key(j));
}

// "Bolkiah ibni Al-Marhum Sultan Omar": where the particle at j opens a parent's ranked name,
// which names the father, not more of this name.
// "Abdullah bin Salem bin Sultan Al Qasimi": right after an Arabic "bin", a rank is the
// forebear's given name and the name goes on; only a particle of value `ranked` ("ibni") or a
// word between ("the late") make it a rank.
static bool opensRankedParent(const SentenceInfo& s, int j, int limit)
{
    int t = j + 1;
    while (t < limit && t - j <= 3 && s.tok(t).kind == Token::Word && s.tok(t).cap && !s.matchOf(t) &&
           (t == j + 1 || s.tok(t).hyphenBefore))
        ++t;
    const PhraseMatch* m = s.matchOf(t);
    if (t == j + 1 && s.lex->value(Cue::ParentParticle, s.key(j)) != "ranked"_key)
        return false;
    return m && m->begin == t && m->kind == PhraseKind::Title && namesAParent(s, t);
}

// A verb any of the lexicon's verb sets lists: what ends a name written in capitals.
static bool isCapsVerb(const Lexicon& lex, const TokenKey& key)
{
    static constexpr Cue kVerbs[] = {
        Cue::MeetingVerb, Cue::HoldVerb,    Cue::SpeechVerb, Cue::ReactionVerb, Cue::AppealVerb,
        Cue::HostVerb,    Cue::JourneyVerb, Cue::BriefVerb,  Cue::PresentVerb,  Cue::CeremonyVerb};
    return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                       [&](Cue c) { return lex.has(c, key); });
}

// 'Ferdinand "Bongbong" Marcos', "Mohamed ‘Farmaajo’ Abdullahi": a nickname in quotes (one to
// three capitalised words) between a name word and the rest of the name is no word of the name.
// Returns the token after its closing quote when one opens at i, or -1.
static int nicknameEnd(const SentenceInfo& s, int i)
{
    const auto quote = [&](int k, QChar a, QChar b) {
        return k < s.size() && s.tok(k).kind == Token::Punct && (s.tok(k).punct == a || s.tok(k).punct == b);
    };
    if (i < 1 || (!quote(i, QLatin1Char('"'), QChar(0x201C)) && !quote(i, QChar(0x2018), QChar(0x2018))))
        return -1;
    if (!s.tok(i).spaceBefore || !isNameWordAt(s, i - 1))
        return -1;
    int k = i + 1;
    while (k < s.size() && k - i <= 3 && s.tok(k).kind == Token::Word && s.tok(k).cap && s.tok(k).spaceBefore == (k > i + 1))
        ++k;
    if (k == i + 1 || !quote(k, QLatin1Char('"'), s.tok(i).punct == QChar(0x2018) ? QChar(0x2019) : QChar(0x201D)) ||
        s.tok(k).spaceBefore || k + 1 >= s.size() || !s.tok(k + 1).spaceBefore)
        return -1;
    return isNameWordAt(s, k + 1) && !s.tok(k + 1).hyphenBefore ? k + 1 : -1;
}

// "Ma. Theresa Lazaro", "Md. Tofazzal Hossain", "Mohd. Rashid Hasnon": a short given name
// abbreviated with a full stop that did not end the sentence, then the rest of the name; "Kh.
// Nyambaatar" written "Kh.Nyambaatar", "Ts.Dorjsuren": a Mongolian initial (one Cyrillic letter
// written as two) glued to the name by its full stop (not "Li.Officials", a sentence glued to a
// name: the initial has no vowel). Returns the end of the given name's full stop, else i + 1.
static int abbreviatedGivenNameEnd(const SentenceInfo& s, int i, int limit)
{
    const int dot = i + 1;
    if (dot + 1 >= limit || s.key(dot) != "."_key || s.tok(dot).spaceBefore)
        return i + 1;
    const Token& given = s.tok(i);
    const Token& next = s.tok(dot + 1);
    if (given.kind != Token::Word || given.allCaps || given.key.size() < 2 || given.key.size() > 4 ||
        !isNameWordAt(s, dot + 1) || next.hyphenBefore)
        return i + 1;
    const auto vowel = [](QChar c) { return QStringLiteral("aeiouy").contains(c); };
    const bool glued = !next.spaceBefore && given.key.size() == 2 && !next.allCaps &&
                       std::none_of(given.key.begin(), given.key.end(), vowel);
    return next.spaceBefore || glued ? dot + 1 : i + 1;
}

int parseName(const SentenceInfo& s, int i, int limit)
{
    if (!isNameStart(s, i))
        return i;
    limit = std::min(limit, s.size());
    int j = abbreviatedGivenNameEnd(s, i, limit);
    int words = 1;
    while (j < limit && words < 7) {
        const Token& t = s.tok(j);
        // "Chief of Staff A B\nParticipating for X were:": a name ends with its line
        if (s.lineBreakBefore(j))
            break;
        if (const int nick = nicknameEnd(s, j); nick > j && nick < limit) {
            j = nick;
            continue;
        }
        // "PM Abiy, President Ruto Hold Talks", "RUTO HOSTED TANZANIAN PRESIDENT ...": in a
        // headline's capitals, a verb of meeting before another capitalised word ends the name
        if (t.cap && !t.hyphenBefore && j + 1 < limit && s.tok(j + 1).cap && s.tok(j + 1).kind == Token::Word &&
            (s.lex->has(Cue::MeetingVerb, t.key) || s.lex->has(Cue::HoldVerb, t.key)))
            break;
        // "WILLIAM RUTO PRAISED THE TALKS", "RUTO SAID.": in text written all in capitals no
        // case ends the name, so a verb the lexicon lists ends it wherever it stands (one the
        // people dictionary holds as part of the name stays in it)
        if (t.allCaps && s.tok(i).allCaps && !t.hyphenBefore && !s.matchOf(j) &&
            isCapsVerb(*s.lex, t.key))
            break;
        // "Jong-un", "Diaz-Canel": a hyphenated part is no new word.
        const bool joined = t.kind == Token::Word && t.hyphenBefore &&
                            (!s.matchOf(j) || s.matchOf(j)->kind == PhraseKind::Person);
        const bool nameWord =
            !joined && (isNameWordAt(s, j) || isSurnameLikePlace(s, j, limit) || isTitleWordInName(s, j, limit));
        // "Ahmed bin Salman", "Ursula von der Leyen": lower-case particles before a name word.
        int afterParticles = j;
        while (!joined && !nameWord && afterParticles < limit && afterParticles - j < 3 &&
               s.tok(afterParticles).kind == Token::Word && !s.tok(afterParticles).cap &&
               s.lex->has(Cue::NameParticle, s.key(afterParticles)))
            ++afterParticles;
        // "Leila de Lima", "Rui da Guarda": a one-word place after a lower-case particle is the
        // surname, when no other capitalised word follows it
        const bool placeSurname =
            afterParticles > j && afterParticles < limit && s.tok(afterParticles).cap && !s.tok(afterParticles).allCaps &&
            s.matchOf(afterParticles) && s.matchOf(afterParticles)->begin == afterParticles &&
            s.matchOf(afterParticles)->end == afterParticles + 1 &&
            (s.matchOf(afterParticles)->kind == PhraseKind::Place || s.matchOf(afterParticles)->kind == PhraseKind::State) &&
            (afterParticles + 1 >= s.size() || !s.tok(afterParticles + 1).cap);
        // "Khalid bin Sultan", "Abdullah bin Salem bin Sultan Al Qasimi": a one-word rank right
        // after an Arabic parent's particle is the forebear's given name
        const PhraseMatch* afterMatch = afterParticles < limit ? s.matchOf(afterParticles) : nullptr;
        const bool forebear = afterParticles == j + 1 && afterMatch && afterMatch->kind == PhraseKind::Title &&
                              afterMatch->begin == afterParticles && afterMatch->end == afterParticles + 1 &&
                              s.tok(afterParticles).cap && !s.tok(afterParticles).allCaps &&
                              s.lex->has(Cue::ParentParticle, s.key(j)) &&
                              s.lex->value(Cue::ParentParticle, s.key(j)) != "ranked"_key;
        const bool particle = afterParticles > j && afterParticles < limit &&
                              (isNameWordAt(s, afterParticles) || placeSurname || forebear) &&
                              !opensRankedParent(s, j, limit);
        // "King Abdullah II bin Al-Hussein": a regnal number before a parent's particle and a name
        // word is inside the name, which goes on with the patronymic
        const bool regnal = !joined && !nameWord && !particle && t.cap && s.lex->has(Cue::NameSuffix, t.key) &&
                            s.lex->value(Cue::NameSuffix, t.key) != "post-nominal"_key && j + 2 < limit &&
                            !s.tok(j + 1).cap && s.lex->has(Cue::ParentParticle, s.key(j + 1)) &&
                            isNameWordAt(s, j + 2);
        if (regnal) {
            ++j;
            continue;
        }
        if (!joined && !nameWord && !particle)
            break;
        if (particle) {
            j = afterParticles + ((placeSurname || forebear) && !isNameWordAt(s, afterParticles) ? 1 : 0);
            continue;
        }
        ++j;
        if (nameWord)
            ++words;
    }
    // "A B Jr.", "A B, OBE,", "A B, ON, PC, MP,": a suffix ends the name, and post-nominal letters
    // in capitals may follow it in a chain; none in a text written all in capitals, whose words
    // are no letters ("A B, ON TUESDAY")
    const bool capsName = s.tok(j - 1).allCaps && s.tok(i).allCaps;
    const auto suffixAt = [&](int k, bool chained) {
        if (k >= limit || !s.tok(k).cap || !s.lex->has(Cue::NameSuffix, s.key(k)))
            return false;
        if (s.lex->value(Cue::NameSuffix, s.key(k)) != "post-nominal"_key)
            return !chained;
        return s.tok(k).allCaps && !capsName;
    };
    for (bool chained = false;; chained = true) {
        const int k = j + 1 < limit && s.key(j) == ","_key ? j + 1 : j;
        if (!suffixAt(k, chained))
            break;
        j = k + 1;
    }
    return j;
}

std::vector<QString> nameKeys(const SentenceInfo& s, int b, int e)
{
    std::vector<QString> keys;
    for (int i = b; i < e; ++i) {
        if (const int nick = nicknameEnd(s, i); nick > i && nick <= e) {
            i = nick - 1;
            continue;
        }
        const Token& t = s.tok(i);
        // ("Jr" is no key of the name; a regnal number is: "Abdullah II" is not "Abdullah Al-Yahya")
        if (t.kind != Token::Word ||
            (s.lex->has(Cue::NameSuffix, t.key) && s.lex->value(Cue::NameSuffix, t.key) != "regnal"_key))
            continue;
        if (t.key.size() == 1 && t.cap) // initials
            continue;
        keys.push_back(t.key);
    }
    bool onlyParticles = std::all_of(keys.begin(), keys.end(),
                                     [&](const QString& k) { return s.lex->has(Cue::NameParticle, k); });
    if (onlyParticles)
        keys.clear();
    return keys;
}

int findPersonByKeys(const DocContext& ctx, const std::vector<QString>& keys, int state, int sentence)
{
    if (keys.empty())
        return -1;
    // "Foreign Minister Lin Chia-lung ... talks with Lin ... spokesperson Lin Jian": a bare name
    // stands for the one it fits that the text has named last before it; one named only later
    // is taken (the nearest) when none has been named yet
    const auto before = [&](int i) { return sentence < 0 || ctx.persons[std::size_t(i)].lastSentence <= sentence; };
    int best = -1;
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        const Person& p = ctx.persons[std::size_t(i)];
        if (p.keys.empty() || !isSubsequence(keys, p.keys) || otherFather(ctx.lex, keys, p.keys))
            continue;
        if (state >= 0 && p.state >= 0 && p.state != state)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const Person& b = ctx.persons[std::size_t(best)];
        if (before(i) != before(best) ? before(i)
                                      : (before(i) ? p.lastSentence > b.lastSentence : p.lastSentence < b.lastSentence))
            best = i;
    }
    return best;
}

namespace {

bool namesVenue(const Lexicon& lex, const SentenceInfo& s, int nameEnd);
bool venueBefore(const Lexicon& lex, const SentenceInfo& s, int phraseBegin);

// "under the Netanyahu administration", "under the Lazarus Chakwera government": a name between
// "under the" and a government-word (lexicon `government-word`, value `led`: "administration",
// "government") names the one who led it at the time.
bool underLeader(const Lexicon& lex, const SentenceInfo& s, int b, int e)
{
    return b >= 2 && s.key(b - 2) == "under"_key && s.key(b - 1) == "the"_key &&
           lex.value(Cue::GovernmentWord, s.key(e)) == "led"_key;
}

// "the Freedom and Direct Democracy party of Tomio Okamura", "the government of Abiy Ahmed": a
// name after such a word and "of" names its leader.
bool leaderAfterOf(const Lexicon& lex, const SentenceInfo& s, int b)
{
    return b >= 2 && s.key(b - 1) == "of"_key && !lex.value(Cue::GovernmentWord, s.key(b - 2)).isEmpty();
}

// "the Trump Route for International Peace", "the Mandela Bridge": capitalised words after a
// name, up to a thing's head noun (lexicon `thing-head`), name a thing. (Read up to `limit`: "the
// King Fahd Causeway", a title's name that holds the head noun, names the thing too.)
bool namesThing(const Lexicon& lex, const SentenceInfo& s, int nameEnd, int limit = -1)
{
    limit = limit < 0 ? s.size() : std::min(limit, s.size());
    for (int k = nameEnd; k < std::min(limit, nameEnd + 3); ++k) {
        if (s.tok(k).kind != Token::Word || !s.tok(k).cap || s.matchOf(k))
            return false;
        if (lex.has(Cue::ThingHead, s.key(k)))
            return true;
    }
    return false;
}

bool givenNameFits(const GazetteerData& g, int entry, const QString& given);

// "Country Director of the ADB Nepal Resident Mission", "representatives of the Barbados
// Agricultural Society": capitalised words after a title that end on a body's head noun (lexicon
// `body-head`) name that body, not its holder (not a name the people dictionary holds), and
// those that end on a post's noun (lexicon `role-noun`) name the post. Three
// words, or two after a state's or a body's name or an acronym's bracket; not two right after the
// office, "Minister of Commerce Peter House", where the noun is a surname.
bool namesBody(const Lexicon& lex, const SentenceInfo& s, int nameBegin, int nameEnd)
{
    const int last = nameEnd - 1;
    if (nameEnd - nameBegin < 2 || !s.tok(last).cap || s.tok(last).hyphenBefore)
        return false;
    const PhraseMatch* m = s.matchOf(last);
    if (m && m->kind == PhraseKind::Person)
        return false;
    // ("the Chief District Officer of Kathmandu": a post no title lists, lexicon `role-noun`)
    if (lex.has(Cue::RoleNoun, s.key(last)))
        return true;
    if (!lex.has(Cue::BodyHead, s.key(last)))
        return false;
    const PhraseMatch* before = nameBegin > 0 ? s.matchOf(nameBegin - 1) : nullptr;
    const bool namedBefore = before && (before->kind == PhraseKind::State || before->kind == PhraseKind::Organization);
    return nameEnd - nameBegin >= 3 || namedBefore || (nameBegin > 0 && s.key(nameBegin - 1) == ")"_key);
}

// "the Putin-Trump summit", "Modi-Xi talks", "the Putin-Xi-Modi trilateral meeting": names joined
// by hyphens, the chain closed by a meeting noun (after a modifier or two), name the meeting's
// parties when each link is a person of the dictionary or the surname of one the text has named;
// the link [begin, end) is one of such a chain of two or more. Not "the Biden-Harris
// administration", "Trump-era rules" (no meeting noun after the chain, or a link of no person).
bool partiesCompound(const DocContext& ctx, const SentenceInfo& s, int begin, int end)
{
    const auto dictionary = [&](const PhraseMatch* pm) {
        return pm && pm->kind == PhraseKind::Person &&
               ctx.g.personEntry(ctx.surface(s, pm->begin, pm->end), ctx.anchor) >= 0;
    };
    const auto named = [&](int i) {
        return s.tok(i).kind == Token::Word && s.tok(i).cap && !s.tok(i).allCaps &&
               findPersonByKeys(ctx, nameKeys(s, i, i + 1), -1, s.index) >= 0;
    };
    int first = begin, last = end, links = 1;
    while (first > 0 && s.tok(first).hyphenBefore) {
        if (const PhraseMatch* pm = s.matchOf(first - 1); dictionary(pm) && pm->end == first)
            first = pm->begin;
        else if (named(first - 1))
            --first;
        else
            return false;
        ++links;
    }
    while (last < s.size() && s.tok(last).hyphenBefore) {
        if (const PhraseMatch* pm = s.matchOf(last); dictionary(pm) && pm->begin == last)
            last = pm->end;
        else if (named(last))
            ++last;
        else
            return false;
        ++links;
    }
    if (links < 2)
        return false;
    for (int i = last; i < std::min(s.size(), last + 3) && s.tok(i).kind == Token::Word && !s.tok(i).hyphenBefore; ++i)
        if (ctx.lex.has(Cue::MeetingNoun, s.key(i)))
            return true;
    return false;
}

// "jobs in Donegal, Cork and Kerry were at stake": a one-word surname that closes a list "in"
// opens, of two or more single capitalised words no name holds, is one more place of it, not the
// person the dictionary knows by it. Not "in Dublin, Kerry said" (no "and" before it).
bool inPlaceList(const SentenceInfo& s, int b)
{
    if (b < 4 || s.key(b - 1) != "and"_key || (b + 1 < s.size() && s.key(b + 1) == "'s"_key))
        return false;
    int k = b - 2;
    if (s.key(k) == ","_key)
        --k;
    for (int items = 0; k >= 1; k -= 2) {
        const PhraseMatch* m = s.matchOf(k);
        if (s.tok(k).kind != Token::Word || !s.tok(k).cap || s.nameTok[std::size_t(k)] ||
            (m && m->kind == PhraseKind::Person))
            return false;
        ++items;
        if (s.key(k - 1) == "in"_key)
            return items >= 2;
        if (s.key(k - 1) != ","_key)
            return false;
    }
    return false;
}

// Pass: known officials from the people dictionary, named without a title.
void findDictionaryPeople(DocContext& ctx, SentenceInfo& s)
{
    const GazetteerData& g = ctx.g;
    for (const PhraseMatch& m : s.matches) {
        if (m.kind != PhraseKind::Person || s.nameTok[std::size_t(m.begin)])
            continue;
        const int entry = g.personEntry(ctx.surface(s, m.begin, m.end), ctx.anchor);
        if (entry < 0)
            continue;
        const PersonEntry& e = g.people[std::size_t(entry)];
        const QString folded = foldKey(e.name); // compared with other entries' names below
        int b = m.begin, e2 = m.end;
        // "President Xi", "King Hamad ...": the title written in an alias is not the name; a
        // word that opens the person's own name is ("He Lifeng", though "HE" is an honorific;
        // "Amir Khan Muttaqi", though "Amir" writes the title Emir). "King Salman" keeps the
        // title out: the word is the office's own name.
        const QString ownFirst =
            foldKey(QStringView(e.name).left(e.name.indexOf(QLatin1Char(' '))));
        const auto ownName = [&](int k) {
            if (k != m.begin || s.key(k) != ownFirst)
                return false;
            const int t = g.titleByName.value(s.key(k), -1);
            return isHonorific(g, s.key(k)) || (t >= 0 && foldKey(g.titles[std::size_t(t)].name) != s.key(k));
        };
        while (b + 1 < e2 && (g.titleByName.contains(s.key(b)) || s.key(b) == "crown"_key) && !ownName(b))
            ++b;
        // "His Majesty King A B": the title pass read the name after the title already
        if (s.nameTok[std::size_t(b)])
            continue;
        // "Journalist: Cipriana Guterres": a given name right before a surname alias that none
        // of the entry's forms opens or holds names another person of that surname (not in a
        // headline's title case: "Kenya Welcomes Guterres")
        if (b == m.begin && m.end - m.begin == 1 && b > 0 && s.index >= ctx.body && isNameWordAt(s, b - 1) &&
            !s.nameTok[std::size_t(b - 1)] &&
            !s.matchOf(b - 1) && !s.tok(b).hyphenBefore && !s.tok(b - 1).allCaps &&
            !givenNameFits(g, entry, s.key(b - 1)))
            continue;
        // "President Xi Jinping": the alias "President Xi" matched; the name goes on while the
        // longer form is still a name of the same person. "King Salman bin Abdulaziz Al Saud":
        // the alias "King Salman bin Abdulaziz" matched, and the longer form is two words on
        // ("Al Saud"): up to three name words or particles at a time, on one line.
        for (;;) {
            int longest = -1;
            for (int k = e2; k < s.size() && k - e2 < 3; ++k) {
                const Token& w = s.tok(k);
                const bool nameWord = isNameWordAt(s, k) && (k > e2 || !w.hyphenBefore);
                const bool particle = k > e2 && w.kind == Token::Word && !w.cap && isParticle(ctx.lex, w.key);
                if (s.lineBreakBefore(k) || (!nameWord && !particle))
                    break;
                const int longer = g.personEntry(ctx.surface(s, b, k + 1), ctx.anchor);
                if (longer >= 0 && (longer == entry || foldKey(g.people[std::size_t(longer)].name) == folded))
                    longest = k + 1;
            }
            if (longest < 0)
                break;
            e2 = longest;
        }
        // "the Biden-Harris Administration", "the Trump administration" (a government-word
        // after the name): no mention of a person.
        // "Jomo Kenyatta International Airport": a venue named after the person, no mention of him
        // (but "under the Netanyahu administration" names the one who led it then)
        // "the Trump Route for International Peace": nor a thing named after him
        if (((e2 < s.size() && s.tok(e2).hyphenBefore) || (b > 0 && s.tok(b).hyphenBefore)) &&
            !partiesCompound(ctx, s, m.begin, m.end))
            continue;
        if ((ctx.lex.has(Cue::GovernmentWord, s.key(e2)) && !underLeader(ctx.lex, s, b, e2)) ||
            namesVenue(ctx.lex, s, e2) || namesThing(ctx.lex, s, e2) || (e2 - b == 1 && inPlaceList(s, b)) ||
            (venueBefore(ctx.lex, s, m.begin) && g.titleByName.contains(s.key(m.begin)) &&
             (isRoyal(g.titles[std::size_t(g.titleByName.value(s.key(m.begin)))]) || isHonorific(g, s.key(m.begin)))))
            continue;
        OfficialHit h;
        h.nameBegin = b;
        h.nameEnd = e2;
        h.rule = QStringLiteral("dictionary: ") + e.name;
        // "Queen Elizabeth" (an alias holding the royal title): a one-word name is known by it,
        // as after a title read by the title pass
        if (b > m.begin && e2 - b == 1) {
            const int t = g.titleByName.value(s.key(b - 1), -1);
            if (t >= 0 && isRoyal(g.titles[std::size_t(t)])) {
                h.royal = true;
                h.rank = g.titles[std::size_t(t)].name;
            }
        }
        // The same dictionary person met again under another alias ("MBS") is the same person.
        int known = -1;
        for (int i = 0; i < int(ctx.persons.size()); ++i) {
            const int other = ctx.persons[std::size_t(i)].dictionary;
            if (other >= 0 && (other == entry || foldKey(g.people[std::size_t(other)].name) == folded))
                known = i;
        }
        if (known >= 0) {
            Person& p = ctx.persons[std::size_t(known)];
            const QString form = ctx.surface(s, b, e2);
            if (!p.forms.contains(form))
                p.forms << form;
            p.mentions.push_back(ctx.mention(s, b, e2, h.rule));
            p.lastSentence = s.index;
            ctx.refs.push_back({s.index, b, e2, known, RefKind::Name});
            for (int t = m.begin; t < e2; ++t)
                s.nameTok[std::size_t(t)] = 1;
            continue;
        }
        const int idx = registerPerson(ctx, s, h);
        if (idx >= 0) {
            Person& p = ctx.persons[std::size_t(idx)];
            p.dictionary = entry;
            p.official = true;
            // the one-word name as written stays a form of the monarch's ("Charles")
            if (!h.rank.isEmpty() && !p.forms.contains(ctx.surface(s, b, e2)))
                p.forms << ctx.surface(s, b, e2);
        }
        for (int t = m.begin; t < e2; ++t)
            s.nameTok[std::size_t(t)] = 1;
    }
}

// Pass: "agreed under the Lazarus Chakwera administration", "the X party of Tomio Okamura": a
// full name the dictionary does not know, between "under the" and a government-word or after
// one and "of", is the official who led that government or party.
void findGovernmentLeaders(DocContext& ctx, SentenceInfo& s)
{
    // (a leader is read only after "under the" or a government word and "of")
    if (!s.mayHaveWordOf(Cue::GovernmentWord) &&
        std::none_of(s.toks.begin(), s.toks.end(), [](const Token& t) { return t.key == "under"_key; }))
        return;
    for (int i = 2; i + 1 < s.size(); ++i) {
        // (the words before the name first: "under the", or a government word and "of", before
        // a name is read at every word)
        if (!(s.key(i - 2) == "under"_key && s.key(i - 1) == "the"_key) && !leaderAfterOf(ctx.lex, s, i))
            continue;
        if (s.nameTok[std::size_t(i)] || !isNameStart(s, i) || s.matchOf(i))
            continue;
        const int e = parseName(s, i, s.size());
        if (e - i < 2 || !(underLeader(ctx.lex, s, i, e) || leaderAfterOf(ctx.lex, s, i)) ||
            std::any_of(s.nameTok.begin() + i, s.nameTok.begin() + e, [](char c) { return c != 0; }))
            continue;
        OfficialHit h;
        h.nameBegin = i;
        h.nameEnd = e;
        h.rule = QStringLiteral("leader a government is named after");
        // ("party of A B": the word's value other than "led" is the office, "Party Leader")
        if (const QString office = ctx.lex.value(Cue::GovernmentWord, s.key(i - 2));
            leaderAfterOf(ctx.lex, s, i) && office != QLatin1String("led")) {
            QStringList words = office.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString& w : words)
                w[0] = w[0].toUpper();
            h.titles << words.join(QLatin1Char(' '));
        }
        if (const int idx = registerPerson(ctx, s, h); idx >= 0)
            ctx.persons[std::size_t(idx)].official = true;
        for (int t = i; t < e; ++t)
            s.nameTok[std::size_t(t)] = 1;
    }
}

// Pass: "Egypt's Badr Abdelatty", "Sudan's Ali Youssef Ahmed": a full name (two words or more)
// right after a possessive state is that state's figure, with no title until the text gives
// one. Not for things ("Egypt's Suez Canal Authority", "Qatar's Al Jazeera Media Network").
// A list of such names ("Taking part were Sweden's A B, Norway's C D and Iceland's E F") is one
// of people when an encounter opens or closes it or another item is a person named already.
void findPossessiveStateNames(DocContext& ctx, SentenceInfo& s)
{
    const int n = s.size();
    struct Item
    {
        int begin = 0;  // the state's first token
        int name = 0;   // the name's first token
        int end = 0;    // after the name
        bool known = false; // a person read by another pass
        bool person = false;
        bool encounter = false;
    };
    // (a state, or a capital, is matched before its "'s": a sentence with none has no item)
    if (std::none_of(s.matches.begin(), s.matches.end(), [](const PhraseMatch& m) {
            return m.kind == PhraseKind::State || (m.kind == PhraseKind::Place && m.capital);
        }))
        return;
    std::vector<Item> items;
    for (int k = 1; k + 1 < n; ++k) {
        if (s.key(k) != "'s"_key)
            continue;
        const PhraseMatch* pm = s.matchOf(k - 1);
        if (!pm || pm->end != k || (pm->kind != PhraseKind::State && !(pm->kind == PhraseKind::Place && pm->capital)))
            continue;
        Item it;
        it.begin = pm->begin;
        it.name = k + 1;
        if (s.nameTok[std::size_t(k + 1)]) {
            int e = k + 1;
            while (e < n && s.nameTok[std::size_t(e)])
                ++e;
            it.end = e;
            it.known = true;
            items.push_back(it);
            k = e - 1;
            continue;
        }
        const int e = parseName(s, k + 1, n);
        if (e <= k + 1 || nameKeys(s, k + 1, e).size() < 2 || s.key(e) == "'s"_key)
            continue;
        bool thing = false;
        for (int t = k + 1; t < e && !thing; ++t)
            // "met in Prague's Kramar Villa": a venue's head noun names a building
            thing = s.nameTok[std::size_t(t)] || ctx.lex.has(Cue::BodyHead, s.key(t)) || ctx.lex.has(Cue::ThingHead, s.key(t)) ||
                    ctx.lex.has(Cue::VenueHead, s.key(t));
        // "Egypt's Foreign Ministry", "Iran's Supreme Leader ...": titles are read elsewhere
        const PhraseMatch* after = s.matchOf(e);
        if (thing || (after && after->begin == e && after->kind == PhraseKind::Title))
            continue;
        // A person in an encounter ("met Sudan's A", "Egypt's B held talks"), not a body that
        // says or does ("Iran's Revolutionary Guards said", "Israel's Iron Dome intercepted").
        it.end = e;
        it.person = true;
        it.encounter = ctx.lex.has(Cue::EncounterAfter, s.key(e));
        for (int t = std::max(0, pm->begin - 3); t < pm->begin && !it.encounter; ++t)
            it.encounter = ctx.lex.has(Cue::EncounterBefore, s.key(t));
        items.push_back(it);
        k = e - 1;
    }
    // The lists: items one after another, joined by a comma or "and"
    for (std::size_t a = 0; a < items.size();) {
        std::size_t b = a + 1;
        while (b < items.size()) {
            int t = items[b - 1].end;
            while (t < items[b].begin && (s.key(t) == ","_key || s.key(t) == "and"_key))
                ++t;
            if (t != items[b].begin || t == items[b - 1].end)
                break;
            ++b;
        }
        const bool listed = b - a >= 2;
        const bool opened = std::any_of(items.begin() + long(a), items.begin() + long(b),
                                        [](const Item& it) { return it.encounter; });
        const bool withPerson = listed && std::any_of(items.begin() + long(a), items.begin() + long(b),
                                                      [](const Item& it) { return it.known; });
        // "Defence ministers of the Nordic countries - Denmark's A B, Finland's C D and Sweden's
        // E F - met": a list set after a plural office and a dash, colon or bracket names its
        // holders
        bool titled = false;
        const PhraseMatch* officeMatch = nullptr; ///< the plural office the list names holders of
        if (const int punct = items[a].begin - 1;
            listed && punct >= 1 && (isDash(s.tok(punct)) || s.key(punct) == ":"_key || s.key(punct) == "("_key)) {
            constexpr int reach = 8; ///< "Defence ministers of the Nordic countries"
            int office = -1;
            for (int k = punct - 1; k >= std::max(0, punct - reach) && office < 0; --k)
                if (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Title && s.matchOf(k)->plural)
                    office = s.matchOf(k)->begin;
            // (the office opens the sentence, its subject: not "Senior officials representing the
            // Nordic defence ministers - ... - met", where others stand for them)
            titled = office >= 0;
            for (int k = s.dateline; titled && k < office; ++k)
                titled = s.tok(k).cap || ctx.lex.has(Cue::Article, s.key(k));
            // ... or the office is whose meeting it is: "a video conference of the three
            // countries' economy ministers – Georgia's A, Azerbaijan's B and ..." (not "aides of
            // the ministers – ...", nor "officials representing the ministers – ...")
            constexpr int ofReach = 5; ///< "of the three countries' economy ministers"
            for (int k = office - 1; !titled && office > 1 && k >= std::max(1, office - ofReach); --k)
                if (s.key(k) == "of"_key) {
                    titled = ctx.lex.has(Cue::MeetingNoun, s.key(k - 1));
                    break;
                }
            if (titled)
                officeMatch = s.matchOf(office);
        }
        for (std::size_t i = a; i < b; ++i) {
            const Item& it = items[i];
            if (!it.person || !(it.encounter || (listed && opened) || withPerson || titled))
                continue;
            OfficialHit h;
            h.phraseBegin = it.begin;
            h.nameBegin = it.name;
            h.nameEnd = it.end;
            h.state = s.matchOf(it.name - 2)->entry;
            h.rule = QStringLiteral("possessive state before the name");
            h.affiliationRule = h.rule;
            // each holds the office in the singular: "economy ministers" -> "Economy Minister"
            if (officeMatch)
                h.titles << titleAsWritten(ctx, s, *officeMatch, ctx.g.titles[std::size_t(officeMatch->entry)]);
            registerPerson(ctx, s, h);
            for (int t = it.name; t < it.end; ++t)
                s.nameTok[std::size_t(t)] = 1;
        }
        a = b;
    }
}

// Pass: the members of a delegation list whose descriptors are no titles: "a delegation,
// including Foreign Minister A, Rosatom CEO B Cc, Russian Direct Investment Fund D Ee and his
// wife". Each item of the list ends with a person's name, whatever names the firm or the fund
// before it; the name is the run of two or three capitalised words that ends the item after
// a word that cannot be a name (an acronym, a body's head noun, a lower-case word).
void findListedMembers(DocContext& ctx, SentenceInfo& s)
{
    const int n = s.size();
    // "an International Monetary Fund team led by A B": an organisation's party noun that stands for
    // its head (meetings lexicon `party-word` of value `led`) is its delegation, as its mission is
    // (not "the Bangladesh cricket team led by C D")
    const auto delegationNounAt = [&](int i) {
        const PhraseMatch* body = i > 0 ? s.matchOf(i - 1) : nullptr;
        return ctx.lex.has(Cue::DelegationNoun, s.key(i)) ||
               (body && body->end == i && body->kind == PhraseKind::Organization &&
                ctx.lex.value(Cue::PartyWord, s.key(i)) == "led"_key);
    };
    // (no list without a delegation noun: asked of the sentence's classes, then alone, one bit a word)
    if (!s.mayHaveWordOf(Cue::DelegationNoun) && !s.mayHaveWordOf(Cue::PartyWord))
        return;
    if (std::none_of(s.toks.begin(), s.toks.end(), [&](const Token& t) {
            return ctx.lex.has(Cue::DelegationNoun, t.key) || ctx.lex.has(Cue::PartyWord, t.key);
        }))
        return;
    bool delegation = false;
    int delegationAt = -1;
    int start = -1;
    int delegationState = -1; // "the U.S. delegation was composed of ..."
    int delegationOrg = -1;   // "an IMF mission led by A", "a mission of the World Bank"
    for (int i = 0; i < n; ++i) {
        if (!delegation && delegationNounAt(i)) {
            delegation = true;
            delegationAt = i;
            for (int k = i - 1; k >= std::max(0, i - 3) && delegationState < 0 && delegationOrg < 0; --k) {
                const PhraseMatch* m = s.matchOf(k);
                if (m && (m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State))
                    delegationState = m->entry;
                else if (m && m->kind == PhraseKind::Organization)
                    delegationOrg = m->entry;
            }
            const int of = i + (s.key(i + 1) == "of"_key && s.key(i + 2) == "the"_key ? 3 : 2);
            if (const PhraseMatch* m = s.key(i + 1) == "of"_key ? s.matchOf(of) : nullptr;
                m && m->begin == of && m->kind == PhraseKind::Organization && delegationState < 0)
                delegationOrg = m->entry;
        }
        if (start < 0 && ctx.lex.has(Cue::DelegationList, s.key(i)))
            start = i + 1;
        if (const int cueEnd = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i); start < 0 && cueEnd > 0)
            start = cueEnd;
    }
    if (start < 0 || !delegation)
        return;
    auto separator = [&](int i) {
        const Token& t = s.tok(i);
        return (t.kind == Token::Punct && t.punct != QLatin1Char('-') &&
                (t.punct != QLatin1Char('.') || i == n - 1)) ||
               s.key(i) == "and"_key || (s.key(i) == "as"_key && s.key(i + 1) == "well"_key);
    };
    // A listed member: the name's tokens, what the list says the person is, the delegation's state.
    auto addMember = [&](int nameBegin, int nameEnd, const QString& title) {
        OfficialHit h;
        h.nameBegin = nameBegin;
        h.nameEnd = nameEnd;
        h.titles << title;
        h.rule = QStringLiteral("member of a delegation list");
        h.state = delegationState;
        h.organization = delegationOrg;
        h.affiliationRule = QStringLiteral("member of the state's delegation");
        registerPerson(ctx, s, h);
        for (int t = nameBegin; t < nameEnd; ++t)
            s.nameTok[std::size_t(t)] = 1;
    };
    // "received a mission of the IMF led by A B", "a Chinese delegation headed by C D, arrived":
    // the one the delegation's lead verb names at once, with no title of his own, heads it
    // (a lead verb, lexicon `member-verb`: not "composed by A, Chief of Chancery; B, ...")
    if (const int by = start; by > delegationAt + 1 && s.key(by) == "by"_key &&
                              ctx.lex.has(Cue::MemberVerb, s.key(by - 1)) && !s.nameTok[std::size_t(by + 1)] &&
                              !s.matchOf(by + 1) && isNameStart(s, by + 1)) {
        const int ne = parseName(s, by + 1, n);
        const int words = int(nameKeys(s, by + 1, ne).size());
        if (words >= 2 && words <= 3 && (ne >= n || !s.tok(ne).cap))
            addMember(by + 1, ne, QStringLiteral("Head of ") + s.tok(delegationAt).key.text());
    }
    // "composed of A, Chief of Chancery; B, Senator from Iowa; and C, ...": items end at the
    // semicolons and each opens with the name, its office after the comma
    const bool semicolons = std::any_of(s.toks.begin() + start, s.toks.end(), [](const Token& t) {
        return t.kind == Token::Punct && t.punct == QLatin1Char(';');
    });
    if (semicolons) {
        for (int b = start; b < n;) {
            while (b < n && isFunctionWord(ctx.lex, s.key(b))) // "by A, ...", "; and B, ..."
                ++b;
            int e = b;
            while (e < n && s.key(e) != ";"_key && (s.key(e) != "."_key || e != n - 1))
                ++e;
            const int ne = parseName(s, b, e);
            if (ne > b && ne < e && s.key(ne) == ","_key && !s.nameTok[std::size_t(b)] &&
                nameKeys(s, b, ne).size() >= 2 && ne + 1 < e) {
                addMember(b, ne, ctx.surface(s, ne + 1, std::min(e, ne + 13)));
            }
            b = e + 1;
        }
        return;
    }
    int b = start;
    while (b < n) {
        int e = b;
        while (e < n && !separator(e))
            ++e;
        // the name: capitalised words ending the item, back to a word that cannot be a name
        int nb = e;
        int words = 0;
        while (nb > b && words < 4) {
            const Token& t = s.tok(nb - 1);
            const bool joined = t.hyphenBefore && nb - 2 >= b;
            if (t.kind != Token::Word || !t.cap || t.allCaps || s.nameTok[std::size_t(nb - 1)] ||
                s.matchOf(nb - 1) || isStopWord(ctx.lex, t.key) || ctx.lex.has(Cue::BodyHead, t.key) ||
                ctx.lex.has(Cue::ThingHead, t.key))
                break;
            --nb;
            if (joined)
                --nb; // "Syptak-Ramnat" is one word of the name
            else
                ++words;
        }
        // two or three words, after a descriptor: "Cosco CEO Wan Min", not "Iowa" or a lone
        // "Min"; not after a function word ("Service on Consumer Rights Protection")
        int db = b;
        if (s.key(db) == "the"_key)
            ++db;
        // (nor one with an acronym in brackets after it: "the Nigeria-Morocco Gas Pipeline (NMGP)"
        // is a thing's name)
        const bool acronym = e + 2 < n && s.key(e) == "("_key && s.tok(e + 1).allCaps && s.key(e + 2) == ")"_key;
        // (nor a portfolio's field of an enumeration, with no office in its descriptor: "the
        // Minister of Foreign Affairs, National Community Abroad and African Affairs, Mr A")
        bool field = false, office = false;
        for (int k = nb; k < e; ++k)
            field = field || ctx.lex.has(Cue::PortfolioWord, s.key(k));
        for (int k = db; k < nb; ++k)
            office = office || (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Title);
        if (words >= 2 && words <= 3 && nb > db && nb - db <= 8 && !isFunctionWord(ctx.lex, s.key(nb - 1)) &&
            !acronym && !(field && !office) && parseName(s, nb, e) == e) {
            // the descriptor as written is what the text says the person is: "Rosatom CEO"
            addMember(nb, e, ctx.surface(s, db, nb));
        }
        b = e + 1;
        if (b < n && s.key(b) == "well"_key)
            b += 2; // "as well as"
    }
}

} // namespace

namespace {

struct TitleLeft
{
    bool definite = false;              ///< "the [Turkish] president"
    int principal = -1;                 ///< "US President B's envoy": where the principal's name begins
    std::vector<int> coordinatedStates; ///< "Russian and Brazilian presidents"
};

// "Emily Thornberry MP": a one-token title in capitals right after two name words is written
// after the name (postnominal): the words before are no modifiers of it, and a title after its
// comma is another office of the same name, not coordinated with it.
bool postnominalTitle(const SentenceInfo& s, const PhraseMatch& m)
{
    if (m.end != m.begin + 1 || m.begin < 2 || !s.tok(m.begin).allCaps)
        return false;
    for (int k = m.begin - 2; k < m.begin; ++k)
        if (!isNameWordAt(s, k) || s.matchOf(k) || s.lex->has(Cue::BodyHead, s.key(k)) ||
            s.lex->has(Cue::PoliticalWord, s.key(k)))
            return false;
    return true;
}

// Title pass, left of the title: modifiers ("Senate President"), the state or organisation
// ("Syrian", "Iran's UN"), "former", the article. Sets h.state/organization/phraseBegin.
TitleLeft readTitleLeft(const GazetteerData& g, const Lexicon& lex, const SentenceInfo& s, const PhraseMatch& m, int lastNameEnd,
                        OfficialHit& h)
{
    TitleLeft out;
    // Modifiers before the title: "Supreme Federal Court President", "Senate President".
    int j = m.begin - 1;
    int mods = 0;
    while (j >= lastNameEnd && mods < 5 && !postnominalTitle(s, m)) {
        const Token& t = s.tok(j);
        // ("Secretary of Homeland Security A B\nWhite House Chief of Staff C D": the line before
        // holds another person; a title's modifiers are on its own line)
        if (s.lineBreakBefore(j + 1))
            break;
        if (t.key == ")"_key && j - 2 >= lastNameEnd &&
            s.key(j - 2) == "("_key) {
            j -= 3;
            continue;
        }
        if (t.kind == Token::Word && t.cap && !s.matchOf(j) && !isFunctionWord(lex, t.key) &&
            !isCalendarWord(t) && !s.nameTok[std::size_t(j)] && j > 0) {
            --j;
            ++mods;
            continue;
        }
        // "Egypt's industry minister", "the Emirati tourism and culture minister": a portfolio's
        // field in lower case right before a minister's or secretary's title is part of it
        if (t.kind == Token::Word && !t.cap && lex.has(Cue::PortfolioWord, t.key) && j > 0 && mods < 3 &&
            lex.has(Cue::OfficeNoun, s.key(m.end - 1)) && !m.plural &&
            (j == m.begin - 1 || (s.key(j + 1) == "and"_key && mods > 0) || lex.has(Cue::PortfolioWord, s.key(j + 1)))) {
            --j;
            ++mods;
            if (j > 0 && s.key(j) == "and"_key && lex.has(Cue::PortfolioWord, s.key(j - 1)) && !s.tok(j - 1).cap)
                --j;
            continue;
        }
        // "China's international trade representative", "the foreign trade minister": a
        // qualifier of that field in lower case (lexicon `body-modifier`) before it
        if (t.kind == Token::Word && !t.cap && lex.has(Cue::BodyModifier, t.key) && j > 0 && mods < 3 &&
            j + 1 < s.size() && !s.tok(j + 1).cap && lex.has(Cue::PortfolioWord, s.key(j + 1)) &&
            lex.has(Cue::OfficeNoun, s.key(m.end - 1)) && !m.plural) {
            --j;
            ++mods;
            continue;
        }
        // "Wiper party leader A", "the ruling party chairman": a political word in lower case
        // right before the title, the party's name before it
        // (only before a head that leads a party, lexicon `political-word` of value head or
        // party-head: "a party official", "a party spokesman" hold no office of note)
        if (t.kind == Token::Word && !t.cap && j > 0 && lex.has(Cue::PoliticalWord, t.key) &&
            lex.value(Cue::PoliticalWord, t.key).isEmpty() && lex.has(Cue::PoliticalWord, s.key(m.end - 1)) &&
            !lex.value(Cue::PoliticalWord, s.key(m.end - 1)).isEmpty() &&
            (j == m.begin - 1 || (mods == m.begin - 1 - j && !s.tok(j + 1).cap))) {
            --j;
            ++mods;
            continue;
        }
        // "Botswana's newly elected President": words of tenure between state and title
        if (t.kind == Token::Word && !t.cap && lex.has(Cue::TenureWord, t.key) && j > 0) {
            --j;
            continue;
        }
        // "the World Bank's regional director", "IMF resident representative A": a word of the
        // office's reach between the body (or the state) and the title
        if (t.kind == Token::Word && !t.cap && lex.has(Cue::OfficeScope, t.key) && j > 0 && mods == 0) {
            --j;
            continue;
        }
        // "Czech First Deputy Prime Minister and Industry Minister A": one holder of two offices
        // joined by "and", no name between them; the state before the first is his
        if (t.key == "and"_key && m.begin - j <= 3 && j - 1 >= lastNameEnd && !m.plural) {
            const PhraseMatch* first = s.matchOf(j - 1);
            if (first && first->kind == PhraseKind::Title && first->end == j && first->begin >= lastNameEnd &&
                !first->plural && first->begin > 0) {
                j = first->begin - 1;
                continue;
            }
        }
        if (t.key == "and"_key && mods > 0 && j - 1 >= lastNameEnd &&
            s.tok(j - 1).cap && !s.matchOf(j - 1) && !s.nameTok[std::size_t(j - 1)]) {
            --j;
            continue;
        }
        // "Energy, Petroleum and Mines Minister A", "the Investments, Trade and Industry Cabinet
        // Secretary B": a field of the portfolio before a comma, in an enumeration that "and"
        // closes before the title
        if (t.key == ","_key && mods > 0 && j - 1 >= lastNameEnd && !m.plural && s.tok(j - 1).cap &&
            !s.matchOf(j - 1) && !s.nameTok[std::size_t(j - 1)] && lex.has(Cue::PortfolioWord, s.key(j - 1)) &&
            lex.has(Cue::OfficeNoun, s.key(m.end - 1)) &&
            std::any_of(s.toks.begin() + j + 1, s.toks.begin() + m.begin,
                        [](const Token& w) { return w.key == "and"_key; })) {
            --j;
            continue;
        }
        break;
    }
    // Sentence-initial capitals are not modifiers unless a title follows them directly.
    int k = j;
    int affBegin = k + 1;
    QString how;
    int b = 0;
    if (k >= 0) {
        int st = stateEndingAt(s, k, &b, &how);
        // "Sudanese army spokesman A", "Russian foreign ministry spokeswoman B", "Israeli military
        // spokesman C": a body written in lower case between the state and the title, its last
        // word a body's head noun (or a word of one standing for it)
        if (st < 0 && s.tok(k).kind == Token::Word && !s.tok(k).cap && !s.matchOf(k) &&
            (lex.has(Cue::BodyHead, s.key(k)) || lex.has(Cue::BodyModifier, s.key(k)))) {
            int w = k - 1;
            while (w > k - 3 && w >= 0 && s.tok(w).kind == Token::Word && !s.tok(w).cap && !s.matchOf(w) &&
                   (lex.has(Cue::BodyModifier, s.key(w)) || lex.has(Cue::BodyHead, s.key(w)) ||
                    lex.has(Cue::PortfolioWord, s.key(w))))
                --w;
            if (w >= 0) {
                int b2 = 0;
                QString how2;
                // ("A, Egypt's foreign ministry spokesman,": or the state's possessive)
                if (const PhraseMatch* pm = s.matchOf(w);
                    ((pm && pm->end == w + 1 && (pm->kind == PhraseKind::Demonym || pm->kind == PhraseKind::State)) ||
                     possessiveMarkAt(s, w)) &&
                    (st = stateEndingAt(s, w, &b2, &how2)) >= 0) {
                    b = b2;
                    how = how2;
                }
            }
        }
        // "Foreign Office spokesperson A", "Chancellery chief B": a seat of government many
        // states name so says nothing of whose official the title's holder is; the phrase keeps it
        if (st >= 0 && lexiconPhraseAt(lex, Cue::GenericVenue, s, b) == k + 1) {
            affBegin = b;
            k = b - 1;
            // ... unless a state is written before it: "German Chancellery adviser C",
            // "Pakistan's Foreign Office spokesperson D"
            int b2 = 0;
            QString how2;
            if (const int owner = k >= 0 ? stateEndingAt(s, k, &b2, &how2) : -1; owner >= 0) {
                h.state = owner;
                h.affiliationRule = how2;
                affBegin = b2;
                k = b2 - 1;
            }
        } else if (st >= 0) {
            h.state = st;
            h.affiliationRule = how;
            affBegin = b;
            k = b - 1;
        }
        // "Foreign and CARICOM Affairs Minister A": the organisation is the office's field
        const int org = lex.has(Cue::BodyPortfolio, s.key(k + 1)) ? -1 : orgEndingAt(s, k, &b);
        // "Quad foreign ministers A, B, C and D", "G7 finance ministers": a grouping before a
        // plural office its member states hold; each holder serves his own state, not the grouping
        const QString& category = g.titles[std::size_t(m.entry)].category;
        const bool members = m.plural && (category == "minister"_key || category == "head-of-state"_key ||
                                          category == "head-of-government"_key);
        if (org >= 0 && members) {
            affBegin = b;
            k = b - 1;
        } else if (org >= 0) {
            h.organization = org;
            if (h.affiliationRule.isEmpty())
                h.affiliationRule = QStringLiteral("organisation before the title");
            affBegin = b;
            k = b - 1;
            // "the UN envoy": an alias that holds the article ("the UN") makes a definite
            // description as "the envoy" is
            out.definite = s.key(b) == "the"_key;
            if (h.state < 0) { // "Iran's UN envoy" is Iran's
                const int st2 = stateEndingAt(s, k, &b, &how);
                // "received at the Grand Serail the United Nations Special Coordinator": a
                // place before the organisation is where it happens, no state of its officer
                const PhraseMatch* before = k >= 0 ? s.matchOf(k) : nullptr;
                if (st2 >= 0 && !(before && before->kind == PhraseKind::Place)) {
                    h.state = st2;
                    h.affiliationRule = how;
                    affBegin = b;
                    k = b - 1;
                }
            }
        }
    }
    // "Kano Governor A", "Istanbul Mayor B", "Penang Chief Minister C": a city the lexicon places
    // in its state, right before an office of a city or a region, is the seat of that office,
    // which serves the city's state
    if (h.state < 0 && h.organization < 0 && k < m.begin && g.titles[std::size_t(m.entry)].category == "local"_key) {
        const LexiconPhrase* city = nullptr;
        // (from the sentence's first word, which the modifiers leave out; not "met in Lahore
        // Governor A", where the city is where he was)
        // ("Kano State Governor A": or with the area's noun the city names, lexicon `area-noun`)
        const int seatEnd = m.begin > 0 && s.tok(m.begin - 1).cap && lex.has(Cue::AreaNoun, s.key(m.begin - 1)) &&
                                    !s.matchOf(m.begin - 1)
                                ? m.begin - 1
                                : m.begin;
        for (int c = std::max(k, 0); c < seatEnd; ++c)
            if (s.tok(c).cap && !s.matchOf(c) && lexiconPhraseAt(lex, Cue::City, s, c, &city) == seatEnd &&
                (c == 0 || (s.key(c - 1) != "in"_key && s.key(c - 1) != "at"_key && s.key(c - 1) != "from"_key))) {
                if (const int st = g.stateIndex(city->value); st >= 0) {
                    h.state = st;
                    h.affiliationRule = QStringLiteral("city before the title");
                }
                break;
            }
    }
    // "Georgia Gov. A", "Georgia Governor B": a state's name that is also a region of another
    // state (lexicon `region-homonym`) right before an office of a city or a region names the
    // region, whose office serves the other state; "Georgian Prime Minister C" stays Georgia's
    if (h.state >= 0 && h.organization < 0 && affBegin < m.begin && g.titles[std::size_t(m.entry)].category == "local"_key) {
        const LexiconPhrase* region = nullptr;
        const int e = lexiconPhraseAt(lex, Cue::RegionHomonym, s, affBegin, &region);
        const PhraseMatch* named = s.matchOf(affBegin);
        if (const int st = e > affBegin ? g.stateIndex(region->value) : -1;
            st >= 0 && named && named->begin == affBegin && named->end == e) {
            h.state = st;
            h.affiliationRule = QStringLiteral("a region of that name before the office");
        }
    }
    // "Gazprom CEO A", "Rosatom chief B", "Saudi Aramco's chief executive C": a firm its state owns
    // (lexicon `state-company`) right before the title makes its head an official of that state
    if (h.state < 0 && h.organization < 0 && k < m.begin) {
        for (int c = std::max(k - 3, 0); c < m.begin; ++c) {
            const LexiconPhrase* firm = nullptr;
            const int e = s.tok(c).cap ? lexiconPhraseAt(lex, Cue::StateCompany, s, c, &firm) : -1;
            if (e <= c || !(e == m.begin || (e + 1 == m.begin && possessiveMarkAt(s, e))))
                continue;
            if (const int st = g.stateIndex(firm->value); st >= 0) {
                h.state = st;
                h.affiliationRule = QStringLiteral("state company before the title");
                affBegin = std::min(affBegin, c);
                k = std::min(k, c - 1);
            }
            break;
        }
    }
    // "Russian and Brazilian Presidents, A and B": one state per name, in order.
    if (m.plural && h.state >= 0) {
        out.coordinatedStates.push_back(h.state);
        int c = affBegin - 1;
        while (c > 0 && (s.key(c) == "and"_key || s.key(c) == ","_key)) {
            QString how2;
            int b2 = 0;
            const int st = stateEndingAt(s, c - 1, &b2, &how2);
            if (st < 0)
                break;
            out.coordinatedStates.insert(out.coordinatedStates.begin(), st);
            affBegin = b2;
            k = b2 - 1;
            c = b2 - 1;
        }
    }
    // "A, the president's spokesman,", "the Emir's adviser, B": the principal's title in the
    // possessive belongs to the phrase; so do his title and name, "A, US President B's special
    // envoy to Iraq,", "A, Prime Minister C's chief of staff,"
    if (h.state < 0 && h.organization < 0 && k >= 1 && s.key(k) == "'s"_key) {
        int w = k; // where the principal's title ends: before his name, if he is named
        while (w > 0 && s.nameTok[std::size_t(w - 1)])
            --w;
        const bool named = w < k;
        const PhraseMatch* pt = w > 0 ? s.matchOf(w - 1) : nullptr;
        if (pt && pt->kind == PhraseKind::Title && pt->end == w && !pt->plural && (!named || w - pt->begin < 6)) {
            int start = pt->begin;
            int b2 = 0;
            QString how2;
            // ("A, the French president's diplomatic adviser,": the principal's state before it;
            // the adviser or envoy of a state's leader serves that state)
            if (const int st = start > 0 ? stateEndingAt(s, start - 1, &b2, &how2) : -1; st >= 0) {
                start = b2;
                if (leadsAState(g.titles[std::size_t(pt->entry)])) {
                    h.state = st;
                    h.affiliationRule = QStringLiteral("adviser to that state's leader");
                }
            } else if (const int org = start > 0 ? orgEndingAt(s, start - 1, &b2) : -1; org >= 0) {
                // "the UN Secretary-General's personal envoy, A", "the AU Commission
                // chairperson's special envoy B": the envoy of a body's head serves the body
                start = b2;
                if (isOrganisationTitle(g.titles[std::size_t(pt->entry)]) || leadsAState(g.titles[std::size_t(pt->entry)])) {
                    h.organization = org;
                    h.affiliationRule = QStringLiteral("envoy of that organisation's head");
                }
            }
            if (named)
                out.principal = w;
            k = start - 1;
            affBegin = start;
        }
    }
    // "A, the country's finance minister,": the state told by a noun for it (lexicon
    // `state-group-noun`), in the possessive
    if (h.state < 0 && h.organization < 0 && k >= 2 && s.key(k) == "'s"_key && lex.has(Cue::StateGroupNoun, s.key(k - 1)) &&
        s.key(k - 2) == "the"_key) {
        k -= 2;
        affBegin = k + 1;
    }
    // ("the late president A": one who died holds the office no more; s21 affil14)
    if (k >= 0 && (pastOfficeWord(s.key(k)) || s.key(k) == "then"_key)) {
        h.former = s.key(k) != "then"_key;
        affBegin = k;
        --k;
        // "Cambodia's former leader A": the state before "former" is the office's
        int b3 = 0;
        QString how3;
        if (const int st = h.state < 0 && h.organization < 0 && k >= 0 ? stateEndingAt(s, k, &b3, &how3) : -1; st >= 0) {
            h.state = st;
            h.affiliationRule = how3;
            affBegin = b3;
            k = b3 - 1;
        }
    }
    if (k >= 0 && (s.key(k) == "the"_key || s.key(k) == "his"_key ||
                   s.key(k) == "her"_key || s.key(k) == "a"_key || s.key(k) == "an"_key ||
                   s.key(k) == "their"_key)) {
        out.definite = s.key(k) == "the"_key;
        affBegin = k;
    }
    h.phraseBegin = affBegin;
    return out;
}

struct TitleRight
{
    int end = 0;      ///< the token after the title and its extensions
    int ofState = -1; ///< "Minister of Foreign Affairs of Ghana"
    std::vector<int> ofStates; ///< "the foreign ministers of Turkey, Azerbaijan and Georgia"
};

// "cabinet secretary for trade, A", "minister for foreign trade, B": the end (the comma) of a
// complement of one to four lower-case words that a name follows, or -1; without the comma,
// the end of one or two that hold a portfolio's field, before a full name.
// ("minister of international relations and trade, A", "minister of industries, mines and
// energy B": fields in lower case joined by "and" or a comma are one complement)
int lowerComplementEnd(const Lexicon& lex, const SentenceInfo& s, int q)
{
    const int n = s.size();
    const auto lowerWord = [&](int k) {
        return k < n && s.tok(k).kind == Token::Word && !s.tok(k).cap && !isFunctionWord(lex, s.key(k));
    };
    int e = q;
    int words = 0;
    bool field = false, joined = false;
    while (e < n && words < 6) {
        if (lowerWord(e)) {
            field = lex.has(Cue::PortfolioWord, s.key(e++)) || field;
            ++words;
            continue;
        }
        // ("mines, and energy": a serial comma before "and")
        const int next = s.key(e) == ","_key && (s.key(e + 1) == "and"_key || s.key(e + 1) == "&"_key) ? e + 2 : e + 1;
        if (e > q && (s.key(e) == "and"_key || s.key(e) == "&"_key || s.key(e) == ","_key) && lowerWord(next)) {
            joined = true;
            e = next;
            continue;
        }
        break;
    }
    if (words > (joined ? 6 : 4))
        return -1;
    // ("the minister of higher education and research of Senegal, A": the state after the fields)
    if (e > q && s.key(e) == "of"_key) {
        const int at = s.key(e + 1) == "the"_key ? e + 2 : e + 1;
        if (const PhraseMatch* st = s.matchOf(at); st && st->begin == at && st->kind == PhraseKind::State &&
                                                   s.key(st->end) == ","_key && isNameStart(s, st->end + 1))
            return st->end;
    }
    if (e > q && s.key(e) == ","_key && isNameStart(s, e + 1))
        return e;
    // "Minister for trade A B": a portfolio's field in lower case, then the name at once
    return field && (words <= 2 || joined) && isNameStart(s, e) && parseName(s, e, n) - e >= 2 ? e : -1;
}

// "the leader of the opposition SDSM, A", "the leader of the main opposition Republican People's
// Party (CHP), B": a body named after one to three lower-case words that qualify it, then the
// comma and the name. Returns the comma, or -1.
int qualifiedBodyEnd(const Lexicon& lex, const SentenceInfo& s, int q)
{
    const int n = s.size();
    if (s.key(q) == "the"_key)
        ++q;
    int e = q;
    // "the head of the president's foreign policy office, A": a body in lower case, its
    // holder's possessive inside, ending on a head noun
    // ("Senior Secretary of the foreign ministry A B": or the name at once, two words or more)
    for (int w = q; w < n && w - q < 6 && ((s.tok(w).kind == Token::Word && !s.tok(w).cap) || s.key(w) == "'s"_key); ++w) {
        if (w == q || !lex.has(Cue::BodyHead, s.key(w)))
            continue;
        const bool commaThenName = s.key(w + 1) == ","_key && isNameStart(s, w + 2);
        const bool nameAtOnce = !s.tok(w).cap && isNameStart(s, w + 1) && parseName(s, w + 1, n) - (w + 1) >= 2;
        if (commaThenName || nameAtOnce)
            return w + 1;
    }
    while (e < n && e - q < 3 && s.tok(e).kind == Token::Word && !s.tok(e).cap && !isFunctionWord(lex, s.key(e)))
        ++e;
    const int body = e;
    while (e < n && e - body < 6 && ((s.tok(e).kind == Token::Word && s.tok(e).cap) || s.key(e) == "'s"_key))
        ++e;
    if (body == q || e == body)
        return -1;
    if (s.key(e) == "("_key && e + 2 < n && s.key(e + 2) == ")"_key)
        e += 3;
    return s.key(e) == ","_key && isNameStart(s, e + 1) ? e : -1;
}

// "Minister for Economic Revitalization Kenji Morimoto", "Chairman of Rosneft Igor Sechin": a
// field the lexicon does not know, in capitals, then the name. A run of three capitalised words
// or more ending the phrase is read as the field and a two-word name (a hyphenated part is no new
// word). Returns the end of the field, or `fail` when the run is shorter or holds a known phrase.
int unknownFieldEnd(const SentenceInfo& s, int q, int fail)
{
    // (a field and its name end with their line: "Secretary of Homeland Security A B\nWhite
    // House Chief of Staff C D" lists two people)
    const auto runEnd = [&](int from) {
        int r = from;
        while (r < s.size() && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.matchOf(r) &&
               !s.nameTok[std::size_t(r)] && !(r > q && s.lineBreakBefore(r)))
            ++r;
        return r;
    };
    int r = runEnd(q);
    // "Governor of Sistan and Baluchestan A B": a field of two joined by "and", where the first
    // part alone leaves no field before a two-word name
    if (r > q && r - q < 3 && s.key(r) == "and"_key && runEnd(r + 1) - (r + 1) >= 3)
        r = runEnd(r + 1);
    if (r < s.size() && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.lineBreakBefore(r))
        return fail; // a known phrase (a state, a title, a person) inside: not this construction
    // "Minister of Municipality Abdullah bin Hamad bin Abdullah Al Attiyah": a lower-case particle
    // of descent after the run goes on with the name, whose given name is the run's last word
    if (r - q >= 2 && r + 1 < s.size() && !s.tok(r).cap && s.lex->has(Cue::NameParticle, s.key(r)) &&
        s.tok(r + 1).cap && !s.tok(r - 1).hyphenBefore)
        return r - 1;
    int words = 0;
    int nameBegin = r;
    while (nameBegin > q && words < 2) {
        --nameBegin;
        if (!s.tok(nameBegin).hyphenBefore)
            ++words;
    }
    return words == 2 && nameBegin > q ? nameBegin : fail;
}

// "Maldives, Nepal and Sri Lanka": two or more states at q joined by commas and "and", as the
// reach of an office is written. Returns the end of the last, or -1 for fewer than two.
int stateListEnd(const SentenceInfo& s, int q)
{
    int states = 0;
    int end = -1;
    while (const PhraseMatch* m = s.matchOf(q)) {
        if (m->begin != q || m->kind != PhraseKind::State)
            break;
        ++states;
        end = m->end;
        if (s.key(end) == ","_key && s.key(end + 1) == "and"_key)
            q = end + 2;
        else if (s.key(end) == ","_key || s.key(end) == "and"_key)
            q = end + 1;
        else
            break;
    }
    return states >= 2 ? end : -1;
}

// "Regional Integration", "International Trade", "East African Cooperation": one to three
// capitalised words, none a name or another title, that end on a portfolio's field. Returns the
// end of the longest such run at q, or q.
int portfolioFieldEnd(const Lexicon& lex, const SentenceInfo& s, int q)
{
    int end = q;
    int words = 0;
    for (int r = q; r < s.size() && s.tok(r).kind == Token::Word && !s.nameTok[std::size_t(r)] && !(r > q && s.lineBreakBefore(r));
         ++r) {
        // "Co-operative Development": a hyphen's lower-case part is no new word
        const bool joined = r > q && s.tok(r).hyphenBefore;
        if (!joined && (!s.tok(r).cap || ++words > 3))
            break;
        const PhraseMatch* m = s.matchOf(r);
        if (m && m->kind != PhraseKind::Demonym)
            break;
        if (lex.has(Cue::PortfolioWord, s.key(r)))
            end = r + 1;
    }
    return end;
}

// "Minister of Energy Transition and Sustainable Development A B", "Minister of Finance and the
// Public Service C D", "Minister of Foreign Affairs and Foreign Trade Senator E F": after an
// office whose written title ends on its field, the field goes on in capitalised phrases joined
// by "and" (any words, not only known fields), and the name follows the last of them. At `p`,
// right after the title, a capitalised word that continues the field, or "and". The name is told
// apart from the last phrase by a rank before it (a title of its own), or by the last word of a
// portfolio or a body ("Development", "Service") that two to four name words follow, or else by
// the phrase's last two words when every earlier phrase is one word or ends on such a field.
// Returns the end of the fields, or -1.
int fieldChainEnd(const GazetteerData& g, const Lexicon& lex, const SentenceInfo& s, int p)
{
    const int n = s.size();
    const auto fieldWord = [&](int k) { return lex.has(Cue::PortfolioWord, s.key(k)) || lex.has(Cue::BodyHead, s.key(k)); };
    // ("... Fertilisers J.P. Nadda": a name's dotted initials are in capitals, not an acronym)
    const auto plainCap = [&](int k) {
        const PhraseMatch* m = s.matchOf(k);
        return k < n && s.tok(k).kind == Token::Word && s.tok(k).cap &&
               (!s.tok(k).allCaps || s.tok(k).end - s.tok(k).start > s.key(k).size()) && !s.nameTok[std::size_t(k)] &&
               (!m || m->kind == PhraseKind::Demonym) && !isFunctionWord(lex, s.key(k));
    };
    std::vector<std::pair<int, int>> segs;
    int q = p;
    int joins = 0;
    while (q < n && segs.size() < 5) {
        int b = q;
        if (!segs.empty() || s.key(q) == "and"_key) {
            if (s.key(q) != "and"_key && s.key(q) != "&"_key)
                break;
            b = q + 1;
            if (s.key(b) == "the"_key)
                ++b;
        }
        int e = b;
        while (e < n && e - b < 6 && plainCap(e) && !(e > b && s.lineBreakBefore(e)))
            ++e;
        if (e == b)
            break; // "... and Prime Minister A": no field after "and"; the chain ends before it
        if (b > p)
            ++joins;
        segs.emplace_back(b, e);
        q = e;
    }
    if (joins == 0)
        return -1;
    // (plain ints, not a structured binding: the name lambda below captures them)
    const int lb = segs.back().first;
    const int le = segs.back().second;
    int last = -1; // the last word of a portfolio or a body in the last phrase
    for (int w = le - 1; w >= lb && last < 0; --w)
        if (fieldWord(w))
            last = w;
    // "... Foreign Trade Senator A B", "... Natural Resources Dr C D": a rank or an honorific
    // opens the name; the words before it are the field's, up to a field word a name word
    // follows ("Finance and Economy A Sheikh B": the rank is inside the name)
    if (const PhraseMatch* rank = s.matchOf(le); rank && rank->begin == le && rank->kind == PhraseKind::Title && !rank->plural) {
        const QString& cat = g.titles[std::size_t(rank->entry)].category;
        if ((cat == "honorific"_key || cat == "legislator"_key || cat == "military"_key) && isNameStart(s, rank->end))
            return last >= 0 && last + 1 < le && isNameStart(s, last + 1) ? last + 1 : le;
        return -1;
    }
    // (the name may run on past the phrase: "Saleh al-Kharabsheh")
    const auto nameFrom = [&](int f) {
        const int ne = f < le && isNameStart(s, f) ? parseName(s, f, n) : f;
        return f > lb && ne >= le && ne - f >= 2 && ne - f <= 5;
    };
    // ("Minister of Energy Transition and Sustainable Development, Mrs. A B": the fields end on a
    // field word before the comma, the name (an honorific before it) after it)
    if (last == le - 1 && le + 1 < n && s.key(le) == ","_key &&
        (isHonorificAt(g, s, le + 1) || (isNameStart(s, le + 1) && parseName(s, le + 1, n) - (le + 1) >= 2)))
        return le;
    if (last >= 0)
        return nameFrom(last + 1) ? last + 1 : -1;
    bool fieldsBefore = true;
    for (std::size_t i = 0; i + 1 < segs.size(); ++i)
        fieldsBefore = fieldsBefore && (segs[i].second - segs[i].first == 1 || fieldWord(segs[i].second - 1));
    if (!fieldsBefore)
        return -1;
    // ("Water and Irrigation A al-B": a last name word that runs on past the phrase)
    return le - lb >= 3 && nameFrom(le - 2) ? le - 2 : le - lb >= 2 && nameFrom(le - 1) ? le - 1 : -1;
}

// "for Europe and Central Asia A", "to the Horn of Africa B": the end of the regions an office
// covers, written in capitals after "for", "to" or "in" at `p`, or -1.
int regionsEnd(const Lexicon& lex, const SentenceInfo& s, int p)
{
    if (s.key(p) != "for"_key && s.key(p) != "to"_key && s.key(p) != "in"_key)
        return -1;
    int q = p + 1;
    if (s.key(q) == "the"_key)
        ++q;
    int end = -1;
    while (q < s.size() && s.tok(q).cap) {
        const int e = lexiconPhraseAt(lex, Cue::RegionName, s, q);
        if (e < 0 || (e < s.size() && s.tok(e).hyphenBefore))
            break;
        end = e;
        // "the Great Lakes region": the region's own noun
        if (end < s.size() && !s.tok(end).cap && lex.has(Cue::BodyHead, s.key(end)))
            ++end;
        // "Europe and Central Asia", "the Sahel, West Africa and the Gulf"
        q = end + 1;
        if (q < s.size() && s.key(q) == "the"_key)
            ++q;
        if (s.key(end) != "and"_key && s.key(end) != ","_key)
            break;
    }
    // "Minister for Pacific Island Affairs, A", "Assistant Secretary for African Affairs": the
    // region qualifies a field, which the title's complement reads
    for (int w = end; end > 0 && w < s.size() && w < end + 3 && s.tok(w).kind == Token::Word && s.tok(w).cap; ++w)
        if (lex.has(Cue::PortfolioWord, s.key(w)) || lex.has(Cue::BodyHead, s.key(w)))
            return -1;
    return end;
}

// "of the US embassy in Dhaka, A B", "of the Indian mission, C D": after a state at `e`, its
// mission (a body's or a venue's head noun), the place it sits in, then the comma and a name of
// two words or more. Returns the comma, or -1.
int stateMissionEnd(const DocContext& ctx, const SentenceInfo& s, int e)
{
    const int n = s.size();
    int k = e;
    // (a state by its name: "of Turkish intelligence" is the agency, which the title names)
    if (const PhraseMatch* st = s.matchOf(e - 1); !st || st->kind != PhraseKind::State)
        return -1;
    if (k >= n || s.tok(k).kind != Token::Word || s.matchOf(k) || s.nameTok[std::size_t(k)] ||
        (!ctx.lex.has(Cue::BodyHead, s.key(k)) && !ctx.lex.has(Cue::VenueHead, s.key(k))))
        return -1;
    ++k;
    if (s.key(k) == "in"_key) {
        const PhraseMatch* at = s.matchOf(k + 1);
        if (!at || at->begin != k + 1 || (at->kind != PhraseKind::Place && at->kind != PhraseKind::State))
            return -1;
        k = at->end;
    }
    return s.key(k) == ","_key && isNameStart(s, k + 1) && parseName(s, k + 1, n) - (k + 1) >= 2 ? k : -1;
}

// "on the Rohingya issue A B", "for SDG affairs, C", "on the Teesta issue and priority matters
// D E": a field in capitals from `q`, closed by a noun of fields in lower case (lexicon
// `field-noun`), which "and" and more fields in lower case ending on another may follow; then
// the name, an honorific or the comma. Returns the end of the fields, or -1.
int closedFieldEnd(const DocContext& ctx, const SentenceInfo& s, int q)
{
    const int n = s.size();
    const auto lowerField = [&](int k) {
        return k < n && s.tok(k).kind == Token::Word && !s.tok(k).cap && ctx.lex.has(Cue::FieldNoun, s.key(k));
    };
    int w = q;
    while (w < n && w - q < 4 && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.matchOf(w) && !s.nameTok[std::size_t(w)])
        ++w;
    if (w == q || !lowerField(w))
        return -1;
    int e = w + 1;
    if (s.key(e) == "and"_key) {
        int k = e + 1;
        while (k < n && k - e <= 2 && s.tok(k).kind == Token::Word && !s.tok(k).cap && !lowerField(k) &&
               !isFunctionWord(ctx.lex, s.key(k)))
            ++k;
        if (lowerField(k))
            e = k + 1;
    }
    const bool named = s.key(e) == ","_key || (isNameStart(s, e) && parseName(s, e, n) - e >= 2) ||
                       isHonorificAt(ctx.g, s, e);
    return named ? e : -1;
}

// Title pass, right of the title: "of [the] X", "for X", an envoy's "to X", a second title
// ("Crown Prince and Prime Minister"). Adds titles and the organisation to h.
// "... Council (PLC) Dr. A B", "... Senate Mr C D": where an honorific and a holder's name of two
// words or more follow at `k`, past an acronym in brackets, the honorific's place; else -1. (With
// no honorific the office's later reading takes the name, and the body into its title.)
int honoredNameAfter(const GazetteerData& g, const SentenceInfo& s, int k)
{
    if (k + 2 < s.size() && s.key(k) == "("_key && s.tok(k + 1).allCaps && s.key(k + 2) == ")"_key)
        k += 3;
    if (k >= s.size() || !isHonorificAt(g, s, k))
        return -1;
    const int nameAt = s.matchOf(k)->end;
    return nameAt < s.size() && isNameStart(s, nameAt) && parseName(s, nameAt, s.size()) - nameAt >= 2 ? k : -1;
}

TitleRight readTitleRight(const DocContext& ctx, const SentenceInfo& s, const PhraseMatch& m, OfficialHit& h)
{
    const GazetteerData& g = ctx.g;
    const TitleEntry& te = g.titles[std::size_t(m.entry)];
    const int n = s.size();
    int p = m.end;
    int ofState = -1;
    std::vector<int> ofStates;
    int lastTitleBegin = m.begin; ///< where the last of the coordinated titles starts
    while (p < n) {
        if (s.key(p) == "("_key && s.key(p + 2) == ")"_key) {
            p += 3;
            continue;
        }
        // "Secretary (ER), Ministry of External Affairs, Shri A B", "Permanent Secretary,
        // Ministry of Foreign Affairs, Ambassador C D": the office's body after its comma, in
        // capitals from a body's head noun, then the comma and the name (an honorific or a rank
        // before it) the office is of
        if (s.key(p) == ","_key && p + 2 < n && s.tok(p + 1).cap && ctx.lex.has(Cue::BodyHead, s.key(p + 1)) &&
            !m.plural) {
            int q = p + 2;
            while (q < n && q - p < 10 &&
                   ((s.tok(q).kind == Token::Word && s.tok(q).cap) || s.key(q) == "of"_key || s.key(q) == "and"_key ||
                    s.key(q) == "for"_key || s.key(q) == "the"_key))
                ++q;
            int r = q + 1;
            while (r < n && r - q < 4 && s.matchOf(r) && s.matchOf(r)->begin == r && s.matchOf(r)->kind == PhraseKind::Title &&
                   (isHonorificAt(g, s, r) || g.titles[std::size_t(s.matchOf(r)->entry)].category == "diplomat"_key))
                r = s.matchOf(r)->end;
            if (q > p + 2 && q < n && s.key(q) == ","_key && r < n && isNameStart(s, r) && parseName(s, r, n) - r >= 2) {
                // (the office as written, with its body: "Secretary (ER), Ministry of External Affairs")
                if (h.titles.size() == 1 && !isOrganisationTitle(te))
                    h.titles.front() = writtenTitle(ctx, s, m.begin, q);
                p = q + 1;
                break;
            }
        }
        // "ambassador-designate to Japan", "minister-elect": the tenure joined to the title
        if (p == m.end && s.tok(p).hyphenBefore && s.tok(p).kind == Token::Word && ctx.lex.has(Cue::TenureWord, s.key(p))) {
            ++p;
            continue;
        }
        // "Minister-in-charge of Trade and Industry A": the charge joined to the title, its
        // field after "of"
        if (p == m.end && s.key(p) == "in"_key && s.tok(p).hyphenBefore && s.key(p + 1) == "charge"_key &&
            s.key(p + 2) == "of"_key) {
            p += 2;
            continue;
        }
        if (const int regions = regionsEnd(ctx.lex, s, p); regions > p) {
            p = regions;
            continue;
        }
        // "Chief Minister Punjab A": the region the office covers, right after the title with
        // no "of", when a name follows it
        if (p == m.end && s.tok(p).cap) {
            const int region = lexiconPhraseAt(ctx.lex, Cue::RegionName, s, p);
            if (region > p && region + 1 < n && s.tok(region).kind == Token::Word && s.tok(region).cap &&
                !s.tok(region).hyphenBefore && s.tok(region + 1).kind == Token::Word && s.tok(region + 1).cap) {
                p = region;
                continue;
            }
        }
        // "its spokesperson in Congress, A", "the party's whip in the National Assembly, B": the
        // chamber an office is held in, capitalised words up to a body's head noun, then the
        // comma and the name
        if (s.key(p) == "in"_key && !m.plural) {
            int w = s.key(p + 1) == "the"_key ? p + 2 : p + 1;
            const int first = w;
            while (w < n && w - first < 4 && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.tok(w).allCaps &&
                   (!s.matchOf(w) || s.matchOf(w)->kind == PhraseKind::Organization))
                ++w;
            if (w > first && ctx.lex.has(Cue::BodyHead, s.key(w - 1)) && s.key(w) == ","_key && isNameStart(s, w + 1) &&
                parseName(s, w + 1, n) - (w + 1) >= 2) {
                p = w;
                break;
            }
        }
        // "Governor State Bank of Pakistan (SBP) A B", "Chairman Federal Board of Revenue C D": the
        // body the office heads, named at once with no "of" (its own "of" or acronym inside, a
        // head noun in capitals before them), then a name of two words or more
        if (p == m.end && !m.plural && s.tok(p).cap && s.tok(p).kind == Token::Word && !s.matchOf(p)) {
            int st = -1, org = -1;
            const int e = extendOf(s, p - 1, &st, &org, nullptr, g, ctx.lex);
            bool head = false, inner = false;
            for (int k = p; k < e; ++k) {
                inner = inner || s.key(k) == "of"_key || s.key(k) == "("_key;
                head = head || (!inner && s.tok(k).cap && ctx.lex.has(Cue::BodyHead, s.key(k)));
            }
            if (e > p + 1 && head && inner && isNameStart(s, e) && parseName(s, e, n) - e >= 2) {
                if (st >= 0)
                    ofState = st;
                if (org >= 0 && h.organization < 0)
                    h.organization = org;
                p = e;
                break;
            }
        }
        // "Minister of Foreign Affairs II Dato A": the office's ordinal (a second minister of the
        // same portfolio) belongs to the title, not to the name
        if (s.tok(p).allCaps && (s.key(p) == "ii"_key || s.key(p) == "iii"_key) && p + 1 < n && s.tok(p + 1).cap &&
            s.tok(p + 1).kind == Token::Word) {
            ++p;
            continue;
        }
        // "Minister of State at the Ministry of Foreign Affairs A": the body the office sits in,
        // read as an 'of' body when its head noun comes first (not "at the Foreign Service Academy")
        // ("A, adviser at the Royal Court,": or a body of a few capitalised words ending on one)
        int seatHead = p + 2;
        while (seatHead < n && seatHead - p < 5 && s.tok(seatHead).kind == Token::Word && s.tok(seatHead).cap &&
               !s.matchOf(seatHead) && !ctx.lex.has(Cue::BodyHead, s.key(seatHead)))
            ++seatHead;
        const bool seatBody = (s.key(p) == "at"_key || s.key(p) == "in"_key) && s.key(p + 1) == "the"_key &&
                              seatHead < n && s.tok(seatHead).cap && ctx.lex.has(Cue::BodyHead, s.key(seatHead)) &&
                              (seatHead == p + 2 || ((h.phraseBegin == 0 || s.key(h.phraseBegin - 1) == ","_key) &&
                                                     te.category != "generic"_key)) &&
                              !isDiplomatTitle(te);
        // "World Bank Division Director for Maldives, Nepal and Sri Lanka A B": the states an
        // office covers, listed; none is the holder's own, and the name follows them
        if (const int list = s.key(p) == "for"_key && !m.plural ? stateListEnd(s, p + 1) : -1; list > p + 1) {
            p = list;
            continue;
        }
        // ("his counterpart from Mali, A": a counterpart's "from" is the "of" of his state)
        if (s.key(p) == "of"_key || seatBody ||
            (s.key(p) == "for"_key && !isDiplomatTitle(te)) ||
            (s.key(p) == "from"_key && foldKey(te.name) == "counterpart"_key)) {
            int st = -1, org = -1;
            QStringList more;
            int e = extendOf(s, p, &st, &org, &more, g, ctx.lex);
            // "governor of Khartoum state,", "Governor of Punjab province A": the region's own noun
            // in lower case after the place, before the comma or the name
            if (st >= 0 && e > p && e + 1 < n && s.tok(e).kind == Token::Word && !s.tok(e).cap &&
                ctx.lex.has(Cue::BodyHead, s.key(e)) && te.category == "local"_key &&
                (s.key(e + 1) == ","_key || isNameStart(s, e + 1)))
                ++e;
            // "the chargé d'affaires of the US embassy in Dhaka, A B": the state's mission, by a
            // body's or a venue's head noun, and the city it sits in, then the comma and the name
            if (const int mission = st >= 0 && e > p ? stateMissionEnd(ctx, s, e) : -1; mission > e)
                e = mission;
            // "the head of the Defense Ministry's political-military bureau, A": a unit of the
            // body in its possessive, up to its head noun, the comma and the name
            if (e > p && s.key(e) == "'s"_key) {
                int unit = -1;
                // ("A, spokesman for Egypt's foreign ministry,": or the appositive's comma or end)
                const bool appositive = h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == ","_key;
                // (a body's words, not "Kenya's largest bank")
                bool bodyWords = true;
                for (int w = e + 1; w < n && w - e <= 5 && s.tok(w).kind == Token::Word && unit < 0; ++w) {
                    if (w > e + 1 && ctx.lex.has(Cue::BodyHead, s.key(w)) &&
                        ((s.key(w + 1) == ","_key && isNameStart(s, w + 2)) ||
                         (appositive && st >= 0 && !s.tok(w).cap && bodyWords &&
                          (s.key(w + 1) == ","_key || (s.key(w + 1) == "."_key && w + 2 == n)))))
                        unit = w + 1;
                    // "Chairman of Yemen's Presidential Leadership Council (PLC) Dr. A B": or its
                    // capitalised head noun (its acronym after it), an honorific and the name
                    if (const int named = w > e + 1 && s.tok(w).cap && ctx.lex.has(Cue::BodyHead, s.key(w))
                                              ? honoredNameAfter(g, s, w + 1) : -1;
                        unit < 0 && named > w)
                        unit = named;
                    bodyWords = bodyWords && (ctx.lex.has(Cue::BodyModifier, s.key(w)) || ctx.lex.has(Cue::PortfolioWord, s.key(w)) ||
                                              ctx.lex.has(Cue::BodyHead, s.key(w)));
                }
                // "A, head of Sudan's Sovereign Council,": a named body of the state (capitalised
                // words up to its head noun) closes an appositive
                if (unit < 0 && st >= 0 && h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == ","_key) {
                    int w = e + 1;
                    while (w < n && w - e <= 5 && s.tok(w).kind == Token::Word && s.tok(w).cap && !isFunctionWord(ctx.lex, s.key(w)))
                        ++w;
                    if (w > e + 1 && w < n && s.key(w) == ","_key && ctx.lex.has(Cue::BodyHead, s.key(w - 1)))
                        unit = w;
                }
                // "the Director General of Côte d'Ivoire's Conseil du Café-Cacao, Mr A B,": a body
                // of the state by its own name (capitalised words, a lower-case particle of its
                // language or "of", "and" between them) before the comma and the holder's name
                if (unit < 0 && st >= 0) {
                    int w = e + 1;
                    int words = 0;
                    while (w < n && w - e <= 8 && s.tok(w).kind == Token::Word && !s.nameTok[std::size_t(w)] &&
                           (s.tok(w).cap || s.tok(w).hyphenBefore ||
                            (words > 0 && s.tok(w + 1).cap && w + 1 < n &&
                             (isFunctionWord(ctx.lex, s.key(w)) || ctx.lex.has(Cue::NameParticle, s.key(w)))))) {
                        const PhraseMatch* in = s.matchOf(w);
                        if (in && in->kind != PhraseKind::Organization && in->kind != PhraseKind::Place)
                            break;
                        words += s.tok(w).cap ? 1 : 0;
                        ++w;
                    }
                    // (the people dictionary reads its own with their office: "the head of Sudan's
                    // Sovereignty Council, General A", a rank before him)
                    const int nameAt = w + 1 < n && isHonorificAt(g, s, w + 1) ? s.matchOf(w + 1)->end : w + 1;
                    const PhraseMatch* known = nameAt < n ? s.matchOf(nameAt) : nullptr;
                    const int ne = words >= 2 && s.key(w) == ","_key && s.tok(w - 1).cap && isNameStart(s, nameAt) &&
                                           !(known && known->kind != PhraseKind::Demonym)
                                       ? parseName(s, nameAt, n) : nameAt;
                    if (ne - nameAt >= 2 && ne < n && (s.key(ne) == ","_key || s.key(ne) == "and"_key || s.key(ne) == "."_key))
                        unit = w;
                }
                if (unit > 0) {
                    if (org >= 0 && h.organization < 0)
                        h.organization = org;
                    if (st >= 0)
                        ofState = st;
                    p = unit;
                    break;
                }
            }
            // "A, spokesperson for the Egyptian foreign ministry,": after a demonym, a body in
            // lower case up to its head noun closes the appositive
            if (e > p && st >= 0 && h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == ","_key && e < n &&
                s.tok(e).kind == Token::Word && !s.tok(e).cap && s.tok(e - 1).cap) {
                int unit = -1;
                for (int w = e; w < n && w - e < 3 && s.tok(w).kind == Token::Word && !s.tok(w).cap && unit < 0; ++w) {
                    if (ctx.lex.has(Cue::BodyHead, s.key(w)) &&
                        (s.key(w + 1) == ","_key || (s.key(w + 1) == "."_key && w + 2 == n)))
                        unit = w + 1;
                    if (!ctx.lex.has(Cue::BodyModifier, s.key(w)) && !ctx.lex.has(Cue::PortfolioWord, s.key(w)) &&
                        !ctx.lex.has(Cue::BodyHead, s.key(w)))
                        break;
                }
                if (unit > 0) {
                    if (org >= 0 && h.organization < 0)
                        h.organization = org;
                    ofState = st;
                    p = unit;
                    break;
                }
            }
            if (e == p) {
                // "Kenya's cabinet secretary for trade, A": a field in lower case, then the name
                int comma = lowerComplementEnd(ctx.lex, s, p + 1);
                // "A B, leader of the strongest opposition party, Progressive Slovakia (PS),": a
                // title set after a name and its comma is that name's; what follows the body's
                // comma names the body again, no holder
                int lead = m.begin - 1;
                if (lead > 0 && ctx.lex.has(Cue::Article, s.key(lead)))
                    --lead;
                const bool appositive = lead >= 2 && s.key(lead) == ","_key && isNameWordAt(s, lead - 1) &&
                                        isNameWordAt(s, lead - 2) && !s.matchOf(lead - 1);
                if (comma < 0 && s.key(p) == "of"_key && !appositive)
                    comma = qualifiedBodyEnd(ctx.lex, s, p + 1);
                // ("principal coordinator for SDG affairs A B": a field a noun of fields closes)
                if (const int closed = s.key(p) == "for"_key ? closedFieldEnd(ctx, s, p + 1) : -1; comma < 0 && closed > p)
                    comma = closed;
                if (comma > p) {
                    p = comma;
                } else {
                    // "Commissioner for the Mediterranean A B": the field may take its article
                    const int field = unknownFieldEnd(s, s.key(p + 1) == "the"_key ? p + 2 : p + 1, p);
                    // the office as written: "Minister for Economic Revitalization"; an
                    // organisation's office keeps the name the later passes know it by
                    if (field > p && h.titles.size() == 1 && !isOrganisationTitle(te))
                        h.titles.front() = writtenTitle(ctx, s, m.begin, field);
                    p = field;
                }
                break;
            }
            // "spokesman for the Nigerian Navy, A": after "for", the state only where it opens a
            // body's name, up to its head noun ("Special Envoy for Sudan" is no Sudanese office)
            const bool forBody = s.key(p) == "for"_key && e > p + 1 && ctx.lex.has(Cue::BodyHead, s.key(e - 1)) &&
                                 !(s.matchOf(e - 1) && (s.matchOf(e - 1)->kind == PhraseKind::State ||
                                                        s.matchOf(e - 1)->kind == PhraseKind::Demonym));
            if (st >= 0 && (s.key(p) == "of"_key || s.key(p) == "from"_key || forBody)) {
                ofState = st;
                ofStates.push_back(st);
                // "the foreign ministers of Turkey, Azerbaijan and Georgia, A, B and C"
                while (m.plural && e < n && (s.key(e) == ","_key || s.key(e) == "and"_key)) {
                    const int next = s.key(e) == ","_key && s.key(e + 1) == "and"_key ? e + 2 : e + 1;
                    const PhraseMatch* more2 = s.matchOf(next);
                    if (!more2 || more2->begin != next || more2->kind != PhraseKind::State)
                        break;
                    ofStates.push_back(more2->entry);
                    e = more2->end;
                }
            }
            // "Secretary General of the Ministry of Foreign Affairs", "Chairman of the Cabinet of
            // Ministers": an organisation's kind of office in a body no organisation of the
            // gazetteer holds is an office of a state, known by its whole written name
            bool orgBody = false;
            for (int k = p + 1; k < e; ++k)
                orgBody = orgBody || (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Organization);
            // "President of the Cambodian People's Party": a party's office (its head word a
            // government-word whose value is an office) leads no state
            // ("... Party and President of the Senate A": the body ends before "and" a title)
            int bodyEnd = e;
            for (int k = p + 2; k + 1 < e; ++k)
                if (s.key(k) == "and"_key && s.matchOf(k + 1) && s.matchOf(k + 1)->kind == PhraseKind::Title) {
                    bodyEnd = k;
                    break;
                }
            const QString bodyOffice = bodyEnd > p + 1 ? ctx.lex.value(Cue::GovernmentWord, s.key(bodyEnd - 1)) : QString();
            const bool partyOffice = !bodyOffice.isEmpty() && bodyOffice != QLatin1String("led");
            if ((st < 0 || partyOffice) && org < 0 && !orgBody && h.organization < 0 && s.key(p) == "of"_key &&
                (isOrganisationTitle(te) || partyOffice) && h.titles.size() == 1)
            {
                h.titles.front() = writtenTitle(ctx, s, m.begin, partyOffice ? bodyEnd : e);
                if (partyOffice && bodyEnd < e)
                    h.titles << writtenTitle(ctx, s, bodyEnd + 1, e);
            }
            if (org >= 0 && h.organization < 0)
                h.organization = org;
            p = e;
            continue;
        }
        // "Diplomatic Counselor to the President Emmanuel Bonne"; "Senior Advisor to the US
        // President for Africa": the adviser of a state's leader serves that state
        if (s.key(p) == "to"_key && s.key(p + 1) == "the"_key) {
            const PhraseMatch* pm = s.matchOf(p + 2);
            int principalState = -1;
            if (pm && pm->begin == p + 2 && (pm->kind == PhraseKind::State || pm->kind == PhraseKind::Demonym)) {
                principalState = pm->entry;
                pm = s.matchOf(pm->end);
                if (pm && pm->begin != s.matchOf(p + 2)->end)
                    pm = nullptr;
            }
            if (pm && pm->begin > p + 1 && pm->kind == PhraseKind::Title) {
                if (principalState >= 0 && h.state < 0 && h.organization < 0) {
                    h.state = principalState;
                    h.affiliationRule = QStringLiteral("adviser to that state's leader");
                }
                p = pm->end;
                continue;
            }
        }
        // "Special Adviser to the President on Information and Strategy, A", "Special Envoy on
        // Climate Change B": the field an adviser or envoy covers, in capitals, before the comma
        // and the name, or a portfolio's field right before it
        // ("on Special Duties, Communications and Strategy, disclosed": an enumeration of
        // fields, which "and" closes, is no name)
        // "High Representative on the Rohingya issue A B", "Adviser on the Kashmir question, C":
        // a field in capitals after "on the", closed by a noun of fields in lower case (lexicon
        // `field-noun`), then the name or its comma
        if (s.key(p) == "on"_key && s.key(p + 1) == "the"_key && p + 2 < n && s.tok(p + 2).cap) {
            if (const int w = closedFieldEnd(ctx, s, p + 2); w > p + 2) {
                // (the field makes the office its own: "High Representative on the Rohingya
                // issue" is no EU office of that name)
                if (!h.titles.isEmpty() && lastTitleBegin < p)
                    h.titles.back() = writtenTitle(ctx, s, lastTitleBegin, w);
                p = w;
                break;
            }
        }
        // "A, the minister responsible for Canada-U.S. trade,", "B, the deputy minister charged
        // with relations with the Gulf states,": the charge an office holds (lexicon
        // `charge-phrase`), its field in any case (places, hyphens, abbreviations, a few joining
        // words) up to the appositive's comma or the sentence's end
        if (const int charge = !m.plural ? lexiconPhraseAt(ctx.lex, Cue::ChargePhrase, s, p) : -1; charge > p) {
            const auto fieldToken = [&](int k) {
                const Token& t = s.tok(k);
                if (t.kind != Token::Word)
                    return t.key == "-"_key || t.key == "&"_key || (t.key == "."_key && k + 1 < n && s.tok(k + 1).kind == Token::Word);
                if (s.key(k) == "the"_key)
                    return true;
                if (s.key(k) == "and"_key || s.key(k) == "of"_key || s.key(k) == "with"_key || s.key(k) == "between"_key ||
                    s.key(k) == "in"_key)
                    return k > charge;
                return !isFunctionWord(ctx.lex, s.key(k)) && !(s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Title);
            };
            int w = charge;
            while (w < n && w - charge < 9 && fieldToken(w))
                ++w;
            if (w > charge && (w >= n || s.key(w) == ","_key || (s.key(w) == "."_key && w + 1 == n))) {
                p = w;
                break;
            }
        }
        // "general secretary in-charge communications A B", "secretary in charge of media C D":
        // the field an officer is in charge of, one to three words in lower case, then the name
        if (s.key(p) == "in"_key && s.key(p + 1) == "charge"_key) {
            int w = p + 2;
            if (s.key(w) == "of"_key)
                ++w;
            const int field = w;
            while (w < n && w - field < 3 && s.tok(w).kind == Token::Word && !s.tok(w).cap &&
                   !isFunctionWord(ctx.lex, s.key(w)))
                ++w;
            if (w > field && ((isNameStart(s, w) && parseName(s, w, n) - w >= 2) || s.key(w) == ","_key)) {
                p = w;
                break;
            }
        }
        // "Opposition spokesman on finance A B", "adviser on security, C": a field in lower case
        // (a portfolio's word in it), then the name or its comma
        if (s.key(p) == "on"_key && p + 1 < n && !s.tok(p + 1).cap && s.tok(p + 1).kind == Token::Word) {
            if (const int field = lowerComplementEnd(ctx.lex, s, p + 1); field > p + 1) {
                bool portfolio = false;
                for (int w = p + 1; w < field; ++w)
                    portfolio = portfolio || ctx.lex.has(Cue::PortfolioWord, s.key(w));
                if (portfolio) {
                    p = field;
                    break;
                }
            }
        }
        // "UN Special Envoy on Myanmar A B": an envoy's charge a state names, the name after it
        if (const PhraseMatch* st = s.key(p) == "on"_key && isDiplomatTitle(te) ? s.matchOf(p + 1) : nullptr;
            st && st->begin == p + 1 && st->kind == PhraseKind::State && isNameStart(s, st->end)) {
            p = st->end;
            continue;
        }
        if (s.key(p) == "on"_key && p + 1 < n && s.tok(p + 1).cap) {
            int comma = -1;
            for (int e = p + 1; e < n && e - p <= 12 && comma < 0; ++e) {
                const bool word = s.tok(e).kind == Token::Word && s.tok(e).cap && !s.matchOf(e);
                const bool joint = (s.key(e) == "and"_key || s.key(e) == "&"_key || s.key(e) == ","_key) &&
                                   e + 1 < n && s.tok(e + 1).cap;
                if (!word && !joint)
                    break;
                // (", Mr. A B": an honorific may open the name)
                const int nameAt = isHonorificAt(g, s, e + 1) ? s.matchOf(e + 1)->end : e + 1;
                if (s.key(e) == ","_key && isNameStart(s, nameAt)) {
                    const int ne = parseName(s, nameAt, n);
                    if (s.key(ne) != "and"_key && s.key(ne) != "&"_key)
                        comma = e;
                }
            }
            const int field = portfolioFieldEnd(ctx.lex, s, p + 1);
            const int unknown = unknownFieldEnd(s, p + 1, -1);
            if (comma > p)
                p = comma;
            else if (field > p + 1 && isNameStart(s, field))
                p = field;
            else if (unknown > p + 1)
                p = unknown;
            break;
        }
        // "the UN Resident Coordinator in Sri Lanka, A": an organisation's officer posted there
        // ("the IOM Chief of Mission in Libya, A": any office the organisation before it holds)
        if ((s.key(p) == "to"_key || s.key(p) == "for"_key || s.key(p) == "in"_key) &&
            (isDiplomatTitle(te) || (s.key(p) == "in"_key && (isOrganisationTitle(te) || h.organization >= 0)))) {
            int q = p + 1;
            if (s.key(q) == "the"_key)
                ++q;
            const PhraseMatch* pm = s.matchOf(q);
            // ("to the EU", "to the Philippines": the gazetteer may write the name with its article)
            if (pm && (pm->begin == q || (q == p + 2 && pm->begin == p + 1)) &&
                (pm->kind == PhraseKind::State || pm->kind == PhraseKind::Place ||
                 pm->kind == PhraseKind::Organization)) {
                p = pm->end;
                continue;
            }
            // "the ambassador of Lebanon to the Kingdom, A": a host the gazetteer does not
            // know by that name, a few capitalised words before the comma and the name
            int e = q;
            while (e < n && e - q < 3 && s.tok(e).kind == Token::Word && s.tok(e).cap && !s.matchOf(e))
                ++e;
            // "the Special Envoy for the Great Lakes region, A": a lower-case head noun ends it
            if (e > q && e < n && !s.tok(e).cap && ctx.lex.has(Cue::BodyHead, s.key(e)))
                ++e;
            if (e > q && s.key(e) == ","_key && isNameStart(s, e + 1)) {
                p = e;
            } else if (q == p + 2 && s.tok(q).cap && !s.matchOf(q) && ctx.lex.has(Cue::StateGroupNoun, s.key(q)) &&
                       ((isNameStart(s, q + 1) && parseName(s, q + 1, n) - (q + 1) >= 2) || isHonorificAt(g, s, q + 1))) {
                // "Ambassador of the Republic of X to the Kingdom A B": the host told by its
                // kind of state alone (lexicon `state-group-noun`), the name at once
                p = q + 1;
            } else if (s.key(p) == "for"_key && q == p + 1) {
                // "UN High Commissioner for Refugees A B", "Special Envoy for Human Rights C D":
                // the field in capitals, then a two-word name at once
                int field = unknownFieldEnd(s, q, -1);
                // (or a name the people dictionary knows right after the field)
                int r = q;
                while (field < 0 && r < n && s.tok(r).kind == Token::Word && s.tok(r).cap && !s.matchOf(r) &&
                       !s.nameTok[std::size_t(r)] && r - q < 3)
                    ++r;
                if (field < 0 && r > q && s.matchOf(r) && s.matchOf(r)->begin == r &&
                    s.matchOf(r)->kind == PhraseKind::Person)
                    field = r;
                // "Special Envoy for Asian Affairs of the Ministry of Foreign Affairs of China Mr A
                // B", "Special Envoy for African Affairs Mr C D": (or a field ending on a
                // portfolio's word, then the body the office is of, or an honorific and the name)
                const int portfolio = field < 0 ? portfolioFieldEnd(ctx.lex, s, q) : -1;
                if (portfolio > q && s.key(portfolio) == "of"_key) {
                    p = portfolio;
                    continue;
                }
                if (portfolio > q && isHonorificAt(g, s, portfolio))
                    field = portfolio;
                if (field > q)
                    p = field;
            }
            break;
        }
        // "Minister of Energy Transition and Sustainable Development A", "Minister of Finance and
        // the Public Service B": an office written with its field ("of", "for" in it) whose field
        // goes on in capitalised phrases joined by "and", the name after them (the office keeps
        // its name: the written fields only add to it)
        if (!m.plural && p > m.begin && s.tok(p - 1).cap && (s.key(p) == "and"_key || (s.tok(p).cap && !s.matchOf(p)))) {
            bool field = false;
            for (int k = m.begin; k < p && !field; ++k)
                field = s.key(k) == "of"_key || s.key(k) == "for"_key;
            if (const int f = field ? fieldChainEnd(g, ctx.lex, s, p) : -1; f > p) {
                p = f;
                break;
            }
            // ("Minister of Energy Transition A B": a field's word goes on past the title's field,
            // a two-word name at once after it)
            const bool fieldWord = field && s.tok(p).cap && ctx.lex.has(Cue::PortfolioWord, s.key(p));
            if (const int f = fieldWord ? portfolioFieldEnd(ctx.lex, s, p) : -1;
                f > p && isNameStart(s, f) && parseName(s, f, n) - f >= 2) {
                p = f;
                break;
            }
            // ("Minister for Defence Industry, A B", "Minister for Defence Industry and Minister
            // for Pacific Island Affairs, C": or a comma, or "and" and another office, after it)
            if (const int f = fieldWord ? portfolioFieldEnd(ctx.lex, s, p) : -1;
                f > p && (s.key(f) == ","_key || (s.key(f) == "and"_key && s.matchOf(f + 1) &&
                                                  s.matchOf(f + 1)->kind == PhraseKind::Title))) {
                if (!h.titles.isEmpty() && lastTitleBegin < p)
                    h.titles.back() = writtenTitle(ctx, s, lastTitleBegin, f);
                p = f;
                continue;
            }
        }
        // "the deputy minister of trade, industry and competition, A", "minister of trade and
        // industry B": a title written in lower case whose fields go on in lower case after a
        // comma or "and", up to the comma and the name, or the name at once
        if ((s.key(p) == ","_key || s.key(p) == "and"_key) && !m.plural && p > m.begin && p + 1 < n &&
            s.tok(p - 1).kind == Token::Word && !s.tok(p - 1).cap && s.tok(p + 1).kind == Token::Word &&
            !s.tok(p + 1).cap && !isFunctionWord(ctx.lex, s.key(p + 1))) {
            if (const int c = lowerComplementEnd(ctx.lex, s, p + 1); c > p + 1) {
                p = c;
                break;
            }
        }
        // "Minister of Energy, Petroleum and Mines, A", "Minister of Foreign Affairs, Regional
        // Integration and International Trade A": more fields of the same portfolio, where a name
        // (or its comma) follows them
        if (s.key(p) == ","_key || s.key(p) == "and"_key) {
            int e = p;
            while (s.key(e) == ","_key || s.key(e) == "and"_key) {
                const int q = s.key(e) == ","_key && s.key(e + 1) == "and"_key ? e + 2 : e + 1;
                const int f = portfolioFieldEnd(ctx.lex, s, q);
                if (f == q)
                    break;
                e = f;
            }
            if (e > p && (s.key(p) == ","_key || s.key(e) == ","_key || isNameStart(s, e) || isHonorificAt(g, s, e))) {
                p = e;
                continue;
            }
            // "Minister of Defence and Space A B": after "and", a field the lexicon does not know,
            // in capitals (no acronym), then a two-word name at once; not "the President and
            // First Lady A B" (no field before "and")
            if (const int field = s.key(p) == "and"_key && !m.plural && ctx.lex.has(Cue::PortfolioWord, s.key(p - 1))
                                      ? unknownFieldEnd(s, p + 1, -1) : -1;
                field > p + 1) {
                bool acronym = false;
                for (int w = p + 1; w < field; ++w)
                    acronym = acronym || s.tok(w).allCaps;
                if (!acronym) {
                    p = field;
                    break;
                }
            }
            // "Minister of State for Provincial Affairs and Devolution, A": after "and" and a
            // field's word, a field the lexicon does not know, in capitals (one to three words),
            // then the comma and the name
            if (s.key(p) == "and"_key && !m.plural && ctx.lex.has(Cue::PortfolioWord, s.key(p - 1))) {
                int w = p + 1;
                while (w < n && w - p <= 3 && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.tok(w).allCaps &&
                       !s.matchOf(w) && !s.nameTok[std::size_t(w)])
                    ++w;
                if (w > p + 1 && s.key(w) == ","_key && isNameStart(s, w + 1) && parseName(s, w + 1, n) - (w + 1) >= 2) {
                    p = w;
                    break;
                }
            }
            // "Minister of Trade, Agribusiness and Industry, A", "Minister of Foreign Affairs,
            // International Business and International Cooperation, B": fields the lexicon does
            // not know, in capitals, that "and" and a known field close, where the name or its
            // comma follows them
            if (const int en = s.key(p) == ","_key && !m.plural ? fieldEnumerationEnd(ctx.lex, s, p) : -1;
                en > p && (s.key(en) == ","_key || s.key(en) == "."_key || en >= n || isNameStart(s, en) ||
                           isHonorificAt(g, s, en))) {
                p = en;
                continue;
            }
        }
        if ((s.key(p) == "and"_key || s.key(p) == ","_key ||
             s.key(p) == "/"_key) &&
            !m.plural && !postnominalTitle(s, m)) {
            const PhraseMatch* pm = s.matchOf(p + 1);
            // "The Chairman of the ECOWAS Authority, President A": the organisation's chair is a
            // head of state, whose own office the name follows; that title reads him alone
            const bool ownOffice = pm && h.organization >= 0 && s.key(p) == ","_key &&
                                   pm->kind == PhraseKind::Title && leadsAState(g.titles[std::size_t(pm->entry)]);
            // "The Amir and President B", "the King and President C": a monarch is no president;
            // the two offices are held by two people, the second one named
            const bool twoHeads = pm && pm->kind == PhraseKind::Title &&
                                  ((isRoyal(te) && g.titles[std::size_t(pm->entry)].category == "head-of-state"_key) ||
                                   (te.category == "head-of-state"_key && isRoyal(g.titles[std::size_t(pm->entry)])));
            // "Nigeria's Minister of Foreign Affairs, Ambassador A B", "Minister of Finance,
            // Senator C D": after the office's comma, a one-word title of a seat or an envoy right
            // before a name of two words or more is his rank as the text honours him, no second
            // office; the name follows it ("Minister for Trade, Senator the Hon E F": past the
            // honorific's style)
            const int rankedName = p + 2 < n && isHonorificAt(g, s, p + 2) ? s.matchOf(p + 2)->end : p + 2;
            if (pm && pm->begin == p + 1 && pm->end == p + 2 && s.key(p) == ","_key && pm->kind == PhraseKind::Title &&
                !pm->plural && te.category != "generic"_key && te.category != "honorific"_key &&
                (g.titles[std::size_t(pm->entry)].category == "legislator"_key ||
                 g.titles[std::size_t(pm->entry)].category == "diplomat"_key) &&
                te.category != g.titles[std::size_t(pm->entry)].category && isNameStart(s, rankedName) &&
                parseName(s, rankedName, n) - rankedName >= 2) {
                p = pm->end;
                break;
            }
            // ("Minister of State, Sultan bin Saad Al-Muraikhi,": a rank word before "bin" is the
            // given name, no second office)
            if (pm && pm->begin == p + 1 && pm->kind == PhraseKind::Title && !pm->plural && !ownOffice && !twoHeads &&
                g.titles[std::size_t(pm->entry)].category != "honorific"_key && !isNameStart(s, p + 1)) {
                h.titles << titleAsWritten(ctx, s, *pm, g.titles[std::size_t(pm->entry)]);
                h.commaTitles = h.commaTitles || s.key(p) == ","_key;
                lastTitleBegin = pm->begin;
                p = pm->end;
                continue;
            }
        }
        break;
    }
    // "A, the chief executive of Gazprom,": a firm its state owns after "of" (lexicon
    // `state-company`) is of that state
    if (ofState < 0 && m.end + 1 < n && s.key(m.end) == "of"_key) {
        const int f = ctx.lex.has(Cue::Article, s.key(m.end + 1)) ? m.end + 2 : m.end + 1;
        const LexiconPhrase* firm = nullptr;
        if (f < n && s.tok(f).cap && lexiconPhraseAt(ctx.lex, Cue::StateCompany, s, f, &firm) > f)
            ofState = g.stateIndex(firm->value);
    }
    return {p, ofState, ofStates};
}

// "His Majesty King A", "His Royal Highness Prince B": the royal title says more than the
// honorific before it, which it replaces; the name is known by it ("King A").
void addRank(const GazetteerData& g, const TitleEntry& royal, OfficialHit& h)
{
    if (h.honorificOnly) {
        h.titles.clear();
        h.honorificOnly = false;
    }
    // "Minister of Foreign Affairs Prince A": the office is the title, the rank only names him
    // ("the Custodian of the Two Holy Mosques King A": a rank the title before it already named)
    if ((h.titles.isEmpty() || onlyRanks(g, h.titles)) && !h.titles.contains(royal.name))
        h.titles << royal.name;
    h.royal = true;
    if (h.rank.isEmpty())
        h.rank = royal.name;
}

// Title pass: honorifics and ranks between the title and the name ("Field Marshal",
// "Sheikh", "Hon."); returns where the name starts.
int skipHonorifics(const GazetteerData& g, const SentenceInfo& s, int p, OfficialHit& h)
{
    const int n = s.size();
    int q = p;
    if (s.key(q) == ","_key && (isNameStart(s, q + 1) || isHonorificAt(g, s, q + 1)))
        ++q;
    while (q < n) {
        const PhraseMatch* pm = s.matchOf(q);
        // "Emir Sheikh Mishal ...": a dictionary alias that starts with the honorific
        // matched as a person; the honorific is still no part of the name.
        // "Prince Mohammed bin Salman" as an alias: the royal title is no part of the name either.
        // "Amir Khan Muttaqi": but a word the person's own name starts with is a given name.
        const int rankTitle = g.titleByName.value(s.key(q), -1);
        const SharedTokens own = pm && pm->kind == PhraseKind::Person
                                     ? shortTokens(g.people[std::size_t(pm->entry)].name)
                                     : SharedTokens();
        const bool ownFirstName = !own.empty() && own.front().key == s.key(q) && rankTitle >= 0 &&
                                  own.front().key != foldKey(g.titles[std::size_t(rankTitle)].name);
        const bool rankWord = isHonorific(g, s.key(q)) ||
                              (rankTitle >= 0 && isRoyal(g.titles[std::size_t(rankTitle)]) && !ownFirstName);
        if (pm && pm->begin == q && pm->kind == PhraseKind::Person && rankWord && isNameStart(s, q + 1)) {
            if (!isHonorific(g, s.key(q)))
                addRank(g, g.titles[std::size_t(rankTitle)], h);
            ++q;
            continue;
        }
        if (!pm || pm->begin != q || pm->kind != PhraseKind::Title)
            break;
        // "Foreign Minister Sultan bin Saad A": a rank before a patronymic particle is the given
        // name; a rank is followed by the name itself ("Prince Faisal bin B")
        if (isPatronymicAt(s, pm->end))
            break;
        const TitleEntry& inner = g.titles[std::size_t(pm->entry)];
        // "Finance Minister Senator A B", "Foreign Minister MP C D": a seat's one-word title
        // between an office and the name says where the holder sits, as a rank would; the office
        // before it names him (not a generic head's: "House of Representatives Speaker A" holds
        // the chair)
        if (inner.category == "legislator"_key && q == p && pm->end == q + 1 && h.titleEntry >= 0 &&
            g.titles[std::size_t(h.titleEntry)].category != "legislator"_key &&
            g.titles[std::size_t(h.titleEntry)].category != "honorific"_key &&
            g.titles[std::size_t(h.titleEntry)].category != "generic"_key && isNameStart(s, q + 1) &&
            parseName(s, q + 1, n) - (q + 1) >= 2) {
            q = pm->end;
            continue;
        }
        if (inner.category != "honorific"_key && !isRoyal(inner) &&
            inner.category != "military"_key)
            break;
        // "Deputy Foreign Minister Amir Hossein Rahimi", "Senator Sultan Mahmood Khan", "Knesset
        // Speaker Amir Ohana": a rank that is also a given name (lexicon `given-name-rank`) right
        // after an office that is no rank itself, before a name word, opens the name (not "King Sultan Ibrahim
        // Iskandar": a monarch's rank; not "Minister Prince Faisal": "Prince" is no given name)
        if (const TitleEntry* outer = h.titleEntry >= 0 ? &g.titles[std::size_t(h.titleEntry)] : nullptr;
            outer && q == p && pm->end == q + 1 && s.lex->has(Cue::GivenNameRank, s.key(q)) && !isRoyal(*outer) &&
            outer->category != "head-of-state"_key && outer->category != "honorific"_key &&
            outer->category != "military"_key && isNameWordAt(s, q + 1)) {
            h.givenRankAt = q;
            break;
        }
        if (isRoyal(inner))
            addRank(g, inner, h);
        else if (inner.category != "honorific"_key) // ("Dato Seri Setia Awang Haji A": honorifics only)
            h.titles << inner.name;
        q = pm->end;
        // "Brigadier (Ret'd) A", "General (rtd) B", "Col. (Dr.) C": a word or two in brackets
        // after a rank qualify it; the name follows them
        for (int w = 2; w <= 4; ++w)
            if (s.key(q) == "("_key && q + w < n && s.key(q + w) == ")"_key && isNameStart(s, q + w + 1)) {
                q += w + 1;
                break;
            }
    }
    if (h.honorificOnly && h.titles.size() > 1)
        h.honorificOnly = false;
    return q;
}

// "Prime Ministers Discuss Gas Corridor", "Ministers A, B Discuss Trade": in a headline's title
// case, a word that cuts a clause ("discuss", "over", "amid") is no part of a name. Returns where
// the name [b, e) ends before such a word.
int headlineNameEnd(const Lexicon& lex, const SentenceInfo& s, int b, int e, bool headline)
{
    for (int i = b; headline && i < e; ++i)
        if (lex.has(Cue::ClauseCut, s.key(i)) && !s.matchOf(i))
            return i;
    return e;
}

// "the Official Creditor Committee", "the Independent Power Producers' Association", "the
// Djibouti Ports and Free Zones Authority", "the Ambassador Coordinators Group": capitalised
// words [b, e) read as a name after a
// title, from which a body's name goes on to its head noun in capitals, at once or after a
// plural's bare apostrophe; a one-word 'name' also across "and", "of" or "&" and more
// capitalised words. The words are the body's, never a person's (a person's own body takes
// "'s": "Minister A's Office").
bool bodyNameGoesOn(const Lexicon& lex, const SentenceInfo& s, int b, int e)
{
    const int n = s.size();
    int k = e;
    if (k < n && s.key(k) != "'s"_key && possessiveMarkAt(s, k))
        ++k;
    const auto plainCap = [&](int w) {
        return w < n && s.tok(w).kind == Token::Word && s.tok(w).cap && !s.tok(w).allCaps && !s.matchOf(w);
    };
    if (plainCap(k) && lex.has(Cue::BodyHead, s.key(k)))
        return true;
    // ("the Ambassador Coordinators Group", "the Official Development Assistance Board": or the
    // 'name' ends on such a head itself; not one that is a family name too, "Ahmed Bank")
    if (e - b >= 2 && k == e && plainCap(e - 1) && lex.has(Cue::BodyHead, s.key(e - 1)) &&
        lex.value(Cue::BodyHead, s.key(e - 1)) != QLatin1String("surname"))
        return true;
    if (e - b != 1 || k != e)
        return false;
    bool joined = false;
    for (int w = k; w < n && w - k < 6; ++w) {
        if ((s.key(w) == "and"_key || s.key(w) == "of"_key || s.key(w) == "&"_key) && plainCap(w + 1)) {
            joined = true;
            continue;
        }
        if (!plainCap(w))
            return false;
        if (joined && lex.has(Cue::BodyHead, s.key(w)) && (w + 1 >= n || !s.tok(w + 1).cap))
            return true;
    }
    return false;
}

// Names pass: one name, or a list after a plural title ("presidents A and B").
std::vector<std::pair<int, int>> readNameList(const GazetteerData& g, const Lexicon& lex, const SentenceInfo& s, int q,
                                              bool plural, bool headline)
{
    const int n = s.size();
    std::vector<std::pair<int, int>> names;
    int x = q;
    // ("the energy ministers of A, B and C - D, E and F - met": or a dash)
    if (plural && (s.key(x) == ","_key || isDash(s.tok(x))) && isNameStart(s, x + 1))
        ++x;
    // "National Rally president Jordan Bardella", "Defence Minister Israel Kahn": a one-word state
    // right after the title, before name words, is a given name (not in a headline's title case);
    // so after the title's comma, where a comma closes the name ("deputy foreign minister, Israel
    // Mendoza, met")
    const int y = !plural && s.key(x) == ","_key ? x + 1 : x;
    if (const PhraseMatch* st = s.matchOf(y);
        !plural && !headline && y + 1 < n && st && st->kind == PhraseKind::State && st->begin == y && st->end == y + 1 &&
        s.tok(y).cap && !s.tok(y).allCaps && !s.tok(y).hyphenBefore && isNameStart(s, y + 1) &&
        !s.tok(y + 1).hyphenBefore && !lex.has(Cue::MeetingVerb, s.key(y + 1)) && !lex.has(Cue::HoldVerb, s.key(y + 1)) &&
        !lex.has(Cue::MeetingNoun, s.key(y + 1))) {
        const int ne = parseName(s, y + 1, n);
        bool plain = ne > y + 1 && (y == x || (ne < n && s.key(ne) == ","_key));
        for (int t = y + 1; t < ne; ++t)
            plain = plain && (!s.matchOf(t) || s.matchOf(t)->kind == PhraseKind::Person);
        if (plain) {
            names.emplace_back(y, ne);
            return names;
        }
    }
    // "deputy NSA Vikram Rao", "Deputy DNI Ana Ruiz": an acronym right after the title, before a
    // name of two words or more, is the office's (or its body's) short name, no part of the name
    if (x + 1 < n && !plural && s.tok(x).kind == Token::Word && s.tok(x).allCaps && s.key(x).size() >= 3 &&
        !s.matchOf(x) && !s.tok(x + 1).hyphenBefore && !s.tok(x + 1).allCaps && isNameStart(s, x + 1) &&
        parseName(s, x + 1, n) - (x + 1) >= 2)
        ++x;
    // "ministry spokeswoman He Yongqian", "Vice Premier He Jun": a short capitalised word that
    // stops names elsewhere (a pronoun, lexicon `name-stop`) right after the title, before a
    // name word with no comma, is a surname; a pronoun never follows a title so
    if (x < n && !plural && !headline && s.tok(x).kind == Token::Word && s.tok(x).cap && !s.tok(x).allCaps &&
        s.key(x).size() <= 3 && lex.has(Cue::NameStop, s.key(x)) && !s.matchOf(x) && x + 1 < n &&
        !s.tok(x + 1).hyphenBefore && isNameStart(s, x + 1) && x > 0 && s.matchOf(x - 1) &&
        s.matchOf(x - 1)->kind == PhraseKind::Title && s.matchOf(x - 1)->end == x) {
        const int ne = parseName(s, x + 1, n);
        bool plain = ne > x + 1 && ne - (x + 1) <= 2;
        for (int t = x + 1; t < ne; ++t)
            plain = plain && (!s.matchOf(t) || s.matchOf(t)->kind == PhraseKind::Person) &&
                    !lex.has(Cue::MeetingVerb, s.key(t)) && !lex.has(Cue::HoldVerb, s.key(t));
        if (plain) {
            names.emplace_back(x, ne);
            return names;
        }
    }
    while (true) {
        // "the leaders, A, King Abdullah II and B": a title of rank before a name of the list is
        // no part of the name
        // (one word a title's name: "King", "Sheikh", "Emir"; the dictionary's person may take it in)
        if (const int rank = plural && x + 1 < n && s.tok(x).cap ? g.titleByName.value(s.key(x), -1) : -1;
            rank >= 0 && (isRoyal(g.titles[std::size_t(rank)]) || g.titles[std::size_t(rank)].category == "honorific"_key) &&
            isNameStart(s, x + 1) && !s.tok(x + 1).hyphenBefore)
            ++x;
        const int ne = headlineNameEnd(lex, s, x, parseName(s, x, n), headline);
        // "Chairman of ECOWAS Authority", "General Staff": the rest of a body's name; "Crown
        // Prince Receives Phone Call" (a headline in title case): a verb of meeting is no name
        if (ne <= x || (ne == x + 1 && lex.has(Cue::BodyHead, s.key(x))) || lex.has(Cue::MeetingVerb, s.key(x)) ||
            lex.has(Cue::HoldVerb, s.key(x)) || bodyNameGoesOn(lex, s, x, ne))
            break;
        names.emplace_back(x, ne);
        x = ne;
        if (!plural)
            break;
        // per-name "of Australia" is read below; skip it to reach the next name
        if (s.key(x) == "of"_key) {
            int st = -1, org = -1;
            const int e = extendOf(s, x, &st, &org, nullptr, g, lex);
            // ("Chief ministers A of Kerala and B of Tamil Nadu": or a province, capitalised words
            // up to the list's next "and" or comma)
            int w = x + 1;
            while (e <= x && w < n && w - x <= 3 && s.tok(w).cap && s.tok(w).kind == Token::Word &&
                   (!s.matchOf(w) || s.matchOf(w)->kind == PhraseKind::Place || s.matchOf(w)->kind == PhraseKind::State))
                ++w;
            if (e > x)
                x = e;
            else if (w > x + 1 && w < n && (s.key(w) == "and"_key || s.key(w) == ","_key) && isNameStart(s, w + 1))
                x = w;
        }
        if (s.key(x) == ","_key && s.key(x + 1) == "and"_key)
            x += 2;
        else if (s.key(x) == ","_key || s.key(x) == "and"_key)
            ++x;
        else
            break;
    }
    // "Japan, Philippines Foreign Ministers Agree to Boost ...": a headline's verb in capitals; a
    // plural title names two people or more, or one the dictionary knows
    if (plural && names.size() == 1 && names.front().second == names.front().first + 1 &&
        !s.matchOf(names.front().first))
        names.clear();
    return names;
}

// "A, leader of the opposition Labour Party,", "A, secretary of the small Civic Action party,",
// "A, co-leader of the Greens,": the "of" complement of a generic head (a leader, a secretary, a
// chair) up to the comma names a political party: one of its words is political (lexicon
// `political-word`: "party", "opposition", "ruling", "far-right") and it names the body (a
// capitalised word) or ends on "party". Not "leader of the opposition march", "secretary of the
// chess club".
// Returns the comma, or -1.
int politicalBodyEnd(const Lexicon& lex, const SentenceInfo& s, int p, bool seat = false)
{
    // ("A, an MP from the ruling Law and Justice (PiS) party who ...", "B, a senator for the
    // Greens.": a seat's holder is said "from" or "for" his party too, which "who" or the
    // sentence's end may close)
    const auto closes = [&](int q) {
        return s.key(q) == ","_key || (seat && (s.key(q) == "who"_key || (s.key(q) == "."_key && q + 1 == s.size())));
    };
    if (s.key(p) != "of"_key && !(seat && (s.key(p) == "from"_key || s.key(p) == "for"_key)))
        return -1;
    // "A, leader of We Invest in Nationhood (WIN),": a head noun of value `head` ("leader") makes
    // a body it leads political when the body is named in capitals, every word of it
    // ("A, co-chair of We Continue the Change,": so does a party's head, "chair", "president",
    // before a body whose every word is in capitals and none a body's or a thing's head noun)
    const QString headValue = p > 0 ? lex.value(Cue::PoliticalWord, s.key(p - 1)) : QString();
    bool bodyNoun = false;
    for (int w = p + 1; w < s.size() && w - p <= 10 && s.key(w) != ","_key && s.key(w) != "and"_key; ++w)
        bodyNoun = bodyNoun || lex.has(Cue::BodyHead, s.key(w)) || lex.has(Cue::ThingHead, s.key(w)) ||
                   lex.has(Cue::ResearchBody, s.key(w)) || (s.matchOf(w) && s.matchOf(w)->kind != PhraseKind::Demonym);
    const bool politicalHead = headValue == QLatin1String("head") || (headValue == QLatin1String("party-head") && !bodyNoun);
    bool political = false, named = false, lower = false;
    int q = p + 1;
    for (; q < s.size() && q - p <= 10 && !closes(q); ++q) {
        const Token& t = s.tok(q);
        // ("A, co-chair of We Continue the Change and a member of parliament,": "and a" opens a
        // second description after the body's name)
        if (t.key == "and"_key && named && !lower && (s.key(q + 1) == "a"_key || s.key(q + 1) == "an"_key))
            break;
        // ("the Democratic Renewal Party (DRP)", "the small +Europa party")
        // ("Homeland Union – Lithuanian Christian Democrats": a dash between two parts of the name)
        const bool dash = t.kind == Token::Punct && (t.punct == QChar(0x2013) || t.punct == QChar(0x2014) || t.punct == QLatin1Char('-')) &&
                          named && q + 1 < s.size() && s.tok(q + 1).cap;
        const bool acronym = s.key(q) == "("_key || s.key(q) == ")"_key || s.key(q) == "+"_key || s.key(q) == "&"_key || dash;
        if (t.kind != Token::Word && !acronym && !t.hyphenBefore)
            return -1;
        political = political || (lex.has(Cue::PoliticalWord, t.key) && lex.value(Cue::PoliticalWord, t.key).isEmpty());
        named = named || (t.kind == Token::Word && t.cap && !isFunctionWord(lex, t.key));
        lower = lower || (t.kind == Token::Word && !t.cap && !isFunctionWord(lex, t.key));
    }
    if (q >= s.size() || (!closes(q) && s.key(q) != "and"_key) || q == p + 1)
        return -1;
    return (political && (named || s.key(q - 1) == "party"_key)) || (politicalHead && named && !lower) ? q : -1;
}

// "A, director of the Serbian government's Office for Kosovo and Metohija,", "B, Director of the
// Asia and Pacific Department at the International Monetary Fund (IMF),", "C, head of the
// Chinese foreign ministry's Department of Asian Affairs,": the rest of an office's complement
// in an appositive, from `p` to the comma (or the sentence's end) that closes it: a named body
// whose words are capitalised, joined by "of", "for", "and", "at", "in", "the", a possessive, an
// acronym in brackets, and the lower-case words of a body ("government", "foreign ministry").
// It must name a body by a head noun in capitals ("Office", "Department") or be a known
// organisation (`named`: the words read before `p` did); a generic head ("director") must name
// it before a place ("at", "in", "for"). A research body's ("Institute") makes its holder no official, and any
// other word (a verb, a date) is no complement. Returns the closing token, or -1; the state or
// organisation named inside it in `state` and `org`.
int bodyComplementEnd(const Lexicon& lex, const SentenceInfo& s, int p, bool generic, bool named, int* state,
                      int* org)
{
    const int n = s.size();
    bool body = named;
    // (a generic head heads the body it names first: "director for Northern Europe at the
    // Atlantic Council" names a field, then a body he works in, no office of note)
    int q = p;
    for (; q < n && q - p < 16; ++q) {
        const Token& t = s.tok(q);
        if (t.key == ","_key || t.key == "who"_key || (t.key == "."_key && q + 1 == n))
            break;
        if (generic && !body && (t.key == "at"_key || t.key == "in"_key || t.key == "for"_key))
            return -1;
        if (const PhraseMatch* pm = s.matchOf(q); pm && pm->begin == q && t.cap) {
            if (pm->kind == PhraseKind::Organization) {
                *org = pm->entry;
                body = true;
            } else if ((pm->kind == PhraseKind::State || pm->kind == PhraseKind::Demonym) && *state < 0) {
                *state = pm->entry;
            } else if (pm->kind != PhraseKind::State && pm->kind != PhraseKind::Demonym && pm->kind != PhraseKind::Place &&
                       pm->kind != PhraseKind::Title) {
                return -1;
            }
            q = pm->end - 1;
            continue;
        }
        if (t.key == "("_key && q + 2 < n && s.key(q + 2) == ")"_key && s.tok(q + 1).allCaps) {
            q += 2;
            continue;
        }
        if (t.kind == Token::Word && t.cap && !s.nameTok[std::size_t(q)]) {
            if (researchNounAt(lex, s, q) || lexiconPhraseAt(lex, Cue::ResearchBody, s, q) > q)
                return -1;
            body = body || (lex.has(Cue::BodyHead, t.key) && !t.allCaps);
            continue;
        }
        const bool joint = t.key == "of"_key || t.key == "for"_key || t.key == "and"_key || t.key == "at"_key ||
                           t.key == "in"_key || t.key == "the"_key || t.key == "&"_key;
        const bool bodyWord = t.kind == Token::Word && !t.cap &&
                              (lex.has(Cue::BodyHead, t.key) || lex.has(Cue::BodyModifier, t.key) ||
                               lex.has(Cue::PortfolioWord, t.key));
        if (!joint && !bodyWord && !possessiveMarkAt(s, q))
            return -1;
        // ("head of the Peronist bloc in the Senate": a party's group in a legislature, named
        // by the party's capitalised word right before its lower-case head)
        body = body || (bodyWord && q > p && s.tok(q - 1).cap && s.tok(q - 1).kind == Token::Word &&
                        lex.value(Cue::BodyHead, t.key) == QLatin1String("party-group"));
    }
    // (a body's lower-case head may end it: "at the Russian presidential administration")
    if (q >= n || q == p || !body ||
        (s.tok(q - 1).kind == Token::Word && !s.tok(q - 1).cap && !lex.has(Cue::BodyHead, s.key(q - 1))))
        return -1;
    if (s.key(q - 1) != ")"_key && s.tok(q - 1).kind != Token::Word)
        return -1;
    return q;
}

struct Appositive
{
    bool applies = false; ///< a title between commas after a name's place ("X, the minister,")
    bool found = false;   ///< and a name was there: h is filled
};

// The comma that opens an appositive whose title starts at `phraseBegin`: the token before it,
// or, before "A, who serves as Chile's defence minister,", "A, in his capacity as Minister of
// X,", a short run of lead words (lexicon `appositive-lead`) opening after the comma.
int appositiveComma(const Lexicon& lex, const SentenceInfo& s, int phraseBegin)
{
    const int comma = phraseBegin - 1;
    int c = comma;
    while (c > 0 && comma - c < 5 && lex.has(Cue::AppositiveLead, s.key(c)))
        --c;
    if (c < comma && s.key(c) == ","_key && lex.value(Cue::AppositiveLead, s.key(c + 1)) == QLatin1String("opens"))
        return c;
    return comma;
}

// "Amir Ohana, Speaker of the Knesset, said": a rank that is also a given name (lexicon
// `given-name-rank`) opening the sentence or a clause, before one name word and a comma with an
// office no monarch holds, is the name's first word. Returns where that name ends (the comma),
// or -1 ("the Amir of Kuwait", "Amir Sheikh Mishal", "Emir Tamim, the Emir of Qatar" keep the
// rank; so does a rank before a longer name, "by Sultan Khalid Al Mansoori, Minister of ...").
static int givenRankNameEnd(const GazetteerData& g, const SentenceInfo& s, int rankAt)
{
    const int n = s.size();
    const PhraseMatch* rank = s.matchOf(rankAt);
    if (!rank || rank->kind != PhraseKind::Title || rank->begin != rankAt || rank->end != rankAt + 1 ||
        !s.tok(rankAt).cap || s.tok(rankAt).allCaps || !s.lex->has(Cue::GivenNameRank, s.key(rankAt)))
        return -1;
    if (rankAt > 0 && (s.tok(rankAt - 1).cap || s.key(rankAt - 1) == "the"_key || s.matchOf(rankAt - 1)))
        return -1;
    const int comma = parseName(s, rankAt + 1, n);
    if (comma != rankAt + 2 || comma + 1 >= n || s.key(comma) != ","_key || s.matchOf(rankAt + 1) ||
        isHonorific(g, s.key(rankAt + 1)))
        return -1;
    const int officeAt = s.key(comma + 1) == "the"_key ? comma + 2 : comma + 1;
    const PhraseMatch* office = s.matchOf(officeAt);
    if (!office || office->kind != PhraseKind::Title || office->begin != officeAt ||
        isRoyal(g.titles[std::size_t(office->entry)]))
        return -1;
    return comma;
}

// Title pass, a title with no name after it: the appositive "Sergey Lavrov, Russia's foreign
// minister," names the person before the comma.
Appositive readAppositive(const DocContext& ctx, const SentenceInfo& s, const PhraseMatch& m, int p, int ofState,
                          int lastNameEnd, OfficialHit& h)
{
    // Appositive: "Sergey Lavrov, Russia's foreign minister".
    const int n = s.size();
    Appositive out;
    const int comma = appositiveComma(ctx.lex, s, h.phraseBegin);
    // ("Colonel A, who was sworn in as president in October after ...,": a relative clause goes
    // on past the office it gives, with its time and circumstance in lower case)
    const bool relative = comma + 1 < h.phraseBegin && s.key(comma + 1) == "who"_key;
    // "Joni Ernst, Senator from Iowa;", "X, Special Adviser to the President on Special
    // Duties, ...": a place or a field after the title still closes the appositive
    if ((s.key(p) == "from"_key || s.key(p) == "on"_key) && p + 1 < n && s.tok(p + 1).cap &&
        !isCalendarWord(s.tok(p + 1))) {
        ++p;
        while (p < n && ((s.tok(p).kind == Token::Word && s.tok(p).cap && !isCalendarWord(s.tok(p))) ||
                         ((s.key(p) == "and"_key || s.key(p) == ","_key) && p + 1 < n && s.tok(p + 1).cap &&
                          !isNameStart(s, p + 1))))
            ++p;
    } else if (const int party = ctx.g.titles[std::size_t(m.entry)].category == "generic"_key ||
                                         isOrganisationTitle(ctx.g.titles[std::size_t(m.entry)])
                                     ? politicalBodyEnd(ctx.lex, s, p)
                                 : ctx.g.titles[std::size_t(m.entry)].category == "legislator"_key
                                     ? politicalBodyEnd(ctx.lex, s, p, true) : -1;
               party > p) {
        // ("A, chairman of the opposition Democratic Party,": a party's office, as written; the
        // office of a party serves no organisation)
        // (a seat's holder keeps his office: "MP", not his party)
        if (h.titles.size() == 1 && h.organization < 0 && ctx.g.titles[std::size_t(m.entry)].category != "legislator"_key)
            h.titles.front() = writtenTitle(ctx, s, m.begin, party);
        p = party;
    } else if ((s.key(p) == "for"_key || s.key(p) == "to"_key || s.key(p) == "in"_key || s.key(p) == "of"_key ||
                s.key(p) == "on"_key || (p < n && s.tok(p).hyphenBefore)) &&
               ctx.g.titles[std::size_t(m.entry)].category != "generic"_key) {
        // "A, the EU Special Representative for the Belgrade-Pristina Dialogue, met": the
        // office's complement up to the comma, a few words of no verb, names no one. Not a
        // generic head's ("A, director for Northern Europe at a think tank"): no office of note
        int q = s.tok(p).hyphenBefore ? p : p + 1;
        int lower = 0;
        // ("A, head of Sudan's Sovereignty Council,": a state's possessive inside it)
        while (q < n && q - p <= 8 && (s.tok(q).kind == Token::Word || (s.key(q) == "'s"_key && q > p + 1)) &&
               !s.nameTok[std::size_t(q)]) {
            const Token& t = s.tok(q);
            // ("A, co-chair of We Continue the Change and a member of parliament,": "and a" opens a
            // second description of A, which the appositive's "and" closes)
            if (t.key == "and"_key && q > p + 1 && (s.key(q + 1) == "a"_key || s.key(q + 1) == "an"_key))
                break;
            if (!t.cap && !t.hyphenBefore && !isFunctionWord(ctx.lex, t.key) &&
                (++lower > 4 || ctx.lex.has(Cue::MeetingVerb, t.key) || ctx.lex.has(Cue::SpeechVerb, t.key) ||
                 ctx.lex.has(Cue::HoldVerb, t.key)))
                break;
            ++q;
        }
        // (or the sentence's end: "met A, the French minister delegate for foreign trade.")
        if (q < n && q > p && (s.key(q) == ","_key || s.key(q) == "and"_key || (s.key(q) == "."_key && q + 1 == n)) &&
            s.tok(q - 1).kind == Token::Word &&
            !isFunctionWord(ctx.lex, s.key(q - 1)))
            p = q;
    }
    // "A, head of the Justice and Development Party (PJD) parliamentary group in the House of
    // Representatives,": after the party, its unit in lower case up to a body's head noun, and the
    // chamber it sits in, in capitals
    if (p > m.end && p < n && s.tok(p).kind == Token::Word && !s.tok(p).cap) {
        int w = p;
        while (w < n && w - p < 3 && s.tok(w).kind == Token::Word && !s.tok(w).cap && !ctx.lex.has(Cue::BodyHead, s.key(w)) &&
               !isFunctionWord(ctx.lex, s.key(w)))
            ++w;
        // (a party's unit: a political word in it, "parliamentary group"; not "the Chief Adviser of
        // Bangladesh's interim government,")
        bool political = false;
        for (int k = p; k < w; ++k)
            political = political || ctx.lex.has(Cue::PoliticalWord, s.key(k));
        if (political && w < n && w > p && !s.tok(w).cap && ctx.lex.has(Cue::BodyHead, s.key(w))) {
            int e = w + 1;
            if (s.key(e) == "in"_key) {
                int c = s.key(e + 1) == "the"_key ? e + 2 : e + 1;
                const int first = c;
                while (c < n && c - first < 6 && ((s.tok(c).kind == Token::Word && s.tok(c).cap) ||
                                                   (s.key(c) == "of"_key && c > first && s.tok(c + 1).cap)))
                    ++c;
                if (c > first && (s.key(c) == ","_key || s.key(c) == "."_key))
                    e = c;
            }
            if (s.key(e) == ","_key || (s.key(e) == "."_key && e + 1 == n))
                p = e;
        }
    }
    // "A, director of the Serbian government's Office for Kosovo and Metohija,": the rest of a
    // complement naming a body, which the passes above stopped inside
    int innerState = -1;
    if (p < n && p >= m.end && s.key(p) != ","_key && s.key(p) != "."_key && s.key(p) != "who"_key) {
        int org = -1;
        // (the body may have been read already: "Director of the Africa Department| at the ...")
        // (or a research body: "head of the Security Studies Center| in Vilnius")
        bool named = false, research = false;
        for (int k = m.end; k < p; ++k) {
            named = named || (s.tok(k).cap && !s.tok(k).allCaps && ctx.lex.has(Cue::BodyHead, s.key(k))) ||
                    (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Organization);
            research = research || (s.tok(k).cap && (researchNounAt(ctx.lex, s, k) ||
                                                     lexiconPhraseAt(ctx.lex, Cue::ResearchBody, s, k) > k));
        }
        if (const int e = research ? -1 : bodyComplementEnd(ctx.lex, s, p, ctx.g.titles[std::size_t(m.entry)].category == "generic"_key, named,
                                              &innerState, &org); e > p) {
            if (org >= 0 && h.organization < 0 && h.state < 0)
                h.organization = org;
            if (org >= 0)
                innerState = -1;
            p = e;
        } else {
            innerState = -1;
        }
    }
    if (ofState < 0)
        ofState = innerState;
    // ("Maria Lopez, Minister of Finance\nCarlos Diaz, ...": or the end of its line)
    const bool closes = m.end >= n || s.key(p) == ","_key || s.lineBreakBefore(p) ||
                        s.key(p) == "."_key || s.key(p) == "who"_key ||
                        s.key(p) == ")"_key || s.key(p) == "and"_key ||
                        p >= n || s.tok(p).kind == Token::Punct ||
                        (relative && p > m.end - 1 && s.tok(p).kind == Token::Word && !s.tok(p).cap &&
                         s.key(p) != "of"_key && s.key(p) != "for"_key && s.key(p) != "to"_key && s.key(p) != "at"_key);
    if (comma <= 0 || s.key(comma) != ","_key || !closes || m.plural)
        return out;
    // "Sisi, Qatari premier, US envoy discuss ...": another state's title with no name after it
    // follows, so the commas list the parties; the title is not the name's
    if (s.key(p) == ","_key && p + 1 < n) {
        const PhraseMatch* side = s.matchOf(p + 1);
        if (side && side->begin == p + 1 && (side->kind == PhraseKind::Demonym || side->kind == PhraseKind::State)) {
            const PhraseMatch* next = s.matchOf(side->end);
            if (next && next->begin == side->end && next->kind == PhraseKind::Title &&
                (next->end >= n || !isNameStart(s, next->end)))
                return out;
        }
    }
    out.applies = true;
    {
        // ("A B MP, chair of the foreign affairs committee,": a postnominal title in capitals
        // after the name is no part of it)
        int nameEnd = writtenNameEnd(s, 0, comma);
        if (const PhraseMatch* post = comma >= 2 ? s.matchOf(comma - 1) : nullptr;
            nameEnd == comma && post && post->kind == PhraseKind::Title && post->begin == comma - 1 &&
            post->end == comma && s.tok(comma - 1).allCaps && isNameWordAt(s, comma - 2))
            nameEnd = comma - 1;
        // ("Gilberto C. Teodoro, Jr., Secretary of ...": a generational suffix after its own comma
        // ends the name, which is read back from the word before that comma)
        int nb = nameEnd - 1;
        if (nameEnd >= 3 && s.key(nameEnd - 2) == ","_key && s.tok(nameEnd - 1).cap &&
            ctx.lex.has(Cue::NameSuffix, s.key(nameEnd - 1)) && isNameWordAt(s, nameEnd - 3))
            nb = nameEnd - 3;
        while (nb > 0 && (isNameWordAt(s, nb - 1) || s.tok(nb).hyphenBefore ||
                          // ("Dr Cassiel Ato Forson, Minister for Finance": an honorific's word
                          // between two name words is one of them)
                          (isHonorific(ctx.g, s.key(nb - 1)) && isTitleWordInName(s, nb - 1, nameEnd)) ||
                          (isParticle(ctx.lex, s.key(nb - 1)) && nb - 1 > 0) ||
                          // "Sultan bin Ahmed Al Jaber, Minister of ...": a rank word before
                          // "bin" is the given name
                          (isParticle(ctx.lex, s.key(nb)) && isNameStart(s, nb - 1))))
            --nb;
        // "Sheikh A B, Deputy Ruler": an honorific an alias starts with is no part of the name
        while (nb < nameEnd && (!isNameStart(s, nb) || (isHonorific(ctx.g, s.key(nb)) && isNameStart(s, nb + 1))))
            ++nb;
        // "His Royal Highness Prince A B, Crown Prince and ...": a royal rank the name read
        // before the appositive left out (an alias may hold it, "Prince A B") stays out of it
        while (nb < lastNameEnd && nb + 1 < nameEnd && s.tok(nb).cap &&
               ctx.g.titleByName.value(s.key(nb).text(), -1) >= 0 &&
               isRoyal(ctx.g.titles[std::size_t(ctx.g.titleByName.value(s.key(nb).text()))]) && isNameStart(s, nb + 1))
            ++nb;
        // "Jordan Bardella, president of ...", "Georgia Banks, leader of ...": a one-word state
        // right before the name words is a given name, where it opens the sentence or follows
        // no preposition of place ("in Georgia Banks" is no one)
        const PhraseMatch* given = nb > 0 ? s.matchOf(nb - 1) : nullptr;
        const bool stateGiven = given && given->kind == PhraseKind::State && given->begin == nb - 1 &&
                                given->end == nb && s.tok(nb - 1).cap && !s.tok(nb - 1).allCaps &&
                                nb < nameEnd && parseName(s, nb, nameEnd) == nameEnd &&
                                (nb - 1 == 0 || (s.tok(nb - 2).kind != Token::Word && s.key(nb - 2) != "'s"_key) ||
                                 (!s.tok(nb - 2).cap && !ctx.lex.has(Cue::PlaceBefore, s.key(nb - 2)) &&
                                  !isFunctionWord(ctx.lex, s.key(nb - 2))));
        if (stateGiven)
            --nb;
        const bool rankGiven = !stateGiven && nb > 0 && givenRankNameEnd(ctx.g, s, nb - 1) == nameEnd;
        if (rankGiven)
            --nb;
        // ("Mohd. Rashid Hasnan, Malaysia's ...": a given name abbreviated before the name words)
        if (!stateGiven && !rankGiven && nb >= 2 && s.key(nb - 1) == "."_key && isNameStart(s, nb - 2) &&
            parseName(s, nb - 2, nameEnd) == nameEnd)
            nb -= 2;
        if (nb < nameEnd && nb >= lastNameEnd && (stateGiven || rankGiven || parseName(s, nb, nameEnd) == nameEnd) &&
            (nameEnd - nb >= 2 || s.nameTok[std::size_t(nb)] ||
             ctx.g.personByName.contains(foldKey(ctx.surface(s, nb, nameEnd))) ||
             // "met Abdullah, the King of Jordan,": a monarch goes by one name; not the word that
             // opens the sentence ("Separately, the King of Jordan, who ...")
             (nb > 0 && ctx.g.titles[std::size_t(m.entry)].category == "royal"_key && (h.state >= 0 || ofState >= 0)) ||
             // "met Sutarmo, Indonesia's foreign minister,": many Indonesians go by one name; a
             // state's office said of it, not after a place's preposition ("talks in Bogor, ...")
             (nb > 0 && h.state >= 0 && !ctx.lex.has(Cue::PlaceBefore, s.key(nb - 1)) && !s.tok(nb).allCaps &&
              ctx.g.titles[std::size_t(m.entry)].category != "generic"_key &&
              ctx.g.titles[std::size_t(m.entry)].category != "honorific"_key))) {
            h.nameBegin = nb;
            h.nameEnd = nameEnd;
            if (h.state < 0 && ofState >= 0) {
                h.state = ofState;
                h.affiliationRule = QStringLiteral("'of' state after the title");
            }
            h.rule = QStringLiteral("appositive title after the name");
            out.found = true;
        }
    }
    return out;
}

// Affiliation pass inside one sentence: shared demonyms ("Syrian Foreign Minister A and Defense
// Minister B"), delegations ("headed by"), an 'of' state after the last of a list, "his deputy",
// and the titles of counterparts.
// The first token of the last name written before token `at` (a name start that no name word
// precedes), or -1.
int nameStartBefore(const SentenceInfo& s, int at)
{
    for (int b = std::min(at, s.size()); b-- > 0;)
        if (isNameStart(s, b) && !(b > 0 && isNameWordAt(s, b - 1))) {
            // ("Mohd. Rashid Hasnan, ...": a given name abbreviated before it opens the name)
            if (b >= 2 && s.key(b - 1) == "."_key && isNameStart(s, b - 2) && parseName(s, b - 2, s.size()) > b)
                return b - 2;
            return b;
        }
    return -1;
}

// "his deputy B", "Kiir and his first vice-president, B", "Aliyev's aide, B": a title that
// belongs to the one named last before it is an office of that one's state. That state, else
// -1 (no possessive; the owner a counterpart, of no state yet, or no one).
int possessorState(const DocContext& ctx, const SentenceInfo& s, const std::vector<OfficialHit>& hits, std::size_t i)
{
    const OfficialHit& h = hits[i];
    // "Dutch Foreign Minister A arrived in Rabat. Her deputy, State Secretary B, ...": the
    // pronoun opening the sentence is the last one's subject, whose deputy is of that state
    if (h.phraseBegin == 3 && s.key(2) == ","_key && ctx.lex.has(Cue::DeputyWord, s.key(1)) &&
        ctx.lex.has(Cue::PossessivePronoun, s.key(0))) {
        int owner = -1, at = 1 << 30;
        for (const PersonRef& r : ctx.refs)
            if (r.sentence == s.index - 1 && r.person >= 0 && r.begin < at) {
                at = r.begin;
                owner = r.person;
            }
        return owner >= 0 && ctx.persons[std::size_t(owner)].stateStrength >= 2 ? ctx.persons[std::size_t(owner)].state : -1;
    }
    // "Paraguay, Taiwan's only ally, is to send its foreign minister, A": a state's pronoun right
    // before the title is the state that opens the sentence, its subject (an appositive aside)
    if (const int at = h.phraseBegin - (h.phraseBegin > 0 && ctx.lex.has(Cue::StatePossessive, s.key(h.phraseBegin - 1)) ? 1 : 0);
        ctx.lex.has(Cue::StatePossessive, s.key(at)) && at < h.nameBegin) {
        int k = std::max(0, s.dateline);
        if (s.key(k) == "the"_key)
            ++k;
        const PhraseMatch* m = k < at ? s.matchOf(k) : nullptr;
        return m && m->begin == k && m->kind == PhraseKind::State && !possessiveMarkAt(s, m->end) ? m->entry : -1;
    }
    // (not "received by His Majesty King B": an honorific)
    const bool pronoun = h.phraseBegin < h.nameBegin && ctx.lex.has(Cue::PossessivePronoun, s.key(h.phraseBegin)) &&
                         !isHonorificAt(ctx.g, s, h.phraseBegin);
    const bool genitive = !pronoun && h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == "'s"_key;
    if (!pronoun && !genitive)
        return -1;
    const int limit = genitive ? h.phraseBegin - 1 : h.phraseBegin;
    // "Ramaphosa spoke to US President Trump on Wednesday, his spokesperson B confirmed": a
    // reporting clause after the sentence, whose "his" is the sentence's subject, named first
    const int verbAt = h.nameEnd + (s.key(h.nameEnd) == ","_key ? 1 : 0);
    if (pronoun && h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == ","_key && ctx.lex.has(Cue::SpeechVerb, s.key(verbAt)))
        for (int k = 0; k < h.phraseBegin; ++k) {
            if (!isNameStart(s, k) || (k > 0 && isNameWordAt(s, k - 1)))
                continue;
            const auto hit = std::find_if(hits.begin(), hits.end(), [&](const OfficialHit& o) { return o.nameBegin == k; });
            if (hit != hits.end())
                return hit->rule != "counterpart"_key ? hit->state : -1;
            const int subject = findPersonByKeys(ctx, nameKeys(s, k, parseName(s, k, h.phraseBegin)), -1);
            if (subject >= 0)
                return ctx.persons[std::size_t(subject)].stateStrength >= 2 ? ctx.persons[std::size_t(subject)].state : -1;
        }
    const int b = nameStartBefore(s, limit);
    // the owner a titled official of this sentence
    if (i > 0 && hits[i - 1].nameEnd <= limit && hits[i - 1].nameBegin >= b) {
        const OfficialHit& prev = hits[i - 1];
        const bool owns = !genitive || prev.nameEnd == limit;
        return owns && prev.rule != "counterpart"_key ? prev.state : -1;
    }
    // else one named by a name the article gave before ("Kiir and his vice-president")
    if (b < 0 || (genitive && parseName(s, b, limit) != limit))
        return -1;
    const int owner = findPersonByKeys(ctx, nameKeys(s, b, parseName(s, b, limit)), -1);
    if (owner < 0 || ctx.persons[std::size_t(owner)].stateStrength < 2)
        return -1;
    return ctx.persons[std::size_t(owner)].state;
}

bool opensOtherClause(const Lexicon& lex, const TokenKey& k);

// "A and B said the two countries would", "signed an accord between both nations": the clause
// after a pair of names, from token `from`, calls them two states (a group number before a
// state-group noun in the plural, no other name between)
bool calledTwoStates(const DocContext& ctx, const SentenceInfo& s, int from)
{
    constexpr int reach = 16;
    for (int k = from; k + 1 < std::min(s.size(), from + reach); ++k) {
        if (s.key(k) == ";"_key || s.nameTok[std::size_t(k)])
            return false;
        if (ctx.lex.has(Cue::GroupNumber, s.key(k)) && ctx.lex.has(Cue::StateGroupNoun, s.key(k + 1)) &&
            s.key(k + 1).text().endsWith(QLatin1Char('s')))
            return true;
    }
    return false;
}

// "Guyana's President A and Prime Minister B said the two countries would ...": two coordinated
// titled names, hits[i - 1] and hits[i], that are two sides, so the state written before the
// first is not the second's: they hold one office that leads a state ("Prime Minister A and Prime
// Minister B"), they meet each other ("A and B met", "held talks": a meeting verb of meeting or
// speaking, or a hold verb, right after the pair, no one named after it), or their clause calls them two states ("the two countries",
// "between both nations": a group number before a state-group noun) (session 23, affil16)
// "A meeting between Australian Defence Minister A and Defense Minister B": whether the list that
// starts at `begin` follows "between" (a state's word or an article aside); its two are the
// meeting's two sides.
bool namedAfterBetween(const DocContext& ctx, const SentenceInfo& s, int begin)
{
    int k = begin - 1;
    while (k >= 0 && (s.key(k) == "'s"_key || ctx.lex.has(Cue::Article, s.key(k)) ||
                      (s.matchOf(k) &&
                       (s.matchOf(k)->kind == PhraseKind::State || s.matchOf(k)->kind == PhraseKind::Demonym))))
        --k;
    return k >= 0 && s.key(k) == "between"_key;
}

bool twoSides(const DocContext& ctx, const SentenceInfo& s, const std::vector<OfficialHit>& hits, std::size_t i)
{
    const OfficialHit& a = hits[i - 1];
    const OfficialHit& b = hits[i];
    if (!a.titles.isEmpty() && !b.titles.isEmpty() && foldKey(a.titles.front()) == foldKey(b.titles.front())) {
        const int entry = ctx.g.titleByName.value(foldKey(a.titles.front()), -1);
        bool deputy = false;
        for (const QString& w : a.titles.front().split(QLatin1Char(' ')))
            deputy = deputy || ctx.lex.has(Cue::DeputyWord, foldKey(w));
        if (entry >= 0 && !deputy && leadsAState(ctx.g.titles[std::size_t(entry)]))
            return true;
    }
    if (namedAfterBetween(ctx, s, std::min(a.phraseBegin, a.nameBegin)))
        return true;
    int after = b.nameEnd;
    if (after < s.size() && s.key(after) == "on"_key && after + 1 < s.size() && isCalendarWord(s.tok(after + 1)))
        after += 2;
    else if (after < s.size() && ctx.lex.has(Cue::DeicticDay, s.key(after)))
        after += 1;
    const QString verb = after < s.size() ? ctx.lex.value(Cue::MeetingVerb, s.key(after)) : QString();
    const bool meet = after + 1 < s.size() && s.key(after + 1) != "to"_key &&
                      (ctx.lex.has(Cue::HoldVerb, s.key(after)) || verb == QLatin1String("meet") || verb == QLatin1String("speak"));
    if (meet &&
        std::none_of(hits.begin(), hits.end(), [&](const OfficialHit& o) { return o.nameBegin > after; }))
        return true;
    return calledTwoStates(ctx, s, b.nameEnd);
}

// Whether the dictionary knows the name of `h` and has every holder of it serve a state other
// than `state`: a list's shared state does not reach such a name.
bool servesOnlyElsewhere(const DocContext& ctx, const SentenceInfo& s, const OfficialHit& h, int state)
{
    const QString& stateName = ctx.g.states[std::size_t(state)].name;
    const QList<int> entries = ctx.g.personByName.values(foldKey(ctx.surface(s, h.nameBegin, h.nameEnd)));
    return !entries.isEmpty() && std::all_of(entries.begin(), entries.end(), [&](int e) {
        const PersonEntry& pe = ctx.g.people[std::size_t(e)];
        return !pe.state.isEmpty() && pe.state != stateName;
    });
}

// "the Togolese side", "Togo's side", "the Lithuanian delegation": the state whose side (or
// delegation) the noun at i is, by the demonym or state's name right before it; else -1.
int sideWordState(const SentenceInfo& s, int i)
{
    const int owner = i >= 2 && s.key(i - 1) == "'s"_key ? i - 2 : i - 1;
    const PhraseMatch* side = s.matchOf(owner);
    return side && side->end == owner + 1 && (side->kind == PhraseKind::Demonym || side->kind == PhraseKind::State)
               ? side->entry
               : -1;
}

// One the text lists in a delegation serves whom the delegation serves: its state, or its
// organisation ("the delegation of the World Bank led by Vice President A": no state).
void joinDelegation(const DocContext::DelegationSide& side, OfficialHit& h, const QString& rule)
{
    h.state = side.state;
    h.organization = side.organization;
    h.affiliationRule = rule;
}

// Whether the text names the organisation called `name` anywhere.
bool namesOrganisation(const DocContext& ctx, const QString& name)
{
    const QString key = foldKey(name);
    for (const SentenceInfo& si : ctx.sents)
        for (const PhraseMatch& m : si.matches)
            if (m.kind == PhraseKind::Organization && foldKey(ctx.g.organizations[std::size_t(m.entry)].name) == key)
                return true;
    return false;
}

// "A Commission spokesperson, A", "the Commission's vice-president for trade, B": a body's short
// name (lexicon `organisation-short-form`) standing alone in the words before the name, in a text
// that names one of the organisations its value lists; the first of them, or -1. Not "the
// Election Commission spokesperson": another capitalised word before it makes it a name's part.
int shortFormOrganisation(const DocContext& ctx, const SentenceInfo& s, const OfficialHit& h)
{
    // (the possessive before the office and its lower-case modifiers: "the Commission's
    // executive vice-president")
    int from = h.phraseBegin;
    for (int k = h.phraseBegin - 1; k >= 1 && h.phraseBegin - k <= 3; --k) {
        if (possessiveMarkAt(s, k)) {
            from = k - 1;
            break;
        }
        if (s.tok(k).kind != Token::Word || s.tok(k).cap)
            break;
    }
    for (int t = from; t < h.nameBegin && t - from < 12; ++t) {
        const bool alone = t == 0 || !s.tok(t - 1).cap || isFunctionWord(ctx.lex, s.key(t - 1));
        if (!s.tok(t).cap || !alone || s.matchOf(t) || !ctx.lex.has(Cue::OrganisationShortForm, s.key(t)))
            continue;
        const QStringList orgs = ctx.lex.value(Cue::OrganisationShortForm, s.key(t)).split(QLatin1Char('|'));
        if (!std::any_of(orgs.begin(), orgs.end(), [&](const QString& o) { return namesOrganisation(ctx, o); }))
            return -1;
        const QString key = foldKey(orgs.front());
        for (int i = 0; i < int(ctx.g.organizations.size()); ++i)
            if (foldKey(ctx.g.organizations[std::size_t(i)].name) == key)
                return i;
        return -1;
    }
    return -1;
}

void inheritAffiliations(const DocContext& ctx, const SentenceInfo& s, std::vector<OfficialHit>& hits, int delegationAt)
{
    const GazetteerData& g = ctx.g;
    // Inheritance inside the sentence: shared demonyms, delegations, counterparts.
    for (std::size_t i = 0; i < hits.size(); ++i) {
        OfficialHit& h = hits[i];
        if (h.state < 0 && h.organization < 0 && h.rule != "counterpart"_key) {
            if (const int org = shortFormOrganisation(ctx, s, h); org >= 0) {
                h.organization = org;
                h.affiliationRule = QStringLiteral("short name of an organisation the text names");
                continue;
            }
        }
        if (h.rule == "counterpart"_key) {
            // "his counterparts" take the title of the one they are counterparts of; "A and B,
            // with their counterparts C and D": C takes A's, D takes B's
            std::vector<std::size_t> group; // the counterparts of this one title
            for (std::size_t k = 0; k < hits.size(); ++k)
                if (hits[k].rule == "counterpart"_key && hits[k].phraseBegin == h.phraseBegin)
                    group.push_back(k);
            std::vector<std::size_t> owners; // the titled officials named before the title
            for (std::size_t k = 0; k < hits.size() && hits[k].nameEnd <= h.phraseBegin; ++k)
                if (hits[k].rule != "counterpart"_key && !hits[k].titles.isEmpty())
                    owners.push_back(k);
            const auto at = std::find(group.begin(), group.end(), i);
            if (group.size() > 1 && owners.size() >= group.size()) {
                const std::size_t j = std::size_t(at - group.begin());
                h.titles = hits[owners[owners.size() - group.size() + j]].titles;
            }
            for (std::size_t k = i; h.titles.isEmpty() && k-- > 0;) {
                if (hits[k].rule != "counterpart"_key && !hits[k].titles.isEmpty()) {
                    h.titles = hits[k].titles;
                    // ("Mr Ablakwa held talks with his Ivorian counterpart, Mr B": an honorific
                    // says nothing of the office; the one the article gave the owner before does)
                    if (onlyHonorifics(g, h.titles)) {
                        const int known =
                            findPersonByKeys(ctx, nameKeys(s, hits[k].nameBegin, hits[k].nameEnd), -1);
                        if (known >= 0 && !ctx.persons[std::size_t(known)].titles.isEmpty() &&
                            !onlyHonorifics(g, ctx.persons[std::size_t(known)].titles))
                            h.titles = ctx.persons[std::size_t(known)].titles;
                    }
                    break;
                }
            }
            // "The Indian foreign secretary met his Sri Lankan counterpart C"
            for (std::size_t d = s.definites.size(); h.titles.isEmpty() && d-- > 0;) {
                const PhraseMatch* pm = s.matchOf(s.definites[d].end - 1);
                if (s.definites[d].end <= h.phraseBegin && pm && pm->kind == PhraseKind::Title)
                    h.titles << titleAsWritten(ctx, s, *pm, g.titles[std::size_t(pm->entry)]);
            }
            // "Albares, for his part, met his Mexican counterpart, X": the person named earlier
            // in the sentence by a name alone, with the title the text or the dictionary gives
            bool ownerNamed = false;
            for (int b = h.phraseBegin; h.titles.isEmpty() && !ownerNamed && (b = nameStartBefore(s, b)) >= 0;) {
                const int known = findPersonByKeys(ctx, nameKeys(s, b, parseName(s, b, h.phraseBegin)), -1);
                if (known < 0)
                    continue;
                const Person& owner = ctx.persons[std::size_t(known)];
                ownerNamed = true;
                h.titles = owner.titles;
                if (h.titles.isEmpty() && owner.dictionary >= 0 &&
                    !ctx.g.people[std::size_t(owner.dictionary)].title.isEmpty())
                    h.titles << ctx.g.people[std::size_t(owner.dictionary)].title;
            }
            if (h.titles.isEmpty() && !ownerNamed) {
                for (std::size_t p = ctx.persons.size(); p-- > 0;) {
                    const Person& earlier = ctx.persons[p];
                    if (!earlier.titles.isEmpty()) {
                        h.titles = earlier.titles;
                        break;
                    }
                }
            }
        }
        if (h.state >= 0 || h.organization >= 0)
            continue;
        // "met his counterpart from Turkey, Foreign Minister B": the counterpart's state, written
        // after the word, is that of the titled name in apposition to it
        if (const int c = h.phraseBegin - 1; c > 3 && s.key(c) == ","_key) {
            const PhraseMatch* st = s.matchOf(c - 1);
            if (st && st->end == c && st->kind == PhraseKind::State) {
                int f = st->begin - 1;
                if (f > 0 && s.key(f) == "the"_key)
                    --f;
                const PhraseMatch* word = f > 0 ? s.matchOf(f - 1) : nullptr;
                if ((s.key(f) == "from"_key || s.key(f) == "of"_key) && word && word->end == f &&
                    word->kind == PhraseKind::Title && foldKey(g.titles[std::size_t(word->entry)].name) == "counterpart"_key) {
                    h.state = st->entry;
                    h.affiliationRule = QStringLiteral("counterpart from that state");
                    continue;
                }
            }
        }
        if (i > 0) {
            const OfficialHit& prev = hits[i - 1];
            // ("Argentine Economy Minister A and central bank chief B": the second office's body
            // written in lower case before its title, which the title's phrase leaves out)
            int body = h.phraseBegin;
            while (body > prev.nameEnd && h.phraseBegin - body < 3 && s.tok(body - 1).kind == Token::Word &&
                   !s.tok(body - 1).cap &&
                   (ctx.lex.has(Cue::BodyHead, s.key(body - 1)) || ctx.lex.has(Cue::BodyModifier, s.key(body - 1)) ||
                    ctx.lex.has(Cue::PortfolioWord, s.key(body - 1))))
                --body;
            bool joined = prev.nameEnd < body && body - prev.nameEnd <= 2;
            for (int t = prev.nameEnd; joined && t < body; ++t) {
                if (s.key(t) != "and"_key && s.key(t) != ","_key)
                    joined = false;
            }
            // (not "attended by Russian Defence Minister A, Foreign Minister B, ...", both sides
            // in one list, when the dictionary has B serve another state only)
            const bool elsewhere = joined && prev.state >= 0 && servesOnlyElsewhere(ctx, s, h, prev.state);
            // (not to "A and his counterpart from Lithuania, B": a counterpart is of another state)
            if (joined && prev.state >= 0 && prev.rule != "counterpart"_key && h.rule != "counterpart"_key && !elsewhere &&
                prev.affiliationRule.contains(QLatin1String("before the title")) && !twoSides(ctx, s, hits, i)) {
                h.state = prev.state;
                h.affiliationRule = QStringLiteral("coordinated titles share '%1'")
                                        .arg(ctx.surface(s, prev.phraseBegin, prev.phraseBegin + 1));
                continue;
            }
        }
        // "A and B were part of the Singapore delegation": members named before the noun
        // (not "A met B, who was part of the Singapore delegation": A meets it)
        if (delegationAt >= 0 && h.nameEnd <= delegationAt && ctx.lastDelegation.known()) {
            bool member = false;
            for (int t = h.nameEnd; t < delegationAt; ++t) {
                if (ctx.lex.has(Cue::EncounterWord, s.key(t)) || opensOtherClause(ctx.lex, s.key(t))) {
                    member = false;
                    break;
                }
                const LexiconPhrase* ph = nullptr;
                member = member || (lexiconPhraseAt(ctx.lex, Cue::DelegationMember, s, t, &ph) > t && ph->value.isEmpty());
            }
            if (member) {
                joinDelegation(ctx.lastDelegation, h, QStringLiteral("member of the delegation"));
                continue;
            }
        }
        if (delegationAt >= 0 && h.nameBegin > delegationAt && ctx.lastDelegation.known()) {
            bool led = false;
            int ownSide = -1; // the state of a later side word: "; the Russian side was led by D"
            for (int t = delegationAt; t < h.nameBegin; ++t) {
                const TokenKey& k = s.key(t);
                // ("The Moroccan delegation included A, while Spain's side included B": the
                // other clause lists another side; a semicolon may part the items of one list)
                if (ctx.lex.has(Cue::ContrastWord, k) || ctx.lex.has(Cue::ClauseOpener, k)) {
                    led = false;
                    break;
                }
                // ("The Indian delegation comprised A and B; the Russian side was led by C": a
                // clause with a side word of its own lists that side's people, not the heading's)
                if (t > delegationAt && (ctx.lex.has(Cue::SideNoun, k) || ctx.lex.has(Cue::DelegationNoun, k))) {
                    if (const int own = sideWordState(s, t); own >= 0) {
                        ownSide = own;
                        led = false;
                    }
                    continue;
                }
                const LexiconPhrase* ph = nullptr;
                if (ctx.lex.has(Cue::DelegationList, k) ||
                    (lexiconPhraseAt(ctx.lex, Cue::DelegationMember, s, t, &ph) > t && ph->value == QLatin1String("after")))
                    led = true;
            }
            if (led && ownSide >= 0) {
                h.state = ownSide;
                h.affiliationRule = QStringLiteral("side headed by");
            } else if (led) {
                joinDelegation(ctx.lastDelegation, h, QStringLiteral("delegation headed by"));
            }
        }
    }
    // "King A and Crown Prince B of Bahrain": the state after the last name covers the list.
    for (std::size_t i = hits.size(); i-- > 1;) {
        OfficialHit& prev = hits[i - 1];
        const OfficialHit& h = hits[i];
        if (prev.state >= 0 || h.state < 0 || !h.affiliationRule.contains(QLatin1String("after the name")))
            continue;
        // "Foreign Minister A and his counterparts B of Australia": B's state is not A's;
        // "Secretary-General A and President B of Romania": A serves an organisation;
        // "President A, President B and President C of Somalia": a state has one president, so
        // each leader's own title says his state is not the last one's.
        const bool sameLeader = prev.titleEntry >= 0 && prev.titleEntry == h.titleEntry &&
                                leadsAState(g.titles[std::size_t(h.titleEntry)]);
        // "Prime Minister Abiy Ahmed and President William Ruto of Kenya": the dictionary has
        // A serve another state, so the "of" reaches B alone.
        if (h.rule == "counterpart"_key || prev.organization >= 0 || sameLeader ||
            (prev.titleEntry >= 0 && isOrganisationTitle(g.titles[std::size_t(prev.titleEntry)])) ||
            servesOnlyElsewhere(ctx, s, prev, h.state))
            continue;
        bool joined = prev.nameEnd <= h.phraseBegin && h.phraseBegin - prev.nameEnd <= 2;
        for (int t = prev.nameEnd; joined && t < h.phraseBegin; ++t)
            joined = s.key(t) == "and"_key || s.key(t) == ","_key;
        if (joined) {
            prev.state = h.state;
            prev.affiliationRule = QStringLiteral("coordinated names share the 'of' state");
        }
    }
    // "A, the senior adviser to United States President B,", "A, an aide to Brazilian President
    // B", "A, special envoy of Russian President B": an aide's office in apposition, linked to
    // the titled principal right after it, serves the principal's state (not "A, the envoy,
    // met Russian President B": no link)
    for (std::size_t i = 0; i + 1 < hits.size(); ++i) {
        OfficialHit& h = hits[i];
        const OfficialHit& principal = hits[i + 1];
        const int link = principal.phraseBegin - 1;
        if (h.state >= 0 || h.organization >= 0 || principal.state < 0 || principal.rule == "counterpart"_key ||
            h.nameEnd >= s.size() || s.key(h.nameEnd) != ","_key || link <= h.nameEnd + 1 || link - h.nameEnd > 7 ||
            (s.key(link) != "to"_key && s.key(link) != "of"_key && s.key(link) != "for"_key))
            continue;
        bool aide = false;
        bool plain = true;
        for (int k = h.nameEnd + 1; k < link && plain; ++k) {
            const PhraseMatch* m = s.matchOf(k);
            plain = s.tok(k).kind == Token::Word && !s.nameTok[std::size_t(k)] && (!m || m->kind == PhraseKind::Title);
            if (m && m->kind == PhraseKind::Title && m->begin == k) {
                const TitleEntry& te = g.titles[std::size_t(m->entry)];
                aide = aide || te.category == "official"_key || isDiplomatTitle(te);
            }
        }
        if (plain && aide) {
            h.state = principal.state;
            h.affiliationRule = QStringLiteral("aide to an official of that state");
        }
    }
    // "his deputy B" is of the state of the one before; "his Italian counterpart B" is not.
    for (std::size_t i = 0; i < hits.size(); ++i) {
        OfficialHit& h = hits[i];
        if (h.rule == "counterpart"_key || h.state >= 0 || h.organization >= 0)
            continue;
        if (const int st = possessorState(ctx, s, hits, i); st >= 0) {
            h.state = st;
            h.affiliationRule = QStringLiteral("possessive title of the one before ('his deputy')");
        }
    }
}

// Registers the sentence's hits as persons; a counterpart's state is ruled out for the official
// whose counterpart it is ("his Italian counterpart").
void registerHits(DocContext& ctx, SentenceInfo& s, const std::vector<OfficialHit>& hits)
{
    const std::size_t personsBefore = ctx.persons.size();
    std::vector<int> hitPerson;
    for (const OfficialHit& h : hits) {
        hitPerson.push_back(registerPerson(ctx, s, h));
        int end = h.nameEnd;
        if (s.key(end) == "of"_key) {
            int st = -1, org = -1;
            end = std::max(end, extendOf(s, end, &st, &org, nullptr, ctx.g, ctx.lex));
        }
        s.officialSpans.emplace_back(std::min(h.phraseBegin, h.nameBegin), std::max(end, h.phraseBegin));
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].rule != "counterpart"_key || hits[i].state < 0 || hitPerson[i] < 0)
            continue;
        // the one whose counterpart this is: the last official named before, in this sentence
        // or earlier
        int owner = -1;
        for (std::size_t k = i; k-- > 0 && owner < 0;)
            if (hits[k].rule != "counterpart"_key)
                owner = hitPerson[k];
        // (one this sentence names before by a name alone, a known person's: "A, a former police
        // chief, held talks with his Algerian counterpart B" is A's counterpart, not the last
        // sentence's)
        for (int k = std::min(hits[i].phraseBegin, hits[i].nameBegin); k-- > std::max(0, s.dateline) && owner < 0;)
            if (s.tok(k).cap && s.tok(k).kind == Token::Word)
                if (const int o = findPersonByKeys(ctx, nameKeys(s, k, k + 1), -1, s.index); o >= 0 && o != hitPerson[i])
                    owner = o;
        if (owner < 0 && !ctx.refs.empty())
            for (std::size_t r = ctx.refs.size(); r-- > 0 && owner < 0;)
                if (ctx.refs[r].person >= 0 && std::size_t(ctx.refs[r].person) < personsBefore)
                    owner = ctx.refs[r].person;
        if (owner >= 0 && owner != hitPerson[i])
            ctx.persons[std::size_t(owner)].notStates.push_back(hits[i].state);
    }
}

// "the delegation of the World Bank", "a delegation from Japan", "a delegation of the US
// Congress": the phrase named at once after the delegation noun's "of" or "from" (its name may
// hold the article: "the Philippines"), or null.
const PhraseMatch* namedAfterDelegation(const SentenceInfo& s, int noun)
{
    if (s.key(noun + 1) != "of"_key && s.key(noun + 1) != "from"_key)
        return nullptr;
    int at = noun + 2;
    const PhraseMatch* m = s.matchOf(at);
    if (s.key(at) == "the"_key && !(m && m->begin == at))
        m = s.matchOf(++at);
    return m && m->begin == at ? m : nullptr;
}

// "a high-level Turkish delegation": later officials "headed by" it take its state; so do those
// of "Moyo's delegation included A", the state of the one whose delegation it is; "a World Bank
// delegation", "the delegation of the World Bank": its organisation. Returns the token of the
// word "delegation", or -1.
int findDelegation(DocContext& ctx, const SentenceInfo& s)
{
    for (int i = 0; i < s.size(); ++i) {
        if (s.key(i) != "delegation"_key && s.key(i) != "delegations"_key)
            continue;
        if (i >= 2 && s.key(i - 1) == "'s"_key) {
            const int b = nameStartBefore(s, i - 1);
            const int owner = b < 0 || parseName(s, b, i - 1) != i - 1
                                  ? -1
                                  : findPersonByKeys(ctx, nameKeys(s, b, i - 1), -1);
            if (owner >= 0 && ctx.persons[std::size_t(owner)].stateStrength >= 2) {
                ctx.lastDelegation = {ctx.persons[std::size_t(owner)].state, -1};
                return i;
            }
        }
        // "a delegation of the US Congress", "a delegation from Japan": the state after it
        const PhraseMatch* after = namedAfterDelegation(s, i);
        if (after && (after->kind == PhraseKind::State || after->kind == PhraseKind::Demonym)) {
            ctx.lastDelegation = {after->entry, -1};
            return i;
        }
        for (int k = i - 1; k >= std::max(0, i - 4); --k) {
            const PhraseMatch* m = s.matchOf(k);
            // (or a seat of its government: "a Kremlin delegation", "a KRG delegation"; not the
            // place it is received in: "received in Panama City a delegation")
            if (m && m->kind == PhraseKind::Place && ctx.lex.has(Cue::VenuePreposition, s.key(m->begin - 1)))
                break;
            if (m && (m->kind == PhraseKind::Demonym || m->kind == PhraseKind::State || m->kind == PhraseKind::Place)) {
                ctx.lastDelegation = {m->entry, -1};
                return i;
            }
            if (m && m->kind == PhraseKind::Organization) {
                ctx.lastDelegation = {-1, m->entry};
                return i;
            }
        }
        if (after && after->kind == PhraseKind::Organization)
            ctx.lastDelegation = {-1, after->entry};
        return i;
    }
    return -1;
}

// "King Khalid International Airport", "President Kenyatta Stadium": a title and a name that
// open a venue's name (capitalised words up to a venue head) name no one present.
// ("the King Salman Humanitarian Aid and Relief Centre": "and", "of", "for" may join its words)
bool namesVenue(const Lexicon& lex, const SentenceInfo& s, int nameEnd)
{
    // ("Secretary of Defense A B\nWhite House Chief of Staff C": a venue's name is on one line)
    if (s.lineBreakBefore(nameEnd))
        return false;
    for (int k = nameEnd, words = 0; k < s.size() && words < 5; ++k) {
        const Token& t = s.tok(k);
        if (k > nameEnd && k + 1 < s.size() && s.tok(k + 1).cap &&
            (t.key == "and"_key || t.key == "of"_key || t.key == "for"_key || t.key == "&"_key))
            continue;
        // ("A B AT STATE HOUSE": in capitals, a preposition after the name ends it)
        if (t.kind != Token::Word || !t.cap || (t.allCaps && isFunctionWord(lex, t.key)))
            return false;
        if (lex.has(Cue::VenueHead, t.key))
            return true;
        ++words;
    }
    return false;
}

// "at Bangunan Sultan Ibrahim", "the Masjid Sultan Abu Bakar": a building's noun in capitals
// written before a royal title or an honorific and a name (Malay word order) makes them the
// building's name (not before an office: "Kremlin spokesman A", "State House spokesperson B").
bool venueBefore(const Lexicon& lex, const SentenceInfo& s, int phraseBegin)
{
    return phraseBegin > 0 && s.tok(phraseBegin - 1).cap && lex.has(Cue::VenueHead, s.key(phraseBegin - 1));
}

// "at the Official Residence Muleeaage", "in the Presidential Palace Annex": a title word in a
// place phrase ("at", "in") whose 'name' opens with a venue's head noun names a building.
bool venueAfterPlaceWord(const Lexicon& lex, const SentenceInfo& s, int phraseBegin, int nameBegin)
{
    const int before = lex.has(Cue::Article, s.key(phraseBegin - 1)) ? phraseBegin - 2 : phraseBegin - 1;
    return lex.has(Cue::VenueHead, s.key(nameBegin)) && lex.has(Cue::VenuePreposition, s.key(before));
}

// "at 9:14 PM UTC", "10 PM": an abbreviation in capitals right after a number reads the clock;
// it is no title ("PM") and the word after it no name.
// The end of a parent's name read from q: its words, and those an apostrophe joins ("Omar 'Ali
// Saifuddien").
int parentNameEnd(const SentenceInfo& s, int q)
{
    int e = parseName(s, q, s.size());
    while (e > q && e + 1 < s.size() && s.tok(e).kind == Token::Punct &&
           (s.tok(e).punct == QLatin1Char('\'') || s.tok(e).punct == QChar(0x2018)) && isNameStart(s, e + 1))
        e = parseName(s, e + 1, s.size());
    return e;
}

bool isClockAbbreviation(const SentenceInfo& s, const PhraseMatch& m)
{
    return m.end == m.begin + 1 && m.begin > 0 && s.tok(m.begin).allCaps &&
           s.tok(m.begin - 1).kind == Token::Number;
}

// Titles pass: every title in the sentence with the name(s) it introduces.
// "senior adviser to President B", "special envoy of UN Secretary-General B", "spokesman for
// President B": the match index
// of the title (a demonym before it) right after the "to"/"of" of title match `mi`, when that
// title opens its own name; else -1.
int principalTitleAfter(const GazetteerData& g, const SentenceInfo& s, std::size_t mi)
{
    const PhraseMatch& m = s.matches[mi];
    if (m.plural || (s.key(m.end) != "to"_key && s.key(m.end) != "of"_key && s.key(m.end) != "for"_key) ||
        mi + 1 >= s.matches.size())
        return -1;
    // (not "Counselor to the President B": an office named after the one it serves)
    const int at = m.end + 1;
    const PhraseMatch* d = s.matchOf(at);
    // ("senior adviser to US President B": a state's name before the title, as a demonym)
    // ("special envoy of Brazil's President C": or in the possessive)
    int titleAt = d && d->begin == at && (d->kind == PhraseKind::Demonym || d->kind == PhraseKind::State) ? d->end : at;
    if (titleAt > at && d->kind == PhraseKind::State && s.key(titleAt) == "'s"_key)
        ++titleAt;
    for (std::size_t k = mi + 1; k < s.matches.size(); ++k) {
        const PhraseMatch& n = s.matches[k];
        if (n.begin > titleAt)
            break;
        if (n.begin == titleAt && n.kind == PhraseKind::Title && !n.plural &&
            g.titles[std::size_t(n.entry)].category != "honorific"_key && isNameStart(s, n.end))
            return int(k);
    }
    return -1;
}

// "A, the personal envoy of the UN secretary-general for Sudan,", "B, special adviser to the
// Saudi crown prince,": the office's principal named by a title alone (an organisation, a state
// or a demonym may stand before it), no name after it. The principal's match, or -1; its
// organisation in `org`.
int unnamedPrincipalAfter(const SentenceInfo& s, std::size_t mi, int* org, int* state)
{
    const PhraseMatch& m = s.matches[mi];
    *org = -1;
    *state = -1;
    if (m.plural || (s.key(m.end) != "to"_key && s.key(m.end) != "of"_key))
        return -1;
    int at = m.end + 1;
    // ("the UN": the organisation's name may hold the article)
    if (s.key(at) == "the"_key && !(s.matchOf(at) && s.matchOf(at)->begin == at))
        ++at;
    const PhraseMatch* d = s.matchOf(at);
    if (d && d->begin == at &&
        (d->kind == PhraseKind::Organization || d->kind == PhraseKind::State || d->kind == PhraseKind::Demonym)) {
        if (d->kind == PhraseKind::Organization)
            *org = d->entry;
        else
            *state = d->entry;
        at = d->end;
    }
    for (std::size_t k = mi + 1; k < s.matches.size(); ++k) {
        const PhraseMatch& n = s.matches[k];
        if (n.begin > at)
            break;
        if (n.begin == at && n.kind == PhraseKind::Title && !n.plural && !isNameStart(s, n.end))
            return int(k);
    }
    return -1;
}

// The comma or full stop that closes an appositive whose principal's title is match `k`, within
// a few words after the principal's name ("to President B for Africa,"); 0 when none does.
int appositiveClose(const SentenceInfo& s, int k)
{
    constexpr int reach = 10; ///< the principal's name and a field: "for Africa", "on Iran"
    const int from = s.matches[std::size_t(k)].end;
    for (int i = from; i < std::min(s.size(), from + reach); ++i)
        if (s.key(i) == ","_key || s.key(i) == "."_key)
            return i;
    return 0;
}

// "RSF spokesman A", "a Houthi spokesman, B", "rebel commander C": the office's group, right
// before the title, is no state (lexicon `nonstate-group`)
// "Market queen Madam A", "the Queen Mother of the onion traders at Kejetia, B", "the king of the
// fish market": a royal title a trade or a group owns, no realm's: written in lower case after a
// noun of its own (not a state's, a demonym's, a possessive's), or followed by "of the" and a
// group in lower case (not "the King of the Netherlands")
bool tradeRoyalAt(const SentenceInfo& s, const PhraseMatch& m)
{
    const int b = m.begin;
    if (b > 0 && !s.tok(b).cap && s.tok(b - 1).kind == Token::Word && !s.matchOf(b - 1) &&
        !s.lex->has(Cue::FunctionWord, s.key(b - 1)) && s.key(b - 1) != "'s"_key)
        return true;
    return s.key(m.end) == "of"_key && s.lex->has(Cue::Article, s.key(m.end + 1)) && m.end + 2 < s.size() &&
           s.tok(m.end + 2).kind == Token::Word && !s.tok(m.end + 2).cap && !s.matchOf(m.end + 2);
}

// "the patrol ship PS Zoroaster", "the tanker MT Ruby": an abbreviation in capitals right after a
// ship's noun in lower case (lexicon `thing-head` of value `vessel`) is the ship's prefix, no office
bool vesselPrefixAt(const SentenceInfo& s, const PhraseMatch& m)
{
    const int b = m.begin;
    return b > 0 && m.end == b + 1 && s.tok(b).allCaps && s.tok(b - 1).kind == Token::Word && !s.tok(b - 1).cap &&
           s.lex->value(Cue::ThingHead, s.key(b - 1)) == "vessel"_key;
}

// "A, president of a Brazilian community association,", "B, head of an association of canoe
// owners": an office of a body told as one of its kind ("a", "an") is no office a state or an
// organisation gives; a state's bodies are named ("the", or their own names)
bool indefiniteBodyAfter(const SentenceInfo& s, const PhraseMatch& m)
{
    return m.end + 1 < s.size() && s.key(m.end) == "of"_key &&
           (s.key(m.end + 1) == "a"_key || s.key(m.end + 1) == "an"_key);
}

bool nonStateGroupBefore(const Lexicon& lex, const SentenceInfo& s, int b)
{
    // ("SPLM-IO acting press secretary A", "Hamas senior spokesman B": one or two lower-case
    // words that qualify the office may stand between)
    constexpr int qualifiers = 2;
    for (int k = std::max(0, b - 4 - qualifiers); k < b; ++k) {
        const int e = lexiconPhraseAt(lex, Cue::NonStateGroup, s, k);
        if (e <= k || e > b || b - e > qualifiers)
            continue;
        bool lower = true;
        for (int w = e; w < b && lower; ++w)
            lower = s.tok(w).kind == Token::Word && !s.tok(w).cap && !isFunctionWord(lex, s.key(w));
        if (lower)
            return true;
    }
    return false;
}

// "DairyNZ spokeswoman A", "OpenAI chief B": a brand written in camel case (three lower-case
// letters or more, then a capital) right before the title names a business or a lobby, whose
// officers hold no office of a state (not "MoD spokesman", "McClay": one lower-case letter; nor a
// firm its state owns, lexicon `state-company`: "PetroChina")
bool brandBefore(const DocContext& ctx, const SentenceInfo& s, int b)
{
    if (b < 1 || s.tok(b - 1).kind != Token::Word || !s.tok(b - 1).cap || s.tok(b - 1).allCaps || s.matchOf(b - 1) ||
        lexiconPhraseAt(ctx.lex, Cue::StateCompany, s, b - 1) == b)
        return false;
    const QString w = ctx.surface(s, b - 1, b);
    int lower = 0;
    for (qsizetype i = 1; i < w.size(); ++i) {
        if (w.at(i).isUpper() && lower >= 3)
            return true;
        lower = w.at(i).isLower() ? lower + 1 : 0;
    }
    return false;
}

// "K-pop band BTS's leader RM", "the airline Flyjet's chief B": a generic head right after a
// group's name (up to three capitalised words no dictionary holds) that the lower-case word of
// its kind opens (lexicon `non-office-modifier` of value generic: a band, a company) is that
// group's head, no office of a state
bool namedGroupBefore(const Lexicon& lex, const SentenceInfo& s, int b)
{
    int k = b - 1;
    if (k >= 0 && (s.key(k) == "'s"_key || s.key(k) == "'"_key))
        --k;
    const int nameEnd = k;
    while (k >= 0 && nameEnd - k < 3 && s.tok(k).kind == Token::Word && s.tok(k).cap &&
           !s.matchOf(k))
        --k;
    return k < nameEnd && k >= 0 && s.tok(k).kind == Token::Word && !s.tok(k).cap &&
           lex.value(Cue::NonOfficeModifier, s.key(k)) == QLatin1String("generic");
}

// "Kuwait University Professor A", "Economics Association of Malawi (Ecama) executive director
// B": the office's body, written right before the title, is a research body, a school or an
// association (lexicon `research-body`); its officers hold no office of a state
bool researchBodyBefore(const Lexicon& lex, const SentenceInfo& s, int b)
{
    int k = b - 1;
    if (k >= 3 && s.key(k) == ")"_key && s.key(k - 2) == "("_key)
        k -= 3;
    for (int steps = 0; k >= 0 && steps < 9; --k, ++steps) {
        const Token& t = s.tok(k);
        const PhraseMatch* m = s.matchOf(k);
        if (t.kind == Token::Word && t.cap && !s.nameTok[std::size_t(k)] &&
            (!m || m->kind == PhraseKind::State || m->kind == PhraseKind::Place || m->kind == PhraseKind::Demonym)) {
            if (researchNounAt(lex, s, k) || (k > 0 && lexiconPhraseAt(lex, Cue::ResearchBody, s, k - 1) == k + 1) ||
                lexiconPhraseAt(lex, Cue::ResearchBody, s, k) > k + 1)
                return true;
            continue;
        }
        const bool connector = t.key == "of"_key || t.key == "for"_key || t.key == "and"_key || t.key == "the"_key ||
                               t.key == "&"_key;
        if (!connector || k == 0 || !s.tok(k - 1).cap)
            return false;
    }
    return false;
}

// "the Congress of Deputies", "parliament", "the National Assembly": whether a legislature's name
// starts at `b` (an article, up to three capitalised words, a head noun of value `legislature`)
bool legislatureAt(const Lexicon& lex, const SentenceInfo& s, int b)
{
    if (b < s.size() && lex.has(Cue::Article, s.key(b)))
        ++b;
    for (int w = b; w < s.size() && w - b < 4 && s.tok(w).kind == Token::Word; ++w) {
        if (lex.value(Cue::BodyHead, s.key(w)) == QLatin1String("legislature"))
            return true;
        if (!s.tok(w).cap)
            return false;
    }
    return false;
}

// "Tonse Alliance spokesperson A", "Landless People's Movement spokesman B": an office that speaks
// for its body (lexicon `voice-office`) right after a party's name in capitals, ending on a
// political word ("Alliance", "Party", "Greens"), is a party's voice, no office of a state; not
// after "Opposition" (a shadow portfolio's) nor a ministry's or a government's name
// ("the Patriotic Front's spokesperson", "A, spokesperson for the Patriotic Front party,", "B, a
// spokesman for the opposition X,": the party's possessive before it, or its name after "for" or
// "of" up to the comma)
bool partyVoiceAt(const Lexicon& lex, const SentenceInfo& s, const PhraseMatch& m)
{
    if (m.end - m.begin != 1 || m.begin == 0 || !lex.has(Cue::VoiceOffice, s.key(m.begin)))
        return false;
    if (const int e = politicalBodyEnd(lex, s, m.end, true); e > m.end) {
        // ("A, the spokesperson of the Popular Party in the Congress of Deputies,": the voice of
        // the party's group in a chamber, an office of the legislature)
        for (int k = m.end; k < e; ++k)
            if (s.key(k) == "in"_key && legislatureAt(lex, s, k + 1))
                return false;
        return true;
    }
    const int w = m.begin >= 2 && possessiveMarkAt(s, m.begin - 1) ? m.begin - 2 : m.begin - 1;
    const Token& t = s.tok(w);
    return t.kind == Token::Word && t.cap && !t.allCaps && lex.has(Cue::PoliticalWord, t.key) &&
           lex.value(Cue::PoliticalWord, t.key).isEmpty() && !lex.has(Cue::OppositionWord, t.key);
}

// "the Chief Executive of the Ghana Cocoa Board", "the chief executive of Gazprom": whether the
// body named from `b` (its article, then capitalised words) is one of a state: a state, demonym,
// place or organisation in it, a firm its state owns (lexicon `state-company`), a body's modifier
// ("National") or a portfolio's field ("Health"); not "the chief executive of the Refugee
// Council", "of Apple" (a charity's, a business's head)
bool statalBodyAfter(const DocContext& ctx, const SentenceInfo& s, int b, bool bodyHeads = false)
{
    const int n = s.size();
    if (b < n && ctx.lex.has(Cue::Article, s.key(b)))
        ++b;
    // (a lower-case word joined by a hyphen inside: "the junta-appointed Union Election Commission")
    for (int w = b; w < n && w - b < 8 && s.tok(w).kind == Token::Word &&
                    (s.tok(w).cap || s.key(w) == "of"_key || s.key(w) == "and"_key || s.tok(w).hyphenBefore ||
                     (w + 1 < n && s.tok(w + 1).hyphenBefore));
         ++w) {
        const PhraseMatch* pm = s.matchOf(w);
        if ((pm && (pm->kind == PhraseKind::State || pm->kind == PhraseKind::Demonym || pm->kind == PhraseKind::Place ||
                    pm->kind == PhraseKind::Organization)) ||
            lexiconPhraseAt(ctx.lex, Cue::StateCompany, s, w) > w || ctx.lex.has(Cue::BodyModifier, s.key(w)) ||
            ctx.lex.has(Cue::PortfolioWord, s.key(w)) ||
            // ("Chairman of the Suez Canal Economic Zone Authority A": for a chair, a public body's
            // head noun; a chief executive's council may be a charity's)
            (bodyHeads && s.tok(w).cap && ctx.lex.has(Cue::BodyHead, s.key(w)) &&
             ctx.lex.value(Cue::BodyHead, s.key(w)) != "firm"_key))
            return true;
    }
    return false;
}

// "Suez Canal Authority (SCA) Chairman A", "National Lottery Commission chairman B": a public
// body's name in capitals right before the office at `m` (a head noun of lexicon `body-head` at
// its end, not one a firm ends with, "Adani Group"), its acronym in brackets between
bool statalBodyBefore(const DocContext& ctx, const SentenceInfo& s, int m)
{
    constexpr int reach = 6;
    int b = m - 1;
    if (b >= 2 && s.key(b) == ")"_key && s.tok(b - 1).allCaps && s.key(b - 2) == "("_key)
        b -= 3;
    return b >= 0 && s.tok(b).kind == Token::Word && s.tok(b).cap && m - b <= reach &&
           ctx.lex.has(Cue::BodyHead, s.key(b)) && ctx.lex.value(Cue::BodyHead, s.key(b)) != "firm"_key;
}

// Whether the line is written in title case: at most one word of three letters or more in lower
// case that is no function word ("Minister Seeks Assurance on Project amid Review").
bool titleCase(const Lexicon& lex, const SentenceInfo& s)
{
    int lower = 0;
    for (int k = 0; k < s.size(); ++k)
        if (s.tok(k).kind == Token::Word && !s.tok(k).cap && s.key(k).size() >= 3 && !isFunctionWord(lex, s.key(k)))
            ++lower;
    return lower <= 1;
}

// Whether the words [b, e) after a title in a headline may be its clause rather than a name: after
// the title's comma, or in a line in title case that goes on after them ("Minister Seeks Czech
// Assurance"; a byline's "Senator the Hon A B" ends its line).
bool headlineClause(const Lexicon& lex, const SentenceInfo& s, int b, int e)
{
    if (s.key(b - 1) == ","_key)
        return true;
    return titleCase(lex, s) && e < s.size() && s.tok(e).kind == Token::Word && !s.lineBreakBefore(e);
}

// "Tinubu Receives Biya's Envoy, Demands Probe", "Industry Minister Seeks Czech Assurance": in a
// headline's title case the words after a title (or its comma) may be a verb or a second clause;
// they name someone only where the people dictionary knows them or the text after the headline
// writes the name's last word again, capitalised.
bool writtenAgainAfter(const DocContext& ctx, const SentenceInfo& s, int b, int e)
{
    for (int k = b; k < e; ++k)
        if (const PhraseMatch* m = s.matchOf(k); m && m->kind == PhraseKind::Person)
            return true;
    int last = e - 1;
    while (last > b && s.tok(last).kind != Token::Word)
        --last;
    const QStringView word = QStringView(ctx.doc.text).mid(s.tok(last).start, s.tok(last).end - s.tok(last).start);
    const QStringView after = QStringView(ctx.doc.text).mid(s.tok(s.size() - 1).end);
    for (qsizetype at = after.indexOf(word); at >= 0; at = after.indexOf(word, at + 1)) {
        const bool open = at == 0 || !after[at - 1].isLetter();
        const bool close = at + word.size() >= after.size() || !after[at + word.size()].isLetter();
        if (open && close)
            return true;
    }
    return false;
}

// "NATAU secretary general A", "RAI director B": a generic or an organisation's head written in
// lower case right after an acronym no dictionary holds is the head of a body of no known state
// (a union, a trade group, a firm); the acronyms of states' bodies are the gazetteer's
// (an office's noun: not a party's "leader", nor a state agency's "head" or "chief", whom the
// text names by its acronym as often, nor its voice)
bool unknownAcronymBefore(const GazetteerData& g, const Lexicon& lex, const SentenceInfo& s, const PhraseMatch& m)
{
    const int k = m.begin - 1;
    const QString& category = g.titles[std::size_t(m.entry)].category;
    const TokenKey& head = s.key(m.end - 1);
    const bool officeNoun = lex.has(Cue::OfficeNoun, head) && !lex.has(Cue::OrgHeadNoun, head) &&
                            !lex.has(Cue::VoiceOffice, head);
    if (k < 0 || s.tok(m.begin).cap || !(category == "organisation"_key || (category == "generic"_key && officeNoun)))
        return false;
    const Token& t = s.tok(k);
    return t.kind == Token::Word && t.allCaps && t.key.size() >= 3 && !t.hyphenBefore && !s.matchOf(k) &&
           !s.nameTok[std::size_t(k)] && (k == 0 || s.tok(k - 1).kind != Token::Word || !s.tok(k - 1).allCaps);
}

std::vector<OfficialHit> findTitledOfficials(DocContext& ctx, SentenceInfo& s)
{
    const GazetteerData& g = ctx.g;
    std::vector<OfficialHit> hits;
    int consumed = 0;
    int lastNameEnd = 0;

    for (std::size_t mi = 0; mi < s.matches.size(); ++mi) {
        PhraseMatch m = s.matches[mi];
        if (m.kind != PhraseKind::Title || m.begin < consumed || isClockAbbreviation(s, m))
            continue;
        // "Deputy Minister of Defense", "Deputy Secretary": a generic rank right before another
        // office is part of it, as written ("Deputy" is no office of its own)
        const bool genericRank = g.titles[std::size_t(m.entry)].category == "generic"_key;
        const PhraseMatch* next = mi + 1 < s.matches.size() ? &s.matches[mi + 1] : nullptr;
        const bool prefixed = genericRank && next && next->begin == m.end && next->kind == PhraseKind::Title &&
                              g.titles[std::size_t(next->entry)].category != "honorific"_key && !m.plural;
        if (prefixed) {
            const int b = m.begin;
            m = *next;
            m.begin = b;
        }
        // ("the union's secretary general, A": or its possessive)
        const int modifier = m.begin >= 2 && (s.key(m.begin - 1) == "'s"_key || s.key(m.begin - 1) == "'"_key)
                                 ? m.begin - 2 : m.begin - 1;
        // "keynote speaker A", "motivational speaker B": a role at an event; "airline chief C": the head
        // of a business, before a generic head's title (lexicon `non-office-modifier`)
        // ("A, a Hezbollah MP": a seat in parliament is a state's office, whatever the party)
        if ((nonStateGroupBefore(ctx.lex, s, m.begin) &&
             g.titles[std::size_t(m.entry)].category != "legislator"_key) ||
            (isRoyal(g.titles[std::size_t(m.entry)]) && tradeRoyalAt(s, m)) || vesselPrefixAt(s, m) ||
            indefiniteBodyAfter(s, m) ||
            researchBodyBefore(ctx.lex, s, m.begin) || partyVoiceAt(ctx.lex, s, m) || unknownAcronymBefore(g, ctx.lex, s, m) ||
            ((ctx.lex.has(Cue::VoiceOffice, s.key(m.begin)) ||
              g.titles[std::size_t(m.entry)].category == "generic"_key ||
              isOrganisationTitle(g.titles[std::size_t(m.entry)])) &&
             (brandBefore(ctx, s, m.begin) || namedGroupBefore(ctx.lex, s, m.begin))) ||
            (modifier >= 0 && ctx.lex.has(Cue::NonOfficeModifier, s.key(modifier)) &&
             (ctx.lex.value(Cue::NonOfficeModifier, s.key(modifier)) == QLatin1String("lower")
                  // (or first in the sentence, before a generic head: "Union head A met")
                  ? !s.tok(modifier).cap ||
                        (modifier == s.dateline &&
                         g.titles[std::size_t(m.entry)].category == "generic"_key)
                  : ctx.lex.value(Cue::NonOfficeModifier, s.key(modifier)) !=
                            QLatin1String("generic") ||
                        g.titles[std::size_t(m.entry)].category == "generic"_key))) {
            consumed = m.end;
            continue;
        }
        const TitleEntry& te = g.titles[std::size_t(m.entry)];
        OfficialHit h;
        h.titleEntry = m.entry;
        h.titles << (prefixed ? writtenTitle(ctx, s, m.begin, m.end) : titleAsWritten(ctx, s, m, te));
        h.honorificOnly = te.category == "honorific"_key;
        h.royal = isRoyal(te);
        if (h.royal)
            h.rank = h.titles.front();
        const bool counterpart = foldKey(te.name) == "counterpart"_key;
        const TitleLeft left = readTitleLeft(g, ctx.lex, s, m, lastNameEnd, h);
        // "Bavarian Premier A", "Catalan President B", "Scottish First Minister C": a region's
        // demonym right before the office (lexicon `region-demonym`) makes it an office of the
        // region's state; the title is as written
        // (past the office's own capitalised words read before it: "Welsh First Minister")
        for (int d = m.begin - 1; h.state < 0 && h.organization < 0 && d >= std::max(0, m.begin - 3) &&
                                  s.tok(d).kind == Token::Word && s.tok(d).cap && !s.nameTok[std::size_t(d)];
             --d) {
            if (!ctx.lex.has(Cue::RegionDemonym, s.key(d)))
                continue;
            if (const int st = g.stateIndex(ctx.lex.value(Cue::RegionDemonym, s.key(d))); st >= 0) {
                h.state = st;
                h.affiliationRule = QStringLiteral("region's demonym before the title");
            }
        }
        // "A, senior adviser to President B for Africa, met C", "A, special envoy of President B,":
        // the office is A's; the titled name of its "to"/"of" is its principal, read on its own
        // "the Chief Executive of the Ghana Cocoa Board, A": an office of note only with the body
        // it heads (lexicon `body-bound-office`); "A, the chief executive," is no official
        const LexiconPhrase* boundRow = nullptr;
        const bool bodyBound = lexiconPhraseAt(ctx.lex, Cue::BodyBoundOffice, s, m.begin, &boundRow) == m.end;
        // (a chair's body is a public one by its head noun too, lexicon value body-head; a party's
        // acronym before it, "PTI Chairman A", makes it political)
        const bool bodyHeads = bodyBound && boundRow && boundRow->value == QLatin1String("body-head");
        // ("A, regional representative for Southeast Asia and the Pacific of the UN Office on Drugs
        // and Crime (UNODC),": or an organisation named in its complement, up to the comma)
        const auto organisationAfter = [&] {
            for (int k = m.end; k < s.size() && k - m.end < 16 && s.key(k) != ","_key && !s.lineBreakBefore(k); ++k)
                if (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Organization)
                    return true;
            return false;
        };
        // (a chair is dropped only with a firm named: a capitalised word or a possessive right
        // before him, "Samsung's chairman", "Reliance chairman", or a body after "of" that is
        // neither a public nor a political one; a bare "Chairman A" is an organisation's)
        const auto chairOfFirm = [&] {
            const bool before = m.begin > 0 && (s.key(m.begin - 1) == "'s"_key ||
                                                (s.tok(m.begin - 1).kind == Token::Word && s.tok(m.begin - 1).cap &&
                                                 !isFunctionWord(ctx.lex, s.key(m.begin - 1))));
            bool political = false;
            for (int k = m.end + 1; s.key(m.end) == "of"_key && k < s.size() && k <= m.end + 5 && !political; ++k)
                political = ctx.lex.has(Cue::PoliticalWord, s.key(k)) || ctx.lex.has(Cue::OppositionWord, s.key(k));
            const bool after = s.key(m.end) == "of"_key && !political;
            if (statalBodyBefore(ctx, s, m.begin) || statalBodyAfter(ctx, s, s.key(m.end) == "of"_key ? m.end + 1 : m.end, true) ||
                (m.begin > 0 && ((s.tok(m.begin - 1).allCaps && s.key(m.begin - 1).size() >= 2) ||
                                 ctx.lex.has(Cue::PoliticalWord, s.key(m.begin - 1)))))
                return false;
            return before || after;
        };
        if (h.state < 0 && h.organization < 0 && bodyBound &&
            (s.key(m.end) != "of"_key || !statalBodyAfter(ctx, s, m.end + 1, bodyHeads)) && !organisationAfter() &&
            (!bodyHeads || chairOfFirm())) {
            consumed = m.end;
            continue;
        }
        // ("Cosco CEO A", "Gazprom CEO B": the firm's name written before the office is part of it)
        if (bodyBound && h.titles.size() == 1 && m.begin > 1 && s.tok(m.begin - 1).cap && !s.matchOf(m.begin - 1) &&
            !isFunctionWord(ctx.lex, s.key(m.begin - 1)) && !s.nameTok[std::size_t(m.begin - 1)])
            h.titles.front() = writtenTitle(ctx, s, m.begin - 1, m.end);
        // "Conservative agriculture critic A", "NDP foreign affairs critic B", "Opposition finance
        // critic C": an office of note only after a portfolio's field in lower case, a party (its
        // name, acronym or a political word) or the opposition before the field (lexicon
        // `field-bound-office`); "film critic D", "a vocal critic" are none
        if (lexiconPhraseAt(ctx.lex, Cue::FieldBoundOffice, s, m.begin) == m.end) {
            int f = m.begin;
            while (f > 0 && m.begin - f < 3 && !s.tok(f - 1).cap && s.tok(f - 1).kind == Token::Word &&
                   (ctx.lex.has(Cue::PortfolioWord, s.key(f - 1)) || ctx.lex.has(Cue::BodyModifier, s.key(f - 1))))
                --f;
            const bool field = f < m.begin && ctx.lex.has(Cue::PortfolioWord, s.key(m.begin - 1));
            const bool side = f > 0 && s.tok(f - 1).kind == Token::Word &&
                              (ctx.lex.has(Cue::PoliticalWord, s.key(f - 1)) || ctx.lex.has(Cue::OppositionWord, s.key(f - 1)) ||
                               (s.tok(f - 1).allCaps && s.key(f - 1).size() >= 2) || s.key(f - 1) == "party"_key);
            if (!field || !side) {
                consumed = m.end;
                continue;
            }
        }
        const int principal = principalTitleAfter(g, s, mi);
        if (principal >= 0) {
            const int close = appositiveClose(s, principal);
            if (close > 0 && readAppositive(ctx, s, m, close, -1, lastNameEnd, h).found) {
                hits.push_back(h);
                consumed = m.end;
            }
            if (close > 0)
                continue;
        }
        // "A, the personal envoy of the UN secretary-general for Sudan,": the principal named by
        // its title alone, in an appositive after A; an organisation's principal makes A its officer
        if (int principalOrg = -1, principalState = -1; h.phraseBegin > 0 && s.key(h.phraseBegin - 1) == ","_key) {
            const int unnamed = unnamedPrincipalAfter(s, mi, &principalOrg, &principalState);
            const int close = unnamed >= 0 ? appositiveClose(s, unnamed) : 0;
            if (close > 0 && s.key(close) == ","_key) {
                OfficialHit o = h;
                if (principalOrg >= 0 && o.organization < 0 && o.state < 0) {
                    o.organization = principalOrg;
                    o.affiliationRule = QStringLiteral("the organisation of the principal");
                }
                // ("A, the envoy of the Kenyan president,": a state's leader's envoy serves that state)
                if (principalState >= 0 && o.organization < 0 && o.state < 0 &&
                    leadsAState(g.titles[std::size_t(s.matches[std::size_t(unnamed)].entry)])) {
                    o.state = principalState;
                    o.affiliationRule = QStringLiteral("adviser to that state's leader");
                }
                if (readAppositive(ctx, s, m, close, -1, lastNameEnd, o).found) {
                    hits.push_back(o);
                    consumed = close;
                    continue;
                }
            }
        }
        const TitleRight right = readTitleRight(ctx, s, m, h);
        int p = right.end;
        const int ofState = right.ofState;
        consumed = p;
        // "A, director of the Georgian Institute of Politics", "B, rector of the State
        // University": the head of a research body or a school holds no office of a state
        // (the body's own noun: not "the Centre Party")
        bool research = false;
        for (int t = m.end; t < p && !research; ++t) {
            // "president of the Gulf Policy Center": a two-word head ("policy center")
            const int head = lexiconPhraseAt(ctx.lex, Cue::ResearchBody, s, t);
            const int e = researchNounAt(ctx.lex, s, t) ? t + 1 : head > t && head <= p ? head : -1;
            // ("the Association of Southeast Asian Nations": an organisation's own name)
            const bool org = s.matchOf(t) && s.matchOf(t)->kind == PhraseKind::Organization;
            // ("the Lagos Centre for Democracy": a phrase ending on "for" opens the field studied)
            const bool field = e > t + 1 && s.key(e - 1) == "for"_key;
            research = e > t && s.tok(t).cap && !org &&
                       (field || e == p || !s.tok(e).cap || s.tok(e).kind != Token::Word);
        }
        if (research)
            continue;
        const int q = skipHonorifics(g, s, p, h);
        if (namesAParent(s, m.begin)) {
            const int e = parentNameEnd(s, q);
            for (int t = q; t < e; ++t)
                s.nameTok[std::size_t(t)] = 1;
            consumed = std::max(consumed, e);
            lastNameEnd = std::max(lastNameEnd, e);
            continue;
        }
        std::vector<std::pair<int, int>> names = readNameList(g, ctx.lex, s, q, m.plural, s.index < ctx.body);
        // "Maria Lopez, Minister of Finance\nCarlos Diaz, Minister of Energy": a title set after
        // its holder's name and comma ends its line; the name on the next line is the next item's
        if (!names.empty() && s.lineBreakBefore(names.front().first) && h.phraseBegin >= 2 &&
            s.key(h.phraseBegin - 1) == ","_key && isNameWordAt(s, h.phraseBegin - 2))
            names.clear();
        if (names.size() == 1 && s.index < ctx.body && headlineClause(ctx.lex, s, names.front().first, names.front().second) &&
            !writtenAgainAfter(ctx, s, names.front().first, names.front().second))
            names.clear();
        if (names.empty() && h.givenRankAt == q && q >= 0)
            names.emplace_back(q, parseName(s, q + 1, s.size()));
        // ("Amir Ohana, Speaker of the Knesset": the appositive reads the name with its first word)
        if (givenRankNameEnd(g, s, m.begin) >= 0) {
            consumed = m.end;
            continue;
        }
        // "A B, head of the Ukrainian Agency for Defence Procurement, said": in an appositive
        // after a name, one unknown capitalised word between the body read and the comma ends
        // the body's name; it names no one
        if (names.size() == 1 && names.front().second == q + 1 && q == p && p > m.end && s.key(q + 1) == ","_key &&
            !s.matchOf(q) && h.phraseBegin >= 2 && s.key(h.phraseBegin - 1) == ","_key &&
            isNameWordAt(s, h.phraseBegin - 2)) {
            names.clear();
            p = q + 1;
        }
        if (names.empty()) {
            // "Mr Dmitry Rogozin, Deputy Prime Minister of ...": the honorific read the name
            // first; the office after the comma is the better reading of the same name.
            // "His Royal Highness Prince A, Deputy Minister of Defense,": so does the office after
            // a royal rank, which the name keeps ("Sultan Ibrahim, the King of Malaysia")
            const bool rankOnly = !hits.empty() && (hits.back().honorificOnly || onlyRanks(g, hits.back().titles));
            // ("Colonel A, who was sworn in as president,": or before the relative clause's comma)
            const bool afterHonorific = rankOnly && (hits.back().nameEnd == h.phraseBegin - 1 ||
                                                     hits.back().nameEnd == appositiveComma(ctx.lex, s, h.phraseBegin)) &&
                                        (hits.back().state < 0 || !hits.back().honorificOnly);
            if (afterHonorific && hits.back().royal) {
                h.royal = true;
                h.rank = hits.back().rank;
            }
            // ("A, US President B's envoy,": the names read before the principal's bound A's)
            int before = lastNameEnd;
            if (left.principal >= 0) {
                before = 0;
                for (const OfficialHit& o : hits)
                    if (o.nameEnd < h.phraseBegin)
                        before = std::max(before, o.nameEnd);
            }
            const Appositive app = readAppositive(ctx, s, m, p, ofState,
                                                  afterHonorific ? hits.back().nameBegin : before, h);
            if (app.found && afterHonorific && h.nameBegin == hits.back().nameBegin) {
                // "Crown Prince A, Minister of Defense": a royal office stays before the new one;
                // a rank the office names again ("Prince" in "Crown Prince") does not
                QStringList kept;
                for (const QString& t : std::as_const(hits.back().titles)) {
                    const int ti = g.titleByName.value(foldKey(t), -1);
                    const bool royalTitle = ti >= 0 && isRoyal(g.titles[std::size_t(ti)]);
                    const bool restated = std::any_of(h.titles.begin(), h.titles.end(), [&](const QString& n) {
                        return n.contains(t, Qt::CaseInsensitive);
                    });
                    if (royalTitle && !restated)
                        kept << t;
                }
                h.titles = kept + h.titles;
                hits.pop_back();
            }
            // "said Lok Raj Baral, a former ambassador to India and a professor": an office
            // held once, told with "a" after the name, describes a commentator, no official
            // (a former head of a state or government stays one: "A, a former Danish prime minister")
            const bool commentator = h.former && !leadsAState(te) &&
                                     (s.key(h.phraseBegin) == "a"_key || s.key(h.phraseBegin) == "an"_key);
            if (app.found && !commentator)
                hits.push_back(h);
            if (app.applies)
                continue;
            // "Senator the Hon A B\nMinister for Foreign Affairs": in the lines above the body (a
            // release's byline), an office alone on the line after a name is that name's, and says
            // what he is better than a rank or a style written before the name
            if (s.index < ctx.body && h.phraseBegin > 0 && s.lineBreakBefore(h.phraseBegin) && !m.plural &&
                !h.honorificOnly && !counterpart) {
                if (!hits.empty() && hits.back().nameEnd == h.phraseBegin) {
                    OfficialHit& named = hits.back();
                    // (a style or a legislator's rank, "Senator the Hon", gives way to the office)
                    if (allTitles(g, named.titles, [](const TitleEntry& e) {
                            return e.category == "honorific"_key || e.category == "legislator"_key;
                        }))
                        named.titles.clear();
                    named.titles.prepend(h.titles.front());
                    named.honorificOnly = false;
                    continue;
                }
                const int nb = nameStartBefore(s, h.phraseBegin);
                if (nb >= lastNameEnd && nb >= 0 && h.phraseBegin - nb >= 2 &&
                    parseName(s, nb, h.phraseBegin) == h.phraseBegin) {
                    h.nameBegin = nb;
                    h.nameEnd = h.phraseBegin;
                    h.rule = QStringLiteral("byline: office on the line after the name");
                    hits.push_back(h);
                    continue;
                }
            }
            // "met Emily Thornberry MP in London": a postnominal title names the two name words
            // or more right before it
            // ("Sinn Féin leader Mary Lou McDonald TD said": the name the title before it read
            // takes this office too)
            if (postnominalTitle(s, m) && !h.honorificOnly && !hits.empty() && hits.back().nameEnd == m.begin &&
                lastNameEnd == m.begin && m.begin - hits.back().nameBegin >= 2) {
                OfficialHit& named = hits.back();
                if (!named.titles.contains(h.titles.front(), Qt::CaseInsensitive))
                    named.titles << h.titles.front();
                if (named.state < 0 && named.organization < 0 && h.state >= 0) {
                    named.state = h.state;
                    named.affiliationRule = h.affiliationRule;
                }
                continue;
            }
            if (postnominalTitle(s, m) && !h.honorificOnly && s.key(m.end) != ","_key) {
                const int nb = nameStartBefore(s, m.begin);
                if (nb >= lastNameEnd && nb >= 0 && m.begin - nb >= 2 && parseName(s, nb, m.begin) == m.begin) {
                    h.nameBegin = nb;
                    h.nameEnd = m.begin;
                    h.rule = QStringLiteral("title after the name");
                    hits.push_back(h);
                    continue;
                }
            }
            // "the election of A B as Turkish Cypriot leader", "appointed A B as foreign minister":
            // the office after "as" is said of the name right before it
            if (h.phraseBegin >= 2 && s.key(h.phraseBegin - 1) == "as"_key && !m.plural && !counterpart &&
                !h.honorificOnly) {
                const int asAt = h.phraseBegin - 1;
                const int nb = nameStartBefore(s, asAt);
                if (nb >= lastNameEnd && nb >= 0 && parseName(s, nb, asAt) == asAt &&
                    (asAt - nb >= 2 || s.nameTok[std::size_t(nb)])) {
                    h.nameBegin = nb;
                    h.nameEnd = asAt;
                    h.rule = QStringLiteral("title after the name and 'as'");
                    hits.push_back(h);
                    continue;
                }
            }
            if ((left.definite || h.state >= 0) && !m.plural && !counterpart && !h.honorificOnly)
                s.definites.push_back({h.phraseBegin, m.end, m.entry, h.state, h.organization});
            continue;
        }
        // "Chief Election Commissioner A B", "Deputy Economic Adviser C D": a rank, a field in
        // capitals and a one-word office read as a name; the office inside ends the title, the
        // name follows it (not "Samdech Techo Hun Sen": no two name words after the office)
        if (names.size() == 1 && !m.plural && h.titles.size() == 1) {
            const auto [nb0, ne0] = names.front();
            for (int t = nb0; t < ne0; ++t) {
                const PhraseMatch* inner = s.matchOf(t);
                if (!s.tok(t).cap || s.tok(t).kind != Token::Word)
                    break;
                if (!inner || inner->begin != t || inner->kind != PhraseKind::Title)
                    continue;
                const TitleEntry& ie = g.titles[std::size_t(inner->entry)];
                if (ie.category == "honorific"_key || isRoyal(ie) || ne0 - inner->end < 2 ||
                    parseName(s, inner->end, s.size()) != ne0)
                    break;
                h.titles.front() = writtenTitle(ctx, s, m.begin, inner->end);
                h.titleEntry = inner->entry;
                names.front().first = inner->end;
                break;
            }
        }
        // "State House Chief Communications Specialist A B", "Chief Liaison Officer C D", "Chief
        // District Officer E F": a field in capitals (two words at most) and a post no title lists
        // (lexicon `role-noun`) read as a name; the last such post ends the title, the name of two
        // words or more follows it
        if (names.size() == 1 && !m.plural && h.titles.size() == 1) {
            const auto [nb0, ne0] = names.front();
            int post = -1;
            for (int f = nb0; f < ne0 && f - nb0 < 3 && s.tok(f).cap; ++f)
                if (ctx.lex.has(Cue::RoleNoun, s.key(f)) && ne0 - (f + 1) >= 2 && parseName(s, f + 1, s.size()) == ne0)
                    post = f;
            if (post >= 0) {
                h.titles.front() = writtenTitle(ctx, s, m.begin, post + 1);
                names.front().first = post + 1;
            }
        }
        std::vector<int> respectiveStates = left.coordinatedStates;
        if (respectiveStates.size() < 2)
            respectiveStates = right.ofStates;
        const bool respectively = respectiveStates.size() > 1 && respectiveStates.size() == names.size();
        for (std::size_t ni = 0; ni < names.size(); ++ni) {
            const auto [nb, ne] = names[ni];
            if (namesVenue(ctx.lex, s, ne) || venueAfterPlaceWord(ctx.lex, s, h.phraseBegin, nb) ||
                ((h.royal || h.honorificOnly) && venueBefore(ctx.lex, s, m.begin)) || namesThing(ctx.lex, s, nb + 1, ne) ||
                namesBody(ctx.lex, s, nb, ne))
                continue;
            OfficialHit one = h;
            if (respectively) {
                one.state = respectiveStates[ni];
                one.affiliationRule = QStringLiteral("coordinated states, respectively");
            }
            one.nameBegin = nb;
            one.nameEnd = ne;
            one.rule = h.royal ? QStringLiteral("royal title before the name")
                               : QStringLiteral("title before the name");
            // ("the leaders, A, King Abdullah II and B": the rank readNameList left out of the name
            // is that one's office, in place of the group's word)
            if (const int rank = m.plural && nb > m.end ? g.titleByName.value(s.key(nb - 1), -1) : -1;
                rank >= 0 && isRoyal(g.titles[std::size_t(rank)]) && s.tok(nb - 1).cap)
                one.titles = QStringList{g.titles[std::size_t(rank)].name};
            if (one.state < 0 && ofState >= 0) {
                one.state = ofState;
                one.affiliationRule = QStringLiteral("'of' state in the title");
            }
            // "President Felix Tshisekedi of the Democratic Republic of the Congo"
            if (s.key(ne) == "of"_key) {
                int st = -1, org = -1;
                const int e = extendOf(s, ne, &st, &org, nullptr, g, ctx.lex);
                // ("Economist Dr A B of the University of Zambia", "Professor C of the Institute of
                // Peace Studies": a research body or a school he is of makes him no official)
                bool research = false;
                for (int k = ne + 1; k < e && !research; ++k)
                    research = s.tok(k).cap && (researchNounAt(ctx.lex, s, k) ||
                                                lexiconPhraseAt(ctx.lex, Cue::ResearchBody, s, k) > k) &&
                               !(s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Organization);
                if (research) {
                    consumed = std::max(consumed, e);
                    continue;
                }
                if (e > ne && st >= 0 && (one.state < 0 || counterpart)) {
                    one.state = st;
                    one.affiliationRule = QStringLiteral("'of' state after the name");
                }
                if (e > ne && org >= 0 && one.organization < 0)
                    one.organization = org;
                if (e > ne)
                    consumed = std::max(consumed, e);
            }
            if (counterpart) {
                one.rule = QStringLiteral("counterpart");
                one.titles.clear();
                one.honorificOnly = false;
            }
            hits.push_back(one);
            consumed = std::max(consumed, ne);
            lastNameEnd = ne;
        }
        for (auto [nb, ne] : names)
            for (int t = nb; t < ne; ++t)
                s.nameTok[std::size_t(t)] = 1;
    }

    return hits;
}

// Whether a name already read covers any token of [b, e): the span is someone found before.
bool nameTaken(const SentenceInfo& s, int b, int e)
{
    for (int t = b; t < e; ++t)
        if (s.nameTok[std::size_t(t)])
            return true;
    return false;
}

// Pass: "A, the German Social Democrat who chairs the European Parliament's trade committee,",
// "B, who heads the Senate Foreign Relations Committee,": a relative clause right after a name
// (a short description may stand between) whose verb gives an office (lexicon `office-verb`,
// its value the office's noun) over a body ending on a head noun names an official of it.
// Not "who chairs a book club" (no body's head noun), "who chaired ..." (an office held once).
void findRelativeOffices(DocContext& ctx, SentenceInfo& s)
{
    // (an office verb or phrase after "who": most sentences have none)
    if (!s.mayHaveWordOf(Cue::OfficeVerb) && !s.mayStartPhraseOf(Cue::OfficeVerb))
        return;
    const int n = s.size();
    for (int k = 2; k + 2 < n; ++k) {
        if (s.key(k) != "who"_key)
            continue;
        // ("who is in charge of Pyongyang's agency for inter-Korean relations": or a phrase)
        const LexiconPhrase* phrase = nullptr;
        const int v = ctx.lex.has(Cue::OfficeVerb, s.key(k + 1)) ? k + 2 : lexiconPhraseAt(ctx.lex, Cue::OfficeVerb, s, k + 1, &phrase);
        if (v < 0 || v + 1 >= n)
            continue;
        const QString office = phrase ? phrase->value : ctx.lex.value(Cue::OfficeVerb, s.key(k + 1));
        // the body named definite: after "the", or a state's possessive
        int b = s.key(v) == "the"_key ? v + 1 : v;
        int bodyState = -1;
        if (const PhraseMatch* owner = s.matchOf(v); b == v && owner && owner->begin == v &&
                                                    (owner->kind == PhraseKind::State || owner->kind == PhraseKind::Place) &&
                                                    possessiveMarkAt(s, owner->end)) {
            b = owner->end + 1;
            bodyState = owner->entry;
        }
        int e = -1;
        for (int w = b; w < n && w - b < 8 && e < 0 && s.tok(w).kind == Token::Word; ++w)
            if (ctx.lex.has(Cue::BodyHead, s.key(w)) &&
                (w + 1 >= n || s.key(w + 1) == ","_key || s.key(w + 1) == "."_key))
                e = w + 1;
        if (e < 0 || b == v)
            continue;
        // a body of the state or of politics: an organisation, a state named in it, a field, a
        // body's modifier ("national", "foreign") or a political word; not "the company's board",
        // "the research group", "the football association"
        bool statal = bodyState >= 0;
        bool other = false;
        for (int w = v; w < e; ++w) {
            const PhraseMatch* pm = s.matchOf(w);
            statal = statal || (pm && (pm->kind == PhraseKind::Organization || pm->kind == PhraseKind::State ||
                                       pm->kind == PhraseKind::Demonym)) ||
                     ctx.lex.has(Cue::PortfolioWord, s.key(w)) || ctx.lex.has(Cue::BodyModifier, s.key(w)) ||
                     (ctx.lex.has(Cue::PoliticalWord, s.key(w)) && ctx.lex.value(Cue::PoliticalWord, s.key(w)).isEmpty());
            other = other || ctx.lex.has(Cue::ThingHead, s.key(w)) || ctx.lex.has(Cue::ResearchBody, s.key(w));
        }
        if (!statal || other)
            continue;
        int c = k - 1;
        while (c > 0 && k - c <= 6 && s.key(c) != ","_key && s.tok(c).kind == Token::Word)
            --c;
        if (c <= 1 || s.key(c) != ","_key ||
            (c + 1 < k && s.key(c + 1) != "the"_key && s.key(c + 1) != "a"_key && s.key(c + 1) != "an"_key))
            continue;
        const int nb = nameStartBefore(s, c);
        if (nb < 0 || c - nb < 2 || parseName(s, nb, c) != c)
            continue;
        if (nameTaken(s, nb, c))
            continue;
        OfficialHit h;
        h.phraseBegin = c + 1;
        h.nameBegin = nb;
        h.nameEnd = c;
        h.titles << office + QStringLiteral(" of ") + ctx.surface(s, v, e);
        for (int w = v; w < e && h.organization < 0; ++w)
            if (const PhraseMatch* pm = s.matchOf(w); pm && pm->begin == w && pm->kind == PhraseKind::Organization)
                h.organization = pm->entry;
        h.rule = QStringLiteral("office in a relative clause after the name");
        h.affiliationRule = QStringLiteral("the body of the office in the relative clause");
        if (h.organization < 0 && bodyState >= 0) {
            h.state = bodyState;
            h.affiliationRule = QStringLiteral("the state owning the body in the relative clause");
        }
        registerPerson(ctx, s, h);
        for (int t = nb; t < c; ++t)
            s.nameTok[std::size_t(t)] = 1;
    }
}

// Pass: "A, who resigned as Ukraine's presidential chief of staff in November,", "B, who stepped
// down as defence minister": one said, right after his name's comma and "who", to have left his
// office (lexicon `left-office`) holds it no more, as one called "former" does
void findLeftOffice(DocContext& ctx, const SentenceInfo& s)
{
    for (auto r = ctx.refs.rbegin(); r != ctx.refs.rend() && r->sentence == s.index; ++r) {
        if (r->kind != RefKind::Name || r->person < 0 || r->end + 2 >= s.size() ||
            s.tok(r->end).punct != QLatin1Char(',') || s.key(r->end + 1) != "who"_key)
            continue;
        // (not one whose title the sentence writes before his name, "Defence Minister A, who
        // stepped down as chief negotiator,": he left another office than that one)
        const bool titled = std::any_of(s.officialSpans.begin(), s.officialSpans.end(), [&](const std::pair<int, int>& sp) {
            return sp.first < r->begin && sp.second > r->begin;
        });
        if (!titled && lexiconPhraseAt(ctx.lex, Cue::LeftOffice, s, r->end + 2) > r->end + 2)
            ctx.persons[std::size_t(r->person)].former = true;
    }
}

// Whether one of the titles is an office of a state: not a rank, a royal title, an honorific nor
// an organisation's office ("Liberian President A, a former footballer," is an official).
bool holdsStateOffice(const GazetteerData& g, const QStringList& titles)
{
    return std::any_of(titles.begin(), titles.end(), [&](const QString& t) {
        const int ti = g.titleByName.value(foldKey(t), -1);
        if (ti < 0)
            return false;
        const TitleEntry& e = g.titles[std::size_t(ti)];
        return !isRoyal(e) && !isOrganisationTitle(e) && e.category != "honorific"_key &&
               e.category != "generic"_key;
    });
}

// Pass: "Prince A, the investor, met B", "Saudi businessman Prince C", "D, a billionaire
// investor,": one the sentence describes by a calling outside any government (lexicon
// `private-role`), in an appositive right after his name or right before his name and the title
// written with it, holds no office of a state, whatever his rank: no official (unless the text
// gives him one).
void findPrivateCallings(DocContext& ctx, const SentenceInfo& s)
{
    constexpr int reach = 4; ///< an article and a few modifiers before the calling
    const auto privateRole = [&](int k) {
        return k >= 0 && k < s.size() && !s.tok(k).cap && ctx.lex.has(Cue::PrivateRole, s.key(k));
    };
    for (auto r = ctx.refs.rbegin(); r != ctx.refs.rend() && r->sentence == s.index; ++r) {
        if (r->kind != RefKind::Name || r->person < 0 ||
            !ctx.persons[std::size_t(r->person)].official ||
            holdsStateOffice(ctx.g, ctx.persons[std::size_t(r->person)].titles))
            continue;
        int begin = r->begin;
        for (const std::pair<int, int>& sp : s.officialSpans)
            if (sp.first < r->begin && sp.second > r->begin)
                begin = std::min(begin, sp.first);
        // (over the ranks and titles written before the name: "businessman Prince A")
        while (begin > 0 && s.matchOf(begin - 1) && s.matchOf(begin - 1)->kind == PhraseKind::Title)
            begin = s.matchOf(begin - 1)->begin;
        bool described = privateRole(begin - 1);
        if (!described && r->end + 1 < s.size() && isComma(s.tok(r->end))) {
            // ", the investor,", ", a Saudi businessman,": no name and no office on the way
            for (int k = r->end + 1; k < std::min(s.size(), r->end + 1 + reach) && !described;
                 ++k) {
                if (s.tok(k).kind != Token::Word || s.nameTok[std::size_t(k)] ||
                    inOfficialSpan(s, k))
                    break;
                const Token& next = s.tok(std::min(k + 1, s.size() - 1));
                described = privateRole(k) && (k + 1 >= s.size() || next.kind == Token::Punct);
            }
        }
        if (described) {
            ctx.persons[std::size_t(r->person)].official = false;
            ctx.persons[std::size_t(r->person)].privateCalling = true;
        }
    }
}

// Pass: "His predecessor A B paid a state visit", "Boric's predecessor, C D,", "E F, her
// predecessor,": a name beside a possessive and a word for the office's former holder (lexicon
// `former-holder`) is an official of the past; his office is the possessor's when the text has
// named the possessor, else the one the people dictionary knows him by.
void findPredecessors(DocContext& ctx, SentenceInfo& s)
{
    if (!s.mayHaveWordOf(Cue::FormerHolder))
        return;
    const int n = s.size();
    for (int k = 1; k < n; ++k) {
        if (!ctx.lex.has(Cue::FormerHolder, s.key(k)))
            continue;
        // the possessive before it: "his", "her", "their", "its", or "X's"
        int owner = -1;
        const TokenKey& before = s.key(k - 1);
        const bool pronoun = before == "his"_key || before == "her"_key || before == "their"_key || before == "its"_key;
        if (!pronoun) {
            if (!possessiveMarkAt(s, k - 1))
                continue;
            const int ob = nameStartBefore(s, k - 1);
            if (ob < 0)
                continue;
            owner = findPersonByKeys(ctx, nameKeys(s, ob, k - 1), -1);
            if (owner < 0)
                continue;
        }
        // the name after it (a comma may come between) or before it, closed by a comma
        int nb = -1, ne = -1;
        const int after = s.key(k + 1) == ","_key ? k + 2 : k + 1;
        if (after < n && isNameStart(s, after)) {
            const int e = parseName(s, after, n);
            if (e - after >= 2) {
                nb = after;
                ne = e;
            }
        }
        const int opener = pronoun ? k - 1 : nameStartBefore(s, k - 1);
        if (nb < 0 && opener >= 2 && s.key(opener - 1) == ","_key) {
            const int b = nameStartBefore(s, opener - 1);
            if (b >= 0 && opener - 1 - b >= 2 && parseName(s, b, opener - 1) == opener - 1) {
                nb = b;
                ne = opener - 1;
            }
        }
        if (nb < 0)
            continue;
        if (nameTaken(s, nb, ne))
            continue;
        OfficialHit h;
        h.phraseBegin = std::min(k - 1, nb);
        h.nameBegin = nb;
        h.nameEnd = ne;
        h.former = true;
        if (owner >= 0) {
            const Person& o = ctx.persons[std::size_t(owner)];
            if (!o.titles.isEmpty())
                h.titles << o.titles.front();
            if (o.state >= 0 && o.organization < 0) {
                h.state = o.state;
                h.affiliationRule = QStringLiteral("the state of the office he held before its holder");
            }
            if (o.organization >= 0)
                h.organization = o.organization;
        }
        // (no possessor named: the office the dictionary knows him by, the last he left before
        // the article's date)
        if (h.titles.isEmpty()) {
            const QString form = ctx.surface(s, nb, ne);
            const PersonEntry* left = nullptr;
            for (const int row : ctx.g.personOffices(form)) {
                const PersonEntry& pe = ctx.g.people[std::size_t(row)];
                if (pe.toDate.isValid() && (!ctx.anchor.isValid() || pe.toDate <= ctx.anchor))
                    left = &pe;
            }
            if (left) {
                h.titles << left->title;
                if (const int st = ctx.g.stateIndex(left->state); st >= 0 && left->organization.isEmpty()) {
                    h.state = st;
                    h.affiliationRule = QStringLiteral("dictionary: the office he left");
                }
            }
        }
        h.rule = QStringLiteral("predecessor in the office");
        registerPerson(ctx, s, h);
        for (int t = nb; t < ne; ++t)
            s.nameTok[std::size_t(t)] = 1;
    }
}

// Pass: "China's commerce minister has urged the Netherlands to ... . Wang Wentao raised the
// issue in a call with ...": a lead whose subject is an office of a state, with no name, then
// a sentence that opens on a name nobody has yet, its verb right after it: the name is the
// holder of the office the lead described (news writing's delayed identification). Not a name
// followed by a comma and its own description, nor one read by another pass.
void findDelayedIdentification(DocContext& ctx, SentenceInfo& s)
{
    const int n = s.size();
    if (s.index < 1 || s.index - 1 < ctx.body || s.index - 1 > ctx.body + 1 || n < 3 || s.nameTok[0])
        return;
    const SentenceInfo& lead = ctx.sents[std::size_t(s.index - 1)];
    const DefiniteTitle* described = nullptr;
    for (const DefiniteTitle& d : lead.definites) {
        const TitleEntry& te = ctx.g.titles[std::size_t(d.title)];
        // ("The home secretary has agreed to ... . Shabana Mahmood hosted ...": an office of a
        // government the lead names no state for is the story's own; the holder's state is told
        // as for any official without one)
        if (d.begin > 1 || (d.state < 0 && (d.organization >= 0 || isOrganisationTitle(te) || isDiplomatTitle(te))) ||
            te.category.isEmpty() || te.category == "generic"_key || te.category == "honorific"_key || isRoyal(te))
            continue;
        described = &d;
        break;
    }
    if (!described || !isNameStart(s, 0))
        return;
    const int e = parseName(s, 0, n);
    // (a verb right after the name: "said" is a function word elsewhere, a speech verb here)
    if (e < 2 || e >= n || s.tok(e).kind != Token::Word || s.tok(e).cap || s.key(e) == "'s"_key ||
        (isFunctionWord(ctx.lex, s.key(e)) && !ctx.lex.has(Cue::SpeechVerb, s.key(e))))
        return;
    // (nor a person the dictionary knows: "The US president has threatened tariffs. Xi Jinping
    // replied ...")
    for (int t = 0; t < e; ++t)
        if (s.nameTok[std::size_t(t)] || s.matchOf(t) || ctx.g.personByName.contains(foldKey(ctx.surface(s, 0, e))))
            return;
    // (the office already has a holder the text named, or one the dictionary knows on the
    // article's date: the name is someone else)
    if (described->state >= 0 && ctx.anchor.isValid() &&
        !ctx.g.officeHolders(described->title, described->state, ctx.anchor).empty())
        return;
    const TitleEntry& te = ctx.g.titles[std::size_t(described->title)];
    // (with no state: a holder named before this sentence; not "France's interior minister"
    // read in it)
    for (const Person& p : ctx.persons)
        if ((p.state == described->state ||
             (described->state < 0 && std::any_of(p.mentions.begin(), p.mentions.end(),
                                                   [&](const Mention& pm) { return pm.sentence < s.index; }))) &&
            p.titles.contains(te.name))
            return;
    if (findPersonByKeys(ctx, nameKeys(s, 0, e), -1) >= 0)
        return;
    OfficialHit h;
    h.nameBegin = 0;
    h.nameEnd = e;
    h.titleEntry = described->title;
    // (the office as written, without the article and the state before it)
    int tb = described->begin;
    if (lead.key(tb) == "the"_key)
        ++tb;
    if (const PhraseMatch* st = lead.matchOf(tb);
        st && st->begin == tb && (st->kind == PhraseKind::State || st->kind == PhraseKind::Demonym || st->kind == PhraseKind::Place))
        tb = st->end + (possessiveMarkAt(lead, st->end) ? 1 : 0);
    h.titles << writtenTitle(ctx, lead, tb < described->end ? tb : described->begin, described->end);
    h.state = described->state;
    h.rule = QStringLiteral("named after the lead's description");
    if (h.state >= 0)
        h.affiliationRule = QStringLiteral("the state of the lead's description");
    registerPerson(ctx, s, h);
    for (int t = 0; t < e; ++t)
        s.nameTok[std::size_t(t)] = 1;
}

} // namespace

// The officials of one sentence, pass by pass: names after titles, then affiliations inside
// the sentence, then people the dictionary knows, then "Egypt's X".
void findOfficials(DocContext& ctx, SentenceInfo& s)
{
    const int delegationAt = findDelegation(ctx, s);
    std::vector<OfficialHit> hits = findTitledOfficials(ctx, s);
    inheritAffiliations(ctx, s, hits, delegationAt);
    registerHits(ctx, s, hits);
    findRelativeOffices(ctx, s);
    findDelayedIdentification(ctx, s);
    findPredecessors(ctx, s);

    findDictionaryPeople(ctx, s);
    findGovernmentLeaders(ctx, s);
    findPossessiveStateNames(ctx, s);
    findListedMembers(ctx, s);
    findLeftOffice(ctx, s);
    findPrivateCallings(ctx, s);
}

namespace {

bool holdsRoyalTitle(const GazetteerData& g, const QStringList& titles)
{
    return std::any_of(titles.begin(), titles.end(), [&](const QString& t) {
        const int ti = g.titleByName.value(foldKey(t), -1);
        return ti >= 0 && isRoyal(g.titles[std::size_t(ti)]);
    });
}

} // namespace

// "Minister of Energy Mohammad al-Bashir ... Minister al-Bashir": the short form is an alias of
// Omar al-Bashir's dictionary entry, but the full name the text gives opens with a given name
// that is none of the entry's: another person, who takes nothing from that entry. A spelling
// of the same given name ("Mohammed"/"Muhammad") shares its initial; "Tayyip Erdogan" drops
// the entry's first name but keeps one of its words.
bool givenNameOfAnother(const GazetteerData& g, const Person& p, int entry)
{
    if (entry < 0 || p.keys.size() < 2)
        return false;
    return !givenNameFits(g, entry, p.keys.front());
}

namespace {

bool givenNameFits(const GazetteerData& g, int entry, const QString& given)
{
    const PersonEntry& e = g.people[std::size_t(entry)];
    QStringList forms = e.aliases;
    forms << e.name;
    for (const QString& f : forms) {
        const QStringList words = f.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2 || g.titleByName.contains(foldKey(words.front())))
            continue;
        const QString first = foldKey(words.front());
        if (!first.isEmpty() && first.front() == given.front())
            return true;
        for (const QString& w : words)
            if (foldKey(w) == given)
                return true;
    }
    return false;
}

} // namespace

namespace {

// "Sheikh Mohammed bin Abdulrahman Al Thani ... Sheikh Mohammed": the honorific or royal words
// written right before a person's names in the text ("sheikh", "prince", "emir")
std::vector<QString> honorificsBefore(const DocContext& ctx, int person)
{
    std::vector<QString> out;
    for (const PersonRef& r : ctx.refs) {
        if (r.person != person || r.kind != RefKind::Name || r.begin <= 0 || r.sentence >= int(ctx.sents.size()))
            continue;
        // (right before the name, or inside a dictionary's alias: "Crown Prince Salman bin A")
        const SentenceInfo& s = ctx.sents[std::size_t(r.sentence)];
        for (int k = r.begin - 1; k < r.end; ++k) {
            const int t = ctx.g.titleByName.value(s.key(k).text(), -1);
            if (t < 0 || s.tok(k).kind != Token::Word || !s.tok(k).cap)
                continue;
            const TitleEntry& te = ctx.g.titles[std::size_t(t)];
            if ((te.category == "honorific"_key || isRoyal(te)) &&
                std::find(out.begin(), out.end(), s.key(k).text()) == out.end())
                out.push_back(s.key(k).text());
        }
    }
    return out;
}

} // namespace

void mergePersons(DocContext& ctx)
{
    const int count = int(ctx.persons.size());
    std::vector<std::vector<QString>> honorifics(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        honorifics[std::size_t(i)] = honorificsBefore(ctx, i);
    const auto shareHonorific = [&](int a, int b) {
        for (const QString& k : honorifics[std::size_t(a)])
            if (std::find(honorifics[std::size_t(b)].begin(), honorifics[std::size_t(b)].end(), k) !=
                honorifics[std::size_t(b)].end())
                return true;
        return false;
    };
    std::vector<int> redirect(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        redirect[std::size_t(i)] = i;
    // Shorter names fold into the fuller name they are part of ("Biden" into
    // "Joseph R. Biden, Jr."), when exactly one fuller name fits and the states agree.
    std::vector<int> order(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ctx.persons[std::size_t(a)].keys.size() < ctx.persons[std::size_t(b)].keys.size();
    });
    for (int i : order) {
        Person& small = ctx.persons[std::size_t(i)];
        int target = -1;
        int candidates = 0;
        // ("Sheikh Mohammed" in a story naming "Sheikh Mohammed bin A" and, later, "Mohammed bin
        // B": the short form is the one the text introduced with the same honorific)
        for (int pass = 0; pass < 2 && target < 0; ++pass) {
            for (int j = 0; j < count; ++j) {
                if (j == i || redirect[std::size_t(j)] != j)
                    continue;
                const Person& big = ctx.persons[std::size_t(j)];
                if (big.keys.size() <= small.keys.size() || !isSubsequence(small.keys, big.keys) ||
                    onlyAsParent(ctx.lex, small.keys, big.keys) || otherFather(ctx.lex, small.keys, big.keys))
                    continue;
                if (small.state >= 0 && big.state >= 0 && small.state != big.state &&
                    small.stateStrength >= 3 && big.stateStrength >= 3)
                    continue;
                // "King Abdullah" beside "Sheikh Abdullah bin Zayed": the dictionary knows both, as
                // two people
                if (small.dictionary >= 0 && big.dictionary >= 0 &&
                    ctx.g.people[std::size_t(small.dictionary)].name != ctx.g.people[std::size_t(big.dictionary)].name)
                    continue;
                // "His Majesty Sultan Ibrahim" beside "Prime Minister Anwar Ibrahim": a ruler known
                // by rank and given name is not the minister whose family name it is ("Prince
                // Faisal" is "Faisal bin Farhan")
                if (small.keys.size() == 1 && small.keys.front() != big.keys.front() &&
                    holdsRoyalTitle(ctx.g, small.titles) && !big.titles.isEmpty() && !holdsRoyalTitle(ctx.g, big.titles))
                    continue;
                // (the first pass takes only a fuller name written with the short form's honorific)
                if (pass == 0 && !shareHonorific(i, j))
                    continue;
                ++candidates;
                if (target < 0 || big.lastSentence > ctx.persons[std::size_t(target)].lastSentence)
                    target = j;
            }
        }
        if (target < 0 || candidates > 2)
            continue;
        Person& big = ctx.persons[std::size_t(target)];
        for (const QString& f : small.forms)
            if (!big.forms.contains(f))
                big.forms << f;
        if (big.titles.isEmpty() || (big.titleRule.startsWith(QLatin1String("dictionary")) &&
                                     !small.titles.isEmpty())) {
            if (!small.titles.isEmpty()) {
                big.titles = small.titles;
                big.commaTitles = small.commaTitles;
                big.titleRule = small.titleRule;
                big.former = small.former;
            }
        }
        // "Kaja Kallas, the EU's high representative ... Kallas, a former Estonian prime
        // minister": the state of a past office says nothing of one the text gives as current
        const bool pastOnly = small.former && !big.former && (big.organization >= 0 || !big.titles.isEmpty());
        if (small.stateStrength > big.stateStrength && !pastOnly) {
            big.state = small.state;
            big.stateStrength = small.stateStrength;
            big.setAffiliation(small.affiliationRule, small.affiliationFromDictionary);
        }
        if (big.organization < 0)
            big.organization = small.organization;
        if (big.dictionary < 0 && !givenNameOfAnother(ctx.g, big, small.dictionary))
            big.dictionary = small.dictionary;
        big.official = big.official || small.official;
        big.mentions.insert(big.mentions.end(), small.mentions.begin(), small.mentions.end());
        big.lastSentence = std::max(big.lastSentence, small.lastSentence);
        redirect[std::size_t(i)] = target;
    }
    // Compact.
    std::vector<int> newIndex(static_cast<std::size_t>(count), -1);
    std::vector<Person> kept;
    for (int i = 0; i < count; ++i) {
        if (redirect[std::size_t(i)] == i) {
            newIndex[std::size_t(i)] = int(kept.size());
            kept.push_back(std::move(ctx.persons[std::size_t(i)]));
        }
    }
    for (PersonRef& r : ctx.refs) {
        if (r.person < 0)
            continue;
        int t = r.person;
        while (redirect[std::size_t(t)] != t)
            t = redirect[std::size_t(t)];
        r.person = newIndex[std::size_t(t)];
    }
    ctx.persons = std::move(kept);
    for (Person& p : ctx.persons)
        applyDictionary(ctx, p);
}

// "the German chancellor", "the US president", with nobody holding that office named before:
// the dictionary's holder of the office on the article's date. The state is the one written,
// else the title's own ("the Taoiseach"), else any state the article names; two holders (or
// none, or no date) resolve to nobody. Returns the person, one the article names elsewhere;
// -1 when it never names them.
int dictionaryHolder(DocContext& ctx, const DefiniteTitle& d)
{
    const TitleEntry& te = ctx.g.titles[std::size_t(d.title)];
    if (!ctx.anchor.isValid() || te.category.isEmpty() || te.category == "generic"_key ||
        te.category == "honorific"_key)
        return -1;
    std::vector<int> states;
    if (d.state >= 0)
        states.push_back(d.state);
    else if (const int own = ctx.g.stateIndex(te.state); own >= 0)
        states.push_back(own);
    else
        states = statesByProminence(ctx);
    int entry = -1;
    for (int st : states) {
        for (int e : ctx.g.officeHolders(d.title, st, ctx.anchor)) {
            if (entry >= 0 && foldKey(ctx.g.people[std::size_t(entry)].name) !=
                                  foldKey(ctx.g.people[std::size_t(e)].name))
                return -1;
            entry = e;
        }
    }
    if (entry < 0)
        return -1;
    const PersonEntry& e = ctx.g.people[std::size_t(entry)];
    const QString name = foldKey(e.name);
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        const Person& p = ctx.persons[std::size_t(i)];
        if (p.dictionary >= 0 && foldKey(ctx.g.people[std::size_t(p.dictionary)].name) == name)
            return i;
    }
    // (one the text never names is nobody: an official no sentence names would be a false one)
    return -1;
}

namespace {

// "Prime Minister Luís Montenegro ... Montenegro said": a one-word state or place that is the
// surname of exactly one person the article names with a first name stands for that person
// where a name can stand; after a word of place ("in Montenegro", "to Montenegro") or before a
// possessive ("Montenegro's president") it stays the state. Returns the person or -1.
int surnameStateAt(const DocContext& ctx, const SentenceInfo& s, int i)
{
    const PhraseMatch* m = s.matchOf(i);
    const Token& t = s.tok(i);
    if (!m || m->begin != i || m->end != i + 1 || (m->kind != PhraseKind::State && m->kind != PhraseKind::Place) ||
        t.kind != Token::Word || !t.cap || t.allCaps || t.hyphenBefore || ctx.lex.has(Cue::PlaceBefore, s.key(i - 1)))
        return -1;
    if (s.key(i + 1) == "'s"_key && s.key(i - 1) != "'s"_key)
        return -1;
    int found = -1;
    for (int p = 0; p < int(ctx.persons.size()); ++p) {
        const Person& person = ctx.persons[std::size_t(p)];
        if (person.keys.size() < 2 || person.keys.back() != t.key)
            continue;
        if (found >= 0)
            return -1;
        found = p;
    }
    return found;
}

// The state hits of tokens [b, e) of sentence s are a person's name, not a state.
void dropStateHits(DocContext& ctx, SentenceInfo& s, int b, int e)
{
    std::erase_if(ctx.stateHits, [&](const StateHit& h) {
        return h.sentence == s.index && h.begin >= b && h.end <= e;
    });
    for (int k = b; k < e; ++k)
        s.matchAt[std::size_t(k)] = -1;
}

/// "the prime ministers", "the foreign ministers": an office of two words or more in the
/// plural, from token `b`, names a group of the officials who hold it (as "the leaders" does);
/// "the foreign ministers of ..." names them by their states instead. Its end, or -1.
int pluralOfficeEnd(const DocContext& ctx, const SentenceInfo& s, int b)
{
    // only a word after the first that ends in "s" can close such an office: without one (most
    // words after "the"), no text of the words is built
    bool plural = false;
    for (int e = b + 1; e < std::min(s.size(), b + 3) && s.tok(e - 1).kind == Token::Word && !plural; ++e)
        plural = s.tok(e).kind == Token::Word && s.key(e).endsWith(QLatin1Char('s'));
    if (!plural)
        return -1;
    QString words;
    for (int e = b; e < std::min(s.size(), b + 3) && s.tok(e).kind == Token::Word; ++e) {
        if (!words.isEmpty())
            words += QLatin1Char(' ');
        words += s.key(e);
        if (e > b && words.endsWith(QLatin1Char('s')) && ctx.g.titleByName.contains(words.chopped(1)))
            return s.key(e + 1) == "of"_key ? -1 : e + 1;
    }
    return -1;
}

// The subject of the closest earlier sentence (at most three back) that names someone: the
// person it names first.
int previousSubject(const DocContext& ctx, int sentence)
{
    for (int back = sentence - 1; back >= std::max(0, sentence - 3); --back) {
        int firstPos = 1 << 30;
        int person = -1;
        const auto [first, last] = ctx.refRange[std::size_t(back)];
        for (std::size_t ri = first; ri < last; ++ri) {
            const PersonRef& r = ctx.refs[ri];
            if (r.person >= 0 && r.begin < firstPos) {
                firstPos = r.begin;
                person = r.person;
            }
        }
        if (person >= 0)
            return person;
    }
    return -1;
}

// The author of a minister's media release: the one official its byline names, a line above
// the body of his name and office alone ("Senator the Hon Penny Wong / Minister for Foreign
// Affairs"), every word in capitals or a function word, so no headline that tells an act
// ("Wong visits Port Moresby"); -1 when there is none.
int releaseAuthor(const DocContext& ctx)
{
    for (int line = 0; line < ctx.body && line < int(ctx.refRange.size()); ++line) {
        const SentenceInfo& s = ctx.sents[std::size_t(line)];
        bool byline = s.size() > 0;
        for (int i = 0; i < s.size() && byline; ++i)
            byline = s.tok(i).kind != Token::Word || s.tok(i).cap || isFunctionWord(ctx.lex, s.key(i));
        int author = -1;
        int named = 0;
        const auto [first, last] = ctx.refRange[std::size_t(line)];
        for (std::size_t ri = first; ri < last; ++ri)
            if (ctx.refs[ri].kind == RefKind::Name && ctx.refs[ri].person >= 0 && ctx.refs[ri].person != author) {
                author = ctx.refs[ri].person;
                ++named;
            }
        if (byline && named == 1 && ctx.persons[std::size_t(author)].official)
            return author;
    }
    return -1;
}

// Whether `p` holds the first office body `body` lists ("Secretary-General" of the UN): its
// head, written in any of the office's forms ("European Commission President").
bool bodyLeader(const DocContext& ctx, const Person& p, int body)
{
    const QStringList& offices = ctx.g.organizations[std::size_t(body)].titles;
    if (offices.isEmpty())
        return false;
    const int top = ctx.g.titleByName.value(foldKey(offices.front()), -1);
    return std::any_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
        return foldKey(t) == foldKey(offices.front()) || (top >= 0 && ctx.g.titleByName.value(foldKey(t), -1) == top);
    });
}

// Bodies `a` and `b` are one, or one is the other's executive: the first office of either is
// an office of the other ("the European Commission" and "the EU").
bool sameBody(const DocContext& ctx, int a, int b)
{
    if (a == b)
        return true;
    const QStringList& ta = ctx.g.organizations[std::size_t(a)].titles;
    const QStringList& tb = ctx.g.organizations[std::size_t(b)].titles;
    return (!ta.isEmpty() && tb.contains(ta.front())) || (!tb.isEmpty() && ta.contains(tb.front()));
}

// "European Commissioner for Trade and Economic Security" -> "commissioner", "Chairperson of
// the African Union Commission" -> "chairperson": whether one of the offices of `title` (joined
// by commas) has `head` as the word that names it, the last before its field ("of", "for" ...).
bool titleHeadIs(const QString& title, const QString& head)
{
    bool field = false;
    QString last;
    for (const Token& t : shortTokens(title)) {
        if (t.kind != Token::Word) {
            if (t.key == ","_key) {
                if (last == head)
                    return true;
                field = false;
                last.clear();
            }
            continue;
        }
        if (t.key == "of"_key || t.key == "for"_key || t.key == "to"_key || t.key == "on"_key)
            field = true;
        else if (!field)
            last = t.key.text();
    }
    return last == head;
}

// "Bahrain's Crown Prince A ... The Crown Prince later met B": whether the text wrote the royal
// office `te` right before one of `person`'s names (or as the start of a name the dictionary
// gives with it), whatever office the person's title holds now ("Prime Minister")
bool royalWrittenBefore(const DocContext& ctx, int person, const TitleEntry& te)
{
    const std::vector<QString>& keys = titleNameKeys(te.name);
    const int k = int(keys.size());
    if (k == 0)
        return false;
    const auto wordsAt = [&](const SentenceInfo& s, int at) {
        if (at < 0 || at + k > s.size())
            return false;
        for (int i = 0; i < k; ++i)
            if (s.tok(at + i).kind != Token::Word || !s.tok(at + i).cap || s.key(at + i).text() != keys[std::size_t(i)])
                return false;
        return true;
    };
    for (const PersonRef& r : ctx.refs) {
        if (r.person != person || r.kind != RefKind::Name || r.sentence >= int(ctx.sents.size()))
            continue;
        const SentenceInfo& s = ctx.sents[std::size_t(r.sentence)];
        if (wordsAt(s, r.begin - k) || (r.end - r.begin > k && wordsAt(s, r.begin)))
            return true;
    }
    return false;
}

} // namespace

void resolveReferences(DocContext& ctx, SentenceInfo& s, std::vector<PersonRef> found)
{
    const int n = s.size();
    auto addRef = [&](int b, int e, int person, RefKind kind, const QString& rule) {
        found.push_back({s.index, b, e, person, kind});
        if (person >= 0) {
            Person& p = ctx.persons[std::size_t(person)];
            p.mentions.push_back(ctx.mention(s, b, e, rule));
            p.lastSentence = s.index;
        }
    };
    for (const PersonRef& r : found)
        if (r.person >= 0)
            ctx.persons[std::size_t(r.person)].lastSentence = s.index;
    // Definite descriptions: "the president", "the Turkish president".
    const int topic = previousSubject(ctx, s.index);
    for (const DefiniteTitle& d : s.definites) {
        const TitleEntry& te = ctx.g.titles[std::size_t(d.title)];
        // the state written ("the Turkish president"), else the office's own ("the Taoiseach")
        const int state = d.state >= 0 ? d.state : ctx.g.stateIndex(te.state);
        int best = -1;
        std::tuple<bool, bool, bool, bool, int, bool> bestFit;
        // ("The Turkish minister also met B": a head word alone after a state names that state's
        // minister first, whatever his portfolio, over a "Minister" of no state yet)
        const bool bareHead = d.state >= 0 && !te.name.contains(QLatin1Char(' '));
        bool heldHere = false; ///< one named in this sentence holds that kind of office
        // the word that names the office as written: "the AUC Chairperson", "the trade commissioner"
        const QString head = s.key(d.end - 1).text();
        // "the UN chief": the head of a body written before it, whatever office he was named with
        const bool bodyHead = d.organization >= 0 && ctx.lex.has(Cue::OrgHeadNoun, s.key(d.end - 1));
        std::vector<std::tuple<bool, bool, bool, bool>> fits;
        for (int i = 0; i < int(ctx.persons.size()); ++i) {
            const Person& p = ctx.persons[std::size_t(i)];
            if (!p.official || p.lastSentence > s.index)
                continue;
            // "the EU commissioner" is nobody of another body ("UN envoy A")
            if (d.organization >= 0 && p.organization >= 0 && !sameBody(ctx, p.organization, d.organization))
                continue;
            // "Ndiaye welcomed the president": not Ndiaye himself
            const bool namedHere = std::any_of(found.begin(), found.end(), [&](const PersonRef& r) {
                return r.person == i && r.kind == RefKind::Name;
            });
            // ("Deputy Prime Minister and Foreign Minister" is "the foreign minister" too)
            const QString joinedOffice = QStringLiteral(" and ") + foldKey(te.name);
            bool sameTitle = p.titles.contains(te.name) ||
                                   std::any_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
                                       return ctx.g.titleByName.value(foldKey(t), -1) == d.title ||
                                              foldKey(t).endsWith(joinedOffice);
                                   });
            const bool sameHead = std::any_of(p.titles.begin(), p.titles.end(),
                                              [&](const QString& t) { return titleHeadIs(t, head); });
            // ("the Crown Prince": the one the text named with that royal office, over a prince
            // of another office)
            if (!sameTitle && isRoyal(te) && te.name.contains(QLatin1Char(' ')) && royalWrittenBefore(ctx, i, te))
                sameTitle = true;
            bool titleOk = sameTitle || (bodyHead && bodyLeader(ctx, p, d.organization));
            // (an office of the same kind stands in when it leads a state, "the head of state" for
            // the president, or when the description is its head word alone: "the commissioner" is
            // a "European Commissioner for Trade"; "the defence secretary" is no Secretary of State,
            // "the commissioner" no Commission President; a head word alone after a state, "the
            // Qatari envoy", any of that state's officials of that kind: the state narrows it)
            const bool kindStandsIn = leadsAState(te) || isRoyal(te) ||
                                      (!te.name.contains(QLatin1Char(' ')) && (sameHead || d.state >= 0));
            if (!titleOk && kindStandsIn && !te.category.isEmpty() && te.category != "generic"_key) {
                for (const QString& t : p.titles) {
                    const int ti = ctx.g.titleByName.value(foldKey(t), -1);
                    if (ti >= 0 && ctx.g.titles[std::size_t(ti)].category == te.category)
                        titleOk = true;
                }
            }
            if (!titleOk || (state >= 0 && p.state >= 0 && p.state != state))
                continue;
            if (namedHere) {
                heldHere = true;
                continue;
            }
            // "the Turkish foreign minister": one named before with that office, over another
            // office of that kind (a deputy foreign minister); then one the text places in that
            // state, over one of no state yet; the one named last among equals, and of those the
            // subject of the sentence before ("President A asked the guest to greet President B.
            // The head of state recalled ...": A)
            // (and of those, one whose office is named by the same word: "the AUC Chairperson" is
            // the "Chairperson of the African Union Commission", not an AU commissioner named since)
            const bool placed = state >= 0 && p.state == state;
            const auto fit = std::tuple(bareHead && placed, sameTitle, sameHead, placed, p.lastSentence, i == topic);
            if (best < 0 || fit > bestFit) {
                best = i;
                bestFit = fit;
            }
            fits.emplace_back(bareHead && placed, sameTitle, sameHead, placed);
        }
        // "Kenyan Foreign Minister A and Kenyan Defence Minister B ... received the Kenyan
        // minister": a description naming a state that two officials of that state fit alike
        // (neither by its own office's name) is neither of them
        if (best >= 0 && d.state >= 0 && !std::get<1>(bestFit)) {
            const auto top = std::tuple(std::get<0>(bestFit), std::get<1>(bestFit), std::get<2>(bestFit), std::get<3>(bestFit));
            if (std::count(fits.begin(), fits.end(), top) >= 2)
                continue;
        }
        if (best < 0 && d.state >= 0 && !te.category.isEmpty() && te.category != "generic"_key &&
            te.category != "honorific"_key) {
            // "Egypt's Karim Nassar met ... The Egyptian foreign minister said": the one official
            // of that state the text has named without an office (and the dictionary does not
            // know) holds the office described.
            int untitled = -1;
            int count = 0;
            for (int i = 0; i < int(ctx.persons.size()); ++i) {
                const Person& p = ctx.persons[std::size_t(i)];
                if (p.official && p.titles.isEmpty() && p.dictionary < 0 && p.state == d.state &&
                    p.lastSentence <= s.index) {
                    untitled = i;
                    ++count;
                }
            }
            if (count == 1) {
                Person& p = ctx.persons[std::size_t(untitled)];
                p.titles << te.name;
                p.titleRule = QStringLiteral("described later as '%1'").arg(ctx.surface(s, d.begin, d.end));
                best = untitled;
            }
        }
        // "called on Prime Minister A at the premier's office": the office of one just named,
        // no holder of it elsewhere the dictionary knows, when the text names no state for it
        if (best < 0 && !(heldHere && d.state < 0))
            best = dictionaryHolder(ctx, d);
        if (best >= 0)
            addRef(d.begin, d.end, best, RefKind::Definite,
                   QStringLiteral("coreference: '") + ctx.surface(s, d.begin, d.end) +
                       QLatin1Char('\''));
    }
    for (int i = 0; i < n; ++i) {
        if (s.nameTok[std::size_t(i)])
            continue;
        const TokenKey& k = s.key(i);
        // "B received her at the palace": "her" as the object, not "her counterpart"
        const bool herObject = k == "her"_key && (i + 1 >= n || s.tok(i + 1).kind == Token::Punct ||
                                                   ctx.lex.has(Cue::ObjectFollower, s.key(i + 1)));
        // ("HE Minister of State A", "HE the Prime Minister": the honorific His Excellency, not
        // a pronoun; an all-caps headline's "HE" is followed by more capitals)
        // ... nor "Mr. He", "Ms. Her": a surname after an honorific title
        const bool honorific = (s.tok(i).allCaps && i + 1 < n && s.tok(i + 1).kind == Token::Word &&
                                ((s.tok(i + 1).cap && !s.tok(i + 1).allCaps) || s.key(i + 1) == "the"_key)) ||
                               (s.tok(i).cap && i > 0 && isHonorific(ctx.g, s.key(i - 1)));
        if ((k == "he"_key || k == "her"_key || k == "she"_key) && honorific) {
            // ("Mr. He" is the one of that surname named before: "Vice-Premier He Lifeng")
            if (!s.tok(i).allCaps)
                if (const int bearer = findPersonByKeys(ctx, {k.text()}, -1, s.index); bearer >= 0) {
                    addRef(i, i + 1, bearer, RefKind::Name,
                           QStringLiteral("coreference: name '") + ctx.surface(s, i, i + 1) + QLatin1Char('\''));
                    s.nameTok[std::size_t(i)] = 1;
                }
            continue;
        }
        if (k == "he"_key || k == "she"_key || k == "him"_key || herObject) {
            int target = -1;
            for (const PersonRef& r : found) {
                if (r.begin < i && r.person >= 0 && r.kind != RefKind::Pronoun &&
                    (target < 0 || r.begin < found[std::size_t(target)].begin))
                    target = int(&r - found.data());
            }
            // "A said his envoy B flew to Lusaka, where he met C": a subject pronoun right after
            // "where" is who made the journey (journey-verb) the place ends: the person named
            // last before the nearest such verb, not the sentence's first
            if ((k == "he"_key || k == "she"_key) && i >= 2 && s.key(i - 1) == "where"_key) {
                int journey = i - 2;
                while (journey > 0 && !(ctx.lex.has(Cue::JourneyVerb, s.key(journey)) && !s.tok(journey).cap))
                    --journey;
                // ... but a journey verb with no subject of its own ("held talks with B and flew to
                // Doha", "met B before travelling to Tunis") continues the clause of the sentence's
                // subject, whoever its object was
                int link = journey - 1;
                while (link > 0 && !ctx.lex.has(Cue::Subordinator, s.key(link)) &&
                       (ctx.lex.has(Cue::SequenceOpener, s.key(link)) || s.key(link) == "then"_key))
                    --link;
                const bool continued = journey > 0 && link > 0 &&
                                       (ctx.lex.has(Cue::Conjunction, s.key(link)) ||
                                        ctx.lex.has(Cue::Subordinator, s.key(link)));
                int traveller = -1;
                for (const PersonRef& r : found)
                    if (journey > 0 && !continued && r.end <= journey && r.person >= 0 && r.kind != RefKind::Pronoun &&
                        (traveller < 0 || r.begin > found[std::size_t(traveller)].begin))
                        traveller = int(&r - found.data());
                if (traveller >= 0)
                    target = traveller;
            }
            int person = target >= 0 ? found[std::size_t(target)].person : -1;
            if (person < 0)
                person = topic;
            if (person >= 0)
                addRef(i, i + 1, person, RefKind::Pronoun,
                       QStringLiteral("coreference: pronoun '") + s.tok(i).key + QLatin1Char('\''));
            continue;
        }
        // "Today I co-chaired the Forum with B", "the Deputy Prime Minister and I called on C": in
        // a release its byline signs, "I" outside quotation marks is the author
        if (k == "i"_key && s.tok(i).cap && !s.quoted[std::size_t(i)] && s.index >= ctx.body) {
            if (const int author = releaseAuthor(ctx); author >= 0)
                addRef(i, i + 1, author, RefKind::Pronoun, QStringLiteral("coreference: the release's author 'I'"));
            continue;
        }
        // Groups: "the two leaders", "both sides", "they".
        // ("them" as an object: "B received them"; not "none of them has met", a quantifier's)
        const bool themObject = k == "them"_key && !(i > 0 && s.key(i - 1) == "of"_key);
        if (k == "they"_key || themObject || k == "both"_key ||
            ((k == "the"_key || k == "both"_key) && i + 1 < n)) {
            int e = i + 1;
            if (k == "the"_key || k == "both"_key) {
                // (a count, lexicon `group-number`, and after it a word or two that describe the
                // group, in lower case or a people's name: "the three visiting ministers", "the
                // two foreign ministers", "the three South American presidents")
                if (ctx.lex.has(Cue::GroupNumber, s.key(e)) && s.key(e) != "both"_key) {
                    ++e;
                    int d = e;
                    for (int words = 0; words < 2 && d + 1 < n && s.tok(d).kind == Token::Word; ++words) {
                        const PhraseMatch* dm = s.matchOf(d);
                        if (dm && dm->begin == d && dm->kind == PhraseKind::Demonym && dm->end - d <= 2)
                            d = dm->end;
                        else if (!s.tok(d).cap && !isFunctionWord(ctx.lex, s.key(d)))
                            ++d;
                        else
                            break;
                        if (ctx.lex.has(Cue::GroupHead, s.key(d))) {
                            e = d;
                            break;
                        }
                    }
                    // ("the new rail link opened by the two transport ministers", after two
                    // presidents: a counted and described group named by an office, "ministers",
                    // is of that office's holders, and no group where the text has named none yet)
                    if (e > i + 2 && s.key(e).text().endsWith(QLatin1Char('s')) &&
                        ctx.g.titleByName.contains(s.key(e).text().chopped(1))) {
                        const QString office = s.key(e).text().chopped(1);
                        const bool held = std::any_of(ctx.persons.begin(), ctx.persons.end(), [&](const Person& p) {
                            return p.official && p.lastSentence <= s.index &&
                                   std::any_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
                                       return titleHeadIs(t.toLower(), office) || foldKey(t).endsWith(office);
                                   });
                        });
                        if (!held) {
                            i = e;
                            continue;
                        }
                    }
                }
                // "the GCC ministers", "the EU leaders": a body's members are the group too
                // (an alias may hold the article: "the Arab League")
                if (const PhraseMatch* body = s.matchOf(e); k == "the"_key && e == i + 1 && body &&
                                                            (body->begin == e || body->begin == i) &&
                                                            body->kind == PhraseKind::Organization &&
                                                            ctx.lex.has(Cue::GroupHead, s.key(body->end)))
                    e = body->end;
                const TokenKey& head = s.key(e);
                if (ctx.lex.has(Cue::GroupHead, head)) {
                    addRef(i, e + 1, -1, RefKind::Group, QString());
                    i = e;
                    continue;
                }
                // (with a count, "the two prime ministers", the meeting passes read the group)
                if (const int office = e == i + 1 ? pluralOfficeEnd(ctx, s, e) : -1; office > 0) {
                    addRef(i, office, -1, RefKind::Group, QString());
                    i = office - 1;
                    continue;
                }
                if (k == "both"_key && (s.tok(e).kind == Token::Punct ||
                                                   !s.tok(std::min(e, n - 1)).cap)) {
                    if (e == i + 1 && s.tok(std::min(e, n - 1)).kind == Token::Word &&
                        s.key(e) != "of"_key && s.key(e) != "sides"_key)
                        addRef(i, i + 1, -1, RefKind::Group, QString());
                }
                continue;
            }
            addRef(i, i + 1, -1, RefKind::Group, QString());
            continue;
        }
        // "the Xi-Modi talks": a link of a chain of parties that names one the text named before
        if (s.tok(i).kind == Token::Word && (s.tok(i).hyphenBefore || (i + 1 < n && s.tok(i + 1).hyphenBefore)) &&
            partiesCompound(ctx, s, i, i + 1)) {
            if (const int bearer = findPersonByKeys(ctx, nameKeys(s, i, i + 1), -1, s.index); bearer >= 0) {
                addRef(i, i + 1, bearer, RefKind::Name,
                       QStringLiteral("coreference: name '") + ctx.surface(s, i, i + 1) + QLatin1Char('\''));
                s.nameTok[std::size_t(i)] = 1;
                continue;
            }
        }
        if (const int bearer = surnameStateAt(ctx, s, i); bearer >= 0) {
            dropStateHits(ctx, s, i, i + 1);
            addRef(i, i + 1, bearer, RefKind::Name,
                   QStringLiteral("coreference: surname '") + ctx.surface(s, i, i + 1) + QLatin1Char('\''));
            s.nameTok[std::size_t(i)] = 1;
            continue;
        }
        if (!mayStartName(s, i) || !isNameStart(s, i))
            continue;
        const int e = parseName(s, i, n);
        // "at Hamad International Airport", "the Kenyatta International Convention Centre": a
        // name that opens a run of capitalised words ending in a venue's head word names the
        // venue, not its bearer
        bool venueName = false;
        // (not across a function word or a meeting word of a headline in title case: "Xi Hosts
        // Lula At Great Hall")
        for (int k = i + 1; k < std::min(n, i + 5) && !venueName; ++k) {
            if (s.tok(k).kind != Token::Word || !s.tok(k).cap || ctx.lex.has(Cue::FunctionWord, s.key(k)) ||
                ctx.lex.has(Cue::MeetingVerb, s.key(k)) || ctx.lex.has(Cue::MeetingNoun, s.key(k)))
                break;
            venueName = ctx.lex.has(Cue::VenueHead, s.key(k));
        }
        if (venueName) {
            i = std::max(i, e - 1);
            continue;
        }
        std::vector<QString> keys = nameKeys(s, i, e);
        int person = findPersonByKeys(ctx, keys, -1, s.index);
        if (person < 0 && keys.size() > 1) {
            // "Lavrov Shaibani" cannot be a name; try the first word alone.
            keys.resize(1);
            person = findPersonByKeys(ctx, keys, -1, s.index);
            if (person >= 0) {
                addRef(i, i + 1, person, RefKind::Name,
                       QStringLiteral("coreference: name '") + ctx.surface(s, i, i + 1) +
                           QLatin1Char('\''));
                s.nameTok[std::size_t(i)] = 1;
                continue;
            }
        }
        if (person >= 0) {
            const QString form = ctx.surface(s, i, writtenNameEnd(s, i, e));
            Person& p = ctx.persons[std::size_t(person)];
            if (!p.forms.contains(form))
                p.forms << form;
            addRef(i, e, person, RefKind::Name, QStringLiteral("coreference: name '") + form + QLatin1Char('\''));
            for (int t = i; t < e; ++t)
                s.nameTok[std::size_t(t)] = 1;
        }
        i = std::max(i, e - 1);
    }
    // "Luís Montenegro": a state word inside a person's name names no state.
    for (const PersonRef& r : found)
        if (r.kind == RefKind::Name && r.end - r.begin >= 2)
            dropStateHits(ctx, s, r.begin, r.end);
    std::sort(found.begin(), found.end(), [](const PersonRef& a, const PersonRef& b) {
        return a.begin < b.begin;
    });
    ctx.refRange[std::size_t(s.index)] = {ctx.refs.size(), ctx.refs.size() + found.size()};
    ctx.refs.insert(ctx.refs.end(), found.begin(), found.end());
}

std::vector<int> statesByProminence(const DocContext& ctx)
{
    struct Tally
    {
        int state = 0;
        int count = 0;
        std::pair<int, int> first; ///< (sentence, offset) of the first counting mention
    };
    std::vector<Tally> tallies;
    QHash<int, std::size_t> slot;
    for (const StateHit& h : ctx.stateHits) {
        if (!h.counts)
            continue;
        // "balloons from Belarus", "drones launched from Russia": where things come from is
        // elsewhere than where the story is told; a source counts for no home
        const SentenceInfo& s = ctx.sents[std::size_t(h.sentence)];
        if (h.begin > 0 && s.key(h.begin - 1) == "from"_key)
            continue;
        // "to discuss the war in Sudan", "on the situation in Somalia", "a response to Belarus":
        // a state a phrase of the topic (lexicon `topic-before`, two words or more) leads to is
        // what is talked about, no home (not a bare "on": "landing on Malta")
        // (a state's name: "preparations for the Paris meeting" names the meeting's city)
        const PhraseMatch* named = s.matchOf(h.begin);
        bool topic = false;
        const int at = h.begin > 0 && s.key(h.begin - 1) == "the"_key ? h.begin - 1 : h.begin;
        for (int b = std::max(0, at - 4); b + 1 < at && !topic && named && named->kind == PhraseKind::State; ++b)
            topic = lexiconPhraseAt(ctx.lex, Cue::TopicBefore, s, b) == at;
        if (topic)
            continue;
        const auto it = slot.constFind(h.state);
        if (it == slot.cend()) {
            slot.insert(h.state, tallies.size());
            tallies.push_back({h.state, 1, {h.sentence, h.begin}});
        } else {
            ++tallies[*it].count;
        }
    }
    std::sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
        return a.count != b.count ? a.count > b.count : a.first < b.first;
    });
    std::vector<int> states;
    states.reserve(tallies.size());
    for (const Tally& t : tallies)
        states.push_back(t.state);
    return states;
}

namespace {


struct SentenceAffiliation
{
    int sideState = -1;        ///< "On the Spanish side, A and B": A and B are Spanish
    int listState = -1;        ///< "Foreign Minister A and Trade Minister B": of A's state
    int listOrganisation = -1; ///< "EU foreign policy chief A and envoy B": B may be A's body's
    int accompaniedState = -1; ///< "X, accompanied by A and B": A and B are of X's state
    bool guestCompanion = false; ///< "The visiting leader was accompanied by A": not the host's
    int subjectCompanion = -1; ///< "A held talks with B, with Minister C also present": A, whom C sat in with
    std::vector<int> metStates; ///< states of the others the person meets in that sentence
    std::vector<int> metWritten; ///< those of them the text or the dictionary gives, no fallback
    std::vector<int> metSides;  ///< those of them not given by the city of a meeting alone
    std::vector<int> metUnplaced; ///< the others met there of no state of the text
    bool attendee = false;      ///< "B hosted C, in a meeting also attended by A": A sits in, meets neither
};

// "Ambassador of Japan to Mongolia A": a posted envoy, listed among the officials of the state
// that receives him as often as among his own.
bool isPostedEnvoy(const DocContext& ctx, const Person& p)
{
    for (const QString& t : p.titles) {
        const int entry = ctx.g.titleByName.value(foldKey(t), -1);
        if (entry >= 0 && isDiplomatTitle(ctx.g.titles[std::size_t(entry)]))
            return true;
    }
    return false;
}

// "Minister A and Mr. B co-chaired the meeting", "A and B held talks": two officials whose
// list is the subject of a meeting verb with nobody named after it met each other, and so did
// "a meeting between A and B"; two sides.
template <typename Span>
bool pairMeetsItself(const DocContext& ctx, const SentenceInfo& s, int sentence, Span first, Span last)
{
    if (std::next(first) != last)
        return false;
    if (namedAfterBetween(ctx, s, first->first))
        return true;
    // "A and B on Tuesday held talks", "A and B today met": a day between the pair and the verb
    int after = last->second;
    if (s.key(after) == "on"_key && after + 1 < s.size() && isCalendarWord(s.tok(after + 1)))
        after += 2;
    else if (ctx.lex.has(Cue::DeicticDay, s.key(after)))
        after += 1;
    const bool meets = ctx.lex.has(Cue::EncounterAfter, s.key(after)) ||
                       (s.key(after) == "co"_key && after + 1 < s.size() && s.tok(after + 1).hyphenBefore);
    if (!meets)
        return false;
    const auto [rb, re] = ctx.refRange[std::size_t(sentence)];
    for (std::size_t r = rb; r < re; ++r)
        if (ctx.refs[r].begin >= after)
            return false;
    return true;
}

// "President A and President B": two people who hold one office that leads a state lead two
// states.
bool leadTwoStates(const DocContext& ctx, const Person& a, const Person& b)
{
    if (a.titles.isEmpty() || b.titles.isEmpty() || foldKey(a.titles.front()) != foldKey(b.titles.front()))
        return false;
    const int entry = ctx.g.titleByName.value(foldKey(a.titles.front()), -1);
    return entry >= 0 && leadsAState(ctx.g.titles[std::size_t(entry)]);
}

// "Minister for Foreign Affairs A and Minister for Trade and Industry B joined": titled officials
// listed together, with nothing but commas and "and" between them, sit on one side. The state
// of the known officials of the list, when they hold one state; else -1. A posted envoy says
// nothing of the side, unless the list is a retinue ("accompanied by his minister A and his
// ambassador B").
template <typename Known>
int listedWithState(const DocContext& ctx, const SentenceInfo& s, const PersonRef& self, Known known,
                    int* organisation)
{
    *organisation = -1;
    std::vector<std::pair<int, int>> spans = s.officialSpans;
    std::sort(spans.begin(), spans.end());
    const auto mine = std::find_if(spans.begin(), spans.end(), [&](const std::pair<int, int>& sp) {
        return sp.first <= self.begin && self.begin < sp.second;
    });
    if (mine == spans.end())
        return -1;
    const auto joined = [&](int from, int to) {
        for (int k = from; k < to; ++k)
            if (s.key(k) != ","_key && s.key(k) != "and"_key)
                return false;
        return true;
    };
    auto first = mine;
    while (first != spans.begin() && joined(std::prev(first)->second, first->first))
        --first;
    auto last = mine;
    while (std::next(last) != spans.end() && joined(last->second, std::next(last)->first))
        ++last;
    if (pairMeetsItself(ctx, s, self.sentence, first, last) ||
        (std::next(first) == last && calledTwoStates(ctx, s, last->second)))
        return -1;
    // "joined by the two foreign ministers, A and B": a count before the list's plural title
    // numbers the sides, one each
    for (int k = std::max(0, first->first - 2); k < std::min(first->second, self.begin); ++k)
        if (ctx.lex.has(Cue::GroupNumber, s.key(k)))
            return -1;
    bool retinue = false;
    for (int k = 0; k + 1 < first->first; ++k)
        retinue = retinue || (ctx.lex.has(Cue::AccompanyWord, s.key(k)) && s.key(k + 1) == "by"_key);
    // "A, the National Security Adviser B and Senegal's foreign minister C": a state written
    // into a later member's own entry is that member's alone (a state the list shares is written
    // before it); a retinue is one side all the same
    const auto ownState = [&](const PersonRef& ref) {
        const auto span = std::find_if(first, std::next(last), [&](const std::pair<int, int>& sp) {
            return sp.first <= ref.begin && ref.begin < sp.second;
        });
        for (int k = span == std::next(last) ? ref.begin : span->first; k < ref.end; ++k)
            if (const PhraseMatch* m = s.matchOf(k); m && m->begin == k &&
                (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym) &&
                m->entry == ctx.persons[std::size_t(ref.person)].state)
                return true;
        return false;
    };
    int state = -1;
    const auto [rb, re] = ctx.refRange[std::size_t(self.sentence)];
    for (std::size_t r = rb; r < re; ++r) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.begin >= first->first && ref.begin < last->second && ref.person >= 0 && ref.person != self.person &&
            ctx.persons[std::size_t(ref.person)].organization >= 0 && ctx.persons[std::size_t(ref.person)].state < 0)
            *organisation = ctx.persons[std::size_t(ref.person)].organization;
        if (ref.begin < first->first || ref.begin >= last->second || !known(ref) ||
            (!retinue && (isPostedEnvoy(ctx, ctx.persons[std::size_t(ref.person)]) ||
                          (ref.begin > self.begin && ownState(ref)))))
            continue;
        // "President A, President B and President C of Somalia": a summit, not one side
        if (leadTwoStates(ctx, ctx.persons[std::size_t(ref.person)], ctx.persons[std::size_t(self.person)]))
            return -1;
        const int st = ctx.persons[std::size_t(ref.person)].state;
        if (state >= 0 && st != state)
            return -1;
        state = st;
    }
    return state;
}

// A contrast word, a clause opener ("while") or a semicolon: what follows is another clause,
// whose side is its own.
bool opensOtherClause(const Lexicon& lex, const TokenKey& k)
{
    return lex.has(Cue::ContrastWord, k) || lex.has(Cue::ClauseOpener, k) || k == ";"_key;
}

// "with A and B sitting in on the Thai side", "A and B on the Thai side": a side named after the
// list, in the same clause: the state of the side, else -1. Not "on the Thai side of the border"
// (a place), nor across a contrast, nor across a meeting word with a name after it ("A met B on
// the Thai side": B's side; but "A and B took part in the talks on the Thai side": theirs).
int sideNamedAfter(const DocContext& ctx, const SentenceInfo& s, int from)
{
    bool encounter = false;
    for (int i = from; i < s.size(); ++i) {
        const TokenKey& k = s.key(i);
        if (opensOtherClause(ctx.lex, k) || (encounter && s.nameTok[std::size_t(i)]))
            return -1;
        encounter = encounter || ctx.lex.has(Cue::EncounterWord, k) || ctx.lex.has(Cue::EncounterBefore, k);
        const PhraseMatch* side = s.matchOf(i);
        if (!side || side->begin != i || i < 2 || s.key(i - 1) != "the"_key || s.key(i - 2) != "on"_key ||
            (side->kind != PhraseKind::Demonym && side->kind != PhraseKind::State) ||
            !ctx.lex.has(Cue::SideNoun, s.key(side->end)) || s.key(side->end + 1) == "of"_key)
            continue;
        // "attended on the Korean side by A and B, and on the Polish side by C": a side with an
        // agent of its own is that agent's, the next list's
        if (s.key(side->end + 1) == "by"_key)
            return -1;
        return side->entry;
    }
    return -1;
}

// "On the Congolese side, the head of State was accompanied by A": nothing between the side and
// the accompaniment names a person, a state or another clause, so the one accompanied and A
// are on that side.
bool sideCoversAccompaniment(const DocContext& ctx, const SentenceInfo& s, int sideAt, int accompany)
{
    for (int k = sideAt + 1; k < accompany; ++k) {
        const PhraseMatch* m = s.matchOf(k);
        if (s.nameTok[std::size_t(k)] || (m && (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym)) ||
            opensOtherClause(ctx.lex, s.key(k)))
            return false;
    }
    return true;
}

// "accompanied by A", "accompanied in the meeting by A": "by" within a few words, no comma between
bool agentFollows(const SentenceInfo& s, int i)
{
    for (int k = i + 1; k < std::min(s.size(), i + 5); ++k) {
        if (s.key(k) == "by"_key)
            return true;
        if (s.tok(k).kind == Token::Punct)
            return false;
    }
    return false;
}

// The state of the city a sentence places its meeting in, for the official named at `at`, else
// -1: "arrived from Bridgetown, Barbados, where she held talks with C" (the city or state right
// before the "where" whose clause names C), else "A held talks with B at State House in
// Georgetown" (a city after "in"). `fromWhere` tells which.
// The state of a town the lexicon lists ("Cox's Bazar", "Sochi") whose name ends right before
// `end`, or -1.
int lexiconTownEndingAt(const DocContext& ctx, const SentenceInfo& s, int end)
{
    for (int b = std::max(0, end - 4); b < end; ++b) {
        const LexiconPhrase* town = nullptr;
        if (s.tok(b).cap && lexiconPhraseAt(ctx.lex, Cue::City, s, b, &town) == end)
            return ctx.g.stateIndex(town->value);
    }
    return -1;
}

} // namespace

bool servesABody(const DocContext& ctx, const Person& o)
{
    if (o.state >= 0)
        return false;
    if (o.organization >= 0)
        return true;
    return !o.titles.isEmpty() && std::all_of(o.titles.begin(), o.titles.end(), [&](const QString& t) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        return ti >= 0 && isOrganisationTitle(ctx.g.titles[std::size_t(ti)]);
    });
}

namespace {

// "B held talks with the IAEA chief in Vienna": one who serves a body seated in `city`
// (organizations.tsv `places`); an official of a body the text does not name may serve any
// body the city seats. Not "the World Bank's president was hosted in Bridgetown", which seats
// another body.
bool servesABodySeatedIn(const DocContext& ctx, const Person& o, const QString& city)
{
    if (!servesABody(ctx, o))
        return false;
    if (o.organization < 0)
        return true;
    const QStringList& places = ctx.g.organizations[std::size_t(o.organization)].places;
    return std::any_of(places.begin(), places.end(), [&](const QString& p) { return foldKey(p) == foldKey(city); });
}

int meetingCityState(const DocContext& ctx, const SentenceInfo& s, int at, bool* fromWhere, bool* seat = nullptr,
                     QString* cityName = nullptr, bool* town = nullptr)
{
    *fromWhere = false;
    if (town)
        *town = false;
    // (`seat`: the city seats an international organisation, organizations.tsv `places`)
    const auto seatOf = [&](const PhraseMatch* m) {
        if (seat)
            *seat = ctx.g.orgByPlace.contains(foldKey(ctx.surface(s, m->begin, m->end)));
        if (cityName)
            *cityName = ctx.surface(s, m->begin, m->end);
    };
    for (int k = at; k-- > 2;) {
        if (s.key(k) != "where"_key || s.key(k - 1) != ","_key)
            continue;
        // "began his visit in Cox's Bazar on Saturday, where he met A": the day between
        int end = k - 1;
        if (end >= 3 && s.key(end - 2) == "on"_key && isCalendarWord(s.tok(end - 1)))
            end -= 2;
        const PhraseMatch* m = s.matchOf(end - 1);
        // "in Cox's Bazar, where he met A": a town the lexicon lists
        if (const int town = m ? -1 : lexiconTownEndingAt(ctx, s, end); town >= 0) {
            *fromWhere = true;
            return town;
        }
        if (!m || m->end != end || (m->kind != PhraseKind::Place && m->kind != PhraseKind::State))
            return -1;
        *fromWhere = true;
        seatOf(m);
        return m->entry;
    }
    for (int k = 0; k + 1 < s.size(); ++k) {
        const PhraseMatch* m = s.matchOf(k + 1);
        if (s.key(k) == "in"_key && m && m->begin == k + 1 && m->kind == PhraseKind::Place) {
            seatOf(m);
            return m->entry;
        }
        // (`town`: "at his office in Cox's Bazar", a town the lexicon lists that seats no body)
        const LexiconPhrase* listed = nullptr;
        if (int e = 0; town && s.key(k) == "in"_key && !m && s.tok(k + 1).cap &&
                       (e = lexiconPhraseAt(ctx.lex, Cue::City, s, k + 1, &listed)) > k + 1 &&
                       !ctx.g.orgByPlace.contains(foldKey(ctx.surface(s, k + 1, e)))) {
            *town = true;
            return ctx.g.stateIndex(listed->value);
        }
    }
    return -1;
}

// "German Chancellor A received Chinese Premier B in Berlin on Tuesday": with no dateline, the
// city the body's first sentence tells its meeting in is where the story is filed from, the home
// of the officials it names by a bare title ("Government spokesman C"); -1 when that sentence
// tells no meeting in a city of a state the article names.
template <typename Fits>
const PersonRef* firstBodyOfficial(const DocContext& ctx, Fits fits);

// "Prime Minister A told fellow leaders ... chaired by St Kitts and Nevis Prime Minister B": a
// state has one holder of each leading office (deputies and heads of state aside), so A, whose
// office the text writes on B of `state`, is not of it.
bool officeTakenIn(const DocContext& ctx, const Person& p, int state)
{
    if (p.former)
        return false;
    for (const QString& t : p.titles) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        bool deputy = false;
        for (const QString& w : t.split(QLatin1Char(' ')))
            deputy = deputy || ctx.lex.has(Cue::DeputyWord, foldKey(w));
        if (ti < 0 || deputy || !leadsAState(ctx.g.titles[std::size_t(ti)]) ||
            ctx.g.titles[std::size_t(ti)].category == "head-of-state"_key)
            continue;
        for (const Person& o : ctx.persons)
            if (&o != &p && o.official && !o.former && o.state == state && o.stateStrength >= 2 &&
                !o.stateInferred && o.titles.contains(t))
                return true;
    }
    return false;
}

// Whether the sentence tells a reception, a meeting verb of value `receive` ("hosted",
// "received", "welcomed"): one side comes to the other.
bool tellsReception(const DocContext& ctx, const SentenceInfo& s)
{
    for (int i = 0; i < s.size(); ++i)
        if (ctx.lex.value(Cue::MeetingVerb, s.key(i)) == QLatin1String("receive"))
            return true;
    return false;
}

// "German Chancellor A received Chinese Premier B in Berlin on Tuesday": with no dateline, the
// city the body's first sentence tells its meeting in is where the story is filed from, the home
// of the officials it names by a bare title ("Government spokesman C"); -1 when that sentence
// tells no meeting in a city of a state the article names. Not when the body's first official of
// no state holds an office the text gives one of that state: "Prime Minister A told fellow
// leaders ... as they met in Basseterre ... chaired by St Kitts Prime Minister B": A is a guest
// there, and the city's state is put in `guestAt`.
int leadMeetingState(const DocContext& ctx, const std::vector<int>& prominent, int* guestAt)
{
    if (ctx.body >= int(ctx.sents.size()))
        return -1;
    // "Prime Minister A has pressed World Bank President B to ... B was hosted by the Prime
    // Minister at Ilaro Court in Bridgetown": a lead that tells what was said, with no meeting,
    // leaves the meeting to the next sentence when that one tells a reception (a meeting verb of
    // value `receive`: "hosted", "received", "welcomed"), which the home gives; not a meeting
    // ("the minister has returned from Washington ... Minister A met B in Washington": the
    // home's minister abroad)
    const auto encounters = [&](const SentenceInfo& s, bool receives) {
        if (receives)
            return tellsReception(ctx, s);
        for (int i = 0; i < s.size(); ++i)
            if (ctx.lex.has(Cue::EncounterWord, s.key(i)))
                return true;
        return false;
    };
    // ("Türkiye and Iraq have agreed to ... Turkish Foreign Minister A and his Iraqi counterpart
    // B held talks in Ankara": a lead that names no one, by name or by one's office ("as Iraq
    // faces what officials describe as" names a group), leaves the meeting to the next sentence
    // whatever its verb)
    int lead = ctx.body;
    const SentenceInfo& leadSentence = ctx.sents[std::size_t(lead)];
    const auto [leadRefs, leadRefsEnd] = ctx.refRange[std::size_t(lead)];
    const bool namesOne = leadRefs != leadRefsEnd ||
                          std::any_of(leadSentence.matches.begin(), leadSentence.matches.end(),
                                      [](const PhraseMatch& m) { return m.kind == PhraseKind::Title && !m.plural; });
    if (!encounters(leadSentence, false) && lead + 1 < int(ctx.sents.size()) &&
        encounters(ctx.sents[std::size_t(lead + 1)], namesOne))
        ++lead;
    const SentenceInfo& s = ctx.sents[std::size_t(lead)];
    if (!encounters(s, false))
        return -1;
    bool fromWhere = false;
    bool seatCity = false;
    QString cityName;
    const int city = meetingCityState(ctx, s, s.size(), &fromWhere, &seatCity, &cityName);
    if (std::find(prominent.begin(), prominent.end(), city) == prominent.end())
        return -1;
    // "A held talks with IAEA chief B in Vienna": a meeting with an international body's
    // official in a city that seats one, where nobody of the city's state is named, is the
    // body's, no meeting of the city's state
    if (seatCity) {
        bool body = false, local = false;
        const auto [rb, re] = ctx.refRange[std::size_t(lead)];
        for (std::size_t r = rb; r < re; ++r)
            if (const int o = ctx.refs[r].person; o >= 0) {
                body = body || servesABodySeatedIn(ctx, ctx.persons[std::size_t(o)], cityName);
                local = local || ctx.persons[std::size_t(o)].state == city;
            }
        if (body && !local)
            return -1;
    }
    const PersonRef* first = firstBodyOfficial(ctx, [](const Person& p) { return p.state < 0 && p.organization < 0; });
    if (first && officeTakenIn(ctx, ctx.persons[std::size_t(first->person)], city)) {
        *guestAt = city;
        return -1;
    }
    return city;
}

// The home of a wire's bare titles when its lead tells its first official `guest` as a guest of
// `host`: the state it names most (twice at least) whose office of his it gives nobody else,
// "Prime Minister A told fellow leaders that T&T ...", while it writes the host's and the other
// guests' states on the holders of his office ("Barbados Prime Minister B"); else -1.
int unclaimedHomeState(const DocContext& ctx, const std::vector<int>& prominent, int host)
{
    const PersonRef* first = firstBodyOfficial(ctx, [](const Person& p) { return p.state < 0 && p.organization < 0; });
    if (!first)
        return -1;
    const Person& guest = ctx.persons[std::size_t(first->person)];
    // A state the wire writes as the subject of a clause ("told leaders that T&T will not
    // apologise", "Fiji will host") is its own; one it names as an owner or a topic ("backing
    // United States operations", "Australia's offer") may be anyone's. Subjects count first.
    QHash<int, int> count, subject;
    for (const StateHit& h : ctx.stateHits) {
        if (!h.counts)
            continue;
        ++count[h.state];
        const SentenceInfo& s = ctx.sents[std::size_t(h.sentence)];
        int b = h.begin - 1;
        while (b >= 0 && s.tok(b).kind == Token::Punct && (s.tok(b).punct == QLatin1Char('"') || s.tok(b).punct == QChar(0x201C)))
            --b;
        const bool opens = b < std::max(0, s.dateline) || s.key(b) == "that"_key || s.key(b) == ","_key;
        if (opens && !possessiveMarkAt(s, h.end))
            ++subject[h.state];
    }
    int best = -1;
    for (int st : prominent)
        if (st != host && count.value(st) >= 2 && !officeTakenIn(ctx, guest, st) &&
            std::find(guest.notStates.begin(), guest.notStates.end(), st) == guest.notStates.end() &&
            (best < 0 || subject.value(st) > subject.value(best)))
            best = st;
    return best;
}

// "Prime Minister A made the comment after a courtesy call at the Office of the Prime Minister,
// Port of Spain ... US Secretary of State B": a local paper writes their state on the foreign
// officials and on none of its own. When the state named most is one the text writes on an
// official and some officials go bare, these are of the next state named twice at least that
// the text writes on nobody and one of whose cities the body names (where its people are: a
// state named with no city is more often a topic, "Venezuela suspended the deal"); else -1.
int unwrittenOwnState(const DocContext& ctx, const std::vector<int>& prominent)
{
    std::vector<int> written;
    bool bare = false;
    for (const Person& p : ctx.persons) {
        if (!p.official)
            continue;
        if (p.state >= 0 && p.stateStrength >= 2 && !p.stateInferred && !p.affiliationFromDictionary)
            addUnique(written, p.state);
        bare = bare || (p.state < 0 && p.organization < 0);
        // (an office only one state has writes that state as well: "Tánaiste A", "B TD")
        for (const QString& t : p.titles)
            if (const int ti = ctx.g.titleByName.value(foldKey(t), -1); ti >= 0 && !ctx.g.titles[std::size_t(ti)].state.isEmpty())
                if (const int st = ctx.g.stateIndex(ctx.g.titles[std::size_t(ti)].state); st >= 0)
                    addUnique(written, st);
    }
    if (!bare || prominent.empty())
        return -1;
    QHash<int, int> named;
    std::vector<int> cities;
    for (const StateHit& h : ctx.stateHits) {
        if (h.counts)
            ++named[h.state];
        const SentenceInfo& s = ctx.sents[std::size_t(h.sentence)];
        const PhraseMatch* m = s.matchOf(h.begin);
        if (!m || m->begin != h.begin)
            continue;
        if (h.sentence >= ctx.body && m->kind == PhraseKind::Place)
            addUnique(cities, h.state);
        // (and the states it writes before an office, whether or not a holder was read:
        // "Brazil's Mines and Energy Minister A")
        if (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym)
            for (int k = h.end + (possessiveMarkAt(s, h.end) ? 1 : 0); k < std::min(s.size(), h.end + 5); ++k) {
                if (const PhraseMatch* t = s.matchOf(k); t && t->kind == PhraseKind::Title && t->begin == k) {
                    addUnique(written, h.state);
                    break;
                }
                if (s.tok(k).kind != Token::Word || (!s.tok(k).cap && s.key(k) != "and"_key))
                    break;
            }
    }
    const auto isWritten = [&](int st) { return std::find(written.begin(), written.end(), st) != written.end(); };
    if (!isWritten(prominent.front()))
        return -1;
    for (int st : prominent)
        if (!isWritten(st) && named.value(st) >= 2 && std::find(cities.begin(), cities.end(), st) != cities.end())
            return st;
    return -1;
}

// The state of a place the body tells something happens in, at token i right after "in", "at" or
// "on" ("marched in Maseru", "on Rarotonga", "in Sfax"): a capital or seat of the gazetteer, or a
// town the lexicon lists; else -1. Not a seat many states name ("the Chancellery") nor one of
// international bodies ("in Brussels"), which tell no state's ground.
int locativePlaceState(const DocContext& ctx, const SentenceInfo& s, int i)
{
    const TokenKey& before = s.key(i - 1);
    if ((before != "in"_key && before != "at"_key && before != "on"_key) || !s.tok(i).cap)
        return -1;
    if (const PhraseMatch* m = s.matchOf(i); m && m->begin == i)
        return m->kind == PhraseKind::Place && lexiconPhraseAt(ctx.lex, Cue::GenericVenue, s, i) != m->end &&
                       lexiconPhraseAt(ctx.lex, Cue::BodySeat, s, i) != m->end
                   ? m->entry
                   : -1;
    const LexiconPhrase* town = nullptr;
    return lexiconPhraseAt(ctx.lex, Cue::City, s, i, &town) > i ? ctx.g.stateIndex(town->value) : -1;
}

// "Factories in Maseru shed jobs ... Workers marched in Maseru": a local paper tells the things
// it reports happening in its own state's places, and names a foreign state more often as a
// topic ("after the United States ended its trade deal"). The city a meeting is told in is a
// venue, abroad as often as at home ("the summit in Gyeongju"): it counts half as much as a
// place something else happens in, and venues alone tell no setting. The state of those
// places, when it has more of them than any other, one outside a meeting at least, and the
// text names it; else -1.
int settingState(const DocContext& ctx, const std::vector<int>& prominent)
{
    QHash<int, int> weight;
    QSet<int> grounded; ///< states with a place where something other than a meeting happens
    for (int k = ctx.body; k < int(ctx.sents.size()); ++k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        bool meeting = false;
        for (int i = 0; i < s.size() && !meeting; ++i)
            meeting = ctx.lex.has(Cue::EncounterWord, s.key(i)) || ctx.lex.has(Cue::MeetingNoun, s.key(i));
        for (int i = std::max(1, s.dateline + 1); i < s.size(); ++i) {
            const int st = locativePlaceState(ctx, s, i);
            if (st < 0)
                continue;
            weight[st] += meeting ? 1 : 2;
            if (!meeting)
                grounded.insert(st);
        }
    }
    int best = -1, runnerUp = 0;
    for (auto it = weight.cbegin(); it != weight.cend(); ++it) {
        if (best < 0 || it.value() > weight.value(best)) {
            runnerUp = best < 0 ? 0 : weight.value(best);
            best = it.key();
        } else {
            runnerUp = std::max(runnerUp, it.value());
        }
    }
    if (best < 0 || weight.value(best) < 3 || weight.value(best) == runnerUp || !grounded.contains(best))
        return -1;
    return std::find(prominent.begin(), prominent.end(), best) != prominent.end() ? best : -1;
}

// "China was represented by Vice Foreign Minister A", "Kenya, represented at the talks by B",
// "Beijing sent Vice Minister C": a state (or its seat) itself the subject of the accompaniment
// cue at `cue` (right before it, or before "was", "has been" or a comma): the state, else -1.
// Not "China's president was represented by": a person's state.
int subjectStateOf(const DocContext& ctx, const SentenceInfo& s, int cue)
{
    int k = cue - 1;
    // ("Papua New Guinea was also represented by A": an additive word in the verb's group)
    while (k >= 0 && (ctx.lex.has(Cue::PassiveAux, s.key(k)) || ctx.lex.has(Cue::PerfectAux, s.key(k)) ||
                      ctx.lex.has(Cue::AdditiveWord, s.key(k)) || s.key(k) == ","_key))
        --k;
    const PhraseMatch* m = k >= 0 ? s.matchOf(k) : nullptr;
    if (!m || m->end != k + 1 || (m->kind != PhraseKind::State && m->kind != PhraseKind::Place))
        return -1;
    // ("Brussels sent its top diplomat A": the seat of international bodies acts for them, lexicon
    // `body-seat`, not for its state) (session 25, states25)
    if (m->kind == PhraseKind::Place && lexiconPhraseAt(ctx.lex, Cue::BodySeat, s, m->begin) == m->end)
        return -1;
    // the subject opens the clause: the sentence, or a clause after a comma, "and" or "while"
    const int before = m->begin - (m->begin > 0 && s.key(m->begin - 1) == "the"_key ? 1 : 0);
    return before <= s.dateline || s.key(before - 1) == ","_key || s.key(before - 1) == ":"_key || s.key(before - 1) == "and"_key ||
                   opensOtherClause(ctx.lex, s.key(before - 1))
               ? m->entry
               : -1;
}

// "Representing Japan was State Minister A", "A represented Japan at the talks": the state an
// accompaniment word without its agent takes as object, when nothing of its own follows it
// ("accompanying Kenya's president"); else -1.
int objectStateOf(const SentenceInfo& s, int cue)
{
    int k = cue + 1;
    if (s.key(k) == "the"_key)
        ++k;
    const PhraseMatch* m = k < s.size() ? s.matchOf(k) : nullptr;
    if (!m || m->begin != k || m->kind != PhraseKind::State || possessiveMarkAt(s, m->end))
        return -1;
    const PhraseMatch* next = m->end < s.size() ? s.matchOf(m->end) : nullptr;
    return next && next->begin == m->end && next->kind == PhraseKind::Title ? -1 : m->entry;
}

// Where the text first names `person` by name: in the body, else in the headline (a headline's
// "PM A, President B agree" lists the two sides); nullptr when it never does.
const PersonRef* firstNaming(const DocContext& ctx, int person)
{
    const PersonRef* headline = nullptr;
    for (const PersonRef& r : ctx.refs) {
        if (r.person != person || r.kind != RefKind::Name)
            continue;
        if (r.sentence >= ctx.body)
            return &r;
        if (!headline)
            headline = &r;
    }
    return headline;
}

// The first official the body names for whom `fits` holds, or nullptr.
template <typename Fits>
const PersonRef* firstBodyOfficial(const DocContext& ctx, Fits fits)
{
    for (const PersonRef& r : ctx.refs)
        if (r.kind == RefKind::Name && r.sentence >= ctx.body && r.person >= 0 &&
            ctx.persons[std::size_t(r.person)].official && fits(ctx.persons[std::size_t(r.person)]))
            return &r;
    return nullptr;
}

// The first of the prominent states that `excluded` leaves, or -1: the home of the wire's bare
// titles, once the first official it names has ruled the most named state out for himself.
template <typename Excluded>
int nextProminent(const std::vector<int>& prominent, Excluded excluded)
{
    const auto next = std::find_if(prominent.begin(), prominent.end(), [&](int st) { return !excluded(st); });
    return next == prominent.end() ? -1 : *next;
}

// "PTI Chairman A", "Authority chairman B", "Presidential Office Secretary-General C": an
// organisation's kind of office whose body, written right before it, is no organisation the
// gazetteer knows but a state's own (a body noun, not a portfolio: "Home Affairs Commissioner";
// or an acronym of none). Its holder is placed as any official is.
bool namesOwnBody(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    // "A, the chairman of the junta-appointed Union Election Commission,": the office after the
    // name, its body after "of": capitalised words ending in a body's noun that name no
    // organisation the gazetteer knows (s21, affil14)
    {
        int k = naming.end;
        if (k < s.size() && s.key(k) == ","_key)
            ++k;
        if (k < s.size() && s.key(k) == "the"_key)
            ++k;
        const PhraseMatch* after = k < s.size() ? s.matchOf(k) : nullptr;
        if (k > naming.end && after && after->begin == k && after->kind == PhraseKind::Title && after->end < s.size() &&
            s.key(after->end) == "of"_key) {
            int j = after->end + 1;
            if (j < s.size() && s.key(j) == "the"_key)
                ++j;
            for (int e = j; e < std::min(s.size(), j + 7) && s.tok(e).kind == Token::Word; ++e) {
                const PhraseMatch* m = s.matchOf(e);
                if (m && (m->kind == PhraseKind::Organization || m->kind == PhraseKind::Agency || m->kind == PhraseKind::State ||
                          m->kind == PhraseKind::Demonym))
                    break;
                if (s.tok(e).cap && ctx.lex.has(Cue::BodyHead, s.key(e)) && !ctx.lex.has(Cue::BodyPortfolio, s.key(e)) &&
                    (e + 1 >= s.size() || s.key(e + 1) != "of"_key))
                    return true;
            }
        }
    }
    const PhraseMatch* title = naming.begin > 0 ? s.matchOf(naming.begin - 1) : nullptr;
    int nameAt = naming.begin;
    // ("PTI Chairman Barrister A": an honorific between the office and the name)
    if (title && title->kind == PhraseKind::Title && title->end == naming.begin && title->begin > 0 &&
        ctx.g.titles[std::size_t(title->entry)].category == "honorific"_key) {
        nameAt = title->begin;
        title = s.matchOf(title->begin - 1);
    }
    if (!title || title->kind != PhraseKind::Title || title->end != nameAt || title->begin < 1)
        return false;
    int k = title->begin - 1;
    // ("Suez Canal Authority (SCA) Chairman A": the body's acronym in brackets after its name)
    if (k >= 3 && s.key(k) == ")"_key && s.tok(k - 1).allCaps && s.key(k - 2) == "("_key)
        k -= 3;
    const Token& t = s.tok(k);
    // (a news agency's acronym is another body's: "PTI" is a party as often as the agency)
    const PhraseMatch* m = s.matchOf(k);
    if (t.kind != Token::Word || !t.cap || (m && m->kind != PhraseKind::Agency))
        return false;
    const bool bodyNoun = ctx.lex.has(Cue::BodyHead, s.key(k)) && !ctx.lex.has(Cue::BodyPortfolio, s.key(k));
    return bodyNoun || (t.allCaps && s.key(k).size() > 1);
}

// Affiliation pass, for someone the text gives no state: what the sentence naming them first
// says of their company.

SentenceAffiliation affiliationInSentence(const DocContext& ctx, int self)
{
    SentenceAffiliation out;
    const PersonRef* first = firstNaming(ctx, self);
    if (!first)
        return out;
    const SentenceInfo& s = ctx.sents[std::size_t(first->sentence)];
    // (plain names, not a structured binding: lambdas below capture them, which clang before 16 rejects)
    const std::size_t rb = ctx.refRange[std::size_t(first->sentence)].first;
    const std::size_t re = ctx.refRange[std::size_t(first->sentence)].second;
    const auto known = [&](const PersonRef& r) {
        return r.person >= 0 && r.person != self && ctx.persons[std::size_t(r.person)].stateStrength >= 2;
    };
    int accompany = -1;
    int attendedBy = -1; ///< "The meeting was attended by A; B; and C": the "by" of the attendance
    int sideAt = -1;
    int contrastAt = -1;
    bool encounter = false;
    if (const int after = sideNamedAfter(ctx, s, first->end); after >= 0)
        out.sideState = after;
    // "China sent Vice Foreign Minister A", "Putin dispatched his aide B": a sending word (value
    // "send") whose object is the person, nothing but a title and a determiner between
    const auto sends = [&](int i) {
        if (ctx.lex.value(Cue::AccompanyWord, s.key(i)) != QLatin1String("send") || i >= first->begin ||
            first->begin - i > 8)
            return false;
        for (int k = i + 1; k < first->begin; ++k) {
            const PhraseMatch* m = s.matchOf(k);
            if (!(m && m->kind == PhraseKind::Title) && !ctx.lex.has(Cue::PossessivePronoun, s.key(k)) &&
                !ctx.lex.has(Cue::Article, s.key(k)) && s.key(k) != "its"_key)
                return false;
        }
        return true;
    };
    // "A, who was accompanied by B and Minister C, was received by D": the list after "by"
    // does not reach past the verb of the clause it closes (a comma, then "was", "has")
    const auto reaches = [&](int i) {
        for (int k = i + 1; k + 1 < first->begin; ++k)
            if (s.key(k) == ","_key && (ctx.lex.has(Cue::PassiveAux, s.key(k + 1)) || ctx.lex.has(Cue::PerfectAux, s.key(k + 1))))
                return false;
        return true;
    };
    for (int i = 0; i < s.size(); ++i) {
        if (ctx.lex.has(Cue::AccompanyWord, s.key(i)) && ((agentFollows(s, i) && reaches(i)) || sends(i)) && i < first->begin)
            accompany = i;
        // "Accompanying the guest were A and B": the visitor's retinue, not the host's people
        if (ctx.lex.has(Cue::AccompanyWord, s.key(i)) && i < first->begin && !agentFollows(s, i))
            for (int k = i + 1; k < std::min(first->begin, i + 4) && s.tok(k).kind != Token::Punct; ++k)
                out.guestCompanion = out.guestCompanion || ctx.lex.has(Cue::VisitorWord, s.key(k));
        if (ctx.lex.has(Cue::ContrastWord, s.key(i)) && i < first->begin)
            contrastAt = i;
        if (ctx.lex.has(Cue::AgentWord, s.key(i)) && i < first->begin && i > 0 &&
            ctx.lex.value(Cue::MeetingVerb, s.key(i - 1)) == QLatin1String("attend"))
            attendedBy = i;
        if (const int side = i < first->begin && ctx.lex.has(Cue::SideNoun, s.key(i)) ? sideWordState(s, i) : -1;
            side >= 0) {
            out.sideState = side;
            sideAt = i;
        }
        // ("A called on Prime Minister B": a meeting verb of class call-on, before its "on",
        // whose object is a person, not "called on the Government to bring the deal to
        // Parliament")
        const auto personAfter = [&](int from) {
            for (std::size_t r = rb; r < re; ++r)
                if (ctx.refs[r].person >= 0 && ctx.refs[r].begin > from && ctx.refs[r].begin <= from + 6)
                    return true;
            return false;
        };
        encounter = encounter || ctx.lex.has(Cue::EncounterWord, s.key(i)) ||
                    (ctx.lex.value(Cue::MeetingVerb, s.key(i)) == QLatin1String("call-on") && s.key(i + 1) == "on"_key &&
                     personAfter(i + 1));
    }
    // "On the A side, X were present, while B was accompanied by C": C came with B, whatever
    // side an earlier clause named; but "On the Congolese side, the head of State was
    // accompanied by C": one clause, the side's
    if (accompany > sideAt && sideAt >= 0 && !sideCoversAccompaniment(ctx, s, sideAt, accompany))
        out.sideState = -1;
    // "The Pakistani side comprised A, whereas B and C were part of the Uzbek delegation": the
    // side named before a contrast is the other clause's
    if (contrastAt > sideAt && sideAt >= 0)
        out.sideState = -1;
    // "B hosted C, in a meeting also attended by Minister A", "B received C in the presence of
    // A": one named after an attendance cue (lexicon `attendee-cue`), in its clause, sits in on
    // the meeting of the others, on either side; he does not meet them
    out.attendee = attendedBy >= 0;
    for (int i = 0; i < first->begin && !out.attendee; ++i) {
        const int e = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i);
        if (e <= i || e > first->begin)
            continue;
        // (not "A was part of the delegation, and B welcomed it": another clause)
        bool clause = first->begin - e <= 12;
        for (int k = e; k < first->begin && clause; ++k)
            clause = !ctx.lex.has(Cue::EncounterWord, s.key(k)) && !opensOtherClause(ctx.lex, s.key(k)) &&
                     !(s.key(k) == ","_key && s.key(k + 1) == "and"_key);
        out.attendee = clause;
    }
    // "Finance Minister A and Central Bank Governor B also attended the meeting": the cue after
    // the list that names the person, in its clause
    for (int i = first->end; i < std::min(s.size(), first->end + 20) && !out.attendee; ++i) {
        const TokenKey& k = s.key(i);
        if (ctx.lex.has(Cue::EncounterWord, k) || ctx.lex.has(Cue::SpeechVerb, k) || opensOtherClause(ctx.lex, k) ||
            (k == ","_key && s.key(i + 1) == "and"_key))
            break;
        out.attendee = lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, i) > i;
    }
    // "China was represented by A": the state the subject is
    if (const int subject = accompany >= 0 ? subjectStateOf(ctx, s, accompany) : -1; subject >= 0) {
        out.accompaniedState = subject;
        accompany = -1;
    }
    // "Representing Japan was A", "A represented Japan at the talks", "A, representing Japan,":
    // the state taken as object, within the clause that names A
    for (int i = 0; i < s.size() && out.accompaniedState < 0; ++i) {
        if (ctx.lex.value(Cue::AccompanyWord, s.key(i)) != QLatin1String("object") || agentFollows(s, i))
            continue;
        bool sameClause = true;
        const int from = std::min(i, first->end), to = std::max(i, first->begin);
        for (int k = from; k < to && sameClause; ++k)
            sameClause = !opensOtherClause(ctx.lex, s.key(k)) && !(s.nameTok[std::size_t(k)] && (k < first->begin || k >= first->end));
        if (sameClause && (i < first->begin || i - first->end <= 2))
            out.accompaniedState = objectStateOf(s, i);
    }
    if (accompany >= 0) {
        // the one accompanied: named before the cue, else (a sentence that opens with
        // "Accompanied by A, B ...") the first known official after the list
        // (a pronoun before it is the one accompanied, though not placed yet: "Rabuka met B of
        // New Zealand\nHe was also accompanied by C": no state of B's for C)
        const PersonRef* pronoun = nullptr;
        for (std::size_t r = rb; r < re; ++r)
            if (ctx.refs[r].begin < accompany && ctx.refs[r].kind == RefKind::Pronoun && ctx.refs[r].person >= 0 &&
                ctx.refs[r].person != self)
                pronoun = &ctx.refs[r];
        if (pronoun) {
            if (known(*pronoun))
                out.accompaniedState = ctx.persons[std::size_t(pronoun->person)].state;
        } else {
            // "C was received by Prime Minister A, who was accompanied by B": a relative clause
            // that opens on the cue is said of the one named right before it, placed or not (B
            // came with A, of no state yet, not with C); else the last one placed before the cue
            // ("A, who arrived ... welcomed by C, was accompanied by B": A's, if placed)
            int k = accompany - 1;
            while (k >= 0 && (ctx.lex.has(Cue::PassiveAux, s.key(k)) || ctx.lex.has(Cue::PerfectAux, s.key(k))))
                --k;
            const bool relative = k >= 1 && s.key(k) == "who"_key && s.key(k - 1) == ","_key;
            const PersonRef* last = nullptr;
            for (std::size_t r = rb; r < re; ++r)
                if (ctx.refs[r].begin < accompany && ctx.refs[r].person >= 0 && ctx.refs[r].person != self &&
                    (relative ? ctx.refs[r].end <= k - 1 : known(ctx.refs[r])))
                    last = &ctx.refs[r];
            if (last && known(*last))
                out.accompaniedState = ctx.persons[std::size_t(last->person)].state;
        }
        if (out.accompaniedState < 0 && accompany <= 2)
            for (std::size_t r = rb; r < re && out.accompaniedState < 0; ++r)
                if (ctx.refs[r].begin > first->begin && known(ctx.refs[r]))
                    out.accompaniedState = ctx.persons[std::size_t(ctx.refs[r].person)].state;
        for (int k = 0; k < accompany && out.accompaniedState < 0; ++k)
            out.guestCompanion = out.guestCompanion || ctx.lex.has(Cue::VisitorWord, s.key(k));
    }
    // "joined at the meeting by Foreign Minister A and Works Minister B": the officials listed
    // with the person, with nothing but commas and "and" between, sit beside him; one of them
    // no text places yet is no other side he meets, unless the list is a pair that meets itself
    // ("A and B held talks"). (One the text places may be of the other side: "attended by Japan's
    // ambassador C and Vice Minister D": C's state is not D's.)
    std::vector<std::pair<int, int>> spans = s.officialSpans;
    std::sort(spans.begin(), spans.end());
    const auto mine = std::find_if(spans.begin(), spans.end(), [&](const std::pair<int, int>& sp) {
        return sp.first <= first->begin && first->begin < sp.second;
    });
    int listBegin = -1, listEnd = -1;
    if (mine != spans.end()) {
        const auto joined = [&](int from, int to) {
            for (int k = from; k < to; ++k)
                if (s.key(k) != ","_key && s.key(k) != "and"_key)
                    return false;
            return true;
        };
        auto lo = mine, hi = mine;
        while (lo != spans.begin() && joined(std::prev(lo)->second, lo->first))
            --lo;
        while (std::next(hi) != spans.end() && joined(hi->second, std::next(hi)->first))
            ++hi;
        if (!pairMeetsItself(ctx, s, first->sentence, lo, hi)) {
            listBegin = lo->first;
            listEnd = hi->second;
        }
    }
    // "A, Minister of Finance, who is part of the delegation accompanying the Prime Minister",
    // "B, who accompanied President C on the visit": an accompaniment said of the person after
    // the name, in its own clause (or its list's: "A and B, both accompanying President C"), is
    // of the state of the one accompanied, named right after it
    for (int i = first->end; i < s.size() && out.accompaniedState < 0; ++i) {
        const TokenKey& k = s.key(i);
        if ((s.nameTok[std::size_t(i)] && !(i >= listBegin && i < listEnd)) || ctx.lex.has(Cue::EncounterWord, k) || ctx.lex.has(Cue::SpeechVerb, k) ||
            opensOtherClause(ctx.lex, k))
            break;
        if (!ctx.lex.has(Cue::AccompanyWord, k) || agentFollows(s, i))
            continue;
        for (std::size_t r = rb; r < re; ++r)
            if (ctx.refs[r].begin > i && ctx.refs[r].begin <= i + 4 && known(ctx.refs[r])) {
                out.accompaniedState = ctx.persons[std::size_t(ctx.refs[r].person)].state;
                break;
            }
        break;
    }
    // "Presidential Spokesman A said the meeting was attended by B": who reports the meeting
    // meets nobody in it
    // "B was also present at the meeting, according to presidential spokesperson A": nor does
    // the source the report is attributed to (lexicon `clause-cut` of value `source`), named
    // right after the cue with nothing but his office between
    bool source = false;
    for (int i = std::max(0, first->begin - 8); i < first->begin && !source; ++i) {
        if (ctx.lex.value(Cue::ClauseCut, s.key(i)) != QLatin1String("source"))
            continue;
        source = true;
        for (int k = i + 1; k < first->begin && source; ++k)
            source = !ctx.lex.has(Cue::EncounterWord, s.key(k)) && !ctx.lex.has(Cue::SpeechVerb, s.key(k)) &&
                     s.key(k) != ","_key && !opensOtherClause(ctx.lex, s.key(k)) && !s.nameTok[std::size_t(k)];
    }
    if (encounter && !source && !ctx.lex.has(Cue::SpeechVerb, s.key(first->end)))
        for (std::size_t r = rb; r < re; ++r) {
            // "attended by the Minister's Advisor A": the one whose adviser A is, is not met;
            // nor are those the attendance lists with A ("attended by B; A; and C")
            if (s.key(ctx.refs[r].end) == "'s"_key || (attendedBy >= 0 && ctx.refs[r].begin > attendedBy))
                continue;
            // "Spokesperson A said the meeting was attended by B": who reports it is not met
            if (ctx.lex.has(Cue::SpeechVerb, s.key(ctx.refs[r].end)))
                continue;
            if (known(ctx.refs[r])) {
                const Person& met = ctx.persons[std::size_t(ctx.refs[r].person)];
                out.metStates.push_back(met.state);
                if (!met.stateInferred)
                    out.metWritten.push_back(met.state);
                if (!met.stateFromVenue)
                    out.metSides.push_back(met.state);
            }
            else if (const int o = ctx.refs[r].person; o >= 0 && o != self && !(ctx.refs[r].begin >= listBegin && ctx.refs[r].begin < listEnd))
                out.metUnplaced.push_back(o);
        }
    out.listState = listedWithState(ctx, s, *first, known, &out.listOrganisation);
    // "A held talks with B, with Energy Minister C also present": "with", the person's title and
    // name, then an attendance cue (lexicon `attendee-cue`): C sat in on the side of the
    // sentence's subject, the first person it names
    if (lexiconPhraseAt(ctx.lex, Cue::AttendeeCue, s, first->end) > first->end) {
        int k = first->begin - 1;
        while (k > 0 && k >= first->begin - 6 && s.key(k) != "with"_key &&
               (s.tok(k).cap || (s.matchOf(k) && s.matchOf(k)->kind == PhraseKind::Title)))
            --k;
        if (k > 0 && s.key(k) == "with"_key && s.key(k - 1) == ","_key) {
            const PersonRef* subject = nullptr;
            for (std::size_t r = rb; r < re; ++r)
                if (ctx.refs[r].person >= 0 && ctx.refs[r].person != self && ctx.refs[r].begin < k &&
                    (!subject || ctx.refs[r].begin < subject->begin))
                    subject = &ctx.refs[r];
            if (subject)
                out.subjectCompanion = subject->person;
        }
    }
    return out;
}

// "President Cyril Ramaphosa and his Zimbabwean counterpart ...": a wire names its own country's
// officials by a bare title and foreign ones with their state. When the first official the
// article names gets a state from the people dictionary alone (no word of the text gives one),
// that state is the outlet's home, where the officials it does not introduce are at home; else -1.
// A headline's bare name of no state ("talks under Lee government") is not how the wire
// introduces anyone: the body names that leader later, by a bare title; the next official counts.
// `bodyOnly`: the body's first official, whatever the headline names first.
int homeState(const DocContext& ctx, bool bodyOnly = false)
{
    const auto first = std::find_if(ctx.refs.begin(), ctx.refs.end(), [&](const PersonRef& r) {
        if (r.kind != RefKind::Name || r.person < 0 || !ctx.persons[std::size_t(r.person)].official)
            return false;
        // "NATO Secretary General A said ...; President B hosted A": an organisation's official
        // serves no state, so he tells nothing of the wire's home; the next official does
        if (ctx.persons[std::size_t(r.person)].organization >= 0 && ctx.persons[std::size_t(r.person)].state < 0)
            return false;
        return r.sentence >= ctx.body || (!bodyOnly && ctx.persons[std::size_t(r.person)].state >= 0);
    });
    if (first == ctx.refs.end())
        return -1;
    const Person& p = ctx.persons[std::size_t(first->person)];
    const bool fromDictionary = p.dictionary >= 0 && p.stateStrength == 2 && !p.stateInferred &&
                                p.affiliationFromDictionary;
    if (!fromDictionary)
        return -1;
    // "Taoiseach and British PM agree ...; Micheál Martin and Keir Starmer met": a wire that
    // writes that state on an office before naming him introduces him as a foreigner
    for (int k = 0; k <= first->sentence; ++k)
        for (const DefiniteTitle& d : ctx.sents[std::size_t(k)].definites)
            if (d.state == p.state)
                return -1;
    return p.state;
}

// The home state of the agency that files the article, named in its dateline or a byline above
// the body ("(Australian Associated Press)"); else -1.
int agencyState(const DocContext& ctx)
{
    for (int k = 0; k <= ctx.body && k < int(ctx.sents.size()); ++k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        const int end = k < ctx.body ? s.size() : s.dateline;
        for (int i = 0; i < end; ++i)
            if (const PhraseMatch* m = s.matchOf(i); m && m->begin == i && m->kind == PhraseKind::Agency)
                return ctx.g.stateIndex(ctx.g.agencies[std::size_t(m->entry)].state);
    }
    return -1;
}

// "Bangkok [Thailand], April 4 (ANI): Prime Minister Narendra Modi ... on the sidelines of the
// BIMSTEC Summit": a dateline filed from a gathering (told by the headline or the body's first
// sentence) is the venue's, not the wire's home. That home, told by the first official placed
// by the dictionary alone, when it is another state than the dateline's; else -1. (The
// headline's "PBBM, Anwar discuss ... on ASEAN Summit sidelines" may name the host first; the
// body's "KUALA LUMPUR – President Marcos ..." names the wire's own.)
int gatheringWireHome(const DocContext& ctx, int datelineState)
{
    bool gathering = false;
    for (int k = 0; k <= ctx.body && k < int(ctx.sents.size()) && !gathering; ++k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        // "on the sidelines of the UN General Assembly": a gathering held in one city every time
        for (int i = 0; i < s.size() && !gathering; ++i)
            gathering = ctx.lex.has(Cue::GatheringWord, s.key(i)) ||
                        (s.tok(i).cap && lexiconPhraseAt(ctx.lex, Cue::GatheringVenue, s, i) > i);
    }
    if (!gathering)
        return -1;
    int wire = homeState(ctx);
    if (wire < 0)
        wire = homeState(ctx, true);
    // "NEW YORK, Sept 24 (APP) - Prime Minister A met ...": no official the dictionary places;
    // the agency that files from the venue tells the wire's home
    if (wire < 0)
        wire = agencyState(ctx);
    return wire != datelineState ? wire : -1;
}

// "PRIME Minister A held talks with his Vanuatu counterpart B ... the Vanuatu leader ...": the
// wire writes the guest's state on every guest and none on its own people, so the state named
// most is the guest's. When the first official the body names has no state of the text and the
// text rules that most named state out for him, he is of the next state named, and so are the
// other officials it introduces by a bare title; else -1.
int unwrittenHomeState(const DocContext& ctx, const std::vector<int>& prominent)
{
    const PersonRef* first = firstBodyOfficial(ctx, [](const Person&) { return true; });
    if (!first || prominent.size() < 2)
        return -1;
    const Person& p = ctx.persons[std::size_t(first->person)];
    // (or he meets its people where the text first names him: "A was welcomed by New
    // Zealand's minister B on his arrival")
    const std::vector<int> met = affiliationInSentence(ctx, first->person).metStates;
    const auto ruledOut = [&](int st) {
        return std::find(p.notStates.begin(), p.notStates.end(), st) != p.notStates.end() ||
               std::find(met.begin(), met.end(), st) != met.end();
    };
    if (p.state >= 0 || p.organization >= 0 || !ruledOut(prominent.front()))
        return -1;
    return nextProminent(prominent, ruledOut);
}

// "The Australian minister A met the Prime Minister, B, in Apia ... The Leader of the
// Opposition, C, said": the first official the body names with no state of the text meets
// officials of the state named most, so he is not of it; the wire's bare titles are his state,
// the next one named. Else -1.
int metHomeState(const DocContext& ctx, const std::vector<int>& prominent, int* founder)
{
    const PersonRef* first = firstBodyOfficial(ctx, [](const Person& p) { return p.state < 0 && p.organization < 0; });
    if (!first || prominent.size() < 2)
        return -1;
    // (one the lead tells: "Iraq's Prime Minister A received Turkish Foreign Minister B in
    // Baghdad. Later, Minister C met President D" tells C's meeting at home after the lead's)
    if (const PersonRef* lead = firstBodyOfficial(ctx, [](const Person&) { return true; });
        lead && lead->sentence < first->sentence) {
        int guestAt = -1;
        if (leadMeetingState(ctx, prominent, &guestAt) >= 0)
            return -1;
    }
    const Person& p = ctx.persons[std::size_t(first->person)];
    const SentenceAffiliation near = affiliationInSentence(ctx, first->person);
    std::vector<int> metStates = near.metStates;
    // "Prime Minister A says T&T and Guyana agreed ... The Prime Minister made the announcement
    // after talks with Guyana's President B": when the sentence naming him meets nobody, the
    // next sentences that tell a meeting of his (a name, a title or a pronoun for him) do; only
    // for a state's office ("the Fund's mission chief A" serves a body, which meets any state)
    const bool stateOffice = !p.titles.isEmpty() && std::all_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        return ti >= 0 && (leadsAState(ctx.g.titles[std::size_t(ti)]) || ctx.g.titles[std::size_t(ti)].category == "minister"_key);
    });
    if (metStates.empty() && near.metUnplaced.empty() && stateOffice)
        for (int k = first->sentence + 1; k < std::min(int(ctx.sents.size()), first->sentence + 3) && metStates.empty(); ++k) {
            const SentenceInfo& s = ctx.sents[std::size_t(k)];
            bool encounter = false;
            for (int i = 0; i < s.size() && !encounter; ++i)
                encounter = ctx.lex.has(Cue::EncounterWord, s.key(i));
            const auto [rb, re] = ctx.refRange[std::size_t(k)];
            bool his = false;
            for (std::size_t r = rb; r < re; ++r)
                his = his || ctx.refs[r].person == first->person;
            if (!encounter || !his)
                continue;
            for (std::size_t r = rb; r < re; ++r)
                if (const int o = ctx.refs[r].person; o >= 0 && o != first->person &&
                    ctx.persons[std::size_t(o)].stateStrength >= 2 && ctx.persons[std::size_t(o)].state >= 0)
                    addUnique(metStates, ctx.persons[std::size_t(o)].state);
        }
    const auto met = [&](int st) { return std::find(metStates.begin(), metStates.end(), st) != metStates.end(); };
    const auto ruledOut = [&p](int st) { return std::find(p.notStates.begin(), p.notStates.end(), st) != p.notStates.end(); };
    if (near.sideState >= 0 || near.accompaniedState >= 0 || near.listState >= 0 || near.attendee ||
        !met(prominent.front()))
        return -1;
    const int next = nextProminent(prominent, [&](int st) { return ruledOut(st) || met(st); });
    if (next >= 0)
        *founder = first->person;
    return next;
}

// "Rao arrived in Nairobi. Her host, Foreign Minister B, ...", "Ruto received his guest, Prime
// Minister C": the one whose host (guest) the person is, named before the possessive (in its
// sentence, else the last one's subject); -1 when the person is introduced otherwise.
int otherSideOwner(const DocContext& ctx, int person)
{
    const PersonRef* naming = firstNaming(ctx, person);
    if (!naming)
        return -1;
    const SentenceInfo& s = ctx.sents[std::size_t(naming->sentence)];
    int k = naming->begin - 1;
    if (const PhraseMatch* title = k >= 0 ? s.matchOf(k) : nullptr; title && title->kind == PhraseKind::Title && title->end == naming->begin)
        k = title->begin - 1;
    if (k >= 0 && s.key(k) == ","_key)
        --k;
    if (k < 1 || !ctx.lex.has(Cue::OtherSideNoun, s.key(k)) ||
        !ctx.lex.has(Cue::PossessivePronoun, s.key(k - 1)))
        return -1;
    const auto [rb, re] = ctx.refRange[std::size_t(naming->sentence)];
    for (std::size_t r = rb; r < re; ++r)
        if (ctx.refs[r].begin < k - 1 && ctx.refs[r].person >= 0 && ctx.refs[r].person != person)
            return ctx.refs[r].person;
    return previousSubject(ctx, naming->sentence);
}

// "A, B and C sat in on the talks, while Paz was accompanied by Foreign Minister D": the one a
// contrasting clause after the person has accompanied is the other side's (its first name,
// then an accompaniment with its agent); -1 when no such clause follows in the sentence.
int contrastedCompanionOwner(const DocContext& ctx, int person)
{
    const PersonRef* naming = firstNaming(ctx, person);
    if (!naming)
        return -1;
    const SentenceInfo& s = ctx.sents[std::size_t(naming->sentence)];
    int turn = naming->end;
    while (turn < s.size() && !ctx.lex.has(Cue::ContrastWord, s.key(turn)) && !ctx.lex.has(Cue::ClauseOpener, s.key(turn)))
        ++turn;
    const auto [rb, re] = ctx.refRange[std::size_t(naming->sentence)];
    for (std::size_t r = rb; r < re; ++r) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.begin <= turn || ref.person < 0 || ref.person == person)
            continue;
        // (the clause's subject alone: "while G was accompanied by", "whereas G, accompanied by")
        for (int k = ref.end; k < std::min(s.size(), ref.end + 4); ++k)
            if (ctx.lex.has(Cue::AccompanyWord, s.key(k)) && agentFollows(s, k))
                return ref.person;
        return -1;
    }
    return -1;
}

// "Canada will provide an additional $40 million, Minister of International Development A
// announced", "\"Norway stands with Ukraine,\" Development Minister B told reporters": a
// reporting clause after the statement, whose subject is a state (its name, not a possessive
// nor a list), names the one who speaks for that state. The state, else -1.
int announcedForState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    // the reporting clause: ", [Title] A said", ", said [Title] A"
    const bool verbAfter = naming.end < s.size() &&
                           (ctx.lex.has(Cue::SpeechVerb, s.key(naming.end)) ||
                            (s.key(naming.end) == ","_key && naming.end + 1 < s.size() &&
                             ctx.lex.has(Cue::SpeechVerb, s.key(naming.end + 1))));
    int k = naming.begin;
    // (back over the title and its qualifiers, capitalised or a title's words)
    while (k > 0 && k > naming.begin - 10 && s.key(k - 1) != ","_key && s.tok(k - 1).kind != Token::Punct &&
           !ctx.lex.has(Cue::SpeechVerb, s.key(k - 1)))
        --k;
    const bool verbBefore = k > 0 && ctx.lex.has(Cue::SpeechVerb, s.key(k - 1)) && k >= 2 && s.key(k - 2) == ","_key;
    if (verbBefore)
        k -= 1;
    // ("... as long as it takes,\" Minister B told": the quotation's closing mark after the comma)
    const auto quoteMark = [&](int i) {
        return s.tok(i).kind == Token::Punct && (s.tok(i).punct == QLatin1Char('"') || s.tok(i).punct == QChar(0x201D));
    };
    if (!verbBefore && k >= 2 && quoteMark(k - 1))
        --k;
    if (!(verbAfter || verbBefore) || k < 1 || s.key(k - 1) != ","_key)
        return -1;
    const int comma = k - 1;
    // the statement: opens the sentence (after the dateline and an opening quote) with a state
    int b = std::max(0, s.dateline);
    while (b < comma && s.tok(b).kind == Token::Punct)
        ++b;
    // ("KINGSTON, Jamaica — Canada will": the dateline's state, then its dash)
    if (const PhraseMatch* d = b < comma ? s.matchOf(b) : nullptr; d && d->begin == b && d->end + 1 < comma &&
        (d->kind == PhraseKind::State || d->kind == PhraseKind::Place) && s.tok(d->end).kind == Token::Punct &&
        s.key(d->end) != ","_key) {
        b = d->end;
        while (b < comma && s.tok(b).kind == Token::Punct)
            ++b;
    }
    if (b < comma && s.key(b) == "the"_key)
        ++b;
    const PhraseMatch* m = b < comma ? s.matchOf(b) : nullptr;
    if (!m || m->begin != b || m->kind != PhraseKind::State || m->end >= comma || possessiveMarkAt(s, m->end))
        return -1;
    // (a verb follows the subject, not a list "Canada and Mexico", a comma or a name)
    const Token& next = s.tok(m->end);
    if (next.kind != Token::Word || next.cap || s.key(m->end) == "and"_key || s.key(m->end) == "or"_key)
        return -1;
    // (the clause between names nobody: "Canada will help, Jamaica's A said" is A's own)
    for (int i = m->end; i < comma; ++i)
        if (s.nameTok[std::size_t(i)])
            return -1;
    return m->entry;
}

} // namespace

namespace {

// "Conservative agriculture critic A", "Shadow defence secretary B", "opposition foreign affairs
// spokesman C": an opposition holder of a field (an opposition or political word, then lowercase
// field words, before his title) faces the minister of that field. The state of the one other
// official placed by the text whose title holds those field words, or -1.
int opposedMinisterState(const DocContext& ctx, int self, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    constexpr int reach = 6;
    // (the first such word after which only lowercase words run to the name: "Conservative
    // agriculture critic", not the "secretary" the gazetteer also files as political)
    int from = -1;
    for (int k = std::max(0, naming.begin - reach); k + 1 < naming.begin && from < 0; ++k) {
        if (!ctx.lex.has(Cue::OppositionWord, s.key(k)) && !ctx.lex.has(Cue::PoliticalWord, s.key(k)))
            continue;
        bool lower = true;
        for (int j = k + 1; j < naming.begin && lower; ++j)
            lower = s.tok(j).kind == Token::Word && !s.tok(j).cap;
        if (lower)
            from = k + 1;
    }
    if (from < 0)
        return -1;
    QStringList field;
    for (int k = from; k < naming.begin && s.tok(k).kind == Token::Word && !s.tok(k).cap; ++k)
        field << s.key(k).text();
    // (the last lowercase word is the office: "critic", "secretary", "spokesman")
    if (field.size() < 2)
        return -1;
    field.removeLast();
    int state = -1;
    for (int o = 0; o < int(ctx.persons.size()); ++o) {
        const Person& other = ctx.persons[std::size_t(o)];
        if (o == self || !other.official || other.state < 0 || other.stateStrength < 2)
            continue;
        // (the field as the text writes it before his name: "Agriculture Minister C")
        bool holds = false;
        for (const PersonRef& r : ctx.refs) {
            if (r.person != o || r.kind != RefKind::Name)
                continue;
            const SentenceInfo& rs = ctx.sents[std::size_t(r.sentence)];
            QStringList before;
            for (int k = std::max(0, r.begin - reach); k < r.begin; ++k)
                before << rs.key(k).text();
            holds = std::all_of(field.begin(), field.end(), [&](const QString& w) { return before.contains(w); });
            break;
        }
        if (!holds)
            continue;
        if (state >= 0 && state != other.state)
            return -1;
        state = other.state;
    }
    return state;
}

// Whether the one named may be a visit's host: an international body's official serves no state
// ("welcomed by the Secretary-General of the Arab League, A"), and an envoy at the airport is the
// guest's own as often as the host's.
bool mayBeHost(const DocContext& ctx, const PersonRef& naming)
{
    const Person& p = ctx.persons[std::size_t(naming.person)];
    return !servesABody(ctx, p) && !isPostedEnvoy(ctx, p);
}

// The state or place (with its state's entry) that starts at token j, not a generic venue
// ("the capital"); nullptr when none does.
const PhraseMatch* hostPlaceAt(const DocContext& ctx, const SentenceInfo& s, int j)
{
    const PhraseMatch* m = s.matchOf(j);
    if (m && m->begin == j && (m->kind == PhraseKind::State || m->kind == PhraseKind::Place) && m->entry >= 0 &&
        lexiconPhraseAt(ctx.lex, Cue::GenericVenue, s, j) != m->end)
        return m;
    return nullptr;
}

// "the Office of the Prime Minister said A \"reaffirmed Trinidad and Tobago's commitment to
// Caricom\"", "B expressed the State of Kuwait's appreciation": one named right before a voicing
// verb (lexicon `stance-word` of value voice) whose object is a state's possessive and a stance
// noun (value stance) voices his own state's stance. That state, where the text first does so;
// else -1. Not another verb: "welcomed Burundi's decision" is what the other side did.
int ownStanceState(const DocContext& ctx, int person)
{
    const QLatin1String voice("voice"), stance("stance");
    for (const PersonRef& r : ctx.refs) {
        if (r.person != person || r.kind != RefKind::Name)
            continue;
        const SentenceInfo& s = ctx.sents[std::size_t(r.sentence)];
        // (a quote mark or an adverb between: 'A "reaffirmed', "A also expressed")
        int k = r.end;
        while (k < std::min(s.size(), r.end + 2) && ctx.lex.value(Cue::StanceWord, s.key(k)) != voice &&
               (s.tok(k).kind == Token::Punct ? s.key(k) != ","_key : !s.tok(k).cap))
            ++k;
        if (k >= s.size() || ctx.lex.value(Cue::StanceWord, s.key(k)) != voice)
            continue;
        int j = k + 1;
        if (j < s.size() && s.key(j) == "the"_key)
            ++j;
        const PhraseMatch* m = j < s.size() ? s.matchOf(j) : nullptr;
        if (!m || m->begin != j || m->kind != PhraseKind::State || !possessiveMarkAt(s, m->end))
            continue;
        // (one word may qualify the stance: "Kuwait's deep appreciation")
        for (int n = m->end + 1; n < std::min(s.size(), m->end + 3); ++n)
            if (ctx.lex.value(Cue::StanceWord, s.key(n)) == stance)
                return m->entry;
    }
    return -1;
}

// "Bizimana delivered a message from President C", "A, who carried a letter from King C": the
// sender of a message (lexicon `received-thing` of value `sent`, right before "from" and his
// titled name) that one named before him in the sentence carries is of the bearer's state: the
// bearer's state, else -1. Not who receives it ("B received a message from President C": a
// receiving verb between the two).
int messageSenderState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    int k = naming.begin;
    if (const PhraseMatch* t = k > 0 ? s.matchOf(k - 1) : nullptr; t && t->kind == PhraseKind::Title && t->end == k)
        k = t->begin;
    if (k < 3 || s.key(k - 1) != "from"_key)
        return -1;
    // ("a verbal message from", "a written message from")
    int thing = k - 2;
    while (thing > k - 4 && thing > 0 && ctx.lex.value(Cue::ReceivedThing, s.key(thing)) != QLatin1String("sent"))
        --thing;
    if (ctx.lex.value(Cue::ReceivedThing, s.key(thing)) != QLatin1String("sent"))
        return -1;
    const auto [rb, re] = ctx.refRange[std::size_t(naming.sentence)];
    const PersonRef* bearer = nullptr;
    for (std::size_t r = rb; r < re; ++r)
        if (ctx.refs[r].person >= 0 && ctx.refs[r].person != naming.person && ctx.refs[r].end <= thing)
            bearer = &ctx.refs[r];
    if (!bearer)
        return -1;
    for (int i = bearer->end; i < thing; ++i)
        if (ctx.lex.value(Cue::MeetingVerb, s.key(i)) == QLatin1String("receive"))
            return -1;
    const Person& b = ctx.persons[std::size_t(bearer->person)];
    return b.stateStrength >= 2 ? b.state : -1;
}

// "A arrived in Guyana and was greeted at the airport by Prime Minister B", "On landing in
// Colombo, A was welcomed by Deputy Minister C": the agent of a welcome (a receiving verb, then
// "by" and the person, nothing but titles, names and list words between) in a sentence that
// tells an arrival in a state (a travel or arrival word, then "in", "at" or "to" and the state
// or one of its cities) serves that state: the host receives the guest. The state, else -1;
// not when the one welcomed is placed in it.
int receivingHostState(const DocContext& ctx, const PersonRef& naming)
{
    if (!mayBeHost(ctx, naming))
        return -1;
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    int by = -1;
    for (int k = naming.begin - 1; k >= std::max(0, naming.begin - 14) && by < 0; --k) {
        if (s.key(k) == "by"_key) {
            by = k;
            break;
        }
        const PhraseMatch* m = s.matchOf(k);
        const bool inList = s.nameTok[std::size_t(k)] || (m && m->kind == PhraseKind::Title) || s.key(k) == "and"_key ||
                            s.key(k) == ","_key || s.tok(k).cap || s.tok(k).kind == Token::Punct;
        if (!inList)
            return -1;
    }
    if (by < 1)
        return -1;
    // the receiving verb, a few words before its "by" ("was greeted at the airport, Timehri by")
    int verb = -1;
    for (int k = by - 1; k >= std::max(0, by - 10) && verb < 0; --k)
        if (ctx.lex.value(Cue::MeetingVerb, s.key(k)) == QLatin1String("receive") &&
            (!ctx.lex.has(Cue::TravelWord, s.key(k)) || ctx.lex.value(Cue::TravelWord, s.key(k)) == QLatin1String("guest")))
            verb = k;
    if (verb < 0)
        return -1;
    int host = -1;
    for (int k = 0; k + 1 < verb && host < 0; ++k) {
        if (!(ctx.lex.has(Cue::TravelWord, s.key(k)) || ctx.lex.has(Cue::ArrivalWord, s.key(k))) ||
            ctx.lex.value(Cue::TravelWord, s.key(k)) == QLatin1String("guest"))
            continue;
        int j = k + 1;
        if (s.key(j) != "in"_key && s.key(j) != "at"_key && s.key(j) != "to"_key)
            continue;
        ++j;
        if (j < s.size() && s.key(j) == "the"_key)
            ++j;
        if (const PhraseMatch* m = hostPlaceAt(ctx, s, j))
            host = m->entry;
        else if (const LexiconPhrase* town = nullptr; j < s.size() && s.tok(j).cap && lexiconPhraseAt(ctx.lex, Cue::City, s, j, &town) > j)
            host = ctx.g.stateIndex(town->value);
    }
    if (host < 0)
        return -1;
    // the one welcomed: a person named before the verb, not placed in the host state
    const auto [rb, re] = ctx.refRange[std::size_t(naming.sentence)];
    for (std::size_t r = rb; r < re; ++r)
        if (const int o = ctx.refs[r].person; o >= 0 && o != naming.person && ctx.refs[r].begin < verb &&
            ctx.persons[std::size_t(o)].state == host && ctx.persons[std::size_t(o)].stateStrength >= 2)
            return -1;
    return host;
}

// "during the Sultan's state visit to Tehran in May 2023, when he held talks with the late
// president A", "B travelled to Nairobi and met Cabinet Secretary C": one met on a visit to a
// state or one of its cities (a travel word, "to" or "in" and the place, then a meeting word
// before the name, no other place between) is that state's host. The state, else -1.
int visitHostState(const DocContext& ctx, const PersonRef& naming)
{
    if (!mayBeHost(ctx, naming))
        return -1;
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    int host = -1, hostEnd = -1;
    for (int k = std::max(0, naming.begin - 20); k + 2 < naming.begin; ++k) {
        if (!ctx.lex.has(Cue::TravelWord, s.key(k)) || ctx.lex.value(Cue::TravelWord, s.key(k)) == QLatin1String("guest"))
            continue;
        int j = k + 1;
        if (s.key(j) != "to"_key && s.key(j) != "in"_key)
            continue;
        ++j;
        if (const PhraseMatch* m = hostPlaceAt(ctx, s, j)) {
            host = m->entry;
            hostEnd = m->end;
        }
    }
    if (host < 0)
        return -1;
    bool encounter = false;
    for (int k = hostEnd; k < naming.begin; ++k) {
        const PhraseMatch* m = s.matchOf(k);
        if ((m && (m->kind == PhraseKind::State || m->kind == PhraseKind::Place || m->kind == PhraseKind::Demonym)) ||
            s.key(k) == ";"_key || (s.nameTok[std::size_t(k)] && !encounter))
            return -1;
        encounter = encounter || ctx.lex.has(Cue::EncounterWord, s.key(k));
    }
    if (!encounter)
        return -1;
    // (nor when the meeting tells a place of its own: "travelled to Lome and later held talks
    // with B in Accra")
    for (int k = naming.end; k + 1 < s.size() && s.key(k) != ";"_key; ++k)
        if (const PhraseMatch* m = s.matchOf(k + 1); (s.key(k) == "in"_key || s.key(k) == "at"_key) && m &&
            m->begin == k + 1 && (m->kind == PhraseKind::State || m->kind == PhraseKind::Place))
            return -1;
    // (not when someone of that state, named, is the traveller: "Ruto's trip to Mombasa, where
    // he met A"; a pronoun may stand for anyone the sentences before named)
    const auto [rb, re] = ctx.refRange[std::size_t(naming.sentence)];
    for (std::size_t r = rb; r < re; ++r)
        if (const int o = ctx.refs[r].person; o >= 0 && o != naming.person && ctx.refs[r].begin < naming.begin &&
            ctx.refs[r].kind == RefKind::Name &&
            ctx.persons[std::size_t(o)].state == host && ctx.persons[std::size_t(o)].stateStrength >= 2)
            return -1;
    return host;
}

// The state of the city a meeting sentence tells its meeting in: "met B in Mexico City", "in
// Cox's Bazar, where he met A", "received by C at the end of a visit to Algiers"; else -1.
int toldInState(const DocContext& ctx, const SentenceInfo& s)
{
    bool fromWhere = false;
    if (const int city = meetingCityState(ctx, s, s.size(), &fromWhere); city >= 0)
        return city;
    for (int k = 0; k + 2 < s.size(); ++k)
        if (ctx.lex.has(Cue::TravelWord, s.key(k)) && ctx.lex.value(Cue::TravelWord, s.key(k)) != QLatin1String("guest") &&
            (s.key(k + 1) == "to"_key || s.key(k + 1) == "in"_key))
            if (const PhraseMatch* m = hostPlaceAt(ctx, s, k + 2))
                return m->entry;
    return -1;
}

// "B met U.S. Ambassador C in Mexico City. Defense Secretary A also took part": one who sits in
// (lexicon `attendee-cue`; no accompaniment nor travel: "A, accompanied by D", "arrived with D"
// came with A) on a meeting of two states, told in his sentence or the two before it, sits on
// the host's side: the state of the city the meeting is told in, when one of the two. The
// nearest sentence that tells a meeting of placed officials of two states decides; -1 when
// that is none or the city another's.
int sitInHostState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& own = ctx.sents[std::size_t(naming.sentence)];
    for (int i = 0; i < own.size(); ++i)
        if (ctx.lex.has(Cue::AccompanyWord, own.key(i)) || ctx.lex.has(Cue::TravelWord, own.key(i)))
            return -1;
    // (a sentence that names another placed official tells its own meeting: "arrived at the head
    // of a delegation that included A" sits in on none told before)
    const auto placedOther = [&](int k) {
        const auto [rb, re] = ctx.refRange[std::size_t(k)];
        for (std::size_t r = rb; r < re; ++r)
            if (const int o = ctx.refs[r].person; o >= 0 && o != naming.person && ctx.persons[std::size_t(o)].stateStrength >= 2)
                return true;
        return false;
    };
    const int from = placedOther(naming.sentence) ? naming.sentence : std::max(ctx.body, naming.sentence - 2);
    for (int k = naming.sentence; k >= from; --k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        std::vector<int> held;
        const auto [rb, re] = ctx.refRange[std::size_t(k)];
        for (std::size_t r = rb; r < re; ++r)
            if (const int o = ctx.refs[r].person; o >= 0 && o != naming.person && ctx.persons[std::size_t(o)].official &&
                ctx.persons[std::size_t(o)].stateStrength >= 2 && ctx.persons[std::size_t(o)].state >= 0)
                addUnique(held, ctx.persons[std::size_t(o)].state);
        bool encounter = false;
        for (int i = 0; i < s.size() && !encounter; ++i)
            encounter = ctx.lex.has(Cue::EncounterWord, s.key(i));
        if (held.size() < 2 || !encounter)
            continue;
        const int city = toldInState(ctx, s);
        return holds(held, city) ? city : -1;
    }
    return -1;
}

// "the president of the Canary Islands, A", "Canary Islands regional president B", "the premier
// of Ontario, C": an office of a state's region or city (regions.tsv and the cities of
// states.tsv are seats of their state) written before the name serves that state, whatever
// other state the story is about. The state, else -1. (Not an envoy's post: "the ambassador in
// Brussels".)
int officeSeatState(const DocContext& ctx, const PersonRef& naming)
{
    // (an international body's official serves no state: "welcomed by the Secretary-General of
    // the Arab League, A")
    if (servesABody(ctx, ctx.persons[std::size_t(naming.person)]))
        return -1;
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    // ("Foreign Office spokesperson A": a seat many states name says nothing)
    const auto seat = [&](const PhraseMatch* m, int end) {
        return m && m->end == end && m->kind == PhraseKind::Place && m->entry >= 0 &&
               lexiconPhraseAt(ctx.lex, Cue::GenericVenue, s, m->begin) != end;
    };
    const auto office = [&](const PhraseMatch* t, int end) {
        return t && t->kind == PhraseKind::Title && t->end == end &&
               ctx.g.titles[std::size_t(t->entry)].category != "honorific"_key &&
               !isDiplomatTitle(ctx.g.titles[std::size_t(t->entry)]);
    };
    const int k = naming.begin;
    if (k >= 5 && s.key(k - 1) == ","_key) {
        // "<office> of [the] <seat>, A"
        const PhraseMatch* m = s.matchOf(k - 2);
        if (!seat(m, k - 1))
            return -1;
        int b = m->begin;
        if (b > 0 && s.key(b - 1) == "the"_key)
            --b;
        if (b < 2 || s.key(b - 1) != "of"_key || !office(s.matchOf(b - 2), b - 1))
            return -1;
        return m->entry;
    }
    // "<seat> [regional] <office> A"
    const PhraseMatch* t = k > 0 ? s.matchOf(k - 1) : nullptr;
    if (!office(t, k))
        return -1;
    int e = t->begin;
    if (e > 0 && ctx.lex.has(Cue::SeatLevel, s.key(e - 1)) && !s.tok(e - 1).cap)
        --e;
    const PhraseMatch* m = e > 0 ? s.matchOf(e - 1) : nullptr;
    return seat(m, e) ? m->entry : -1;
}

// "the foreign ministers, A and B", "interior ministers C and D", "their defence ministers, E
// and F": one office in the plural, right before a list of exactly two names, has one holder on
// each side of a meeting of two states (a state has one foreign minister). A generic plural
// ("ministers A and B", "envoys"), a state written on the office ("the Kenyan ministers") or a
// retinue ("accompanied by ministers A and B") is one side. The other of the pair and the
// person's place in it (0, 1); false when the person is named otherwise.
bool pairedByPluralOffice(const DocContext& ctx, const PersonRef& naming, const PersonRef** partner, int* position)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    const auto [rb, re] = ctx.refRange[std::size_t(naming.sentence)];
    const PersonRef* first = nullptr;
    const PersonRef* second = nullptr;
    for (std::size_t r = rb; r < re; ++r) {
        const PersonRef& o = ctx.refs[r];
        if (o.person < 0 || o.person == naming.person || o.kind != RefKind::Name)
            continue;
        if (o.end + 1 == naming.begin && s.key(o.end) == "and"_key)
            first = &o, second = &naming;
        else if (naming.end + 1 == o.begin && s.key(naming.end) == "and"_key)
            first = &naming, second = &o;
        if (first)
            break;
    }
    if (!first)
        return false;
    // (not a third name after the pair: "ministers A and B, and C")
    if (second->end + 1 < s.size() && s.key(second->end) == ","_key && s.nameTok[std::size_t(second->end + 1)])
        return false;
    int k = first->begin;
    // (an honorific the name leaves out: "the foreign ministers, Dr A and B")
    if (const PhraseMatch* h = k > 0 ? s.matchOf(k - 1) : nullptr;
        h && h->kind == PhraseKind::Title && h->end == k && ctx.g.titles[std::size_t(h->entry)].category == "honorific"_key)
        k = h->begin;
    if (k > 0 && s.key(k - 1) == ","_key)
        --k;
    // the plural office ending at k: its last word in the plural, one to three words
    if (k < 1 || s.tok(k - 1).kind != Token::Word)
        return false;
    const QString last = s.key(k - 1).text();
    QString singular;
    if (last.endsWith(QLatin1String("ies")))
        singular = last.chopped(3) + QLatin1Char('y');
    else if (last.endsWith(QLatin1Char('s')))
        singular = last.chopped(1);
    else
        return false;
    int office = -1, officeBegin = -1;
    QString words = singular;
    for (int b = k - 1; b >= std::max(0, k - 3); --b) {
        if (b < k - 1) {
            if (s.tok(b).kind != Token::Word)
                break;
            words = s.key(b).text() + QLatin1Char(' ') + words;
        }
        if (const int ti = ctx.g.titleByName.value(foldKey(words), -1); ti >= 0) {
            office = ti;
            officeBegin = b;
        }
    }
    if (office < 0)
        return false;
    const TitleEntry& te = ctx.g.titles[std::size_t(office)];
    if (officeBegin == k - 1 && !leadsAState(te))
        return false;
    if (te.category == "honorific"_key || isDiplomatTitle(te) || isOrganisationTitle(te))
        return false;
    // (a state or its demonym on the office, or a count other than two)
    for (int b = std::max(0, officeBegin - 2); b < officeBegin; ++b) {
        const PhraseMatch* m = s.matchOf(b);
        if ((m && (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym)) ||
            (ctx.lex.has(Cue::GroupNumber, s.key(b)) && ctx.lex.value(Cue::GroupNumber, s.key(b)) != QLatin1String("2")))
            return false;
    }
    // (a retinue before it, in its clause)
    for (int b = 0; b + 1 < officeBegin; ++b)
        if (ctx.lex.has(Cue::AccompanyWord, s.key(b)) && s.key(b + 1) == "by"_key)
            return false;
    *partner = first == &naming ? second : first;
    *position = first == &naming ? 0 : 1;
    return true;
}

// The two sides a sentence tells, in the order it names them: the states of the officials it
// names whom the text places (`skip` aside), when they hold exactly two; else empty.
std::vector<int> twoSidesOf(const DocContext& ctx, int sentence, int skipA, int skipB)
{
    std::vector<int> sides;
    const auto [rb, re] = ctx.refRange[std::size_t(sentence)];
    std::vector<const PersonRef*> refs;
    for (std::size_t r = rb; r < re; ++r)
        refs.push_back(&ctx.refs[r]);
    std::sort(refs.begin(), refs.end(), [](const PersonRef* a, const PersonRef* b) { return a->begin < b->begin; });
    for (const PersonRef* r : refs) {
        if (r->person < 0 || r->person == skipA || r->person == skipB)
            continue;
        const Person& o = ctx.persons[std::size_t(r->person)];
        if (o.official && o.state >= 0 && o.stateStrength >= 2 && !o.stateInferred)
            addUnique(sides, o.state);
    }
    if (sides.size() != 2)
        sides.clear();
    return sides;
}

// The state of one of a pair under a plural office (pairedByPluralOffice): the side its
// partner, placed by the text, does not hold; else the side at its place in the order the
// sentence (or the one before it) names the two sides; -1 when no two sides are told. The
// partner's state, which the person does not hold, is put in `notState` (else -1).
int pairedOfficeState(const DocContext& ctx, const PersonRef& naming, int* notState)
{
    *notState = -1;
    const PersonRef* partner = nullptr;
    int position = 0;
    if (!pairedByPluralOffice(ctx, naming, &partner, &position))
        return -1;
    const Person& other = ctx.persons[std::size_t(partner->person)];
    const bool placed = other.state >= 0 && other.stateStrength >= 2 && !other.stateInferred;
    if (placed)
        *notState = other.state;
    std::vector<int> sides = twoSidesOf(ctx, naming.sentence, naming.person, partner->person);
    if (sides.empty() && naming.sentence > ctx.body)
        sides = twoSidesOf(ctx, naming.sentence - 1, naming.person, partner->person);
    if (sides.empty())
        return -1;
    if (placed) {
        if (other.state == sides[0])
            return sides[1];
        if (other.state == sides[1])
            return sides[0];
        return -1;
    }
    return sides[std::size_t(position)];
}

} // namespace

namespace {
// A readout's list of the delegations: "were joined by:\nUnited States\nDeputy Secretary A\n
// Under Secretary B\nIndonesia\nVice Minister C", "Participating in the meeting for Ecuador
// were:\nMinister of Foreign Affairs D", "On the Uzbek side:", "Ghana's delegation:": a heading
// line heads the people listed one a line under it, up to the next heading. The state of the
// nearest heading above the naming, in its sentence; else -1.
bool lineBreakBetween(const DocContext& ctx, qsizetype from, qsizetype to)
{
    return from < to && QStringView(ctx.doc.text).mid(from, to - from).contains(QLatin1Char('\n'));
}

// Whether token k of s opens a line of the text (the sentence's first token: when only blanks
// stand between the line break or the text's start and it).
bool opensLine(const DocContext& ctx, const SentenceInfo& s, int k)
{
    if (k > 0)
        return lineBreakBetween(ctx, s.tok(k - 1).end, s.tok(k).start);
    for (qsizetype c = s.tok(0).start; c-- > 0;) {
        const QChar ch = ctx.doc.text.at(c);
        if (ch == QLatin1Char('\n'))
            return true;
        if (!ch.isSpace())
            return false;
    }
    return true;
}

// The state whose people heading line [b, e) of s lists: a line that is only a state's name, or
// a line that ends with a colon and names one side, by a state ("for Ecuador", "the Kazakh side",
// "Ghana's delegation") or by an official ("Accompanying President A were:"); not one the line
// names after a word of another side, a destination or a topic (lexicon `heading-other`:
// "in the talks with Ghana", "who travelled to Ghana", "the talks on Ukraine"). -1 when the
// line names no side or two; `heading` tells whether the line is a heading at all.
int headingLineState(const DocContext& ctx, const SentenceInfo& s, int b, int e, bool* heading)
{
    *heading = false;
    for (const StateHit& h : ctx.stateHits)
        if (h.sentence == s.index && h.begin == b && h.end == e) {
            *heading = true;
            return h.state;
        }
    if (e - b < 2 || s.key(e - 1) != ":"_key)
        return -1;
    *heading = true;
    // (the word before the phrase that names a side, past an article: "with the Ghanaian side")
    const auto owner = [&](int begin, int end) {
        int k = begin - 1;
        while (k >= b && ctx.lex.has(Cue::Article, s.key(k)))
            --k;
        if (k < b || !ctx.lex.has(Cue::HeadingOther, s.key(k)))
            return true;
        // "On the Uzbek side:": a word of a topic before a side noun names the side
        return ctx.lex.value(Cue::HeadingOther, s.key(k)) == "topic"_key && end < e &&
               (ctx.lex.has(Cue::SideNoun, s.key(end)) || ctx.lex.has(Cue::DelegationNoun, s.key(end)));
    };
    int found = -1;
    bool two = false;
    const auto side = [&](int st) {
        two = two || (found >= 0 && found != st);
        found = st;
    };
    for (const StateHit& h : ctx.stateHits)
        if (h.sentence == s.index && h.begin >= b && h.end <= e && owner(h.begin, h.end))
            side(h.state);
    const auto [rb, re] = ctx.refRange[std::size_t(s.index)];
    for (std::size_t r = rb; r < re; ++r) {
        const PersonRef& ref = ctx.refs[r];
        if (ref.begin < b || ref.end > e || ref.person < 0)
            continue;
        const Person& o = ctx.persons[std::size_t(ref.person)];
        if (!o.official || o.state < 0 || o.stateStrength < 2 || o.stateInferred)
            continue;
        int t = ref.begin;
        while (t > b && s.matchOf(t - 1) && s.matchOf(t - 1)->kind == PhraseKind::Title)
            --t;
        if (owner(t, ref.end))
            side(o.state);
    }
    return two ? -1 : found;
}

int headingState(const DocContext& ctx, const PersonRef& naming)
{
    int sentence = naming.sentence;
    const SentenceInfo* s = &ctx.sents[std::size_t(sentence)];
    // (one listed on a line of his own, the name ending it)
    if (naming.end < s->size() && !lineBreakBetween(ctx, s->tok(naming.end - 1).end, s->tok(naming.end).start))
        return -1;
    int e = naming.begin;
    while (e > 0 && !opensLine(ctx, *s, e))
        --e;
    // the lines above, nearest first, up to a heading, into the sentences before when a line
    // opens the sentence (a line the splitter set apart: "Uzbekistan"); not across a full stop
    // ("Following the meeting, A hosted B" after the list)
    for (int lines = 0; lines < 40; ++lines) {
        if (e == 0) {
            if (!opensLine(ctx, *s, 0) || sentence - 1 < ctx.body || sentence == 0)
                return -1;
            s = &ctx.sents[std::size_t(--sentence)];
            e = s->size();
            if (e == 0 || s->key(e - 1) == "."_key)
                return -1;
        }
        int b = e - 1;
        while (b > 0 && !opensLine(ctx, *s, b))
            --b;
        if (!opensLine(ctx, *s, b))
            return -1;
        for (int k = b; k < e; ++k)
            if (s->key(k) == "."_key)
                return -1;
        bool heading = false;
        const int st = headingLineState(ctx, *s, b, e, &heading);
        if (heading)
            return st;
        e = b;
    }
    return -1;
}

// "Sen. A (R-Neb.)", "Rep. B, D-Calif., said", "(I-Vt.)", "(R-TX)": right after the naming, a
// party's letter (lexicon `party-tag`) joined by a hyphen to a seat in capitals, in brackets or
// commas: the tag's state, else -1.
int partyTagState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    const int k = naming.end;
    if (k + 2 >= s.size() || (s.key(k) != "("_key && s.key(k) != ","_key))
        return -1;
    const bool paren = s.key(k) == "("_key;
    const Token& letter = s.tok(k + 1);
    if (letter.kind != Token::Word || !letter.allCaps || letter.end - letter.start != 1 ||
        !ctx.lex.has(Cue::PartyTag, letter.key) || !s.tok(k + 2).hyphenBefore || !s.tok(k + 2).cap)
        return -1;
    // the seat: capitals and full stops ("Neb.", "N.Y.", "TX"), then the closing mark (a comma
    // may also end the sentence: "said Rep. B, D-Calif.")
    int e = k + 3;
    while (e < s.size() && e - k < 8 && (s.key(e) == "."_key || (s.tok(e).kind == Token::Word && s.tok(e).cap)))
        ++e;
    const bool closed = e < s.size() ? (paren ? s.key(e) == ")"_key : s.key(e) == ","_key || s.key(e) == "."_key)
                                     : !paren;
    if (!closed)
        return -1;
    return ctx.g.stateIndex(ctx.lex.value(Cue::PartyTag, letter.key));
}

// "In Ottawa, Conservative leader A said ...", "In Kyiv, Foreign Minister B told reporters": a
// city (or state) that opens the sentence, before a comma, places the official named right
// after it, his office between, who speaks there: at home. Its state, else -1. Not a posted
// envoy nor a visitor ("In Kyiv, visiting Minister C said").
int openingPlaceState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    const int b = std::max(0, s.dateline);
    if (s.size() < b + 4 || s.key(b) != "in"_key)
        return -1;
    const PhraseMatch* m = s.matchOf(b + 1);
    if (!m || m->begin != b + 1 || (m->kind != PhraseKind::Place && m->kind != PhraseKind::State) ||
        m->end >= s.size() || s.key(m->end) != ","_key || naming.begin - m->end > 8 || naming.begin <= m->end)
        return -1;
    for (int k = m->end + 1; k < naming.begin; ++k)
        if (s.key(k) == ","_key || ctx.lex.has(Cue::EncounterWord, s.key(k)) || ctx.lex.has(Cue::VisitorWord, s.key(k)) ||
            s.nameTok[std::size_t(k)])
            return -1;
    const Person& p = ctx.persons[std::size_t(naming.person)];
    if (isPostedEnvoy(ctx, p) || servesABody(ctx, p))
        return -1;
    return m->entry;
}

// The sentence of `naming` names `state` by its name or its demonym (not by a city of it).
bool namesStateAt(const DocContext& ctx, const PersonRef* naming, int state)
{
    if (!naming)
        return false;
    const SentenceInfo& s = ctx.sents[std::size_t(naming->sentence)];
    return std::any_of(ctx.stateHits.begin(), ctx.stateHits.end(), [&](const StateHit& h) {
        const PhraseMatch* m = h.sentence == naming->sentence && h.state == state ? s.matchOf(h.begin) : nullptr;
        return m && m->kind != PhraseKind::Place;
    });
}

// Whether the monarch of `state` (or one of its royal family) holds royal title `royal` (a
// titles.tsv name), by the lexicon's `monarchy` set.
bool reignsIn(const DocContext& ctx, const QString& royal, int state)
{
    const SharedTokens toks = shortTokens(ctx.g.states[std::size_t(state)].name);
    if (toks.empty())
        return false;
    for (const LexiconPhrase& c : ctx.lex.phrases(Cue::Monarchy, toks.front().key))
        if (c.keys.size() == toks.size() &&
            std::equal(c.keys.begin(), c.keys.end(), toks.begin(), [](const QString& k, const Token& t) { return k == t.key; }))
            return c.value.split(QLatin1Char('|')).contains(royal, Qt::CaseInsensitive);
    return false;
}

// "President Kagame and President B met", "Nduhungirehe and Foreign Minister C held talks": a
// state has one head, one head of government and one minister of each portfolio, so one who
// meets that office's holder of `state` where the text names him is of another state. (Not a
// deputy's office, nor a bare "Minister": a state has many.) And a monarchy has no president:
// "King Mohammed VI and his brother President B".
bool metHolderOfOwnOffice(const DocContext& ctx, int self, const PersonRef& naming, int state)
{
    const Person& p = ctx.persons[std::size_t(self)];
    const auto singleHolder = [&](const QString& t) {
        const int ti = ctx.g.titleByName.value(foldKey(t), -1);
        if (ti < 0 || t.compare(QLatin1String("Minister"), Qt::CaseInsensitive) == 0)
            return false;
        for (const QString& w : t.split(QLatin1Char(' ')))
            if (ctx.lex.has(Cue::DeputyWord, foldKey(w)))
                return false;
        const TitleEntry& te = ctx.g.titles[std::size_t(ti)];
        return te.category == "head-of-state"_key || te.category == "head-of-government"_key ||
               te.category == "minister"_key;
    };
    const bool president = p.titles.contains(QLatin1String("President"), Qt::CaseInsensitive);
    const auto [rb, re] = ctx.refRange[std::size_t(naming.sentence)];
    for (std::size_t r = rb; r < re; ++r) {
        const int o = ctx.refs[r].person;
        if (o < 0 || o == self || p.former || ctx.persons[std::size_t(o)].former || ctx.persons[std::size_t(o)].state != state)
            continue;
        for (const QString& t : p.titles)
            if (ctx.persons[std::size_t(o)].titles.contains(t) && singleHolder(t))
                return true;
        for (const QString& royal : ctx.persons[std::size_t(o)].titles)
            if (president && reignsIn(ctx, royal, state))
                return true;
    }
    return false;
}

} // namespace

void assignFallbackStates(DocContext& ctx)
{
    // The article's main state: the dateline's ("RIYADH: ..." is written where the officials
    // the wire does not introduce are at home), else the one named most often (first named on
    // a tie).
    std::vector<int> prominent = statesByProminence(ctx);
    int datelineState = -1;
    int home = -1;
    int founder = -1; ///< the one whose meeting told the home state apart
    int wire = -1; ///< the wire's home, when its dateline is a gathering's venue abroad
    int leadState = -1; ///< the state of the city the lead's meeting is told in, with no dateline
    bool localPaper = false; ///< the home is the state the text writes on none of its officials
    if (!datelineCity(ctx, &datelineState).isEmpty() && datelineState >= 0 &&
        (wire = gatheringWireHome(ctx, datelineState)) >= 0)
        datelineState = -1;
    if (datelineState >= 0) {
        // "JEDDAH —" over an article that never writes "Saudi Arabia": the home of the wire's
        // unintroduced officials all the same.
        const auto at = std::find(prominent.begin(), prominent.end(), datelineState);
        if (at != prominent.end())
            std::rotate(prominent.begin(), at, at + 1);
        else
            prominent.insert(prominent.begin(), datelineState);
    } else if (home = wire >= 0 ? wire : homeState(ctx); home >= 0 || (home = unwrittenHomeState(ctx, prominent)) >= 0 ||
                                      (home = metHomeState(ctx, prominent, &founder)) >= 0) {
        const auto at = std::find(prominent.begin(), prominent.end(), home);
        if (at != prominent.end())
            std::rotate(prominent.begin(), at, at + 1);
        else
            prominent.insert(prominent.begin(), home);
    } else if (int guestAt = -1; (leadState = leadMeetingState(ctx, prominent, &guestAt)) >= 0) {
        // no dateline and no home: the city of the lead's meeting stands for the dateline
        const auto at = std::find(prominent.begin(), prominent.end(), leadState);
        std::rotate(prominent.begin(), at, at + 1);
    } else if (guestAt >= 0 && (home = unclaimedHomeState(ctx, prominent, guestAt)) >= 0) {
        // ... unless the lead tells the wire's own leader as a guest there
        const auto at = std::find(prominent.begin(), prominent.end(), home);
        std::rotate(prominent.begin(), at, at + 1);
    } else if ((home = unwrittenOwnState(ctx, prominent)) >= 0) {
        localPaper = true;
        const auto at = std::find(prominent.begin(), prominent.end(), home);
        std::rotate(prominent.begin(), at, at + 1);
    } else if (home = agencyState(ctx); home >= 0 && holds(prominent, home)) {
        // "By A, GMA Integrated News": with nothing else to tell, the outlet of the byline
        // above the body is at home in its state, when the story names that state
        const auto at = std::find(prominent.begin(), prominent.end(), home);
        std::rotate(prominent.begin(), at, at + 1);
    } else if ((home = settingState(ctx, prominent)) >= 0) {
        // nothing else tells the home: the state of the places the story happens in does
        const auto at = std::find(prominent.begin(), prominent.end(), home);
        std::rotate(prominent.begin(), at, at + 1);
    } else {
        home = -1;
    }
    ctx.wireHome = datelineState >= 0 ? -1 : home >= 0 ? home : leadState;
    // The state the story is told from and in: the outlet's home, the city of its lead meeting,
    // or a dateline its own agency files from ("Mogadishu (SONNA) -"), which the text names; not
    // a dateline alone, which a wire may file from abroad, nor a home whose people the lead
    // tells abroad ("SEOUL (Yonhap) -- Foreign Minister A held talks with B in Tokyo"). -1 when
    // none.
    int own = datelineState < 0 ? ctx.wireHome : datelineState == agencyState(ctx) ? datelineState : -1;
    if (std::none_of(ctx.stateHits.begin(), ctx.stateHits.end(), [&](const StateHit& h) { return h.state == own; }))
        own = -1;
    if (int guestAt = -1; own >= 0) {
        const int leadCity = leadMeetingState(ctx, prominent, &guestAt);
        if ((leadCity >= 0 && leadCity != own) || (guestAt >= 0 && guestAt != own))
            own = -1;
    }
    std::vector<int> joinedOwn; ///< those placed at `own` for meeting its people (see metOwn)
    // "Colombia and Ecuador ... Defense Minister Pedro Sanchez met his Ecuadorian counterpart":
    // a possible namesake of a dictionary official (Person::namesake) whose story names a state
    // he does not meet in the sentence that names him is of that state (the most named one), not
    // of the entry's, which the story never names; with no such state ("Foreign Minister A held
    // talks with Romanian Foreign Minister B"), the entry's
    for (Person& p : ctx.persons) {
        if (!p.namesake || p.state < 0)
            continue;
        const int self = int(&p - ctx.persons.data());
        const SentenceAffiliation near = affiliationInSentence(ctx, self);
        const auto story = std::find_if(prominent.begin(), prominent.end(), [&](int st) {
            return st != p.state && std::find(near.metStates.begin(), near.metStates.end(), st) == near.metStates.end() &&
                   std::find(p.notStates.begin(), p.notStates.end(), st) == p.notStates.end();
        });
        if (story == prominent.end())
            continue;
        p.state = *story;
        p.stateStrength = 1;
        p.stateInferred = true;
        p.setAffiliation(QStringLiteral("the state the story names most, not a namesake's in the dictionary"));
    }
    // the heading line a readout lists one's delegation under states it, whatever the titles
    // around the list seemed to say (not the dictionary's state)
    for (Person& p : ctx.persons) {
        const int self = int(&p - ctx.persons.data());
        const PersonRef* naming = p.official && !p.affiliationFromDictionary ? firstNaming(ctx, self) : nullptr;
        if (const int st = naming ? headingState(ctx, *naming) : -1; st >= 0 && p.organization < 0) {
            p.state = st;
            p.stateStrength = 3;
            p.setAffiliation(QStringLiteral("listed under a line that names that state"));
        }
    }
    for (Person& p : ctx.persons) {
        if (!p.official || p.state >= 0 || p.organization >= 0)
            continue;
        p.stateInferred = true; // whatever state this person gets below, no text states it
        // "Prime Minister A (of Fiji) will meet Prime Minister B": a state has one leader of
        // each office, so B is not of the state of another who holds his office
        std::vector<int> leaderStates;
        for (const QString& t : p.titles) {
            const int ti = ctx.g.titleByName.value(foldKey(t), -1);
            // (a state may have several deputies: "Deputy Prime Minister")
            bool deputy = false;
            for (const QString& w : t.split(QLatin1Char(' ')))
                deputy = deputy || ctx.lex.has(Cue::DeputyWord, foldKey(w));
            if (p.former || ti < 0 || deputy || !leadsAState(ctx.g.titles[std::size_t(ti)]) ||
                ctx.g.titles[std::size_t(ti)].category == "head-of-state"_key)
                continue;
            for (const Person& o : ctx.persons)
                if (&o != &p && o.official && !o.former && o.state >= 0 && o.titles.contains(t))
                    leaderStates.push_back(o.state);
        }
        const int self = int(&p - ctx.persons.data());
        // "Her host, Foreign Minister B", "his guest, President C": a noun of another side
        // (lexicon `other-side-noun`) owned by the one named before is not of that one's state
        if (const int owner = otherSideOwner(ctx, self); owner >= 0 && ctx.persons[std::size_t(owner)].stateStrength >= 2)
            leaderStates.push_back(ctx.persons[std::size_t(owner)].state);
        if (const int guest = contrastedCompanionOwner(ctx, self); guest >= 0 && ctx.persons[std::size_t(guest)].stateStrength >= 2)
            leaderStates.push_back(ctx.persons[std::size_t(guest)].state);
        const auto ruledOut = [&p, &leaderStates](int st) {
            return std::find(p.notStates.begin(), p.notStates.end(), st) != p.notStates.end() ||
                   std::find(leaderStates.begin(), leaderStates.end(), st) != leaderStates.end();
        };
        const SentenceAffiliation near = affiliationInSentence(ctx, self);
        // "B will meet Prime Minister C": the one B meets is no more of B's home than B's hosts were
        // "Deputy Secretary A met with Foreign Secretary B": two bare titles who meet are two
        // sides; once A is placed at the wire's home, B is the guest (not in a local paper,
        // which writes the state of every guest: "Opposition Leader A met President B")
        const bool metFounder =
            !localPaper && std::any_of(near.metUnplaced.begin(), near.metUnplaced.end(), [&](int o) {
                return o == founder || (home >= 0 && ctx.persons[std::size_t(o)].state == home &&
                                        ctx.persons[std::size_t(o)].stateInferred && !holds(joinedOwn, o));
            });
        // Gives the person state `st` on a rule's evidence, unless `st` is none or ruled out.
        const auto place = [&p, &ruledOut](int st, const QString& why) {
            if (st < 0 || ruledOut(st))
                return false;
            p.state = st;
            p.stateStrength = 2;
            p.setAffiliation(why);
            return true;
        };
        if (place(near.sideState, QStringLiteral("listed on that state's side")) ||
            place(near.accompaniedState, QStringLiteral("accompanying an official of that state")) ||
            place(ownStanceState(ctx, self), QStringLiteral("voicing that state's stance")))
            continue;
        // (the subject placed already, by the text or by these fallbacks)
        if (const int with = near.subjectCompanion; with >= 0 && ctx.persons[std::size_t(with)].state >= 0 &&
                                                     !ruledOut(ctx.persons[std::size_t(with)].state)) {
            p.state = ctx.persons[std::size_t(with)].state;
            p.stateStrength = std::clamp(ctx.persons[std::size_t(with)].stateStrength, 1, 2);
            p.setAffiliation(QStringLiteral("present with the subject of the sentence"));
            continue;
        }
        // "A arrived in Guyana and was greeted by Prime Minister B": the host of the arrival;
        // "during the Sultan's visit to Tehran, when he held talks with A": the visit's host;
        // "the president of the Canary Islands, A": an office of a seat of that state
        if (const PersonRef* naming = firstNaming(ctx, self);
            naming && (place(receivingHostState(ctx, *naming), QStringLiteral("welcoming a guest who arrived in that state")) ||
                       place(visitHostState(ctx, *naming), QStringLiteral("met on a visit to that state")) ||
                       place(officeSeatState(ctx, *naming), QStringLiteral("an office of a region or city of that state")) ||
                       place(messageSenderState(ctx, *naming), QStringLiteral("sending the message one of that state carries")) ||
                       place(openingPlaceState(ctx, *naming), QStringLiteral("named after a city of that state that opens the sentence"))))
            continue;
        // "B received C; the foreign ministers, A and D, also met": one holder of the office for
        // each side
        if (const PersonRef* naming = firstNaming(ctx, self)) {
            int notState = -1;
            const int st = pairedOfficeState(ctx, *naming, &notState);
            if (notState >= 0)
                leaderStates.push_back(notState);
            if (place(st, QStringLiteral("one of two holders of an office in the plural, one for each side")))
                continue;
        }
        // "President B received NATO's chief C, joined by Minister A": one who sits in on a
        // meeting whose only state is B's (the others serve international bodies) is of B's.
        // "B met the IMF mission chief C. Finance Minister A also attended the meeting": the
        // meeting told in the sentence before, when the attendance names nobody it meets
        std::vector<int> held = near.metStates;
        std::vector<int> bodies = near.metUnplaced;
        if (const PersonRef* naming = firstNaming(ctx, self);
            near.attendee && held.empty() && bodies.empty() && naming && naming->sentence > ctx.body) {
            const SentenceInfo& prev = ctx.sents[std::size_t(naming->sentence - 1)];
            bool encounter = false;
            for (int i = 0; i < prev.size() && !encounter; ++i)
                encounter = ctx.lex.has(Cue::EncounterWord, prev.key(i));
            for (int sentence : {naming->sentence - 1, naming->sentence}) {
                const auto [rb, re] = ctx.refRange[std::size_t(sentence)];
                for (std::size_t r = rb; r < re && encounter; ++r) {
                    const int o = ctx.refs[r].person;
                    if (o < 0 || o == self || !ctx.persons[std::size_t(o)].official)
                        continue;
                    // (the others of the attendance list, unplaced as the person, are his company)
                    const Person& other = ctx.persons[std::size_t(o)];
                    if (other.stateStrength >= 2 && other.state >= 0)
                        held.push_back(other.state);
                    else if (sentence < naming->sentence)
                        bodies.push_back(o);
                }
            }
        }
        if (near.attendee && !held.empty()) {
            std::sort(held.begin(), held.end());
            held.erase(std::unique(held.begin(), held.end()), held.end());
            if (held.size() == 1 && !ruledOut(held.front()) && !bodies.empty() &&
                std::all_of(bodies.begin(), bodies.end(),
                            [&](int o) { return servesABody(ctx, ctx.persons[std::size_t(o)]); })) {
                p.state = held.front();
                p.stateStrength = 2;
                p.setAffiliation(QStringLiteral("sitting in on a meeting of that state's officials with an international body's"));
                continue;
            }
        }
        // "hosted by EU foreign policy chief A and envoy B": an envoy listed with the official of
        // an international body serves it, no state
        const bool envoy = std::all_of(p.titles.begin(), p.titles.end(), [&](const QString& t) {
            const int ti = ctx.g.titleByName.value(foldKey(t), -1);
            return ti >= 0 && (isDiplomatTitle(ctx.g.titles[std::size_t(ti)]) ||
                               isOrganisationTitle(ctx.g.titles[std::size_t(ti)]));
        });
        if (near.listOrganisation >= 0 && envoy && !p.titles.isEmpty() && near.listState < 0) {
            p.setAffiliation(QStringLiteral("listed with an official of that organisation"));
            continue;
        }
        if (near.listState >= 0 && !ruledOut(near.listState)) {
            p.state = near.listState;
            p.stateStrength = 2;
            p.setAffiliation(QStringLiteral("listed with an official of that state"));
            continue;
        }
        if (const PersonRef* naming = firstNaming(ctx, self);
            naming && near.attendee && !near.guestCompanion &&
            place(sitInHostState(ctx, *naming), QStringLiteral("sitting in on a meeting told in a city of that state")))
            continue;
        // "Canada will provide $40 million, Minister A announced": the state whose action he
        // announces
        if (const PersonRef* naming = firstNaming(ctx, self)) {
            if (const int st = announcedForState(ctx, *naming); st >= 0 && !ruledOut(st) &&
                std::find(near.metStates.begin(), near.metStates.end(), st) == near.metStates.end()) {
                p.state = st;
                p.stateStrength = 2;
                p.setAffiliation(QStringLiteral("announcing for the state the statement's subject is"));
                continue;
            }
        }
        // The most named state, but not one of those this person met in the sentence that
        // names them ("Rabuka was welcomed by New Zealand's minister": a guest of New Zealand).
        int main = -1;
        // "welcomed by his Mauritanian counterpart, in the presence of Prime Minister A": when
        // the people of the sentence hold two states or more, A is on one of those sides.
        std::vector<int> sides = near.metStates;
        std::sort(sides.begin(), sides.end());
        sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
        // (not one who meets them himself at home: "CAIRO - Minister A held talks with Greek
        // Minister B and Cypriot Minister C" is of neither side, he is the dateline's)
        const int host = datelineState >= 0 ? datelineState : home;
        if (sides.size() >= 2 &&
            (near.attendee || host < 0 || std::binary_search(sides.begin(), sides.end(), host)))
            for (int st : prominent)
                if (!ruledOut(st) && std::binary_search(sides.begin(), sides.end(), st)) {
                    main = st;
                    break;
                }
        // "The visiting leader was accompanied by A": A is not of the host state
        const auto excluded = [&](int st) { return ruledOut(st) || (near.guestCompanion && st == host); };
        // ... and of the guest's state: the one other state the text writes on an official
        if (near.guestCompanion && host >= 0 && main < 0) {
            int guest = -1;
            bool one = true;
            for (const Person& o : ctx.persons)
                if (&o != &p && o.official && o.state >= 0 && o.state != host && o.stateStrength >= 2 && !o.stateInferred) {
                    one = one && (guest < 0 || guest == o.state);
                    guest = o.state;
                }
            if (one && guest >= 0 && !ruledOut(guest))
                main = guest;
        }
        // "Vice President A met with the governor of the state, B": the outlet writes the state
        // of the foreigners it names; one it does not, who meets one of its own state that the
        // text or the dictionary places, is of that state too. Not when the sentence writes that
        // state by name ("A was received by Spanish Foreign Minister B"): it writes the states of
        // both sides there, and the bare one is the guest.
        // (not one who meets the holder of his own office there, see metHolderOfOwnOffice())
        const PersonRef* met = firstNaming(ctx, self);
        const bool metOwn = own >= 0 && holds(near.metWritten, own) && !namesStateAt(ctx, met, own) &&
                            !(met && metHolderOfOwnOffice(ctx, self, *met, own));
        // (one that only the city of a meeting at the story's home, its dateline's or its outlet's,
        // placed there marks no side: "the Vice President, A, met the Minister of Trade, B, in
        // Banjul" places A in Banjul's state, and B is there as well; a guest received there is of
        // the other side, "Afterwards, the Minister received Advisor B")
        const bool metHere = host >= 0 && !holds(near.metSides, host) &&
                             !(met && tellsReception(ctx, ctx.sents[std::size_t(met->sentence)]));
        // ... and so is one who meets a bare official of the story's state when neither the
        // outlet nor the lead told a home: its dateline's ("Ashgabat - President A held a meeting
        // with Deputy Chairman B"), else the state it names most ("President A received Prime
        // Minister B")
        // (not a dateline an agency of another state files from: "Addis Ababa (KBC) -" writes
        // Kenya's own people bare)
        const int story = own >= 0 ? -1
                          : datelineState >= 0 ? (agencyState(ctx) < 0 ? datelineState : -1)
                          : home < 0 && leadState < 0 && !prominent.empty() ? prominent.front()
                                                                           : -1;
        const bool metStory = story >= 0 && met && holds(near.metWritten, story) && !namesStateAt(ctx, met, story) &&
                              !metHolderOfOwnOffice(ctx, self, *met, story);
        const auto metOther = [&](int st) {
            return holds(near.metStates, st) && !(st == own && metOwn) && !(st == host && metHere) &&
                   !(st == story && metStory);
        };
        // (one who sits in on a meeting is no side of it, whoever chairs it: "A chaired an
        // inter-ministerial meeting, which was attended by home adviser B")
        for (int pass = 0; pass < 2 && main < 0; ++pass)
            for (int st : prominent)
                if (!excluded(st) && (pass == 1 || near.attendee || (!metOther(st) && !(st == home && metFounder)))) {
                    main = st;
                    break;
                }
        bool orgTitle = false;
        bool stateOffice = false; ///< "Vice President, Deputy Prime Minister and Chairman of B": a state's office beside
        for (const QString& t : p.titles) {
            const int ti = ctx.g.titleByName.value(foldKey(t), -1);
            if (ti < 0)
                continue;
            const TitleEntry& te = ctx.g.titles[std::size_t(ti)];
            if (te.category == "organisation"_key ||
                te.category == "organization"_key)
                orgTitle = true;
            stateOffice = stateOffice || leadsAState(te) || te.category == "minister"_key;
            if (!te.state.isEmpty() && ctx.g.stateIndex(te.state) >= 0) {
                p.state = ctx.g.stateIndex(te.state);
                p.stateStrength = 2;
                p.setAffiliation(QStringLiteral("title '%1' implies %2").arg(t, te.state));
            }
        }
        const PersonRef* naming = firstNaming(ctx, self); // as affiliationInSentence reads
        // (an organisation's kind of office named by no body of its own is placed only by the
        // town it is met in: "in Cox's Bazar, where he met Refugee Commissioner A")
        const bool bodyless = orgTitle && !stateOffice && !(naming && namesOwnBody(ctx, *naming));
        if (p.state >= 0 || main < 0)
            continue;
        // "Argentine President Fernandez ... was received by President Lula" in a sentence
        // that names Argentina and Brazil: the state named there that nobody else holds.
        const int sentence = naming ? naming->sentence : -1;
        if (naming) {
            std::vector<int> taken;
            // (for one who sits in, those the text places: "attended by the Minister of A, B, and
            // the Minister of C, D" places B and D alike, whichever these fallbacks place first;
            // but "A met B in Brussels": once A is placed there, B is the other side)
            std::vector<int> takenByText;
            for (const PersonRef& r : ctx.refs) {
                if (r.sentence == sentence && r.person >= 0 && r.person != self &&
                    ctx.persons[std::size_t(r.person)].stateStrength >= 2) {
                    taken.push_back(ctx.persons[std::size_t(r.person)].state);
                    if (!near.attendee || !ctx.persons[std::size_t(r.person)].stateInferred)
                        takenByText.push_back(ctx.persons[std::size_t(r.person)].state);
                }
            }
            int candidate = -1;
            bool unique = true;
            std::vector<int> named;
            for (const StateHit& h : ctx.stateHits) {
                if (h.sentence == sentence && h.counts &&
                    std::find(named.begin(), named.end(), h.state) == named.end())
                    named.push_back(h.state);
            }
            // a sentence of a meeting ("Abiy visited Djibouti, where he held talks with President
            // A"), not one that only mentions states ("A said the Prime Minister conveyed India's
            // concerns about Bangladesh")
            if ((named.size() != 2 && named.size() != 1) || near.metStates.empty())
                unique = false;
            // "Singapore's Ambassador to the Philippines C": the state an envoy is posted to is
            // no side of the others named there
            const SentenceInfo& si = ctx.sents[std::size_t(sentence)];
            const auto postOfEnvoy = [&](const StateHit& h) {
                int k = h.begin - 1;
                if (k >= 0 && si.key(k) == "the"_key)
                    --k;
                if (k < 1 || si.key(k) != "to"_key)
                    return false;
                const PhraseMatch* t = si.matchOf(k - 1);
                return t && t->kind == PhraseKind::Title && t->end == k &&
                       isDiplomatTitle(ctx.g.titles[std::size_t(t->entry)]);
            };
            // (", French officials said": the state of the source the report is told by)
            const auto source = [&](const StateHit& h) {
                if (h.begin < 1 || si.key(h.begin - 1) != ","_key)
                    return false;
                for (int k = h.end; k < std::min(si.size(), h.end + 3); ++k) {
                    if (ctx.lex.has(Cue::SpeechVerb, si.key(k)))
                        return true;
                    if (si.tok(k).kind != Token::Word)
                        return false;
                }
                return false;
            };
            // ("dialogue with Pyongyang": a seat that acts, a topic more often than a side)
            const auto seat = [&](const StateHit& h) {
                const PhraseMatch* m = si.matchOf(h.begin);
                return m && m->begin == h.begin && m->kind == PhraseKind::Place;
            };
            for (const StateHit& h : ctx.stateHits) {
                // ("to coordinate a response to Belarus", "to discuss the war in Sudan": a state
                // the talks are about is no side of them)
                if (h.sentence != sentence || !h.counts ||
                    std::find(taken.begin(), taken.end(), h.state) != taken.end() || postOfEnvoy(h) || seat(h) || source(h) ||
                    topicState(ctx, si, h.begin))
                    continue;
                if (candidate >= 0 && candidate != h.state)
                    unique = false;
                candidate = h.state;
            }
            // "President A held talks with Canada's minister B at State House in Georgetown,
            // where the two discussed the border with Venezuela": the city the meeting is told in
            // is the host's, whatever topic the sentence names. A city of a state the article
            // names nowhere else is a third country's venue ("in Geneva"), unless the meeting
            // is told in its "where" clause ("from Bridgetown, Barbados, where she met C").
            bool fromWhere = false;
            bool seatCity = false;
            bool town = false; ///< a town the lexicon lists, where an office of no body of its own sits
            QString cityName;
            int city = near.metStates.empty() && near.metUnplaced.empty()
                           ? -1
                           : meetingCityState(ctx, si, naming->begin, &fromWhere, &seatCity, &cityName, &town);
            // "A met the EU's agriculture commissioner in Brussels", "B held talks with the IAEA
            // chief in Vienna": a meeting with none but the officials of international bodies in
            // a city that seats one is the body's; the city tells nothing of A's state
            if (seatCity && near.metStates.empty() &&
                std::all_of(near.metUnplaced.begin(), near.metUnplaced.end(),
                            [&](int o) { return servesABodySeatedIn(ctx, ctx.persons[std::size_t(o)], cityName); }))
                city = -1;
            // ... and so is one in a city away from the dateline's state: "ADEN - Foreign Minister A
            // met in Riyadh with the UN envoy B" tells where A went. (Not from a home read off the
            // first official the dictionary places: a wire may name a guest first)
            const bool bodiesOnly = near.metStates.empty() && !near.metUnplaced.empty() &&
                                    std::all_of(near.metUnplaced.begin(), near.metUnplaced.end(),
                                                [&](int o) { return servesABody(ctx, ctx.persons[std::size_t(o)]); });
            if (bodiesOnly && datelineState >= 0 && city != datelineState)
                city = -1;
            const bool namedElsewhere = std::any_of(ctx.stateHits.begin(), ctx.stateHits.end(), [&](const StateHit& h) {
                return h.state == city && h.counts && h.sentence != sentence;
            });
            if (city >= 0 && (fromWhere || (namedElsewhere && (!bodyless || town))) &&
                std::find(takenByText.begin(), takenByText.end(), city) == takenByText.end() && !ruledOut(city)) {
                p.state = city;
                p.stateStrength = 2;
                p.stateFromVenue = true;
                p.setAffiliation(QStringLiteral("met in a city of that state in sentence %1").arg(sentence + 1));
                continue;
            }
            if (bodyless)
                continue;
            if (candidate >= 0 && unique && !taken.empty() && !ruledOut(candidate)) {
                p.state = candidate;
                p.stateStrength = 2;
                p.setAffiliation(QStringLiteral("the other state named in sentence %1").arg(sentence + 1));
                continue;
            }
        }
        if (bodyless)
            continue;
        // "PORT MORESBY - ... (Australian Associated Press) ... Opposition defence spokesman A
        // said": a wire filing abroad quotes its own home's opposition, not the host's
        if (naming && main == datelineState && datelineState >= 0) {
            const SentenceInfo& ns = ctx.sents[std::size_t(naming->sentence)];
            bool opposition = false;
            for (int k = std::max(0, naming->begin - 4); k < naming->begin && !opposition; ++k)
                opposition = ctx.lex.has(Cue::OppositionWord, ns.key(k));
            // "BEIJING - ... Agriculture Minister C ... Conservative agriculture critic A said the
            // government": the opposition's holder of a field (a critic, a shadow secretary, a
            // spokesman) opposes the government whose minister of that field the story names; he
            // is of that minister's state
            if (const int opposed = opposedMinisterState(ctx, self, *naming);
                opposed >= 0 && opposed != datelineState && !ruledOut(opposed)) {
                p.state = opposed;
                p.stateStrength = 1;
                p.setAffiliation(QStringLiteral("fallback: the opposition to the minister of the same field"));
                continue;
            }
            if (const int wireHome = opposition ? agencyState(ctx) : -1;
                wireHome >= 0 && wireHome != datelineState && !ruledOut(wireHome)) {
                p.state = wireHome;
                p.stateStrength = 1;
                p.setAffiliation(QStringLiteral("fallback: the opposition of the wire's home"));
                continue;
            }
        }
        if (metOwn && main == own)
            joinedOwn.push_back(self);
        p.state = main;
        p.stateStrength = 1;
        p.setAffiliation(main == datelineState ? QStringLiteral("fallback: the dateline's state")
                         : main == home    ? QStringLiteral("fallback: the outlet's home state")
                         : main == leadState ? QStringLiteral("fallback: the state of the lead meeting's city")
                                           : QStringLiteral("fallback: the state the article names most"));
    }
    // "Sen. A (R-Neb.)": a lawmaker's party tag names his state, whatever state the story is about
    // and whatever the fallbacks above made of him. (Read after them: "Secretary B met with Sen. A
    // (R-Neb.)" is a meeting at home, not one of two sides, which those would read from A's state)
    for (Person& p : ctx.persons) {
        if (!p.official || (p.state >= 0 && !p.stateInferred) || p.organization >= 0)
            continue;
        const int self = int(&p - ctx.persons.data());
        for (const PersonRef& r : ctx.refs)
            if (r.person == self && r.kind == RefKind::Name) {
                if (const int st = partyTagState(ctx, r);
                    st >= 0 && std::find(p.notStates.begin(), p.notStates.end(), st) == p.notStates.end()) {
                    p.state = st;
                    p.stateStrength = 3;
                    p.stateInferred = false;
                    p.setAffiliation(QStringLiteral("a lawmaker's party tag of that state after the name"));
                    break;
                }
            }
    }
    // "Under the guidance of President Xi and King Felipe VI" in a Chinese readout: a royal title
    // is held in a monarchy of that title (lexicon `monarchy`); one the fallbacks placed in a
    // state that has no such monarch is of the story's most prominent state that has one
    for (Person& p : ctx.persons) {
        if (!p.official || !p.stateInferred || p.organization >= 0 || p.titles.isEmpty())
            continue;
        const int ti = ctx.g.titleByName.value(foldKey(p.titles.front()), -1);
        if (ti < 0 || !isRoyal(ctx.g.titles[std::size_t(ti)]))
            continue;
        const QString& royal = ctx.g.titles[std::size_t(ti)].name;
        if (p.state >= 0 && reignsIn(ctx, royal, p.state))
            continue;
        const auto kingdom = std::find_if(prominent.begin(), prominent.end(), [&](int st) {
            return reignsIn(ctx, royal, st) &&
                   std::find(p.notStates.begin(), p.notStates.end(), st) == p.notStates.end();
        });
        if (kingdom == prominent.end())
            continue;
        p.state = *kingdom;
        p.stateStrength = 2;
        p.setAffiliation(QStringLiteral("a royal title of the story's state that has that monarch"));
    }
}

namespace {

bool takesPart(const MeetingDraft& m, int person)
{
    return std::find(m.participants.begin(), m.participants.end(), person) != m.participants.end();
}

// The one state that the people of `m` other than `person` hold, when the text places them
// all; -1 when they hold two states or none.
int othersState(const DocContext& ctx, const MeetingDraft& m, int person)
{
    int state = -1;
    for (int o : m.participants) {
        const Person& other = ctx.persons[std::size_t(o)];
        if (o == person || other.stateStrength < 2 || other.state < 0)
            continue;
        if (state >= 0 && other.state != state)
            return -1;
        state = other.state;
    }
    return state;
}

// The state that hosts `m` for `person`: the state of its city, when the others there, the
// official's company, all hold one other state (the visitors); else -1. A companion on a visit
// ("accompanied by") is of the party he came with.
int hostStateFor(const DocContext& ctx, const MeetingDraft& m, int person)
{
    // ("A and B met on the sidelines of the African Union summit in Addis Ababa": a gathering's
    // city lends the venue, nobody there hosts; s21 affil14)
    if (m.place.isEmpty() || !takesPart(m, person) || m.besideGathering || m.gatheringEvent ||
        std::find(m.companions.begin(), m.companions.end(), person) != m.companions.end())
        return -1;
    // ("A travelled to Brussels for talks with EU trade commissioner B and German minister C": a
    // meeting with an official of a body the city seats is the body's; nobody there is a host)
    if (std::any_of(m.participants.begin(), m.participants.end(),
                    [&](int o) { return o != person && servesABodySeatedIn(ctx, ctx.persons[std::size_t(o)], m.place); }))
        return -1;
    const int host = stateOfCity(ctx, m.place);
    const int visitors = othersState(ctx, m, person);
    return visitors >= 0 && visitors != host ? host : -1;
}

// The state the people of `state` meet in the article's meetings, `person` aside, when it is
// one: the other side of the visit the article tells. -1 when none or several (a guest who also
// met the people of another state on the way: "arrived from Bridgetown, where she met C"). Only
// held meetings tell the visit: "is expected to meet Prime Minister B" in the next state of a
// tour is another.
int otherSideOf(const DocContext& ctx, int state, int person)
{
    int side = -1;
    for (const MeetingDraft& m : ctx.meetings) {
        if (m.status != "held"_key)
            continue;
        std::vector<int> held;
        for (int o : m.participants)
            if (const Person& other = ctx.persons[std::size_t(o)];
                o != person && other.stateStrength >= 2 && other.state >= 0)
                addUnique(held, other.state);
        if (held.size() != 2 || std::find(held.begin(), held.end(), state) == held.end())
            continue;
        const int other = held.front() == state ? held.back() : held.front();
        if (side >= 0 && side != other)
            return -1;
        side = other;
    }
    return side;
}

// The host state for an official only a fallback placed: the state of the city where he meets
// people all of another state, when all his meetings with a known city are in that state (a
// host receives at home; one who meets people in the cities of two states travels, and may be
// a guest in both: "met A in Honiara"); else -1.
int hostStateOf(const DocContext& ctx, int person)
{
    std::vector<int> placeStates;
    int host = -1;
    for (const MeetingDraft& m : ctx.meetings) {
        if (m.place.isEmpty() || !takesPart(m, person))
            continue;
        // (a city of no known state, -1, is somewhere else)
        if (const int st = stateOfCity(ctx, m.place); std::find(placeStates.begin(), placeStates.end(), st) == placeStates.end())
            placeStates.push_back(st);
        if (const int h = hostStateFor(ctx, m, person); h >= 0)
            host = h;
    }
    return placeStates.size() == 1 ? host : -1;
}

// "Prime Minister A and his Malaysian counterpart B held talks": A, only a fallback placed,
// meets the people of one state, whom the article shows meeting those of one other state
// only: A is of that other state. -1 when the meetings say nothing or disagree.
int sideStateOf(const DocContext& ctx, int person)
{
    const Person& p = ctx.persons[std::size_t(person)];
    int side = -1;
    for (const MeetingDraft& m : ctx.meetings) {
        if (!takesPart(m, person))
            continue;
        const int met = othersState(ctx, m, person);
        if (met < 0 || met == p.state)
            continue;
        const int other = otherSideOf(ctx, met, person);
        if (other < 0 || (side >= 0 && side != other))
            return -1;
        side = other;
    }
    return side;
}

// Whether tokens [b, e) name a sub-national unit no dictionary knows ("Cross River State",
// "Eastern Province", "Assam"): one to four capitalised words, none read by the dictionaries
// (no city of the lexicon first) nor a function, tenure or body word, the last an area's noun
// (lexicon `area-noun`: "State", "Province", "Governorate"), or, when `bare`, none (before an
// office of a region only).
bool unknownUnit(const DocContext& ctx, const SentenceInfo& s, int b, int e, bool bare)
{
    if (b < 0 || e - b < 1 || e - b > 4 || e > s.size())
        return false;
    const bool area = e - b >= 2 && ctx.lex.has(Cue::AreaNoun, s.key(e - 1));
    // (a city the lexicon places names a known seat: "Kano State" is Nigeria's, whatever story)
    if (lexiconPhraseAt(ctx.lex, Cue::City, s, b) > b)
        return false;
    for (int k = b; k < e; ++k) {
        const Token& t = s.tok(k);
        if (t.kind != Token::Word || !t.cap || t.allCaps || s.matchOf(k) || s.nameTok[std::size_t(k)] ||
            isFunctionWord(ctx.lex, t.key) || ctx.lex.has(Cue::TenureWord, t.key) ||
            (!(area && k == e - 1) && ctx.lex.has(Cue::BodyHead, t.key)))
            return false;
    }
    return area || bare;
}

// "the governor of Cross River State, Senator A", "the President of Hirshabelle State, H.E. B",
// "Eastern Province Governor C", "Assam Chief Minister D", "E, the governor of Ondo State,":
// an office of a region the dictionaries do not know, written with the naming. An office of a
// region ("local" in titles.tsv) may name its region bare; any other needs the area's noun.
bool namesUnknownUnitOffice(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    const int n = s.size();
    const auto office = [&](int b, int e) -> const TitleEntry* {
        const PhraseMatch* t = b >= 0 && b < n ? s.matchOf(b) : nullptr;
        if (!t || t->kind != PhraseKind::Title || t->begin != b || t->end != e)
            return nullptr;
        const TitleEntry& te = ctx.g.titles[std::size_t(t->entry)];
        return te.category == "honorific"_key || isDiplomatTitle(te) ? nullptr : &te;
    };
    const auto local = [](const TitleEntry* te) { return te && te->category == "local"_key; };
    // "<office> of [the] <unit>": the unit in [b, e), the office's match ending before "of"
    const auto ofUnit = [&](int b, int e) {
        int o = b > 0 && s.key(b - 1) == "the"_key ? b - 1 : b;
        if (o < 2 || s.key(o - 1) != "of"_key)
            return false;
        const PhraseMatch* t = s.matchOf(o - 2);
        const TitleEntry* te = t ? office(t->begin, o - 1) : nullptr;
        return te && unknownUnit(ctx, s, b, e, local(te));
    };
    // the capitalised words no dictionary reads that end at e, up to four
    const auto wordsBefore = [&](int e) {
        int b = e;
        while (b > s.dateline && e - b < 4 && s.tok(b - 1).kind == Token::Word && s.tok(b - 1).cap && !s.matchOf(b - 1))
            --b;
        return b;
    };
    int k = naming.begin;
    // (a rank or an honorific the name leaves out, after the comma: "..., Senator A")
    if (const PhraseMatch* h = k > 1 ? s.matchOf(k - 1) : nullptr;
        h && h->kind == PhraseKind::Title && h->end == k && s.key(h->begin - 1) == ","_key)
        k = h->begin;
    // the office's phrase ends at the name, or at the comma before it
    const int end = k > 0 && s.key(k - 1) == ","_key ? k - 1 : k;
    // "<office> of [the] <unit>[,] A"
    if (end >= 3 && ofUnit(wordsBefore(end), end))
        return true;
    // "<unit> [state] <office>[,] A" (not a place the office is met in: "met in Assam Governor A")
    if (const PhraseMatch* t = end > 0 ? s.matchOf(end - 1) : nullptr; t && t->end == end) {
        const TitleEntry* te = office(t->begin, end);
        int e = t->begin;
        if (e > 0 && ctx.lex.has(Cue::SeatLevel, s.key(e - 1)) && !s.tok(e - 1).cap)
            --e;
        const int b = wordsBefore(e);
        const bool metThere = b > 0 && (s.key(b - 1) == "in"_key || s.key(b - 1) == "at"_key || s.key(b - 1) == "from"_key);
        if (te && b < e && !metThere && unknownUnit(ctx, s, b, e, local(te)))
            return true;
    }
    // "A, [the] <office> of [the] <unit>,"
    int q = naming.end;
    if (q + 3 >= n || s.key(q) != ","_key)
        return false;
    q += s.key(q + 1) == "the"_key ? 2 : 1;
    const PhraseMatch* t = s.matchOf(q);
    if (!t || t->begin != q || !office(q, t->end) || s.key(t->end) != "of"_key)
        return false;
    const int b = s.key(t->end + 1) == "the"_key ? t->end + 2 : t->end + 1;
    int e = b;
    while (e < n && e - b < 4 && s.tok(e).kind == Token::Word && s.tok(e).cap && !s.matchOf(e))
        ++e;
    return (e == n || s.key(e) == ","_key || s.key(e) == "."_key) && ofUnit(b, e);
}

// The state the story's visits are hosted by: the one in whose city (or seat, where its host
// received the guest) the held meetings of its officials with those of another state are told,
// the most often, the first told on a tie (the officials placed by more than the article's
// most named state); -1 when none.
int storyHostState(const DocContext& ctx)
{
    std::vector<int> hosts; ///< one per meeting, in the order told
    for (const MeetingDraft& m : ctx.meetings) {
        if (m.status != "held"_key || m.besideGathering || m.gatheringEvent)
            continue;
        const int host = stateOfCity(ctx, m.place.isEmpty() ? m.hostSeat : m.place);
        bool home = false, guest = false;
        for (int o : m.participants)
            if (const Person& other = ctx.persons[std::size_t(o)];
                other.official && other.state >= 0 && other.stateStrength >= 2)
                (other.state == host ? home : guest) = true;
        if (host >= 0 && home && guest)
            hosts.push_back(host);
    }
    int best = -1;
    long most = 0;
    for (int h : hosts)
        if (const long c = std::count(hosts.begin(), hosts.end(), h); c > most) {
            best = h;
            most = c;
        }
    return best;
}

// "Philippine Coast Guard (PCG)", "the Kenya Defence Forces (KDF)": the state whose name (or
// its people's) opens a body the text spells out, capitalised words up to a body's head noun,
// right before acronym `key` in brackets; -1 when the text defines no such acronym.
int acronymBodyState(const DocContext& ctx, const TokenKey& key)
{
    for (const SentenceInfo& s : ctx.sents)
        for (int k = 2; k + 1 < s.size(); ++k) {
            if (s.key(k) != key || s.key(k - 1) != "("_key || s.key(k + 1) != ")"_key)
                continue;
            bool head = false;
            for (int c = k - 2; c >= 0 && k - c <= 7; --c) {
                const PhraseMatch* m = s.matchOf(c);
                if (m && m->end == c + 1 && (m->kind == PhraseKind::State || m->kind == PhraseKind::Demonym))
                    return head ? m->entry : -1;
                if (s.tok(c).kind != Token::Word || !s.tok(c).cap || m || s.nameTok[std::size_t(c)])
                    break;
                head = head || ctx.lex.has(Cue::BodyHead, s.key(c));
            }
        }
    return -1;
}

// "PCG spokesperson A", "KDF spokesman Colonel B": an acronym no dictionary knows right before
// an office written before the naming (no other name, comma or a dozen words between) that the
// text defines as a body of a state ("the Philippine Coast Guard (PCG)"): that state, else -1.
int acronymOfficeState(const DocContext& ctx, const PersonRef& naming)
{
    const SentenceInfo& s = ctx.sents[std::size_t(naming.sentence)];
    for (int k = naming.begin - 1; k >= 1 && naming.begin - k <= 12; --k) {
        if (s.key(k) == ","_key || s.nameTok[std::size_t(k)])
            return -1;
        const PhraseMatch* t = s.matchOf(k);
        if (!t || t->begin != k || t->kind != PhraseKind::Title ||
            ctx.g.titles[std::size_t(t->entry)].category == "honorific"_key)
            continue;
        if (const Token& a = s.tok(k - 1); a.kind == Token::Word && a.allCaps && !s.matchOf(k - 1))
            return acronymBodyState(ctx, a.key);
    }
    return -1;
}

} // namespace

void assignHostStates(DocContext& ctx)
{
    const auto movable = [](const Person& p) { return p.official && p.stateInferred && p.stateStrength == 1; };
    const auto place = [&](Person& p, int state, const QString& rule) {
        if (state < 0 || state == p.state || std::find(p.notStates.begin(), p.notStates.end(), state) != p.notStates.end())
            return;
        p.state = state;
        p.stateStrength = 2;
        p.setAffiliation(rule);
    };
    // One the fallback placed at the outlet's home (the dateline's state, or that of the first
    // official the wire names by the dictionary alone) is one of the wire's own people, who
    // meet guests of any state: the others' meetings elsewhere tell nothing of his side.
    int home = -1;
    int wire = -1; ///< the wire's home when it files from a gathering abroad
    // (or by the wire's people: "PRIME Minister A held talks with his Vanuatu counterpart B")
    if (datelineCity(ctx, &home).isEmpty() || home < 0)
        home = homeState(ctx) >= 0 ? homeState(ctx) : ctx.wireHome;
    else if ((wire = gatheringWireHome(ctx, home)) >= 0)
        home = wire;
    // hosts first: the sides of the visit are read from the people placed so far ("NEW YORK
    // (APP) - Prime Minister A met B on the sidelines of the UN General Assembly": the wire's
    // own people at a gathering abroad are guests there, not its hosts)
    for (int i = 0; i < int(ctx.persons.size()); ++i)
        if (Person& p = ctx.persons[std::size_t(i)]; movable(p) && (wire < 0 || p.state != wire))
            place(p, hostStateOf(ctx, i), QStringLiteral("receiving visitors in that state"));
    for (int i = 0; i < int(ctx.persons.size()); ++i)
        if (Person& p = ctx.persons[std::size_t(i)]; movable(p) && (home < 0 || p.state != home))
            place(p, sideStateOf(ctx, i), QStringLiteral("meeting the visitors that state receives"));
    // "the governor of Cross River State, A", "Assam Chief Minister B": an office of a region no
    // dictionary knows is at home in the story, never of a visitor's state: the state that hosts
    // the story's visits, whatever state the fallbacks gave him
    const int storyHost = storyHostState(ctx);
    for (int i = 0; i < int(ctx.persons.size()) && storyHost >= 0; ++i) {
        Person& p = ctx.persons[std::size_t(i)];
        if (!p.official || p.organization >= 0 || !(p.state < 0 || movable(p)))
            continue;
        const bool unit = std::any_of(ctx.refs.begin(), ctx.refs.end(), [&](const PersonRef& r) {
            return r.person == i && r.kind == RefKind::Name && namesUnknownUnitOffice(ctx, r);
        });
        if (unit)
            place(p, storyHost, QStringLiteral("an office of a region of the state that hosts the story"));
    }
    // "the Philippine Coast Guard (PCG) ... PCG spokesperson A": an office of a body the text
    // names after its state, by the acronym it defined
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        Person& p = ctx.persons[std::size_t(i)];
        if (!p.official || p.organization >= 0 || !(p.state < 0 || movable(p)))
            continue;
        if (const PersonRef* naming = firstNaming(ctx, i))
            place(p, acronymOfficeState(ctx, *naming),
                  QStringLiteral("an office of that state's body, by its acronym"));
    }
}

} // namespace parley
