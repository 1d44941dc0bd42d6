// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSpinBox>

namespace parley {

ExportDialog::ExportDialog(bool svg, QSize viewSize, QWidget* parent)
    : QDialog(parent), m_viewSize(viewSize)
{
    setWindowTitle(svg ? tr("Export SVG") : tr("Export PNG"));
    auto* form = new QFormLayout(this);
    m_whole = new QRadioButton(tr("Whole graph"), this);
    m_visible = new QRadioButton(tr("Visible area"), this);
    m_whole->setChecked(true);
    auto* region = new QHBoxLayout;
    region->addWidget(m_whole);
    region->addWidget(m_visible);
    form->addRow(tr("Region"), region);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(64, 16000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(1200);
    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(m_height);
    form->addRow(tr("Size"), size);
    m_scale = new QComboBox(this);
    for (double s : {1.0, 2.0, 3.0, 4.0})
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scale->setCurrentIndex(1);
    m_scale->setToolTip(tr("Pixels per point: 2× is sharp on HiDPI screens and in print"));
    if (!svg)
        form->addRow(tr("Scale"), m_scale);
    else
        m_scale->hide();
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_labels = new QCheckBox(tr("Labels"), this);
    m_labels->setChecked(true);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_labels);
    form->addRow(QString(), m_legend);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_visible, &QRadioButton::toggled, this, &ExportDialog::updateSize);
}

void ExportDialog::updateSize()
{
    // The visible area has the view's size by definition.
    const bool visible = m_visible->isChecked();
    m_width->setEnabled(!visible);
    m_height->setEnabled(!visible);
    if (visible) {
        m_width->setValue(m_viewSize.width());
        m_height->setValue(m_viewSize.height());
    }
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.region = m_visible->isChecked() ? ExportOptions::Region::Visible : ExportOptions::Region::WholeGraph;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toDouble();
    o.transparent = m_transparent->isChecked();
    o.labels = m_labels->isChecked();
    o.legend = m_legend->isChecked();
    return o;
}

} // namespace parley
