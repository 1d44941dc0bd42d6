// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/filterpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace parley {

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_projection = new QComboBox(this);
    m_projection->setObjectName(QStringLiteral("projection"));
    m_projection->addItem(tr("Full graph"), int(ViewFilter::Projection::Full));
    m_projection->addItem(tr("States only (edge = meetings)"), int(ViewFilter::Projection::StatesOnly));
    m_projection->addItem(tr("Officials only (edge = met)"), int(ViewFilter::Projection::OfficialsOnly));
    form->addRow(tr("View"), m_projection);
    auto* kinds = new QHBoxLayout;
    m_showStates = new QCheckBox(tr("States"), this);
    m_showOfficials = new QCheckBox(tr("Officials"), this);
    m_showMeetings = new QCheckBox(tr("Meetings"), this);
    for (QCheckBox* box : {m_showStates, m_showOfficials, m_showMeetings}) {
        box->setChecked(true);
        kinds->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FilterPanel::emitChanged);
    }
    form->addRow(tr("Show"), kinds);
    m_minDegree = new QSpinBox(this);
    m_minDegree->setRange(0, 1000);
    m_minDegree->setToolTip(tr("Hide nodes with fewer links than this"));
    form->addRow(tr("Min. links"), m_minDegree);
    layout->addLayout(form);
    auto* statesHead = new QHBoxLayout;
    statesHead->addWidget(new QLabel(tr("Restrict to states (none checked = all):"), this), 1);
    auto* clear = new QPushButton(tr("Clear"), this);
    statesHead->addWidget(clear);
    layout->addLayout(statesHead);
    m_states = new QListWidget(this);
    m_states->setObjectName(QStringLiteral("stateFilter"));
    layout->addWidget(m_states, 1);

    connect(m_projection, &QComboBox::currentIndexChanged, this, [this](int) {
        // Kind boxes mean nothing in a projection.
        const bool full = m_projection->currentData().toInt() == int(ViewFilter::Projection::Full);
        for (QCheckBox* box : {m_showStates, m_showOfficials, m_showMeetings})
            box->setEnabled(full);
        emitChanged();
    });
    connect(m_minDegree, &QSpinBox::valueChanged, this, &FilterPanel::emitChanged);
    connect(m_states, &QListWidget::itemChanged, this, &FilterPanel::emitChanged);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_updating = true;
        for (int i = 0; i < m_states->count(); ++i)
            m_states->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
        emitChanged();
    });
}

QCheckBox* FilterPanel::kindBox(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::State: return m_showStates;
    case NodeKind::Official: return m_showOfficials;
    case NodeKind::Meeting: return m_showMeetings;
    }
    return nullptr;
}

void FilterPanel::setGraph(const CorpusGraph* graph)
{
    m_updating = true;
    m_states->clear();
    if (graph) {
        std::vector<std::pair<QString, QString>> states;
        for (NodeId n = 0; n < graph->nodeCount(); ++n) {
            const NodeData& d = graph->node(n);
            if (d.kind == NodeKind::State)
                states.emplace_back(d.name.isEmpty() ? d.id : d.name, d.id);
        }
        std::sort(states.begin(), states.end());
        for (const auto& [name, id] : states) {
            auto* item = new QListWidgetItem(name, m_states);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_updating = false;
}

ViewFilter FilterPanel::filter() const
{
    ViewFilter f;
    f.projection = ViewFilter::Projection(m_projection->currentData().toInt());
    f.showStates = m_showStates->isChecked();
    f.showOfficials = m_showOfficials->isChecked();
    f.showMeetings = m_showMeetings->isChecked();
    f.minDegree = m_minDegree->value();
    for (int i = 0; i < m_states->count(); ++i) {
        if (m_states->item(i)->checkState() == Qt::Checked)
            f.states.append(m_states->item(i)->data(Qt::UserRole).toString());
    }
    return f;
}

void FilterPanel::setFilter(const ViewFilter& f)
{
    m_updating = true;
    m_projection->setCurrentIndex(m_projection->findData(int(f.projection)));
    m_showStates->setChecked(f.showStates);
    m_showOfficials->setChecked(f.showOfficials);
    m_showMeetings->setChecked(f.showMeetings);
    m_minDegree->setValue(f.minDegree);
    for (int i = 0; i < m_states->count(); ++i) {
        QListWidgetItem* item = m_states->item(i);
        item->setCheckState(f.states.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    emitChanged();
}

void FilterPanel::emitChanged()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

} // namespace parley
