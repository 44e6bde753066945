// SPEC 9.2: historical repair and complaint ledgers from CSV (UTF-8 or GB18030).
#include "servicedesksupport.h"

#include "models/database/query.h"
#include "models/io/ledgerimporter.h"
#include "models/io/tablereader.h"

#include <QFile>
#include <xlsxwriter.h>
#include <QStringEncoder>
#include <QTest>

class TestLedgerImport : public QObject
{
    Q_OBJECT

    static QString repairLedger()
    {
        return QStringLiteral(
            "登记时间,房号,报修人,电话,类别,内容,派工时间,维修人,到场时间,完工时间,收费,回访时间,是否解决,服务态度,评分,备注\n"
            "2026-02-12 10:00,3-2-1201,张三,13800138000,一般维修,\"卫生间漏水, 需换管\",2026-02-12 10:10,李师傅,"
            "2026-02-12 10:50,2026-02-27 16:00,35.5,2026-02-28 10:00,是,一般,8,老住户\n"
            "2026-02-17 23:55,公共区域 5号楼地下车库,巡查员,,急修,车库积水,,,2026-02-18 00:20,2026-02-18 02:00,,,,,,\n"
            "2026/2/20 8:00,1-1-101,王五,,公共紧急,井盖缺失,,,,,,,,,,\n"
            "2026-02-30 10:00,1-1-102,赵六,,一般维修,门锁,,,,,,,,,,\n"
            "2026-02-21 10:00,1-1-103,钱七,,特急,门锁,,,,,,,,,,\n"
            "2026-02-22 10:00,1-1-104,孙八,,简易维修,灯泡,,周师傅,2026-02-22 10:15,2026-02-22 11:00,,2026-02-23 10:00,是,满意,11,\n"
            "2026-02-23 10:00,1-1-105,周九,,简易维修,灯泡,,周师傅,2026-02-23 09:15,,,,,,,\n"
            "2026-02-24 10:00,1-1-106,,,简易维修,灯泡,,,,,,,,,,\n"
            "2026-02-25 10:00,1-1-107,吴十,,一般维修,\"第一行\n第二行\",,,,,,,,,,\n"
            "2026-02-26 10:00,1-1-108,郑一,,简易维修,换开关,,,2026-02-26 10:10,2026-02-26 10:40,abc,,,,,\n"
            "\n"
            "2026-02-12 10:00,3-2-1201,张三,13800138000,一般维修,\"卫生间漏水, 需换管\",,,,,,,,,,\n");
    }

    static QString write(QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(data);
        return path;
    }

private slots:
    void repairsWithBadRowsAndReimport()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 15, 10, 0));
        LedgerImporter importer(*f.db, *f.requests);
        const QString path = write(f.dir, QStringLiteral("repairs.csv"), QByteArray("\xEF\xBB\xBF") + repairLedger().toUtf8());
        const auto report = importer.importFile(f.clerk, RequestKind::Repair, path);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->alreadyPresent, 1); // the last line repeats the first
        QList<int> lines;
        for (const ImportRejection &r : report->rejected)
            lines << r.line;
        QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9, 12}));
        QCOMPARE(report->rejected.at(0).reason, QStringLiteral("登记时间: \"2026-02-30 10:00\" is not a time like 2026-03-01 09:30."));
        QCOMPARE(report->rejected.at(1).reason, QStringLiteral("类别: \"特急\" is not a known class."));
        QCOMPARE(report->rejected.at(2).reason, QStringLiteral("评分: a whole number from 1 to 10."));
        QCOMPARE(report->rejected.at(3).reason, QStringLiteral("到场时间 is earlier than the step before it."));
        QCOMPARE(report->rejected.at(4).reason, QStringLiteral("报修人: required."));
        QCOMPARE(report->rejected.at(5).reason, QStringLiteral("收费: \"abc\" is not an amount in yuan like 35.50."));

        RequestFilter all;
        all.sort = RequestSort::OldestFirst;
        const auto rows = f.requests->queries().list(f.admin, all, 0, 100).value();
        QCOMPARE(rows.size(), 4);
        // Line 2: deadlines as if registered live (60 min; 7 working days over the Spring Festival).
        const ServiceRequest &leak = rows.at(0);
        QCOMPARE(leak.number, QStringLiteral("R2026-000001"));
        QCOMPARE(leak.classKey, QStringLiteral("general"));
        QCOMPARE(leak.description, QStringLiteral("卫生间漏水, 需换管"));
        QCOMPARE(leak.arrivalDeadline, ServiceDeskFixture::local(2026, 2, 12, 11, 0).toUTC());
        QCOMPARE(leak.completionDeadline, ServiceDeskFixture::local(2026, 3, 1, 0, 0).toUTC());
        QCOMPARE(leak.feeFen.value(), 3550);
        QCOMPARE(leak.receiverName, QStringLiteral("李师傅"));
        QCOMPARE(leak.state, RequestState::Closed);
        QVERIFY(leak.imported);
        const auto detail = f.requests->detail(f.admin, leak.id).value();
        QCOMPARE(detail.callbacks.size(), 1);
        QCOMPARE(detail.callbacks.first().attitude.value(), Attitude::Basic); // 一般 counts as basic
        QCOMPARE(detail.callbacks.first().score.value(), 8);
        QCOMPARE(detail.events.first().note, QStringLiteral("老住户"));
        // Line 3: public location, arrival 10 min after 23:55 -> 00:05, arrived 00:20: late.
        const ServiceRequest &garage = rows.at(1);
        QCOMPARE(garage.publicLocation, QStringLiteral("5号楼地下车库"));
        QVERIFY(garage.houseNumber.isEmpty());
        QCOMPARE(garage.arrivalDeadline, ServiceDeskFixture::local(2026, 2, 18, 0, 5).toUTC());
        QCOMPARE(RequestTimer::onTime(garage.arrivalDeadline, garage.arrivedAt, f.clock.now()), OnTime::No);
        QCOMPARE(garage.state, RequestState::Completed);
        // Line 4: 20 Feb is in the holiday; 1 working day = Tue 24 Feb.
        QCOMPARE(rows.at(2).registeredAt, ServiceDeskFixture::local(2026, 2, 20, 8, 0).toUTC());
        QCOMPARE(rows.at(2).completionDeadline, ServiceDeskFixture::local(2026, 2, 25, 0, 0).toUTC());
        QCOMPARE(rows.at(3).description, QStringLiteral("第一行\n第二行"));

        // Importing the same file again adds nothing.
        const auto again = importer.importFile(f.clerk, RequestKind::Repair, path);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyPresent, 5);
        QCOMPARE(again->rejected.size(), 6);
        QCOMPARE(f.requests->queries().count(f.admin, {}).value(), 4);
    }

    // The same ledger as Excel saves it: times as real date-time cells (serial numbers with a
    // date format), the fee and score as numbers; sheet rows are the record numbers.
    void repairsFromXlsx()
    {
        const auto csv = TableReader::parseCsv(repairLedger());
        QVERIFY2(csv.ok(), qPrintable(csv.error()));
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 15, 10, 0));
        const QString path = f.dir.filePath(QStringLiteral("repairs.xlsx"));
        lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
        QVERIFY(workbook);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *timeFormat = workbook_add_format(workbook);
        format_set_num_format(timeFormat, "yyyy-mm-dd hh:mm");
        QList<QStringList> records;
        for (const TableRow &row : csv.value())
            records << row.cells;
        int dateCells = 0;
        for (qsizetype r = 0; r < records.size(); ++r) {
            for (qsizetype c = 0; c < records.at(r).size(); ++c) {
                const QString cell = records.at(r).at(c);
                if (cell.isEmpty())
                    continue;
                QDateTime t = QDateTime::fromString(cell, QStringLiteral("yyyy-MM-dd HH:mm"));
                if (!t.isValid())
                    t = QDateTime::fromString(cell, QStringLiteral("yyyy/M/d H:mm"));
                bool number = false;
                const double value = cell.toDouble(&number);
                if (r > 0 && t.isValid()) {
                    lxw_datetime when = {t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                                         t.time().minute(), 0.0};
                    worksheet_write_datetime(sheet, lxw_row_t(r), lxw_col_t(c), &when, timeFormat);
                    ++dateCells;
                } else if (r > 0 && number && c != 3) { // not the phone: Excel users keep it as text
                    worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value, nullptr);
                } else {
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.toUtf8().constData(), nullptr);
                }
            }
        }
        QVERIFY(dateCells > 20);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        LedgerImporter importer(*f.db, *f.requests);
        // The preview changes nothing and says what the import will do.
        const auto preview = importer.importFile(f.clerk, RequestKind::Repair, path, true);
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->imported, 4);
        QCOMPARE(f.requests->queries().count(f.admin, {}).value(), 0);

        const auto report = importer.importFile(f.clerk, RequestKind::Repair, path);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->alreadyPresent, 1);
        QList<int> lines;
        QStringList reasons;
        for (const ImportRejection &r : report->rejected) {
            lines << r.line;
            reasons << r.reason;
        }
        QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9, 11})); // sheet rows (the CSV's multi-line cell is one row)
        QCOMPARE(reasons.at(0), QStringLiteral("登记时间: \"2026-02-30 10:00\" is not a time like 2026-03-01 09:30."));
        QCOMPARE(reasons.at(3), QStringLiteral("到场时间 is earlier than the step before it."));

        RequestFilter all;
        all.sort = RequestSort::OldestFirst;
        const auto rows = f.requests->queries().list(f.admin, all, 0, 100).value();
        QCOMPARE(rows.size(), 4);
        const ServiceRequest &leak = rows.at(0);
        QCOMPARE(leak.registeredAt, ServiceDeskFixture::local(2026, 2, 12, 10, 0).toUTC());
        QCOMPARE(leak.arrivedAt, ServiceDeskFixture::local(2026, 2, 12, 10, 50).toUTC());
        QCOMPARE(leak.arrivalDeadline, ServiceDeskFixture::local(2026, 2, 12, 11, 0).toUTC());
        QCOMPARE(leak.completionDeadline, ServiceDeskFixture::local(2026, 3, 1, 0, 0).toUTC());
        QCOMPARE(leak.feeFen.value(), 3550);
        QCOMPARE(leak.reporterPhone, QStringLiteral("13800138000"));
        QCOMPARE(rows.at(1).arrivalDeadline, ServiceDeskFixture::local(2026, 2, 18, 0, 5).toUTC());
        QCOMPARE(rows.at(2).registeredAt, ServiceDeskFixture::local(2026, 2, 20, 8, 0).toUTC());

        const auto again = importer.importFile(f.clerk, RequestKind::Repair, path);
        QCOMPARE(again->imported, 0);
        QCOMPARE(f.requests->queries().count(f.admin, {}).value(), 4);
    }

    void complaintsInGb18030()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 15, 10, 0));
        const QString ledger = QStringLiteral(
            "登记时间,投诉人,房号,类型,内容,是否重大,处理人,到场时间,办结时间,回访时间,满意度\r\n"
            "2026-03-02 21:00,李四,5-1-502,邻里行为,楼上装修噪音,否,物业助理小周,2026-03-02 21:12,,,\r\n"
            "2026-03-03 09:00,𠮷田,1-1-101,服务态度严重,保安态度差,是,周主任,,2026-03-04 17:00,2026-03-05 10:00,基本满意\r\n"
            "2026-03-04 09:00,孙八,1-1-102,服务态度很差,保安态度差,否,,,,,\r\n");
        QStringEncoder gb("GB18030");
        const QString path = write(f.dir, QStringLiteral("complaints.csv"), gb(ledger));
        LedgerImporter importer(*f.db, *f.requests);
        const auto report = importer.importFile(f.clerk, RequestKind::Complaint, path);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().line, 4);
        RequestFilter all;
        all.sort = RequestSort::OldestFirst;
        const auto rows = f.requests->queries().list(f.admin, all, 0, 10).value();
        QCOMPARE(rows.at(0).number, QStringLiteral("C2026-000001"));
        QCOMPARE(rows.at(0).arrivalDeadline, ServiceDeskFixture::local(2026, 3, 2, 21, 15).toUTC());
        QVERIFY(!rows.at(0).completionDeadline.isValid());
        QCOMPARE(rows.at(0).state, RequestState::OnSite);
        QCOMPARE(rows.at(1).reporterName, QStringLiteral("𠮷田"));
        QVERIFY(rows.at(1).major);
        QVERIFY(!rows.at(1).arrivalDeadline.isValid());
        // Tue 3 March: Wed 4, Thu 5 = 2 working days.
        QCOMPARE(rows.at(1).completionDeadline, ServiceDeskFixture::local(2026, 3, 6, 0, 0).toUTC());
        QCOMPARE(rows.at(1).state, RequestState::Closed);
        // Not allowed: a technician importing; a ledger without its key columns.
        QVERIFY(!importer.importFile(f.technician, RequestKind::Complaint, path));
        TextTable noClass;
        noClass.header = {QStringLiteral("登记时间"), QStringLiteral("投诉人"), QStringLiteral("房号"), QStringLiteral("内容")};
        const auto refused = importer.importTable(f.clerk, RequestKind::Complaint, noClass);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("The ledger has no column 类型."));
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
