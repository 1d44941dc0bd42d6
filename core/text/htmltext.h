// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace parley {

/// What htmlToText() keeps of a page.
struct HtmlText
{
    QString text;  ///< readable text; block elements end paragraphs, <br> ends a line
    QString title; ///< <meta property="og:title">, else <title>; white space collapsed; may be empty
    /// The first date found, by rank: a <meta> (article:published_time, date, pubdate, DC.date,
    /// itemprop datePublished ...), then JSON-LD "datePublished" (also in arrays and @graph),
    /// then the first <time datetime>; invalid when none is readable.
    QDate date;
};

/// Reduces HTML to plain text without running or fetching anything: tags and comments are
/// dropped, the contents of script, style, iframe, noscript, template, svg, math, object and
/// textarea are dropped, character references are decoded (named common ones and numeric),
/// white space is collapsed as a browser would. A single forward pass with bounded look-ahead,
/// so linear in the input whatever the nesting depth; no recursion. Thread-safe.
HtmlText htmlToText(QStringView html);

/// Decodes the character references in `text` (for attribute values and plain fragments).
QString decodeHtmlEntities(QStringView text);

} // namespace parley
