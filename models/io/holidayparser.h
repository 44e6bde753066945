#pragma once

#include "models/domain/holidaycalendar.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads official holiday schedules: holiday-cn JSON and holiday-cn iCalendar.
class HolidayParser
{
    Q_DECLARE_TR_FUNCTIONS(HolidayParser)

public:
    // {"year": 2026, "days": [{"name": "春节", "date": "2026-02-15", "isOffDay": true}, ...]}
    static Result<QList<HolidaySchedule>> parseJson(const QByteArray &data);
    // All-day VEVENTs; a SUMMARY starting with 上班 is an adjusted working day.
    // Days are grouped into one schedule per calendar year.
    static Result<QList<HolidaySchedule>> parseIcs(const QByteArray &data);
    // Chooses the format from the content.
    static Result<QList<HolidaySchedule>> parse(const QByteArray &data);
};
