#pragma once

#include "models/domain/residentfile.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Estate structure: building → unit → house. Buildings and units exist once a
// house names them; houses are created on demand by their number.
class HouseRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseRepository)

public:
    struct NumberParts
    {
        QString building;
        QString unit;
        QString room;
    };

    explicit HouseRepository(Database &db) : m_db(db), m_audit(db) {}

    // "3-2-1201", or "3-1201" for a building without units.
    static QString houseNumber(const QString &building, const QString &unit, const QString &room);
    static std::optional<NumberParts> parseNumber(const QString &number);
    // Tidies what rosters write: "3栋" → "3", "2单元" → "2", "1201室" → "1201".
    static NumberParts normalizeParts(const QString &building, const QString &unit, const QString &room);

    Result<qint64> ensureHouse(const Session &who, const QString &building, const QString &unit, const QString &room);
    Result<qint64> ensureHouse(const Session &who, const QString &number);
    // Finds without creating; 0 when there is no such house.
    Result<qint64> findHouse(const QString &building, const QString &unit, const QString &room);

    Result<HouseRecord> house(const Session &who, qint64 id);
    Result<HouseRecord> houseByNumber(const Session &who, const QString &number);
    // Area, type, status and notes; refused when someone else changed the house meanwhile.
    Status updateHouse(const Session &who, const HouseRecord &house);
    Status voidHouse(const Session &who, qint64 id, const QString &reason);

    // For the house tree.
    Result<QStringList> buildings(const Session &who);
    Result<QStringList> units(const Session &who, const QString &building);
    Result<QList<HouseRecord>> houses(const Session &who, const QString &building, const QString &unit);

private:
    Result<qint64> ensureBuilding(const Session &who, const QString &code);
    Result<qint64> ensureUnit(const Session &who, qint64 buildingId, const QString &building, const QString &code);
    Result<HouseRecord> load(qint64 id);

    Database &m_db;
    AuditLog m_audit;
};
