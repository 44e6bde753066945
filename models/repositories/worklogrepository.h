#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// The supervisors' work log 工作日志 (seed 003 第12篇 6.1): time, content checked, results,
// problem analysis, measures, lessons. Entries are never changed; a correction is a new entry.
class WorkLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkLogRepository)

public:
    explicit WorkLogRepository(Database &db) : m_db(db), m_audit(db) {}

    Result<qint64> add(const Session &who, WorkLogEntry entry);
    // By person (0: everyone) and calendar month in the estate's time zone (invalid: every month),
    // optionally containing text; newest first.
    Result<QList<WorkLogEntry>> search(const Session &who, qint64 userId, const QDate &month,
                                       const QString &text = {}, int limit = 500) const;

private:
    Database &m_db;
    mutable AuditLog m_audit;
};
