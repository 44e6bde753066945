#include "models/domain/holidaycalendar.h"

#include "models/io/holidayparser.h"

#include <QDir>
#include <QFile>

#include <algorithm>

void HolidayCalendar::setSchedule(const HolidaySchedule &schedule)
{
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (it->date.year() == schedule.year)
            it = m_days.erase(it);
        else
            ++it;
    }
    for (const HolidayDay &day : schedule.days) {
        // A schedule may name days of the neighbouring year (a New Year holiday
        // starting on 31 December); they belong to the schedule that lists them
        // unless that year has its own schedule.
        if (day.date.year() == schedule.year || !m_years.contains(day.date.year()))
            m_days.insert(day.date, day);
    }
    m_years.insert(schedule.year);
}

QList<int> HolidayCalendar::years() const
{
    QList<int> list(m_years.cbegin(), m_years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

HolidaySchedule HolidayCalendar::schedule(int year) const
{
    HolidaySchedule result;
    result.year = year;
    for (const HolidayDay &day : m_days) {
        if (day.date.year() == year)
            result.days << day;
    }
    std::sort(result.days.begin(), result.days.end(),
              [](const HolidayDay &a, const HolidayDay &b) { return a.date < b.date; });
    return result;
}

bool HolidayCalendar::isWorkingDay(const QDate &date) const
{
    if (const HolidayDay *day = entry(date))
        return !day->isOffDay;
    return date.dayOfWeek() <= 5;
}

const HolidayDay *HolidayCalendar::entry(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.cend() ? nullptr : &*it;
}

HolidayCalendar HolidayCalendar::builtIn()
{
    HolidayCalendar calendar;
    const QDir dir(QStringLiteral(":/holidays"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto parsed = HolidayParser::parseJson(file.readAll());
        if (parsed.ok()) {
            for (const HolidaySchedule &schedule : parsed.value())
                calendar.setSchedule(schedule);
        }
    }
    return calendar;
}
