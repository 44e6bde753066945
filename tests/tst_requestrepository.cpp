// The request engine: the co-sign flow, its permissions, history, audit and queries.
#include "servicedesksupport.h"

#include "models/database/query.h"
#include "models/repositories/auditlog.h"

#include <QSignalSpy>
#include <QTest>

class TestRequestRepository : public QObject
{
    Q_OBJECT

    static int auditCount(Database &db, const QString &action)
    {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
        q.bind(QStringLiteral(":a"), action);
        return int(q.scalar().value());
    }

private slots:
    // Water leak at 21:50 -> dispatch -> arrival 22:05 (late) -> complete -> callback -> closed.
    void waterLeakFlow()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 11, 21, 50));
        RequestRepository &repo = *f.requests;
        QSignalSpy changed(&repo, &RequestRepository::requestChanged);

        const auto reg = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak());
        QVERIFY2(reg, qPrintable(reg.error()));
        QCOMPARE(reg->number, QStringLiteral("R2026-000001"));
        QCOMPARE(changed.count(), 1);
        const qint64 id = reg->id;
        ServiceRequest r = f.get(id);
        QCOMPARE(r.state, RequestState::Registered);
        QCOMPARE(r.registeredAt, ServiceDeskFixture::local(2026, 2, 11, 21, 50).toUTC());
        QCOMPARE(r.registeredBy, f.clerk.userId);
        QCOMPARE(r.arrivalDeadline, ServiceDeskFixture::local(2026, 2, 11, 22, 0).toUTC());
        QCOMPARE(r.completionDeadline, ServiceDeskFixture::local(2026, 2, 12, 1, 50).toUTC());
        QCOMPARE(r.arrivalLimit, QStringLiteral("10m"));
        QVERIFY(!r.signatureConfirmed); // by phone: signature pending

        f.clock.advance(2 * 60);
        DispatchInput d;
        d.department = QStringLiteral("工程部");
        d.receiverUserId = f.technician.userId;
        QVERIFY(repo.dispatch(f.clerk, id, r.rowVersion, d));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::Dispatched);
        QCOMPARE(r.receiverName, QStringLiteral("Tom Tech"));

        // Another technician cannot record arrival on Tom's ticket.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 11, 22, 5));
        const Status notHis = repo.arrive(f.technician2, id, r.rowVersion);
        QVERIFY(!notHis);
        QVERIFY(notHis.error().contains(QStringLiteral("own tickets")));
        QVERIFY(repo.arrive(f.technician, id, r.rowVersion));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::OnSite);
        QCOMPARE(r.arrivedAt, ServiceDeskFixture::local(2026, 2, 11, 22, 5).toUTC());
        QCOMPARE(RequestTimer::onTime(r.arrivalDeadline, r.arrivedAt, f.clock.now()), OnTime::No); // late

        f.clock.set(ServiceDeskFixture::local(2026, 2, 11, 23, 20));
        CompletionInput done;
        done.workDone = QStringLiteral("更换水管接头");
        done.feeFen = 3550;
        done.paid = true;
        done.receiptNo = QStringLiteral("SJ-0001");
        QVERIFY(repo.complete(f.technician, id, r.rowVersion, done));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::Completed);
        QCOMPARE(r.feeFen.value(), 3550);
        QCOMPARE(RequestTimer::onTime(r.completionDeadline, r.completedAt, f.clock.now()), OnTime::Yes);

        // A technician may not record callbacks at all.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 9, 0));
        CallbackInput cb;
        cb.solved = true;
        cb.attitude = Attitude::Satisfied;
        cb.charged = true;
        cb.score = 9;
        QVERIFY(!repo.recordCallback(f.technician, id, r.rowVersion, cb));
        QVERIFY(repo.recordCallback(f.clerk2, id, r.rowVersion, cb));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::CalledBack);
        // The slip is on file before the request is closed (SPEC 3.1).
        const Status noSlip = repo.close(f.clerk, id, r.rowVersion);
        QVERIFY(!noSlip);
        QVERIFY2(noSlip.error().contains(QStringLiteral("slip")), qPrintable(noSlip.error()));
        QVERIFY(repo.returnSlip(f.clerk, id, r.rowVersion));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::CalledBack);
        // Taken by phone, the reporter signs afterwards (事后补签): not closed unsigned.
        const Status unsigned_ = repo.close(f.clerk, id, r.rowVersion);
        QVERIFY(!unsigned_);
        QVERIFY2(unsigned_.error().contains(QStringLiteral("signature is still pending")), qPrintable(unsigned_.error()));
        QCOMPARE(f.get(id).state, RequestState::CalledBack);
        QVERIFY(repo.confirmSignature(f.clerk, id, r.rowVersion));
        r = f.get(id);
        QVERIFY(repo.close(f.clerk, id, r.rowVersion));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::Closed);

        // Closed is read-only.
        QVERIFY(!repo.voidRequest(f.clerk, id, r.rowVersion, QStringLiteral("mistake")));
        QVERIFY(!repo.confirmSignature(f.clerk, id, r.rowVersion));
        QVERIFY(!repo.dispatch(f.clerk, id, r.rowVersion, d));

        // The whole history, in order.
        const auto detail = repo.detail(f.clerk, id);
        QVERIFY(detail);
        QStringList actions;
        for (const RequestEvent &e : detail->events)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("registered"), QStringLiteral("dispatched"),
                                       QStringLiteral("arrived"), QStringLiteral("completed"),
                                       QStringLiteral("called_back"), QStringLiteral("slip_returned"),
                                       QStringLiteral("signature_confirmed"), QStringLiteral("closed")}));
        QCOMPARE(detail->events.at(2).note, QStringLiteral("late"));
        QCOMPARE(detail->events.at(2).username, QStringLiteral("Tom Tech"));
        QCOMPARE(detail->handovers.size(), 1);
        QCOMPARE(detail->handovers.first().handedByName, QStringLiteral("Carl Clerk"));
        QCOMPARE(detail->handovers.first().receivedByName, QStringLiteral("Tom Tech"));
        QCOMPARE(detail->handovers.first().department, QStringLiteral("工程部"));
        QCOMPARE(detail->callbacks.size(), 1);
        QCOMPARE(detail->callbacks.first().score.value(), 9);
        QCOMPARE(detail->callbacks.first().attitude.value(), Attitude::Satisfied);
        QCOMPARE(detail->callbacks.first().byName, QStringLiteral("王芳"));
        // Every step audited.
        for (const char *action : {"request_registered", "request_dispatched", "request_arrived", "request_completed",
                                   "request_called_back", "request_closed"})
            QCOMPARE(auditCount(*f.db, QString::fromLatin1(action)), 1);

        // Reopen: a manager's audited step, never a clerk's.
        QVERIFY(!repo.reopen(f.clerk, id, r.rowVersion, QStringLiteral("leaks again")));
        QVERIFY(!repo.reopen(f.manager, id, r.rowVersion, QString()));
        QVERIFY(repo.reopen(f.manager, id, r.rowVersion, QStringLiteral("leaks again")));
        r = f.get(id);
        QCOMPARE(r.state, RequestState::Dispatched);
        QCOMPARE(r.reopenCount, 1);
        QVERIFY(!r.completedAt.isValid());
        QCOMPARE(auditCount(*f.db, QStringLiteral("request_reopened")), 1);
    }

    void notSolvedReopens()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.classKey = QStringLiteral("general");
        in.description = QStringLiteral("门锁坏了");
        const qint64 id = repo.registerRequest(f.clerk, in)->id;
        DispatchInput d;
        d.receiverName = QStringLiteral("李师傅"); // no account: a name on the form
        QVERIFY(repo.dispatch(f.clerk, id, f.version(id), d));
        f.clock.advance(30 * 60);
        QVERIFY(repo.arrive(f.clerk, id, f.version(id)));
        f.clock.advance(30 * 60);
        QVERIFY(repo.complete(f.clerk, id, f.version(id), {}));
        QVERIFY(repo.returnSlip(f.clerk, id, f.version(id)));
        QCOMPARE(f.get(id).state, RequestState::Returned);
        CallbackInput cb;
        cb.solved = false;
        cb.attitude = Attitude::Basic;
        cb.score = 4;
        cb.suggestions = QStringLiteral("还是关不上");
        QVERIFY(repo.recordCallback(f.clerk2, id, f.version(id), cb));
        ServiceRequest r = f.get(id);
        QCOMPARE(r.state, RequestState::Dispatched);
        QCOMPARE(r.reopenCount, 1);
        QVERIFY(!r.completedAt.isValid());
        QVERIFY(!r.slipReturnedAt.isValid());
        QVERIFY(r.arrivedAt.isValid());
        // A reopened request cannot be closed until it is done and called back again.
        QVERIFY(!repo.close(f.clerk, id, r.rowVersion));
        const auto detail = repo.detail(f.clerk, id);
        QCOMPARE(detail->events.last().action, QStringLiteral("reopened_not_solved"));
        QCOMPARE(detail->callbacks.first().solved.value(), false);
    }

    void workerCannotCallBackOwnTicket()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        DispatchInput d;
        d.receiverUserId = f.clerk2.userId; // Wang went herself
        QVERIFY(repo.dispatch(f.clerk, id, f.version(id), d));
        QVERIFY(repo.arrive(f.clerk2, id, f.version(id)));
        QVERIFY(repo.complete(f.clerk2, id, f.version(id), {}));
        const Status own = repo.recordCallback(f.clerk2, id, f.version(id), {});
        QVERIFY(!own);
        QVERIFY(own.error().contains(QStringLiteral("may not record its callback")));
        QCOMPARE(auditCount(*f.db, QStringLiteral("permission_denied")), 1);
        QCOMPARE(f.get(id).state, RequestState::Completed);
        QVERIFY(repo.recordCallback(f.clerk, id, f.version(id), {}));
    }

    void extensionsAreForManagers()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.classKey = QStringLiteral("general");
        const qint64 id = repo.registerRequest(f.clerk, in)->id;
        ExtensionInput ext;
        ext.deadline = DeadlineKind::Completion;
        ext.newDeadline = ServiceDeskFixture::local(2026, 3, 6, 18, 0);
        ext.reason = QStringLiteral("等待配件");
        const Status clerkTry = repo.extend(f.clerk, id, f.version(id), ext);
        QVERIFY(!clerkTry);
        QCOMPARE(f.get(id).completionDeadline, ServiceDeskFixture::local(2026, 3, 1, 0, 0).toUTC());
        ExtensionInput noReason = ext;
        noReason.reason.clear();
        QVERIFY(!repo.extend(f.manager, id, f.version(id), noReason));
        ExtensionInput earlier = ext;
        earlier.newDeadline = ServiceDeskFixture::local(2026, 2, 20, 0, 0);
        QVERIFY(!repo.extend(f.manager, id, f.version(id), earlier));
        QVERIFY(repo.extend(f.manager, id, f.version(id), ext));
        QCOMPARE(f.get(id).completionDeadline, ext.newDeadline.toUTC());
        const auto detail = repo.detail(f.manager, id);
        QCOMPARE(detail->extensions.size(), 1);
        QCOMPARE(detail->extensions.first().approverName, QStringLiteral("Mia Manager"));
        QCOMPARE(detail->extensions.first().oldDeadline, ServiceDeskFixture::local(2026, 3, 1, 0, 0).toUTC());
        QCOMPARE(auditCount(*f.db, QStringLiteral("request_extended")), 1);
        QCOMPARE(auditCount(*f.db, QStringLiteral("permission_denied")), 1);
    }

    void staleVersionIsRefused()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        const int v = f.version(id);
        DispatchInput d;
        d.receiverName = QStringLiteral("李师傅");
        QVERIFY(repo.dispatch(f.clerk, id, v, d));
        const Status stale = repo.dispatch(f.clerk2, id, v, d);
        QVERIFY(!stale);
        // Who changed it and when, in the estate's time: the other clerk's dispatch, just now.
        const QString expected = QStringLiteral("was changed by %1 at %2 after you opened it")
                                     .arg(f.clerk.displayName, QStringLiteral("2026-02-12 10:00:00"));
        QVERIFY2(stale.error().contains(expected), qPrintable(stale.error()));
        QCOMPARE(f.version(id), v + 1);
    }

    void validationAndPermissions()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        QVERIFY(!repo.registerRequest(f.technician, in));
        QVERIFY(!repo.registerRequest(f.guard, in));
        QVERIFY(!repo.request(f.guard, 1));
        NewRequest bad = in;
        bad.classKey = QStringLiteral("neighbour"); // a complaint class on a repair
        QVERIFY(!repo.registerRequest(f.clerk, bad));
        bad = in;
        bad.publicLocation = QStringLiteral("2号楼大堂"); // both house and location
        QVERIFY(!repo.registerRequest(f.clerk, bad));
        bad = in;
        bad.registeredAt = f.clock.now().addSecs(3600);
        QVERIFY(!repo.registerRequest(f.clerk, bad));
        bad = in;
        bad.description = QStringLiteral("  ");
        QVERIFY(!repo.registerRequest(f.clerk, bad));
        // Completion before arrival is refused for a class measured to arrival.
        const qint64 id = repo.registerRequest(f.clerk, in)->id;
        QVERIFY(!repo.complete(f.clerk, id, f.version(id), {}));
        // Numbers count per kind and year.
        NewRequest complaint;
        complaint.kind = RequestKind::Complaint;
        complaint.classKey = QStringLiteral("neighbour");
        complaint.reporterName = QStringLiteral("李四");
        complaint.publicLocation = QStringLiteral("5号楼");
        complaint.description = QStringLiteral("装修噪音");
        QCOMPARE(repo.registerRequest(f.clerk, complaint)->number, QStringLiteral("C2026-000001"));
        QCOMPARE(repo.registerRequest(f.clerk, in)->number, QStringLiteral("R2026-000002"));
        // Void with a reason leaves the request out of the lists.
        QVERIFY(!repo.voidRequest(f.clerk, id, f.version(id), QString()));
        QVERIFY(repo.voidRequest(f.clerk, id, f.version(id), QStringLiteral("重复登记")));
        QCOMPARE(repo.queries().count(f.clerk, {}).value(), 2);
        QVERIFY(!repo.arrive(f.clerk, id, f.version(id)));
    }

    void complaintAgainstStaffGoesToDirector()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        NewRequest in;
        in.kind = RequestKind::Complaint;
        in.channel = RequestChannel::Visit;
        in.signatureConfirmed = true;
        in.classKey = QStringLiteral("attitude_serious");
        in.reporterName = QStringLiteral("赵六");
        in.houseNumber = QStringLiteral("1-1-101");
        in.description = QStringLiteral("客服主管态度恶劣");
        in.major = true;
        in.complaintAgainst = ComplaintTarget::SupervisorOrHigher;
        const qint64 id = repo.registerRequest(f.clerk, in)->id;
        ServiceRequest r = f.get(id);
        QCOMPARE(r.department, RequestCodes::directorDepartment());
        QVERIFY(r.major);
        QVERIFY(r.signatureConfirmed);
        QVERIFY(!r.arrivalDeadline.isValid());
        DispatchInput d;
        d.department = QStringLiteral("客服部");
        d.receiverName = QStringLiteral("周主任");
        QVERIFY(repo.dispatch(f.clerk, id, r.rowVersion, d));
        QCOMPARE(f.get(id).department, RequestCodes::directorDepartment());
        // A complaint against staff is only possible on a complaint.
        NewRequest repair = ServiceDeskFixture::waterLeak();
        repair.complaintAgainst = ComplaintTarget::CustomerServiceStaff;
        QVERIFY(!repo.registerRequest(f.clerk, repair));
    }

    void limitsAreEditableByManagers()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        // The seeded table is SPEC 3.2.
        const TimeLimitTable seeded = repo.timeLimits().limits();
        const TimeLimitTable defaults = TimeLimitTable::defaults();
        for (const auto &e : defaults.entries()) {
            const auto s = seeded.entry(e.kind, e.classKey);
            QVERIFY(s);
            QCOMPARE(s->arrival.has_value(), e.arrival.has_value());
            QCOMPARE(s->completion.has_value(), e.completion.has_value());
            if (e.arrival)
                QCOMPARE(s->arrival->code(), e.arrival->code());
            if (e.completion)
                QCOMPARE(s->completion->code(), e.completion->code());
        }
        QSignalSpy changed(&repo.timeLimits(), &TimeLimitRepository::limitsChanged);
        QVERIFY(!repo.timeLimits().setLimit(f.clerk, RequestKind::Repair, QStringLiteral("emergency"), TimeLimit::parse(QStringLiteral("15m")),
                               TimeLimit::parse(QStringLiteral("4h"))));
        QVERIFY(repo.timeLimits().setLimit(f.manager, RequestKind::Repair, QStringLiteral("emergency"),
                              TimeLimit::parse(QStringLiteral("15m")), TimeLimit::parse(QStringLiteral("4h"))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditCount(*f.db, QStringLiteral("time_limit_changed")), 1);
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QCOMPARE(f.get(id).arrivalDeadline, ServiceDeskFixture::local(2026, 2, 12, 10, 15).toUTC());

        QVERIFY(!repo.prices().savePriceItem(f.clerk, PriceItem{0, QStringLiteral("更换灯泡"), QStringLiteral("个"), 500, true, 1}));
        const auto item = repo.prices().savePriceItem(f.manager, PriceItem{0, QStringLiteral("更换灯泡"), QStringLiteral("个"), 500, true, 1});
        QVERIFY(item);
        QVERIFY(repo.prices().savePriceItem(f.manager, PriceItem{item.value(), QStringLiteral("更换灯泡"), QStringLiteral("个"), 800, true, 1}));
        QCOMPARE(repo.prices().priceList()->first().priceFen, 800);
        QVERIFY(!repo.prices().savePriceItem(f.manager, PriceItem{item.value(), QStringLiteral("更换灯泡"), QStringLiteral("个"), 900, true, 1}));
    }

    void listFilters()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 2, 9, 0));
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            in.classKey = i % 2 ? QStringLiteral("general") : QStringLiteral("emergency");
            in.description = QStringLiteral("问题 %1").arg(i);
            ids << repo.registerRequest(i < 4 ? f.clerk : f.clerk2, in)->id;
            f.clock.advance(3600);
        }
        NewRequest enquiry;
        enquiry.kind = RequestKind::Enquiry;
        enquiry.classKey = QStringLiteral("fees");
        enquiry.reporterName = QStringLiteral("钱七");
        enquiry.houseNumber = QStringLiteral("8-1-302");
        enquiry.description = QStringLiteral("物业费");
        repo.registerRequest(f.clerk2, enquiry);
        // Now 15:00: the arrivals of the 9:00 to 13:00 repairs are late; the 14:00 general repair is
        // due at 15:00 exactly (not late yet); the enquiry of 15:00 has 30 minutes.
        RequestFilter filter;
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 7);
        filter.kind = RequestKind::Repair;
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 6);
        filter.classKey = QStringLiteral("emergency");
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 3);
        filter = {};
        filter.overdueOnly = true;
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 5);
        filter.mine = true;
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 4);
        filter = {};
        filter.from = ServiceDeskFixture::local(2026, 3, 2, 11, 0);
        filter.to = ServiceDeskFixture::local(2026, 3, 2, 13, 0);
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 2);
        filter = {};
        filter.text = QStringLiteral("R2026-00000");
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 6);
        // Sorted and paged.
        filter = {};
        filter.sort = RequestSort::OldestFirst;
        const auto page = repo.queries().list(f.clerk, filter, 2, 3);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->at(0).id, ids.at(2));
        filter.sort = RequestSort::NewestFirst;
        QCOMPARE(repo.queries().list(f.clerk, filter, 0, 1)->first().kind, RequestKind::Enquiry);
        filter.state = RequestState::Dispatched;
        QCOMPARE(repo.queries().count(f.clerk, filter).value(), 0);
        // A technician sees only the tickets assigned to them.
        DispatchInput d;
        d.receiverUserId = f.technician.userId;
        QVERIFY(repo.dispatch(f.clerk, ids.first(), f.version(ids.first()), d));
        QCOMPARE(repo.queries().count(f.technician, {}).value(), 1);
        QCOMPARE(repo.queries().board(f.technician)->size(), 1);
        QVERIFY(!repo.request(f.technician, ids.last()));
        QCOMPARE(repo.queries().board(f.clerk)->size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestRequestRepository)
#include "tst_requestrepository.moc"
