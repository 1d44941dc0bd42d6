// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sourcespanel.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parley {

SourcesPanel::SourcesPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("documents"));
    m_list->setAlternatingRowColors(true);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_header = new QLabel(right);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_text = new QTextBrowser(right);
    m_text->setObjectName(QStringLiteral("article"));
    m_text->setOpenLinks(false);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_text, 1);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesPanel::onRowChanged);
}

void SourcesPanel::setGraph(const CorpusGraph* graph)
{
    m_graph = graph;
    m_current.clear();
    m_sentence = -1;
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_text->clear();
    m_header->clear();
    if (!graph)
        return;
    for (const Document& d : graph->documents()) {
        QString title = d.title.isEmpty() ? d.path.section(QLatin1Char('/'), -1) : d.title;
        if (d.date.isValid())
            title += QStringLiteral("  ·  ") + d.date.toString(Qt::ISODate);
        auto* item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(d.path);
    }
}

void SourcesPanel::onRowChanged(int row)
{
    if (!m_graph || row < 0 || std::size_t(row) >= m_graph->documents().size())
        return;
    showDocument(m_graph->documents()[std::size_t(row)].id);
}

void SourcesPanel::showDocument(const QString& documentId)
{
    if (!m_graph)
        return;
    const Document* doc = m_graph->document(documentId);
    if (!doc)
        return;
    if (m_current != documentId) {
        m_current = documentId;
        m_text->setPlainText(doc->text);
        QString head = QStringLiteral("<b>%1</b>").arg((doc->title.isEmpty() ? doc->path : doc->title).toHtmlEscaped());
        if (doc->date.isValid())
            head += QStringLiteral(" · ") + doc->date.toString(Qt::ISODate);
        head += QStringLiteral("<br><span style=\"color:#777\">%1</span>").arg(doc->path.toHtmlEscaped());
        m_header->setText(head);
    }
    m_sentence = -1;
    m_text->setExtraSelections({});
    const auto& docs = m_graph->documents();
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (docs[i].id == documentId && m_list->currentRow() != int(i)) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(int(i));
        }
    }
}

bool SourcesPanel::showSentence(const QString& documentId, int sentence)
{
    showDocument(documentId);
    const Document* doc = m_graph ? m_graph->document(documentId) : nullptr;
    if (!doc || sentence < 0 || std::size_t(sentence) >= doc->sentences.size())
        return false;
    const Sentence& s = doc->sentences[std::size_t(sentence)];
    // setPlainText keeps one document position per UTF-16 unit (line breaks become block
    // separators, also one position), so the sentence's offsets address the view directly.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(s.start));
    cursor.setPosition(int(s.end), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection sel;
    sel.cursor = cursor;
    sel.format.setBackground(QColor(0xff, 0xe2, 0x8a));
    m_text->setExtraSelections({sel});
    m_sentence = sentence;
    // Put the sentence near the top third rather than at the very edge.
    QTextCursor at(m_text->document());
    at.setPosition(int(s.start));
    m_text->setTextCursor(at);
    m_text->ensureCursorVisible();
    const QRect r = m_text->cursorRect(at);
    QScrollBar* bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - m_text->viewport()->height() / 3);
    return true;
}

QString SourcesPanel::highlightedText() const
{
    const auto sel = m_text->extraSelections();
    return sel.isEmpty() ? QString() : sel.first().cursor.selectedText();
}

} // namespace parley
