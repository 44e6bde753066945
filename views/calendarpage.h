#pragma once

#include "models/domain/holidaycalendar.h"

#include <QTimeZone>
#include <QWidget>

class CalendarRepository;
class Clock;
class HolidayTableModel;
class QCalendarWidget;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSpinBox;
class QTableView;

// The working-day calendar: official holidays and adjusted working days, and a
// deadline calculator that answers "what is the deadline if I register it now?".
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(CalendarRepository &calendar, const Clock &clock, const QTimeZone &zone, QWidget *parent = nullptr);

    void reload();
    QString deadlineText() const;
    QString warningText() const;

private:
    void showYear(int year);
    void markCalendar();
    void computeDeadline();

    CalendarRepository &m_repository;
    const Clock &m_clock;
    QTimeZone m_zone;
    HolidayCalendar m_calendar;
    HolidayTableModel *m_model;
    QCalendarWidget *m_month;
    QTableView *m_table;
    QLabel *m_yearLabel;
    QDateTimeEdit *m_from;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_deadline;
    QLabel *m_warning;
    int m_shownYear = 0;
};
