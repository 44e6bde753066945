// The estate's time zone is read from the settings once per open database and read again
// only when it is saved through SettingsRepository or another database is opened.

#include "testdatabase.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>


namespace {
// One database with its administrator, the zone saved as Asia/Urumqi.
struct Estate
{
    QTemporaryDir dir;
    TestDatabase store{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 5, 6), QTime(1, 0), Qt::UTC)};
    Database db{clock};
    Session admin;

    bool open()
    {
        if (!dir.isValid() || !store.open(db, QStringLiteral("zone.sqlite")).ok())
            return false;
        const auto first = UserRepository(db).createFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin-password-1"));
        if (!first.ok())
            return false;
        admin = first.value();
        return SettingsRepository(db).setTimeZone(admin, "Asia/Urumqi").ok();
    }

    // Changes the stored setting behind SettingsRepository's back (as another seat would).
    bool storeBehindTheBack(const QString &zone)
    {
        Query q(db, QStringLiteral("UPDATE settings SET value = :v WHERE key = :k"));
        q.bind(QStringLiteral(":v"), zone).bind(QStringLiteral(":k"), SettingsRepository::timeZoneKey());
        return q.exec().ok() && SettingsRepository(db).value(SettingsRepository::timeZoneKey()) == zone;
    }
};
} // namespace

class TestEstateZone : public QObject
{
    Q_OBJECT

private slots:
    void readOnceAndKept();
    void savingReadsItAgain();
    void reopeningReadsItAgain();
};

void TestEstateZone::readOnceAndKept()
{
    Estate e;
    QVERIFY(e.open());
    QCOMPARE(SettingsRepository(e.db).timeZone().id(), QByteArray("Asia/Urumqi"));
    QVERIFY(e.storeBehindTheBack(QStringLiteral("Asia/Hong_Kong")));
    // Every reader of this database (a new SettingsRepository too) keeps the zone it read.
    QCOMPARE(SettingsRepository(e.db).timeZone().id(), QByteArray("Asia/Urumqi"));
    QCOMPARE(e.db.estateZone().get([] { return QTimeZone("UTC"); }).id(), QByteArray("Asia/Urumqi"));
}

void TestEstateZone::savingReadsItAgain()
{
    Estate e;
    QVERIFY(e.open());
    SettingsRepository settings(e.db);
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Urumqi"));
    QVERIFY(settings.setTimeZone(e.admin, "Asia/Hong_Kong").ok());
    QCOMPARE(SettingsRepository(e.db).timeZone().id(), QByteArray("Asia/Hong_Kong"));
    // A refused save keeps what is stored.
    QVERIFY(!settings.setTimeZone(e.admin, "Asia/Atlantis").ok());
    QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Hong_Kong"));
}

void TestEstateZone::reopeningReadsItAgain()
{
    Estate e;
    QVERIFY(e.open());
    QCOMPARE(SettingsRepository(e.db).timeZone().id(), QByteArray("Asia/Urumqi"));
    QVERIFY(e.storeBehindTheBack(QStringLiteral("Asia/Hong_Kong")));
    const QString path = e.db.location();
    e.db.close();
    QVERIFY(e.db.open(path).ok());
    QCOMPARE(SettingsRepository(e.db).timeZone().id(), QByteArray("Asia/Hong_Kong"));
}

QTEST_GUILESS_MAIN(TestEstateZone)
#include "tst_estatezone.moc"
