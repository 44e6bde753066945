// estatedesk-cli's fee commands (SPEC 10.1) as a script runs them: the small estate of
// tst_fees brought in from files, billed month by month with payments between, then
// `fees arrears --as-of` and the month's fees.* figures compared with the spec worked by hand.

#include "testdatabase.h"
#include "clirun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using CliRun::cli;
using CliRun::describe;

class TstCliFees : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    QString m_db;

    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    static QByteArray gb18030(const QString &text)
    {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }

    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    CliRun::Run ok(const QStringList &args)
    {
        const CliRun::Run run = cli(db(args));
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(describe(run)));
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_store.location(QStringLiteral("estate.db"));
        QCOMPARE(cli(db({QStringLiteral("init")})).exitCode, 0);
    }

    void importHouses()
    {
        // As Excel saves it on a Chinese Windows: GB18030, CRLF; the last row's area is words.
        const QString houses = file(QStringLiteral("房屋.csv"),
                                    gb18030(u("楼栋,单元,房号,面积,类型,状态\r\n"
                                              "1,1,101,89.50,住宅,自住\r\n"
                                              "1,1,102,120.00,住宅,空置\r\n"
                                              "1,1,201,75.25,住宅,出租\r\n"
                                              "S,,101,60,商铺,自住\r\n"
                                              "1,1,301,八十,住宅,自住\r\n")));
        const auto first = ok({QStringLiteral("import"), QStringLiteral("houses"), houses});
        QCOMPARE(first.exitCode, 0);
        const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("imported 4, rejected 1"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("line 6: Area:")), qPrintable(first.out));
        // Twice: updated, not duplicated, and nothing changed.
        const auto second = ok({QStringLiteral("import"), QStringLiteral("houses"), houses});
        QCOMPARE(second.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 0, rejected 1"));
        QVERIFY(second.err.contains(QStringLiteral("4 house(s)")));

        const QString owners = file(QStringLiteral("owners.csv"), u("楼栋,单元,房号,姓名,身份\n"
                                                                     "1,1,101,张伟,业主\n"
                                                                     "1,1,102,李娜,业主\n"
                                                                     "1,1,201,王芳,业主\n"
                                                                     "S,,101,赵敏,业主\n")
                                                                      .toUtf8());
        const auto roster = ok({QStringLiteral("import"), QStringLiteral("residents"), owners});
        QCOMPARE(roster.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 4, rejected 0"));
    }

    void feeItems()
    {
        const auto pf = ok({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--code"),
                            QStringLiteral("PF"), QStringLiteral("--name"), u("物业服务费"), QStringLiteral("--basis"),
                            QStringLiteral("area"), QStringLiteral("--rate"), QStringLiteral("1.85"), QStringLiteral("--cycle"),
                            QStringLiteral("month"), QStringLiteral("--vacant-percent"), QStringLiteral("50"),
                            QStringLiteral("--from"), QStringLiteral("2026-07"), QStringLiteral("--house-types"),
                            QStringLiteral("residential,shop")});
        QCOMPARE(pf.out.trimmed(), QStringLiteral("fee item PF added"));
        const auto gb = ok({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--code"),
                            QStringLiteral("GB"), QStringLiteral("--name"), u("垃圾清运费"), QStringLiteral("--basis"),
                            QStringLiteral("fixed"), QStringLiteral("--rate"), QStringLiteral("10"), QStringLiteral("--cycle"),
                            QStringLiteral("quarter"), QStringLiteral("--kind"), u("公共性服务费"), QStringLiteral("--from"),
                            QStringLiteral("2026-07")});
        QCOMPARE(gb.exitCode, 0);
        // Refusals: the same code again (the data layer names the field), a basis that is none.
        const auto again = cli(db({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"),
                                   QStringLiteral("--code"), QStringLiteral("GB"), QStringLiteral("--name"), u("重复"),
                                   QStringLiteral("--basis"), QStringLiteral("fixed"), QStringLiteral("--rate"),
                                   QStringLiteral("1"), QStringLiteral("--cycle"), QStringLiteral("month")}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("Code: GB")), qPrintable(again.err));
        const auto basis = cli(db({QStringLiteral("fees"), QStringLiteral("item"), QStringLiteral("add"),
                                   QStringLiteral("--code"), QStringLiteral("X"), QStringLiteral("--name"), QStringLiteral("X"),
                                   QStringLiteral("--basis"), QStringLiteral("volume"), QStringLiteral("--rate"),
                                   QStringLiteral("1"), QStringLiteral("--cycle"), QStringLiteral("month")}));
        QCOMPARE(basis.exitCode, 2);
    }

    void importArrearsTwice()
    {
        const QString ledger = file(QStringLiteral("欠费台账.csv"),
                                    gb18030(u("房号,收费项目,所属期间,应收,已收,截止日期\r\n"
                                              "1-1-101,GB,2025Q4,30.00,0,\r\n"
                                              "1-1-201,PF,2026-05,139.21,39.21,\r\n"
                                              "1-1-102,GB,2025Q4,30.00,,\r\n"
                                              "1-1-102,物业服务费,2025-06,111.00,0,2025-06-30\r\n"
                                              "1-1-102,PF,2025-13,1.00,0,\r\n")));
        const auto first = ok({QStringLiteral("import"), QStringLiteral("arrears"), ledger});
        const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("imported 4, rejected 1"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("line 6: Period:")), qPrintable(first.out));
        const auto second = ok({QStringLiteral("import"), QStringLiteral("arrears"), ledger});
        QCOMPARE(second.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 0, rejected 1"));
    }

    void billAndPayMonthByMonth()
    {
        // July: PF 165.58 + 111.00 (vacant, 50 %) + 139.21 + 111.00 (the shop) + GB 3 × 30.00.
        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"), QStringLiteral("2026-07")})
                     .out.trimmed(),
                 QStringLiteral("billed 7 bills, 616.79 yuan"));
        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"), QStringLiteral("2026-07")})
                     .out.trimmed(),
                 QStringLiteral("billed 0 bills, 0.00 yuan"));

        auto pay = [this](const QString &house, const QString &amount, const QString &method, const QString &at) {
            return ok({QStringLiteral("fees"), QStringLiteral("pay"), QStringLiteral("--house"), house,
                       QStringLiteral("--amount"), amount, QStringLiteral("--method"), method, QStringLiteral("--at"), at});
        };
        const auto first = pay(QStringLiteral("1-1-101"), QStringLiteral("500"), QStringLiteral("cash"),
                               QStringLiteral("2026-07-10T10:00"));
        QCOMPARE(first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("SJ2026-000001 1-1-101 500.00"), QStringLiteral("paid GB 2025Q4 30.00"),
                              QStringLiteral("paid PF 2026-07 165.58"), QStringLiteral("paid GB 2026Q3 30.00"),
                              QStringLiteral("prepaid 274.42")}));
        QVERIFY(pay(QStringLiteral("S-101"), QStringLiteral("50.00"), QStringLiteral("pos"),
                    QStringLiteral("2026-07-20T15:00+08:00"))
                    .out.startsWith(QStringLiteral("SJ2026-000002 S-101 50.00")));
        const auto dueDate = pay(QStringLiteral("1-1-201"), QStringLiteral("239.21"), QStringLiteral("wechat"),
                                 QStringLiteral("2026-07-31T16:00"));
        QCOMPARE(dueDate.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("SJ2026-000003 1-1-201 239.21"), QStringLiteral("paid PF 2026-05 100.00"),
                              QStringLiteral("paid PF 2026-07 139.21"), QStringLiteral("prepaid 0.00")}));

        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"), QStringLiteral("2026-08")})
                     .out.trimmed(),
                 QStringLiteral("billed 4 bills, 526.79 yuan"));
        QVERIFY(pay(QStringLiteral("S-101"), QStringLiteral("61"), QStringLiteral("bank"), QStringLiteral("2026-08-15T10:00"))
                    .out.contains(QStringLiteral("paid PF 2026-07 61.00")));
        QCOMPARE(ok({QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("--month"), QStringLiteral("2026-09")})
                     .out.trimmed(),
                 QStringLiteral("billed 4 bills, 526.79 yuan"));

        // Refused: a method that is none (usage), a house not on file (the data layer).
        QCOMPARE(cli(db({QStringLiteral("fees"), QStringLiteral("pay"), QStringLiteral("--house"), QStringLiteral("1-1-101"),
                         QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--method"), QStringLiteral("cheque")}))
                     .exitCode,
                 2);
        QCOMPARE(cli(db({QStringLiteral("fees"), QStringLiteral("pay"), QStringLiteral("--house"), QStringLiteral("9-9-999"),
                         QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--method"), QStringLiteral("cash")}))
                     .exitCode,
                 1);
    }

    void arrearsAsOf()
    {
        const QString csv = m_dir.filePath(QStringLiteral("arrears.csv"));
        const auto run = ok({QStringLiteral("fees"), QStringLiteral("arrears"), QStringLiteral("--as-of"),
                             QStringLiteral("2026-09-05T12:00:00+08:00"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.out.trimmed(), QStringLiteral("exported 6 rows to %1").arg(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Worked by hand (see tst_fees): 1-1-102 never paid (432 = 365 + 31 + 31 + 5 days since
        // 2025-06-30; 248 since 2025-12-31; 36 since 2026-07-31); the August bills of 1-1-201
        // and the shop are 5 days overdue; 1-1-101's September bill is not due yet.
        const QString expected = u("house,owner,item,period,due_date,amount,paid,outstanding,days_overdue\r\n"
                                   "1-1-102,李娜,PF,2025-06,2025-06-30,111.00,0.00,111.00,432\r\n"
                                   "1-1-102,李娜,GB,2025Q4,2025-12-31,30.00,0.00,30.00,248\r\n"
                                   "1-1-102,李娜,PF,2026-07,2026-07-31,111.00,0.00,111.00,36\r\n"
                                   "1-1-102,李娜,PF,2026-08,2026-08-31,111.00,0.00,111.00,5\r\n"
                                   "1-1-201,王芳,PF,2026-08,2026-08-31,139.21,0.00,139.21,5\r\n"
                                   "S-101,赵敏,PF,2026-08,2026-08-31,111.00,0.00,111.00,5\r\n");
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
        // Without --csv the same rows go to standard output.
        const auto printed = ok({QStringLiteral("fees"), QStringLiteral("arrears"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-09-05T12:00:00+08:00")});
        QCOMPARE(printed.out, expected);
        // On 31 July (the due date) nothing of July is overdue yet: only the two old bills of the vacant flat.
        const auto july = ok({QStringLiteral("fees"), QStringLiteral("arrears"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-07-31T23:00")});
        QCOMPARE(july.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + 2);
    }

    void monthlyReportFigures()
    {
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        const auto run = ok({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                             QStringLiteral("2026-08"), QStringLiteral("--as-of"), QStringLiteral("2026-09-05T12:00:00+08:00"),
                             QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject fees = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("fees")).toObject();
        // SPEC 13 for August at 5 September 12:00, by hand (the derivations are in tst_fees):
        QCOMPARE(fees.value(QStringLiteral("billed_fen")).toInteger(), 52679); // PF 2026-08 × 4
        QCOMPARE(fees.value(QStringLiteral("collected_on_bills_fen")).toInteger(), 16558); // 1-1-101 from prepaid
        QCOMPARE(fees.value(QStringLiteral("collection_rate")).toDouble(), 16558.0 / 52679.0);
        QCOMPARE(fees.value(QStringLiteral("received_fen")).toInteger(), 6100);          // the shop's 61.00
        QCOMPARE(fees.value(QStringLiteral("arrears_recovered_fen")).toInteger(), 6100); // on its July bill
        QCOMPARE(fees.value(QStringLiteral("arrears_at_month_start_fen")).toInteger(), 11100 + 3000 + 11100 + 6100);
        QCOMPARE(fees.value(QStringLiteral("arrears_recovery_rate")).toDouble(), 6100.0 / 31300.0);
        QCOMPARE(fees.value(QStringLiteral("arrears_outstanding_fen")).toInteger(), 36300 + 13921 + 11100);
        QCOMPARE(fees.value(QStringLiteral("houses_in_arrears")).toInteger(), 3);
        const QJsonObject ageing = fees.value(QStringLiteral("ageing")).toObject();
        QCOMPARE(ageing.value(QStringLiteral("d1_30")).toInteger(), 11100 + 13921 + 11100);
        QCOMPARE(ageing.value(QStringLiteral("d31_90")).toInteger(), 11100);
        QCOMPARE(ageing.value(QStringLiteral("d91_180")).toInteger(), 0);
        QCOMPARE(ageing.value(QStringLiteral("d181_365")).toInteger(), 3000);
        QCOMPARE(ageing.value(QStringLiteral("over_365")).toInteger(), 11100);
    }
};

QTEST_GUILESS_MAIN(TstCliFees)
#include "tst_cli_fees.moc"
