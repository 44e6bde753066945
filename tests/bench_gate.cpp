// The gatehouse on the large estate (SPEC 12, 1,500,000 vehicle events, 300,000 visitors):
// plate lookup, who is inside, the vehicle log's first and a deep page, a plate's history, and
// a durable gate entry and exit against a bare durable insert through libsqlite3.
#include "benchsessions.h"
#include "benchsupport.h"

#include "models/domain/validation.h"
#include "models/repositories/gaterepository.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <vector>

class BenchGate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

private slots:
    void gate()
    {
        Database db(m_clock);
        QVERIFY(db.openSqlite(Bench::largeEstate()).ok());
        Bench::Raw raw(db.location());
        GateRepository gate(db, QStringLiteral("bench"));
        const Session guard = benchSession(db, "chenqiang");

        // A registered resident's plate, and one that is inside now.
        QString residentPlate;
        QString insidePlate;
        {
            Query q(db, QStringLiteral("SELECT plate FROM vehicles WHERE voided = 0 ORDER BY id LIMIT 1 OFFSET 1000"));
            QVERIFY(q.exec() && q.next());
            residentPlate = q.value(0).toString();
            Query in(db, QStringLiteral("SELECT plate FROM vehicles_inside ORDER BY entered_at LIMIT 1"));
            QVERIFY(in.exec() && in.next());
            insidePlate = in.value(0).toString();
        }

        // The lookup reads the vehicle, the stay and the open card of the plate.
        const QList<BoundSql> lookupSql{
            {QStringLiteral("SELECT r.id, r.name FROM vehicles v JOIN residents r ON r.id = v.resident_id "
                            "WHERE v.plate = :plate AND v.voided = 0"),
             {{QStringLiteral(":plate"), residentPlate}}},
            {QStringLiteral("SELECT entry_event_id, category, entered_at, card_id FROM vehicles_inside WHERE plate = :plate"),
             {{QStringLiteral(":plate"), residentPlate}}},
            {QStringLiteral("SELECT id FROM parking_cards WHERE plate = :plate AND status = 'open'"),
             {{QStringLiteral(":plate"), residentPlate}}}};
        Bench::ratio("plate_lookup", Bench::medianMs([&] { QVERIFY(gate.lookUpPlate(guard, residentPlate)); }),
                     Bench::medianMs([&] {
                         for (const BoundSql &s : lookupSql)
                             raw.run(s);
                     }));

        const BoundSql insideSql = GateRepository::vehiclesInsideSql(2000);
        Bench::ratio("vehicles_inside", Bench::medianMs([&] { QVERIFY(gate.vehiclesInside(guard)); }),
                     Bench::medianMs([&] { raw.run(insideSql); }));
        const BoundSql visitorsSql = GateRepository::visitorsInsideSql();
        Bench::ratio("visitors_inside", Bench::medianMs([&] { QVERIFY(gate.visitorsInside(guard)); }),
                     Bench::medianMs([&] { raw.run(visitorsSql); }));

        const BoundSql logSql = GateRepository::vehicleEventsSql(200);
        Bench::ratio("vehicle_log_first_page", Bench::medianMs([&] { QVERIFY(gate.vehicleEvents(guard, 200)); }),
                     Bench::medianMs([&] { raw.run(logSql); }));
        // A page a year back in the log.
        QDateTime before;
        QString beforeId;
        {
            Query q(db, QStringLiteral("SELECT occurred_at, id FROM vehicle_events ORDER BY occurred_at DESC, id DESC "
                                       "LIMIT 1 OFFSET 500000"));
            QVERIFY(q.exec() && q.next());
            before = fromStored(q.value(0).toLongLong());
            beforeId = q.value(1).toString();
        }
        const BoundSql deepSql = GateRepository::vehicleEventsSql(200, before, beforeId);
        Bench::ratio("vehicle_log_page_after_500000",
                     Bench::medianMs([&] { QVERIFY(gate.vehicleEvents(guard, 200, before, beforeId)); }),
                     Bench::medianMs([&] { raw.run(deepSql); }));
        const BoundSql plateSql = GateRepository::eventsForPlateSql(residentPlate, 50);
        Bench::ratio("plate_history", Bench::medianMs([&] { QVERIFY(gate.eventsForPlate(guard, residentPlate)); }),
                     Bench::medianMs([&] { raw.run(plateSql); }));

        // A durable entry: the program (permission, lookups, decision, event, stay, commit with
        // synchronous=FULL) against BEGIN IMMEDIATE, one INSERT of the event, COMMIT.
        QRandomGenerator random(7);
        QStringList entered;
        auto freshPlate = [&] {
            static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
            QString p = QStringLiteral("粤Z");
            for (int i = 0; i < 5; ++i)
                p += QLatin1Char(letters[random.bounded(int(sizeof(letters) - 1))]);
            return p;
        };
        auto enter = [&] {
            VehicleEventInput in;
            in.plate = freshPlate();
            in.direction = GateDirection::In;
            const auto d = gate.recordVehicle(guard, in);
            QVERIFY2(d && !d->needsConfirmation, d ? "confirmation" : qPrintable(d.error()));
            entered << d->plate;
        };
        int exitIndex = 0;
        auto leave = [&] {
            VehicleEventInput out;
            out.plate = entered.at(exitIndex++ % entered.size());
            out.direction = GateDirection::Out;
            QVERIFY(gate.recordVehicle(guard, out));
        };
        auto bareInsert = [&] {
            raw.exec("BEGIN IMMEDIATE");
            BoundSql ins{QStringLiteral("INSERT INTO vehicle_events (id, plate, direction, category, decision, "
                                        "occurred_at, recorded_at, guard, seat) VALUES (:id, :plate, 'in', 'temporary', "
                                        "'passed', :at, :at, 'bench', 'bench')"),
                         {{QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral(":plate"), freshPlate()},
                          {QStringLiteral(":at"), toStored(m_clock.now())}}};
            raw.run(ins);
            raw.exec("COMMIT");
        };
        // Each durable write waits for the disk, whose speed changes from second to second on a
        // shared machine: the three are timed in turns, so that each median sees the same disk.
        std::vector<double> entryTimes, exitTimes, bareTimes;
        auto timed = [](const std::function<void()> &run, std::vector<double> &times) {
            QElapsedTimer timer;
            timer.start();
            run();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        };
        enter();
        bareInsert();
        const int durableReps = qMax(Bench::repetitions(), 15);
        for (int i = 0; i < durableReps; ++i) {
            timed(enter, entryTimes);
            timed(bareInsert, bareTimes);
        }
        for (int i = 0; i < durableReps; ++i) {
            timed(leave, exitTimes);
            timed(bareInsert, bareTimes);
        }
        auto median = [](std::vector<double> times) {
            std::sort(times.begin(), times.end());
            return times.at(times.size() / 2);
        };
        const double entry = median(entryTimes);
        const double exit = median(exitTimes);
        const double bare = median(bareTimes);
        Bench::ratio("gate_entry", entry, bare);
        Bench::ratio("gate_exit", exit, bare);

        // The same entry on an empty estate.
        Database empty(m_clock);
        QVERIFY(empty.openSqlite(Bench::emptyEstate(m_dir)).ok());
        GateRepository emptyGate(empty, QStringLiteral("bench"));
        const Session emptyGuard = benchSession(empty, "chenqiang");
        Bench::scale("gate_entry", entry, Bench::medianMs([&] {
                         VehicleEventInput in;
                         in.plate = freshPlate();
                         QVERIFY(emptyGate.recordVehicle(emptyGuard, in));
                     }));
        Bench::scale("plate_lookup", Bench::medianMs([&] { gate.lookUpPlate(guard, insidePlate); }),
                     Bench::medianMs([&] { emptyGate.lookUpPlate(emptyGuard, insidePlate); }));
    }
};

QTEST_GUILESS_MAIN(BenchGate)
#include "bench_gate.moc"
