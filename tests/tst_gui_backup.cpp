// The main window's backup status (SPEC 7): the age of the last good backup, a warning when
// there is none or it is more than two days old; the daily backup runs by itself when due;
// the settings dialog sets the folder and the time; a broken audit chain is named at start.

#include "guitestsupport.h"

#include "app/mainwindow.h"
#include "dialogs/settingsdialog.h"
#include "models/database/backup.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/settingsrepository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeEdit>

#include <algorithm>

class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void statusBarShowsTheAgeOfTheLastBackup();
    void dailyBackupRunsWhenDue();
    void settingsDialogSetsFolderAndTime();
    void brokenAuditChainIsNamedAtStart();
};

void TestGuiBackup::statusBarShowsTheAgeOfTheLastBackup()
{
    GuiFixture f; // 10:00 on 12 February 2026 in Shanghai
    const QTimeZone zone("Asia/Shanghai");
    {
        MainWindow window(*f.db, f.admin);
        QCOMPARE(window.backupStatusText(), QStringLiteral("No backup yet"));
        QVERIFY(window.backupStatusIsWarning());
    }
    f.clock.set(QDateTime(QDate(2026, 2, 12), QTime(2, 0), zone));
    const Backup backup(f.db->location(), QString(), zone, f.clock);
    QVERIFY(backup.make().ok());
    f.clock.set(QDateTime(QDate(2026, 2, 12), QTime(10, 0), zone));
    MainWindow window(*f.db, f.admin);
    window.show();
    auto *label = child<QLabel>(&window, "statusBackup");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Last backup: today 02:00"));
    QVERIFY(!window.backupStatusIsWarning());
    QVERIFY(label->styleSheet().isEmpty());

    f.clock.set(QDateTime(QDate(2026, 2, 13), QTime(9, 0), zone));
    window.updateBackupStatus();
    QCOMPARE(label->text(), QStringLiteral("Last backup: yesterday 02:00"));
    QVERIFY(!window.backupStatusIsWarning());

    f.clock.set(QDateTime(QDate(2026, 2, 14), QTime(2, 1), zone)); // two days and a minute
    window.updateBackupStatus();
    QCOMPARE(label->text(), QStringLiteral("Last backup: 2026-02-12 02:00"));
    QVERIFY(window.backupStatusIsWarning());
    QVERIFY(label->styleSheet().contains(QLatin1String("#c62828")));
}

void TestGuiBackup::dailyBackupRunsWhenDue()
{
    GuiFixture f; // 10:00 in Shanghai, past the default 02:00, no backup today
    MainWindow window(*f.db, f.admin);
    QSignalSpy finished(&window, &MainWindow::backupFinished);
    QVERIFY(window.checkBackupDue());
    QVERIFY(!window.checkBackupDue()); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!window.isBackingUp());
    QCOMPARE(window.backupStatusText(), QStringLiteral("Last backup: today 10:00"));
    QVERIFY(!window.backupStatusIsWarning());
    const QStringList files =
        QDir(f.dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("gui-*.sqlite")}, QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("gui-20260212-100000.sqlite")});
    QVERIFY(Backup::verifyFile(f.dir.filePath(QStringLiteral("backups/")) + files.first()).ok());
    // Done for today: the next check does nothing.
    f.clock.advance(3600);
    QVERIFY(!window.checkBackupDue());
    // Audited.
    AuditFilter filter;
    filter.action = QStringLiteral("backup_made");
    const auto entries = AuditLog(*f.db).entries(f.admin, filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().newValue.endsWith(files.first()));
}

void TestGuiBackup::settingsDialogSetsFolderAndTime()
{
    GuiFixture f;
    SettingsRepository settings(*f.db);
    CalendarRepository calendar(*f.db);
    QVERIFY(settings.setEstateName(f.admin, QStringLiteral("Sunny Garden")).ok());
    const QString folder = f.dir.filePath(QStringLiteral("copies"));
    {
        SettingsDialog dialog(settings, calendar, f.admin);
        auto *edit = child<QLineEdit>(&dialog, "backupFolder");
        // The folder's label is its buddy, so its Alt key reaches the field.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [edit](QLabel *l) { return l->buddy() == edit; }));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("relative/folder"));
        dialog.accept();
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QCOMPARE(settings.backupFolder(), QString()); // refused, nothing saved
        QCOMPARE(edit->text(), QStringLiteral("relative/folder"));
        edit->clear();
        QTest::keyClicks(edit, folder);
        child<QTimeEdit>(&dialog, "backupTime")->setTime(QTime(12, 30));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(settings.backupFolder(), folder);
    QCOMPARE(settings.backupTime(), QTime(12, 30));
    // 10:00 is before 12:30: not due yet.
    MainWindow window(*f.db, f.admin);
    QVERIFY(!window.checkBackupDue());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusBackup"))->toolTip().contains(QDir::toNativeSeparators(folder)));
    // A clerk sees the settings but cannot change them.
    SettingsDialog clerkDialog(settings, calendar, f.clerk);
    QVERIFY(!child<QLineEdit>(&clerkDialog, "backupFolder")->isEnabled());
    QVERIFY(!child<QTimeEdit>(&clerkDialog, "backupTime")->isEnabled());
}

void TestGuiBackup::brokenAuditChainIsNamedAtStart()
{
    GuiFixture f;
    const QString path = f.db->location();
    {
        MainWindow window(*f.db, f.admin);
        QSignalSpy checked(&window, &MainWindow::integrityChecked);
        window.checkIntegrity();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toStringList(), QStringList());
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("integrityWarning")));
    }
    f.db->close();
    {
        QSqlDatabase tool = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tool"));
        tool.setDatabaseName(path);
        QVERIFY(tool.open());
        QSqlQuery q(tool);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE id = 2")));
        q.finish();
        tool.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tool"));
    QVERIFY(f.db->openSqlite(path).ok());
    MainWindow window(*f.db, f.admin);
    window.show();
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    window.checkIntegrity();
    QVERIFY(checked.wait(60000));
    const QStringList problems = checked.first().first().toStringList();
    QCOMPARE(problems.size(), 3);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("integrityWarning"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(QLatin1String("audit_log_no_update")), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QLatin1String("the chain breaks at row 2")));
    box->accept();
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
