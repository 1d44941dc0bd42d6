// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/quickstartdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parley {

QuickStartDialog::QuickStartDialog(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("quickStartDialog"));
    setWindowTitle(tr("Quick start — Parley"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guideHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 620);
}

QString QuickStartDialog::guideHtml()
{
    return tr(
        "<h2>Parley in five minutes</h2>"
        "<p>Parley reads news articles and draws who meets whom: the states, the officials "
        "who serve them and the meetings between them. Everything on screen comes from a "
        "sentence you can read.</p>"
        "<h3>1. Read the picture</h3>"
        "<ul><li><b>Hexagons</b> are states, <b>circles</b> officials, <b>diamonds</b> "
        "meetings.</li>"
        "<li>Lines join an official to the state they serve and to the meetings they "
        "attended; the legend at the top left of the graph names each line style.</li>"
        "<li>Bigger means more links: the busier a state or official, the larger.</li></ul>"
        "<h3>2. Click for the sentences</h3>"
        "<p>Click a node or a line: <b>Details</b> (right) lists what is known and every "
        "sentence it was read from, the words highlighted. Click a sentence to open its "
        "article in <b>Sources</b> (bottom). With nothing selected, Details shows an "
        "overview and the most connected names.</p>"
        "<h3>3. Find and filter</h3>"
        "<ul><li><b>Ctrl+F</b> finds a state or an official by name or alias.</li>"
        "<li><b>Entities</b> (left) lists everything, sortable by meetings; type to "
        "filter.</li>"
        "<li><b>Filters</b> (left) choose what is drawn: the full graph, states only or "
        "officials only, which kinds, a minimum of links, a few states.</li></ul>"
        "<h3>4. Move around</h3>"
        "<p>Drag the background to pan, the wheel to zoom, <b>Ctrl+0</b> to fit the whole "
        "graph. Drag a node to pin it; Layout ▸ Unpin all frees them.</p>"
        "<h3>5. Bring your own news</h3>"
        "<ul><li>File ▸ Open files… or Open folder…: .txt, .md, .html, .jsonl, and RSS or "
        "Atom feeds saved as .rss, .atom or .xml.</li>"
        "<li>File ▸ Add feed…: the address of an RSS or Atom feed; each item becomes an "
        "article, dated as the feed dates it.</li>"
        "<li>Problems (bottom) lists any file that could not be read, and why.</li></ul>"
        "<h3>6. Take it with you</h3>"
        "<p>File ▸ Export image… (<b>Ctrl+E</b>) writes PNG or SVG; Export graph… "
        "(<b>Ctrl+Shift+E</b>) writes GraphML, GEXF, DOT, CSV or JSON for Gephi, Cytoscape "
        "or your own scripts. <code>parley-cli</code> does the same from a terminal.</p>"
        "<p>Help ▸ Keyboard shortcuts lists every key.</p>");
}

} // namespace parley
