#pragma once

#include "models/domain/gaterecords.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

#include <optional>

class Database;

struct GoodsCheckResult
{
    QString checkId;
    bool passed = false;
    QString reason; // why it was stopped
    std::optional<GoodsPermit> permit;
};

// Goods-out permits 出入物品申报(放行条): the office records the application and approves it;
// the guard checks it at the gate and collects it, and the check is kept as a gate record.
class GoodsPermitRepository
{
    Q_DECLARE_TR_FUNCTIONS(GoodsPermitRepository)

public:
    explicit GoodsPermitRepository(Database &db, QString seat = {});

    static QStringList kinds() // stored codes
    {
        return {QStringLiteral("goods_out"), QStringLiteral("moving"), QStringLiteral("building_materials"),
                QStringLiteral("vehicle_access")};
    }
    static QString kindName(const QString &kind); // translated
    static QStringList statuses() // stored codes, in the order a permit goes through them
    {
        return {QStringLiteral("applied"), QStringLiteral("approved"), QStringLiteral("collected"),
                QStringLiteral("voided")};
    }
    static QString statusName(const QString &status); // translated

    // Office: the resident applies (clerk, manager, admin). An empty permit number gets one.
    Result<GoodsPermit> apply(const Session &who, GoodsPermit permit);
    // Office: a manager (or administrator) approves. Audited.
    Status approve(const Session &who, const QString &id);
    Status voidPermit(const Session &who, const QString &id, const QString &reason);

    Result<GoodsPermit> permit(const Session &who, const QString &id);
    Result<std::optional<GoodsPermit>> findByNumber(const Session &who, const QString &number);
    // The office's list: permits of one status (empty: any), the latest valid first.
    Result<QList<GoodsPermit>> permits(const Session &who, const QString &status = {}, int limit = 500);
    // Approved and not yet collected, newest first (what the guard may be shown).
    Result<QList<GoodsPermit>> approvedPermits(const Session &who, int limit = 200);

    // Gate: goods carried out on foot or by car. A usable permit passes and is collected;
    // anything else is stopped. Either way the check is recorded.
    Result<GoodsCheckResult> checkAtGate(const Session &who, const QString &permitNumber, const QString &note = {},
                                         const QDateTime &at = {});

    // Used inside the vehicle log's transaction. Looks for a usable approved permit of one of
    // the kinds, by number if one was shown, else by plate; a refusal reason otherwise.
    struct Usable
    {
        std::optional<GoodsPermit> permit;
        QString reason;
    };
    Result<Usable> findUsable(const QString &number, const QString &plate, const QStringList &kinds,
                              const QDateTime &at);
    // Marks the permit collected and records a passed check, inside the caller's transaction.
    Result<QString> collect(const Session &who, const GoodsPermit &permit, const QDateTime &at,
                            const QString &vehicleEventId, const QString &note);
    // Records a stopped check, inside the caller's transaction.
    Result<QString> recordStopped(const Session &who, const QString &number, const QString &permitId,
                                  const QDateTime &at, const QString &vehicleEventId, const QString &reason);

private:
    Result<GoodsPermit> load(const QString &sqlWhere, const QString &key);

    Database &m_db;
    AuditLog m_audit;
    QString m_seat;
};
