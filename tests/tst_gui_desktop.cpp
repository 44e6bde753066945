// The program as a desktop application: usable at 1024×768 (the service desk's state and
// first-responder columns in view, the report page's fields whole), the window and the tables'
// columns remembered per user, Ctrl+Q and F1 (the manual, in the program's language), the icon
// on the window and for the tray, and a progress dialog over an export.
#include "guitestsupport.h"

#include "app/mainwindow.h"
#include "dialogs/busyprogress.h"
#include "dialogs/manualdialog.h"
#include "models/domain/translations.h"
#include "models/itemmodels/requestlistmodel.h"
#include "views/requestspage.h"

#include <QApplication>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSystemTrayIcon>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

namespace {

// A widget the user can use: shown, inside the window, and not squeezed below its minimum.
QString unusable(const QWidget *w, const QWidget *window)
{
    if (!w->isVisibleTo(window))
        return QStringLiteral("%1 is hidden").arg(w->objectName());
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!window->rect().contains(r))
        return QStringLiteral("%1 at (%2,%3 %4×%5) is cut by the window").arg(w->objectName()).arg(r.x()).arg(r.y())
            .arg(r.width()).arg(r.height());
    const QSize least = w->minimumSizeHint();
    if (w->width() < least.width() || w->height() < least.height())
        return QStringLiteral("%1 is %2×%3, less than its %4×%5").arg(w->objectName()).arg(w->width()).arg(w->height())
            .arg(least.width()).arg(least.height());
    return {};
}

struct ShowWatcher : QObject
{
    QStringList shown;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Show && o->objectName() == BusyProgress::objectName())
            shown << static_cast<QProgressDialog *>(o)->labelText();
        return false;
    }
};

} // namespace

class TestGuiDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of the test, not of this PC's user
        QSettings().clear();
    }
    void cleanup()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void everyPageFitsAt1024x768_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("English") << QStringLiteral("en");
    }
    void everyPageFitsAt1024x768()
    {
        QFETCH(QString, language);
        Translations::install(language);
        GuiFixture f;
        MainWindow window(*f.db, f.admin);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every page asks for no more room than the window gives it.
        auto *pages = child<QStackedWidget>(&window, "pages");
        const QSize room = pages->size() - (window.size() - QSize(1024, 768));
        QStringList tooLarge;
        for (int i = 0; i < pages->count(); ++i) {
            const QSize least = pages->widget(i)->minimumSizeHint();
            if (least.width() > room.width() || least.height() > room.height())
                tooLarge << QStringLiteral("%1 needs %2×%3 of %4×%5")
                                .arg(pages->widget(i)->objectName())
                                .arg(least.width())
                                .arg(least.height())
                                .arg(room.width())
                                .arg(room.height());
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
        QCOMPARE(window.size(), QSize(1024, 768));

        // The service desk: 状态 and 首接责任人 in view without scrolling.
        QVERIFY(window.showPage(QStringLiteral("requestsPage")));
        auto *list = child<QTableView>(&window, "requestList");
        QCoreApplication::processEvents();
        for (int column : {int(RequestListModel::StateColumn), int(RequestListModel::ResponsibleColumn),
                           int(RequestListModel::NumberColumn)}) {
            QVERIFY(!list->isColumnHidden(column));
            const int x = list->columnViewportPosition(column);
            QVERIFY2(x >= 0 && x + list->columnWidth(column) <= list->viewport()->width(),
                     qPrintable(QStringLiteral("%1 at %2+%3 of %4")
                                    .arg(list->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(x)
                                    .arg(list->columnWidth(column))
                                    .arg(list->viewport()->width())));
        }

        // The report page: every field whole.
        QVERIFY(window.showPage(QStringLiteral("reportPage")));
        QCoreApplication::processEvents();
        for (const char *name : {"reportMonth", "kpiTable", "overdueTable", "requestsChart", "satisfactionChart",
                                 "analysisEdit", "saveAnalysis", "closeMonth", "raterName", "raterScore", "addScore",
                                 "majorAccident", "enterSurveys", "deskRating", "reportXlsx", "reportPdf", "reportPreview"}) {
            const QString problem = unusable(child<QWidget>(&window, name), &window);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

    }

    void windowAndColumnsAreRememberedPerUser()
    {
        GuiFixture f;
        int width = 0;
        {
            MainWindow window(*f.db, f.clerk);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            auto *list = child<QTableView>(&window, "requestList");
            width = list->columnWidth(RequestListModel::ReporterColumn) + 37;
            list->setColumnWidth(RequestListModel::ReporterColumn, width);
            QVERIFY(window.close());
        }
        {
            MainWindow again(*f.db, f.clerk);
            QCOMPARE(again.size(), QSize(1000, 700));
            QCOMPARE(child<QTableView>(&again, "requestList")->columnWidth(RequestListModel::ReporterColumn), width);
        }
        // Another user of the same PC has a layout of their own.
        MainWindow admin(*f.db, f.admin);
        QCOMPARE(admin.size(), QSize(1180, 740));
        QVERIFY(child<QTableView>(&admin, "requestList")->columnWidth(RequestListModel::ReporterColumn) != width);
    }

    void ctrlQQuitsAndF1OpensTheManual_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("物业服务台 使用手册");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("EstateDesk user manual");
    }
    void ctrlQQuitsAndF1OpensTheManual()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        Translations::install(language);
        GuiFixture f;
        MainWindow window(*f.db, f.clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.manual());
        QTRY_VERIFY(window.manual()->isVisible());
        const QString text = window.manual()->browser()->toPlainText();
        QVERIFY2(text.startsWith(heading), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("Ctrl+Q")));
        window.manual()->close();

        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void theProgramHasItsIcon()
    {
        const QIcon icon = MainWindow::applicationIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 256})
            QVERIFY2(!icon.pixmap(size, size).isNull(), qPrintable(QString::number(size)));
        GuiFixture f;
        MainWindow window(*f.db, f.clerk);
        QVERIFY(!window.windowIcon().isNull());
        // The tray (when the desktop has one) notifies with the same icon, not a null one.
        if (window.trayIcon())
            QVERIFY(!window.trayIcon()->icon().isNull());
    }

    void exportsShowProgress()
    {
        GuiFixture f;
        MainWindow window(*f.db, f.admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShowWatcher watcher;
        qApp->installEventFilter(&watcher);
        auto *requests = child<RequestsPage>(&window, "requestsPage");
        QVERIFY(requests->exportMonth(2026, 2, f.dir.filePath(QStringLiteral("requests.xlsx"))));
        qApp->removeEventFilter(&watcher);
        QCOMPARE(watcher.shown, QStringList{RequestsPage::tr("Exporting the requests…")});
        QVERIFY(QFileInfo::exists(f.dir.filePath(QStringLiteral("requests.xlsx"))));
        QVERIFY(!window.findChild<QProgressDialog *>(BusyProgress::objectName())); // gone when done
    }
};

QTEST_MAIN(TestGuiDesktop)
#include "tst_gui_desktop.moc"
