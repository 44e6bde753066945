// Every list query of the program, EXPLAINed on the schema with a small demo: without
// statistics, after an ANALYZE of the small data, and with the statistics of SPEC 12's large
// estate (tests/data/large_estate_stat1.tsv, made by ANALYZE on the generated estate). A plan
// fails when it reads a big table whole (SCAN without an index, or an index walked from end to
// end under a filter) or sorts the table for ORDER BY (USE TEMP B-TREE FOR ORDER BY).
#include "testsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/demodata.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/userrepository.h"

#include <QRegularExpression>
#include <functional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The tables that grow with the years (SPEC 12).
const QSet<QString> kBigTables{QStringLiteral("requests"),        QStringLiteral("vehicle_events"),
                               QStringLiteral("visitors"),        QStringLiteral("audit_log"),
                               QStringLiteral("resident_search"), QStringLiteral("residents"),
                               QStringLiteral("parking_cards"),   QStringLiteral("request_events"),
                               QStringLiteral("inspection_runs"), QStringLiteral("inspection_results")};

struct PlanCase
{
    QString name;
    BoundSql sql;
    // An unfiltered list may walk an index in its order: LIMIT stops it after a page.
    bool orderedBrowse = false;
    // The text filter sorts its matches (found through the trigram index), not the table.
    bool sortsMatches = false;
};
} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 20), QTime(3, 30), Qt::UTC)};
    QString m_path;

    QList<PlanCase> cases(Database &db)
    {
        RequestRepository requests(db);
        const RequestQueries &q = requests.queries();
        const auto clerkRecord = UserRepository(db).find(QStringLiteral("lixm"));
        const auto techRecord = UserRepository(db).find(QStringLiteral("sunwei"));
        if (!clerkRecord || !techRecord)
            qFatal("demo accounts missing");
        const Session clerk{clerkRecord->id, clerkRecord->username, clerkRecord->displayName, clerkRecord->role};
        const Session tech{techRecord->id, techRecord->username, techRecord->displayName, techRecord->role};
        const ServiceRequest last = q.list(clerk, {}, 20, 1).value().value(0);

        QList<PlanCase> list;
        const QList<std::pair<const char *, RequestSort>> sorts{
            {"newest", RequestSort::NewestFirst},       {"oldest", RequestSort::OldestFirst},
            {"number", RequestSort::Number},            {"state", RequestSort::State},
            {"arrival", RequestSort::ArrivalDeadline}, {"completion", RequestSort::CompletionDeadline}};
        // Every sort of the whole list, its first page and a keyset page.
        for (const auto &[name, sort] : sorts) {
            RequestFilter f;
            f.sort = sort;
            list.append({QStringLiteral("requests sorted by %1").arg(QLatin1String(name)),
                         q.listSql(clerk, f, nullptr, 0, 100), true});
            list.append({QStringLiteral("requests sorted by %1, next page").arg(QLatin1String(name)),
                         q.listSql(clerk, f, &last, 0, 100), true});
        }
        // Every filter, newest first (the list's order when it opens).
        struct Filter
        {
            const char *name;
            std::function<void(RequestFilter &)> set;
        };
        const QList<Filter> filters{
            {"kind", [](RequestFilter &f) { f.kind = RequestKind::Repair; }},
            {"kind and class",
             [](RequestFilter &f) {
                 f.kind = RequestKind::Repair;
                 f.classKey = QStringLiteral("general");
             }},
            {"class", [](RequestFilter &f) { f.classKey = QStringLiteral("emergency"); }},
            {"state", [](RequestFilter &f) { f.state = RequestState::Dispatched; }},
            {"open", [](RequestFilter &f) { f.openOnly = true; }},
            {"overdue", [](RequestFilter &f) { f.overdueOnly = true; }},
            {"repairs overdue",
             [](RequestFilter &f) {
                 f.kind = RequestKind::Repair;
                 f.overdueOnly = true;
             }},
            {"mine", [](RequestFilter &f) { f.mine = true; }},
            {"period",
             [this](RequestFilter &f) {
                 f.from = m_clock.now().addMonths(-2);
                 f.to = m_clock.now().addMonths(-1);
             }},
        };
        for (const Filter &filter : filters) {
            RequestFilter f;
            filter.set(f);
            list.append({QStringLiteral("requests: %1").arg(QLatin1String(filter.name)),
                         q.listSql(clerk, f, nullptr, 0, 100)});
            list.append({QStringLiteral("requests: %1, next page").arg(QLatin1String(filter.name)),
                         q.listSql(clerk, f, &last, 0, 100)});
        }
        {
            RequestFilter f;
            f.mine = true;
            f.sort = RequestSort::State;
            list.append({QStringLiteral("requests: mine by state"), q.listSql(clerk, f, nullptr, 0, 100)});
            list.append({QStringLiteral("requests: a technician's"), q.listSql(tech, {}, nullptr, 0, 100)});
            RequestFilter text;
            text.text = QStringLiteral("地下车库");
            list.append({QStringLiteral("requests: text"), q.listSql(clerk, text, nullptr, 0, 100), false, true});
        }
        list.append({QStringLiteral("timer board: open requests"), q.boardSql(clerk, RequestQueries::BoardLines::Open)});
        list.append({QStringLiteral("timer board: one request"), q.boardSql(clerk, RequestQueries::BoardLines::Open, 5)});
        list.append({QStringLiteral("timer board: slips"), q.boardSql(clerk, RequestQueries::BoardLines::SlipsAwaited)});
        list.append({QStringLiteral("timer board: complainants"),
                     q.boardSql(clerk, RequestQueries::BoardLines::ComplainantsToTell)});
        list.append({QStringLiteral("timer board: a technician's"), q.boardSql(tech, RequestQueries::BoardLines::Open)});

        list.append({QStringLiteral("vehicles inside"), GateRepository::vehiclesInsideSql(2000), true});
        list.append({QStringLiteral("vehicle log"), GateRepository::vehicleEventsSql(200), true});
        list.append({QStringLiteral("vehicle log, next page"),
                     GateRepository::vehicleEventsSql(200, m_clock.now().addDays(-3), QStringLiteral("x")), true});
        list.append({QStringLiteral("a plate's events"), GateRepository::eventsForPlateSql(QStringLiteral("粤B12345"), 50)});
        list.append({QStringLiteral("visitors inside"), GateRepository::visitorsInsideSql()});
        for (const char *typed : {"wang", "zs", "138", "3-2-1", "粤B1"})
            list.append({QStringLiteral("resident search %1").arg(QString::fromUtf8(typed)),
                         ResidentRepository::searchSql(QString::fromUtf8(typed))});

        AuditFilter audit;
        audit.limit = 200;
        list.append({QStringLiteral("audit log"), AuditLog::entriesSql(audit), true});
        AuditFilter period = audit;
        period.from = m_clock.now().addDays(-30);
        period.to = m_clock.now();
        list.append({QStringLiteral("audit log: period"), AuditLog::entriesSql(period)});
        AuditFilter action = period;
        action.action = QStringLiteral("login");
        list.append({QStringLiteral("audit log: action"), AuditLog::entriesSql(action)});
        AuditFilter user = period;
        user.username = QStringLiteral("lixm");
        list.append({QStringLiteral("audit log: user"), AuditLog::entriesSql(user)});
        AuditFilter next = period;
        next.beforeAt = m_clock.now().addDays(-10);
        next.beforeId = 100;
        list.append({QStringLiteral("audit log: next page"), AuditLog::entriesSql(next)});
        return list;
    }

    // The plan's problems, or nothing.
    QStringList problems(Database &db, const PlanCase &c)
    {
        QSet<QString> partial;
        {
            Query idx(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'"));
            if (idx.exec()) {
                while (idx.next())
                    partial << idx.value(0).toString();
            }
        }
        Query q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + c.sql.sql);
        c.sql.bindTo(q);
        if (!q.exec())
            return {QStringLiteral("EXPLAIN failed")};
        static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)(?: USING (?:COVERING )?INDEX (\\w+))?"));
        QStringList found;
        QStringList plan;
        while (q.next()) {
            const QString detail = q.value(3).toString();
            plan << detail;
            if (detail.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")) && !c.sortsMatches)
                found << detail;
            const auto m = scan.match(detail);
            if (!m.hasMatch() || !kBigTables.contains(m.captured(1)))
                continue;
            const QString index = m.captured(2);
            if (index.isEmpty() || (!c.orderedBrowse && !partial.contains(index)))
                found << detail;
        }
        if (!found.isEmpty())
            found << QStringLiteral("plan: ") + plan.join(QStringLiteral(" | "));
        return found;
    }

    void checkAll(const char *when)
    {
        Database db(m_clock);
        QVERIFY(db.openSqlite(m_path).ok());
        const QList<PlanCase> all = cases(db);
        QVERIFY(all.size() > 40);
        QStringList failures;
        for (const PlanCase &c : all) {
            const QStringList p = problems(db, c);
            if (!p.isEmpty())
                failures << c.name + QStringLiteral(": ") + p.join(QStringLiteral("; "));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QString::fromLatin1(when) + QStringLiteral(":\n")
                                                + failures.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("plans.sqlite"));
        Database db(m_clock);
        QVERIFY(db.openSqlite(m_path).ok());
        DemoData::Options options;
        options.houses = 50;
        options.months = 3;
        QVERIFY(DemoData(db).generate(options).ok());
        QSqlQuery drop(db.connection());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS sqlite_stat1"));
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS sqlite_stat4"));
    }

    void withoutStatistics() { checkAll("without ANALYZE"); }

    void afterAnalyzeOfTheSmallEstate()
    {
        {
            Database db(m_clock);
            QVERIFY(db.openSqlite(m_path).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("ANALYZE")));
        }
        checkAll("after ANALYZE of the small demo");
    }

    void withTheLargeEstatesStatistics()
    {
        {
            // A bare connection: the program's own runs PRAGMA optimize when it closes, which
            // would measure the small tables again.
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stats"));
            conn.setDatabaseName(m_path);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("ANALYZE")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat1")));
            if (conn.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_stat4")))
                QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat4")));
            const QList<QByteArray> lines = TestSupport::readFile(TestSupport::testDataFile(
                                                                      QStringLiteral("large_estate_stat1.tsv")))
                                                .split('\n');
            int rows = 0;
            QSqlQuery insert(conn);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)")));
            for (const QByteArray &line : lines) {
                const QList<QByteArray> cells = line.split('\t');
                if (cells.size() != 3)
                    continue;
                insert.addBindValue(QString::fromUtf8(cells.at(0)));
                insert.addBindValue(cells.at(1).isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(QString::fromUtf8(cells.at(1))));
                insert.addBindValue(QString::fromUtf8(cells.at(2)));
                QVERIFY(insert.exec());
                ++rows;
            }
            QVERIFY2(rows > 50, "the large estate's statistics are missing");
            insert.finish();
            q.finish();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stats"));
        checkAll("with the large estate's statistics"); // a new connection reads them
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
