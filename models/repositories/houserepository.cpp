#include "models/repositories/houserepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/validation.h"
#include "models/repositories/recordsupport.h"

#include <QRegularExpression>

using namespace RecordSupport;

namespace {

QString stripSuffix(QString text, const QStringList &suffixes)
{
    text = Validation::toHalfWidth(text).trimmed();
    for (const QString &suffix : suffixes) {
        if (text.size() > suffix.size() && text.endsWith(suffix)) {
            text.chop(suffix.size());
            break;
        }
    }
    return text.trimmed().toUpper();
}

QJsonObject toJson(const HouseRecord &h)
{
    return QJsonObject{{QStringLiteral("number"), h.number},
                       {QStringLiteral("area_centi"), h.areaCenti},
                       {QStringLiteral("type"), h.type},
                       {QStringLiteral("status"), h.status},
                       {QStringLiteral("notes"), h.notes}};
}

} // namespace

QString HouseRepository::houseNumber(const QString &building, const QString &unit, const QString &room)
{
    if (unit.isEmpty())
        return building + QLatin1Char('-') + room;
    return building + QLatin1Char('-') + unit + QLatin1Char('-') + room;
}

std::optional<HouseRepository::NumberParts> HouseRepository::parseNumber(const QString &number)
{
    const QStringList parts = Validation::toHalfWidth(number).trimmed().split(QLatin1Char('-'));
    if (parts.size() == 3)
        return normalizeParts(parts.at(0), parts.at(1), parts.at(2));
    if (parts.size() == 2)
        return normalizeParts(parts.at(0), QString(), parts.at(1));
    return std::nullopt;
}

HouseRepository::NumberParts HouseRepository::normalizeParts(const QString &building, const QString &unit,
                                                             const QString &room)
{
    NumberParts parts;
    parts.building = stripSuffix(building, {QStringLiteral("号楼"), QStringLiteral("栋"), QStringLiteral("幢"),
                                            QStringLiteral("座"), QStringLiteral("楼")});
    parts.unit = stripSuffix(unit, {QStringLiteral("单元")});
    parts.room = stripSuffix(room, {QStringLiteral("室"), QStringLiteral("号"), QStringLiteral("房")});
    return parts;
}

Result<qint64> HouseRepository::findHouse(const QString &building, const QString &unit, const QString &room)
{
    const NumberParts p = normalizeParts(building, unit, room);
    Query q(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :number"));
    q.bind(QStringLiteral(":number"), houseNumber(p.building, p.unit, p.room));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> HouseRepository::ensureBuilding(const Session &who, const QString &code)
{
    Query find(m_db, QStringLiteral("SELECT id FROM buildings WHERE code = :code"));
    find.bind(QStringLiteral(":code"), code);
    if (Status s = find.exec(); !s)
        return Failure{s.error()};
    if (find.next())
        return find.value(0).toLongLong();
    Query insert(m_db, QStringLiteral("INSERT INTO buildings (code, created_at) VALUES (:code, :at) RETURNING id"));
    insert.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
    const auto id = insert.scalar();
    if (!id)
        return id;
    if (Status s = m_audit.record(who, QStringLiteral("create"), QStringLiteral("building"), QString::number(*id), {},
                                  json({{QStringLiteral("code"), code}}));
        !s)
        return Failure{s.error()};
    return id;
}

Result<qint64> HouseRepository::ensureUnit(const Session &who, qint64 buildingId, const QString &building,
                                           const QString &code)
{
    Query find(m_db, QStringLiteral("SELECT id FROM units WHERE building_id = :building AND code = :code"));
    find.bind(QStringLiteral(":building"), buildingId).bind(QStringLiteral(":code"), code);
    if (Status s = find.exec(); !s)
        return Failure{s.error()};
    if (find.next())
        return find.value(0).toLongLong();
    Query insert(m_db, QStringLiteral("INSERT INTO units (building_id, code, created_at) "
                                      "VALUES (:building, :code, :at) RETURNING id"));
    insert.bind(QStringLiteral(":building"), buildingId).bind(QStringLiteral(":code"), code);
    insert.bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
    const auto id = insert.scalar();
    if (!id)
        return id;
    if (Status s = m_audit.record(who, QStringLiteral("create"), QStringLiteral("unit"), QString::number(*id), {},
                                  json({{QStringLiteral("building"), building}, {QStringLiteral("code"), code}}));
        !s)
        return Failure{s.error()};
    return id;
}

Result<qint64> HouseRepository::ensureHouse(const Session &who, const QString &number)
{
    const auto parts = parseNumber(number);
    if (!parts)
        return Failure{tr("House number: \"%1\" is not written building-unit-room, e.g. 3-2-1201.").arg(number)};
    return ensureHouse(who, parts->building, parts->unit, parts->room);
}

Result<qint64> HouseRepository::ensureHouse(const Session &who, const QString &buildingText, const QString &unitText,
                                            const QString &roomText)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::EditResidents, QStringLiteral("house"),
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        const NumberParts p = normalizeParts(buildingText, unitText, roomText);
        if (p.building.isEmpty())
            return Failure{tr("Building: the building is missing.")};
        if (p.room.isEmpty())
            return Failure{tr("Room: the room number is missing.")};
        static const QRegularExpression bad(QStringLiteral("[-\\s/\\\\]"));
        if (p.building.contains(bad))
            return Failure{tr("Building: \"%1\" may not contain a dash, a slash or a space.").arg(buildingText)};
        if (p.unit.contains(bad))
            return Failure{tr("Unit: \"%1\" may not contain a dash, a slash or a space.").arg(unitText)};
        if (p.room.contains(bad))
            return Failure{tr("Room: \"%1\" may not contain a dash, a slash or a space.").arg(roomText)};
        for (auto [part, name] : {std::pair{p.building, tr("Building")}, std::pair{p.unit, tr("Unit")},
                                  std::pair{p.room, tr("Room")}}) {
            if (Status s = Validation::checkText(part, name, Validation::MaxLength::code); !s)
                return Failure{s.error()};
        }

        const QString number = houseNumber(p.building, p.unit, p.room);
        const auto existing = findHouse(p.building, p.unit, p.room);
        if (!existing)
            return Failure{existing.error()};
        if (*existing > 0) {
            out = *existing;
            return GuardedWrite::AuditRow::nothing();
        }

        const auto buildingId = ensureBuilding(who, p.building);
        if (!buildingId)
            return Failure{buildingId.error()};
        const auto unitId = ensureUnit(who, *buildingId, p.building, p.unit);
        if (!unitId)
            return Failure{unitId.error()};
        const qint64 now = toStored(m_db.clock().now());
        Query insert(m_db, QStringLiteral("INSERT INTO houses (unit_id, room, number, created_at, updated_at, updated_by) "
                                          "VALUES (:unit, :room, :number, :at, :at2, :by) RETURNING id"));
        insert.bind(QStringLiteral(":unit"), *unitId).bind(QStringLiteral(":room"), p.room);
        insert.bind(QStringLiteral(":number"), number);
        insert.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":at2"), now);
        insert.bind(QStringLiteral(":by"), who.displayName);
        const auto id = insert.scalar();
        if (!id)
            return Failure{id.error()};
        HouseRecord created;
        created.number = number;
        out = *id;
        return GuardedWrite::AuditRow{QStringLiteral("create"), QStringLiteral("house"), QString::number(*id), {},
                                      json(toJson(created))};
    });
}

Result<HouseRecord> HouseRepository::load(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT h.id, b.code, u.code, h.room, h.number, h.area_centi, h.house_type, h.status, "
                                 "h.notes, h.voided, h.void_reason, h.row_version FROM houses h "
                                 "JOIN units u ON u.id = h.unit_id JOIN buildings b ON b.id = u.building_id "
                                 "WHERE h.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no house with the number %1.").arg(id)};
    HouseRecord h;
    h.id = q.value(0).toLongLong();
    h.building = q.value(1).toString();
    h.unit = q.value(2).toString();
    h.room = q.value(3).toString();
    h.number = q.value(4).toString();
    h.areaCenti = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    h.type = q.value(6).toString();
    h.status = q.value(7).toString();
    h.notes = q.value(8).toString();
    h.voided = q.value(9).toInt() != 0;
    h.voidReason = q.value(10).toString();
    h.rowVersion = q.value(11).toInt();
    return h;
}

Result<HouseRecord> HouseRepository::house(const Session &who, qint64 id)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("house")); !allowed)
        return Failure{allowed.error()};
    return load(id);
}

Result<HouseRecord> HouseRepository::houseByNumber(const Session &who, const QString &number)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("house")); !allowed)
        return Failure{allowed.error()};
    const auto parts = parseNumber(number);
    if (!parts)
        return Failure{tr("House number: \"%1\" is not written building-unit-room, e.g. 3-2-1201.").arg(number)};
    const auto id = findHouse(parts->building, parts->unit, parts->room);
    if (!id)
        return Failure{id.error()};
    if (*id == 0)
        return Failure{tr("There is no house %1.").arg(number)};
    return load(*id);
}

Status HouseRepository::updateHouse(const Session &who, const HouseRecord &house)
{
    return GuardedWrite::run(m_db, who, Permission::EditResidents, QStringLiteral("house"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (!ResidentCodes::houseTypes().contains(house.type))
            return Failure{tr("Type: \"%1\" is not a house type.").arg(house.type)};
        if (!ResidentCodes::houseStatuses().contains(house.status))
            return Failure{tr("Status: \"%1\" is not a house status.").arg(house.status)};
        if (house.areaCenti < -1 || house.areaCenti > 100000000)
            return Failure{tr("Area: the floor area must be between 0 and 1,000,000 m².")};
        if (Status s = Validation::checkText(house.notes.trimmed(), tr("Notes"), Validation::MaxLength::notes,
                                             Validation::TextKind::MultiLine);
            !s)
            return Failure{s.error()};
        const auto before = load(house.id);
        if (!before)
            return Failure{before.error()};
        Query q(m_db, QStringLiteral("UPDATE houses SET area_centi = :area, house_type = :type, status = :status, "
                                     "notes = :notes, row_version = row_version + 1, updated_at = :at, updated_by = :by "
                                     "WHERE id = :id AND row_version = :version"));
        q.bind(QStringLiteral(":area"), house.areaCenti < 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                                            : QVariant(house.areaCenti));
        q.bind(QStringLiteral(":type"), house.type).bind(QStringLiteral(":status"), house.status);
        q.bind(QStringLiteral(":notes"), textOrNull(house.notes));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":id"), house.id).bind(QStringLiteral(":version"), house.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{changedBy(m_db, QStringLiteral("SELECT updated_by, updated_at FROM houses WHERE id = :id"),
                                     house.id, tr("House %1").arg(before->number))};
        HouseRecord after = house;
        after.number = before->number;
        return GuardedWrite::AuditRow{QStringLiteral("update"), QStringLiteral("house"), QString::number(house.id),
                                      json(toJson(*before)), json(toJson(after))};
    });
}

Status HouseRepository::voidHouse(const Session &who, qint64 id, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("houses"), id, QStringLiteral("house"), QString::number(id),
                              tr("The house does not exist or is already voided."), true);
    return GuardedWrite::voidWithReason(m_db, who, Permission::EditResidents, QStringLiteral("house"),
                                        tr("Reason: say why the house is voided."), row, reason);
}

Result<QStringList> HouseRepository::buildings(const Session &who)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("house")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT code FROM buildings ORDER BY code"));
    return q.texts();
}

Result<QStringList> HouseRepository::units(const Session &who, const QString &building)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("house")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT u.code FROM units u JOIN buildings b ON b.id = u.building_id "
                                 "WHERE b.code = :building ORDER BY u.code"));
    q.bind(QStringLiteral(":building"), building);
    return q.texts();
}

Result<QList<HouseRecord>> HouseRepository::houses(const Session &who, const QString &building, const QString &unit)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("house")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT h.id FROM houses h JOIN units u ON u.id = h.unit_id "
                                 "JOIN buildings b ON b.id = u.building_id "
                                 "WHERE b.code = :building AND u.code = :unit ORDER BY h.room"));
    q.bind(QStringLiteral(":building"), building).bind(QStringLiteral(":unit"), unit);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<HouseRecord> list;
    for (qint64 id : ids) {
        auto h = load(id);
        if (!h)
            return Failure{h.error()};
        list << h.value();
    }
    return list;
}
