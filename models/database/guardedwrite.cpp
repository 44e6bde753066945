#include "models/database/guardedwrite.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"

#include <QSqlError>
#include <QSqlQuery>

namespace GuardedWrite {
namespace {
// The writes run inside a savepoint of the transaction, so that a change that is refused or
// fails takes back only its own writes: a caller's enclosing transaction stays as it was, and
// an import or the demo data go on with the next row (as when every check ran before the
// transaction began). The savepoint's name is a constant; nested ones stack.
Status inSavepoint(Database &db, const std::function<Status()> &writes)
{
    if (db.statementsRefused())
        return writes(); // the transaction did not start: every statement is refused anyway
    QSqlQuery begin(db.connection());
    if (!begin.exec(QStringLiteral("SAVEPOINT guarded_write")))
        return Failure{Database::tr("The change could not be saved: %1").arg(begin.lastError().text())};
    if (Status s = writes(); !s) {
        QSqlQuery undo(db.connection());
        undo.exec(QStringLiteral("ROLLBACK TO SAVEPOINT guarded_write"));
        undo.exec(QStringLiteral("RELEASE SAVEPOINT guarded_write"));
        return s;
    }
    QSqlQuery release(db.connection());
    if (!release.exec(QStringLiteral("RELEASE SAVEPOINT guarded_write")))
        return Failure{Database::tr("The change could not be saved: %1").arg(release.lastError().text())};
    return {};
}

// The transaction's scope ends with a commit either way: after a failure the savepoint has
// taken the change back, and a rollback would doom an enclosing transaction.
Status inTransaction(Database &db, Transaction &tx, const std::function<Status()> &writes)
{
    const Status s = inSavepoint(db, writes);
    const Status committed = tx.commit();
    if (!s)
        return s;
    return committed;
}

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
    return inTransaction(db, tx, writes);
}

Status run(Database &db, const Session &who, Permission permission, const QString &what, const Change &change)
{
    return runAudited(db, who, permission, what, [&]() -> Status { return recordChange(db, who, change); });
}

Status runChecked(Database &db, const Session &who, const Change &change)
{
    Transaction tx(db);
    return inTransaction(db, tx, [&] { return recordChange(db, who, change); });
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
