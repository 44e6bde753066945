#pragma once

#include "models/domain/servicerequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QTimeZone>

// SPEC 3.4 timer states. None: nothing is waiting (done, or no deadline).
enum class TimerState { None, OnTrack, DueSoon, Overdue };

// SPEC 6.1/9.3 on-time flag of one deadline.
enum class OnTime { NotMeasured, Yes, No, Pending };

// The deadlines of one request as the timers see them (instants in ms UTC; 0 = none).
struct TimerInput
{
    qint64 registeredAt = 0;
    qint64 arrivalDeadline = 0;
    qint64 arrivedAt = 0;
    qint64 completionDeadline = 0;
    qint64 completedAt = 0;

    static TimerInput from(const ServiceRequest &request);
};

struct TimerStatus
{
    TimerState state = TimerState::None;
    DeadlineKind deadline = DeadlineKind::Arrival; // which deadline the timer runs to
    qint64 due = 0;      // ms UTC; 0 when state is None
    qint64 msecsLeft = 0; // negative once overdue
};

// Pure functions over stored deadlines and a given "now": no database, no clock.
class RequestTimer
{
    Q_DECLARE_TR_FUNCTIONS(RequestTimer)

public:
    static constexpr qint64 dueSoonFloorMsecs = 10 * 60 * 1000; // less than 10 minutes left
    static constexpr int dueSoonPercent = 20;                  // or less than 20% of the limit
    static constexpr qint64 slipReturnMsecs = 24 * 3600 * 1000; // SPEC 3.1: the slip is back within 24 h

    // The next deadline (arrival, then completion) and how the request stands against it.
    static TimerStatus evaluate(const TimerInput &input, qint64 nowMsecs);
    static TimerStatus evaluate(const TimerInput &input, const QDateTime &now)
    {
        return evaluate(input, now.toMSecsSinceEpoch());
    }

    // Done at or before the deadline: yes; after it, or not done and the deadline passed
    // before asOf: no; otherwise pending. No deadline: not measured.
    static OnTime onTime(const QDateTime &deadline, const QDateTime &doneAt, const QDateTime &asOf);

    // SPEC 3.2: a complaint not settled the same day has the complainant told that day: by the
    // end of the day it came in (or was reopened) in the estate's zone. UTC.
    static QDateTime tellDeadline(const QDateTime &openedAt, const QTimeZone &zone);

    static QString code(TimerState state);   // "on_track", "due_soon", "overdue", ""
    static QString code(OnTime onTime);      // "yes", "no", "pending", ""
    static QString displayName(TimerState state);
    // "1 h 05 min", "3 d 2 h", "-12 min" for a countdown display.
    static QString formatLeft(qint64 msecsLeft);
};

Q_DECLARE_METATYPE(TimerState)
