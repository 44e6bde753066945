// The gatehouse seat against a real office server (SPEC 8.1): setup, the master data pulled,
// a thousand vehicle events logged while the server is down, delivered once each with their
// own times when it is back, and nothing delivered twice.
#include "clirun.h"
#include "postgrescluster.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/gaterepository.h"
#include "models/sync/gatesync.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const int kPort = 55434;

qint64 count(Database &db, const QString &sql)
{
    Query q(db, sql);
    const auto n = q.scalar();
    return n ? n.value() : -1;
}
} // namespace

class TestGateSync : public QObject
{
    Q_OBJECT

private:
    CliRun::Run cli(const QStringList &arguments) { return CliRun::cli(arguments); }
    QString gateDb() const { return m_dir.filePath(QStringLiteral("gate.sqlite")); }

    PostgresCluster m_cluster{kPort};
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        START_POSTGRES_CLUSTER(m_cluster);
        // The office: a resident with a registered car.
        const QString roster = m_dir.filePath(QStringLiteral("roster.csv"));
        QFile file(roster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("楼栋,单元,房号,姓名,身份,性别,证件类型,证件号码,手机,入住日期,车牌,备注\r\n"
                                  "9,1,101,王大明,业主,男,,,13900000001,2024-05-01,粤B20001,\r\n")
                       .toUtf8());
        file.close();
        const CliRun::Run imported = cli({QStringLiteral("--db"), m_cluster.url(), QStringLiteral("import"),
                                          QStringLiteral("residents"), roster});
        QVERIFY2(imported.exitCode == 0, qPrintable(CliRun::describe(imported)));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void setupRefusesAnUnreachableOffice()
    {
        const QString store = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        const CliRun::Run run = cli({QStringLiteral("--db"), store, QStringLiteral("gate"), QStringLiteral("setup"),
                                     QStringLiteral("--office"), QStringLiteral("postgresql://postgres@127.0.0.1:1/x"),
                                     QStringLiteral("--gate"), QStringLiteral("东门")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(QLatin1String("office")), qPrintable(run.err));
        const CliRun::Run sync = cli({QStringLiteral("--db"), store, QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(QLatin1String("not a gatehouse store")), qPrintable(sync.err));
    }

    // A plate registered at the office is known at the gate after one sync, not before.
    void setupPullsTheMasterData()
    {
        const QString island = m_dir.filePath(QStringLiteral("island.sqlite"));
        const CliRun::Run before = cli({QStringLiteral("--db"), island, QStringLiteral("gate"), QStringLiteral("record"),
                                        QStringLiteral("--plate"), QStringLiteral("粤B20001"), QStringLiteral("--direction"),
                                        QStringLiteral("in")});
        QVERIFY2(before.out.startsWith(QLatin1String("in temporary")), qPrintable(CliRun::describe(before)));

        const CliRun::Run setup = cli({QStringLiteral("--db"), gateDb(), QStringLiteral("gate"), QStringLiteral("setup"),
                                       QStringLiteral("--office"), m_cluster.url(), QStringLiteral("--gate"),
                                       QStringLiteral("东门")});
        QVERIFY2(setup.exitCode == 0, qPrintable(CliRun::describe(setup)));
        const QRegularExpression line(QStringLiteral("^pushed 0, pulled (\\d+), waiting 0\\n$"));
        const auto match = line.match(setup.out);
        QVERIFY2(match.hasMatch(), qPrintable(setup.out));
        QVERIFY(match.captured(1).toInt() >= 4); // building, unit, house, resident, link, car …

        const CliRun::Run known = cli({QStringLiteral("--db"), gateDb(), QStringLiteral("gate"), QStringLiteral("record"),
                                       QStringLiteral("--plate"), QStringLiteral("粤B20001"), QStringLiteral("--direction"),
                                       QStringLiteral("in")});
        QVERIFY2(known.out.startsWith(QLatin1String("in resident")), qPrintable(CliRun::describe(known)));

        // The gate keeps a resident's name and house, not the phone number.
        Database store(m_clock);
        QVERIFY(store.open(gateDb()).ok());
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM residents WHERE name = '王大明'")), qint64(1));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM residents WHERE mobile IS NOT NULL")), qint64(0));
        QCOMPARE(GateSync(store).gateName(), QStringLiteral("东门"));
        QCOMPARE(GateSync(store).waiting(), 1); // the resident's entry
    }

    void offlineEventsArriveOnceWithTheirTimes()
    {
        m_cluster.stop();
        Database store(m_clock);
        QVERIFY(store.open(gateDb()).ok());
        GateRepository gate(store, QStringLiteral("东门"));
        const Session guard = Session::commandLine();
        const QDateTime start(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC);
        int events = 0;
        for (int i = 0; i < 600; ++i, ++events) { // 600 temporary cars come in, a minute apart
            VehicleEventInput in;
            in.plate = QStringLiteral("粤B%1").arg(30000 + i);
            in.direction = GateDirection::In;
            in.at = start.addSecs(60 * i);
            const auto decided = gate.recordVehicle(guard, in);
            QVERIFY2(decided.ok() && !decided->refused, qPrintable(decided.ok() ? decided->reason : decided.error()));
        }
        for (int i = 0; i < 399; ++i, ++events) { // 399 of them leave, and the resident's car
            VehicleEventInput out;
            out.plate = QStringLiteral("粤B%1").arg(30000 + i);
            out.direction = GateDirection::Out;
            out.at = start.addSecs(60 * 600 + 60 * i);
            QVERIFY(gate.recordVehicle(guard, out).ok());
        }
        VehicleEventInput home;
        home.plate = QStringLiteral("粤B20001");
        home.direction = GateDirection::Out;
        home.at = QDateTime::currentDateTimeUtc().addSecs(60); // it came in through the CLI, just now
        QVERIFY(gate.recordVehicle(guard, home).ok());
        ++events;
        QCOMPARE(events, 1000);
        const int waiting = GateSync(store).waiting();
        // 1000 events, the resident's entry before them, 600 parking cards (399 closed since).
        QCOMPARE(waiting, 1001 + 600);

        const CliRun::Run down = cli({QStringLiteral("--db"), gateDb(), QStringLiteral("sync")});
        QCOMPARE(down.exitCode, 1);
        QCOMPARE(down.errLines().size(), 1);
        QVERIFY2(down.err.contains(QString::number(waiting)), qPrintable(down.err));
        QCOMPARE(GateSync(store).waiting(), waiting);

        QString output;
        QVERIFY2(m_cluster.start(&output), qPrintable(output));
        const CliRun::Run up = cli({QStringLiteral("--db"), gateDb(), QStringLiteral("sync")});
        QVERIFY2(up.exitCode == 0, qPrintable(CliRun::describe(up)));
        QCOMPARE(up.out, QStringLiteral("pushed %1, pulled 0, waiting 0\n").arg(waiting));

        Database office(m_clock);
        QVERIFY(office.open(m_cluster.url()).ok());
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(1001));
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE seat <> '东门'")), qint64(0));
        // Each keeps the time it happened: the times at the office are the gate's, one for one.
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(DISTINCT occurred_at) FROM vehicle_events "
                                              "WHERE plate LIKE '粤B3%'")),
                 qint64(999));
        Query first(office, QStringLiteral("SELECT MIN(occurred_at) FROM vehicle_events WHERE plate LIKE '粤B3%'"));
        QCOMPARE(first.scalar().value(), start.toMSecsSinceEpoch());
        // Who is inside at the office: 600 − 399 temporary cars; the resident's car has left.
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicles_inside")), qint64(201));
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM parking_cards WHERE status = 'closed'")), qint64(399));

        const CliRun::Run again = cli({QStringLiteral("--db"), gateDb(), QStringLiteral("sync")});
        QCOMPARE(again.out, QStringLiteral("pushed 0, pulled 0, waiting 0\n"));
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(1001));
    }

    // Delivered, but the gate never heard so (the link dropped after the office committed):
    // pushed again, nothing is written twice.
    void pushingTwiceWritesNothingTwice()
    {
        Database store(m_clock);
        QVERIFY(store.open(gateDb()).ok());
        Query requeue(store, QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, changed) "
                                            "SELECT 'vehicle_events', id, 1 FROM vehicle_events"));
        QVERIFY(requeue.exec().ok());
        const auto synced = GateSync(store).sync(Session::commandLine());
        QVERIFY2(synced.ok(), qPrintable(synced.error()));
        QCOMPARE(synced->pushed, 1001);
        QCOMPARE(synced->waiting, 0);
        Database office(m_clock);
        QVERIFY(office.open(m_cluster.url()).ok());
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(1001));
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM vehicles_inside")), qint64(201));
    }

    // A store that is not tied to an office queues nothing: the office's own file is no gate.
    void anOfficeFileQueuesNothing()
    {
        Database plain(m_clock);
        QVERIFY(plain.open(m_dir.filePath(QStringLiteral("office.sqlite"))).ok());
        VehicleEventInput in;
        in.plate = QStringLiteral("粤B40000");
        QVERIFY(GateRepository(plain).recordVehicle(Session::commandLine(), in).ok());
        QCOMPARE(GateSync(plain).waiting(), 0);
        QVERIFY(!GateSync(plain).isGateStore());
    }
};

QTEST_GUILESS_MAIN(TestGateSync)
#include "tst_gatesync.moc"
