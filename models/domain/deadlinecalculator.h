#pragma once

#include "models/domain/holidaycalendar.h"
#include "models/domain/timelimit.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

// A deadline, and the years it crossed for which no official schedule is loaded
// (their working days were guessed from weekends alone).
struct Deadline
{
    QDateTime due; // UTC
    QList<int> yearsWithoutSchedule;
};

// SPEC 3.3: minutes and hours on the wall clock; working days by the Civil Code
// rule (the start day is not counted; the deadline is 24:00 of the Nth working day).
class DeadlineCalculator
{
public:
    DeadlineCalculator(const HolidayCalendar &calendar, const QTimeZone &zone);

    Deadline due(const QDateTime &start, const TimeLimit &limit) const;
    const QTimeZone &zone() const { return m_zone; }
    const HolidayCalendar &calendar() const { return m_calendar; }

private:
    const HolidayCalendar &m_calendar;
    QTimeZone m_zone;
};
