#pragma once

#include "models/database/binding.h"
#include "models/database/boundsql.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/fees.h"
#include "models/repositories/settingsrepository.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// What the fee repository and its queries share: how a paid amount is counted, how a bill row
// is read, and whose the house is. Not for use outside models/repositories.
namespace FeeSupport {

// What a bill is paid now: the allocations of its payments not reversed, kept on the bill by
// migration 0016's triggers. The argument is the bills table's alias.
inline QString paidNow(const QString &bill)
{
    return QStringLiteral("%1.paid_fen").arg(bill);
}

// What a bill was paid at the instant bound to the placeholder: its allocations made by then, of
// payments not reversed by then. That is what it is paid now, less what was allocated after the
// instant (of payments not reversed), plus what payments reversed after the instant had paid by
// then: only the history after the instant is read. The placeholder is used three times, so it
// comes with a suffix each time (bindAt binds them).
inline QString paidAt(const QString &bill, const QString &placeholder)
{
    return QStringLiteral("(%1.paid_fen - (SELECT COALESCE(SUM(CASE WHEN p.reversed = 0 THEN a.fen ELSE -a.fen END), 0) "
                          "FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE a.bill_id = %1.id "
                          "AND ((p.reversed = 0 AND a.allocated_at > %2_a) "
                          "OR (p.reversed <> 0 AND p.reversed_at > %2_b AND a.allocated_at <= %2_c))))")
        .arg(bill, placeholder);
}

inline void bindAt(Query &q, const QString &placeholder, qint64 ms)
{
    q.bind(placeholder + QStringLiteral("_a"), ms)
        .bind(placeholder + QStringLiteral("_b"), ms)
        .bind(placeholder + QStringLiteral("_c"), ms);
}

// The bills that may have been unpaid at the instant bound to the placeholder: those unpaid now
// (the partial index bills_unpaid, due by the condition given on the bills' own columns) and
// those whose payments changed after the instant. Every other bill was paid in full then as it
// is now. Bound by bindUnpaidAt.
inline QString unpaidAtIds(const QString &dueCondition, const QString &placeholder)
{
    return QStringLiteral("(SELECT id FROM bills WHERE amount_fen > paid_fen AND %1 "
                          "UNION SELECT a.bill_id FROM payment_allocations a WHERE a.allocated_at > %2_d "
                          "UNION SELECT a.bill_id FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
                          "WHERE p.reversed <> 0 AND p.reversed_at > %2_e)")
        .arg(dueCondition, placeholder);
}

inline void bindUnpaidAt(Query &q, const QString &placeholder, qint64 ms)
{
    q.bind(placeholder + QStringLiteral("_d"), ms).bind(placeholder + QStringLiteral("_e"), ms);
}

inline QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QDate localDay(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

inline QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

inline QDate dayFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

// The current owners of houses (first owner's resident id, names joined with 、).
struct Owner
{
    qint64 residentId = 0;
    QString names;
};

// The current owners of a house (0: of every house).
inline BoundSql currentOwnersSql(qint64 houseId)
{
    return {QStringLiteral("SELECT l.house_id, r.id, r.name FROM resident_houses l "
                           "JOIN residents r ON r.id = l.resident_id "
                           "WHERE l.role = 'owner' AND l.ended = 0 AND r.voided = 0 "
                           "AND (:all = 1 OR l.house_id = :house) ORDER BY l.house_id, l.id"),
            {{QStringLiteral(":all"), houseId == 0 ? 1 : 0}, {QStringLiteral(":house"), houseId}}};
}

inline Result<QHash<qint64, Owner>> currentOwners(const Database &db, qint64 houseId = 0)
{
    const BoundSql sql = currentOwnersSql(houseId);
    Query q(db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QHash<qint64, Owner> owners;
    while (q.next()) {
        Owner &o = owners[q.value(0).toLongLong()];
        if (o.residentId == 0)
            o.residentId = q.value(1).toLongLong();
        if (!o.names.isEmpty())
            o.names += QStringLiteral("、");
        o.names += q.value(2).toString();
    }
    return owners;
}

} // namespace FeeSupport
