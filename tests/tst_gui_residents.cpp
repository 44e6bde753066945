// Resident files through the real widgets: dialogs, the page, masking and reveal, import.
#include "guitestsupport.h"

#include "app/application.h"
#include "dialogs/moveindialog.h"
#include "dialogs/residentdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "dialogs/vehicledialog.h"
#include "models/io/rosterimport.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"
#include "views/residentspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

namespace {
const QString kValidId = QStringLiteral("110101199003071233");   // check character worked out by hand
const QString kWrongCheck = QStringLiteral("110101199003071234"); // same number, wrong check character

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

Session addUser(Database &db, const Session &admin, const QString &name, Role role)
{
    const qint64 id = UserRepository(db).addUser(admin, name, name, role, QStringLiteral("password-123")).value();
    return Session{id, name, name, role};
}

int auditCount(Database &db, const Session &admin, const QString &action, const QString &user)
{
    AuditFilter filter;
    filter.action = action;
    filter.username = user;
    return int(AuditLog(db).entries(admin, filter).value().size());
}
} // namespace

class TestGuiResidents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    void invalidIdIsRejectedNamingTheFieldAndKeepingInput()
    {
        GuiFixture f;
        ResidentRepository residents(*f.db);
        ResidentDialog dialog(residents, f.clerk);
        dialog.show();
        typeInto(&dialog, "name", QStringLiteral("Wang Fang"));
        typeInto(&dialog, "documentNumber", kWrongCheck);
        typeInto(&dialog, "mobile", QStringLiteral("138 0013 8000"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("ID number")), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("check character")), qPrintable(dialog.errorText()));
        // The field is marked and everything typed is still there.
        auto *number = child<QLineEdit>(&dialog, "documentNumber");
        QVERIFY(!number->styleSheet().isEmpty());
        QCOMPARE(number->text(), kWrongCheck);
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Wang Fang"));
        QCOMPARE(child<QLineEdit>(&dialog, "mobile")->text(), QStringLiteral("138 0013 8000"));
        QVERIFY(residents.search(f.clerk, QStringLiteral("Wang")).value().isEmpty());

        typeInto(&dialog, "mobile", QStringLiteral("12345"));
        typeInto(&dialog, "documentNumber", kValidId);
        clickOk(&dialog);
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Mobile")));
        QVERIFY(!child<QLineEdit>(&dialog, "mobile")->styleSheet().isEmpty());

        typeInto(&dialog, "mobile", QStringLiteral("+86 138-0013-8000"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ResidentRecord saved = residents.find(f.admin, dialog.residentId()).value();
        QCOMPARE(saved.mobile, QStringLiteral("13800138000"));
        QCOMPARE(residents.revealDocument(f.admin, dialog.residentId()).value(), kValidId);
    }

    void overlongNameIsRefusedKeepingInput()
    {
        GuiFixture f;
        ResidentRepository residents(*f.db);
        ResidentDialog dialog(residents, f.clerk);
        dialog.show();
        const QString longName = QString(51, QLatin1Char('w'));
        typeInto(&dialog, "name", longName);
        typeInto(&dialog, "mobile", QStringLiteral("138 0013 8000"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Name: at most 50 characters")), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), longName);
        QCOMPARE(child<QLineEdit>(&dialog, "mobile")->text(), QStringLiteral("138 0013 8000"));
        QVERIFY(residents.search(f.clerk, QStringLiteral("www")).value().isEmpty());

        QTest::keyClick(child<QLineEdit>(&dialog, "name"), Qt::Key_Backspace);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(residents.find(f.admin, dialog.residentId())->name, QString(50, QLatin1Char('w')));
    }

    void onlyAdministratorsAndManagersMayExportResidents()
    {
        GuiFixture f;
        const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
        ResidentsPage clerkPage(*f.db, f.clerk, zone);
        QVERIFY(!child<QPushButton>(&clerkPage, "exportResidents")->isEnabled());
        QVERIFY(child<QPushButton>(&clerkPage, "newResident")->isEnabled());
        const Session manager = addUser(*f.db, f.admin, QStringLiteral("mgr"), Role::Manager);
        ResidentsPage managerPage(*f.db, manager, zone);
        QVERIFY(child<QPushButton>(&managerPage, "exportResidents")->isEnabled());
    }

    void residentCreatedMovedInMovedOutWithHistory()
    {
        GuiFixture f;
        ResidentsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        // New resident, typed into the real dialog the page opens.
        QObject::connect(&page, &ResidentsPage::dialogOpened, &page, [](QWidget *dialog) {
            if (qobject_cast<ResidentDialog *>(dialog)) {
                whenShown(dialog, [](QWidget *d) {
                    commitText(child<QLineEdit>(d, "name"), QStringLiteral("张三"));
                    typeInto(d, "documentNumber", QStringLiteral("44030519850615432x"));
                    typeInto(d, "mobile", QStringLiteral("13912345678"));
                    clickOk(d);
                });
            } else if (qobject_cast<MoveInDialog *>(dialog)) {
                whenShown(dialog, [](QWidget *d) {
                    typeInto(d, "house", QStringLiteral("3-2-1201"));
                    clickOk(d); // the house is not on file yet: refused, input kept
                    QVERIFY(static_cast<FormDialog *>(d)->errorText().contains(QStringLiteral("not on file")));
                    QCOMPARE(child<QLineEdit>(d, "house")->text(), QStringLiteral("3-2-1201"));
                    child<QCheckBox>(d, "createHouse")->setChecked(true);
                    auto *role = child<QComboBox>(d, "role");
                    role->setCurrentIndex(role->findData(QStringLiteral("owner")));
                    clickOk(d);
                });
            }
        });
        page.newResident();
        QVERIFY(page.currentResidentId() != 0);
        page.moveIn();
        QCOMPARE(page.linkList()->rowCount(), 1);
        QCOMPARE(page.linkList()->record(0).houseNumber, QStringLiteral("3-2-1201"));
        QVERIFY(!page.linkList()->record(0).ended);

        // Search as you type by pinyin initials, house number and phone.
        page.search(QStringLiteral("zs"));
        QCOMPARE(page.residentList()->rowCount(), 1);
        QCOMPARE(page.residentList()->record(0).name, QStringLiteral("张三"));
        page.search(QStringLiteral("3-2-1201"));
        QCOMPARE(page.residentList()->rowCount(), 1);
        page.search(QStringLiteral("1391234"));
        QCOMPARE(page.residentList()->rowCount(), 1);
        page.search(QString());

        // The house tree shows the house with its occupant.
        QVERIFY(page.selectHouse(QStringLiteral("3-2-1201")));
        QCOMPARE(page.residentList()->rowCount(), 1);

        // Move out: the link ends and stays as history.
        page.selectResident(page.residentList()->record(0).residentId);
        child<QTableView>(&page, "linkList")->selectRow(0);
        page.moveOutSelected();
        QCOMPARE(page.linkList()->rowCount(), 1);
        QVERIFY(page.linkList()->record(0).ended);
        QVERIFY(page.linkList()->data(page.linkList()->index(0, 4)).toString().contains(QStringLiteral("Moved out")));
        QVERIFY(page.selectHouse(QStringLiteral("3-2-1201")));
        QCOMPARE(page.residentList()->rowCount(), 0);
        child<QCheckBox>(&page, "showMovedOut")->setChecked(true);
        QCOMPARE(page.residentList()->rowCount(), 1);
        QVERIFY(auditCount(*f.db, f.admin, QStringLiteral("move_out"), QStringLiteral("clerk"))
                    + auditCount(*f.db, f.admin, QStringLiteral("update"), QStringLiteral("clerk"))
                > 0);
    }

    void clerkSeesMaskedNumberManagerRevealsAudited()
    {
        GuiFixture f;
        const Session manager = addUser(*f.db, f.admin, QStringLiteral("wangjl"), Role::Manager);
        ResidentRepository residents(*f.db);
        ResidentRecord record;
        record.name = QStringLiteral("Li Lei");
        record.documentNumber = QStringLiteral("11010519491231002X");
        const qint64 id = residents.create(f.admin, record).value();

        ResidentsPage clerkPage(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        clerkPage.selectResident(id);
        QVERIFY2(clerkPage.documentText().contains(QStringLiteral("110105********002X")),
                 qPrintable(clerkPage.documentText()));
        QVERIFY(!child<QPushButton>(&clerkPage, "revealDocument")->isVisibleTo(&clerkPage));

        ResidentsPage managerPage(*f.db, manager, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        managerPage.show();
        managerPage.selectResident(id);
        QVERIFY(managerPage.documentText().contains(QStringLiteral("********")));
        auto *reveal = child<QPushButton>(&managerPage, "revealDocument");
        QVERIFY(reveal->isVisible() && reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY2(managerPage.documentText().contains(QStringLiteral("11010519491231002X")),
                 qPrintable(managerPage.documentText()));
        QVERIFY(auditCount(*f.db, f.admin, QStringLiteral("reveal_document"), QStringLiteral("wangjl"))
                    + auditCount(*f.db, f.admin, QStringLiteral("reveal"), QStringLiteral("wangjl"))
                == 1);
    }

    void unusualPlateIsConfirmedNotRefused()
    {
        GuiFixture f;
        ResidentRepository residents(*f.db);
        ResidentRecord record;
        record.name = QStringLiteral("Zhao Min");
        const qint64 id = residents.create(f.clerk, record).value();
        VehicleRepository vehicles(*f.db);
        VehicleDialog dialog(vehicles, f.clerk, id, QDate(2026, 2, 12));
        dialog.show();
        typeInto(&dialog, "plate", QStringLiteral("ABC123"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Plate")), qPrintable(dialog.errorText()));
        clickOk(&dialog); // confirmed
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(vehicles.forResident(f.clerk, id).value().size(), 1);
    }

    void houseDialogKeepsInputAndSavesArea()
    {
        GuiFixture f;
        HouseRepository houses(*f.db);
        const qint64 id = houses.ensureHouse(f.clerk, QStringLiteral("5-1-302")).value();
        ResidentsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        QVERIFY(page.selectHouse(QStringLiteral("5-1-302")));
        QVERIFY(child<QPushButton>(&page, "editHouse")->isEnabled());
        QObject::connect(&page, &ResidentsPage::dialogOpened, &page, [](QWidget *dialog) {
            whenShown(dialog, [](QWidget *d) {
                typeInto(d, "area", QStringLiteral("89,5"));
                clickOk(d);
                QVERIFY(static_cast<FormDialog *>(d)->errorText().startsWith(QStringLiteral("Area")));
                QCOMPARE(child<QLineEdit>(d, "area")->text(), QStringLiteral("89,5"));
                typeInto(d, "area", QStringLiteral("89.5"));
                auto *status = child<QComboBox>(d, "houseStatus");
                status->setCurrentIndex(status->findData(QStringLiteral("renovating")));
                clickOk(d);
            });
        });
        page.editHouse();
        const HouseRecord saved = houses.house(f.clerk, id).value();
        QCOMPARE(saved.areaCenti, 8950);
        QCOMPARE(saved.status, QStringLiteral("renovating"));
    }

    void rosterImportPreviewListsRejectedRows()
    {
        GuiFixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("building,unit,room,name,role,id_number,mobile\n"
                   "1,1,101,Chen Jie,owner,110101199003071233,13800138000\n"
                   "1,1,102,Bad Id,owner,110101199003071234,13800138001\n"
                   "1,1,,No Room,tenant,,13800138002\n");
        file.close();
        RosterImport import(*f.db);
        RosterImportDialog dialog(import, f.clerk);
        QVERIFY(dialog.load(path));
        QCOMPARE(dialog.preview().rows.size(), 1);
        QCOMPARE(dialog.preview().rejected.size(), 2);
        auto *issues = child<QTableWidget>(&dialog, "issues");
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(issues->item(1, 0)->text(), QStringLiteral("4"));
        dialog.show();
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importResult().imported, 1);
        ResidentRepository residents(*f.db);
        QCOMPARE(residents.search(f.clerk, QStringLiteral("1-1-101")).value().size(), 1);

        // Again: nothing new.
        RosterImportDialog again(import, f.clerk);
        QVERIFY(again.load(path));
        again.show();
        clickOk(&again);
        QCOMPARE(again.importResult().imported, 0);
    }
};

QTEST_MAIN(TestGuiResidents)
#include "tst_gui_residents.moc"
