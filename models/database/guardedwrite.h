#pragma once

#include "models/database/transaction.h"
#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class Database;

// How a repository writes: the permission checked against the account as it stands now
// (AuditLog::require), then one transaction (BEGIN IMMEDIATE on SQLite) with the change and
// its audit row, then commit; and how it voids a row with a reason. Nothing of the change
// stays when any step fails.
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

    // A change that found nothing to write (the row was there already): no audit row.
    static AuditRow nothing() { return AuditRow({}, {}); }

    QString action, entity, entityId, oldValue, newValue, detail;
};

// The writes of a change, returning the audit row that describes them; a failure rolls back
// everything. The change may validate first (inside the transaction) and may record further
// audit rows itself.
using Change = std::function<Result<AuditRow>()>;

// Transaction (BEGIN IMMEDIATE on SQLite), AuditLog::require(who, permission, what) in it (a
// refusal is recorded and kept), the change, its audit row, commit.
Status run(Database &db, const Session &who, Permission permission, const QString &what, const Change &change);

// The same for writes that record their own audit rows (one for each row they write).
Status runAudited(Database &db, const Session &who, Permission permission, const QString &what,
                  const std::function<Status()> &writes);

// The same for a caller that has checked the permission itself, because it had to load the row
// first (RequestRepository: the step's permission, then what the workflow allows).
Status runChecked(Database &db, const Session &who, const Change &change);

// A row taken out of use with a reason ("void"): nothing is deleted.
struct VoidRow
{
    VoidRow(const QString &table_, const QVariant &id_, const QString &entity_, const QString &entityId_,
            const QString &notFound_, bool stamped_ = false)
        : table(table_), id(id_), entity(entity_), entityId(entityId_), notFound(notFound_), stamped(stamped_)
    {
    }

    QString table;          // a constant table name with a void_reason column
    QVariant id;            // bound to the row's id
    QString entity;         // as written in the audit log
    QString entityId;       // as written in the audit log
    QString notFound;       // the message when there is no such row, or it is already voided
    bool stamped = false;   // the table keeps row_version, updated_at and updated_by
    bool versioned = false; // the table keeps row_version (and no updated_at)
    std::optional<int> rowVersion; // the row as the caller saw it (row_version must still match)
    QString voidedSet = QStringLiteral("voided = 1");  // how the row is marked void (a constant)
    QString liveWhere = QStringLiteral("voided = 0");  // which rows can still be voided (a constant)
    QList<QPair<QString, QVariant>> alsoSet;           // further columns (constant names, bound values)
    QString action = QStringLiteral("void");           // the audit row's action
    QString oldValue;       // the audit row's old value, if any
    QString newValue;       // the audit row's new value, if any
    std::function<Status()> alsoWrite; // further writes in the same transaction, after the row's
};

// run() for a change that also gives back a value (the new row's id): the change sets out.
template<typename T>
Result<T> runFor(Database &db, const Session &who, Permission permission, const QString &what,
                 const std::function<Result<AuditRow>(T &out)> &change)
{
    T value{};
    if (Status s = run(db, who, permission, what, [&] { return change(value); }); !s)
        return Failure{s.error()};
    return value;
}

// runAudited() for writes that also give back a value.
template<typename T>
Result<T> runAuditedFor(Database &db, const Session &who, Permission permission, const QString &what,
                        const std::function<Status(T &out)> &writes)
{
    T value{};
    if (Status s = runAudited(db, who, permission, what, [&] { return writes(value); }); !s)
        return Failure{s.error()};
    return value;
}

// runChecked() for a change that also gives back a value.
template<typename T>
Result<T> runCheckedFor(Database &db, const Session &who, const std::function<Result<AuditRow>(T &out)> &change)
{
    T value{};
    if (Status s = runChecked(db, who, [&] { return change(value); }); !s)
        return Failure{s.error()};
    return value;
}

// Permission, then a reason (reasonMissing when it is empty). maxLength > 0 also limits the
// reason's length (tooLong when it is longer).
Status checkVoid(Database &db, const Session &who, Permission permission, const QString &what,
                 const QString &reason, const QString &reasonMissing, int maxLength = 0,
                 const QString &tooLong = {});

// Sets voided = 1 (voidedSet) and void_reason (and alsoSet, the stamp), runs alsoWrite, records
// "void" (action) with the reason, commits. Call checkVoid() first, or check the permission and
// the reason in the caller.
Status voidRow(Database &db, const Session &who, const VoidRow &row, const QString &reason);

// checkVoid() with no length limit, then voidRow().
Status voidWithReason(Database &db, const Session &who, Permission permission, const QString &what,
                      const QString &reasonMissing, const VoidRow &row, const QString &reason);

} // namespace GuardedWrite
