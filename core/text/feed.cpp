// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/feed.h"

#include "text/htmltext.h"
#include "text/textdate.h"

#include <QSet>
#include <QXmlStreamReader>

namespace parley {

namespace {

const QLatin1String kContentNs("http://purl.org/rss/1.0/modules/content/");
const QLatin1String kDcNs("http://purl.org/dc/elements/1.1/");
const QLatin1String kAtomNs("http://www.w3.org/2005/Atom");
const QLatin1String kRss10Ns("http://purl.org/rss/1.0/");

// The feed's own elements: RSS 2.0 has no namespace, Atom and RSS 1.0 have theirs. Others
// (media:title, itunes:summary) share local names and must not be taken for them.
bool isOwn(QStringView ns)
{
    return ns.isEmpty() || ns == kAtomNs || ns == kRss10Ns;
}

enum class Kind { Rss, Atom, Rdf, None };

Kind kindOfRoot(QStringView name)
{
    if (name == u"rss")
        return Kind::Rss;
    if (name == u"feed")
        return Kind::Atom;
    if (name == u"RDF")
        return Kind::Rdf;
    return Kind::None;
}

// Moves the reader to the root element's start tag; Kind::None when there is none.
Kind readRoot(QXmlStreamReader& xml)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return kindOfRoot(xml.name());
    }
    return Kind::None;
}

// How much a source of item text is worth: full content beats a summary.
enum class Rank { None, Summary, Content };

// Reads one RSS item or Atom entry; the reader is on its start tag and ends on its end tag.
class ItemReader
{
public:
    ItemReader(QXmlStreamReader& xml, Kind kind) : m_xml(xml), m_kind(kind) {}

    FeedItem read()
    {
        m_item.line = int(m_xml.lineNumber());
        while (m_xml.readNextStartElement())
            readField();
        if (m_published.isValid())
            m_item.date = m_published;
        m_item.text = m_body.trimmed();
        return std::move(m_item);
    }

private:
    void readField()
    {
        switch (fieldOf(m_xml.name(), m_xml.namespaceUri())) {
        case Field::Title:
            m_item.title = readTitle();
            break;
        case Field::Link:
            readLink();
            break;
        case Field::Id:
            m_item.id = readInner(false).trimmed();
            break;
        case Field::Published:
            readPublished();
            break;
        case Field::Updated:
            if (!m_item.date.isValid())
                m_item.date = parseNewsDate(readInner(false));
            else
                m_xml.skipCurrentElement();
            break;
        case Field::EncodedContent:
            offer(Rank::Content, htmlToText(readInner(false)).text);
            break;
        case Field::AtomContent:
            // Content given by reference (src="...") is not fetched: it is not here.
            if (m_xml.attributes().hasAttribute(QLatin1String("src")))
                m_xml.skipCurrentElement();
            else
                offer(Rank::Content, readTyped());
            break;
        case Field::Summary:
            offer(Rank::Summary, m_kind == Kind::Atom ? readTyped()
                                                      : htmlToText(readInner(false)).text);
            break;
        case Field::Other:
            m_xml.skipCurrentElement();
            break;
        }
    }

    enum class Field {
        Title,
        Link,
        Id,
        Published,
        Updated,
        EncodedContent,
        AtomContent,
        Summary,
        Other
    };

    Field fieldOf(QStringView name, QStringView ns) const
    {
        if (ns == kContentNs)
            return name == u"encoded" ? Field::EncodedContent : Field::Other;
        if (ns == kDcNs)
            return name == u"date" ? Field::Published : Field::Other;
        // Other vocabularies (media:title, itunes:summary) share the local names.
        if (!isOwn(ns))
            return Field::Other;
        if (name == u"title")
            return Field::Title;
        if (name == u"link")
            return Field::Link;
        if (name == u"guid" || name == u"id")
            return Field::Id;
        if (name == u"pubDate" || name == u"published")
            return Field::Published;
        if (name == u"updated")
            return Field::Updated;
        if (name == u"content" && m_kind == Kind::Atom)
            return Field::AtomContent;
        if (name == u"description" || name == u"summary")
            return Field::Summary;
        return Field::Other;
    }

    void readPublished()
    {
        if (!m_published.isValid())
            m_published = parseNewsDate(readInner(false));
        else
            m_xml.skipCurrentElement();
    }

    void offer(Rank rank, const QString& text)
    {
        if (rank > m_rank && !QStringView(text).trimmed().isEmpty()) {
            m_rank = rank;
            m_body = text;
        }
    }

    // RSS titles are often escaped HTML ("Talks &lt;em&gt;resume&lt;/em&gt;"), Atom ones say so
    // with type="html"; either way only the words are kept, on one line.
    QString readTitle()
    {
        const QString raw = m_kind == Kind::Atom ? readTyped() : htmlToText(readInner(false)).text;
        return raw.simplified();
    }

    void readLink()
    {
        if (m_kind != Kind::Atom) {
            const QString link = readInner(false).trimmed();
            if (m_item.link.isEmpty())
                m_item.link = link;
            return;
        }
        const QXmlStreamAttributes attrs = m_xml.attributes();
        const QStringView rel = attrs.value(QLatin1String("rel"));
        if ((rel.isEmpty() || rel == u"alternate") && m_item.link.isEmpty())
            m_item.link = attrs.value(QLatin1String("href")).toString().trimmed();
        m_xml.skipCurrentElement();
    }

    // An Atom text construct: type="text" (the default) is plain, "html" is escaped markup,
    // "xhtml" is inline markup in the XHTML namespace.
    QString readTyped()
    {
        const QStringView type = m_xml.attributes().value(QLatin1String("type"));
        if (type == u"html" || type == u"text/html")
            return htmlToText(readInner(false)).text;
        if (type == u"xhtml" || type == u"application/xhtml+xml")
            return htmlToText(readInner(true)).text;
        return readInner(false).trimmed();
    }

    // The contents of the current element up to its end tag. With `markup`, child elements
    // are written back as bare tags (attributes dropped) for htmlToText() to break text at
    // block elements; without, only their text is kept. Entity references XML does not know
    // (&nbsp; in a feed without a DTD) are decoded as HTML ones, as feed readers do.
    QString readInner(bool markup)
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                if (markup)
                    out += u'<' + m_xml.name().toString() + u'>';
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                if (markup && depth > 0)
                    out += QLatin1String("</") + m_xml.name().toString() + u'>';
                break;
            case QXmlStreamReader::Characters:
                out += markup ? m_xml.text().toString().toHtmlEscaped() : m_xml.text().toString();
                break;
            case QXmlStreamReader::EntityReference:
                out += decodeHtmlEntities(QString(u'&' + m_xml.name().toString() + u';'));
                break;
            default:
                break;
            }
        }
        return out;
    }

    QXmlStreamReader& m_xml;
    Kind m_kind;
    FeedItem m_item;
    QDate m_published;
    QString m_body;
    Rank m_rank = Rank::None;
};

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c);
}

// Feeds written by hand or by careless tools use HTML's named references (&nbsp;, &eacute;)
// outside CDATA, where XML knows only five; a strict reader would stop at the first one, a
// feed reader shows the text. Each known HTML name is replaced with its numeric reference,
// which XML accepts. Only for encodings where '&' and names are single ASCII bytes (not
// UTF-16/32, which start with a BOM or a NUL byte), and not when a DTD may declare them.
QByteArray numericHtmlReferences(const QByteArray& bytes)
{
    const bool wide = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
                      bytes.left(4).contains('\0');
    if (wide || bytes.contains("<!DOCTYPE") || !bytes.contains('&'))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        out += c;
        if (c != '&')
            continue;
        qsizetype j = i + 1;
        while (j < bytes.size() && j - i <= 32 && isAsciiAlnum(bytes[j]))
            ++j;
        if (j == i + 1 || j >= bytes.size() || bytes[j] != ';' || isAsciiDigit(bytes[i + 1]))
            continue;
        const QByteArray name = bytes.mid(i + 1, j - i - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
            continue;
        const QString decoded = decodeHtmlEntities(QString::fromLatin1('&' + name + ';'));
        if (decoded.size() != 1)
            continue; // not a name HTML knows: left for the XML reader to report
        out += '#' + QByteArray::number(decoded.front().unicode()) + ';';
        i = j;
    }
    return out;
}

} // namespace

bool isWebUrl(const QString& text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isFeed(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    return readRoot(xml) != Kind::None;
}

Feed parseFeed(const QByteArray& bytes, const QString& where)
{
    Feed feed;
    QXmlStreamReader xml(numericHtmlReferences(bytes));
    const Kind kind = readRoot(xml);
    if (kind == Kind::None) {
        if (xml.hasError())
            feed.errors.push_back({where, QStringLiteral("not well-formed XML: ") +
                                              xml.errorString(),
                                   int(xml.lineNumber())});
        else
            feed.errors.push_back({where, QStringLiteral("not an RSS or Atom feed (the root "
                                                         "element is not <rss>, <feed> or "
                                                         "<rdf:RDF>)")});
        return feed;
    }
    const QLatin1String itemName(kind == Kind::Atom ? "entry" : "item");
    QSet<QString> seen;
    // Items sit in <channel> (RSS 2.0) or directly under the root (Atom, RSS 1.0); walking
    // every start element finds them in either place, and the first <title> outside an item
    // is the feed's own.
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title" && feed.title.isEmpty()) {
            feed.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            continue;
        }
        if (xml.name() != itemName)
            continue;
        FeedItem item = ItemReader(xml, kind).read();
        if (xml.hasError())
            break; // the item was cut short: reported below with the error
        if (item.text.isEmpty()) {
            const QString name = item.title.isEmpty() ? QString()
                                                      : QStringLiteral(" \"%1\"").arg(item.title);
            feed.errors.push_back({where, QStringLiteral("%1%2 has no text; skipped")
                                              .arg(itemName, name),
                                   item.line});
            continue;
        }
        // The same item twice (feeds repeat an item when it is updated): known by its id, or
        // by its link when it has none.
        const QString key = item.id.isEmpty() ? item.link : u'#' + item.id;
        if (!key.isEmpty()) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        feed.items.push_back(std::move(item));
    }
    if (xml.hasError()) {
        feed.errors.push_back({where,
                               QStringLiteral("not well-formed XML (%1); the rest of the feed "
                                              "is skipped")
                                   .arg(xml.errorString()),
                               int(xml.lineNumber())});
    }
    return feed;
}

} // namespace parley
