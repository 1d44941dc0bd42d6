// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace parley {

/// Help ▸ About Parley: name, version, what it does, the licence (GPL-3.0-or-later, with
/// its no-warranty notice), the Qt and Boost versions it runs on. No web or mail address is
/// shown: the project has none it can promise yet.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dialog's text as HTML.
    static QString aboutHtml();
};

} // namespace parley
