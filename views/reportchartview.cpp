#include "views/reportchartview.h"

#include <QPainter>

ReportChartView::ReportChartView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ReportChartView::setChart(const ReportCharts::Chart &chart)
{
    m_chart = chart;
    update();
}

QSize ReportChartView::sizeHint() const
{
    return QSize(600, 270);
}

QSize ReportChartView::minimumSizeHint() const
{
    // Below this the twelve months' labels and the legend no longer fit.
    return QSize(320, 220);
}

void ReportChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    ReportCharts::paint(painter, QRectF(rect()), m_chart);
}
