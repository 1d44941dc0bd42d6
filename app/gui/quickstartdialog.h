// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace parley {

/// Help ▸ Quick start: a one-screen guide for a newcomer (what the shapes and lines mean,
/// clicking for the source sentences, search, filters, export, feeds). Not modal, so it can
/// stay open beside the graph while one tries things.
class QuickStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuickStartDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// The guide as HTML (also what the README's first steps follow).
    static QString guideHtml();

private:
    QTextBrowser* m_browser;
};

} // namespace parley
