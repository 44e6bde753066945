#include "models/repositories/gaterepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/formats.h"
#include "models/domain/validation.h"
#include "models/repositories/gatesupport.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/recordsupport.h"
#include "models/repositories/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

using namespace GateSupport;

namespace {

QString directionCode(GateDirection d)
{
    return d == GateDirection::In ? QStringLiteral("in") : QStringLiteral("out");
}

struct Known
{
    PlateKnowledge knowledge;
    QString residentName;
    qint64 residentId = 0;
    std::optional<VehicleInside> inside;
    QString openCardId;
};

Result<Known> lookUp(Database &db, const QString &plate)
{
    Known known;
    Query v(db, QStringLiteral("SELECT r.id, r.name FROM vehicles v JOIN residents r ON r.id = v.resident_id "
                               "WHERE v.plate = :plate AND v.voided = 0"));
    v.bind(QStringLiteral(":plate"), plate);
    if (Status s = v.exec(); !s)
        return Failure{s.error()};
    if (v.next()) {
        known.knowledge.registeredResident = true;
        known.residentId = v.value(0).toLongLong();
        known.residentName = v.value(1).toString();
    }
    Query in(db, QStringLiteral("SELECT entry_event_id, category, entered_at, card_id FROM vehicles_inside "
                                "WHERE plate = :plate"));
    in.bind(QStringLiteral(":plate"), plate);
    if (Status s = in.exec(); !s)
        return Failure{s.error()};
    if (in.next()) {
        VehicleInside inside;
        inside.plate = plate;
        inside.entryEventId = in.value(0).toString();
        inside.category = GateRules::fromCode(in.value(1).toString()).value_or(VehicleCategory::Temporary);
        inside.enteredAt = fromStored(in.value(2).toLongLong());
        inside.cardId = in.value(3).toString();
        known.inside = inside;
        known.knowledge.insideAs = inside.category;
    }
    Query card(db, QStringLiteral("SELECT id FROM parking_cards WHERE plate = :plate AND status = 'open'"));
    card.bind(QStringLiteral(":plate"), plate);
    if (Status s = card.exec(); !s)
        return Failure{s.error()};
    if (card.next()) {
        known.knowledge.openTemporaryCard = true;
        known.openCardId = card.value(0).toString();
    }
    return known;
}

Status closeCard(Database &db, const QString &cardId, const QString &status, const QString &exitEventId,
                 const QDateTime &at, const QVariant &fee, const QString &reason)
{
    Query q(db, QStringLiteral("UPDATE parking_cards SET status = :status, exit_event_id = :event, exited_at = :at, "
                               "fee_fen = :fee, void_reason = :reason WHERE id = :id AND status = 'open'"));
    q.bind(QStringLiteral(":status"), status).bind(QStringLiteral(":event"), textOrNull(exitEventId));
    q.bind(QStringLiteral(":at"), toStored(at)).bind(QStringLiteral(":fee"), fee);
    q.bind(QStringLiteral(":reason"), textOrNull(reason)).bind(QStringLiteral(":id"), cardId);
    return q.exec();
}

VehicleEvent readEvent(Query &q)
{
    VehicleEvent e;
    e.id = q.value(0).toString();
    e.plate = q.value(1).toString();
    e.direction = q.value(2).toString() == QLatin1String("in") ? GateDirection::In : GateDirection::Out;
    e.category = q.value(3).toString();
    e.refused = q.value(4).toString() == QLatin1String("refused");
    e.reason = q.value(5).toString();
    e.flagged = q.value(6).toInt() != 0;
    e.stayMs = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    e.feeFen = q.value(8).toLongLong();
    e.occurredAt = fromStored(q.value(9).toLongLong());
    e.guard = q.value(10).toString();
    e.seat = q.value(11).toString();
    return e;
}

const QString kEventColumns = QStringLiteral(
    "SELECT id, plate, direction, category, decision, reason, flagged, stay_ms, fee_fen, occurred_at, guard, seat "
    "FROM vehicle_events ");

} // namespace

GateRepository::GateRepository(Database &db, QString seat)
    : m_db(db), m_audit(db), m_seat(seat.isEmpty() ? defaultSeat() : std::move(seat))
{
}

QDateTime GateRepository::localTime(const QDateTime &utc) const
{
    return utc.toTimeZone(SettingsRepository(m_db).timeZone());
}

ParkingTariff GateRepository::tariff() const
{
    ParkingTariff t;
    Query q(m_db, QStringLiteral("SELECT free_minutes, fen_per_hour, cap_fen_per_24h FROM parking_tariffs "
                                 "ORDER BY id DESC LIMIT 1"));
    if (q.exec() && q.next()) {
        t.freeMinutes = q.value(0).toInt();
        t.fenPerHour = q.value(1).toLongLong();
        t.capFenPer24h = q.value(2).toLongLong();
    }
    return t;
}

Status GateRepository::setTariff(const Session &who, const ParkingTariff &t)
{
    return GuardedWrite::run(m_db, who, Permission::ManageLimitsAndTemplates, QStringLiteral("parking_tariff"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (t.freeMinutes < 0 || t.freeMinutes > 24 * 60)
            return Failure{tr("Free minutes: between 0 and 1440.")};
        if (t.fenPerHour < 0 || t.capFenPer24h < 0)
            return Failure{tr("Tariff: amounts cannot be negative.")};
        const ParkingTariff before = tariff();
        if (before == t)
            return GuardedWrite::AuditRow::nothing();
        auto describe = [](const ParkingTariff &x) {
            return QStringLiteral("free %1 min, %2 per hour, at most %3 per 24 h")
                .arg(x.freeMinutes)
                .arg(GateRules::formatYuan(x.fenPerHour), GateRules::formatYuan(x.capFenPer24h));
        };
        Query q(m_db, QStringLiteral("INSERT INTO parking_tariffs (free_minutes, fen_per_hour, cap_fen_per_24h, "
                                     "created_at, created_by) VALUES (:free, :hour, :cap, :at, :by)"));
        q.bind(QStringLiteral(":free"), t.freeMinutes).bind(QStringLiteral(":hour"), t.fenPerHour);
        q.bind(QStringLiteral(":cap"), t.capFenPer24h).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":by"), who.displayName);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("setting_changed"), QStringLiteral("parking_tariff"), {},
                                      describe(before), describe(t)};
    });
}

Result<PlateLookup> GateRepository::lookUpPlate(const Session &who, const QString &typed)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("vehicle_event")); !allowed)
        return Failure{allowed.error()};
    PlateLookup result;
    result.plate = Validation::normalizePlate(typed);
    if (result.plate.isEmpty())
        return result;
    result.warning = Validation::plateWarning(result.plate);
    const auto known = lookUp(m_db, result.plate);
    if (!known)
        return Failure{known.error()};
    PlateKnowledge forEntry = known->knowledge;
    forEntry.insideAs.reset();
    result.defaultIn = GateRules::defaultCategory(result.plate, forEntry);
    result.defaultOut = GateRules::defaultCategory(result.plate, known->knowledge);
    result.inside = known->inside.has_value();
    if (known->inside)
        result.insideSince = known->inside->enteredAt;
    result.residentName = known->residentName;
    return result;
}

Result<VehicleDecision> GateRepository::recordVehicle(const Session &who, const VehicleEventInput &input)
{
    return GuardedWrite::runAuditedFor<VehicleDecision>(m_db, who,
                                                        Permission::WriteGateLogs, QStringLiteral("vehicle_event"),
                                                        [&](VehicleDecision &out) -> Status {
        VehicleDecision d;
        // Typed at the gate or read by a camera (estatedesk-cli gate record): the same rules.
        const auto plate = Validation::checkPlate(input.plate);
        if (!plate)
            return Failure{plate.error()};
        if (Status s = Validation::checkText(input.note.trimmed(), tr("Note"), Validation::MaxLength::line); !s)
            return Failure{s.error()};
        d.plate = plate.value();
        d.direction = input.direction;
        d.plateWarning = Validation::plateWarning(d.plate);
        if (!d.plateWarning.isEmpty() && !input.plateConfirmed) {
            d.needsConfirmation = true;
            out = d;
            return {};
        }
        d.at = occurred(m_db, input.at);
        const qint64 recordedAt = toStored(m_db.clock().now());

        const auto known = lookUp(m_db, d.plate);
        if (!known)
            return Failure{known.error()};
        PlateKnowledge knowledge = known->knowledge;
        if (d.direction == GateDirection::In)
            knowledge.insideAs.reset(); // a new entry is judged on its own
        d.category = input.category.value_or(GateRules::defaultCategory(d.plate, knowledge));
        d.residentName = known->residentName;
        d.eventId = newId();
        d.note = input.note.trimmed();

        // Vehicles that need a permit: refused kinds (approved in advance), a moving van taking goods
        // out, building materials in bulk coming in.
        QStringList permitKinds;
        if (GateRules::isRefusedKind(d.category))
            permitKinds = QStringList{QStringLiteral("vehicle_access")};
        else if (d.category == VehicleCategory::MovingVan && d.direction == GateDirection::Out)
            permitKinds = QStringList{QStringLiteral("moving"), QStringLiteral("goods_out")};
        else if (d.category == VehicleCategory::BuildingMaterials && d.direction == GateDirection::In)
            permitKinds = QStringList{QStringLiteral("building_materials")};

        GoodsPermitRepository permits(m_db, m_seat);
        std::optional<GoodsPermit> permit;
        if (!permitKinds.isEmpty()) {
            const auto usable = permits.findUsable(input.permitNumber, d.plate, permitKinds, d.at);
            if (!usable)
                return Failure{usable.error()};
            permit = usable->permit;
            if (!permit) {
                d.refused = true;
                if (GateRules::isRefusedKind(d.category))
                    d.reason = GateRules::refusalReason(d.category);
                else if (d.category == VehicleCategory::MovingVan)
                    d.reason = tr("Moving van: goods may leave only with an approved goods-out permit. %1")
                                   .arg(usable->reason);
                else
                    d.reason = tr("Building materials in bulk need a permit approved by the owners' committee or the "
                                  "office. %1")
                                   .arg(usable->reason);
            } else {
                d.permitId = permit->id;
                d.permitNumber = permit->permitNumber;
            }
        }

        if (!d.refused && d.category == VehicleCategory::MilitaryPolice && d.direction == GateDirection::In
            && GateRules::isNightEntry(localTime(d.at))) {
            d.flagged = true;
            d.flagReason = tr("Military/police vehicle entering between 00:00 and 06:00: follow up.");
        }

        QStringList notes;
        if (!d.note.isEmpty())
            notes << d.note;
        if (!d.refused && d.direction == GateDirection::In) {
            if (known->inside) {
                notes << tr("The entry of %1 had no exit on record.")
                             .arg(localTime(known->inside->enteredAt).toString(Formats::dateTime()));
                if (!known->inside->cardId.isEmpty()) {
                    if (Status s = closeCard(m_db, known->inside->cardId, QStringLiteral("voided"), d.eventId, d.at,
                                             QVariant(QMetaType::fromType<qlonglong>()), tr("no exit on record"));
                        !s)
                        return Failure{s.error()};
                }
                Query del(m_db, QStringLiteral("DELETE FROM vehicles_inside WHERE plate = :plate"));
                del.bind(QStringLiteral(":plate"), d.plate);
                if (Status s = del.exec(); !s)
                    return Failure{s.error()};
            }
            if (d.category == VehicleCategory::Temporary) {
                d.cardId = newId();
                Query card(m_db, QStringLiteral("INSERT INTO parking_cards (id, plate, entry_event_id, entered_at, guard, "
                                                "seat, recorded_at) VALUES (:id, :plate, :event, :at, :guard, :seat, "
                                                ":recorded)"));
                card.bind(QStringLiteral(":id"), d.cardId).bind(QStringLiteral(":plate"), d.plate);
                card.bind(QStringLiteral(":event"), d.eventId).bind(QStringLiteral(":at"), toStored(d.at));
                card.bind(QStringLiteral(":guard"), who.displayName).bind(QStringLiteral(":seat"), m_seat);
                card.bind(QStringLiteral(":recorded"), recordedAt);
                if (Status s = card.exec(); !s)
                    return Failure{s.error()};
            }
            Query inside(m_db, QStringLiteral("INSERT INTO vehicles_inside (plate, entry_event_id, category, entered_at, "
                                              "card_id) VALUES (:plate, :event, :category, :at, :card)"));
            inside.bind(QStringLiteral(":plate"), d.plate).bind(QStringLiteral(":event"), d.eventId);
            inside.bind(QStringLiteral(":category"), GateRules::code(d.category));
            inside.bind(QStringLiteral(":at"), toStored(d.at)).bind(QStringLiteral(":card"), textOrNull(d.cardId));
            if (Status s = inside.exec(); !s)
                return Failure{s.error()};
        } else if (!d.refused && d.direction == GateDirection::Out) {
            if (known->inside) {
                d.enteredAt = known->inside->enteredAt;
                d.stayMs = qMax<qint64>(0, toStored(d.at) - toStored(d.enteredAt));
                d.cardId = known->inside->cardId;
                if (d.cardId.isEmpty() && !known->openCardId.isEmpty())
                    d.cardId = known->openCardId;
                if (d.category == VehicleCategory::Temporary)
                    d.feeFen = GateRules::fee(tariff(), d.stayMs);
                Query del(m_db, QStringLiteral("DELETE FROM vehicles_inside WHERE plate = :plate"));
                del.bind(QStringLiteral(":plate"), d.plate);
                if (Status s = del.exec(); !s)
                    return Failure{s.error()};
            } else {
                d.cardId = known->openCardId;
                notes << tr("No entry on record.");
            }
            if (!d.cardId.isEmpty()) {
                if (Status s = closeCard(m_db, d.cardId, QStringLiteral("closed"), d.eventId, d.at, d.feeFen, QString()); !s)
                    return Failure{s.error()};
            }
        }
        d.note = notes.join(QLatin1Char(' '));

        Query ev(m_db, QStringLiteral(
                           "INSERT INTO vehicle_events (id, plate, direction, category, decision, reason, plate_warning, "
                           "flagged, flag_reason, entry_event_id, stay_ms, fee_fen, card_id, permit_id, resident_id, note, "
                           "occurred_at, recorded_at, guard, seat) VALUES (:id, :plate, :direction, :category, :decision, "
                           ":reason, :warning, :flagged, :flag_reason, :entry, :stay, :fee, :card, :permit, :resident, "
                           ":note, :at, :recorded, :guard, :seat)"));
        ev.bind(QStringLiteral(":id"), d.eventId).bind(QStringLiteral(":plate"), d.plate);
        ev.bind(QStringLiteral(":direction"), directionCode(d.direction));
        ev.bind(QStringLiteral(":category"), GateRules::code(d.category));
        ev.bind(QStringLiteral(":decision"), d.refused ? QStringLiteral("refused") : QStringLiteral("passed"));
        ev.bind(QStringLiteral(":reason"), textOrNull(d.reason)).bind(QStringLiteral(":warning"), textOrNull(d.plateWarning));
        ev.bind(QStringLiteral(":flagged"), d.flagged ? 1 : 0).bind(QStringLiteral(":flag_reason"), textOrNull(d.flagReason));
        const bool hasEntry = d.direction == GateDirection::Out && d.enteredAt.isValid();
        ev.bind(QStringLiteral(":entry"), hasEntry ? QVariant(known->inside->entryEventId) : QVariant(QMetaType::fromType<QString>()));
        ev.bind(QStringLiteral(":stay"), msOrNull(d.stayMs, hasEntry));
        ev.bind(QStringLiteral(":fee"), msOrNull(d.feeFen, d.direction == GateDirection::Out && !d.refused));
        ev.bind(QStringLiteral(":card"), textOrNull(d.cardId)).bind(QStringLiteral(":permit"), textOrNull(d.permitId));
        ev.bind(QStringLiteral(":resident"), msOrNull(known->residentId, known->residentId > 0));
        ev.bind(QStringLiteral(":note"), textOrNull(d.note)).bind(QStringLiteral(":at"), toStored(d.at));
        ev.bind(QStringLiteral(":recorded"), recordedAt).bind(QStringLiteral(":guard"), who.displayName);
        ev.bind(QStringLiteral(":seat"), m_seat);
        if (Status s = ev.exec(); !s)
            return Failure{s.error()};

        if (permit) {
            if (const auto check = permits.collect(who, *permit, d.at, d.eventId, QString()); !check)
                return Failure{check.error()};
        } else if (d.refused && !input.permitNumber.trimmed().isEmpty()) {
            if (const auto check = permits.recordStopped(who, input.permitNumber, QString(), d.at, d.eventId, d.reason);
                !check)
                return Failure{check.error()};
        }
        out = d;
        return {};
    });
}

Status GateRepository::voidVehicleEvent(const Session &who, const QString &id, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("vehicle_events"), id, QStringLiteral("vehicle_event"),
                              id, tr("There is no such vehicle log entry, or it is already voided."));
    row.alsoWrite = [this, id, reason] {
        // A voided entry no longer keeps its vehicle inside.
        Query inside(m_db, QStringLiteral("DELETE FROM vehicles_inside WHERE entry_event_id = :id"));
        inside.bind(QStringLiteral(":id"), id);
        if (Status s = inside.exec(); !s)
            return s;
        Query card(m_db, QStringLiteral("UPDATE parking_cards SET status = 'voided', void_reason = :reason "
                                        "WHERE entry_event_id = :id AND status = 'open'"));
        card.bind(QStringLiteral(":reason"), reason.trimmed()).bind(QStringLiteral(":id"), id);
        return card.exec();
    };
    return GuardedWrite::voidWithReason(m_db, who, Permission::WriteGateLogs, QStringLiteral("vehicle_event"),
                                        tr("Reason: say why the entry is voided."), row, reason);
}

BoundSql GateRepository::vehiclesInsideSql(int limit)
{
    BoundSql sql{QStringLiteral("SELECT plate, entry_event_id, category, entered_at, card_id FROM vehicles_inside "
                                "ORDER BY entered_at DESC LIMIT :limit"),
                 {}};
    sql.bind(QStringLiteral(":limit"), limit);
    return sql;
}

BoundSql GateRepository::vehicleEventsSql(int limit, const QDateTime &before, const QString &beforeId)
{
    // Keyset paging on the occurred_at index: a page of the newest rows costs the same at any size.
    const bool paged = before.isValid();
    BoundSql sql{kEventColumns
                     + (paged ? QStringLiteral("WHERE occurred_at <= :page_at AND NOT (occurred_at = :same_at AND id >= :page_id) ")
                              : QString())
                     + QStringLiteral("ORDER BY occurred_at DESC, id DESC LIMIT :limit"),
                 {}};
    if (paged) {
        sql.bind(QStringLiteral(":page_at"), toStored(before));
        sql.bind(QStringLiteral(":same_at"), toStored(before));
        sql.bind(QStringLiteral(":page_id"), beforeId);
    }
    sql.bind(QStringLiteral(":limit"), limit);
    return sql;
}

BoundSql GateRepository::eventsForPlateSql(const QString &normalizedPlate, int limit)
{
    BoundSql sql{kEventColumns + QStringLiteral("WHERE plate = :plate ORDER BY occurred_at DESC LIMIT :limit"), {}};
    sql.bind(QStringLiteral(":plate"), normalizedPlate);
    sql.bind(QStringLiteral(":limit"), limit);
    return sql;
}

BoundSql GateRepository::visitorsInsideSql()
{
    return {QStringLiteral("SELECT id, name, document, phone, people, house_number, resident_name, purpose, plate, "
                           "status, reason, occurred_at, left_at, guard FROM visitors "
                           "WHERE status = 'inside' AND voided = 0 ORDER BY occurred_at"),
            {}};
}

Result<QList<VehicleInside>> GateRepository::vehiclesInside(const Session &who, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("vehicle_event")); !allowed)
        return Failure{allowed.error()};
    const BoundSql sql = vehiclesInsideSql(limit);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<VehicleInside> list;
    while (q.next()) {
        VehicleInside v;
        v.plate = q.value(0).toString();
        v.entryEventId = q.value(1).toString();
        v.category = GateRules::fromCode(q.value(2).toString()).value_or(VehicleCategory::Temporary);
        v.enteredAt = fromStored(q.value(3).toLongLong());
        v.cardId = q.value(4).toString();
        list << v;
    }
    return list;
}

Result<QList<VehicleEvent>> GateRepository::vehicleEvents(const Session &who, int limit, const QDateTime &before,
                                                          const QString &beforeId)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("vehicle_event")); !allowed)
        return Failure{allowed.error()};
    const BoundSql sql = vehicleEventsSql(limit, before, beforeId);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    return q.rows(readEvent);
}

Result<QList<VehicleEvent>> GateRepository::eventsForPlate(const Session &who, const QString &plate, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("vehicle_event")); !allowed)
        return Failure{allowed.error()};
    const BoundSql sql = eventsForPlateSql(Validation::normalizePlate(plate), limit);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    return q.rows(readEvent);
}

Result<QString> GateRepository::registerVisitor(const Session &who, VisitorInput v)
{
    return GuardedWrite::runAuditedFor<QString>(m_db, who, Permission::WriteGateLogs, QStringLiteral("visitor"),
                                                [&](QString &out) -> Status {
        using MaxLength = Validation::MaxLength;
        for (auto [field, name, length] :
             {std::tuple{&v.name, tr("Name"), MaxLength::name}, std::tuple{&v.document, tr("Document"), MaxLength::code},
              std::tuple{&v.houseNumber, tr("House visited"), MaxLength::code},
              std::tuple{&v.residentName, tr("Resident visited"), MaxLength::name},
              std::tuple{&v.purpose, tr("Purpose"), MaxLength::line}, std::tuple{&v.reason, tr("Reason"), MaxLength::line}}) {
            if (Status s = Validation::checkText(field->trimmed(), name, length); !s)
                return Failure{s.error()};
        }
        v.name = v.name.simplified();
        v.purpose = v.purpose.simplified();
        v.reason = v.reason.simplified();
        v.houseNumber = Validation::toHalfWidth(v.houseNumber).simplified();
        v.residentName = v.residentName.simplified();
        if (!v.plate.trimmed().isEmpty()) {
            const auto plate = Validation::checkPlate(v.plate);
            if (!plate)
                return Failure{plate.error()};
            v.plate = plate.value();
        } else {
            v.plate.clear();
        }
        if (v.name.isEmpty())
            return Failure{tr("Name: type the visitor's name.")};
        if (v.people < 1 || v.people > 200)
            return Failure{tr("People: between 1 and 200.")};
        QString phone = v.phone.trimmed();
        if (!phone.isEmpty()) {
            const auto checked = Validation::normalizePhone(phone, tr("Phone"));
            if (!checked)
                return Failure{checked.error()};
            phone = *checked;
        }
        if (v.refused && v.reason.isEmpty())
            return Failure{tr("Reason: say why the visitor is refused.")};
        if (!v.refused && v.purpose.isEmpty())
            return Failure{tr("Purpose: say why the visitor comes.")};
        QVariant houseId(QMetaType::fromType<qlonglong>());
        if (!v.houseNumber.isEmpty()) {
            Query h(m_db, QStringLiteral("SELECT id FROM houses WHERE number = :n AND voided = 0"));
            h.bind(QStringLiteral(":n"), v.houseNumber);
            if (Status s = h.exec(); !s)
                return Failure{s.error()};
            if (h.next())
                houseId = h.value(0).toLongLong();
            else if (!v.refused)
                return Failure{tr("House visited: there is no house %1.").arg(v.houseNumber)};
        } else if (!v.refused && v.residentName.isEmpty()) {
            return Failure{tr("House visited: say which house or resident the visitor comes to.")};
        }
        const QString id = newId();
        Query q(m_db, QStringLiteral("INSERT INTO visitors (id, name, document, phone, people, house_id, house_number, "
                                     "resident_name, purpose, plate, status, reason, occurred_at, recorded_at, guard, seat) "
                                     "VALUES (:id, :name, :document, :phone, :people, :house, :number, :resident, :purpose, "
                                     ":plate, :status, :reason, :at, :recorded, :guard, :seat)"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":name"), v.name);
        // Only the masked document number is ever stored at the gate.
        q.bind(QStringLiteral(":document"), textOrNull(Validation::maskDocument(Validation::toHalfWidth(v.document).trimmed().toUpper())));
        q.bind(QStringLiteral(":phone"), textOrNull(phone)).bind(QStringLiteral(":people"), v.people);
        q.bind(QStringLiteral(":house"), houseId).bind(QStringLiteral(":number"), textOrNull(v.houseNumber));
        q.bind(QStringLiteral(":resident"), textOrNull(v.residentName));
        q.bind(QStringLiteral(":purpose"), v.purpose.isEmpty() ? QStringLiteral("-") : v.purpose);
        q.bind(QStringLiteral(":plate"), textOrNull(v.plate));
        q.bind(QStringLiteral(":status"), v.refused ? QStringLiteral("refused") : QStringLiteral("inside"));
        q.bind(QStringLiteral(":reason"), textOrNull(v.reason));
        if (Status s = execStamped(q, m_db, occurred(m_db, v.at), who.displayName, m_seat); !s)
            return Failure{s.error()};
        out = id;
        return {};
    });
}

Status GateRepository::visitorLeft(const Session &who, const QString &id, const QDateTime &at)
{
    return GuardedWrite::runAudited(m_db, who, Permission::WriteGateLogs, QStringLiteral("visitor"),
                                    [&]() -> Status {
        Query q(m_db, QStringLiteral("UPDATE visitors SET status = 'left', left_at = :at, left_guard = :guard "
                                     "WHERE id = :id AND status = 'inside' AND voided = 0"));
        q.bind(QStringLiteral(":at"), toStored(occurred(m_db, at))).bind(QStringLiteral(":guard"), who.displayName);
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("That visitor is not inside.")};
        return {};
    });
}

Status GateRepository::voidVisitor(const Session &who, const QString &id, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("visitors"), id, QStringLiteral("visitor"), id,
                              tr("There is no such visitor entry, or it is already voided."));
    return GuardedWrite::voidWithReason(m_db, who, Permission::WriteGateLogs, QStringLiteral("visitor"),
                                        tr("Reason: say why the entry is voided."), row, reason);
}

Result<QList<VisitorRecord>> GateRepository::visitorsInside(const Session &who)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("visitor")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, visitorsInsideSql().sql);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<VisitorRecord> list;
    while (q.next()) {
        VisitorRecord v;
        v.id = q.value(0).toString();
        v.name = q.value(1).toString();
        v.document = q.value(2).toString();
        v.phone = q.value(3).toString();
        v.people = q.value(4).toInt();
        v.houseNumber = q.value(5).toString();
        v.residentName = q.value(6).toString();
        v.purpose = q.value(7).toString();
        v.plate = q.value(8).toString();
        v.status = q.value(9).toString();
        v.reason = q.value(10).toString();
        v.inAt = fromStored(q.value(11).toLongLong());
        v.leftAt = instantOrNull(q.value(12));
        v.guard = q.value(13).toString();
        list << v;
    }
    return list;
}

Result<GateCounts> GateRepository::counts(const Session &who, const QDateTime &when)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("vehicle_event")); !allowed)
        return Failure{allowed.error()};
    const QDateTime local = localTime(when.isValid() ? when : m_db.clock().now());
    const QDateTime start(local.date(), QTime(0, 0), local.timeZone());
    const QDateTime end(local.date().addDays(1), QTime(0, 0), local.timeZone());
    GateCounts c;
    Query q(m_db, QStringLiteral("SELECT direction, decision, COUNT(*), COALESCE(SUM(fee_fen), 0) FROM vehicle_events "
                                 "WHERE occurred_at >= :from AND occurred_at < :to AND voided = 0 "
                                 "GROUP BY direction, decision"));
    q.bind(QStringLiteral(":from"), toStored(start)).bind(QStringLiteral(":to"), toStored(end));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    while (q.next()) {
        const int n = q.value(2).toInt();
        if (q.value(1).toString() == QLatin1String("refused"))
            c.refused += n;
        else if (q.value(0).toString() == QLatin1String("in"))
            c.vehiclesIn += n;
        else
            c.vehiclesOut += n;
        c.feesFen += q.value(3).toLongLong();
    }
    Query v(m_db, QStringLiteral("SELECT COUNT(*) FROM visitors WHERE occurred_at >= :from AND occurred_at < :to "
                                 "AND voided = 0 AND status <> 'refused'"));
    v.bind(QStringLiteral(":from"), toStored(start)).bind(QStringLiteral(":to"), toStored(end));
    const auto visitors = v.scalar();
    if (!visitors)
        return Failure{visitors.error()};
    c.visitors = int(*visitors);
    const auto vehiclesIn = Query(m_db, QStringLiteral("SELECT COUNT(*) FROM vehicles_inside")).scalar();
    if (!vehiclesIn)
        return Failure{vehiclesIn.error()};
    c.vehiclesInside = int(*vehiclesIn);
    const auto visitorsIn =
        Query(m_db, QStringLiteral("SELECT COUNT(*) FROM visitors WHERE status = 'inside' AND voided = 0")).scalar();
    if (!visitorsIn)
        return Failure{visitorsIn.error()};
    c.visitorsInside = int(*visitorsIn);
    return c;
}

Result<QStringList> GateRepository::openItems(const Session &who)
{
    const auto vehicles = vehiclesInside(who);
    if (!vehicles)
        return Failure{vehicles.error()};
    const auto visitors = visitorsInside(who);
    if (!visitors)
        return Failure{visitors.error()};
    QStringList items;
    for (const VehicleInside &v : vehicles.value())
        items << tr("Vehicle %1 (%2) inside since %3")
                     .arg(v.plate, GateRules::displayName(v.category),
                          localTime(v.enteredAt).toString(Formats::shortDateTime()));
    for (const VisitorRecord &v : visitors.value())
        items << tr("Visitor %1 (%n people) to %2 inside since %3", nullptr, v.people)
                     .arg(v.name, v.houseNumber.isEmpty() ? v.residentName : v.houseNumber,
                          localTime(v.inAt).toString(Formats::shortDateTime()));
    return items;
}

Result<QString> GateRepository::writeHandover(const Session &outgoing, const HandoverInput &input)
{
    return GuardedWrite::runAuditedFor<QString>(m_db, outgoing, Permission::WriteGateLogs, QStringLiteral("handover"),
                                                [&](QString &out) -> Status {
        if (input.equipment.trimmed().isEmpty())
            return Failure{tr("Equipment: list what is handed over (keys, radios, cards).")};
        const auto counted = counts(outgoing);
        if (!counted)
            return Failure{counted.error()};
        const auto items = openItems(outgoing);
        if (!items)
            return Failure{items.error()};
        const QString id = newId();
        Query q(m_db, QStringLiteral("INSERT INTO shift_handovers (id, outgoing_guard, vehicles_inside, visitors_inside, "
                                     "open_items, equipment, incidents, occurred_at, recorded_at, guard, seat) VALUES (:id, "
                                     ":out, :vehicles, :visitors, :items, :equipment, :incidents, :at, :recorded, :guard, "
                                     ":seat)"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":out"), outgoing.displayName);
        q.bind(QStringLiteral(":vehicles"), counted->vehiclesInside).bind(QStringLiteral(":visitors"), counted->visitorsInside);
        q.bind(QStringLiteral(":items"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*items))
                                                               .toJson(QJsonDocument::Compact)));
        q.bind(QStringLiteral(":equipment"), input.equipment.trimmed());
        // A null QString binds as NULL; "no incidents" is an empty text.
        const QString incidents = input.incidents.trimmed();
        q.bind(QStringLiteral(":incidents"), incidents.isNull() ? QStringLiteral("") : incidents);
        if (Status s = execStamped(q, m_db, occurred(m_db, input.at), outgoing.displayName, m_seat); !s)
            return Failure{s.error()};
        out = id;
        return {};
    });
}

Status GateRepository::confirmHandover(const Session &incoming, const QString &id)
{
    return GuardedWrite::runAudited(m_db, incoming, Permission::WriteGateLogs, QStringLiteral("handover"),
                                    [&]() -> Status {
        const auto record = handover(incoming, id);
        if (!record)
            return Failure{record.error()};
        if (record->confirmedAt.isValid())
            return Failure{tr("This handover was already confirmed by %1.").arg(record->incomingGuard)};
        if (record->outgoingGuard == incoming.displayName)
            return Failure{tr("Incoming guard: the handover must be confirmed by the guard taking over, not by %1.")
                               .arg(incoming.displayName)};
        Query q(m_db, QStringLiteral("UPDATE shift_handovers SET incoming_guard = :guard, confirmed_at = :at "
                                     "WHERE id = :id AND confirmed_at IS NULL"));
        q.bind(QStringLiteral(":guard"), incoming.displayName).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return {};
    });
}

Result<QString> GateRepository::handOver(const Session &outgoing, const Session &incoming, const HandoverInput &input)
{
    Transaction tx(m_db);
    const auto id = writeHandover(outgoing, input);
    if (!id)
        return id;
    if (Status s = confirmHandover(incoming, *id); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return id;
}

Result<HandoverRecord> GateRepository::handover(const Session &who, const QString &id)
{
    if (Status allowed = m_audit.require(who, Permission::ViewGateLogs, QStringLiteral("handover")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT outgoing_guard, incoming_guard, vehicles_inside, visitors_inside, open_items, "
                                 "equipment, incidents, occurred_at, confirmed_at FROM shift_handovers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such handover.")};
    HandoverRecord h;
    h.id = id;
    h.outgoingGuard = q.value(0).toString();
    h.incomingGuard = q.value(1).toString();
    h.vehiclesInside = q.value(2).toInt();
    h.visitorsInside = q.value(3).toInt();
    const QJsonArray items = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    for (const QJsonValue &item : items)
        h.openItems << item.toString();
    h.equipment = q.value(5).toString();
    h.incidents = q.value(6).toString();
    h.occurredAt = fromStored(q.value(7).toLongLong());
    h.confirmedAt = instantOrNull(q.value(8));
    return h;
}
