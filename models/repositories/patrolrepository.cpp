#include "models/repositories/patrolrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/validation.h"
#include "models/repositories/gatesupport.h"

using namespace GateSupport;

PatrolRepository::PatrolRepository(Database &db, QString seat)
    : m_db(db), m_audit(db), m_seat(seat.isEmpty() ? defaultSeat() : std::move(seat))
{
}

QStringList PatrolRepository::findingKinds()
{
    return {QStringLiteral("leak"), QStringLiteral("oil"), QStringLiteral("unlocked_car"), QStringLiteral("open_car"),
            QStringLiteral("suspicious_person"), QStringLiteral("broken_equipment"), QStringLiteral("other")};
}

QString PatrolRepository::findingKindName(const QString &kind)
{
    if (kind == QLatin1String("leak"))
        return tr("Water leak");
    if (kind == QLatin1String("oil"))
        return tr("Oil leak");
    if (kind == QLatin1String("unlocked_car"))
        return tr("Car left unlocked");
    if (kind == QLatin1String("open_car"))
        return tr("Car window or door open");
    if (kind == QLatin1String("suspicious_person"))
        return tr("Suspicious person");
    if (kind == QLatin1String("broken_equipment"))
        return tr("Broken equipment");
    return tr("Other");
}

Result<QList<PatrolRoute>> PatrolRepository::routes(const Session &who)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("patrol")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT r.id, r.code, r.name, r.interval_minutes, c.id, c.code, c.name "
                                 "FROM patrol_routes r LEFT JOIN patrol_checkpoints c ON c.route_id = r.id AND c.active = 1 "
                                 "WHERE r.active = 1 ORDER BY r.id, c.position"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<PatrolRoute> list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            PatrolRoute r;
            r.id = id;
            r.code = q.value(1).toString();
            r.name = q.value(2).toString();
            r.intervalMinutes = q.value(3).toInt();
            list << r;
        }
        if (!q.value(4).isNull())
            list.last().checkpoints << PatrolRoute::Checkpoint{q.value(4).toLongLong(), q.value(5).toString(),
                                                               q.value(6).toString()};
    }
    return list;
}

Status PatrolRepository::setInterval(const Session &who, qint64 routeId, int minutes)
{
    return GuardedWrite::run(m_db, who, Permission::ManageLimitsAndTemplates, QStringLiteral("patrol_route"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (minutes < 1 || minutes > 24 * 60)
            return Failure{tr("Interval: between 1 and 1440 minutes.")};
        Query old(m_db, QStringLiteral("SELECT interval_minutes FROM patrol_routes WHERE id = :id"));
        old.bind(QStringLiteral(":id"), routeId);
        const auto before = old.scalar();
        if (!before)
            return Failure{tr("There is no such patrol route.")};
        Query q(m_db, QStringLiteral("UPDATE patrol_routes SET interval_minutes = :m WHERE id = :id"));
        q.bind(QStringLiteral(":m"), minutes).bind(QStringLiteral(":id"), routeId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("setting_changed"), QStringLiteral("patrol_route"),
                                      QString::number(routeId), QString::number(*before), QString::number(minutes)};
    });
}

Result<QString> PatrolRepository::startRound(const Session &who, qint64 routeId, const QDateTime &at)
{
    return GuardedWrite::runAuditedFor<QString>(m_db, who, Permission::WriteGateLogs, QStringLiteral("patrol"),
                                                [&](QString &out) -> Status {
        Query route(m_db, QStringLiteral("SELECT COUNT(*) FROM patrol_routes WHERE id = :id AND active = 1"));
        route.bind(QStringLiteral(":id"), routeId);
        const auto exists = route.scalar();
        if (!exists)
            return Failure{exists.error()};
        if (*exists == 0)
            return Failure{tr("Route: there is no such patrol route.")};
        const QString id = newId();
        Query q(m_db, QStringLiteral("INSERT INTO patrol_rounds (id, route_id, occurred_at, recorded_at, guard, seat) "
                                     "VALUES (:id, :route, :at, :recorded, :guard, :seat)"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":route"), routeId);
        if (Status s = execStamped(q, m_db, occurred(m_db, at), who.displayName, m_seat); !s)
            return Failure{s.error()};
        out = id;
        return {};
    });
}

Result<QString> PatrolRepository::signIn(const Session &who, const QString &roundId, qint64 checkpointId,
                                         const QDateTime &at)
{
    return GuardedWrite::runAuditedFor<QString>(m_db, who, Permission::WriteGateLogs, QStringLiteral("patrol"),
                                                [&](QString &out) -> Status {
        Query check(m_db, QStringLiteral("SELECT COUNT(*) FROM patrol_rounds r JOIN patrol_checkpoints c "
                                         "ON c.route_id = r.route_id WHERE r.id = :round AND c.id = :cp AND r.voided = 0"));
        check.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":cp"), checkpointId);
        const auto ok = check.scalar();
        if (!ok)
            return Failure{ok.error()};
        if (*ok == 0)
            return Failure{tr("Checkpoint: not a checkpoint of this round's route.")};
        const QString id = newId();
        Query q(m_db, QStringLiteral("INSERT INTO patrol_signins (id, round_id, checkpoint_id, occurred_at, recorded_at, "
                                     "guard, seat) VALUES (:id, :round, :cp, :at, :recorded, :guard, :seat)"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":cp"), checkpointId);
        if (Status s = execStamped(q, m_db, occurred(m_db, at), who.displayName, m_seat); !s)
            return Failure{s.error()};
        out = id;
        return {};
    });
}

Status PatrolRepository::finishRound(const Session &who, const QString &roundId, const QDateTime &at)
{
    return GuardedWrite::runAudited(m_db, who, Permission::WriteGateLogs, QStringLiteral("patrol"),
                                    [&]() -> Status {
        Query q(m_db, QStringLiteral("UPDATE patrol_rounds SET finished_at = :at WHERE id = :id AND finished_at IS NULL"));
        q.bind(QStringLiteral(":at"), toStored(occurred(m_db, at))).bind(QStringLiteral(":id"), roundId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("That round is already finished.")};
        return {};
    });
}

Result<PatrolFindingResult> PatrolRepository::recordFinding(const Session &who, const PatrolFindingInput &f)
{
    return GuardedWrite::runAuditedFor<PatrolFindingResult>(
        m_db, who, Permission::WriteGateLogs, QStringLiteral("patrol"), [&](PatrolFindingResult &out) -> Status {
        if (!findingKinds().contains(f.kind))
            return Failure{tr("Kind: %1 is not a kind of finding.").arg(f.kind)};
        if (f.description.trimmed().isEmpty())
            return Failure{tr("Description: say what was found.")};
        const QString plate = Validation::normalizePlate(f.plate);
        const QString houseNumber = Validation::toHalfWidth(f.houseNumber).simplified();
        PatrolFindingResult result;
        qint64 residentId = 0;
        qint64 houseId = 0;
        if (!plate.isEmpty()) {
            Query v(m_db, QStringLiteral("SELECT r.id, r.name FROM vehicles v JOIN residents r ON r.id = v.resident_id "
                                         "WHERE v.plate = :plate AND v.voided = 0"));
            v.bind(QStringLiteral(":plate"), plate);
            if (Status s = v.exec(); !s)
                return Failure{s.error()};
            if (v.next()) {
                residentId = v.value(0).toLongLong();
                result.residentName = v.value(1).toString();
            }
        }
        if (!houseNumber.isEmpty()) {
            Query h(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :n AND voided = 0"));
            h.bind(QStringLiteral(":n"), houseNumber);
            if (Status s = h.exec(); !s)
                return Failure{s.error()};
            if (!h.next())
                return Failure{tr("House: there is no house %1.").arg(houseNumber)};
            houseId = h.value(0).toLongLong();
            if (residentId == 0) {
                Query r(m_db, QStringLiteral("SELECT r.id, r.name FROM resident_houses l JOIN residents r ON r.id = l.resident_id "
                                             "WHERE l.house_id = :h AND l.ended = 0 AND r.voided = 0 "
                                             "ORDER BY CASE l.role WHEN 'owner' THEN 0 WHEN 'tenant' THEN 1 ELSE 2 END, l.id"));
                r.bind(QStringLiteral(":h"), houseId);
                if (Status s = r.exec(); !s)
                    return Failure{s.error()};
                if (r.next()) {
                    residentId = r.value(0).toLongLong();
                    result.residentName = r.value(1).toString();
                }
            }
        }
        const QDateTime at = occurred(m_db, f.at);
        const qint64 now = toStored(m_db.clock().now());
        result.id = newId();
        Query q(m_db, QStringLiteral("INSERT INTO patrol_findings (id, round_id, checkpoint_id, kind, description, location, "
                                     "plate, resident_id, house_id, occurred_at, recorded_at, guard, seat) VALUES (:id, "
                                     ":round, :cp, :kind, :description, :location, :plate, :resident, :house, :at, "
                                     ":recorded, :guard, :seat)"));
        q.bind(QStringLiteral(":id"), result.id).bind(QStringLiteral(":round"), textOrNull(f.roundId));
        q.bind(QStringLiteral(":cp"), msOrNull(f.checkpointId, f.checkpointId > 0));
        q.bind(QStringLiteral(":kind"), f.kind).bind(QStringLiteral(":description"), f.description.trimmed());
        q.bind(QStringLiteral(":location"), textOrNull(f.location.trimmed()));
        q.bind(QStringLiteral(":plate"), textOrNull(plate));
        q.bind(QStringLiteral(":resident"), msOrNull(residentId, residentId > 0));
        q.bind(QStringLiteral(":house"), msOrNull(houseId, houseId > 0));
        q.bind(QStringLiteral(":at"), toStored(at)).bind(QStringLiteral(":recorded"), now);
        q.bind(QStringLiteral(":guard"), who.displayName).bind(QStringLiteral(":seat"), m_seat);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (residentId > 0 || houseId > 0) {
            // The office tells the resident (SPEC 4); the message is kept in the office's language
            // of record and shown with the finding's details.
            const QString message = tr("Patrol finding (%1): %2%3")
                                        .arg(findingKindName(f.kind), f.description.trimmed(),
                                             plate.isEmpty() ? QString() : tr(" — vehicle %1").arg(plate));
            Query n(m_db, QStringLiteral("INSERT INTO office_notifications (source, source_id, resident_id, house_id, "
                                         "message, created_at) VALUES ('patrol_finding', :source, :resident, :house, "
                                         ":message, :at)"));
            n.bind(QStringLiteral(":source"), result.id);
            n.bind(QStringLiteral(":resident"), msOrNull(residentId, residentId > 0));
            n.bind(QStringLiteral(":house"), msOrNull(houseId, houseId > 0));
            n.bind(QStringLiteral(":message"), message).bind(QStringLiteral(":at"), now);
            if (Status s = n.exec(); !s)
                return Failure{s.error()};
            result.notified = true;
        }
        out = result;
        return {};
    });
}

Result<QList<PatrolStatus>> PatrolRepository::status(const Session &who)
{
    const auto all = routes(who);
    if (!all)
        return Failure{all.error()};
    const QDateTime now = m_db.clock().now();
    QList<PatrolStatus> list;
    for (const PatrolRoute &route : all.value()) {
        PatrolStatus st;
        st.route = route;
        // The newest round of the route: one step down the (route_id, occurred_at) index.
        Query q(m_db, QStringLiteral("SELECT occurred_at FROM patrol_rounds WHERE route_id = :r AND voided = 0 "
                                     "ORDER BY occurred_at DESC LIMIT 1"));
        q.bind(QStringLiteral(":r"), route.id);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.next()) {
            st.lastRound = fromStored(q.value(0).toLongLong());
            st.due = st.lastRound.addSecs(qint64(route.intervalMinutes) * 60);
            st.overdue = now > st.due;
            st.overdueMs = st.overdue ? toStored(now) - toStored(st.due) : 0;
        } else {
            st.overdue = true; // never patrolled
        }
        list << st;
    }
    return list;
}

Result<int> PatrolRepository::openNotifications(const Session &who)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("patrol")); !allowed)
        return Failure{allowed.error()};
    const auto n = Query(m_db, QStringLiteral("SELECT COUNT(*) FROM office_notifications WHERE handled_at IS NULL")).scalar();
    if (!n)
        return Failure{n.error()};
    return int(*n);
}

Result<QList<OfficeNotification>> PatrolRepository::notifications(const Session &who, bool includeHandled, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::RegisterRequests, QStringLiteral("office_notification"));
        !allowed)
        return Failure{allowed.error()};
    // The open ones come off the partial index on created_at; handled ones are few per day.
    const QString select = QStringLiteral(
        "SELECT n.id, n.source, n.source_id, r.name, r.mobile, h.number, n.message, n.created_at, n.handled_at, "
        "n.handled_by FROM office_notifications n LEFT JOIN residents r ON r.id = n.resident_id "
        "LEFT JOIN houses h ON h.id = n.house_id ");
    Query q(m_db, select + (includeHandled ? QStringLiteral("ORDER BY n.created_at DESC, n.id DESC LIMIT :limit")
                                           : QStringLiteral("WHERE n.handled_at IS NULL ORDER BY n.created_at, n.id "
                                                            "LIMIT :limit")));
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<OfficeNotification> list;
    while (q.next()) {
        OfficeNotification n;
        n.id = q.value(0).toLongLong();
        n.source = q.value(1).toString();
        n.sourceId = q.value(2).toString();
        n.residentName = q.value(3).toString();
        n.residentPhone = q.value(4).toString();
        n.houseNumber = q.value(5).toString();
        n.message = q.value(6).toString();
        n.createdAt = fromStored(q.value(7).toLongLong());
        n.handledAt = instantOrNull(q.value(8));
        n.handledBy = q.value(9).toString();
        list << n;
    }
    return list;
}

Status PatrolRepository::markNotificationHandled(const Session &who, qint64 id)
{
    return GuardedWrite::run(m_db, who, Permission::RegisterRequests, QStringLiteral("office_notification"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE office_notifications SET handled_at = :at, handled_by = :by "
                                     "WHERE id = :id AND handled_at IS NULL"));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1) {
            Query by(m_db, QStringLiteral("SELECT handled_by FROM office_notifications WHERE id = :id"));
            by.bind(QStringLiteral(":id"), id);
            if (Status s = by.exec(); !s)
                return Failure{s.error()};
            if (!by.next())
                return Failure{tr("There is no such notification.")};
            return Failure{tr("This notification was already handled by %1.").arg(by.value(0).toString())};
        }
        return GuardedWrite::AuditRow{QStringLiteral("handle"), QStringLiteral("office_notification"),
                                      QString::number(id), QStringLiteral("open"), QStringLiteral("handled")};
    });
}
