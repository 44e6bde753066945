#include "models/repositories/vehiclerepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/validation.h"
#include "models/repositories/recordsupport.h"
#include "models/repositories/residentrepository.h"

using namespace RecordSupport;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.resident_id, r.name, v.plate, v.vehicle_type, v.colour, v.parking_space, v.valid_until, "
    "v.voided, v.void_reason, v.row_version FROM vehicles v JOIN residents r ON r.id = v.resident_id ");

VehicleRecord read(Query &q)
{
    VehicleRecord v;
    v.id = q.value(0).toLongLong();
    v.residentId = q.value(1).toLongLong();
    v.residentName = q.value(2).toString();
    v.plate = q.value(3).toString();
    v.vehicleType = q.value(4).toString();
    v.colour = q.value(5).toString();
    v.parkingSpace = q.value(6).toString();
    v.validUntil = dateFrom(q.value(7));
    v.voided = q.value(8).toInt() != 0;
    v.voidReason = q.value(9).toString();
    v.rowVersion = q.value(10).toInt();
    return v;
}

QJsonObject toJson(const VehicleRecord &v)
{
    return QJsonObject{{QStringLiteral("resident_id"), v.residentId},
                       {QStringLiteral("plate"), v.plate},
                       {QStringLiteral("type"), v.vehicleType},
                       {QStringLiteral("colour"), v.colour},
                       {QStringLiteral("parking_space"), v.parkingSpace},
                       {QStringLiteral("valid_until"), v.validUntil.toString(Qt::ISODate)}};
}

} // namespace

Result<VehicleRecord> VehicleRepository::load(qint64 id)
{
    Query q(m_db, kSelect + QStringLiteral("WHERE v.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such vehicle.")};
    return read(q);
}

Status VehicleRepository::check(VehicleRecord &v)
{
    const auto plate = Validation::checkPlate(v.plate);
    if (!plate)
        return Failure{plate.error()};
    v.plate = plate.value();
    for (auto [field, name] : {std::pair{&v.vehicleType, tr("Vehicle type")}, std::pair{&v.colour, tr("Colour")},
                               std::pair{&v.parkingSpace, tr("Parking space")}}) {
        if (Status s = Validation::checkText(field->trimmed(), name, Validation::MaxLength::code); !s)
            return s;
        *field = field->simplified();
    }
    Query resident(m_db, QStringLiteral("SELECT voided FROM residents WHERE id = :id"));
    resident.bind(QStringLiteral(":id"), v.residentId);
    if (Status s = resident.exec(); !s)
        return s;
    if (!resident.next() || resident.value(0).toInt() != 0)
        return Failure{tr("Resident: the vehicle must belong to a resident on file.")};
    Query other(m_db, QStringLiteral("SELECT v.id, r.name FROM vehicles v JOIN residents r ON r.id = v.resident_id "
                                     "WHERE v.plate = :plate AND v.voided = 0"));
    other.bind(QStringLiteral(":plate"), v.plate);
    if (Status s = other.exec(); !s)
        return s;
    while (other.next()) {
        if (other.value(0).toLongLong() != v.id)
            return Failure{tr("Plate: %1 is already registered to %2.").arg(v.plate, other.value(1).toString())};
    }
    return {};
}

Result<qint64> VehicleRepository::add(const Session &who, VehicleRecord v)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::EditResidents, QStringLiteral("vehicle"),
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        v.id = 0;
        if (Status ok = check(v); !ok)
            return Failure{ok.error()};
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("INSERT INTO vehicles (resident_id, plate, vehicle_type, colour, parking_space, "
                                     "valid_until, created_at, updated_at, updated_by) VALUES (:resident, :plate, :type, "
                                     ":colour, :space, :until, :created, :updated, :by) RETURNING id"));
        q.bind(QStringLiteral(":resident"), v.residentId).bind(QStringLiteral(":plate"), v.plate);
        q.bind(QStringLiteral(":type"), textOrNull(v.vehicleType)).bind(QStringLiteral(":colour"), textOrNull(v.colour));
        q.bind(QStringLiteral(":space"), textOrNull(v.parkingSpace)).bind(QStringLiteral(":until"), dateOrNull(v.validUntil));
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now);
        q.bind(QStringLiteral(":by"), who.displayName);
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        if (Status s = ResidentRepository(m_db).reindex(v.residentId); !s)
            return Failure{s.error()};
        out = *id;
        return GuardedWrite::AuditRow{QStringLiteral("create"), QStringLiteral("vehicle"), QString::number(*id), {},
                                      json(toJson(v))};
    });
}

Status VehicleRepository::update(const Session &who, VehicleRecord v)
{
    return GuardedWrite::run(m_db, who, Permission::EditResidents, QStringLiteral("vehicle"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        const auto before = load(v.id);
        if (!before)
            return Failure{before.error()};
        if (Status ok = check(v); !ok)
            return Failure{ok.error()};
        Query q(m_db, QStringLiteral("UPDATE vehicles SET resident_id = :resident, plate = :plate, vehicle_type = :type, "
                                     "colour = :colour, parking_space = :space, valid_until = :until, "
                                     "row_version = row_version + 1, updated_at = :at, updated_by = :by "
                                     "WHERE id = :id AND row_version = :version AND voided = 0"));
        q.bind(QStringLiteral(":resident"), v.residentId).bind(QStringLiteral(":plate"), v.plate);
        q.bind(QStringLiteral(":type"), textOrNull(v.vehicleType)).bind(QStringLiteral(":colour"), textOrNull(v.colour));
        q.bind(QStringLiteral(":space"), textOrNull(v.parkingSpace)).bind(QStringLiteral(":until"), dateOrNull(v.validUntil));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":id"), v.id).bind(QStringLiteral(":version"), v.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{changedBy(m_db, QStringLiteral("SELECT updated_by, updated_at FROM vehicles WHERE id = :id"),
                                     v.id, tr("Vehicle %1").arg(before->plate))};
        ResidentRepository residents(m_db);
        if (Status s = residents.reindex(v.residentId); !s)
            return Failure{s.error()};
        if (before->residentId != v.residentId) {
            if (Status s = residents.reindex(before->residentId); !s)
                return Failure{s.error()};
        }
        return GuardedWrite::AuditRow{QStringLiteral("update"), QStringLiteral("vehicle"), QString::number(v.id),
                                      json(toJson(*before)), json(toJson(v))};
    });
}

Status VehicleRepository::voidVehicle(const Session &who, qint64 id, const QString &reason)
{
    if (Status s = GuardedWrite::checkVoid(m_db, who, Permission::EditResidents, QStringLiteral("vehicle"), reason,
                                           tr("Reason: say why the vehicle is voided."));
        !s)
        return s;
    const auto before = load(id);
    if (!before)
        return Failure{before.error()};
    GuardedWrite::VoidRow row(QStringLiteral("vehicles"), id, QStringLiteral("vehicle"), QString::number(id),
                              tr("Vehicle %1 is already voided.").arg(before->plate), true);
    row.oldValue = json(toJson(*before));
    const qint64 residentId = before->residentId;
    row.alsoWrite = [this, residentId] { return ResidentRepository(m_db).reindex(residentId); };
    return GuardedWrite::voidRow(m_db, who, row, reason);
}

Result<QList<VehicleRecord>> VehicleRepository::forResident(const Session &who, qint64 residentId, bool withVoided)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("vehicle")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, kSelect + QStringLiteral("WHERE v.resident_id = :id ORDER BY v.voided, v.plate"));
    q.bind(QStringLiteral(":id"), residentId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<VehicleRecord> list;
    while (q.next()) {
        VehicleRecord v = read(q);
        if (withVoided || !v.voided)
            list << v;
    }
    return list;
}

Result<std::optional<VehicleRecord>> VehicleRepository::findByPlate(const Session &who, const QString &plate)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("vehicle")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, kSelect + QStringLiteral("WHERE v.plate = :plate AND v.voided = 0"));
    q.bind(QStringLiteral(":plate"), Validation::normalizePlate(plate));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return std::optional<VehicleRecord>();
    return std::optional<VehicleRecord>(read(q));
}
