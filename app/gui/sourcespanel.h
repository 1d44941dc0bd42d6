// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/corpusgraph.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace parley {

/// The Sources dock: the list of loaded articles and the text of the current one. Showing a
/// sentence opens its article, highlights the sentence (and any mention spans given) and
/// scrolls it into view.
class SourcesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(QWidget* parent = nullptr);

    void setGraph(const CorpusGraph* graph); ///< nullptr clears; the graph must outlive its use
    void showDocument(const QString& documentId);
    /// Opens the article, highlights sentence `sentence` and scrolls to it.
    bool showSentence(const QString& documentId, int sentence);

    QString currentDocument() const { return m_current; }
    int highlightedSentence() const { return m_sentence; }
    /// The text under the sentence highlight (empty when none).
    QString highlightedText() const;
    QTextBrowser* textView() const { return m_text; }
    QListWidget* documentList() const { return m_list; }

private:
    void onRowChanged(int row);

    const CorpusGraph* m_graph = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_header = nullptr;
    QTextBrowser* m_text = nullptr;
    QString m_current;
    int m_sentence = -1;
};

} // namespace parley
