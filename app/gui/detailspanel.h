// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/corrections.h"
#include "render/viewgraph.h"

#include <QTextBrowser>

#include <utility>
#include <vector>

namespace parley {

/// The Details dock: everything known about the selected node or edge, with every source
/// sentence (the mention highlighted, under its article's title and date). Sentences and
/// related nodes are links: sentenceActivated() / nodeLinkActivated().
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void showNode(const CorpusGraph& graph, NodeId node);
    /// An edge of `view`: extracted edges show their evidence, projected ones their meetings.
    void showEdge(const CorpusGraph& graph, const ViewGraph& view, int viewEdge);
    /// With nothing selected: the overview of `graph` (see overview.h), or a hint when null.
    void showNothing();
    /// The graph whose overview showNothing() shows; may be null. Not owned.
    void setGraph(const CorpusGraph* graph);

    /// While a project is open: node details start with a "Correct or annotate…" link
    /// (correctRequested()) and show the analyst's note, tags, colour and whether the node is
    /// hidden. `annotations` by node id.
    void setProject(bool open, QHash<QString, Annotation> annotations = {});
    /// The (document id, sentence index) pairs listed, in display order.
    const std::vector<std::pair<QString, int>>& sentences() const { return m_sentences; }
    /// Link target of a listed sentence ("sentence:<document>:<index>").
    static QUrl sentenceUrl(const QString& document, int sentence);

Q_SIGNALS:
    void sentenceActivated(const QString& document, int sentence);
    void nodeLinkActivated(parley::NodeId node);
    /// The "Correct or annotate…" link of `node` was clicked at `globalPos`.
    void correctRequested(parley::NodeId node, QPoint globalPos);

private:
    void onAnchor(const QUrl& url);
    QString sentencesHtml(const CorpusGraph& graph, const std::vector<Mention>& mentions);

    std::vector<std::pair<QString, int>> m_sentences;
    const CorpusGraph* m_graph = nullptr;
    bool m_project = false;
    QHash<QString, Annotation> m_annotations;
};

} // namespace parley
