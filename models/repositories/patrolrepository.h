#pragma once

#include "models/domain/gaterecords.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

class Database;

// Patrols: routes with their intervals, rounds, checkpoint sign-ins and findings. A finding
// about a resident (a registered plate, a house) raises a notification for the office. A route
// whose last round is older than its interval is overdue.
class PatrolRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatrolRepository)

public:
    explicit PatrolRepository(Database &db, QString seat = {});

    static QStringList findingKinds(); // stored codes
    static QString findingKindName(const QString &kind); // translated

    Result<QList<PatrolRoute>> routes(const Session &who);
    // Managers change the interval (audited).
    Status setInterval(const Session &who, qint64 routeId, int minutes);

    Result<QString> startRound(const Session &who, qint64 routeId, const QDateTime &at = {});
    Result<QString> signIn(const Session &who, const QString &roundId, qint64 checkpointId, const QDateTime &at = {});
    Status finishRound(const Session &who, const QString &roundId, const QDateTime &at = {});
    Result<PatrolFindingResult> recordFinding(const Session &who, const PatrolFindingInput &finding);

    // Each route with its last round and whether it is overdue now (on the database's clock).
    Result<QList<PatrolStatus>> status(const Session &who);
    // Notifications for the office not yet handled.
    Result<int> openNotifications(const Session &who);
    // The office's list (clerks, managers, administrators): the open ones oldest first, or,
    // with handled ones too, newest first.
    Result<QList<OfficeNotification>> notifications(const Session &who, bool includeHandled, int limit = 500);
    // The office told the resident (audited).
    Status markNotificationHandled(const Session &who, qint64 id);

private:
    Database &m_db;
    AuditLog m_audit;
    QString m_seat;
};
