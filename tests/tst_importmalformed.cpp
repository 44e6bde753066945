// Every importer against a set of malformed files (cut characters, unbalanced quotes, cell
// references far off the sheet, zip bombs, truncated archives, garbage), each run through the
// command line as a child process with its address space limited to 4 GiB: it must not
// crash, it must say what is wrong, and it must leave the database as it was.
#include "clirun.h"
#include "malformedfiles.h"

#include "models/io/importlimits.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

class TestImportMalformed : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;

    QTemporaryDir dir;
    QString db;

    Run cli(const QStringList &arguments)
    {
        CliRun::Options options;
        options.timeoutMs = 240000;
#ifdef Q_OS_LINUX
        options.childSetup = [] {
            const rlim_t limit = rlim_t(4) * 1024 * 1024 * 1024;
            struct rlimit as = {limit, limit};
            setrlimit(RLIMIT_AS, &as);
        };
#endif
        return CliRun::cli(QStringList{QStringLiteral("--db"), db} + arguments, options);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The rows of every table an import writes to.
    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> result;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
            sql.setDatabaseName(db);
            if (sql.open()) {
                for (const char *table : {"residents", "resident_houses", "houses", "vehicles", "requests",
                                          "request_events", "holiday_years", "holiday_days"}) {
                    QSqlQuery q(sql);
                    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
                    result.insert(QLatin1String(table), q.next() ? q.value(0).toLongLong() : -1);
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counts"));
        return result;
    }

    QStringList residentNames()
    {
        QStringList names;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
            sql.setDatabaseName(db);
            if (sql.open()) {
                QSqlQuery q(sql);
                q.exec(QStringLiteral("SELECT name FROM residents ORDER BY name"));
                while (q.next())
                    names << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("names"));
        return names;
    }

    static QByteArray roster()
    {
        return QStringLiteral("楼栋,单元,房号,姓名,身份,手机,车牌,备注\n"
                              "3,2,1201,张三,业主,13800138000,粤B12345,老住户\n"
                              "3,2,1202,李四,租户,13900139000,,\"一, 二\"\n"
                              "3,2,1203,王五,家庭成员,,,\n"
                              "3,2,1204,赵六,业主,,,\n"
                              "3,2,1205,钱七,业主,,,\n"
                              "3,2,1206,孙八,租户,,,\n"
                              "3,2,1207,周九,业主,,,\n")
            .toUtf8();
    }

    static QByteArray repairs()
    {
        return QStringLiteral("登记时间,房号,报修人,电话,类别,内容\n"
                              "2026-02-12 10:00,3-2-1201,张三,13800138000,一般维修,\"卫生间漏水, 需换管\"\n"
                              "2026-02-13 10:00,3-2-1202,李四,,简易维修,灯泡\n")
            .toUtf8();
    }

    static QByteArray complaints()
    {
        return QStringLiteral("登记时间,投诉人,房号,类型,内容\n"
                              "2026-02-12 10:00,张三,3-2-1201,邻里行为,楼上噪音\n")
            .toUtf8();
    }

    static QByteArray cutCharacter(const QByteArray &text, const QString &inside)
    {
        QByteArray bytes = text;
        const qsizetype at = bytes.indexOf(inside.toUtf8());
        bytes.remove(at + 1, 1);
        return bytes;
    }

    static QByteArray garbage(int size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        return bytes;
    }

    static QByteArray xlsxOf(const QByteArray &csv)
    {
        QByteArray rows;
        int r = 0;
        for (const QByteArray &line : csv.split('\n')) {
            if (!line.isEmpty())
                rows += Malformed::sheetRow(++r, line.split(','));
        }
        return Malformed::workbook(rows);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        db = dir.filePath(QStringLiteral("estate.db"));
        // Something on file already, so that "unchanged" means something.
        const Run seeded = cli({QStringLiteral("import"), QStringLiteral("residents"),
                                write(QStringLiteral("good.csv"), roster())});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        QCOMPARE(seeded.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 7, rejected 0"));
        const Run ledger = cli({QStringLiteral("import"), QStringLiteral("repairs"),
                                write(QStringLiteral("repairs.csv"), repairs())});
        QVERIFY2(ledger.exitCode == 0, qPrintable(ledger.err));
        const Run calendar = cli({QStringLiteral("calendar"), QStringLiteral("import"),
                                  QStringLiteral(ESTATEDESK_TEST_DATA "/2027.json")});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err));
    }

    void malformed_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // a regular expression the message must match

        const QStringList residents{QStringLiteral("import"), QStringLiteral("residents")};
        const QStringList repairLedger{QStringLiteral("import"), QStringLiteral("repairs")};
        const QStringList complaintLedger{QStringLiteral("import"), QStringLiteral("complaints")};
        const QStringList calendar{QStringLiteral("calendar"), QStringLiteral("import")};
        using namespace ImportLimits;

        // Rosters, CSV.
        QTest::newRow("roster: a character cut off on line 4")
            << residents << "a.csv" << cutCharacter(roster(), QStringLiteral("王五")) << "Line 4: not valid UTF-8";
        QTest::newRow("roster: the last character cut off")
            << residents << "a.csv" << roster() + QByteArray("3,2,1208,吴十,业主,,,老住户").chopped(1) << "Line 9: not valid UTF-8";
        QTest::newRow("roster: a quote never closed")
            << residents << "a.csv" << QByteArray(roster()).replace("\"一, 二\"", "\"一, 二") << "Line 3: a quoted field";
        QTest::newRow("roster: quotes that pair up wrongly")
            << residents << "a.csv"
            << QByteArray(roster()).replace("\"一, 二\"", "\"一, 二").replace("赵六,业主,,,", "赵六,业主,,,\"新住户\"")
            << "Line 3: a quoted field";
        QTest::newRow("roster: too many columns")
            << residents << "a.csv" << (roster() + "3,2,1208,吴十,业主" + QByteArray(kMaxColumns, ',') + "\n")
            << "Line 9: more than 200 columns";
        QTest::newRow("roster: a field of 1 MiB")
            << residents << "a.csv" << (roster() + "3,2,1208,吴十,业主,,,\"" + QByteArray(1024 * 1024, 'x') + "\"\n")
            << "Line 9: a field longer than 65536 characters";
        QTest::newRow("roster: one line of 2 MiB")
            << residents << "a.csv" << (roster() + (QByteArray(20000, 'x') + ',').repeated(100)) << "Line 9: longer than";
        QTest::newRow("roster: random bytes") << residents << "a.csv" << garbage(4096, 7) << "(UTF-8|GB18030|column)";
        QTest::newRow("roster: UTF-16 cut in half")
            << residents << "a.csv" << QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(QStringLiteral("楼栋,房号\n").utf16()), 11)
            << "UTF-16";
        QTest::newRow("roster: empty") << residents << "a.csv" << QByteArray() << "empty";

        // Rosters, XLSX.
        QTest::newRow("roster xlsx: cell ZZZZZZ2")
            << residents << "a.xlsx"
            << Malformed::workbook(Malformed::sheetRow(1, {"楼栋", "房号", "姓名", "身份"})
                                   + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
            << "Cell \"ZZZZZZ2\"";
        QTest::newRow("roster xlsx: row 4294967297")
            << residents << "a.xlsx" << Malformed::workbook("<row r=\"4294967297\"><c><v>1</v></c></row>") << "Row \"4294967297\"";
        QTest::newRow("roster xlsx: a zip bomb declaring 1.5 GiB")
            << residents << "a.xlsx" << Malformed::zipBomb(qint64(1536) * 1024 * 1024) << "unpacks to 1536 MiB";
        QTest::newRow("roster xlsx: a zip bomb declaring 4 KiB")
            << residents << "a.xlsx" << Malformed::zipBomb(4096) << "unpacks to more than the 4096 bytes";
        QTest::newRow("roster xlsx: truncated") << residents << "a.xlsx" << xlsxOf(roster()).left(700) << "not an Excel workbook";
        QTest::newRow("roster xlsx: a CSV named .xlsx") << residents << "a.xlsx" << roster() << "not an Excel workbook";

        // Ledgers.
        QTest::newRow("repairs: a character cut off on line 3")
            << repairLedger << "r.csv" << cutCharacter(repairs(), QStringLiteral("李四")) << "Line 3: not valid UTF-8";
        QTest::newRow("repairs: a quote never closed")
            << repairLedger << "r.csv" << QByteArray(repairs()).replace("需换管\"", "需换管") << "Line 2: a quoted field";
        QTest::newRow("repairs xlsx: cell ZZZZZZ2")
            << repairLedger << "r.xlsx"
            << Malformed::workbook(Malformed::sheetRow(1, {"登记时间", "房号"}) + "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>")
            << "Cell \"ZZZZZZ2\"";
        QTest::newRow("repairs xlsx: a zip bomb") << repairLedger << "r.xlsx" << Malformed::zipBomb(4096) << "unpacks to more";
        QTest::newRow("complaints: a character cut off on line 2")
            << complaintLedger << "c.csv" << cutCharacter(complaints(), QStringLiteral("噪音")) << "Line 2: not valid UTF-8";
        QTest::newRow("complaints: random bytes") << complaintLedger << "c.csv" << garbage(4096, 11) << "(UTF-8|GB18030|column)";

        // Calendars.
        QByteArray json;
        {
            QFile file(QStringLiteral(ESTATEDESK_TEST_DATA "/2027.json"));
            if (file.open(QIODevice::ReadOnly))
                json = file.readAll();
        }
        QTest::newRow("calendar: truncated JSON") << calendar << "h.json" << json.left(json.size() / 2) << "not valid JSON";
        QTest::newRow("calendar: an event of 4000 years")
            << calendar << "h.ics"
            << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\n"
                          "DTEND;VALUE=DATE:60270104\r\nSUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            << "line 2 of the holiday file runs from 2027-01-01 to 6027-01-03, outside the years 1949-2200";
        QTest::newRow("calendar: random bytes") << calendar << "h.json" << garbage(4096, 13) << ".";
        QTest::newRow("calendar: a 120 MiB file") << calendar << "h.json" << QByteArray(120 * 1024 * 1024, ' ') << "larger than 100 MiB";
    }

    void malformed()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto before = counts();
        QVERIFY(!before.isEmpty());
        const QStringList namesBefore = residentNames();

        const QString path = write(fileName, bytes);
        QVERIFY(!path.isEmpty());
        const Run run = cli(command + QStringList{path});
        QVERIFY2(run.finished, "the import did not finish");
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(QRegularExpression(error).match(run.err).hasMatch(), qPrintable(run.err));
        QCOMPARE(counts(), before);
        QCOMPARE(residentNames(), namesBefore);
        QFile::remove(path);
    }

    // What a malformed roster must never leave behind: names that are mojibake (UTF-8 read as
    // GB18030) or hold replacement characters. Only the seven good names are on file.
    void noNameIsMojibake()
    {
        QStringList expected;
        for (const QByteArray &line : roster().split('\n').mid(1)) {
            if (!line.isEmpty())
                expected << QString::fromUtf8(line.split(',').value(3));
        }
        expected.sort();
        const QStringList names = residentNames();
        QCOMPARE(names, expected);
        for (const QString &name : names) {
            QVERIFY(!name.contains(QChar::ReplacementCharacter));
            QStringDecoder gb("GB18030");
            const QString garbled = gb(name.toUtf8());
            QVERIFY(!names.contains(garbled));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportMalformed)
#include "tst_importmalformed.moc"
