// Hierarchical inspections: templates and their versions, the schedule, runs, non-conformities,
// rectification and recheck, repeats raised to the superior, repair requests, the work log.
#include "inspectionsupport.h"

#include "models/itemmodels/inspectionmodels.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestInspections : public QObject
{
    Q_OBJECT

private slots:
    // A server database keeps its photos in the application's data folder: the test one.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shippedTemplatesUseTheSeedsWording()
    {
        InspectionFixture f;
        const auto list = f.templates->currentTemplates(f.clerk);
        QVERIFY2(list, qPrintable(list.error()));
        QStringList codes;
        for (const ChecklistTemplate &t : list.value())
            codes << t.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("cleaning"), QStringLiteral("customer_service"),
                                     QStringLiteral("decoration"), QStringLiteral("fire"),
                                     QStringLiteral("maintenance"), QStringLiteral("security")}));
        const ChecklistTemplate cleaning = f.templates->current(f.clerk, QStringLiteral("cleaning")).value();
        QCOMPARE(cleaning.items.size(), 15);
        QCOMPARE(cleaning.version, 1);
        QVERIFY(cleaning.items.first().text.startsWith(QStringLiteral("地面")));
        QCOMPARE(cleaning.items.first().samplingRule, QStringLiteral("目视地面50公分长"));
        QCOMPARE(cleaning.items.first().criterion, QStringLiteral("无明显灰尘、污渍及杂物"));
        QCOMPARE(cleaning.items.last().text, QStringLiteral("楼梯扶手"));
        const ChecklistTemplate decoration = f.templates->current(f.clerk, QStringLiteral("decoration")).value();
        QCOMPARE(decoration.items.size(), 21);
        QCOMPARE(decoration.items.last().text, QStringLiteral("装修完工验收"));
        QVERIFY(f.templates->current(f.clerk, QStringLiteral("security")).value().items.size() >= 10);
    }

    void editingMakesANewVersionAndARunKeepsItsOwn()
    {
        InspectionFixture f;
        RunStart start;
        start.templateCode = QStringLiteral("cleaning");
        start.levelCode = QStringLiteral("frontline");
        const qint64 before = f.runs->start(f.clerk, start).value();

        ChecklistTemplate edited = f.templates->current(f.manager, QStringLiteral("cleaning")).value();
        const int firstKey = edited.items.first().itemKey;
        edited.items.first().criterion = QStringLiteral("无灰尘、无污渍、无杂物");
        edited.items.removeLast();
        ChecklistItem added;
        added.text = QStringLiteral("电梯轿厢");
        added.criterion = QStringLiteral("无手印");
        edited.items << added;
        const auto v2 = f.templates->saveVersion(f.manager, edited);
        QVERIFY2(v2, qPrintable(v2.error()));
        const ChecklistTemplate current = f.templates->current(f.clerk, QStringLiteral("cleaning")).value();
        QCOMPARE(current.version, 2);
        QCOMPARE(current.items.first().itemKey, firstKey); // the item keeps its identity
        QCOMPARE(current.items.last().itemKey, 16);        // a new item gets a new key
        QCOMPARE(f.templates->versions(f.clerk, QStringLiteral("cleaning")).value().size(), 2);
        QCOMPARE(f.auditCount(QStringLiteral("template_saved")), 1);

        const InspectionRun old = f.runs->run(f.clerk, before).value();
        QCOMPARE(old.templateVersion, 1);
        QCOMPARE(old.results.size(), 15);
        QCOMPARE(old.results.first().criterion, QStringLiteral("无明显灰尘、污渍及杂物"));
        QCOMPARE(old.results.last().itemText, QStringLiteral("楼梯扶手"));
        const InspectionRun fresh = f.runs->run(f.clerk, f.runs->start(f.clerk, start).value()).value();
        QCOMPARE(fresh.templateVersion, 2);
        QCOMPARE(fresh.results.last().itemText, QStringLiteral("电梯轿厢"));
    }

    void aClerkCannotEditTemplates()
    {
        InspectionFixture f;
        ChecklistTemplate edited = f.templates->current(f.clerk, QStringLiteral("fire")).value();
        edited.name = QStringLiteral("改名");
        const int denied = f.auditCount(QStringLiteral("permission_denied"));
        const auto refused = f.templates->saveVersion(f.clerk, edited);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Carl Clerk")), qPrintable(refused.error()));
        QCOMPARE(f.auditCount(QStringLiteral("permission_denied")), denied + 1);
        QCOMPARE(f.templates->current(f.clerk, QStringLiteral("fire")).value().version, 1);
        InspectionLevel level = f.schedule->level(QStringLiteral("supervisor")).value();
        level.intervalMinutes = 720;
        QVERIFY(!f.schedule->setLevel(f.clerk, level));
        QVERIFY(f.schedule->setLevel(f.manager, level));
        QCOMPARE(f.schedule->level(QStringLiteral("supervisor")).value().intervalMinutes, 720);
        QCOMPARE(f.auditCount(QStringLiteral("inspection_level_changed")), 1);
        QVERIFY(!f.schedule->setLevel(f.manager, level)); // stale row version
    }

    void dueAndOverdueMoveWithTheClock()
    {
        InspectionFixture f; // assignments made at 08:00
        auto entryFor = [&](qint64 assignment) {
            const QList<ScheduleEntry> entries = f.schedule->schedule(f.clerk2).value();
            for (const ScheduleEntry &e : entries) {
                if (e.assignment.id == assignment)
                    return e;
            }
            qFatal("no schedule entry");
        };
        ScheduleEntry supervisor = entryFor(f.supervisorAssignment);
        QCOMPARE(supervisor.status.state, TimerState::OnTrack);
        QCOMPARE(supervisor.due, InspectionFixture::local(2026, 3, 3, 8, 0).toUTC()); // daily
        QCOMPARE(entryFor(f.projectHeadAssignment).due, InspectionFixture::local(2026, 3, 5, 8, 0).toUTC());
        QCOMPARE(entryFor(f.areaLeadAssignment).due, InspectionFixture::local(2026, 3, 2, 12, 0).toUTC());

        f.clock.set(InspectionFixture::local(2026, 3, 3, 3, 0)); // 5 h of 24 left: under 20%? no (20.8%)
        QCOMPARE(entryFor(f.supervisorAssignment).status.state, TimerState::OnTrack);
        f.clock.set(InspectionFixture::local(2026, 3, 3, 4, 0)); // 4 h left: due soon
        QCOMPARE(entryFor(f.supervisorAssignment).status.state, TimerState::DueSoon);
        QCOMPARE(entryFor(f.areaLeadAssignment).status.state, TimerState::Overdue);
        f.clock.set(InspectionFixture::local(2026, 3, 3, 8, 1));
        QCOMPARE(entryFor(f.supervisorAssignment).status.state, TimerState::Overdue);

        // A finished run starts the next interval.
        const qint64 run = f.markedRun(f.clerk2, f.supervisorAssignment, {}, {}, {});
        QCOMPARE(entryFor(f.supervisorAssignment).openDraftId, run);
        QVERIFY(f.runs->finish(f.clerk2, run, f.runs->run(f.clerk2, run).value().rowVersion));
        supervisor = entryFor(f.supervisorAssignment);
        QCOMPARE(supervisor.status.state, TimerState::OnTrack);
        QCOMPARE(supervisor.lastFinished, InspectionFixture::local(2026, 3, 3, 8, 1).toUTC());
        QCOMPARE(supervisor.due, InspectionFixture::local(2026, 3, 4, 8, 1).toUTC());
        QCOMPARE(supervisor.openDraftId, 0);
        // Someone else's run does not count for them.
        QCOMPARE(entryFor(f.areaLeadAssignment).status.state, TimerState::Overdue);
    }

    void aRunWithTwoFailsMakesTwoNonConformities()
    {
        InspectionFixture f;
        QSignalSpy spy(f.runs.get(), &InspectionRunRepository::nonConformitiesChanged);
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {1, 3});
        InspectionRun r = f.runs->run(f.clerk, run).value();
        QCOMPARE(r.coverageText(), QStringLiteral("7 of 20 units"));
        const auto created = f.runs->finish(f.clerk, run, r.rowVersion);
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created->size(), 2);
        QCOMPARE(spy.count(), 1);
        r = f.runs->run(f.clerk, run).value();
        QCOMPARE(r.state, RunState::Finished);
        QCOMPARE(r.failCount, 2);

        // Finished: read-only, corrections are records of their own.
        RunDraft change;
        QVERIFY(!f.runs->saveDraft(f.clerk, run, r.rowVersion, change));
        QVERIFY(!f.runs->correct(f.clerk, run, r.results.at(1).itemId, Verdict::Fail, {}, {}));
        QVERIFY(f.runs->correct(f.clerk, run, r.results.at(1).itemId, Verdict::NotApplicable, QStringLiteral("停用"),
                                QStringLiteral("漏记")));
        QCOMPARE(f.auditCount(QStringLiteral("inspection_corrected")), 1);
        QCOMPARE(f.runs->run(f.clerk, run).value().results.at(1).verdict, Verdict::Pass);
        QCOMPARE(f.runs->run(f.clerk, run).value().corrections.size(), 1);
        QCOMPARE(f.runs->run(f.clerk, run).value().corrections.first().reason, QStringLiteral("漏记"));

        NcFilter filter;
        filter.runId = run;
        QList<NonConformity> ncs = f.findings->list(f.clerk, filter).value();
        QCOMPARE(ncs.size(), 2);
        const NonConformity first = ncs.at(1); // oldest last; same time: by id desc
        const NonConformity second = ncs.at(0);
        QCOMPARE(first.description, QStringLiteral("第1项不合格"));
        QCOMPARE(first.state, NcState::Open);
        QCOMPARE(first.templateCode, QStringLiteral("cleaning"));

        // One fixed on the spot ...
        QVERIFY(f.findings->fixOnSpot(f.clerk, first.id, first.rowVersion, QStringLiteral("当场清理")));
        QCOMPARE(f.findings->get(f.clerk, first.id).value().state, NcState::FixedOnSpot);
        // ... one with a plan, rechecked: sent back, planned again, closed.
        RectificationPlan plan;
        plan.responsibleId = f.clerk.userId;
        plan.responsibleName = f.clerk.displayName;
        plan.deadline = f.clock.now().addDays(2);
        plan.steps = QStringLiteral("增加清扫频次");
        plan.resources = QStringLiteral("保洁员2名");
        plan.targetStandard = QStringLiteral("无痰渍、烟头");
        RectificationPlan missing = plan;
        missing.steps.clear();
        QVERIFY(!f.findings->planRectification(f.clerk, second.id, second.rowVersion, missing));
        QVERIFY(!f.findings->recheck(f.clerk2, second.id, second.rowVersion, true, {})); // no plan yet
        QVERIFY(f.findings->planRectification(f.clerk, second.id, second.rowVersion, plan));
        NonConformity n = f.findings->get(f.clerk, second.id).value();
        QCOMPARE(n.state, NcState::Rectifying);
        QCOMPARE(n.plan.targetStandard, QStringLiteral("无痰渍、烟头"));
        f.clock.advance(86400);
        QVERIFY(!f.findings->recheck(f.clerk2, n.id, n.rowVersion, false, {})); // a send-back says why
        QVERIFY(f.findings->recheck(f.clerk2, n.id, n.rowVersion, false, QStringLiteral("仍有烟头")));
        n = f.findings->get(f.clerk, second.id).value();
        QCOMPARE(n.state, NcState::SentBack);
        QVERIFY(n.isOpen());
        QVERIFY(f.findings->planRectification(f.clerk, n.id, n.rowVersion, plan));
        n = f.findings->get(f.clerk, second.id).value();
        QVERIFY(f.findings->recheck(f.clerk2, n.id, n.rowVersion, true, QStringLiteral("已整改")));
        n = f.findings->get(f.clerk, second.id).value();
        QCOMPARE(n.state, NcState::Closed);
        QVERIFY(n.closedAt.isValid());
        const QList<NcEvent> events = f.findings->events(f.clerk, n.id).value();
        QStringList actions;
        for (const NcEvent &e : events)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("found"), QStringLiteral("planned"),
                                       QStringLiteral("recheck_failed"), QStringLiteral("planned"),
                                       QStringLiteral("recheck_passed")}));
        QCOMPARE(f.auditCount(QStringLiteral("nc_recheck")), 2);
        filter.openOnly = true;
        QCOMPARE(f.findings->list(f.clerk, filter).value().size(), 0);
    }

    void aCorrectionToFailOpensANonConformity()
    {
        InspectionFixture f;
        auto openFor = [&](qint64 run) {
            NcFilter filter;
            filter.runId = run;
            filter.openOnly = true;
            return f.findings->list(f.clerk, filter).value();
        };
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {});
        QVERIFY(f.runs->finish(f.clerk, run, f.runs->run(f.clerk, run).value().rowVersion));
        const InspectionRun r = f.runs->run(f.clerk, run).value();
        QVERIFY(openFor(run).isEmpty());
        QSignalSpy spy(f.runs.get(), &InspectionRunRepository::nonConformitiesChanged);

        // Pass -> fail: a non-conformity, as if the fail had been recorded on the walk.
        const qint64 item = r.results.at(2).itemId;
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Fail, QStringLiteral("有烟头"), QStringLiteral("漏记")));
        // A "correction" that changes nothing is refused.
        const Status same = f.runs->correct(f.clerk, run, item, Verdict::Fail, QStringLiteral("有烟头"), QStringLiteral("再记"));
        QVERIFY(!same);
        QVERIFY2(same.error().startsWith(QStringLiteral("Verdict:")), qPrintable(same.error()));
        QList<NonConformity> open = openFor(run);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().description, QStringLiteral("有烟头"));
        QCOMPARE(open.first().itemId, item);
        QCOMPARE(open.first().state, NcState::Open);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.auditCount(QStringLiteral("nc_found")), 1);

        // Fail again while it is open: no second one. Back to pass: the open one waits for its recheck.
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Fail, {}, QStringLiteral("补充说明")));
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Pass, {}, QStringLiteral("误判")));
        QCOMPARE(openFor(run).size(), 1);
        QCOMPARE(spy.count(), 1);
        // Fail once more while the first is still open: it is the same non-conformity.
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Fail, {}, QStringLiteral("复核")));
        QCOMPARE(openFor(run).size(), 1);
        QCOMPARE(spy.count(), 1);
        // Other verdicts open nothing.
        QVERIFY(f.runs->correct(f.clerk, run, r.results.at(0).itemId, Verdict::NotApplicable, {}, QStringLiteral("停用")));
        QCOMPARE(openFor(run).size(), 1);

        // Once that one is dealt with, a new fail on the item is a new non-conformity.
        open = openFor(run);
        QVERIFY(f.findings->fixOnSpot(f.clerk, open.first().id, open.first().rowVersion, QStringLiteral("当场清理")));
        QVERIFY(openFor(run).isEmpty());
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Pass, {}, QStringLiteral("已清理")));
        QVERIFY(f.runs->correct(f.clerk, run, item, Verdict::Fail, QStringLiteral("又见烟头"), QStringLiteral("复核")));
        open = openFor(run);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().description, QStringLiteral("又见烟头"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(f.runs->run(f.clerk, run).value().corrections.size(), 7);
        QCOMPARE(f.runs->run(f.clerk, run).value().results.at(2).verdict, Verdict::Pass); // the record stays

        // Without a note, the reason says what was found.
        QVERIFY(f.runs->correct(f.clerk, run, r.results.at(1).itemId, Verdict::Fail, {}, QStringLiteral("墙面污渍漏记")));
        NcFilter filter;
        filter.runId = run;
        filter.openOnly = true;
        QCOMPARE(f.findings->list(f.clerk, filter).value().first().description, QStringLiteral("墙面污渍漏记"));
    }

    void samplingRulesAreEnforced()
    {
        InspectionFixture f;
        // Area lead: at least 1/3 of the area; cleaning at least 7 units.
        const qint64 few = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {}, 6, 35);
        const auto refused = f.runs->finish(f.clerk, few, f.runs->run(f.clerk, few).value().rowVersion);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("12")), qPrintable(refused.error()));
        // No coverage given at all: refused too, naming the field.
        const qint64 blind = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {}, 0, 0);
        const auto noUnits = f.runs->finish(f.clerk, blind, f.runs->run(f.clerk, blind).value().rowVersion);
        QVERIFY(!noUnits);
        QVERIFY2(noUnits.error().startsWith(QStringLiteral("Units:")), qPrintable(noUnits.error()));
        // Project head: at least 1/5 of the items; unmarked items are allowed beyond that.
        RunStart start;
        start.assignmentId = f.projectHeadAssignment;
        start.templateCode = QStringLiteral("cleaning");
        const qint64 run = f.runs->start(f.manager, start).value();
        InspectionRun r = f.runs->run(f.manager, run).value();
        RunDraft draft;
        for (int i = 0; i < 2; ++i) {
            RunResult res = r.results.at(i);
            res.verdict = Verdict::Pass;
            draft.results << res;
        }
        QVERIFY(f.runs->saveDraft(f.manager, run, r.rowVersion, draft));
        r = f.runs->run(f.manager, run).value();
        QVERIFY(!f.runs->finish(f.manager, run, r.rowVersion)); // 2 of 15 < 3
        RunResult third = r.results.at(2);
        third.verdict = Verdict::NotApplicable;
        draft.results << third;
        QVERIFY(f.runs->saveDraft(f.manager, run, r.rowVersion, draft));
        QVERIFY(f.runs->finish(f.manager, run, r.rowVersion + 1));
        // Someone else's draft cannot be continued.
        const qint64 other = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {});
        QVERIFY(!f.runs->saveDraft(f.clerk2, other, f.runs->run(f.clerk, other).value().rowVersion, RunDraft{}));
    }

    void aRepeatFoundByAHigherLevelIsRaisedToTheSuperior()
    {
        InspectionFixture f;
        // The area lead finds item 3 failing in 3栋 and plans its rectification.
        const qint64 low = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {3});
        const qint64 lowNc = f.runs->finish(f.clerk, low, f.runs->run(f.clerk, low).value().rowVersion).value().first();
        RectificationPlan plan;
        plan.responsibleId = f.clerk.userId;
        plan.responsibleName = f.clerk.displayName;
        plan.deadline = f.clock.now().addDays(3);
        plan.steps = QStringLiteral("每日清扫两次");
        plan.targetStandard = QStringLiteral("无烟头");
        QVERIFY(f.findings->planRectification(f.clerk, lowNc, 1, plan));

        // The same level again: not a repeat.
        f.clock.advance(4 * 3600);
        const qint64 same = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {3});
        const qint64 sameNc = f.runs->finish(f.clerk, same, f.runs->run(f.clerk, same).value().rowVersion).value().first();
        QCOMPARE(f.findings->get(f.clerk, sameNc).value().repeatOfId, 0);

        // The project head finds it again while it is still open: a repeat, raised to 王芳.
        f.clock.advance(3600);
        const qint64 high = f.markedRun(f.manager, f.projectHeadAssignment, QStringLiteral("cleaning"), {}, {3});
        const qint64 highNc = f.runs->finish(f.manager, high, f.runs->run(f.manager, high).value().rowVersion).value().first();
        const NonConformity repeat = f.findings->get(f.manager, highNc).value();
        QCOMPARE(repeat.repeatOfId, lowNc);
        QCOMPARE(repeat.raisedToId, f.clerk2.userId);
        QCOMPARE(repeat.raisedToName, QStringLiteral("王芳"));
        QCOMPARE(f.auditCount(QStringLiteral("nc_repeat")), 1);
        NcFilter board;
        board.raisedToId = f.clerk2.userId;
        board.openOnly = true;
        const QList<NonConformity> onBoard = f.findings->list(f.clerk2, board).value();
        QCOMPARE(onBoard.size(), 1);
        QCOMPARE(onBoard.first().id, highNc);
        QCOMPARE(f.findings->events(f.clerk, lowNc).value().last().action, QStringLiteral("repeat"));

        // Another item, or a closed finding, is no repeat.
        f.clock.advance(3600);
        const qint64 other = f.markedRun(f.manager, f.projectHeadAssignment, QStringLiteral("cleaning"), {}, {4});
        const qint64 otherNc = f.runs->finish(f.manager, other, f.runs->run(f.manager, other).value().rowVersion).value().first();
        QCOMPARE(f.findings->get(f.manager, otherNc).value().repeatOfId, 0);
    }

    void aFailBecomesARepairRequestLinkedBothWays()
    {
        InspectionFixture f;
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {6});
        const qint64 nc = f.runs->finish(f.clerk, run, f.runs->run(f.clerk, run).value().rowVersion).value().first();
        QSignalSpy registered(f.requests.get(), &RequestRepository::requestChanged);
        NewRequest in;
        in.publicLocation = QStringLiteral("3栋北侧排水沟");
        const auto request = f.findings->makeRepairRequest(f.clerk, nc, 1, *f.requests, in);
        QVERIFY2(request, qPrintable(request.error()));
        QCOMPARE(registered.count(), 1);
        const ServiceRequest r = f.get(request->id);
        QCOMPARE(r.kind, RequestKind::Repair);
        QCOMPARE(r.channel, RequestChannel::Patrol);
        QCOMPARE(r.publicLocation, QStringLiteral("3栋北侧排水沟"));
        QVERIFY2(r.description.contains(QStringLiteral("第6项不合格")), qPrintable(r.description));
        const NonConformity n = f.findings->get(f.clerk, nc).value();
        QCOMPARE(n.requestId, request->id);
        QCOMPARE(n.requestNumber, request->number);
        QCOMPARE(f.findings->forRequest(f.clerk, request->id).value(), nc);
        QCOMPARE(f.auditCount(QStringLiteral("nc_repair_request")), 1);
        QVERIFY(!f.findings->makeRepairRequest(f.clerk, nc, n.rowVersion, *f.requests, in)); // only once
        // A guard may not register requests: nothing is half-done.
        const qint64 run2 = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {7});
        const qint64 nc2 = f.runs->finish(f.clerk, run2, f.runs->run(f.clerk, run2).value().rowVersion).value().first();
        QVERIFY(!f.findings->makeRepairRequest(f.guard, nc2, 1, *f.requests, in));
        QCOMPARE(f.findings->get(f.clerk, nc2).value().requestId, 0);
    }

    void photosAreCopiedBesideTheDatabase()
    {
        InspectionFixture f;
        const QString source = f.dir.filePath(QStringLiteral("IMG_0001.JPG"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not really a jpeg");
        }
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {2});
        const qint64 item = f.runs->run(f.clerk, run).value().results.at(1).itemId;
        const auto path = f.runs->attachPhoto(f.clerk, run, item, source);
        QVERIFY2(path, qPrintable(path.error()));
        QVERIFY(path->startsWith(QStringLiteral("attachments/inspections/")));
        QVERIFY(path->endsWith(QStringLiteral(".jpg")));
        const QString copy = f.runs->absolutePath(path.value());
        QVERIFY(QFileInfo::exists(copy));
        // Beside the database file; a server database has no file: the application's data folder.
        const QString base = TestDatabase::onServer() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                      : f.dir.path();
        QCOMPARE(QFileInfo(copy).absolutePath(), QDir(base).filePath(QStringLiteral("attachments/inspections")));
        QCOMPARE(f.runs->run(f.clerk, run).value().results.at(1).photoPath, path.value());
        QVERIFY(!f.runs->attachPhoto(f.clerk, run, item, f.dir.filePath(QStringLiteral("missing.jpg"))));
        if (TestDatabase::onServer()) // the folder outlives the test's database
            QFile::remove(copy);
    }

    void theWorkLogIsSearchableByPersonAndMonth()
    {
        InspectionFixture f(InspectionFixture::local(2026, 2, 27, 9, 0));
        WorkLogEntry e;
        e.content = QStringLiteral("3栋保洁抽查7个单元");
        e.results = QStringLiteral("楼梯有烟头");
        e.analysis = QStringLiteral("保洁频次不足");
        e.measures = QStringLiteral("增加午间清扫");
        e.lessons = QStringLiteral("高峰后加查");
        QVERIFY(f.workLog->add(f.clerk2, e));
        QVERIFY(!f.workLog->add(f.clerk2, WorkLogEntry{})); // content is required
        QVERIFY(!f.workLog->add(f.guard, e));
        f.clock.set(InspectionFixture::local(2026, 3, 1, 0, 30)); // March in Shanghai, still February in UTC
        e.content = QStringLiteral("5栋绿化检查");
        QVERIFY(f.workLog->add(f.clerk2, e));
        e.content = QStringLiteral("消防通道检查");
        QVERIFY(f.workLog->add(f.manager, e));

        const auto feb = f.workLog->search(f.manager, f.clerk2.userId, QDate(2026, 2, 1));
        QVERIFY2(feb, qPrintable(feb.error()));
        QCOMPARE(feb->size(), 1);
        QCOMPARE(feb->first().content, QStringLiteral("3栋保洁抽查7个单元"));
        QCOMPARE(feb->first().measures, QStringLiteral("增加午间清扫"));
        QCOMPARE(f.workLog->search(f.manager, f.clerk2.userId, QDate(2026, 3, 1)).value().size(), 1);
        QCOMPARE(f.workLog->search(f.manager, 0, QDate(2026, 3, 1)).value().size(), 2);
        QCOMPARE(f.workLog->search(f.manager, 0, {}, QStringLiteral("绿化")).value().size(), 1);
        QCOMPARE(f.auditCount(QStringLiteral("work_log_added")), 3);
    }

    void theModelsFollowTheClockAndTheRules()
    {
        InspectionFixture f;
        InspectionScheduleModel schedule(InspectionFixture::zone());
        QAbstractItemModelTester scheduleTester(&schedule, QAbstractItemModelTester::FailureReportingMode::QtTest);
        schedule.setEntries(f.schedule->schedule(f.manager).value(), f.clock.now());
        QCOMPARE(schedule.rowCount(), 4);
        QCOMPARE(schedule.count(TimerState::OnTrack), 4);
        int areaLeadRow = -1;
        for (int row = 0; row < schedule.rowCount(); ++row) {
            if (schedule.index(row, 0).data(ItemRoles::IdRole).toLongLong() == f.areaLeadAssignment)
                areaLeadRow = row;
        }
        QVERIFY(areaLeadRow >= 0);
        QCOMPARE(schedule.index(areaLeadRow, InspectionScheduleModel::Person).data().toString(), f.clerk.displayName);
        // The checklist by its name, not its code.
        QCOMPARE(schedule.index(areaLeadRow, InspectionScheduleModel::Checklist).data().toString(),
                 QStringLiteral("保洁服务检查表"));
        QCOMPARE(schedule.index(areaLeadRow, InspectionScheduleModel::Due).data().toString(),
                 QStringLiteral("2026-03-02 12:00"));
        // The clock moves; the model re-evaluates without the database.
        QSignalSpy changed(&schedule, &QAbstractItemModel::dataChanged);
        const quint64 queries = Query::executionCount();
        f.clock.advance(3 * 3600 + 20 * 60); // 40 min of 4 h left: due soon
        schedule.tick(f.clock.now());
        QCOMPARE(Query::executionCount(), queries);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(schedule.index(areaLeadRow, 0).data(ItemRoles::TimerStateRole).toInt(), int(TimerState::DueSoon));
        f.clock.advance(3600);
        schedule.tick(f.clock.now());
        QCOMPARE(schedule.index(areaLeadRow, 0).data(ItemRoles::TimerStateRole).toInt(), int(TimerState::Overdue));
        QCOMPARE(schedule.count(TimerState::Overdue), 1);

        RunItemsModel items;
        QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 run = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {2});
        items.setRun(f.runs->run(f.clerk, run).value());
        QCOMPARE(items.rowCount(), 15);
        QCOMPARE(items.failCount(), 1);
        QVERIFY(items.setVerdict(0, Verdict::NotApplicable));
        QVERIFY(items.setNote(0, QStringLiteral("施工中")));
        QCOMPARE(items.index(0, RunItemsModel::Result).data().toString(), InspectionCodes::displayName(Verdict::NotApplicable));
        QCOMPARE(items.index(0, RunItemsModel::Note).data().toString(), QStringLiteral("施工中"));
        QVERIFY(f.runs->finish(f.clerk, run, f.runs->run(f.clerk, run).value().rowVersion));
        items.setRun(f.runs->run(f.clerk, run).value());
        QVERIFY(items.isReadOnly());
        QVERIFY(!items.setVerdict(0, Verdict::Pass)); // a finished run is read-only

        // A repeat shows on the findings table with the superior it was raised to.
        const qint64 high = f.markedRun(f.manager, f.projectHeadAssignment, QStringLiteral("cleaning"), {}, {2});
        f.runs->finish(f.manager, high, f.runs->run(f.manager, high).value().rowVersion);
        NonConformityModel *ncs = InspectionModels::nonConformities(InspectionFixture::zone(), f.clock, this);
        QAbstractItemModelTester ncTester(ncs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ncs->setRecords(f.findings->list(f.manager, NcFilter{}).value());
        QCOMPARE(ncs->rowCount(), 2);
        QVERIFY(ncs->index(0, 8).data().toString().contains(QStringLiteral("王芳")));
        // Past its rectification deadline, an open one is red.
        const NonConformity planned = ncs->record(1);
        RectificationPlan plan;
        plan.responsibleName = f.clerk.displayName;
        plan.deadline = f.clock.now().addSecs(3600);
        plan.steps = QStringLiteral("清理");
        plan.targetStandard = QStringLiteral("无杂物");
        QVERIFY(f.findings->planRectification(f.clerk, planned.id, planned.rowVersion, plan));
        ncs->setRecords(f.findings->list(f.manager, NcFilter{}).value());
        QVERIFY(!ncs->index(1, 0).data(Qt::ForegroundRole).isValid());
        f.clock.advance(3601);
        QCOMPARE(ncs->index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        RunListModel *runList = InspectionModels::runs(InspectionFixture::zone(), this);
        QAbstractItemModelTester runTester(runList, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runList->setRecords(f.runs->list(f.manager, RunFilter{}).value());
        QCOMPARE(runList->rowCount(), 2);
        QCOMPARE(runList->index(1, 5).data().toString(), QStringLiteral("7 of 20 units"));
        WorkLogModel *log = InspectionModels::workLog(InspectionFixture::zone(), this);
        QAbstractItemModelTester logTester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkLogEntry e;
        e.content = QStringLiteral("巡查");
        f.workLog->add(f.clerk2, e);
        log->setRecords(f.workLog->search(f.clerk2, 0, {}).value());
        QCOMPARE(log->index(0, 2).data().toString(), QStringLiteral("巡查"));
    }
};

QTEST_GUILESS_MAIN(TestInspections)
#include "tst_inspections.moc"
