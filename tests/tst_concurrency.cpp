// Two writers on one file: camera loops beside a roster import (separate processes), and
// wrong passwords typed at the same time on several seats (SPEC 7 lock-out).
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/userrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace {

using CliRun::Run;
using CliRun::describe;

// The command's output without the line end.
Run cli(const QStringList &arguments, int timeoutMs = 120000)
{
    Run run = CliRun::cli(arguments, {}, timeoutMs);
    run.out = run.out.trimmed();
    return run;
}

const QString kHeader = QStringLiteral("楼栋,单元,房号,姓名,身份,性别,证件类型,证件号码,手机,入住日期,车牌,备注\r\n");

bool writeRoster(const QString &path, const QString &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = (kHeader + rows).toUtf8();
    return file.write(bytes) == bytes.size();
}

qint64 count(Database &db, const QString &sql)
{
    Query q(db, sql);
    const auto n = q.scalar();
    return n ? n.value() : -1;
}

// How long one camera event may take: a unit of work waits up to thirty busy timeouts (five
// minutes) for the import's lock, and a busy machine is slower still. The test is about
// whether an event is refused, not how fast it is.
constexpr int kEventTimeoutMs = 15 * 60 * 1000;

// One camera: each event is its own estatedesk-cli process, as a plate camera's script runs it.
struct CameraLoop
{
    QStringList plates;
    int events = 0;
    QString dbPath;
    QStringList failures; // every event that did not come back "in ..." / "out ..."
    int recorded = 0;

    void run()
    {
        for (int i = 0; i < events; ++i) {
            const QString plate = plates.at(i % plates.size());
            // Each plate goes in, then out, then in again...
            const bool in = (i / int(plates.size())) % 2 == 0;
            const Run r = cli({QStringLiteral("--db"), dbPath, QStringLiteral("gate"), QStringLiteral("record"),
                               QStringLiteral("--plate"), plate, QStringLiteral("--direction"),
                               in ? QStringLiteral("in") : QStringLiteral("out")},
                              kEventTimeoutMs);
            const bool ok = r.exitCode == 0
                            && r.out.startsWith(in ? QLatin1String("in ") : QLatin1String("out "))
                            && !r.err.contains(QLatin1String("locked"));
            if (ok)
                ++recorded;
            else
                failures << plate + QLatin1Char(' ') + describe(r);
        }
    }
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void cameraLoopsBesideARosterImport();
    void wrongPasswordsAtTheSameTimeAllCount();

private:
    QTemporaryDir m_dir;
};

void TestConcurrency::cameraLoopsBesideARosterImport()
{
    QVERIFY(m_dir.isValid());
    const QString dbPath = m_dir.filePath(QStringLiteral("estate.sqlite"));
    const QString cars = m_dir.filePath(QStringLiteral("cars.csv"));
    const QString big = m_dir.filePath(QStringLiteral("roster.csv"));

    // Four residents' cars, registered first.
    QString carRows;
    const QStringList plates = {QStringLiteral("粤B20001"), QStringLiteral("粤B20002"), QStringLiteral("粤B20003"),
                                QStringLiteral("粤B20004")};
    for (int i = 0; i < plates.size(); ++i)
        carRows += QStringLiteral("1,1,%1,车主%2,业主,男,,,1380013%3,2024-03-01,%4,\r\n")
                       .arg(101 + i)
                       .arg(i + 1)
                       .arg(1000 + i)
                       .arg(plates.at(i));
    QVERIFY(writeRoster(cars, carRows));
    const Run registered = cli({QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("residents"), cars});
    QVERIFY2(registered.exitCode == 0, qPrintable(describe(registered)));

    // 12,000 new residents in 20 buildings, written in one go.
    QString rows;
    rows.reserve(12000 * 64);
    int n = 0;
    for (int building = 2; building <= 21 && n < 12000; ++building) {
        for (int unit = 1; unit <= 3 && n < 12000; ++unit) {
            for (int floor = 1; floor <= 20 && n < 12000; ++floor) {
                for (int flat = 1; flat <= 10 && n < 12000; ++flat, ++n) {
                    rows += QStringLiteral("%1,%2,%3%4,住户%5,业主,女,,,139%6,2024-05-01,,\r\n")
                                .arg(building)
                                .arg(unit)
                                .arg(floor)
                                .arg(flat, 2, 10, QLatin1Char('0'))
                                .arg(n)
                                .arg(n, 8, 10, QLatin1Char('0'));
                }
            }
        }
    }
    QCOMPARE(n, 12000);
    QVERIFY(writeRoster(big, rows));

    QProcess import;
    import.setProgram(QString::fromUtf8(ESTATEDESK_CLI_PATH));
    import.setArguments({QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("residents"), big});
    import.start();
    QVERIFY(import.waitForStarted(30000));

    CameraLoop east{{plates.at(0), plates.at(1)}, 150, dbPath, {}, 0};
    CameraLoop west{{plates.at(2), plates.at(3)}, 150, dbPath, {}, 0};
    std::unique_ptr<QThread> eastThread(QThread::create([&east] { east.run(); }));
    std::unique_ptr<QThread> westThread(QThread::create([&west] { west.run(); }));
    eastThread->start();
    westThread->start();
    QVERIFY(import.waitForFinished(600000));
    eastThread->wait();
    westThread->wait();

    const QString importErr = QString::fromUtf8(import.readAllStandardError());
    QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0, qPrintable(importErr));
    QVERIFY2(!importErr.contains(QLatin1String("locked")), qPrintable(importErr));
    QVERIFY2(east.failures.isEmpty(), qPrintable(east.failures.join(QLatin1Char('\n'))));
    QVERIFY2(west.failures.isEmpty(), qPrintable(west.failures.join(QLatin1Char('\n'))));
    QCOMPARE(east.recorded + west.recorded, 300);

    // Counted in the file afterwards: every event and every resident is there.
    SystemClock clock;
    Database db(clock);
    QVERIFY(db.openSqlite(dbPath).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(300));
    for (const QString &plate : plates) {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE plate = :p"));
        q.bind(QStringLiteral(":p"), plate);
        QCOMPARE(q.scalar().value(), qint64(75));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM residents")), qint64(12004));
}

void TestConcurrency::wrongPasswordsAtTheSameTimeAllCount()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("signin.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        UserRepository users(db);
        const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("王建林"),
                                                          QStringLiteral("Admin-Secret-2026"));
        QVERIFY(admin.ok());
        QVERIFY(users.addUser(admin.value(), QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                              QStringLiteral("Quartz-8412-right"))
                    .ok());
    }

    // Six seats, each with its own connection to the file, five wrong passwords each.
    constexpr int seats = 6;
    constexpr int attemptsEach = 5;
    constexpr int attempts = seats * attemptsEach;
    std::atomic<int> refused{0};
    std::atomic<int> broken{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int seat = 0; seat < seats; ++seat) {
        threads.emplace_back(QThread::create([&, seat] {
            Database db(clock);
            if (!db.openSqlite(path)) {
                broken += attemptsEach;
                return;
            }
            UserRepository users(db);
            for (int i = 0; i < attemptsEach; ++i) {
                const auto r = users.signIn(QStringLiteral("lixm"), QStringLiteral("guess-%1-%2").arg(seat).arg(i));
                if (r.ok())
                    ++broken;
                else if (r.error().contains(QLatin1String("wrong")) || r.error().contains(QLatin1String("locked")))
                    ++refused; // the answers a person is shown, not a database error
                else
                    ++broken;
            }
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    QCOMPARE(broken.load(), 0);
    QCOMPARE(refused.load(), attempts);

    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    const auto user = UserRepository(db).find(QStringLiteral("lixm"));
    QVERIFY(user);
    QCOMPARE(user->failedAttempts, attempts);
    QVERIFY(user->lockedUntil.isValid());
    QCOMPARE(user->lockedUntil, clock.now().addSecs(UserRepository::lockoutMinutes * 60));

    AuditFilter filter;
    filter.username = QStringLiteral("lixm");
    filter.limit = 1000;
    const auto entries = AuditLog(db).entries(Session::commandLine(), filter);
    QVERIFY(entries.ok());
    QStringList failedDetails;
    int refusedLocked = 0;
    int locks = 0;
    for (const AuditEntry &e : entries.value()) {
        if (e.action == QLatin1String("login_failed"))
            failedDetails << e.detail;
        else if (e.action == QLatin1String("login_refused_locked"))
            ++refusedLocked;
        else if (e.action == QLatin1String("account_locked"))
            ++locks;
    }
    // One audit row per attempt: the first five counted one by one up to the lock, the rest refused.
    QCOMPARE(int(failedDetails.size()) + refusedLocked, attempts);
    failedDetails.sort();
    QCOMPARE(failedDetails, (QStringList{QStringLiteral("wrong password (1 of 5)"), QStringLiteral("wrong password (2 of 5)"),
                                         QStringLiteral("wrong password (3 of 5)"), QStringLiteral("wrong password (4 of 5)"),
                                         QStringLiteral("wrong password (5 of 5)")}));
    QCOMPARE(locks, 1);

    // Locked: even the right password is refused now.
    const auto right = UserRepository(db).signIn(QStringLiteral("lixm"), QStringLiteral("Quartz-8412-right"));
    QVERIFY(!right.ok());
    QVERIFY2(right.error().contains(QLatin1String("locked")), qPrintable(right.error()));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
