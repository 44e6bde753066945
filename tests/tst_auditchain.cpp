// The audit log is append-only in fact: the database refuses UPDATE, DELETE and INSERT OR
// REPLACE; what a tool that dropped the triggers first did is found by the hash chain; a
// dropped trigger is put back (and audited) when the database is opened.

#include "models/database/auditchain.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/sqldialect.h"
#include "models/repositories/auditlog.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Another program's connection to the same file: no triggers checked, no chain kept.
class Tool
{
public:
    explicit Tool(const QString &path)
    {
        static int counter = 0;
        m_name = QStringLiteral("tool-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    ~Tool()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        m_error = ok ? QString() : q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("estate.sqlite"));
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC)};

    // Five audited events, then closed.
    void fill()
    {
        Database db(clock);
        QVERIFY(db.openSqlite(path).ok());
        AuditLog audit(db);
        for (int i = 1; i <= 5; ++i) {
            clock.advance(60);
            QVERIFY(audit.record(Session::commandLine(), QStringLiteral("setting_changed"), QStringLiteral("settings"),
                                 QStringLiteral("estate.name"), QStringLiteral("old %1").arg(i),
                                 QStringLiteral("new %1").arg(i))
                        .ok());
        }
    }

    AuditChain::Report verify()
    {
        Database db(clock);
        if (!db.openSqlite(path))
            return {};
        const auto report = AuditChain::verify(db);
        return report ? report.value() : AuditChain::Report{};
    }
};

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void wholeChainVerifies();
    void tamperingIsRefused_data();
    void tamperingIsRefused();
    void tamperingPastTheTriggersIsFound_data();
    void tamperingPastTheTriggersIsFound();
    void droppedTriggerIsRestoredOnOpen();
    void alteredTriggerIsRestoredOnOpen();
    void otherAppendOnlyTablesRefuseReplace();
    void rowsFromBeforeTheChainAreSealed();
};

void TestAuditChain::wholeChainVerifies()
{
    Fixture f;
    f.fill();
    const AuditChain::Report report = f.verify();
    QCOMPARE(report.rows, qint64(5));
    QCOMPARE(report.firstBrokenRow, qint64(0));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    Tool tool(f.path);
    QCOMPARE(tool.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE length(hash) = 64")).toInt(), 5);
    // Each row's hash differs from the one before (it is chained, not a constant).
    QCOMPARE(tool.scalar(QStringLiteral("SELECT COUNT(DISTINCT hash) FROM audit_log")).toInt(), 5);
}

void TestAuditChain::tamperingIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("INSERT OR REPLACE row 1")
        << QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, username, action, entity, hash) "
                          "VALUES (1, 0, 'nobody', 'nothing', 'none', NULL)");
    QTest::newRow("REPLACE INTO row 2") << QStringLiteral("REPLACE INTO audit_log (id, at, username, action, entity) "
                                                          "VALUES (2, 0, 'nobody', 'nothing', 'none')");
    QTest::newRow("UPDATE") << QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 3");
    QTest::newRow("DELETE") << QStringLiteral("DELETE FROM audit_log WHERE id = 4");
    QTest::newRow("upsert") << QStringLiteral("INSERT INTO audit_log (id, at, username, action, entity) "
                                              "VALUES (5, 0, 'x', 'y', 'z') ON CONFLICT (id) DO UPDATE SET detail = 'z'");
}

void TestAuditChain::tamperingIsRefused()
{
    QFETCH(QString, sql);
    Fixture f;
    f.fill();
    {
        Tool tool(f.path);
        const QString before = tool.scalar(QStringLiteral("SELECT group_concat(id || action || COALESCE(new_value, '') "
                                                          "|| hash, '|') FROM audit_log"))
                                   .toString();
        QVERIFY(!tool.exec(sql));
        QVERIFY2(tool.error().contains(QLatin1String("append-only")), qPrintable(tool.error()));
        QCOMPARE(tool.scalar(QStringLiteral("SELECT group_concat(id || action || COALESCE(new_value, '') || hash, '|') "
                                            "FROM audit_log"))
                     .toString(),
                 before);
    }
    QCOMPARE(f.verify().firstBrokenRow, qint64(0));
}

void TestAuditChain::tamperingPastTheTriggersIsFound_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenAt");
    QTest::newRow("row 3 rewritten") << QStringLiteral("audit_log_no_update")
                                     << QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 3")
                                     << qint64(3);
    QTest::newRow("row 2 removed") << QStringLiteral("audit_log_no_delete")
                                   << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3);
    QTest::newRow("row 1 replaced") << QStringLiteral("audit_log_no_replace")
                                    << QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, username, action, "
                                                      "entity, hash) SELECT 1, at, username, 'login', entity, hash "
                                                      "FROM audit_log WHERE id = 1")
                                    << qint64(1);
    QTest::newRow("row slipped in without a hash")
        << QStringLiteral("audit_log_no_update")
        << QStringLiteral("INSERT INTO audit_log (at, username, action, entity) VALUES (0, 'x', 'login', 'user')")
        << qint64(6);
    QTest::newRow("hash rewritten with the row")
        << QStringLiteral("audit_log_no_update")
        << QStringLiteral("UPDATE audit_log SET new_value = 'forged', hash = (SELECT hash FROM audit_log WHERE id = 2) "
                          "WHERE id = 5")
        << qint64(5);
}

void TestAuditChain::tamperingPastTheTriggersIsFound()
{
    QFETCH(QString, drop);
    QFETCH(QString, sql);
    QFETCH(qint64, brokenAt);
    Fixture f;
    f.fill();
    {
        Tool tool(f.path);
        QVERIFY(tool.exec(QStringLiteral("DROP TRIGGER ") + drop));
        QVERIFY2(tool.exec(sql), qPrintable(tool.error()));
    }
    const AuditChain::Report report = f.verify();
    QCOMPARE(report.firstBrokenRow, brokenAt);
    QVERIFY(!report.problems.isEmpty());
    QVERIFY2(report.problems.first().contains(QStringLiteral("row %1 ").arg(brokenAt)),
             qPrintable(report.problems.first()));
    // Only the row that does not follow is named, not every row after it.
    QCOMPARE(report.problems.size(), 1);
}

void TestAuditChain::droppedTriggerIsRestoredOnOpen()
{
    Fixture f;
    f.fill();
    {
        Tool tool(f.path);
        QVERIFY(tool.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(tool.exec(QStringLiteral("DROP TRIGGER work_log_no_update")));
    }
    {
        Database db(f.clock);
        QVERIFY(db.openSqlite(f.path).ok());
        QCOMPARE(db.restoredTriggers(), QStringList({QStringLiteral("audit_log_no_delete"),
                                                     QStringLiteral("work_log_no_update")}));
        QVERIFY(db.damagedAppendOnlyTriggers()->isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        Query restored(db, QStringLiteral("SELECT entity, entity_id FROM audit_log "
                                          "WHERE action = 'append_only_trigger_restored' ORDER BY id"));
        QVERIFY(restored.exec().ok());
        QStringList rows;
        while (restored.next())
            rows << restored.value(0).toString() + QLatin1Char('.') + restored.value(1).toString();
        QCOMPARE(rows, QStringList({QStringLiteral("audit_log.audit_log_no_delete"),
                                    QStringLiteral("work_log.work_log_no_update")}));
        restored.finish();
        QCOMPARE(AuditChain::verify(db)->firstBrokenRow, qint64(0)); // the restore notes are chained too
    }
    Database again(f.clock);
    QVERIFY(again.openSqlite(f.path).ok());
    QVERIFY(again.restoredTriggers().isEmpty());
}

void TestAuditChain::alteredTriggerIsRestoredOnOpen()
{
    Fixture f;
    f.fill();
    {
        Tool tool(f.path);
        QVERIFY(tool.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        // Same name, does nothing.
        QVERIFY(tool.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                         "BEGIN SELECT 1; END")));
    }
    Database db(f.clock);
    QVERIFY(db.openSqlite(f.path).ok());
    QCOMPARE(db.restoredTriggers(), QStringList{QStringLiteral("audit_log_no_update")});
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
}

void TestAuditChain::otherAppendOnlyTablesRefuseReplace()
{
    Fixture f;
    f.fill();
    Database db(f.clock);
    QVERIFY(db.openSqlite(f.path).ok());
    const QStringList tables = Database::appendOnlyTables(db.schemaVersion());
    QVERIFY(tables.contains(QStringLiteral("audit_log")));
    QVERIFY(tables.contains(QStringLiteral("request_events")));
    QVERIFY(tables.contains(QStringLiteral("work_log")));
    for (const QString &table : tables) {
        Query count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t "
                                       "AND name = :n"));
        count.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":n"), table + QStringLiteral("_no_replace"));
        QCOMPARE(count.scalar().value(), qint64(1));
    }
}

// A database from before the chain (schema 8) with audit rows: the migration keeps them,
// the first chained row seals them, and a change to one of them is found from then on.
void TestAuditChain::rowsFromBeforeTheChainAreSealed()
{
    Fixture f;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        raw.setDatabaseName(f.path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        const auto dialect = SqlDialect::create(SqlDialect::Kind::Sqlite);
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            if (name.left(4).toInt() > 8)
                continue;
            QFile file(QStringLiteral(":/migrations/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString &statement : dialect->expandScript(QString::fromUtf8(file.readAll())))
                QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_meta SET value = '8' WHERE key = 'schema_version'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, username, action, entity) VALUES (1, 'a', 'login', 'user')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, username, action, entity) VALUES (2, 'b', 'login', 'user')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    {
        Database db(f.clock);
        QVERIFY(db.openSqlite(f.path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.restoredTriggers().isEmpty()); // the migration added the new ones itself
        QCOMPARE(AuditChain::verify(db)->firstBrokenRow, qint64(0));
        QVERIFY(AuditLog(db).record(Session::commandLine(), QStringLiteral("login"), QStringLiteral("user")).ok());
        const auto report = AuditChain::verify(db);
        QCOMPARE(report->rows, qint64(3));
        QCOMPARE(report->firstBrokenRow, qint64(0));
    }
    {
        Tool tool(f.path);
        QCOMPARE(tool.scalar(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'audit_chain_from'")).toString(),
                 QStringLiteral("3"));
        QVERIFY(tool.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(tool.exec(QStringLiteral("UPDATE audit_log SET username = 'c' WHERE id = 1")));
    }
    QCOMPARE(f.verify().firstBrokenRow, qint64(3));
    {
        Tool tool(f.path); // moving the start of the chain does not hide it
        QVERIFY(tool.exec(QStringLiteral("UPDATE schema_meta SET value = '9' WHERE key = 'audit_chain_from'")));
    }
    QCOMPARE(f.verify().firstBrokenRow, qint64(3));
    {
        Tool tool(f.path);
        QVERIFY(tool.exec(QStringLiteral("DELETE FROM schema_meta WHERE key = 'audit_chain_from'")));
    }
    QVERIFY(f.verify().firstBrokenRow > 0);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
