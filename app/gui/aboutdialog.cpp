// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <boost/version.hpp>

namespace parley {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Parley"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/parley/icons/parley.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(aboutHtml(), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::aboutHtml()
{
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    return tr("<h2>Parley %1</h2>"
              "<p>Who meets whom in world politics, read from the news, with every claim "
              "traced to its sentence.</p>"
              "<p>Copyright © The Parley developers.<br>"
              "Parley is free software: you can redistribute it and/or modify it under the "
              "terms of the GNU General Public License, version 3 or (at your option) any "
              "later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</p>"
              "<p style=\"color:#666\">Built with Qt %2 (running on Qt %3) and Boost %4.</p>")
        .arg(QStringLiteral(PARLEY_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), boost);
}

} // namespace parley
