#pragma once

#include "models/database/clock.h"
#include "models/database/estatezone.h"
#include "models/database/sqldialect.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

// Owns one named connection to an EstateDesk database. There is no default
// connection and no global instance: whoever needs the database is given it.
class StatementCache;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The clock must outlive the database.
    explicit Database(const Clock &clock);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database a seat is set up with: a postgresql://USER@HOST:PORT/DB address
    // (an office server; never a file) or the path of an SQLite file on this PC.
    // A password is used for a server whose address carries none; without one libpq looks in
    // its usual places (PGPASSWORD, the pgpass file).
    Status open(const QString &location, const QString &password = {});
    // Whether a location names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString &location);
    // Opens (creating if missing) an SQLite file and brings its schema up to date.
    // A file that is not an EstateDesk database, or one written by a newer
    // program, is refused without a single byte of it being changed.
    Status openSqlite(const QString &path);
    // Opens a PostgreSQL database from a postgresql://user:pass@host:port/name URL.
    Status openPostgres(const QString &url, const QString &password = {});
    // What is at a location, changing nothing (a connection test): an EstateDesk database, an
    // empty one that opening it will set up, or a failure that says why not.
    static Result<QString> probe(const QString &location, const QString &password = {});
    // Whether a server refused a connection for want of the right password.
    static bool isPasswordRefusal(const QString &reason);

    // The connection to the server was lost: a statement failed because of it. Until
    // reconnect() succeeds every statement fails (nothing is half-saved).
    bool connectionLost() const { return m_connectionLost; }
    // Connects again with the same address and password.
    Status reconnect();
    // Told when the connection is lost (true) and when it is back (false). An empty handler
    // stops telling owner.
    void watchConnection(const void *owner, std::function<void(bool lost)> handler);
    // Called by Query and Transaction with the error of a statement that failed.
    void noteFailure(const QSqlError &error) const;
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    // The statements prepared on the open connection (null when none is open).
    StatementCache *statementCache() const { return m_statements.get(); }
    const SqlDialect &dialect() const { return *m_dialect; }
    const Clock &clock() const { return m_clock; }
    // The estate's time zone, read once (SettingsRepository::timeZone() fills and forgets it).
    EstateZone &estateZone() const { return m_estateZone; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    static int latestSchemaVersion();
    // The tables that the migrations up to this version made append-only.
    static QStringList appendOnlyTables(int version);
    struct TriggerRef
    {
        QString table;
        QString name;
    };
    // The append-only triggers that are missing, disabled or no longer refuse.
    Result<QList<TriggerRef>> damagedAppendOnlyTriggers() const;
    // What the last open found missing and restored (trigger names); each one is audited.
    QStringList restoredTriggers() const { return m_restoredTriggers; }
    static QString applicationId() { return QStringLiteral("estatedesk"); }

    // Transactions nest: only the outermost one talks to the database. On SQLite the
    // outermost one takes the write lock at once (BEGIN IMMEDIATE), waiting for another
    // writer up to the busy timeout.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    // Why the last beginTransaction() failed (empty if it did not).
    QString transactionError() const { return m_transactionError; }
    // True inside a transaction whose start failed: no statement may run until it ends.
    bool statementsRefused() const { return m_beginFailed; }

    // How long a statement waits for another connection's write lock before it gives up. A
    // transaction waits to start thirty times as long (see beginTransaction).
    static constexpr int busyTimeoutMs = 10000;

    // Told (once per refusal) when a permission check finds that the signed-in account was
    // disabled or given another role since it signed in, with the message for the user.
    // An empty handler stops telling owner.
    void watchAccountChanges(const void *owner, std::function<void(const QString &message)> handler);
    void reportAccountChanged(const QString &message) const;

private:
    Status inspectSqliteReadOnly(const QString &path) const;
    Status openConnection();
    Status migrate();
    Status restoreAppendOnlyTriggers();

    const Clock &m_clock;
    mutable EstateZone m_estateZone;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_location;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_beginFailed = false;
    QString m_transactionError;
    std::map<const void *, std::function<void(const QString &)>> m_accountWatchers;
    std::map<const void *, std::function<void(bool)>> m_connectionWatchers;
    mutable bool m_connectionLost = false;
    QStringList m_restoredTriggers;
    std::unique_ptr<StatementCache> m_statements;
};
