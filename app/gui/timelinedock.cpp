// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timelinedock.h"

#include "graph/timesteps.h"
#include "gui/graphview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley {

namespace {

int modeIndex(const QString& mode)
{
    if (mode == QLatin1String("in person"))
        return 0;
    if (mode == QLatin1String("phone"))
        return 1;
    if (mode == QLatin1String("video"))
        return 2;
    return 3;
}

} // namespace

TimelineDock::TimelineDock(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("timelineBucket"));
    m_bucket->addItems({tr("Day"), tr("Week"), tr("Month"), tr("Year")});
    m_bucket->setCurrentIndex(2);
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_play->setCheckable(true);
    m_step = new QSpinBox(this);
    m_step->setRange(1, 52);
    m_step->setPrefix(tr("step "));
    m_step->setToolTip(tr("How many bars the range moves at each step of Play"));
    m_speed = new QComboBox(this);
    m_speed->addItem(tr("0.25 s / step"), 250);
    m_speed->addItem(tr("0.5 s / step"), 500);
    m_speed->addItem(tr("1 s / step"), 1000);
    m_speed->addItem(tr("2 s / step"), 2000);
    m_speed->setCurrentIndex(2);
    m_clear = new QPushButton(tr("All dates"), this);
    m_undated = new QCheckBox(this);
    m_undated->setObjectName(QStringLiteral("timelineUndated"));
    m_undated->setChecked(true);
    m_undated->setToolTip(
        tr("Meetings whose date is unknown are not on the bars; show them anyway"));
    controls->addWidget(m_bucket);
    controls->addWidget(m_play);
    controls->addWidget(m_step);
    controls->addWidget(m_speed);
    controls->addWidget(m_clear);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("timelineExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the steps of Play as PNG frames or one animated SVG"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Frames as PNG images…"), this, [this] { exportInteractive(false); })
        ->setObjectName(QStringLiteral("exportFrames"));
    exportMenu->addAction(tr("Animated SVG…"), this, [this] { exportInteractive(true); })
        ->setObjectName(QStringLiteral("exportAnimatedSvg"));
    m_export->setMenu(exportMenu);
    controls->addWidget(m_export);
    controls->addStretch(1);
    controls->addWidget(m_undated);
    layout->addLayout(controls);
    m_chart = new TimelineChart(this);
    m_chart->setObjectName(QStringLiteral("timelineChart"));
    layout->addWidget(m_chart, 1);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timelineRange"));
    m_label->setWordWrap(true);
    m_label->setToolTip(
        tr("A meeting the text dates only to a month or a year (\"in October\", \"last "
           "year\") is in the range only when the range holds that whole month or year; a "
           "range that cuts through it leaves it out, since it may have happened outside."));
    layout->addWidget(m_label);

    connect(m_chart, &TimelineChart::selectionEdited, this, &TimelineDock::onSelection);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_chart->setBucket(TimelineChart::Bucket(i));
        updateLabel();
    });
    connect(m_undated, &QCheckBox::toggled, this, [this](bool on) {
        m_range.undated = on;
        updateLabel();
        Q_EMIT rangeChanged(m_range);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { selectBuckets(-1, -1); });
    connect(m_play, &QPushButton::toggled, this, &TimelineDock::togglePlay);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_timer.setInterval(m_speed->currentData().toInt()); });
    m_timer.setInterval(m_speed->currentData().toInt());
    connect(&m_timer, &QTimer::timeout, this, &TimelineDock::step);
    updateLabel();
}

void TimelineDock::setGraph(const CorpusGraph* graph)
{
    m_play->setChecked(false);
    std::vector<std::pair<DateSpan, int>> meetings;
    m_undatedCount = 0;
    m_partialCount = 0;
    if (graph) {
        for (NodeId v = 0; v < graph->nodeCount(); ++v) {
            const NodeData& d = graph->node(v);
            if (d.kind != NodeKind::Meeting)
                continue;
            const DateSpan date = DateSpan::parse(d.date);
            if (!date.isValid()) {
                ++m_undatedCount;
                continue;
            }
            m_partialCount += date.isPartial();
            meetings.emplace_back(date, modeIndex(d.mode));
        }
    }
    m_datedCount = int(meetings.size());
    m_chart->setMeetings(std::move(meetings));
    m_range = DateRange{};
    m_range.undated = m_undated->isChecked();
    updateLabel();
}

void TimelineDock::selectBuckets(int first, int last)
{
    m_chart->setSelection(first, last);
    onSelection(m_chart->selectionFirst(), m_chart->selectionLast());
}

void TimelineDock::onSelection(int first, int last)
{
    if (first < 0) {
        m_range.from = m_range.to = QDate();
    } else {
        m_range.from = m_chart->bucketStart(first);
        m_range.to = m_chart->bucketEnd(last);
    }
    updateLabel();
    Q_EMIT rangeChanged(m_range);
}

void TimelineDock::togglePlay()
{
    if (!m_play->isChecked()) {
        m_timer.stop();
        m_play->setText(tr("Play"));
        return;
    }
    if (m_chart->bucketCount() == 0) {
        m_play->setChecked(false);
        return;
    }
    // Play from the current window (or one step wide at the start), moving by the step.
    const int width = m_chart->selectionFirst() >= 0
                          ? m_chart->selectionLast() - m_chart->selectionFirst()
                          : m_step->value() - 1;
    if (m_chart->selectionFirst() < 0 || m_chart->selectionLast() >= m_chart->bucketCount() - 1)
        selectBuckets(0, width);
    m_play->setText(tr("Pause"));
    m_timer.start();
}

void TimelineDock::step()
{
    const int first = m_chart->selectionFirst() + m_step->value();
    const int width = m_chart->selectionLast() - m_chart->selectionFirst();
    if (first >= m_chart->bucketCount()) {
        m_play->setChecked(false); // the end: stop where the last step left it
        return;
    }
    selectBuckets(first, std::min(first + width, m_chart->bucketCount() - 1));
}

std::vector<DateRange> TimelineDock::playWindows() const
{
    if (!m_view || !m_view->graph())
        return {};
    const int width = m_chart->selectionFirst() >= 0
                          ? m_chart->selectionLast() - m_chart->selectionFirst() + 1
                          : m_step->value();
    return parley::playWindows(*m_view->graph(), TimeBucket(int(m_chart->bucket())), width,
                               m_step->value(), m_range.undated);
}

QHash<NodeId, QPointF> TimelineDock::exportPositions() const
{
    QHash<NodeId, QPointF> known;
    const ViewGraph& view = m_view->viewGraph();
    const std::vector<QPointF>& positions = m_view->positions();
    for (std::size_t i = 0; i < view.nodes.size() && i < positions.size(); ++i)
        known.insert(view.nodes[i].node, positions[i]);
    return playPositions(*m_view->graph(), m_view->filter(), known);
}

Result<PlayExport> TimelineDock::exportFrames(const QString& directory, const PlayExportOptions& options)
{
    if (!m_view || !m_view->graph())
        return Error{directory, tr("no graph is open")};
    return exportPlayFrames(directory, *m_view->graph(), m_view->filter(), playWindows(),
                            exportPositions(), options);
}

Result<PlayExport> TimelineDock::exportSvg(const QString& path, const PlayExportOptions& options)
{
    if (!m_view || !m_view->graph())
        return Error{path, tr("no graph is open")};
    PlayExportOptions o = options;
    o.stepMs = m_speed->currentData().toInt();
    return exportPlaySvg(path, *m_view->graph(), m_view->filter(), playWindows(), exportPositions(), o);
}

void TimelineDock::exportInteractive(bool svg)
{
    if (playWindows().empty()) {
        QMessageBox::information(this, tr("Export Play"),
                                 tr("No meeting has a date: there is nothing to play."));
        return;
    }
    const QString target =
        svg ? QFileDialog::getSaveFileName(this, tr("Export Play as animated SVG"),
                                           QStringLiteral("parley-play.svg"), tr("SVG (*.svg)"))
            : QFileDialog::getExistingDirectory(this, tr("Folder for the PNG frames"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<PlayExport> done = svg ? exportSvg(target) : exportFrames(target);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, tr("Export Play"), done.error().toString());
        return;
    }
    m_label->setText(svg ? tr("Wrote %1 (%2 steps)").arg(target).arg(done.value().frames)
                         : tr("Wrote %1 frames into %2").arg(done.value().frames).arg(target));
}

void TimelineDock::updateLabel()
{
    const QLocale c = QLocale::c();
    QString text;
    if (m_range.from.isValid()) {
        // The same rule as the graph's filter: DateRange decides, not the bars.
        int inRange = 0;
        int partialIn = 0;
        int straddling = 0;
        for (const auto& [date, mode] : m_chart->meetings()) {
            if (m_range.contains(date)) {
                ++inRange;
                partialIn += date.isPartial();
            } else if (m_range.straddles(date)) {
                ++straddling;
            }
        }
        text = tr("%1 – %2: %3 dated meeting(s)")
                   .arg(c.toString(m_range.from, QStringLiteral("d MMM yyyy")),
                        c.toString(m_range.to, QStringLiteral("d MMM yyyy")),
                        QString::number(inRange));
        if (partialIn > 0)
            text += tr(", %n of them dated only to a month or a year", nullptr, partialIn);
        if (straddling > 0)
            text += tr(". Left out: %n dated only to a month or a year that reaches outside "
                       "the selection",
                       nullptr, straddling);
    } else {
        text = tr("All dates: %1 dated meeting(s)").arg(m_datedCount);
        if (m_partialCount > 0)
            text += tr(", %n of them dated only to a month or a year", nullptr, m_partialCount);
        text += tr(". Drag across the bars to choose a range.");
    }
    m_label->setText(text);
    m_undated->setText(tr("Show %1 undated").arg(m_undatedCount));
}

} // namespace parley
