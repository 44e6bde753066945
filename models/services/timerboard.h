#pragma once

#include "models/domain/requesttimer.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/requestrepository.h"

#include <QHash>
#include <QList>
#include <QObject>

class Clock;

// The live timers of SPEC 3.4. Holds the open requests' deadlines in memory; reads the
// database only when requests change (the repository says so), never on a tick. A
// GUI drives tick() from a one-second QTimer; tests drive it from a ManualClock.
class TimerBoard : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        BoardEntry entry;
        TimerStatus status;
        bool escalated() const { return status.state == TimerState::Overdue; } // the managers must see it
    };

    // The repository, session and clock must outlive the board.
    TimerBoard(RequestRepository &repository, const Session &session, const Clock &clock, QObject *parent = nullptr);

    // Reloads every open request (start-up, after an import).
    Status refresh();
    // Reloads one request after it changed (registered, dispatched, completed, extended ...).
    Status refreshRequest(qint64 id);
    // Re-evaluates every timer at the clock's time; emits stateChanged once per change.
    void tick();
    void tick(const QDateTime &now);

    const QList<Item> &items() const { return m_items; }
    int rowOf(qint64 requestId) const { return m_rows.value(requestId, -1); }
    int count(TimerState state) const;
    QList<qint64> overdueIds() const;
    QDateTime lastEvaluated() const { return QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC); }

signals:
    // A request's timer moved (None: it left or entered the board). Once per change.
    void stateChanged(qint64 requestId, TimerState oldState, TimerState newState);
    // A request became overdue: escalate to the managers.
    void escalated(qint64 requestId);
    void countsChanged(int dueSoon, int overdue);
    // For item models.
    void aboutToReset();
    void reset();
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void itemChanged(int row);
    void ticked(); // every row's time left moved

private:
    void reindex();
    void setStatus(Item &item, const TimerStatus &status, QList<std::pair<qint64, TimerState>> &changes);
    void announce(const QList<std::pair<qint64, TimerState>> &changes);
    void emitCountsIfChanged();

    RequestRepository &m_repository;
    Session m_session;
    const Clock &m_clock;
    QList<Item> m_items;
    QHash<qint64, int> m_rows;
    QHash<qint64, TimerState> m_lastState; // what the last signal said about each request
    qint64 m_now = 0;
    bool m_loaded = false;
    int m_dueSoon = 0;
    int m_overdue = 0;
};
