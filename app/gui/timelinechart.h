// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/datespan.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <vector>

namespace parley {

/// Bars of meetings per day, week, month or year, stacked by mode (in person, phone, video,
/// other), painted directly (no chart library). Dragging across the bars selects a range of
/// buckets; a double click clears it. Dates are bucket-aligned: a range is whole buckets.
///
/// A meeting dated only to a month or a year (DateSpan) is a bar like any other when its span
/// fits in one bucket (a month in month or year buckets, a year in year buckets). When the
/// buckets are finer, it is never put on its first day: it is drawn as a light band under
/// the axis across the buckets it covers, with the count, and the legend says how many
/// meetings are dated so. The axis covers every day a dated meeting can mean.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    enum class Bucket { Day, Week, Month, Year };
    static constexpr int kModes = 4; ///< in person, phone, video, other/unknown

    explicit TimelineChart(QWidget* parent = nullptr);

    /// One entry per dated meeting: its date (a day, a month or a year; undated entries are
    /// ignored) and mode index (0..kModes-1).
    void setMeetings(std::vector<std::pair<DateSpan, int>> meetings);
    const std::vector<std::pair<DateSpan, int>>& meetings() const { return m_meetings; }
    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }

    int bucketCount() const { return int(m_counts.size()); }
    QDate bucketStart(int i) const;
    QDate bucketEnd(int i) const;          ///< last day of bucket i
    int bucketOf(const QDate& date) const; ///< -1 outside the data
    /// Meetings on the bar of bucket i: those whose whole date lies in it.
    int meetingsIn(int i) const;

    /// Meetings dated more coarsely than a bucket, drawn as one band per span of buckets.
    struct Band
    {
        int first = 0; ///< first bucket the date covers
        int last = 0;  ///< last bucket the date covers
        int count = 0; ///< meetings with this span
        int lane = 0;  ///< row under the axis, 0 nearest to it
        DateSpan date; ///< the date of the first of them (for the tooltip)
    };
    const std::vector<Band>& bands() const { return m_bands; }
    /// The legend's words for the bands, e.g. "2 dated only to a month (wider than a week:
    /// bands below)"; empty without bands.
    /// Meetings drawn as bands rather than bars (0 in month buckets unless some are dated
    /// only to a year).
    int bandMeetings() const { return m_bandMeetings; }
    QString bandLegend() const;

    /// Selected buckets [first, last], or (-1, -1) for none.
    void setSelection(int first, int last);
    int selectionFirst() const { return m_first; }
    int selectionLast() const { return m_last; }

    /// The x pixel of the centre of bucket i (for tests that drag across the bars).
    int xOfBucket(int i) const;
    QSize sizeHint() const override { return {480, 140}; }

    static QColor modeColor(int mode);
    static QString modeName(int mode);

Q_SIGNALS:
    /// The user dragged (or cleared, with -1, -1) a selection.
    void selectionEdited(int first, int last);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QDate align(const QDate& date) const;
    void rebuild();
    QRectF plotArea() const;
    int bucketAt(double x) const;
    QRectF bandRect(const Band& band) const;

    std::vector<std::pair<DateSpan, int>> m_meetings;
    std::vector<Band> m_bands;
    int m_lanes = 0;
    int m_bandMeetings = 0;
    Bucket m_bucket = Bucket::Month;
    QDate m_origin; ///< start of bucket 0
    std::vector<std::array<int, kModes>> m_counts;
    int m_max = 0;
    int m_first = -1;
    int m_last = -1;
    int m_anchor = -1;
};

} // namespace parley
