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

// Allocations that count now: of payments not reversed.
inline QString paidNow(const QString &billColumn)
{
    return QStringLiteral("(SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a JOIN payments p ON "
                          "p.id = a.payment_id WHERE a.bill_id = %1 AND p.reversed = 0)")
        .arg(billColumn);
}

// Allocations that counted at the instant bound to the placeholder: made by then, of payments
// not reversed by then. The placeholder is used twice, so it comes with a suffix each time.
inline QString paidAt(const QString &billColumn, const QString &placeholder)
{
    return QStringLiteral("(SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a JOIN payments p ON "
                          "p.id = a.payment_id WHERE a.bill_id = %1 AND a.allocated_at <= %2_a "
                          "AND (p.reversed = 0 OR p.reversed_at > %2_b))")
        .arg(billColumn, placeholder);
}

inline void bindAt(Query &q, const QString &placeholder, qint64 ms)
{
    q.bind(placeholder + QStringLiteral("_a"), ms).bind(placeholder + QStringLiteral("_b"), ms);
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
