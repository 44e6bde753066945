// Estate settings (audited, administrators only) and reading the audit log.

#include "testdatabase.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSettingsAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void estateName();
    void timeZone();
    void clerkCannotChangeSettings();
    void settingsAreSharedThroughTheFile();
    void auditFilters();
    void auditNeedsManagerOrAdministrator();

private:
    QList<AuditEntry> settingChanges(const QString &key);
    Session addAndSignIn(const QString &username, Role role);

    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    int m_counter = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    Session m_admin;
};

void TestSettingsAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSettingsAudit::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 5, 6), QTime(1, 0), Qt::UTC));
    m_db = std::make_unique<Database>(*m_clock);
    QVERIFY(m_store.open(*m_db, QStringLiteral("settings%1.sqlite").arg(++m_counter)).ok());
    const auto admin = UserRepository(*m_db).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                                      QStringLiteral("admin-password-1"));
    QVERIFY(admin.ok());
    m_admin = admin.value();
}

void TestSettingsAudit::cleanup()
{
    m_db.reset();
    m_clock.reset();
}

QList<AuditEntry> TestSettingsAudit::settingChanges(const QString &key)
{
    AuditFilter filter;
    filter.action = QStringLiteral("setting_changed");
    const auto entries = AuditLog(*m_db).entries(m_admin, filter);
    QList<AuditEntry> result;
    if (entries.ok()) {
        for (const AuditEntry &e : entries.value()) {
            if (e.entityId == key)
                result << e;
        }
    }
    return result;
}

Session TestSettingsAudit::addAndSignIn(const QString &username, Role role)
{
    UserRepository users(*m_db);
    const QString password = username + QStringLiteral("-password-1");
    if (!users.addUser(m_admin, username, username, role, password).ok())
        return {};
    const auto session = users.signIn(username, password);
    return session.ok() ? session.value() : Session{};
}

void TestSettingsAudit::estateName()
{
    SettingsRepository settings(*m_db);
    QVERIFY(settings.estateName().isEmpty());
    QVERIFY(settings.setEstateName(m_admin, QStringLiteral("  阳光花园  ")).ok());
    QCOMPARE(settings.estateName(), QStringLiteral("阳光花园"));
    m_clock->advance(60);
    QVERIFY(settings.setEstateName(m_admin, QStringLiteral("阳光花园二期")).ok());
    QCOMPARE(settings.estateName(), QStringLiteral("阳光花园二期"));

    const QList<AuditEntry> changes = settingChanges(SettingsRepository::estateNameKey());
    QCOMPARE(changes.size(), 2);
    // Newest first.
    QCOMPARE(changes.at(0).oldValue, QStringLiteral("阳光花园"));
    QCOMPARE(changes.at(0).newValue, QStringLiteral("阳光花园二期"));
    QCOMPARE(changes.at(0).username, QStringLiteral("admin"));
    QCOMPARE(changes.at(0).at, m_clock->now());
    QCOMPARE(changes.at(1).oldValue, QString());
    QCOMPARE(changes.at(1).newValue, QStringLiteral("阳光花园"));

    // Saving the same value again changes nothing and logs nothing.
    QVERIFY(settings.setEstateName(m_admin, QStringLiteral("阳光花园二期")).ok());
    QCOMPARE(settingChanges(SettingsRepository::estateNameKey()).size(), 2);

    // Rejections name the field and keep the old value.
    const Status empty = settings.setEstateName(m_admin, QStringLiteral("   "));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(QLatin1String("Estate name")), qPrintable(empty.error()));
    const Status tooLong = settings.setEstateName(m_admin, QString(101, QChar(0x56ed)));
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().contains(QLatin1String("Estate name")), qPrintable(tooLong.error()));
    QCOMPARE(settings.estateName(), QStringLiteral("阳光花园二期"));
    QCOMPARE(settingChanges(SettingsRepository::estateNameKey()).size(), 2);
}

void TestSettingsAudit::timeZone()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Shanghai"));
    QVERIFY(settings.setTimeZone(m_admin, "Asia/Urumqi").ok());
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Urumqi"));
    QVERIFY(settings.setTimeZone(m_admin, "Asia/Hong_Kong").ok());
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Hong_Kong"));

    const QList<AuditEntry> changes = settingChanges(SettingsRepository::timeZoneKey());
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).oldValue, QStringLiteral("Asia/Urumqi"));
    QCOMPARE(changes.at(0).newValue, QStringLiteral("Asia/Hong_Kong"));
    QCOMPARE(changes.at(1).newValue, QStringLiteral("Asia/Urumqi"));

    const Status unknown = settings.setTimeZone(m_admin, "Asia/Atlantis");
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QLatin1String("Time zone")), qPrintable(unknown.error()));
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Hong_Kong"));
    QCOMPARE(settingChanges(SettingsRepository::timeZoneKey()).size(), 2);
}

void TestSettingsAudit::clerkCannotChangeSettings()
{
    SettingsRepository settings(*m_db);
    QVERIFY(settings.setEstateName(m_admin, QStringLiteral("阳光花园")).ok());
    const Session clerk = addAndSignIn(QStringLiteral("lixm"), Role::Clerk);
    QCOMPARE(clerk.role, Role::Clerk);
    const Session manager = addAndSignIn(QStringLiteral("wangjl"), Role::Manager);
    QCOMPARE(manager.role, Role::Manager);

    const Status byClerk = settings.setEstateName(clerk, QStringLiteral("李晓梅的小区"));
    QVERIFY(!byClerk.ok());
    QVERIFY(!byClerk.error().isEmpty());
    QVERIFY(!settings.setTimeZone(clerk, "Asia/Urumqi").ok());
    // SPEC 7: settings are for the administrator only, not the manager.
    QVERIFY(!settings.setEstateName(manager, QStringLiteral("经理的小区")).ok());

    QCOMPARE(settings.estateName(), QStringLiteral("阳光花园"));
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(settingChanges(SettingsRepository::estateNameKey()).size(), 1);

    AuditFilter filter;
    filter.action = QStringLiteral("permission_denied");
    const auto denied = AuditLog(*m_db).entries(m_admin, filter);
    QVERIFY(denied.ok());
    QCOMPARE(denied->size(), 3);
    QStringList who;
    for (const AuditEntry &e : denied.value()) {
        QCOMPARE(e.entity, QStringLiteral("settings"));
        who << e.username;
    }
    who.sort();
    QCOMPARE(who, (QStringList{QStringLiteral("lixm"), QStringLiteral("lixm"), QStringLiteral("wangjl")}));
}

void TestSettingsAudit::settingsAreSharedThroughTheFile()
{
    const QString path = m_db->location();
    QVERIFY(SettingsRepository(*m_db).setEstateName(m_admin, QStringLiteral("阳光花园")).ok());
    QVERIFY(SettingsRepository(*m_db).setTimeZone(m_admin, "Asia/Urumqi").ok());
    // A second seat on the same file sees the settings.
    ManualClock clock(m_clock->now());
    Database other(clock);
    QVERIFY(other.open(path).ok());
    QCOMPARE(SettingsRepository(other).estateName(), QStringLiteral("阳光花园"));
    QCOMPARE(SettingsRepository(other).timeZone().id(), QByteArray("Asia/Urumqi"));
}

void TestSettingsAudit::auditFilters()
{
    SettingsRepository settings(*m_db);
    UserRepository users(*m_db);
    const QDateTime t0 = m_clock->now();
    // t0 + 1h: the estate is named; + 2h: a clerk is added; + 3h: the clerk signs in;
    // + 4h: a wrong password; + 5h: the time zone is changed.
    m_clock->set(t0.addSecs(3600));
    QVERIFY(settings.setEstateName(m_admin, QStringLiteral("阳光花园")).ok());
    m_clock->set(t0.addSecs(2 * 3600));
    QVERIFY(users.addUser(m_admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                          QStringLiteral("clerk-password-1"))
                .ok());
    m_clock->set(t0.addSecs(3 * 3600));
    QVERIFY(users.signIn(QStringLiteral("lixm"), QStringLiteral("clerk-password-1")).ok());
    m_clock->set(t0.addSecs(4 * 3600));
    QVERIFY(!users.signIn(QStringLiteral("lixm"), QStringLiteral("wrong-password")).ok());
    m_clock->set(t0.addSecs(5 * 3600));
    QVERIFY(settings.setTimeZone(m_admin, "Asia/Urumqi").ok());

    AuditLog audit(*m_db);
    auto actionsOf = [&](const AuditFilter &filter) {
        const auto entries = audit.entries(m_admin, filter);
        QStringList list;
        if (entries.ok()) {
            for (const AuditEntry &e : entries.value())
                list << e.action;
        }
        return list;
    };

    // Everything from the start (the first administrator was added at t0), newest first.
    AuditFilter all;
    QCOMPARE(actionsOf(all), (QStringList{QStringLiteral("setting_changed"), QStringLiteral("login_failed"),
                                          QStringLiteral("login"), QStringLiteral("user_added"),
                                          QStringLiteral("setting_changed"), QStringLiteral("user_added")}));

    // A time range: from is inclusive, to exclusive.
    AuditFilter range;
    range.from = t0.addSecs(2 * 3600);
    range.to = t0.addSecs(4 * 3600);
    QCOMPARE(actionsOf(range), (QStringList{QStringLiteral("login"), QStringLiteral("user_added")}));
    range.to = t0.addSecs(4 * 3600 + 1);
    QCOMPARE(actionsOf(range),
             (QStringList{QStringLiteral("login_failed"), QStringLiteral("login"), QStringLiteral("user_added")}));
    AuditFilter since;
    since.from = t0.addSecs(4 * 3600 + 1);
    QCOMPARE(actionsOf(since), QStringList{QStringLiteral("setting_changed")});
    AuditFilter until;
    until.to = t0.addSecs(3600);
    QCOMPARE(actionsOf(until), QStringList{QStringLiteral("user_added")});

    // By action.
    AuditFilter byAction;
    byAction.action = QStringLiteral("setting_changed");
    const auto settingsRows = audit.entries(m_admin, byAction);
    QVERIFY(settingsRows.ok());
    QCOMPARE(settingsRows->size(), 2);
    QCOMPARE(settingsRows->at(0).entityId, SettingsRepository::timeZoneKey());
    QCOMPARE(settingsRows->at(1).entityId, SettingsRepository::estateNameKey());

    // By user: the clerk's own sign-in and the failed attempt on his name.
    AuditFilter byUser;
    byUser.username = QStringLiteral("lixm");
    QCOMPARE(actionsOf(byUser), (QStringList{QStringLiteral("login_failed"), QStringLiteral("login")}));
    byUser.action = QStringLiteral("login");
    QCOMPARE(actionsOf(byUser), QStringList{QStringLiteral("login")});
    byUser.from = t0.addSecs(3 * 3600 + 1);
    QVERIFY(actionsOf(byUser).isEmpty());

    // The limit keeps the newest rows.
    AuditFilter limited;
    limited.limit = 2;
    QCOMPARE(actionsOf(limited), (QStringList{QStringLiteral("setting_changed"), QStringLiteral("login_failed")}));

    // Every row carries its time as UTC.
    const auto rows = audit.entries(m_admin, AuditFilter{});
    QVERIFY(rows.ok());
    QCOMPARE(rows->first().at, t0.addSecs(5 * 3600));
    QCOMPARE(rows->last().at, t0);

    const auto actions = audit.actions(m_admin);
    QVERIFY(actions.ok());
    QCOMPARE(actions.value(), (QStringList{QStringLiteral("login"), QStringLiteral("login_failed"),
                                           QStringLiteral("setting_changed"), QStringLiteral("user_added")}));
}

void TestSettingsAudit::auditNeedsManagerOrAdministrator()
{
    const Session clerk = addAndSignIn(QStringLiteral("lixm"), Role::Clerk);
    const Session guard = addAndSignIn(QStringLiteral("chenqiang"), Role::Guard);
    const Session technician = addAndSignIn(QStringLiteral("sunwei"), Role::Technician);
    const Session manager = addAndSignIn(QStringLiteral("wangjl"), Role::Manager);
    QCOMPARE(manager.role, Role::Manager);
    AuditLog audit(*m_db);

    for (const Session &who : {clerk, guard, technician}) {
        QVERIFY(who.userId > 0);
        const auto refused = audit.entries(who, AuditFilter{});
        QVERIFY2(!refused.ok(), qPrintable(who.username));
        QVERIFY(!refused.error().isEmpty());
        QVERIFY(!audit.actions(who).ok());
    }
    const auto seen = audit.entries(manager, AuditFilter{});
    QVERIFY2(seen.ok(), qPrintable(seen.error()));
    QVERIFY(!seen->isEmpty());

    // Each refused look at the log is itself in the log.
    AuditFilter denied;
    denied.action = QStringLiteral("permission_denied");
    const auto rows = audit.entries(m_admin, denied);
    QVERIFY(rows.ok());
    QStringList who;
    for (const AuditEntry &e : rows.value()) {
        QCOMPARE(e.entity, QStringLiteral("audit_log"));
        who << e.username;
    }
    who.sort();
    QCOMPARE(who, (QStringList{QStringLiteral("chenqiang"), QStringLiteral("lixm"), QStringLiteral("sunwei")}));
}

QTEST_GUILESS_MAIN(TestSettingsAudit)
#include "tst_settings_audit.moc"
