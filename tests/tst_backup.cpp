// Backups and restore (SPEC 7): made while others write, verified, kept 30 days + 12 months,
// restored only from a sound EstateDesk file, the replaced database kept aside.

#include "testsupport.h"

#include "models/database/auditchain.h"
#include "models/database/backup.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/settingsrepository.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

// A plain connection of the test's own, the way another program would reach the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
    {
        static int counter = 0;
        m_name = QStringLiteral("raw-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options.isEmpty() ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000") : options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            m_error = q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QString estateName(const QString &path)
{
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    return raw.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'estate.name'")).toString();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileAnotherConnectionWrites();
    void backupIsOwnerOnlyAndNamedByDate();
    void restoreBringsItBackAndKeepsTheOldAside();
    void restoreFoldsAStaleWalIntoTheOldOneNotTheNew();
    void restoreRefusesWhatIsNotASoundBackup_data();
    void restoreRefusesWhatIsNotASoundBackup();
    void restoreRefusesADatabaseInUse();
    void restoreNeedsTheAdministrator();
    void retentionKeeps30DaysAnd12Months();
    void dueOnceADayAfterTheTime();
    void settingsAreValidatedAndAudited();
};

void TestBackup::backupWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    SystemClock clock;
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    QVERIFY(SettingsRepository(db).setEstateName(Session::commandLine(), QStringLiteral("阳光花园")).ok());
    const Backup backup(path, dir.filePath(QStringLiteral("backups")), kShanghai, clock);

    // A writer in the middle of a transaction: the copy has what was committed, not that.
    {
        RawConnection pending(path);
        QVERIFY(pending.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(pending.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('pending', 'not committed')")));
        const auto made = backup.make();
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(pending.exec(QStringLiteral("COMMIT")));
        RawConnection copy(made->path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(copy.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'pending'")).toInt(), 0);
        QCOMPARE(copy.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'estate.name'")).toString(),
                 QStringLiteral("阳光花园"));
    }

    // A writer that goes on committing all the while.
    QAtomicInt stop(0);
    QAtomicInt written(0);
    QThread *writer = QThread::create([&] {
        RawConnection raw(path);
        QSqlQuery insert(raw.db());
        insert.prepare(QStringLiteral("INSERT INTO holiday_years (year, source, imported_at) VALUES (:year, 'w', 0)"));
        for (int year = 3000; !stop.loadRelaxed() && year < 100000; ++year) {
            insert.bindValue(QStringLiteral(":year"), year);
            if (insert.exec())
                written.fetchAndAddRelaxed(1);
        }
    });
    writer->start();
    QTRY_VERIFY_WITH_TIMEOUT(written.loadRelaxed() > 0, 30000);
    const auto made = backup.make();
    const int before = written.loadRelaxed();
    QTRY_VERIFY_WITH_TIMEOUT(written.loadRelaxed() > before, 30000); // it was not held up by the backup
    stop.storeRelaxed(1);
    writer->wait();
    delete writer;
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(Backup::verifyFile(made->path).ok());
    RawConnection copy(made->path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(copy.scalar(QStringLiteral("SELECT COUNT(*) FROM holiday_years WHERE source = 'w'")).toInt() > 0);
    QVERIFY(!QFileInfo::exists(made->path + QStringLiteral("-wal")));
}

void TestBackup::backupIsOwnerOnlyAndNamedByDate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(18, 30, 5), Qt::UTC)); // 02:30:05 on 2 March in Shanghai
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    db.close();
    const Backup backup(path, QString(), kShanghai, clock);
    QCOMPARE(backup.folder(), QDir(dir.path()).filePath(QStringLiteral("backups")));
    const auto first = backup.make();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(QFileInfo(first->path).fileName(), QStringLiteral("estate-20260302-023005.sqlite"));
    const auto second = backup.make(); // the same second: a second name, not an overwrite
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(QFileInfo(second->path).fileName(), QStringLiteral("estate-20260302-023005-1.sqlite"));
#ifndef Q_OS_WIN
    QCOMPARE(QFileInfo(first->path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QCOMPARE(backup.latest()->path, second->path);
    QCOMPARE(backup.latest()->at, clock.now());
    // No working file is left behind.
    QCOMPARE(QDir(backup.folder()).entryList(QDir::Files).size(), 2);
}

void TestBackup::restoreBringsItBackAndKeepsTheOldAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    QString backupPath;
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        SettingsRepository settings(db);
        QVERIFY(settings.setEstateName(Session::commandLine(), QStringLiteral("阳光花园")).ok());
        const auto made = Backup(path, QString(), kShanghai, clock).make();
        QVERIFY2(made.ok(), qPrintable(made.error()));
        backupPath = made->path;
        clock.advance(3600);
        QVERIFY(settings.setEstateName(Session::commandLine(), QStringLiteral("翠湖苑")).ok());
    }
    const QByteArray backupBytes = TestSupport::sha256(backupPath);
    const auto restored = Backup::restore(Session::commandLine(), path, backupPath, clock, kShanghai);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(estateName(path), QStringLiteral("阳光花园"));
    QCOMPARE(QFileInfo(restored->keptAside).fileName(), QStringLiteral("estate.before-restore-20260302-100000.sqlite"));
    QCOMPARE(estateName(restored->keptAside), QStringLiteral("翠湖苑"));
    QCOMPARE(TestSupport::sha256(backupPath), backupBytes); // the backup itself was only read
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
    // The restore is in the restored database's audit log, and its chain is whole.
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    Query q(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'database_restored'"));
    QVERIFY(q.exec().ok());
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QFileInfo(restored->keptAside).fileName()));
    q.finish();
    const auto chain = AuditChain::verify(db);
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBrokenRow, qint64(0));
}

void TestBackup::restoreFoldsAStaleWalIntoTheOldOneNotTheNew()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(live).ok());
    SettingsRepository settings(db);
    QVERIFY(settings.setEstateName(Session::commandLine(), QStringLiteral("阳光花园")).ok());
    const auto made = Backup(live, QString(), kShanghai, clock).make();
    QVERIFY(made.ok());
    QVERIFY(settings.setEstateName(Session::commandLine(), QStringLiteral("翠湖苑")).ok());
    // A copy taken while the program runs is what a power cut leaves: the newest pages are
    // only in the -wal beside the file.
    QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFile::copy(live, crashed));
    QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    db.close();

    const auto restored = Backup::restore(Session::commandLine(), crashed, made->path, clock, kShanghai);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
    QCOMPARE(estateName(crashed), QStringLiteral("阳光花园"));
    QCOMPARE(estateName(restored->keptAside), QStringLiteral("翠湖苑")); // the -wal's pages went with it
}

void TestBackup::restoreRefusesWhatIsNotASoundBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("foreign SQLite") << QStringLiteral("foreign") << QStringLiteral("not an EstateDesk database");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer EstateDesk");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("not an SQLite file");
}

void TestBackup::restoreRefusesWhatIsNotASoundBackup()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    QString good;
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        QVERIFY(SettingsRepository(db).setEstateName(Session::commandLine(), QStringLiteral("阳光花园")).ok());
        // Enough rows that the file spans many pages.
        QSqlQuery fill(db.connection());
        QVERIFY(fill.prepare(QStringLiteral("INSERT INTO holiday_years (year, source, imported_at) VALUES (:year, "
                                            "'a long enough source text to fill pages of the file', 0)")));
        for (int year = 1000; year < 1300; ++year) {
            fill.bindValue(QStringLiteral(":year"), year);
            QVERIFY(fill.exec());
        }
        const auto made = Backup(path, QString(), kShanghai, clock).make();
        QVERIFY(made.ok());
        good = made->path;
    }
    const QString bad = dir.filePath(QStringLiteral("candidate.sqlite"));
    if (kind == QLatin1String("truncated")) {
        const QByteArray bytes = TestSupport::readFile(good);
        QVERIFY(bytes.size() > 8 * 4096);
        QVERIFY(TestSupport::writeFile(bad, bytes.left(bytes.size() / 2)));
    } else if (kind == QLatin1String("foreign")) {
        RawConnection foreign(bad);
        QVERIFY(foreign.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")));
        QVERIFY(foreign.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (100)")));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(TestSupport::writeFile(bad, "name,house\n张三,1-101\n"));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(good, bad));
        QFile::setPermissions(bad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        RawConnection newer(bad);
        QVERIFY(newer.exec(QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'")));
    } else {
        QVERIFY(TestSupport::writeFile(bad, QByteArray()));
    }
    const QByteArray before = TestSupport::sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(!before.isEmpty());

    const auto restored = Backup::restore(Session::commandLine(), path, bad, clock, kShanghai);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(reason), qPrintable(restored.error()));
    QVERIFY2(restored.error().contains(QStringLiteral("candidate.sqlite")), qPrintable(restored.error()));
    QCOMPARE(TestSupport::sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(estateName(path), QStringLiteral("阳光花园"));
}

void TestBackup::restoreRefusesADatabaseInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    QVERIFY(SettingsRepository(db).setEstateName(Session::commandLine(), QStringLiteral("阳光花园")).ok());
    const auto made = Backup(path, QString(), kShanghai, clock).make();
    QVERIFY(made.ok());
    // The program still has the file open (another seat, or the GUI on this PC).
    const auto restored = Backup::restore(Session::commandLine(), path, made->path, clock, kShanghai);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("in use")), qPrintable(restored.error()));
    QCOMPARE(SettingsRepository(db).estateName(), QStringLiteral("阳光花园"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files), QStringList());
}

void TestBackup::restoreNeedsTheAdministrator()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    QString backupPath;
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        const auto made = Backup(path, QString(), kShanghai, clock).make();
        QVERIFY(made.ok());
        backupPath = made->path;
    }
    const Session manager{0, QStringLiteral("mgr"), QStringLiteral("Mo Manager"), Role::Manager};
    const auto restored = Backup::restore(manager, path, backupPath, clock, kShanghai);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QLatin1String("may not")), qPrintable(restored.error()));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files), QStringList());
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' "
                                       "AND username = 'mgr' AND entity = 'database'"))
                 .toInt(),
             1);
    // Nor is a database made where there was none.
    const QString nowhere = dir.filePath(QStringLiteral("nowhere.sqlite"));
    QVERIFY(!Backup::restore(manager, nowhere, backupPath, clock, kShanghai).ok());
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestBackup::retentionKeeps30DaysAnd12Months()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    // 02:00 in Shanghai every day from 1 January 2025 to 28 February 2026: fourteen months.
    ManualClock clock(QDateTime(QDate(2025, 1, 1), QTime(2, 0), kShanghai));
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
    }
    const Backup backup(path, QString(), kShanghai, clock);
    const QDate last(2026, 2, 28);
    // The first twelve months of copies stand in as small files under the names the program
    // gives (a real copy of the database each day would only make the test slow); the last
    // seven weeks are real backups, each of which prunes the folder.
    QVERIFY(QDir().mkpath(backup.folder()));
    const QDate realFrom(2026, 1, 10);
    for (QDate day(2025, 1, 1); day <= last; day = day.addDays(1)) {
        clock.set(QDateTime(day, QTime(2, 0), kShanghai));
        if (day < realFrom) {
            const QString name = QStringLiteral("estate-%1-020000.sqlite").arg(day.toString(QStringLiteral("yyyyMMdd")));
            QVERIFY(TestSupport::writeFile(QDir(backup.folder()).filePath(name), "stand-in"));
            continue;
        }
        const auto made = backup.make();
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
    QSet<QDate> kept;
    const QList<BackupInfo> list = backup.list();
    for (const BackupInfo &b : list)
        kept.insert(b.at.toTimeZone(kShanghai).date());
    QCOMPARE(QDir(backup.folder()).entryList(QDir::Files).size(), list.size());

    QSet<QDate> expected;
    for (int i = 0; i < Backup::kDailyKept; ++i)
        expected.insert(last.addDays(-i));
    for (int i = 0; i < Backup::kMonthlyKept; ++i) {
        const QDate month = QDate(last.year(), last.month(), 1).addMonths(-i);
        expected.insert(month);
    }
    QCOMPARE(kept, expected);
    // Spelled out: February 2026 is inside the 30 days; the firsts of March 2025 ... January
    // 2026 are the monthly copies; January and February 2025 are gone.
    QCOMPARE(kept.size(), 30 + 11);
    QVERIFY(kept.contains(QDate(2025, 3, 1)));
    QVERIFY(!kept.contains(QDate(2025, 2, 1)));
    QVERIFY(!kept.contains(QDate(2025, 1, 1)));
    QVERIFY(!kept.contains(QDate(2026, 1, 29)));
    QVERIFY(kept.contains(QDate(2026, 1, 30)));

    // Other files in the folder are none of its business.
    QVERIFY(TestSupport::writeFile(QDir(backup.folder()).filePath(QStringLiteral("notes.txt")), "keep me"));
    QVERIFY(TestSupport::writeFile(QDir(backup.folder()).filePath(QStringLiteral("other-20240101-020000.sqlite")), "x"));
    backup.prune();
    QVERIFY(QFileInfo::exists(QDir(backup.folder()).filePath(QStringLiteral("notes.txt"))));
    QVERIFY(QFileInfo::exists(QDir(backup.folder()).filePath(QStringLiteral("other-20240101-020000.sqlite"))));
}

void TestBackup::dueOnceADayAfterTheTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 30), kShanghai));
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
    }
    const Backup backup(path, QString(), kShanghai, clock);
    QVERIFY(!backup.isDue(QTime(2, 0))); // before the time, and none yet
    clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 15), kShanghai)); // started after the time
    QVERIFY(backup.isDue(QTime(2, 0)));
    QVERIFY(backup.make().ok());
    QVERIFY(!backup.isDue(QTime(2, 0)));
    clock.set(QDateTime(QDate(2026, 3, 3), QTime(1, 59), kShanghai));
    QVERIFY(!backup.isDue(QTime(2, 0)));
    clock.set(QDateTime(QDate(2026, 3, 3), QTime(2, 0), kShanghai)); // ran past the time
    QVERIFY(backup.isDue(QTime(2, 0)));
    QVERIFY(!Backup::isStale(backup.latest().value(), clock.now()));
    QVERIFY(Backup::isStale(backup.latest().value(), clock.now().addDays(2)));
}

void TestBackup::settingsAreValidatedAndAudited()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("estate.sqlite"))).ok());
    SettingsRepository settings(db);
    QCOMPARE(settings.backupFolder(), QString());
    QCOMPARE(settings.backupTime(), QTime(2, 0));
    const Session admin = Session::commandLine();
    const auto relative = settings.setBackupFolder(admin, QStringLiteral("backups"));
    QVERIFY(!relative.ok());
    QVERIFY(relative.error().startsWith(QLatin1String("Backup folder:")));
    QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("a-file")), "x"));
    QVERIFY(!settings.setBackupFolder(admin, dir.filePath(QStringLiteral("a-file"))).ok());
    QVERIFY(!settings.setBackupTime(admin, QTime()).ok());
    QVERIFY(settings.setBackupFolder(admin, dir.filePath(QStringLiteral("copies"))).ok());
    QVERIFY(settings.setBackupTime(admin, QTime(12, 30)).ok());
    QCOMPARE(settings.backupFolder(), dir.filePath(QStringLiteral("copies")));
    QCOMPARE(settings.backupTime(), QTime(12, 30));
    const Session clerk{0, QStringLiteral("clerk"), QStringLiteral("Carl"), Role::Clerk};
    QVERIFY(!settings.setBackupTime(clerk, QTime(13, 0)).ok());
    QCOMPARE(settings.backupTime(), QTime(12, 30));
    Query q(db, QStringLiteral("SELECT entity_id, new_value FROM audit_log WHERE action = 'setting_changed' ORDER BY id"));
    QVERIFY(q.exec().ok());
    QStringList changes;
    while (q.next())
        changes << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    QCOMPARE(changes, QStringList({QStringLiteral("backup.folder=") + dir.filePath(QStringLiteral("copies")),
                                   QStringLiteral("backup.time=12:30")}));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
