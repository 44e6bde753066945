#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;

// The report's trend charts (SPEC 6.2) over the months of a trend, oldest first: requests
// received as bars, the on-time and satisfaction rates as lines. Drawn with QPainter only, so
// that the printed report, the command line's PDF and the report page show the same drawing
// (and the command line needs no widgets).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    enum class Kind { Requests, OnTime, Satisfaction };

    struct Series
    {
        QString name;
        QColor colour;
        QList<std::optional<double>> values; // one per month; none: no value (a gap in a line)
    };

    struct Chart
    {
        QString title;
        QStringList months; // "2026-09", one per category
        QList<Series> series;
        bool bars = false;    // bars side by side per month; otherwise lines with points
        bool percent = false; // values are fractions, drawn on a 0–100 % axis
    };

    // Where a chart drawn into an area puts its parts.
    struct Layout
    {
        QRectF plot;          // the axes' rectangle: months left to right, 0 at the bottom
        QRectF legend;
        double minimum = 0;   // the value at the bottom of the plot: 0 for counts, a rate may start higher
        double maximum = 1;   // the value at the top of the plot (1 for rates)
        double step = 1;      // between two ticks of the value axis
    };

    // The three charts, in the order of ReportOutput::chartNames().
    static QList<Kind> kinds();
    static Chart chart(Kind kind, const QList<QJsonObject> &trend);
    static Layout layout(const Chart &chart, const QRectF &area);
    // The centre of month `index` along the plot's horizontal axis.
    static double monthCentre(const Layout &layout, int months, int index);
    // The bar of a series in a month (bar charts).
    static QRectF barRect(const Chart &chart, const Layout &layout, int series, int month);
    // The vertical position of a value (a fraction for rates).
    static double valueY(const Chart &chart, const Layout &layout, double value);

    static void paint(QPainter &painter, const QRectF &area, const Chart &chart);
    // An image of `size` logical pixels drawn `scale` times as sharp (its device pixel ratio).
    static QImage render(const Chart &chart, const QSize &size, qreal scale = 1);
    // The three charts as images named as ReportOutput::chartNames() expects, sized for the
    // printed page (the report shows them 600 pixels wide).
    static QMap<QString, QImage> images(const QList<QJsonObject> &trend, const QSize &size = QSize(600, 270),
                                        qreal scale = 3);
};
