// estatedesk-cli gate record (the plate camera's entry point), and a writer killed mid-way.
#include "gatetestsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/repositories/gaterepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

#include <cstdio>

namespace {

using CliRun::Run;
using CliRun::describe;

// The command's output without the line end.
Run cli(const QStringList &arguments)
{
    Run run = CliRun::cli(arguments);
    run.out = run.out.trimmed();
    return run;
}

// The child of the crash test: a guard logging vehicles in as fast as the disk allows,
// reporting each entry once its transaction has committed.
int childLoop(const QString &path)
{
    SystemClock clock;
    Database db(clock);
    if (!db.openSqlite(path))
        return 3;
    GateRepository gate(db, QStringLiteral("crash-child"));
    const Session guard{0, QStringLiteral("guard"), QStringLiteral("Guard"), Role::Guard};
    for (int i = 0; i < 1000000; ++i) {
        VehicleEventInput in;
        in.plate = QStringLiteral("粤A%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
        in.direction = GateDirection::In;
        const auto d = gate.recordVehicle(guard, in);
        if (!d || d->needsConfirmation)
            return 4;
        std::printf("committed %s\n", d->eventId.toLatin1().constData());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestGateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshDb(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run init = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        if (init.exitCode != 0)
            qWarning("%s", qPrintable(describe(init)));
        return path;
    }

    static QStringList record(const QString &db, const QString &plate, const QString &direction, const QString &at,
                              const QStringList &more = {})
    {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("gate"), QStringLiteral("record"),
                           QStringLiteral("--plate"), plate, QStringLiteral("--direction"), direction,
                           QStringLiteral("--at"), at}
               + more;
    }

private slots:
    void feesThroughTheCommandLine_data()
    {
        QTest::addColumn<QString>("exitAt");
        QTest::addColumn<QString>("line");
        QTest::newRow("30 min") << QStringLiteral("2026-03-02T08:30") << QStringLiteral("out temporary 30m 0.00");
        QTest::newRow("31 min") << QStringLiteral("2026-03-02T08:31") << QStringLiteral("out temporary 31m 5.00");
        QTest::newRow("2 h 10 min") << QStringLiteral("2026-03-02T10:10") << QStringLiteral("out temporary 2h10m 15.00");
        QTest::newRow("25 h") << QStringLiteral("2026-03-03T09:00") << QStringLiteral("out temporary 25h0m 45.00");
    }
    void feesThroughTheCommandLine()
    {
        QFETCH(QString, exitAt);
        QFETCH(QString, line);
        const QString db = freshDb(QStringLiteral("fees-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        const Run in = cli(record(db, QStringLiteral("粤A12345"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:00")));
        QCOMPARE(in.exitCode, 0);
        QCOMPARE(in.out, QStringLiteral("in temporary"));
        const Run out = cli(record(db, QStringLiteral("粤a 12345"), QStringLiteral("out"), exitAt));
        QVERIFY2(out.exitCode == 0, qPrintable(describe(out)));
        QCOMPARE(out.out, line);
    }

    void knownResidentAndRefusals()
    {
        const QString path = m_dir.filePath(QStringLiteral("estate.db"));
        {
            GateTestDatabase t;
            QVERIFY(t.dir.isValid());
            // Build the estate in a database of its own, then let the CLI use a copy of the file.
            QVERIFY(t.openWithResident());
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            t.db->close();
            QVERIFY(QFile::copy(t.dir.filePath(QStringLiteral("estate.db")), path));
        }
        const Run in = cli(record(path, QStringLiteral("粤Ｂ１２３４５"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:00")));
        QVERIFY2(in.exitCode == 0, qPrintable(describe(in)));
        QCOMPARE(in.out, QStringLiteral("in resident"));
        const Run out = cli(record(path, QStringLiteral("粤b·12345"), QStringLiteral("out"), QStringLiteral("2026-03-02T18:00")));
        QCOMPARE(out.out, QStringLiteral("out resident 10h0m 0.00"));

        const Run lorry = cli(record(path, QStringLiteral("粤B67890"), QStringLiteral("in"), QStringLiteral("2026-03-02T09:00"),
                                     {QStringLiteral("--category"), QStringLiteral("lorry")}));
        QCOMPARE(lorry.exitCode, 0);
        QCOMPARE(lorry.out, QStringLiteral("refused lorry"));
        QVERIFY(lorry.err.contains(QStringLiteral("Lorry")));
        const Run van = cli(record(path, QStringLiteral("粤B5M123"), QStringLiteral("out"), QStringLiteral("2026-03-02T09:10"),
                                   {QStringLiteral("--category"), QStringLiteral("moving_van")}));
        QCOMPARE(van.out, QStringLiteral("refused moving_van"));
        const Run night = cli(record(path, QStringLiteral("VA12345"), QStringLiteral("in"), QStringLiteral("2026-03-03T02:00")));
        QCOMPARE(night.out, QStringLiteral("in military_police flagged"));
        const Run strange = cli(record(path, QStringLiteral("ABC"), QStringLiteral("in"), QStringLiteral("2026-03-02T09:00")));
        QCOMPARE(strange.exitCode, 0);
        QCOMPARE(strange.out, QStringLiteral("in temporary"));
        QVERIFY(strange.err.contains(QStringLiteral("warning")));

        SystemClock clock;
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE decision = 'refused'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void usageErrors()
    {
        const QString db = freshDb(QStringLiteral("usage.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("gate"), QStringLiteral("record"),
                      QStringLiteral("--plate"), QStringLiteral("粤A12345")})
                     .exitCode,
                 2);
        QCOMPARE(cli(record(db, QStringLiteral("粤A12345"), QStringLiteral("sideways"), QStringLiteral("2026-03-02T08:00"))).exitCode, 2);
        QCOMPARE(cli(record(db, QStringLiteral("粤A12345"), QStringLiteral("in"), QStringLiteral("yesterday"))).exitCode, 2);
        QCOMPARE(cli(record(db, QStringLiteral("粤A12345"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:00"),
                            {QStringLiteral("--category"), QStringLiteral("bicycle")}))
                     .exitCode,
                 2);
        QCOMPARE(cli(record(db, QStringLiteral("粤A12345"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:00"),
                            {QStringLiteral("--colour"), QStringLiteral("red")}))
                     .exitCode,
                 2);
        QCOMPARE(cli(record(m_dir.path(), QStringLiteral("粤A12345"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:00"))).exitCode, 1);
    }

    // The camera's plate is checked like a typed one: what cannot be a plate is refused, not logged.
    void cameraPlatesAreCheckedLikeTypedOnes_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("reason");
        QTest::newRow("punctuation") << QStringLiteral("粤B12$45") << QStringLiteral("\"$\"");
        QTest::newRow("markup") << QStringLiteral("<b>粤B12345") << QStringLiteral("\"<\"");
        QTest::newRow("bidi override") << QStringLiteral("粤B\u202E54321") << QStringLiteral("U+202E");
        QTest::newRow("control character") << QStringLiteral("粤B1234\x1B") << QStringLiteral("U+001B");
        QTest::newRow("too long") << QStringLiteral("粤B123456789012") << QStringLiteral("too long");
        QTest::newRow("only separators") << QStringLiteral("· ·") << QStringLiteral("missing");
    }
    void cameraPlatesAreCheckedLikeTypedOnes()
    {
        QFETCH(QString, plate);
        QFETCH(QString, reason);
        const QString db = freshDb(QStringLiteral("camera-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        const Run run = cli(record(db, plate, QStringLiteral("in"), QStringLiteral("2026-03-02T08:00")));
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.startsWith(QStringLiteral("estatedesk-cli: Plate: ")), qPrintable(describe(run)));
        QVERIFY2(run.err.contains(reason), qPrintable(describe(run)));
        QVERIFY(run.out.isEmpty());

        // The same plate, normalised as typed at the gate, is logged.
        const Run typed = cli(record(db, QStringLiteral("粤b·12345"), QStringLiteral("in"), QStringLiteral("2026-03-02T08:05")));
        QVERIFY2(typed.exitCode == 0, qPrintable(describe(typed)));
        SystemClock clock;
        Database opened(clock);
        QVERIFY(opened.openSqlite(db).ok());
        QSqlQuery q(opened.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT plate FROM vehicle_events")));
        QStringList plates;
        while (q.next())
            plates << q.value(0).toString();
        QCOMPARE(plates, QStringList{QStringLiteral("粤B12345")});
    }

    // SPEC 12: the process killed while a guard logs vehicles loses no committed entry.
    void killedWriterLosesNoCommittedEntry()
    {
        const QString path = freshDb(QStringLiteral("crash.db"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--gate-child"), path});
        child.start();
        QVERIFY(child.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (output.count('\n') < 150 && timer.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.kill(); // mid-way: the loop never stops on its own
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        QStringList reported;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed ") && line.size() == 10 + 36)
                reported << QString::fromLatin1(line.mid(10));
        }
        QVERIFY2(reported.size() >= 150, qPrintable(QString::number(reported.size())));

        SystemClock clock;
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QSet<QString> stored;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM vehicle_events")));
        while (q.next())
            stored.insert(q.value(0).toString());
        for (const QString &id : std::as_const(reported))
            QVERIFY2(stored.contains(id), qPrintable(id));
        // At most the one entry being written when the process died may be there unreported.
        QVERIFY(stored.size() - reported.size() <= 1);
        // The vehicles-inside table moved in the same transactions as the log.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM vehicles_inside")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(stored.size()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--gate-child") == 0) {
        QCoreApplication app(argc, argv);
        return childLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestGateCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gate_cli.moc"
