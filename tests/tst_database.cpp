// The SQLite data layer: migrations, refusing files that are not ours, transactions,
// the dialect's script expansion and the append-only audit log.

#include "testsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/sqldialect.h"
#include "models/database/statementcache.h"
#include "models/database/transaction.h"
#include "models/repositories/auditlog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// Runs statements on a private raw connection, outside of Database (the way another
// program, or an older/newer EstateDesk, would have written the file).
bool runRaw(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    ok = false;
                    if (error)
                        *error = q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("rawscalar-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

qint64 countRows(const Database &db, const QString &sql)
{
    Query q(db, sql);
    const auto n = q.scalar();
    return n.ok() ? n.value() : -1;
}

// Everything in the folder beside the database, with sizes: a refused open must not
// leave a journal with content behind.
QStringList leftovers(const QString &path)
{
    const QFileInfo info(path);
    QStringList found;
    const QFileInfoList entries = info.dir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() != info.fileName() && entry.fileName().startsWith(info.fileName()))
            found << QStringLiteral("%1 (%2 bytes)").arg(entry.fileName()).arg(entry.size());
    }
    return found;
}

bool journalsAreEmpty(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return (!wal.exists() || wal.size() == 0) && (!journal.exists() || journal.size() == 0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsMigrated();
    void reopenIsIdempotent();
    void missingFolderIsCreated();
    void refusesFilesThatAreNotOurs_data();
    void refusesFilesThatAreNotOurs();
    void refusesNewerSchema();
    void refusesFolder();
    void serverAddressIsNeverAFile();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactions();
    void transactionTakesTheWriteLockAtOnce();
    void transactionThatCannotStartWritesNothing();
    void expandScriptSqlite();
    void expandScriptPostgres();
    void auditLogIsAppendOnly();
    void statementsArePreparedOnce();

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    QString newPath(const QString &suffix = QStringLiteral(".sqlite"))
    {
        return m_dir.filePath(QStringLiteral("db%1%2").arg(++m_fileCounter).arg(suffix));
    }
};

void TestDatabase::newFileIsMigrated()
{
    QVERIFY(m_dir.isValid());
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    const QString path = newPath();
    const Status opened = db.openSqlite(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(db.isOpen());
    QVERIFY(QFileInfo::exists(path));

    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    // The version is written into the file, not only kept in memory.
    Query version(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'"));
    QVERIFY(version.exec().ok());
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), Database::latestSchemaVersion());

    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL

    // The tables of the foundation are there and foreign keys are really enforced.
    const QStringList tables = db.connection().tables();
    for (const char *table : {"schema_meta", "settings", "users", "audit_log", "holiday_years", "holiday_days"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QSqlQuery orphan(db.connection());
    QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO holiday_days (day, year, name, is_off_day) "
                                        "VALUES ('2030-01-01', 2030, 'x', 1)")));

#ifdef Q_OS_UNIX
    // Personal data: only the owner may read the new file.
    const QFile::Permissions perms = QFileInfo(path).permissions();
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
#endif
}

// The schema's own objects: not SQLite's statistics, which PRAGMA optimize makes at a close.
const QString kSchemaObjects = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'");

void TestDatabase::reopenIsIdempotent()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = newPath();
    qint64 objects = 0;
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        Query insert(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        insert.bind(QStringLiteral(":k"), QStringLiteral("probe")).bind(QStringLiteral(":v"), QStringLiteral("kept"));
        QVERIFY(insert.exec().ok());
        objects = countRows(db, kSchemaObjects);
        QVERIFY(objects > 0);
    }
    for (int round = 0; round < 2; ++round) {
        Database db(clock);
        const Status opened = db.openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(countRows(db, kSchemaObjects), objects);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM schema_meta WHERE key = 'schema_version'")), 1);
        Query read(db, QStringLiteral("SELECT value FROM settings WHERE key = 'probe'"));
        QVERIFY(read.exec().ok());
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("kept"));
    }
}

void TestDatabase::missingFolderIsCreated()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    const QString path = m_dir.filePath(QStringLiteral("物业/数据/estate.sqlite"));
    const Status opened = db.openSqlite(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesFilesThatAreNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("short binary file") << QStringLiteral("short");
    QTest::newRow("sqlite of another program") << QStringLiteral("foreign");
    QTest::newRow("sqlite of another program, WAL") << QStringLiteral("foreign-wal");
    QTest::newRow("sqlite with a schema_meta of another program") << QStringLiteral("foreign-meta");
}

void TestDatabase::refusesFilesThatAreNotOurs()
{
    QFETCH(QString, kind);
    const QString path = newPath(kind == QLatin1String("text") ? QStringLiteral("-账本.txt") : QStringLiteral(".db"));
    if (kind == QLatin1String("text")) {
        QVERIFY(TestSupport::writeFile(path, QByteArrayLiteral("楼栋,房号,姓名\n3,1201,张三\n")));
    } else if (kind == QLatin1String("short")) {
        QVERIFY(TestSupport::writeFile(path, QByteArrayLiteral("SQLite")));
    } else {
        QStringList statements;
        if (kind == QLatin1String("foreign-wal"))
            statements << QStringLiteral("PRAGMA journal_mode=WAL");
        if (kind == QLatin1String("foreign-meta"))
            statements << QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT)")
                       << QStringLiteral("INSERT INTO schema_meta VALUES ('application', 'recipes')")
                       << QStringLiteral("INSERT INTO schema_meta VALUES ('schema_version', '1')");
        statements << QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
                   << QStringLiteral("INSERT INTO recipes (title) VALUES ('红烧肉')");
        QString error;
        QVERIFY2(runRaw(path, statements, &error), qPrintable(error));
    }
    const QByteArray before = TestSupport::sha256(path);
    QVERIFY(!before.isEmpty());

    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    {
        Database db(clock);
        const Status opened = db.openSqlite(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QFileInfo(path).fileName()), qPrintable(opened.error()));
        QVERIFY(!db.isOpen());
    }
    QCOMPARE(TestSupport::sha256(path), before);
    QVERIFY2(journalsAreEmpty(path), qPrintable(leftovers(path).join(QLatin1String(", "))));
    if (kind.startsWith(QLatin1String("foreign"))) {
        // The other program's data is still there and no EstateDesk table was added.
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT title FROM recipes")).toString(), QStringLiteral("红烧肉"));
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_log'")).toInt(),
                 0);
    }
}

void TestDatabase::refusesNewerSchema()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = newPath();
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
    }
    const int newer = Database::latestSchemaVersion() + 1;
    // One version past this program's (the file was just created at the latest version).
    QVERIFY(runRaw(path, {QStringLiteral("UPDATE schema_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                                         "WHERE key = 'schema_version'"),
                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    QVERIFY(journalsAreEmpty(path));
    const QByteArray before = TestSupport::sha256(path);
    QVERIFY(!before.isEmpty());

    {
        Database db(clock);
        const Status opened = db.openSqlite(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("newer")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QFileInfo(path).fileName()), qPrintable(opened.error()));
        QVERIFY(!db.isOpen());
    }
    QCOMPARE(TestSupport::sha256(path), before);
    QVERIFY2(journalsAreEmpty(path), qPrintable(leftovers(path).join(QLatin1String(", "))));
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'")).toInt(),
             newer);
}

void TestDatabase::refusesFolder()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    const Status opened = db.openSqlite(folder);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("a-folder.sqlite")), qPrintable(opened.error()));
    QVERIFY(QDir(folder).isEmpty());
    QVERIFY(!db.openSqlite(QString()).ok());
}

// A postgresql:// address opens a server (here one that is not there) and never a file of
// that name, whichever way the database is opened.
void TestDatabase::serverAddressIsNeverAFile()
{
    QVERIFY(Database::isServerLocation(QStringLiteral("postgresql://office@127.0.0.1:1/estate")));
    QVERIFY(Database::isServerLocation(QStringLiteral("Postgres://office@server/estate")));
    QVERIFY(!Database::isServerLocation(QStringLiteral("C:/EstateDesk/estatedesk.sqlite")));
    QVERIFY(!Database::isServerLocation(QStringLiteral("postgresql.sqlite")));
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    Database db(clock);
    const QString url = QStringLiteral("postgresql://office@127.0.0.1:1/estate");
    const Status opened = db.open(url);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("127.0.0.1")), qPrintable(opened.error()));
    const Status asFile = db.openSqlite(url);
    QVERIFY(!asFile.ok());
    QVERIFY2(asFile.error().contains(QLatin1String("server")), qPrintable(asFile.error()));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    QVERIFY(QDir::setCurrent(before));

    // A path opens a file, as before.
    const QString path = newPath();
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.dialect().kind(), SqlDialect::Kind::Sqlite);
    QVERIFY(QFileInfo(path).isFile());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(newPath()).ok());
    auto insert = [&](const QString &key) {
        Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
        q.bind(QStringLiteral(":k"), key);
        return q.exec().ok();
    };
    auto exists = [&](const QString &key) {
        Query q(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = :k"));
        q.bind(QStringLiteral(":k"), key);
        const auto n = q.scalar();
        return n.ok() && n.value() == 1;
    };

    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(insert(QStringLiteral("forgotten")));
        QVERIFY(exists(QStringLiteral("forgotten"))); // visible inside the transaction
    }
    QVERIFY(!exists(QStringLiteral("forgotten")));

    {
        Transaction tx(db);
        QVERIFY(insert(QStringLiteral("kept")));
        const Status committed = tx.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
    }
    QVERIFY(exists(QStringLiteral("kept")));

    // A failed statement inside the scope: nothing of the scope survives.
    {
        Transaction tx(db);
        QVERIFY(insert(QStringLiteral("half")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
        QVERIFY(!insert(QStringLiteral("kept"))); // primary key violation
    }
    QVERIFY(!exists(QStringLiteral("half")));
    QVERIFY(exists(QStringLiteral("kept")));
}

void TestDatabase::transactionTakesTheWriteLockAtOnce()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = newPath();
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    // Every statement waits this long for another writer.
    QSqlQuery timeout(db.connection());
    QVERIFY(timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next());
    QCOMPARE(timeout.value(0).toInt(), Database::busyTimeoutMs);
    QCOMPARE(db.dialect().beginTransaction(), QStringLiteral("BEGIN IMMEDIATE"));
    QCOMPARE(SqlDialect::create(SqlDialect::Kind::Postgres)->beginTransaction(), QStringLiteral("BEGIN"));

    // Another connection that does not wait at all.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("impatient"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=0")));
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            // Nothing written yet, and the lock is already taken: the other writer is turned
            // away now rather than this transaction later, half-way through.
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', 'v')")));
            QVERIFY2(q.lastError().text().contains(QLatin1String("locked")), qPrintable(q.lastError().text()));
            // Readers are not held up.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
            q.finish();
            Query mine(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', 'v')"));
            QVERIFY(mine.exec().ok());
            const Status committed = tx.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.error()));
        }
        // Committed through the driver after our own BEGIN: the lock is gone and the row is there.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', 'v')")),
                 qPrintable(q.lastError().text()));
        {
            Transaction tx(db);
            Query rolled(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('rolled back', 'v')"));
            QVERIFY(rolled.exec().ok());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM settings WHERE key IN ('mine', 'other', 'rolled back') "
                                      "ORDER BY key")));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("mine"), QStringLiteral("other")}));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("impatient"));
}

void TestDatabase::transactionThatCannotStartWritesNothing()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = newPath();
    Database db(clock);
    QVERIFY(db.openSqlite(path).ok());
    QSqlQuery shorter(db.connection());
    QVERIFY(shorter.exec(QStringLiteral("PRAGMA busy_timeout=50"))); // not ten seconds in a test

    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot start a transaction")));
            Transaction tx(db);
            QVERIFY(!tx.isActive());
            // Without its transaction, the unit of work must not trickle in statement by statement.
            Query insert(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('piecemeal', 'v')"));
            const Status inserted = insert.exec();
            QVERIFY(!inserted.ok());
            QVERIFY2(inserted.error().contains(QLatin1String("busy")), qPrintable(inserted.error()));
            const Status committed = tx.commit();
            QVERIFY(!committed.ok());
            QVERIFY2(committed.error().contains(QLatin1String("locked")), qPrintable(committed.error()));
        }
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));

    // Once the other writer is done, the next unit of work goes through as usual.
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        Query insert(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('later', 'v')"));
        QVERIFY(insert.exec().ok());
        QVERIFY(tx.commit().ok());
    }
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key IN ('piecemeal', 'later')"));
    QCOMPARE(count.scalar().value(), qint64(1));
}

void TestDatabase::nestedTransactions()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(newPath()).ok());
    auto insert = [&](const QString &key) {
        Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
        q.bind(QStringLiteral(":k"), key);
        return q.exec().ok();
    };
    auto count = [&]() { return countRows(db, QStringLiteral("SELECT COUNT(*) FROM settings")); };
    QCOMPARE(count(), 0);

    // Both committed: both rows saved.
    {
        Transaction outer(db);
        QVERIFY(insert(QStringLiteral("a")));
        {
            Transaction inner(db);
            QVERIFY(insert(QStringLiteral("b")));
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(count(), 2);

    // The inner scope gives up: the outer commit must fail and save nothing.
    {
        Transaction outer(db);
        QVERIFY(insert(QStringLiteral("c")));
        {
            Transaction inner(db);
            QVERIFY(insert(QStringLiteral("d")));
        }
        QVERIFY(insert(QStringLiteral("e")));
        const Status committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.error().isEmpty());
    }
    QCOMPARE(count(), 2);

    // A rolled-back inner scope followed by a committed sibling is still doomed.
    {
        Transaction outer(db);
        {
            Transaction first(db);
            QVERIFY(insert(QStringLiteral("f")));
        }
        {
            Transaction second(db);
            QVERIFY(insert(QStringLiteral("g")));
            QVERIFY(!second.commit().ok());
        }
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(count(), 2);

    // The doom ends with the transaction: the next one works normally.
    {
        Transaction tx(db);
        QVERIFY(insert(QStringLiteral("h")));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(count(), 3);
}

namespace {
const char kScript[] = "-- A table for the test.\n"
                       "CREATE TABLE things (\n"
                       "    id   {{ID}},\n"
                       "    name TEXT NOT NULL -- the name\n"
                       ");\n"
                       "\n"
                       "   --   @append_only   things   \n"
                       "CREATE INDEX things_name ON things (name);\n"
                       "-- @append_only_not_a_token things\n"
                       "INSERT INTO things (name) VALUES ('first');\n"
                       "INSERT INTO things (name) VALUES ('second')\n";
} // namespace

void TestDatabase::expandScriptSqlite()
{
    const auto dialect = SqlDialect::create(SqlDialect::Kind::Sqlite);
    const QStringList statements = dialect->expandScript(QString::fromUtf8(kScript));
    for (const QString &statement : statements) {
        QVERIFY2(!statement.contains(QLatin1String("{{")), qPrintable(statement));
        QVERIFY2(!statement.trimmed().endsWith(QLatin1Char(';')), qPrintable(statement));
        QVERIFY2(!statement.contains(QLatin1String("A table for the test")), qPrintable(statement));
    }
    QVERIFY(statements.first().startsWith(QLatin1String("CREATE TABLE things")));
    QVERIFY(statements.first().contains(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")));
    QVERIFY(statements.last().contains(QLatin1String("'second'"))); // no semicolon at the end of the file

    // Run it: the table numbers its rows and refuses changes once they are written.
    const QString name = QStringLiteral("expand-sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement + QLatin1String(" -- ") + q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM things ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("first"));
        const qint64 firstId = q.value(0).toLongLong();
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("second"));
        QVERIFY(q.value(0).toLongLong() > firstId);
        QVERIFY(!q.exec(QStringLiteral("UPDATE things SET name = 'changed'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM things")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM things WHERE name IN ('first', 'second')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::expandScriptPostgres()
{
    const auto dialect = SqlDialect::create(SqlDialect::Kind::Postgres);
    QCOMPARE(dialect->driverName(), QStringLiteral("QPSQL"));
    const QStringList statements = dialect->expandScript(QString::fromUtf8(kScript));
    QVERIFY(!statements.isEmpty());
    for (const QString &statement : statements) {
        QVERIFY2(!statement.contains(QLatin1String("{{")), qPrintable(statement));
        QVERIFY2(!statement.contains(QLatin1String("AUTOINCREMENT")), qPrintable(statement));
    }
    QVERIFY(statements.first().startsWith(QLatin1String("CREATE TABLE things")));
    QVERIFY(statements.first().contains(QLatin1String("GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")));

    // The append-only token becomes a trigger on the named table, placed where the token stood:
    // after the table exists and before the rows are inserted.
    auto indexOf = [&](const std::function<bool(const QString &)> &match) {
        for (int i = 0; i < statements.size(); ++i) {
            if (match(statements.at(i)))
                return i;
        }
        return -1;
    };
    const int trigger = indexOf([](const QString &s) {
        return s.contains(QLatin1String("CREATE TRIGGER")) && s.contains(QLatin1String("BEFORE UPDATE OR DELETE ON things"));
    });
    const int function = indexOf([](const QString &s) {
        return s.contains(QLatin1String("CREATE OR REPLACE FUNCTION")) && s.contains(QLatin1String("RAISE EXCEPTION"));
    });
    const int index = indexOf([](const QString &s) { return s.startsWith(QLatin1String("CREATE INDEX things_name")); });
    const int firstInsert = indexOf([](const QString &s) { return s.contains(QLatin1String("'first'")); });
    QVERIFY(function > 0);
    QVERIFY(trigger > function);
    QVERIFY(index > trigger);
    QVERIFY(firstInsert > index);
    // The look-alike comment is only a comment.
    QCOMPARE(indexOf([](const QString &s) { return s.contains(QLatin1String("append_only_not_a_token")); }), -1);
    QVERIFY(statements.last().contains(QLatin1String("'second'")));
    // The SQLite dialect expands the same script into as many table/index/insert statements.
    const QStringList sqlite = SqlDialect::create(SqlDialect::Kind::Sqlite)->expandScript(QString::fromUtf8(kScript));
    auto plain = [](const QStringList &list) {
        int n = 0;
        for (const QString &s : list)
            n += s.contains(QLatin1String("TRIGGER")) || s.contains(QLatin1String("FUNCTION")) ? 0 : 1;
        return n;
    };
    QCOMPARE(plain(statements), plain(sqlite));
}

void TestDatabase::auditLogIsAppendOnly()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(newPath()).ok());
    AuditLog audit(db);
    QVERIFY(audit.record(Session::commandLine(), QStringLiteral("setting_changed"), QStringLiteral("settings"),
                         QStringLiteral("estate.name"), QString(), QStringLiteral("阳光花园"))
                .ok());
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);

    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    // Also inside a transaction that would otherwise commit.
    {
        Transaction tx(db);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE action = 'setting_changed'")));
        QVERIFY(tx.commit().ok());
    }
    q.finish();
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    Query check(db, QStringLiteral("SELECT new_value FROM audit_log"));
    QVERIFY(check.exec().ok());
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("阳光花园"));
    // Appending still works.
    QVERIFY(audit.record(Session::commandLine(), QStringLiteral("login"), QStringLiteral("user")).ok());
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 2);
}

// A statement is prepared once and lent to the next Query with the same SQL: given back
// finished and with nothing bound, lent to one Query at a time, and dropped when the
// connection closes.
void TestDatabase::statementsArePreparedOnce()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database db(clock);
    QVERIFY(db.openSqlite(newPath()).ok());
    QVERIFY(db.statementCache());
    const QString sql = QStringLiteral("SELECT :v, COUNT(*) FROM settings");
    const QSqlQuery *first = nullptr;
    {
        Query q(db, sql);
        q.bind(QStringLiteral(":v"), QStringLiteral("bound"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("bound"));
        first = &q.raw();
        // The same SQL while the first is still reading: a statement of its own.
        Query nested(db, sql);
        QVERIFY(&nested.raw() != first);
        nested.bind(QStringLiteral(":v"), QStringLiteral("nested"));
        QVERIFY(nested.exec() && nested.next());
        QCOMPARE(nested.value(0).toString(), QStringLiteral("nested"));
        QVERIFY(q.raw().isActive()); // the first one's rows are still there
    }
    {
        Query again(db, sql);
        QCOMPARE(&again.raw(), first); // the prepared statement again
        QVERIFY(!again.raw().isActive());
        QVERIFY(again.exec() && again.next());
        QVERIFY(again.value(0).isNull()); // nothing left bound from the last use
    }
    // A write between two uses of a cached read sees the new row.
    Query(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('cache', 'x')")).exec();
    {
        Query count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'cache'"));
        QCOMPARE(count.scalar().value(), 1);
    }
    QVERIFY(Query(db, QStringLiteral("DELETE FROM settings WHERE key = 'cache'")).exec());
    {
        Query count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'cache'"));
        QCOMPARE(count.scalar().value(), 0);
    }
    QVERIFY(db.statementCache()->size() >= 2);
    db.close();
    QVERIFY(!db.statementCache());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

