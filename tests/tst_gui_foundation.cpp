// GUI flows of the foundation, driven through real widgets offscreen.
#include "guitestsupport.h"
#include "testsupport.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/surveybatchdialog.h"
#include "dialogs/userdialog.h"
#include "models/itemmodels/auditlogmodel.h"
#include "models/itemmodels/usertablemodel.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/settingsrepository.h"
#include "views/auditlogpage.h"
#include "views/calendarpage.h"
#include "views/userspage.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace {
void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QStringList auditActions(Database &db, const Session &admin)
{
    QStringList actions;
    const auto entries = AuditLog(db).entries(admin, AuditFilter{});
    for (const AuditEntry &e : entries.value())
        actions << e.action;
    return actions;
}
} // namespace

class TestGuiFoundation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    void firstStartRejectsBadInputAndKeepsIt()
    {
        GuiFixture f(false);
        UserRepository users(*f.db);
        SettingsRepository settings(*f.db);
        FirstRunDialog dialog(users, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        typeInto(&dialog, "fullName", QStringLiteral("Wang Jianlin"));
        typeInto(&dialog, "password", QStringLiteral("short"));
        typeInto(&dialog, "confirm", QStringLiteral("short"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Estate name")), qPrintable(dialog.errorText()));

        typeInto(&dialog, "estate", QStringLiteral("Sunshine Garden"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Password")), qPrintable(dialog.errorText()));
        // Nothing typed was lost, and nothing was saved.
        QCOMPARE(child<QLineEdit>(&dialog, "fullName")->text(), QStringLiteral("Wang Jianlin"));
        QCOMPARE(child<QLineEdit>(&dialog, "estate")->text(), QStringLiteral("Sunshine Garden"));
        QVERIFY(!users.hasUsers());

        typeInto(&dialog, "password", QStringLiteral("long-enough-1"));
        typeInto(&dialog, "confirm", QStringLiteral("long-enough-2"));
        clickOk(&dialog);
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Repeat password")));
        QVERIFY(!users.hasUsers());

        typeInto(&dialog, "confirm", QStringLiteral("long-enough-1"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().role, Role::Admin);
        QCOMPARE(settings.estateName(), QStringLiteral("Sunshine Garden"));
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("long-enough-1")).ok());
    }

    void loginShowsRefusalAndLocksAfterFiveFailures()
    {
        GuiFixture f;
        UserRepository users(*f.db);
        LoginDialog dialog(users, QStringLiteral("Sunshine Garden"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "username", QStringLiteral("clerk"));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            typeInto(&dialog, "password", QStringLiteral("wrong-password"));
            QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
            QVERIFY(dialog.isVisible());
        }
        QVERIFY2(dialog.errorText().contains(QStringLiteral("locked")), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "username")->text(), QStringLiteral("clerk"));

        // The right password is refused while the lock lasts...
        typeInto(&dialog, "password", QStringLiteral("clerk-pass-1"));
        QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("locked")));

        // ...and accepted once fifteen minutes have passed.
        f.clock.advance(15 * 60);
        QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().username, QStringLiteral("clerk"));
        const QStringList actions = auditActions(*f.db, f.admin);
        QVERIFY(actions.contains(QStringLiteral("account_locked")));
        QVERIFY(actions.contains(QStringLiteral("login_refused_locked")));
        QVERIFY(actions.contains(QStringLiteral("login")));
    }

    void mainWindowShowsOnlyPermittedPagesAndTheEstateClock()
    {
        GuiFixture f;
        MainWindow adminWindow(*f.db, f.admin);
        QCOMPARE(adminWindow.pageNames(),
                 (QStringList{QStringLiteral("requestsPage"), QStringLiteral("timerBoardPage"),
                              QStringLiteral("residentsPage"), QStringLiteral("feeDeskPage"), QStringLiteral("gatePage"),
                              QStringLiteral("goodsPermitsPage"), QStringLiteral("notificationsPage"),
                              QStringLiteral("inspectionsPage"), QStringLiteral("calendarPage"),
                              QStringLiteral("feeDocumentsPage"), QStringLiteral("reportPage"),
                              QStringLiteral("auditPage"), QStringLiteral("usersPage"), QStringLiteral("servicesPage")}));
        // 02:00 UTC is 10:00 on the estate's clock (Asia/Shanghai).
        QCOMPARE(adminWindow.clockText(), QStringLiteral("2026-02-12 10:00:00"));
        QVERIFY(child<QLabel>(&adminWindow, "statusUser")->text().contains(QStringLiteral("Ada Admin")));

        // February 2026: this year's schedule is built in, next year's is not needed yet.
        QCOMPARE(adminWindow.calendarWarningText(), QString());
        f.clock.set(QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC));
        MainWindow november(*f.db, f.admin);
        QVERIFY2(november.calendarWarningText().contains(QStringLiteral("2027")), qPrintable(november.calendarWarningText()));
        // holiday-cn's placeholder for a year not yet announced is refused: the warning stays.
        QVERIFY(!CalendarRepository(*f.db).importData(f.admin, R"({"year": 2027, "days": []})", QStringLiteral("test")).ok());
        MainWindow placeholder(*f.db, f.admin);
        QVERIFY2(placeholder.calendarWarningText().contains(QStringLiteral("2027")),
                 qPrintable(placeholder.calendarWarningText()));
        QVERIFY(CalendarRepository(*f.db).importFile(f.admin, TestSupport::testDataFile(QStringLiteral("2027.json"))).ok());
        MainWindow imported(*f.db, f.admin);
        QCOMPARE(imported.calendarWarningText(), QString());

        MainWindow clerkWindow(*f.db, f.clerk);
        QCOMPARE(clerkWindow.pageNames(),
                 (QStringList{QStringLiteral("requestsPage"), QStringLiteral("timerBoardPage"),
                              QStringLiteral("residentsPage"), QStringLiteral("feeDeskPage"), QStringLiteral("gatePage"),
                              QStringLiteral("goodsPermitsPage"), QStringLiteral("notificationsPage"),
                              QStringLiteral("inspectionsPage"), QStringLiteral("calendarPage"),
                              QStringLiteral("feeDocumentsPage"), QStringLiteral("servicesPage")}));
        QVERIFY(!clerkWindow.showPage(QStringLiteral("auditPage")));
    }

    void calendarPageComputesDeadlinesAcrossTheSpringFestival()
    {
        GuiFixture f;
        CalendarRepository calendar(*f.db);
        CalendarPage page(calendar, f.clock, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        auto *from = child<QDateTimeEdit>(&page, "deadlineFrom");
        auto *amount = child<QSpinBox>(&page, "deadlineAmount");
        auto *unit = child<QComboBox>(&page, "deadlineUnit");
        // The clock says 2026-02-12 10:00 local; 7 working days skip 15-23 February
        // and count the adjusted working Saturdays 14 and 28 February.
        QCOMPARE(from->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-02-12 10:00"));
        amount->setValue(7);
        unit->setCurrentIndex(unit->findData(QStringLiteral("wd")));
        QVERIFY2(page.deadlineText().startsWith(QStringLiteral("2026-03-01 00:00")), qPrintable(page.deadlineText()));
        QVERIFY(page.warningText().isEmpty());

        unit->setCurrentIndex(unit->findData(QStringLiteral("m")));
        amount->setValue(10);
        from->setDateTime(QDateTime(QDate(2026, 2, 17), QTime(23, 55)));
        QVERIFY(page.deadlineText().startsWith(QStringLiteral("2026-02-18 00:05")));

        unit->setCurrentIndex(unit->findData(QStringLiteral("wd")));
        from->setDateTime(QDateTime(QDate(2027, 3, 1), QTime(9, 0)));
        QVERIFY2(page.warningText().contains(QStringLiteral("2027")), qPrintable(page.warningText()));
    }

    void usersPageAddsAUserAndChangesARole()
    {
        GuiFixture f;
        UserRepository users(*f.db);
        UsersPage page(users, f.admin, f.clock, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QCOMPARE(page.model()->rowCount(), 2);

        UserDialog dialog(users, f.admin);
        dialog.show();
        typeInto(&dialog, "username", QStringLiteral("clerk"));
        typeInto(&dialog, "fullName", QStringLiteral("Second Carl"));
        typeInto(&dialog, "password", QStringLiteral("guard-pass-1"));
        typeInto(&dialog, "confirm", QStringLiteral("guard-pass-1"));
        clickOk(&dialog);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("already taken")), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "fullName")->text(), QStringLiteral("Second Carl"));

        typeInto(&dialog, "username", QStringLiteral("guard1"));
        auto *role = child<QComboBox>(&dialog, "role");
        role->setCurrentIndex(role->findData(QStringLiteral("guard")));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        page.reload();
        QCOMPARE(page.model()->rowCount(), 3);
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->user(r).username == QLatin1String("guard1"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->user(row).role, Role::Guard);
        page.view()->selectRow(row);
        page.changeRole(Role::Technician);
        QCOMPARE(users.find(QStringLiteral("guard1"))->role, Role::Technician);
        QVERIFY(auditActions(*f.db, f.admin).contains(QStringLiteral("role_changed")));
    }

    void passwordDialogNeedsTheCurrentPassword()
    {
        GuiFixture f;
        UserRepository users(*f.db);
        PasswordDialog dialog(users, f.clerk, PasswordDialog::Mode::OwnPassword, f.clerk.username);
        dialog.show();
        typeInto(&dialog, "current", QStringLiteral("not-my-password"));
        typeInto(&dialog, "password", QStringLiteral("new-pass-123"));
        typeInto(&dialog, "confirm", QStringLiteral("new-pass-123"));
        clickOk(&dialog);
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Current password")));
        typeInto(&dialog, "current", QStringLiteral("clerk-pass-1"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(users.signIn(QStringLiteral("clerk"), QStringLiteral("new-pass-123")).ok());
    }

    void settingsDialogSavesAuditedAndImportsHolidays()
    {
        GuiFixture f;
        SettingsRepository settings(*f.db);
        CalendarRepository calendar(*f.db);
        SettingsDialog dialog(settings, calendar, f.admin);
        dialog.show();
        typeInto(&dialog, "estate", QString());
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Estate name")));

        typeInto(&dialog, "estate", QStringLiteral("Riverside Court"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2027.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"year": 2027, "days": [{"name": "x", "date": "2027-03-02", "isOffDay": true}]})");
        file.close();
        QSignalSpy changed(&dialog, &SettingsDialog::calendarChanged);
        QVERIFY(dialog.importHolidayFile(path));
        QCOMPARE(changed.count(), 1);
        QVERIFY(calendar.calendar().hasSchedule(2027));
        QVERIFY(!calendar.calendar().isWorkingDay(QDate(2027, 3, 2)));
        QVERIFY(!dialog.importHolidayFile(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(child<QLabel>(&dialog, "importResult")->text().contains(QStringLiteral("missing.json")));

        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.estateName(), QStringLiteral("Riverside Court"));
        const QStringList actions = auditActions(*f.db, f.admin);
        QVERIFY(actions.contains(QStringLiteral("setting_changed")));
        QVERIFY(actions.contains(QStringLiteral("holidays_imported")));
    }

    void clerkCannotChangeEstateSettings()
    {
        GuiFixture f;
        SettingsRepository settings(*f.db);
        CalendarRepository calendar(*f.db);
        SettingsDialog dialog(settings, calendar, f.clerk);
        QVERIFY(!child<QLineEdit>(&dialog, "estate")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "importHolidays")->isEnabled());
        // The data layer refuses even if the widgets were bypassed.
        QVERIFY(!settings.setEstateName(f.clerk, QStringLiteral("Hacked")).ok());
        QVERIFY(auditActions(*f.db, f.admin).contains(QStringLiteral("permission_denied")));
    }

    void auditPageListsAndFilters()
    {
        GuiFixture f;
        UserRepository users(*f.db);
        QVERIFY(!users.signIn(QStringLiteral("clerk"), QStringLiteral("nope-nope")).ok());
        QVERIFY(users.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-pass-1")).ok());
        AuditLog audit(*f.db);
        AuditLogPage page(audit, f.admin, f.clock, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QCOMPARE(page.model()->rowCount(), 0); // nothing read before the page is shown
        page.show();
        const int all = page.model()->rowCount();
        QVERIFY(all >= 4);
        auto *action = child<QComboBox>(&page, "auditAction");
        action->setCurrentIndex(action->findData(QStringLiteral("login_failed")));
        page.reload();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->data(page.model()->index(0, AuditLogModel::UserColumn)).toString(),
                 QStringLiteral("clerk"));
        QCOMPARE(page.model()->data(page.model()->index(0, AuditLogModel::TimeColumn)).toString(),
                 QStringLiteral("2026-02-12 10:00:00"));
    }

    void frontDeskReachesTheSurveysFromTheMenu()
    {
        GuiFixture f;
        MainWindow clerkWindow(*f.db, f.clerk);
        auto *batch = clerkWindow.findChild<QAction *>(QStringLiteral("surveyBatchAction"));
        QVERIFY(batch);
        QVERIFY(clerkWindow.findChild<QAction *>(QStringLiteral("deskRatingAction")));
        bool opened = false;
        QTimer::singleShot(0, &clerkWindow, [&opened] {
            if (auto *dialog = qobject_cast<SurveyBatchDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        batch->trigger();
        QVERIFY(opened);

        const qint64 guardId = UserRepository(*f.db)
                                   .addUser(f.admin, QStringLiteral("guard1"), QStringLiteral("Gu"), Role::Guard,
                                            QStringLiteral("guard-pass-1"))
                                   .value();
        MainWindow guardWindow(*f.db, Session{guardId, QStringLiteral("guard1"), QStringLiteral("Gu"), Role::Guard});
        QVERIFY(!guardWindow.findChild<QAction *>(QStringLiteral("surveyBatchAction")));
    }

    void windowOfADisabledAccountSaysSoAndCloses()
    {
        GuiFixture f;
        MainWindow window(*f.db, f.clerk);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("residentsPage")));
        QVERIFY(UserRepository(*f.db).setActive(f.admin, QStringLiteral("clerk"), false).ok());

        QString told;
        int boxes = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++boxes;
                told = box->text();
                box->accept();
            }
        });
        watch.start(20);
        // The next search is refused by the data layer; the window tells why, once, and closes.
        typeInto(&window, "residentSearch", QStringLiteral("zs"));
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(boxes, 1);
        QVERIFY2(told.contains(QLatin1String("disabled")) && told.contains(QLatin1String("sign in again")),
                 qPrintable(told));
    }

    void chineseTranslationIsInstalled()
    {
        Application::installTranslations(QStringLiteral("zh_CN"));
        GuiFixture f;
        MainWindow window(*f.db, f.admin);
        const auto *sidebar = child<QListWidget>(&window, "sidebar");
        QString calendarTitle;
        for (int row = 0; row < sidebar->count(); ++row) {
            if (sidebar->item(row)->data(Qt::UserRole).toString() == QLatin1String("calendarPage"))
                calendarTitle = sidebar->item(row)->text();
        }
        QCOMPARE(calendarTitle, QStringLiteral("工作日历"));
        Application::installTranslations(QStringLiteral("en"));
    }

    // English is the source text; its plurals come from translations/estatedesk_en.ts.
    void englishSaysOneAndMany()
    {
        Application::installTranslations(QStringLiteral("en"));
        const auto text = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
        QCOMPARE(text("NotificationCountLabel", "%n notification(s) to handle", 1), QStringLiteral("1 notification to handle"));
        QCOMPARE(text("NotificationCountLabel", "%n notification(s) to handle", 3), QStringLiteral("3 notifications to handle"));
        QCOMPARE(text("RequestsPage", "%n time(s)", 1), QStringLiteral("once"));
        QCOMPARE(text("TimeLimit", "%n working day(s)", 7), QStringLiteral("7 working days"));

        // Every text with a count has its English forms, and nothing else is in the file.
        const QDir translations(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations"));
        const auto numerusSources = [](const QString &path, bool finishedOnly) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            QXmlStreamReader xml(&file);
            QStringList sources;
            QString context;
            QString source;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation") && numerus
                         && (!finishedOnly || xml.attributes().value(QLatin1String("type")).isEmpty()))
                    sources << context + QLatin1Char('|') + source;
            }
            sources.sort();
            return sources;
        };
        const QStringList chinese = numerusSources(translations.filePath(QStringLiteral("estatedesk_zh_CN.ts")), false);
        QVERIFY(chinese.size() > 20);
        QCOMPARE(numerusSources(translations.filePath(QStringLiteral("estatedesk_en.ts")), true), chinese);
    }
};

QTEST_MAIN(TestGuiFoundation)
#include "tst_gui_foundation.moc"
