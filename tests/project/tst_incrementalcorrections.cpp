// SPDX-License-Identifier: GPL-3.0-or-later
// IncrementalCorrections against the full replay: random edits of every kind pushed and
// undone in random order on the bundled sample corpus, and after every step the kept graph
// must equal applyCorrections(base, edits) field by field (nodes, mentions, edges and their
// evidence in order, annotations, merges, problems). Also checks that the cheap paths are the
// ones taken, so the equality is not trivially met by replaying everything.
#include "projectfixture.h"

#include "project/incrementalcorrections.h"

#include <QDir>
#include <QRandomGenerator>

using namespace parley;
using namespace parley::test;

namespace {

QString mentions(const std::vector<Mention>& list)
{
    QStringList out;
    for (const Mention& m : list)
        out.append(QStringLiteral("%1/%2/%3-%4/%5").arg(m.document).arg(m.sentence).arg(m.start).arg(m.end).arg(m.rule));
    return out.join(QLatin1Char(' '));
}

// Everything applyCorrections() produces, as lines: equal lines, equal results.
QStringList dump(const CorrectedGraph& c)
{
    QStringList out;
    const CorpusGraph& g = *c.graph;
    for (NodeId v = 0; v < g.nodeCount(); ++v) {
        const NodeData& n = g.node(v);
        out.append(QStringList{QString::number(int(n.kind)), n.id, n.name, n.aliases.join(QLatin1Char('|')), n.title,
                               n.state, n.organization, n.place, n.venue, n.when, n.date, n.mode, n.status,
                               n.rules.join(QLatin1Char('|')), mentions(n.mentions)}
                       .join(QLatin1Char(';')));
        for (auto [it, end] = boost::out_edges(std::size_t(v), g.graph()); it != end; ++it)
            out.append(QStringLiteral("  -> %1 %2 %3")
                           .arg(g.node(NodeId(boost::target(*it, g.graph()))).id)
                           .arg(int(g.graph()[*it].kind))
                           .arg(mentions(g.graph()[*it].evidence)));
    }
    QStringList annotations;
    for (auto it = c.annotations.cbegin(); it != c.annotations.cend(); ++it)
        annotations.append(QStringLiteral("%1 %2 %3 %4 %5")
                               .arg(it.key())
                               .arg(it->hidden)
                               .arg(it->note, it->tags.join(QLatin1Char('|')), it->colour));
    annotations.sort();
    QStringList merged;
    for (auto it = c.mergedInto.cbegin(); it != c.mergedInto.cend(); ++it)
        merged.append(it.key() + QStringLiteral(" > ") + it.value());
    merged.sort();
    out += annotations;
    out += merged;
    for (const EditProblem& p : c.problems)
        out.append(QStringLiteral("problem %1: %2").arg(p.edit).arg(p.message));
    return out;
}

std::shared_ptr<const CorpusGraph> samplesGraph()
{
    ProjectData data;
    const auto extractor = builtinExtractor();
    const QDir samples(QStringLiteral(PARLEY_SOURCE_DIR "/resources/samples"));
    QStringList files;
    for (const QString& f : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(samples.filePath(f));
    if (extractor)
        addArticles(data, files, *extractor);
    return extractedGraph(data);
}

// A random edit, mostly on what the current graph shows (as the GUI makes them), sometimes
// on what the extraction had (possibly merged away or rejected since).
Edit randomEdit(QRandomGenerator& rng, const CorpusGraph& shown, const CorpusGraph& base)
{
    const CorpusGraph& g = shown.nodeCount() > 0 && rng.bounded(5) != 0 ? shown : base;
    const auto pickOf = [&](std::optional<NodeKind> kind) -> EntityKey {
        for (int tries = 0; tries < 20; ++tries) {
            const NodeId v = NodeId(rng.bounded(g.nodeCount()));
            if (!kind || g.node(v).kind == *kind)
                return key(g, g.node(v).id);
        }
        return key(g, g.node(0).id);
    };
    static const std::vector<EditKind> kinds{
        EditKind::Merge,     EditKind::SplitAlias, EditKind::Rename, EditKind::SetState,   EditKind::SetTitle,
        EditKind::Reject,    EditKind::SetStatus,  EditKind::AddParticipant, EditKind::RemoveParticipant,
        EditKind::AddMeeting, EditKind::Hide,      EditKind::Note,   EditKind::Tags,       EditKind::Colour};
    // Cheap kinds come up more often, as in real use (hide, note, rename, status, reject).
    static const std::vector<EditKind> often{EditKind::Hide, EditKind::Note, EditKind::Colour, EditKind::Tags,
                                             EditKind::Rename, EditKind::SetTitle, EditKind::SetStatus,
                                             EditKind::Reject};
    Edit e;
    e.kind = rng.bounded(2) ? often[rng.bounded(int(often.size()))] : kinds[rng.bounded(int(kinds.size()))];
    e.target = pickOf(std::nullopt);
    const auto v = g.find(e.target.id);
    const NodeKind kind = v ? g.node(*v).kind : NodeKind::Official;
    const int r = int(rng.bounded(100));
    switch (e.kind) {
    case EditKind::Merge: e.others = {pickOf(kind), pickOf(kind)}; break;
    case EditKind::SplitAlias:
        e.value = v && !g.node(*v).aliases.isEmpty() ? g.node(*v).aliases.front() : QStringLiteral("Nobody");
        break;
    case EditKind::Rename: e.value = r < 10 ? QStringLiteral("  ") : QStringLiteral(" Name %1 ").arg(r % 7); break;
    case EditKind::SetState: e.value = r < 20 ? QString() : pickOf(NodeKind::State).id; break;
    case EditKind::SetTitle: e.value = QStringLiteral("Title %1").arg(r % 3); break;
    case EditKind::SetStatus:
        e.value = r < 10 ? QStringLiteral("maybe") : meetingStatuses()[r % meetingStatuses().size()];
        if (r % 3 == 0)
            e.target = pickOf(NodeKind::Meeting);
        break;
    case EditKind::AddParticipant:
    case EditKind::RemoveParticipant:
        e.target = pickOf(NodeKind::Meeting);
        e.others = {pickOf(NodeKind::Official)};
        break;
    case EditKind::AddMeeting:
        e.others = {pickOf(NodeKind::Official), pickOf(NodeKind::Official)};
        e.text = QStringLiteral("by hand %1").arg(r);
        e.value = QStringLiteral("planned");
        e.target = EntityKey{manualMeetingId({e.others[0].id, e.others[1].id}, e.text), {}, {}};
        break;
    case EditKind::Reject: break;
    case EditKind::Hide: e.value = r < 30 ? QStringLiteral("0") : QStringLiteral("1"); break;
    case EditKind::Note: e.value = r < 30 ? QString() : QStringLiteral("note %1").arg(r); break;
    case EditKind::Tags: e.values = r < 30 ? QStringList() : QStringList{QStringLiteral("t%1").arg(r % 4)}; break;
    case EditKind::Colour: e.value = r < 30 ? QString() : QStringLiteral("#%1").arg(r * 99991 % 0xffffff, 6, 16, QLatin1Char('0')); break;
    }
    return e;
}

} // namespace

class TestIncrementalCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsAndUndosEqualTheFullReplay_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void randomEditsAndUndosEqualTheFullReplay()
    {
        QFETCH(quint32, seed);
        static const auto base = samplesGraph();
        QVERIFY(base->nodeCount() > 50);
        QRandomGenerator rng(seed);
        IncrementalCorrections live;
        live.reset(base, {});
        QCOMPARE(dump(live.current()), dump(applyCorrections(*base, {})));
        for (int step = 0; step < 300; ++step) {
            // Two pushes for each undo, with runs of undos now and then, as in real use.
            if (live.edits().empty() || rng.bounded(3) != 0) {
                live.append(randomEdit(rng, *live.current().graph, *base));
            } else {
                for (int n = int(rng.bounded(1, 4)); n > 0 && !live.edits().empty(); --n)
                    live.removeLast();
            }
            const QStringList expected = dump(applyCorrections(*base, live.edits()));
            const QStringList got = dump(live.current());
            if (got != expected) {
                const Edit& last = live.edits().empty() ? Edit{} : live.edits().back();
                QFAIL(qPrintable(QStringLiteral("step %1, %2 edits, last: %3").arg(step).arg(live.edits().size()).arg(describe(last))));
            }
        }
        // The cheap paths were taken, and so was the replay: both ways are checked above.
        QVERIFY(live.counts().incremental > 50);
        QVERIFY(live.counts().restored > 10);
        QVERIFY(live.counts().replayed > 10);
    }

    void undoPastTheKeptResultsReplays()
    {
        const auto base = samplesGraph();
        IncrementalCorrections live;
        live.reset(base, {});
        const QString putin = QStringLiteral("person:vladimir-putin");
        QVERIFY(base->find(putin));
        for (int i = 0; i < 10; ++i) {
            Edit e;
            e.kind = EditKind::Rename;
            e.target = key(*live.current().graph, putin);
            e.value = QStringLiteral("Putin %1").arg(i);
            live.append(e);
        }
        QCOMPARE(live.counts().incremental, 10);
        QCOMPARE(live.current().graph->node(*live.current().graph->find(putin)).name, QStringLiteral("Putin 9"));
        while (!live.edits().empty())
            live.removeLast();
        QCOMPARE(live.counts().restored, int(IncrementalCorrections::kKeptForUndo));
        QVERIFY(live.counts().replayed >= 2);
        QCOMPARE(dump(live.current()), dump(applyCorrections(*base, {})));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalCorrections)
#include "tst_incrementalcorrections.moc"
