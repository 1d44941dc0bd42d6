// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/dates.h"

#include "extract/keyliteral.h"

#include <QHash>
#include <QSet>

namespace parley {

namespace {

const QString noKey; // what key() gives outside the token list

const QHash<QString, int> kWeekdays = {
    {QStringLiteral("monday"), 1},   {QStringLiteral("tuesday"), 2},
    {QStringLiteral("wednesday"), 3}, {QStringLiteral("thursday"), 4},
    {QStringLiteral("friday"), 5},   {QStringLiteral("saturday"), 6},
    {QStringLiteral("sunday"), 7}};

int weekday(const QString& key)
{
    return kWeekdays.value(key, 0);
}

const QHash<QString, int> kMonths = {
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

int month(const QString& key)
{
    return kMonths.value(key, 0);
}

const QHash<QString, int> kSmallNumberWords = {
    {QStringLiteral("a"), 1},     {QStringLiteral("one"), 1},  {QStringLiteral("two"), 2},
    {QStringLiteral("three"), 3}, {QStringLiteral("four"), 4}, {QStringLiteral("five"), 5},
    {QStringLiteral("six"), 6},   {QStringLiteral("seven"), 7}};

int smallNumber(const QString& key)
{
    bool ok = false;
    const int n = key.toInt(&ok);
    return ok ? n : kSmallNumberWords.value(key, 0);
}

bool isNumber(const Token& t, int* value = nullptr)
{
    if (t.kind != Token::Number)
        return false;
    bool ok = false;
    const int v = t.key.toInt(&ok);
    if (value)
        *value = v;
    return ok;
}

const QSet<QString> kDateStartWords = {
    QStringLiteral("today"), QStringLiteral("tonight"), QStringLiteral("yesterday"),
    QStringLiteral("tomorrow"), QStringLiteral("last"), QStringLiteral("next"),
    QStringLiteral("this"), QStringLiteral("a"), QStringLiteral("one"),
    QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
    QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven")};

// Whether a date expression can start at `t`: numbers, capitalised words (weekdays, months)
// and the few lower-case words the branches of findDate() test. Punctuation never starts one.
// One probe instead of four hash lookups, a number parse and a dozen comparisons a token.
bool mayStartDate(const Token& t)
{
    if (t.kind == Token::Number || (t.kind == Token::Word && t.cap))
        return true;
    if (t.kind != Token::Word)
        return false;
    return kDateStartWords.contains(t.key);
}

} // namespace

bool isCalendarWord(const Token& token)
{
    if (token.kind != Token::Word || !token.cap)
        return false;
    // Abbreviations ("Jan", "Dec") are also given names; only full month names count here.
    return weekday(token.key) > 0 || (token.key.size() > 3 && token.key != "sept"_key &&
                                      month(token.key) > 0);
}

bool isMonthWord(const Token& token)
{
    return token.kind == Token::Word && token.cap && month(token.key) > 0;
}

DateExpression findDate(const std::vector<Token>& toks, int from, int to, QStringView text,
                        const QDate& docDate, bool future)
{
    DateExpression d;
    // Expressions start before `to` but may run past it ("August 5, 2016" over a comma).
    const int n = int(toks.size());
    to = std::min(to, n);
    auto key = [&](int i) -> const QString& {
        return i >= 0 && i < n ? toks[std::size_t(i)].key : noKey;
    };
    auto finish = [&](int b, int e, QDate date, bool relative) {
        d.begin = b;
        d.end = e;
        d.text = text.mid(toks[std::size_t(b)].start,
                          toks[std::size_t(e - 1)].end - toks[std::size_t(b)].start)
                     .toString()
                     .simplified();
        if (date.isValid())
            d.iso = date.toString(Qt::ISODate);
        d.relative = relative;
        return d;
    };
    for (int i = std::max(0, from); i < to; ++i) {
        const Token& t = toks[std::size_t(i)];
        const QString& k = t.key;
        if (!mayStartDate(t))
            continue;
        // today / yesterday / tomorrow / tonight, with "earlier"/"later" before them.
        if (k == "today"_key || k == "tonight"_key ||
            k == "yesterday"_key || k == "tomorrow"_key) {
            int b = i;
            if (key(i - 1) == "earlier"_key || key(i - 1) == "later"_key)
                b = i - 1;
            int offset = k == "yesterday"_key ? -1 : k == "tomorrow"_key ? 1 : 0;
            return finish(b, i + 1, docDate.isValid() ? docDate.addDays(offset) : QDate(), true);
        }
        if (const int wd = weekday(k); wd > 0 && t.cap) {
            int b = i;
            const QString& prev = key(i - 1);
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
            const QString& after = key(e);
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
            // The leading "on" is part of the phrase but not of the expression shown.
            if (b < i && key(b) == "on"_key)
                b = i;
            return finish(b, e, date, false);
        }
        if ((k == "last"_key || k == "next"_key || k == "this"_key) &&
            (key(i + 1) == "week"_key || key(i + 1) == "month"_key ||
             key(i + 1) == "year"_key)) {
            QDate date;
            const int sign = k == "last"_key ? -1 : k == "next"_key ? 1 : 0;
            if (docDate.isValid() && key(i + 1) == "week"_key)
                date = docDate.addDays(qint64(7) * sign);
            // "last year" is no "Wednesday"; "last week" may be
            return finish(i, i + 2, date, key(i + 1) == "week"_key);
        }
        // "a day ago", "two days ago"
        if (const int num = smallNumber(k); num > 0 &&
            (key(i + 1) == "day"_key || key(i + 1) == "days"_key ||
             key(i + 1) == "week"_key || key(i + 1) == "weeks"_key) &&
            key(i + 2) == "ago"_key) {
            const int days = num * (key(i + 1).startsWith(QLatin1String("week")) ? 7 : 1);
            return finish(i, i + 3, docDate.isValid() ? docDate.addDays(-days) : QDate(), true);
        }
        // Month [day[-day]] [, year] and [day] Month [year]
        if (const int m = month(k); m > 0 && t.cap &&
            (k != "may"_key || isNumber(toks[std::size_t(std::min(i + 1, n - 1))]) ||
             key(i - 1) == "in"_key)) {
            int e = i + 1;
            int day = 0, year = 0;
            int v = 0;
            if (e < n && isNumber(toks[std::size_t(e)], &v) && v >= 1 && v <= 31) {
                day = v;
                ++e;
                if (e < n && toks[std::size_t(e)].hyphenBefore && isNumber(toks[std::size_t(e)]))
                    ++e; // "May 8-9"
            }
            if (e + 1 < n && key(e) == ","_key && isNumber(toks[std::size_t(e + 1)], &v) &&
                v > 1900 && v < 2200) {
                year = v;
                e += 2;
            } else if (e < n && isNumber(toks[std::size_t(e)], &v) && v > 1900 && v < 2200) {
                year = v;
                ++e;
            }
            int b = i;
            if (day == 0 && i > 0 && isNumber(toks[std::size_t(i - 1)], &v) && v >= 1 && v <= 31) {
                day = v;
                b = i - 1;
            }
            if (day == 0 && year == 0 && key(i - 1) != "in"_key)
                continue;
            if (day == 0 && year == 0)
                b = i - 1; // "In March"
            QDate date;
            if (day > 0) {
                int y = year;
                if (y == 0 && docDate.isValid()) {
                    y = docDate.year();
                    // News reports the past: a month after the article's is last year's.
                    if (QDate(y, m, day).isValid() && QDate(y, m, day) > docDate.addDays(7) && !future)
                        --y;
                }
                if (y > 0)
                    date = QDate(y, m, day);
            }
            return finish(b, e, date, false);
        }
    }
    return d;
}

} // namespace parley
