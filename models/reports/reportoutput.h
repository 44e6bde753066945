#pragma once

#include "models/domain/result.h"
#include "models/io/spreadsheet.h"
#include "models/reports/reportdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

// One table of the printed report, as printed (rows) and as exported to XLSX (cells: numbers,
// per cents, yuan and times typed, so that a spreadsheet can sum and chart them).
struct ReportTable
{
    ReportTable() = default;
    ReportTable(const QString &t, const QStringList &h, const QList<QStringList> &r = {}) : title(t), header(h)
    {
        for (const QStringList &row : r)
            addText(row);
    }

    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<QList<SheetCell>> cells;  // row by row, as rows (add() and addText() fill both)
    QList<int> printWidths;         // per cent of the page width per column; empty: as the content asks

    void add(const QList<SheetCell> &row)
    {
        QStringList text;
        for (const SheetCell &c : row)
            text << c.display();
        rows << text;
        cells << row;
    }
    void addText(const QStringList &row)
    {
        QList<SheetCell> typed;
        for (const QString &text : row)
            typed << SheetCell::of(text);
        rows << row;
        cells << typed;
    }
    Sheet sheet() const;
};

// One row of the KPI table: figure, value, target, and whether the target is met.
struct KpiLine
{
    QString key;    // dotted JSON path
    QString name;   // translated
    QJsonValue value;
    bool isRate = false;
    std::optional<double> target; // a fraction; none: no target
    std::optional<bool> met;      // none: no target, or no value (zero denominator)
};

// Renders a ReportDocument: HTML for QTextDocument (chart images are resources named
// "chart:requests", "chart:ontime", "chart:satisfaction" supplied by the caller, drawn by
// ReportCharts::images()), A4 PDF with embedded fonts, and XLSX of the tables.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    static QStringList chartNames();
    static QList<KpiLine> kpis(const QJsonObject &figures);
    static QString formatValue(const QJsonValue &value, bool isRate); // "—" for null
    static QString kpiName(const QString &key);
    static QList<ReportTable> monthlyTables(const ReportDocument &doc);
    static ReportTable yearlyTable(const QJsonObject &year);
    // The inspection findings (SPEC 6.2): the figures, then the month's non-conformities.
    static QList<ReportTable> inspectionTables(const QJsonObject &figures);
    // The inspection figures of the yearly table, as dotted keys.
    static QStringList inspectionKeys();
    static int maxFindingsPrinted() { return 40; }
    // The fees figures (SPEC 13) of the monthly table and the yearly view, and one as printed
    // (yuan with two decimals, a rate in per cent, a count).
    static QStringList feeKeys();
    static QString feeValue(const QJsonValue &value, const QString &key);
    static SheetCell feeCell(const QJsonValue &value, const QString &key);

    static QString monthlyHtml(const ReportDocument &doc, bool withCharts);
    static QString yearlyHtml(const QJsonObject &year);
    // A document ready to print: HTML, fonts that carry Chinese, the chart images.
    static void prepare(QTextDocument &document, const QString &html, const QMap<QString, QImage> &charts = {});
    static Status print(QTextDocument &document, QPagedPaintDevice &device);

    static Status writeMonthlyPdf(const ReportDocument &doc, const QString &path,
                                  const QMap<QString, QImage> &charts);
    static Status writeYearlyPdf(const QJsonObject &year, const QString &path);
    static Status writeMonthlyXlsx(const ReportDocument &doc, const QString &path);
    static Status writeYearlyXlsx(const QJsonObject &year, const QString &path);
    static Status writeXlsx(const QList<ReportTable> &tables, const QString &path);
    // The trend sheet of the monthly XLSX: one row per month of the trend, typed.
    static Sheet trendSheet(const ReportDocument &doc);
    static QString overdueTitle();
};
