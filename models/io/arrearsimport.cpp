#include "models/io/arrearsimport.h"

#include "models/database/binding.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/fees.h"
#include "models/domain/money.h"
#include "models/domain/validation.h"
#include "models/io/exportfile.h"
#include "models/io/importsteps.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/settingsrepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
struct ItemInfo
{
    qint64 id = 0;
    QString code;
    FeeCycle cycle = FeeCycle::Month;
};

QString key(qint64 house, qint64 item, const QString &period)
{
    return QStringLiteral("%1/%2/%3").arg(house).arg(item).arg(period);
}
} // namespace

QString ArrearsImport::columnKey(const QString &header)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("房号"), QStringLiteral("house")},       {QStringLiteral("房屋"), QStringLiteral("house")},
        {QStringLiteral("house"), QStringLiteral("house")},      {QStringLiteral("收费项目"), QStringLiteral("item")},
        {QStringLiteral("项目"), QStringLiteral("item")},        {QStringLiteral("item"), QStringLiteral("item")},
        {QStringLiteral("所属期间"), QStringLiteral("period")},  {QStringLiteral("期间"), QStringLiteral("period")},
        {QStringLiteral("period"), QStringLiteral("period")},    {QStringLiteral("应收"), QStringLiteral("amount")},
        {QStringLiteral("应收金额"), QStringLiteral("amount")},  {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("已收"), QStringLiteral("paid")},        {QStringLiteral("已收金额"), QStringLiteral("paid")},
        {QStringLiteral("paid"), QStringLiteral("paid")},        {QStringLiteral("截止日期"), QStringLiteral("due_date")},
        {QStringLiteral("due_date"), QStringLiteral("due_date")},
    };
    return TableColumns::keyOf(header, keys);
}

Result<ArrearsImportPreview> ArrearsImport::preview(const Session &who, const QString &path)
{
    return ImportSteps::previewFile(*this, who, path);
}

Result<ArrearsImportPreview> ArrearsImport::preview(const Session &who, const Table &table, const QString &fileName)
{
    const auto columns = ImportSteps::readHeader(
        m_db, who, table, columnKey,
        {Permission::ManageFees, QStringLiteral("bills"),
         tr("The arrears ledger is empty; the first row must name the columns."),
         {{QStringLiteral("house"), tr("house (房号)")},
          {QStringLiteral("item"), tr("item (收费项目)")},
          {QStringLiteral("period"), tr("period (所属期间)")},
          {QStringLiteral("amount"), tr("amount due (应收)")}},
         tr("The arrears ledger has no column for %1. The first row must name the columns, e.g. "
            "房号,收费项目,所属期间,应收,已收,截止日期 or house,item,period,amount,paid,due_date.")});
    if (!columns)
        return Failure{columns.error()};

    // The fee items, by code and by name.
    QHash<QString, ItemInfo> items;
    {
        Query q(m_db, QStringLiteral("SELECT id, code, name, cycle FROM fee_items ORDER BY id"));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        while (q.next()) {
            const ItemInfo info{q.value(0).toLongLong(), q.value(1).toString(),
                                FeeRules::cycleFromCode(q.value(3).toString()).value_or(FeeCycle::Month)};
            items.insert(info.code, info);
            if (!items.contains(q.value(2).toString()))
                items.insert(q.value(2).toString(), info);
        }
    }
    HouseRepository houses(m_db);
    QHash<QString, int> seen;
    auto readRow = [&](const TableRow &source, auto cell, auto reject, ArrearsImportPreview &result) -> Status {
        ArrearsImportRow row;
        row.line = source.line;

        const QString houseText = cell(QStringLiteral("house"));
        const auto parts = HouseRepository::parseNumber(houseText);
        if (houseText.isEmpty() || !parts)
            return reject(houseText.isEmpty() ? tr("House: the house number is missing.")
                                              : tr("House: \"%1\" is not a house number like 3-2-1201.").arg(houseText));
        const auto houseId = houses.findHouse(parts->building, parts->unit, parts->room);
        if (!houseId)
            return Failure{houseId.error()};
        if (*houseId == 0)
            return reject(tr("House: %1 is not on file; import the house list first.").arg(houseText));
        row.houseId = *houseId;
        row.house = HouseRepository::houseNumber(parts->building, parts->unit, parts->room);

        const QString itemText = cell(QStringLiteral("item"));
        const auto item = items.constFind(itemText);
        if (itemText.isEmpty() || item == items.cend())
            return reject(itemText.isEmpty() ? tr("Item: the fee item is missing.")
                                             : tr("Item: there is no fee item with the code or name \"%1\".").arg(itemText));
        row.itemId = item->id;
        row.itemCode = item->code;

        const QString periodText = cell(QStringLiteral("period"));
        const auto period = FeePeriod::parse(Validation::toHalfWidth(periodText));
        if (!period)
            return reject(periodText.isEmpty() ? tr("Period: the period is missing.")
                                               : tr("Period: \"%1\" is not a period like 2026-07, 2026Q3, 2026H1 or 2026.")
                                                     .arg(periodText));
        if (period->cycle != item->cycle)
            return reject(tr("Period: %1 is not a period of %2, which is billed %3.")
                              .arg(period->code(), item->code, FeeRules::cycleName(item->cycle).toLower()));
        row.period = period->code();

        const QString amountText = cell(QStringLiteral("amount"));
        const auto amount = Money::parseYuan(amountText);
        if (!amount || *amount <= 0)
            return reject(amountText.isEmpty() ? tr("Amount due: the amount is missing.")
                                               : tr("Amount due: \"%1\" is not an amount in yuan above 0.").arg(amountText));
        row.amountFen = *amount;
        const QString paidText = cell(QStringLiteral("paid"));
        if (!paidText.isEmpty()) {
            const auto paid = Money::parseYuan(paidText);
            if (!paid)
                return reject(tr("Paid: \"%1\" is not an amount in yuan.").arg(paidText));
            if (*paid > row.amountFen)
                return reject(tr("Paid: %1 is more than the amount due %2.")
                                  .arg(Money::formatYuan(*paid), Money::formatYuan(row.amountFen)));
            row.paidFen = *paid;
        }
        const QString dueText = cell(QStringLiteral("due_date"));
        row.dueDate = period->end();
        if (!dueText.isEmpty()) {
            const auto due = Validation::parseDate(dueText, tr("Due date"));
            if (!due)
                return reject(due.error());
            row.dueDate = *due;
        }
        const QString k = key(row.houseId, row.itemId, row.period);
        if (const auto it = seen.constFind(k); it != seen.cend())
            return reject(tr("Period: %1 %2 of %3 is already on line %4 of the file.")
                              .arg(row.itemCode, row.period, row.house)
                              .arg(it.value()));
        seen.insert(k, row.line);
        const auto count = FeeRepository::billCount(m_db, row.houseId, row.itemId, row.period);
        if (!count)
            return Failure{count.error()};
        row.alreadyOnFile = *count > 0;
        result.rows << row;
        return {};
    };
    return ImportSteps::readRows<ArrearsImportPreview>(table, *columns, fileName, readRow);
}

Result<ArrearsImportResult> ArrearsImport::commit(const Session &who, const ArrearsImportPreview &preview)
{
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const qint64 now = toStored(m_db.clock().now());
    auto writeRow = [&](const ArrearsImportRow &row, ArrearsImportResult &result) -> Status {
        const auto count = FeeRepository::billCount(m_db, row.houseId, row.itemId, row.period);
        if (!count)
            return Failure{count.error()};
        if (*count > 0) {
            ++result.unchanged;
            return {};
        }
        const auto period = FeePeriod::parse(row.period);
        Query owner(m_db, QStringLiteral("SELECT r.id, r.name FROM resident_houses l JOIN residents r ON r.id = l.resident_id "
                                         "WHERE l.house_id = :h AND l.role = 'owner' AND l.ended = 0 AND r.voided = 0 "
                                         "ORDER BY l.id"));
        owner.bind(QStringLiteral(":h"), row.houseId);
        if (Status s = owner.exec(); !s)
            return Failure{s.error()};
        qint64 ownerId = 0;
        QStringList names;
        while (owner.next()) {
            if (ownerId == 0)
                ownerId = owner.value(0).toLongLong();
            names << owner.value(1).toString();
        }
        const QString payer = names.join(QStringLiteral("、"));
        Query bill(m_db, QStringLiteral("INSERT INTO bills (house_id, item_id, period, period_start, period_end, due_date, "
                                        "months, amount_fen, vacant, vacant_percent, payer_resident_id, payer_name, "
                                        "source, created_at, created_by) VALUES (:h, :i, :p, :start, :end, :due, :months, "
                                        ":amount, 0, 100, :payer, :payer_name, 'ledger', :at, :by) RETURNING id"));
        bill.bind(QStringLiteral(":h"), row.houseId).bind(QStringLiteral(":i"), row.itemId);
        bill.bind(QStringLiteral(":p"), row.period);
        bill.bind(QStringLiteral(":start"), period->start().toString(Qt::ISODate));
        bill.bind(QStringLiteral(":end"), period->end().toString(Qt::ISODate));
        bill.bind(QStringLiteral(":due"), row.dueDate.toString(Qt::ISODate));
        bill.bind(QStringLiteral(":months"), period->months()).bind(QStringLiteral(":amount"), row.amountFen);
        bill.bind(QStringLiteral(":payer"), Binding::idOrNull(ownerId));
        bill.bind(QStringLiteral(":payer_name"), Binding::notNull(payer));
        bill.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), Binding::notNull(who.displayName));
        const auto billId = bill.scalar();
        if (!billId)
            return Failure{billId.error()};
        if (row.paidFen > 0) {
            // SPEC 9.5: 已收 counts as paid at 00:00 of the period's first day.
            const qint64 paidAt = toStored(QDateTime(period->start(), QTime(0, 0), zone).toUTC());
            Query payment(m_db, QStringLiteral("INSERT INTO payments (house_id, amount_fen, method, received_at, payer_name, "
                                               "note, recorded_at, recorded_by) VALUES (:h, :fen, 'ledger', :received, "
                                               ":payer, :note, :at, :by) RETURNING id"));
            payment.bind(QStringLiteral(":h"), row.houseId).bind(QStringLiteral(":fen"), row.paidFen);
            payment.bind(QStringLiteral(":received"), paidAt).bind(QStringLiteral(":payer"), Binding::notNull(payer));
            payment.bind(QStringLiteral(":note"), tr("%1, line %2").arg(preview.fileName).arg(row.line));
            payment.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), Binding::notNull(who.displayName));
            const auto paymentId = payment.scalar();
            if (!paymentId)
                return Failure{paymentId.error()};
            Query allocation(m_db, QStringLiteral("INSERT INTO payment_allocations (payment_id, bill_id, fen, allocated_at, "
                                                  "from_prepaid) VALUES (:p, :b, :fen, :at, 0)"));
            allocation.bind(QStringLiteral(":p"), *paymentId).bind(QStringLiteral(":b"), *billId);
            allocation.bind(QStringLiteral(":fen"), row.paidFen).bind(QStringLiteral(":at"), paidAt);
            if (Status s = allocation.exec(); !s)
                return Failure{s.error()};
        }
        ++result.imported;
        return {};
    };
    auto summary = [&](const ArrearsImportResult &result) {
        return tr("%1 (%2): arrears imported %3, already on file %4, rejected %5")
            .arg(preview.fileName, preview.encoding)
            .arg(result.imported)
            .arg(result.unchanged)
            .arg(result.rejected.size());
    };
    return ImportSteps::commitRows<ArrearsImportResult>(
        m_db, who, {Permission::ManageFees, QStringLiteral("bills"), tr("Line %1: %2 Nothing was imported.")}, preview,
        writeRow, summary);
}

Result<ArrearsImportResult> ArrearsImport::importFile(const Session &who, const QString &path)
{
    return ImportSteps::importFile(*this, who, path);
}
