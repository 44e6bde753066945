#include "models/io/feereceiptprinter.h"

#include "models/domain/fees.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/io/exportfile.h"
#include "models/reports/reportoutput.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
QString esc(const QString &text)
{
    return Html::escape(text);
}

QPageLayout receiptPage()
{
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

void render(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    // The report's fonts: families that carry Chinese on Linux and Windows.
    ReportOutput::prepare(document, html);
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setPageSize(device.pageLayout().paintRect(QPageLayout::Point).size());
    document.print(&device);
}
} // namespace

QString FeeReceiptPrinter::html(const FeePayment &p, const FeeReceiptContext &c)
{
    auto cell = [](const QString &label, const QString &value) {
        return QStringLiteral("<td width=\"16%\" style=\"color:#444\">%1</td><td width=\"34%\"><b>%2</b></td>")
            .arg(esc(label), esc(value));
    };
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h2 align=\"center\" style=\"margin:0\">%1</h2>").arg(esc(c.estateName));
    out += QStringLiteral("<h3 align=\"center\" style=\"margin:2px\">%1</h3>").arg(esc(tr("Receipt")));
    out += QStringLiteral("<p align=\"right\">%1 <b>%2</b></p>").arg(esc(tr("No.")), esc(p.receiptNo));
    if (p.reversed)
        out += QStringLiteral("<p align=\"center\" style=\"color:#b3261e\"><b>%1</b></p>")
                   .arg(esc(tr("REVERSED by %1 on %2: %3")
                                .arg(p.reversedBy, p.reversedAt.toTimeZone(c.zone).toString(Formats::dateTime()),
                                     p.reversalReason)));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    out += QStringLiteral("<tr>") + cell(tr("House"), p.houseNumber) + cell(tr("Payer"), p.payerName)
           + QStringLiteral("</tr>");
    out += QStringLiteral("<tr>") + cell(tr("Received at"), p.receivedAt.toTimeZone(c.zone).toString(Formats::dateTime()))
           + cell(tr("Method"), FeeRules::methodName(p.method)) + QStringLiteral("</tr>");
    out += QStringLiteral("</table>");

    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; margin-top:4px\">");
    out += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th></tr>")
               .arg(esc(tr("Item")), esc(tr("Period")), esc(tr("Amount (yuan)")));
    for (const FeeAllocation &a : p.allocations) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                   .arg(esc(a.itemName), esc(a.period), esc(Money::formatYuan(a.fen)));
    }
    if (p.prepaidFen > 0) {
        out += QStringLiteral("<tr><td>%1</td><td></td><td align=\"right\">%2</td></tr>")
                   .arg(esc(tr("Prepaid")), esc(Money::formatYuan(p.prepaidFen)));
    }
    out += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
               .arg(esc(tr("Total")), esc(tr("¥%1").arg(Money::formatYuan(p.amountFen))));
    out += QStringLiteral("<tr><td colspan=\"3\">%1 <b>%2</b></td></tr>")
               .arg(esc(tr("Amount in words:")), esc(Money::chineseCapitals(p.amountFen)));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:4px\">");
    out += QStringLiteral("<tr>") + cell(tr("Prepaid balance"), tr("¥%1").arg(Money::formatYuan(c.housePrepaidFen)))
           + cell(tr("Clerk"), p.recordedBy) + QStringLiteral("</tr>");
    if (!p.note.isEmpty())
        out += QStringLiteral("<tr>") + cell(tr("Note"), p.note) + QStringLiteral("<td></td><td></td></tr>");
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>%1 ____________</p>").arg(esc(tr("Payer's signature:")));
    out += QStringLiteral("</body></html>");
    return out;
}

void FeeReceiptPrinter::print(const QString &html, QPagedPaintDevice &device)
{
    device.setPageLayout(receiptPage());
    render(html, device);
}

Status FeeReceiptPrinter::writePdf(const QString &html, const QString &path, const QString &receiptNo)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.")};
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Receipt %1").arg(receiptNo));
        writer.setCreator(QStringLiteral("EstateDesk"));
        writer.setResolution(300);
        print(html, writer);
    }
    // QPdfWriter reports no errors itself: check that the file is there.
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return Failure{tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path))};
    ExportFile::restrictToOwner(path);
    return {};
}
