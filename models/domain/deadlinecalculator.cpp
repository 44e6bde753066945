#include "models/domain/deadlinecalculator.h"

DeadlineCalculator::DeadlineCalculator(const HolidayCalendar &calendar, const QTimeZone &zone)
    : m_calendar(calendar), m_zone(zone)
{
}

Deadline DeadlineCalculator::due(const QDateTime &start, const TimeLimit &limit) const
{
    Deadline result;
    switch (limit.unit) {
    case TimeLimit::Unit::Minutes:
        result.due = start.toUTC().addSecs(qint64(limit.amount) * 60);
        return result;
    case TimeLimit::Unit::Hours:
        result.due = start.toUTC().addSecs(qint64(limit.amount) * 3600);
        return result;
    case TimeLimit::Unit::WorkingDays:
        break;
    }

    QDate day = start.toTimeZone(m_zone).date();
    int counted = 0;
    auto noteYear = [&](int year) {
        if (!m_calendar.hasSchedule(year) && !result.yearsWithoutSchedule.contains(year))
            result.yearsWithoutSchedule << year;
    };
    while (counted < limit.amount) {
        day = day.addDays(1);
        noteYear(day.year());
        if (m_calendar.isWorkingDay(day))
            ++counted;
    }
    result.due = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    return result;
}
