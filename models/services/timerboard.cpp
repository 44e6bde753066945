#include "models/services/timerboard.h"

#include "models/database/clock.h"

TimerBoard::TimerBoard(RequestRepository &repository, const Session &session, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(repository), m_session(session), m_clock(clock)
{
    connect(&m_repository, &RequestRepository::requestChanged, this, [this](qint64 id) { refreshRequest(id); });
    connect(&m_repository, &RequestRepository::requestsReset, this, [this] { refresh(); });
}

void TimerBoard::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).entry.id, row);
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

QList<qint64> TimerBoard::overdueIds() const
{
    QList<qint64> ids;
    for (const Item &item : m_items) {
        if (item.status.state == TimerState::Overdue)
            ids << item.entry.id;
    }
    return ids;
}

void TimerBoard::setStatus(Item &item, const TimerStatus &status, QList<std::pair<qint64, TimerState>> &changes)
{
    item.status = status;
    const TimerState before = m_lastState.value(item.entry.id, TimerState::None);
    if (before != status.state)
        changes.append({item.entry.id, before});
}

void TimerBoard::announce(const QList<std::pair<qint64, TimerState>> &changes)
{
    for (const auto &[id, before] : changes) {
        const int row = rowOf(id);
        const TimerState after = row < 0 ? TimerState::None : m_items.at(row).status.state;
        if (after == TimerState::None)
            m_lastState.remove(id);
        else
            m_lastState.insert(id, after);
        emit stateChanged(id, before, after);
        if (after == TimerState::Overdue)
            emit escalated(id);
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

Status TimerBoard::refresh()
{
    const auto entries = m_repository.board(m_session);
    if (!entries)
        return Failure{entries.error()};
    m_now = m_clock.now().toMSecsSinceEpoch();
    emit aboutToReset();
    QHash<qint64, TimerState> previous;
    if (m_loaded) {
        previous = m_lastState;
    }
    m_items.clear();
    m_items.reserve(entries->size());
    QList<std::pair<qint64, TimerState>> changes;
    for (const BoardEntry &entry : entries.value()) {
        Item item{entry, RequestTimer::evaluate(entry.timer, m_now)};
        if (item.status.state == TimerState::None)
            continue;
        m_items << item;
    }
    reindex();
    if (m_loaded) {
        // Requests that changed while the board was not looking: one signal each.
        for (Item &item : m_items)
            setStatus(item, item.status, changes);
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!m_rows.contains(it.key()))
                changes.append({it.key(), it.value()});
        }
    } else {
        // The first load announces nothing: the badge counts show what is waiting.
        for (const Item &item : std::as_const(m_items))
            m_lastState.insert(item.entry.id, item.status.state);
        m_loaded = true;
    }
    emit reset();
    announce(changes);
    return {};
}

Status TimerBoard::refreshRequest(qint64 id)
{
    if (!m_loaded)
        return refresh();
    const auto fetched = m_repository.boardEntry(m_session, id);
    if (!fetched)
        return Failure{fetched.error()};
    m_now = m_clock.now().toMSecsSinceEpoch();
    QList<std::pair<qint64, TimerState>> changes;
    const int row = rowOf(id);
    std::optional<Item> fresh;
    if (fetched->has_value()) {
        Item item{**fetched, RequestTimer::evaluate((*fetched)->timer, m_now)};
        if (item.status.state != TimerState::None)
            fresh = item;
    }
    if (!fresh) {
        if (row >= 0) {
            emit aboutToRemove(row);
            const TimerState before = m_lastState.value(id, TimerState::None);
            m_items.removeAt(row);
            reindex();
            emit removed(row);
            if (before != TimerState::None)
                changes.append({id, before});
        }
    } else if (row < 0) {
        const int newRow = int(m_items.size());
        emit aboutToInsert(newRow);
        m_items << *fresh;
        m_rows.insert(id, newRow);
        emit inserted(newRow);
        setStatus(m_items[newRow], fresh->status, changes);
    } else {
        m_items[row].entry = fresh->entry;
        setStatus(m_items[row], fresh->status, changes);
        emit itemChanged(row);
    }
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
    QList<std::pair<qint64, TimerState>> changes;
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
