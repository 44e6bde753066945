#include "models/reports/reportcharts.h"

#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr double kMargin = 8;
constexpr double kSwatch = 12;

QFont chartFont(double pixels, bool bold = false)
{
    QFont font;
    // Families that carry Chinese on Linux and Windows.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

QFont titleFont() { return chartFont(15, true); }
QFont labelFont() { return chartFont(12); }
QFont valueFont() { return chartFont(10); }

const QList<QColor> &palette()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c)};
    return colours;
}

QList<std::optional<double>> values(const QList<QJsonObject> &trend, QLatin1String key, bool countOnly)
{
    QList<std::optional<double>> out;
    for (const QJsonObject &m : trend) {
        const QJsonValue v = ReportKeys::value(m, key);
        if (v.isDouble())
            out << v.toDouble();
        else if (countOnly) // a count missing from an old month counts as none received
            out << 0.0;
        else
            out << std::nullopt;
    }
    return out;
}

double lowest(const ReportCharts::Chart &chart)
{
    double bottom = 1;
    for (const ReportCharts::Series &s : chart.series) {
        for (const auto &v : s.values) {
            if (v)
                bottom = qMin(bottom, *v);
        }
    }
    return bottom;
}

double highest(const ReportCharts::Chart &chart)
{
    double top = 0;
    for (const ReportCharts::Series &s : chart.series) {
        for (const auto &v : s.values) {
            if (v)
                top = qMax(top, *v);
        }
    }
    return top;
}

// A step of 1, 2 or 5 times a power of ten giving about five ticks; whole numbers.
double niceStep(double top)
{
    const double raw = qMax(1.0, top / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10 * magnitude;
}

QString tickLabel(const ReportCharts::Chart &chart, double value)
{
    if (chart.percent)
        return QStringLiteral("%1%").arg(qRound(value * 100));
    return QString::number(qint64(std::llround(value)));
}

QList<double> ticks(const ReportCharts::Layout &layout)
{
    QList<double> out;
    const int n = qRound((layout.maximum - layout.minimum) / layout.step);
    for (int i = 0; i <= n; ++i)
        out << layout.minimum + i * layout.step;
    return out;
}

struct LegendItem
{
    int series = 0;
    QRectF box; // swatch and name
};

// The legend's items flowed into rows centred in `width`, from the top left (0, 0).
QList<LegendItem> legendItems(const ReportCharts::Chart &chart, double width, double *height)
{
    const QFontMetricsF fm(labelFont());
    const double rowHeight = fm.height() + 4;
    const double gap = 18;
    QList<QList<LegendItem>> rows{QList<LegendItem>()};
    QList<double> rowWidths{0};
    for (int s = 0; s < chart.series.size(); ++s) {
        const double w = kSwatch + 6 + fm.horizontalAdvance(chart.series.at(s).name);
        const double needed = rowWidths.last() == 0 ? w : rowWidths.last() + gap + w;
        if (needed > width && rowWidths.last() > 0) {
            rows.append(QList<LegendItem>());
            rowWidths.append(0);
        }
        const double x = rowWidths.last() == 0 ? 0 : rowWidths.last() + gap;
        rows.last().append({int(s), QRectF(x, (rows.size() - 1) * rowHeight, w, rowHeight)});
        rowWidths.last() = x + w;
    }
    QList<LegendItem> out;
    for (int r = 0; r < rows.size(); ++r) {
        const double shift = qMax(0.0, (width - rowWidths.at(r)) / 2);
        for (LegendItem item : rows.at(r)) {
            item.box.translate(shift, 0);
            out << item;
        }
    }
    *height = chart.series.isEmpty() ? 0 : rows.size() * rowHeight;
    return out;
}

// The month labels that fit: "2026-09", else "26-09", else every other one (or fewer).
QStringList monthLabels(const ReportCharts::Chart &chart, double band, int *every)
{
    const QFontMetricsF fm(labelFont());
    auto widest = [&fm](const QStringList &labels) {
        double w = 0;
        for (const QString &l : labels)
            w = qMax(w, fm.horizontalAdvance(l));
        return w;
    };
    QStringList labels = chart.months;
    if (widest(labels) + 6 > band) {
        for (QString &l : labels)
            l = l.mid(2);
    }
    *every = 1;
    const double w = widest(labels) + 6;
    while (band > 0 && w > band * *every && *every < int(labels.size()))
        ++*every;
    return labels;
}

void drawMarker(QPainter &painter, const QPointF &at, const QColor &colour)
{
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(colour);
    painter.drawEllipse(at, 4, 4);
}

} // namespace

QList<ReportCharts::Kind> ReportCharts::kinds()
{
    return {Kind::Requests, Kind::OnTime, Kind::Satisfaction};
}

ReportCharts::Chart ReportCharts::chart(Kind kind, const QList<QJsonObject> &trend)
{
    Chart c;
    for (const QJsonObject &m : trend)
        c.months << ReportKeys::value(m, ReportKeys::Month).toString();
    const QList<QColor> &colours = palette();
    switch (kind) {
    case Kind::Requests:
        c.title = tr("Requests received");
        c.bars = true;
        c.series = {{tr("Repairs"), colours.at(0), values(trend, ReportKeys::RepairsReceived, true)},
                    {tr("Complaints"), colours.at(1), values(trend, ReportKeys::ComplaintsReceivedTotal, true)},
                    {tr("Enquiries"), colours.at(2), values(trend, ReportKeys::EnquiriesReceived, true)}};
        break;
    case Kind::OnTime:
        c.title = tr("On-time rates (%)");
        c.percent = true;
        c.series = {{tr("Repairs: arrival"), colours.at(0), values(trend, ReportKeys::RepairsArrivalOnTimeRate, false)},
                    {tr("Repairs: completion"), colours.at(1),
                     values(trend, ReportKeys::RepairsCompletionOnTimeRate, false)},
                    {tr("Complaints"), colours.at(2), values(trend, ReportKeys::ComplaintsOnTimeRate, false)}};
        break;
    case Kind::Satisfaction:
        c.title = tr("Satisfaction rate (%)");
        c.percent = true;
        c.series = {{tr("Satisfaction"), colours.at(0), values(trend, ReportKeys::SatisfactionRate, false)},
                    {tr("Callback rate, repairs"), colours.at(1), values(trend, ReportKeys::CallbacksRateRepairs, false)}};
        break;
    }
    return c;
}

ReportCharts::Layout ReportCharts::layout(const Chart &chart, const QRectF &area)
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF label(labelFont());
    Layout l;
    // The value axis; its steps made coarser where the plot is too low for every label.
    auto axis = [&chart, &l](double minimumStep) {
        if (chart.percent) {
            // Rates that all stay high get an axis starting at a round ten per cent below the
            // lowest, so that their changes show; otherwise the whole 0–100 %.
            l.maximum = 1;
            const double bottom = lowest(chart);
            l.minimum = bottom >= 0.5 ? std::floor((bottom - 0.02) * 10) / 10 : 0.0;
            const double range = l.maximum - l.minimum;
            if (range > 0.5 + 1e-9)
                l.minimum = 0;
            l.step = 1;
            for (double step : {0.02, 0.05, 0.1, 0.2, 0.5}) {
                if (step * 5 + 1e-9 >= range && step + 1e-9 >= minimumStep) {
                    l.step = step;
                    break;
                }
            }
            l.minimum = std::floor(l.minimum / l.step + 1e-9) * l.step;
        } else {
            const double top = highest(chart);
            l.step = niceStep(qMax(top, minimumStep * 5));
            l.maximum = std::ceil(top / l.step) * l.step;
            // Room above the highest bar for its value.
            if (l.maximum - top < l.maximum * 0.08 || l.maximum == 0)
                l.maximum += l.step;
        }
    };
    auto place = [&]() {
        double labelWidth = 0;
        for (double t : ticks(l))
            labelWidth = qMax(labelWidth, label.horizontalAdvance(tickLabel(chart, t)));
        double legendHeight = 0;
        legendItems(chart, area.width() - 2 * kMargin, &legendHeight);
        const double top = area.top() + kMargin + title.height() + label.height() / 2 + 4;
        const double left = area.left() + kMargin + labelWidth + 6;
        const double right = area.right() - kMargin - label.horizontalAdvance(QStringLiteral("26-09")) / 2;
        const double legendTop = area.bottom() - kMargin - legendHeight;
        const double bottom = legendTop - 6 - label.height() - 4;
        l.plot = QRectF(QPointF(left, top), QPointF(qMax(left + 1, right), qMax(top + 1, bottom)));
        l.legend = QRectF(area.left() + kMargin, legendTop, area.width() - 2 * kMargin, legendHeight);
    };
    axis(0);
    place();
    const double spacing = label.height() * 1.25; // between two tick labels, at least
    const double range = l.maximum - l.minimum;
    if (range > 0 && l.plot.height() * l.step / range < spacing) {
        axis(range * spacing / l.plot.height());
        place();
    }
    return l;
}

double ReportCharts::monthCentre(const Layout &layout, int months, int index)
{
    const double band = layout.plot.width() / qMax(1, months);
    return layout.plot.left() + (index + 0.5) * band;
}

QRectF ReportCharts::barRect(const Chart &chart, const Layout &layout, int series, int month)
{
    const int months = int(chart.months.size());
    const double band = layout.plot.width() / qMax(1, months);
    const double group = band * 0.75;
    const double width = group / qMax(1, int(chart.series.size()));
    const double left = layout.plot.left() + month * band + (band - group) / 2 + series * width;
    const std::optional<double> v = chart.series.at(series).values.value(month);
    const double y = valueY(chart, layout, v.value_or(0));
    return QRectF(QPointF(left, y), QPointF(left + width, layout.plot.bottom()));
}

double ReportCharts::valueY(const Chart &, const Layout &layout, double value)
{
    const double range = layout.maximum - layout.minimum;
    const double fraction = range > 0 ? qBound(0.0, (value - layout.minimum) / range, 1.0) : 0.0;
    return layout.plot.bottom() - fraction * layout.plot.height();
}

void ReportCharts::paint(QPainter &painter, const QRectF &area, const Chart &chart)
{
    const Layout l = layout(chart, area);
    const QRectF &plot = l.plot;
    const int months = int(chart.months.size());
    const double band = plot.width() / qMax(1, months);
    const QColor axisColour(0x60, 0x60, 0x60);
    const QColor gridColour(0xdd, 0xdd, 0xdd);
    const QColor textColour(0x30, 0x30, 0x30);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Title.
    painter.setFont(titleFont());
    painter.setPen(textColour);
    const QFontMetricsF titleMetrics(titleFont());
    painter.drawText(QRectF(area.left() + kMargin, area.top() + kMargin, area.width() - 2 * kMargin, titleMetrics.height()),
                     Qt::AlignHCenter | Qt::AlignVCenter, chart.title);

    // Value axis: grid lines and labels.
    painter.setFont(labelFont());
    const QFontMetricsF label(labelFont());
    for (double t : ticks(l)) {
        const double y = valueY(chart, l, t);
        painter.setPen(QPen(t == l.minimum ? axisColour : gridColour, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColour);
        painter.drawText(QRectF(area.left(), y - label.height() / 2, plot.left() - 6 - area.left(), label.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(chart, t));
    }
    painter.setPen(QPen(axisColour, 1));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Month axis.
    int every = 1;
    const QStringList labels = monthLabels(chart, band, &every);
    for (int i = 0; i < months; ++i) {
        const double x = monthCentre(l, months, i);
        painter.setPen(QPen(axisColour, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        // The newest month always gets its label; the others as many as fit.
        if ((months - 1 - i) % every != 0)
            continue;
        painter.setPen(textColour);
        const double w = band * every;
        painter.drawText(QRectF(x - w / 2, plot.bottom() + 6, w, label.height()), Qt::AlignHCenter | Qt::AlignTop,
                         labels.at(i));
    }

    // The data.
    if (chart.bars) {
        painter.setFont(valueFont());
        const QFontMetricsF valueMetrics(valueFont());
        // The counts over the bars, when every one of them fits over its bar.
        bool labelled = true;
        for (int s = 0; s < chart.series.size() && labelled; ++s) {
            for (int i = 0; i < months && labelled; ++i) {
                const std::optional<double> v = chart.series.at(s).values.value(i);
                labelled = !v || valueMetrics.horizontalAdvance(QString::number(qint64(std::llround(*v))))
                                     <= barRect(chart, l, s, i).width() + 2;
            }
        }
        for (int s = 0; s < chart.series.size(); ++s) {
            const Series &series = chart.series.at(s);
            for (int i = 0; i < months; ++i) {
                const std::optional<double> v = series.values.value(i);
                if (!v || *v <= 0)
                    continue;
                const QRectF bar = barRect(chart, l, s, i).adjusted(0.5, 0, -0.5, 0);
                painter.setPen(Qt::NoPen);
                painter.setBrush(series.colour);
                painter.drawRect(bar);
                if (labelled) {
                    const QString text = QString::number(qint64(std::llround(*v)));
                    const double w = valueMetrics.horizontalAdvance(text);
                    painter.setPen(textColour);
                    painter.drawText(QRectF(bar.center().x() - w, bar.top() - valueMetrics.height() - 1, 2 * w,
                                            valueMetrics.height()),
                                     Qt::AlignHCenter | Qt::AlignBottom, text);
                }
            }
        }
    } else {
        for (const Series &series : chart.series) {
            // A month without a value (a zero denominator) leaves a gap, never a 0.
            QPainterPath path;
            bool drawing = false;
            for (int i = 0; i < months; ++i) {
                const std::optional<double> v = series.values.value(i);
                if (!v) {
                    drawing = false;
                    continue;
                }
                const QPointF p(monthCentre(l, months, i), valueY(chart, l, *v));
                if (drawing)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                drawing = true;
            }
            painter.setPen(QPen(series.colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            for (int i = 0; i < months; ++i) {
                if (const std::optional<double> v = series.values.value(i))
                    drawMarker(painter, QPointF(monthCentre(l, months, i), valueY(chart, l, *v)), series.colour);
            }
        }
    }

    // Legend.
    painter.setFont(labelFont());
    double legendHeight = 0;
    const QList<LegendItem> items = legendItems(chart, l.legend.width(), &legendHeight);
    for (const LegendItem &item : items) {
        const Series &series = chart.series.at(item.series);
        const QRectF box = item.box.translated(l.legend.topLeft());
        const QRectF swatch(box.left(), box.center().y() - kSwatch / 2, kSwatch, kSwatch);
        if (chart.bars) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(series.colour);
            painter.drawRect(swatch);
        } else {
            painter.setPen(QPen(series.colour, 2));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
            drawMarker(painter, swatch.center(), series.colour);
        }
        painter.setPen(textColour);
        painter.drawText(QRectF(swatch.right() + 6, box.top(), box.right() - swatch.right() - 6, box.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, series.name);
    }
    painter.restore();
}

QImage ReportCharts::render(const Chart &chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    painter.end();
    return image;
}

QMap<QString, QImage> ReportCharts::images(const QList<QJsonObject> &trend, const QSize &size, qreal scale)
{
    QMap<QString, QImage> map;
    const QStringList names = ReportOutput::chartNames();
    const QList<Kind> all = kinds();
    for (int i = 0; i < all.size(); ++i)
        map.insert(names.at(i), render(chart(all.at(i), trend), size, scale));
    return map;
}
