// Every seat on one estate's data (SPEC 8, 8.1): the database choice of the first start and
// Settings (this PC or the office server, with a connection test), a password the server
// asks for, the banner while the server is lost, and the gatehouse's background sync.
#include "guitestsupport.h"
#include "postgrescluster.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/databasedialog.h"
#include "dialogs/residentdialog.h"
#include "models/database/query.h"
#include "models/database/serveraddress.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/sync/gatesync.h"
#include "views/connectionbanner.h"
#include "views/gatesyncstatus.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTimer>
#include <QApplication>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

namespace {
const int kPort = 55436;
}

class TestGuiSeats : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster{kPort};
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC)};

    void pressOk(QDialog &dialog)
    {
        QTest::keyClick(&dialog, Qt::Key_Return);
    }

    // Alt+S, "Test connection": the button is clicked after a moment, the test runs in its slot.
    void pressTest(DatabaseDialog &dialog)
    {
        QSignalSpy clicked(child<QPushButton>(&dialog, "testConnection"), &QPushButton::clicked);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QVERIFY(clicked.wait(5000));
    }

    // Answers the question a stale save asks, once it is shown: "reload" or "keepInput".
    static void answerReload(const char *button)
    {
        QTimer::singleShot(0, [button] {
            auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(ask && ask->objectName() == QLatin1String("reloadQuestion"));
            child<QPushButton>(ask, button)->click();
        });
    }

    // Fills the server fields as a user types them.
    void typeServer(DatabaseDialog &dialog, const QString &host, int port, const QString &database, const QString &user)
    {
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier); // "Office server" (clicked after a moment)
        QTRY_VERIFY(child<QRadioButton>(&dialog, "officeServer")->isChecked());
        typeInto(&dialog, "serverHost", host);
        auto *portBox = child<QSpinBox>(&dialog, "serverPort");
        portBox->selectAll();
        QTest::keyClicks(portBox, QString::number(port));
        typeInto(&dialog, "serverDatabase", database);
        typeInto(&dialog, "serverUser", user);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // this PC's settings in a test folder
        QSettings().clear();
        START_POSTGRES_CLUSTER(m_cluster);
        QVERIFY(m_cluster.createDatabase(QStringLiteral("estate")));
        QVERIFY(m_cluster.createDatabase(QStringLiteral("empty")));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_cluster.stop();
    }

    void addressPartsAreNamed()
    {
        ServerAddress address;
        QVERIFY(address.check().error().startsWith(QLatin1String("Server:")));
        address.host = QStringLiteral("office pc");
        QVERIFY(address.check().error().startsWith(QLatin1String("Server:")));
        address.host = QStringLiteral("192.168.1.10");
        QVERIFY(address.check().error().startsWith(QLatin1String("Database:")));
        address.database = QStringLiteral("estatedesk");
        QVERIFY(address.check().error().startsWith(QLatin1String("User:")));
        address.user = QStringLiteral("desk");
        QVERIFY(address.check().ok());
        QCOMPARE(address.toString(), QStringLiteral("postgresql://desk@192.168.1.10:5432/estatedesk"));
        const auto parsed = ServerAddress::parse(QStringLiteral("postgresql://desk:secret@db.office:6543/estate"));
        QVERIFY(parsed);
        QCOMPARE(parsed->toString(), QStringLiteral("postgresql://desk@db.office:6543/estate")); // no password
        QVERIFY(!ServerAddress::parse(QStringLiteral("C:/estate/estatedesk.sqlite")));
    }

    // OK with a server half filled in: the message names the field, what was typed stays.
    void anIncompleteServerIsRefusedByName()
    {
        DatabaseDialog dialog(QString(), m_dir.filePath(QStringLiteral("mine.sqlite")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(child<QRadioButton>(&dialog, "thisPc")->isChecked());
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(&dialog, "officeServer")->isChecked());
        typeInto(&dialog, "serverDatabase", QStringLiteral("estate"));
        pressOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QLatin1String("Server:")), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "serverDatabase")->text(), QStringLiteral("estate"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // The connection test says what is there and changes nothing; a server that is not
    // there is named with libpq's reason; OK keeps the address, never the password.
    void theConnectionTestSaysWhatIsThere()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        DatabaseDialog dialog(QString(), m_dir.filePath(QStringLiteral("mine.sqlite")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeServer(dialog, QStringLiteral("127.0.0.1"), kPort, QStringLiteral("empty"), QStringLiteral("postgres"));
        pressTest(dialog);
        auto *result = child<QLabel>(&dialog, "testResult");
        QVERIFY2(result->text().contains(QLatin1String("empty")), qPrintable(result->text()));
        QCOMPARE(Database::probe(m_cluster.url(QStringLiteral("empty"))).value(), result->text());
        {
            Database estate(m_clock); // set up by the program: now an EstateDesk database
            QVERIFY(estate.open(m_cluster.url(QStringLiteral("estate"))).ok());
        }
        typeInto(&dialog, "serverDatabase", QStringLiteral("estate"));
        pressTest(dialog);
        QVERIFY2(result->text().contains(QStringLiteral("schema version %1").arg(Database::latestSchemaVersion())),
                 qPrintable(result->text()));
        QVERIFY(Database::probe(m_cluster.url(QStringLiteral("empty"))).value().contains(QLatin1String("empty")));

        auto *portBox = child<QSpinBox>(&dialog, "serverPort");
        portBox->selectAll();
        QTest::keyClicks(portBox, QStringLiteral("1"));
        pressTest(dialog);
        QVERIFY2(result->text().startsWith(QLatin1String("Cannot connect to postgresql://postgres@127.0.0.1:1/estate")),
                 qPrintable(result->text()));
        pressOk(dialog); // a server that cannot be used is not accepted
        QVERIFY(dialog.isVisible());

        portBox->selectAll();
        QTest::keyClicks(portBox, QString::number(kPort));
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), m_cluster.url(QStringLiteral("estate")));
    }

    void theFirstStartsChoiceIsKept()
    {
        QSettings().clear();
        const QString file = m_dir.filePath(QStringLiteral("kept.sqlite"));
        DatabaseDialog::saveLocation(file);
        const auto choice = Application::chooseDatabase(QString(), false);
        QVERIFY(choice);
        QCOMPARE(choice->location, file);
        // --db wins over the saved choice, and the demo has its own file.
        QCOMPARE(Application::chooseDatabase(QStringLiteral("other.sqlite"), false)->location,
                 QStringLiteral("other.sqlite"));
        QCOMPARE(Application::chooseDatabase(QString(), true)->location, Application::defaultDatabasePath(true));
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QLatin1String("password")));
    }

    // A server that wants a password refuses in words the program recognises, and takes the
    // right one given beside an address that carries none.
    void aPasswordIsAskedWhereTheServerWantsOne()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        QVERIFY(m_cluster.psql(QStringLiteral("CREATE ROLE desk LOGIN PASSWORD 'desk-pass-1'")));
        QVERIFY(m_cluster.createDatabase(QStringLiteral("deskdb")));
        QVERIFY(m_cluster.psql(QStringLiteral("ALTER DATABASE deskdb OWNER TO desk")));
        QVERIFY(m_cluster.psql(QStringLiteral("GRANT ALL ON SCHEMA public TO desk"), QStringLiteral("deskdb")));
        QVERIFY(m_cluster.requirePassword(QStringLiteral("desk")));
        const QString url = QStringLiteral("postgresql://desk@127.0.0.1:%1/deskdb").arg(kPort);
        Database db(m_clock);
        const Status refused = db.open(url, QStringLiteral("wrong"));
        QVERIFY(!refused);
        QVERIFY2(Database::isPasswordRefusal(refused.error()), qPrintable(refused.error()));
        QVERIFY(!Database::isPasswordRefusal(Database::probe(QStringLiteral("postgresql://desk@127.0.0.1:1/deskdb"))
                                                 .error()));
        QVERIFY(Database::probe(url, QStringLiteral("desk-pass-1")).ok());
        const Status opened = db.open(url, QStringLiteral("desk-pass-1"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(!db.location().contains(QLatin1String("desk-pass-1")));
    }

    // The program started with a server's address opens the server and writes no file named
    // after the address, here or anywhere.
    void anAddressNeverBecomesAFile()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        Database db(m_clock);
        const auto choice = Application::chooseDatabase(m_cluster.url(QStringLiteral("estate")), false);
        QVERIFY(choice);
        const Status opened = Application::openDatabase(db, *choice, nullptr);
        QDir::setCurrent(before);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(db.dialect().kind(), SqlDialect::Kind::Postgres);
        QVERIFY(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    // Two clerks at two PCs open the same resident on the server; the first saves, the second
    // is told who changed it and when, keeps what was typed, and the first one's change stands.
    void twoSeatsEditingOneResident()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        QVERIFY(m_cluster.createDatabase(QStringLiteral("shared")));
        const QString url = m_cluster.url(QStringLiteral("shared"));
        Database first(m_clock);
        Database second(m_clock);
        QVERIFY(first.open(url).ok());
        QVERIFY(second.open(url).ok());
        const auto admin = UserRepository(first).createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Ada Admin"), QStringLiteral("admin-pass-1"));
        QVERIFY(admin.ok());
        const auto clerkId = UserRepository(first).addUser(*admin, QStringLiteral("clerk"), QStringLiteral("Carl Clerk"),
                                                           Role::Clerk, QStringLiteral("clerk-pass-1"));
        QVERIFY(clerkId.ok());
        const Session clerk{*clerkId, QStringLiteral("clerk"), QStringLiteral("Carl Clerk"), Role::Clerk};
        ResidentRepository atDesk(first);
        ResidentRepository atBackOffice(second);
        ResidentRecord wang;
        wang.name = QStringLiteral("Wang Fang");
        wang.mobile = QStringLiteral("13800138000");
        const auto id = atDesk.create(clerk, wang);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));

        ResidentDialog one(atDesk, clerk, atDesk.find(clerk, *id).value());
        ResidentDialog two(atBackOffice, *admin, atBackOffice.find(*admin, *id).value());
        one.show();
        two.show();
        typeInto(&one, "mobile", QStringLiteral("13900139000"));
        typeInto(&two, "mobile", QStringLiteral("13700137000"));
        QTest::keyClick(&one, Qt::Key_Return);
        QCOMPARE(one.result(), int(QDialog::Accepted));
        // The second seat is asked whether to reload; it keeps its input first.
        answerReload("keepInput");
        QTest::keyClick(&two, Qt::Key_Return);
        QVERIFY(two.isVisible());
        QVERIFY2(two.errorText().contains(QStringLiteral("was changed by Carl Clerk at ")), qPrintable(two.errorText()));
        QCOMPARE(child<QLineEdit>(&two, "mobile")->text(), QStringLiteral("13700137000"));
        QCOMPARE(atBackOffice.find(*admin, *id)->mobile, QStringLiteral("13900139000"));
        // Then it reloads: the first seat's number is shown, and saving again goes through.
        answerReload("reload");
        QTest::keyClick(&two, Qt::Key_Return);
        QVERIFY(two.isVisible());
        QCOMPARE(child<QLineEdit>(&two, "mobile")->text(), QStringLiteral("13900139000"));
        QVERIFY2(two.errorText().startsWith(QStringLiteral("Reloaded")), qPrintable(two.errorText()));
        typeInto(&two, "mobile2", QStringLiteral("13700137000"));
        QTest::keyClick(&two, Qt::Key_Return);
        QCOMPARE(two.result(), int(QDialog::Accepted));
        QCOMPARE(atBackOffice.find(*admin, *id)->mobile, QStringLiteral("13900139000"));
        QCOMPARE(atBackOffice.find(*admin, *id)->mobile2, QStringLiteral("13700137000"));
    }

    // The server goes away under an open main window: a banner says so, nothing is written
    // meanwhile; when the server is back, Reconnect takes the banner away and work goes on.
    void losingTheServerShowsABannerAndReconnects()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        QVERIFY(m_cluster.createDatabase(QStringLiteral("office")));
        Database db(m_clock);
        QVERIFY(db.open(m_cluster.url(QStringLiteral("office"))).ok());
        UserRepository users(db);
        const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                                          QStringLiteral("admin-pass-1"));
        QVERIFY(admin.ok());
        SettingsRepository settings(db);
        QVERIFY(settings.setEstateName(*admin, QStringLiteral("Green Court")).ok());
        MainWindow window(db, *admin);
        window.show();
        auto *banner = child<ConnectionBanner>(&window, "connectionBanner");
        QVERIFY(!banner->isVisible());

        m_cluster.stop();
        const Status failed = settings.setEstateName(*admin, QStringLiteral("Lost Court"));
        QVERIFY(!failed);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(db.connectionLost());
        QVERIFY2(child<QLabel>(banner, "connectionBannerText")->text().contains(QLatin1String("lost")),
                 qPrintable(child<QLabel>(banner, "connectionBannerText")->text()));
        QTest::mouseClick(child<QPushButton>(banner, "connectionRetry"), Qt::LeftButton); // still down
        QVERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(banner, "connectionBannerText")->text().contains(QLatin1String("cannot be reached")));

        QString output;
        QVERIFY2(m_cluster.start(&output), qPrintable(output));
        QSignalSpy back(banner, &ConnectionBanner::reconnected);
        QTest::mouseClick(child<QPushButton>(banner, "connectionRetry"), Qt::LeftButton);
        QCOMPARE(back.count(), 1);
        QVERIFY(!banner->isVisible());
        QVERIFY(!db.connectionLost());
        QVERIFY(settings.setEstateName(*admin, QStringLiteral("Green Court East")).ok());
        QCOMPARE(settings.estateName(), QStringLiteral("Green Court East"));
    }

    // The gatehouse's status bar: the background sync reports what it sent and what waits,
    // and says so when the office cannot be reached; the guard's screen never waits for it.
    void theGatehouseSyncsInTheBackground()
    {
        if (!m_cluster.available())
            QSKIP("no PostgreSQL");
        QVERIFY(m_cluster.createDatabase(QStringLiteral("gateoffice")));
        const QString storeFile = m_dir.filePath(QStringLiteral("gate.sqlite"));
        Database store(m_clock);
        QVERIFY(store.open(storeFile).ok());
        GateSync sync(store);
        const auto setup = sync.setup(Session::commandLine(), m_cluster.url(QStringLiteral("gateoffice")),
                                      QStringLiteral("东门"));
        QVERIFY2(setup.ok(), qPrintable(setup.ok() ? QString() : setup.error()));
        VehicleEventInput in;
        in.plate = QStringLiteral("粤B55555");
        in.at = m_clock.now();
        QVERIFY(GateRepository(store, QStringLiteral("东门")).recordVehicle(Session::commandLine(), in).ok());
        QVERIFY(sync.waiting() > 0);

        SystemClock clock;
        GateSyncStatus status(storeFile, Session::commandLine(), clock, QTimeZone("Asia/Shanghai"), nullptr, 3600 * 1000);
        QSignalSpy reports(&status, &GateSyncStatus::reported);
        QVERIFY(reports.wait(30000)); // the sync at start
        auto report = reports.takeFirst().at(0).value<SyncWorker::Report>();
        QVERIFY2(report.ok, qPrintable(report.message));
        QCOMPARE(report.waiting, 0);
        QVERIFY(report.pushed >= 1);
        QVERIFY2(status.text().contains(QStringLiteral("· 0 record")), qPrintable(status.text()));
        QCOMPARE(sync.waiting(), 0);
        {
            Database office(m_clock);
            QVERIFY(office.open(m_cluster.url(QStringLiteral("gateoffice"))).ok());
            Query q(office, QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE plate = :p"));
            q.bind(QStringLiteral(":p"), QStringLiteral("粤B55555"));
            QCOMPARE(q.scalar().value(), qint64(1));
        }

        m_cluster.stop();
        in.plate = QStringLiteral("粤B66666");
        QVERIFY(GateRepository(store, QStringLiteral("东门")).recordVehicle(Session::commandLine(), in).ok());
        QTest::mouseClick(child<QToolButton>(&status, "gateSyncNow"), Qt::LeftButton);
        QVERIFY(reports.wait(60000));
        report = reports.takeFirst().at(0).value<SyncWorker::Report>();
        QVERIFY(!report.ok);
        QVERIFY(report.waiting >= 1);
        QVERIFY2(status.text().startsWith(QLatin1String("Office not reachable")), qPrintable(status.text()));
        QString output;
        QVERIFY2(m_cluster.start(&output), qPrintable(output));
    }
};

QTEST_MAIN(TestGuiSeats)
#include "tst_gui_seats.moc"
