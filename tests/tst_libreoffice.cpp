// The report's and the requests' workbooks opened by a real spreadsheet program: LibreOffice
// Calc, headless, converts them to CSV, once as the cells show and once with the values as one
// would type them (LibreOffice's "input strings"). A number comes out at full precision there
// (a rate 25% shown 25.0%, 86.5671641791045% shown 86.6%, a fee 35.5 shown 35.50), where a text
// cell would give back the same text both times; a date gives its date; and a SUM over a
// column is worked out by LibreOffice from the cells (its profile here recalculates on loading,
// so the result stored in the file does not count). Skipped without soffice.
#include "reporttestsupport.h"

#include "models/io/requestexporter.h"
#include "models/io/spreadsheet.h"
#include "models/io/tablereader.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

class TestLibreOffice : public QObject
{
    Q_OBJECT

    QString m_soffice;
    QTemporaryDir m_profile; // a private LibreOffice profile: parallel runs do not meet

    // Every sheet of book as CSV (UTF-8); shown: as the cells are formatted, else raw values.
    // Returns the files by sheet, in the workbook's order.
    QStringList convert(const QString &book, bool shown)
    {
        const QString out = QFileInfo(book).absolutePath() + (shown ? QStringLiteral("/shown") : QStringLiteral("/raw"));
        QDir().mkpath(out);
        // Tokens: separator, quote, UTF-8, first line, column formats, language, quoted as text,
        // detect special numbers, save as shown, formulas, trim, sheet (-1: every sheet).
        const QString filter = QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,%1,false,false,-1")
                                   .arg(shown ? QStringLiteral("true") : QStringLiteral("false"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile.path()).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                            filter, QStringLiteral("--outdir"), out, book});
        if (!p.waitForFinished(240000) || p.exitCode() != 0) {
            qWarning("soffice: %s", p.readAll().constData());
            return {};
        }
        QStringList files;
        const QFileInfoList found = QDir(out).entryInfoList({QFileInfo(book).completeBaseName() + QStringLiteral("*.csv")},
                                                            QDir::Files, QDir::Time | QDir::Reversed);
        for (const QFileInfo &f : found)
            files << f.absoluteFilePath();
        if (files.isEmpty())
            qWarning("soffice wrote nothing: %s", p.readAll().constData());
        return files;
    }

    static QList<QStringList> rowsOf(const QString &csv)
    {
        QList<QStringList> rows;
        const auto table = TableReader::readFile(csv);
        if (!table)
            return rows;
        for (const TableRow &r : table->rows)
            rows << r.cells;
        return rows;
    }

    static QString sheetFile(const QStringList &files, const QString &name)
    {
        for (const QString &f : files) {
            if (QFileInfo(f).completeBaseName().endsWith(QLatin1Char('-') + name))
                return f;
        }
        return {};
    }

    static QStringList rowStarting(const QList<QStringList> &rows, const QString &first)
    {
        for (const QStringList &r : rows) {
            if (!r.isEmpty() && r.first() == first)
                return r;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        // Formulas of XLSX files recalculated on loading (LibreOffice's default: never).
        QVERIFY(QDir(m_profile.path()).mkpath(QStringLiteral("user")));
        QFile settings(m_profile.filePath(QStringLiteral("user/registrymodifications.xcu")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                       "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                       "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" "
                       "oor:op=\"fuse\"><value>0</value></prop></item>\n"
                       "</oor:items>\n");
    }

    void sumOverAColumnIsWorkedOut()
    {
        // The stored result is wrong on purpose: only a spreadsheet that sums the cells gets 147.25.
        QTemporaryDir dir;
        Sheet sheet;
        sheet.name = QStringLiteral("fees");
        sheet.header = {QStringLiteral("fee")};
        sheet.rows << QList<SheetCell>{SheetCell::money(3550)} << QList<SheetCell>{SheetCell::money(11175)}
                   << QList<SheetCell>{SheetCell::formula(QStringLiteral("SUM(A2:A3)"), -1)};
        const QString book = dir.filePath(QStringLiteral("sum.xlsx"));
        QVERIFY(SpreadsheetWriter::write(book, {sheet}).ok());
        const QStringList shown = convert(book, true);
        QCOMPARE(rowsOf(shown.value(0)).value(3).value(0), QStringLiteral("147.25"));
    }

    void reportWorkbook()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto doc = ReportDocumentBuilder(*fx.db).build(fx.manager, 2026, 9);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QString book = fx.dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(ReportOutput::writeMonthlyXlsx(doc.value(), book).ok());

        const QString rateName = ReportOutput::kpiName(QLatin1String(ReportKeys::RepairsCompletionOnTimeRate));
        const QString receivedName = ReportOutput::kpiName(QLatin1String(ReportKeys::RepairsReceived));
        const QList<ReportTable> tables = ReportOutput::monthlyTables(doc.value());
        const QString kpiSheet = SpreadsheetWriter::sheetName(tables.first().title, 1);
        const QString trendSheet = ReportOutput::tr("Trend");

        const QStringList raw = convert(book, false);
        QVERIFY(!raw.isEmpty());
        const QList<QStringList> kpis = rowsOf(sheetFile(raw, kpiSheet));
        QVERIFY2(!kpis.isEmpty(), qPrintable(raw.join(QLatin1Char(' '))));
        QCOMPARE(rowStarting(kpis, rateName).value(1), QStringLiteral("25%"));
        QCOMPARE(rowStarting(kpis, receivedName).value(1), QStringLiteral("5"));
        const QList<QStringList> trend = rowsOf(sheetFile(raw, trendSheet));
        QVERIFY(trend.size() >= 3);
        QCOMPARE(trend.last().value(0), QStringLiteral("09/01/2026")); // a date (typed as en-US would)
        QCOMPARE(trend.last().value(1), QStringLiteral("5"));

        const QStringList shown = convert(book, true);
        const QList<QStringList> kpisShown = rowsOf(sheetFile(shown, kpiSheet));
        QCOMPARE(rowStarting(kpisShown, rateName).value(1), QStringLiteral("25.0%"));
        QCOMPARE(rowStarting(kpisShown, receivedName).value(1), QStringLiteral("5"));
        const QList<QStringList> trendShown = rowsOf(sheetFile(shown, trendSheet));
        QCOMPARE(trendShown.last().value(0), QStringLiteral("2026-09"));
        // A rate of a third: the sheet keeps all its digits and shows one decimal.
        const QString callbacks = ReportOutput::kpiName(QLatin1String(ReportKeys::CallbacksRateRepairs));
        QCOMPARE(rowStarting(kpisShown, callbacks).value(1), QStringLiteral("33.3%"));
        QVERIFY2(rowStarting(kpis, callbacks).value(1).startsWith(QStringLiteral("33.33333")),
                 qPrintable(rowStarting(kpis, callbacks).value(1)));
    }

    void requestsWorkbook()
    {
        ReportFixture fx;
        fx.buildSeptember();
        fx.exec(QStringLiteral("UPDATE requests SET fee_fen = 3550 WHERE id = :id"), {{QStringLiteral(":id"), fx.r1}});
        fx.exec(QStringLiteral("UPDATE requests SET fee_fen = 1225 WHERE id = :id"), {{QStringLiteral(":id"), fx.r2}});
        const QString book = fx.dir.filePath(QStringLiteral("requests.xlsx"));
        const auto written = RequestExporter(*fx.db).write(fx.manager, 2026, 9, book, RequestExporter::Language::Codes);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const QStringList raw = convert(book, false);
        QCOMPARE(raw.size(), 1);
        const QList<QStringList> rows = rowsOf(raw.first());
        QCOMPARE(rows.first(), RequestExporter::columns());
        QCOMPARE(rows.size(), written.value() + 2);
        const int fee = int(RequestExporter::columns().indexOf(QStringLiteral("fee")));
        const QStringList first = rowStarting(rows, QStringLiteral("repair"));
        QCOMPARE(first.value(1), QStringLiteral("R2026-000001"));
        QCOMPARE(first.value(fee), QStringLiteral("35.5"));
        QCOMPARE(first.value(2), QStringLiteral("2026-09-01 00:00:00")); // registered_at: a date and time
        // The total line's formulas, worked out by the spreadsheet: the fees' sum, the count.
        const QStringList total = rowStarting(rows, QStringLiteral("total"));
        QCOMPARE(total.value(fee), QStringLiteral("47.75"));
        QCOMPARE(total.value(1), QString::number(written.value()));

        const QStringList shown = convert(book, true);
        const QList<QStringList> shownRows = rowsOf(shown.value(0));
        const QStringList firstShown = rowStarting(shownRows, QStringLiteral("repair"));
        QCOMPARE(firstShown.value(2), QStringLiteral("2026-09-01 00:00"));
        QCOMPARE(firstShown.value(fee), QStringLiteral("35.50"));
        QCOMPARE(rowStarting(shownRows, QStringLiteral("total")).value(fee), QStringLiteral("47.75"));
    }
};

QTEST_GUILESS_MAIN(TestLibreOffice)
#include "tst_libreoffice.moc"
