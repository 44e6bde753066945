// The inspections page driven through real widgets: open the due inspection, mark the
// items from the keyboard, note a fail, finish; then plan, recheck, and print.
#include "guitestsupport.h"
#include "inspectionsupport.h"

#include "app/mainwindow.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/services/timerboard.h"
#include "views/timerboardpage.h"

#include "dialogs/correctiondialog.h"
#include "dialogs/inspectionlevelsdialog.h"
#include "dialogs/recheckdialog.h"
#include "dialogs/rectificationdialog.h"
#include "dialogs/rundialog.h"
#include "dialogs/templateeditordialog.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "testsupport.h"
#include "views/inspectionspage.h"
#include "views/residentspage.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/permitrepository.h"
#include "models/repositories/residentrepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

class TestGuiInspections : public QObject
{
    Q_OBJECT

    static qint64 assignClerk(GuiFixture &f)
    {
        LevelAssignment a;
        a.userId = f.clerk.userId;
        a.levelCode = QStringLiteral("supervisor");
        a.templateCode = QStringLiteral("cleaning");
        a.area = QStringLiteral("3栋");
        a.superiorId = f.admin.userId;
        return InspectionScheduleRepository(*f.db).saveAssignment(f.admin, a).value();
    }

    static void driveRun(RunDialog *run, QString &finishError)
    {
        run->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(run));
        auto *view = child<QTableView>(run, "itemsView");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_P);          // 1 地面: pass
        QTest::keyClick(view, Qt::Key_F);          // 2 墙面: fail, the note field takes over
        auto *note = child<QLineEdit>(run, "noteEdit");
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("80cm "));
        commitText(note, QStringLiteral("墙面有污渍"));
        QTest::keyClick(note, Qt::Key_Return); // back to the list, next item
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_N);          // 3 楼梯: not applicable
        for (int i = 3; i < 15; ++i)
            QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(run->items()->markedCount(), 15);
        // The coverage: 12 of the area's 35 units (the area lead's third).
        for (const auto &[name, units] : {std::pair{"unitsTotal", "35"}, std::pair{"unitsChecked", "12"}}) {
            auto *spin = child<QSpinBox>(run, name);
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QString::fromLatin1(units));
        }
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return); // Enter: the default button, "Finish"
        finishError = run->errorText();
        if (run->isVisible() && finishError.isEmpty())
            finishError = QStringLiteral("the dialog is still open");
    }

private slots:
    // A server database keeps its photos in the application's data folder: the test one.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWholeRunFromTheKeyboard()
    {
        GuiFixture f;
        assignClerk(f);
        InspectionsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QAbstractItemModelTester tester(page.scheduleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QCOMPARE(page.scheduleModel()->rowCount(), 1);
        auto *summary = child<QLabel>(&page, "inspectionSummary");
        QVERIFY2(summary->text().contains(QStringLiteral("0 overdue")), qPrintable(summary->text()));

        // A day and a minute later the supervisor's daily inspection is overdue.
        f.clock.advance(24 * 3600 + 60);
        page.tick();
        QCOMPARE(page.scheduleModel()->count(TimerState::Overdue), 1);
        QVERIFY2(summary->text().contains(QStringLiteral("1 overdue")), qPrintable(summary->text()));

        bool driven = false;
        QString finishError;
        QObject::connect(&page, &InspectionsPage::dialogOpened, &page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                auto *run = qobject_cast<RunDialog *>(d);
                if (!run)
                    return;
                driveRun(run, finishError);
                driven = true;
                if (run->isVisible()) // a failed step must not leave the dialog waiting
                    run->done(QDialog::Rejected); // not reject(): no questions in a failed test
            });
        });
        page.startScheduled(0);
        QVERIFY(driven);
        QVERIFY2(finishError.isEmpty(), qPrintable(finishError));
        QVERIFY2(page.messageText().contains(QStringLiteral("1")), qPrintable(page.messageText()));
        // The run is finished, the schedule is on track again, the fail is a non-conformity.
        QCOMPARE(page.runModel()->rowCount(), 1);
        const InspectionRun run = page.runModel()->record(0);
        QCOMPARE(run.state, RunState::Finished);
        QCOMPARE(run.failCount, 1);
        QCOMPARE(page.scheduleModel()->count(TimerState::OnTrack), 1);
        QCOMPARE(page.findingModel()->rowCount(), 1);
        QCOMPARE(page.findingModel()->record(0).description, QStringLiteral("80cm 墙面有污渍"));

        // Rectification plan, then the recheck closes it.
        QObject::connect(&page, &InspectionsPage::dialogOpened, &page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                d->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(d));
                if (auto *plan = qobject_cast<RectificationDialog *>(d)) {
                    auto *responsible = child<QComboBox>(plan, "responsible");
                    responsible->setFocus();
                    QTest::keyClicks(responsible->lineEdit(), QStringLiteral("Carl Clerk"));
                    commitText(child<QPlainTextEdit>(plan, "steps"), QStringLiteral("重新擦洗墙面"));
                    QTest::keyClick(plan, Qt::Key_Return);
                    if (plan->isVisible())
                        qWarning("plan dialog still open: %s", qPrintable(plan->errorText()));
                } else if (auto *recheck = qobject_cast<RecheckDialog *>(d)) {
                    commitText(child<QPlainTextEdit>(recheck, "recheckNote"), QStringLiteral("已整改到位"));
                    QTest::keyClick(recheck, Qt::Key_Return);
                }
                if (d->isVisible() && !qobject_cast<RunDialog *>(d))
                    qobject_cast<QDialog *>(d)->reject();
            });
        });
        page.planFinding(0);
        QCOMPARE(page.findingModel()->record(0).state, NcState::Rectifying);
        QCOMPARE(page.findingModel()->record(0).plan.responsibleName, QStringLiteral("Carl Clerk"));
        // The target standard offered is the item's pass criterion.
        QCOMPARE(page.findingModel()->record(0).plan.targetStandard, QStringLiteral("检查卫生纸无明显污渍"));
        page.recheckFinding(0);
        QCOMPARE(page.findingModel()->rowCount(), 0); // open only: it is closed

        // The run on paper.
        const QString pdf = f.dir.filePath(QStringLiteral("run.pdf"));
        QVERIFY(page.exportRunPdf(run.id, pdf));
        QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF"));
        QVERIFY(page.runHtml(run.id).contains(QStringLiteral("墙面有污渍")));
    }

    // Esc (or Close) on a run with marks keeps them: the draft is saved, nothing typed is lost.
    void closingARunKeepsItsMarks()
    {
        GuiFixture f;
        assignClerk(f);
        InspectionsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        bool closed = false;
        QObject::connect(&page, &InspectionsPage::dialogOpened, &page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                auto *run = qobject_cast<RunDialog *>(d);
                if (!run)
                    return;
                run->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(run));
                auto *view = child<QTableView>(run, "itemsView");
                view->setFocus();
                QTest::keyClick(view, Qt::Key_P);
                QTest::keyClick(view, Qt::Key_P);
                QTest::keyClick(view, Qt::Key_N);
                commitText(child<QLineEdit>(run, "runNotes"), QStringLiteral("雨天，楼梯间未查"));
                view->setFocus();
                QTest::keyClick(view, Qt::Key_Escape);
                closed = !run->isVisible();
                if (run->isVisible())
                    run->done(QDialog::Rejected); // not reject(): no questions in a failed test
            });
        });
        page.startScheduled(0);
        QVERIFY(closed);
        InspectionRunRepository runs(*f.db);
        const QList<InspectionRun> list = runs.list(f.clerk, RunFilter{}).value();
        QCOMPARE(list.size(), 1);
        const InspectionRun draft = runs.run(f.clerk, list.first().id).value();
        QCOMPARE(draft.state, RunState::Draft);
        QCOMPARE(draft.notes, QStringLiteral("雨天，楼梯间未查"));
        QCOMPARE(draft.results.at(0).verdict, Verdict::Pass);
        QCOMPARE(draft.results.at(1).verdict, Verdict::Pass);
        QCOMPARE(draft.results.at(2).verdict, Verdict::NotApplicable);
        QCOMPARE(draft.results.at(3).verdict, Verdict::Unmarked);
    }

    // The inspections due are lines of the timer board and count in the status-bar badge;
    // they move with the clock, say so once per change, and Enter on the line opens it.
    void theTimerBoardCarriesTheInspectionsDue()
    {
        InspectionFixture f; // 08:00; the clerk is area lead of 3栋, every 4 hours
        MainWindow window(*f.db, f.clerk);
        window.show();
        auto *boardPage = window.findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
        QVERIFY(boardPage);
        QAbstractItemModelTester tester(boardPage->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(boardPage->boardModel()->rowCount(), 4);
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 0"));

        f.clock.set(InspectionFixture::local(2026, 3, 2, 11, 13));
        window.tick();
        window.tick();
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 1 · Overdue 0"));
        QCOMPARE(boardPage->notifications().size(), 1);
        QVERIFY2(boardPage->notifications().first().contains(QStringLiteral("Area lead Carl Clerk (3栋): Inspection due at 12:00")),
                 qPrintable(boardPage->notifications().first()));
        f.clock.set(InspectionFixture::local(2026, 3, 2, 12, 1));
        window.tick();
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 1"));
        QCOMPARE(boardPage->notifications().size(), 2);
        QVERIFY2(boardPage->summaryText().contains(QStringLiteral("(inspections among them: 1)")), qPrintable(boardPage->summaryText()));

        // Only the ones that need attention: the overdue inspection is among them.
        child<QCheckBox>(boardPage, "attentionOnly")->setChecked(true);
        auto *view = child<QTableView>(boardPage, "timerBoard");
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex line = view->model()->index(0, 0);
        QCOMPARE(line.data(ItemRoles::SourceRole).toInt(), int(BoardSource::Inspection));
        QCOMPARE(line.data(ItemRoles::IdRole).toLongLong(), f.areaLeadAssignment);
        QCOMPARE(line.data().toString(), QStringLiteral("Area lead"));

        // Enter on the line opens the inspections page on that person's schedule line ...
        QVERIFY(window.showPage(QStringLiteral("timerBoardPage")));
        view->setFocus();
        view->setCurrentIndex(line);
        QTest::keyClick(view, Qt::Key_Return);
        auto *page = window.findChild<InspectionsPage *>(QStringLiteral("inspectionsPage"));
        QVERIFY(page->isVisible());
        auto *schedule = child<QTableView>(page, "scheduleView");
        QCOMPARE(schedule->currentIndex().data(ItemRoles::IdRole).toLongLong(), f.areaLeadAssignment);

        // ... and Enter there starts the run; once it is finished the board is on track again.
        bool driven = false;
        QString finishError;
        QObject::connect(page, &InspectionsPage::dialogOpened, page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                if (auto *run = qobject_cast<RunDialog *>(d)) {
                    driveRun(run, finishError);
                    driven = true;
                    if (run->isVisible())
                        run->done(QDialog::Rejected); // not reject(): no questions in a failed test
                }
            });
        });
        QTest::keyClick(schedule, Qt::Key_Return);
        QVERIFY(driven);
        QVERIFY2(finishError.isEmpty(), qPrintable(finishError));
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 0"));
        QCOMPARE(boardPage->notifications().size(), 3);
        QVERIFY2(boardPage->notifications().first().contains(QStringLiteral("now due at 16:01")),
                 qPrintable(boardPage->notifications().first()));
        // The fail has no rectification plan yet, so no deadline: it is on the inspections page only.
        QCOMPARE(view->model()->rowCount(), 0);

        // With a plan it is a line of its own; Enter on it opens the non-conformity.
        NcFilter open;
        open.openOnly = true;
        const NonConformity finding = f.findings->list(f.clerk, open).value().first();
        RectificationPlan plan;
        plan.responsibleName = f.clerk.displayName;
        plan.deadline = f.clock.now().addSecs(2 * 3600);
        plan.steps = QStringLiteral("重新擦洗墙面");
        plan.targetStandard = finding.itemCriterion;
        const Status planned = f.findings->planRectification(f.clerk, finding.id, finding.rowVersion, plan);
        QVERIFY2(planned, qPrintable(planned.error()));
        page->reload(); // what the page does after its own plan dialog
        child<QCheckBox>(boardPage, "attentionOnly")->setChecked(false);
        QModelIndex rectification;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(ItemRoles::SourceRole).toInt() == int(BoardSource::Rectification))
                rectification = index;
        }
        QVERIFY(rectification.isValid());
        QCOMPARE(rectification.data(ItemRoles::IdRole).toLongLong(), finding.id);
        QVERIFY(window.showPage(QStringLiteral("timerBoardPage")));
        view->setFocus();
        view->setCurrentIndex(rectification);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page->isVisible());
        auto *findings = child<QTableView>(page, "findingView");
        QVERIFY(findings->isVisible());
        QCOMPARE(findings->currentIndex().data(ItemRoles::IdRole).toLongLong(), finding.id);
    }

    void aFinishedRunOpensReadOnly()
    {
        GuiFixture f;
        const qint64 assignment = assignClerk(f);
        InspectionRunRepository runs(*f.db);
        RunStart start;
        start.assignmentId = assignment;
        const qint64 id = runs.start(f.clerk, start).value();
        RunDialog dialog(runs, f.clerk, id, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        dialog.show();
        // Not enough items marked: refused, the dialog keeps what was marked.
        QTest::keyClick(child<QTableView>(&dialog, "itemsView"), Qt::Key_P);
        QVERIFY(!dialog.finishRun());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("3")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.items()->markedCount(), 1);
        QTest::keyClick(child<QTableView>(&dialog, "itemsView"), Qt::Key_P);
        QTest::keyClick(child<QTableView>(&dialog, "itemsView"), Qt::Key_P);
        // A photo of the current item: copied beside the database, shown as a thumbnail.
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString photo = f.dir.filePath(QStringLiteral("stairs.png"));
        QVERIFY(image.save(photo));
        QVERIFY2(dialog.attachPhoto(photo), qPrintable(dialog.errorText()));
        auto *thumbnail = child<QLabel>(&dialog, "thumbnail");
        QVERIFY(!thumbnail->pixmap().isNull());
        QCOMPARE(thumbnail->pixmap().width(), 160);
        const int row = child<QTableView>(&dialog, "itemsView")->currentIndex().row();
        const QString stored = dialog.items()->results().at(row).photoPath;
        QVERIFY(stored.startsWith(QStringLiteral("attachments/")));
        // Beside the database file; a server database has no file: the application's data folder.
        const QString base = TestDatabase::onServer() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                      : f.dir.path();
        QVERIFY(QFile::exists(QDir(base).filePath(stored)));
        // Cleaning at the supervisor's level records the coverage: without it, refused.
        QVERIFY(!dialog.finishRun());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Units:")), qPrintable(dialog.errorText()));
        child<QSpinBox>(&dialog, "unitsTotal")->setValue(35);
        child<QSpinBox>(&dialog, "unitsChecked")->setValue(7);
        QVERIFY2(dialog.finishRun(), qPrintable(dialog.errorText()));
        RunDialog again(runs, f.clerk, id, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QVERIFY(again.items()->isReadOnly());
        QVERIFY(!child<QPushButton>(&again, "finishButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&again, "passButton")->isEnabled());

        // A correction is a record of its own; the run keeps what was recorded.
        QVERIFY(!child<QPushButton>(&again, "correctButton")->isHidden());
        again.show();
        QObject::connect(&again, &RunDialog::dialogOpened, &again, [](QWidget *opened) {
            whenShown(opened, [](QWidget *d) {
                auto *correction = qobject_cast<CorrectionDialog *>(d);
                if (!correction)
                    return;
                QTest::keyClick(correction, Qt::Key_Return); // no reason: refused, stays open
                if (!correction->isVisible() || correction->errorText().isEmpty())
                    qWarning("a correction without a reason was accepted");
                auto *verdict = child<QComboBox>(correction, "correctionVerdict");
                verdict->setCurrentIndex(verdict->findData(int(Verdict::Fail)));
                commitText(child<QPlainTextEdit>(correction, "correctionReason"), QStringLiteral("漏记污渍"));
                QTest::keyClick(correction, Qt::Key_Return);
                if (correction->isVisible())
                    correction->reject();
            });
        });
        QVERIFY(again.correctCurrent());
        QVERIFY2(again.correctionsText().contains(QStringLiteral("漏记污渍")), qPrintable(again.correctionsText()));
        const InspectionRun corrected = runs.run(f.clerk, id).value();
        QCOMPARE(corrected.corrections.size(), 1);
        QCOMPARE(corrected.corrections.first().verdict, Verdict::Fail);
        QCOMPARE(corrected.results.first().verdict, Verdict::Pass);
        // The list shows both: what was recorded and where the correction left it.
        const int correctedRow = child<QTableView>(&again, "itemsView")->currentIndex().row(); // still on it
        QCOMPARE(correctedRow, corrected.corrections.first().position - 1);
        QCOMPARE(again.items()->index(correctedRow, RunItemsModel::Result).data().toString(),
                 QStringLiteral("Pass → Fail (corrected)"));
        // The correction to fail is a non-conformity.
        NcFilter open;
        open.openOnly = true;
        open.runId = id;
        QCOMPARE(NonConformityRepository(*f.db).list(f.clerk, open).value().size(), 1);
    }

    void managersEditLevelsPeopleAndTemplates()
    {
        GuiFixture f;
        const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
        InspectionsPage clerkPage(*f.db, f.clerk, zone);
        QVERIFY(child<QPushButton>(&clerkPage, "templatesButton")->isHidden());
        QVERIFY(child<QPushButton>(&clerkPage, "levelsButton")->isHidden());

        InspectionsPage page(*f.db, f.admin, zone);
        QVERIFY(!child<QPushButton>(&page, "levelsButton")->isHidden());
        QString levelsError;
        QString templateError;
        QObject::connect(&page, &InspectionsPage::dialogOpened, &page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                if (auto *levels = qobject_cast<InspectionLevelsDialog *>(d)) {
                    auto *person = child<QComboBox>(levels, "assignmentPerson");
                    person->setCurrentIndex(person->findData(f.clerk.userId));
                    auto *level = child<QComboBox>(levels, "assignmentLevel");
                    level->setCurrentIndex(level->findData(QStringLiteral("area_lead")));
                    auto *superior = child<QComboBox>(levels, "assignmentSuperior");
                    superior->setCurrentIndex(superior->findData(f.admin.userId));
                    QTest::mouseClick(child<QPushButton>(levels, "addAssignmentButton"), Qt::LeftButton);
                    auto *levelCode = child<QComboBox>(levels, "levelCode");
                    levelCode->setCurrentIndex(levelCode->findData(QStringLiteral("area_lead")));
                    child<QSpinBox>(levels, "levelHours")->setValue(6);
                    QTest::mouseClick(child<QPushButton>(levels, "saveLevelButton"), Qt::LeftButton);
                    levelsError = levels->errorText();
                    levels->reject();
                } else if (auto *editor = qobject_cast<TemplateEditorDialog *>(d)) {
                    editor->addItem(QStringLiteral("电梯轿厢"), QStringLiteral("抽查2部"), QStringLiteral("无手印"));
                    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                      Qt::LeftButton);
                    templateError = editor->errorText();
                    if (editor->isVisible())
                        editor->reject();
                }
            });
        });
        page.editLevels();
        QVERIFY2(levelsError.isEmpty(), qPrintable(levelsError));
        InspectionScheduleRepository schedule(*f.db);
        QCOMPARE(schedule.level(QStringLiteral("area_lead")).value().intervalMinutes, 360);
        const QList<LevelAssignment> assignments = schedule.assignments(f.admin).value();
        QCOMPARE(assignments.size(), 1);
        QCOMPARE(assignments.first().superiorId, f.admin.userId);
        QCOMPARE(page.scheduleModel()->rowCount(), 1);
        QCOMPARE(page.scheduleModel()->entry(0).due, f.clock.now().addSecs(6 * 3600));

        page.editTemplates();
        QVERIFY2(templateError.isEmpty(), qPrintable(templateError));
        const auto cleaning = ChecklistTemplateRepository(*f.db).current(f.admin, QStringLiteral("cleaning")).value();
        QCOMPARE(cleaning.version, 2);
        QCOMPARE(cleaning.items.size(), 16);
        QCOMPARE(cleaning.items.last().text, QStringLiteral("电梯轿厢"));
    }

    void aDecorationPermitGetsItsSiteCheckFromTheDecorationChecklist()
    {
        GuiFixture f;
        const qint64 house = HouseRepository(*f.db).ensureHouse(f.clerk, QStringLiteral("3-2-1201")).value();
        ResidentRecord owner;
        owner.name = QStringLiteral("张三");
        ResidentRepository residents(*f.db);
        const qint64 resident = residents.create(f.clerk, owner).value();
        QVERIFY(residents.moveIn(f.clerk, resident, house, QStringLiteral("owner"), QDate(2026, 1, 1)));
        DecorationPermit p;
        p.permitNumber = QStringLiteral("ZX-2026-001");
        p.houseId = house;
        p.company = QStringLiteral("美家装饰");
        p.start = QDate(2026, 2, 10);
        p.end = QDate(2026, 4, 30);
        const qint64 permit = PermitRepository(*f.db).create(f.clerk, p).value();

        ResidentsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.selectResident(resident);
        auto *permits = child<QTableView>(&page, "permitList");
        QCOMPARE(permits->model()->rowCount(), 1);
        permits->setCurrentIndex(permits->model()->index(0, 0));
        QVERIFY(child<QPushButton>(&page, "siteCheckButton")->isEnabled());
        QVERIFY(page.siteCheckText().contains(QStringLiteral("No site checks")));
        int items = 0;
        QObject::connect(&page, &ResidentsPage::dialogOpened, &page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                auto *run = qobject_cast<RunDialog *>(d);
                if (!run)
                    return;
                items = run->items()->rowCount();
                for (int i = 0; i < items; ++i)
                    run->items()->setVerdict(i, i == 9 ? Verdict::Fail : Verdict::Pass); // 10: no extinguisher
                if (!run->finishRun())
                    qWarning("%s", qPrintable(run->errorText()));
                run->accept();
            });
        });
        page.siteCheck();
        QCOMPARE(items, 21);
        QVERIFY2(page.siteCheckText().contains(QStringLiteral("1 fail")), qPrintable(page.siteCheckText()));
        RunFilter filter;
        filter.permitId = permit;
        const QList<InspectionRun> runs = InspectionRunRepository(*f.db).list(f.clerk, filter).value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().templateCode, QStringLiteral("decoration"));
        QCOMPARE(runs.first().area, QStringLiteral("3-2-1201"));
        QCOMPARE(runs.first().state, RunState::Finished);
    }
};

QTEST_MAIN(TestGuiInspections)
#include "tst_gui_inspections.moc"
