// The report's trend charts drawn with QPainter (SPEC 6.2): bars and points where the figures
// put them, gaps for months without a rate, nothing cut off at the edges, and the report page
// showing the same drawing as the printed report.
#include "models/reports/reportcharts.h"
#include "models/reports/reportoutput.h"
#include "reporttestsupport.h"
#include "views/reportchartview.h"
#include "views/reportpage.h"

#include <QApplication>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

// One month of figures with the keys the charts read (as in MonthlyFigures::toJson()).
QJsonObject month(const QString &key, int repairs, int complaints, int enquiries, const QJsonValue &satisfaction,
                  const QJsonValue &callbacks)
{
    return QJsonObject{{QStringLiteral("month"), key},
                       {QStringLiteral("repairs"), QJsonObject{{QStringLiteral("received"), repairs},
                                                               {QStringLiteral("arrival_on_time_rate"), 1.0},
                                                               {QStringLiteral("completion_on_time_rate"), 0.75}}},
                       {QStringLiteral("complaints"), QJsonObject{{QStringLiteral("received_total"), complaints},
                                                                  {QStringLiteral("on_time_rate"), QJsonValue()}}},
                       {QStringLiteral("enquiries"), QJsonObject{{QStringLiteral("received"), enquiries}}},
                       {QStringLiteral("satisfaction"), QJsonObject{{QStringLiteral("rate"), satisfaction}}},
                       {QStringLiteral("callbacks"),
                        QJsonObject{{QStringLiteral("rate"), QJsonObject{{QStringLiteral("repairs"), callbacks}}}}}};
}

QList<QJsonObject> trend()
{
    return {month(QStringLiteral("2026-06"), 12, 3, 0, 0.5, 0.25),
            month(QStringLiteral("2026-07"), 0, 6, 2, QJsonValue(), QJsonValue()),
            month(QStringLiteral("2026-08"), 20, 0, 9, 1.0, 0.5),
            month(QStringLiteral("2026-09"), 7, 1, 4, 0.8, 1.0)};
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 10)
{
    return qAbs(qRed(pixel) - colour.red()) <= tolerance && qAbs(qGreen(pixel) - colour.green()) <= tolerance
           && qAbs(qBlue(pixel) - colour.blue()) <= tolerance;
}

QRgb pixel(const QImage &image, double x, double y)
{
    return image.pixel(int(std::floor(x)), int(std::floor(y)));
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private slots:
    void barsStandWhereTheCountsSay()
    {
        const ReportCharts::Chart chart = ReportCharts::chart(ReportCharts::Kind::Requests, trend());
        QCOMPARE(chart.months, QStringList({QStringLiteral("2026-06"), QStringLiteral("2026-07"), QStringLiteral("2026-08"),
                                            QStringLiteral("2026-09")}));
        QCOMPARE(chart.series.size(), 3);
        const QSize size(600, 270);
        const QImage image = ReportCharts::render(chart, size);
        QCOMPARE(image.size(), size);
        const ReportCharts::Layout layout = ReportCharts::layout(chart, QRectF(QPointF(0, 0), QSizeF(size)));
        QVERIFY(layout.plot.width() > 300);
        QVERIFY(layout.plot.height() > 120);
        // The axis ends on a whole step above the highest count (20).
        QVERIFY(layout.maximum >= 20);
        QCOMPARE(std::fmod(layout.maximum, layout.step), 0.0);

        const QList<QList<int>> counts{{12, 0, 20, 7}, {3, 6, 0, 1}, {0, 2, 9, 4}};
        for (int s = 0; s < 3; ++s) {
            const QColor colour = chart.series.at(s).colour;
            for (int m = 0; m < 4; ++m) {
                const QRectF bar = ReportCharts::barRect(chart, layout, s, m);
                const double x = bar.center().x();
                const QString where = QStringLiteral("series %1, month %2").arg(s).arg(m);
                if (counts.at(s).at(m) == 0) {
                    QVERIFY2(!near(pixel(image, x, layout.plot.bottom() - 3), colour), qPrintable(where));
                    continue;
                }
                // Measure the bar: from just above the axis up to where its colour ends.
                int y = int(layout.plot.bottom()) - 2;
                QVERIFY2(near(image.pixel(int(x), y), colour), qPrintable(where));
                while (y > 0 && near(image.pixel(int(x), y - 1), colour))
                    --y;
                const double expected = counts.at(s).at(m) / layout.maximum * layout.plot.height();
                const double measured = layout.plot.bottom() - y;
                QVERIFY2(qAbs(measured - expected) <= 2.5,
                         qPrintable(QStringLiteral("%1: %2 px high, expected %3").arg(where).arg(measured).arg(expected)));
            }
        }

        // Along a row just above the axis, each series shows one bar per month it received any.
        const int row = int(layout.plot.bottom()) - 2;
        for (int s = 0; s < 3; ++s) {
            int bars = 0;
            bool inside = false;
            for (int x = int(layout.plot.left()) + 1; x < int(layout.plot.right()); ++x) {
                const bool hit = near(image.pixel(x, row), chart.series.at(s).colour);
                if (hit && !inside)
                    ++bars;
                inside = hit;
            }
            const int expected = int(std::count_if(counts.at(s).cbegin(), counts.at(s).cend(), [](int n) { return n > 0; }));
            QCOMPARE(bars, expected);
        }
    }

    void ratesArePointsWithGaps()
    {
        const ReportCharts::Chart chart = ReportCharts::chart(ReportCharts::Kind::Satisfaction, trend());
        QVERIFY(chart.percent);
        QCOMPARE(chart.series.size(), 2);
        QVERIFY(!chart.series.at(0).values.at(1).has_value()); // no answers in July: no rate, not 0
        const QSize size(600, 270);
        const QImage image = ReportCharts::render(chart, size);
        const ReportCharts::Layout layout = ReportCharts::layout(chart, QRectF(QPointF(0, 0), QSizeF(size)));
        QCOMPARE(layout.maximum, 1.0);
        const QList<QList<std::optional<double>>> rates{{0.5, std::nullopt, 1.0, 0.8}, {0.25, std::nullopt, 0.5, 1.0}};
        for (int s = 0; s < 2; ++s) {
            const QColor colour = chart.series.at(s).colour;
            for (int m = 0; m < 4; ++m) {
                const double x = ReportCharts::monthCentre(layout, 4, m);
                if (!rates.at(s).at(m)) {
                    // A gap: nothing of the series' colour anywhere in the month's column.
                    for (int y = int(layout.plot.top()) - 5; y < int(layout.plot.bottom()); ++y)
                        QVERIFY2(!near(pixel(image, x, y), colour), qPrintable(QStringLiteral("gap at y %1").arg(y)));
                    continue;
                }
                const double y = ReportCharts::valueY(chart, layout, *rates.at(s).at(m));
                QCOMPARE(y, layout.plot.bottom() - *rates.at(s).at(m) * layout.plot.height());
                QVERIFY2(near(pixel(image, x, y), colour, 40),
                         qPrintable(QStringLiteral("series %1, month %2 at (%3, %4)").arg(s).arg(m).arg(x).arg(y)));
            }
        }
    }

    void highRatesGetAnAxisThatShowsTheirChanges()
    {
        QList<QJsonObject> months{month(QStringLiteral("2026-08"), 1, 0, 0, 0.83, 0.95),
                                  month(QStringLiteral("2026-09"), 1, 0, 0, 0.97, 1.0)};
        ReportCharts::Chart chart = ReportCharts::chart(ReportCharts::Kind::Satisfaction, months);
        const QRectF area(0, 0, 600, 270);
        ReportCharts::Layout layout = ReportCharts::layout(chart, area);
        // 83 % is the lowest: the axis runs from 80 % to 100 % in steps of 5 %.
        QCOMPARE(layout.minimum, 0.8);
        QCOMPARE(layout.maximum, 1.0);
        QCOMPARE(layout.step, 0.05);
        QCOMPARE(ReportCharts::valueY(chart, layout, 0.8), layout.plot.bottom());
        QCOMPARE(ReportCharts::valueY(chart, layout, 0.9), layout.plot.center().y());
        const QImage image = ReportCharts::render(chart, area.size().toSize());
        const double x = ReportCharts::monthCentre(layout, 2, 0);
        QVERIFY(near(pixel(image, x, ReportCharts::valueY(chart, layout, 0.83)), chart.series.at(0).colour, 40));

        // One low rate and the axis starts at 0 again.
        months << month(QStringLiteral("2026-10"), 1, 0, 0, 0.3, 1.0);
        chart = ReportCharts::chart(ReportCharts::Kind::Satisfaction, months);
        layout = ReportCharts::layout(chart, area);
        QCOMPARE(layout.minimum, 0.0);
        QCOMPARE(layout.step, 0.2);
        // Counts always start at 0.
        layout = ReportCharts::layout(ReportCharts::chart(ReportCharts::Kind::Requests, months), area);
        QCOMPARE(layout.minimum, 0.0);
    }

    void nothingIsCutOffAtTheEdges_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("months");
        for (int kind = 0; kind < 3; ++kind) {
            for (const QSize &size : {QSize(600, 270), QSize(320, 220), QSize(280, 170), QSize(1000, 400)}) {
                QTest::addRow("chart %d, %dx%d", kind, size.width(), size.height()) << kind << size << 12;
                QTest::addRow("chart %d, %dx%d, one month", kind, size.width(), size.height()) << kind << size << 1;
            }
        }
    }

    void nothingIsCutOffAtTheEdges()
    {
        QFETCH(int, kind);
        QFETCH(QSize, size);
        QFETCH(int, months);
        QList<QJsonObject> year;
        for (int m = 0; m < months; ++m)
            year << month(QStringLiteral("2025-%1").arg(m + 1, 2, 10, QLatin1Char('0')), 100 + m * 17, 1000, m, 1.0, 0.0);
        const ReportCharts::Chart chart = ReportCharts::chart(ReportCharts::kinds().at(kind), year);
        const QImage image = ReportCharts::render(chart, size);
        const ReportCharts::Layout layout = ReportCharts::layout(chart, QRectF(QPointF(0, 0), QSizeF(size)));
        // The legend and the axis labels lie inside the image, below and left of the plot.
        QVERIFY(layout.legend.bottom() <= size.height());
        QVERIFY(layout.legend.top() > layout.plot.bottom());
        QVERIFY(layout.plot.left() > 20);
        // The value axis' labels (12 pixels high) do not run into each other, however low the plot.
        const double range = layout.maximum - layout.minimum;
        QVERIFY(range > 0);
        QVERIFY2(layout.plot.height() * layout.step / range >= 14,
                 qPrintable(QStringLiteral("%1 px between ticks").arg(layout.plot.height() * layout.step / range)));
        // The outermost pixels stay white: no label, legend or line reaches the edge.
        for (int x = 0; x < size.width(); ++x) {
            for (int y : {0, 1, size.height() - 2, size.height() - 1})
                QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255), qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
        }
        for (int y = 0; y < size.height(); ++y) {
            for (int x : {0, 1, size.width() - 2, size.width() - 1})
                QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255), qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
        }
        // Each series has its swatch in the legend.
        for (const ReportCharts::Series &series : chart.series) {
            bool found = false;
            for (int y = int(layout.legend.top()); y < int(layout.legend.bottom()) && !found; ++y) {
                for (int x = 0; x < size.width() && !found; ++x)
                    found = near(image.pixel(x, y), series.colour);
            }
            QVERIFY2(found, qPrintable(series.name));
        }
    }

    void printedImagesAreSharp()
    {
        const QMap<QString, QImage> images = ReportCharts::images(trend());
        QCOMPARE(images.keys(), [] {
            QStringList names = ReportOutput::chartNames();
            names.sort();
            return names;
        }());
        for (const QImage &image : images) {
            QCOMPARE(image.devicePixelRatio(), 3.0);
            QCOMPARE(image.size(), QSize(1800, 810));
        }
    }

    void theReportPageChartsTheLastTwelveMonths()
    {
        ReportFixture fx;
        fx.buildSeptember();
        ReportPage page(*fx.db, fx.manager, ReportFixture::zone()); // opens on October 2026
        page.resize(1000, 700);
        page.show();
        auto *requests = page.findChild<ReportChartView *>(QStringLiteral("requestsChart"));
        auto *rates = page.findChild<ReportChartView *>(QStringLiteral("satisfactionChart"));
        QVERIFY(requests && rates);
        QVERIFY(requests->isVisible() && rates->isVisible());
        QVERIFY(requests->height() >= requests->minimumSizeHint().height());
        QCOMPARE(requests->chart().months.size(), 12);
        QCOMPARE(requests->chart().months.first(), QStringLiteral("2025-11"));
        QCOMPARE(requests->chart().months.at(10), QStringLiteral("2026-09"));
        QCOMPARE(requests->chart().months.last(), QStringLiteral("2026-10"));
        QVERIFY(requests->chart().bars);
        QCOMPARE(requests->chart().series.at(0).values.at(10), std::optional<double>(5)); // September's repairs
        QVERIFY(rates->chart().percent);
    }

    void theReportPageShowsThePrintedDrawing()
    {
        const ReportCharts::Chart chart = ReportCharts::chart(ReportCharts::Kind::Requests, trend());
        ReportChartView view;
        view.setChart(chart);
        view.resize(600, 270);
        const QImage shown = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage printed = ReportCharts::render(chart, QSize(600, 270));
        QCOMPARE(shown.size(), printed.size());
        qint64 different = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                different += !near(shown.pixel(x, y), QColor(printed.pixel(x, y)), 24);
        }
        QVERIFY2(different < shown.width() * shown.height() / 100, qPrintable(QString::number(different)));
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
