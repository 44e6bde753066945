// The one table reader behind every import: CSV (UTF-8, GB18030, UTF-16) and XLSX, and
// what it does with damaged or hostile files (ImportLimits).
#include "malformedfiles.h"

#include "models/io/importlimits.h"
#include "models/io/tablecolumns.h"
#include "models/io/tablereader.h"

#include <QStringEncoder>
#include <QTest>

class TestTableReader : public QObject
{
    Q_OBJECT

    static QByteArray roster(int rows)
    {
        QByteArray csv = "楼栋,单元,房号,姓名,身份,备注\n";
        for (int i = 0; i < rows; ++i)
            csv += "3,2," + QByteArray::number(1201 + i) + ",张三" + QByteArray::number(i) + ",业主,老住户，已登记\n";
        return csv;
    }

private slots:
    void splitsQuotedFieldsAndDecodesEveryOfficeEncoding()
    {
        const auto rows = TableReader::parseCsv(QStringLiteral("a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"multi\nline\"\n3,z"));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).cells, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(rows->at(1).cells.at(1), QStringLiteral("x, \"y\""));
        QCOMPARE(rows->at(2).line, 4);
        QCOMPARE(rows->at(2).cells.at(1), QStringLiteral("multi\nline"));
        QCOMPARE(rows->at(3).line, 6);
        // Encodings: BOM, plain UTF-8, GB18030 with a four-byte character.
        const QString text = QStringLiteral("名字,𠮷田");
        QString encoding;
        QCOMPARE(TableReader::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &encoding).value(), text);
        QCOMPARE(TableReader::decode(text.toUtf8(), &encoding).value(), text);
        QStringEncoder gb("GB18030");
        const QByteArray gbBytes = gb(text);
        QVERIFY(gbBytes != text.toUtf8());
        QCOMPARE(TableReader::decode(gbBytes, &encoding).value(), text);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
    }

    // A UTF-8 roster with one character cut in half is not GB18030: it is refused at that line.
    void damagedUtf8IsAnErrorAtItsLineNotGb18030()
    {
        QByteArray csv = roster(7);
        const qsizetype at = csv.indexOf("张三3"); // line 5
        QVERIFY(at > 0);
        csv.remove(at + 1, 1); // the first byte of 张 stays, the rest of it is gone
        QString encoding;
        const auto text = TableReader::decode(csv, &encoding);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().startsWith(QStringLiteral("Line 5: not valid UTF-8")), qPrintable(text.error()));
        const auto table = TableReader::readCsv(csv);
        QVERIFY(!table.ok());
        QCOMPARE(table.error(), text.error());

        // Cut off at the very end of the file (no line break after it).
        const QByteArray cutAtEnd = QByteArray("姓名\n张三").chopped(1);
        QVERIFY2(TableReader::decode(cutAtEnd, &encoding).error().startsWith(QStringLiteral("Line 2: not valid UTF-8")),
                 qPrintable(TableReader::decode(cutAtEnd, &encoding).error()));
        // Damaged after a BOM too.
        QVERIFY(TableReader::decode("\xEF\xBB\xBF" + csv, &encoding).error().startsWith(QStringLiteral("Line 5:")));

        // The same roster saved as GBK, and a GBK file with little Chinese, are still GB18030.
        QStringEncoder gbk("GBK");
        const QByteArray gbkRoster = gbk(QString::fromUtf8(roster(7)));
        QVERIFY(TableReader::decode(gbkRoster, &encoding).ok());
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        const QByteArray little = gbk(QStringLiteral("building,room,name,role\n3,1201,张三,owner\n"));
        QCOMPARE(TableReader::decode(little, &encoding).value(), QStringLiteral("building,room,name,role\n3,1201,张三,owner\n"));
        QCOMPARE(encoding, QStringLiteral("GB18030"));
    }

    void unbalancedQuoteIsAnErrorAtTheLineItOpens()
    {
        // Never closed: everything after line 3 would be one field.
        const auto open = TableReader::parseCsv(QStringLiteral("a,b\n1,x\n2,\"y\n3,z\n4,w\n"));
        QVERIFY(!open.ok());
        QVERIFY2(open.error().startsWith(QStringLiteral("Line 3: a quoted field")), qPrintable(open.error()));
        // Closed by a later field's opening quote: rows 3 to 5 would be swallowed.
        const auto paired = TableReader::parseCsv(QStringLiteral("a,b\n1,x\n2,\"y\n3,z\n4,\"w\"\n"));
        QVERIFY(!paired.ok());
        QVERIFY2(paired.error().startsWith(QStringLiteral("Line 3: a quoted field")), qPrintable(paired.error()));
        // A space after the closing quote is tolerated.
        QCOMPARE(TableReader::parseCsv(QStringLiteral("a,b\n\"x\" ,y\n")).value().at(1).cells.first(), QStringLiteral("x"));
    }

    void csvBeyondTheLimitsIsRefusedWithItsLine()
    {
        using namespace ImportLimits;
        QByteArray wide = "a\n1";
        for (int i = 0; i < kMaxColumns; ++i)
            wide += ",x";
        auto r = TableReader::readCsv(wide + "\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("Line 2: more than %1 columns.").arg(kMaxColumns));

        r = TableReader::readCsv("a,b\n1,2\n3,\"" + QByteArray(kMaxFieldChars + 1, 'x') + "\"\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("Line 3: a field longer than %1 characters.").arg(kMaxFieldChars));

        QByteArray tall;
        tall.reserve(2 * (kMaxRows + 1));
        for (int i = 0; i <= kMaxRows; ++i)
            tall += "x\n";
        r = TableReader::readCsv(tall);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("Line %1: more than %2 rows; split the file.").arg(kMaxRows + 1).arg(kMaxRows));
        tall.chop(2);
        QCOMPARE(TableReader::readCsv(tall).value().rows.size(), kMaxRows);

        const QByteArray longLine = (QByteArray(20000, 'x') + ',').repeated(100); // 100 columns, 2 MB
        r = TableReader::readCsv("a\n" + longLine);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("Line 2: longer than")), qPrintable(r.error()));
    }

    void workbookCellReferencesAreBounded()
    {
        // ZZZZZZ2 would pad the row to 321 million cells.
        auto r = TableReader::readXlsxData(Malformed::workbook(
            Malformed::sheetRow(1, {"building", "room"})
            + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("Cell \"ZZZZZZ2\": not a cell reference")), qPrintable(r.error()));
        // Within Excel's bounds but beyond the columns read.
        r = TableReader::readXlsxData(Malformed::workbook("<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("Cell XFD2: beyond the %1 columns a sheet may have here.").arg(ImportLimits::kMaxColumns));
        r = TableReader::readXlsxData(Malformed::workbook("<row r=\"99999999999\"><c><v>1</v></c></row>"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("Row \"99999999999\"")), qPrintable(r.error()));
        r = TableReader::readXlsxData(Malformed::workbook("<row><c r=\"A9999999\"><v>1</v></c></row>"));
        QVERIFY(!r.ok());
        // A good one reads.
        r = TableReader::readXlsxData(Malformed::workbook(Malformed::sheetRow(1, {"building", "room"})
                                                          + "<row r=\"3\"><c r=\"B3\"><v>1201</v></c></row>"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows.at(1).line, 3);
        QCOMPARE(r->rows.at(1).cells, (QStringList{QString(), QStringLiteral("1201")}));
    }

    void sharedStringsAreBounded()
    {
        // A workbook of shared strings and a sheet using the first; without xl/workbook.xml
        // the first sheet is xl/worksheets/sheet1.xml.
        const auto withStrings = [](const QByteArray &part) {
            return Malformed::zip({{"xl/sharedStrings.xml", part},
                                   {"xl/worksheets/sheet1.xml",
                                    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                    "</sheetData></worksheet>"}});
        };
        QByteArray strings = "<sst>" + QByteArray("<si/>").repeated(int(ImportLimits::kMaxCells) + 1) + "</sst>";
        auto r = TableReader::readXlsxData(withStrings(strings));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("The workbook has more than %1 shared strings; split it.").arg(ImportLimits::kMaxCells));
        r = TableReader::readXlsxData(withStrings("<sst><si><t>楼栋</t></si></sst>"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->rows.first().cells, QStringList{QStringLiteral("楼栋")});
    }

    void zipBombsAreNotInflated()
    {
        // The directory declares 1.5 GiB: refused before anything is allocated.
        auto r = TableReader::readXlsxData(Malformed::zipBomb(qint64(1536) * 1024 * 1024));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("unpacks to 1536 MiB; at most 100 MiB")), qPrintable(r.error()));
        // The directory declares 4 KiB, the data unpacks to more: refused at 4 KiB.
        r = TableReader::readXlsxData(Malformed::zipBomb(4096));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("unpacks to more than the 4096 bytes")), qPrintable(r.error()));
        // Declared truly, 1 MiB of rows is a sheet like any other.
        r = TableReader::readXlsxData(Malformed::zipBomb(-1));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->rows.first().cells.first(), QStringLiteral("building"));

        // More parts than a workbook has.
        QList<Malformed::ZipPart> parts;
        for (int i = 0; i <= ImportLimits::kMaxZipEntries; ++i)
            parts.append({"p" + QByteArray::number(i), QByteArray(), false});
        r = TableReader::readXlsxData(Malformed::zip(parts));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QString::number(ImportLimits::kMaxZipEntries + 1)), qPrintable(r.error()));
    }

    void truncatedOrGarbageArchivesAreRefused()
    {
        const QByteArray good = Malformed::workbook(Malformed::sheetRow(1, {"a", "b"}));
        QVERIFY(TableReader::readXlsxData(good).ok());
        for (qsizetype cut : {qsizetype(0), qsizetype(10), good.size() / 2, good.size() - 30, good.size() - 1}) {
            const auto r = TableReader::readXlsxData(good.left(cut));
            QVERIFY2(!r.ok(), qPrintable(QString::number(cut)));
        }
    }

    // Every importer reads its header row the same way: a byte-order mark, a star on a required
    // column, full-width letters and spaces do not hide a column; the first of two wins.
    void headersAreFoundHoweverTheyAreWritten()
    {
        static const QHash<QString, QString> names{{QStringLiteral("房号"), QStringLiteral("room")},
                                                   {QStringLiteral("room"), QStringLiteral("room")},
                                                   {QStringLiteral("面积"), QStringLiteral("area")}};
        const TableColumns::KeyOf keyOf = [](const QString &header) { return TableColumns::keyOf(header, names); };
        const TableColumns columns({QStringLiteral("\uFEFF*房 号"), QStringLiteral("Ｒｏｏｍ"), QStringLiteral("备注")}, keyOf);
        QVERIFY(columns.has(QStringLiteral("room")));
        QVERIFY(!columns.has(QStringLiteral("area")));
        QCOMPARE(columns.missing({{QStringLiteral("room"), QStringLiteral("room (房号)")},
                                  {QStringLiteral("area"), QStringLiteral("area (面积)")}}),
                 QStringList{QStringLiteral("area (面积)")});
        const TableRow row{7, {QStringLiteral("  '=101  "), QStringLiteral("999")}};
        QCOMPARE(columns.cell(row, QStringLiteral("room")), QStringLiteral("=101")); // the first column, unprotected
        QCOMPARE(columns.cell(row, QStringLiteral("area")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
