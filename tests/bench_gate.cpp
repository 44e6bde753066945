// "Log an entry" and "who is inside" with the large estate's 1,500,000 vehicle events (SPEC 12).
// Run: ./bench_gate [-iterations N]; the generation time is printed first.
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/repositories/gaterepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {
constexpr int kEvents = 1500000;
constexpr int kPlates = 4000;
constexpr int kInside = 600;
}

class BenchGate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    const Session m_guard{0, QStringLiteral("guard"), QStringLiteral("Guard"), Role::Guard};
    int m_next = 0;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_clock);
        QVERIFY(m_db->openSqlite(m_dir.filePath(QStringLiteral("large.db"))).ok());
        QElapsedTimer timer;
        timer.start();
        // Three years of traffic: 4,000 plates going in and out in turn; the last kInside
        // plates are left inside.
        const qint64 end = toStored(m_clock.now());
        const qint64 start = end - qint64(3) * 365 * 24 * 3600 * 1000;
        const qint64 step = (end - start) / kEvents;
        QSqlDatabase conn = m_db->connection();
        QVERIFY(conn.transaction());
        QSqlQuery ev(conn);
        QVERIFY(ev.prepare(QStringLiteral(
            "INSERT INTO vehicle_events (id, plate, direction, category, decision, stay_ms, fee_fen, occurred_at, "
            "recorded_at, guard, seat) VALUES (?, ?, ?, ?, 'passed', ?, ?, ?, ?, 'guard', 'bench')")));
        QSqlQuery inside(conn);
        QVERIFY(inside.prepare(QStringLiteral("INSERT INTO vehicles_inside (plate, entry_event_id, category, entered_at) "
                                              "VALUES (?, ?, ?, ?)")));
        QVector<qint64> enteredAt(kPlates, -1);
        QVector<QString> entryId(kPlates);
        for (int i = 0; i < kEvents; ++i) {
            const int p = i % kPlates;
            const bool in = (i / kPlates) % 2 == 0;
            const qint64 at = start + qint64(i) * step;
            const QString plate = QStringLiteral("粤B%1").arg(p, 5, 10, QLatin1Char('0'));
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString category = p % 3 == 0 ? QStringLiteral("temporary") : QStringLiteral("resident");
            ev.addBindValue(id);
            ev.addBindValue(plate);
            ev.addBindValue(in ? QStringLiteral("in") : QStringLiteral("out"));
            ev.addBindValue(category);
            ev.addBindValue(in ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(at - enteredAt[p]));
            ev.addBindValue(in ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qint64(0)));
            ev.addBindValue(at);
            ev.addBindValue(at);
            QVERIFY(ev.exec());
            if (in) {
                enteredAt[p] = at;
                entryId[p] = id;
            } else {
                enteredAt[p] = -1;
            }
        }
        int insideCount = 0;
        for (int p = 0; p < kPlates && insideCount < kInside; ++p) {
            if (enteredAt[p] < 0)
                continue;
            inside.addBindValue(QStringLiteral("粤B%1").arg(p, 5, 10, QLatin1Char('0')));
            inside.addBindValue(entryId[p]);
            inside.addBindValue(QStringLiteral("resident"));
            inside.addBindValue(enteredAt[p]);
            QVERIFY(inside.exec());
            ++insideCount;
        }
        QVERIFY(conn.commit());
        QSqlQuery analyze(conn);
        QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));
        qInfo("generated %d vehicle events (%d inside) in %.1f s", kEvents, insideCount, timer.elapsed() / 1000.0);
    }

    // A temporary vehicle logged in, and out again with its fee: two gate events, two transactions.
    void logAnEntry()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        QBENCHMARK {
            VehicleEventInput in;
            in.plate = QStringLiteral("粤A%1").arg(m_next++ % 100000, 5, 10, QLatin1Char('0'));
            in.direction = GateDirection::In;
            const auto d = gate.recordVehicle(m_guard, in);
            QVERIFY(d.ok() && !d->refused && d->category == VehicleCategory::Temporary);
        }
    }

    void logAnExitWithFee()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        int i = 0;
        m_clock.advance(3600);
        QBENCHMARK {
            VehicleEventInput out;
            out.plate = QStringLiteral("粤A%1").arg(i++ % m_next, 5, 10, QLatin1Char('0'));
            out.direction = GateDirection::Out;
            QVERIFY(gate.recordVehicle(m_guard, out).ok());
        }
    }

    void whoIsInside()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        QBENCHMARK {
            const auto inside = gate.vehiclesInside(m_guard);
            QVERIFY(inside.ok() && inside->size() >= kInside);
        }
    }

    void lookUpAPlateAsTheGuardTypes()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        QBENCHMARK {
            QVERIFY(gate.lookUpPlate(m_guard, QStringLiteral("粤B00123")).ok());
        }
    }

    void todaysCounts()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        QBENCHMARK {
            QVERIFY(gate.counts(m_guard).ok());
        }
    }

    void firstPageOfTheLog()
    {
        GateRepository gate(*m_db, QStringLiteral("bench"));
        QBENCHMARK {
            QCOMPARE(gate.vehicleEvents(m_guard, 100)->size(), 100);
        }
    }
};

QTEST_GUILESS_MAIN(BenchGate)
#include "bench_gate.moc"
