// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven like a user would: clicks on the painted graph, on Details links,
// search, filters, export. Runs on the offscreen platform.
#include "guifixture.h"

#include "gui/detailspanel.h"
#include "gui/filterpanel.h"
#include "gui/graphview.h"
#include "gui/mainwindow.h"
#include "gui/sourcespanel.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace parley;
using namespace parley::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<CorpusGraph> m_corpus;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>();
        w->resize(1400, 900);
        w->show();
        w->setCorpus(m_corpus);
        // Let the layout settle so that positions stop moving under the mouse.
        QSignalSpy settled(&w->graphView()->layout(), &LayoutRunner::settled);
        if (w->graphView()->layout().isRunning())
            settled.wait(20000);
        w->graphView()->fitToWindow();
        return w;
    }

    NodeId id(const QString& key) const { return *m_corpus->find(key); }

    // Clicks the on-screen centre of a node (scene position through the view transform).
    static void clickNode(GraphView* view, NodeId node)
    {
        const auto pos = view->nodePosition(node);
        QVERIFY(pos);
        QVERIFY(view->rect().contains(pos->toPoint()));
        QTest::mouseClick(view, Qt::LeftButton, {}, pos->toPoint());
    }

    // Clicks the link of sentence (document, index) inside the Details browser.
    static bool clickSentenceLink(QTextBrowser* browser, const QString& document, int sentence)
    {
        const QString href = DetailsPanel::sentenceUrl(document, sentence).toString();
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().anchorHref() != href)
                    continue;
                QTextCursor c(browser->document());
                c.setPosition(f.position() + qMin(2, f.length() - 1));
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                const QRect r = browser->cursorRect(c);
                const QPoint at(r.center().x(), r.center().y());
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("parley-tests"));
        m_corpus = handBuiltCorpus();
        QCOMPARE(m_corpus->documents().size(), std::size_t(2));
    }

    void clickingAnOfficialListsExactlyItsSentences()
    {
        auto w = openWindow();
        const NodeId lavrov = id(QStringLiteral("person:sergei-lavrov"));
        clickNode(w->graphView(), lavrov);
        QCOMPARE(w->graphView()->selectedNode(), std::optional<NodeId>(lavrov));

        const Document* riyadh = nullptr;
        for (const Document& d : m_corpus->documents()) {
            if (d.path.endsWith(QLatin1String("riyadh-talks.txt")))
                riyadh = &d;
        }
        QVERIFY(riyadh);
        const std::vector<int> expected = sentencesWith(*riyadh, QStringLiteral("Lavrov"));
        QCOMPARE(expected.size(), std::size_t(3)); // the article names him in 3 sentences
        std::vector<std::pair<QString, int>> want;
        for (int s : expected)
            want.emplace_back(riyadh->id, s);
        QCOMPARE(w->details()->sentences(), want);
        const QString shown = w->details()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Sergei Lavrov")));
        QVERIFY(shown.contains(QStringLiteral("Foreign Minister")));
        QVERIFY(shown.contains(riyadh->title));
        QVERIFY(shown.contains(QStringLiteral("2025-02-18")));
        for (int s : expected)
            QVERIFY(shown.contains(riyadh->sentenceText(std::size_t(s)).toString()));
        // The mention is highlighted: a bold, coloured span over exactly "Lavrov".
        bool highlighted = false;
        for (QTextBlock b = w->details()->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.text() == QLatin1String("Lavrov") && f.charFormat().background().style() != Qt::NoBrush)
                    highlighted = true;
            }
        }
        QVERIFY(highlighted);
        // The Entities row follows the selection.
        const QModelIndex row = w->entitiesView()->currentIndex();
        QVERIFY(row.isValid());
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("Sergei Lavrov"));
    }

    void clickingASentenceOpensTheArticleThere()
    {
        auto w = openWindow();
        w->activateNode(id(QStringLiteral("person:asaad-al-shaibani")));
        const auto sentences = w->details()->sentences();
        QVERIFY(!sentences.empty());
        const auto [doc, index] = sentences.front();
        QVERIFY(clickSentenceLink(w->details(), doc, index));
        QTRY_COMPARE(w->sources()->currentDocument(), doc);
        QCOMPARE(w->sources()->highlightedSentence(), index);
        const Document* d = m_corpus->document(doc);
        QVERIFY(d->path.endsWith(QLatin1String("ankara-visit.txt")));
        QCOMPARE(w->sources()->highlightedText(), d->sentenceText(std::size_t(index)).toString());
        QVERIFY(w->sources()->textView()->toPlainText().startsWith(d->text.left(20)));
        // The document list shows the same article as current.
        QCOMPARE(w->sources()->documentList()->currentItem()->data(Qt::UserRole).toString(), doc);
        // And the sentence is scrolled into view.
        QTextBrowser* text = w->sources()->textView();
        QTextCursor c(text->document());
        c.setPosition(int(d->sentences[std::size_t(index)].start));
        QVERIFY(text->viewport()->rect().intersects(text->cursorRect(c)));
    }

    void clickingAnEdgeShowsItsSupportingSentences()
    {
        auto w = openWindow();
        GraphView* view = w->graphView();
        const ViewGraph& vg = view->viewGraph();
        const int rubio = vg.viewIndex(id(QStringLiteral("person:marco-rubio")));
        const int us = vg.viewIndex(id(QStringLiteral("state:united-states")));
        int edge = -1;
        for (std::size_t k = 0; k < vg.edges.size(); ++k) {
            const ViewEdge& e = vg.edges[k];
            if ((e.a == rubio && e.b == us) || (e.a == us && e.b == rubio))
                edge = int(k);
        }
        QVERIFY(edge >= 0);
        // Click a point on the edge away from both end nodes and from any other element.
        const QPointF a = view->transform().map(view->positions()[std::size_t(rubio)]);
        const QPointF b = view->transform().map(view->positions()[std::size_t(us)]);
        QPoint hit;
        bool found = false;
        for (double t = 0.3; t <= 0.7 && !found; t += 0.05) {
            const QPointF p = a + (b - a) * t;
            if (view->nodeAt(p) < 0 && view->edgeAt(p) == edge) {
                hit = p.toPoint();
                found = view->edgeAt(QPointF(hit)) == edge && view->nodeAt(QPointF(hit)) < 0;
            }
        }
        QVERIFY2(found, "no clickable point on the Rubio-US edge");
        QTest::mouseClick(view, Qt::LeftButton, {}, hit);
        QCOMPARE(view->selectedEdge(), edge);
        // Serves edges carry the official's first mention as evidence.
        const auto& sentences = w->details()->sentences();
        QCOMPARE(sentences.size(), std::size_t(1));
        const Document* d = m_corpus->document(sentences.front().first);
        QVERIFY(d->sentenceText(std::size_t(sentences.front().second)).contains(QLatin1String("Rubio")));
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("serves")));
    }

    void searchSelectsAndCentresTheNode()
    {
        auto w = openWindow();
        QVERIFY(w->search(QStringLiteral("rubio")));
        const NodeId rubio = id(QStringLiteral("person:marco-rubio"));
        QCOMPARE(w->graphView()->selectedNode(), std::optional<NodeId>(rubio));
        const QPointF centre = QRectF(w->graphView()->rect()).center();
        const QPointF at = *w->graphView()->nodePosition(rubio);
        QVERIFY(QLineF(at, centre).length() < 2.0);
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("Marco Rubio")));

        // Through the UI: Ctrl+F, type, Enter; an alias prefix finds the full name.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w->searchField()->hasFocus());
        QTest::keyClicks(w->searchField(), QStringLiteral("al-Shai"));
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QCOMPARE(w->graphView()->selectedNode(),
                 std::optional<NodeId>(id(QStringLiteral("person:asaad-al-shaibani"))));
        QVERIFY(!w->search(QStringLiteral("Napoleon")));
    }

    void entitiesRowSelectsTheNode()
    {
        auto w = openWindow();
        QTableView* table = w->entitiesView();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 1).data().toString() == QLatin1String("Hakan Fidan"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, 2).data().toString(), QStringLiteral("Foreign Minister, Turkey"));
        QCOMPARE(table->model()->index(row, 3).data().toInt(), 1); // meetings
        table->setCurrentIndex(table->model()->index(row, 1));
        QCOMPARE(w->graphView()->selectedNode(), std::optional<NodeId>(id(QStringLiteral("person:hakan-fidan"))));
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("Hakan Fidan")));
    }

    void filtersHideWhatTheyShould()
    {
        auto w = openWindow();
        FilterPanel* f = w->filters();
        const ViewGraph& full = w->graphView()->viewGraph();
        QCOMPARE(int(full.nodes.size()), m_corpus->nodeCount());

        f->kindBox(NodeKind::Meeting)->setChecked(false);
        {
            const ViewGraph& v = w->graphView()->viewGraph();
            QCOMPARE(int(v.nodes.size()), m_corpus->nodeCount() - 2);
            for (const ViewNode& n : v.nodes)
                QVERIFY(n.kind != NodeKind::Meeting);
            for (const ViewEdge& e : v.edges)
                QVERIFY(e.kind == ViewEdgeKind::Serves);
        }
        f->kindBox(NodeKind::Meeting)->setChecked(true);

        // Restrict to Russia: Lavrov and the Riyadh meeting stay, Rubio and Turkey go.
        QListWidget* states = f->stateList();
        for (int i = 0; i < states->count(); ++i) {
            if (states->item(i)->data(Qt::UserRole).toString() == QLatin1String("state:russia"))
                states->item(i)->setCheckState(Qt::Checked);
        }
        {
            const ViewGraph& v = w->graphView()->viewGraph();
            QVERIFY(v.viewIndex(id(QStringLiteral("person:sergei-lavrov"))) >= 0);
            QVERIFY(v.viewIndex(id(QStringLiteral("meeting:2025-02-18:lavrov-rubio"))) >= 0);
            QCOMPARE(v.viewIndex(id(QStringLiteral("person:marco-rubio"))), -1);
            QCOMPARE(v.viewIndex(id(QStringLiteral("state:turkey"))), -1);
            QCOMPARE(v.viewIndex(id(QStringLiteral("meeting:2025-01-15:fidan-shaibani"))), -1);
        }
        for (int i = 0; i < states->count(); ++i)
            states->item(i)->setCheckState(Qt::Unchecked);

        // Min degree 2: Ukraine (no links) and Waltz (one) disappear.
        f->minDegreeBox()->setValue(2);
        {
            const ViewGraph& v = w->graphView()->viewGraph();
            QCOMPARE(v.viewIndex(id(QStringLiteral("state:ukraine"))), -1);
            QCOMPARE(v.viewIndex(id(QStringLiteral("person:mike-waltz"))), -1);
            QVERIFY(v.viewIndex(id(QStringLiteral("person:sergei-lavrov"))) >= 0);
            for (const ViewNode& n : v.nodes)
                QVERIFY(n.degree >= 1);
        }
        f->minDegreeBox()->setValue(0);

        // States only: six states; Russia, US and Saudi Arabia pairwise met once; Turkey-Syria once.
        f->projectionBox()->setCurrentIndex(f->projectionBox()->findData(int(ViewFilter::Projection::StatesOnly)));
        {
            const ViewGraph& v = w->graphView()->viewGraph();
            QCOMPARE(v.nodes.size(), std::size_t(6));
            for (const ViewNode& n : v.nodes)
                QVERIFY(n.kind == NodeKind::State);
            QCOMPARE(v.edges.size(), std::size_t(4));
            for (const ViewEdge& e : v.edges) {
                QVERIFY(e.kind == ViewEdgeKind::StatesMet);
                QCOMPARE(e.weight, 1);
            }
        }
        // Officials only: Lavrov, Rubio, Faisal form a triangle, Fidan-al-Shaibani a pair.
        f->projectionBox()->setCurrentIndex(f->projectionBox()->findData(int(ViewFilter::Projection::OfficialsOnly)));
        {
            const ViewGraph& v = w->graphView()->viewGraph();
            QCOMPARE(v.nodes.size(), std::size_t(6));
            QCOMPARE(v.edges.size(), std::size_t(4));
            const int lavrov = v.viewIndex(id(QStringLiteral("person:sergei-lavrov")));
            QCOMPARE(v.nodes[std::size_t(lavrov)].degree, 2);
            QCOMPARE(v.nodes[std::size_t(v.viewIndex(id(QStringLiteral("person:mike-waltz"))))].degree, 0);
        }
    }

    void dragMovesAndPinsANode()
    {
        auto w = openWindow();
        GraphView* view = w->graphView();
        const NodeId waltz = id(QStringLiteral("person:mike-waltz"));
        const int i = view->viewGraph().viewIndex(waltz);
        const QPoint from = view->nodePosition(waltz)->toPoint();
        const QPoint to = from + QPoint(40, 30);
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        QTest::mouseMove(view, from + QPoint(20, 15));
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
        QVERIFY(view->layout().pinned()[std::size_t(i)]);
        QVERIFY(QLineF(*view->nodePosition(waltz), QPointF(to)).length() < 2.0);
        view->layout().setPinned(i, false);
        QVERIFY(!view->layout().pinned()[std::size_t(i)]);
    }

    void exportsPngAndSvgThatLoadBack()
    {
        auto w = openWindow();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("graph.png"));
        ExportOptions o;
        o.size = QSize(800, 600);
        o.scale = 2.0;
        QVERIFY(w->exportImage(png, o).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1200));
        // White background, with coloured nodes drawn on it.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 120;
            }
        }
        QVERIFY(coloured > 200);

        o.transparent = true;
        o.region = ExportOptions::Region::Visible;
        QVERIFY(w->exportImage(png, o).ok());
        image = QImage(png);
        QCOMPARE(image.size(), w->graphView()->size() * 2);
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2).alpha(), 0);

        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        o = ExportOptions{};
        o.size = QSize(1000, 700);
        QVERIFY(w->exportImage(svg, o).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.trimmed().endsWith("</svg>"));
        QXmlStreamReader xml(bytes);
        QStringList texts;
        int shapes = 0;
        int images = 0;
        QString width, height;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("svg")) {
                width = xml.attributes().value(QLatin1String("width")).toString();
                height = xml.attributes().value(QLatin1String("height")).toString();
            } else if (name == QLatin1String("text")) {
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
            } else if (name == QLatin1String("path") || name == QLatin1String("polygon") ||
                       name == QLatin1String("polyline") || name == QLatin1String("circle") ||
                       name == QLatin1String("ellipse") || name == QLatin1String("line") || name == QLatin1String("rect")) {
                ++shapes;
            } else if (name == QLatin1String("image")) {
                ++images;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(width.startsWith(QLatin1String("1000")) || width.startsWith(QLatin1String("352.")));
        QVERIFY(!height.isEmpty());
        QCOMPARE(images, 0);
        QVERIFY(shapes > m_corpus->nodeCount());
        for (const QString& label : {QStringLiteral("Sergei Lavrov"), QStringLiteral("Russia"), QStringLiteral("Hakan Fidan")})
            QVERIFY2(texts.contains(label), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Official"))); // the legend

        // A failed export names the file and leaves the earlier one intact.
        const Status bad = w->exportImage(dir.filePath(QStringLiteral("graph.bmpx")), o);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.toString().contains(QLatin1String("graph.bmpx")));
        const Status noDir = w->exportImage(dir.filePath(QStringLiteral("missing/graph.svg")), o);
        QVERIFY(!noDir.ok());
        QVERIFY(QFile(svg).size() == bytes.size());
    }

    // The whole chain: loader, extractor, graph, layout, view, click.
    void openedArticleShowsTheOfficialsSentences()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        w.openPaths({guiData(QStringLiteral("riyadh-talks.txt"))});
        QVERIFY(done.wait(30000));
        QCOMPARE(w.problems()->count(), 0);
        const CorpusGraph* g = w.corpus();
        QCOMPARE(g->documents().size(), std::size_t(1));
        const auto lavrov = g->find(QStringLiteral("person:sergey-lavrov"));
        QVERIFY(lavrov);
        QSignalSpy settled(&w.graphView()->layout(), &LayoutRunner::settled);
        if (w.graphView()->layout().isRunning())
            QVERIFY(settled.wait(30000));
        w.graphView()->fitToWindow();
        clickNode(w.graphView(), *lavrov);
        QCOMPARE(w.graphView()->selectedNode(), lavrov);
        const Document& d = g->documents().front();
        std::vector<std::pair<QString, int>> want;
        for (int s : sentencesWith(d, QStringLiteral("Lavrov")))
            want.emplace_back(d.id, s);
        QCOMPARE(want.size(), std::size_t(3));
        QCOMPARE(w.details()->sentences(), want);
    }

    void sampleCorpusIsFoundAndReadable()
    {
        const QStringList files = MainWindow::sampleCorpusFiles();
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QVERIFY2(f.endsWith(QLatin1String(".txt")) && QFileInfo(f).isReadable(), qPrintable(f));
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        w.openPaths(files);
        QVERIFY(done.wait(30000));
        QCOMPARE(w.problems()->count(), 0);
        QCOMPARE(int(w.corpus()->documents().size()), int(files.size()));
        // Officials recur across articles, so merging shows: someone has 2+ meetings.
        int most = 0;
        const QAbstractItemModel* m = w.entitiesView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            most = std::max(most, m->index(r, 3).data().toInt());
        QVERIFY(most >= 2);
    }

    void exportedGraphMLOpensBackWithItsSentences()
    {
        auto w = openWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.graphml"));
        const NodeId lavrovThere = id(QStringLiteral("person:sergei-lavrov"));
        const QPointF exportedAt = w->graphView()->positions()[std::size_t(w->graphView()->viewGraph().viewIndex(lavrovThere))];
        QVERIFY(w->exportGraph(path, ExportFormat::GraphML).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        // The layout on screen travels with the file.
        QVERIFY(xml.contains("attr.name=\"x\""));

        MainWindow back;
        back.resize(1400, 900);
        back.show();
        QVERIFY(back.openGraph(path).ok());
        QVERIFY(back.corpus());
        QCOMPARE(back.corpus()->nodeCount(), m_corpus->nodeCount());
        QCOMPARE(back.corpus()->documents().size(), m_corpus->documents().size());
        const auto lavrov = back.corpus()->find(QStringLiteral("person:sergei-lavrov"));
        QVERIFY(lavrov);
        QVERIFY(back.corpus()->node(*lavrov).kind == NodeKind::Official);
        // The layout starts from the positions in the file.
        const int backIndex = back.graphView()->viewGraph().viewIndex(*lavrov);
        QVERIFY(backIndex >= 0);
        const QPointF startedAt = back.graphView()->positions()[std::size_t(backIndex)];
        QVERIFY(std::abs(startedAt.x() - exportedAt.x()) < 1e-6 && std::abs(startedAt.y() - exportedAt.y()) < 1e-6);
        back.activateNode(*lavrov);
        w->activateNode(id(QStringLiteral("person:sergei-lavrov")));
        QCOMPARE(back.details()->sentences().size(), std::size_t(3));
        QCOMPARE(back.details()->sentences(), w->details()->sentences());
        QCOMPARE(back.details()->toPlainText(), w->details()->toPlainText());

        // Every other graph format writes a non-empty file through the window too.
        const std::vector<std::pair<ExportFormat, const char*>> others = {
            {ExportFormat::Gexf, "g.gexf"}, {ExportFormat::Dot, "g.gv"},
            {ExportFormat::Json, "g.json"}, {ExportFormat::Cytoscape, "g.cyjs"}};
        for (const auto& [format, name] : others) {
            const QString out = dir.filePath(QLatin1String(name));
            QVERIFY(w->exportGraph(out, format).ok());
            QVERIFY(QFileInfo(out).size() > 100);
        }
        QVERIFY(w->exportGraph(dir.filePath(QStringLiteral("g.csv")), ExportFormat::Csv).ok());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("g-nodes.csv"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("g-edges.csv"))));
    }

    void malformedGraphGoesToProblems()
    {
        auto w = openWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.graphml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><graphml><graph><node id=\"n0\">");
        file.close();
        const int before = w->problems()->count();
        QVERIFY(!w->openGraph(path).ok());
        QCOMPARE(w->problems()->count(), before + 1);
        QVERIFY(w->problems()->item(before)->text().contains(QLatin1String("broken.graphml")));
        // The graph on screen is untouched.
        QCOMPARE(w->corpus()->nodeCount(), m_corpus->nodeCount());
    }

    void exportsACompletePdf()
    {
        auto w = openWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.pdf"));
        ExportOptions o;
        o.size = QSize(800, 600);
        QVERIFY(w->exportImage(path, o).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // Vector drawing with text, not an empty page: the labels' fonts are embedded.
        QVERIFY(pdf.contains("/Font"));
        QVERIFY(pdf.size() > 2000);
    }

    void unreadableInputGoesToProblemsNotDialogs()
    {
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::loadFinished);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-article.txt"));
        w.openPaths({missing, guiData(QStringLiteral("ankara-visit.txt"))});
        QVERIFY(done.wait(20000));
        QVERIFY(w.problems()->count() >= 1);
        QVERIFY(w.problems()->item(0)->text().contains(QLatin1String("no-such-article.txt")));
        QCOMPARE(w.corpus()->documents().size(), std::size_t(1));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
