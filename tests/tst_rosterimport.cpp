#include "residenttestsupport.h"
#include "rosterfixture.h"

#include "models/database/query.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "models/io/tablereader.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestRosterImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ResidentTestDatabase> t;
    RosterFixture fixture;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = t->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    qint64 count(Database &db, const QString &sql)
    {
        Query q(db, sql);
        const auto n = q.scalar();
        return n ? n.value() : -1;
    }

    qint64 residentNamed(Database &db, const QString &name)
    {
        Query q(db, QStringLiteral("SELECT id FROM residents WHERE name = :name"));
        q.bind(QStringLiteral(":name"), name);
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    QByteArray exportCsv(Database &db, const QString &name)
    {
        const QString path = t->dir.filePath(name);
        const auto rows = RosterExport(db).exportFile(t->manager, path);
        if (!rows)
            qWarning("%s", qPrintable(rows.error()));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        t = std::make_unique<ResidentTestDatabase>();
        QVERIFY(t->open());
    }
    void cleanup() { t.reset(); }

    void decodesEveryEncodingAnOfficeSaves()
    {
        const QString text = QStringLiteral("姓名,备注\r\n张三,\"一, 二\"\r\n");
        QString encoding;
        QCOMPARE(TableReader::decode("\xEF\xBB\xBF" + text.toUtf8(), &encoding).value(), text);
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QCOMPARE(TableReader::decode(text.toUtf8(), &encoding).value(), text);
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QStringEncoder gbk("GBK");
        QCOMPARE(TableReader::decode(gbk(text), &encoding).value(), text);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        // A four-byte GB18030 character (𠀀, outside GBK).
        QStringEncoder gb("GB18030");
        const QString rare = QStringLiteral("姓名\r\n") + QString::fromUcs4(U"\U00020000") + QStringLiteral("\r\n");
        QCOMPARE(TableReader::decode(gb(rare), &encoding).value(), rare);
    }

    void parsesQuotedFieldsAndKeepsLineNumbers()
    {
        const auto rows = TableReader::parseCsv(
            QStringLiteral("a,b\r\n\"1, 2\",\"x\"\"y\"\r\n\r\n\"line\r\nbreak\",z\r\nlast,\r\n")).value();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).cells, (QStringList{QStringLiteral("1, 2"), QStringLiteral("x\"y")}));
        QCOMPARE(rows.at(2).line, 4); // the blank line 3 is skipped but counted
        QCOMPARE(rows.at(2).cells.first(), QStringLiteral("line\nbreak"));
        QCOMPARE(rows.at(3).line, 6);
        QCOMPARE(rows.at(3).cells, (QStringList{QStringLiteral("last"), QString()}));
    }

    void gb18030RosterImportsWithBadRowsListedAndAgainAddsNothing()
    {
        QList<int> lineOf;
        const QByteArray bytes = fixture.gb18030(&lineOf);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QString path = write(QStringLiteral("花名册.csv"), bytes);

        RosterImport importer(*t->db);
        const auto preview = importer.preview(t->clerk, path);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->encoding, QStringLiteral("GB18030"));
        QCOMPARE(preview->rows.size(), fixture.goodRows());
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM residents")), 0); // a preview changes nothing

        const auto result = importer.commit(t->clerk, preview.value());
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->imported, fixture.goodRows());
        QStringList expected;
        for (qsizetype i = 1; i < fixture.records.size(); ++i) {
            if (!fixture.records.at(i).rejectedFor.isEmpty())
                expected << QStringLiteral("%1 %2").arg(lineOf.at(i)).arg(fixture.records.at(i).rejectedFor);
        }
        QStringList actual;
        for (const RosterIssue &issue : result->rejected)
            actual << QStringLiteral("%1 %2").arg(issue.line).arg(issue.message.left(issue.message.indexOf(QLatin1Char(':')) + 1));
        QCOMPARE(actual, expected);

        // The good rows are intact.
        ResidentRepository residents(*t->db);
        const qint64 zhang = residentNamed(*t->db, QStringLiteral("张三"));
        const auto z = residents.find(t->manager, zhang).value();
        QCOMPARE(z.documentNumber, QStringLiteral("110101********123X")); // shown masked to everyone
        QCOMPARE(residents.revealDocument(t->manager, zhang).value(), QStringLiteral("11010119800106123X"));
        QCOMPARE(z.mobile, QStringLiteral("13800138000"));
        QCOMPARE(z.gender, QStringLiteral("male"));
        QCOMPARE(z.notes, fixture.records.at(1).cells.at(11));
        const auto zLinks = residents.links(t->clerk, zhang).value();
        QCOMPARE(zLinks.size(), 1);
        QCOMPARE(zLinks.first().houseNumber, QStringLiteral("3-2-1201"));
        QCOMPARE(zLinks.first().role, QStringLiteral("owner"));
        QCOMPARE(zLinks.first().start, QDate(2024, 3, 1));

        const qint64 li = residentNamed(*t->db, QStringLiteral("李四"));
        const auto lLinks = residents.links(t->clerk, li).value();
        QCOMPARE(lLinks.first().houseNumber, QStringLiteral("3-2-1202")); // 3栋 2单元 1202室
        QCOMPARE(lLinks.first().start, QDate(2024, 3, 1));
        QCOMPARE(lLinks.first().role, QStringLiteral("tenant"));
        QCOMPARE(residents.find(t->clerk, li)->mobile, QStringLiteral("13912345678"));
        QCOMPARE(VehicleRepository(*t->db).forResident(t->clerk, li)->size(), 2);
        QCOMPARE(VehicleRepository(*t->db).findByPlate(t->guard, QStringLiteral("粤B12345"))->value().residentName,
                 QStringLiteral("张三"));

        const qint64 wang = residentNamed(*t->db, QStringLiteral("王五"));
        QCOMPARE(residents.find(t->clerk, wang)->notes, QStringLiteral("第一行\n第二行, 有逗号"));
        QCOMPARE(residentNamed(*t->db, QStringLiteral("赵六")), 0);
        QCOMPARE(residents.occupants(t->clerk, HouseRepository(*t->db).houseByNumber(t->clerk, QStringLiteral("3-2-1201"))->id)
                     ->size(),
                 2);

        const qint64 residentsBefore = count(*t->db, QStringLiteral("SELECT COUNT(*) FROM residents"));
        const qint64 linksBefore = count(*t->db, QStringLiteral("SELECT COUNT(*) FROM resident_houses"));
        const qint64 vehiclesBefore = count(*t->db, QStringLiteral("SELECT COUNT(*) FROM vehicles"));
        const qint64 housesBefore = count(*t->db, QStringLiteral("SELECT COUNT(*) FROM houses"));
        QCOMPARE(residentsBefore, fixture.goodRows());

        const auto again = importer.importFile(t->clerk, path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->unchanged, fixture.goodRows());
        QCOMPARE(again->rejected.size(), result->rejected.size());
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM residents")), residentsBefore);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM resident_houses")), linksBefore);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM vehicles")), vehiclesBefore);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM houses")), housesBefore);

        AuditFilter filter;
        filter.action = QStringLiteral("import");
        QCOMPARE(AuditLog(*t->db).entries(t->manager, filter)->size(), 2);
    }

    void xlsxTwinImportsTheSame()
    {
        const QString csvPath = write(QStringLiteral("roster.csv"), fixture.gb18030());
        const QString xlsxPath = t->dir.filePath(QStringLiteral("roster.xlsx"));
        QVERIFY(fixture.writeXlsx(xlsxPath));

        const auto fromCsv = RosterImport(*t->db).importFile(t->clerk, csvPath);
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.error()));

        ResidentTestDatabase other;
        QVERIFY(other.open());
        const auto fromXlsx = RosterImport(*other.db).importFile(other.clerk, xlsxPath);
        QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.error()));

        QCOMPARE(fromXlsx->imported, fromCsv->imported);
        QCOMPARE(fromXlsx->rejected.size(), fromCsv->rejected.size());
        for (qsizetype i = 0; i < fromCsv->rejected.size(); ++i)
            QCOMPARE(fromXlsx->rejected.at(i).message, fromCsv->rejected.at(i).message);
        // Sheet rows count from 1 like the records.
        QList<int> rows;
        for (qsizetype i = 1; i < fixture.records.size(); ++i) {
            if (!fixture.records.at(i).rejectedFor.isEmpty())
                rows << int(i) + 1;
        }
        QList<int> lines;
        for (const RosterIssue &issue : fromXlsx->rejected)
            lines << issue.line;
        QCOMPARE(lines, rows);

        // Every stored fact is the same: the exports are identical.
        const QByteArray a = exportCsv(*t->db, QStringLiteral("a.csv"));
        const QByteArray b = exportCsv(*other.db, QStringLiteral("b.csv"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(QString::fromUtf8(b), QString::fromUtf8(a));
    }

    void englishHeadersUtf8WithBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + QStringLiteral("Building,Unit,Room,Name,Role,Mobile,Move_in,Plate\n"
                                                                 "8,1,601,Tom Smith,owner,13800000001,2025-1-2,京A12345\n"
                                                                 "8,1,602,刘洋,TENANT,,,\n")
                                                      .toUtf8();
        const auto result = RosterImport(*t->db).importFile(t->clerk, write(QStringLiteral("en.csv"), bytes));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->imported, 2);
        QVERIFY(result->rejected.isEmpty());
        const auto hits = ResidentRepository(*t->db).search(t->guard, QStringLiteral("ts")).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().houses, QStringList{QStringLiteral("8-1-601")});
        // A roster without a move-in date leaves it unknown rather than inventing one.
        const qint64 liu = residentNamed(*t->db, QStringLiteral("刘洋"));
        const auto links = ResidentRepository(*t->db).links(t->clerk, liu).value();
        QCOMPARE(links.size(), 1);
        QVERIFY(!links.first().start.isValid());
        QCOMPARE(ResidentRepository(*t->db).links(t->clerk, hits.first().residentId)->first().start, QDate(2025, 1, 2));
    }

    // A line's resident is indexed once, after its house and its cars are written: the search
    // terms are those a rebuild of the index would make, and find it by plate and house.
    void importedResidentsAreIndexedCompletely()
    {
        const QByteArray bytes = QStringLiteral("楼栋,单元,房号,姓名,身份,手机,车牌\n"
                                                "9,2,301,黄晓明,业主,13800000009,粤B66666\n")
                                     .toUtf8();
        const auto result = RosterImport(*t->db).importFile(t->clerk, write(QStringLiteral("index.csv"), bytes));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->imported, 1);
        const qint64 id = residentNamed(*t->db, QStringLiteral("黄晓明"));
        auto terms = [&] {
            QStringList list;
            QSqlQuery q(t->db->connection());
            q.prepare(QStringLiteral("SELECT kind || ':' || term FROM resident_search WHERE resident_id = :id ORDER BY 1"));
            q.bindValue(QStringLiteral(":id"), id);
            q.exec();
            while (q.next())
                list << q.value(0).toString();
            return list;
        };
        const QStringList imported = terms();
        QVERIFY(imported.contains(QStringLiteral("house:9-2-301")));
        QVERIFY(imported.contains(QStringLiteral("initials:hxm")));
        QVERIFY(imported.contains(QStringLiteral("phone:13800000009")));
        QCOMPARE(imported.filter(QStringLiteral("plate:")).size(), 1);
        QVERIFY(ResidentRepository(*t->db).reindex(id).ok());
        QCOMPARE(terms(), imported);
        for (const QString &typed : {QStringLiteral("hxm"), QStringLiteral("粤B66666"), QStringLiteral("9-2-301")}) {
            const auto hits = ResidentRepository(*t->db).search(t->guard, typed).value();
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().residentId, id);
        }
    }

    void refusesARosterWithoutTheRequiredColumns()
    {
        const auto result = RosterImport(*t->db).importFile(
            t->clerk, write(QStringLiteral("bad.csv"), QStringLiteral("姓名,手机\n张三,13800138000\n").toUtf8()));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("房号")) && result.error().contains(QStringLiteral("楼栋")),
                 qPrintable(result.error()));
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM residents")), 0);
        // Guards may not import.
        QVERIFY(!RosterImport(*t->db).importFile(t->guard, write(QStringLiteral("r.csv"), fixture.gb18030())).ok());
    }

    void sameDocumentNumberForTwoPeopleIsRefused()
    {
        const QByteArray bytes = QStringLiteral("楼栋,房号,姓名,身份,证件号码\n"
                                                "1,101,张三,业主,11010119800106123X\n"
                                                "2,202,张三,业主,11010119800106123X\n"
                                                "3,303,李四,业主,11010119800106123X\n")
                                     .toUtf8();
        const auto result = RosterImport(*t->db).importFile(t->clerk, write(QStringLiteral("dup.csv"), bytes));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->imported, 2); // 张三 once, in two houses
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.first().line, 4);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM residents")), 1);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT COUNT(*) FROM resident_houses")), 2);
    }

    void exportIsForManagersAndIsAudited()
    {
        QVERIFY(RosterImport(*t->db).importFile(t->clerk, write(QStringLiteral("r.csv"), fixture.gb18030())).ok());
        // SPEC 7: exporting personal data is for administrators and managers only.
        const QString clerkPath = t->dir.filePath(QStringLiteral("clerk.csv"));
        const auto refused = RosterExport(*t->db).exportFile(t->clerk, clerkPath);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("administrators and managers")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(clerkPath));

        const QByteArray managerBytes = exportCsv(*t->db, QStringLiteral("manager.csv"));
        QVERIFY(managerBytes.startsWith("\xEF\xBB\xBF"));
        const QString managerText = QString::fromUtf8(managerBytes);
        QVERIFY(managerText.contains(QStringLiteral("11010119800106123X")));
        // The plates of the roster are in the export.
        QVERIFY(managerText.contains(QStringLiteral("粤B12345")));
        QVERIFY(managerText.contains(QStringLiteral("粤B54321;粤AD12345")));
        QVERIFY(!RosterExport(*t->db).exportFile(t->guard, t->dir.filePath(QStringLiteral("guard.csv"))).ok());

        AuditFilter filter;
        filter.action = QStringLiteral("export");
        const auto exports = AuditLog(*t->db).entries(t->manager, filter).value();
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports.at(0).username, QStringLiteral("wangjl"));
        QVERIFY(exports.at(0).detail.contains(QStringLiteral("in full")));
        filter.action = QStringLiteral("permission_denied");
        QCOMPARE(AuditLog(*t->db).entries(t->manager, filter).value().size(), 2);

        // What a manager exports imports again into an empty database, to the same export.
        ResidentTestDatabase other;
        QVERIFY(other.open());
        const auto again = RosterImport(*other.db).importFile(other.clerk, t->dir.filePath(QStringLiteral("manager.csv")));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->rejected.isEmpty());
        QCOMPARE(QString::fromUtf8(exportCsv(*other.db, QStringLiteral("again.csv"))), managerText);

        // And the XLSX export reads back as the same table.
        const QString xlsxPath = t->dir.filePath(QStringLiteral("manager.xlsx"));
        QVERIFY(RosterExport(*t->db).exportFile(t->manager, xlsxPath).ok());
        const auto fromXlsx = TableReader::readXlsx(xlsxPath);
        QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.error()));
        const auto fromCsv = TableReader::readCsv(managerText.toUtf8());
        QCOMPARE(fromXlsx->rows.size(), fromCsv->rows.size());
        for (qsizetype i = 0; i < fromCsv->rows.size(); ++i) {
            QStringList expected = fromCsv->rows.at(i).cells;
            QStringList actual = fromXlsx->rows.at(i).cells;
            while (actual.size() < expected.size())
                actual << QString(); // trailing empty cells are not stored in a sheet
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
