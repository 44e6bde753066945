#pragma once

#include "models/domain/session.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class Clock;
class Database;
class QTimer;

// Syncs a gate store with the office in the background (SPEC 8.1): moved to a thread of its
// own, it opens its own connection to the store, syncs at start, every interval and when
// asked, and reports each outcome. The guard's screen never waits for the office.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 30 * 1000;

    // storeLocation: the gate store's file; who: the signed-in guard. The clock must outlive
    // the worker.
    SyncWorker(const QString &storeLocation, const Session &who, const Clock &clock, int intervalMs = defaultIntervalMs);
    ~SyncWorker() override;

    struct Report
    {
        bool ok = false;
        int pushed = 0;
        int pulled = 0;
        int waiting = 0;
        QDateTime lastSync; // the last sync that succeeded (UTC), invalid if never
        QString message;    // why it failed
    };

public slots:
    // In the worker's thread: opens the store, starts the timer and syncs once.
    void start();
    void syncNow();
    // In the worker's thread: stops the timer and closes the store.
    void stop();

signals:
    void synced(const SyncWorker::Report &report);

private:
    QString m_location;
    Session m_who;
    const Clock &m_clock;
    int m_intervalMs;
    std::unique_ptr<Database> m_store;
    QTimer *m_timer = nullptr;
};

Q_DECLARE_METATYPE(SyncWorker::Report)
