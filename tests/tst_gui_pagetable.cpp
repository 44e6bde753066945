// The page table of the main window: each role's sidebar is the table's rows that role may
// see, in the table's order, the gatehouse first for guards.
#include "guitestsupport.h"

#include "app/mainwindow.h"
#include "models/repositories/userrepository.h"

#include <QListWidget>
#include <QTest>

class TestGuiPageTable : public QObject
{
    Q_OBJECT

private slots:
    void sidebarFollowsTheTable_data()
    {
        QTest::addColumn<int>("role");
        for (Role role : {Role::Admin, Role::Manager, Role::Clerk, Role::Guard, Role::Technician})
            QTest::newRow(qPrintable(Roles::code(role))) << static_cast<int>(role);
    }

    void sidebarFollowsTheTable()
    {
        QFETCH(int, role);
        GuiFixture f;
        const Role r = static_cast<Role>(role);
        const QString name = QStringLiteral("user_%1").arg(Roles::code(r));
        const auto id = UserRepository(*f.db).addUser(f.admin, name, name, r, QStringLiteral("pass-word-1"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
        const Session session{id.value(), name, name, r};

        QStringList leading;
        QStringList expectedNames;
        QStringList expectedTitles;
        for (const MainWindow::PageRow &row : MainWindow::pageTable()) {
            if (!row.visible(session))
                continue;
            if (row.firstFor && *row.firstFor == r) {
                leading << QString::fromLatin1(row.objectName);
                expectedTitles.prepend(MainWindow::tr(row.title));
            } else {
                expectedNames << QString::fromLatin1(row.objectName);
                expectedTitles << MainWindow::tr(row.title);
            }
        }
        expectedNames = leading + expectedNames;

        MainWindow window(*f.db, session);
        auto *sidebar = child<QListWidget>(&window, "sidebar");
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        QCOMPARE(titles, expectedTitles);
        QCOMPARE(window.pageNames(), expectedNames);
        for (const QString &page : std::as_const(expectedNames))
            QVERIFY2(window.findChild<QWidget *>(page), qPrintable(page));
        if (r == Role::Guard)
            QCOMPARE(window.pageNames().value(0), QStringLiteral("gatePage"));
        QVERIFY(window.pageNames().contains(QStringLiteral("calendarPage")));
    }

    void everyRowIsSeenBySomeRole()
    {
        for (const MainWindow::PageRow &row : MainWindow::pageTable()) {
            bool seen = false;
            for (Role role : {Role::Admin, Role::Manager, Role::Clerk, Role::Guard, Role::Technician})
                seen = seen || row.visible(Session{1, QString(), QString(), role});
            QVERIFY2(seen, row.objectName);
        }
    }
};

QTEST_MAIN(TestGuiPageTable)
#include "tst_gui_pagetable.moc"
