// ServiceRepository: the yearly price list — drafting, its items, approval and publication
// (seed 002, SPEC 13). The orders are in serviceorders.cpp.
#include "models/repositories/servicerepository.h"

#include "models/database/guardedwrite.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/servicesupport.h"

using namespace FeeSupport;
using namespace ServiceSupport;
using Binding::notNull;

ServiceRepository::ServiceRepository(Database &db) : m_db(db), m_audit(db) {}

QDate ServiceRepository::today() const
{
    return localDay(m_db.clock().now(), SettingsRepository(m_db).timeZone());
}

Result<QList<ServicePriceList>> ServiceRepository::lists(const Session &who) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kListEntity); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT %1 FROM service_price_lists ORDER BY year DESC").arg(kListColumns));
    return q.rows([](Query &r) { return listFrom(r); });
}

Result<ServicePriceList> ServiceRepository::loadList(const QString &where, const QVariant &key) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM service_price_lists WHERE %2").arg(kListColumns, where));
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("Year: there is no price list for %1.").arg(key.toString())};
    ServicePriceList list = listFrom(q);
    q.finish();
    if (Status s = loadItems(list); !s)
        return Failure{s.error()};
    return list;
}

Status ServiceRepository::loadItems(ServicePriceList &list) const
{
    Query items(m_db, QStringLiteral("SELECT %1 FROM service_items WHERE list_id = :list ORDER BY position, id")
                          .arg(kItemColumns));
    items.bind(QStringLiteral(":list"), list.id);
    auto read = items.rows([](Query &r) { return itemFrom(r); });
    if (!read)
        return Failure{read.error()};
    list.items = read.value();
    // Subscribers are counted by the service's name, so that an order taken under last year's
    // list still counts (and is billed) under this year's.
    Query counts(m_db, QStringLiteral("SELECT i.name, COUNT(DISTINCT o.house_id) FROM service_orders o JOIN service_items i "
                                      "ON i.id = o.item_id WHERE i.term = 'long_term' AND ")
                           + kActiveOn + QStringLiteral(" GROUP BY i.name"));
    bindDay(counts, today());
    if (Status s = counts.exec(); !s)
        return s;
    QHash<QString, int> byName;
    while (counts.next())
        byName.insert(counts.value(0).toString(), counts.value(1).toInt());
    for (ServiceItem &item : list.items)
        item.subscribers = item.longTerm ? byName.value(item.name, 0) : 0;
    return {};
}

Result<ServicePriceList> ServiceRepository::list(const Session &who, int year) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kListEntity); !s)
        return Failure{s.error()};
    return loadList(QStringLiteral("year = :key"), year);
}

Result<std::optional<ServicePriceList>> ServiceRepository::currentList(const Session &who) const
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kListEntity); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT year FROM service_price_lists WHERE state = 'published' AND year <= :year "
                                 "ORDER BY year DESC LIMIT 1"));
    q.bind(QStringLiteral(":year"), today().year());
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return std::optional<ServicePriceList>{};
    const int year = q.value(0).toInt();
    q.finish();
    auto list = loadList(QStringLiteral("year = :key"), year);
    if (!list)
        return Failure{list.error()};
    return std::optional<ServicePriceList>{list.value()};
}

Result<qint64> ServiceRepository::draftList(const Session &who, int year)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::ManageFees, kListEntity,
                                        [&](qint64 &newId) -> Result<GuardedWrite::AuditRow> {
        if (year < 2000 || year > 2999)
            return Failure{tr("Year: expected a year such as %1.").arg(today().year())};
        Query exists(m_db, QStringLiteral("SELECT state FROM service_price_lists WHERE year = :year"));
        exists.bind(QStringLiteral(":year"), year);
        if (Status s = exists.exec(); !s)
            return Failure{s.error()};
        if (exists.next())
            return Failure{tr("Year: the price list of %1 exists already (%2).")
                               .arg(year)
                               .arg(ServiceRules::stateName(
                                   ServiceRules::stateFromCode(exists.value(0).toString()).value_or(ServiceListState::Drafted)))};
        exists.finish();
        Query insert(m_db, QStringLiteral("INSERT INTO service_price_lists (year, state, drafted_at, drafted_by, "
                                          "drafted_login) VALUES (:year, 'drafted', :at, :by, :login) RETURNING id"));
        insert.bind(QStringLiteral(":year"), year).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        insert.bind(QStringLiteral(":by"), notNull(who.displayName)).bind(QStringLiteral(":login"), notNull(who.username));
        const auto id = insert.scalar();
        if (!id)
            return Failure{id.error()};
        newId = *id;
        // The newest published list before this year is the starting point (seed 002: the
        // manager reviews last year's list).
        Query from(m_db, QStringLiteral("SELECT id, year FROM service_price_lists WHERE state = 'published' AND year < :year "
                                        "ORDER BY year DESC LIMIT 1"));
        from.bind(QStringLiteral(":year"), year);
        if (Status s = from.exec(); !s)
            return Failure{s.error()};
        int copiedFrom = 0;
        if (from.next()) {
            const qint64 fromId = from.value(0).toLongLong();
            copiedFrom = from.value(1).toInt();
            from.finish();
            Query copy(m_db, QStringLiteral("INSERT INTO service_items (list_id, position, name, paid, price_fen, unit, "
                                            "deposit_fen, break_even, term) SELECT CAST(:list AS BIGINT), position, name, paid, price_fen, "
                                            "unit, deposit_fen, break_even, term FROM service_items WHERE list_id = :from"));
            copy.bind(QStringLiteral(":list"), newId).bind(QStringLiteral(":from"), fromId);
            if (Status s = copy.exec(); !s)
                return Failure{s.error()};
        }
        return GuardedWrite::AuditRow{QStringLiteral("service_list_drafted"), kListEntity, QString::number(year), {},
                                      copiedFrom ? tr("copied from %1").arg(copiedFrom) : QString()};
    });
}

Result<qint64> ServiceRepository::saveItem(const Session &who, const ServiceItem &input)
{
    ServiceItem item = input;
    item.name = item.name.trimmed();
    item.unit = item.unit.trimmed();
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::ManageFees, kItemEntity,
                                        [&](qint64 &id) -> Result<GuardedWrite::AuditRow> {
        QString before;
        if (item.id > 0) {
            Query old(m_db, QStringLiteral("SELECT %1 FROM service_items WHERE id = :id").arg(kItemColumns));
            old.bind(QStringLiteral(":id"), item.id);
            if (Status s = old.exec(); !s)
                return Failure{s.error()};
            if (!old.next())
                return Failure{tr("The service is no longer on the list.")};
            const ServiceItem was = itemFrom(old);
            item.listId = was.listId;
            before = json(itemJson(was));
        }
        const auto list = listRow(m_db, item.listId);
        if (!list)
            return Failure{list.error()};
        if (!ServiceRules::canEditItems(list->state))
            return Failure{tr("The price list of %1 is %2: only a draft is changed. Draft next year's list to change "
                              "its services.")
                               .arg(list->year)
                               .arg(ServiceRules::stateName(list->state))};
        if (Status s = ServiceRules::checkItem(item); !s)
            return Failure{s.error()};
        Query same(m_db, QStringLiteral("SELECT id FROM service_items WHERE list_id = :list AND name = :name AND id <> :id"));
        same.bind(QStringLiteral(":list"), item.listId).bind(QStringLiteral(":name"), item.name);
        same.bind(QStringLiteral(":id"), item.id);
        if (Status s = same.exec(); !s)
            return Failure{s.error()};
        if (same.next())
            return Failure{tr("Service: \"%1\" is on the list already.").arg(item.name)};
        same.finish();
        const QString values = json(itemJson(item));
        if (item.id == 0) {
            Query q(m_db, QStringLiteral("INSERT INTO service_items (list_id, position, name, paid, price_fen, unit, "
                                         "deposit_fen, break_even, term) VALUES (:list, (SELECT COALESCE(MAX(position), 0) "
                                         "+ 1 FROM service_items WHERE list_id = :list2), :name, :paid, :price, :unit, "
                                         ":deposit, :break_even, :term) RETURNING id"));
            q.bind(QStringLiteral(":list"), item.listId).bind(QStringLiteral(":list2"), item.listId);
            q.bind(QStringLiteral(":name"), item.name).bind(QStringLiteral(":paid"), item.paid ? 1 : 0);
            q.bind(QStringLiteral(":price"), item.priceFen).bind(QStringLiteral(":unit"), notNull(item.unit));
            q.bind(QStringLiteral(":deposit"), item.depositFen).bind(QStringLiteral(":break_even"), item.breakEven);
            q.bind(QStringLiteral(":term"), ServiceRules::termCode(item.longTerm));
            const auto newId = q.scalar();
            if (!newId)
                return Failure{newId.error()};
            id = *newId;
            return GuardedWrite::AuditRow{QStringLiteral("service_item_added"), kItemEntity, QString::number(id), {},
                                          values, QString::number(list->year)};
        }
        Query q(m_db, QStringLiteral("UPDATE service_items SET name = :name, paid = :paid, price_fen = :price, unit = :unit, "
                                     "deposit_fen = :deposit, break_even = :break_even, term = :term, row_version = "
                                     "row_version + 1 WHERE id = :id AND row_version = :rv"));
        q.bind(QStringLiteral(":name"), item.name).bind(QStringLiteral(":paid"), item.paid ? 1 : 0);
        q.bind(QStringLiteral(":price"), item.priceFen).bind(QStringLiteral(":unit"), notNull(item.unit));
        q.bind(QStringLiteral(":deposit"), item.depositFen).bind(QStringLiteral(":break_even"), item.breakEven);
        q.bind(QStringLiteral(":term"), ServiceRules::termCode(item.longTerm));
        q.bind(QStringLiteral(":id"), item.id).bind(QStringLiteral(":rv"), item.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("Someone else changed this service meanwhile; look at it again.")};
        id = item.id;
        return GuardedWrite::AuditRow{QStringLiteral("service_item_changed"), kItemEntity, QString::number(id), before,
                                      values, QString::number(list->year)};
    });
}

Status ServiceRepository::removeItem(const Session &who, qint64 itemId)
{
    return GuardedWrite::run(m_db, who, Permission::ManageFees, kItemEntity, [&]() -> Result<GuardedWrite::AuditRow> {
        Query old(m_db, QStringLiteral("SELECT %1 FROM service_items WHERE id = :id").arg(kItemColumns));
        old.bind(QStringLiteral(":id"), itemId);
        if (Status s = old.exec(); !s)
            return Failure{s.error()};
        if (!old.next())
            return Failure{tr("The service is no longer on the list.")};
        const ServiceItem was = itemFrom(old);
        old.finish();
        const auto list = listRow(m_db, was.listId);
        if (!list)
            return Failure{list.error()};
        // A draft's items have no orders and no fee items yet: taking one off the draft leaves nothing behind.
        if (!ServiceRules::canEditItems(list->state))
            return Failure{tr("The price list of %1 is %2: only a draft is changed.")
                               .arg(list->year)
                               .arg(ServiceRules::stateName(list->state))};
        Query q(m_db, QStringLiteral("DELETE FROM service_items WHERE id = :id"));
        q.bind(QStringLiteral(":id"), itemId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("service_item_removed"), kItemEntity, QString::number(itemId),
                                      json(itemJson(was)), {}, QString::number(list->year)};
    });
}

Status ServiceRepository::approve(const Session &who, qint64 listId)
{
    return GuardedWrite::run(m_db, who, Permission::ManageFees, kListEntity, [&]() -> Result<GuardedWrite::AuditRow> {
        const auto list = listRow(m_db, listId);
        if (!list)
            return Failure{list.error()};
        if (!ServiceRules::canApprove(list->state))
            return Failure{tr("The price list of %1 is %2: only a draft is approved.")
                               .arg(list->year)
                               .arg(ServiceRules::stateName(list->state))};
        // Seed 002: the office manager drafts, the company manager approves.
        if (list->draftedLogin == who.username)
            return Failure{tr("You drafted the price list of %1: another manager or the administrator approves it.")
                               .arg(list->year)};
        Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM service_items WHERE list_id = :id"));
        count.bind(QStringLiteral(":id"), listId);
        const auto items = count.scalar();
        if (!items)
            return Failure{items.error()};
        if (*items == 0)
            return Failure{tr("The price list of %1 has no services yet.").arg(list->year)};
        if (Status s = setState(m_db, who, listId, ServiceListState::Drafted, ServiceListState::Approved); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("service_list_approved"), kListEntity, QString::number(list->year),
                                      ServiceRules::stateCode(list->state),
                                      ServiceRules::stateCode(ServiceListState::Approved), list->draftedBy};
    });
}

Status ServiceRepository::publish(const Session &who, qint64 listId)
{
    return GuardedWrite::run(m_db, who, Permission::ManageFees, kListEntity, [&]() -> Result<GuardedWrite::AuditRow> {
        auto list = listRow(m_db, listId);
        if (!list)
            return Failure{list.error()};
        if (!ServiceRules::canPublish(list->state))
            return Failure{tr("The price list of %1 is %2: a list is published once it is approved.")
                               .arg(list->year)
                               .arg(ServiceRules::stateName(list->state))};
        if (Status s = setState(m_db, who, listId, ServiceListState::Approved, ServiceListState::Published); !s)
            return Failure{s.error()};
        Query items(m_db, QStringLiteral("SELECT %1 FROM service_items WHERE list_id = :list AND paid = 1 ORDER BY position, id")
                              .arg(kItemColumns));
        items.bind(QStringLiteral(":list"), listId);
        auto paid = items.rows([](Query &r) { return itemFrom(r); });
        if (!paid)
            return Failure{paid.error()};
        // Each paid service is billed like any other item: a special service, fixed per house and
        // month, for the list's year; generateBills bills it only to houses with an order.
        FeeRepository fees(m_db);
        Query link(m_db, QStringLiteral("UPDATE service_items SET fee_item_id = :fee WHERE id = :id"));
        int number = 0;
        for (const ServiceItem &item : paid.value()) {
            FeeItem fee;
            fee.code = QStringLiteral("BM%1-%2").arg(list->year).arg(++number, 2, 10, QLatin1Char('0'));
            fee.name = item.name;
            fee.kind = QStringLiteral("special_service");
            fee.basis = FeeBasis::Fixed;
            fee.rateCentiFen = item.priceFen * 100;
            fee.cycle = FeeCycle::Month;
            fee.houseTypes = ResidentCodes::houseTypes();
            fee.firstMonth = monthKey(list->year, 1);
            fee.lastMonth = monthKey(list->year, 12);
            const auto feeId = fees.addItem(who, fee);
            if (!feeId)
                return Failure{tr("Service \"%1\": %2").arg(item.name, feeId.error())};
            link.bind(QStringLiteral(":fee"), *feeId).bind(QStringLiteral(":id"), item.id);
            if (Status s = link.exec(); !s)
                return Failure{s.error()};
        }
        // The January reminder has been answered.
        Query handled(m_db, QStringLiteral("UPDATE office_notifications SET handled_at = :at, handled_by = :by WHERE "
                                           "source = :source AND source_id = :year AND handled_at IS NULL"));
        handled.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), notNull(who.displayName));
        handled.bind(QStringLiteral(":source"), kReviewSource).bind(QStringLiteral(":year"), QString::number(list->year));
        if (Status s = handled.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("service_list_published"), kListEntity, QString::number(list->year),
                                      ServiceRules::stateCode(ServiceListState::Approved),
                                      ServiceRules::stateCode(ServiceListState::Published),
                                      tr("%n paid service(s) billed", nullptr, int(paid->size()))};
    });
}
