#include "testdatabase.h"
#include "clirun.h"
#include "rosterfixture.h"

#include "models/io/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// estatedesk-cli import residents / export residents, as a scheduled task or a script runs them.
class TestCliResidents : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun::Run;
    static Run cli(const QStringList &arguments) { return CliRun::cli(arguments); }

private slots:
    void importTwiceThenExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase store(dir.path());
        const QString db = store.location(QStringLiteral("estate.db"));
        RosterFixture fixture;
        QList<int> lineOf;
        const QString roster = dir.filePath(QStringLiteral("花名册.csv"));
        {
            QFile file(roster);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fixture.gb18030(&lineOf));
        }

        const Run first = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"), roster});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int rejected = 0;
        QStringList expectedLines;
        for (qsizetype i = 1; i < fixture.records.size(); ++i) {
            if (!fixture.records.at(i).rejectedFor.isEmpty()) {
                ++rejected;
                expectedLines << QStringLiteral("line %1: %2").arg(lineOf.at(i)).arg(fixture.records.at(i).rejectedFor);
            }
        }
        QCOMPARE(lines.value(0), QStringLiteral("imported %1, rejected %2").arg(fixture.goodRows()).arg(rejected));
        QCOMPARE(lines.size(), 1 + rejected);
        for (int i = 0; i < rejected; ++i)
            QVERIFY2(lines.at(i + 1).startsWith(expectedLines.at(i)), qPrintable(lines.at(i + 1)));

        const Run second = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"), roster});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 0, rejected %1").arg(rejected));
        QVERIFY(second.err.contains(QString::number(fixture.goodRows())));

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const Run exported = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("residents"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto table = TableReader::readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 1 + fixture.goodRows());
        QCOMPARE(table->rows.first().cells.first(), QStringLiteral("building"));
        // The command line acts for the administrator: full numbers.
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("11010119800106123X")));

        const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("residents"), xlsx}).exitCode, 0);
        const auto sheet = TableReader::readXlsx(xlsx);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        QCOMPARE(sheet->rows.size(), table->rows.size());

        // The XLSX export imports again: everything is already there.
        const Run back = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"), xlsx});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.out.trimmed(), QStringLiteral("imported 0, rejected 0"));
    }

    // Demo data out, into a fresh database, and out again: the same file, every plate in it.
    void demoDataRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase store(dir.path());
        const QString db = store.location(QStringLiteral("demo.db"));
        const Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--houses"),
                              QStringLiteral("48"), QStringLiteral("--months"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString first = dir.filePath(QStringLiteral("first.") + suffix);
            QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("residents"), first}).exitCode, 0);
            const QString fresh = store.location(QStringLiteral("fresh-") + suffix + QStringLiteral(".db"));
            const Run imported = cli({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("residents"), first});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QVERIFY2(imported.out.trimmed().endsWith(QStringLiteral(", rejected 0")), qPrintable(imported.out));
            const QString again = dir.filePath(QStringLiteral("again.") + suffix);
            QCOMPARE(cli({QStringLiteral("--db"), fresh, QStringLiteral("export"), QStringLiteral("residents"), again}).exitCode, 0);
            const auto before = TableReader::readFile(first);
            const auto after = TableReader::readFile(again);
            QVERIFY(before.ok() && after.ok());
            QCOMPARE(after->rows.size(), before->rows.size());
            int plates = 0;
            const qsizetype plateColumn = before->rows.first().cells.indexOf(QStringLiteral("plate"));
            QVERIFY(plateColumn >= 0);
            for (qsizetype i = 0; i < before->rows.size(); ++i) {
                QCOMPARE(after->rows.at(i).cells, before->rows.at(i).cells);
                plates += before->rows.at(i).cells.value(plateColumn).isEmpty() ? 0 : 1;
            }
            QVERIFY2(plates > 5, qPrintable(QString::number(plates)));
        }
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("estate.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("residents"),
                      dir.filePath(QStringLiteral("x.txt"))})
                     .exitCode,
                 2);
        const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"),
                                 dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("estatedesk-cli: ")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import residents")));
    }
};

QTEST_GUILESS_MAIN(TestCliResidents)
#include "tst_cli_residents.moc"
