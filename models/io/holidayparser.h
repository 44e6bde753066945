#pragma once

#include "models/domain/holidaycalendar.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads official holiday schedules: holiday-cn JSON and holiday-cn iCalendar.
//
// Every day keeps its own date. A file gives the schedule of each year it names days of; the
// days of late December that open the next year's New Year holiday belong to that next year's
// schedule (holiday-cn's 2019 files name 29-31 December 2018). A file without any day, a date
// outside 1949-2200 or an event longer than 366 days is refused.
class HolidayParser
{
    Q_DECLARE_TR_FUNCTIONS(HolidayParser)

public:
    // {"year": 2026, "days": [{"name": "春节", "date": "2026-02-15", "isOffDay": true}, ...]}:
    // one schedule for "year", holding every listed day, whatever its date.
    static Result<QList<HolidaySchedule>> parseJson(const QByteArray &data);
    // All-day VEVENTs; a SUMMARY starting with 上班 is an adjusted working day.
    // A day belongs to the schedule of its year, a December day to the next year's when the file
    // names days of the next year. A file naming only December days of a year is refused.
    static Result<QList<HolidaySchedule>> parseIcs(const QByteArray &data);
    // Chooses the format from the content.
    static Result<QList<HolidaySchedule>> parse(const QByteArray &data);

    // The schedules shipped with the program (2024-2026, in resources/holidays).
    static HolidayCalendar builtInCalendar();
};
