// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdate.h"

#include <array>
#include <vector>

namespace parley {

namespace {

struct Token
{
    QStringView text;
    bool number = false;
};

int monthFromName(QStringView word)
{
    static constexpr std::array<const char*, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::array<const char*, 12> full = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (word.compare(QLatin1String(full[m]), Qt::CaseInsensitive) == 0 ||
            word.compare(QLatin1String(names[m]), Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    if (word.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

} // namespace

QDate parseNewsDate(QStringView text)
{
    // A date field is short; anything long is prose, and cutting it keeps this bounded.
    text = text.trimmed().left(100);
    std::vector<Token> tokens;
    std::vector<QChar> separators; // the character after each token
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isLetterOrNumber()) {
            qsizetype j = i;
            const bool digit = c.isDigit();
            while (j < text.size() && text[j].isLetterOrNumber() && text[j].isDigit() == digit)
                ++j;
            tokens.push_back({text.mid(i, j - i), digit});
            separators.push_back(j < text.size() ? text[j] : QChar());
            i = j;
        } else {
            ++i;
        }
    }
    if (tokens.empty())
        return {};

    // Numeric forms: year first (ISO, 2025/12/16).
    if (tokens.size() >= 3 && tokens[0].number && tokens[0].text.size() == 4 && tokens[1].number &&
        tokens[2].number &&
        (separators[0] == u'-' || separators[0] == u'/' || separators[0] == u'.')) {
        const QDate d(tokens[0].text.toInt(), tokens[1].text.toInt(), tokens[2].text.toInt());
        if (d.isValid())
            return d;
    }

    // Numeric forms, year last: "28.01.2026" and "17-12-2025" give the day first (the European
    // order); "03/04/2026" is read only when one of its numbers can be no month.
    if (tokens.size() >= 3 && tokens[0].number && tokens[1].number && tokens[2].number &&
        tokens[0].text.size() <= 2 && tokens[1].text.size() <= 2 && tokens[2].text.size() == 4 &&
        separators[0] == separators[1] && (separators[0] == u'-' || separators[0] == u'/' || separators[0] == u'.')) {
        const int a = tokens[0].text.toInt();
        const int b = tokens[1].text.toInt();
        const int y = tokens[2].text.toInt();
        QDate d;
        if (separators[0] != u'/' || (a > 12 && b <= 12))
            d = QDate(y, b, a);
        else if (b > 12 && a <= 12)
            d = QDate(y, a, b);
        if (d.isValid())
            return d;
    }

    // Worded forms: a month name with a day beside it and a four-digit year after it.
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].number)
            continue;
        const int month = monthFromName(tokens[t].text);
        if (month == 0)
            continue;
        int day = 0;
        std::size_t yearFrom = t + 1;
        if (t + 1 < tokens.size() && tokens[t + 1].number && tokens[t + 1].text.size() <= 2) {
            day = tokens[t + 1].text.toInt();
            yearFrom = t + 2;
        } else if (t > 0 && tokens[t - 1].number && tokens[t - 1].text.size() <= 2) {
            day = tokens[t - 1].text.toInt();
        } else if (t > 1 && tokens[t - 2].number && tokens[t - 2].text.size() <= 2 &&
                   tokens[t - 1].text.size() == 2) {
            day = tokens[t - 2].text.toInt(); // "16th December 2025"
        }
        // Ordinal suffixes ("16th") arrive as a separate letter token.
        if (yearFrom < tokens.size() && !tokens[yearFrom].number &&
            tokens[yearFrom].text.size() == 2 && day > 0)
            ++yearFrom;
        if (day == 0 || yearFrom >= tokens.size() || !tokens[yearFrom].number ||
            tokens[yearFrom].text.size() != 4)
            continue;
        const QDate d(tokens[yearFrom].text.toInt(), month, day);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace parley
