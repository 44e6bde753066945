// The service desk on the large estate (SPEC 12): the request list's first page under every
// filter and every sort, a keyset page deep in the list, the text filter, the count, and the
// timer board's refresh and tick. RATIO lines compare with the same SQL through libsqlite3;
// SCALE lines compare the board with an empty estate.
#include "benchsessions.h"
#include "benchsupport.h"

#include "models/repositories/requestrepository.h"
#include "models/services/timerboard.h"

#include <QTest>

class BenchRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

    struct Estate
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<RequestRepository> requests;
        Session clerk;
    };
    Estate open(const QString &path)
    {
        Estate e;
        e.db = std::make_unique<Database>(m_clock);
        if (Status s = e.db->openSqlite(path); !s)
            qFatal("%s", qPrintable(s.error()));
        e.requests = std::make_unique<RequestRepository>(*e.db);
        e.clerk = benchSession(*e.db, "lixm");
        return e;
    }

private slots:
    void lists()
    {
        Estate large = open(Bench::largeEstate());
        Bench::Raw raw(large.db->location());
        const RequestQueries &q = large.requests->queries();
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
        add("list_sort_oldest", [](RequestFilter &f) { f.sort = RequestSort::OldestFirst; });
        add("list_sort_number", [](RequestFilter &f) { f.sort = RequestSort::Number; });
        add("list_sort_state", [](RequestFilter &f) { f.sort = RequestSort::State; });
        add("list_sort_arrival_deadline", [](RequestFilter &f) { f.sort = RequestSort::ArrivalDeadline; });
        add("list_sort_completion_deadline", [](RequestFilter &f) { f.sort = RequestSort::CompletionDeadline; });
        add("list_kind_repair", [](RequestFilter &f) { f.kind = RequestKind::Repair; });
        add("list_kind_complaint", [](RequestFilter &f) { f.kind = RequestKind::Complaint; });
        add("list_class_general", [](RequestFilter &f) {
            f.kind = RequestKind::Repair;
            f.classKey = QStringLiteral("general");
        });
        add("list_class_only", [](RequestFilter &f) { f.classKey = QStringLiteral("emergency"); });
        add("list_state_dispatched", [](RequestFilter &f) { f.state = RequestState::Dispatched; });
        add("list_open_only", [](RequestFilter &f) { f.openOnly = true; });
        add("list_overdue", [](RequestFilter &f) { f.overdueOnly = true; });
        add("list_repairs_overdue", [](RequestFilter &f) {
            f.kind = RequestKind::Repair;
            f.overdueOnly = true;
        });
        add("list_mine", [](RequestFilter &f) { f.mine = true; });
        add("list_mine_sort_state", [](RequestFilter &f) {
            f.mine = true;
            f.sort = RequestSort::State;
        });
        add("list_month", [this](RequestFilter &f) {
            const QDateTime now = m_clock.now();
            f.from = now.addMonths(-13);
            f.to = now.addMonths(-12);
        });
        add("list_with_voided", [](RequestFilter &f) { f.includeVoided = true; });
        add("list_text_name", [](RequestFilter &f) { f.text = QStringLiteral("王先生"); });
        add("list_text_house", [](RequestFilter &f) { f.text = QStringLiteral("12-1-3"); });
        add("list_text_place", [](RequestFilter &f) { f.text = QStringLiteral("地下车库"); });
        add("list_text_short", [](RequestFilter &f) { f.text = QStringLiteral("王"); });
        for (const Case &c : std::as_const(cases)) {
            int programRows = 0;
            const double program = Bench::medianMs([&] { programRows = int(q.list(large.clerk, c.filter, 0, 100)->size()); });
            const BoundSql sql = q.listSql(large.clerk, c.filter, nullptr, 0, 100);
            int rawRows = 0;
            const double bare = Bench::medianMs([&] { rawRows = raw.run(sql); });
            QCOMPARE(programRows, rawRows);
            Bench::ratio(c.name, program, bare);
        }

        // A page deep in the list, after the 50,000th row (keyset: as cheap as the first).
        RequestFilter all;
        const auto at = q.list(large.clerk, all, 49999, 1);
        QVERIFY(at && at->size() == 1);
        const ServiceRequest last = at->first();
        const double deep = Bench::medianMs([&] { QCOMPARE(q.listAfter(large.clerk, all, last, 100)->size(), 100); });
        const BoundSql deepSql = q.listSql(large.clerk, all, &last, 0, 100);
        Bench::ratio("list_page_after_50000", deep, Bench::medianMs([&] { raw.run(deepSql); }));

        const double count = Bench::medianMs([&] { q.count(large.clerk, all); });
        const BoundSql countSql = q.countSql(large.clerk, all);
        Bench::ratio("list_count", count, Bench::medianMs([&] { raw.run(countSql); }));

        // The timer board: one refresh reads the open requests, slips and complainants.
        TimerBoard board(*large.requests, large.clerk, m_clock);
        const double refresh = Bench::medianMs([&] { QVERIFY(board.refresh()); });
        const QList<BoundSql> boardSql{q.boardSql(large.clerk, RequestQueries::BoardLines::Open),
                                       q.boardSql(large.clerk, RequestQueries::BoardLines::SlipsAwaited),
                                       q.boardSql(large.clerk, RequestQueries::BoardLines::ComplainantsToTell)};
        Bench::ratio("board_refresh", refresh, Bench::medianMs([&] {
                         for (const BoundSql &s : boardSql)
                             raw.run(s);
                     }));
        qint64 step = 0;
        const double tick = Bench::medianMs([&] { board.tick(m_clock.now().addSecs(++step)); });

        Estate empty = open(Bench::emptyEstate(m_dir));
        TimerBoard emptyBoard(*empty.requests, empty.clerk, m_clock);
        Bench::scale("board_refresh", refresh, Bench::medianMs([&] { QVERIFY(emptyBoard.refresh()); }));
        Bench::scale("board_tick", tick, Bench::medianMs([&] { emptyBoard.tick(m_clock.now().addSecs(++step)); }));
        std::printf("INFO board lines %lld on the large estate\n", qlonglong(board.items().size()));
    }
};

QTEST_GUILESS_MAIN(BenchRequests)
#include "bench_requests.moc"
