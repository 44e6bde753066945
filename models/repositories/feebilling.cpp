// FeeRepository: generating the bills of a month (SPEC 13 Bills) and giving them the houses'
// prepaid balances.
#include "models/repositories/feerepository.h"

#include "models/database/guardedwrite.h"
#include "models/database/transaction.h"
#include "models/domain/money.h"
#include "models/repositories/feesupport.h"

#include <QMap>
#include <QSet>

using namespace FeeSupport;
using Binding::notNull;

namespace {

struct HouseForBilling
{
    qint64 id = 0;
    qint64 areaCenti = -1;
    QString type;
    bool vacant = false;
};

struct NewBill
{
    qint64 id = 0;
    qint64 houseId = 0;
    QString dueDate;
    QString itemCode;
    qint64 amountFen = 0;
    qint64 periodStartMs = 0; // 00:00 of the period's first day, the estate's time
};

// The houses' payments with a prepaid remainder, oldest first.
struct PrepaidPart
{
    qint64 paymentId = 0;
    qint64 restFen = 0;
    qint64 receivedMs = 0;
};

Result<QHash<qint64, QList<PrepaidPart>>> prepaidByHouse(const Database &db)
{
    Query q(db, QStringLiteral("SELECT p.house_id, p.id, p.received_at, p.amount_fen - COALESCE((SELECT SUM(a.fen) FROM "
                               "payment_allocations a WHERE a.payment_id = p.id), 0) FROM payments p "
                               "WHERE p.reversed = 0 AND p.amount_fen > COALESCE((SELECT SUM(a2.fen) FROM "
                               "payment_allocations a2 WHERE a2.payment_id = p.id), 0) "
                               "ORDER BY p.house_id, p.received_at, p.id"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QHash<qint64, QList<PrepaidPart>> parts;
    while (q.next())
        parts[q.value(0).toLongLong()] << PrepaidPart{q.value(1).toLongLong(), q.value(3).toLongLong(),
                                                      q.value(2).toLongLong()};
    return parts;
}

} // namespace

Result<BillingResult> FeeRepository::generateBills(const Session &who, int year, int month)
{
    if (Status s = m_audit.require(who, Permission::CollectFees, QStringLiteral("bills")); !s)
        return Failure{s.error()};
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return Failure{tr("Month: expected a month as YYYY-MM, e.g. 2026-07.")};
    const QString monthText = monthKey(year, month);
    const qint64 now = toStored(m_db.clock().now());
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    BillingResult result;

    if (Status done = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        // An item that bills a convenience service (service_items.fee_item_id) is billed only to the
        // houses with a long-term order of that service in the period (seed 002, SPEC 13); an
        // on-demand item (a paid repair) is billed when the repair is completed, never by the month.
        Query itemsQuery(m_db, QStringLiteral("SELECT id, code, basis, rate_centifen, cycle, vacant_percent, house_types, "
                                              "(SELECT COUNT(*) FROM service_items s WHERE s.fee_item_id = fee_items.id) "
                                              "FROM fee_items WHERE on_demand = 0 AND first_month <= :m1 AND (last_month IS NULL OR "
                                              "last_month >= :m2) ORDER BY code"));
        itemsQuery.bind(QStringLiteral(":m1"), monthText).bind(QStringLiteral(":m2"), monthText);
        if (Status s = itemsQuery.exec(); !s)
            return Failure{s.error()};
        struct ItemRow
        {
            qint64 id;
            QString code;
            FeeBasis basis;
            qint64 rate;
            FeePeriod period;
            int vacantPercent;
            QSet<QString> types;
            bool byServiceOrders;
        };
        QList<ItemRow> items;
        while (itemsQuery.next()) {
            const auto cycle = FeeRules::cycleFromCode(itemsQuery.value(4).toString());
            const auto basis = FeeRules::basisFromCode(itemsQuery.value(2).toString());
            if (!cycle || !basis)
                continue;
            const auto period = FeePeriod::startingIn(*cycle, year, month);
            if (!period)
                continue;
            const QStringList types = itemsQuery.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            items << ItemRow{itemsQuery.value(0).toLongLong(), itemsQuery.value(1).toString(), *basis,
                             itemsQuery.value(3).toLongLong(), *period, itemsQuery.value(5).toInt(),
                             QSet<QString>(types.cbegin(), types.cend()), itemsQuery.value(7).toLongLong() > 0};
        }
        QList<NewBill> created;
        if (!items.isEmpty()) {
            Query housesQuery(m_db, QStringLiteral("SELECT id, area_centi, house_type, status FROM houses WHERE voided = 0 "
                                                   "ORDER BY number"));
            if (Status s = housesQuery.exec(); !s)
                return Failure{s.error()};
            QList<HouseForBilling> houses;
            while (housesQuery.next()) {
                houses << HouseForBilling{housesQuery.value(0).toLongLong(),
                                          housesQuery.value(1).isNull() ? -1 : housesQuery.value(1).toLongLong(),
                                          housesQuery.value(2).toString(),
                                          housesQuery.value(3).toString() == QLatin1String("vacant")};
            }
            const auto owners = currentOwners(m_db);
            if (!owners)
                return Failure{owners.error()};

            Query insert(m_db, QStringLiteral(
                                   "INSERT INTO bills (house_id, item_id, period, period_start, period_end, due_date, months, "
                                   "amount_fen, rate_centifen, area_centi, quantity_milli, vacant, vacant_percent, "
                                   "payer_resident_id, payer_name, source, created_at, created_by) VALUES (:house, :item, "
                                   ":period, :start, :end, :due, :months, :amount, :rate, :area, :quantity, :vacant, :pct, "
                                   ":payer, :payer_name, :source, :at, :by) RETURNING id"));
            for (const ItemRow &item : items) {
                const QString periodCode = item.period.code();
                Query existing(m_db, QStringLiteral("SELECT house_id FROM bills WHERE item_id = :item AND period = :period"));
                existing.bind(QStringLiteral(":item"), item.id).bind(QStringLiteral(":period"), periodCode);
                if (Status s = existing.exec(); !s)
                    return Failure{s.error()};
                QSet<qint64> billed;
                while (existing.next())
                    billed.insert(existing.value(0).toLongLong());
                QHash<qint64, qint64> readings;
                if (item.basis == FeeBasis::Metered) {
                    Query r(m_db, QStringLiteral("SELECT house_id, quantity_milli FROM meter_readings WHERE item_id = :item "
                                                 "AND period = :period"));
                    r.bind(QStringLiteral(":item"), item.id).bind(QStringLiteral(":period"), periodCode);
                    if (Status s = r.exec(); !s)
                        return Failure{s.error()};
                    while (r.next())
                        readings.insert(r.value(0).toLongLong(), r.value(1).toLongLong());
                }
                QSet<qint64> ordered;
                if (item.byServiceOrders) {
                    // The service's orders, of this year's list or an earlier one (by the service's
                    // name), that run on some day of the period.
                    Query o(m_db, QStringLiteral(
                                      "SELECT DISTINCT o.house_id FROM service_orders o JOIN service_items oi ON oi.id = "
                                      "o.item_id JOIN service_items fi ON fi.name = oi.name WHERE fi.fee_item_id = :item "
                                      "AND oi.term = 'long_term' AND o.start_date <= :end AND (o.end_date IS NULL OR "
                                      "o.end_date >= :start1) AND (o.stopped = 0 OR o.stopped_on > :start2)"));
                    o.bind(QStringLiteral(":item"), item.id).bind(QStringLiteral(":end"), isoDay(item.period.end()));
                    o.bind(QStringLiteral(":start1"), isoDay(item.period.start()))
                        .bind(QStringLiteral(":start2"), isoDay(item.period.start()));
                    if (Status s = o.exec(); !s)
                        return Failure{s.error()};
                    while (o.next())
                        ordered.insert(o.value(0).toLongLong());
                }
                for (const HouseForBilling &house : std::as_const(houses)) {
                    if (!item.types.contains(house.type))
                        continue;
                    if (item.byServiceOrders && !ordered.contains(house.id))
                        continue;
                    if (billed.contains(house.id)) {
                        ++result.alreadyBilled;
                        continue;
                    }
                    if (item.basis == FeeBasis::Area && house.areaCenti < 0) {
                        ++result.housesWithoutArea;
                        continue;
                    }
                    if (item.basis == FeeBasis::Metered && !readings.contains(house.id))
                        continue;
                    const int percent = house.vacant && item.basis != FeeBasis::Metered ? item.vacantPercent : 100;
                    const qint64 quantity = readings.value(house.id, 0);
                    const qint64 amount = FeeRules::billAmountFen(item.basis, item.period.months(), item.rate,
                                                                  house.areaCenti, percent, quantity);
                    const Owner owner = owners->value(house.id);
                    insert.bind(QStringLiteral(":house"), house.id).bind(QStringLiteral(":item"), item.id);
                    insert.bind(QStringLiteral(":period"), periodCode);
                    insert.bind(QStringLiteral(":start"), isoDay(item.period.start()));
                    insert.bind(QStringLiteral(":end"), isoDay(item.period.end()));
                    insert.bind(QStringLiteral(":due"), isoDay(item.period.end()));
                    insert.bind(QStringLiteral(":months"), item.period.months());
                    insert.bind(QStringLiteral(":amount"), amount).bind(QStringLiteral(":rate"), item.rate);
                    insert.bind(QStringLiteral(":area"), item.basis == FeeBasis::Area ? QVariant(house.areaCenti)
                                                                                       : Binding::nullInt());
                    insert.bind(QStringLiteral(":quantity"),
                                item.basis == FeeBasis::Metered ? QVariant(quantity) : Binding::nullInt());
                    insert.bind(QStringLiteral(":vacant"), house.vacant ? 1 : 0).bind(QStringLiteral(":pct"), percent);
                    insert.bind(QStringLiteral(":payer"), Binding::idOrNull(owner.residentId));
                    insert.bind(QStringLiteral(":payer_name"), notNull(owner.names));
                    insert.bind(QStringLiteral(":source"),
                                item.byServiceOrders ? QStringLiteral("service") : QStringLiteral("billing"));
                    insert.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), notNull(who.displayName));
                    const auto id = insert.scalar();
                    if (!id)
                        return Failure{id.error()};
                    created << NewBill{*id, house.id, isoDay(item.period.end()), item.code, amount,
                                       toStored(QDateTime(item.period.start(), QTime(0, 0), zone).toUTC())};
                    ++result.bills;
                    result.amountFen += amount;
                }
            }
        }

        // The houses' prepaid balances go to their new bills, oldest due date first, then item code.
        // The bill counts as paid from its period's start, or from the payment if that came later:
        // the same whenever the month is billed.
        if (!created.isEmpty()) {
            auto prepaid = prepaidByHouse(m_db);
            if (!prepaid)
                return Failure{prepaid.error()};
            std::sort(created.begin(), created.end(), [](const NewBill &a, const NewBill &b) {
                if (a.houseId != b.houseId)
                    return a.houseId < b.houseId;
                if (a.dueDate != b.dueDate)
                    return a.dueDate < b.dueDate;
                return a.itemCode < b.itemCode;
            });
            Query allocate(m_db, QStringLiteral("INSERT INTO payment_allocations (payment_id, bill_id, fen, allocated_at, "
                                                "from_prepaid) VALUES (:payment, :bill, :fen, :at, 1)"));
            QHash<qint64, QList<PrepaidPart>> &parts = prepaid.value();
            for (const NewBill &bill : std::as_const(created)) {
                auto it = parts.find(bill.houseId);
                if (it == parts.end())
                    continue;
                qint64 open = bill.amountFen;
                for (PrepaidPart &part : *it) {
                    if (open == 0)
                        break;
                    if (part.restFen == 0)
                        continue;
                    const qint64 fen = qMin(open, part.restFen);
                    allocate.bind(QStringLiteral(":payment"), part.paymentId).bind(QStringLiteral(":bill"), bill.id);
                    allocate.bind(QStringLiteral(":fen"), fen)
                        .bind(QStringLiteral(":at"), qMax(bill.periodStartMs, part.receivedMs));
                    if (Status s = allocate.exec(); !s)
                        return Failure{s.error()};
                    part.restFen -= fen;
                    open -= fen;
                    result.fromPrepaidFen += fen;
                }
            }
        }

        return GuardedWrite::AuditRow{QStringLiteral("fee_bills_generated"), QStringLiteral("bills"), monthText, {},
                                      json(QJsonObject{{QStringLiteral("bills"), result.bills},
                                                       {QStringLiteral("amount"), Money::formatYuan(result.amountFen)},
                                                       {QStringLiteral("from_prepaid"), Money::formatYuan(result.fromPrepaidFen)}})};
    }); !done)
        return Failure{done.error()};
    return result;
}

Result<qint64> FeeRepository::billRepair(const Session &who, const RepairCharge &charge)
{
    if (charge.feeFen <= 0 || charge.houseNumber.trimmed().isEmpty())
        return qint64(0);
    qint64 billId = 0;
    // Inside the completion's transaction: a savepoint of its own, and its own audit row.
    if (Status done = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query existing(m_db, QStringLiteral("SELECT id FROM bills WHERE request_id = :request"));
        existing.bind(QStringLiteral(":request"), charge.requestId);
        if (Status s = existing.exec(); !s)
            return Failure{s.error()};
        if (existing.next()) { // completed again after a reopening: the repair is billed once
            billId = existing.value(0).toLongLong();
            return GuardedWrite::AuditRow::nothing();
        }
        Query house(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :number AND voided = 0"));
        house.bind(QStringLiteral(":number"), charge.houseNumber.trimmed());
        if (Status s = house.exec(); !s)
            return Failure{s.error()};
        if (!house.next()) // a house that is not on file has no account to bill
            return GuardedWrite::AuditRow::nothing();
        const qint64 houseId = house.value(0).toLongLong();
        Query item(m_db, QStringLiteral("SELECT id, code FROM fee_items WHERE on_demand = 1 AND kind = 'special_service' "
                                        "AND code = 'REPAIR_FEE'"));
        const auto itemId = item.scalar();
        if (!itemId)
            return Failure{tr("The fee item of paid repairs is missing from the database.")};
        const auto owners = currentOwners(m_db, houseId);
        if (!owners)
            return Failure{owners.error()};
        const Owner owner = owners->value(houseId);
        const QTimeZone zone = SettingsRepository(m_db).timeZone();
        const QDate day = localDay(charge.completedAt, zone);
        const QDate due = QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1);
        Query insert(m_db, QStringLiteral(
                               "INSERT INTO bills (house_id, item_id, period, period_start, period_end, due_date, months, "
                               "amount_fen, rate_centifen, vacant, vacant_percent, payer_resident_id, payer_name, source, "
                               "request_id, created_at, created_by) VALUES (:house, :item, :period, :start, :end, :due, 0, "
                               ":amount, :rate, 0, 100, :payer, :payer_name, 'repair', :request, :at, :by) RETURNING id"));
        insert.bind(QStringLiteral(":house"), houseId).bind(QStringLiteral(":item"), *itemId);
        insert.bind(QStringLiteral(":period"), charge.requestNumber);
        insert.bind(QStringLiteral(":start"), isoDay(day)).bind(QStringLiteral(":end"), isoDay(day));
        insert.bind(QStringLiteral(":due"), isoDay(due));
        insert.bind(QStringLiteral(":amount"), charge.feeFen).bind(QStringLiteral(":rate"), charge.feeFen * 100);
        insert.bind(QStringLiteral(":payer"), Binding::idOrNull(owner.residentId));
        insert.bind(QStringLiteral(":payer_name"), notNull(owner.names));
        insert.bind(QStringLiteral(":request"), charge.requestId);
        insert.bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        insert.bind(QStringLiteral(":by"), notNull(who.displayName));
        const auto id = insert.scalar();
        if (!id)
            return Failure{id.error()};
        billId = *id;

        // The house's prepaid balance pays the new bill, as it pays a month's new bills.
        const auto prepaid = prepaidByHouse(m_db);
        if (!prepaid)
            return Failure{prepaid.error()};
        qint64 open = charge.feeFen;
        qint64 fromPrepaid = 0;
        Query allocate(m_db, QStringLiteral("INSERT INTO payment_allocations (payment_id, bill_id, fen, allocated_at, "
                                            "from_prepaid) VALUES (:payment, :bill, :fen, :at, 1)"));
        const QList<PrepaidPart> parts = prepaid->value(houseId);
        for (const PrepaidPart &part : parts) {
            if (open == 0)
                break;
            const qint64 fen = qMin(open, part.restFen);
            allocate.bind(QStringLiteral(":payment"), part.paymentId).bind(QStringLiteral(":bill"), billId);
            allocate.bind(QStringLiteral(":fen"), fen)
                .bind(QStringLiteral(":at"), qMax(toStored(charge.completedAt), part.receivedMs));
            if (Status s = allocate.exec(); !s)
                return Failure{s.error()};
            open -= fen;
            fromPrepaid += fen;
        }
        return GuardedWrite::AuditRow{QStringLiteral("fee_repair_billed"), QStringLiteral("bills"), QString::number(billId),
                                      {},
                                      json(QJsonObject{{QStringLiteral("request"), charge.requestNumber},
                                                       {QStringLiteral("house"), charge.houseNumber.trimmed()},
                                                       {QStringLiteral("amount"), Money::formatYuan(charge.feeFen)},
                                                       {QStringLiteral("from_prepaid"), Money::formatYuan(fromPrepaid)}})};
    }); !done)
        return Failure{done.error()};
    return billId;
}
