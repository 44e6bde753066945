#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>

class QChart;

// The report's trend charts (SPEC 6.2) drawn with Qt Charts, for the dashboard and as
// images for the printed report. Needs a QApplication (the CLI uses the offscreen platform).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // Charts over the months of a trend (oldest first); the caller owns them.
    static QChart *requestsChart(const QList<QJsonObject> &trend);
    static QChart *onTimeChart(const QList<QJsonObject> &trend);
    static QChart *satisfactionChart(const QList<QJsonObject> &trend);
    // The three charts as images named as ReportOutput::chartNames() expects.
    static QMap<QString, QImage> images(const QList<QJsonObject> &trend, const QSize &size = QSize(1000, 400));
    static QImage render(QChart *chart, const QSize &size);
};
