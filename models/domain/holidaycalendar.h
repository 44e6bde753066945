#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// One day of an official schedule: a holiday, or an adjusted working day (调休上班).
struct HolidayDay
{
    QDate date;
    QString name;
    bool isOffDay = true;
    bool operator==(const HolidayDay &o) const { return date == o.date && name == o.name && isOffDay == o.isOffDay; }
};

// The official schedule of one year as published by the State Council.
struct HolidaySchedule
{
    int year = 0;
    QList<HolidayDay> days;
};

// Which days are working days: Monday to Friday unless an official holiday,
// plus the official adjusted working days. Years without a loaded schedule
// fall back to weekends only, and say so through hasSchedule().
class HolidayCalendar
{
public:
    // Replaces whatever was known about schedule.year.
    void setSchedule(const HolidaySchedule &schedule);
    bool hasSchedule(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    HolidaySchedule schedule(int year) const;

    bool isWorkingDay(const QDate &date) const;
    // The holiday or adjusted-day entry for a date, if the schedule names it.
    const HolidayDay *entry(const QDate &date) const;

    // The schedules shipped with the program (2024-2026).
    static HolidayCalendar builtIn();

private:
    QSet<int> m_years;
    QHash<QDate, HolidayDay> m_days;
};
