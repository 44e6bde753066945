#include "views/gatesyncstatus.h"

#include "models/domain/formats.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QThread>
#include <QToolButton>

GateSyncStatus::GateSyncStatus(const QString &storeLocation, const Session &who, const Clock &clock,
                               const QTimeZone &zone, QWidget *parent, int intervalMs)
    : QWidget(parent), m_zone(zone), m_label(new QLabel(this)), m_button(new QToolButton(this)),
      m_thread(new QThread(this)), m_worker(new SyncWorker(storeLocation, who, clock, intervalMs))
{
    setObjectName(QStringLiteral("gateSyncStatus"));
    m_label->setObjectName(QStringLiteral("gateSyncLabel"));
    m_button->setObjectName(QStringLiteral("gateSyncNow"));
    m_button->setText(tr("Sync now"));
    m_button->setToolTip(tr("Send the gate's records to the office and fetch its plates, permits and residents now"));
    m_button->setAutoRaise(true);
    m_label->setText(tr("Syncing with the office..."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);

    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::synced, this, &GateSyncStatus::show);
    connect(m_button, &QToolButton::clicked, this, &GateSyncStatus::syncNow);
    m_thread->start();
}

GateSyncStatus::~GateSyncStatus()
{
    // The store is closed in the worker's thread, after a sync under way has finished.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString GateSyncStatus::text() const
{
    return m_label->text();
}

void GateSyncStatus::syncNow()
{
    m_label->setText(tr("Syncing with the office..."));
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void GateSyncStatus::show(const SyncWorker::Report &report)
{
    const QString last = report.lastSync.isValid()
                             ? report.lastSync.toTimeZone(m_zone).toString(Formats::dateTime())
                             : tr("never");
    if (report.ok) {
        m_label->setStyleSheet(QString());
        m_label->setText(tr("Synced with the office %1 · %n record(s) waiting", nullptr, report.waiting).arg(last));
        m_label->setToolTip(tr("Last sync: sent %1, received %2.").arg(report.pushed).arg(report.pulled));
    } else {
        m_label->setStyleSheet(QStringLiteral("color: #b35c00;"));
        m_label->setText(tr("Office not reachable (last sync %1) · %n record(s) waiting", nullptr, report.waiting)
                             .arg(last));
        m_label->setToolTip(report.message);
    }
    emit reported(report);
}
