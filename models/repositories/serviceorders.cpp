// ServiceRepository: service orders 委托服务单, the subscribers of a service, the break-even
// flag and the January reminder (seed 002, SPEC 13).
#include "models/repositories/servicerepository.h"

#include "models/database/guardedwrite.h"
#include "models/domain/validation.h"
#include "models/repositories/servicesupport.h"

using namespace FeeSupport;
using namespace ServiceSupport;
using Binding::idOrNull;
using Binding::notNull;

Result<qint64> ServiceRepository::addOrder(const Session &who, const ServiceOrderInput &input)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::CollectFees, kOrderEntity,
                                        [&](qint64 &newId) -> Result<GuardedWrite::AuditRow> {
        const QString houseNumber = input.houseNumber.trimmed();
        if (houseNumber.isEmpty())
            return Failure{tr("House: type the house number, e.g. 1-1-101.")};
        Query house(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :n AND voided = 0"));
        house.bind(QStringLiteral(":n"), houseNumber);
        const auto houseId = house.scalar();
        if (!houseId)
            return Failure{tr("House: there is no house %1.").arg(houseNumber)};
        const QString resident = input.residentName.trimmed();
        if (resident.isEmpty())
            return Failure{tr("Resident: type the name of the resident who asks for the service.")};
        if (Status s = Validation::checkText(resident, tr("Resident"), Validation::MaxLength::name); !s)
            return Failure{s.error()};
        // The same phone rule as the other forms: a mobile, or else a landline.
        QString phone;
        const auto mobile = Validation::normalizeMobile(input.phone, tr("Phone"));
        if (mobile) {
            phone = *mobile;
        } else {
            const auto landline = Validation::normalizeLandline(input.phone, tr("Phone"));
            if (!landline)
                return Failure{mobile.error()};
            phone = *landline;
        }
        if (!input.start.isValid())
            return Failure{tr("Start: choose the day the service starts.")};
        if (input.end.isValid() && input.end < input.start)
            return Failure{tr("End: %1 is before the start %2.").arg(isoDay(input.end), isoDay(input.start))};

        Query item(m_db, QStringLiteral("SELECT i.id, i.list_id, i.position, i.name, i.paid, i.price_fen, i.unit, "
                                        "i.deposit_fen, i.break_even, i.term, i.fee_item_id, i.row_version, l.year, l.state "
                                        "FROM service_items i JOIN service_price_lists l ON l.id = i.list_id WHERE i.id = :id"));
        item.bind(QStringLiteral(":id"), input.itemId);
        if (Status s = item.exec(); !s)
            return Failure{s.error()};
        if (!item.next())
            return Failure{tr("Service: choose a service of the published price list.")};
        const ServiceItem service = itemFrom(item);
        const int listYear = item.value(12).toInt();
        const bool published = item.value(13).toString() == QLatin1String("published");
        item.finish();
        Query current(m_db, QStringLiteral("SELECT year FROM service_price_lists WHERE state = 'published' AND year <= :year "
                                           "ORDER BY year DESC LIMIT 1"));
        current.bind(QStringLiteral(":year"), today().year());
        const auto currentYear = current.scalar();
        if (!published || !currentYear || *currentYear != listYear)
            return Failure{tr("Service: \"%1\" is not on the published price list in force.").arg(service.name)};
        if (service.longTerm && !input.signatureConfirmed)
            return Failure{tr("Signature: the resident signs the service order 委托服务单 to confirm it.")};
        if (service.longTerm) {
            Query taken(m_db, QStringLiteral("SELECT o.start_date FROM service_orders o JOIN service_items i ON i.id = "
                                             "o.item_id WHERE o.house_id = :house AND i.name = :name AND i.term = "
                                             "'long_term' AND o.stopped = 0 AND (o.end_date IS NULL OR o.end_date >= :start)"));
            taken.bind(QStringLiteral(":house"), *houseId).bind(QStringLiteral(":name"), service.name);
            taken.bind(QStringLiteral(":start"), isoDay(input.start));
            if (Status s = taken.exec(); !s)
                return Failure{s.error()};
            if (taken.next())
                return Failure{tr("Service: %1 takes \"%2\" already (since %3).")
                                   .arg(houseNumber, service.name, taken.value(0).toString())};
        }
        const auto owners = currentOwners(m_db, *houseId);
        if (!owners)
            return Failure{owners.error()};
        Query resident_(m_db, QStringLiteral("SELECT r.id FROM residents r JOIN resident_houses l ON l.resident_id = r.id "
                                             "WHERE l.house_id = :house AND l.ended = 0 AND r.voided = 0 AND r.name = :name "
                                             "ORDER BY r.id LIMIT 1"));
        resident_.bind(QStringLiteral(":house"), *houseId).bind(QStringLiteral(":name"), resident);
        if (Status s = resident_.exec(); !s)
            return Failure{s.error()};
        const qint64 residentId = resident_.next() ? resident_.value(0).toLongLong() : 0;
        resident_.finish();

        const qint64 now = toStored(m_db.clock().now());
        // A paid one-off service is a single bill at once, in the month it is done.
        QVariant billId = Binding::nullInt();
        if (service.paid && !service.longTerm) {
            const QDate first(input.start.year(), input.start.month(), 1);
            const QDate last = first.addMonths(1).addDays(-1);
            const QString period = monthKey(first.year(), first.month());
            Query twice(m_db, QStringLiteral("SELECT COUNT(*) FROM bills WHERE house_id = :house AND item_id = :item AND "
                                             "period = :period"));
            twice.bind(QStringLiteral(":house"), *houseId).bind(QStringLiteral(":item"), service.feeItemId);
            twice.bind(QStringLiteral(":period"), period);
            const auto billed = twice.scalar();
            if (!billed)
                return Failure{billed.error()};
            if (*billed > 0)
                return Failure{tr("Start: %1 has a bill for \"%2\" in %3 already; add this one to that bill at the fee "
                                  "desk, or record it in another month.")
                                   .arg(houseNumber, service.name, period)};
            const Owner owner = owners->value(*houseId);
            Query bill(m_db, QStringLiteral(
                                 "INSERT INTO bills (house_id, item_id, period, period_start, period_end, due_date, months, "
                                 "amount_fen, rate_centifen, vacant, vacant_percent, payer_resident_id, payer_name, source, "
                                 "created_at, created_by) VALUES (:house, :item, :period, :start, :end, :due, 1, :amount, "
                                 ":rate, 0, 100, :payer, :payer_name, 'service', :at, :by) RETURNING id"));
            bill.bind(QStringLiteral(":house"), *houseId).bind(QStringLiteral(":item"), service.feeItemId);
            bill.bind(QStringLiteral(":period"), period).bind(QStringLiteral(":start"), isoDay(first));
            bill.bind(QStringLiteral(":end"), isoDay(last)).bind(QStringLiteral(":due"), isoDay(last));
            bill.bind(QStringLiteral(":amount"), service.priceFen).bind(QStringLiteral(":rate"), service.priceFen * 100);
            bill.bind(QStringLiteral(":payer"), idOrNull(owner.residentId));
            bill.bind(QStringLiteral(":payer_name"), notNull(owner.names));
            bill.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), notNull(who.displayName));
            const auto id = bill.scalar();
            if (!id)
                return Failure{id.error()};
            billId = *id;
        }
        Query insert(m_db, QStringLiteral(
                               "INSERT INTO service_orders (house_id, resident_id, resident_name, phone, item_id, start_date, "
                               "end_date, signature_confirmed, bill_id, created_at, created_by) VALUES (:house, :resident, "
                               ":name, :phone, :item, :start, :end, :signed, :bill, :at, :by) RETURNING id"));
        insert.bind(QStringLiteral(":house"), *houseId).bind(QStringLiteral(":resident"), idOrNull(residentId));
        insert.bind(QStringLiteral(":name"), resident).bind(QStringLiteral(":phone"), phone);
        insert.bind(QStringLiteral(":item"), service.id).bind(QStringLiteral(":start"), isoDay(input.start));
        insert.bind(QStringLiteral(":end"), input.end.isValid() ? QVariant(isoDay(input.end)) : Binding::nullText());
        insert.bind(QStringLiteral(":signed"), input.signatureConfirmed ? 1 : 0).bind(QStringLiteral(":bill"), billId);
        insert.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), notNull(who.displayName));
        const auto id = insert.scalar();
        if (!id)
            return Failure{id.error()};
        newId = *id;
        return GuardedWrite::AuditRow{
            QStringLiteral("service_order_added"), kOrderEntity, QString::number(newId), {},
            json(QJsonObject{{QStringLiteral("house"), houseNumber},
                             {QStringLiteral("resident"), resident},
                             {QStringLiteral("service"), service.name},
                             {QStringLiteral("start"), isoDay(input.start)},
                             {QStringLiteral("end"), input.end.isValid() ? isoDay(input.end) : QString()},
                             {QStringLiteral("bill"), billId.isNull() ? QString() : billId.toString()}})};
    });
}

Status ServiceRepository::stopOrder(const Session &who, qint64 orderId, const QString &reason)
{
    if (Status s = GuardedWrite::checkVoid(m_db, who, Permission::CollectFees, kOrderEntity, reason,
                                           tr("Reason: ask the resident why the service stops, and write it down."),
                                           Validation::MaxLength::line,
                                           tr("Reason: at most %1 characters.").arg(Validation::MaxLength::line));
        !s)
        return s;
    GuardedWrite::VoidRow row(QStringLiteral("service_orders"), orderId, kOrderEntity, QString::number(orderId),
                              tr("The order is stopped already, or there is no such order."));
    row.versioned = true;
    row.voidedSet = QStringLiteral("stopped = 1");
    row.liveWhere = QStringLiteral("stopped = 0");
    row.alsoSet = {{QStringLiteral("stopped_on"), isoDay(today())},
                   {QStringLiteral("stopped_at"), toStored(m_db.clock().now())},
                   {QStringLiteral("stopped_by"), notNull(who.displayName)}};
    row.action = QStringLiteral("service_order_stopped");
    return GuardedWrite::voidRow(m_db, who, row, reason);
}

Result<ServiceOrder> ServiceRepository::order(const Session &who, qint64 orderId) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kOrderEntity); !s)
        return Failure{s.error()};
    Query q(m_db, kOrderSelect + QStringLiteral("WHERE o.id = :id"));
    q.bind(QStringLiteral(":id"), orderId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such service order.")};
    return orderFrom(q);
}

Result<QList<ServiceOrder>> ServiceRepository::orders(const Session &who, bool includeStopped) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kOrderEntity); !s)
        return Failure{s.error()};
    Query q(m_db, kOrderSelect + QStringLiteral("WHERE (:all = 1 OR o.stopped = 0)") + kOrderOrder);
    q.bind(QStringLiteral(":all"), includeStopped ? 1 : 0);
    return q.rows([](Query &r) { return orderFrom(r); });
}

Result<QList<ServiceOrder>> ServiceRepository::subscribers(const Session &who, const QString &serviceName) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kOrderEntity); !s)
        return Failure{s.error()};
    Query q(m_db, kOrderSelect + QStringLiteral("WHERE i.name = :name AND i.term = 'long_term' AND ") + kActiveOn
                      + kOrderOrder);
    q.bind(QStringLiteral(":name"), serviceName);
    bindDay(q, today());
    return q.rows([](Query &r) { return orderFrom(r); });
}

Result<QList<ServiceItem>> ServiceRepository::belowBreakEven(const Session &who) const
{
    const auto current = currentList(who);
    if (!current)
        return Failure{current.error()};
    QList<ServiceItem> flagged;
    if (current->has_value()) {
        for (const ServiceItem &item : (*current)->items) {
            if (item.belowBreakEven())
                flagged << item;
        }
    }
    return flagged;
}

Result<bool> ServiceRepository::remindYearlyReview(const Session &who)
{
    // Outside January there is nothing to write: no write transaction at every start-up.
    if (today().month() != 1) {
        if (Status s = m_audit.require(who, Permission::CollectFees, kListEntity); !s)
            return Failure{s.error()};
        return false;
    }
    bool standing = false;
    const Status done = GuardedWrite::run(m_db, who, Permission::CollectFees, kListEntity,
                                          [&]() -> Result<GuardedWrite::AuditRow> {
        const QDate day = today();
        Query published(m_db, QStringLiteral("SELECT COUNT(*) FROM service_price_lists WHERE year = :year AND state = "
                                             "'published'"));
        published.bind(QStringLiteral(":year"), day.year());
        const auto n = published.scalar();
        if (!n)
            return Failure{n.error()};
        if (!ServiceRules::yearlyReviewDue(day, *n > 0))
            return GuardedWrite::AuditRow::nothing();
        standing = true;
        Query raised(m_db, QStringLiteral("SELECT COUNT(*) FROM office_notifications WHERE source = :source AND "
                                          "source_id = :year"));
        raised.bind(QStringLiteral(":source"), kReviewSource).bind(QStringLiteral(":year"), QString::number(day.year()));
        const auto before = raised.scalar();
        if (!before)
            return Failure{before.error()};
        if (*before > 0)
            return GuardedWrite::AuditRow::nothing();
        Query insert(m_db, QStringLiteral("INSERT INTO office_notifications (source, source_id, message, created_at) "
                                          "VALUES (:source, :year, :message, :at)"));
        insert.bind(QStringLiteral(":source"), kReviewSource).bind(QStringLiteral(":year"), QString::number(day.year()));
        insert.bind(QStringLiteral(":message"),
                    tr("The convenience services price list 便民服务项目及价格表 of %1 is not published yet: review it "
                       "from last year's survey answers 意见征询表 (which services are needed, which break even), "
                       "draft it and have it approved.")
                        .arg(day.year()));
        insert.bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        if (Status s = insert.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("service_review_reminded"), kListEntity, QString::number(day.year())};
    });
    if (!done)
        return Failure{done.error()};
    return standing;
}
