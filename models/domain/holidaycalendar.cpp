#include "models/domain/holidaycalendar.h"

#include <algorithm>

bool HolidaySchedule::namesOwnYear() const
{
    return std::any_of(days.cbegin(), days.cend(), [this](const HolidayDay &day) { return day.date.year() == year; });
}

void HolidayCalendar::setSchedule(const HolidaySchedule &schedule)
{
    const bool wholeYear = schedule.namesOwnYear();
    if (wholeYear) {
        for (auto it = m_days.begin(); it != m_days.end();) {
            if (it->scheduleYear == schedule.year)
                it = m_days.erase(it);
            else
                ++it;
        }
        m_years.insert(schedule.year);
    }
    // A date named twice keeps its last meaning.
    for (const HolidayDay &day : schedule.days)
        m_days.insert(day.date, Entry{day, schedule.year});
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
    for (const Entry &entry : m_days) {
        if (entry.day.date.year() == year)
            result.days << entry.day;
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
    return it == m_days.cend() ? nullptr : &it->day;
}
