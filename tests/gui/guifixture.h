// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-built corpus graph over real articles (tests/data/gui), so that GUI tests know the
// answer: the mentions are found by plain string search, not by the extractor under test.
#pragma once

#include "graph/corpusgraph.h"
#include "text/loader.h"

#include <QString>

#include <memory>

namespace parley::test {

inline QString guiData(const QString& name)
{
    return QStringLiteral(PARLEY_TEST_DATA "/gui/") + name;
}

/// Every occurrence of `needle` in the document's sentences.
inline std::vector<Mention> mentionsOf(const Document& d, const QString& needle)
{
    std::vector<Mention> out;
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
        const QStringView text = d.sentenceText(i);
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size())) {
            const qsizetype start = d.sentences[i].start + at;
            out.push_back({d.id, int(i), start, start + needle.size(), QStringLiteral("test:string")});
        }
    }
    return out;
}

/// Sentence indices of `d` containing `needle`.
inline std::vector<int> sentencesWith(const Document& d, const QString& needle)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
        if (d.sentenceText(i).contains(needle))
            out.push_back(int(i));
    }
    return out;
}

inline Document loadOne(const QString& name)
{
    LoadResult r = loadFile(guiData(name));
    Q_ASSERT(r.documents.size() == 1);
    return std::move(r.documents.front());
}

inline ExtractedOfficial official(const Document& d, const QString& id, const QString& name,
                                  const QString& surname, const QString& title, const QString& state)
{
    ExtractedOfficial o;
    o.id = id;
    o.name = name;
    o.aliases = {surname};
    o.title = title;
    o.state = state;
    o.rule = QStringLiteral("test:title-before-name");
    o.mentions = mentionsOf(d, surname);
    return o;
}

inline ExtractedState state(const Document& d, const QString& id, const QString& name,
                            const QString& needle)
{
    return {id, name, {needle}, mentionsOf(d, needle)};
}

/// Riyadh: Lavrov, Rubio, Faisal bin Farhan and Waltz; Russia, United States, Saudi Arabia
/// and Ukraine; one meeting (Lavrov, Rubio, Faisal; Russia, US, Saudi Arabia).
/// Ankara: Fidan and al-Shaibani; Turkey and Syria; one meeting.
inline std::shared_ptr<CorpusGraph> handBuiltCorpus()
{
    auto graph = std::make_shared<CorpusGraph>();
    Document riyadh = loadOne(QStringLiteral("riyadh-talks.txt"));
    DocumentExtraction r;
    r.states = {state(riyadh, QStringLiteral("state:russia"), QStringLiteral("Russia"), QStringLiteral("Russian")),
                state(riyadh, QStringLiteral("state:united-states"), QStringLiteral("United States"), QStringLiteral("US")),
                state(riyadh, QStringLiteral("state:saudi-arabia"), QStringLiteral("Saudi Arabia"), QStringLiteral("Saudi")),
                state(riyadh, QStringLiteral("state:ukraine"), QStringLiteral("Ukraine"), QStringLiteral("Ukraine"))};
    r.officials = {official(riyadh, QStringLiteral("person:sergei-lavrov"), QStringLiteral("Sergei Lavrov"), QStringLiteral("Lavrov"), QStringLiteral("Foreign Minister"), QStringLiteral("state:russia")),
                   official(riyadh, QStringLiteral("person:marco-rubio"), QStringLiteral("Marco Rubio"), QStringLiteral("Rubio"), QStringLiteral("Secretary of State"), QStringLiteral("state:united-states")),
                   official(riyadh, QStringLiteral("person:faisal-bin-farhan"), QStringLiteral("Faisal bin Farhan"), QStringLiteral("Faisal"), QStringLiteral("Foreign Minister"), QStringLiteral("state:saudi-arabia")),
                   official(riyadh, QStringLiteral("person:mike-waltz"), QStringLiteral("Mike Waltz"), QStringLiteral("Waltz"), QStringLiteral("National Security Adviser"), QStringLiteral("state:united-states"))};
    ExtractedMeeting m;
    m.id = QStringLiteral("meeting:2025-02-18:lavrov-rubio");
    m.participants = {QStringLiteral("person:sergei-lavrov"), QStringLiteral("person:marco-rubio"), QStringLiteral("person:faisal-bin-farhan")};
    m.states = {QStringLiteral("state:russia"), QStringLiteral("state:united-states"), QStringLiteral("state:saudi-arabia")};
    m.place = QStringLiteral("Riyadh");
    m.date = QStringLiteral("2025-02-18");
    m.mode = QStringLiteral("in person");
    m.status = QStringLiteral("held");
    m.rule = QStringLiteral("test:met");
    m.evidence = mentionsOf(riyadh, QStringLiteral("met"));
    r.meetings = {m};

    Document ankara = loadOne(QStringLiteral("ankara-visit.txt"));
    DocumentExtraction a;
    a.states = {state(ankara, QStringLiteral("state:turkey"), QStringLiteral("Turkey"), QStringLiteral("Turkish")),
                state(ankara, QStringLiteral("state:syria"), QStringLiteral("Syria"), QStringLiteral("Syrian"))};
    a.officials = {official(ankara, QStringLiteral("person:hakan-fidan"), QStringLiteral("Hakan Fidan"), QStringLiteral("Fidan"), QStringLiteral("Foreign Minister"), QStringLiteral("state:turkey")),
                   official(ankara, QStringLiteral("person:asaad-al-shaibani"), QStringLiteral("Asaad al-Shaibani"), QStringLiteral("al-Shaibani"), QStringLiteral("Foreign Minister"), QStringLiteral("state:syria"))};
    ExtractedMeeting am;
    am.id = QStringLiteral("meeting:2025-01-15:fidan-shaibani");
    am.participants = {QStringLiteral("person:hakan-fidan"), QStringLiteral("person:asaad-al-shaibani")};
    am.states = {QStringLiteral("state:turkey"), QStringLiteral("state:syria")};
    am.place = QStringLiteral("Ankara");
    am.evidence = mentionsOf(ankara, QStringLiteral("met"));
    a.meetings = {am};

    graph->addDocument(std::move(riyadh), r);
    graph->addDocument(std::move(ankara), a);
    graph->canonicalize();
    return graph;
}

} // namespace parley::test
