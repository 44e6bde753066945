// The same migrations and repositories on PostgreSQL: a private cluster is started for the test.
#include "clirun.h"
#include "postgrescluster.h"
#include "models/database/auditchain.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/io/arrearsimport.h"
#include "models/io/houselistimport.h"
#include "models/reports/monthlyreport.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/patrolrepository.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/servicerepository.h"
#include "models/repositories/worklogrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

namespace {
const int kPort = 55433;
} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    QString url() const { return m_cluster.url(); }

    PostgresCluster m_cluster{kPort};
    ManualClock m_clock{QDateTime(QDate(2026, 2, 12), QTime(2, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        START_POSTGRES_CLUSTER(m_cluster);
    }

    void migrationsApplyAndReopen()
    {
        Database db(m_clock);
        const Status opened = db.openPostgres(url());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.connection().tables().contains(QStringLiteral("audit_log")));
        db.close();
        Database again(m_clock);
        QVERIFY(again.openPostgres(url()).ok());
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(again.restoredTriggers(), QStringList()); // the server's own spelling of a trigger is no damage
    }

    // A roster imported and exported through the command line on the server: the export reads
    // each resident's plates while the residents are still being listed (a nested query).
    void rosterRoundTripOnServer()
    {
        QTemporaryDir dir;
        const QString roster = dir.filePath(QStringLiteral("roster.csv"));
        QString rows = QStringLiteral("楼栋,单元,房号,姓名,身份,性别,证件类型,证件号码,手机,入住日期,车牌,备注\r\n");
        const int residents = 40;
        for (int n = 1; n <= residents; ++n)
            rows += QStringLiteral("9,1,%1,住户%2,业主,女,,,139%3,2024-05-01,粤B%4,\r\n")
                        .arg(100 + n)
                        .arg(n)
                        .arg(n, 8, 10, QLatin1Char('0'))
                        .arg(20000 + n);
        QFile file(roster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rows.toUtf8());
        file.close();
        const CliRun::Run imported = CliRun::cli({QStringLiteral("--db"), url(), QStringLiteral("import"),
                                                  QStringLiteral("residents"), roster});
        QVERIFY2(imported.exitCode == 0, qPrintable(CliRun::describe(imported)));
        QVERIFY2(imported.out.contains(QStringLiteral("imported %1, rejected 0").arg(residents)),
                 qPrintable(imported.out));

        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        const CliRun::Run run = CliRun::cli({QStringLiteral("--db"), url(), QStringLiteral("export"),
                                             QStringLiteral("residents"), exported});
        QVERIFY2(run.exitCode == 0, qPrintable(CliRun::describe(run)));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        int withPlate = 0;
        for (int n = 1; n <= residents; ++n)
            withPlate += text.contains(QStringLiteral("粤B%1").arg(20000 + n)) ? 1 : 0;
        QCOMPARE(withPlate, residents);
        QVERIFY(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= residents + 1);
    }

    void usersSignInAndLockOut()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        UserRepository users(db);
        const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada"),
                                                          QStringLiteral("admin-pass-1"));
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        QVERIFY(users.addUser(admin.value(), QStringLiteral("lixm"), QStringLiteral("Li"), Role::Clerk,
                              QStringLiteral("clerk-pass-1"))
                    .ok());
        for (int i = 0; i < UserRepository::maxFailedAttempts; ++i)
            QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-one")).ok());
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("clerk-pass-1")).ok());
        m_clock.advance(UserRepository::lockoutMinutes * 60);
        QVERIFY(users.signIn(QStringLiteral("lixm"), QStringLiteral("clerk-pass-1")).ok());

        AuditFilter filter;
        filter.action = QStringLiteral("account_locked");
        const auto locked = AuditLog(db).entries(admin.value(), filter);
        QVERIFY2(locked.ok(), qPrintable(locked.error()));
        QCOMPARE(locked->size(), 1);
        QCOMPARE(locked->first().username, QStringLiteral("lixm"));
    }

    void auditLogIsAppendOnly()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET username = 'someone else'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log"))); // row triggers do not see TRUNCATE
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));

        // The chain holds on the server too; a tool that drops or disables a trigger first is
        // found, and the trigger is back at the next open.
        QVERIFY(AuditLog(db).record(Session::commandLine(), QStringLiteral("login"), QStringLiteral("user")).ok());
        const auto chain = AuditChain::verify(db);
        QVERIFY2(chain.ok(), qPrintable(chain.error()));
        QVERIFY(chain->rows > 0);
        QCOMPARE(chain->firstBrokenRow, qint64(0));
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && q.next());
        const qint64 last = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate")));
        QSqlQuery forge(db.connection());
        QVERIFY(forge.prepare(QStringLiteral("UPDATE audit_log SET username = 'forged' WHERE id = :id")));
        forge.bindValue(QStringLiteral(":id"), last);
        QVERIFY2(forge.exec(), qPrintable(forge.lastError().text()));
        q.finish();
        forge.finish();
        db.close();
        Database again(m_clock);
        QVERIFY(again.openPostgres(url()).ok());
        QCOMPARE(again.restoredTriggers(), QStringList({QStringLiteral("audit_log_no_change"),
                                                        QStringLiteral("audit_log_no_truncate")}));
        QCOMPARE(AuditChain::verify(again)->firstBrokenRow, last);
        QSqlQuery after(again.connection());
        QVERIFY(!after.exec(QStringLiteral("UPDATE audit_log SET username = 'again'")));
        QVERIFY(!after.exec(QStringLiteral("TRUNCATE audit_log")));
    }

    void settingsAndCalendar()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        const Session cli = Session::commandLine();
        SettingsRepository settings(db);
        QVERIFY(settings.setEstateName(cli, QStringLiteral("阳光花园")).ok());
        QCOMPARE(settings.estateName(), QStringLiteral("阳光花园"));
        CalendarRepository calendar(db);
        const auto years = calendar.importData(
            cli, R"({"year": 2027, "days": [{"name": "春节", "date": "2027-02-08", "isOffDay": true}]})", QStringLiteral("t"));
        QVERIFY2(years.ok(), qPrintable(years.error()));
        QVERIFY(calendar.calendar().hasSchedule(2027));
        QVERIFY(!calendar.calendar().isWorkingDay(QDate(2027, 2, 8)));
    }

    void inspections()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        UserRepository users(db);
        const Session cli = Session::commandLine();
        auto add = [&](const char *name, Role role) {
            const qint64 id = users.addUser(cli, QString::fromLatin1(name), QString::fromLatin1(name), role,
                                            QStringLiteral("secret-pass-1"))
                                  .value();
            return Session{id, QString::fromLatin1(name), QString::fromLatin1(name), role};
        };
        const Session head = add("insp_head", Role::Manager);
        const Session lead = add("insp_lead", Role::Clerk);
        const Session sup = add("insp_sup", Role::Clerk);

        ChecklistTemplateRepository templates(db);
        QCOMPARE(templates.current(lead, QStringLiteral("cleaning")).value().items.size(), 15);
        ChecklistTemplate fire = templates.current(head, QStringLiteral("fire")).value();
        fire.items.first().criterion = QStringLiteral("无灰尘");
        QVERIFY(templates.saveVersion(head, fire).ok());
        QVERIFY(!templates.saveVersion(lead, fire).ok());
        QCOMPARE(templates.current(lead, QStringLiteral("fire")).value().version, 2);

        InspectionScheduleRepository schedule(db);
        LevelAssignment a;
        a.userId = lead.userId;
        a.levelCode = QStringLiteral("area_lead");
        a.templateCode = QStringLiteral("cleaning");
        a.area = QStringLiteral("3栋");
        a.superiorId = sup.userId;
        const qint64 leadAssignment = schedule.saveAssignment(head, a).value();
        a.userId = head.userId;
        a.levelCode = QStringLiteral("project_head");
        a.superiorId = 0;
        const qint64 headAssignment = schedule.saveAssignment(head, a).value();
        const auto entries = schedule.schedule(head);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 2);

        InspectionRunRepository runs(db);
        NonConformityRepository findings(db);
        auto failRun = [&](const Session &who, qint64 assignment) {
            RunStart start;
            start.assignmentId = assignment;
            const qint64 id = runs.start(who, start).value();
            InspectionRun r = runs.run(who, id).value();
            RunDraft draft;
            draft.area = r.area;
            draft.unitsChecked = 12;
            draft.unitsTotal = 35;
            for (RunResult res : r.results) {
                res.verdict = res.position == 2 ? Verdict::Fail : Verdict::Pass;
                draft.results << res;
            }
            const Status saved = runs.saveDraft(who, id, r.rowVersion, draft);
            if (!saved)
                qWarning("%s", qPrintable(saved.error()));
            const auto created = runs.finish(who, id, r.rowVersion + 1);
            if (!created)
                qWarning("%s", qPrintable(created.error()));
            return created.ok() && !created->isEmpty() ? created->first() : qint64(0);
        };
        const qint64 low = failRun(lead, leadAssignment);
        QVERIFY(low > 0);
        m_clock.advance(3600);
        const qint64 high = failRun(head, headAssignment);
        QVERIFY(high > 0);
        const NonConformity repeat = findings.get(head, high).value();
        QCOMPARE(repeat.repeatOfId, low);
        QCOMPARE(repeat.raisedToId, sup.userId);
        RunFilter filter;
        filter.inspectorId = lead.userId;
        QCOMPARE(runs.list(lead, filter).value().first().failCount, 1);

        RectificationPlan plan;
        plan.responsibleName = QStringLiteral("insp_lead");
        plan.deadline = m_clock.now().addDays(1);
        plan.steps = QStringLiteral("重新清洁");
        plan.targetStandard = QStringLiteral("无污渍");
        QVERIFY(findings.planRectification(lead, low, 1, plan).ok());
        QVERIFY(findings.recheck(sup, low, 2, true, QStringLiteral("好")).ok());
        QCOMPARE(findings.get(sup, low).value().state, NcState::Closed);
        RequestRepository requests(db);
        const auto request = findings.makeRepairRequest(head, high, repeat.rowVersion, requests, NewRequest{});
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(findings.forRequest(head, request->id).value(), high);
        NcFilter board;
        board.raisedToId = sup.userId;
        board.openOnly = true;
        QCOMPARE(findings.list(sup, board).value().size(), 1);

        WorkLogRepository log(db);
        WorkLogEntry e;
        e.content = QStringLiteral("3栋保洁抽查");
        QVERIFY(log.add(sup, e).ok());
        QCOMPARE(log.search(head, sup.userId, m_clock.now().date(), QStringLiteral("保洁")).value().size(), 1);

        // The month's inspection figures on PostgreSQL: two cleaning runs of 15 items with one
        // fail each (28 of 30 passed); the lower finding rectified on time, the repeat still open.
        const QDate today = m_clock.now().toTimeZone(SettingsRepository(db).timeZone()).date();
        const auto figures = MonthlyReport(db).compute(today.year(), today.month(), m_clock.now());
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        const InspectionFigures &i = figures->inspections;
        QCOMPARE(i.done(), 2);
        QCOMPARE(i.itemsPass, 28);
        QCOMPARE(i.itemsFail, 2);
        QCOMPARE(i.opened, 2);
        QCOMPARE(i.repeats, 1);
        QCOMPARE(i.rectification.onTime, 1);
        QCOMPARE(i.stillOpen, 1);
        QCOMPARE(i.openAtAsOf, 1);
        QCOMPARE(i.findings.size(), 2);
    }

    // The gatehouse on the office server: UUID keys, partial indexes, fees, permits, patrols.
    void gatehouse()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        const Session cli = Session::commandLine();
        GateRepository gate(db, QStringLiteral("pg"));
        VehicleEventInput in;
        in.plate = QStringLiteral("粤a·88888");
        in.direction = GateDirection::In;
        QVERIFY(gate.recordVehicle(cli, in).ok());
        m_clock.advance(130 * 60);
        VehicleEventInput out = in;
        out.plate = QStringLiteral("粤Ａ８８８８８");
        out.direction = GateDirection::Out;
        const auto exit = gate.recordVehicle(cli, out);
        QVERIFY2(exit.ok(), qPrintable(exit.error()));
        QCOMPARE(exit->feeFen, qint64(1500));
        QCOMPARE(gate.counts(cli)->feesFen, qint64(1500));

        VehicleEventInput lorry = in;
        lorry.plate = QStringLiteral("粤B67890");
        lorry.category = VehicleCategory::Lorry;
        QVERIFY(gate.recordVehicle(cli, lorry)->refused);

        GoodsPermitRepository permits(db, QStringLiteral("pg"));
        GoodsPermit p;
        p.kind = QStringLiteral("moving");
        p.applicant = QStringLiteral("张三");
        p.goods = QStringLiteral("家具");
        p.plate = QStringLiteral("粤B5M123");
        const auto applied = permits.apply(cli, p);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY(permits.approve(cli, applied->id).ok());
        VehicleEventInput van = in;
        van.plate = p.plate;
        van.direction = GateDirection::Out;
        van.category = VehicleCategory::MovingVan;
        const auto passed = gate.recordVehicle(cli, van);
        QVERIFY2(passed.ok() && !passed->refused, qPrintable(passed.ok() ? passed->reason : passed.error()));
        QCOMPARE(permits.permit(cli, applied->id)->status, QStringLiteral("collected"));

        VisitorInput visitor;
        visitor.name = QStringLiteral("李四");
        visitor.residentName = QStringLiteral("张三");
        visitor.purpose = QStringLiteral("探亲");
        QVERIFY(gate.registerVisitor(cli, visitor).ok());
        QCOMPARE(gate.visitorsInside(cli)->size(), 1);

        PatrolRepository patrols(db, QStringLiteral("pg"));
        const auto routes = patrols.routes(cli);
        QVERIFY2(routes.ok(), qPrintable(routes.error()));
        QVERIFY(patrols.startRound(cli, routes->first().id).ok());
        QVERIFY(!patrols.status(cli)->first().overdue);
        HandoverInput handover;
        handover.equipment = QStringLiteral("radio");
        QVERIFY(gate.writeHandover(cli, handover).ok());
    }

    // The fee queries on PostgreSQL: bills, a ledger bill paid in part, a payment and a
    // reversal, arrears at an instant and the month's fees.* figures (SUM is numeric there).
    void fees()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        const Session cli = Session::commandLine();
        const QTimeZone zone("Asia/Shanghai");
        m_clock.set(QDateTime(QDate(2026, 7, 1), QTime(9, 0), zone));
        Table houses;
        houses.encoding = QStringLiteral("UTF-8");
        houses.rows << TableRow{1, {QStringLiteral("building"), QStringLiteral("room"), QStringLiteral("area"),
                                    QStringLiteral("type"), QStringLiteral("status")}}
                    << TableRow{2, {QStringLiteral("P"), QStringLiteral("101"), QStringLiteral("100"),
                                    QStringLiteral("other"), QStringLiteral("owner_occupied")}};
        HouseListImport list(db);
        const auto imported = list.commit(cli, list.preview(cli, houses, QStringLiteral("p.csv")).value());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const qint64 house = HouseRepository(db).findHouse(QStringLiteral("P"), {}, QStringLiteral("101")).value();
        FeeRepository fees(db);
        FeeItem item;
        item.code = QStringLiteral("PGF");
        item.name = QStringLiteral("物业服务费");
        item.rateCentiFen = 20000; // 2.00 yuan per m² per month
        item.houseTypes = {QStringLiteral("other")};
        item.firstMonth = QStringLiteral("2026-07");
        QVERIFY(fees.addItem(cli, item).ok());
        Table ledger;
        ledger.encoding = QStringLiteral("UTF-8");
        ledger.rows << TableRow{1, {QStringLiteral("house"), QStringLiteral("item"), QStringLiteral("period"),
                                    QStringLiteral("amount"), QStringLiteral("paid")}}
                    << TableRow{2, {QStringLiteral("P-101"), QStringLiteral("PGF"), QStringLiteral("2026-06"),
                                    QStringLiteral("200.00"), QStringLiteral("50.00")}};
        ArrearsImport arrears(db);
        QCOMPARE(arrears.commit(cli, arrears.preview(cli, ledger, QStringLiteral("a.csv")).value())->imported, 1);
        QCOMPARE(fees.generateBills(cli, 2026, 7)->amountFen, qint64(20000)); // 2.00 × 100 m²
        QCOMPARE(fees.generateBills(cli, 2026, 7)->bills, 0);
        // 100.00 on 10 July: the June remainder 150.00 first → 100.00 of it.
        m_clock.set(QDateTime(QDate(2026, 7, 10), QTime(10, 0), zone));
        FeePaymentInput pay{house, 10000, QStringLiteral("cash"), {}, {}, {}, {}};
        const auto receipt = fees.pay(cli, pay);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
        QCOMPARE(receipt->receiptNo, QStringLiteral("SJ2026-000001"));
        m_clock.set(QDateTime(QDate(2026, 7, 11), QTime(10, 0), zone));
        const auto second = fees.pay(cli, pay);
        QCOMPARE(second->receiptNo, QStringLiteral("SJ2026-000002"));
        QVERIFY(fees.reverse(cli, second->paymentId, QStringLiteral("重复收款")).ok());
        const QDateTime asOf(QDate(2026, 8, 5), QTime(12, 0), zone);
        m_clock.set(asOf);
        const auto rows = FeeQueries(db).arrears(cli, asOf);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).outstandingFen(), qint64(5000)); // June: 200.00 − 50.00 − 100.00
        QCOMPARE(rows->at(0).daysOverdue, qint64(36));
        QCOMPARE(rows->at(1).outstandingFen(), qint64(20000)); // July
        const auto july = MonthlyReport(db).compute(2026, 7, asOf);
        QVERIFY2(july.ok(), qPrintable(july.error()));
        QCOMPARE(july->fees.billedFen, qint64(20000));
        QCOMPARE(july->fees.collectedOnBillsFen, qint64(0));
        QCOMPARE(july->fees.receivedFen, qint64(10000)); // the reversed one does not count
        QCOMPARE(july->fees.arrearsRecoveredFen, qint64(10000));
        QCOMPARE(july->fees.arrearsAtMonthStartFen, qint64(15000));
        QCOMPARE(july->fees.arrearsOutstandingFen, qint64(25000));
        QVERIFY(FeeQueries(db).notices(cli, NoticeKind::Reminder, 2026, 7).ok());
        QVERIFY(FeeQueries(db).statement(cli, QStringLiteral("2026H2")).ok());
        QCOMPARE(fees.account(cli, house)->arrearsFen, qint64(25000));
    }

    // Convenience services on PostgreSQL: a list drafted and approved by two accounts, published,
    // an order billed by the month's billing (the order rule's date comparisons and subqueries),
    // the subscribers, a stop with its reason and the January reminder.
    void services()
    {
        Database db(m_clock);
        QVERIFY(db.openPostgres(url()).ok());
        const Session cli = Session::commandLine();
        const QTimeZone zone("Asia/Shanghai");
        m_clock.set(QDateTime(QDate(2027, 1, 5), QTime(9, 0), zone));
        Table houses;
        houses.encoding = QStringLiteral("UTF-8");
        houses.rows << TableRow{1, {QStringLiteral("building"), QStringLiteral("room"), QStringLiteral("area"),
                                    QStringLiteral("type"), QStringLiteral("status")}}
                    << TableRow{2, {QStringLiteral("Q"), QStringLiteral("101"), QStringLiteral("80"),
                                    QStringLiteral("other"), QStringLiteral("owner_occupied")}};
        HouseListImport list(db);
        QVERIFY(list.commit(cli, list.preview(cli, houses, QStringLiteral("q.csv")).value()).ok());
        const qint64 house = HouseRepository(db).findHouse(QStringLiteral("Q"), {}, QStringLiteral("101")).value();
        const auto managerId = UserRepository(db).addUser(cli, QStringLiteral("pgmanager"), QStringLiteral("经理"),
                                                          Role::Manager, QStringLiteral("correct horse 42"));
        QVERIFY2(managerId.ok(), qPrintable(managerId.error()));
        const Session manager{*managerId, QStringLiteral("pgmanager"), QStringLiteral("经理"), Role::Manager};

        ServiceRepository services(db);
        QCOMPARE(services.remindYearlyReview(cli).value(), true);
        const auto draft = services.draftList(cli, 2027);
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        ServiceItem water;
        water.listId = *draft;
        water.name = QStringLiteral("送桶装水");
        water.priceFen = 2500;
        water.unit = QStringLiteral("元/月");
        water.breakEven = 3;
        const auto waterId = services.saveItem(cli, water);
        QVERIFY2(waterId.ok(), qPrintable(waterId.error()));
        QVERIFY(!services.approve(cli, *draft).ok()); // the drafter
        QVERIFY(services.approve(manager, *draft).ok());
        QVERIFY(services.publish(manager, *draft).ok());
        QCOMPARE(PatrolRepository(db).notifications(cli, false)->size(), 0); // the reminder answered

        ServiceOrderInput in;
        in.houseNumber = QStringLiteral("Q-101");
        in.residentName = QStringLiteral("张三");
        in.phone = QStringLiteral("13900139000");
        in.itemId = *waterId;
        in.start = QDate(2027, 1, 10);
        in.signatureConfirmed = true;
        const auto order = services.addOrder(cli, in);
        QVERIFY2(order.ok(), qPrintable(order.error()));
        QCOMPARE(services.subscribers(cli, QStringLiteral("送桶装水"))->size(), 0); // from the 10th
        m_clock.set(QDateTime(QDate(2027, 1, 10), QTime(9, 0), zone));
        QCOMPARE(services.subscribers(cli, QStringLiteral("送桶装水"))->size(), 1);
        QCOMPARE(services.belowBreakEven(cli)->size(), 1);
        FeeRepository fees(db);
        const auto january = fees.generateBills(cli, 2027, 1);
        QVERIFY2(january.ok(), qPrintable(january.error()));
        bool billed = false;
        const auto account = fees.account(cli, house);
        QVERIFY2(account.ok(), qPrintable(account.error()));
        for (const FeeBill &bill : account->bills)
            billed = billed || (bill.period == QStringLiteral("2027-01") && bill.amountFen == 2500);
        QVERIFY(billed);
        QVERIFY(services.stopOrder(cli, *order, QStringLiteral("搬家")).ok());
        QCOMPARE(services.order(cli, *order)->stopReason, QStringLiteral("搬家"));
        QCOMPARE(services.subscribers(cli, QStringLiteral("送桶装水"))->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
