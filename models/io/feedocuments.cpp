#include "models/io/feedocuments.h"

#include "models/domain/fees.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/io/checklistprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QTextDocument>

namespace {

const auto esc = Html::escape;

const char *kStyle = "<style>"
                     "h2 { font-size: 15pt; text-align: center; margin: 0; }"
                     "h1 { font-size: 17pt; text-align: center; margin: 0; }"
                     "h3 { font-size: 12pt; margin: 10px 0 4px 0; }"
                     "p { margin: 3px 0; }"
                     "p.sub { text-align: center; margin: 2px 0 8px 0; }"
                     "table.grid { border-collapse: collapse; }"
                     "table.grid th { background: #e8e8e8; font-weight: bold; }"
                     "table.grid td, table.grid th { border: 1px solid #000; padding: 3px; }"
                     "td.num, th.num { text-align: right; }"
                     "tr.total td { font-weight: bold; }"
                     "</style>";

QString yuan(qint64 fen)
{
    return Money::formatYuan(fen);
}

QString monthText(int year, int month)
{
    return QDate(year, month, 1).toString(Formats::month());
}

// Gives notices to pages: each building starts on a new page, two notices a page.
QList<QList<const NoticeHouse *>> paginate(const QList<NoticeHouse> &houses)
{
    QList<QList<const NoticeHouse *>> pages;
    QString building;
    for (const NoticeHouse &h : houses) {
        if (pages.isEmpty() || pages.last().size() == 2 || h.building != building)
            pages.append(QList<const NoticeHouse *>{});
        pages.last().append(&h);
        building = h.building;
    }
    return pages;
}

QString halfName(const FeeStatement &st)
{
    return st.to.month() <= 6 ? FeeDocuments::tr("first half of %1").arg(st.from.year())
                              : FeeDocuments::tr("second half of %1").arg(st.from.year());
}

} // namespace

QString FeeDocuments::noticeTitle(NoticeKind kind)
{
    return kind == NoticeKind::Collection ? tr("Fee collection notice") : tr("Fee payment reminder");
}

QString FeeDocuments::noticeHtml(const NoticeBatch &batch, const NoticeHouse &house)
{
    const bool reminder = batch.kind == NoticeKind::Reminder;
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(kStyle)
                   + QStringLiteral("</head><body>");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(batch.office.estateName));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(QStringLiteral("《%1》").arg(noticeTitle(batch.kind))));
    html += QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr></table>")
                .arg(esc(tr("House: %1").arg(house.house)),
                     esc(tr("Owner: %1").arg(house.owner.isEmpty() ? tr("(no owner on file)") : house.owner)),
                     esc(tr("Date: %1").arg(batch.issuedOn.toString(Formats::date()))));
    const QString month = monthText(batch.year, batch.month);
    if (reminder) {
        const QDate monthEnd = QDate(batch.year, batch.month, 1).addMonths(1).addDays(-1);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Dear owner or resident: as of %1 the fees below for your house are still unpaid. "
                                "Please pay them at the property service office as soon as possible.")
                                 .arg(monthEnd.toString(Formats::date()))));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Dear owner or resident: the fees of your house for %1 are listed below. "
                                "Please pay them at the property service office by the due date.")
                                 .arg(month)));
    }
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th class=\"num\">%4</th><th class=\"num\">%5</th><th class=\"num\">%6</th>")
                .arg(esc(tr("Fee item")), esc(tr("Period")), esc(tr("Due date")), esc(tr("Amount (yuan)")),
                     esc(tr("Paid (yuan)")), esc(tr("To pay (yuan)")));
    if (reminder)
        html += QStringLiteral("<th class=\"num\">%1</th>").arg(esc(tr("Days overdue")));
    html += QStringLiteral("</tr>");
    qint64 amount = 0;
    qint64 paid = 0;
    qint64 maxOverdue = 0;
    for (const NoticeLine &line : house.lines) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                               "<td class=\"num\">%6</td>")
                    .arg(esc(line.itemName), esc(line.period), esc(line.dueDate.toString(Formats::date())),
                         yuan(line.amountFen), yuan(line.paidFen), yuan(line.outstandingFen()));
        if (reminder)
            html += QStringLiteral("<td class=\"num\">%1</td>").arg(line.daysOverdue);
        html += QStringLiteral("</tr>");
        amount += line.amountFen;
        paid += line.paidFen;
        maxOverdue = qMax(maxOverdue, line.daysOverdue);
    }
    html += QStringLiteral("<tr class=\"total\"><td colspan=\"3\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                           "<td class=\"num\">%4</td>")
                .arg(esc(tr("Total")), yuan(amount), yuan(paid), yuan(house.outstandingFen));
    if (reminder)
        html += QStringLiteral("<td class=\"num\">%1</td>").arg(maxOverdue);
    html += QStringLiteral("</tr></table>");
    if (!reminder)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Total of the bills: RMB %1 (¥%2)").arg(Money::chineseCapitals(amount), yuan(amount))));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Amount to pay: RMB %1 (¥%2)").arg(Money::chineseCapitals(house.outstandingFen), yuan(house.outstandingFen))));
    if (!batch.office.contact.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Contact: %1").arg(batch.office.contact.trimmed())));
    html += QStringLiteral("<p align=\"right\">%1　%2</p>")
                .arg(esc(tr("%1 property service office").arg(batch.office.estateName)),
                     esc(batch.issuedOn.toString(Formats::date())));
    html += QStringLiteral("</body></html>");
    return html;
}

int FeeDocuments::pageCount(const QList<NoticeHouse> &houses)
{
    return int(paginate(houses).size());
}

Status FeeDocuments::printNotices(const NoticeBatch &batch, QPagedPaintDevice &device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("Printing needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.")};
    if (batch.houses.isEmpty())
        return Failure{tr("There are no notices to print.")};
    QPainter painter;
    if (!painter.begin(&device))
        return Failure{tr("The printer or file could not be opened.")};
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal width = page.width();
    const qreal gap = device.logicalDpiY() / 6.0; // about 4 mm either side of the cut line
    const qreal half = page.height() / 2.0;
    const QList<QList<const NoticeHouse *>> pages = paginate(batch.houses);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        for (int slot = 0; slot < pages.at(p).size(); ++slot) {
            QTextDocument document;
            document.documentLayout()->setPaintDevice(&device);
            ChecklistPrinter::prepare(document, noticeHtml(batch, *pages.at(p).at(slot)));
            document.setTextWidth(width);
            const qreal room = half - gap;
            const QSizeF size = document.size();
            painter.save();
            painter.translate(0, slot == 0 ? 0 : half + gap);
            // A notice with many lines is shrunk to its half page rather than cut.
            if (size.height() > room) {
                const qreal factor = room / size.height();
                painter.scale(factor, factor);
            }
            document.drawContents(&painter, QRectF(QPointF(0, 0), QSizeF(width, qMax(size.height(), room))));
            painter.restore();
        }
        // The cut line between the two notices.
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(device.logicalDpiX() / 150.0);
        painter.setPen(pen);
        painter.drawLine(QPointF(0, half), QPointF(width, half));
    }
    painter.end();
    return {};
}

Status FeeDocuments::writeNoticesPdf(const NoticeBatch &batch, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("PDF output needs the graphical part of Qt (fonts); run with QT_QPA_PLATFORM=offscreen.")};
    if (batch.houses.isEmpty())
        return Failure{tr("There are no notices to print.")};
    {
        QPdfWriter writer(path);
        writer.setTitle(noticeTitle(batch.kind));
        writer.setCreator(QStringLiteral("EstateDesk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                         QPageLayout::Millimeter));
        if (Status s = printNotices(batch, writer); !s)
            return s;
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return Failure{tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path))};
    return {};
}

QString FeeDocuments::statementTitle(const FeeStatement &st)
{
    return tr("Fee income and spending, %1").arg(halfName(st));
}

QString FeeDocuments::statementHtml(const FeeStatement &st, const FeeOffice &office, const QDate &issuedOn)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">") + QLatin1String(kStyle)
                   + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(office.estateName));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(statementTitle(st)));
    html += QStringLiteral("<p class=\"sub\">%1</p>")
                .arg(esc(tr("%1 to %2").arg(st.from.toString(Formats::date()), st.to.toString(Formats::date()))));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("1. Income received, by fee item")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th>"
                           "<th class=\"num\">%3</th></tr>")
                .arg(esc(tr("Fee item")), esc(tr("Kind")), esc(tr("Amount (yuan)")));
    for (const StatementIncome &line : st.income) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>")
                    .arg(esc(line.itemName), esc(FeeRules::kindName(line.kind)), yuan(line.fen));
    }
    if (st.income.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>").arg(esc(tr("No income in this half year.")));
    html += QStringLiteral("<tr class=\"total\"><td colspan=\"2\">%1</td><td class=\"num\">%2</td></tr></table>")
                .arg(esc(tr("Total income")), yuan(st.incomeFen));
    if (st.prepaidReceivedFen > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Besides: %1 yuan received in advance, not yet due on any bill.")
                                 .arg(yuan(st.prepaidReceivedFen))));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("2. Spending, by category")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th>%1</th>"
                           "<th class=\"num\">%2</th></tr>")
                .arg(esc(tr("Category")), esc(tr("Amount (yuan)")));
    for (const StatementSpending &line : st.spending) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                    .arg(esc(FeeRules::spendingCategoryName(line.category)), yuan(line.fen));
    }
    html += QStringLiteral("<tr class=\"total\"><td>%1</td><td class=\"num\">%2</td></tr></table>")
                .arg(esc(tr("Total spending")), yuan(st.spendingFen));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(st.balanceFen() >= 0 ? tr("Surplus of the half year: %1 yuan").arg(yuan(st.balanceFen()))
                                              : tr("Shortfall of the half year: %1 yuan").arg(yuan(-st.balanceFen()))));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("3. Repair fund (a separate account, used only for repairs)")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr><th class=\"num\">%1</th>"
                           "<th class=\"num\">%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th></tr>")
                .arg(esc(tr("Balance at the start")), esc(tr("Income")), esc(tr("Spending")),
                     esc(tr("Balance at the end")));
    html += QStringLiteral("<tr><td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                           "<td class=\"num\">%4</td></tr></table>")
                .arg(yuan(st.repairFundOpeningFen), yuan(st.repairFundIncomeFen), yuan(st.repairFundSpendingFen),
                     yuan(st.repairFundClosingFen()));
    html += QStringLiteral("<p>&nbsp;</p><p>%1</p>")
                .arg(esc(tr("Owners and residents with questions about these figures are welcome at the office.")));
    if (!office.contact.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Contact: %1").arg(office.contact.trimmed())));
    html += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
                .arg(esc(tr("%1 property service office").arg(office.estateName)),
                     esc(issuedOn.toString(Formats::date())));
    html += QStringLiteral("</body></html>");
    return html;
}

// {"half", "from", "to", "income": [{"item", "name", "kind", "fen"}], "income_fen",
//  "prepaid_received_fen", "spending": {"labour": fen, …, "other": fen}, "spending_fen",
//  "balance_fen", "repair_fund": {"opening_fen", "income_fen", "spending_fen", "closing_fen"}}
QJsonObject FeeDocuments::statementJson(const FeeStatement &st)
{
    QJsonArray income;
    for (const StatementIncome &line : st.income) {
        income.append(QJsonObject{{QStringLiteral("item"), line.itemCode},
                                  {QStringLiteral("name"), line.itemName},
                                  {QStringLiteral("kind"), line.kind},
                                  {QStringLiteral("fen"), line.fen}});
    }
    QJsonObject spending;
    for (const StatementSpending &line : st.spending)
        spending.insert(line.category, line.fen);
    return QJsonObject{{QStringLiteral("half"), st.half},
                       {QStringLiteral("from"), st.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), st.to.toString(Qt::ISODate)},
                       {QStringLiteral("income"), income},
                       {QStringLiteral("income_fen"), st.incomeFen},
                       {QStringLiteral("prepaid_received_fen"), st.prepaidReceivedFen},
                       {QStringLiteral("spending"), spending},
                       {QStringLiteral("spending_fen"), st.spendingFen},
                       {QStringLiteral("balance_fen"), st.balanceFen()},
                       {QStringLiteral("repair_fund"),
                        QJsonObject{{QStringLiteral("opening_fen"), st.repairFundOpeningFen},
                                    {QStringLiteral("income_fen"), st.repairFundIncomeFen},
                                    {QStringLiteral("spending_fen"), st.repairFundSpendingFen},
                                    {QStringLiteral("closing_fen"), st.repairFundClosingFen()}}}};
}

void FeeDocuments::printStatement(const QString &html, QPagedPaintDevice &device)
{
    ChecklistPrinter::print(html, device);
}

Status FeeDocuments::writeStatementPdf(const QString &html, const QString &path, const QString &title)
{
    return ChecklistPrinter::writePdf(html, path, title);
}
