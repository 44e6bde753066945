#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// The levels of the inspection hierarchy, who holds them, and what is due (SPEC 5).
// A person's next inspection is due one interval after their last finished run at that
// level (or after the assignment began); the state uses the request timers' rules, so due
// soon and overdue move with the injected clock exactly as request timers do.
class InspectionScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionScheduleRepository)

public:
    explicit InspectionScheduleRepository(Database &db) : m_db(db), m_audit(db) {}
    Database &database() const { return m_db; }

    Result<QList<InspectionLevel>> levels() const;
    Result<InspectionLevel> level(const QString &code) const;
    // Managers only; audited. Refuses a stale row version.
    Status setLevel(const Session &who, const InspectionLevel &level);

    Result<QList<LevelAssignment>> assignments(const Session &who, bool activeOnly = true) const;
    Result<LevelAssignment> assignment(qint64 id) const;
    // Inserts (id 0) or updates an assignment; managers only; audited.
    Result<qint64> saveAssignment(const Session &who, LevelAssignment assignment);
    // Who may hold a level: active users whose role runs inspections (id, display name).
    Result<QList<QPair<qint64, QString>>> candidates(const Session &who) const;
    // The superior named on the user's assignments (the most senior level's first); 0: none.
    Result<qint64> superiorOf(qint64 userId) const;

    // Every active assignment with its due time and timer state at now (UTC).
    Result<QList<ScheduleEntry>> schedule(const Session &who, const QDateTime &now) const;
    Result<QList<ScheduleEntry>> schedule(const Session &who) const;

private:
    Database &m_db;
    mutable AuditLog m_audit;
};
