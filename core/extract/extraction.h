// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace parley {

/// Where something was read: a span of one sentence of one document, and why.
/// `document` is the Document::id; `start`/`end` are offsets into Document::text
/// (UTF-16 code units, half-open), inside the sentence's own span.
struct Mention
{
    QString document;
    int sentence = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString rule; ///< which rule or dictionary entry produced it, e.g. "title-before-name"
};

struct ExtractedState
{
    QString id;           ///< "state:syria": "state:" + slug of the canonical name
    QString name;         ///< canonical English short name, "Syria"
    QStringList aliases;  ///< the other forms seen in the text ("Syrian", "Damascus")
    std::vector<Mention> mentions;
};

struct ExtractedOfficial
{
    QString id;           ///< "person:asaad-al-shaibani": "person:" + slug of the full name
    QString name;         ///< fullest form of the name found
    QStringList aliases;  ///< other forms ("al-Shaibani", "Shaibani")
    QString title;        ///< "Foreign Minister"; may be empty
    QString state;        ///< id of an ExtractedState, or empty (international organisation)
    QString organization; ///< "United Nations" for officials of organisations; else empty
    QString rule;         ///< rule that found the person and title
    QString affiliationRule; ///< rule that set `state`/`organization`
    std::vector<Mention> mentions;
    bool stateInferred = false; ///< `state` is inferred (no text or dictionary entry states it)
};

/// One interaction event: an in-person meeting, a visit with talks, a summit, a call.
struct ExtractedMeeting
{
    QString id;               ///< "meeting:" + deterministic key (see Extractor)
    QStringList participants; ///< ids of ExtractedOfficial
    QStringList states;       ///< ids of ExtractedState, hosts included
    QString place;            ///< the city, "Moscow"; may be empty
    QString when;             ///< the text's date expression, "Tuesday"
    QString date;             ///< "2025-12-16", or "2025-12" / "2025" when the text gives only the month or year; else empty
    QString mode;             ///< "in person", "phone" or "video"
    QString status;           ///< "held", "planned", "cancelled" or "denied"
    QString rule;             ///< e.g. "meeting: 'met with' in sentence 1"
    std::vector<Mention> evidence; ///< the sentences that tell of it (with the trigger span)
    QString venue;            ///< "Kremlin" when the text names a building or seat; may be empty
};

/// Everything read from one document. Ids are deterministic and global (slug based), so
/// the extractions of many documents merge by id, in any order (see CorpusGraph).
struct DocumentExtraction
{
    std::vector<ExtractedState> states;
    std::vector<ExtractedOfficial> officials;
    std::vector<ExtractedMeeting> meetings;
};

/// "Asaad al-Shaibani" -> "asaad-al-shaibani": lower case, accents folded, non-alphanumerics
/// collapsed to single hyphens. The basis of every id.
QString slugify(QStringView text);

} // namespace parley
