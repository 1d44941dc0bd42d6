// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace parley {

/// One sentence of a document: a half-open span [start, end) of UTF-16 code units
/// into Document::text. The sentence text is text.mid(start, end - start).
struct Sentence
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// One article, as read from disk. Text is plain (HTML already stripped), never modified
/// after loading, so that every offset recorded in the graph points into it.
struct Document
{
    QString id;       ///< "d" + 10 hex digits of the SHA-1 of text (see loader.h); stable across runs
    QString path;     ///< file the article came from ("corpus.jsonl:17" for a JSONL line)
    QString title;    ///< from JSONL `title`, an HTML <title>, or the first line; may be empty
    QDate date;       ///< JSONL `date`, a `Date:` line at the top, or --date; may be invalid
    QString url;      ///< JSONL `url`; may be empty
    QString source;   ///< JSONL `source` (publisher); may be empty
    QString text;     ///< plain text
    std::vector<Sentence> sentences; ///< filled by splitSentences()

    QStringView sentenceText(std::size_t i) const
    {
        const Sentence& s = sentences.at(i);
        return QStringView(text).mid(s.start, s.end - s.start);
    }
};

} // namespace parley
