// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-built corpus whose names carry everything exporters must escape: '&', quotes, '<',
// diacritics, Arabic script, a non-BMP character, a newline and formula-like text.
#pragma once

#include "io/corpusbuilder.h"
#include "io/exportoptions.h"
#include "text/document.h"

#include <QString>

#include <vector>

namespace parley::testing {

inline Mention mentionOf(const Document& d, const QString& needle, const char* rule = "test")
{
    const qsizetype start = d.text.indexOf(needle);
    Q_ASSERT(start >= 0);
    int sentence = 0;
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
        if (d.sentences[i].start <= start && start < d.sentences[i].end)
            sentence = static_cast<int>(i);
    }
    return {d.id, sentence, start, start + needle.size(), QString::fromUtf8(rule)};
}

inline Document makeDocument(const QString& id, const QString& path, const QStringList& sentences)
{
    Document d;
    d.id = id;
    d.path = path;
    d.title = sentences.value(0).left(40);
    d.date = QDate(2025, 12, 16);
    for (const QString& s : sentences) {
        if (!d.text.isEmpty())
            d.text += QStringLiteral("  ");
        d.sentences.push_back({d.text.size(), d.text.size() + s.size()});
        d.text += s;
    }
    return d;
}

// Names used by the tests to check what readers give back.
inline const QString shaibani = QStringLiteral("Asaad al-Shaibani");
inline const QString shaibaniArabic = QStringLiteral("أسعد الشيباني");
inline const QString kouassi = QStringLiteral("Jean \"Le Sage\" Kouassi <Jr.>");
inline const QString kouassiTitle = QStringLiteral("Minister of Foreign Affairs & Cooperation");
inline const QString becirovic = QStringLiteral("Denis Bećirović");
inline const QString becirovicTitle = QStringLiteral("@Chair of the Presidency, acting");
inline const QString bosnia = QStringLiteral("Bosnia & Herzegovina");
inline const QString ivoryCoast = QStringLiteral("Côte d'Ivoire");
inline const QString sarajevoPlace = QStringLiteral("Sarajevo \"Old Town\" & <Baščaršija>");
inline const QString meetingWhen = QStringLiteral("Tuesday\nevening 𝔗");

/// Two documents, 3 states, 3 officials, 2 meetings: 8 nodes, 3 serves + 4 attended +
/// 5 involves = 12 edges.
inline std::vector<ExtractedDocument> fixtureRecords()
{
    std::vector<ExtractedDocument> out(2);
    Document& d1 = out[0].document;
    d1 = makeDocument(QStringLiteral("d1"), QStringLiteral("news/ümlaut & <one>.txt"), {
        QStringLiteral("Syrian Foreign Minister Asaad al-Shaibani (أسعد الشيباني) met Côte d'Ivoire's "
                       "Minister of Foreign Affairs & Cooperation Jean \"Le Sage\" Kouassi <Jr.> "
                       "in Sarajevo \"Old Town\" & <Baščaršija> on Tuesday."),
        QStringLiteral("Bosnia & Herzegovina hosted the talks; Shaibani thanked Kouassi."),
    });
    d1.title = QStringLiteral("Talks in \"Sarajevo\" & <more> — سوريا");
    DocumentExtraction& x1 = out[0].extraction;
    x1.states.push_back({QStringLiteral("state:syria"), QStringLiteral("Syria"),
                         {QStringLiteral("Syrian")}, {mentionOf(d1, QStringLiteral("Syrian"))}});
    x1.states.push_back({QStringLiteral("state:cote-divoire"), ivoryCoast, {},
                         {mentionOf(d1, ivoryCoast)}});
    x1.states.push_back({QStringLiteral("state:bosnia-and-herzegovina"), bosnia, {},
                         {mentionOf(d1, bosnia)}});
    x1.officials.push_back({QStringLiteral("person:asaad-al-shaibani"), shaibani,
                            {shaibaniArabic, QStringLiteral("Shaibani")},
                            QStringLiteral("Foreign Minister"), QStringLiteral("state:syria"), {},
                            QStringLiteral("title-before-name"), QStringLiteral("demonym"),
                            {mentionOf(d1, shaibani), mentionOf(d1, shaibaniArabic, "alias"),
                             mentionOf(d1, QStringLiteral("Shaibani thanked"), "short-name")}});
    x1.officials.push_back({QStringLiteral("person:jean-le-sage-kouassi-jr"), kouassi,
                            {QStringLiteral("Kouassi")}, kouassiTitle,
                            QStringLiteral("state:cote-divoire"), {},
                            QStringLiteral("possessive-title"), QStringLiteral("possessive"),
                            {mentionOf(d1, kouassi)}});
    x1.meetings.push_back({QStringLiteral("meeting:2025-12-16-sarajevo"),
                           {QStringLiteral("person:asaad-al-shaibani"),
                            QStringLiteral("person:jean-le-sage-kouassi-jr")},
                           {QStringLiteral("state:syria"), QStringLiteral("state:cote-divoire"),
                            QStringLiteral("state:bosnia-and-herzegovina")},
                           sarajevoPlace, meetingWhen, QStringLiteral("2025-12-16"),
                           QStringLiteral("in person"), QStringLiteral("held"),
                           QStringLiteral("meeting: 'met' in sentence 0"),
                           {mentionOf(d1, QStringLiteral("met")),
                            mentionOf(d1, QStringLiteral("hosted"))},
                           QString()});

    Document& d2 = out[1].document;
    d2 = makeDocument(QStringLiteral("d2"), QStringLiteral("news/two.txt"), {
        QStringLiteral("On Wednesday al-Shaibani spoke by phone with Bosnian presidency chair "
                       "Denis Bećirović."),
    });
    d2.date = QDate(2025, 12, 17);
    DocumentExtraction& x2 = out[1].extraction;
    x2.states.push_back({QStringLiteral("state:bosnia-and-herzegovina"),
                         QStringLiteral("Bosnia"), {QStringLiteral("Bosnian")},
                         {mentionOf(d2, QStringLiteral("Bosnian"))}});
    x2.officials.push_back({QStringLiteral("person:asaad-al-shaibani"),
                            QStringLiteral("al-Shaibani"), {}, {}, QStringLiteral("state:syria"),
                            {}, QStringLiteral("known-person"), {},
                            {mentionOf(d2, QStringLiteral("al-Shaibani"))}});
    x2.officials.push_back({QStringLiteral("person:denis-becirovic"), becirovic, {},
                            becirovicTitle, QStringLiteral("state:bosnia-and-herzegovina"), {},
                            QStringLiteral("title-before-name"), QStringLiteral("demonym"),
                            {mentionOf(d2, becirovic)}});
    x2.states.push_back({QStringLiteral("state:syria"), QStringLiteral("Syria"), {}, {}});
    x2.meetings.push_back({QStringLiteral("meeting:2025-12-17-phone"),
                           {QStringLiteral("person:asaad-al-shaibani"),
                            QStringLiteral("person:denis-becirovic")},
                           {QStringLiteral("state:syria"),
                            QStringLiteral("state:bosnia-and-herzegovina")},
                           {}, QStringLiteral("Wednesday"), QStringLiteral("2025-12-17"),
                           QStringLiteral("phone"), QStringLiteral("held"),
                           QStringLiteral("meeting: 'spoke by phone' in sentence 0"),
                           {mentionOf(d2, QStringLiteral("spoke by phone"))},
                           QString()});
    return out;
}

/// A layout for the fixture graph: distinct, non-round positions (one negative) and one
/// node with its own colour and size.
inline GraphExportOptions fixtureLayout()
{
    GraphExportOptions o;
    const QStringList ids = {QStringLiteral("state:bosnia-and-herzegovina"),
                             QStringLiteral("state:cote-divoire"), QStringLiteral("state:syria"),
                             QStringLiteral("person:asaad-al-shaibani"),
                             QStringLiteral("person:denis-becirovic"),
                             QStringLiteral("person:jean-le-sage-kouassi-jr"),
                             QStringLiteral("meeting:2025-12-16-sarajevo"),
                             QStringLiteral("meeting:2025-12-17-phone")};
    for (int i = 0; i < ids.size(); ++i)
        o.visuals.insert(ids[i], NodeVisual{i * 101.25 - 300.1, 0.1 + i * i * 7.3, {}, 0});
    o.visuals[QStringLiteral("state:syria")].color = QStringLiteral("#123abc");
    o.visuals[QStringLiteral("state:syria")].size = 31.5;
    return o;
}

} // namespace parley::testing
