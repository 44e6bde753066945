#pragma once

#include "models/domain/holidaycalendar.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// The working-day calendar of this database: the program's built-in official
// schedules, with every year the administrator imported taking their place.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db);

    HolidayCalendar calendar() const;
    // Years imported into this database (the others come with the program).
    QList<int> importedYears() const;

    // Imports holiday-cn JSON or iCalendar; returns the years replaced.
    Result<QList<int>> importFile(const Session &actor, const QString &path);
    Result<QList<int>> importData(const Session &actor, const QByteArray &data, const QString &source);

private:
    Database &m_db;
    AuditLog m_audit;
};
