#include "models/io/gatereceipt.h"

#include "models/domain/formats.h"

QString GateReceipt::html(const VehicleDecision &d, const QString &estateName, const QTimeZone &zone,
                          const QString &guard, const ParkingTariff &tariff)
{
    const QString format = Formats::dateTime();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString body;
    body += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(estateName.toHtmlEscaped());
    body += QStringLiteral("<h4 align=\"center\">%1</h4>").arg(tr("Temporary parking receipt").toHtmlEscaped());
    body += QStringLiteral("<table cellspacing=\"4\">");
    body += row(tr("Plate"), d.plate);
    body += row(tr("In"), d.enteredAt.isValid() ? d.enteredAt.toTimeZone(zone).toString(format) : tr("not on record"));
    body += row(tr("Out"), d.at.toTimeZone(zone).toString(format));
    body += row(tr("Stay"), d.stayMs >= 0 ? GateRules::displayStay(d.stayMs) : tr("unknown"));
    body += row(tr("Fee"), tr("¥%1").arg(GateRules::formatYuan(d.feeFen)));
    if (d.stayMs >= 0)
        body += row(tr("Charged"), GateRules::feeBreakdown(tariff, d.stayMs));
    body += row(tr("Guard"), guard);
    body += row(tr("Receipt no."), d.eventId.left(8).toUpper());
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p><small>%1</small></p>").arg(tr("Tariff: %1").arg(GateRules::tariffRule(tariff)).toHtmlEscaped());
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}
