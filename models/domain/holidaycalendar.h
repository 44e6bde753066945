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

// The official schedule of one year as published by the State Council. Its days fall on their
// own dates, which need not be in `year`: the New Year arrangement of a year often begins in the
// last days of the December before (the 2019 schedule names 29-31 December 2018).
struct HolidaySchedule
{
    int year = 0;
    QList<HolidayDay> days;

    // Whether it names at least one day of `year` itself; a schedule that only names days of
    // other years (a few of the December before) does not make its year known.
    bool namesOwnYear() const;
};

// Which days are working days: Monday to Friday unless an official holiday,
// plus the official adjusted working days. Years without a loaded schedule
// fall back to weekends only, and say so through hasSchedule().
class HolidayCalendar
{
public:
    // The years a schedule may speak of.
    static constexpr int kFirstYear = 1949;
    static constexpr int kLastYear = 2200;

    // Replaces what schedule.year's schedule covers: every day an earlier schedule of that year
    // named, and every date this one names, whichever schedule named it before. Days other
    // schedules named stay. The year counts as loaded only if the schedule names a day of it.
    void setSchedule(const HolidaySchedule &schedule);
    bool hasSchedule(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    // The days that fall in a calendar year, whichever schedule named them.
    HolidaySchedule schedule(int year) const;

    bool isWorkingDay(const QDate &date) const;
    // The holiday or adjusted-day entry for a date, if a schedule names it.
    const HolidayDay *entry(const QDate &date) const;

private:
    struct Entry
    {
        HolidayDay day;
        int scheduleYear = 0; // the schedule that named the day
    };
    QSet<int> m_years;
    QHash<QDate, Entry> m_days;
};
