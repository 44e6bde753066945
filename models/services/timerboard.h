#pragma once

#include "models/domain/inspection.h"
#include "models/domain/requesttimer.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/requestrepository.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

class Clock;
class InspectionScheduleRepository;
class NonConformityRepository;

// What a line of the timer board stands for.
enum class BoardSource {
    Request,      // a repair, complaint or enquiry: its arrival or completion deadline
    SlipReturn,   // a completed request: the technician's slip is due back within 24 hours
    TellComplainant, // an open complaint: the complainant is told the same day when it will be settled
    Inspection,   // a person's next inspection at their level (SPEC 5 schedule)
    Rectification // an open non-conformity's rectification deadline, or a repeat raised to the user
};

struct BoardKey
{
    BoardSource source = BoardSource::Request;
    qint64 id = 0; // the request, the level assignment, or the non-conformity

    friend bool operator==(const BoardKey &a, const BoardKey &b) { return a.source == b.source && a.id == b.id; }
    friend bool operator!=(const BoardKey &a, const BoardKey &b) { return !(a == b); }
};

inline size_t qHash(const BoardKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.source), key.id);
}

// The live timers of SPEC 3.4, and the inspections of SPEC 5 on the same clock and rules.
// Holds the deadlines in memory; reads the database only when something changed (the
// request repository says so, or refreshInspections() is called), never on a tick. A GUI
// drives tick() from a one-second QTimer; tests drive it from a ManualClock.
class TimerBoard : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        BoardSource source = BoardSource::Request;
        // Requests, slips and complaints to tell: the request, with the timer of that line. Inspections: id = assignment, location = area, responsible =
        // the inspector, receiver = their superior. Rectifications: id = non-conformity,
        // location = area, responsible = the plan's responsible person, receiver = whom a
        // repeat was raised to. The timer holds the deadline in every case.
        BoardEntry entry;
        TimerStatus status;
        QString levelCode;     // inspections and rectifications
        QString detail;        // the checklist's name, or what was found
        NcState findingState = NcState::Open;
        bool raisedToMe = false; // a repeat raised to the board's user: shown even without a deadline

        BoardKey key() const { return {source, entry.id}; }
        // An overdue request: the managers must see it (SPEC 3.4).
        bool escalated() const { return source == BoardSource::Request && status.state == TimerState::Overdue; }
    };

    // The repository, session and clock must outlive the board.
    TimerBoard(RequestRepository &repository, const Session &session, const Clock &clock, QObject *parent = nullptr);

    // Puts the inspection schedule and the rectification deadlines on the board too (only
    // for a user who runs inspections). The repositories must outlive the board; call
    // refreshInspections() when a run, a finding or the schedule changed.
    void watchInspections(InspectionScheduleRepository &schedule, NonConformityRepository &findings);

    // Reloads everything (start-up, after an import, once a minute for other PCs' changes).
    // If the inspections cannot be read, the requests are still reloaded (and the error returned).
    Status refresh();
    // Reloads one request after it changed (registered, dispatched, completed, extended ...),
    // and its slip-return line.
    Status refreshRequest(qint64 id);
    // Reloads the inspection and rectification lines (a run finished, a plan made ...).
    Status refreshInspections();
    // Re-evaluates every timer at the clock's time; emits stateChanged once per change.
    void tick();
    void tick(const QDateTime &now);

    const QList<Item> &items() const { return m_items; }
    int rowOf(const BoardKey &key) const { return m_rows.value(key, -1); }
    int rowOf(qint64 requestId) const { return rowOf(BoardKey{BoardSource::Request, requestId}); }
    int count(TimerState state) const;
    int count(TimerState state, BoardSource source) const;
    int raisedToMeCount() const;
    QList<BoardKey> overdueKeys() const;
    QDateTime lastEvaluated() const { return QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC); }

signals:
    // A line's timer moved (None: it left or entered the board). Once per change. A request whose
    // line goes on to its next deadline (arrival recorded: completion) starts that timer on track:
    // no deadline moved, so only a new deadline already due soon or overdue is signalled.
    void stateChanged(const BoardKey &key, TimerState oldState, TimerState newState);
    // A line became overdue: escalate to the managers.
    void escalated(const BoardKey &key);
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
    using Changes = QList<std::pair<BoardKey, TimerState>>;

    Result<QList<Item>> loadInspections() const;
    static Item requestItem(BoardSource source, const BoardEntry &entry, qint64 now);
    void upsert(const BoardKey &key, const std::optional<Item> &fresh, Changes &changes);
    bool keeps(const Item &item) const { return item.status.state != TimerState::None || item.raisedToMe; }
    void reindex();
    void setStatus(Item &item, const TimerStatus &status, Changes &changes);
    void replaceInspectionLines(const QList<Item> &fresh, Changes &changes);
    void announce(const Changes &changes);
    void emitCountsIfChanged();

    RequestRepository &m_repository;
    InspectionScheduleRepository *m_schedule = nullptr;
    NonConformityRepository *m_findings = nullptr;
    Session m_session;
    const Clock &m_clock;
    QList<Item> m_items;
    QHash<BoardKey, int> m_rows;
    QHash<BoardKey, TimerState> m_lastState; // what the last signal said about each line
    QHash<BoardKey, DeadlineKind> m_lastDeadline; // and which deadline that line was timing
    qint64 m_now = 0;
    bool m_loaded = false;
    int m_dueSoon = 0;
    int m_overdue = 0;
};

Q_DECLARE_METATYPE(BoardKey)
