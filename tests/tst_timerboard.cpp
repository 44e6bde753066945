// SPEC 3.4: the timer board moves on track -> due soon -> overdue as the clock advances,
// one signal per change, and a tick never touches the database.
#include "servicedesksupport.h"

#include "models/database/query.h"
#include "models/services/timerboard.h"

#include <QSignalSpy>
#include <QTest>

class TestTimerBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<TimerState>(); }

    void movesWithTheClock()
    {
        ServiceDeskFixture f; // 2026-02-12 10:00
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.classKey = QStringLiteral("general"); // arrival in 60 min, due soon under 12 min
        const qint64 id = repo.registerRequest(f.clerk, in)->id;

        TimerBoard board(repo, f.clerk, f.clock);
        QSignalSpy changes(&board, &TimerBoard::stateChanged);
        QSignalSpy escalations(&board, &TimerBoard::escalated);
        QSignalSpy counts(&board, &TimerBoard::countsChanged);
        QVERIFY(board.refresh());
        QCOMPARE(board.items().size(), 1);
        QCOMPARE(board.items().first().status.state, TimerState::OnTrack);
        QCOMPARE(changes.count(), 0); // the first load announces nothing

        // Tick every 30 seconds for 65 minutes: no statement reaches the database.
        const quint64 queriesBefore = Query::executionCount();
        for (int i = 0; i < 130; ++i) {
            f.clock.advance(30);
            board.tick();
        }
        QCOMPARE(Query::executionCount(), queriesBefore);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).toLongLong(), id);
        QCOMPARE(changes.at(0).at(1).value<TimerState>(), TimerState::OnTrack);
        QCOMPARE(changes.at(0).at(2).value<TimerState>(), TimerState::DueSoon);
        QCOMPARE(changes.at(1).at(1).value<TimerState>(), TimerState::DueSoon);
        QCOMPARE(changes.at(1).at(2).value<TimerState>(), TimerState::Overdue);
        QCOMPARE(escalations.count(), 1);
        QCOMPARE(board.overdueIds(), QList<qint64>{id});
        QVERIFY(board.items().first().escalated());
        QCOMPARE(board.count(TimerState::Overdue), 1);
        QCOMPARE(counts.count(), 2);

        // The arrival is recorded: the board reloads that one request and runs to completion.
        QVERIFY(repo.arrive(f.clerk, id, f.version(id)));
        QCOMPARE(changes.count(), 3);
        QCOMPARE(changes.at(2).at(1).value<TimerState>(), TimerState::Overdue);
        QCOMPARE(changes.at(2).at(2).value<TimerState>(), TimerState::OnTrack);
        QCOMPARE(board.items().first().status.deadline, DeadlineKind::Completion);
        QCOMPARE(board.count(TimerState::Overdue), 0);

        // Completion takes it off the board.
        QVERIFY(repo.complete(f.clerk, id, f.version(id), {}));
        QCOMPARE(board.items().size(), 0);
        QCOMPARE(changes.count(), 4);
        QCOMPARE(changes.at(3).at(2).value<TimerState>(), TimerState::None);
        QCOMPARE(escalations.count(), 1);
    }

    void newRequestsJoinAndTicksStayQuiet()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 11, 21, 50));
        RequestRepository &repo = *f.requests;
        TimerBoard board(repo, f.clerk, f.clock);
        QVERIFY(board.refresh());
        QSignalSpy changes(&board, &TimerBoard::stateChanged);
        QSignalSpy inserted(&board, &TimerBoard::inserted);

        const qint64 leak = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changes.count(), 1); // None -> on track (exactly 10 minutes left)
        QCOMPARE(changes.at(0).at(2).value<TimerState>(), TimerState::OnTrack);

        // Ticking at the same instant changes nothing; one second later it is due soon.
        board.tick();
        board.tick();
        QCOMPARE(changes.count(), 1);
        f.clock.advance(1);
        board.tick();
        board.tick();
        QCOMPARE(changes.count(), 2);
        f.clock.advance(10 * 60);
        board.tick();
        QCOMPARE(changes.count(), 3);
        QCOMPARE(board.items().at(board.rowOf(leak)).status.state, TimerState::Overdue);

        // A manager extends the arrival: back on track, one more signal.
        ExtensionInput ext;
        ext.deadline = DeadlineKind::Arrival;
        ext.newDeadline = ServiceDeskFixture::local(2026, 2, 11, 23, 0);
        ext.reason = QStringLiteral("暴雨, 维修工在另一处抢修");
        QVERIFY(repo.extend(f.manager, leak, f.version(leak), ext));
        QCOMPARE(changes.count(), 4);
        QCOMPARE(changes.at(3).at(2).value<TimerState>(), TimerState::OnTrack);

        // The database can go away: ticks keep running from memory.
        f.db->close();
        f.clock.advance(3 * 3600);
        board.tick();
        QCOMPARE(changes.count(), 5);
        QCOMPARE(changes.at(4).at(2).value<TimerState>(), TimerState::Overdue);
    }

    void refreshAnnouncesOnlyChanges()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        const qint64 a = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.classKey = QStringLiteral("general");
        repo.registerRequest(f.clerk, in);
        TimerBoard board(repo, f.clerk, f.clock);
        QVERIFY(board.refresh());
        QCOMPARE(board.items().size(), 2);
        QSignalSpy changes(&board, &TimerBoard::stateChanged);
        QSignalSpy resets(&board, &TimerBoard::reset);
        QVERIFY(board.refresh());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 0);
        f.clock.advance(20 * 60); // the emergency's arrival is late, the general one is not
        QVERIFY(board.refresh());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toLongLong(), a);
        board.tick();
        QCOMPARE(changes.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimerBoard)
#include "tst_timerboard.moc"
