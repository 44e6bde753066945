// The demo's gatehouse history: vehicle events with parking cards and the vehicles inside
// now, and the visitor register. Written in bulk (multi-row inserts prepared once) inside one
// transaction per table, so that the large estate's 1.5 million events take minutes.
#include "models/repositories/demodata.h"

#include "models/database/bulkinsert.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/gaterules.h"
#include "models/domain/validation.h"
#include "models/repositories/demonames.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace {
constexpr qint64 kMinute = 60 * 1000;

const char *const kOtherPrefixes[] = {"粤B", "粤B", "粤B", "粤A", "粤S", "粤E", "湘A", "赣B", "桂A", "闽D"};
const char *const kPurposes[] = {"探亲", "访友", "送货", "家政服务", "装修洽谈", "维修上门", "快递", "外卖"};

qint64 count(Database &db, const QString &sql)
{
    Query q(db, sql);
    const auto n = q.scalar();
    return n ? n.value() : -1;
}

QString guardName(UserRepository &users, const char *username, const char *fallback)
{
    const auto u = users.find(QString::fromLatin1(username));
    return u ? u->displayName : QString::fromUtf8(fallback);
}

ParkingTariff currentTariff(Database &db)
{
    ParkingTariff t;
    Query q(db, QStringLiteral("SELECT free_minutes, fen_per_hour, cap_fen_per_24h FROM parking_tariffs "
                               "ORDER BY id DESC LIMIT 1"));
    if (q.exec() && q.next()) {
        t.freeMinutes = q.value(0).toInt();
        t.fenPerHour = q.value(1).toLongLong();
        t.capFenPer24h = q.value(2).toLongLong();
    }
    q.finish();
    return t;
}

// Who is on duty at an instant: the day shift from 08:00 to 20:00 estate time.
const QString &onDuty(qint64 at, const QTimeZone &zone, const QString &day, const QString &night)
{
    const int hour = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toTimeZone(zone).time().hour();
    return hour >= 8 && hour < 20 ? day : night;
}
// The gatehouse over the demo's months: the two guards and the seat, and the instants spread
// over the months up to now.
struct GateHistory
{
    GateHistory(Database &db, int months)
    {
        UserRepository users(db);
        dayGuard = guardName(users, "chenqiang", "陈强");
        nightGuard = guardName(users, "liugang", "刘刚");
        zone = SettingsRepository(db).timeZone();
        nowMs = toStored(db.clock().now());
        startMs = toStored(db.clock().now().addMonths(-months));
        span = nowMs - startMs;
    }

    // The instant of the n-th of count entries: time runs with the progress, so that the log
    // fills the months evenly up to a minute before now.
    qint64 instant(qint64 n, qint64 count, QRandomGenerator &random) const
    {
        const qint64 at = startMs + span * n / count + random.bounded(qint64(2 * span / count + 1));
        return qMin(at, nowMs - kMinute);
    }
    const QString &guardAt(qint64 at) const { return onDuty(at, zone, dayGuard, nightGuard); }

    QString dayGuard;
    QString nightGuard;
    QString seat = QStringLiteral("gate-1");
    QTimeZone zone;
    qint64 nowMs = 0;
    qint64 startMs = 0;
    qint64 span = 0;
};

} // namespace

Status DemoData::addVehicleEvents(const Options &options, QRandomGenerator &random, qint64 *eventCount)
{
    *eventCount = 0;
    if (const qint64 existing = count(m_db, QStringLiteral("SELECT COUNT(*) FROM vehicle_events")); existing != 0)
        return {}; // a second run adds none (or the table cannot be read: the insert would say why)
    const qint64 target = counts(options).vehicleEvents;
    if (target <= 0)
        return {};

    struct Car
    {
        QString plate;
        qint64 residentId;
        qint64 busyUntil = 0;
    };
    QList<Car> cars;
    {
        Query q(m_db, QStringLiteral("SELECT plate, resident_id FROM vehicles WHERE voided = 0 ORDER BY id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            cars.append(Car{q.value(0).toString(), q.value(1).toLongLong()});
    }
    const GateHistory gate(m_db, options.months);
    const ParkingTariff tariff = currentTariff(m_db);
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullId(QMetaType::fromType<qlonglong>());

    Transaction tx(m_db);
    BulkInsert events(m_db, QStringLiteral("vehicle_events"),
                      {QStringLiteral("id"), QStringLiteral("plate"), QStringLiteral("direction"),
                       QStringLiteral("category"), QStringLiteral("decision"), QStringLiteral("reason"),
                       QStringLiteral("entry_event_id"), QStringLiteral("stay_ms"), QStringLiteral("fee_fen"),
                       QStringLiteral("card_id"), QStringLiteral("resident_id"), QStringLiteral("occurred_at"),
                       QStringLiteral("recorded_at"), QStringLiteral("guard"), QStringLiteral("seat")},
                      40);
    BulkInsert cards(m_db, QStringLiteral("parking_cards"),
                     {QStringLiteral("id"), QStringLiteral("plate"), QStringLiteral("entry_event_id"),
                      QStringLiteral("entered_at"), QStringLiteral("status"), QStringLiteral("exit_event_id"),
                      QStringLiteral("exited_at"), QStringLiteral("fee_fen"), QStringLiteral("guard"),
                      QStringLiteral("seat"), QStringLiteral("recorded_at")},
                     50);
    BulkInsert inside(m_db, QStringLiteral("vehicles_inside"),
                      {QStringLiteral("plate"), QStringLiteral("entry_event_id"), QStringLiteral("category"),
                       QStringLiteral("entered_at"), QStringLiteral("card_id")},
                      100);
    QSet<QString> insideNow;
    const QString resident = GateRules::code(VehicleCategory::Resident);
    const QString temporary = GateRules::code(VehicleCategory::Temporary);
    const QString taxi = GateRules::code(VehicleCategory::Taxi);
    const QString lorry = GateRules::code(VehicleCategory::Lorry);
    const QString lorryReason = GateRules::refusalReason(VehicleCategory::Lorry);
    const QString in = QStringLiteral("in");
    const QString out = QStringLiteral("out");
    const QString passed = QStringLiteral("passed");

    qint64 emitted = 0;
    while (emitted < target) {
        const qint64 at = gate.instant(emitted, target, random);
        const QString &guard = gate.guardAt(at);
        const QString entryId = DemoNames::uuid(random);
        const int roll = random.bounded(1000);
        if (roll < 5) { // a lorry turned away: one event
            const QVariantList row{entryId, DemoNames::plate(random, QString::fromUtf8(DemoNames::pick(random, kOtherPrefixes))),
                                   in, lorry, QStringLiteral("refused"), lorryReason, nullText, nullId, nullId,
                                   nullText, nullId, at, at, guard, gate.seat};
            if (Status s = events.add(row); !s)
                return s;
            ++emitted;
            continue;
        }
        Car *car = nullptr;
        if (roll < 780 && !cars.isEmpty()) {
            for (int attempt = 0; attempt < 4 && !car; ++attempt) {
                Car &candidate = cars[random.bounded(int(cars.size()))];
                if (candidate.busyUntil < at)
                    car = &candidate;
            }
        }
        const bool isTaxi = !car && roll >= 950;
        const QString &category = car ? resident : isTaxi ? taxi : temporary;
        QString plate = car ? car->plate : DemoNames::plate(random, QString::fromUtf8(DemoNames::pick(random, kOtherPrefixes)));
        while (!car && insideNow.contains(plate))
            plate = DemoNames::plate(random, QStringLiteral("粤B"));
        const qint64 stay = car ? qint64(30 + random.bounded(14 * 60)) * kMinute
                            : isTaxi ? qint64(3 + random.bounded(15)) * kMinute
                                     : qint64(10 + random.bounded(6 * 60)) * kMinute;
        qint64 exitAt = at + stay;
        // The very last event of the log is an entry: the vehicle is still inside.
        const bool staysInside = exitAt >= gate.nowMs || emitted + 1 == target;
        if (staysInside)
            exitAt = 0;
        if (car)
            car->busyUntil = staysInside ? gate.nowMs + 1 : exitAt;
        const QString cardId = category == temporary ? DemoNames::uuid(random) : QString();
        const QVariant card = cardId.isEmpty() ? nullText : QVariant(cardId);
        const QVariant residentId = car ? QVariant(car->residentId) : nullId;
        if (Status s = events.add({entryId, plate, in, category, passed, nullText, nullText, nullId, nullId, card,
                                   residentId, at, at, guard, gate.seat});
            !s)
            return s;
        ++emitted;
        const QString exitId = staysInside ? QString() : DemoNames::uuid(random);
        const qint64 fee = category == temporary && !staysInside ? GateRules::fee(tariff, stay) : 0;
        if (!staysInside) {
            const QString &exitGuard = gate.guardAt(exitAt);
            if (Status s = events.add({exitId, plate, out, category, passed, nullText, entryId, stay, fee, card,
                                       residentId, exitAt, exitAt, exitGuard, gate.seat});
                !s)
                return s;
            ++emitted;
        } else {
            insideNow.insert(plate);
            if (Status s = inside.add({plate, entryId, category, at, card}); !s)
                return s;
        }
        if (!cardId.isEmpty()) {
            const QVariantList row{cardId, plate, entryId, at,
                                   staysInside ? QStringLiteral("open") : QStringLiteral("closed"),
                                   staysInside ? nullText : QVariant(exitId), staysInside ? nullId : QVariant(exitAt),
                                   staysInside ? nullId : QVariant(fee), guard, gate.seat, at};
            if (Status s = cards.add(row); !s)
                return s;
        }
    }
    for (BulkInsert *b : {&events, &cards, &inside}) {
        if (Status s = b->flush(); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    *eventCount = events.rowsWritten();
    return {};
}

Status DemoData::addVisitors(const Options &options, QRandomGenerator &random, qint64 *visitorCount)
{
    *visitorCount = 0;
    if (const qint64 existing = count(m_db, QStringLiteral("SELECT COUNT(*) FROM visitors")); existing != 0)
        return {};
    const qint64 target = counts(options).visitors;
    if (target <= 0)
        return {};
    struct Home
    {
        qint64 id;
        QString number;
        QString residentName;
    };
    QList<Home> homes;
    {
        Query q(m_db, QStringLiteral("SELECT h.id, h.number, MIN(r.name) FROM houses h "
                                     "JOIN resident_houses rh ON rh.house_id = h.id AND rh.ended = 0 "
                                     "JOIN residents r ON r.id = rh.resident_id "
                                     "WHERE h.voided = 0 GROUP BY h.id, h.number ORDER BY h.id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            homes.append(Home{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    if (homes.isEmpty())
        return {};
    const GateHistory gate(m_db, options.months);
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullId(QMetaType::fromType<qlonglong>());

    Transaction tx(m_db);
    BulkInsert visitors(m_db, QStringLiteral("visitors"),
                        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("document"),
                         QStringLiteral("phone"), QStringLiteral("people"), QStringLiteral("house_id"),
                         QStringLiteral("house_number"), QStringLiteral("resident_name"), QStringLiteral("purpose"),
                         QStringLiteral("plate"), QStringLiteral("status"), QStringLiteral("reason"),
                         QStringLiteral("occurred_at"), QStringLiteral("left_at"), QStringLiteral("left_guard"),
                         QStringLiteral("recorded_at"), QStringLiteral("guard"), QStringLiteral("seat")},
                        40);
    for (qint64 n = 0; n < target; ++n) {
        const qint64 at = gate.instant(n, target, random);
        const Home &home = homes.at(random.bounded(int(homes.size())));
        const bool refused = random.bounded(100) == 0;
        const qint64 leftAt = at + qint64(15 + random.bounded(4 * 60)) * kMinute;
        const bool stillInside = !refused && leftAt > gate.nowMs;
        const QString &guard = gate.guardAt(at);
        const QVariantList row{
            DemoNames::uuid(random),
            DemoNames::personName(random),
            Validation::maskDocument(DemoNames::residentId(random)),
            DemoNames::mobile(random),
            1 + random.bounded(3),
            home.id,
            home.number,
            home.residentName,
            QString::fromUtf8(DemoNames::pick(random, kPurposes)),
            random.bounded(5) == 0 ? QVariant(DemoNames::plate(random)) : nullText,
            refused ? QStringLiteral("refused") : stillInside ? QStringLiteral("inside") : QStringLiteral("left"),
            refused ? QVariant(QStringLiteral("被访住户不在家，联系不上")) : nullText,
            at,
            refused || stillInside ? nullId : QVariant(leftAt),
            refused || stillInside ? nullText : QVariant(gate.guardAt(leftAt)),
            at,
            guard,
            gate.seat};
        if (Status s = visitors.add(row); !s)
            return s;
    }
    if (Status s = visitors.flush(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    *visitorCount = visitors.rowsWritten();
    return {};
}
