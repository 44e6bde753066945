// SPEC 3.4: the timer board moves on track -> due soon -> overdue as the clock advances,
// one signal per change, and a tick never touches the database. SPEC 5: the inspections
// due and the rectification deadlines are lines of the same board, on the same clock.
#include "inspectionsupport.h"

#include "models/database/query.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/services/timerboard.h"

#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestTimerBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TimerState>();
        qRegisterMetaType<BoardKey>();
    }

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
        QCOMPARE(changes.at(0).at(0).value<BoardKey>(), (BoardKey{BoardSource::Request, id}));
        QCOMPARE(changes.at(0).at(1).value<TimerState>(), TimerState::OnTrack);
        QCOMPARE(changes.at(0).at(2).value<TimerState>(), TimerState::DueSoon);
        QCOMPARE(changes.at(1).at(1).value<TimerState>(), TimerState::DueSoon);
        QCOMPARE(changes.at(1).at(2).value<TimerState>(), TimerState::Overdue);
        QCOMPARE(escalations.count(), 1);
        QCOMPARE(board.overdueKeys(), QList<BoardKey>{(BoardKey{BoardSource::Request, id})});
        QVERIFY(board.items().first().escalated());
        QCOMPARE(board.count(TimerState::Overdue), 1);
        QCOMPARE(counts.count(), 2);

        // The arrival is recorded: the board reloads that one request and runs to completion.
        // The completion timer starts on track; no deadline moved, so nothing is announced
        // (it used to say "completion now due at ..."), but the overdue count drops.
        const qsizetype countsBefore = counts.count();
        QVERIFY(repo.arrive(f.clerk, id, f.version(id)));
        QCOMPARE(changes.count(), 2);
        QCOMPARE(counts.count(), countsBefore + 1);
        QCOMPARE(board.items().first().status.deadline, DeadlineKind::Completion);
        QCOMPARE(board.items().first().status.state, TimerState::OnTrack);
        QCOMPARE(board.count(TimerState::Overdue), 0);

        // Completion takes the request's timer off the board (the slip's begins: see below).
        QVERIFY(repo.complete(f.clerk, id, f.version(id), {}));
        QCOMPARE(board.rowOf(id), -1);
        QCOMPARE(changes.count(), 4);
        QCOMPARE(changes.at(2).at(0).value<BoardKey>(), (BoardKey{BoardSource::Request, id}));
        QCOMPARE(changes.at(2).at(2).value<TimerState>(), TimerState::None);
        QCOMPARE(changes.at(3).at(0).value<BoardKey>(), (BoardKey{BoardSource::SlipReturn, id}));
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
        QCOMPARE(changes.first().at(0).value<BoardKey>().id, a);
        board.tick();
        QCOMPARE(changes.count(), 1);
    }

    // SPEC 3.1: the technician's slip is back at customer service within 24 hours of completion.
    void aCompletedRequestWaitsForItsSlip()
    {
        ServiceDeskFixture f; // 2026-02-12 10:00
        RequestRepository &repo = *f.requests;
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        TimerBoard board(repo, f.clerk, f.clock);
        QVERIFY(board.refresh());
        QSignalSpy changes(&board, &TimerBoard::stateChanged);
        const BoardKey slip{BoardSource::SlipReturn, id};
        QCOMPARE(board.rowOf(slip), -1);

        DispatchInput to;
        to.receiverUserId = f.technician.userId;
        to.receiverName = f.technician.displayName;
        QVERIFY(repo.dispatch(f.clerk, id, f.version(id), to));
        f.clock.advance(8 * 60);
        QVERIFY(repo.arrive(f.technician, id, f.version(id)));
        f.clock.advance(40 * 60);
        QVERIFY(repo.complete(f.technician, id, f.version(id), {}));
        // The request's own timer is done; the slip's runs from completion (10:48) to 10:48 tomorrow.
        QCOMPARE(board.rowOf(id), -1);
        QVERIFY(board.rowOf(slip) >= 0);
        const TimerBoard::Item &line = board.items().at(board.rowOf(slip));
        QCOMPARE(line.status.state, TimerState::OnTrack);
        QCOMPARE(line.status.due, ServiceDeskFixture::local(2026, 2, 13, 10, 48).toMSecsSinceEpoch());
        QCOMPARE(changes.last().at(0).value<BoardKey>(), slip);
        QCOMPARE(changes.last().at(2).value<TimerState>(), TimerState::OnTrack);

        // The technician's own board shows it too.
        TimerBoard technicians(repo, f.technician, f.clock);
        QVERIFY(technicians.refresh());
        QVERIFY(technicians.rowOf(slip) >= 0);

        // Less than 20% of the 24 hours left: due soon; past it: overdue.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 6, 1));
        board.tick();
        QCOMPARE(board.items().at(board.rowOf(slip)).status.state, TimerState::DueSoon);
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 10, 49));
        board.tick();
        QCOMPARE(board.items().at(board.rowOf(slip)).status.state, TimerState::Overdue);
        QVERIFY(!board.items().at(board.rowOf(slip)).escalated()); // the managers see requests' deadlines

        // The slip comes back: the line leaves.
        QVERIFY(repo.returnSlip(f.clerk, id, f.version(id)));
        QCOMPARE(board.rowOf(slip), -1);
        QCOMPARE(changes.last().at(2).value<TimerState>(), TimerState::None);
        QVERIFY(board.refresh());
        QCOMPARE(board.rowOf(slip), -1);

        // An enquiry answered at the desk has no slip.
        NewRequest question = ServiceDeskFixture::waterLeak();
        question.kind = RequestKind::Enquiry;
        question.classKey = QStringLiteral("general");
        const qint64 enquiry = repo.registerRequest(f.clerk, question)->id;
        QVERIFY(repo.complete(f.clerk, enquiry, f.version(enquiry), {}));
        QCOMPARE(board.rowOf(BoardKey{BoardSource::SlipReturn, enquiry}), -1);
        QVERIFY(board.refresh());
        QCOMPARE(board.rowOf(BoardKey{BoardSource::SlipReturn, enquiry}), -1);
    }

    // SPEC 3.2: a complaint not settled the same day has the complainant told that day.
    void aComplainantIsToldTheSameDay()
    {
        ServiceDeskFixture f; // 2026-02-12 10:00
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.kind = RequestKind::Complaint;
        in.classKey = QStringLiteral("attitude_ordinary"); // handled within 4 hours
        const qint64 settled = repo.registerRequest(f.clerk, in)->id;
        in.classKey = QStringLiteral("attitude_serious"); // 2 working days
        const qint64 open = repo.registerRequest(f.clerk, in)->id;
        const qint64 repair = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        TimerBoard board(repo, f.clerk, f.clock);
        QVERIFY(board.refresh());
        const BoardKey tellSettled{BoardSource::TellComplainant, settled};
        const BoardKey tellOpen{BoardSource::TellComplainant, open};
        QVERIFY(board.rowOf(tellSettled) >= 0);
        QVERIFY(board.rowOf(tellOpen) >= 0);
        QCOMPARE(board.rowOf(BoardKey{BoardSource::TellComplainant, repair}), -1);
        QCOMPARE(board.items().at(board.rowOf(tellOpen)).status.due,
                 ServiceDeskFixture::local(2026, 2, 13, 0, 0).toMSecsSinceEpoch());

        // Settled the same day: nobody needs telling.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 12, 0));
        QVERIFY(repo.complete(f.clerk, settled, f.version(settled), {}));
        QCOMPARE(board.rowOf(tellSettled), -1);

        // Not told by midnight: overdue.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 0, 0, 1));
        board.tick();
        QCOMPARE(board.items().at(board.rowOf(tellOpen)).status.state, TimerState::Overdue);

        // Only a complaint, only with a promise that lies ahead; then it leaves the board.
        const QDateTime promise = ServiceDeskFixture::local(2026, 2, 14, 12, 0);
        QVERIFY(!repo.tellComplainant(f.clerk, repair, f.version(repair), promise, {}));
        QVERIFY(!repo.tellComplainant(f.clerk, open, f.version(open), f.clock.now().addSecs(-60), {}));
        QVERIFY(!repo.tellComplainant(f.clerk, open, f.version(open), {}, {}));
        QVERIFY(!repo.tellComplainant(f.guard, open, f.version(open), promise, {}));
        QVERIFY(repo.tellComplainant(f.clerk, open, f.version(open), promise, QStringLiteral("电话告知")));
        QCOMPARE(board.rowOf(tellOpen), -1);
        QVERIFY(board.refresh());
        QCOMPARE(board.rowOf(tellOpen), -1);
        const ServiceRequest r = repo.request(f.clerk, open).value();
        QCOMPARE(r.settlePromisedAt, promise.toUTC());
        QCOMPARE(r.complainantToldAt, f.clock.now().toUTC());
        Query audited(*f.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'request_complainant_told'"));
        QCOMPARE(audited.scalar().value(), 1);

        // Handled, then "not solved" at the callback two days later: open again, and the
        // complainant is told anew by the end of that day.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 9, 0));
        QVERIFY(repo.complete(f.clerk, open, f.version(open), {}));
        f.clock.set(ServiceDeskFixture::local(2026, 2, 15, 10, 0));
        CallbackInput notSolved;
        notSolved.solved = false;
        notSolved.attitude = Attitude::Unsatisfied;
        QVERIFY(repo.recordCallback(f.clerk2, open, f.version(open), notSolved));
        QVERIFY(repo.request(f.clerk, open).value().isOpen());
        QVERIFY(!repo.request(f.clerk, open).value().complainantToldAt.isValid());
        QVERIFY(board.rowOf(tellOpen) >= 0);
        QCOMPARE(board.items().at(board.rowOf(tellOpen)).status.due,
                 ServiceDeskFixture::local(2026, 2, 16, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(board.items().at(board.rowOf(tellOpen)).status.state, TimerState::OnTrack);

        // A technician does not tell complainants: not on their board.
        TimerBoard technicians(repo, f.technician, f.clock);
        QVERIFY(technicians.refresh());
        QCOMPARE(technicians.rowOf(tellOpen), -1);
    }

    // Requests copied from a ledger, or registered before the board knew these rules (the
    // migration's default), raise no slip or complainant alarms.
    void olderRequestsRaiseNoDeskAlarms()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.kind = RequestKind::Complaint;
        in.classKey = QStringLiteral("attitude_serious");
        const qint64 complaint = repo.registerRequest(f.clerk, in)->id;
        const qint64 repair = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QVERIFY(repo.arrive(f.clerk, repair, f.version(repair)));
        QVERIFY(repo.complete(f.clerk, repair, f.version(repair), {}));
        TimerBoard board(repo, f.clerk, f.clock);
        QVERIFY(board.refresh());
        QVERIFY(board.rowOf(BoardKey{BoardSource::TellComplainant, complaint}) >= 0);
        QVERIFY(board.rowOf(BoardKey{BoardSource::SlipReturn, repair}) >= 0);

        Query asBefore(*f.db, QStringLiteral("UPDATE requests SET desk_rules = 0"));
        QVERIFY(asBefore.exec());
        QVERIFY(board.refresh());
        QCOMPARE(board.rowOf(BoardKey{BoardSource::TellComplainant, complaint}), -1);
        QCOMPARE(board.rowOf(BoardKey{BoardSource::SlipReturn, repair}), -1);
        QVERIFY(board.rowOf(complaint) >= 0); // its own deadline still runs
    }

    void inspectionsShareTheBoardAndTheClock()
    {
        InspectionFixture f; // 2026-03-02 08:00; the area lead inspects every 4 hours
        TimerBoard board(*f.requests, f.clerk2, f.clock);
        board.watchInspections(*f.schedule, *f.findings);
        TimerBoardModel model(&board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(board.refresh());
        QCOMPARE(board.items().size(), 4); // one line per person and level; nothing else is waiting
        const BoardKey areaLead{BoardSource::Inspection, f.areaLeadAssignment};
        const auto stateOf = [&](const BoardKey &key) {
            const int row = board.rowOf(key);
            return row < 0 ? TimerState::None : board.items().at(row).status.state;
        };
        QCOMPARE(stateOf(areaLead), TimerState::OnTrack);
        QCOMPARE(board.items().at(board.rowOf(areaLead)).entry.responsibleName, f.clerk.displayName);
        QCOMPARE(board.items().at(board.rowOf(areaLead)).entry.receiverName, QStringLiteral("王芳"));

        QSignalSpy changes(&board, &TimerBoard::stateChanged);
        QSignalSpy escalations(&board, &TimerBoard::escalated);
        QSignalSpy counts(&board, &TimerBoard::countsChanged);
        QList<QDateTime> movedAt;
        connect(&board, &TimerBoard::stateChanged, &board, [&] { movedAt << board.lastEvaluated(); });

        // A tick a minute until 12:30, from memory only: due soon when less than 20% of
        // the 4 hours is left (11:13), overdue a minute after 12:00, exactly like a request.
        const quint64 queriesBefore = Query::executionCount();
        while (f.clock.now() < InspectionFixture::local(2026, 3, 2, 12, 30)) {
            f.clock.advance(60);
            board.tick();
        }
        QCOMPARE(Query::executionCount(), queriesBefore);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).value<BoardKey>(), areaLead);
        QCOMPARE(changes.at(0).at(2).value<TimerState>(), TimerState::DueSoon);
        QCOMPARE(movedAt.at(0), InspectionFixture::local(2026, 3, 2, 11, 13).toUTC());
        QCOMPARE(changes.at(1).at(2).value<TimerState>(), TimerState::Overdue);
        QCOMPARE(movedAt.at(1), InspectionFixture::local(2026, 3, 2, 12, 1).toUTC());
        QCOMPARE(escalations.count(), 1);
        QCOMPARE(board.count(TimerState::Overdue), 1);
        QCOMPARE(board.count(TimerState::Overdue, BoardSource::Inspection), 1);
        QCOMPARE(counts.count(), 2);

        // The area lead does the round and finds item 3 failing: back on track, one signal.
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {3});
        const qint64 nc = f.runs->finish(f.clerk, run, f.runs->run(f.clerk, run).value().rowVersion).value().first();
        QVERIFY(board.refreshInspections());
        QCOMPARE(changes.count(), 3);
        QCOMPARE(changes.at(2).at(1).value<TimerState>(), TimerState::Overdue);
        QCOMPARE(changes.at(2).at(2).value<TimerState>(), TimerState::OnTrack);
        QCOMPARE(board.items().at(board.rowOf(areaLead)).status.due,
                 InspectionFixture::local(2026, 3, 2, 16, 30).toMSecsSinceEpoch());
        // A finding without a plan has no deadline yet: not on the board.
        const BoardKey finding{BoardSource::Rectification, nc};
        QCOMPARE(board.rowOf(finding), -1);

        // A plan with a two-hour deadline puts it on the board.
        RectificationPlan plan;
        plan.responsibleId = f.clerk.userId;
        plan.responsibleName = f.clerk.displayName;
        plan.deadline = f.clock.now().addSecs(2 * 3600);
        plan.steps = QStringLiteral("每日清扫两次");
        plan.targetStandard = QStringLiteral("无烟头");
        QVERIFY(f.findings->planRectification(f.clerk, nc, 1, plan));
        QVERIFY(board.refreshInspections());
        QCOMPARE(stateOf(finding), TimerState::OnTrack);
        QCOMPARE(changes.count(), 4);
        QCOMPARE(board.items().at(board.rowOf(finding)).entry.responsibleName, f.clerk.displayName);
        f.clock.advance(3600 + 37 * 60); // 23 minutes of 2 hours left: under 20%
        board.tick();
        QCOMPARE(stateOf(finding), TimerState::DueSoon);
        f.clock.advance(24 * 60);
        board.tick();
        QCOMPARE(stateOf(finding), TimerState::Overdue);
        QCOMPARE(changes.count(), 6);
        QCOMPARE(escalations.last().at(0).value<BoardKey>(), finding);

        // The project head finds it again while it is open: a repeat, raised to 王芳 (the
        // area lead's superior), on her board even before anyone has made a plan for it ...
        const qint64 high = f.markedRun(f.manager, f.projectHeadAssignment, QStringLiteral("cleaning"), {}, {3});
        const qint64 repeat = f.runs->finish(f.manager, high, f.runs->run(f.manager, high).value().rowVersion).value().first();
        QVERIFY(board.refreshInspections());
        const BoardKey raised{BoardSource::Rectification, repeat};
        QVERIFY(board.rowOf(raised) >= 0);
        QVERIFY(board.items().at(board.rowOf(raised)).raisedToMe);
        QCOMPARE(stateOf(raised), TimerState::None);
        QCOMPARE(board.raisedToMeCount(), 1);
        // ... and not on the area lead's.
        TimerBoard own(*f.requests, f.clerk, f.clock);
        own.watchInspections(*f.schedule, *f.findings);
        QVERIFY(own.refresh());
        QCOMPARE(own.rowOf(raised), -1);
        QVERIFY(own.rowOf(finding) >= 0);
        QCOMPARE(own.raisedToMeCount(), 0);

        // The recheck closes the first finding: it leaves the board.
        const NonConformity open = f.findings->get(f.clerk2, nc).value();
        QVERIFY(f.findings->recheck(f.clerk2, nc, open.rowVersion, true, QStringLiteral("已整改")));
        QVERIFY(board.refreshInspections());
        QCOMPARE(board.rowOf(finding), -1);
        QCOMPARE(changes.last().at(2).value<TimerState>(), TimerState::None);
    }

    void requestTimersDoNotDependOnTheInspectionTables()
    {
        InspectionFixture f;
        const qint64 leak = f.requests->registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        TimerBoard board(*f.requests, f.clerk, f.clock);
        board.watchInspections(*f.schedule, *f.findings);
        QVERIFY(board.refresh());
        QCOMPARE(board.items().size(), 5);
        // The findings cannot be read: the board says so, keeps the inspection lines it had,
        // and the request timers go on.
        // Not a prepared statement: PostgreSQL prepares no ALTER TABLE.
        QSqlQuery rename(f.db->connection());
        QVERIFY2(rename.exec(QStringLiteral("ALTER TABLE non_conformities RENAME TO gone")),
                 qPrintable(rename.lastError().text()));
        f.clock.advance(11 * 60);
        const Status reloaded = board.refresh();
        QVERIFY(!reloaded);
        QCOMPARE(board.items().size(), 5);
        QCOMPARE(board.items().at(board.rowOf(leak)).status.state, TimerState::Overdue);
        QVERIFY(!board.refreshInspections());
        QCOMPARE(board.items().size(), 5);
    }

    void aTechnicianSeesNoInspections()
    {
        InspectionFixture f;
        TimerBoard board(*f.requests, f.technician, f.clock);
        board.watchInspections(*f.schedule, *f.findings);
        QVERIFY(board.refresh());
        QVERIFY(board.items().isEmpty());
        QCOMPARE(f.auditCount(QStringLiteral("permission_denied")), 0); // nothing was asked for
    }
};

QTEST_GUILESS_MAIN(TestTimerBoard)
#include "tst_timerboard.moc"
