// Metered fees (SPEC 13: water, electricity, gas by the unit) from the office's reading sheet:
// `import readings` checks each row against the houses and the items, the month's billing
// turns the quantities into bills (quantity × unit price, rounded once), and a billed period's
// reading can no longer change.

#include "testdatabase.h"
#include "clirun.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/io/meterreadingimport.h"
#include "models/repositories/userrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using CliRun::cli;
using CliRun::describe;

class TstMeterReadings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    QString m_db;

    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    QString file(const QString &name, const QString &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }

    CliRun::Run ok(const QStringList &args)
    {
        const CliRun::Run run = cli(db(args));
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(describe(run)));
        return run;
    }

    QString readings() const
    {
        return file(QStringLiteral("抄表.csv"), u("房号,收费项目,所属期间,用量\r\n"
                                                "1-1-101,SF,2026-07,12.5\r\n"
                                                "1-1-102,水费,2026-07,８\r\n"         // the item by its name, a full-width 8
                                                "1-1-102,SF,2026-07,9\r\n"            // the same house and month again
                                                "1-1-101,PF,2026-07,3\r\n"            // not metered
                                                "1-1-101,SF,2026Q3,3\r\n"             // not a period of a monthly item
                                                "1-1-101,SF,2026-08,很多\r\n"         // not a quantity
                                                "9-9-909,SF,2026-07,1\r\n"));         // no such house
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_store.location(QStringLiteral("estate.db"));
        QCOMPARE(cli(db({QStringLiteral("init")})).exitCode, 0);
        const QString houses = file(QStringLiteral("房屋.csv"), u("楼栋,单元,房号,面积,类型,状态\r\n"
                                                                "1,1,101,89.50,住宅,自住\r\n"
                                                                "1,1,102,120.00,住宅,自住\r\n"));
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("houses"), houses}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--code"),
                     QStringLiteral("SF"), QStringLiteral("--name"), u("水费"), QStringLiteral("--basis"),
                     QStringLiteral("metered"), QStringLiteral("--rate"), QStringLiteral("3.45"), QStringLiteral("--cycle"),
                     QStringLiteral("month"), QStringLiteral("--kind"), u("代收代缴"), QStringLiteral("--from"),
                     QStringLiteral("2026-07")})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--code"),
                     QStringLiteral("PF"), QStringLiteral("--name"), u("物业服务费"), QStringLiteral("--basis"),
                     QStringLiteral("fixed"), QStringLiteral("--rate"), QStringLiteral("100"), QStringLiteral("--cycle"),
                     QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2026-07")})
                     .exitCode,
                 0);
    }

    void readingsAreCheckedRowByRowAndBilled()
    {
        const auto run = ok({QStringLiteral("import"), QStringLiteral("readings"), readings()});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("imported 2, rejected 5"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("line 4: House: 1-1-102 SF 2026-07 is on line 3")), qPrintable(run.out));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("line 5: Item: PF is not metered")), qPrintable(run.out));
        QVERIFY2(lines.value(3).startsWith(QStringLiteral("line 6: Period:")), qPrintable(run.out));
        QVERIFY2(lines.value(4).startsWith(QStringLiteral("line 7: Quantity:")), qPrintable(run.out));
        QVERIFY2(lines.value(5).startsWith(QStringLiteral("line 8: House:")), qPrintable(run.out));

        // 12.5 × 3.45 = 43.125 → 43.13 (half up, once per bill); 8 × 3.45 = 27.60; two fixed fees of 100.
        const auto billed = ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"),
                                QStringLiteral("2026-07")});
        QCOMPARE(billed.out.trimmed(), QStringLiteral("billed 4 bills, 270.73 yuan"));
        const auto arrears = ok({QStringLiteral("fees"), QStringLiteral("arrears"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-08-15T12:00:00+08:00")});
        QVERIFY2(arrears.out.contains(QStringLiteral("1-1-101,,SF,2026-07,2026-07-31,43.13,0.00,43.13,15")),
                 qPrintable(arrears.out));
        QVERIFY2(arrears.out.contains(QStringLiteral("1-1-102,,SF,2026-07,2026-07-31,27.60,0.00,27.60,15")),
                 qPrintable(arrears.out));
    }

    // Billed: the same sheet again changes nothing, and says why for every row.
    void aBilledPeriodsReadingStays()
    {
        const auto run = ok({QStringLiteral("import"), QStringLiteral("readings"), readings()});
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("imported 0, rejected 7"));
        QVERIFY2(lines.value(1).contains(QStringLiteral("billed already")), qPrintable(run.out));
        const auto billed = ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"),
                                QStringLiteral("2026-07")});
        QCOMPARE(billed.out.trimmed(), QStringLiteral("billed 0 bills, 0.00 yuan"));
    }

    // The data layer decides: a guard sees nothing of fees, so the preview is refused.
    void aGuardMayNotImportReadings()
    {
        ManualClock clock(QDateTime(QDate(2026, 8, 15), QTime(4, 0), Qt::UTC));
        Database db(clock);
        QVERIFY(db.open(m_db).ok());
        const auto id = UserRepository(db).addUser(Session::commandLine(), QStringLiteral("guard1"), u("门卫"), Role::Guard,
                                                   QStringLiteral("guard-pass-1"));
        QVERIFY(id.ok());
        const Session guard{*id, QStringLiteral("guard1"), u("门卫"), Role::Guard};
        const auto refused = MeterReadingImport(db).preview(guard, readings());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("may not")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TstMeterReadings)
#include "tst_meterreadings.moc"
