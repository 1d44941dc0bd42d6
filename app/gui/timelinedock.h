// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/projection.h"
#include "gui/timelinechart.h"
#include "render/playexport.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace parley {

class GraphView;

/// The Timeline dock: meetings per day, week, month or year stacked by mode; dragging a range
/// filters the graph to the meetings in it (and who took part); undated meetings are counted
/// apart and shown or hidden; Play steps the range through time at a chosen speed and step.
/// Export writes the steps of Play as numbered PNG frames or one animated SVG, every node in
/// one place throughout. Reads the meetings' `date` written by extraction through DateSpan;
/// computes no dates itself. A meeting dated only to a month or a year is in a range when
/// the range holds all of it (DateRange); the label counts those a range cuts through and
/// so leaves out.
class TimelineDock : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(QWidget* parent = nullptr);

    void setGraph(const CorpusGraph* graph); ///< clears the range
    /// The view whose filter and positions Export uses (its graph is the one exported).
    void setGraphView(GraphView* view) { m_view = view; }
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
    QToolButton* exportButton() const { return m_export; }
    bool playing() const { return m_timer.isActive(); }

    /// The date windows Play steps through from the first bar: as wide as the chosen range
    /// (or `step` bars without one), moving by `step` bars.
    std::vector<DateRange> playWindows() const;
    /// Export of Play, as the Export menu does after asking where: PNG frames
    /// (frame-0001.png, ...) into `directory`, or one animated SVG at `path`. Nodes the view
    /// shows keep their place; the others are laid out around them first.
    Result<PlayExport> exportFrames(const QString& directory, const PlayExportOptions& options = {});
    Result<PlayExport> exportSvg(const QString& path, const PlayExportOptions& options = {});

Q_SIGNALS:
    void rangeChanged(const parley::DateRange& range);

private:
    void onSelection(int first, int last);
    void togglePlay();
    void step();
    void updateLabel();
    void exportInteractive(bool svg);
    QHash<NodeId, QPointF> exportPositions() const;

    TimelineChart* m_chart = nullptr;
    QComboBox* m_bucket = nullptr;
    QCheckBox* m_undated = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_clear = nullptr;
    QSpinBox* m_step = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_export = nullptr;
    GraphView* m_view = nullptr;
    QTimer m_timer;
    DateRange m_range;
    int m_undatedCount = 0;
    int m_datedCount = 0;
    int m_partialCount = 0; ///< of m_datedCount, dated only to a month or a year
};

} // namespace parley
