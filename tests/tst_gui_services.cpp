// The convenience services page through the real widgets: a manager drafts a service and
// another approves, the list is published and printed; a clerk takes an order from the
// keyboard (a bad phone is named and the input stays) and stops it with the resident's reason.
#include "guitestsupport.h"
#include "servicestestsupport.h"

#include "app/application.h"
#include "dialogs/reasondialog.h"
#include "dialogs/serviceitemdialog.h"
#include "dialogs/serviceorderdialog.h"
#include "models/itemmodels/servicemodels.h"
#include "models/repositories/patrolrepository.h"
#include "views/servicespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace FeesTest;
using namespace ServicesTest;

namespace {

void click(QWidget *parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void clickRow(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
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

// Types into whatever has the keyboard focus in the dialog, as a user does.
void typeHere(QWidget *dialog, const QString &text)
{
    QTest::keyClicks(dialog->focusWidget(), text);
}

void press(QWidget *dialog, Qt::Key key)
{
    QTest::keyClick(dialog->focusWidget(), key);
}

} // namespace

class TestGuiServices : public QObject
{
    Q_OBJECT

    const QTimeZone m_zone{QByteArrayLiteral("Asia/Shanghai")};

    std::unique_ptr<ServicesPage> page(ServiceEstate &e, const Session &who)
    {
        auto p = std::make_unique<ServicesPage>(*e.db, who, m_zone);
        p->resize(1100, 600);
        p->show();
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    void managerDraftsAnotherApprovesAndTheListIsPublished()
    {
        ServiceEstate e;
        QVERIFY(e.build());
        e.approver = e.addUser(QStringLiteral("zhoujl"), u("周经理"), Role::Manager);
        auto manager = page(e, e.manager);
        QAbstractItemModelTester tester(manager->itemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(manager->listStateText().contains(QStringLiteral("No price list")));
        click(manager.get(), "serviceDraft");
        QCOMPARE(manager->selectedYear(), 2026);
        QVERIFY2(manager->messageText().contains(QStringLiteral("drafted")), qPrintable(manager->messageText()));

        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ServiceItemDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            commitText(child<QLineEdit>(dialog, "itemName"), u("送桶装水"));
            typeInto(dialog, "itemPrice", QStringLiteral("thirty"));
            commitText(child<QLineEdit>(dialog, "itemUnit"), u("元/月"));
            auto *breakEven = child<QSpinBox>(dialog, "itemBreakEven");
            breakEven->selectAll();
            QTest::keyClicks(breakEven, QStringLiteral("2"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible()); // not an amount: named, kept
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Price")), qPrintable(dialog->errorText()));
            QCOMPARE(child<QLineEdit>(dialog, "itemName")->text(), u("送桶装水"));
            typeInto(dialog, "itemPrice", QStringLiteral("30.00"));
            clickOk(dialog);
        });
        click(manager.get(), "serviceAddItem");
        QVERIFY(seen);
        QCOMPARE(manager->itemModel()->rowCount(), 1);
        QCOMPARE(cell(manager->itemModel(), 0, ServiceItemModel::NameColumn), u("送桶装水"));
        QCOMPARE(cell(manager->itemModel(), 0, ServiceItemModel::PriceColumn), u("30.00 元/月"));
        QCOMPARE(cell(manager->itemModel(), 0, ServiceItemModel::BreakEvenColumn), QStringLiteral("2"));

        // The drafter may press approve; the data layer says why not.
        manager->approve();
        QVERIFY2(manager->messageText().contains(QStringLiteral("You drafted")), qPrintable(manager->messageText()));
        QVERIFY(!child<QPushButton>(manager.get(), "servicePublish")->isEnabled());

        auto approver = page(e, e.approver);
        approver->selectYear(2026);
        click(approver.get(), "serviceApprove");
        QVERIFY2(approver->listStateText().contains(QStringLiteral("Approved by 周经理")),
                 qPrintable(approver->listStateText()));
        QVERIFY(!child<QPushButton>(approver.get(), "serviceAddItem")->isEnabled());

        manager->reload();
        click(manager.get(), "servicePublish");
        QVERIFY2(manager->listStateText().startsWith(QStringLiteral("Published")), qPrintable(manager->listStateText()));
        QVERIFY(!child<QPushButton>(manager.get(), "serviceAddItem")->isEnabled());
        QVERIFY(!child<QPushButton>(manager.get(), "servicePublish")->isEnabled());
        // No one takes water yet: the manager sees the flag.
        QVERIFY2(manager->flagsText().contains(u("送桶装水")), qPrintable(manager->flagsText()));
        QVERIFY(cell(manager->itemModel(), 0, ServiceItemModel::SubscribersColumn).contains(QStringLiteral("below")));

        // Printed for the notice board: the PDF reads back with the service, its price and the approver.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
        const Status written = manager->writePdf(pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished());
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(u("送桶装水")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("30.00")));
            QVERIFY(text.contains(u("周经理")));
        }

        // A clerk sees the list, with no drafting buttons.
        auto clerk = page(e, e.clerk);
        QVERIFY(child<QPushButton>(clerk.get(), "serviceDraft")->isHidden());
        QVERIFY(child<QPushButton>(clerk.get(), "serviceApprove")->isHidden());
        QVERIFY(child<QPushButton>(clerk.get(), "servicePrint")->isEnabled());
        QVERIFY(clerk->flagsText().isEmpty());
    }

    void clerkTakesAnOrderFromTheKeyboardAndStopsIt()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList());
        auto clerk = page(e, e.clerk);
        QAbstractItemModelTester tester(clerk->orderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QTabWidget>(clerk.get(), "servicesTabs")->setCurrentIndex(1);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ServiceOrderDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "orderHouse"));
            typeHere(dialog, QStringLiteral("1-1-101"));
            press(dialog, Qt::Key_Tab);
            commitText(dialog->focusWidget(), u("张伟"));
            press(dialog, Qt::Key_Tab);
            typeHere(dialog, QStringLiteral("1380013"));
            press(dialog, Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(), child<QComboBox>(dialog, "orderService"));
            QVERIFY(child<QLabel>(dialog, "orderTerms")->text().contains(QStringLiteral("50.00"))); // the deposit
            // The start stays today (Tab walks through its year, month and day); no end.
            auto *signedBox = child<QCheckBox>(dialog, "orderSigned");
            for (int i = 0; i < 8 && dialog->focusWidget() != signedBox; ++i)
                press(dialog, Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(), signedBox);
            press(dialog, Qt::Key_Space);
            QVERIFY(signedBox->isChecked());
            press(dialog, Qt::Key_Return);
            // Seven digits are no phone number: the field is named, the input stays.
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Phone")), qPrintable(dialog->errorText()));
            QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "orderPhone"));
            QCOMPARE(child<QLineEdit>(dialog, "orderHouse")->text(), QStringLiteral("1-1-101"));
            QCOMPARE(child<QLineEdit>(dialog, "orderResident")->text(), u("张伟"));
            QVERIFY(signedBox->isChecked());
            QVERIFY(!child<QCheckBox>(dialog, "orderHasEnd")->isChecked());
            typeHere(dialog, QStringLiteral("8000"));
            press(dialog, Qt::Key_Return);
        });
        click(clerk.get(), "orderAdd");
        QVERIFY(seen);
        QVERIFY2(clerk->messageText().contains(QStringLiteral("Order recorded")), qPrintable(clerk->messageText()));
        QCOMPARE(clerk->orderModel()->rowCount(), 1);
        QCOMPARE(cell(clerk->orderModel(), 0, ServiceOrderModel::HouseColumn), QStringLiteral("1-1-101"));
        QCOMPARE(cell(clerk->orderModel(), 0, ServiceOrderModel::PhoneColumn), QStringLiteral("13800138000"));
        QCOMPARE(cell(clerk->orderModel(), 0, ServiceOrderModel::ServiceColumn), u("送桶装水"));
        QCOMPARE(cell(clerk->orderModel(), 0, ServiceOrderModel::StartColumn), QStringLiteral("2026-07-01"));
        QCOMPARE(cell(clerk->orderModel(), 0, ServiceOrderModel::SignedColumn), QStringLiteral("Signed"));

        // The subscribers of the service 接受长期服务业主名单.
        auto *filter = child<QComboBox>(clerk.get(), "orderFilter");
        const int water = filter->findData(u("送桶装水"));
        QVERIFY(water > 0);
        QVERIFY(filter->findData(u("家电清洗")) < 0); // one-off: no subscribers
        filter->setCurrentIndex(water);
        QCOMPARE(clerk->orderModel()->rowCount(), 1);
        QCOMPARE(clerk->itemModel()->data(clerk->itemModel()->index(0, ServiceItemModel::SubscribersColumn)).toString(),
                 QStringLiteral("1 — below break-even (needs 2)"));

        // Stopping asks why.
        clickRow(child<QTableView>(clerk.get(), "orderTable"), 0);
        seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
            CloseOnExit closer{dialog};
            QVERIFY(dialog);
            seen = true;
            clickOk(dialog);
            QVERIFY(dialog->isVisible()); // no reason: not stopped
            commitText(child<QPlainTextEdit>(dialog, "reason"), u("自己买了净水器"));
            clickOk(dialog);
        });
        click(clerk.get(), "orderStop");
        QVERIFY(seen);
        QCOMPARE(clerk->orderModel()->rowCount(), 0); // off the list of subscribers
        filter->setCurrentIndex(0);
        child<QCheckBox>(clerk.get(), "ordersShowStopped")->setChecked(true);
        QCOMPARE(clerk->orderModel()->rowCount(), 1);
        QVERIFY2(cell(clerk->orderModel(), 0, ServiceOrderModel::StatusColumn).contains(u("自己买了净水器")),
                 qPrintable(cell(clerk->orderModel(), 0, ServiceOrderModel::StatusColumn)));
    }

    void januaryOpensWithTheReviewReminder()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList());
        e.clock.set(local(2027, 1, 4, 9));
        auto manager = page(e, e.manager);
        const auto open = PatrolRepository(*e.db).notifications(e.clerk, false);
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QVERIFY(open->at(0).message.contains(QStringLiteral("2027")));
        // The list in force is still 2026's; drafting makes this year's from it.
        click(manager.get(), "serviceDraft");
        QCOMPARE(manager->selectedYear(), 2027);
        QCOMPARE(manager->itemModel()->rowCount(), 3);
    }
};

QTEST_MAIN(TestGuiServices)
#include "tst_gui_services.moc"
