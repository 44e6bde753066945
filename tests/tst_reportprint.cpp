// The printed monthly report: the overdue table named for what it holds and headed as the
// service desk heads it (截止时间 / 首接责任人, not the inspection's 整改期限 / 整改责任人), and the
// findings table sized to its content: the item column gets the room, so forty findings take
// fewer pages than with the columns sharing the page evenly.
#include "reporttestsupport.h"

#include "models/reports/reportdocument.h"
#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"

#include <QJsonArray>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <numeric>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextTable>
#include <QTest>

namespace {

QJsonObject findingsFigures(int count)
{
    QJsonArray findings;
    for (int i = 0; i < count; ++i) {
        findings.append(QJsonObject{
            {QStringLiteral("id"), i + 1},
            {QStringLiteral("found_at"), QStringLiteral("2026-09-%1T09:30:00+08:00").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("level"), QStringLiteral("supervisor")},
            {QStringLiteral("item"), QStringLiteral("消防通道畅通，无杂物堆放，疏散指示标志完好有效，应急照明正常（第%1项）").arg(i + 1)},
            {QStringLiteral("area"), QStringLiteral("3栋地下车库")},
            {QStringLiteral("responsible"), QStringLiteral("王工")},
            {QStringLiteral("deadline"), QStringLiteral("2026-10-05T18:00:00+08:00")},
            {QStringLiteral("state"), QStringLiteral("rectifying")},
            {QStringLiteral("repeat"), false}});
    }
    return QJsonObject{{QStringLiteral("inspections"), QJsonObject{{QStringLiteral("findings"), findings}}}};
}

// The pages of the PDF that ReportOutput prints the HTML to.
int printedPages(const QString &html, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QTextDocument document;
        ReportOutput::prepare(document, html);
        ReportOutput::print(document, writer);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

QString tableHtml(const ReportTable &t, bool widths)
{
    ReportTable copy = t;
    if (!widths)
        copy.printWidths.clear();
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < copy.header.size(); ++c)
        html += (c < copy.printWidths.size() ? QStringLiteral("<th width=\"%1%\">").arg(copy.printWidths.at(c))
                                             : QStringLiteral("<th>"))
                + copy.header.at(c).toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QStringList &row : copy.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

class TestReportPrint : public QObject
{
    Q_OBJECT

private slots:
    void overdueTableIsHeadedLikeTheServiceDesk()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto doc = ReportDocumentBuilder(*fx.db).build(fx.manager, 2026, 9);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QList<ReportTable> tables = ReportOutput::monthlyTables(doc.value());
        const ReportTable *overdue = nullptr;
        for (const ReportTable &t : tables) {
            if (t.title == ReportOutput::overdueTitle())
                overdue = &t;
        }
        QVERIFY(overdue);
        QCOMPARE(overdue->header, (QStringList{ReportOutput::tr("Kind"), ReportOutput::tr("Number"),
                                               ReportOutput::tr("Reporter"), ReportOutput::tr("Deadline missed"),
                                               ReportOutput::tr("Due by"), ReportOutput::tr("Done"),
                                               ReportOutput::tr("First responder"), ReportOutput::tr("Assignee")}));
        // Not the words of the findings table, whose translations are 整改期限 / 整改责任人.
        QVERIFY(!overdue->header.contains(ReportOutput::tr("Deadline")));
        QVERIFY(!overdue->header.contains(ReportOutput::tr("Responsible")));
        // It holds requests done late as well as those still open: its title says both.
        bool doneLate = false;
        bool stillOpen = false;
        for (const QStringList &row : overdue->rows) {
            doneLate = doneLate || row.at(5) != ReportOutput::tr("not yet");
            stillOpen = stillOpen || row.at(5) == ReportOutput::tr("not yet");
        }
        QVERIFY(doneLate && stillOpen);
        QVERIFY(ReportOutput::overdueTitle().contains(QStringLiteral("completed late")));
        QVERIFY(ReportOutput::overdueTitle().contains(QStringLiteral("still open")));
        const QString html = ReportOutput::monthlyHtml(doc.value(), false);
        QVERIFY(html.contains(QStringLiteral("<h3>%1</h3>").arg(ReportOutput::overdueTitle().toHtmlEscaped())));
        QVERIFY(html.contains(ReportOutput::tr("First responder")));
    }

    void findingsTableIsSizedToItsContent()
    {
        const QList<ReportTable> tables = ReportOutput::inspectionTables(findingsFigures(40));
        QCOMPARE(tables.size(), 2);
        const ReportTable &findings = tables.at(1);
        QCOMPARE(findings.rows.size(), 40);
        const int item = int(findings.header.indexOf(ReportOutput::tr("Item")));
        QCOMPARE(findings.printWidths.size(), findings.header.size());
        QCOMPARE(*std::max_element(findings.printWidths.cbegin(), findings.printWidths.cend()),
                 findings.printWidths.at(item));
        QCOMPARE(std::accumulate(findings.printWidths.cbegin(), findings.printWidths.cend(), 0), 100);

        // The widths reach the printed document's table.
        QTextDocument document;
        ReportDocument doc;
        doc.figures = findingsFigures(40);
        ReportOutput::prepare(document, ReportOutput::monthlyHtml(doc, false));
        bool found = false;
        for (QTextBlock b = document.begin(); b.isValid() && !found; b = b.next()) {
            if (auto *table = qobject_cast<QTextTable *>(QTextCursor(b).currentTable())) {
                const auto widths = table->format().columnWidthConstraints();
                if (table->columns() == 7 && widths.size() == 7) {
                    QCOMPARE(widths.at(item).type(), QTextLength::PercentageLength);
                    QCOMPARE(widths.at(item).rawValue(), double(findings.printWidths.at(item)));
                    found = true;
                }
            }
        }
        QVERIFY(found);

        // And on paper: fewer pages than the same table with even columns.
        QTemporaryDir dir;
        const int sized = printedPages(tableHtml(findings, true), dir.filePath(QStringLiteral("sized.pdf")));
        const int even = printedPages(tableHtml(findings, false), dir.filePath(QStringLiteral("even.pdf")));
        QVERIFY2(sized > 0 && sized < even, qPrintable(QStringLiteral("%1 pages sized, %2 even").arg(sized).arg(even)));
    }
};

QTEST_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
