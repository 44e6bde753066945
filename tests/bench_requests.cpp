// The large estate (SPEC 12): 60,000 repairs and 8,000 complaints over three years.
// Times the timer board's refresh, a filtered list page and a board tick.
#include "servicedesksupport.h"

#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/deadlinecalculator.h"
#include "models/io/ledgerrequestwriter.h"
#include "models/repositories/calendarrepository.h"
#include "models/services/timerboard.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

class BenchRequests : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServiceDeskFixture> m_f;
    std::unique_ptr<TimerBoard> m_board;

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServiceDeskFixture>(ServiceDeskFixture::local(2026, 11, 20, 10, 0));
        ServiceDeskFixture &f = *m_f;
        const HolidayCalendar calendar = CalendarRepository(*f.db).calendar();
        const DeadlineCalculator calculator(calendar, ServiceDeskFixture::zone());
        const TimeLimitTable limits = f.requests->timeLimits().limits();
        LedgerRequestWriter writer(*f.db);
        QRandomGenerator random(42);
        const QDateTime end = f.clock.now();
        const qint64 span = qint64(3) * 365 * 24 * 3600;
        QElapsedTimer timer;
        timer.start();
        Transaction tx(*f.db);
        auto generate = [&](RequestKind kind, int count) {
            const QStringList classes = TimeLimitTable::classKeys(kind);
            for (int i = 0; i < count; ++i) {
                ServiceRequest r;
                r.kind = kind;
                r.channel = RequestChannel::Phone;
                // Spread evenly over three years, in order, so that the newest are still open.
                r.registeredAt = end.addSecs(-span + span * i / count);
                r.registeredBy = i % 3 == 0 ? f.clerk.userId : f.clerk2.userId;
                r.registeredByName = i % 3 == 0 ? f.clerk.displayName : f.clerk2.displayName;
                r.reporterName = QStringLiteral("住户%1").arg(random.bounded(12000));
                r.houseNumber = QStringLiteral("%1-%2-%3").arg(random.bounded(1, 40)).arg(random.bounded(1, 5))
                                    .arg(random.bounded(101, 3305));
                r.classKey = classes.at(int(random.bounded(classes.size())));
                r.description = QStringLiteral("生成的请求 %1").arg(i);
                r.signatureConfirmed = true;
                const bool recent = i > count - count / 60; // the last ~1.7% are still open
                if (!recent) {
                    r.receiverName = QStringLiteral("维修工%1").arg(random.bounded(30));
                    r.dispatchedAt = r.registeredAt.addSecs(120);
                    r.arrivedAt = r.registeredAt.addSecs(600 + random.bounded(3000));
                    r.completedAt = r.arrivedAt.addSecs(1800 + random.bounded(20000));
                }
                std::optional<RequestCallback> callback;
                if (!recent && i % 2 == 0) {
                    RequestCallback cb;
                    cb.at = r.completedAt.addSecs(86400);
                    cb.solved = true;
                    cb.attitude = Attitude::Satisfied;
                    cb.score = 9;
                    callback = cb;
                }
                const auto id = writer.insert(f.admin, r, callback, limits, calculator);
                if (!id)
                    qFatal("%s", qPrintable(id.error()));
            }
        };
        generate(RequestKind::Repair, 60000);
        generate(RequestKind::Complaint, 8000);
        // Years of work at the desk, not a ledger copied in: every slip and complainant counts;
        // the slips came back two hours after completion, but for the last day's.
        Query desk(*f.db, QStringLiteral("UPDATE requests SET desk_rules = 1, slip_returned_at = CASE "
                                         "WHEN completed_at < :day THEN completed_at + 7200000 END"));
        desk.bind(QStringLiteral(":day"), f.clock.now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(desk.exec());
        QVERIFY(tx.commit());
        qInfo("generated 68,000 requests in %lld ms", timer.elapsed());
        m_board = std::make_unique<TimerBoard>(*f.requests, f.clerk, f.clock);
        QVERIFY(m_board->refresh());
        qInfo("timer board: %lld lines (open requests, slips awaited, complainants to tell)", qlonglong(m_board->items().size()));
    }

    void boardRefresh()
    {
        QBENCHMARK {
            m_board->refresh();
        }
    }

    void boardTick()
    {
        qint64 step = 0;
        QBENCHMARK {
            m_board->tick(m_f->clock.now().addSecs(++step));
        }
    }

    void listFirstPageNewest()
    {
        QBENCHMARK {
            const auto page = m_f->requests->queries().list(m_f->clerk, {}, 0, 100);
            QCOMPARE(page->size(), 100);
        }
    }

    void listOverdueRepairsMine()
    {
        RequestFilter filter;
        filter.kind = RequestKind::Repair;
        filter.overdueOnly = true;
        filter.mine = true;
        QBENCHMARK {
            const auto page = m_f->requests->queries().list(m_f->clerk, filter, 0, 100);
            QVERIFY(!page->isEmpty());
        }
    }

    void listClassInMonthPage3()
    {
        RequestFilter filter;
        filter.kind = RequestKind::Repair;
        filter.classKey = QStringLiteral("general");
        filter.from = ServiceDeskFixture::local(2025, 1, 1, 0, 0);
        filter.to = ServiceDeskFixture::local(2026, 1, 1, 0, 0);
        QBENCHMARK {
            const auto page = m_f->requests->queries().list(m_f->clerk, filter, 200, 100);
            QCOMPARE(page->size(), 100);
        }
    }

    void listDeepPage()
    {
        QBENCHMARK {
            const auto page = m_f->requests->queries().list(m_f->clerk, {}, 50000, 100);
            QCOMPARE(page->size(), 100);
        }
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_f.reset();
    }
};

QTEST_GUILESS_MAIN(BenchRequests)
#include "bench_requests.moc"
