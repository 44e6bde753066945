#pragma once

#include "models/domain/session.h"
#include "models/sync/syncworker.h"

#include <QTimeZone>
#include <QWidget>

class Clock;
class QLabel;
class QThread;
class QToolButton;

// The gatehouse's sync in the status bar: when it last reached the office, how many records
// wait, and a button to sync now. The sync runs in a thread of its own (SyncWorker).
class GateSyncStatus : public QWidget
{
    Q_OBJECT

public:
    GateSyncStatus(const QString &storeLocation, const Session &who, const Clock &clock, const QTimeZone &zone,
                   QWidget *parent = nullptr, int intervalMs = SyncWorker::defaultIntervalMs);
    ~GateSyncStatus() override;

    QString text() const;
    void syncNow();

signals:
    // Every outcome, after the label shows it.
    void reported(const SyncWorker::Report &report);

private:
    void show(const SyncWorker::Report &report);

    QTimeZone m_zone;
    QLabel *m_label;
    QToolButton *m_button;
    QThread *m_thread;
    SyncWorker *m_worker;
};
