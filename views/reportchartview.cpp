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
    return QSize(400, 240);
}

QSize ReportChartView::minimumSizeHint() const
{
    // Below this the plot between the title, the month labels and the legend gets too flat.
    return QSize(280, 170);
}

void ReportChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    ReportCharts::paint(painter, QRectF(rect()), m_chart);
}
