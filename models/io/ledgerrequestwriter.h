#pragma once

#include "models/domain/deadlinecalculator.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/domain/timelimittable.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The writing side of the ledger import (SPEC 9.2): a request with its past steps,
// numbered and given its deadlines as if registered live, and its callback if the ledger
// has one. The caller holds the transaction around a whole ledger and audits it.
class LedgerRequestWriter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRequestWriter)

public:
    explicit LedgerRequestWriter(Database &db);

    Result<qint64> insert(const Session &who, ServiceRequest request, const std::optional<RequestCallback> &callback,
                          const TimeLimitTable &limits, const DeadlineCalculator &calculator, const QString &note = {});
    // The same registered time, reporter and content is the same request.
    Result<bool> exists(RequestKind kind, const QDateTime &registeredAt, const QString &reporter,
                        const QString &description) const;

private:
    Database &m_db;
    AuditLog m_audit;
};
