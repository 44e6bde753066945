#pragma once

#include "models/reports/reportcharts.h"

#include <QWidget>

// One of the report's trend charts on screen: the drawing of the printed report, laid out
// afresh for the widget's size.
class ReportChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartView(QWidget *parent = nullptr);

    void setChart(const ReportCharts::Chart &chart);
    const ReportCharts::Chart &chart() const { return m_chart; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReportCharts::Chart m_chart;
};
