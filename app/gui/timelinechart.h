// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <array>
#include <vector>

namespace parley {

/// Bars of meetings per day, week or month, stacked by mode (in person, phone, video, other),
/// painted directly (no chart library). Dragging across the bars selects a range of buckets;
/// a double click clears it. Dates are bucket-aligned: a range is whole buckets.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    enum class Bucket { Day, Week, Month };
    static constexpr int kModes = 4; ///< in person, phone, video, other/unknown

    explicit TimelineChart(QWidget* parent = nullptr);

    /// One entry per dated meeting: its date and mode index (0..kModes-1).
    void setMeetings(std::vector<std::pair<QDate, int>> meetings);
    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }

    int bucketCount() const { return int(m_counts.size()); }
    QDate bucketStart(int i) const;
    QDate bucketEnd(int i) const;          ///< last day of bucket i
    int bucketOf(const QDate& date) const; ///< -1 outside the data
    int meetingsIn(int i) const;

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

private:
    QDate align(const QDate& date) const;
    void rebuild();
    QRectF plotArea() const;
    int bucketAt(double x) const;

    std::vector<std::pair<QDate, int>> m_meetings;
    Bucket m_bucket = Bucket::Month;
    QDate m_origin; ///< start of bucket 0
    std::vector<std::array<int, kModes>> m_counts;
    int m_max = 0;
    int m_first = -1;
    int m_last = -1;
    int m_anchor = -1;
};

} // namespace parley
