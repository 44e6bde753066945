#include "models/repositories/auditlog.h"

#include "models/database/auditchain.h"
#include "models/database/database.h"
#include "models/database/query.h"

#include <optional>

Status AuditLog::record(const Session &who, const QString &action, const QString &entity, const QString &entityId,
                        const QString &oldValue, const QString &newValue, const QString &detail)
{
    // Chained to the row before it (see AuditChain), in the writer's transaction.
    AuditRow row;
    row.at = m_db.clock().now();
    row.userId = who.userId;
    row.username = who.username;
    row.action = action;
    row.entity = entity;
    row.entityId = entityId;
    row.oldValue = oldValue;
    row.newValue = newValue;
    row.detail = detail;
    return AuditChain::append(m_db, row);
}

Status AuditLog::recordAnonymous(const QString &username, const QString &action, const QString &entity,
                                 const QString &entityId, const QString &detail)
{
    Session nobody;
    nobody.username = username;
    return record(nobody, action, entity, entityId, {}, {}, detail);
}

namespace {
// The account as it stands now, or why it cannot act (changed: because it was disabled).
struct AccountNow
{
    std::optional<Session> session;
    QString problem;
    bool changed = false;
};

AccountNow accountNow(const Database &db, const Session &who)
{
    if (who.userId <= 0)
        return {who, {}, false};
    Query q(db, QStringLiteral("SELECT role, active FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), who.userId);
    if (Status s = q.exec(); !s)
        return {std::nullopt, s.error(), false};
    const bool found = q.next();
    const auto role = found ? Roles::fromCode(q.value(0).toString()) : std::nullopt;
    if (!found || q.value(1).toInt() == 0 || !role)
        return {std::nullopt, AuditLog::tr("Your account was disabled; sign in again."), true};
    Session now = who;
    now.role = *role;
    return {now, {}, false};
}

// Refused: the message to show, told to whoever watches for changed accounts when the
// account lost its rights after signing in.
QString refusalOf(const Database &db, const AccountNow &now, const Session &who, const QString &plainRefusal)
{
    QString changed;
    if (now.changed)
        changed = now.problem;
    else if (now.session && now.session->role != who.role)
        changed = AuditLog::tr("Your role is now %1; sign in again.").arg(Roles::displayName(now.session->role));
    else
        return now.session ? plainRefusal : now.problem;
    db.reportAccountChanged(changed);
    return changed;
}
} // namespace

Result<Session> AuditLog::current(const Database &db, const Session &who)
{
    const AccountNow now = accountNow(db, who);
    if (!now.session)
        return Failure{now.problem};
    return *now.session;
}

bool AuditLog::allows(const Database &db, const Session &who, Permission permission)
{
    const AccountNow now = accountNow(db, who);
    return now.session && now.session->can(permission);
}

Status AuditLog::permits(const Database &db, const Session &who, std::initializer_list<Permission> permissions,
                         const QString &refusal)
{
    const AccountNow now = accountNow(db, who);
    if (now.session) {
        for (const Permission permission : permissions) {
            if (now.session->can(permission))
                return {};
        }
    }
    return Failure{refusalOf(db, now, who, refusal)};
}

Status AuditLog::require(const Session &who, Permission permission, const QString &what)
{
    const AccountNow now = accountNow(m_db, who);
    if (now.session && now.session->can(permission))
        return {};
    record(who, QStringLiteral("permission_denied"), what, {}, {}, {}, Roles::permissionCode(permission));
    return Failure{refusalOf(m_db, now, who,
                             tr("%1 (%2) may not %3.")
                                 .arg(who.displayName, Roles::displayName(who.role), Roles::permissionName(permission)))};
}

BoundSql AuditLog::entriesSql(const AuditFilter &filter)
{
    // Only the conditions the filter has, so that each one can use its index; constant
    // fragments only, every value bound.
    BoundSql sql;
    sql.sql = QStringLiteral("SELECT id, at, username, action, entity, entity_id, old_value, new_value, detail "
                             "FROM audit_log WHERE 1 = 1");
    if (filter.from.isValid()) {
        sql.sql += QStringLiteral(" AND at >= :from_at");
        sql.bind(QStringLiteral(":from_at"), toStored(filter.from));
    }
    if (filter.to.isValid()) {
        sql.sql += QStringLiteral(" AND at < :to_at");
        sql.bind(QStringLiteral(":to_at"), toStored(filter.to));
    }
    if (!filter.action.isEmpty()) {
        sql.sql += QStringLiteral(" AND action = :action");
        sql.bind(QStringLiteral(":action"), filter.action);
    }
    if (!filter.username.isEmpty()) {
        sql.sql += QStringLiteral(" AND username = :username");
        sql.bind(QStringLiteral(":username"), filter.username);
    }
    if (filter.beforeAt.isValid()) {
        sql.sql += QStringLiteral(" AND at <= :before_bound AND (at < :before_at OR (at = :before_same AND id < :before_id))");
        sql.bind(QStringLiteral(":before_bound"), toStored(filter.beforeAt));
        sql.bind(QStringLiteral(":before_at"), toStored(filter.beforeAt));
        sql.bind(QStringLiteral(":before_same"), toStored(filter.beforeAt));
        sql.bind(QStringLiteral(":before_id"), filter.beforeId);
    }
    sql.sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT :limit");
    sql.bind(QStringLiteral(":limit"), filter.limit);
    return sql;
}

Result<QList<AuditEntry>> AuditLog::entries(const Session &who, const AuditFilter &filter)
{
    if (Status allowed = require(who, Permission::ViewReportsAndAudit, QStringLiteral("audit_log")); !allowed)
        return Failure{allowed.error()};
    const BoundSql sql = entriesSql(filter);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStored(q.value(1).toLongLong());
        e.username = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.detail = q.value(8).toString();
        list << e;
    }
    return list;
}

Result<QStringList> AuditLog::actions(const Session &who)
{
    if (Status s = permits(m_db, who, {Permission::ViewReportsAndAudit}, tr("You may not view the audit log.")); !s)
        return Failure{s.error()};
    // One index step per distinct action (a loose index scan), not a pass over the whole log.
    Query q(m_db, QStringLiteral("WITH RECURSIVE a (action) AS (SELECT MIN(action) FROM audit_log UNION ALL "
                                 "SELECT (SELECT MIN(action) FROM audit_log WHERE action > a.action) FROM a "
                                 "WHERE a.action IS NOT NULL) SELECT action FROM a WHERE action IS NOT NULL ORDER BY action"));
    return q.texts();
}
