// Users, passwords, sign-in and lock-out (SPEC 7).

#include "testdatabase.h"
#include "testsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");
const QString kClerkPassword = QStringLiteral("物业Quartz-8412"); // not ASCII on purpose

QList<AuditEntry> audit(Database &db, const QString &action, const QString &username = {})
{
    AuditFilter filter;
    filter.action = action;
    filter.username = username;
    const auto entries = AuditLog(db).entries(Session::commandLine(), filter);
    return entries.ok() ? entries.value() : QList<AuditEntry>{};
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noPlaintextPasswordInTheFile();
    void signIn();
    void wrongPasswordAndUnknownUser();
    void fiveWrongPasswordsLockTheAccount();
    void lockRestartsCountingAfterItExpires();
    void firstAdministratorOnlyOnce();
    void clerkCannotAddUsers();
    void validation();
    void roleActiveUnlockAreAudited();
    void disabledAccountCannotSignIn();
    void passwordChanges();
    void demotedSessionLosesItsRightsAtOnce();
    void disabledSessionLosesItsRightsAtOnce();
    void disabledSessionCannotListRequests();
    void commandLineStaysAdministrator();

private:
    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    Session m_admin;
};

void TestUsers::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestUsers::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    m_db = std::make_unique<Database>(*m_clock);
    m_path = m_store.location(QStringLiteral("users%1.sqlite").arg(++m_counter));
    const Status opened = m_db->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const auto admin = UserRepository(*m_db).createFirstAdministrator(QStringLiteral("admin"),
                                                                      QStringLiteral("王建林"), kAdminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    m_admin = admin.value();
    QCOMPARE(m_admin.role, Role::Admin);
    QVERIFY(m_admin.userId > 0);
}

void TestUsers::cleanup()
{
    m_db.reset();
    m_clock.reset();
}

void TestUsers::noPlaintextPasswordInTheFile()
{
    if (TestDatabase::onServer())
        QSKIP("reads the SQLite file's bytes; a server keeps its files to itself");
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    QVERIFY(users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    QVERIFY(users.setPassword(m_admin, QStringLiteral("lixm"), kClerkPassword + QStringLiteral("-new")).ok());

    Query hash(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE username = 'lixm'"));
    QVERIFY(hash.exec().ok());
    QVERIFY(hash.next());
    const QString stored = hash.value(0).toString();
    QVERIFY2(stored.startsWith(QLatin1String("$argon2id$")), qPrintable(stored));

    auto check = [&](const char *when) {
        const QByteArray bytes = TestSupport::readFile(m_path) + TestSupport::readFile(m_path + QStringLiteral("-wal"));
        // The user and the hash are in the bytes read: the search looks in the right place.
        QVERIFY2(bytes.contains("lixm"), when);
        QVERIFY2(bytes.contains("$argon2id$"), when);
        for (const QString &password :
             {kAdminPassword, kClerkPassword, kClerkPassword + QStringLiteral("-new"), QStringLiteral("Quartz-8412")})
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(QLatin1String(when) + QLatin1Char(' ') + password));
    };
    check("while open");
    m_db->close();
    check("after closing");
}

void TestUsers::signIn()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    m_clock->advance(3600);
    const auto session = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    QCOMPARE(session->username, QStringLiteral("lixm"));
    QCOMPARE(session->displayName, QStringLiteral("李晓梅"));
    QCOMPARE(session->role, Role::Clerk);
    QVERIFY(session->userId > 0);
    QVERIFY(session->userId != m_admin.userId);

    const QList<AuditEntry> logins = audit(*m_db, QStringLiteral("login"), QStringLiteral("lixm"));
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().at, m_clock->now());
    // The user name is case-sensitive and exact.
    QVERIFY(!users.signIn(QStringLiteral("LIXM"), kClerkPassword).ok());
    QVERIFY(!users.signIn(QStringLiteral("lixm "), kClerkPassword).ok());
}

void TestUsers::wrongPasswordAndUnknownUser()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const auto wrong = users.signIn(QStringLiteral("lixm"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong.ok());
    const auto unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("not-the-password"));
    QVERIFY(!unknown.ok());
    // The screen does not tell which user names exist.
    QCOMPARE(unknown.error(), wrong.error());
    QVERIFY(!users.signIn(QStringLiteral("lixm"), QString()).ok());
    QVERIFY(audit(*m_db, QStringLiteral("login")).isEmpty());
    QCOMPARE(audit(*m_db, QStringLiteral("login_failed"), QStringLiteral("lixm")).size(), 2);
    QCOMPARE(audit(*m_db, QStringLiteral("login_failed"), QStringLiteral("nobody")).size(), 1);
    QCOMPARE(users.find(QStringLiteral("lixm"))->failedAttempts, 2);
    // A good sign-in clears the count.
    QVERIFY(users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    QCOMPARE(users.find(QStringLiteral("lixm"))->failedAttempts, 0);
}

void TestUsers::fiveWrongPasswordsLockTheAccount()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const QDateTime lockedAt = m_clock->now();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("guess-%1-wrong").arg(attempt)).ok());
        m_clock->advance(5);
    }
    // The sixth attempt, with the right password, is refused.
    const auto locked = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(!locked.ok());
    QVERIFY(!locked.error().isEmpty());
    // Still refused shortly before the 15 minutes are over.
    m_clock->set(lockedAt.addSecs(20 + 14 * 60));
    QVERIFY(!users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    // Other accounts are not affected.
    QVERIFY(users.signIn(QStringLiteral("admin"), kAdminPassword).ok());

    m_clock->set(lockedAt.addSecs(20 + 15 * 60));
    const auto after = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY2(after.ok(), qPrintable(after.error()));

    QCOMPARE(audit(*m_db, QStringLiteral("login_failed"), QStringLiteral("lixm")).size(), 5);
    const QList<AuditEntry> lockedRows = audit(*m_db, QStringLiteral("account_locked"), QStringLiteral("lixm"));
    QCOMPARE(lockedRows.size(), 1);
    QCOMPARE(lockedRows.first().at, lockedAt.addSecs(20));
    QCOMPARE(audit(*m_db, QStringLiteral("login_refused_locked"), QStringLiteral("lixm")).size(), 2);
    QCOMPARE(audit(*m_db, QStringLiteral("login"), QStringLiteral("lixm")).size(), 1);
}

void TestUsers::lockRestartsCountingAfterItExpires()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    for (int attempt = 0; attempt < 5; ++attempt)
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-password")).ok());
    m_clock->advance(15 * 60 + 1);
    // After the lock runs out, one more wrong password does not lock again at once.
    QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-password")).ok());
    const auto ok = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(audit(*m_db, QStringLiteral("account_locked"), QStringLiteral("lixm")).size(), 1);
}

void TestUsers::firstAdministratorOnlyOnce()
{
    UserRepository users(*m_db);
    QVERIFY(users.hasUsers());
    const auto second = users.createFirstAdministrator(QStringLiteral("intruder"), QStringLiteral("Intruder"),
                                                       QStringLiteral("intruder-password"));
    QVERIFY(!second.ok());
    QVERIFY(!users.find(QStringLiteral("intruder")));
    QVERIFY(!users.signIn(QStringLiteral("intruder"), QStringLiteral("intruder-password")).ok());

    // The first administrator was audited as added and can sign in.
    const QList<AuditEntry> added = audit(*m_db, QStringLiteral("user_added"));
    QCOMPARE(added.size(), 1);
    QVERIFY(added.first().newValue.contains(QLatin1String("admin")));
    QVERIFY(users.signIn(QStringLiteral("admin"), kAdminPassword).ok());

    // A fresh database has no users and offers the first start.
    ManualClock clock(m_clock->now());
    Database fresh(clock);
    QVERIFY(m_store.open(fresh, QStringLiteral("fresh%1.sqlite").arg(m_counter)).ok());
    UserRepository freshUsers(fresh);
    QVERIFY(!freshUsers.hasUsers());
    QVERIFY(!freshUsers.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("short"))
                 .ok());
    QVERIFY(!freshUsers.hasUsers());
    QVERIFY(freshUsers.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("Boss"),
                                                QStringLiteral("long-enough-1"))
                .ok());
    QVERIFY(freshUsers.hasUsers());
    QVERIFY(freshUsers.hasAdministrator());

    // Staff set up before any administrator (the demo data, a scripted set-up): the first
    // start still asks for the administrator, and only once.
    Database staffOnly(clock);
    QVERIFY(m_store.open(staffOnly, QStringLiteral("staff%1.sqlite").arg(m_counter)).ok());
    UserRepository staffUsers(staffOnly);
    QVERIFY(staffUsers.addUser(Session::commandLine(), QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                               kClerkPassword)
                .ok());
    QVERIFY(staffUsers.hasUsers());
    QVERIFY(!staffUsers.hasAdministrator());
    QVERIFY(staffUsers.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("Boss"),
                                                QStringLiteral("long-enough-1"))
                .ok());
    QVERIFY(staffUsers.hasAdministrator());
    QVERIFY(!staffUsers.createFirstAdministrator(QStringLiteral("boss2"), QStringLiteral("Boss"),
                                                 QStringLiteral("long-enough-2"))
                 .ok());
}

void TestUsers::clerkCannotAddUsers()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const auto clerk = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(clerk.ok());

    const auto refused = users.addUser(clerk.value(), QStringLiteral("friend"), QStringLiteral("Friend"), Role::Admin,
                                       QStringLiteral("friend-password"));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(!users.find(QStringLiteral("friend")));
    const QList<AuditEntry> denied = audit(*m_db, QStringLiteral("permission_denied"), QStringLiteral("lixm"));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().entity, QStringLiteral("user"));

    // Nor change roles, passwords or lock states, and nor list the users.
    QVERIFY(!users.setRole(clerk.value(), QStringLiteral("lixm"), Role::Admin).ok());
    QCOMPARE(users.find(QStringLiteral("lixm"))->role, Role::Clerk);
    QVERIFY(!users.setPassword(clerk.value(), QStringLiteral("admin"), QStringLiteral("taken-over-1")).ok());
    QVERIFY(users.signIn(QStringLiteral("admin"), kAdminPassword).ok());
    QVERIFY(!users.setActive(clerk.value(), QStringLiteral("admin"), false).ok());
    QVERIFY(!users.users(clerk.value()).ok());
    QCOMPARE(audit(*m_db, QStringLiteral("permission_denied"), QStringLiteral("lixm")).size(), 4);
}

void TestUsers::validation()
{
    UserRepository users(*m_db);
    const auto tooShort = users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                                        QStringLiteral("1234567"));
    QVERIFY(!tooShort.ok());
    QVERIFY2(tooShort.error().contains(QLatin1String("Password")), qPrintable(tooShort.error()));
    QVERIFY(!users.find(QStringLiteral("lixm")));

    // Eight characters, counted as characters and not as UTF-8 bytes.
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                          QStringLiteral("12345678"))
                .ok());
    QVERIFY(!users.addUser(m_admin, QStringLiteral("zhaoyn"), QStringLiteral("赵雅宁"), Role::Clerk,
                           QStringLiteral("物业服务中心密"))
                 .ok()); // 7 characters, 21 bytes

    const auto duplicate = users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("另一个李晓梅"), Role::Guard,
                                         QStringLiteral("another-password"));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QLatin1String("User name")), qPrintable(duplicate.error()));
    QCOMPARE(users.find(QStringLiteral("lixm"))->displayName, QStringLiteral("李晓梅"));

    const auto badName = users.addUser(m_admin, QStringLiteral("li xm; --"), QStringLiteral("x"), Role::Clerk,
                                       QStringLiteral("long-enough-1"));
    QVERIFY(!badName.ok());
    QVERIFY2(badName.error().contains(QLatin1String("User name")), qPrintable(badName.error()));

    const auto noName = users.addUser(m_admin, QStringLiteral("sunwei"), QStringLiteral("   "), Role::Technician,
                                      QStringLiteral("long-enough-1"));
    QVERIFY(!noName.ok());
    QVERIFY2(noName.error().contains(QLatin1String("Full name")), qPrintable(noName.error()));

    const auto list = users.users(m_admin);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2); // admin and lixm
    QCOMPARE(audit(*m_db, QStringLiteral("user_added")).size(), 2);
}

void TestUsers::roleActiveUnlockAreAudited()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());

    QVERIFY(users.setRole(m_admin, QStringLiteral("lixm"), Role::Manager).ok());
    QCOMPARE(users.find(QStringLiteral("lixm"))->role, Role::Manager);
    const QList<AuditEntry> roles = audit(*m_db, QStringLiteral("role_changed"), QStringLiteral("admin"));
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().oldValue, QStringLiteral("clerk"));
    QCOMPARE(roles.first().newValue, QStringLiteral("manager"));
    QVERIFY(roles.first().detail.contains(QLatin1String("lixm")));
    const auto manager = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(manager.ok());
    QCOMPARE(manager->role, Role::Manager);

    QVERIFY(users.setActive(m_admin, QStringLiteral("lixm"), false).ok());
    QVERIFY(!users.find(QStringLiteral("lixm"))->active);
    QCOMPARE(audit(*m_db, QStringLiteral("user_disabled"), QStringLiteral("admin")).size(), 1);
    QVERIFY(users.setActive(m_admin, QStringLiteral("lixm"), true).ok());
    QCOMPARE(audit(*m_db, QStringLiteral("user_enabled"), QStringLiteral("admin")).size(), 1);

    for (int attempt = 0; attempt < 5; ++attempt)
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-password")).ok());
    QVERIFY(!users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    QVERIFY(users.unlock(m_admin, QStringLiteral("lixm")).ok());
    QCOMPARE(audit(*m_db, QStringLiteral("user_unlocked"), QStringLiteral("admin")).size(), 1);
    // Unlocked at once, without waiting for the clock.
    QVERIFY(users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());

    // The administrator cannot lock himself out.
    QVERIFY(!users.setRole(m_admin, QStringLiteral("admin"), Role::Clerk).ok());
    QVERIFY(!users.setActive(m_admin, QStringLiteral("admin"), false).ok());
    QCOMPARE(users.find(QStringLiteral("admin"))->role, Role::Admin);
    QVERIFY(users.find(QStringLiteral("admin"))->active);
    // Changing someone who does not exist fails with a message naming him.
    const Status missing = users.setRole(m_admin, QStringLiteral("ghost"), Role::Guard);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("ghost")));
}

void TestUsers::disabledAccountCannotSignIn()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("chenqiang"), QStringLiteral("陈强"), Role::Guard, kClerkPassword)
                .ok());
    QVERIFY(users.setActive(m_admin, QStringLiteral("chenqiang"), false).ok());
    const auto refused = users.signIn(QStringLiteral("chenqiang"), kClerkPassword);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("disabled")));
    // A wrong password gets the usual answer: the account's state is not told to strangers.
    const auto stranger = users.signIn(QStringLiteral("chenqiang"), QStringLiteral("a-guess-123"));
    QVERIFY(!stranger.ok());
    QVERIFY(!stranger.error().contains(QStringLiteral("disabled")));
    QCOMPARE(stranger.error(), users.signIn(QStringLiteral("nobody-here"), QStringLiteral("a-guess-123")).error());
    QVERIFY(audit(*m_db, QStringLiteral("login"), QStringLiteral("chenqiang")).isEmpty());
    QCOMPARE(audit(*m_db, QStringLiteral("login_failed"), QStringLiteral("chenqiang")).size(), 2);

    QVERIFY(users.setActive(m_admin, QStringLiteral("chenqiang"), true).ok());
    QVERIFY(users.signIn(QStringLiteral("chenqiang"), kClerkPassword).ok());
}

void TestUsers::passwordChanges()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const auto clerk = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(clerk.ok());

    // Own password: the current one must be given.
    const Status wrongOld = users.changeOwnPassword(clerk.value(), QStringLiteral("not-it-at-all"),
                                                    QStringLiteral("new-password-1"));
    QVERIFY(!wrongOld.ok());
    QVERIFY(users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    QVERIFY(users.changeOwnPassword(clerk.value(), kClerkPassword, QStringLiteral("new-password-1")).ok());
    QVERIFY(!users.signIn(QStringLiteral("lixm"), kClerkPassword).ok());
    QVERIFY(users.signIn(QStringLiteral("lixm"), QStringLiteral("new-password-1")).ok());
    QCOMPARE(audit(*m_db, QStringLiteral("password_changed"), QStringLiteral("lixm")).size(), 1);

    // Reset by the administrator; it also lifts a lock.
    for (int attempt = 0; attempt < 5; ++attempt)
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-password")).ok());
    QVERIFY(users.setPassword(m_admin, QStringLiteral("lixm"), QStringLiteral("reset-password-1")).ok());
    QVERIFY(users.signIn(QStringLiteral("lixm"), QStringLiteral("reset-password-1")).ok());
    QCOMPARE(audit(*m_db, QStringLiteral("password_reset"), QStringLiteral("admin")).size(), 1);
    const Status tooShort = users.setPassword(m_admin, QStringLiteral("lixm"), QStringLiteral("short"));
    QVERIFY(!tooShort.ok());
    QVERIFY(tooShort.error().contains(QLatin1String("Password")));
}

void TestUsers::demotedSessionLosesItsRightsAtOnce()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("zhaoli"), QStringLiteral("赵丽"), Role::Admin, kClerkPassword).ok());
    const auto signedIn = users.signIn(QStringLiteral("zhaoli"), kClerkPassword);
    QVERIFY(signedIn.ok());
    const Session deputy = signedIn.value();
    QVERIFY(users.users(deputy).ok());
    QStringList told;
    m_db->watchAccountChanges(this, [&told](const QString &message) { told << message; });

    // The session still says administrator; the account is a clerk now.
    QVERIFY(users.setRole(m_admin, QStringLiteral("zhaoli"), Role::Clerk).ok());
    QCOMPARE(deputy.role, Role::Admin);
    const auto listed = users.users(deputy);
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error().contains(QLatin1String("role is now")) && listed.error().contains(QLatin1String("sign in again")),
             qPrintable(listed.error()));
    const auto added = users.addUser(deputy, QStringLiteral("sunwei"), QStringLiteral("孙伟"), Role::Admin,
                                     QStringLiteral("long-enough-1"));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QLatin1String("role is now")), qPrintable(added.error()));
    QVERIFY(!users.find(QStringLiteral("sunwei")));
    QCOMPARE(audit(*m_db, QStringLiteral("permission_denied"), QStringLiteral("zhaoli")).size(), 1);
    QCOMPARE(told.size(), 2);
    // What a clerk may do, the old session still may: the current role decides.
    QVERIFY(users.activeStaff(deputy).ok());
    QVERIFY(AuditLog::allows(*m_db, deputy, Permission::RegisterRequests));
    QVERIFY(!AuditLog::allows(*m_db, deputy, Permission::ManageUsersAndSettings));
    QCOMPARE(AuditLog::current(*m_db, deputy).value().role, Role::Clerk);
    QCOMPARE(told.size(), 2);
    m_db->watchAccountChanges(this, {});
}

void TestUsers::disabledSessionLosesItsRightsAtOnce()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const auto signedIn = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(signedIn.ok());
    const Session clerk = signedIn.value();
    QVERIFY(users.activeStaff(clerk).ok());
    QVERIFY(AuditLog(*m_db).require(clerk, Permission::RegisterRequests, QStringLiteral("request")).ok());
    QStringList told;
    m_db->watchAccountChanges(this, [&told](const QString &message) { told << message; });

    QVERIFY(users.setActive(m_admin, QStringLiteral("lixm"), false).ok());
    const auto staff = users.activeStaff(clerk);
    QVERIFY(!staff.ok());
    QVERIFY2(staff.error().contains(QLatin1String("disabled")), qPrintable(staff.error()));
    const Status refused = AuditLog(*m_db).require(clerk, Permission::RegisterRequests, QStringLiteral("request"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("disabled")) && refused.error().contains(QLatin1String("sign in again")),
             qPrintable(refused.error()));
    QCOMPARE(audit(*m_db, QStringLiteral("permission_denied"), QStringLiteral("lixm")).size(), 1);
    QVERIFY(!AuditLog::current(*m_db, clerk).ok());
    const Status ownPassword = users.changeOwnPassword(clerk, kClerkPassword, QStringLiteral("new-password-1"));
    QVERIFY2(!ownPassword.ok() && ownPassword.error().contains(QLatin1String("disabled")), qPrintable(ownPassword.error()));
    QCOMPARE(told.size(), 2);
    for (const QString &message : std::as_const(told))
        QVERIFY2(message.contains(QLatin1String("disabled")), qPrintable(message));

    // Enabled again, the same session works again.
    QVERIFY(users.setActive(m_admin, QStringLiteral("lixm"), true).ok());
    QVERIFY(users.activeStaff(clerk).ok());
    QCOMPARE(told.size(), 2);
    m_db->watchAccountChanges(this, {});
}

void TestUsers::commandLineStaysAdministrator()
{
    // The command line owns the file: no account to look up, always the administrator.
    UserRepository users(*m_db);
    const Session cli = Session::commandLine();
    QCOMPARE(AuditLog::current(*m_db, cli).value().role, Role::Admin);
    QVERIFY(users.users(cli).ok());
    QVERIFY(users.addUser(cli, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    QVERIFY(users.setActive(cli, QStringLiteral("admin"), false).ok());
    QVERIFY(users.users(cli).ok());
    QVERIFY(!users.users(m_admin).ok()); // the disabled administrator's session, by contrast
}

QTEST_GUILESS_MAIN(TestUsers)
void TestUsers::disabledSessionCannotListRequests()
{
    UserRepository users(*m_db);
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk, kClerkPassword).ok());
    const auto signedIn = users.signIn(QStringLiteral("lixm"), kClerkPassword);
    QVERIFY(signedIn.ok());
    RequestRepository requests(*m_db);
    QVERIFY(requests.queries().list(signedIn.value(), RequestFilter{}, 0, 10).ok());

    QVERIFY(users.setActive(m_admin, QStringLiteral("lixm"), false).ok());
    const auto list = requests.queries().list(signedIn.value(), RequestFilter{}, 0, 10);
    QVERIFY(!list.ok());
    QVERIFY2(list.error().contains(QLatin1String("disabled")), qPrintable(list.error()));
}

#include "tst_users.moc"
