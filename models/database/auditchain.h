#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

class Database;

// One row of the audit log as it is written; a null QString is stored as NULL.
struct AuditRow
{
    QDateTime at; // UTC
    qint64 userId = 0; // 0: no signed-in user (stored as NULL)
    QString username;
    QString action;
    QString entity;
    QString entityId;
    QString oldValue;
    QString newValue;
    QString detail;
};

// The audit log's rows are chained: each row's hash is SHA-256 over the previous row's hash
// and the row's own fields, so that a row changed, removed or slipped in by a tool that went
// round the append-only triggers shows as the first row whose hash no longer follows.
// Rows written before the chain existed (below schema_meta.audit_chain_from) carry no hash;
// they are sealed by the first chained row, whose hash runs over all of them.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static QString chainStartKey() { return QStringLiteral("audit_chain_from"); }
    // The schema version whose migration started the chain.
    static int schemaVersion() { return 9; }

    struct Report
    {
        qint64 rows = 0;
        qint64 firstBrokenRow = 0; // 0: the chain is whole
        QStringList problems;
    };

    // Appends a row, chained to the last one, inside the caller's transaction (or its own).
    static Status append(Database &db, const AuditRow &row);
    // Reads the whole log and reports every row that does not follow the one before it.
    static Result<Report> verify(const Database &db);
    // The same on a read-only connection of its own to an SQLite file, so that it may run on
    // a worker thread (a long log takes a while: about 2 s for 500,000 rows).
    static Result<Report> verifySqliteFile(const QString &path);

    // The hash of a row given the previous row's hash (hex). Values are as read from the
    // database: a null QVariant is NULL.
    static QByteArray rowHash(const QByteArray &previous, const QVariantList &fields);

private:
    static Result<Report> verifyConnection(const QSqlDatabase &connection);
};
