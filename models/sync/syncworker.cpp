#include "models/sync/syncworker.h"

#include "models/database/database.h"
#include "models/sync/gatesync.h"

#include <QTimer>

SyncWorker::SyncWorker(const QString &storeLocation, const Session &who, const Clock &clock, int intervalMs)
    : m_location(storeLocation), m_who(who), m_clock(clock), m_intervalMs(intervalMs)
{
    qRegisterMetaType<SyncWorker::Report>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    m_store = std::make_unique<Database>(m_clock);
    if (Status opened = m_store->open(m_location); !opened) {
        Report report;
        report.message = opened.error();
        emit synced(report);
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_timer->start(m_intervalMs);
    syncNow();
}

void SyncWorker::syncNow()
{
    if (!m_store || !m_store->isOpen())
        return;
    GateSync sync(*m_store);
    Report report;
    const auto outcome = sync.sync(m_who);
    report.ok = bool(outcome);
    if (outcome) {
        report.pushed = outcome->pushed;
        report.pulled = outcome->pulled;
        report.waiting = outcome->waiting;
    } else {
        report.message = outcome.error();
        report.waiting = sync.waiting();
    }
    report.lastSync = sync.lastSync();
    emit synced(report);
}

void SyncWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_store.reset();
}
