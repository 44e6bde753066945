// The office server against this PC's file (SPEC 8, issue: every seat on one estate's data):
// the request list's first page under the filters and sorts the desk uses most, a keyset page
// deep in the list, search per keystroke and the timer board's refresh, on a private
// PostgreSQL 15 server and on an SQLite file holding the same demo estate (same seed, same
// clock). Lines:
//   RATIO pg_<name> <postgresql_ms> <sqlite_ms>
// ESTATEDESK_BENCH_PG_HOUSES and ESTATEDESK_BENCH_PG_MONTHS size the estate (1,000 houses over
// 12 months: a fifteenth of SPEC 12's large estate, made in a minute or two on each side);
// ESTATEDESK_BENCH_REPS the repetitions (7). The server runs on this machine over TCP, with
// fsync off (the figures are about reading).
#include "benchsessions.h"
#include "benchsupport.h"
#include "postgrescluster.h"

#include "models/repositories/requestrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/services/timerboard.h"

#include <QSqlQuery>
#include <QTest>

namespace {

int envInt(const char *name, int fallback)
{
    const QByteArray v = qgetenv(name);
    return v.isEmpty() ? fallback : qMax(1, v.toInt());
}

} // namespace

class BenchPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_cluster{55446};
    // Both estates are made and read at the same instant, so their deadlines agree.
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    struct Seat
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<RequestRepository> requests;
        std::unique_ptr<ResidentRepository> residents;
        Session clerk;
    };

    Seat open(const QString &location)
    {
        Seat s;
        s.db = std::make_unique<Database>(m_clock);
        if (Status opened = s.db->open(location); !opened)
            qFatal("%s", qPrintable(opened.error()));
        s.requests = std::make_unique<RequestRepository>(*s.db);
        s.residents = std::make_unique<ResidentRepository>(*s.db);
        return s;
    }

    void generate(Seat &seat)
    {
        DemoData::Options options;
        options.houses = envInt("ESTATEDESK_BENCH_PG_HOUSES", 1000);
        options.months = envInt("ESTATEDESK_BENCH_PG_MONTHS", 12);
        options.seed = Bench::seed();
        const auto made = DemoData(*seat.db).generate(options);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        std::printf("INFO %s: %s\n", qPrintable(seat.db->location()), qPrintable(made.value()));
        seat.clerk = benchSession(*seat.db, "lixm");
    }

private slots:
    void initTestCase()
    {
        if (!m_cluster.available())
            QSKIP("PostgreSQL server programs are not installed (scripts/test installs postgresql-15)");
        QString output;
        QVERIFY2(m_cluster.create(&output), qPrintable(output));
        QVERIFY(m_cluster.createDatabase(QStringLiteral("estate")));
    }

    void serverAgainstFile()
    {
        Seat file = open(m_dir.filePath(QStringLiteral("estate.sqlite")));
        Seat server = open(m_cluster.url(QStringLiteral("estate")));
        generate(file);
        generate(server);

        // Statistics on both sides, as an office server's autovacuum and the file's
        // PRAGMA optimize would have them.
        // (Run directly: the server does not prepare ANALYZE.)
        for (Seat *s : {&file, &server})
            QVERIFY(QSqlQuery(s->db->connection()).exec(QStringLiteral("ANALYZE")));

        // `per` divides a run made of several steps (keystrokes) into one step.
        auto compare = [&](const char *name, const std::function<void(Seat &)> &run, int per = 1) {
            const double pg = Bench::medianMs([&] { run(server); }) / per;
            const double lite = Bench::medianMs([&] { run(file); }) / per;
            std::printf("RATIO pg_%s %.3f %.3f\n", name, pg, lite);
            std::fflush(stdout);
        };

        struct Case
        {
            const char *name;
            RequestFilter filter;
        };
        QList<Case> cases;
        auto add = [&](const char *name, auto change) {
            RequestFilter f;
            change(f);
            cases.append({name, f});
        };
        add("list_newest", [](RequestFilter &) {});
        add("list_sort_state", [](RequestFilter &f) { f.sort = RequestSort::State; });
        add("list_sort_completion_deadline", [](RequestFilter &f) { f.sort = RequestSort::CompletionDeadline; });
        add("list_kind_repair", [](RequestFilter &f) { f.kind = RequestKind::Repair; });
        add("list_open_only", [](RequestFilter &f) { f.openOnly = true; });
        add("list_overdue", [](RequestFilter &f) { f.overdueOnly = true; });
        add("list_mine", [](RequestFilter &f) { f.mine = true; });
        add("list_text_name", [](RequestFilter &f) { f.text = QStringLiteral("王先生"); });
        for (const Case &c : std::as_const(cases)) {
            const auto pgRows = server.requests->queries().list(server.clerk, c.filter, 0, 100);
            const auto liteRows = file.requests->queries().list(file.clerk, c.filter, 0, 100);
            QVERIFY2(pgRows && liteRows, c.name);
            // The same estate on both sides: the same page.
            QCOMPARE(pgRows->size(), liteRows->size());
            compare(c.name, [&](Seat &s) { QVERIFY(s.requests->queries().list(s.clerk, c.filter, 0, 100)); });
        }

        // A page deep in the list, after the 3,000th row.
        const RequestFilter all;
        auto rowAt = [&](Seat &s, int n) {
            const auto at = s.requests->queries().list(s.clerk, all, n, 1);
            if (!at || at->size() != 1)
                qFatal("no request at row %d", n);
            return at->first();
        };
        const ServiceRequest pgLast = rowAt(server, 2999);
        const ServiceRequest liteLast = rowAt(file, 2999);
        QCOMPARE(pgLast.number, liteLast.number);
        compare("list_page_after_3000", [&](Seat &s) {
            QVERIFY(s.requests->queries().listAfter(s.clerk, all, &s == &server ? pgLast : liteLast, 100));
        });

        // Search as the clerk types: a name in pinyin and a house number, every keystroke.
        const QStringList words{QStringLiteral("wangwei"), QStringLiteral("120-2-3")};
        int strokes = 0;
        for (const QString &word : words)
            strokes += int(word.size());
        compare("search_keystroke", [&](Seat &s) {
            for (const QString &word : words)
                for (int n = 1; n <= word.size(); ++n)
                    QVERIFY(s.residents->search(s.clerk, word.left(n)));
        }, strokes);

        // The timer board: the open requests, the slips awaited and the complainants to tell.
        TimerBoard pgBoard(*server.requests, server.clerk, m_clock);
        TimerBoard liteBoard(*file.requests, file.clerk, m_clock);
        QVERIFY(pgBoard.refresh());
        QVERIFY(liteBoard.refresh());
        QCOMPARE(pgBoard.items().size(), liteBoard.items().size());
        const double pg = Bench::medianMs([&] { QVERIFY(pgBoard.refresh()); });
        const double lite = Bench::medianMs([&] { QVERIFY(liteBoard.refresh()); });
        std::printf("RATIO pg_board_refresh %.3f %.3f\n", pg, lite);
        std::printf("INFO board lines %lld\n", qlonglong(pgBoard.items().size()));
    }
};

QTEST_GUILESS_MAIN(BenchPostgres)
#include "bench_postgres.moc"
