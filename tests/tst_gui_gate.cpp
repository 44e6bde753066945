// The gate screen and its dialogs, driven through real widgets offscreen.
#include "gatetestsupport.h"
#include "guitestsupport.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/formdialog.h"
#include "models/database/query.h"
#include "models/domain/gaterules.h"
#include "dialogs/goodscheckdialog.h"
#include "dialogs/handoverdialog.h"
#include "dialogs/patrolfindingdialog.h"
#include "dialogs/patrolrounddialog.h"
#include "dialogs/visitordialog.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/vehiclelogmodel.h"
#include "models/itemmodels/vehiclesinsidemodel.h"
#include "models/itemmodels/visitorsinsidemodel.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/patrolrepository.h"
#include "views/gatepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace {

// ASCII through key clicks; anything else the way an input method commits it.
void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flush();
}

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

struct Gate
{
    GateRepository gate;
    GoodsPermitRepository permits;
    PatrolRepository patrols;
    UserRepository users;
    explicit Gate(Database &db) : gate(db, QStringLiteral("gate-1")), permits(db), patrols(db), users(db) {}
    GatePage::Services services() { return GatePage::Services{gate, permits, patrols, users}; }
};

} // namespace

class TestGuiGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<GateTestDatabase> t;
    std::unique_ptr<Gate> g;
    const QTimeZone m_zone{QByteArrayLiteral("Asia/Shanghai")};

    std::unique_ptr<GatePage> page(const Session &who)
    {
        auto p = std::make_unique<GatePage>(g->services(), who, t->clock, m_zone, QStringLiteral("阳光花园"));
        p->show();
        p->activateWindow();
        if (!QTest::qWaitForWindowActive(p.get()))
            qWarning("the gate page did not become active");
        return p;
    }

    // The plate, then Enter: nothing else.
    void logPlate(GatePage *p, const QString &plate)
    {
        auto *edit = child<QLineEdit>(p, "plateEdit");
        QVERIFY(edit->hasFocus());
        typeText(edit, plate);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
        // The gate's home province was asked (homeProvinceAskedAtFirstStart asks it again).
        QSettings().setValue(GatePage::homeProvinceKey(), QString());
    }
    void init()
    {
        t = std::make_unique<GateTestDatabase>();
        QVERIFY(t->openWithResident());
        g = std::make_unique<Gate>(*t->db);
    }
    void cleanup()
    {
        g.reset();
        t.reset();
    }

    void knownResidentPlateLogsWithThePlateAndOneKey()
    {
        auto p = page(t->guard);
        QAbstractItemModelTester vehiclesTester(p->vehiclesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester visitorsTester(p->visitorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *edit = child<QLineEdit>(p.get(), "plateEdit");
        QVERIFY(edit->hasFocus());
        typeText(edit, QStringLiteral("粤b12345"));
        QVERIFY2(child<QLabel>(p.get(), "plateHint")->text().contains(QStringLiteral("张三")),
                 qPrintable(child<QLabel>(p.get(), "plateHint")->text()));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("IN 粤B12345")), qPrintable(p->resultText()));
        QCOMPARE(p->lastDecision().category, VehicleCategory::Resident);
        QCOMPARE(edit->text(), QString()); // ready for the next vehicle
        QVERIFY(edit->hasFocus());
        QCOMPARE(p->vehiclesModel()->rowCount(), 1);
        QCOMPARE(p->vehiclesModel()->data(p->vehiclesModel()->index(0, 0)).toString(), QStringLiteral("粤B12345"));
        QVERIFY(p->countsText().contains(QStringLiteral("1 in")));

        // The full-width form of the same plate is the same vehicle, and Enter logs it out.
        t->clock.advance(3600);
        logPlate(p.get(), QStringLiteral("粤Ｂ１２３４５"));
        QVERIFY2(p->resultText().startsWith(QStringLiteral("OUT 粤B12345")), qPrintable(p->resultText()));
        QCOMPARE(p->vehiclesModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(p.get(), "receiptButton")->isEnabled()); // residents get no receipt
    }

    void homeProvinceIsPutInFrontOfALetterAndSerial()
    {
        auto p = page(t->guard);
        auto *province = child<QComboBox>(p.get(), "provinceCombo");
        province->setCurrentIndex(province->findData(QStringLiteral("粤")));
        // The keyboard has no 粤 key: "b12345" and Enter is the resident's 粤B12345.
        auto *edit = child<QLineEdit>(p.get(), "plateEdit");
        QTest::keyClicks(edit, QStringLiteral("b12345"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("IN 粤B12345")), qPrintable(p->resultText()));
        QCOMPARE(p->lastDecision().category, VehicleCategory::Resident);
        // A plate typed with its own province keeps it.
        typeText(edit, QStringLiteral("京A12345"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("IN 京A12345")), qPrintable(p->resultText()));
        province->setCurrentIndex(0);
    }

    // A new gate asks its home province once, by keyboard, and keeps it: then B12345 is 粤B12345.
    void homeProvinceAskedAtFirstStart()
    {
        QSettings().remove(GatePage::homeProvinceKey());
        {
            auto p = page(t->guard);
            auto *prompt = child<QWidget>(p.get(), "provincePrompt");
            QVERIFY(prompt->isVisible());
            auto *choice = child<QComboBox>(p.get(), "homeProvinceChoice");
            QVERIFY(choice->hasFocus());
            const int yue = choice->findData(QStringLiteral("粤"));
            QVERIFY(yue > 0);
            while (choice->currentIndex() < yue)
                QTest::keyClick(choice, Qt::Key_Down);
            QTest::keyClick(choice, Qt::Key_Return);
            QVERIFY(prompt->isHidden());
            QCOMPARE(QSettings().value(GatePage::homeProvinceKey()).toString(), QStringLiteral("粤"));
            QVERIFY2(p->resultText().contains(QStringLiteral("粤B12345")), qPrintable(p->resultText()));
            logPlate(p.get(), QStringLiteral("b12345"));
            QVERIFY2(p->resultText().startsWith(QStringLiteral("IN 粤B12345")), qPrintable(p->resultText()));
        }
        // Kept: the next start does not ask again and takes the province as chosen.
        {
            auto p = page(t->guard);
            QVERIFY(child<QWidget>(p.get(), "provincePrompt")->isHidden());
            QCOMPARE(child<QComboBox>(p.get(), "provinceCombo")->currentData().toString(), QStringLiteral("粤"));
            QVERIFY(child<QLineEdit>(p.get(), "plateEdit")->hasFocus());
            child<QComboBox>(p.get(), "provinceCombo")->setCurrentIndex(0);
        }
        // A clerk's read-only view of the gate asks nothing.
        QSettings().remove(GatePage::homeProvinceKey());
        {
            auto p = page(t->clerk);
            QVERIFY(child<QWidget>(p.get(), "provincePrompt")->isHidden());
        }
        QSettings().setValue(GatePage::homeProvinceKey(), QString());
    }

    // The stay to the minute; the receipt says how the started hours make the fee.
    void receiptExplainsTheStartedHours()
    {
        auto p = page(t->guard);
        logPlate(p.get(), QStringLiteral("粤A66666"));
        t->clock.advance(25 * 3600 + 30); // 25 h 0 min 30 s: one day and two started hours
        logPlate(p.get(), QStringLiteral("粤A66666"));
        QVERIFY2(p->resultText().contains(QStringLiteral("stay 25 h 0 min, fee ¥50.00")), qPrintable(p->resultText()));
        const QString receipt = p->receiptHtml();
        QVERIFY2(receipt.contains(QStringLiteral("25 h 0 min")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("1 × 24 h ¥40.00 + 2 × started hour ¥10.00 = ¥50.00")),
                 qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("30 minutes free, then ¥5.00 for every started hour")), qPrintable(receipt));
        QCOMPARE(GateRules::feeBreakdown(ParkingTariff(), 25 * 3600 * 1000),
                 QStringLiteral("1 × 24 h ¥40.00 + 1 × started hour ¥5.00 = ¥45.00"));
        QCOMPARE(GateRules::feeBreakdown(ParkingTariff(), 20 * 60 * 1000), QStringLiteral("Within the 30 free minutes: no fee."));
        QCOMPARE(GateRules::feeBreakdown(ParkingTariff(), 10 * 3600 * 1000 + 1),
                 QStringLiteral("11 × started hour ¥40.00 (at most ¥40.00 a day) = ¥40.00"));
    }

    // F8 and Enter used to record a full round: nothing is ticked until the guard ticks it.
    void patrolRoundTicksNothingInAdvance()
    {
        auto p = page(t->guard);
        QString refusal;
        int ticked = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PatrolRoundDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = child<QListWidget>(dialog, "patrolCheckpoints");
            ticked = 0;
            for (int row = 0; row < list->count(); ++row)
                ticked += list->item(row)->checkState() == Qt::Checked ? 1 : 0;
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
            refusal = dialog->errorText();
            QVERIFY(dialog->isVisible());
            // The first checkpoint signed: Tab to the list, Space ticks it, Enter records.
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Home);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(list->item(0)->checkState(), Qt::Checked);
            QTest::keyClick(list, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        QTest::keyClick(child<QLineEdit>(p.get(), "plateEdit"), Qt::Key_F8);
        QCOMPARE(ticked, 0);
        QVERIFY2(refusal.startsWith(QStringLiteral("Checkpoints")), qPrintable(refusal));
        QCOMPARE(Query(*t->db, QStringLiteral("SELECT COUNT(*) FROM patrol_signins")).scalar().value(), qint64(1));
    }

    // After the handover the screen is the incoming guard's, and says so.
    void handoverSwitchesTheScreenToTheIncomingGuard()
    {
        auto p = page(t->guard);
        QCOMPARE(child<QLabel>(p.get(), "onDuty")->text(), QStringLiteral("On duty: 陈强"));
        QSignalSpy switched(p.get(), &GatePage::guardChanged);
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<HandoverDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *equipment = child<QPlainTextEdit>(dialog, "handoverEquipment");
            QCOMPARE(dialog->focusWidget(), equipment);
            QTest::keyClicks(equipment, QStringLiteral("2 radios"));
            QTest::keyClick(equipment, Qt::Key_Tab); // on to the incidents, no tab typed
            QCOMPARE(equipment->toPlainText(), QStringLiteral("2 radios"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "incomingUser"));
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("liuyang"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("correct horse 42"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        QTest::keyClick(child<QLineEdit>(p.get(), "plateEdit"), Qt::Key_F10);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(p->onDuty().username, QStringLiteral("liuyang"));
        QCOMPARE(child<QLabel>(p.get(), "onDuty")->text(), QStringLiteral("On duty: 刘洋"));
        QVERIFY2(p->resultText().contains(QStringLiteral("刘洋 is on duty now (from 陈强)")), qPrintable(p->resultText()));
        // What is logged now is the incoming guard's.
        p->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.get()));
        logPlate(p.get(), QStringLiteral("粤A77777"));
        Query logged(*t->db, QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE plate = :plate AND guard = :guard"));
        logged.bind(QStringLiteral(":plate"), QStringLiteral("粤A77777")).bind(QStringLiteral(":guard"), QStringLiteral("刘洋"));
        QCOMPARE(logged.scalar().value(), qint64(1));
    }

    // In the main window the status bar follows the handover too.
    void handoverSwitchesTheWindowsGuard()
    {
        MainWindow window(*t->db, t->guard);
        window.show();
        auto *gate = window.findChild<GatePage *>(QStringLiteral("gatePage"));
        QVERIFY(gate);
        auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
        QVERIFY(user);
        QVERIFY2(user->text().startsWith(QStringLiteral("陈强")), qPrintable(user->text()));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<HandoverDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "handoverEquipment"), QStringLiteral("keys"));
            QTest::keyClicks(child<QLineEdit>(dialog, "incomingUser"), QStringLiteral("liuyang"));
            QTest::keyClicks(child<QLineEdit>(dialog, "incomingPassword"), QStringLiteral("correct horse 42"));
            QTest::keyClick(child<QLineEdit>(dialog, "incomingPassword"), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        gate->openHandover();
        QVERIFY2(user->text().startsWith(QStringLiteral("刘洋")), qPrintable(user->text()));
        QCOMPARE(gate->onDuty().username, QStringLiteral("liuyang"));
    }

    void feesOnExitThroughTheScreen_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("30 min") << 30 << QStringLiteral("stay 30 min, fee ¥0.00") << qint64(0);
        QTest::newRow("31 min") << 31 << QStringLiteral("stay 31 min, fee ¥5.00") << qint64(500);
        QTest::newRow("2 h 10 min") << 130 << QStringLiteral("stay 2 h 10 min, fee ¥15.00") << qint64(1500);
        QTest::newRow("25 h") << 25 * 60 << QStringLiteral("stay 25 h 0 min, fee ¥45.00") << qint64(4500);
    }
    void feesOnExitThroughTheScreen()
    {
        QFETCH(int, minutes);
        QFETCH(QString, shown);
        QFETCH(qint64, fen);
        auto p = page(t->guard);
        logPlate(p.get(), QStringLiteral("粤A88888"));
        QVERIFY2(p->resultText().contains(QStringLiteral("Temporary")), qPrintable(p->resultText()));
        t->clock.advance(qint64(minutes) * 60);
        logPlate(p.get(), QStringLiteral("粤A88888"));
        QVERIFY2(p->resultText().contains(shown), qPrintable(p->resultText()));
        QCOMPARE(p->lastDecision().feeFen, fen);
        QVERIFY(child<QPushButton>(p.get(), "receiptButton")->isEnabled());
        const QString receipt = p->receiptHtml();
        QVERIFY(receipt.contains(QStringLiteral("粤A88888")));
        QVERIFY(receipt.contains(GateRules::formatYuan(fen)));
        QVERIFY(receipt.contains(QStringLiteral("阳光花园")));
    }

    void unusualPlateAsksOnceAndThenLogs()
    {
        auto p = page(t->guard);
        logPlate(p.get(), QStringLiteral("ABC123"));
        QVERIFY2(p->resultText().contains(QStringLiteral("Enter again")), qPrintable(p->resultText()));
        QCOMPARE(child<QLineEdit>(p.get(), "plateEdit")->text(), QStringLiteral("ABC123")); // kept
        QCOMPARE(p->vehiclesModel()->rowCount(), 0);
        QTest::keyClick(child<QLineEdit>(p.get(), "plateEdit"), Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("IN ABC123")), qPrintable(p->resultText()));
        QCOMPARE(p->vehiclesModel()->rowCount(), 1);
    }

    void bannedKindAndMovingVanThroughTheScreen()
    {
        auto p = page(t->guard);
        auto *category = child<QComboBox>(p.get(), "categoryCombo");
        auto *edit = child<QLineEdit>(p.get(), "plateEdit");
        typeText(edit, QStringLiteral("粤B67890"));
        category->setCurrentIndex(category->findData(QStringLiteral("lorry")));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("REFUSED 粤B67890")), qPrintable(p->resultText()));
        QCOMPARE(category->currentIndex(), 0); // back to the default for the next vehicle
        QVERIFY(p->countsText().contains(QStringLiteral("1 refused")));
        QCOMPARE(p->logModel()->rowCount(), 1);
        QCOMPARE(p->logModel()->data(p->logModel()->index(0, VehicleLogModel::DecisionColumn)).toString(),
                 QStringLiteral("Refused"));
        QVERIFY(g->gate.eventsForPlate(t->guard, QStringLiteral("粤B67890"))->first().refused);

        typeText(edit, QStringLiteral("粤B5M123"));
        category->setCurrentIndex(category->findData(QStringLiteral("moving_van")));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(p->resultText().startsWith(QStringLiteral("IN 粤B5M123")));
        logPlate(p.get(), QStringLiteral("粤B5M123")); // out, as the moving van it came in as
        QVERIFY2(p->resultText().startsWith(QStringLiteral("REFUSED 粤B5M123")), qPrintable(p->resultText()));

        GoodsPermit permit;
        permit.kind = QStringLiteral("moving");
        permit.applicant = QStringLiteral("张三");
        permit.goods = QStringLiteral("家具");
        const auto applied = g->permits.apply(t->clerk, permit);
        QVERIFY(applied.ok());
        QVERIFY(g->permits.approve(t->manager, applied->id).ok());
        typeText(edit, QStringLiteral("粤B5M123"));
        typeText(child<QLineEdit>(p.get(), "permitEdit"), applied->permitNumber);
        QTest::keyClick(child<QLineEdit>(p.get(), "permitEdit"), Qt::Key_Return);
        QVERIFY2(p->resultText().startsWith(QStringLiteral("OUT 粤B5M123")), qPrintable(p->resultText()));
        QVERIFY(p->resultText().contains(applied->permitNumber));
        QCOMPARE(g->permits.permit(t->guard, applied->id)->status, QStringLiteral("collected"));
    }

    void clerksSeeTheGateReadOnly()
    {
        QVERIFY(g->gate.recordVehicle(t->guard, VehicleEventInput{QStringLiteral("粤B12345"), GateDirection::In,
                                                                  std::nullopt, {}, false, {}, {}})
                    .ok());
        auto p = page(t->clerk);
        QVERIFY(!child<QLineEdit>(p.get(), "plateEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(p.get(), "visitorButton")->isEnabled());
        QCOMPARE(p->vehiclesModel()->rowCount(), 1);
    }

    void guardsOpenOnTheGateScreen()
    {
        MainWindow window(*t->db, t->guard);
        QCOMPARE(window.pageNames().first(), QStringLiteral("gatePage"));
        Session tech = t->addUser(QStringLiteral("tech"), QStringLiteral("Tech"), Role::Technician);
        MainWindow techWindow(*t->db, tech);
        QVERIFY(!techWindow.pageNames().contains(QStringLiteral("gatePage")));
    }

    void visitorByKeyboardAndLeaving()
    {
        auto p = page(t->guard);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<VisitorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            typeText(child<QLineEdit>(dialog, "visitorName"), QStringLiteral("李四"));
            typeText(child<QLineEdit>(dialog, "visitorDocument"), QStringLiteral("11010519491231002X"));
            typeText(child<QLineEdit>(dialog, "visitorHouse"), QStringLiteral("3-2-1201"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible()); // the purpose is missing
            QVERIFY(dialog->errorText().startsWith(QStringLiteral("Purpose")));
            QCOMPARE(child<QLineEdit>(dialog, "visitorName")->text(), QStringLiteral("李四"));
            typeText(child<QLineEdit>(dialog, "visitorPurpose"), QStringLiteral("visit"));
            QTest::keyClick(child<QLineEdit>(dialog, "visitorPurpose"), Qt::Key_Return);
        });
        QTest::keyClick(child<QLineEdit>(p.get(), "plateEdit"), Qt::Key_F5);
        QVERIFY(seen);
        QCOMPARE(p->visitorsModel()->rowCount(), 1);
        QCOMPARE(g->gate.visitorsInside(t->guard)->first().document, QStringLiteral("110105********002X"));
        // Offscreen there is no window manager to hand activation back after the dialog.
        p->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.get()));
        QVERIFY(child<QLineEdit>(p.get(), "plateEdit")->hasFocus());
        QTest::keyClick(child<QLineEdit>(p.get(), "plateEdit"), Qt::Key_F6); // the only visitor inside
        QCOMPARE(p->visitorsModel()->rowCount(), 0);
        QVERIFY(p->resultText().contains(QStringLiteral("李四")));
    }

    void goodsPermitCheckedAtTheGate()
    {
        GoodsPermit permit;
        permit.applicant = QStringLiteral("张三");
        permit.goods = QStringLiteral("旧冰箱");
        permit.houseNumber = QStringLiteral("3-2-1201");
        const auto applied = g->permits.apply(t->clerk, permit);
        QVERIFY(applied.ok());
        GoodsCheckDialog dialog(g->permits, t->guard, m_zone);
        dialog.show();
        typeText(child<QLineEdit>(&dialog, "permitNumber"), applied->permitNumber);
        QVERIFY(dialog.detailsText().contains(QStringLiteral("not approved")));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Stopped")));
        QVERIFY(g->permits.approve(t->manager, applied->id).ok());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(g->permits.permit(t->guard, applied->id)->status, QStringLiteral("collected"));
    }

    void findingAndHandover()
    {
        PatrolFindingDialog finding(g->patrols, t->guard);
        finding.show();
        clickOk(&finding);
        QVERIFY(finding.errorText().startsWith(QStringLiteral("Description")));
        auto *description = child<QPlainTextEdit>(&finding, "findingDescription");
        QTest::keyClicks(description, QStringLiteral("window open"));
        typeText(child<QLineEdit>(&finding, "findingPlate"), QStringLiteral("粤B12345"));
        auto *kind = child<QComboBox>(&finding, "findingKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("open_car")));
        clickOk(&finding);
        QCOMPARE(finding.result(), int(QDialog::Accepted));
        QVERIFY(finding.findingResult().notified);

        QVERIFY(g->gate.recordVehicle(t->guard, VehicleEventInput{QStringLiteral("粤B12345"), GateDirection::In,
                                                                  std::nullopt, {}, false, {}, {}})
                    .ok());
        HandoverDialog handover(g->gate, g->users, t->guard);
        handover.show();
        QCOMPARE(child<QListWidget>(&handover, "handoverItems")->count(), 1);
        QTest::keyClicks(child<QPlainTextEdit>(&handover, "handoverEquipment"), QStringLiteral("2 radios, 1 key ring"));
        typeText(child<QLineEdit>(&handover, "incomingUser"), QStringLiteral("liuyang"));
        typeText(child<QLineEdit>(&handover, "incomingPassword"), QStringLiteral("wrong"));
        clickOk(&handover);
        QVERIFY(handover.isVisible());
        QCOMPARE(child<QLineEdit>(&handover, "incomingUser")->text(), QStringLiteral("liuyang"));
        typeText(child<QLineEdit>(&handover, "incomingPassword"), QStringLiteral("correct horse 42"));
        clickOk(&handover);
        QVERIFY2(handover.result() == QDialog::Accepted, qPrintable(handover.errorText()));
        const auto record = g->gate.handover(t->clerk, handover.handoverId());
        QCOMPARE(record->incomingGuard, QStringLiteral("刘洋"));
        QCOMPARE(record->vehiclesInside, 1);
    }
};

QTEST_MAIN(TestGuiGate)
#include "tst_gui_gate.moc"
