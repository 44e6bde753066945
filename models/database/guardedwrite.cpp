#include "models/database/guardedwrite.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"

namespace GuardedWrite {
namespace {
Status recordChange(Database &db, const Session &who, const Change &change)
{
    const Result<AuditRow> row = change();
    if (!row)
        return Failure{row.error()};
    if (row->action.isEmpty())
        return {};
    return AuditLog(db).record(who, row->action, row->entity, row->entityId, row->oldValue, row->newValue,
                               row->detail);
}
} // namespace

Status runAudited(Database &db, const Session &who, Permission permission, const QString &what,
                  const std::function<Status()> &writes)
{
    Transaction tx(db);
    if (Status allowed = AuditLog(db).require(who, permission, what); !allowed) {
        tx.commit(); // keep the record of the refusal
        return allowed;
    }
    if (Status s = writes(); !s)
        return s;
    return tx.commit();
}

Status run(Database &db, const Session &who, Permission permission, const QString &what, const Change &change)
{
    return runAudited(db, who, permission, what, [&]() -> Status { return recordChange(db, who, change); });
}

Status runChecked(Database &db, const Session &who, const Change &change)
{
    Transaction tx(db);
    if (Status s = recordChange(db, who, change); !s)
        return s;
    return tx.commit();
}

Status checkVoid(Database &db, const Session &who, Permission permission, const QString &what,
                 const QString &reason, const QString &reasonMissing, int maxLength, const QString &tooLong)
{
    if (Status allowed = AuditLog(db).require(who, permission, what); !allowed)
        return allowed;
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Failure{reasonMissing};
    if (maxLength > 0 && trimmed.size() > maxLength)
        return Failure{tooLong};
    return {};
}

Status voidRow(Database &db, const Session &who, const VoidRow &row, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    // The table and column names are constants of the calling repository; every value is bound.
    QString set = row.voidedSet + QStringLiteral(", void_reason = :reason");
    for (int i = 0; i < row.alsoSet.size(); ++i)
        set += QStringLiteral(", %1 = :s%2").arg(row.alsoSet.at(i).first).arg(i);
    if (row.stamped || row.versioned || row.rowVersion)
        set += QStringLiteral(", row_version = row_version + 1");
    if (row.stamped)
        set += QStringLiteral(", updated_at = :at, updated_by = :by");
    QString where = QStringLiteral("id = :id AND ") + row.liveWhere;
    if (row.rowVersion)
        where += QStringLiteral(" AND row_version = :rv");
    return runChecked(db, who, [&]() -> Result<AuditRow> {
        Query q(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(row.table, set, where));
        q.bind(QStringLiteral(":reason"), trimmed).bind(QStringLiteral(":id"), row.id);
        for (int i = 0; i < row.alsoSet.size(); ++i)
            q.bind(QStringLiteral(":s%1").arg(i), row.alsoSet.at(i).second);
        if (row.stamped)
            q.bind(QStringLiteral(":at"), toStored(db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        if (row.rowVersion)
            q.bind(QStringLiteral(":rv"), *row.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{row.notFound};
        if (row.alsoWrite) {
            if (Status s = row.alsoWrite(); !s)
                return Failure{s.error()};
        }
        return AuditRow{row.action, row.entity, row.entityId, row.oldValue, row.newValue, trimmed};
    });
}

Status voidWithReason(Database &db, const Session &who, Permission permission, const QString &what,
                      const QString &reasonMissing, const VoidRow &row, const QString &reason)
{
    if (Status s = checkVoid(db, who, permission, what, reason, reasonMissing); !s)
        return s;
    return voidRow(db, who, row, reason);
}

} // namespace GuardedWrite
