// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/viewgraph.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace parley {

/// The Filters dock: projection (full graph, states only, officials only), node kinds, a
/// restriction to chosen states and a minimum degree. Emits filterChanged() on every edit.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget* parent = nullptr);

    /// Lists the states of `graph` (by name) to restrict to; keeps the other settings.
    void setGraph(const CorpusGraph* graph);
    ViewFilter filter() const;
    void setFilter(const ViewFilter& filter);

    QComboBox* projectionBox() const { return m_projection; }
    QCheckBox* kindBox(NodeKind kind) const;
    QListWidget* stateList() const { return m_states; }
    QSpinBox* minDegreeBox() const { return m_minDegree; }

Q_SIGNALS:
    void filterChanged(const parley::ViewFilter& filter);

private:
    void emitChanged();

    QComboBox* m_projection = nullptr;
    QCheckBox* m_showStates = nullptr;
    QCheckBox* m_showOfficials = nullptr;
    QCheckBox* m_showMeetings = nullptr;
    QListWidget* m_states = nullptr;
    QSpinBox* m_minDegree = nullptr;
    bool m_updating = false;
};

} // namespace parley
