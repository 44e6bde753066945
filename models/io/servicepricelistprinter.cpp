#include "models/io/servicepricelistprinter.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/io/checklistprinter.h"

namespace {

const auto esc = Html::escape;

const char *kStyle = "<style>"
                     "body { font-size: 11pt; }"
                     "h1 { font-size: 18pt; text-align: center; margin: 0; }"
                     "p.sub { text-align: center; margin: 2px 0 10px 0; }"
                     "table.grid { border-collapse: collapse; }"
                     "table.grid th { background: #e8e8e8; font-weight: bold; }"
                     "table.grid td, table.grid th { border: 1px solid #000; padding: 4px; }"
                     "</style>";

} // namespace

QString ServicePriceListPrinter::html(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(kStyle)
                   + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Convenience services and prices %1").arg(list.year)));
    html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(estateName));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                           "<th width=\"8%\">%1</th><th width=\"34%\">%2</th><th width=\"12%\">%3</th>"
                           "<th width=\"18%\">%4</th><th width=\"14%\">%5</th><th width=\"14%\">%6</th>"
                           "</tr></thead><tbody>")
                .arg(esc(tr("No.")), esc(tr("Service")), esc(tr("Paid or free")), esc(tr("Price")), esc(tr("Deposit")),
                     esc(tr("Term")));
    int number = 0;
    for (const ServiceItem &item : list.items) {
        const QString price = item.paid ? tr("%1 %2").arg(Money::formatYuan(item.priceFen), item.unit) : tr("free");
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"center\">%6</td></tr>")
                    .arg(++number)
                    .arg(esc(item.name), esc(ServiceRules::paidName(item.paid)), esc(price),
                         esc(item.depositFen > 0 ? Money::formatYuan(item.depositFen) : QStringLiteral("—")),
                         esc(ServiceRules::termName(item.longTerm)));
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Ask at the management office for a service order form; a long-term service is billed "
                            "monthly with the other fees until you ask to stop it.")));
    const QString approved = list.approvedAt.isValid()
                                 ? tr("Approved by %1 on %2")
                                       .arg(list.approvedBy, list.approvedAt.toTimeZone(zone).toString(Formats::date()))
                                 : tr("Not approved yet");
    const QString published = list.publishedAt.isValid()
                                  ? tr("Published on %1").arg(list.publishedAt.toTimeZone(zone).toString(Formats::date()))
                                  : tr("Not published yet");
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\"><tr><td width=\"28%\">%1</td>"
                           "<td width=\"44%\" align=\"center\">%2</td><td width=\"28%\" align=\"right\">%3</td>"
                           "</tr></table>")
                .arg(esc(tr("Drafted by %1").arg(list.draftedBy)), esc(approved), esc(published));
    html += QStringLiteral("</body></html>");
    return html;
}

Status ServicePriceListPrinter::writePdf(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone,
                                         const QString &path)
{
    return ChecklistPrinter::writePdf(html(list, estateName, zone), path,
                                      tr("Convenience services and prices %1").arg(list.year));
}

void ServicePriceListPrinter::print(const ServicePriceList &list, const QString &estateName, const QTimeZone &zone,
                                    QPagedPaintDevice &device)
{
    ChecklistPrinter::print(html(list, estateName, zone), device);
}
