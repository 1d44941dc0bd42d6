// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timelinechart.h"

#include "graph/timesteps.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace parley {

namespace {

constexpr int kLaneHeight = 12; // one row of bands under the axis, in pixels
constexpr int kMaxLanes = 3;    // more rows would squeeze the bars; later bands share a row

const QColor kBandFill(0x8a, 0x9b, 0xb0, 90);
const QColor kBandEdge(0x6a, 0x7b, 0x90);

} // namespace

TimelineChart::TimelineChart(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(110);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
}

QColor TimelineChart::modeColor(int mode)
{
    static const QColor colors[kModes] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xe0, 0x8e, 0x2b),
                                          QColor(0x3d, 0xa3, 0x6b), QColor(0x9a, 0x9a, 0x9a)};
    return colors[std::clamp(mode, 0, kModes - 1)];
}

QString TimelineChart::modeName(int mode)
{
    switch (mode) {
    case 0:
        return tr("in person");
    case 1:
        return tr("phone");
    case 2:
        return tr("video");
    default:
        return tr("other");
    }
}

QDate TimelineChart::align(const QDate& date) const
{
    return parley::bucketStart(date, TimeBucket(int(m_bucket)));
}

QDate TimelineChart::bucketStart(int i) const
{
    return addBuckets(m_origin, TimeBucket(int(m_bucket)), i);
}

QDate TimelineChart::bucketEnd(int i) const
{
    return bucketStart(i + 1).addDays(-1);
}

int TimelineChart::bucketOf(const QDate& date) const
{
    if (!date.isValid() || !m_origin.isValid())
        return -1;
    const QDate a = align(date);
    int i = 0;
    switch (m_bucket) {
    case Bucket::Day:
        i = int(m_origin.daysTo(a));
        break;
    case Bucket::Week:
        i = int(m_origin.daysTo(a) / 7);
        break;
    case Bucket::Month:
        i = (a.year() - m_origin.year()) * 12 + a.month() - m_origin.month();
        break;
    case Bucket::Year:
        i = a.year() - m_origin.year();
        break;
    }
    return i >= 0 && i < bucketCount() ? i : -1;
}

int TimelineChart::meetingsIn(int i) const
{
    if (i < 0 || i >= bucketCount())
        return 0;
    const auto& c = m_counts[std::size_t(i)];
    return c[0] + c[1] + c[2] + c[3];
}

void TimelineChart::setMeetings(std::vector<std::pair<DateSpan, int>> meetings)
{
    m_meetings = std::move(meetings);
    m_first = m_last = -1;
    rebuild();
}

void TimelineChart::setBucket(Bucket bucket)
{
    if (bucket == m_bucket)
        return;
    // Keep the selected dates when the bucket width changes.
    const QDate from = m_first >= 0 ? bucketStart(m_first) : QDate();
    const QDate to = m_last >= 0 ? bucketEnd(m_last) : QDate();
    m_bucket = bucket;
    rebuild();
    if (from.isValid()) {
        m_first = bucketOf(from);
        m_last = bucketOf(to);
    }
    update();
}

void TimelineChart::rebuild()
{
    m_counts.clear();
    m_bands.clear();
    m_lanes = 0;
    m_bandMeetings = 0;
    m_max = 0;
    m_origin = {};
    QDate lo;
    QDate hi;
    for (const auto& [date, mode] : m_meetings)
        date.widen(lo, hi);
    if (!lo.isValid()) {
        update();
        return;
    }
    m_origin = align(lo);
    // Bucket count from the aligned ends; a day view of decades would be unreadable anyway,
    // so it is capped (the user picks weeks or months for long spans).
    int count = 1;
    switch (m_bucket) {
    case Bucket::Day:
        count = int(m_origin.daysTo(hi)) + 1;
        break;
    case Bucket::Week:
        count = int(m_origin.daysTo(hi) / 7) + 1;
        break;
    case Bucket::Month:
        count = (hi.year() - m_origin.year()) * 12 + hi.month() - m_origin.month() + 1;
        break;
    case Bucket::Year:
        count = hi.year() - m_origin.year() + 1;
        break;
    }
    m_counts.assign(std::size_t(std::clamp(count, 1, 20000)), {0, 0, 0, 0});
    std::map<std::pair<int, int>, std::size_t> bandOf;
    for (const auto& [date, mode] : m_meetings) {
        const int first = date.isValid() ? bucketOf(date.first) : -1;
        if (first < 0)
            continue;
        const int last = bucketOf(date.last);
        if (first == last) {
            ++m_counts[std::size_t(first)][std::size_t(std::clamp(mode, 0, kModes - 1))];
            continue;
        }
        // Wider than a bucket: a bar on any one of them would claim a day the text never
        // gave, so the meeting goes on a band across all of them.
        const int end = last < 0 ? bucketCount() - 1 : last;
        const auto [it, fresh] = bandOf.try_emplace({first, end}, m_bands.size());
        if (fresh)
            m_bands.push_back({first, end, 0, 0, date});
        ++m_bands[it->second].count;
        ++m_bandMeetings;
    }
    std::sort(m_bands.begin(), m_bands.end(), [](const Band& a, const Band& b) {
        return std::pair(a.first, a.last) < std::pair(b.first, b.last);
    });
    // Rows as in a Gantt chart: a band takes the first row free at its first bucket.
    std::vector<int> laneEnd;
    for (Band& b : m_bands) {
        auto free =
            std::find_if(laneEnd.begin(), laneEnd.end(), [&](int e) { return e < b.first; });
        if (free == laneEnd.end() && int(laneEnd.size()) < kMaxLanes)
            free = laneEnd.insert(laneEnd.end(), -1);
        else if (free == laneEnd.end())
            free = std::min_element(laneEnd.begin(), laneEnd.end());
        b.lane = int(free - laneEnd.begin());
        *free = std::max(*free, b.last);
    }
    m_lanes = int(laneEnd.size());
    for (int i = 0; i < bucketCount(); ++i)
        m_max = std::max(m_max, meetingsIn(i));
    update();
}

void TimelineChart::setSelection(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    m_first = first < 0 ? -1 : std::clamp(first, 0, bucketCount() - 1);
    m_last = first < 0 ? -1 : std::clamp(last, 0, bucketCount() - 1);
    update();
}

QRectF TimelineChart::plotArea() const
{
    const int strip = m_lanes > 0 ? m_lanes * kLaneHeight + 3 : 0;
    return QRectF(36, 18, std::max(10, width() - 44), std::max(10, height() - 38 - strip));
}

QRectF TimelineChart::bandRect(const Band& band) const
{
    const QRectF a = plotArea();
    const double w = a.width() / std::max(1, bucketCount());
    return QRectF(a.left() + band.first * w, a.bottom() + 3 + band.lane * kLaneHeight,
                  (band.last - band.first + 1) * w, kLaneHeight - 2);
}

int TimelineChart::bucketAt(double x) const
{
    if (bucketCount() == 0)
        return -1;
    const QRectF a = plotArea();
    const int i = int((x - a.left()) / a.width() * bucketCount());
    return std::clamp(i, 0, bucketCount() - 1);
}

int TimelineChart::xOfBucket(int i) const
{
    const QRectF a = plotArea();
    return int(a.left() + (i + 0.5) * a.width() / std::max(1, bucketCount()));
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF a = plotArea();
    const double strip = m_lanes > 0 ? m_lanes * kLaneHeight + 3 : 0;
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(a.bottomLeft(), a.bottomRight());
    if (bucketCount() == 0 || (m_max == 0 && m_bands.empty())) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No dated meetings"));
        return;
    }
    const double w = a.width() / bucketCount();
    if (m_first >= 0) {
        // Down over the bands too, so the analyst sees which spans the range holds whole.
        const QRectF sel(a.left() + m_first * w, a.top() - 4, (m_last - m_first + 1) * w,
                         a.height() + 4 + strip);
        p.fillRect(sel, QColor(0xff, 0xd5, 0x4f, 110));
        p.setPen(QPen(QColor(0xc8, 0x8a, 0x00), 1.5));
        p.drawLine(sel.topLeft(), sel.bottomLeft());
        p.drawLine(sel.topRight(), sel.bottomRight());
    }
    for (int i = 0; i < bucketCount() && m_max > 0; ++i) {
        double y = a.bottom();
        for (int m = 0; m < kModes; ++m) {
            const int c = m_counts[std::size_t(i)][std::size_t(m)];
            if (c == 0)
                continue;
            const double h = a.height() * c / m_max;
            p.fillRect(QRectF(a.left() + i * w + (w > 4 ? 1 : 0), y - h,
                              std::max(1.0, w - (w > 4 ? 2 : 0)), h),
                       modeColor(m));
            y -= h;
        }
    }
    QFont small = font();
    small.setPixelSize(kLaneHeight - 3);
    p.setFont(small);
    for (const Band& b : m_bands) {
        const QRectF r = bandRect(b).adjusted(0.5, 0, -0.5, 0);
        p.fillRect(r, kBandFill);
        p.setPen(kBandEdge);
        p.drawRect(r);
        const QString n = QString::number(b.count);
        if (p.fontMetrics().horizontalAdvance(n) + 4 < r.width())
            p.drawText(r, Qt::AlignCenter, n);
    }
    // Axis: the peak on the left, the first and last bucket below, and the legend on top.
    p.setPen(palette().color(QPalette::Text));
    QFont f = font();
    f.setPixelSize(11);
    p.setFont(f);
    p.drawText(QRectF(0, a.top() - 6, a.left() - 4, 14), Qt::AlignRight, QString::number(m_max));
    p.drawText(QRectF(0, a.bottom() - 12, a.left() - 4, 14), Qt::AlignRight, QStringLiteral("0"));
    const QString fmt = m_bucket == Bucket::Year    ? QStringLiteral("yyyy")
                        : m_bucket == Bucket::Month ? QStringLiteral("MMM yyyy")
                                                    : QStringLiteral("d MMM yyyy");
    const QLocale c = QLocale::c();
    const double labels = a.bottom() + strip + 3;
    p.drawText(QRectF(a.left(), labels, a.width() / 2, 14), Qt::AlignLeft,
               c.toString(bucketStart(0), fmt));
    p.drawText(QRectF(a.center().x(), labels, a.width() / 2, 14), Qt::AlignRight,
               c.toString(bucketStart(bucketCount() - 1), fmt));
    double x = a.left();
    for (int m = 0; m < kModes; ++m) {
        p.fillRect(QRectF(x, 3, 10, 10), modeColor(m));
        p.drawText(QPointF(x + 13, 12), modeName(m));
        x += 20 + p.fontMetrics().horizontalAdvance(modeName(m));
    }
    if (m_bandMeetings > 0) {
        const QRectF swatch(x, 5, 14, 7);
        p.fillRect(swatch, kBandFill);
        p.setPen(kBandEdge);
        p.drawRect(swatch);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 17, 12), bandLegend());
    }
}

QString TimelineChart::bandLegend() const
{
    if (m_bandMeetings == 0)
        return {};
    bool months = false;
    bool years = false;
    for (const Band& b : m_bands) {
        months = months || b.date.precision == DatePrecision::Month;
        years = years || b.date.precision == DatePrecision::Year;
    }
    const QString finer = m_bucket == Bucket::Day    ? tr("a day")
                          : m_bucket == Bucket::Week ? tr("a week")
                                                     : tr("a month");
    if (months && !years)
        return tr("%n dated only to a month (wider than %1: bands below)", nullptr, m_bandMeetings)
            .arg(finer);
    if (years && !months)
        return tr("%n dated only to a year (wider than %1: bands below)", nullptr, m_bandMeetings)
            .arg(finer);
    return tr("%n dated only to a month or a year (bands below)", nullptr, m_bandMeetings);
}

bool TimelineChart::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPointF pos = static_cast<QHelpEvent*>(event)->pos();
    for (const Band& b : m_bands) {
        if (bandRect(b).adjusted(0, -1, 0, 1).contains(pos)) {
            const QString unit = b.date.precision == DatePrecision::Year ? tr("year") : tr("month");
            QToolTip::showText(
                static_cast<QHelpEvent*>(event)->globalPos(),
                tr("%1: %n meeting(s) the text dates only to this %2. A range keeps them only "
                   "when it holds the whole %2.",
                   nullptr, b.count)
                    .arg(b.date.toDisplay(), unit),
                this);
            return true;
        }
    }
    const QRectF a = plotArea();
    if (bucketCount() > 0 && a.contains(pos)) {
        const int i = bucketAt(pos.x());
        const QString fmt = m_bucket == Bucket::Year    ? QStringLiteral("yyyy")
                            : m_bucket == Bucket::Month ? QStringLiteral("MMM yyyy")
                                                        : QStringLiteral("d MMM yyyy");
        QString when = QLocale::c().toString(bucketStart(i), fmt);
        if (m_bucket == Bucket::Week)
            when = tr("week of %1").arg(when);
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                           tr("%1: %n meeting(s)", nullptr, meetingsIn(i)).arg(when), this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void TimelineChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || bucketCount() == 0)
        return;
    m_anchor = bucketAt(event->position().x());
    setSelection(m_anchor, m_anchor);
}

void TimelineChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_anchor < 0)
        return;
    setSelection(m_anchor, bucketAt(event->position().x()));
}

void TimelineChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_anchor < 0 || event->button() != Qt::LeftButton)
        return;
    setSelection(m_anchor, bucketAt(event->position().x()));
    m_anchor = -1;
    Q_EMIT selectionEdited(m_first, m_last);
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent*)
{
    m_anchor = -1;
    setSelection(-1, -1);
    Q_EMIT selectionEdited(-1, -1);
}

} // namespace parley
