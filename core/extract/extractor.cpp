// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include "extract/documentcontext.h"
#include "text/textdate.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <set>
#include <tuple>

namespace parley {

namespace {

// Priority among dictionary phrases of equal length: a known person or a news agency hides
// the state inside its name ("Syrian Arab News Agency"), a state beats its capital's name.
int priority(PhraseKind k)
{
    switch (k) {
    case PhraseKind::Person: return 7;
    case PhraseKind::Agency: return 6;
    case PhraseKind::Organization: return 5;
    case PhraseKind::State: return 4;
    case PhraseKind::Demonym: return 3;
    case PhraseKind::Place: return 2;
    case PhraseKind::Title: return 1;
    }
    return 0;
}

bool caseOk(const Token& t, quint8 need)
{
    if (need == 2)
        return t.allCaps;
    if (need == 1)
        return t.cap;
    return true;
}

bool isRegionWord(const Lexicon& lex, const Token& t)
{
    return t.kind == Token::Word && lex.has(Cue::RegionWord, t.key);
}

// x.toCaseFolded(): plain ASCII (nearly every name) lowered here, where Qt reads the Unicode
// tables for every character
QString caseFolded(const QString& x)
{
    const char16_t* in = QStringView(x).utf16();
    const qsizetype n = x.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] >= 0x80)
            return x.toCaseFolded();
    }
    QString out(n, Qt::Uninitialized);
    QChar* o = out.data();
    for (qsizetype i = 0; i < n; ++i)
        o[i] = QChar(in[i] >= u'A' && in[i] <= u'Z' ? char16_t(in[i] + (u'a' - u'A')) : in[i]);
    return out;
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) ||
           c == QChar(0x00AB) || c == QChar(0x00BB);
}

// "(Reuters) -", "(BNA) --", "(NTB):": brackets opening at token `open`, closed within five
// tokens and followed by a dash or a colon, as an agency closes a dateline.
bool bracketThenDash(const SentenceInfo& s, int open)
{
    for (int k = open + 1; k < std::min(s.size() - 1, open + 6); ++k)
        if (s.key(k) == ")"_key)
            return isDash(s.tok(k + 1)) || s.key(k + 1) == ":"_key;
    return false;
}

// "travel", "leaving": words of place (lexicon `place-before`) whose value says they move
// someone to a place named after their "to" or "for" ("destination"), or right after them
// ("destination-object": "visit Warsaw").
bool isDestinationWord(const Lexicon& lex, const TokenKey& k, bool object = false)
{
    if (!lex.has(Cue::PlaceBefore, k))
        return false;
    const QString v = lex.value(Cue::PlaceBefore, k);
    return object ? v == QLatin1String("destination-object") : v.startsWith(QLatin1String("destination"));
}

// "travel to Brussels", "leave the Sultanate for Doha", "visit Budapest": a capital someone
// goes to is where they go, not its state acting in the story.
bool isDestination(const Lexicon& lex, const SentenceInfo& s, int b)
{
    // ("towards the Canary Islands", "visit the Kremlin": the article between)
    if (b > 1 && s.key(b - 1) == "the"_key)
        --b;
    if (b == 0)
        return false;
    if (isDestinationWord(lex, s.key(b - 1), true))
        return true;
    if (s.key(b - 1) != "to"_key && s.key(b - 1) != "for"_key)
        return false;
    for (int k = b - 2; k >= std::max(0, b - 5); --k) {
        if (s.tok(k).kind == Token::Punct)
            return false;
        if (isDestinationWord(lex, s.key(k)))
            return true;
    }
    return false;
}

// "in Geneva in May, London in June and Madrid in September": a capital that continues a
// list whose earlier item was a place (a city where something happened) is a place too. Only
// commas, "and", prepositions of time and dates may stand between the two, and the item ends
// as the list goes on ("Oslo said" is the state speaking).
bool continuesPlaceList(const DocContext& ctx, const SentenceInfo& s, int b)
{
    const PhraseMatch* self = s.matchOf(b);
    const int e = self ? self->end : b + 1;
    const Token& next = s.tok(std::min(e, s.size() - 1));
    if (e < s.size() && !(next.kind == Token::Punct || next.key == "and"_key || next.key == "or"_key ||
                          next.key == "in"_key || next.key == "on"_key))
        return false;
    bool joined = false;
    for (int k = b - 1; k >= 0; --k) {
        const Token& t = s.tok(k);
        const PhraseMatch* m = s.matchOf(k);
        if (m && m->kind == PhraseKind::Place) {
            if (!joined)
                return false;
            for (auto h = ctx.stateHits.rbegin(); h != ctx.stateHits.rend() && h->sentence == s.index; ++h)
                if (h->begin == m->begin)
                    return !h->counts;
            return false;
        }
        // "in Geneva in May, London in June": a town no dictionary makes a state's, after "in"
        if (!m && t.kind == Token::Word && t.cap && !isMonthWord(t) && !isCalendarWord(t)) {
            int r = k;
            while (r > 0 && s.tok(r - 1).kind == Token::Word && s.tok(r - 1).cap && !s.matchOf(r - 1))
                --r;
            return joined && r > 0 && (s.key(r - 1) == "in"_key || s.key(r - 1) == "at"_key);
        }
        if (t.key == ","_key || t.key == "and"_key || t.key == "or"_key)
            joined = true;
        else if (!(t.kind == Token::Number || isMonthWord(t) || isCalendarWord(t) || t.key == "in"_key ||
                   t.key == "on"_key))
            return false;
    }
    return false;
}

} // namespace

int lexiconPhraseFrom(const Lexicon& lex, Cue cue, const SentenceInfo& s, int i, const LexiconPhrase** out)
{
    for (const LexiconPhrase& p : lex.phrases(cue, s.key(i))) {
        const int len = int(p.keys.size());
        bool ok = i + len <= s.size();
        for (int k = 1; k < len && ok; ++k)
            ok = sameKey(s.key(i + k), p.keys[std::size_t(k)]);
        if (ok) {
            if (out)
                *out = &p;
            return i + len;
        }
    }
    return -1;
}

// "M.K.", "J.D.": two or more single capitals, each with its full stop
static bool writtenAsInitials(QStringView word)
{
    if (word.size() < 4 || word.size() % 2 != 0)
        return false;
    for (qsizetype k = 0; k < word.size(); ++k)
        if (k % 2 == 0 ? !word[k].isUpper() : word[k] != QLatin1Char('.'))
            return false;
    return true;
}

// The union of one kind of class bits over `toks` (SentenceInfo::wordCues, phraseCues), every
// bit set when a key was not classified by `lex`. Accumulated in registers, not in memory.
static CueBits sentenceClasses(const Lexicon& lex, const std::vector<Token>& toks, CueBits KeyClasses::*kind)
{
    static_assert(CueBits::kBits == 256, "four words");
    quint64 w0 = 0, w1 = 0, w2 = 0, w3 = 0;
    for (const Token& t : toks) {
        if (!lex.classified(t.key))
            return SentenceInfo::allCues();
        const CueBits& bits = t.key.classes()->*kind;
        w0 |= bits.w[0];
        w1 |= bits.w[1];
        w2 |= bits.w[2];
        w3 |= bits.w[3];
    }
    CueBits out;
    out.w = {w0, w1, w2, w3};
    return out;
}

void prepareSentence(DocContext& ctx, SentenceInfo& s)
{
    const QStringView text(ctx.doc.text);
    s.lex = &ctx.lex;
    s.text = text;
    s.listFrom = -1;
    for (qsizetype k = s.start; k < s.end && s.listFrom < 0; ++k) {
        if (text[k] != QLatin1Char(':'))
            continue;
        qsizetype e = k + 1;
        while (e < s.end && (text[e] == QLatin1Char(' ') || text[e] == QLatin1Char('\t') || text[e] == QLatin1Char('\r')))
            ++e;
        if (e < s.end && text[e] == QLatin1Char('\n'))
            s.listFrom = e;
    }
    // "Senator the Hon A B\nMinister for Foreign Affairs": the lines above the body (a byline, its
    // office) end what they hold, as a list's do
    if (s.index < ctx.body)
        s.listFrom = s.start;
    tokenizeInto(s.toks, text.mid(s.start, s.end - s.start), s.start, &ctx.lex);
    s.count = int(s.toks.size());
    s.wordCues = sentenceClasses(ctx.lex, s.toks, &KeyClasses::words);
    s.phraseCues = sentenceClasses(ctx.lex, s.toks, &KeyClasses::phraseStarts);
    const int n = s.size();
    s.matchAt.assign(std::size_t(n), -1);
    s.quoted.assign(std::size_t(n), 0);
    s.nameTok.assign(std::size_t(n), 0);
    // The extractor's lexicon carries the buckets of its gazetteer's index (withPhraseIndex())
    const bool indexed = ctx.lex.phraseIndex() == &ctx.g.index;
    // The longest dictionary phrase that starts at token i and has at most maxLen keys.
    const auto phraseAt = [&](int i, int maxLen) -> const Phrase* {
        const Token& t = s.tok(i);
        const std::vector<Phrase>* bucket = nullptr;
        const KeyClasses* summary = nullptr; // the bucket's summary, when read from the key
        if (t.kind != Token::Punct) {
            if (indexed && ctx.lex.classified(t.key)) {
                // the bucket the key was classified with, read beside its bits
                summary = t.key.classes();
                bucket = static_cast<const std::vector<Phrase>*>(summary->indexBucket);
            } else if (ctx.g.indexFilter.mayHave(t.key)) {
                const auto found = ctx.g.index.constFind(t.key.text());
                if (found != ctx.g.index.constEnd())
                    bucket = &*found;
            }
        }
        const Phrase* best = nullptr;
        if (!bucket)
            return best;
        const quint64 nextPrint = i + 1 < n ? Phrase::keyPrint(s.key(i + 1)) : 0;
        const int room = std::min(n - i, maxLen);
        // No phrase of two keys or more whose second key can be the next one: from the first
        // one-key phrase (each of the others would fail the print test below).
        std::size_t from = 0;
        if (summary &&
            (i + 1 >= n ||
             ((summary->indexSecondPrints >> KeyClasses::printBit(nextPrint)) & 1U) == 0))
            from = std::size_t(summary->indexFirstShort);
        for (auto it = bucket->begin() + std::ptrdiff_t(from); it != bucket->end(); ++it) {
            const Phrase& p = *it;
            const int len = int(p.keys.size());
            if (best && len < int(best->keys.size()))
                break;
            // The bucket is keyed by the first key, so only its case is left to check there;
            // the second key's print rules out most longer phrases from the phrase itself.
            if (len > room || (len >= 2 && nextPrint != p.secondPrint))
                continue;
            bool ok = caseOk(t, p.firstCase);
            for (int k = 1; k < len && ok; ++k) {
                const Token& tk = s.tok(i + k);
                ok = caseOk(tk, p.caseNeed[std::size_t(k)]) &&
                     sameKey(tk.key, p.keys[std::size_t(k)]);
            }
            if (!ok)
                continue;
            // "Chinese Premier" as one title would hide the demonym; let it split.
            if (p.kind == PhraseKind::Title && len > 1) {
                bool demonymFirst = false;
                for (const Phrase& q : *bucket)
                    if (q.kind == PhraseKind::Demonym && q.keys.size() == 1)
                        demonymFirst = true;
                if (demonymFirst)
                    continue;
            }
            if (!best || priority(p.kind) > priority(best->kind))
                best = &p;
        }
        return best;
    };
    const auto genericTitle = [&](const Phrase* p) {
        return p && p->kind == PhraseKind::Title && p->keys.size() == 1 && !p->plural &&
               ctx.g.titles[std::size_t(p->entry)].category == QLatin1String("generic");
    };
    for (int i = 0; i < n;) {
        const Token& t = s.tok(i);
        const Phrase* best = phraseAt(i, n);
        // "Rajya Sabha Deputy Chairman A": a title alias ("Rajya Sabha deputy") that ends on a
        // generic rank right before another office gives that rank to the longer office
        // ("Deputy Chairman", as findTitledOfficials() joins them) and keeps what is before it.
        if (best && best->kind == PhraseKind::Title && best->keys.size() >= 2) {
            const int last = i + int(best->keys.size()) - 1;
            if (last + 1 < n && genericTitle(phraseAt(last, 1))) {
                const Phrase* after = phraseAt(last + 1, n);
                if (after && after->kind == PhraseKind::Title &&
                    ctx.g.titles[std::size_t(after->entry)].category != QLatin1String("honorific"))
                    best = phraseAt(i, last - i);
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        const int end = i + int(best->keys.size());
        const bool geographic = best->kind == PhraseKind::State || best->kind == PhraseKind::Demonym ||
                                best->kind == PhraseKind::Place;
        // "North America", "Central Americans", "inter-Korean": a region, not the state.
        const bool region = geographic && i > 0 && isRegionWord(ctx.lex, s.tok(i - 1)) &&
                            (s.tok(i - 1).cap || t.hyphenBefore);
        // "Korean Peninsula", "Ethiopian Airlines": a region or a company, not the state.
        const bool peninsula = (best->kind == PhraseKind::Demonym || (best->kind == PhraseKind::Place && best->capital)) &&
                               end < n && ctx.lex.has(Cue::DemonymThing, s.key(end));
        // "US$18 billion", "HK$": a state's letters glued to a currency sign name a currency.
        const bool currency = geographic && end < n && s.tok(end).kind == Token::Punct && !s.tok(end).spaceBefore &&
                              s.tok(end).punct == QLatin1Char('$');
        // "the Kenyan shilling", "44 billion US dollars": a currency; "the Gulf of Guinea": a sea
        const bool money = (best->kind == PhraseKind::State || best->kind == PhraseKind::Demonym) && end < n &&
                           ctx.lex.has(Cue::CurrencyWord, s.key(end));
        // ("Lake Chad", "the Niger Delta", "the Congo Basin", "the Taiwan Strait": a water word of
        // value before or after written next to the name; any water word before "of")
        const auto waterWord = [&](int k, QLatin1String side) {
            return k >= 0 && k < n && s.tok(k).cap && ctx.lex.has(Cue::WaterWord, s.key(k)) &&
                   (side.isEmpty() || ctx.lex.value(Cue::WaterWord, s.key(k)) == side);
        };
        const bool water = geographic && ((i > 1 && s.key(i - 1) == "of"_key && waterWord(i - 2, QLatin1String())) ||
                                          waterWord(i - 1, QLatin1String("before")) ||
                                          waterWord(end, QLatin1String("after")));
        // "Chief Minister M.K. Stalin", "J.D. Vance": a name's initials, not a title's letters
        // ("MK", "VP"), when a capitalised word follows them
        const bool initials = best->kind == PhraseKind::Title && end == i + 1 && end < n && s.tok(end).cap &&
                              s.tok(end).kind == Token::Word && writtenAsInitials(text.mid(t.start, t.end - t.start)) &&
                              ctx.g.titles[std::size_t(best->entry)].category != QLatin1String("honorific");
        // "received the Sultan at the Astana in Kuching": a capital's name after "the" and before
        // "in" and another place names a building of that place (Sarawak's governor's palace)
        const bool building = best->kind == PhraseKind::Place && best->capital && i > 0 && end + 1 < n &&
                              s.key(i - 1) == "the"_key && !s.tok(i - 1).cap && s.key(end) == "in"_key &&
                              s.tok(end + 1).cap;
        if (region || peninsula || currency || money || water || initials || building) {
            i = end;
            continue;
        }
        PhraseMatch m;
        m.begin = i;
        m.end = end;
        m.kind = best->kind;
        m.entry = best->entry;
        m.plural = best->plural;
        m.capital = best->capital;
        s.matches.push_back(m);
        for (int k = i; k < end; ++k)
            s.matchAt[std::size_t(k)] = int(s.matches.size()) - 1;
        i = end;
    }
    // Quotations: straight quotes toggle, curly ones open and close.
    bool in = false;
    for (int i = 0; i < n; ++i) {
        const Token& t = s.tok(i);
        if (t.kind == Token::Punct && isQuote(t.punct)) {
            if (t.punct == QChar(0x201C) || t.punct == QChar(0x00AB))
                in = true;
            else if (t.punct == QChar(0x201D) || t.punct == QChar(0x00BB))
                in = false;
            else
                in = !in;
            continue;
        }
        s.quoted[std::size_t(i)] = in;
    }
    // A quotation that never closes in this sentence: the opening mark was the previous
    // sentence's; nothing here is reliably inside it.
    if (in) {
        int last = n - 1;
        while (last >= 0 && !(s.tok(last).kind == Token::Punct && isQuote(s.tok(last).punct)))
            --last;
        for (int i = last + 1; i < n; ++i)
            s.quoted[std::size_t(i)] = 0;
    }
    // Datelines: "SEOUL –", "[Damascus]", "Havana, Apr 21 (Prensa Latina)" open the article.
    // ... and "London, 17 March 2026:" on a line of its own, which the headline block took in
    // (a line with no full stop), opens the article as much
    // A byline that ends with a full stop ("By Sami Zaptia.") opens the body itself: the dateline
    // line after it opens the article as much
    const SentenceInfo* prev = s.index > 0 ? &ctx.sents[std::size_t(s.index) - 1] : nullptr;
    const bool afterByline = s.index == ctx.body + 1 && prev && !prev->toks.empty() && prev->toks.size() <= 8 &&
                             prev->toks[0].key == "by"_key;
    if ((s.index <= ctx.body || afterByline) && n > 2) {
        if (s.key(0) == "["_key) {
            for (int i = 1; i < std::min(n, 6); ++i)
                if (s.key(i) == "]"_key)
                    s.dateline = i + 1;
        } else {
            int j = 0;
            while (j < n && j < 4 && s.tok(j).kind == Token::Word && s.tok(j).allCaps && s.tok(j).key.size() > 1)
                ++j;
            // "SANTO DOMINGO.-", "Caracas.-": the Spanish-language press closes the city with a
            // full stop and a dash
            const auto stopDash = [&](int k) { return k + 2 < n && s.key(k) == "."_key && isDash(s.tok(k + 1)); };
            if (j > 0 && j < n &&
                (isDash(s.tok(j)) || s.key(j) == ":"_key || s.key(j) == "("_key || s.key(j) == ","_key))
                s.dateline = j;
            else if (j > 0 && stopDash(j))
                s.dateline = j + 2;
            const PhraseMatch* m = s.matchOf(0);
            // "Brazil presses Portugal as Vieira visits Lisbon\nLisbon – Brazil's ...": under a
            // headline (a short line with no full stop), the body's first line may open with the
            // city in mixed case and a dash; not a line that follows a sentence, nor a city later on
            constexpr int kMaxHeadlineTokens = 24;
            if (s.dateline == 0 && ctx.body > 0 && s.index == ctx.body && m && m->begin == 0 &&
                m->kind == PhraseKind::Place && m->end + 1 < n && isDash(s.tok(m->end)) &&
                prev && int(prev->toks.size()) <= kMaxHeadlineTokens)
                s.dateline = m->end;
            // "Havana, Apr 21", the day first: "Tashkent, 12 April (Kun.uz)", and the state in
            // brackets: "Bangkok [Thailand], April 4 (ANI):"
            int comma = m ? m->end : 0;
            if (m && s.key(comma) == "["_key)
                while (comma < std::min(n - 1, m->end + 6) && s.key(comma) != "]"_key)
                    ++comma;
            if (m && s.key(comma) == "]"_key)
                ++comma;
            // a comma at `c`, then a month or a day and a month: ", Jan. 13", ", 12 April"
            const auto monthAfter = [&](int c) {
                const int d = std::min(c + 1, n - 1);
                return s.key(c) == ","_key &&
                       (isMonthWord(s.tok(d)) ||
                        (s.tok(d).kind == Token::Number && isMonthWord(s.tok(std::min(d + 1, n - 1)))));
            };
            if (m && m->kind == PhraseKind::Place &&
                (monthAfter(comma) || (s.key(comma) == ","_key && isCalendarWord(s.tok(std::min(comma + 1, n - 1))))))
                s.dateline = comma;
            // "Helsinki, 3.12.2025 -": a date in figures, then the dash
            const int figures = std::min(comma + 1, n - 1);
            if (s.dateline == 0 && m && m->kind == PhraseKind::Place && s.key(comma) == ","_key &&
                s.tok(figures).kind == Token::Number && figures + 1 < n - 1 && isDash(s.tok(figures + 1)))
                s.dateline = figures + 1;
            // "Sakhir, Jan. 13 (BNA) --": a town no dictionary knows, the date, the agency in
            // brackets and a dash; the whole shape, not the town, says it is a dateline
            if (s.dateline == 0 && !m) {
                int e = 0;
                while (e < std::min(n, 3) && s.tok(e).kind == Token::Word && s.tok(e).cap && !s.matchOf(e))
                    ++e;
                const int dd = std::min(e + 1, n - 1);
                const bool dated = e > 0 && monthAfter(e);
                for (int k = dd + 1; dated && k < std::min(n - 1, dd + 6); ++k) {
                    if (s.key(k) != "("_key)
                        continue;
                    if (bracketThenDash(s, k))
                        s.dateline = e;
                    break;
                }
            }
            // "Berlin (dpa) -", "Hanoi (VNA) –": the agency in brackets, then a dash; "Abu
            // Dhabi:": a city and a colon. The city is the gazetteer's or the lexicon's.
            const int cityEnd = m && m->begin == 0 && m->kind == PhraseKind::Place
                                    ? m->end
                                    : lexiconPhraseAt(ctx.lex, Cue::City, s, 0);
            if (s.dateline == 0 && cityEnd > 0) {
                // "Suva, Fiji —", "Port Louis, Mauritius (AFP) —": the city's state after a
                // comma belongs to the dateline too
                int end = cityEnd;
                const PhraseMatch* state = s.key(cityEnd) == ","_key ? s.matchOf(cityEnd + 1) : nullptr;
                if (state && state->begin == cityEnd + 1 && state->kind == PhraseKind::State)
                    end = state->end;
                // "Rabat - Minister X held talks": a city and a dash, no date; "Berlin (dpa) -"
                // "KAMPALA, Uganda, Nov 3 (NTV) -": the date after the state's comma joins the
                // dateline (readArticleDate reads it on); so does a dash, or an agency in
                // brackets then a dash
                const bool dashAfter = end < n && ((isDash(s.tok(end)) && end + 1 < n) ||
                                                   (s.key(end) == "("_key && bracketThenDash(s, end)));
                if ((end > cityEnd && monthAfter(end)) || dashAfter)
                    s.dateline = end;
                // "Kampala | Ugandan President ...": a bar closes the city as a dash does
                else if (end < n && (s.key(end) == ":"_key || (s.key(end) == "|"_key && end + 1 < n)))
                    s.dateline = end + 1;
                else if (stopDash(end))
                    s.dateline = end + 2;
                // "Tehran, IRNA --", "Hanoi, VNA:": the agency after a comma, in capitals or
                // as the gazetteer knows it, then the dash or colon
                if (s.dateline == 0 && s.key(end) == ","_key) {
                    int a = end + 1;
                    while (a < std::min(n - 1, end + 4) && s.tok(a).kind == Token::Word &&
                           (s.tok(a).allCaps || (s.matchOf(a) && s.matchOf(a)->kind == PhraseKind::Agency)))
                        ++a;
                    if (a > end + 1 && a + 1 < n && (isDash(s.tok(a)) || s.key(a) == ":"_key))
                        s.dateline = a + 1;
                }
            }
            // "By Staff Reporter, Port of Spain:": a byline that names the dateline's city after
            // its comma, then a colon or a dash
            if (s.dateline == 0 && s.key(0) == "by"_key) {
                int comma = 1;
                while (comma < std::min(n, 6) && s.key(comma) != ","_key)
                    ++comma;
                const int c = comma + 1;
                const PhraseMatch* cm = c < n ? s.matchOf(c) : nullptr;
                const int bylineCity = cm && cm->begin == c && cm->kind == PhraseKind::Place
                                           ? cm->end
                                           : (c < n ? lexiconPhraseAt(ctx.lex, Cue::City, s, c) : -1);
                if (comma < std::min(n, 6) && bylineCity > c && bylineCity + 1 < n &&
                    (isDash(s.tok(bylineCity)) || s.key(bylineCity) == ":"_key))
                    s.dateline = bylineCity + 1;
            }
        }
    }
    for (const PhraseMatch& m : s.matches) {
        if (m.kind != PhraseKind::State && m.kind != PhraseKind::Demonym && m.kind != PhraseKind::Place)
            continue;
        StateHit h;
        h.sentence = s.index;
        h.begin = m.begin;
        h.end = m.end;
        h.state = m.entry;
        h.form = ctx.surface(s, m.begin, m.end);
        if (m.begin < s.dateline)
            h.counts = false;
        // "talks on Greenland, the vast Arctic island that is an autonomous territory of
        // Denmark": a territory named is no state of the article; its officials make it one
        if (m.kind == PhraseKind::State && ctx.cities->territory[std::size_t(m.entry)] != 0)
            h.counts = false;
        // "Ibero-America", "Adolfo Suarez Madrid-Barajas": a name joined by a hyphen to a word
        // of no phrase is part of another name (not "Fiji-New Zealand", nor "Sino-Japanese")
        if (m.kind != PhraseKind::Demonym && m.begin > 0 && s.tok(m.begin).hyphenBefore &&
            s.tok(m.begin - 1).kind == Token::Word && !s.matchOf(m.begin - 1))
            h.counts = false;
        // "a London-based centre", "a Beijing-bound flight", "a UAE-based businessman": a word joined
        // by a hyphen after the city or the state makes it an attribute of a thing, not the state
        // acting (a state's name too: session 25, states25)
        if (m.kind != PhraseKind::Demonym && m.end < int(s.toks.size()) && s.tok(m.end).hyphenBefore &&
            ctx.lex.has(Cue::PlaceSuffix, s.key(m.end)))
            h.counts = false;
        if (m.kind == PhraseKind::Place) {
            const TokenKey& before = s.key(m.begin - 1);
            // A city where something happens is a place; a seat of government that acts
            // ("Moscow's rejection") stands for its state.
            if (before == "in"_key || before == "at"_key)
                h.counts = false;
            // "the Chancellery", "the Istana": many states have one, so the name alone does not
            // say which state acts or hosts
            if (lexiconPhraseAt(ctx.lex, Cue::GenericVenue, s, m.begin) == m.end)
                h.counts = false;
            // "King's College London", "Rangga Pandu Asmara": a capitalised word of no phrase
            // before the city, inside the sentence, makes the city the end of another name
            if (m.begin > std::max(1, s.dateline) && s.tok(m.begin - 1).kind == Token::Word && s.tok(m.begin - 1).cap &&
                !s.matchOf(m.begin - 1))
                h.counts = false;
            // "the districts of Palma and Mocimboa da Praia": ... and so does one before a place
            // particle in lower case (lexicon `place-particle`) right before it (session 25, states25)
            if (m.begin > std::max(2, s.dateline + 1) && !s.tok(m.begin - 1).cap &&
                ctx.lex.has(Cue::PlaceParticle, s.key(m.begin - 1)) && s.tok(m.begin - 2).kind == Token::Word &&
                s.tok(m.begin - 2).cap && !s.matchOf(m.begin - 2))
                h.counts = false;
            // "criticism from Brussels", "The Hague's ruling": a seat of international bodies
            // that acts stands for them, not for its state
            if (lexiconPhraseAt(ctx.lex, Cue::BodySeat, s, m.begin) == m.end)
                h.counts = false;
            // "Santiago de Cuba": the capital's name opens a longer town the lexicon knows
            if (lexiconPhraseAt(ctx.lex, Cue::City, s, m.begin) > m.end)
                h.counts = false;
            // "the Bucharest Nine summit", "the Washington Post": a capitalised word of no phrase
            // after the city, in the body (headlines capitalise every word), makes the city the
            // start of another name
            if (s.index >= ctx.body && m.end < int(s.toks.size()) && s.tok(m.end).kind == Token::Word && s.tok(m.end).cap &&
                !s.tok(m.end).hyphenBefore && !s.matchOf(m.end) && !isMonthWord(s.tok(m.end)) &&
                !isCalendarWord(s.tok(m.end)) && !s.tok(m.end).allCaps)
                h.counts = false;
            if (isDestination(ctx.lex, s, m.begin) || continuesPlaceList(ctx, s, m.begin))
                h.counts = false;
        }
        ctx.stateHits.push_back(h);
    }
    // "the Office of the Prime Minister, Whitehall, Port of Spain": a seat that is no capital (a
    // street, a district) followed by a comma and a city of another state that ends the phrase
    // is a namesake in that city's address, not the foreign seat (not a list: "the Kremlin,
    // Washington and Beijing"). Read once the city's own hit is made: it is no later item of a
    // list of places.
    for (auto h = ctx.stateHits.rbegin(); h != ctx.stateHits.rend() && h->sentence == s.index; ++h) {
        const PhraseMatch* seat = s.matchOf(h->begin);
        const PhraseMatch* city = h->end + 1 < s.size() && s.key(h->end) == ","_key ? s.matchOf(h->end + 1) : nullptr;
        if (seat && seat->kind == PhraseKind::Place && city && city->begin == h->end + 1 &&
            city->kind == PhraseKind::Place && city->entry != h->state &&
            (city->end >= s.size() ||
             (s.key(city->end) != ","_key && s.key(city->end) != "and"_key && s.key(city->end) != "or"_key)) &&
            h->form.compare(ctx.g.states[std::size_t(h->state)].places.value(0), Qt::CaseInsensitive) != 0)
            h->counts = false;
    }
}

MeetingPlace findMeetingPlace(const DocContext& ctx, const SentenceInfo& s, int from, int to)
{
    // Only the context's own sentences are remembered: a sentence built apart (a test's) may
    // share an index with one of them.
    const std::size_t k = std::size_t(s.index);
    if (k >= ctx.sents.size() || &ctx.sents[k] != &s)
        return readMeetingPlace(ctx, s, from, to);
    if (ctx.placeSentence != s.index) {
        ctx.placeSentence = s.index;
        ctx.placeAnswers.clear();
    }
    for (const PlaceAnswer& a : ctx.placeAnswers) {
        if (a.from == from && a.to == to)
            return a.place;
    }
    ctx.placeAnswers.push_back({from, to, readMeetingPlace(ctx, s, from, to)});
    return ctx.placeAnswers.back().place;
}

namespace {

// The shipped lexicon is compiled in and checked by tst_lexicon: it cannot be missing in a
// built binary. Should it fail anyway, an empty lexicon finds no meetings rather than crash.
Lexicon shippedLexicon()
{
    Result<Lexicon> lex = Lexicon::builtin();
    if (!lex.ok()) {
        qWarning("%s", qPrintable(lex.error().toString()));
        return Lexicon();
    }
    return std::move(lex).value();
}

} // namespace

Extractor::Extractor(Gazetteer gazetteer) : Extractor(std::move(gazetteer), shippedLexicon()) {}

Extractor::Extractor(Gazetteer gazetteer, Lexicon lexicon)
    : m_gazetteer(std::move(gazetteer)), m_lexicon(std::move(lexicon)),
      m_indexedLexicon(m_lexicon.withPhraseIndex(&m_gazetteer.data().index)),
      m_cities(std::make_shared<const CityTable>(m_gazetteer.data(), m_lexicon))
{
}

namespace {

// A line that is only a city in capitals and a full stop: "MOSCOW."
bool isCityLine(const SentenceInfo& s)
{
    int words = 0;
    while (words < s.size() && s.tok(words).kind == Token::Word && s.tok(words).allCaps)
        ++words;
    return words > 0 && words <= 3 && words + 1 == s.size() && s.key(words) == "."_key;
}

// Whether text[from, to) holds a line break: the gap between two tokens, a unit or none
// nearly always, read in place (a QStringView search was a library call per token).
bool lineBreakIn(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (text[k] == QLatin1Char('\n'))
            return true;
    }
    return false;
}

// A line of its own near the top that gives the article's full date: "Published at : December 18,
// 2025", "16 January 2026 at 08:12", "Thursday, 20 November 2025 17:42", "12.01.2026 18:20",
// "Agenda.ge, 26 Feb 2026 - 18:12, Tbilisi, Georgia", "By A in International on 10 February 2026";
// else one that closes the article, its outlet's footer ("The Brussels Times, Tuesday 13 January
// 2026", "Taiwan News, 2026/03/12 19:40", "January 14, 2026, 10:45 pm").
// A line (the splitter may have joined it to the next), no full stop at its end, few words
// besides the calendar's and places' (a byline may name its writer); invalid when there is none.
QDate dateLineAnchor(const DocContext& ctx)
{
    constexpr int kSentencesLooked = 8;
    constexpr int kMaxTokens = 16;
    constexpr int kMaxOtherWords = 4;
    constexpr int kMaxBylineWords = 8;
    const QStringView text(ctx.doc.text);
    const auto lineAt = [&](const SentenceInfo& s, int b, int e) -> QDate {
        if (e - b > kMaxTokens || s.key(e - 1) == "."_key)
            return {};
        int others = 0;
        for (int i = b; i < e; ++i) {
            const Token& t = s.tok(i);
            const PhraseMatch* m = s.matchOf(i);
            if (t.kind == Token::Word && !isCalendarWord(t) && !isMonthWord(t) &&
                !(m && (m->kind == PhraseKind::Place || m->kind == PhraseKind::State || m->kind == PhraseKind::Agency)))
                ++others;
        }
        if (others > (s.key(b) == "by"_key ? kMaxBylineWords : kMaxOtherWords))
            return {};
        if (const QDate d = parseNewsDate(text.mid(s.tok(b).start, s.tok(e - 1).end - s.tok(b).start)); d.isValid())
            return d;
        // "Taiwan News, 2026/03/12 19:40": a numeric date after the outlet's name, or after a
        // time ("15:42, 22.01.2026"): read from each later number on
        for (int n = b + 1; n < e; ++n) {
            if (s.tok(n).kind != Token::Number)
                continue;
            if (const QDate d = parseNewsDate(text.mid(s.tok(n).start, s.tok(e - 1).end - s.tok(n).start)); d.isValid())
                return d;
        }
        return {};
    };
    const auto linesOf = [&](const SentenceInfo& s, bool last) -> QDate {
        // the sentence's lines: runs of tokens with no line break between them (the footer is
        // the last line of the last sentence)
        int b = 0;
        QDate found;
        for (int i = 1; i <= s.size(); ++i) {
            const bool lineEnd = i == s.size() || lineBreakIn(text, s.tok(i - 1).end, s.tok(i).start);
            if (!lineEnd)
                continue;
            found = lineAt(s, b, i);
            if (found.isValid() && !last)
                return found;
            b = i;
        }
        return found;
    };
    const int count = int(ctx.sents.size());
    for (int k = 0; k < std::min(count, kSentencesLooked); ++k)
        if (const QDate d = linesOf(ctx.sents[std::size_t(k)], false); d.isValid())
            return d;
    if (count > kSentencesLooked && ctx.sents.back().size() > 0)
        return linesOf(ctx.sents.back(), true);
    return {};
}

// The dateline's date ("ANKARA, May 5 (Reuters) -") joins the dateline, so that no meeting
// takes it for its own day, and anchors the article's relative dates when the document has
// no date of its own.
void readArticleDate(DocContext& ctx)
{
    ctx.anchor = ctx.doc.date;
    if (ctx.sents.empty())
        return;
    DatelineDate dateline;
    SentenceInfo& body = ctx.sents[std::size_t(ctx.body)];
    if (body.dateline > 0) {
        int from = body.dateline;
        // "KAMPALA, Uganda, Nov 3 (NTV) -": the city's state, then the date
        if (const PhraseMatch* st = body.key(from) == ","_key && from + 1 < body.size() ? body.matchOf(from + 1) : nullptr;
            st && st->begin == from + 1 && st->kind == PhraseKind::State && body.key(st->end) == ","_key)
            from = st->end;
        dateline = readDatelineDate(body.toks, from);
        if (dateline.valid())
            body.dateline = dateline.end;
    } else if (std::size_t(ctx.body) + 1 < ctx.sents.size() && isCityLine(body)) {
        // "MOSCOW. Feb 12 (Interfax) -": the splitter cut the city off at its full stop; the
        // date, closed by the agency or a dash, opens the next sentence
        SentenceInfo& next = ctx.sents[std::size_t(ctx.body) + 1];
        dateline = readDatelineDate(next.toks, 0);
        const bool closed = dateline.valid() && dateline.end > 0 && next.tok(dateline.end - 1).kind == Token::Punct &&
                            next.tok(dateline.end - 1).punct != QLatin1Char('.');
        if (closed)
            next.dateline = dateline.end;
        else
            dateline = DatelineDate();
    }
    if (!dateline.valid())
        return;
    if (ctx.anchor.isValid())
        return;
    std::vector<QDate> written;
    if (dateline.year == 0) {
        for (const SentenceInfo& s : ctx.sents) {
            const std::vector<QDate> dates = writtenDates(s.toks, QStringView(ctx.doc.text));
            written.insert(written.end(), dates.begin(), dates.end());
        }
    }
    ctx.anchor = datelineAnchor(dateline, written);
}

// The day a lead gives the article's event with its weekday and year ("received B at State
// House on Friday, May 15, 2026"): a weekday that agrees with the full date after it tells a day
// of the news, not a date of history; invalid when the headline and the first sentences give none.
QDate weekdayDatedLead(const DocContext& ctx)
{
    constexpr int kLeadSentences = 3;
    const int last = std::min(int(ctx.sents.size()), ctx.body + kLeadSentences);
    for (int k = 0; k < last; ++k) {
        const SentenceInfo& s = ctx.sents[std::size_t(k)];
        for (int i = 0; i + 1 < s.size(); ++i) {
            if (!isCalendarWord(s.tok(i)) || isMonthWord(s.tok(i)))
                continue;
            const int j = s.key(i + 1) == ","_key ? i + 2 : i + 1;
            const DateExpression d = findDate(s.toks, j, s.size(), QStringView(ctx.doc.text), QDate(), false);
            if (d.begin != j || d.iso.isEmpty())
                continue;
            const QDate day = QDate::fromString(d.iso, Qt::ISODate);
            if (day.isValid() && foldKey(QLocale::c().dayName(day.dayOfWeek())) == s.key(i).text())
                return day;
        }
    }
    return {};
}

bool isSentenceEnd(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'!' || u == u'?' || u == 0x2026 || u == 0x3002;
}

bool isClosingMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == 0x2019 || u == 0x201D || u == 0x00BB;
}

// How many sentences open the document as a headline block: "Xi meets Egyptian premier",
// "By Kim Han-joo", "Issued on: 14/05/2025" are lines the splitter ends at a line break, with
// no full stop of their own. At most three, and never the whole document.
int headlineSentences(const Document& d)
{
    constexpr int kMaxHeadlines = 3;
    const int count = int(d.sentences.size());
    int lines = 0;
    while (lines < kMaxHeadlines && lines + 1 < count) {
        const Sentence& s = d.sentences[std::size_t(lines)];
        qsizetype e = s.end;
        while (e > s.start && (d.text[e - 1].isSpace() || isClosingMark(d.text[e - 1])))
            --e;
        if (e == s.start || isSentenceEnd(d.text[e - 1]))
            break;
        ++lines;
    }
    return lines < count ? lines : 0;
}

// The sentences of the thread's last document, kept for the storage of their vectors: the
// next document's sentences write their tokens, matches and flags over it instead of
// allocating some ten vectors per sentence afresh (and freeing them at the document's end).
std::vector<SentenceInfo>& spareSentences()
{
    thread_local std::vector<SentenceInfo> spare;
    return spare;
}

// `s` as a new sentence, keeping only the storage of its vectors: every member is reset.
void recycle(SentenceInfo& s)
{
    SentenceInfo fresh;
    const auto take = [](auto& from, auto& into) {
        from.clear();
        into.swap(from);
    };
    take(s.toks, fresh.toks);
    take(s.matches, fresh.matches);
    take(s.matchAt, fresh.matchAt);
    take(s.quoted, fresh.quoted);
    take(s.nameTok, fresh.nameTok);
    take(s.definites, fresh.definites);
    take(s.officialSpans, fresh.officialSpans);
    s = std::move(fresh);
}

// Keeps a finished document's sentences for the next document of the thread; a very long one
// keeps none of its storage, so a thread holds at most a few megabytes.
void keepSentences(std::vector<SentenceInfo>&& sents)
{
    constexpr std::size_t kMaxSentences = 4096;
    constexpr std::size_t kMaxTokens = 4096;
    if (sents.size() > kMaxSentences)
        sents.resize(kMaxSentences);
    for (SentenceInfo& s : sents) {
        if (s.toks.capacity() > kMaxTokens)
            s = SentenceInfo();
    }
    spareSentences() = std::move(sents);
}

// The name state `e` asks to be called by (lexicon `state-own-name`: "Côte d'Ivoire",
// "Türkiye") that the text writes among `hits`, when it writes no other name of the state; else
// an empty string. (Not any alias: "St Kitts", "America", "Northern Ireland" are parts or
// loose names, no label of the state.)
QString textName(const Lexicon& lex, const StateEntry& e, const std::vector<const StateHit*>& hits)
{
    QHash<QString, int> written;
    for (const StateHit* h : hits) {
        const LexiconPhrase* own = lexiconPhraseOf(lex, Cue::StateOwnName, h->form);
        if (own && own->value == e.name && e.aliases.contains(h->form))
            ++written[h->form];
    }
    QString best;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        if (best.isEmpty() || it.value() > written.value(best))
            best = it.key();
    // (a text that calls the state by several names, "UK", "Britain", "Northern Ireland", names
    // no one of them for it; a long form around the short one is that name: "Republic of Türkiye")
    for (const StateHit* h : hits)
        if (!best.isEmpty() && h->form != best && !h->form.contains(best) && e.aliases.contains(h->form))
            return QString();
    return best;
}

} // namespace

void readStatesAndPeople(DocContext& ctx)
{
    ctx.body = headlineSentences(ctx.doc);
    ctx.sents = std::move(spareSentences());
    spareSentences().clear();
    const std::size_t recycled = std::min(ctx.sents.size(), ctx.doc.sentences.size());
    ctx.sents.resize(ctx.doc.sentences.size());
    for (std::size_t i = 0; i < ctx.doc.sentences.size(); ++i) {
        SentenceInfo& s = ctx.sents[i];
        if (i < recycled)
            recycle(s);
        s.index = int(i);
        s.start = ctx.doc.sentences[i].start;
        s.end = ctx.doc.sentences[i].end;
        prepareSentence(ctx, s);
    }
    readArticleDate(ctx);
    for (SentenceInfo& s : ctx.sents)
        findOfficials(ctx, s);
    mergePersons(ctx);
    // The names found so far go into one bucket per sentence, and each sentence's resolved
    // references are appended back in sentence order: a document with a great many names
    // (one huge line of news) stays linear instead of rescanning every reference per sentence.
    std::vector<std::vector<PersonRef>> refsBySentence(ctx.sents.size());
    // Resolution reads the sentences in order: a person is "last seen" where the text named or
    // referred to them so far, so each starts at the sentence first naming them.
    for (Person& p : ctx.persons)
        p.lastSentence = int(ctx.sents.size());
    for (const PersonRef& r : ctx.refs) {
        refsBySentence[std::size_t(r.sentence)].push_back(r);
        if (r.person >= 0) {
            int& first = ctx.persons[std::size_t(r.person)].lastSentence;
            first = std::min(first, r.sentence);
        }
    }
    ctx.refs.clear();
    ctx.refRange.assign(ctx.sents.size(), {0, 0});
    for (SentenceInfo& s : ctx.sents)
        resolveReferences(ctx, s, std::move(refsBySentence[std::size_t(s.index)]));
    assignFallbackStates(ctx);
    // A date line near the top ("Published at : December 18, 2025") dates the meetings of an
    // article with no date and no dated dateline; read after the people, whose offices are
    // looked up on the article's date only when the document or its dateline gives it
    if (!ctx.anchor.isValid() && !ctx.sents.empty())
        ctx.anchor = dateLineAnchor(ctx);
    if (!ctx.anchor.isValid() && !ctx.sents.empty())
        ctx.anchor = weekdayDatedLead(ctx);
}

DocumentExtraction Extractor::extract(const Document& document) const
{
    DocContext ctx(document, m_gazetteer.data(), m_indexedLexicon, m_cities);
    readStatesAndPeople(ctx);
    findMeetings(ctx);
    assignHostStates(ctx);
    refineAffiliations(ctx);

    const GazetteerData& g = ctx.g;
    DocumentExtraction out;
    // States: every counted mention, plus any state an official or a meeting refers to.
    QMap<int, std::vector<const StateHit*>> hitsByState;
    std::vector<int> stateOrder;
    auto need = [&](int st) {
        if (st >= 0 && std::find(stateOrder.begin(), stateOrder.end(), st) == stateOrder.end())
            stateOrder.push_back(st);
    };
    for (const StateHit& h : ctx.stateHits) {
        hitsByState[h.state].push_back(&h);
        if (h.counts)
            need(h.state);
    }
    std::vector<int> personIds;
    for (const Person& p : ctx.persons)
        if (p.official)
            need(p.state);
    for (const MeetingDraft& m : ctx.meetings)
        for (int st : m.states)
            need(st);
    // a state's id is asked for each of its officials and meetings: made once per article
    std::vector<QString> stateIds(g.states.size());
    auto stateId = [&](int st) -> QString {
        QString& id = stateIds[std::size_t(st)];
        if (id.isNull())
            id = QStringLiteral("state:") + slugify(g.states[std::size_t(st)].name);
        return id;
    };
    for (int st : stateOrder) {
        ExtractedState es;
        const StateEntry& e = g.states[std::size_t(st)];
        es.id = stateId(st);
        es.name = e.name;
        // "Democratic Republic of Congo" where the gazetteer writes "... of the Congo": the name as
        // the text spells it, when it differs by an inner "the" alone and the text never writes
        // the gazetteer's
        const auto withoutThe = [](const QString& x) {
            QString folded = caseFolded(x);
            // (replace() converts its Latin-1 arguments to new strings before it looks)
            if (folded.contains(QLatin1String(" the ")))
                folded.replace(QLatin1String(" the "), QLatin1String(" "));
            return folded;
        };
        const QString nameKey = withoutThe(e.name);
        bool nameWritten = false;
        QString spelled;
        for (const StateHit* h : hitsByState.value(st)) {
            nameWritten = nameWritten || h->form == e.name;
            if (h->form != e.name && withoutThe(h->form) == nameKey)
                spelled = h->form;
        }
        // "Côte d'Ivoire", "Türkiye", "Czechia": where the text never writes the gazetteer's name
        // but the name the state asks to be called by, the state goes by the text's name (the
        // gazetteer's is kept as an alias, the id stays): a reader and a graph label it as the
        // story does.
        if (!nameWritten && spelled.isEmpty())
            spelled = textName(ctx.lex, e, hitsByState.value(st));
        if (!nameWritten && !spelled.isEmpty()) {
            es.aliases << e.name;
            es.name = spelled;
        }
        // (a state's hits mostly repeat one form: its rule is built once per run of them, one
        // string the graph and the JSON writer then see as one)
        QString rule;
        const StateHit* ruleOf = nullptr;
        for (const StateHit* h : hitsByState.value(st)) {
            if (h->form != es.name && !es.aliases.contains(h->form))
                es.aliases << h->form;
            const SentenceInfo& s = ctx.sents[std::size_t(h->sentence)];
            if (!ruleOf || ruleOf->counts != h->counts || ruleOf->form != h->form) {
                rule = (h->counts ? QStringLiteral("state: '") : QStringLiteral("place: '")) + h->form + QLatin1Char('\'');
                ruleOf = h;
            }
            es.mentions.push_back(ctx.mention(s, h->begin, h->end, rule));
        }
        out.states.push_back(std::move(es));
    }
    // Officials.
    QHash<int, QString> personId;
    QHash<QString, int> byId;
    for (int i = 0; i < int(ctx.persons.size()); ++i) {
        const Person& p = ctx.persons[std::size_t(i)];
        if (!p.official)
            continue;
        // The fullest form: most name words, then the longest text.
        QString name = p.name;
        int bestWords = -1;
        // the mentions as written, white space made single: read once, asked of every form
        std::vector<QString> written;
        written.reserve(p.mentions.size());
        for (const Mention& m : p.mentions) {
            const QStringView text = QStringView(document.text).mid(m.start, m.end - m.start);
            written.push_back(text.toString().simplified());
        }
        for (const QString& f : p.forms) {
            const SharedTokens toks = shortTokens(f);
            int words = 0;
            for (const Token& t : toks)
                if (t.kind == Token::Word)
                    ++words;
            if (words > bestWords || (words == bestWords && f.size() > name.size())) {
                // a dictionary name never seen in the text is an alias, not the name (the name
                // the text gave first is: "Toshimitsu Motegi" of "MOTEGI Toshimitsu")
                bool seen = f == p.name;
                for (std::size_t k = 0; k < written.size() && !seen; ++k) {
                    seen = written[k] == f;
                    // "Queen Elizabeth": a royal title kept with a one-word name
                    for (const QString& t : p.titles)
                        seen = seen || f == t + QLatin1Char(' ') + written[k];
                }
                if (!seen)
                    continue;
                bestWords = words;
                name = f;
            }
        }
        // A dictionary person has one id in every article, however the text spells the name
        // ("Sergei"/"Sergey", "Zelensky"/"Zelenskyy"); the written form stays the name.
        const QString id = QStringLiteral("person:") +
                           slugify(p.dictionary >= 0 ? g.people[std::size_t(p.dictionary)].name : name);
        personId.insert(i, id);
        if (byId.contains(id)) {
            ExtractedOfficial& o = out.officials[std::size_t(byId.value(id))];
            o.mentions.insert(o.mentions.end(), p.mentions.begin(), p.mentions.end());
            continue;
        }
        ExtractedOfficial o;
        o.id = id;
        o.name = name;
        for (const QString& f : p.forms)
            if (f != name && !o.aliases.contains(f))
                o.aliases << f;
        o.title = p.titles.join(p.commaTitles ? QStringLiteral(", ") : QStringLiteral(" and "));
        if (p.former && !o.title.isEmpty())
            o.title = QStringLiteral("former ") + o.title;
        o.state = p.state >= 0 && p.organization < 0 ? stateId(p.state)
                  : (p.state >= 0 && p.stateStrength >= 3 ? stateId(p.state) : QString());
        if (p.organization >= 0)
            o.organization = g.organizations[std::size_t(p.organization)].name;
        o.rule = p.titleRule.isEmpty() ? p.rule : p.titleRule;
        o.affiliationRule = p.affiliationRule;
        o.stateInferred = p.stateInferred && !o.state.isEmpty();
        o.mentions = p.mentions;
        std::sort(o.mentions.begin(), o.mentions.end(), [](const Mention& a, const Mention& b) {
            return a.start < b.start;
        });
        byId.insert(id, int(out.officials.size()));
        out.officials.push_back(std::move(o));
    }
    // Meetings.
    int serial = 0;
    QHash<QString, std::size_t> meetingIndex;
    std::vector<std::set<std::tuple<int, qsizetype, qsizetype>>> meetingSpans;
    for (const MeetingDraft& m : ctx.meetings) {
        ExtractedMeeting em;
        for (int p : m.participants)
            if (personId.contains(p) && !em.participants.contains(personId.value(p)))
                em.participants << personId.value(p);
        for (int st : m.states)
            em.states << stateId(st);
        em.place = m.place;
        em.venue = m.venue;
        em.when = m.when;
        // (a month or a year, "2025-10", when no one day is told; the id keeps days only)
        em.date = m.iso.isEmpty() ? m.periodIso : m.iso;
        em.mode = m.mode;
        em.status = m.status;
        em.rule = m.rules.join(QStringLiteral("; "));
        em.evidence = m.evidence;
        ++serial;
        if (!m.iso.isEmpty()) {
            // Resolved date + who: the same meeting reported by several articles merges.
            QStringList key = em.participants + em.states;
            key.sort();
            em.id = QStringLiteral("meeting:") + em.date + QLatin1Char(':') + key.join(QLatin1Char('+'));
        } else {
            em.id = QStringLiteral("meeting:") + document.id + QLatin1Char('-') + QString::number(serial);
        }
        // An article that tells of the same dated meeting twice (or repeats a passage, as
        // the extractor fuzzer found) yields one meeting with both pieces of evidence, so
        // ids stay unique within an extraction as they are in the merged graph.
        // A set of the evidence spans per merged meeting keeps this linear: a text repeating
        // one meeting 100,000 times is a hostile input too.
        using Span = std::tuple<int, qsizetype, qsizetype>;
        if (const auto it = meetingIndex.constFind(em.id); it != meetingIndex.cend()) {
            ExtractedMeeting& first = out.meetings[*it];
            std::set<Span>& known = meetingSpans[*it];
            for (Mention& e : em.evidence) {
                if (known.insert({e.sentence, e.start, e.end}).second)
                    first.evidence.push_back(std::move(e));
            }
            continue;
        }
        std::set<Span> spans;
        for (const Mention& e : em.evidence)
            spans.insert({e.sentence, e.start, e.end});
        meetingIndex.insert(em.id, out.meetings.size());
        meetingSpans.push_back(std::move(spans));
        out.meetings.push_back(std::move(em));
    }
    keepSentences(std::move(ctx.sents));
    return out;
}

} // namespace parley
