// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/dates.h"

#include "extract/keyliteral.h"

#include <QHash>
#include <QSet>

namespace parley {

namespace {

const TokenKey noKey; // what key() gives outside the token list

const WordMap<int> kWeekdays = {
    {QStringLiteral("monday"), 1},   {QStringLiteral("tuesday"), 2},
    {QStringLiteral("wednesday"), 3}, {QStringLiteral("thursday"), 4},
    {QStringLiteral("friday"), 5},   {QStringLiteral("saturday"), 6},
    {QStringLiteral("sunday"), 7}};

int weekday(const TokenKey& key)
{
    return kWeekdays.value(key, 0);
}

const WordMap<int> kMonths = {
    {QStringLiteral("january"), 1}, {QStringLiteral("jan"), 1},
    {QStringLiteral("february"), 2}, {QStringLiteral("feb"), 2},
    {QStringLiteral("march"), 3},   {QStringLiteral("mar"), 3},
    {QStringLiteral("april"), 4},   {QStringLiteral("apr"), 4},
    {QStringLiteral("may"), 5},     {QStringLiteral("june"), 6},
    {QStringLiteral("jun"), 6},     {QStringLiteral("july"), 7},
    {QStringLiteral("jul"), 7},     {QStringLiteral("august"), 8},
    {QStringLiteral("aug"), 8},     {QStringLiteral("september"), 9},
    {QStringLiteral("sep"), 9},     {QStringLiteral("sept"), 9},
    {QStringLiteral("october"), 10}, {QStringLiteral("oct"), 10},
    {QStringLiteral("november"), 11}, {QStringLiteral("nov"), 11},
    {QStringLiteral("december"), 12}, {QStringLiteral("dec"), 12}};

int month(const TokenKey& key)
{
    return kMonths.value(key, 0);
}

const WordMap<int> kSmallNumberWords = {
    {QStringLiteral("a"), 1},     {QStringLiteral("one"), 1},  {QStringLiteral("two"), 2},
    {QStringLiteral("three"), 3}, {QStringLiteral("four"), 4}, {QStringLiteral("five"), 5},
    {QStringLiteral("six"), 6},   {QStringLiteral("seven"), 7}};

// QStringView::toInt() for a token key, without its conversion of the text for the two
// usual cases: plain ASCII digits, and a word (a letter first is never a number).
int keyToInt(QStringView key, bool* ok)
{
    constexpr qsizetype kMaxDigits = 9; // no overflow of an int
    const qsizetype n = key.size();
    const char16_t first = n > 0 ? key.front().unicode() : u'\0';
    if ((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')) {
        *ok = false;
        return 0;
    }
    if (n > 0 && n <= kMaxDigits) {
        int v = 0;
        qsizetype i = 0;
        for (; i < n && key[i].unicode() >= u'0' && key[i].unicode() <= u'9'; ++i)
            v = v * 10 + (key[i].unicode() - u'0');
        if (i == n) {
            *ok = true;
            return v;
        }
    }
    return key.toInt(ok);
}

int smallNumber(const TokenKey& key)
{
    bool ok = false;
    const int n = keyToInt(key, &ok);
    return ok ? n : kSmallNumberWords.value(key, 0);
}

bool isNumber(const Token& t, int* value = nullptr)
{
    if (t.kind != Token::Number)
        return false;
    bool ok = false;
    QStringView digits(t.key);
    // "30th", "1st": the tokenizer keeps an ordinal suffix with its number.
    if (digits.size() > 2 && digits.back().isLetter()) {
        const QStringView suffix = digits.right(2);
        if (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
            return false;
        digits.chop(2);
    }
    const int v = keyToInt(digits, &ok);
    if (value)
        *value = v;
    return ok;
}

const WordSet kDateStartWords = WordSet{
    QStringLiteral("last"), QStringLiteral("next"),
    QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("a"), QStringLiteral("one"), QStringLiteral("in"),
    QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
    QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven")}.tokenClass();

// Whether a date expression can start at `t`: numbers, capitalised words (weekdays, months)
// and the few lower-case words the branches of findDate() test, with the lexicon's deictic
// days. Punctuation never starts one. One probe instead of four hash lookups, a number parse
// and a dozen comparisons a token.
// A capitalised word starts one only as a weekday or a month (or as one of those lower-case
// words): a name ("Lavrov", "Kyiv") is ruled out by the bits its key carries, before
// findDate() reads its branches. A key that opens with no ASCII letter is left to them (a
// number written as a word).
bool mayStartDate(const Token& t, const Lexicon* lex)
{
    if (t.kind == Token::Number)
        return true;
    if (t.kind != Token::Word)
        return false;
    if (kDateStartWords.contains(t.key) || (lex && lex->has(Cue::DeicticDay, t.key)))
        return true;
    if (!t.cap)
        return false;
    const QString& k = t.key;
    const char16_t first = k.isEmpty() ? u'\0' : k.front().unicode();
    const bool letterFirst = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z');
    return !letterFirst || weekday(t.key) > 0 || month(t.key) > 0;
}

// "2025-07": month `m` of year `y`, as a meeting's date when no one day is told.
QString monthIso(int y, int m)
{
    return QDate(y, m, 1).toString(QStringLiteral("yyyy-MM"));
}

// The last year (1800-2199) written as four digits in `text` before `pos`, or 0.
int lastYearBefore(QStringView text, qsizetype pos)
{
    for (qsizetype i = std::min(pos, text.size()) - 4; i >= 0; --i) {
        const auto digit = [&](qsizetype k) { return k >= 0 && k < text.size() && text[k].isDigit(); };
        if (!digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3) || digit(i - 1) || digit(i + 4))
            continue;
        const int y = text.mid(i, 4).toInt();
        if (y >= 1800 && y < 2200)
            return y;
    }
    return 0;
}

// The year of month `m` told without one, placed by the article's date `doc`: the last such
// month not after the article's (`back`), else the next one not before it; with
// `ownMonthMoves`, the article's own month is a year back or on too ("last February" told in
// February).
int yearOfMonth(const QDate& doc, int m, bool back, bool ownMonthMoves)
{
    const bool own = ownMonthMoves && m == doc.month();
    if (back && (m > doc.month() || own))
        return doc.year() - 1;
    if (!back && (m < doc.month() || own))
        return doc.year() + 1;
    return doc.year();
}

} // namespace

namespace {

// The weekdays and the full month names (abbreviations such as "Jan" and "Dec" are also given
// names; "may" is three letters, "sept" an abbreviation), as a class every token key carries:
// isCalendarWord() is asked of most capitalised tokens by the name and trigger passes, and
// the bit is one test where the two maps were two lookups.
const WordSet kCalendarWords = WordSet{
    QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
    QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
    QStringLiteral("sunday"), QStringLiteral("january"), QStringLiteral("february"),
    QStringLiteral("march"), QStringLiteral("april"), QStringLiteral("june"),
    QStringLiteral("july"), QStringLiteral("august"), QStringLiteral("september"),
    QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")}.tokenClass();

} // namespace

bool isCalendarWord(const Token& token)
{
    if (token.kind != Token::Word || !token.cap)
        return false;
    // Abbreviations ("Jan", "Dec") are also given names; only full month names count here.
    return kCalendarWords.contains(token.key);
}

bool isMonthWord(const Token& token)
{
    return token.kind == Token::Word && token.cap && month(token.key) > 0;
}

int monthOfWord(const Token& token)
{
    return isMonthWord(token) ? month(token.key) : 0;
}

bool dayOfMonthAt(const std::vector<Token>& tokens, int i)
{
    if (i < 0 || i + 1 >= int(tokens.size()))
        return false;
    const Token& first = tokens[std::size_t(i)];
    const Token& second = tokens[std::size_t(i + 1)];
    const auto isDay = [](const Token& t) {
        int v = 0;
        return isNumber(t, &v) && v >= 1 && v <= 31;
    };
    return (isMonthWord(first) && isDay(second)) || (isDay(first) && isMonthWord(second));
}

namespace {

// A date on the calendar for `month`/`day` with no year written: the latest one not after
// `anchor` for what happened, the first one not before it for what is planned. Invalid when
// there is no anchor or the day does not exist (February 30).
QDate nearestDate(int m, int day, const QDate& anchor, bool future)
{
    if (!anchor.isValid())
        return {};
    int y = anchor.year();
    QDate date(y, m, day);
    if (!future && (!date.isValid() || date > anchor))
        date = QDate(--y, m, day);
    else if (future && (!date.isValid() || date < anchor))
        date = QDate(++y, m, day);
    return date;
}

} // namespace

QString isoDate(const QDate& date)
{
    const int y = date.year();
    if (!date.isValid() || y < 0 || y > 9999)
        return QString();
    const int m = date.month();
    const int d = date.day();
    const auto digit = [](int v) { return QChar(char16_t(u'0' + v % 10)); };
    const QChar dash(u'-');
    const QChar iso[] = {digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), dash,
                         digit(m / 10),   digit(m),       dash,          digit(d / 10), digit(d)};
    return QString(iso, 10);
}

DateExpression findDate(const std::vector<Token>& toks, int from, int to, QStringView text,
                        const QDate& docDate, bool future, const Lexicon* lex)
{
    const int n = int(toks.size());
    // Expressions start before `to` but may run past it ("August 5, 2016" over a comma).
    to = std::min(to, n);
    auto key = [&](int i) -> const TokenKey& {
        return i >= 0 && i < n ? toks[std::size_t(i)].key : noKey;
    };
    auto finish = [&](int b, int e, QDate date, bool relative) {
        DateExpression d;
        d.begin = b;
        d.end = e;
        d.text = text.mid(toks[std::size_t(b)].start,
                          toks[std::size_t(e - 1)].end - toks[std::size_t(b)].start)
                     .toString()
                     .simplified();
        if (date.isValid())
            d.iso = isoDate(date);
        d.relative = relative;
        return d;
    };
    // Month [day[-day]] [, year] and [day] Month [year], the month at token i. `end` is set
    // to the token after the expression; `begin` to its first token. Invalid date when the
    // text gives no day or no year can be found.
    struct MonthDate
    {
        int begin = -1;
        int end = -1;
        int month = 0;
        int day = 0;
        int year = 0;
    };
    auto monthDate = [&](int i) {
        MonthDate md;
        const Token& t = toks[std::size_t(i)];
        const int m = month(t.key);
        // "May" is a month next to a number ("May 5", "5 May") or after "in"; elsewhere the modal
        if (m == 0 || !t.cap ||
            (t.key == "may"_key && !isNumber(toks[std::size_t(std::min(i + 1, n - 1))]) &&
             !(i > 0 && isNumber(toks[std::size_t(i - 1)])) && key(i - 1) != "in"_key))
            return md;
        int e = i + 1;
        int v = 0;
        if (e < n && isNumber(toks[std::size_t(e)], &v) && v >= 1 && v <= 31) {
            md.day = v;
            ++e;
            if (e < n && toks[std::size_t(e)].hyphenBefore && isNumber(toks[std::size_t(e)]))
                ++e; // "May 8-9"
        }
        if (e + 1 < n && key(e) == ","_key && isNumber(toks[std::size_t(e + 1)], &v) &&
            v > 1900 && v < 2200) {
            md.year = v;
            e += 2;
        } else if (e < n && isNumber(toks[std::size_t(e)], &v) && v > 1900 && v < 2200) {
            md.year = v;
            ++e;
        }
        int b = i;
        if (md.day == 0 && i > 0 && isNumber(toks[std::size_t(i - 1)], &v) && v >= 1 && v <= 31) {
            md.day = v;
            b = i - 1;
        }
        if (md.day == 0 && md.year == 0) {
            // "In March", "in early July", "in late March", "in mid-October"
            const bool part = key(i - 1) == "early"_key || key(i - 1) == "late"_key || key(i - 1) == "mid"_key;
            if (part && key(i - 2) == "in"_key)
                b = i - 2;
            else if (key(i - 1) == "in"_key)
                b = i - 1;
            else
                return md;
        }
        md.begin = b;
        md.end = e;
        md.month = m;
        return md;
    };
    auto resolve = [&](const MonthDate& md) {
        if (md.day == 0)
            return QDate();
        return md.year > 0 ? QDate(md.year, md.month, md.day)
                           : nearestDate(md.month, md.day, docDate, future);
    };
    // The expression at token i, or an invalid one.
    auto at = [&](int i) -> DateExpression {
        const Token& t = toks[std::size_t(i)];
        const TokenKey& k = t.key;
        // today / yesterday / tomorrow / tonight (the lexicon's deictic days, whose value is
        // their distance in days from the article's), with "earlier"/"later" before them.
        // (Read without a lexicon only by writtenDates(), which has no day to count from.)
        // (not a capitalised one inside a name: "told L'Orient Today", "USA Today reported")
        const bool inName = t.cap && i > 0 && toks[std::size_t(i - 1)].kind == Token::Word && toks[std::size_t(i - 1)].cap;
        if (lex && lex->has(Cue::DeicticDay, k) && !inName) {
            int b = i;
            if (key(i - 1) == "earlier"_key || key(i - 1) == "later"_key)
                b = i - 1;
            const int offset = lex->value(Cue::DeicticDay, k).toInt();
            return finish(b, i + 1, docDate.isValid() ? docDate.addDays(offset) : QDate(), true);
        }
        // ISO 8601, "2025-03-03": three numbers joined by hyphens.
        if (int y = 0, mo = 0, dy = 0;
            isNumber(t, &y) && y > 1900 && y < 2200 && i + 2 < n &&
            toks[std::size_t(i + 1)].hyphenBefore && isNumber(toks[std::size_t(i + 1)], &mo) &&
            toks[std::size_t(i + 2)].hyphenBefore && isNumber(toks[std::size_t(i + 2)], &dy)) {
            const QDate date(y, mo, dy);
            return date.isValid() ? finish(i, i + 3, date, false) : DateExpression();
        }
        if (const int wd = weekday(k); wd > 0 && t.cap) {
            int b = i;
            const TokenKey& prev = key(i - 1);
            bool next = future;
            bool last = false;
            if (prev == "next"_key) {
                next = true;
                b = i - 1;
            } else if (prev == "last"_key) {
                last = true;
                next = false;
                b = i - 1;
            } else if (prev == "on"_key || prev == "this"_key ||
                       prev == "later"_key || prev == "early"_key ||
                       prev == "late"_key || prev == "earlier"_key) {
                b = i - 1;
            }
            int e = i + 1;
            const TokenKey& after = key(e);
            if (after == "morning"_key || after == "afternoon"_key ||
                after == "evening"_key || after == "night"_key)
                ++e;
            QDate date;
            if (docDate.isValid()) {
                const int dow = docDate.dayOfWeek();
                if (next) {
                    int delta = (wd - dow + 7) % 7;
                    if (delta == 0)
                        delta = 7;
                    date = docDate.addDays(delta);
                } else {
                    int delta = (dow - wd + 7) % 7;
                    if (last && delta == 0)
                        delta = 7;
                    date = docDate.addDays(-delta);
                }
            }
            // "Wednesday, July 26, 2023", "Tuesday (July 11)": the written date wins over
            // the reckoned one, and a weekday that contradicts it leaves the day unknown.
            const int j = e + ((key(e) == ","_key || key(e) == "("_key) ? 1 : 0);
            // (the day first: "Tuesday, 9 December 2025")
            const int mj = j + 1 < n && toks[std::size_t(j)].kind == Token::Number && month(key(j + 1)) > 0 ? j + 1 : j;
            if (j < n && month(key(mj)) > 0) {
                if (const MonthDate md = monthDate(mj); md.begin == j && md.day > 0) {
                    const QDate written = resolve(md);
                    date = written.isValid() && written.dayOfWeek() == wd ? written : QDate();
                    e = md.end + (key(e) == "("_key && key(md.end) == ")"_key ? 1 : 0);
                }
            }
            // The leading "on" is part of the phrase but not of the expression shown.
            if (b < i && key(b) == "on"_key)
                b = i;
            return finish(b, e, date, false);
        }
        if ((k == "last"_key || k == "next"_key || k == "this"_key) &&
            (key(i + 1) == "week"_key || key(i + 1) == "month"_key ||
             key(i + 1) == "year"_key)) {
            // "last week", "earlier this month": a span, not a day. The text is kept as
            // `when`; no single day can be given without inventing one.
            const int b = (key(i - 1) == "earlier"_key || key(i - 1) == "later"_key) ? i - 1 : i;
            DateExpression span = finish(b, i + 2, QDate(), key(i + 1) == "week"_key);
            span.period = key(i + 1) != "week"_key;
            // "last month", "this year": that month or year of the article's date
            if (span.period && docDate.isValid()) {
                const int step = k == "last"_key ? -1 : k == "next"_key ? 1 : 0;
                span.periodIso = key(i + 1) == "month"_key ? docDate.addMonths(step).toString(QStringLiteral("yyyy-MM"))
                                                           : QString::number(docDate.year() + step);
            }
            // "last week", "earlier this week": the month of that week (Monday to Sunday; this
            // week's past days up to the article's), when the whole of it lies in one month
            if (!span.period && docDate.isValid()) {
                const int step = k == "last"_key ? -7 : k == "next"_key ? 7 : 0;
                const QDate monday = docDate.addDays(step - (docDate.dayOfWeek() - 1));
                const bool past = key(b) == "earlier"_key;
                const QDate sunday = k == "this"_key && past ? docDate : monday.addDays(6);
                if (monday.month() == sunday.month() && monday.year() == sunday.year())
                    span.periodIso = monday.toString(QStringLiteral("yyyy-MM"));
            }
            return span;
        }
        // "later in the year", "earlier in the month": as "later this year", "earlier this month";
        // after a year the sentence wrote ("In March 2019 ..., and again later in the year"),
        // that year, and no month
        if (k == "in"_key && i >= 1 && (key(i - 1) == "earlier"_key || key(i - 1) == "later"_key) &&
            key(i + 1) == "the"_key && (key(i + 2) == "year"_key || key(i + 2) == "month"_key)) {
            DateExpression span = finish(i - 1, i + 3, QDate(), false);
            span.period = true;
            int written = 0;
            for (int w = 0, v = 0; w < i - 1; ++w)
                if (isNumber(toks[std::size_t(w)], &v) && v >= 1800 && v < 2200)
                    written = v;
            if (written > 0)
                span.periodIso = key(i + 2) == "year"_key ? QString::number(written) : QString();
            else if (docDate.isValid())
                span.periodIso = key(i + 2) == "month"_key ? docDate.toString(QStringLiteral("yyyy-MM"))
                                                           : QString::number(docDate.year());
            return span;
        }
        // "last February", "next July": a month, the one before the article's (a year back when it
        // is the article's own month), or the one after it
        if ((k == "last"_key || k == "next"_key) && i + 1 < n && toks[std::size_t(i + 1)].cap && month(key(i + 1)) > 0 &&
            key(i + 1) != "may"_key && !isNumber(toks[std::size_t(std::min(i + 2, n - 1))])) {
            DateExpression span = finish(i, i + 2, QDate(), false);
            span.period = true;
            if (docDate.isValid()) {
                const int m = month(key(i + 1));
                span.periodIso = monthIso(yearOfMonth(docDate, m, k == "last"_key, true), m);
            }
            return span;
        }
        // "later that year", "that same year": the year the text wrote last
        // before it (none written: a span of no known year)
        if (k == "that"_key && (key(i + 1) == "year"_key || (key(i + 1) == "same"_key && key(i + 2) == "year"_key))) {
            const int e = key(i + 1) == "year"_key ? i + 2 : i + 3;
            const int b = (key(i - 1) == "earlier"_key || key(i - 1) == "later"_key) ? i - 1 : i;
            DateExpression span = finish(b, e, QDate(), false);
            span.period = true;
            if (const int y = lastYearBefore(text, toks[std::size_t(b)].start); y > 0)
                span.periodIso = QString::number(y);
            return span;
        }
        // "a day ago", "two days ago"
        if (const int num = smallNumber(k); num > 0 &&
            (key(i + 1) == "day"_key || key(i + 1) == "days"_key ||
             key(i + 1) == "week"_key || key(i + 1) == "weeks"_key) &&
            key(i + 2) == "ago"_key) {
            const int days = num * (key(i + 1).startsWith(QLatin1String("week")) ? 7 : 1);
            return finish(i, i + 3, docDate.isValid() ? docDate.addDays(-days) : QDate(), true);
        }
        if (const MonthDate md = monthDate(i); md.begin >= 0) {
            // "in July last year", "in May this year", "in July of last year", "in March of next
            // year": the year told after the month
            int end = md.end;
            int year = md.year;
            const int rel = md.day == 0 && md.year == 0 && key(end) == "of"_key ? end + 1 : end;
            if (md.day == 0 && md.year == 0 && docDate.isValid() && key(rel + 1) == "year"_key &&
                (key(rel) == "last"_key || key(rel) == "this"_key || key(rel) == "next"_key)) {
                year = docDate.year() + (key(rel) == "last"_key ? -1 : key(rel) == "next"_key ? 1 : 0);
                end = rel + 2;
            }
            // "in July of 2023": the year written after "of"
            if (int y = 0; md.day == 0 && md.year == 0 && key(end) == "of"_key && end + 1 < n &&
                           isNumber(toks[std::size_t(end + 1)], &y) && y > 1900 && y < 2200) {
                year = y;
                end += 2;
            }
            // "in August of that year", "in May of the same year": the year the text wrote last
            // before it; none written, no month known (not the article's year)
            bool thatYear = false;
            if (md.day == 0 && md.year == 0 && key(end) == "of"_key &&
                ((key(end + 1) == "that"_key && key(end + 2) == "year"_key) ||
                 (key(end + 1) == "the"_key && key(end + 2) == "same"_key && key(end + 3) == "year"_key))) {
                thatYear = true;
                end += key(end + 1) == "that"_key ? 3 : 4;
                year = lastYearBefore(text, toks[std::size_t(md.begin)].start);
            }
            DateExpression d = finish(md.begin, end, resolve(md), false);
            d.period = md.day == 0;
            // (else the last such month not after the article's for what happened, the next
            // one not before it for what is planned)
            if (d.period && year > 0)
                d.periodIso = monthIso(year, md.month);
            else if (d.period && docDate.isValid() && !thatYear)
                d.periodIso = monthIso(yearOfMonth(docDate, md.month, !future, false), md.month);
            return d;
        }
        // "received him in Kuwait City in 2024": a year alone after "in", no day of it known
        // (not "in 2024-25", nor a year that names a thing, "in 2024 elections")
        if (int y = 0; isNumber(t, &y) && y > 1900 && y < 2200 && key(i - 1) == "in"_key &&
                       !(i + 1 < n && (toks[std::size_t(i + 1)].hyphenBefore ||
                                       toks[std::size_t(i + 1)].kind == Token::Word))) {
            DateExpression d = finish(i - 1, i + 1, QDate(), false);
            d.period = true;
            d.periodIso = QString::number(y);
            return d;
        }
        return {};
    };
    // A date that is not the day of the event the clause tells of: "since March 3", and a
    // date that qualifies a noun other than a meeting: "Tuesday's statement", "the March 3
    // election" (but "today's meeting" and "the March 3 summit" are the meeting's day).
    auto belongsElsewhere = [&](const DateExpression& d) {
        const bool possessive = key(d.end) == "'s"_key;
        if (!lex)
            return possessive;
        if (lex->has(Cue::DateBoundary, key(d.begin - 1)))
            return true;
        // "their first meeting since the ouster of X in August": the date of the noun phrase a
        // boundary word opens ("since the", "after his"), unless that phrase names a meeting
        for (int k = d.begin - 1; k >= std::max(0, d.begin - 8) && toks[std::size_t(k)].kind == Token::Word; --k) {
            // (nor a clause of a meeting verb: "since the Amir received him in 2024")
            if (lex->has(Cue::MeetingNoun, key(k)) || lex->has(Cue::MeetingVerb, key(k)))
                break;
            if (lex->has(Cue::DateBoundary, key(k)) && lex->has(Cue::Determiner, key(k + 1)))
                return true;
            // ... or of the clause "since" or "until" opens: "their second meeting since he took
            // office in January 2025", "since taking office in May"
            if (lex->value(Cue::DateBoundary, key(k)) == "other-event"_key && k + 1 < d.begin)
                return true;
        }
        // "the failed coup attempt in the Republic of Benin on December 7": a date that closes the
        // phrase of an event that is no meeting (a few words back, no punctuation between)
        // (a name only after "in", "of" or "the": not "met election winner John Mahama on Monday";
        // nor past "and": "after the election and discussed trade on Monday")
        for (int k = d.begin - 1; k >= std::max(0, d.begin - 8) && toks[std::size_t(k)].kind == Token::Word; --k) {
            const Token& w = toks[std::size_t(k)];
            if (lex->has(Cue::MeetingNoun, w.key) || lex->has(Cue::MeetingVerb, w.key) || lex->has(Cue::Conjunction, w.key))
                break;
            if (w.cap && k > 0 && !toks[std::size_t(k - 1)].cap && key(k - 1) != "in"_key && key(k - 1) != "of"_key &&
                key(k - 1) != "the"_key)
                break;
            if (lex->has(Cue::DatedEvent, w.key) && !w.cap)
                return true;
        }
        // "its presidency of the Council, which began on Jan. 1": a date in a "which" clause a few
        // words back is the day of the thing it tells of, unless that thing is a meeting ("the
        // talks, which began on Monday")
        for (int k = d.begin - 1; k >= std::max(1, d.begin - 4) && toks[std::size_t(k)].kind == Token::Word; --k) {
            if (key(k) != "which"_key)
                continue;
            // (the thing is the lower-case noun before the names and "of the" that end its phrase:
            // "presidency of the Council of the EU"; not "talks between A and B", whose last
            // word before the names is "and")
            int head = key(k - 1) == ","_key ? k - 2 : k - 1;
            while (head > 0 && toks[std::size_t(head)].kind == Token::Word &&
                   (toks[std::size_t(head)].cap || key(head) == "of"_key || key(head) == "the"_key))
                --head;
            const Token& h = toks[std::size_t(std::max(head, 0))];
            if (head >= 0 && h.kind == Token::Word && !h.cap && !lex->has(Cue::Conjunction, h.key) &&
                !lex->has(Cue::MeetingNoun, h.key) && !lex->has(Cue::TravelWord, h.key) && !lex->has(Cue::Determiner, h.key))
                return true;
            break;
        }
        int noun = -1;
        if (possessive)
            noun = d.end + 1;
        else if (lex->has(Cue::Determiner, key(d.begin - 1)))
            noun = d.end;
        if (noun < 0 || noun >= n || toks[std::size_t(noun)].kind != Token::Word ||
            toks[std::size_t(noun)].cap)
            return possessive;
        // The noun phrase's head comes after a few modifiers: "Tuesday's first round of talks".
        for (int k = noun; k < std::min(n, noun + 5); ++k) {
            const Token& w = toks[std::size_t(k)];
            if (w.kind != Token::Word)
                break;
            if (lex->has(Cue::MeetingNoun, w.key))
                return false;
        }
        return true;
    };
    for (int i = std::max(0, from); i < to; ++i) {
        if (!mayStartDate(toks[std::size_t(i)], lex))
            continue;
        DateExpression d = at(i);
        if (!d.valid())
            continue;
        if (!belongsElsewhere(d))
            return d;
        i = std::max(i, d.end - 1);
    }
    return {};
}

DatelineDate readDatelineDate(const std::vector<Token>& toks, int from)
{
    DatelineDate out;
    const int n = int(toks.size());
    auto key = [&](int i) -> const TokenKey& {
        return i >= 0 && i < n ? toks[std::size_t(i)].key : noKey;
    };
    int i = from;
    // "ANKARA, May 5", "CAIRO – 17 February 2026:"
    if (key(i) == ","_key || (i < n && isDash(toks[std::size_t(i)]) && i + 1 < n &&
                              toks[std::size_t(i + 1)].kind == Token::Number))
        ++i;
    auto monthAt = [&](int k) { return k < n && isMonthWord(toks[std::size_t(k)]); };
    auto dayAt = [&](int k, int* day) { return k < n && isNumber(toks[std::size_t(k)], day) && *day >= 1 && *day <= 31; };
    int v = 0;
    if (monthAt(i)) {
        // "May 5", "Jan. 15"
        out.month = month(key(i));
        ++i;
        if (key(i) == "."_key)
            ++i;
        if (!dayAt(i, &v))
            return DatelineDate();
        out.day = v;
        ++i;
    } else if (dayAt(i, &v) && monthAt(i + 1)) {
        // the day first: "5 Feb 2026 (AIP)", "12 April (Kun.uz)"
        out.day = v;
        out.month = month(key(i + 1));
        i += 2;
        if (key(i) == "."_key && i + 1 < n && toks[std::size_t(i + 1)].kind == Token::Number)
            ++i;
    } else {
        return out;
    }
    // the year, after a comma or not: "May 5, 2026", "5 Feb 2026"
    const int y = key(i) == ","_key ? i + 1 : i;
    if (y < n && isNumber(toks[std::size_t(y)], &v) && v > 1900 && v < 2200) {
        out.year = v;
        i = y + 1;
    }
    // What closes a dateline after its date: ". /TASS/.", "(Reuters) -", "(Prensa Latina)".
    if (key(i) == "."_key)
        ++i;
    auto closeGroup = [&](KeyLiteral open, KeyLiteral close) {
        if (key(i) != open)
            return;
        for (int j = i + 1; j < std::min(n, i + 8); ++j) {
            if (key(j) == close) {
                i = j + 1;
                return;
            }
        }
    };
    closeGroup("("_key, ")"_key);
    closeGroup("/"_key, "/"_key);
    if (key(i) == "."_key)
        ++i;
    if (i < n && (isDash(toks[std::size_t(i)]) || key(i) == ":"_key))
        ++i;
    out.end = i;
    return out;
}

QDate datelineAnchor(const DatelineDate& dateline, const std::vector<QDate>& written)
{
    if (!dateline.valid())
        return {};
    if (dateline.year > 0)
        return QDate(dateline.year, dateline.month, dateline.day);
    // A full date written in the article within a month before the dateline's day fixes the
    // year ("MOSCOW, June 10 ... on June 6, 2024"); years that disagree leave it unknown.
    int year = 0;
    for (const QDate& w : written) {
        for (int y : {w.year(), w.year() + 1}) {
            const QDate candidate(y, dateline.month, dateline.day);
            if (!candidate.isValid() || candidate < w || w.daysTo(candidate) > 31)
                continue;
            if (year != 0 && year != y)
                return {};
            year = y;
        }
    }
    return year > 0 ? QDate(year, dateline.month, dateline.day) : QDate();
}

std::vector<QDate> writtenDates(const std::vector<Token>& toks, QStringView text)
{
    std::vector<QDate> out;
    int i = 0;
    const int n = int(toks.size());
    while (i < n) {
        // With no anchor, only dates that carry their year resolve.
        const DateExpression d = findDate(toks, i, n, text, QDate(), false);
        if (!d.valid())
            break;
        if (!d.iso.isEmpty())
            out.push_back(QDate::fromString(d.iso, Qt::ISODate));
        i = std::max(i + 1, d.end);
    }
    return out;
}

} // namespace parley
