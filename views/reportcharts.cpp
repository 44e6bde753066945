#include "views/reportcharts.h"

#include "models/reports/reportoutput.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace {

QJsonValue at(const QJsonObject &root, const QString &dotted)
{
    QJsonValue v = root;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

QStringList monthLabels(const QList<QJsonObject> &trend)
{
    QStringList labels;
    for (const QJsonObject &m : trend)
        labels << m.value(QStringLiteral("month")).toString().mid(2); // "26-09"
    return labels;
}

QFont chartFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
    font.setPointSize(11);
    return font;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chartFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(chartFont());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// A rate series in percent; a month without a rate (null) leaves a gap rather than a 0.
QList<QLineSeries *> rateSeries(const QList<QJsonObject> &trend, const QString &key, const QString &name)
{
    QList<QLineSeries *> parts;
    QLineSeries *current = nullptr;
    for (int i = 0; i < trend.size(); ++i) {
        const QJsonValue v = at(trend.at(i), key);
        if (!v.isDouble()) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name);
            parts << current;
        }
        current->append(i, v.toDouble() * 100.0);
    }
    return parts;
}

QChart *rateChart(const QString &title, const QList<QJsonObject> &trend, const QList<QPair<QString, QString>> &keys)
{
    QChart *chart = newChart(title);
    // Line points sit on the category indices, as the bars of the requests chart do.
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels(trend));
    x->setLabelsFont(chartFont());
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    y->setLabelsFont(chartFont());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c)};
    for (int k = 0; k < keys.size(); ++k) {
        const auto parts = rateSeries(trend, keys.at(k).first, keys.at(k).second);
        for (int p = 0; p < parts.size(); ++p) {
            QLineSeries *series = parts.at(p);
            series->setPointsVisible(true);
            series->setColor(colours.at(k % colours.size()));
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            if (p > 0) // one legend entry per figure
                chart->legend()->markers(series).value(0)->setVisible(false);
        }
    }
    return chart;
}

} // namespace

QChart *ReportCharts::requestsChart(const QList<QJsonObject> &trend)
{
    QChart *chart = newChart(tr("Requests received"));
    auto *repairs = new QBarSet(tr("Repairs"));
    auto *complaints = new QBarSet(tr("Complaints"));
    auto *enquiries = new QBarSet(tr("Enquiries"));
    double highest = 1;
    for (const QJsonObject &m : trend) {
        const double r = at(m, QStringLiteral("repairs.received")).toDouble();
        const double c = at(m, QStringLiteral("complaints.received_total")).toDouble();
        const double e = at(m, QStringLiteral("enquiries.received")).toDouble();
        *repairs << r;
        *complaints << c;
        *enquiries << e;
        highest = qMax(highest, qMax(r, qMax(c, e)));
    }
    auto *series = new QBarSeries;
    series->append(repairs);
    series->append(complaints);
    series->append(enquiries);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels(trend));
    x->setLabelsFont(chartFont());
    auto *y = new QValueAxis;
    y->setRange(0, highest * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsFont(chartFont());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *ReportCharts::onTimeChart(const QList<QJsonObject> &trend)
{
    return rateChart(tr("On-time rates (%)"), trend,
                     {{QStringLiteral("repairs.arrival_on_time_rate"), tr("Repairs: arrival")},
                      {QStringLiteral("repairs.completion_on_time_rate"), tr("Repairs: completion")},
                      {QStringLiteral("complaints.on_time_rate"), tr("Complaints")}});
}

QChart *ReportCharts::satisfactionChart(const QList<QJsonObject> &trend)
{
    return rateChart(tr("Satisfaction rate (%)"), trend,
                     {{QStringLiteral("satisfaction.rate"), tr("Satisfaction")},
                      {QStringLiteral("callbacks.rate.repairs"), tr("Callback rate, repairs")}});
}

QImage ReportCharts::render(QChart *chart, const QSize &size)
{
    // A never-shown QChartView draws a tiny chart: lay the chart out in a scene instead.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    painter.end();
    scene.removeItem(chart);
    return image;
}

QMap<QString, QImage> ReportCharts::images(const QList<QJsonObject> &trend, const QSize &size)
{
    QMap<QString, QImage> map;
    const QStringList names = ReportOutput::chartNames();
    const QList<QChart *> charts{requestsChart(trend), onTimeChart(trend), satisfactionChart(trend)};
    for (int i = 0; i < charts.size(); ++i) {
        map.insert(names.at(i), render(charts.at(i), size));
        delete charts.at(i);
    }
    return map;
}
