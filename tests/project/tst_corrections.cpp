// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections are rules replayed on a fresh extraction: each kind of edit on the articles of
// tests/data/io, re-extraction keeps them, lost targets become problems, the dictionary
// export reads back as a dictionary and teaches the extractor the correction.
#include "projectfixture.h"

#include "extract/gazetteer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace parley;
using namespace parley::test;

namespace {

const QString putin = QStringLiteral("person:vladimir-putin");
const QString lavrov = QStringLiteral("person:sergey-lavrov");
const QString shaibani = QStringLiteral("person:asaad-al-shaibani");
const QString fidan = QStringLiteral("person:hakan-fidan");
const QString moscowMeeting = QStringLiteral("meeting:2025-12-16:person:asaad-al-shaibani+person:vladimir-putin+state:russia+state:syria");
const QString ankaraCall = QStringLiteral("meeting:2025-12-18:person:hakan-fidan+person:marco-rubio+state:turkey+state:united-states");

Edit edit(EditKind kind, EntityKey target, std::vector<EntityKey> others = {}, QString value = {})
{
    Edit e;
    e.kind = kind;
    e.target = std::move(target);
    e.others = std::move(others);
    e.value = std::move(value);
    return e;
}

bool hasEdge(const CorpusGraph& g, const QString& from, const QString& to)
{
    const auto u = g.find(from);
    const auto v = g.find(to);
    return u && v && boost::edge(std::size_t(*u), std::size_t(*v), g.graph()).second;
}

// The id of the meeting node linked to both `a` and `b` in `g` (empty if none): tests name
// meetings by who took part, not by the extractor's numbering.
QString meetingOf(const CorpusGraph& g, const QString& a, const QString& b)
{
    const auto u = g.find(a);
    if (!u)
        return {};
    for (const auto e : boost::make_iterator_range(boost::out_edges(std::size_t(*u), g.graph()))) {
        const QString id = g.node(NodeId(boost::target(e, g.graph()))).id;
        if (id.startsWith(QLatin1String("meeting:")) && hasEdge(g, b, id))
            return id;
    }
    return {};
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    ProjectData m_data;
    std::shared_ptr<const CorpusGraph> m_base;

    const NodeData& node(const CorpusGraph& g, const QString& id)
    {
        const auto v = g.find(id);
        Q_ASSERT(v);
        return g.node(*v);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = sampleProject();
        QCOMPARE(m_data.records.size(), std::size_t(2));
        m_base = extractedGraph(m_data);
        QVERIFY(m_base->find(putin) && m_base->find(lavrov) && m_base->find(moscowMeeting));
    }

    void noEditsGivesTheExtraction()
    {
        const CorrectedGraph c = applyCorrections(*m_base, {});
        QCOMPARE(fingerprint(*c.graph), fingerprint(*m_base));
        QVERIFY(c.problems.empty());
    }

    void mergeUnitesAliasesMentionsAndEdges()
    {
        const CorrectedGraph c =
            applyCorrections(*m_base, {edit(EditKind::Merge, key(*m_base, putin), {key(*m_base, lavrov)})});
        QVERIFY(c.problems.empty());
        QVERIFY(!c.graph->find(lavrov));
        const NodeData& p = node(*c.graph, putin);
        QVERIFY(p.aliases.contains(QStringLiteral("Sergey Lavrov")));
        QVERIFY(p.aliases.contains(QStringLiteral("Lavrov")));
        QCOMPARE(p.mentions.size(), node(*m_base, putin).mentions.size() + node(*m_base, lavrov).mentions.size());
        // Lavrov's meeting with Shaibani is now Putin's.
        const QString lavrovMeeting = meetingOf(*m_base, lavrov, shaibani);
        QVERIFY(!lavrovMeeting.isEmpty());
        QVERIFY(hasEdge(*c.graph, putin, lavrovMeeting));
        QCOMPARE(c.mergedInto.value(lavrov), putin);
        QCOMPARE(c.graph->nodeCount(), m_base->nodeCount() - 1);
    }

    void mergeOfDifferentKindsIsAProblem()
    {
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::Merge, key(*m_base, putin), {key(*m_base, QStringLiteral("state:russia"))})});
        QCOMPARE(c.problems.size(), std::size_t(1));
        QVERIFY(c.problems[0].message.contains(QLatin1String("different kinds")));
        QVERIFY(c.graph->find(QStringLiteral("state:russia")));
    }

    void renameKeepsTheOldNameAsAlias()
    {
        const CorrectedGraph c =
            applyCorrections(*m_base, {edit(EditKind::Rename, key(*m_base, shaibani), {}, QStringLiteral("Asaad Hassan al-Shibani"))});
        const NodeData& n = node(*c.graph, shaibani);
        QCOMPARE(n.name, QStringLiteral("Asaad Hassan al-Shibani"));
        QVERIFY(n.aliases.contains(QStringLiteral("Asaad al-Shaibani")));
    }

    void splitAliasMovesItsMentionsAndEdges()
    {
        // "Shaibani later held talks with ... Lavrov": the sentence of the Lavrov meeting.
        const CorrectedGraph c =
            applyCorrections(*m_base, {edit(EditKind::SplitAlias, key(*m_base, shaibani), {}, QStringLiteral("Shaibani"))});
        QVERIFY2(c.problems.empty(), c.problems.empty() ? "" : qPrintable(c.problems[0].message));
        const NodeData& split = node(*c.graph, QStringLiteral("person:shaibani"));
        QCOMPARE(split.name, QStringLiteral("Shaibani"));
        QVERIFY(!split.mentions.empty());
        QVERIFY(!node(*c.graph, shaibani).aliases.contains(QStringLiteral("Shaibani")));
        QVERIFY(hasEdge(*c.graph, QStringLiteral("person:shaibani"), meetingOf(*m_base, lavrov, shaibani)));
        QVERIFY(hasEdge(*c.graph, shaibani, moscowMeeting));
    }

    void stateAndTitle()
    {
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::SetState, key(*m_base, fidan), {}, QStringLiteral("state:syria")),
                      edit(EditKind::SetTitle, key(*m_base, fidan), {}, QStringLiteral("Envoy"))});
        QVERIFY(c.problems.empty());
        QCOMPARE(node(*c.graph, fidan).state, QStringLiteral("state:syria"));
        QCOMPARE(node(*c.graph, fidan).title, QStringLiteral("Envoy"));
        QVERIFY(hasEdge(*c.graph, fidan, QStringLiteral("state:syria")));
        QVERIFY(!hasEdge(*c.graph, fidan, QStringLiteral("state:turkey")));

        const CorrectedGraph cleared = applyCorrections(*m_base, {edit(EditKind::SetState, key(*m_base, fidan))});
        QVERIFY(node(*cleared.graph, fidan).state.isEmpty());
        QVERIFY(!hasEdge(*cleared.graph, fidan, QStringLiteral("state:turkey")));

        const CorrectedGraph bad = applyCorrections(
            *m_base, {edit(EditKind::SetState, key(*m_base, fidan), {}, QStringLiteral("state:atlantis"))});
        QCOMPARE(bad.problems.size(), std::size_t(1));
        QCOMPARE(node(*bad.graph, fidan).state, QStringLiteral("state:turkey"));
    }

    void rejectRemovesTheNodeAndItsEdges()
    {
        const CorrectedGraph c = applyCorrections(*m_base, {edit(EditKind::Reject, key(*m_base, putin)),
                                                            edit(EditKind::Reject, key(*m_base, ankaraCall))});
        QVERIFY(!c.graph->find(putin));
        QVERIFY(!c.graph->find(ankaraCall));
        QCOMPARE(c.graph->nodeCount(), m_base->nodeCount() - 2);
        QVERIFY(c.graph->edgeCount() < m_base->edgeCount() - 2);
    }

    void meetingStatusAndParticipants()
    {
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::SetStatus, key(*m_base, ankaraCall), {}, QStringLiteral("cancelled")),
                      edit(EditKind::AddParticipant, key(*m_base, ankaraCall), {key(*m_base, lavrov)}),
                      edit(EditKind::RemoveParticipant, key(*m_base, ankaraCall), {key(*m_base, fidan)})});
        QVERIFY(c.problems.empty());
        QCOMPARE(node(*c.graph, ankaraCall).status, QStringLiteral("cancelled"));
        QVERIFY(hasEdge(*c.graph, lavrov, ankaraCall));
        QVERIFY(hasEdge(*c.graph, ankaraCall, QStringLiteral("state:russia"))); // Lavrov's state
        QVERIFY(!hasEdge(*c.graph, fidan, ankaraCall));

        const CorrectedGraph bad = applyCorrections(
            *m_base, {edit(EditKind::SetStatus, key(*m_base, ankaraCall), {}, QStringLiteral("maybe")),
                      edit(EditKind::RemoveParticipant, key(*m_base, ankaraCall), {key(*m_base, putin)})});
        QCOMPARE(bad.problems.size(), std::size_t(2));
    }

    void addMeetingByHand()
    {
        const Document& d = m_base->documents().front();
        Edit e = edit(EditKind::AddMeeting, {manualMeetingId({putin, fidan}, QStringLiteral("x")), {}, {}},
                      {key(*m_base, putin), key(*m_base, fidan)});
        e.citedDocument = d.id;
        e.citedSentence = 1;
        const CorrectedGraph c = applyCorrections(*m_base, {e});
        QVERIFY(c.problems.empty());
        const NodeData& m = node(*c.graph, e.target.id);
        QVERIFY(m.kind == NodeKind::Meeting);
        QCOMPARE(m.status, QStringLiteral("held"));
        QCOMPARE(m.mentions.size(), std::size_t(1));
        QCOMPARE(m.mentions[0].sentence, 1);
        QVERIFY(hasEdge(*c.graph, putin, e.target.id));
        QVERIFY(hasEdge(*c.graph, fidan, e.target.id));
        QVERIFY(hasEdge(*c.graph, e.target.id, QStringLiteral("state:turkey")));

        e.citedDocument = QStringLiteral("dmissing");
        QCOMPARE(applyCorrections(*m_base, {e}).problems.size(), std::size_t(1));
    }

    void annotations()
    {
        Edit tags = edit(EditKind::Tags, key(*m_base, putin));
        tags.values = {QStringLiteral("russia"), QStringLiteral("key")};
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::Hide, key(*m_base, lavrov), {}, QStringLiteral("1")),
                      edit(EditKind::Note, key(*m_base, putin), {}, QStringLiteral("check")),
                      edit(EditKind::Colour, key(*m_base, putin), {}, QStringLiteral("#ff0000")), tags});
        QVERIFY(c.annotations.value(lavrov).hidden);
        QCOMPARE(c.annotations.value(putin).note, QStringLiteral("check"));
        QCOMPARE(c.annotations.value(putin).colour, QStringLiteral("#ff0000"));
        QCOMPARE(c.annotations.value(putin).tags, tags.values);
        const CorrectedGraph shown = applyCorrections(
            *m_base, {edit(EditKind::Hide, key(*m_base, lavrov), {}, QStringLiteral("1")),
                      edit(EditKind::Hide, key(*m_base, lavrov), {}, QStringLiteral("0"))});
        QVERIFY(!shown.annotations.value(lavrov).hidden);
    }

    void keysFindEntitiesWhoseIdChanged()
    {
        // A new dictionary may give other ids; the name and the evidence sentences remain.
        EntityKey byName{QStringLiteral("person:s-lavrov"), QStringLiteral("Lavrov"), {}};
        EntityKey bySentence = key(*m_base, ankaraCall);
        bySentence.id = QStringLiteral("meeting:renamed");
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::Rename, byName, {}, QStringLiteral("S. Lavrov")),
                      edit(EditKind::SetStatus, bySentence, {}, QStringLiteral("planned"))});
        QVERIFY(c.problems.empty());
        QCOMPARE(node(*c.graph, lavrov).name, QStringLiteral("S. Lavrov"));
        QCOMPARE(node(*c.graph, ankaraCall).status, QStringLiteral("planned"));
    }

    void lostTargetsAreProblemsNotSilence()
    {
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::Rename, {QStringLiteral("person:nobody"), QStringLiteral("Nobody"), {}}, {},
                           QStringLiteral("X")),
                      edit(EditKind::Rename, key(*m_base, putin), {}, QStringLiteral("V. Putin"))});
        QCOMPARE(c.problems.size(), std::size_t(1));
        QCOMPARE(c.problems[0].edit, std::size_t(0));
        QVERIFY(c.problems[0].message.contains(QLatin1String("Nobody")));
        QCOMPARE(node(*c.graph, putin).name, QStringLiteral("V. Putin")); // the rest went on
    }

    void editsFollowAMerge()
    {
        // Renaming Lavrov after merging him into Putin renames the merged entity.
        const CorrectedGraph c = applyCorrections(
            *m_base, {edit(EditKind::Merge, key(*m_base, putin), {key(*m_base, lavrov)}),
                      edit(EditKind::Rename, key(*m_base, lavrov), {}, QStringLiteral("Both"))});
        QVERIFY(c.problems.empty());
        QCOMPARE(node(*c.graph, putin).name, QStringLiteral("Both"));
    }

    void jsonRoundTrip()
    {
        Edit e = edit(EditKind::AddMeeting, key(*m_base, ankaraCall), {key(*m_base, putin)}, QStringLiteral("planned"));
        e.values = {QStringLiteral("a")};
        e.citedDocument = QStringLiteral("d1");
        e.citedSentence = 2;
        e.text = QStringLiteral("free text");
        const Result<Edit> back = editFromJson(toJson(e));
        QVERIFY(back);
        QCOMPARE(back.value(), e);
        QVERIFY(!editFromJson(QJsonObject{{QStringLiteral("op"), QStringLiteral("explode")}}));
        QVERIFY(!editFromJson(QJsonObject{{QStringLiteral("op"), QStringLiteral("rename")}}));
    }

    void reextractKeepsEveryEdit()
    {
        ProjectData data = m_data;
        data.edits = {edit(EditKind::Merge, key(*m_base, putin), {key(*m_base, lavrov)}),
                      edit(EditKind::SetStatus, key(*m_base, ankaraCall), {}, QStringLiteral("denied"))};
        const QStringList before = fingerprint(*correctedGraph(data).graph);
        // A dictionary that changes what is read: Fidan now also answers to "Hakan".
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("d.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kind\tname\taliases\ttitle\tstate\nperson\tHakan Fidan\tFidan|Hakan\tForeign Minister\tTurkey\n");
        f.close();
        std::vector<Error> errors;
        const auto extractor = makeExtractor({f.fileName()}, errors);
        QVERIFY(extractor);
        QVERIFY(errors.empty());
        QVERIFY(reextract(data, *extractor.value()));
        QCOMPARE(data.extractionRevision, std::uint64_t(1));
        const CorrectedGraph after = correctedGraph(data);
        QVERIFY(after.problems.empty());
        QVERIFY(!after.graph->find(lavrov));
        QCOMPARE(node(*after.graph, ankaraCall).status, QStringLiteral("denied"));
        QCOMPARE(fingerprint(*after.graph).size(), before.size());
    }

    void addingArticlesKeepsEditsAndSkipsKnownOnes()
    {
        ProjectData data;
        const auto extractor = builtinExtractor();
        ArticleChanges first = addArticles(data, {projectArticles()[0]}, *extractor);
        QCOMPARE(first.added, 1);
        data.edits = {edit(EditKind::Rename, key(*extractedGraph(data), putin), {}, QStringLiteral("VVP"))};
        ArticleChanges second = addArticles(data, projectArticles(), *extractor);
        QCOMPARE(second.added, 1);
        QCOMPARE(second.unchanged, 1);
        QCOMPARE(data.records.size(), std::size_t(2));
        QCOMPARE(data.sources.size(), 2);
        const CorrectedGraph c = correctedGraph(data);
        QCOMPARE(node(*c.graph, putin).name, QStringLiteral("VVP"));
        QVERIFY(c.graph->find(fidan));
    }

    void updateReplacesChangedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(QFile::copy(projectArticles()[0], path));
        ProjectData data;
        const auto extractor = builtinExtractor();
        QCOMPARE(addArticles(data, {dir.path()}, *extractor).added, 1);
        QVERIFY(QFile::copy(projectArticles()[1], dir.filePath(QStringLiteral("b.txt"))));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\nPutin later met Fidan in Sochi on Friday.\n");
        }
        const ArticleChanges u = updateProject(data, *extractor);
        QCOMPARE(u.added, 1);
        QCOMPARE(u.changed, 1);
        QCOMPARE(u.unchanged, 0);
        QCOMPARE(data.records.size(), std::size_t(2));
        const ArticleChanges again = updateProject(data, *extractor);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.added + again.changed, 0);
    }

    void stopLeavesTheProjectAsItWas()
    {
        ProjectData data;
        std::stop_source stop;
        stop.request_stop();
        const ArticleChanges c = addArticles(data, projectArticles(), *builtinExtractor(), {}, stop.get_token());
        QVERIFY(c.cancelled);
        QVERIFY(data.records.empty());
        QVERIFY(data.sources.isEmpty());
    }

    void dictionaryExportTeachesTheExtractor()
    {
        ProjectData data = m_data;
        data.edits = {edit(EditKind::Rename, key(*m_base, shaibani), {}, QStringLiteral("Asaad Hassan al-Shibani")),
                      edit(EditKind::Reject, key(*m_base, putin))};
        const CorrectedGraph c = correctedGraph(data);
        const QString tsv = correctionsDictionary(c, data.edits);
        QVERIFY(tsv.contains(QLatin1String("# not expressible as a dictionary row: Reject Vladimir Putin")));
        QVERIFY(tsv.contains(QLatin1String("person\tAsaad Hassan al-Shibani\t")));
        Result<Gazetteer> g = Gazetteer::builtin();
        QVERIFY(g);
        const Status parsed = g.value().addDictionaryText(tsv, QStringLiteral("corrections.tsv"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        // A batch run with the dictionary knows the corrected name: the person it reads is
        // the dictionary's (whose id comes from the dictionary name), with the text's form
        // among the names.
        ProjectData batch;
        const Extractor extractor(std::move(g).value());
        addArticles(batch, projectArticles(), extractor);
        const auto graph = extractedGraph(batch);
        bool found = false;
        for (int v = 0; v < graph->nodeCount(); ++v)
        {
            const NodeData& n = graph->node(v);
            const QStringList names = QStringList(n.aliases) << n.name;
            found = found || (n.id.startsWith(QLatin1String("person:")) &&
                              names.contains(QLatin1String("Asaad Hassan al-Shibani")) &&
                              names.contains(QLatin1String("Asaad al-Shaibani")));
        }
        QVERIFY2(found, qPrintable(tsv));
    }

    void thousandRandomEditsThenUndoGiveTheOriginal()
    {
        // Undo in the GUI drops the last edit and replays the rest; popping every edit gives
        // back the extraction, and each prefix is deterministic.
        QRandomGenerator rng(12);
        std::vector<QString> ids;
        for (int v = 0; v < m_base->nodeCount(); ++v)
            ids.push_back(m_base->node(v).id);
        const auto pick = [&] { return key(*m_base, ids[rng.bounded(int(ids.size()))]); };
        std::vector<Edit> edits;
        const std::vector<EditKind> kinds{EditKind::Merge, EditKind::Rename, EditKind::Reject, EditKind::SetStatus,
                                          EditKind::SetState, EditKind::Hide, EditKind::AddParticipant};
        std::vector<QStringList> prints{fingerprint(*m_base)};
        for (int i = 0; i < 1000; ++i) {
            edits.push_back(edit(kinds[rng.bounded(int(kinds.size()))], pick(), {pick()},
                                 QStringLiteral("held")));
            if (i % 100 == 99)
                prints.push_back(fingerprint(*applyCorrections(*m_base, edits).graph));
        }
        for (int i = 1000; i > 0; --i) {
            if (i % 100 == 0)
                QCOMPARE(fingerprint(*applyCorrections(*m_base, edits).graph), prints[std::size_t(i / 100)]);
            edits.pop_back();
        }
        QCOMPARE(fingerprint(*applyCorrections(*m_base, edits).graph), prints[0]);
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
