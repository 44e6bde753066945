#include "models/io/arrearsexport.h"

#include "models/domain/fees.h"
#include "models/io/exportfile.h"
#include "models/repositories/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace {
void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format = nullptr)
{
    if (!value.isEmpty())
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format);
}

void yuan(lxw_worksheet *sheet, int row, int column, qint64 fen, lxw_format *format)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), double(fen) / 100.0, format);
}
} // namespace

QStringList ArrearsExport::headers()
{
    return {tr("House"), tr("Building"), tr("Owner"), tr("Item code"), tr("Item"), tr("Period"), tr("Due date"),
            tr("Amount"), tr("Paid"), tr("Outstanding"), tr("Days overdue"), tr("Ageing")};
}

Status ArrearsExport::writeXlsx(const QList<ArrearsRow> &rows, const QString &path)
{
    QTemporaryFile temporary(QDir::temp().filePath(QStringLiteral("estatedesk-XXXXXX.xlsx")));
    if (!temporary.open())
        return Failure{tr("Cannot create %1.").arg(path)};
    temporary.close();
    const QByteArray fileName = QFile::encodeName(temporary.fileName());
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Failure{tr("Cannot create %1.").arg(path)};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Arrears").toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "0.00");
    lxw_format *moneyBold = workbook_add_format(workbook);
    format_set_num_format(moneyBold, "0.00");
    format_set_bold(moneyBold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");

    const QStringList header = headers();
    for (int c = 0; c < header.size(); ++c)
        text(sheet, 0, c, header.at(c), bold);
    qint64 amount = 0, paid = 0, outstanding = 0;
    int r = 1;
    for (const ArrearsRow &a : rows) {
        text(sheet, r, 0, a.house);
        text(sheet, r, 1, a.building);
        // Names come from rosters: a sheet never runs a text cell, the apostrophe keeps the import's rule.
        text(sheet, r, 2, a.owner.startsWith(QLatin1Char('\'')) ? ExportFile::protectCell(a.owner) : a.owner);
        text(sheet, r, 3, a.itemCode);
        text(sheet, r, 4, a.itemName);
        text(sheet, r, 5, a.period);
        lxw_datetime due{a.dueDate.year(), a.dueDate.month(), a.dueDate.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, lxw_row_t(r), 6, &due, date);
        yuan(sheet, r, 7, a.amountFen, money);
        yuan(sheet, r, 8, a.paidFen, money);
        yuan(sheet, r, 9, a.outstandingFen(), money);
        worksheet_write_number(sheet, lxw_row_t(r), 10, double(a.daysOverdue), nullptr);
        const auto bucket = FeeRules::ageing(a.daysOverdue);
        text(sheet, r, 11, bucket ? FeeRules::ageingName(*bucket) : QString());
        amount += a.amountFen;
        paid += a.paidFen;
        outstanding += a.outstandingFen();
        ++r;
    }
    text(sheet, r, 0, tr("Total: %n bill(s)", nullptr, int(rows.size())), bold);
    yuan(sheet, r, 7, amount, moneyBold);
    yuan(sheet, r, 8, paid, moneyBold);
    yuan(sheet, r, 9, outstanding, moneyBold);

    worksheet_set_column(sheet, 0, 0, 12, nullptr);
    worksheet_set_column(sheet, 2, 2, 14, nullptr);
    worksheet_set_column(sheet, 4, 4, 16, nullptr);
    worksheet_set_column(sheet, 6, 6, 12, nullptr);
    worksheet_set_column(sheet, 7, 10, 12, nullptr);
    worksheet_set_column(sheet, 11, 11, 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Failure{tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot write %1: %2").arg(path, written.errorString())};
    return ExportFile::write(path, written.readAll());
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
