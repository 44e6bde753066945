#pragma once

#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

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

    // Refuses (and records the refusal) unless who may do permission.
    Status require(const Session &who, Permission permission, const QString &what);

    Result<QList<AuditEntry>> entries(const Session &who, const AuditFilter &filter);
    Result<QStringList> actions(const Session &who);

private:
    Database &m_db;
};
