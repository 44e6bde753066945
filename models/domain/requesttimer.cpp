#include "models/domain/requesttimer.h"

namespace {
qint64 stored(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}
} // namespace

TimerInput TimerInput::from(const ServiceRequest &request)
{
    TimerInput in;
    in.registeredAt = stored(request.registeredAt);
    in.arrivalDeadline = stored(request.arrivalDeadline);
    in.arrivedAt = stored(request.arrivedAt);
    in.completionDeadline = stored(request.completionDeadline);
    in.completedAt = stored(request.completedAt);
    return in;
}

TimerStatus RequestTimer::evaluate(const TimerInput &in, qint64 now)
{
    TimerStatus status;
    if (in.arrivalDeadline != 0 && in.arrivedAt == 0 && in.completedAt == 0) {
        status.deadline = DeadlineKind::Arrival;
        status.due = in.arrivalDeadline;
    } else if (in.completionDeadline != 0 && in.completedAt == 0) {
        status.deadline = DeadlineKind::Completion;
        status.due = in.completionDeadline;
    } else {
        return status;
    }
    status.msecsLeft = status.due - now;
    if (status.msecsLeft < 0) {
        status.state = TimerState::Overdue;
        return status;
    }
    // The whole limit runs from registration (an extension lengthens it).
    const qint64 limit = qMax<qint64>(0, status.due - in.registeredAt);
    const bool underFloor = status.msecsLeft < dueSoonFloorMsecs;
    const bool underShare = status.msecsLeft * 100 < limit * dueSoonPercent;
    status.state = underFloor || underShare ? TimerState::DueSoon : TimerState::OnTrack;
    return status;
}

QDateTime RequestTimer::tellDeadline(const QDateTime &openedAt, const QTimeZone &zone)
{
    return openedAt.toTimeZone(zone).date().addDays(1).startOfDay(zone).toUTC();
}

OnTime RequestTimer::onTime(const QDateTime &deadline, const QDateTime &doneAt, const QDateTime &asOf)
{
    if (!deadline.isValid())
        return OnTime::NotMeasured;
    if (doneAt.isValid())
        return doneAt <= deadline ? OnTime::Yes : OnTime::No;
    return deadline < asOf ? OnTime::No : OnTime::Pending;
}

QString RequestTimer::code(TimerState state)
{
    switch (state) {
    case TimerState::None: return {};
    case TimerState::OnTrack: return QStringLiteral("on_track");
    case TimerState::DueSoon: return QStringLiteral("due_soon");
    case TimerState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString RequestTimer::code(OnTime value)
{
    switch (value) {
    case OnTime::NotMeasured: return {};
    case OnTime::Yes: return QStringLiteral("yes");
    case OnTime::No: return QStringLiteral("no");
    case OnTime::Pending: return QStringLiteral("pending");
    }
    return {};
}

QString RequestTimer::displayName(TimerState state)
{
    switch (state) {
    case TimerState::None: return {};
    case TimerState::OnTrack: return tr("On track");
    case TimerState::DueSoon: return tr("Due soon");
    case TimerState::Overdue: return tr("Overdue");
    }
    return {};
}

QString RequestTimer::formatLeft(qint64 msecsLeft)
{
    const bool late = msecsLeft < 0;
    // Whole minutes: down while time is left, up once late, so that the display never claims
    // more time than is left, nor "0 min late".
    const qint64 minutesTotal = late ? (-msecsLeft + 59999) / 60000 : msecsLeft / 60000;
    const qint64 days = minutesTotal / (24 * 60);
    const qint64 hours = (minutesTotal / 60) % 24;
    const qint64 minutes = minutesTotal % 60;
    QString text;
    if (days > 0)
        text = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        text = tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1 min").arg(minutes);
    return late ? tr("%1 late").arg(text) : text;
}
