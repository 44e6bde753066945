#include "models/io/arrearsexport.h"

#include "models/domain/fees.h"
#include "models/io/spreadsheet.h"
#include "models/repositories/auditlog.h"

#include <QFileInfo>

QStringList ArrearsExport::headers()
{
    return {tr("House"), tr("Building"), tr("Owner"), tr("Item code"), tr("Item"), tr("Period"), tr("Due date"),
            tr("Amount"), tr("Paid"), tr("Outstanding"), tr("Days overdue"), tr("Ageing")};
}

Status ArrearsExport::writeXlsx(const QList<ArrearsRow> &rows, const QString &path)
{
    // Through the one typed writer: money and day counts as numbers, due dates as dates.
    Sheet sheet;
    sheet.name = tr("Arrears");
    sheet.header = headers();
    sheet.columnWidths = {12, 8, 14, 10, 16, 10, 12, 12, 12, 12, 12, 14};
    qint64 amount = 0, paid = 0, outstanding = 0;
    for (const ArrearsRow &a : rows) {
        const auto bucket = FeeRules::ageing(a.daysOverdue);
        sheet.rows.append({SheetCell::of(a.house), SheetCell::of(a.building), SheetCell::of(a.owner),
                           SheetCell::of(a.itemCode), SheetCell::of(a.itemName), SheetCell::of(a.period),
                           SheetCell::day(a.dueDate), SheetCell::money(a.amountFen), SheetCell::money(a.paidFen),
                           SheetCell::money(a.outstandingFen()), SheetCell::integer(a.daysOverdue),
                           SheetCell::of(bucket ? FeeRules::ageingName(*bucket) : QString())});
        amount += a.amountFen;
        paid += a.paidFen;
        outstanding += a.outstandingFen();
    }
    QList<SheetCell> total(sheet.header.size(), SheetCell::empty());
    total[0] = SheetCell::of(tr("Total: %n bill(s)", nullptr, int(rows.size())));
    total[7] = SheetCell::money(amount);
    total[8] = SheetCell::money(paid);
    total[9] = SheetCell::money(outstanding);
    sheet.rows.append(total);
    return SpreadsheetWriter::write(path, {sheet});
}

Status ArrearsExport::exportXlsx(Database &db, const Session &who, const QList<ArrearsRow> &rows, const QString &path)
{
    AuditLog audit(db);
    if (Status allowed = audit.require(who, Permission::CollectFees, QStringLiteral("arrears_export")); !allowed)
        return allowed;
    if (Status s = writeXlsx(rows, path); !s)
        return s;
    return audit.record(who, QStringLiteral("export"), QStringLiteral("arrears"), {}, {}, {},
                        tr("%1: %n bill(s) in arrears", nullptr, int(rows.size())).arg(QFileInfo(path).fileName()));
}
