// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace parley {

/// One entry of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, as the feed gives it.
struct FeedItem
{
    QString title; ///< <title>, markup removed, white space collapsed; may be empty
    QString link;  ///< <link> (RSS text, Atom rel="alternate" href); may be empty
    QString id;    ///< <guid> or Atom <id>; may be empty
    QDate date;    ///< pubDate / dc:date / Atom published, else updated; may be invalid
    QString text;  ///< content:encoded, Atom content, else description/summary, as plain text
    int line = 0;  ///< 1-based line of the item's start tag in the feed
};

/// What parseFeed() read: the channel title and the items, in feed order, each once.
struct Feed
{
    QString title;                ///< channel / feed <title>; may be empty
    std::vector<FeedItem> items;  ///< items with text; duplicates (same id or link) kept once
    std::vector<Error> errors;    ///< items skipped (no text) and XML errors, with their line
};

/// Whether `text` is an http:// or https:// address: what parley-cli downloads and what a
/// project keeps as a feed source (the app fetches it; core never touches the network).
bool isWebUrl(const QString& text);

/// Whether `bytes` look like a feed: the root element is <rss>, <feed> (Atom) or <rdf:RDF>.
/// Reads only up to the root start tag. Thread-safe.
bool isFeed(const QByteArray& bytes);

/// Parses an RSS 2.0, RSS 1.0 or Atom 1.0 feed with QXmlStreamReader (the encoding comes
/// from the XML declaration or BOM; no DTD, external entity or network access). HTML in
/// content and descriptions is reduced to text by htmlToText(). An item without any text is
/// reported in `errors` and skipped; a second item with an id or link already seen is
/// dropped silently (feeds repeat items when they are updated). A well-formedness error
/// ends the parse: the items before it are kept, the error names its line. `where` names the
/// feed in errors. Thread-safe.
Feed parseFeed(const QByteArray& bytes, const QString& where);

} // namespace parley
