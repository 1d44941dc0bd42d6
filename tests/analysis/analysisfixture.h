// SPDX-License-Identifier: GPL-3.0-or-later
// Small corpora written meeting by meeting, each meeting one sentence of its own article,
// so every hop of a path has a sentence the test can name.
#pragma once

#include "graph/corpusgraph.h"

#include <QStringList>

namespace parley::testing {

struct MeetingSpec
{
    QString date;          ///< ISO date or empty
    QStringList officials; ///< surnames; ids are person:<lower-case surname>
    QStringList states;    ///< names; ids are state:<lower-case name>
    QString stateOf = {};  ///< unused unless set: every official serves this state
};

inline QString personId(const QString& name)
{
    return QStringLiteral("person:") + name.toLower();
}
inline QString stateId(const QString& name)
{
    return QStringLiteral("state:") + name.toLower();
}

/// One document per meeting: "<A> met <B> in <state>." with a second, unrelated sentence.
inline CorpusGraph buildCorpus(const std::vector<MeetingSpec>& meetings)
{
    CorpusGraph graph;
    int i = 0;
    for (const MeetingSpec& spec : meetings) {
        Document doc;
        doc.id = QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0'));
        doc.path = QStringLiteral("article%1.txt").arg(i);
        doc.title = QStringLiteral("Article %1").arg(i);
        const QString sentence = spec.officials.join(QStringLiteral(" met ")) +
                                 QStringLiteral(" in ") +
                                 spec.states.join(QStringLiteral(" and ")) + QStringLiteral(".");
        doc.text = QStringLiteral("Other news first. ") + sentence;
        doc.sentences = {{0, 17}, {18, doc.text.size()}};
        DocumentExtraction ex;
        for (const QString& s : spec.states)
            ex.states.push_back({stateId(s), s, {}, {{doc.id, 1, 18, 19, QStringLiteral("t")}}});
        ExtractedMeeting m;
        m.id = QStringLiteral("meeting:%1").arg(i, 3, 10, QLatin1Char('0'));
        m.date = spec.date;
        m.status = QStringLiteral("held");
        m.evidence = {{doc.id, 1, 18, doc.text.size() - 1, QStringLiteral("met")}};
        for (const QString& o : spec.officials) {
            ExtractedOfficial official;
            official.id = personId(o);
            official.name = o;
            official.state = spec.stateOf.isEmpty() ? QString() : stateId(spec.stateOf);
            official.mentions = {{doc.id, 1, 18, 20, QStringLiteral("t")}};
            ex.officials.push_back(official);
            m.participants.append(official.id);
        }
        if (!spec.stateOf.isEmpty() && !spec.states.contains(spec.stateOf))
            ex.states.push_back({stateId(spec.stateOf), spec.stateOf, {}, {}});
        for (const QString& s : spec.states)
            m.states.append(stateId(s));
        ex.meetings.push_back(m);
        graph.addDocument(doc, ex);
        ++i;
    }
    graph.canonicalize();
    return graph;
}

} // namespace parley::testing
