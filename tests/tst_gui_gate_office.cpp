// The office's side of the gatehouse through the real widgets: goods-out permits, the
// gatehouse settings, the notifications raised by patrols, and what a guard hands over.
#include "gatetestsupport.h"
#include "guitestsupport.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/gatesettingsdialog.h"
#include "dialogs/goodspermitdialog.h"
#include "dialogs/handoverdialog.h"
#include "dialogs/reasondialog.h"
#include "models/itemmodels/goodspermitmodel.h"
#include "models/itemmodels/officenotificationmodel.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/patrolrepository.h"
#include "views/goodspermitspage.h"
#include "views/notificationcountlabel.h"
#include "views/notificationspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace {

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a cell of the row, as a user picks a line in a list.
void clickRow(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

// A failed check inside a modal dialog's handler must not leave the dialog waiting forever.
struct CloseOnExit
{
    QDialog *dialog;
    ~CloseOnExit()
    {
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
};

int auditCount(Database &db, const QString &action, const QString &user)
{
    AuditFilter filter;
    filter.action = action;
    filter.username = user;
    return int(AuditLog(db).entries(Session::commandLine(), filter).value().size());
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

struct Repos
{
    GateRepository gate;
    GoodsPermitRepository permits;
    PatrolRepository patrols;
    UserRepository users;
    explicit Repos(Database &db) : gate(db, QStringLiteral("gate-1")), permits(db), patrols(db), users(db) {}
};

} // namespace

class TestGuiGateOffice : public QObject
{
    Q_OBJECT

    std::unique_ptr<GateTestDatabase> t;
    std::unique_ptr<Repos> r;
    const QTimeZone m_zone{QByteArrayLiteral("Asia/Shanghai")};

    std::unique_ptr<GoodsPermitsPage> permitsPage(const Session &who)
    {
        auto p = std::make_unique<GoodsPermitsPage>(r->permits, who, t->clock, m_zone);
        p->show();
        return p;
    }

    QString applyFor(const QString &goods)
    {
        GoodsPermit p;
        p.houseNumber = QStringLiteral("3-2-1201");
        p.applicant = QStringLiteral("张三");
        p.goods = goods;
        const auto applied = r->permits.apply(t->clerk, p);
        if (!applied)
            qWarning("%s", qPrintable(applied.error()));
        return applied ? applied->id : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }
    void init()
    {
        t = std::make_unique<GateTestDatabase>();
        QVERIFY(t->openWithResident());
        r = std::make_unique<Repos>(*t->db);
    }
    void cleanup()
    {
        r.reset();
        t.reset();
    }

    // Applied by a clerk, approved by the manager, let out at the gate: the list shows who and when.
    void permitAppliedApprovedAndCollected()
    {
        auto clerkPage = permitsPage(t->clerk);
        QAbstractItemModelTester tester(clerkPage->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(clerkPage->findChild<QPushButton *>(QStringLiteral("permitApprove"))->isHidden());
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<GoodsPermitDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            typeInto(dialog, "permitHouse", QStringLiteral("9-9-999"));
            commitText(child<QLineEdit>(dialog, "permitApplicant"), QStringLiteral("张三"));
            typeInto(dialog, "permitGoods", QStringLiteral("1 refrigerator"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible()); // no such house: refused, input kept, the field named
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("House")), qPrintable(dialog->errorText()));
            QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "permitHouse"));
            QCOMPARE(child<QLineEdit>(dialog, "permitGoods")->text(), QStringLiteral("1 refrigerator"));
            QCOMPARE(child<QLineEdit>(dialog, "permitApplicant")->text(), QStringLiteral("张三"));
            typeInto(dialog, "permitHouse", QStringLiteral("3-2-1201"));
            child<QLineEdit>(dialog, "permitGoods")->clear();
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Goods")), qPrintable(dialog->errorText()));
            typeInto(dialog, "permitGoods", QStringLiteral("1 refrigerator"));
            child<QDateEdit>(dialog, "permitUntil")->setDate(QDate(2026, 3, 3));
            clickOk(dialog);
        });
        click(clerkPage.get(), "permitApply");
        QVERIFY(seen);
        QCOMPARE(clerkPage->model()->rowCount(), 1);
        const GoodsPermit applied = clerkPage->model()->permit(0);
        QVERIFY(applied.permitNumber.startsWith(QStringLiteral("FX20260302-")));
        QCOMPARE(applied.houseNumber, QStringLiteral("3-2-1201"));
        QCOMPARE(applied.validUntil, QDate(2026, 3, 3));
        QCOMPARE(cell(clerkPage->model(), 0, GoodsPermitModel::StatusColumn), QStringLiteral("Awaiting approval"));
        QCOMPARE(cell(clerkPage->model(), 0, GoodsPermitModel::AppliedColumn),
                 QStringLiteral("李晓梅, 2026-03-02 09:30"));
        QVERIFY(clerkPage->messageText().contains(applied.permitNumber));

        // A clerk cannot approve, whatever the screen offers: the data layer says no.
        clickRow(child<QTableView>(clerkPage.get(), "permitTable"), 0);
        clerkPage->approve();
        QVERIFY2(clerkPage->messageText().contains(QStringLiteral("may not")), qPrintable(clerkPage->messageText()));
        QCOMPARE(r->permits.permit(t->clerk, applied.id)->status, QStringLiteral("applied"));

        // The gate stops it while it is not approved.
        QVERIFY(!r->permits.checkAtGate(t->guard, applied.permitNumber)->passed);

        t->clock.advance(15 * 60);
        auto managerPage = permitsPage(t->manager);
        auto *table = child<QTableView>(managerPage.get(), "permitTable");
        clickRow(table, 0);
        click(managerPage.get(), "permitApprove");
        QCOMPARE(cell(managerPage->model(), 0, GoodsPermitModel::StatusColumn), QStringLiteral("Approved"));
        QCOMPARE(cell(managerPage->model(), 0, GoodsPermitModel::ApprovedColumn),
                 QStringLiteral("王建林, 2026-03-02 09:45"));
        QVERIFY(!child<QPushButton>(managerPage.get(), "permitApprove")->isEnabled()); // once is enough
        QCOMPARE(auditCount(*t->db, QStringLiteral("approve"), QStringLiteral("wangjl")), 1);

        t->clock.advance(30 * 60);
        QVERIFY(r->permits.checkAtGate(t->guard, applied.permitNumber)->passed);
        managerPage->reload();
        QCOMPARE(cell(managerPage->model(), 0, GoodsPermitModel::StatusColumn),
                 QStringLiteral("Collected at the gate"));
        QCOMPARE(cell(managerPage->model(), 0, GoodsPermitModel::CollectedColumn),
                 QStringLiteral("陈强, 2026-03-02 10:15"));
        QVERIFY(!child<QPushButton>(managerPage.get(), "permitVoid")->isEnabled()); // used, nothing to void

        auto *filter = child<QComboBox>(managerPage.get(), "permitFilter");
        filter->setCurrentIndex(filter->findData(QStringLiteral("applied")));
        QCOMPARE(managerPage->model()->rowCount(), 0);
        filter->setCurrentIndex(filter->findData(QStringLiteral("collected")));
        QCOMPARE(managerPage->model()->rowCount(), 1);
    }

    void permitVoidedWithAReason()
    {
        const QString id = applyFor(QStringLiteral("2 boxes of books"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!applyFor(QStringLiteral("a sofa")).isEmpty());
        auto page = permitsPage(t->clerk);
        QCOMPARE(page->model()->rowCount(), 2);
        int row = page->model()->permit(0).id == id ? 0 : 1;
        clickRow(child<QTableView>(page.get(), "permitTable"), row);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorText().startsWith(QStringLiteral("Reason")));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"), QStringLiteral("resident changed plans"));
            clickOk(dialog);
        });
        click(page.get(), "permitVoid");
        QVERIFY(seen);
        row = page->model()->permit(0).id == id ? 0 : 1;
        QCOMPARE(cell(page->model(), row, GoodsPermitModel::StatusColumn),
                 QStringLiteral("Voided: resident changed plans"));
        QCOMPARE(cell(page->model(), 1 - row, GoodsPermitModel::StatusColumn), QStringLiteral("Awaiting approval"));
        QCOMPARE(auditCount(*t->db, QStringLiteral("void"), QStringLiteral("lixm")), 1);
        // A voided permit is no use at the gate.
        const auto check = r->permits.checkAtGate(t->guard, r->permits.permit(t->clerk, id)->permitNumber);
        QVERIFY(check.ok() && !check->passed);
    }

    void gatehouseSettingsForManagers()
    {
        MainWindow clerkWindow(*t->db, t->clerk);
        QVERIFY(!clerkWindow.findChild<QAction *>(QStringLiteral("gateSettingsAction")));

        MainWindow window(*t->db, t->manager);
        auto *action = window.findChild<QAction *>(QStringLiteral("gateSettingsAction"));
        QVERIFY(action);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<GateSettingsDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(child<QLineEdit>(dialog, "tariffPerHour")->text(), QStringLiteral("5.00"));
            QCOMPARE(child<QLineEdit>(dialog, "tariffCap")->text(), QStringLiteral("40.00"));
            QCOMPARE(child<QSpinBox>(dialog, "tariffFreeMinutes")->value(), 30);
            QCOMPARE(child<QSpinBox>(dialog, "patrolInterval_car_park")->value(), 30);
            QCOMPARE(child<QSpinBox>(dialog, "patrolInterval_plaza")->value(), 15);

            typeInto(dialog, "tariffPerHour", QStringLiteral("5 yuan"));
            auto *carPark = child<QSpinBox>(dialog, "patrolInterval_car_park");
            carPark->setValue(20);
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Fee per hour")), qPrintable(dialog->errorText()));
            QCOMPARE(child<QLineEdit>(dialog, "tariffPerHour")->text(), QStringLiteral("5 yuan"));
            QCOMPARE(carPark->value(), 20);

            typeInto(dialog, "tariffPerHour", QStringLiteral("6.5"));
            typeInto(dialog, "tariffCap", QStringLiteral("5"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Daily cap")), qPrintable(dialog->errorText()));
            QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "tariffCap"));

            typeInto(dialog, "tariffCap", QStringLiteral("50"));
            clickOk(dialog);
        });
        action->trigger();
        QVERIFY(seen);
        // Nothing was saved by the refusals; the accepted form saved once, in fen.
        const ParkingTariff tariff = r->gate.tariff();
        QCOMPARE(tariff.fenPerHour, qint64(650));
        QCOMPARE(tariff.capFenPer24h, qint64(5000));
        QCOMPARE(tariff.freeMinutes, 30);
        QCOMPARE(GateRules::fee(tariff, 31 * 60 * 1000), qint64(650));
        const auto routes = r->patrols.routes(t->manager).value();
        QCOMPARE(routes.at(0).code, QStringLiteral("car_park"));
        QCOMPARE(routes.at(0).intervalMinutes, 20);
        QCOMPARE(routes.at(1).intervalMinutes, 15);
        QCOMPARE(auditCount(*t->db, QStringLiteral("setting_changed"), QStringLiteral("wangjl")), 2);

        // The data layer refuses a clerk even without the menu.
        QVERIFY(!r->gate.setTariff(t->clerk, ParkingTariff{}).ok());
        QVERIFY(!r->patrols.setInterval(t->clerk, routes.at(0).id, 30).ok());
    }

    void notificationsHandledAtTheOffice()
    {
        PatrolFindingInput car;
        car.kind = QStringLiteral("open_car");
        car.description = QStringLiteral("window open");
        car.plate = QStringLiteral("粤B12345");
        QVERIFY(r->patrols.recordFinding(t->guard, car)->notified);
        t->clock.advance(5 * 60);
        PatrolFindingInput leak;
        leak.kind = QStringLiteral("leak");
        leak.description = QStringLiteral("water under the door");
        leak.houseNumber = QStringLiteral("3-2-1201");
        QVERIFY(r->patrols.recordFinding(t->guard, leak)->notified);
        PatrolFindingInput nobody; // concerns no resident: nothing for the office
        nobody.kind = QStringLiteral("broken_equipment");
        nobody.description = QStringLiteral("lamp B1-A broken");
        QVERIFY(!r->patrols.recordFinding(t->guard, nobody)->notified);

        MainWindow window(*t->db, t->clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *count = child<NotificationCountLabel>(&window, "statusNotifications");
        QCOMPARE(count->text(), QStringLiteral("2 notifications to handle"));
        // Read once a minute, not with the clock's every second.
        auto *timer = count->findChild<QTimer *>();
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 60 * 1000);

        QVERIFY(window.showPage(QStringLiteral("notificationsPage")));
        auto *page = child<NotificationsPage>(&window, "notificationsPage");
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(cell(page->model(), 0, OfficeNotificationModel::ResidentColumn), QStringLiteral("张三"));
        QCOMPARE(cell(page->model(), 0, OfficeNotificationModel::PhoneColumn), QStringLiteral("13800138000"));
        QCOMPARE(cell(page->model(), 0, OfficeNotificationModel::RaisedColumn), QStringLiteral("2026-03-02 09:30"));
        QVERIFY(cell(page->model(), 0, OfficeNotificationModel::MessageColumn).contains(QStringLiteral("粤B12345")));
        QCOMPARE(cell(page->model(), 1, OfficeNotificationModel::HouseColumn), QStringLiteral("3-2-1201"));

        auto *handled = child<QPushButton>(page, "markHandled");
        QVERIFY(!handled->isEnabled()); // nothing selected yet
        t->clock.advance(10 * 60);
        clickRow(child<QTableView>(page, "notificationTable"), 0);
        click(page, "markHandled");
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->notification(0).message.contains(QStringLiteral("water")));
        QCOMPARE(count->text(), QStringLiteral("1 notification to handle"));
        QCOMPARE(auditCount(*t->db, QStringLiteral("handle"), QStringLiteral("lixm")), 1);
        // Someone else handled it at the same moment: said so, not recorded twice.
        const qint64 done = r->patrols.notifications(t->clerk, true)->last().id;
        QVERIFY(!r->patrols.markNotificationHandled(t->manager, done).ok());

        child<QCheckBox>(page, "notificationsShowHandled")->setChecked(true);
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(cell(page->model(), 1, OfficeNotificationModel::HandledColumn),
                 QStringLiteral("李晓梅, 2026-03-02 09:45"));
        QCOMPARE(cell(page->model(), 0, OfficeNotificationModel::HandledColumn), QStringLiteral("Open"));

        // A new finding shows in the count when it is next read.
        QVERIFY(r->patrols.recordFinding(t->guard, car)->notified);
        count->refresh();
        page->reload();
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("2 notifications to handle"));
        clickRow(child<QTableView>(page, "notificationTable"), 0);
        click(page, "markHandled");
        clickRow(child<QTableView>(page, "notificationTable"), 1);
        click(page, "markHandled");
        QVERIFY(count->text().isEmpty());
        QVERIFY(count->isHidden());

        // Guards record findings; the office's list is not theirs.
        MainWindow guardWindow(*t->db, t->guard);
        QVERIFY(!guardWindow.pageNames().contains(QStringLiteral("notificationsPage")));
        QVERIFY(!guardWindow.findChild<NotificationCountLabel *>());
        QVERIFY(!r->patrols.notifications(t->guard, false).ok());
        QVERIFY(!r->patrols.markNotificationHandled(t->guard, done).ok());
    }

    void officePagesInTheMainWindow()
    {
        MainWindow window(*t->db, t->clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.pageNames().contains(QStringLiteral("goodsPermitsPage")));
        QVERIFY(window.pageNames().contains(QStringLiteral("notificationsPage")));
        QVERIFY(applyFor(QStringLiteral("a bicycle")).size() > 0);
        QVERIFY(window.showPage(QStringLiteral("goodsPermitsPage")));
        auto *page = child<GoodsPermitsPage>(&window, "goodsPermitsPage");
        QCOMPARE(page->model()->rowCount(), 1); // read again when shown
        MainWindow techWindow(*t->db, t->addUser(QStringLiteral("tech"), QStringLiteral("Tech"), Role::Technician));
        QVERIFY(!techWindow.pageNames().contains(QStringLiteral("goodsPermitsPage")));
    }

    // SPEC 4: vehicles and visitors still inside at the end of a shift are listed at handover.
    void handoverListsVehiclesAndVisitorsInside()
    {
        QVERIFY(r->gate.recordVehicle(t->guard, VehicleEventInput{QStringLiteral("粤B12345"), GateDirection::In,
                                                                  std::nullopt, {}, false, {}, {}})
                    .ok());
        VisitorInput inside;
        inside.name = QStringLiteral("李四");
        inside.houseNumber = QStringLiteral("3-2-1201");
        inside.purpose = QStringLiteral("visit");
        inside.people = 2;
        QVERIFY(r->gate.registerVisitor(t->guard, inside).ok());
        VisitorInput gone = inside;
        gone.name = QStringLiteral("王五");
        gone.people = 1;
        const auto goneId = r->gate.registerVisitor(t->guard, gone);
        QVERIFY(goneId.ok());
        QVERIFY(r->gate.visitorLeft(t->guard, goneId.value()).ok());

        HandoverDialog handover(r->gate, r->users, t->guard);
        handover.show();
        auto *items = child<QListWidget>(&handover, "handoverItems");
        QStringList texts;
        for (int i = 0; i < items->count(); ++i)
            texts << items->item(i)->text();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).contains(QStringLiteral("粤B12345")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.at(1).contains(QStringLiteral("李四")) && texts.at(1).contains(QStringLiteral("2 people"))
                     && texts.at(1).contains(QStringLiteral("03-02 09:30")),
                 qPrintable(texts.join(u'|')));
        QVERIFY(!texts.join(u'|').contains(QStringLiteral("王五"))); // left: not carried over

        QTest::keyClicks(child<QPlainTextEdit>(&handover, "handoverEquipment"), QStringLiteral("2 radios"));
        typeInto(&handover, "incomingUser", QStringLiteral("liuyang"));
        typeInto(&handover, "incomingPassword", QStringLiteral("correct horse 42"));
        clickOk(&handover);
        QVERIFY2(handover.result() == QDialog::Accepted, qPrintable(handover.errorText()));
        const auto record = r->gate.handover(t->manager, handover.handoverId());
        QCOMPARE(record->vehiclesInside, 1);
        QCOMPARE(record->visitorsInside, 1);
        QCOMPARE(record->openItems, texts);

        // Nobody inside: the list says so rather than showing nothing.
        QVERIFY(r->gate.recordVehicle(t->guard2, VehicleEventInput{QStringLiteral("粤B12345"), GateDirection::Out,
                                                                   std::nullopt, {}, false, {}, {}})
                    .ok());
        const auto list = r->gate.visitorsInside(t->guard2).value();
        QVERIFY(r->gate.visitorLeft(t->guard2, list.first().id).ok());
        HandoverDialog later(r->gate, r->users, t->guard2);
        QCOMPARE(child<QListWidget>(&later, "handoverItems")->count(), 1);
        QCOMPARE(child<QListWidget>(&later, "handoverItems")->item(0)->text(),
                 QStringLiteral("No vehicle or visitor inside."));
    }
};

QTEST_MAIN(TestGuiGateOffice)
#include "tst_gui_gate_office.moc"
