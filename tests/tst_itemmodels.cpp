// The item models behind the foundation's pages, checked with QAbstractItemModelTester.
#include "models/itemmodels/auditlogmodel.h"
#include "models/itemmodels/holidaytablemodel.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void auditLogModel()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        AuditEntry login;
        login.id = 7;
        login.at = QDateTime(QDate(2026, 10, 1), QTime(16, 30), Qt::UTC);
        login.username = QStringLiteral("lixm");
        login.action = QStringLiteral("login");
        login.entity = QStringLiteral("user");
        login.entityId = QStringLiteral("3");
        AuditEntry other = login;
        other.id = 8;
        other.action = QStringLiteral("something_new");
        other.oldValue = QStringLiteral("a");
        other.newValue = QStringLiteral("b");
        model.setEntries({login, other});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        // 16:30 UTC on 1 October is half past midnight of 2 October in Shanghai.
        QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(), QStringLiteral("2026-10-02 00:30:00"));
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Urumqi")));
        QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(), QStringLiteral("2026-10-01 22:30:00"));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Signed in"));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data(ItemRoles::CodeRole).toString(), QStringLiteral("login"));
        QCOMPARE(model.index(1, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("something_new"));
        QCOMPARE(AuditLogModel::actionName(QStringLiteral("move_out")), QStringLiteral("Moved out"));
        // The fee desk's, the backups' and the services' actions are named too, not shown as codes.
        QCOMPARE(AuditLogModel::actionName(QStringLiteral("fee_payment")), QStringLiteral("Payment received"));
        QCOMPARE(AuditLogModel::actionName(QStringLiteral("backup_made")), QStringLiteral("Backup made"));
        QCOMPARE(AuditLogModel::actionName(QStringLiteral("service_order_stopped")), QStringLiteral("Service order stopped"));
        QCOMPARE(AuditLogModel::entityName(QStringLiteral("resident_house")), QStringLiteral("residence"));
        QCOMPARE(model.index(0, AuditLogModel::RecordColumn).data().toString(), QStringLiteral("user 3"));
        QCOMPARE(model.index(1, 0).data(ItemRoles::IdRole).toLongLong(), 8);
        QCOMPARE(model.index(1, AuditLogModel::NewValueColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.headerData(AuditLogModel::UserColumn, Qt::Horizontal).toString(), QStringLiteral("User"));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ItemRoles::SortRole);
        proxy.sort(AuditLogModel::TimeColumn);
        model.setEntries({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void userTableModel()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);
        UserRecord active{1, QStringLiteral("admin"), QStringLiteral("Ada"), Role::Admin, true, 0, {}, now.addDays(-3)};
        UserRecord locked{2, QStringLiteral("lixm"), QStringLiteral("Li"), Role::Clerk, true, 5, now.addSecs(600), now};
        UserRecord expired = locked;
        expired.id = 3;
        expired.username = QStringLiteral("old");
        expired.lockedUntil = now.addSecs(-1);
        UserRecord disabled{4, QStringLiteral("gone"), QStringLiteral("Gone"), Role::Guard, false, 0, {}, now};
        model.setUsers({active, locked, expired, disabled}, now);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, UserTableModel::RoleColumn).data().toString(), QStringLiteral("Administrator"));
        QCOMPARE(model.index(0, UserTableModel::RoleColumn).data(ItemRoles::CodeRole).toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(0, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        // Locked until 02:10 UTC = 10:10 in the estate.
        QCOMPARE(model.index(1, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Locked until 10:10"));
        QCOMPARE(model.index(2, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(3, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.index(0, UserTableModel::CreatedColumn).data().toString(), QStringLiteral("2026-02-26"));
        QCOMPARE(model.index(1, 0).data(ItemRoles::IdRole).toLongLong(), 2);
    }

    void holidayTableModel()
    {
        HolidayTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HolidaySchedule schedule;
        schedule.year = 2026;
        schedule.days = {{QDate(2026, 2, 14), QStringLiteral("春节"), false},
                         {QDate(2026, 2, 15), QStringLiteral("春节"), true}};
        model.setSchedule(schedule);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, HolidayTableModel::DateColumn).data().toString(), QStringLiteral("2026-02-14"));
        QCOMPARE(model.index(0, HolidayTableModel::WeekdayColumn).data().toString(), QStringLiteral("Sat"));
        QCOMPARE(model.index(0, HolidayTableModel::KindColumn).data().toString(), QStringLiteral("Adjusted working day"));
        QCOMPARE(model.index(1, HolidayTableModel::KindColumn).data().toString(), QStringLiteral("Holiday"));
        QCOMPARE(model.index(1, HolidayTableModel::NameColumn).data().toString(), QStringLiteral("春节"));
        model.setSchedule({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
