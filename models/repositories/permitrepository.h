#pragma once

#include "models/domain/residentfile.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// Decoration permits 装修许可证: company, certificate, period, deposit (fen), workers' passes,
// completion acceptance.
class PermitRepository
{
    Q_DECLARE_TR_FUNCTIONS(PermitRepository)

public:
    explicit PermitRepository(Database &db) : m_db(db), m_audit(db) {}

    // Creates the permit with the workers' passes it lists.
    Result<qint64> create(const Session &who, DecorationPermit permit);
    Result<qint64> addWorker(const Session &who, qint64 permitId, WorkerPass worker);
    Status voidWorker(const Session &who, qint64 workerId, const QString &reason);
    Status recordAcceptance(const Session &who, qint64 permitId, int rowVersion, const QDate &on, const QString &by,
                            const QString &result, const QString &notes);
    Status voidPermit(const Session &who, qint64 permitId, const QString &reason);
    Result<DecorationPermit> find(const Session &who, qint64 permitId);
    Result<QList<DecorationPermit>> forHouse(const Session &who, qint64 houseId);

private:
    Result<DecorationPermit> load(qint64 id);
    Status checkWorker(WorkerPass &worker) const;
    Result<qint64> insertWorker(const Session &who, qint64 permitId, const WorkerPass &worker);

    Database &m_db;
    AuditLog m_audit;
};
