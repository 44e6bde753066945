#include "models/services/timerboard.h"

#include "models/database/clock.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"

#include <QSet>

#include <limits>

TimerBoard::TimerBoard(RequestRepository &repository, const Session &session, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(repository), m_session(session), m_clock(clock)
{
    connect(&m_repository, &RequestRepository::requestChanged, this, [this](qint64 id) { refreshRequest(id); });
    connect(&m_repository, &RequestRepository::requestsReset, this, [this] { refresh(); });
}

void TimerBoard::watchInspections(InspectionScheduleRepository &schedule, NonConformityRepository &findings)
{
    if (!AuditLog::allows(schedule.database(), m_session, Permission::RunInspections))
        return; // not this user's business: no refused reads in the audit log every minute
    m_schedule = &schedule;
    m_findings = &findings;
}

void TimerBoard::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).key(), row);
}

int TimerBoard::count(TimerState state) const
{
    if (state == TimerState::DueSoon)
        return m_dueSoon;
    if (state == TimerState::Overdue)
        return m_overdue;
    int n = 0;
    for (const Item &item : m_items)
        n += item.status.state == state ? 1 : 0;
    return n;
}

int TimerBoard::count(TimerState state, BoardSource source) const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.source == source && item.status.state == state ? 1 : 0;
    return n;
}

int TimerBoard::raisedToMeCount() const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.raisedToMe ? 1 : 0;
    return n;
}

QList<BoardKey> TimerBoard::overdueKeys() const
{
    QList<BoardKey> keys;
    for (const Item &item : m_items) {
        if (item.status.state == TimerState::Overdue)
            keys << item.key();
    }
    return keys;
}

void TimerBoard::setStatus(Item &item, const TimerStatus &status, Changes &changes)
{
    item.status = status;
    const TimerState before = m_lastState.value(item.key(), TimerState::None);
    if (before != status.state)
        changes.append({item.key(), before});
}

void TimerBoard::announce(const Changes &changes)
{
    for (const auto &[key, before] : changes) {
        const int row = rowOf(key);
        const TimerState after = row < 0 ? TimerState::None : m_items.at(row).status.state;
        TimerState from = before;
        if (after == TimerState::None) {
            m_lastState.remove(key);
            m_lastDeadline.remove(key);
        } else {
            m_lastState.insert(key, after);
            // The arrival recorded, a request's line times its completion instead: that timer
            // starts, no deadline moved. Its state is news only when it is not on track.
            const DeadlineKind deadline = m_items.at(row).status.deadline;
            const auto last = m_lastDeadline.constFind(key);
            if (before != TimerState::None && last != m_lastDeadline.constEnd() && *last != deadline)
                from = TimerState::OnTrack;
            m_lastDeadline.insert(key, deadline);
        }
        if (after == from)
            continue;
        emit stateChanged(key, from, after);
        if (after == TimerState::Overdue)
            emit escalated(key);
    }
    emitCountsIfChanged();
}

void TimerBoard::emitCountsIfChanged()
{
    int dueSoon = 0;
    int overdue = 0;
    for (const Item &item : m_items) {
        dueSoon += item.status.state == TimerState::DueSoon ? 1 : 0;
        overdue += item.status.state == TimerState::Overdue ? 1 : 0;
    }
    if (dueSoon != m_dueSoon || overdue != m_overdue) {
        m_dueSoon = dueSoon;
        m_overdue = overdue;
        emit countsChanged(m_dueSoon, m_overdue);
    }
}

Result<QList<TimerBoard::Item>> TimerBoard::loadInspections() const
{
    QList<Item> items;
    if (!m_schedule || !m_findings)
        return items;
    const auto schedule = m_schedule->schedule(m_session, lastEvaluated());
    if (!schedule)
        return Failure{schedule.error()};
    for (const ScheduleEntry &e : schedule.value()) {
        Item item;
        item.source = BoardSource::Inspection;
        item.entry.id = e.assignment.id;
        item.entry.location = e.assignment.area;
        item.entry.responsibleId = e.assignment.userId;
        item.entry.responsibleName = e.assignment.userName;
        item.entry.receiverUserId = e.assignment.superiorId;
        item.entry.receiverName = e.assignment.superiorName;
        item.entry.timer.registeredAt = e.intervalStart.toMSecsSinceEpoch();
        item.entry.timer.completionDeadline = e.due.toMSecsSinceEpoch();
        item.levelCode = e.assignment.levelCode;
        item.detail = e.assignment.templateCode.isEmpty() ? QString() : e.assignment.templateName;
        item.status = RequestTimer::evaluate(item.entry.timer, m_now);
        items << item;
    }
    NcFilter open;
    open.openOnly = true;
    open.limit = std::numeric_limits<int>::max(); // the oldest are the most overdue: never cut them off
    const auto findings = m_findings->list(m_session, open);
    if (!findings)
        return Failure{findings.error()};
    for (const NonConformity &n : findings.value()) {
        // A plan's deadline runs like any other; a repeat raised to this user is theirs to
        // see even before anyone has made a plan.
        const bool planned = (n.state == NcState::Rectifying || n.state == NcState::SentBack) && n.plan.deadline.isValid();
        const bool mine = m_session.userId > 0 && n.raisedToId == m_session.userId;
        if (!planned && !mine)
            continue;
        Item item;
        item.source = BoardSource::Rectification;
        item.entry.id = n.id;
        item.entry.location = n.area;
        item.entry.responsibleId = n.plan.responsibleId;
        item.entry.responsibleName = n.plan.responsibleName;
        item.entry.receiverUserId = n.raisedToId;
        item.entry.receiverName = n.raisedToName;
        if (planned) {
            item.entry.timer.registeredAt = n.foundAt.toMSecsSinceEpoch();
            item.entry.timer.completionDeadline = n.plan.deadline.toMSecsSinceEpoch();
        }
        item.levelCode = n.levelCode;
        item.detail = n.description;
        item.findingState = n.state;
        item.raisedToMe = mine;
        item.status = RequestTimer::evaluate(item.entry.timer, m_now);
        items << item;
    }
    return items;
}

Status TimerBoard::refresh()
{
    m_now = m_clock.now().toMSecsSinceEpoch();
    const auto entries = m_repository.queries().board(m_session);
    if (!entries)
        return Failure{entries.error()};
    const auto slips = m_repository.queries().slipsAwaited(m_session);
    if (!slips)
        return Failure{slips.error()};
    const auto tell = m_repository.queries().complainantsToTell(m_session);
    if (!tell)
        return Failure{tell.error()};
    // The request timers do not depend on the inspection tables: if those cannot be read,
    // the board keeps the inspection lines it had and says why.
    auto inspections = loadInspections();
    QString inspectionError;
    if (!inspections) {
        inspectionError = inspections.error();
        QList<Item> kept;
        for (const Item &item : std::as_const(m_items)) {
            if (item.source == BoardSource::Inspection || item.source == BoardSource::Rectification)
                kept << item;
        }
        inspections = kept;
    }
    emit aboutToReset();
    const QHash<BoardKey, TimerState> previous = m_loaded ? m_lastState : QHash<BoardKey, TimerState>();
    m_items.clear();
    m_items.reserve(entries->size() + slips->size() + tell->size() + inspections->size());
    QList<Item> fresh;
    for (const BoardEntry &entry : entries.value())
        fresh << requestItem(BoardSource::Request, entry, m_now);
    for (const BoardEntry &entry : slips.value())
        fresh << requestItem(BoardSource::SlipReturn, entry, m_now);
    for (const BoardEntry &entry : tell.value())
        fresh << requestItem(BoardSource::TellComplainant, entry, m_now);
    fresh << inspections.value();
    for (const Item &item : std::as_const(fresh)) {
        if (keeps(item))
            m_items << item;
    }
    reindex();
    Changes changes;
    if (m_loaded) {
        // Lines that changed while the board was not looking: one signal each.
        for (Item &item : m_items)
            setStatus(item, item.status, changes);
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!m_rows.contains(it.key()))
                changes.append({it.key(), it.value()});
        }
    } else {
        // The first load announces nothing: the badge counts show what is waiting.
        for (const Item &item : std::as_const(m_items)) {
            if (item.status.state != TimerState::None) {
                m_lastState.insert(item.key(), item.status.state);
                m_lastDeadline.insert(item.key(), item.status.deadline);
            }
        }
        m_loaded = true;
    }
    emit reset();
    announce(changes);
    if (!inspectionError.isEmpty())
        return Failure{inspectionError};
    return {};
}

TimerBoard::Item TimerBoard::requestItem(BoardSource source, const BoardEntry &entry, qint64 now)
{
    Item item;
    item.source = source;
    item.entry = entry;
    item.status = RequestTimer::evaluate(entry.timer, now);
    return item;
}

void TimerBoard::upsert(const BoardKey &key, const std::optional<Item> &fresh, Changes &changes)
{
    const int row = rowOf(key);
    if (!fresh || !keeps(*fresh)) {
        if (row < 0)
            return;
        emit aboutToRemove(row);
        m_items.removeAt(row);
        reindex();
        emit removed(row);
        const TimerState before = m_lastState.value(key, TimerState::None);
        if (before != TimerState::None)
            changes.append({key, before});
    } else if (row < 0) {
        const int newRow = int(m_items.size());
        emit aboutToInsert(newRow);
        m_items << *fresh;
        m_rows.insert(key, newRow);
        emit inserted(newRow);
        setStatus(m_items[newRow], fresh->status, changes);
    } else {
        m_items[row] = *fresh;
        setStatus(m_items[row], fresh->status, changes);
        emit itemChanged(row);
    }
}

void TimerBoard::replaceInspectionLines(const QList<Item> &fresh, Changes &changes)
{
    QSet<BoardKey> wanted;
    for (const Item &item : fresh)
        wanted.insert(item.key());
    // Lines that are gone, from the bottom up so that the rows stay valid.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const Item &item = m_items.at(row);
        const bool inspectionLine = item.source == BoardSource::Inspection || item.source == BoardSource::Rectification;
        if (inspectionLine && !wanted.contains(item.key()))
            upsert(item.key(), std::nullopt, changes);
    }
    for (const Item &item : fresh)
        upsert(item.key(), item, changes);
}

Status TimerBoard::refreshRequest(qint64 id)
{
    if (!m_loaded)
        return refresh();
    const auto fetched = m_repository.queries().boardEntry(m_session, id);
    if (!fetched)
        return Failure{fetched.error()};
    const auto slip = m_repository.queries().slipsAwaited(m_session, id);
    if (!slip)
        return Failure{slip.error()};
    const auto tell = m_repository.queries().complainantsToTell(m_session, id);
    if (!tell)
        return Failure{tell.error()};
    m_now = m_clock.now().toMSecsSinceEpoch();
    Changes changes;
    const auto place = [&](BoardSource source, const std::optional<BoardEntry> &entry) {
        upsert({source, id}, entry ? std::optional(requestItem(source, *entry, m_now)) : std::nullopt, changes);
    };
    const auto firstOf = [](const QList<BoardEntry> &entries) {
        return entries.isEmpty() ? std::optional<BoardEntry>() : std::optional<BoardEntry>(entries.first());
    };
    place(BoardSource::Request, fetched.value());
    place(BoardSource::SlipReturn, firstOf(slip.value()));
    place(BoardSource::TellComplainant, firstOf(tell.value()));
    announce(changes);
    return {};
}

Status TimerBoard::refreshInspections()
{
    if (!m_loaded)
        return refresh();
    m_now = m_clock.now().toMSecsSinceEpoch();
    const auto loaded = loadInspections();
    if (!loaded)
        return Failure{loaded.error()};
    QList<Item> fresh;
    for (const Item &item : loaded.value()) {
        if (keeps(item))
            fresh << item;
    }
    Changes changes;
    replaceInspectionLines(fresh, changes);
    announce(changes);
    return {};
}

void TimerBoard::tick()
{
    tick(m_clock.now());
}

void TimerBoard::tick(const QDateTime &now)
{
    m_now = now.toMSecsSinceEpoch();
    Changes changes;
    for (Item &item : m_items) {
        const TimerStatus status = RequestTimer::evaluate(item.entry.timer, m_now);
        if (status.state != item.status.state)
            setStatus(item, status, changes);
        else
            item.status = status;
    }
    emit ticked();
    if (!changes.isEmpty())
        announce(changes);
}
