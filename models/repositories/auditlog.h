#pragma once

#include "models/database/boundsql.h"

#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <initializer_list>

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString username;
    QString action;
    QString entity;
    QString entityId;
    QString oldValue;
    QString newValue;
    QString detail;
};

struct AuditFilter
{
    QDateTime from; // inclusive, UTC; invalid = open
    QDateTime to;   // exclusive, UTC; invalid = open
    QString action; // empty = any
    QString username;
    int limit = 500;
    // Keyset paging: only entries older than this one (at, id), newest first.
    QDateTime beforeAt;
    qint64 beforeId = 0;
};

// The append-only audit log. Written by the data layer in the same transaction
// as the change it describes; the database refuses UPDATE and DELETE on it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db) : m_db(db) {}

    Status record(const Session &who, const QString &action, const QString &entity, const QString &entityId = {},
                  const QString &oldValue = {}, const QString &newValue = {}, const QString &detail = {});
    // For events with no signed-in user yet (a failed login names the account tried).
    Status recordAnonymous(const QString &username, const QString &action, const QString &entity,
                           const QString &entityId, const QString &detail);

    // Refuses (and records the refusal) unless who may do permission. Every check uses the
    // account as it stands now (see current()).
    Status require(const Session &who, Permission permission, const QString &what);

    // The account as it stands in the database now. A session lives as long as its window,
    // and the administrator may disable the account or give it another role meanwhile: the
    // result carries the current role, or fails when the account is disabled. The command
    // line (user id 0) owns the database file and is taken as it is.
    static Result<Session> current(const Database &db, const Session &who);
    // Whether the account may do permission now; nothing is recorded.
    static bool allows(const Database &db, const Session &who, Permission permission);
    // Nothing recorded: succeeds when the current role allows one of permissions; otherwise
    // fails with the reason the account lost its rights, or else with refusal.
    static Status permits(const Database &db, const Session &who, std::initializer_list<Permission> permissions,
                          const QString &refusal);

    Result<QList<AuditEntry>> entries(const Session &who, const AuditFilter &filter);
    // The statement entries() runs: only the filter's conditions, newest first, keyset paged.
    static BoundSql entriesSql(const AuditFilter &filter);
    Result<QStringList> actions(const Session &who);

private:
    Database &m_db;
};
