#include "models/database/guardedwrite.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"

namespace GuardedWrite {

Status recordAndCommit(Database &db, Transaction &tx, const Session &who, const AuditRow &row)
{
    if (Status s = AuditLog(db).record(who, row.action, row.entity, row.entityId, row.oldValue, row.newValue,
                                       row.detail);
        !s)
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
    // The table name is a constant of the calling repository; every value is bound.
    const QString stamp = row.stamped
        ? QStringLiteral(", row_version = row_version + 1, updated_at = :at, updated_by = :by")
        : QString();
    Transaction tx(db);
    Query q(db, QStringLiteral("UPDATE %1 SET voided = 1, void_reason = :reason%2 WHERE id = :id AND voided = 0")
                    .arg(row.table, stamp));
    q.bind(QStringLiteral(":reason"), trimmed).bind(QStringLiteral(":id"), row.id);
    if (row.stamped)
        q.bind(QStringLiteral(":at"), toStored(db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Failure{row.notFound};
    if (row.alsoWrite) {
        if (Status s = row.alsoWrite(); !s)
            return s;
    }
    return recordAndCommit(db, tx, who, {QStringLiteral("void"), row.entity, row.entityId, row.oldValue, {}, trimmed});
}

Status voidWithReason(Database &db, const Session &who, Permission permission, const QString &what,
                      const QString &reasonMissing, const VoidRow &row, const QString &reason)
{
    if (Status s = checkVoid(db, who, permission, what, reason, reasonMissing); !s)
        return s;
    return voidRow(db, who, row, reason);
}

} // namespace GuardedWrite
