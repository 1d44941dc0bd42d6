// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the extraction row suites (tst_extractor, tst_officials): a document from
// one text, and the names behind the ids of an extraction.
#pragma once

#include "extract/extractor.h"
#include "text/sentencesplitter.h"

#include <QDate>
#include <QStringList>

namespace parley::testrows {

/// A document of one text; `date` is YYYY-MM-DD or empty (undated).
inline Document makeDocument(const QString& text, const QString& date = QString(),
                             const QString& id = QStringLiteral("t"))
{
    Document d;
    d.id = id;
    d.text = text;
    if (!date.isEmpty())
        d.date = QDate::fromString(date, Qt::ISODate);
    d.sentences = splitSentences(d.text);
    return d;
}

/// The name of state `id` in the extraction; "-" for none, "?id" for an unknown id.
inline QString stateName(const DocumentExtraction& x, const QString& id)
{
    for (const ExtractedState& s : x.states)
        if (s.id == id)
            return s.name;
    return id.isEmpty() ? QStringLiteral("-") : QStringLiteral("?") + id;
}

/// The name of official `id` in the extraction, "?id" when unknown.
inline QString officialName(const DocumentExtraction& x, const QString& id)
{
    for (const ExtractedOfficial& o : x.officials)
        if (o.id == id)
            return o.name;
    return QStringLiteral("?") + id;
}

/// The list without empty entries, sorted: rows compare as sets.
inline QStringList sorted(QStringList l)
{
    l.removeAll(QString());
    l.sort();
    return l;
}

/// The names of the states of the extraction, sorted and joined by ';': "Austria;Hungary".
inline QString stateNames(const DocumentExtraction& x)
{
    QStringList got;
    for (const ExtractedState& s : x.states)
        got << s.name;
    return sorted(got).join(QLatin1Char(';'));
}

/// "a; b ;c" -> {"a", "b", "c"}
inline QStringList splitList(const QString& s, QChar sep)
{
    QStringList out;
    for (const QString& p : s.split(sep, Qt::SkipEmptyParts))
        out << p.trimmed();
    return out;
}

} // namespace parley::testrows
