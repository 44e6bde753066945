// What the residents and requests exports write: every column, back again through the roster
// import, no cell a spreadsheet runs as a formula, files only their owner reads, and only
// administrators and managers export personal data (SPEC 2, 7, 9.1, 9.3).
#include "residenttestsupport.h"
#include "servicedesksupport.h"

#include "models/io/exportfile.h"
#include "models/io/requestexporter.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "models/io/tablereader.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                             | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                             | QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The cells of a CSV or XLSX export, header first, trailing empty cells filled in.
QList<QStringList> cellsOf(const QString &path, int columns)
{
    const auto table = TableReader::readFile(path);
    if (!table) {
        qWarning("%s", qPrintable(table.error()));
        return {};
    }
    QList<QStringList> rows;
    for (const TableRow &row : table->rows) {
        QStringList cells = row.cells;
        while (cells.size() < columns)
            cells << QString();
        rows << cells;
    }
    return rows;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ResidentTestDatabase> t;
    int m_plates = 0;

    qint64 resident(ResidentRecord r, const QStringList &houses, const QString &role, const QStringList &plates)
    {
        ResidentRepository residents(*t->db);
        const auto id = residents.create(t->manager, r);
        if (!id) {
            qWarning("%s: %s", qPrintable(r.name), qPrintable(id.error()));
            return 0;
        }
        for (const QString &number : houses) {
            const auto house = HouseRepository(*t->db).ensureHouse(t->manager, number);
            if (!house || !residents.moveIn(t->manager, *id, *house, role, QDate(2024, 3, 1)))
                qWarning("cannot move %s into %s", qPrintable(r.name), qPrintable(number));
        }
        for (const QString &plate : plates) {
            VehicleRecord v;
            v.residentId = *id;
            v.plate = plate;
            if (const auto added = VehicleRepository(*t->db).add(t->manager, v); !added)
                qWarning("%s", qPrintable(added.error()));
            else
                ++m_plates;
        }
        return *id;
    }

    // A roster with everything the import knows: several plates, two mobiles, landlines,
    // emergency contacts and phones, notes over several lines, a resident in two houses,
    // and text that a spreadsheet would take for a formula.
    void buildRoster()
    {
        ResidentRecord zhang;
        zhang.name = QStringLiteral("张三");
        zhang.gender = QStringLiteral("male");
        zhang.documentNumber = QStringLiteral("11010119800106123X");
        zhang.mobile = QStringLiteral("13800138000");
        zhang.mobile2 = QStringLiteral("13900139000");
        zhang.landline = QStringLiteral("0755-12345678");
        zhang.emergencyContact = QStringLiteral("李梅");
        zhang.emergencyPhone = QStringLiteral("13700137000");
        zhang.notes = QStringLiteral("-已交钥匙\n周末在家, \"老张\"");
        resident(zhang, {QStringLiteral("3-2-1201")}, QStringLiteral("owner"),
                 {QStringLiteral("粤B12345"), QStringLiteral("粤AD12345"), QStringLiteral("粤B12345D")});

        // His son of the same name, in the same house: another person (another document number).
        ResidentRecord son;
        son.name = QStringLiteral("张三");
        son.gender = QStringLiteral("male");
        son.documentNumber = QStringLiteral("310104196102013971");
        resident(son, {QStringLiteral("3-2-1201")}, QStringLiteral("family"), {});

        ResidentRecord formula;
        formula.name = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点击\")");
        formula.gender = QStringLiteral("female");
        formula.documentType = QStringLiteral("passport");
        formula.documentNumber = QStringLiteral("E12345678");
        formula.emergencyContact = QStringLiteral("@王五");
        formula.emergencyPhone = QStringLiteral("020-87654321");
        formula.notes = QStringLiteral("+86 138 0013 8000 是他儿子");
        resident(formula, {QStringLiteral("3-2-1201")}, QStringLiteral("family"), {QStringLiteral("京A0001D")});

        ResidentRecord li;
        li.name = QStringLiteral("李四");
        li.mobile = QStringLiteral("+86 139-1234-5678");
        li.notes = QStringLiteral("=1+1");
        resident(li, {QStringLiteral("5-1-301")}, QStringLiteral("tenant"), {QStringLiteral("沪C12345")});

        ResidentRecord wang;
        wang.name = QStringLiteral("王五");
        wang.documentNumber = QStringLiteral("310104196203057949");
        wang.mobile = QStringLiteral("13600136000");
        resident(wang, {QStringLiteral("5-1-302"), QStringLiteral("6-1-101")}, QStringLiteral("owner"),
                 {QStringLiteral("粤B54321"), QStringLiteral("粤BF12345")});
    }

    QString exportTo(Database &db, const QString &name, RosterExport::Headers headers = RosterExport::Headers::Keys)
    {
        const QString path = t->dir.filePath(name);
        const auto rows = RosterExport(db).exportFile(t->manager, path, headers);
        if (!rows)
            qWarning("%s", qPrintable(rows.error()));
        return path;
    }

private slots:
    void init()
    {
        t = std::make_unique<ResidentTestDatabase>();
        QVERIFY(t->open());
        m_plates = 0;
        buildRoster();
    }
    void cleanup() { t.reset(); }

    void everyColumnIsWritten()
    {
        const QString path = exportTo(*t->db, QStringLiteral("residents.csv"));
        const QStringList keys = RosterExport::columnKeys();
        const QList<QStringList> rows = cellsOf(path, int(keys.size()));
        QCOMPARE(rows.size(), 1 + 6); // 王五 has a row for each of his two houses
        QCOMPARE(rows.first(), keys);
        // Every header names a column of the roster import.
        for (const QString &key : keys)
            QCOMPARE(RosterImport::columnKey(key), key);
        for (const QString &header : RosterExport::translatedHeaders())
            QVERIFY2(!RosterImport::columnKey(header).isEmpty(), qPrintable(header));

        auto column = [&](const char *key) { return int(keys.indexOf(QString::fromLatin1(key))); };
        QStringList plates;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).size(), keys.size());
            for (const QString &plate : rows.at(r).at(column("plate")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (!plates.contains(plate))
                    plates << plate;
            }
        }
        QCOMPARE(plates.size(), m_plates);
        auto rowOf = [&](const QString &name, const QString &role) {
            for (const QStringList &row : rows) {
                if (ExportFile::unprotectCell(row.at(column("name"))) == name && row.at(column("role")) == role)
                    return row;
            }
            return QStringList();
        };
        const QStringList zhang = rowOf(QStringLiteral("张三"), QStringLiteral("owner"));
        QCOMPARE(zhang.size(), keys.size());
        QCOMPARE(zhang.at(column("plate")), QStringLiteral("粤B12345;粤AD12345;粤B12345D"));
        QCOMPARE(zhang.at(column("mobile")), QStringLiteral("13800138000;13900139000"));
        QCOMPARE(zhang.at(column("landline")), QStringLiteral("0755-12345678"));
        QCOMPARE(zhang.at(column("emergency_contact")), QStringLiteral("李梅"));
        QCOMPARE(zhang.at(column("emergency_phone")), QStringLiteral("13700137000"));
        QCOMPARE(zhang.at(column("id_number")), QStringLiteral("11010119800106123X"));
        QCOMPARE(zhang.at(column("move_in")), QStringLiteral("2024-03-01"));
        QCOMPARE(zhang.at(column("notes")), QStringLiteral("'-已交钥匙\n周末在家, \"老张\""));
        const QStringList passport = rowOf(QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点击\")"), QStringLiteral("family"));
        QCOMPARE(passport.at(column("name")), QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"点击\")"));
        QCOMPARE(passport.at(column("id_type")), QStringLiteral("passport"));
        QCOMPARE(passport.at(column("emergency_phone")), QStringLiteral("020-87654321"));
        QCOMPARE(passport.at(column("emergency_contact")), QStringLiteral("'@王五"));
    }

    void roundTripCsvAndXlsx_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("translated");
        QTest::newRow("csv") << QStringLiteral("first.csv") << false;
        QTest::newRow("xlsx") << QStringLiteral("first.xlsx") << false;
        QTest::newRow("csv, translated headers") << QStringLiteral("first.csv") << true;
        QTest::newRow("xlsx, translated headers") << QStringLiteral("first.xlsx") << true;
    }
    void roundTripCsvAndXlsx()
    {
        QFETCH(QString, file);
        QFETCH(bool, translated);
        const auto headers = translated ? RosterExport::Headers::Translated : RosterExport::Headers::Keys;
        const QByteArray before = readAll(exportTo(*t->db, QStringLiteral("before.csv")));
        const QString first = exportTo(*t->db, file, headers);

        // Into a fresh database, then out again: the same rows, byte for byte.
        ResidentTestDatabase other;
        QVERIFY(other.open());
        const auto imported = RosterImport(*other.db).importFile(other.clerk, first);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        for (const RosterIssue &issue : imported->rejected)
            qWarning("line %d: %s", issue.line, qPrintable(issue.message));
        QVERIFY(imported->rejected.isEmpty());
        QCOMPARE(imported->imported, 6);
        const QString againCsv = t->dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(RosterExport(*other.db).exportFile(other.manager, againCsv).ok());
        QCOMPARE(QString::fromUtf8(readAll(againCsv)), QString::fromUtf8(before));
        const QString againSame = t->dir.filePath(QStringLiteral("again.") + QFileInfo(file).suffix());
        QVERIFY(RosterExport(*other.db).exportFile(other.manager, againSame, headers).ok());
        const int columns = int(RosterExport::columnKeys().size());
        QCOMPARE(cellsOf(againSame, columns), cellsOf(first, columns));

        // The plates came along: every vehicle is registered again, to the same resident.
        const auto zhang = VehicleRepository(*other.db).findByPlate(other.manager, QStringLiteral("粤AD12345"));
        QVERIFY(zhang.ok() && zhang->has_value());
        QCOMPARE(zhang->value().residentName, QStringLiteral("张三"));
        const auto formula = VehicleRepository(*other.db).findByPlate(other.manager, QStringLiteral("京A0001D"));
        QVERIFY(formula.ok() && formula->has_value());
        // The apostrophe the export put in front was taken away again.
        QCOMPARE(formula->value().residentName, QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点击\")"));
        const auto record = ResidentRepository(*other.db).find(other.manager, formula->value().residentId);
        QVERIFY(record.ok());
        QCOMPARE(record->emergencyContact, QStringLiteral("@王五"));
        QCOMPARE(record->notes, QStringLiteral("+86 138 0013 8000 是他儿子"));

        // And a second import changes nothing.
        const auto twice = RosterImport(*other.db).importFile(other.clerk, first);
        QVERIFY(twice.ok());
        QCOMPARE(twice->imported, 0);
        QCOMPARE(twice->unchanged, 6);
    }

    void formulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+86 138 0013 8000") << QStringLiteral("'+86 138 0013 8000");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
        QTest::newRow("carriage return") << QStringLiteral("\r=cmd") << QStringLiteral("'\r=cmd");
        QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("apostrophe before formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
        QTest::newRow("negative amount") << QStringLiteral("-35.50") << QStringLiteral("-35.50");
        QTest::newRow("signed number") << QStringLiteral("+5") << QStringLiteral("+5");
        QTest::newRow("apostrophe") << QStringLiteral("'老张'") << QStringLiteral("'老张'");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("plain") << QStringLiteral("张三") << QStringLiteral("张三");
        QTest::newRow("empty") << QString() << QString();
    }
    void formulaCellsAreNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(ExportFile::protectCell(value), written);
        QCOMPARE(ExportFile::unprotectCell(written), value);
    }

    void csvHasNoFormulaCells()
    {
        const QString path = exportTo(*t->db, QStringLiteral("residents.csv"));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(
            QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\"")));
        const auto table = TableReader::readCsv(bytes);
        QVERIFY(table.ok());
        int neutralised = 0;
        for (const TableRow &row : table->rows) {
            for (const QString &cell : row.cells) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
                neutralised += cell.startsWith(QLatin1Char('\'')) ? 1 : 0;
            }
        }
        QCOMPARE(neutralised, 5); // the name, @王五, +86…, =1+1 and -已交钥匙

        // A phone written +86 in a spreadsheet a person made (and protected) imports as the number.
        const QString typed = t->dir.filePath(QStringLiteral("typed.csv"));
        QFile file(typed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("楼栋,房号,姓名,身份,手机,紧急联系人,紧急联系电话\r\n"
                                  "7,101,赵六,业主,'+86 138 0013 8001,'=钱七,'+86 139 0013 9001\r\n")
                       .toUtf8());
        file.close();
        QVERIFY(RosterImport(*t->db).importFile(t->clerk, typed).ok());
        const auto hits = ResidentRepository(*t->db).search(t->manager, QStringLiteral("赵六"));
        QVERIFY(hits.ok() && hits->size() == 1);
        const auto zhao = ResidentRepository(*t->db).find(t->manager, hits->first().residentId);
        QCOMPARE(zhao->mobile, QStringLiteral("13800138001"));
        QCOMPARE(zhao->emergencyContact, QStringLiteral("=钱七"));
        QCOMPARE(zhao->emergencyPhone, QStringLiteral("13900139001"));
    }

    void requestExportNeutralisesFormulas()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 3, 10, 0));
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.reporterName = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
        QVERIFY(f.requests->registerRequest(f.clerk, in));
        in.reporterName = QStringLiteral("-张三");
        QVERIFY(f.requests->registerRequest(f.clerk, in));
        const QString path = f.dir.filePath(QStringLiteral("requests.csv"));
        QCOMPARE(RequestExporter(*f.db).writeCsv(f.manager, 2026, 2, path).value(), 2);
        const auto table = TableReader::readCsv(readAll(path));
        QVERIFY(table.ok());
        const int reporter = int(RequestExporter::columns().indexOf(QStringLiteral("reporter")));
        QCOMPARE(table->rows.at(1).cells.at(reporter), QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")"));
        QCOMPARE(table->rows.at(2).cells.at(reporter), QStringLiteral("'-张三"));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(path).permissions() & kOthers, QFileDevice::Permissions());
#endif
    }

    void filesAreForTheirOwnerOnly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringLiteral("mine.csv");
        QTest::newRow("xlsx") << QStringLiteral("mine.xlsx");
    }
    void filesAreForTheirOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are a Unix matter");
#endif
        QFETCH(QString, file);
        const QString path = exportTo(*t->db, file);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).permissions() & kOthers, QFileDevice::Permissions());
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
        // Over a file that others could read, the export leaves one they cannot.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        exportTo(*t->db, file);
        QCOMPARE(QFileInfo(path).permissions() & kOthers, QFileDevice::Permissions());
        QVERIFY(!cellsOf(path, 15).isEmpty());
    }

    void onlyAdministratorsAndManagersExport()
    {
        for (const Session &who : {t->clerk, t->guard}) {
            const QString path = t->dir.filePath(who.username + QStringLiteral(".csv"));
            const auto refused = RosterExport(*t->db).exportFile(who, path);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("administrators and managers")), qPrintable(refused.error()));
            QVERIFY(!QFile::exists(path));
        }
        AuditFilter denied;
        denied.action = QStringLiteral("permission_denied");
        denied.username = t->clerk.username;
        const auto entries = AuditLog(*t->db).entries(t->manager, denied).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entity, QStringLiteral("resident_export"));

        QVERIFY(RosterExport(*t->db).exportFile(t->manager, t->dir.filePath(QStringLiteral("m.csv"))).ok());
        QVERIFY(RosterExport(*t->db).exportFile(Session::commandLine(), t->dir.filePath(QStringLiteral("a.xlsx"))).ok());
        AuditFilter exports;
        exports.action = QStringLiteral("export");
        const auto done = AuditLog(*t->db).entries(t->manager, exports).value();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(1).username, t->manager.username);
        QVERIFY(done.at(1).detail.contains(QStringLiteral("m.csv")));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
