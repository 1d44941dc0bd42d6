// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/projection.h"
#include "gui/timelinechart.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace parley {

/// The Timeline dock: meetings per day, week or month stacked by mode; dragging a range
/// filters the graph to the meetings in it (and who took part); undated meetings are counted
/// apart and shown or hidden; Play steps the range through time at a chosen speed and step.
/// Reads the meetings' ISO `date` written by extraction; computes no dates itself.
class TimelineDock : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(QWidget* parent = nullptr);

    void setGraph(const CorpusGraph* graph); ///< clears the range
    DateRange range() const { return m_range; }
    /// Selects buckets [first, last] as a drag would (-1 clears) and emits rangeChanged().
    void selectBuckets(int first, int last);

    TimelineChart* chart() const { return m_chart; }
    QComboBox* bucketBox() const { return m_bucket; }
    QCheckBox* undatedBox() const { return m_undated; }
    QPushButton* playButton() const { return m_play; }
    QSpinBox* stepBox() const { return m_step; }
    QComboBox* speedBox() const { return m_speed; }
    QLabel* rangeLabel() const { return m_label; }
    bool playing() const { return m_timer.isActive(); }

Q_SIGNALS:
    void rangeChanged(const parley::DateRange& range);

private:
    void onSelection(int first, int last);
    void togglePlay();
    void step();
    void updateLabel();

    TimelineChart* m_chart = nullptr;
    QComboBox* m_bucket = nullptr;
    QCheckBox* m_undated = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_clear = nullptr;
    QSpinBox* m_step = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_label = nullptr;
    QTimer m_timer;
    DateRange m_range;
    int m_undatedCount = 0;
    int m_datedCount = 0;
};

} // namespace parley
