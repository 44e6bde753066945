#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/domain/timelimittable.h"
#include "models/repositories/auditlog.h"

#include <QObject>

#include <optional>

class Database;

// SPEC 3.2: the time limits in force for every kind and class (the time_limits table).
// Managers change them; every change is audited.
class TimeLimitRepository : public QObject
{
    Q_OBJECT

public:
    explicit TimeLimitRepository(Database &db, QObject *parent = nullptr);

    // The limits in force: the shipped defaults overlaid with the table.
    TimeLimitTable limits() const;
    Status setLimit(const Session &who, RequestKind kind, const QString &classKey,
                    const std::optional<TimeLimit> &arrival, const std::optional<TimeLimit> &completion);

signals:
    void limitsChanged();

private:
    Database &m_db;
    AuditLog m_audit;
};
