#include "models/repositories/goodspermitrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/formats.h"
#include "models/domain/validation.h"
#include "models/repositories/gatesupport.h"
#include "models/repositories/recordsupport.h"

using namespace GateSupport;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.permit_number, p.kind, p.resident_id, h.number, p.applicant, p.goods, p.plate, p.valid_from, "
    "p.valid_until, p.status, p.applied_at, p.applied_by, p.approved_at, p.approved_by, p.collected_at, "
    "p.collected_by, p.void_reason FROM goods_permits p LEFT JOIN houses h ON h.id = p.house_id ");

GoodsPermit read(Query &q)
{
    GoodsPermit p;
    p.id = q.value(0).toString();
    p.permitNumber = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.residentId = q.value(3).toLongLong();
    p.houseNumber = q.value(4).toString();
    p.applicant = q.value(5).toString();
    p.goods = q.value(6).toString();
    p.plate = q.value(7).toString();
    p.validFrom = RecordSupport::dateFrom(q.value(8));
    p.validUntil = RecordSupport::dateFrom(q.value(9));
    p.status = q.value(10).toString();
    p.appliedAt = instantOrNull(q.value(11));
    p.appliedBy = q.value(12).toString();
    p.approvedAt = instantOrNull(q.value(13));
    p.approvedBy = q.value(14).toString();
    p.collectedAt = instantOrNull(q.value(15));
    p.collectedBy = q.value(16).toString();
    p.voidReason = q.value(17).toString();
    return p;
}

QDate estateDay(Database &db, const QDateTime &at)
{
    return at.toTimeZone(SettingsRepository(db).timeZone()).date();
}

// What the gate found about a permit (passed or stopped) and why.
struct Check
{
    QString outcome;
    QVariant permitId, number, note;
};

// One row of goods_checks, stamped with the guard and the seat.
Result<QString> insertCheck(Database &db, const Session &who, const QString &seat, const Check &check,
                            const QString &vehicleEventId, const QDateTime &at)
{
    const QString id = newId();
    Query c(db, QStringLiteral("INSERT INTO goods_checks (id, permit_id, permit_number, outcome, note, "
                               "vehicle_event_id, occurred_at, recorded_at, guard, seat) VALUES (:id, :permit, "
                               ":number, :outcome, :note, :event, :at, :recorded, :guard, :seat)"));
    c.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":permit"), check.permitId);
    c.bind(QStringLiteral(":number"), check.number).bind(QStringLiteral(":outcome"), check.outcome);
    c.bind(QStringLiteral(":note"), check.note).bind(QStringLiteral(":event"), textOrNull(vehicleEventId));
    if (Status s = execStamped(c, db, at, who.displayName, seat); !s)
        return Failure{s.error()};
    return id;
}

} // namespace

GoodsPermitRepository::GoodsPermitRepository(Database &db, QString seat)
    : m_db(db), m_audit(db), m_seat(seat.isEmpty() ? defaultSeat() : std::move(seat))
{
}

QString GoodsPermitRepository::kindName(const QString &kind)
{
    if (kind == QLatin1String("goods_out"))
        return tr("Goods out");
    if (kind == QLatin1String("moving"))
        return tr("Moving (van)");
    if (kind == QLatin1String("building_materials"))
        return tr("Building materials in bulk");
    if (kind == QLatin1String("vehicle_access"))
        return tr("Vehicle approved in advance");
    return kind;
}

QString GoodsPermitRepository::statusName(const QString &status)
{
    if (status == QLatin1String("applied"))
        return tr("Awaiting approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("collected"))
        return tr("Collected at the gate");
    if (status == QLatin1String("voided"))
        return tr("Voided");
    return status;
}

Result<GoodsPermit> GoodsPermitRepository::load(const QString &sqlWhere, const QString &key)
{
    Query q(m_db, kSelect + sqlWhere);
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such goods-out permit.")};
    return read(q);
}

Result<GoodsPermit> GoodsPermitRepository::apply(const Session &who, GoodsPermit p)
{
    const Status written = GuardedWrite::run(m_db, who, Permission::RegisterRequests, QStringLiteral("goods_permit"),
                                             [&]() -> Result<GuardedWrite::AuditRow> {
        p.applicant = p.applicant.simplified();
        p.goods = p.goods.simplified();
        p.plate = Validation::normalizePlate(p.plate);
        p.permitNumber = p.permitNumber.simplified();
        if (!kinds().contains(p.kind))
            return Failure{tr("Kind: %1 is not a kind of permit.").arg(p.kind)};
        if (p.applicant.isEmpty())
            return Failure{tr("Applicant: say who applies.")};
        if (p.goods.isEmpty())
            return Failure{tr("Goods: describe the goods (what and how many).")};
        const QDateTime now = m_db.clock().now();
        if (!p.validFrom.isValid())
            p.validFrom = estateDay(m_db, now);
        if (!p.validUntil.isValid())
            p.validUntil = p.validFrom;
        if (p.validUntil < p.validFrom)
            return Failure{tr("Valid until: the permit would end before it starts.")};
        QVariant houseId(QMetaType::fromType<qlonglong>());
        if (!p.houseNumber.trimmed().isEmpty()) {
            Query h(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :n AND voided = 0"));
            h.bind(QStringLiteral(":n"), p.houseNumber.trimmed());
            if (Status s = h.exec(); !s)
                return Failure{s.error()};
            if (!h.next())
                return Failure{tr("House: there is no house %1.").arg(p.houseNumber.trimmed())};
            houseId = h.value(0).toLongLong();
        }
        if (p.permitNumber.isEmpty()) {
            // FX20260302-001: the day's running number.
            const QString prefix = QStringLiteral("FX%1-").arg(estateDay(m_db, now).toString(Formats::compactDate()));
            Query count(m_db, QStringLiteral("SELECT COUNT(*) FROM goods_permits WHERE permit_number LIKE :p"));
            count.bind(QStringLiteral(":p"), prefix + QLatin1Char('%'));
            const auto n = count.scalar();
            if (!n)
                return Failure{n.error()};
            p.permitNumber = prefix + QStringLiteral("%1").arg(*n + 1, 3, 10, QLatin1Char('0'));
        }
        p.id = newId();
        p.status = QStringLiteral("applied");
        p.appliedAt = now;
        p.appliedBy = who.displayName;
        Query q(m_db, QStringLiteral("INSERT INTO goods_permits (id, permit_number, kind, resident_id, house_id, "
                                     "applicant, goods, plate, valid_from, valid_until, status, applied_at, applied_by) "
                                     "VALUES (:id, :number, :kind, :resident, :house, :applicant, :goods, :plate, :from, "
                                     ":until, 'applied', :at, :by)"));
        q.bind(QStringLiteral(":id"), p.id).bind(QStringLiteral(":number"), p.permitNumber);
        q.bind(QStringLiteral(":kind"), p.kind);
        q.bind(QStringLiteral(":resident"), p.residentId > 0 ? QVariant(p.residentId) : QVariant(QMetaType::fromType<qlonglong>()));
        q.bind(QStringLiteral(":house"), houseId).bind(QStringLiteral(":applicant"), p.applicant);
        q.bind(QStringLiteral(":goods"), p.goods).bind(QStringLiteral(":plate"), textOrNull(p.plate));
        q.bind(QStringLiteral(":from"), p.validFrom.toString(Qt::ISODate));
        q.bind(QStringLiteral(":until"), p.validUntil.toString(Qt::ISODate));
        q.bind(QStringLiteral(":at"), toStored(now)).bind(QStringLiteral(":by"), who.displayName);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("create"), QStringLiteral("goods_permit"), p.id, {},
                                      p.permitNumber + QLatin1Char(' ') + p.goods};
    });
    if (!written)
        return Failure{written.error()};
    return p;
}

Status GoodsPermitRepository::approve(const Session &who, const QString &id)
{
    return GuardedWrite::run(m_db, who, Permission::ApproveExtensions, QStringLiteral("goods_permit"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        const auto before = load(QStringLiteral("WHERE p.id = :key"), id);
        if (!before)
            return Failure{before.error()};
        if (before->status != QLatin1String("applied"))
            return Failure{tr("Permit %1 is %2 and cannot be approved.").arg(before->permitNumber, statusName(before->status))};
        Query q(m_db, QStringLiteral("UPDATE goods_permits SET status = 'approved', approved_at = :at, approved_by = :by, "
                                     "row_version = row_version + 1 WHERE id = :id AND status = 'applied'"));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("approve"), QStringLiteral("goods_permit"), id,
                                      QStringLiteral("applied"), QStringLiteral("approved"), before->permitNumber};
    });
}

Status GoodsPermitRepository::voidPermit(const Session &who, const QString &id, const QString &reason)
{
    if (Status s = GuardedWrite::checkVoid(m_db, who, Permission::RegisterRequests, QStringLiteral("goods_permit"),
                                           reason, tr("Reason: say why the permit is voided."));
        !s)
        return s;
    const auto before = load(QStringLiteral("WHERE p.id = :key"), id);
    if (!before)
        return Failure{before.error()};
    GuardedWrite::VoidRow row(QStringLiteral("goods_permits"), id, QStringLiteral("goods_permit"), id,
                              tr("Permit %1 is %2 and cannot be voided.")
                                  .arg(before->permitNumber, statusName(before->status)));
    row.voidedSet = QStringLiteral("status = 'voided'");
    row.liveWhere = QStringLiteral("status IN ('applied', 'approved')");
    row.versioned = true;
    row.oldValue = before->status;
    row.newValue = QStringLiteral("voided");
    return GuardedWrite::voidRow(m_db, who, row, reason);
}

Result<GoodsPermit> GoodsPermitRepository::permit(const Session &who, const QString &id)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("goods_permit")); !allowed)
        return Failure{allowed.error()};
    return load(QStringLiteral("WHERE p.id = :key"), id);
}

Result<std::optional<GoodsPermit>> GoodsPermitRepository::findByNumber(const Session &who, const QString &number)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("goods_permit")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, kSelect + QStringLiteral("WHERE p.permit_number = :n"));
    q.bind(QStringLiteral(":n"), number.simplified().toUpper());
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return std::optional<GoodsPermit>();
    return std::optional<GoodsPermit>(read(q));
}

Result<QList<GoodsPermit>> GoodsPermitRepository::approvedPermits(const Session &who, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("goods_permit")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, kSelect + QStringLiteral("WHERE p.status = 'approved' ORDER BY p.valid_until, p.permit_number "
                                           "LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit);
    return q.rows([](Query &row) { return read(row); });
}

Result<GoodsPermitRepository::Usable> GoodsPermitRepository::findUsable(const QString &numberText,
                                                                      const QString &plate, const QStringList &wanted,
                                                                      const QDateTime &at)
{
    const QDate day = estateDay(m_db, at);
    const QString number = numberText.simplified().toUpper();
    Usable usable;
    if (!number.isEmpty()) {
        Query q(m_db, kSelect + QStringLiteral("WHERE p.permit_number = :n"));
        q.bind(QStringLiteral(":n"), number);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (!q.next()) {
            usable.reason = tr("Permit %1 does not exist.").arg(number);
            return usable;
        }
        const GoodsPermit p = read(q);
        if (p.status == QLatin1String("collected"))
            usable.reason = tr("Permit %1 was already used on %2 (collected by %3).")
                                .arg(p.permitNumber,
                                     p.collectedAt.toTimeZone(SettingsRepository(m_db).timeZone())
                                         .toString(Formats::dateTime()),
                                     p.collectedBy);
        else if (p.status != QLatin1String("approved"))
            usable.reason = tr("Permit %1 is not approved.").arg(p.permitNumber);
        else if (!wanted.contains(p.kind))
            usable.reason = tr("Permit %1 is for %2.").arg(p.permitNumber, kindName(p.kind));
        else if (day < p.validFrom || day > p.validUntil)
            usable.reason = tr("Permit %1 is valid from %2 to %3 only.")
                                .arg(p.permitNumber, p.validFrom.toString(Qt::ISODate),
                                     p.validUntil.toString(Qt::ISODate));
        else if (!plate.isEmpty() && !p.plate.isEmpty() && p.plate != plate)
            usable.reason = tr("Permit %1 names the vehicle %2, not %3.").arg(p.permitNumber, p.plate, plate);
        else
            usable.permit = p;
        return usable;
    }
    if (plate.isEmpty()) {
        usable.reason = tr("No permit was shown.");
        return usable;
    }
    // The kinds are at most two; each binds its own placeholder.
    Query q(m_db, kSelect + QStringLiteral("WHERE p.plate = :plate AND p.status = 'approved' "
                                           "AND (p.kind = :k1 OR p.kind = :k2) AND p.valid_from <= :day "
                                           "AND p.valid_until >= :day2 ORDER BY p.approved_at LIMIT 1"));
    q.bind(QStringLiteral(":plate"), plate);
    q.bind(QStringLiteral(":k1"), wanted.value(0)).bind(QStringLiteral(":k2"), wanted.value(1, wanted.value(0)));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).bind(QStringLiteral(":day2"), day.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (q.next())
        usable.permit = read(q);
    else
        usable.reason = tr("There is no approved permit for %1 today.").arg(plate);
    return usable;
}

Result<QString> GoodsPermitRepository::collect(const Session &who, const GoodsPermit &p, const QDateTime &at,
                                               const QString &vehicleEventId, const QString &note)
{
    Query q(m_db, QStringLiteral("UPDATE goods_permits SET status = 'collected', collected_at = :at, collected_by = :by, "
                                 "row_version = row_version + 1 WHERE id = :id AND status = 'approved'"));
    q.bind(QStringLiteral(":at"), toStored(at)).bind(QStringLiteral(":by"), who.displayName);
    q.bind(QStringLiteral(":id"), p.id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (q.numRowsAffected() != 1)
        return Failure{tr("Permit %1 was collected at the same moment elsewhere.").arg(p.permitNumber)};
    return insertCheck(m_db, who, m_seat, {QStringLiteral("passed"), p.id, p.permitNumber, textOrNull(note)},
                       vehicleEventId, at);
}

Result<QString> GoodsPermitRepository::recordStopped(const Session &who, const QString &number,
                                                     const QString &permitId, const QDateTime &at,
                                                     const QString &vehicleEventId, const QString &reason)
{
    return insertCheck(m_db, who, m_seat,
                       {QStringLiteral("stopped"), textOrNull(permitId), textOrNull(number.simplified().toUpper()),
                        textOrNull(reason)},
                       vehicleEventId, at);
}

Result<GoodsCheckResult> GoodsPermitRepository::checkAtGate(const Session &who, const QString &permitNumber,
                                                            const QString &note, const QDateTime &when)
{
    GoodsCheckResult result;
    // The check is its own record (goods_checks).
    const Status written = GuardedWrite::runAudited(m_db, who, Permission::WriteGateLogs, QStringLiteral("goods_check"),
                                                    [&]() -> Status {
        if (permitNumber.trimmed().isEmpty())
            return Failure{tr("Permit number: type the number printed on the permit.")};
        const QDateTime at = occurred(m_db, when);
        const auto usable = findUsable(permitNumber, QString(), kinds(), at);
        if (!usable)
            return Failure{usable.error()};
        if (usable->permit) {
            const auto id = collect(who, *usable->permit, at, QString(), note.trimmed());
            if (!id)
                return Failure{id.error()};
            result.checkId = *id;
            result.passed = true;
            result.permit = usable->permit;
            result.permit->status = QStringLiteral("collected");
            result.permit->collectedAt = at;
            result.permit->collectedBy = who.displayName;
        } else {
            const auto existing = findByNumber(who, permitNumber);
            const QString permitId = existing && existing->has_value() ? existing->value().id : QString();
            const auto id = recordStopped(who, permitNumber, permitId, at, QString(), usable->reason);
            if (!id)
                return Failure{id.error()};
            result.checkId = *id;
            result.reason = usable->reason;
            if (existing && existing->has_value())
                result.permit = existing->value();
        }
        return {};
    });
    if (!written)
        return Failure{written.error()};
    return result;
}

Result<QList<GoodsPermit>> GoodsPermitRepository::permits(const Session &who, const QString &status, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("goods_permit")); !allowed)
        return Failure{allowed.error()};
    // One status walks the (status, valid_until) index backwards.
    Query q(m_db, kSelect + (status.isEmpty()
                                 ? QStringLiteral("ORDER BY p.valid_until DESC, p.applied_at DESC LIMIT :limit")
                                 : QStringLiteral("WHERE p.status = :status ORDER BY p.valid_until DESC, "
                                                  "p.applied_at DESC LIMIT :limit")));
    if (!status.isEmpty())
        q.bind(QStringLiteral(":status"), status);
    q.bind(QStringLiteral(":limit"), limit);
    return q.rows([](Query &row) { return read(row); });
}
