// estatedesk-cli import repairs|complaints and export requests (SPEC 10).
#include "testdatabase.h"
#include "clirun.h"

#include "models/io/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mutable TestDatabase m_store{m_dir.path()};

    using Run = CliRun::Run;
    static Run cli(const QStringList &args) { return CliRun::cli(args, {}, 60000); }

    QString db() const { return m_store.location(QStringLiteral("cli.sqlite")); }

private slots:
    void importAndExport()
    {
        QVERIFY(cli({QStringLiteral("--db"), db(), QStringLiteral("init")}).exitCode == 0);
        const QString ledger = m_dir.filePath(QStringLiteral("repairs.csv"));
        QFile file(ledger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF");
        file.write(QStringLiteral("登记时间,房号,报修人,电话,类别,内容,派工时间,维修人,到场时间,完工时间,收费,回访时间,是否解决,服务态度,评分,备注\n"
                                  "2026-02-11 21:50,3-2-1201,张三,13800138000,急修,水浸,2026-02-11 21:52,李师傅,2026-02-11 22:05,"
                                  "2026-02-11 23:20,35.50,2026-02-12 09:00,是,满意,9,\n"
                                  "2026-02-12 10:00,,王五,,一般维修,门锁,,,,,,,,,,\n"
                                  "2026-02-13 17:00,1-1-101,钱七,,一般维修,窗户,,,,2026-03-02 10:00,,2026-03-03 10:00,否,不满意,3,\n")
                       .toUtf8());
        file.close();

        Run run = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("repairs"), ledger});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("imported 2, rejected 1\nline 3: The house number or the public location is required.\n"));
        run = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("repairs"), ledger});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("imported 0, rejected 1\n")));

        const QString csv = m_dir.filePath(QStringLiteral("feb.csv"));
        run = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("requests"),
                   QStringLiteral("--month"), QStringLiteral("2026-02"), csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("exported 2 requests to %1\n").arg(csv));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(out.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1),
                 QStringLiteral("repair,R2026-000001,2026-02-11T21:50:00+08:00,emergency,3-2-1201,张三,no,"
                                "2026-02-11T22:00:00+08:00,2026-02-11T22:05:00+08:00,no,2026-02-12T01:50:00+08:00,"
                                "2026-02-11T23:20:00+08:00,yes,closed,2026-02-12T09:00:00+08:00,yes,satisfied,9,35.50"));
        // 13 Feb 17:00 + 7 working days (14, 24-28 Feb, 2 Mar) = 3 Mar 00:00; completed 2 Mar: on time.
        // The callback said "not solved": the request stays completed, not closed.
        QCOMPARE(lines.at(2),
                 QStringLiteral("repair,R2026-000002,2026-02-13T17:00:00+08:00,general,1-1-101,钱七,no,"
                                "2026-02-13T18:00:00+08:00,,no,2026-03-03T00:00:00+08:00,"
                                "2026-03-02T10:00:00+08:00,yes,completed,2026-03-03T10:00:00+08:00,no,unsatisfied,3,"));

        // The same month as a workbook, by the file's extension: the same codes, typed cells.
        const QString xlsx = m_dir.filePath(QStringLiteral("feb.xlsx"));
        run = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("requests"),
                   QStringLiteral("--month"), QStringLiteral("2026-02"), xlsx});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("exported 2 requests to %1\n").arg(xlsx));
        const auto book = TableReader::readFile(xlsx);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->rows.size(), 4); // the header, two requests, the total line
        QCOMPARE(book->rows.at(1).cells.mid(0, 4),
                 (QStringList{QStringLiteral("repair"), QStringLiteral("R2026-000001"), QStringLiteral("2026-02-11 21:50"),
                              QStringLiteral("emergency")}));
        QCOMPARE(book->rows.at(1).cells.at(18), QStringLiteral("35.5"));
        QCOMPARE(book->rows.at(3).cells.first(), QStringLiteral("total"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("requests"),
                      QStringLiteral("--month"), QStringLiteral("2026-13"), m_dir.filePath(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
        const Run pdf = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("requests"),
                             QStringLiteral("--month"), QStringLiteral("2026-02"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.contains(QStringLiteral(".csv or .xlsx")), qPrintable(pdf.err));
        QCOMPARE(cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("repairs")}).exitCode, 2);
        const Run missing = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("complaints"),
                                 m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("estatedesk-cli: Cannot read")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import repairs|complaints FILE")));
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
