#pragma once

#include "models/domain/residentfile.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Vehicles registered to residents; the gatehouse knows these plates as resident vehicles.
class VehicleRepository
{
    Q_DECLARE_TR_FUNCTIONS(VehicleRepository)

public:
    explicit VehicleRepository(Database &db) : m_db(db), m_audit(db) {}

    // The plate is normalised; an unusual format is not refused (check Validation::plateWarning first).
    Result<qint64> add(const Session &who, VehicleRecord vehicle);
    Status update(const Session &who, VehicleRecord vehicle);
    Status voidVehicle(const Session &who, qint64 id, const QString &reason);
    Result<QList<VehicleRecord>> forResident(const Session &who, qint64 residentId, bool withVoided = false);
    // The registered (not voided) vehicle with this plate, however it was typed.
    Result<std::optional<VehicleRecord>> findByPlate(const Session &who, const QString &plate);

private:
    Result<VehicleRecord> load(qint64 id);
    Status check(VehicleRecord &vehicle);

    Database &m_db;
    AuditLog m_audit;
};
