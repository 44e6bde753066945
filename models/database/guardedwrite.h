#pragma once

#include "models/database/transaction.h"
#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QString>
#include <QVariant>

#include <functional>

class Database;

// How a repository ends a sensitive change (its audit row, then commit, in the transaction the
// change ran in) and voids a row with a reason (permission checked against the account as it
// stands now, one transaction, the row, its audit row, commit). Nothing of the change stays
// when any step fails.
namespace GuardedWrite {

// The audit row that describes a change (see AuditLog::record).
struct AuditRow
{
    AuditRow(const QString &action_, const QString &entity_, const QString &entityId_ = {},
             const QString &oldValue_ = {}, const QString &newValue_ = {}, const QString &detail_ = {})
        : action(action_), entity(entity_), entityId(entityId_), oldValue(oldValue_), newValue(newValue_),
          detail(detail_)
    {
    }

    QString action, entity, entityId, oldValue, newValue, detail;
};

// Writes the audit row in the transaction and commits.
Status recordAndCommit(Database &db, Transaction &tx, const Session &who, const AuditRow &row);

// A row taken out of use with a reason ("void"): nothing is deleted.
struct VoidRow
{
    VoidRow(const QString &table_, const QVariant &id_, const QString &entity_, const QString &entityId_,
            const QString &notFound_, bool stamped_ = false)
        : table(table_), id(id_), entity(entity_), entityId(entityId_), notFound(notFound_), stamped(stamped_)
    {
    }

    QString table;          // a constant table name with voided and void_reason columns
    QVariant id;            // bound to the row's id
    QString entity;         // as written in the audit log
    QString entityId;       // as written in the audit log
    QString notFound;       // the message when there is no such row, or it is already voided
    bool stamped = false;   // the table keeps row_version, updated_at and updated_by
    QString oldValue;       // the audit row's old value, if any
    std::function<Status()> alsoWrite; // further writes in the same transaction, after the row's
};

// Permission, then a reason (reasonMissing when it is empty). maxLength > 0 also limits the
// reason's length (tooLong when it is longer).
Status checkVoid(Database &db, const Session &who, Permission permission, const QString &what,
                 const QString &reason, const QString &reasonMissing, int maxLength = 0,
                 const QString &tooLong = {});

// Sets voided = 1 and void_reason (and the stamp), runs alsoWrite, records "void" with the
// reason, commits. Call checkVoid() first.
Status voidRow(Database &db, const Session &who, const VoidRow &row, const QString &reason);

// checkVoid() with no length limit, then voidRow().
Status voidWithReason(Database &db, const Session &who, Permission permission, const QString &what,
                      const QString &reasonMissing, const VoidRow &row, const QString &reason);

} // namespace GuardedWrite
