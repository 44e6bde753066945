// The XLSX exports write typed cells (numbers, per cents, yuan, dates and times) through the
// one writer, SpreadsheetWriter; the GUI's exports speak the user's language while the command
// line keeps SPEC 9.3's codes; TableReader reads date cells back as the dates they show; an
// ID that a spreadsheet turned into scientific notation is refused with the way to fix it.
#include "reporttestsupport.h"
#include "residenttestsupport.h"
#include "xlsxcells.h"

#include "models/domain/residentfile.h"
#include "models/domain/servicerequest.h"
#include "models/domain/translations.h"
#include "models/domain/validation.h"
#include "models/io/requestexporter.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "models/io/spreadsheet.h"
#include "models/io/tablereader.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"

#include <QTest>

class TestSpreadsheets : public QObject
{
    Q_OBJECT

    static constexpr double kEpsilon = 1e-9;

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void writerTypesEveryKindOfCell()
    {
        QTemporaryDir dir;
        Sheet sheet;
        sheet.name = QStringLiteral("Typed: [all]/kinds?");
        sheet.header = {QStringLiteral("text"), QStringLiteral("count"), QStringLiteral("rate"), QStringLiteral("yuan"),
                        QStringLiteral("day"), QStringLiteral("at"), QStringLiteral("month")};
        sheet.rows << QList<SheetCell>{SheetCell::of(QStringLiteral("'=1+1")), SheetCell::integer(111),
                                       SheetCell::percent(0.856), SheetCell::money(3550),
                                       SheetCell::day(QDate(2026, 3, 1)),
                                       SheetCell::instant(QDateTime(QDate(2026, 3, 4), QTime(8, 15))),
                                       SheetCell::month(QDate(2026, 9, 1))};
        sheet.rows << QList<SheetCell>{SheetCell::of(QStringLiteral("total")), SheetCell::formula(QStringLiteral("SUM(B2:B2)"), 111)};
        // A folder with Chinese in its name: the path reaches libxlsxwriter intact.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("报表 导出")));
        const QString path = dir.filePath(QStringLiteral("报表 导出/类型.xlsx"));
        const Status written = SpreadsheetWriter::write(path, {sheet});
        QVERIFY2(written.ok(), qPrintable(written.error()));

        XlsxCells cells;
        QVERIFY(cells.load(path, 1));
        QCOMPARE(cells.at(QStringLiteral("A1")).value, QStringLiteral("text"));
        QVERIFY(!cells.at(QStringLiteral("A2")).isNumber());
        QCOMPARE(cells.at(QStringLiteral("A2")).value, QStringLiteral("''=1+1"));
        QVERIFY(cells.at(QStringLiteral("B2")).isNumber());
        QCOMPARE(cells.at(QStringLiteral("B2")).number(), 111.0);
        QVERIFY(cells.at(QStringLiteral("C2")).isNumber());
        QVERIFY(qAbs(cells.at(QStringLiteral("C2")).number() - 0.856) < kEpsilon);
        QCOMPARE(cells.at(QStringLiteral("C2")).format, QStringLiteral("0.0%"));
        QCOMPARE(cells.at(QStringLiteral("D2")).number(), 35.5);
        QCOMPARE(cells.at(QStringLiteral("D2")).format, QStringLiteral("#,##0.00"));
        QCOMPARE(cells.at(QStringLiteral("E2")).number(), XlsxCells::serial(QDate(2026, 3, 1)));
        QCOMPARE(cells.at(QStringLiteral("E2")).format, QStringLiteral("yyyy-mm-dd"));
        QVERIFY(qAbs(cells.at(QStringLiteral("F2")).number() - (XlsxCells::serial(QDate(2026, 3, 4)) + (8 * 60 + 15) / 1440.0))
                < 1e-6);
        QCOMPARE(cells.at(QStringLiteral("F2")).format, QStringLiteral("yyyy-mm-dd hh:mm"));
        QCOMPARE(cells.at(QStringLiteral("G2")).format, QStringLiteral("yyyy-mm"));
        QCOMPARE(cells.at(QStringLiteral("B3")).formula, QStringLiteral("SUM(B2:B2)"));
        QCOMPARE(cells.at(QStringLiteral("B3")).number(), 111.0); // the result, for programs that do not work it out

        // Read back as an import reads it: the dates and times as they are shown.
        const auto table = TableReader::readFile(path);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        const QStringList row = table->rows.at(1).cells;
        QCOMPARE(row.at(1), QStringLiteral("111"));
        QCOMPARE(row.at(4), QStringLiteral("2026-03-01"));
        QCOMPARE(row.at(5), QStringLiteral("2026-03-04 08:15"));
        QCOMPARE(row.at(6), QStringLiteral("2026-09-01"));
    }

    void reportWorkbookHasNumbersRatesTimesAndATrendSheet()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto doc = ReportDocumentBuilder(*fx.db).build(fx.manager, 2026, 9);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QString path = fx.dir.filePath(QStringLiteral("report.xlsx"));
        const Status written = ReportOutput::writeMonthlyXlsx(doc.value(), path);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        XlsxCells kpis;
        QVERIFY(kpis.load(path, 1));
        const int received = kpis.rowOf(ReportOutput::kpiName(QLatin1String(ReportKeys::RepairsReceived)));
        QVERIFY(received > 0);
        QVERIFY(kpis.at(QStringLiteral("B%1").arg(received)).isNumber());
        QCOMPARE(kpis.at(QStringLiteral("B%1").arg(received)).number(), 5.0);
        const int completion = kpis.rowOf(ReportOutput::kpiName(QLatin1String(ReportKeys::RepairsCompletionOnTimeRate)));
        QVERIFY(completion > 0);
        const XlsxCell rate = kpis.at(QStringLiteral("B%1").arg(completion));
        QVERIFY(rate.isNumber());
        QVERIFY(qAbs(rate.number() - 0.25) < kEpsilon);
        QCOMPARE(rate.format, QStringLiteral("0.0%"));
        // A figure without a value (no enquiries) stays a dash, as printed.
        const int enquiries = kpis.rowOf(ReportOutput::kpiName(QLatin1String(ReportKeys::EnquiriesOnTimeRate)));
        QCOMPARE(kpis.at(QStringLiteral("B%1").arg(enquiries)).value, QStringLiteral("—"));

        // Sheet 2: the trend, one row per month, the month a date cell.
        XlsxCells trend;
        QVERIFY(trend.load(path, 2));
        QCOMPARE(trend.at(QStringLiteral("A2")).value, ReportOutput::tr("Month"));
        const int months = int(doc->trend.size());
        QVERIFY(months >= 1);
        const XlsxCell september = trend.at(QStringLiteral("A%1").arg(2 + months));
        QVERIFY(september.isNumber());
        QCOMPARE(september.number(), XlsxCells::serial(QDate(2026, 9, 1)));
        QCOMPARE(september.format, QStringLiteral("yyyy-mm"));
        QCOMPARE(trend.at(QStringLiteral("B%1").arg(2 + months)).number(), 5.0); // repairs received

        // The overdue sheet: its deadlines are date-time cells.
        const QList<ReportTable> tables = ReportOutput::monthlyTables(doc.value());
        int overdueIndex = -1;
        for (int i = 0; i < tables.size(); ++i) {
            if (tables.at(i).title == ReportOutput::overdueTitle())
                overdueIndex = i;
        }
        QVERIFY(overdueIndex > 0);
        XlsxCells overdue;
        QVERIFY(overdue.load(path, overdueIndex + 2)); // + 1, and the trend sheet after the first
        QCOMPARE(overdue.at(QStringLiteral("E2")).value, ReportOutput::tr("Due by"));
        QCOMPARE(overdue.at(QStringLiteral("G2")).value, ReportOutput::tr("First responder"));
        const XlsxCell due = overdue.at(QStringLiteral("E3"));
        QVERIFY(due.isNumber());
        QCOMPARE(due.format, QStringLiteral("yyyy-mm-dd hh:mm"));
        QVERIFY2(due.number() >= XlsxCells::serial(QDate(2026, 9, 1)) && due.number() < XlsxCells::serial(QDate(2026, 10, 1)),
                 qPrintable(due.value));
    }

    void requestsWorkbookKeepsCodesForTheCommandLine()
    {
        ReportFixture fx;
        fx.buildSeptember();
        fx.exec(QStringLiteral("UPDATE requests SET fee_fen = 3550 WHERE id = :id"), {{QStringLiteral(":id"), fx.r1}});
        fx.exec(QStringLiteral("UPDATE requests SET fee_fen = 1200 WHERE id = :id"), {{QStringLiteral(":id"), fx.r2}});
        const QString path = fx.dir.filePath(QStringLiteral("requests.xlsx"));
        const auto written = RequestExporter(*fx.db).write(fx.manager, 2026, 9, path, RequestExporter::Language::Codes);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        XlsxCells cells;
        QVERIFY(cells.load(path, 1));
        QCOMPARE(cells.at(QStringLiteral("A1")).value, QStringLiteral("kind"));
        QCOMPARE(cells.at(QStringLiteral("A2")).value, QStringLiteral("repair"));
        QCOMPARE(cells.at(QStringLiteral("B2")).value, QStringLiteral("R2026-000001"));
        QCOMPARE(cells.at(QStringLiteral("G2")).value, QStringLiteral("no"));
        // registered_at: a date-time cell at the estate's wall clock (2026-09-01 00:00 in Shanghai).
        QVERIFY(cells.at(QStringLiteral("C2")).isNumber());
        QCOMPARE(cells.at(QStringLiteral("C2")).number(), XlsxCells::serial(QDate(2026, 9, 1)));
        QCOMPARE(cells.at(QStringLiteral("S2")).number(), 35.5);
        QCOMPARE(cells.at(QStringLiteral("S2")).format, QStringLiteral("#,##0.00"));
        const int total = 2 + written.value();
        QCOMPARE(cells.at(QStringLiteral("A%1").arg(total)).value, QStringLiteral("total"));
        QCOMPARE(cells.at(QStringLiteral("S%1").arg(total)).formula, QStringLiteral("SUM(S2:S%1)").arg(total - 1));
        QCOMPARE(cells.at(QStringLiteral("S%1").arg(total)).number(), 47.5);
        QCOMPARE(cells.at(QStringLiteral("B%1").arg(total)).formula, QStringLiteral("COUNTA(B2:B%1)").arg(total - 1));
    }

    void guiExportsSpeakTheUsersLanguage()
    {
        ReportFixture fx;
        fx.buildSeptember();
        Translations::install(QStringLiteral("zh_CN"));
        QVERIFY(RequestCodes::displayName(RequestKind::Repair) != QLatin1String("Repair")); // the Chinese is there
        for (const QString &name : {QStringLiteral("requests.xlsx"), QStringLiteral("requests.csv")}) {
            const QString path = fx.dir.filePath(name);
            const auto written = RequestExporter(*fx.db).write(fx.manager, 2026, 9, path, RequestExporter::Language::Translated);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            const auto table = TableReader::readFile(path);
            QVERIFY2(table.ok(), qPrintable(table.error()));
            QCOMPARE(table->rows.at(0).cells.at(0), RequestExporter::tr("Kind"));
            const QStringList first = table->rows.at(1).cells;
            QCOMPARE(first.at(0), RequestCodes::displayName(RequestKind::Repair));
            QCOMPARE(first.at(2), QStringLiteral("2026-09-01 00:00"));
            QCOMPARE(first.at(6), RequestExporter::tr("No"));
            QVERIFY(!first.contains(QStringLiteral("repair")));
            QVERIFY(!first.contains(QStringLiteral("no")));
            QVERIFY(!first.contains(QStringLiteral("emergency")));
        }
        // The command line's file keeps the codes whatever the language.
        const QString cli = fx.dir.filePath(QStringLiteral("cli.csv"));
        QVERIFY(RequestExporter(*fx.db).write(fx.manager, 2026, 9, cli, RequestExporter::Language::Codes).ok());
        const auto table = TableReader::readFile(cli);
        QCOMPARE(table->rows.at(0).cells, RequestExporter::columns());
        QCOMPARE(table->rows.at(1).cells.at(0), QStringLiteral("repair"));
        QCOMPARE(table->rows.at(1).cells.at(2), QStringLiteral("2026-09-01T00:00:00+08:00"));
    }

    void translatedResidentCodesReadBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("English") << QStringLiteral("en");
    }
    void translatedResidentCodesReadBack()
    {
        QFETCH(QString, language);
        Translations::install(language);
        for (const QString &code : ResidentCodes::roles())
            QCOMPARE(ResidentCodes::roleFromText(ResidentCodes::roleName(code)).value_or(QString()), code);
        for (const QString &code : ResidentCodes::genders())
            QCOMPARE(ResidentCodes::genderFromText(ResidentCodes::genderName(code)).value_or(QString()), code);
        for (const QString &code : ResidentCodes::documentTypes())
            QCOMPARE(ResidentCodes::documentTypeFromText(ResidentCodes::documentTypeName(code)).value_or(QString()), code);
        if (language == QLatin1String("zh_CN")) {
            QCOMPARE(ResidentCodes::roleName(QStringLiteral("owner")), QStringLiteral("业主"));
            QCOMPARE(ResidentCodes::genderName(QStringLiteral("male")), QStringLiteral("男"));
        }
    }

    void residentsExportInTheUsersLanguage()
    {
        ResidentTestDatabase t;
        QVERIFY(t.open());
        const QString roster = t.dir.filePath(QStringLiteral("in.csv"));
        QFile file(roster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("楼栋,房号,姓名,身份,性别,身份证号,入住日期\r\n"
                                  "7,101,赵六,业主,男,11010119800106123X,2024-03-01\r\n")
                       .toUtf8());
        file.close();
        QVERIFY(RosterImport(*t.db).importFile(t.clerk, roster).ok());
        Translations::install(QStringLiteral("zh_CN"));
        const QString gui = t.dir.filePath(QStringLiteral("gui.xlsx"));
        QCOMPARE(RosterExport(*t.db).exportFile(t.manager, gui, RosterExport::Headers::Translated).value(), 1);
        const QString cli = t.dir.filePath(QStringLiteral("cli.xlsx"));
        QCOMPARE(RosterExport(*t.db).exportFile(t.manager, cli, RosterExport::Headers::Keys).value(), 1);
        const QStringList keys = RosterExport::columnKeys();
        const auto translated = TableReader::readFile(gui);
        QVERIFY2(translated.ok(), qPrintable(translated.error()));
        const QStringList row = translated->rows.at(1).cells;
        QCOMPARE(row.at(keys.indexOf(QStringLiteral("role"))), QStringLiteral("业主"));
        QCOMPARE(row.at(keys.indexOf(QStringLiteral("gender"))), QStringLiteral("男"));
        QCOMPARE(row.at(keys.indexOf(QStringLiteral("id_type"))), ResidentCodes::documentTypeName(QStringLiteral("resident_id")));
        QCOMPARE(row.at(keys.indexOf(QStringLiteral("move_in"))), QStringLiteral("2024-03-01"));
        XlsxCells cells;
        QVERIFY(cells.load(gui, 1));
        const QString moveIn = QString(QLatin1Char(char('A' + keys.indexOf(QStringLiteral("move_in"))))) + QStringLiteral("2");
        QVERIFY(cells.at(moveIn).isNumber()); // a date cell
        QCOMPARE(cells.at(moveIn).number(), XlsxCells::serial(QDate(2024, 3, 1)));
        const QString document = QString(QLatin1Char(char('A' + keys.indexOf(QStringLiteral("id_number"))))) + QStringLiteral("2");
        QVERIFY(!cells.at(document).isNumber()); // text: a number would lose its last digits
        const auto codes = TableReader::readFile(cli);
        QCOMPARE(codes->rows.at(0).cells.mid(0, keys.size()), keys);
        QCOMPARE(codes->rows.at(1).cells.at(keys.indexOf(QStringLiteral("role"))), QStringLiteral("owner"));
        QCOMPARE(codes->rows.at(1).cells.at(keys.indexOf(QStringLiteral("gender"))), QStringLiteral("male"));
    }

    void scientificNotationGetsAHint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("ID card") << QStringLiteral("4.40305196102111E+17");
        QTest::newRow("lower case") << QStringLiteral("4.40305196102111e+17");
        QTest::newRow("no sign") << QStringLiteral("4.4030519610211E17");
    }
    void scientificNotationGetsAHint()
    {
        QFETCH(QString, input);
        const auto id = Validation::checkResidentId(input, QDate(2026, 9, 1), QStringLiteral("ID number"));
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(QStringLiteral("spreadsheet")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QStringLiteral("Format the column as text")), qPrintable(id.error()));
        QVERIFY(!id.error().contains(QStringLiteral("characters")));
        const auto mobile = Validation::normalizeMobile(QStringLiteral("1.38001E+10"), QStringLiteral("Mobile"));
        QVERIFY(!mobile.ok());
        QVERIFY2(mobile.error().contains(QStringLiteral("Format the column as text")), qPrintable(mobile.error()));
        // In an import, the row is refused with that reason.
        ResidentTestDatabase t;
        QVERIFY(t.open());
        const QString path = t.dir.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("楼栋,房号,姓名,身份,身份证号\r\n7,101,赵六,业主,%1\r\n").arg(input).toUtf8());
        file.close();
        const auto imported = RosterImport(*t.db).importFile(t.clerk, path);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->rejected.size(), 1);
        QVERIFY2(imported->rejected.first().message.contains(QStringLiteral("Format the column as text")),
                 qPrintable(imported->rejected.first().message));
        // A mistyped number is told the old way.
        const auto shortId = Validation::checkResidentId(QStringLiteral("44030519610211"), QDate(2026, 9, 1), {});
        QVERIFY(shortId.error().contains(QStringLiteral("not 14")));
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
