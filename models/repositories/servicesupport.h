#pragma once

// What ServiceRepository's files share: the column lists, how rows are read, and the rule of a
// long-term order running on a day. Not for use outside models/repositories.

#include "models/database/binding.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/convenienceservices.h"
#include "models/domain/money.h"
#include "models/domain/session.h"
#include "models/repositories/feesupport.h"
#include "models/repositories/servicerepository.h"

#include <QJsonObject>

namespace ServiceSupport {

using Binding::instantOrNull;
using Binding::notNull;
using FeeSupport::dayFrom;
using FeeSupport::isoDay;
using FeeSupport::json;

inline const QString kListEntity = QStringLiteral("service_price_list");
inline const QString kItemEntity = QStringLiteral("service_item");
inline const QString kOrderEntity = QStringLiteral("service_order");
inline const QString kReviewSource = QStringLiteral("service_price_review");

inline const QString kListColumns = QStringLiteral(
    "id, year, state, drafted_at, drafted_by, drafted_login, approved_at, approved_by, published_at, published_by, "
    "row_version");

inline const QString kItemColumns = QStringLiteral(
    "id, list_id, position, name, paid, price_fen, unit, deposit_fen, break_even, term, fee_item_id, row_version");

// A house takes a long-term service on a day: started, not ended, not stopped on or before it.
// The day is bound three times (:d1, :d2, :d3).
inline const QString kActiveOn = QStringLiteral(
    "o.start_date <= :d1 AND (o.end_date IS NULL OR o.end_date >= :d2) AND (o.stopped = 0 OR o.stopped_on > :d3)");

inline const QString kOrderSelect = QStringLiteral(
    "SELECT o.id, o.house_id, h.number, o.resident_name, o.phone, o.item_id, i.name, l.year, i.paid, i.term, "
    "i.price_fen, i.unit, i.deposit_fen, o.start_date, o.end_date, o.signature_confirmed, o.bill_id, o.stopped, "
    "o.void_reason, o.stopped_on, o.stopped_at, o.stopped_by, o.created_at, o.created_by, o.row_version "
    "FROM service_orders o JOIN houses h ON h.id = o.house_id JOIN service_items i ON i.id = o.item_id "
    "JOIN service_price_lists l ON l.id = i.list_id ");
inline const QString kOrderOrder = QStringLiteral(" ORDER BY i.name, h.number, o.start_date, o.id");

inline void bindDay(Query &q, const QDate &day)
{
    const QString d = isoDay(day);
    q.bind(QStringLiteral(":d1"), d).bind(QStringLiteral(":d2"), d).bind(QStringLiteral(":d3"), d);
}

inline ServicePriceList listFrom(const Query &q)
{
    ServicePriceList l;
    l.id = q.value(0).toLongLong();
    l.year = q.value(1).toInt();
    l.state = ServiceRules::stateFromCode(q.value(2).toString()).value_or(ServiceListState::Drafted);
    l.draftedAt = fromStored(q.value(3).toLongLong());
    l.draftedBy = q.value(4).toString();
    l.draftedLogin = q.value(5).toString();
    l.approvedAt = instantOrNull(q.value(6));
    l.approvedBy = q.value(7).toString();
    l.publishedAt = instantOrNull(q.value(8));
    l.publishedBy = q.value(9).toString();
    l.rowVersion = q.value(10).toInt();
    return l;
}

inline ServiceItem itemFrom(const Query &q)
{
    ServiceItem i;
    i.id = q.value(0).toLongLong();
    i.listId = q.value(1).toLongLong();
    i.position = q.value(2).toInt();
    i.name = q.value(3).toString();
    i.paid = q.value(4).toInt() != 0;
    i.priceFen = q.value(5).toLongLong();
    i.unit = q.value(6).toString();
    i.depositFen = q.value(7).toLongLong();
    i.breakEven = q.value(8).toInt();
    i.longTerm = q.value(9).toString() == QLatin1String("long_term");
    i.feeItemId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    i.rowVersion = q.value(11).toInt();
    return i;
}

inline ServiceOrder orderFrom(const Query &q)
{
    ServiceOrder o;
    o.id = q.value(0).toLongLong();
    o.houseId = q.value(1).toLongLong();
    o.houseNumber = q.value(2).toString();
    o.residentName = q.value(3).toString();
    o.phone = q.value(4).toString();
    o.itemId = q.value(5).toLongLong();
    o.itemName = q.value(6).toString();
    o.listYear = q.value(7).toInt();
    o.paid = q.value(8).toInt() != 0;
    o.longTerm = q.value(9).toString() == QLatin1String("long_term");
    o.priceFen = q.value(10).toLongLong();
    o.unit = q.value(11).toString();
    o.depositFen = q.value(12).toLongLong();
    o.start = dayFrom(q.value(13));
    o.end = q.value(14).isNull() ? QDate() : dayFrom(q.value(14));
    o.signatureConfirmed = q.value(15).toInt() != 0;
    o.billId = q.value(16).isNull() ? 0 : q.value(16).toLongLong();
    o.stopped = q.value(17).toInt() != 0;
    o.stopReason = q.value(18).toString();
    o.stoppedOn = q.value(19).isNull() ? QDate() : dayFrom(q.value(19));
    o.stoppedAt = instantOrNull(q.value(20));
    o.stoppedBy = q.value(21).toString();
    o.createdAt = fromStored(q.value(22).toLongLong());
    o.createdBy = q.value(23).toString();
    o.rowVersion = q.value(24).toInt();
    return o;
}

inline QJsonObject itemJson(const ServiceItem &i)
{
    return QJsonObject{{QStringLiteral("name"), i.name},
                       {QStringLiteral("paid"), i.paid},
                       {QStringLiteral("price"), Money::formatYuan(i.priceFen)},
                       {QStringLiteral("unit"), i.unit},
                       {QStringLiteral("deposit"), Money::formatYuan(i.depositFen)},
                       {QStringLiteral("break_even"), i.breakEven},
                       {QStringLiteral("term"), ServiceRules::termCode(i.longTerm)}};
}

// The list's state as it is in the database now (inside the write's transaction).
inline Result<ServicePriceList> listRow(const Database &db, qint64 listId)
{
    Query q(db, QStringLiteral("SELECT %1 FROM service_price_lists WHERE id = :id").arg(kListColumns));
    q.bind(QStringLiteral(":id"), listId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{ServiceRepository::tr("There is no such price list.")};
    return listFrom(q);
}

inline Status setState(Database &db, const Session &who, qint64 listId, ServiceListState from, ServiceListState to)
{
    const bool approving = to == ServiceListState::Approved;
    Query q(db, approving ? QStringLiteral("UPDATE service_price_lists SET state = :to, approved_at = :at, approved_by = "
                                           ":by, row_version = row_version + 1 WHERE id = :id AND state = :from")
                          : QStringLiteral("UPDATE service_price_lists SET state = :to, published_at = :at, published_by = "
                                           ":by, row_version = row_version + 1 WHERE id = :id AND state = :from"));
    q.bind(QStringLiteral(":to"), ServiceRules::stateCode(to)).bind(QStringLiteral(":from"), ServiceRules::stateCode(from));
    q.bind(QStringLiteral(":at"), toStored(db.clock().now())).bind(QStringLiteral(":by"), notNull(who.displayName));
    q.bind(QStringLiteral(":id"), listId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Failure{ServiceRepository::tr("Someone else changed the price list meanwhile; look at it again.")};
    return {};
}
} // namespace ServiceSupport
