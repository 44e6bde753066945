#include "models/database/database.h"

#include "models/database/auditchain.h"
#include "models/database/query.h"
#include "models/database/schemameta.h"
#include "models/database/statementcache.h"
#include "models/database/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <map>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("estatedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Numbered migration scripts shipped as resources: :/migrations/0001_name.sql.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    std::map<int, QString> files;
    const QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files[match.captured(1).toInt()] = QStringLiteral(":/migrations/") + name;
    }
    return files;
}

const QString kSchemaTable = QStringLiteral("schema_meta");

// SQLite's "another connection holds the lock" (SQLITE_BUSY and its extended codes).
constexpr int kSqliteBusy = 5;
// How many busy timeouts a unit of work waits to start: five minutes in all, longer than a
// roster import of ten thousand rows holds the lock on a busy office PC.
constexpr int kTransactionStartAttempts = 30;

} // namespace

Database::Database(const Clock &clock)
    : m_clock(clock), m_dialect(SqlDialect::create(SqlDialect::Kind::Sqlite)),
      m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    m_statements.reset(); // the statements go before their connection
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && m_transactionDepth == 0 && m_dialect) {
            QSqlQuery q(db);
            for (const QString &statement : m_dialect->closingStatements())
                q.exec(statement); // best effort: a read-only or busy file closes all the same
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
    m_beginFailed = false;
    m_schemaVersion = 0;
    m_restoredTriggers.clear();
    m_estateZone.forget();
    m_connectionLost = false;
}

Status Database::inspectSqliteReadOnly(const QString &path) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read the database file %1: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Failure{tr("%1 is not an EstateDesk database (it is not an SQLite file).").arg(path)};

    // Look inside without writing: a read-only connection of its own.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status verdict;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(m_dialect->driverName(), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!probe.open()) {
            verdict = Failure{tr("Cannot open the database file %1: %2").arg(path, probe.lastError().text())};
        } else {
            const QStringList tables = probe.tables();
            if (!tables.isEmpty()) {
                if (!tables.contains(kSchemaTable)) {
                    verdict = Failure{tr("%1 is not an EstateDesk database.").arg(path)};
                } else {
                    const SchemaMeta meta = SchemaMeta::read(probe);
                    const QString application = meta.application;
                    const int version = meta.version;
                    if (application != applicationId() || version < 0)
                        verdict = Failure{tr("%1 is not an EstateDesk database.").arg(path)};
                    else if (version > latestSchemaVersion())
                        verdict = Failure{tr("%1 was written by a newer EstateDesk (schema version %2; this "
                                             "program knows up to %3). Install the newer program to open it.")
                                              .arg(path)
                                              .arg(version)
                                              .arg(latestSchemaVersion())};
                }
            }
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    return verdict;
}

bool Database::isServerLocation(const QString &location)
{
    const QString scheme = location.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    return location.contains(QLatin1Char(':'))
           && (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"));
}

Status Database::open(const QString &location, const QString &password)
{
    return isServerLocation(location) ? openPostgres(location.trimmed(), password) : openSqlite(location);
}

bool Database::isPasswordRefusal(const QString &reason)
{
    // libpq's words (they are not translated by the server for the client's locale).
    const QString text = reason.toLower();
    return text.contains(QLatin1String("password authentication failed"))
           || text.contains(QLatin1String("no password supplied"))
           || text.contains(QLatin1String("fe_sendauth"));
}

Result<QString> Database::probe(const QString &location, const QString &password)
{
    if (!isServerLocation(location)) {
        if (location.trimmed().isEmpty())
            return Failure{tr("No database file was given.")};
        const QFileInfo info(location);
        if (!info.exists())
            return tr("%1 does not exist yet: EstateDesk creates it when it opens it.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        if (!info.isFile())
            return Failure{tr("%1 is not a file.").arg(location)};
        const SystemClock clock;
        const Database probing(clock);
        if (Status inspected = probing.inspectSqliteReadOnly(location); !inspected)
            return Failure{inspected.error()};
        return tr("%1 is an EstateDesk database.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    const QUrl url(location.trimmed());
    if (!url.isValid() || url.host().isEmpty() || url.path().mid(1).isEmpty())
        return Failure{tr("Not a PostgreSQL address: %1").arg(location)};
    const QString shown = url.toString(QUrl::RemovePassword);
    const QString name = nextConnectionName() + QStringLiteral("-test");
    Result<QString> verdict = Failure{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password().isEmpty() ? password : url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            verdict = Failure{tr("Cannot connect to %1: %2").arg(shown, db.lastError().text().simplified())};
        } else {
            const QStringList tables = db.tables();
            if (tables.isEmpty()) {
                verdict = tr("Connected to %1. The database is empty: EstateDesk sets it up when it opens it.").arg(shown);
            } else {
                const SchemaMeta meta = SchemaMeta::read(db);
                if (!tables.contains(kSchemaTable) || meta.application != applicationId() || meta.version < 0)
                    verdict = Failure{tr("%1 is not an EstateDesk database.").arg(shown)};
                else if (meta.version > latestSchemaVersion())
                    verdict = Failure{tr("%1 was written by a newer EstateDesk (schema version %2; this program knows "
                                         "up to %3). Install the newer program to open it.")
                                          .arg(shown)
                                          .arg(meta.version)
                                          .arg(latestSchemaVersion())};
                else
                    verdict = tr("Connected to %1: an EstateDesk database (schema version %2).").arg(shown).arg(meta.version);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Status Database::openSqlite(const QString &path)
{
    close();
    m_dialect = SqlDialect::create(SqlDialect::Kind::Sqlite);
    if (path.isEmpty())
        return Failure{tr("No database file was given.")};
    if (isServerLocation(path)) // a server address is never taken for a file name
        return Failure{tr("%1 is the address of a database server, not a file.").arg(path)};
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Failure{tr("Cannot create the folder %1.").arg(info.absolutePath())};
    } else if (!info.isFile()) {
        return Failure{tr("%1 is not a file.").arg(path)};
    }
    if (Status inspected = inspectSqliteReadOnly(path); !inspected)
        return inspected;

    const bool created = !info.exists();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    m_location = QDir::toNativeSeparators(info.absoluteFilePath());
    if (Status opened = openConnection(); !opened)
        return opened;
    if (created) // personal data: owner only, where the file system allows
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status migrated = migrate(); !migrated)
        return migrated;
    return restoreAppendOnlyTriggers();
}

Status Database::openPostgres(const QString &urlText, const QString &password)
{
    close();
    m_dialect = SqlDialect::create(SqlDialect::Kind::Postgres);
    const QUrl url(urlText);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Failure{tr("Not a PostgreSQL address: %1").arg(urlText)};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password().isEmpty() ? password : url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    m_location = url.toString(QUrl::RemovePassword);
    if (Status opened = openConnection(); !opened)
        return opened;
    const QStringList tables = connection().tables();
    if (!tables.isEmpty() && !tables.contains(kSchemaTable)) {
        close();
        return Failure{tr("%1 is not an EstateDesk database.").arg(m_location)};
    }
    if (Status migrated = migrate(); !migrated)
        return migrated;
    return restoreAppendOnlyTriggers();
}

Status Database::openConnection()
{
    m_estateZone.forget();
    QSqlDatabase db = connection();
    if (!db.open()) {
        // One line: the server's reason comes with line breaks and tabs.
        const QString reason = db.lastError().text().simplified();
        db = QSqlDatabase(); // no handle left when the connection is removed
        close();
        return Failure{tr("Cannot open the database %1: %2").arg(m_location, reason)};
    }
    QSqlQuery q(db);
    const QStringList setup = m_dialect->connectionSetup();
    for (const QString &statement : setup) {
        if (!q.exec(statement)) {
            const QString reason = q.lastError().text();
            close();
            return Failure{tr("Cannot prepare the database %1: %2").arg(m_location, reason)};
        }
    }
    m_statements = std::make_unique<StatementCache>(db);
    return {};
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    int version = 0;
    if (db.tables().contains(kSchemaTable)) {
        Query q(*this, QStringLiteral("SELECT value FROM schema_meta WHERE key = :key"));
        q.bind(QStringLiteral(":key"), QStringLiteral("schema_version"));
        if (Status s = q.exec(); !s)
            return s;
        version = q.next() ? q.value(0).toInt() : 0;
    }
    if (version > latestSchemaVersion()) { // a server upgraded by a newer program
        close();
        return Failure{tr("The database was written by a newer EstateDesk (schema version %1).").arg(version)};
    }

    for (const auto &[number, fileName] : migrationFiles()) {
        if (number <= version)
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            close();
            return Failure{tr("Migration %1 is missing from the program.").arg(number)};
        }
        const QStringList statements = m_dialect->expandScript(QString::fromUtf8(file.readAll()));
        Transaction tx(*this);
        if (!tx.isActive()) {
            const Status refused = tx.commit();
            close();
            return Failure{tr("Upgrading the database to version %1 failed: %2").arg(number).arg(refused.error())};
        }
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString reason = q.lastError().text();
                qWarning("Migration %d failed: %s -- %s", number, qPrintable(statement), qPrintable(reason));
                rollbackTransaction();
                close();
                return Failure{tr("Upgrading the database to version %1 failed: %2").arg(number).arg(reason)};
            }
        }
        Query bump(*this, QStringLiteral("UPDATE schema_meta SET value = :version WHERE key = :key"));
        bump.bind(QStringLiteral(":version"), QString::number(number));
        bump.bind(QStringLiteral(":key"), QStringLiteral("schema_version"));
        Status status = bump.exec();
        if (status)
            status = tx.commit();
        if (!status) {
            close();
            return Failure{tr("Upgrading the database to version %1 failed: %2").arg(number).arg(status.error())};
        }
        version = number;
        // Statements prepared before the schema changed are not kept (the server's plans of
        // them are for the old tables).
        m_statements = std::make_unique<StatementCache>(db);
    }
    m_schemaVersion = version;
    return {};
}

QStringList Database::appendOnlyTables(int version)
{
    // The migrations name them with the dialect token; read them back from there, so that
    // the list is never kept twice.
    static const QRegularExpression token(QStringLiteral("^--\\s*@append_only\\s+(\\w+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    QStringList tables;
    for (const auto &[number, fileName] : migrationFiles()) {
        if (number > version)
            break;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        for (auto it = token.globalMatch(script); it.hasNext();) {
            const QString table = it.next().captured(1);
            if (!tables.contains(table))
                tables << table;
        }
    }
    return tables;
}

Result<QList<Database::TriggerRef>> Database::damagedAppendOnlyTriggers() const
{
    QList<TriggerRef> damaged;
    const QStringList tables = appendOnlyTables(m_schemaVersion);
    for (const QString &table : tables) {
        Query q(*this, m_dialect->triggerCatalogueQuery());
        q.bind(QStringLiteral(":table"), table);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        QHash<QString, std::pair<QString, bool>> found;
        while (q.next())
            found.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
        const QList<SqlDialect::Trigger> expected = m_dialect->appendOnlyTriggerList(table);
        for (const SqlDialect::Trigger &trigger : expected) {
            const auto it = found.constFind(trigger.name);
            if (it == found.constEnd() || !m_dialect->triggerIntact(trigger, it->first, it->second))
                damaged << TriggerRef{table, trigger.name};
        }
    }
    return damaged;
}

// Every open makes sure the append-only tables still refuse changes: a trigger dropped or
// altered by another tool is put back, and the audit log says so.
Status Database::restoreAppendOnlyTriggers()
{
    m_restoredTriggers.clear();
    const auto damaged = damagedAppendOnlyTriggers();
    if (!damaged) {
        close();
        return Failure{damaged.error()};
    }
    if (damaged->isEmpty())
        return {};
    Transaction tx(*this);
    QSqlQuery q(connection());
    QStringList restored;
    for (const TriggerRef &ref : damaged.value()) {
        const QList<SqlDialect::Trigger> triggers = m_dialect->appendOnlyTriggerList(ref.table);
        for (const SqlDialect::Trigger &trigger : triggers) {
            if (trigger.name != ref.name)
                continue;
            for (const QString &statement : trigger.create) {
                if (!q.exec(statement)) {
                    const QString reason = q.lastError().text();
                    rollbackTransaction();
                    close();
                    return Failure{tr("Cannot restore the append-only trigger %1: %2").arg(ref.name, reason)};
                }
            }
        }
        AuditRow row;
        row.at = m_clock.now();
        row.username = QStringLiteral("estatedesk");
        row.action = QStringLiteral("append_only_trigger_restored");
        row.entity = ref.table;
        row.entityId = ref.name;
        row.detail = QStringLiteral("the trigger was missing or altered when the database was opened");
        if (Status s = AuditChain::append(*this, row); !s) {
            close();
            return s;
        }
        restored << ref.name;
    }
    if (Status s = tx.commit(); !s) {
        close();
        return s;
    }
    m_restoredTriggers = restored;
    return {};
}

bool Database::beginTransaction()
{
    if (m_transactionDepth == 0) {
        m_rollbackOnly = false;
        m_beginFailed = false;
        // The statement is the dialect's own (QSqlDatabase::transaction() would send a
        // deferred BEGIN); commit() and rollback() of the driver end it as usual.
        QSqlQuery begin(connection());
        // Each try waits up to the busy timeout for the other writer's unit of work to end. A
        // long one (a roster import of thousands of rows) may hold the lock for longer: keep
        // waiting, since a unit of work that gets the lock never waits again.
        bool started = false;
        for (int attempt = 0; attempt < kTransactionStartAttempts && !started; ++attempt) {
            started = begin.exec(m_dialect->beginTransaction());
            if (!started && (begin.lastError().nativeErrorCode().toInt() & 0xff) != kSqliteBusy)
                break;
        }
        if (started) {
            m_transactionError.clear();
        } else {
            // Statements are refused until this scope ends, so that nothing of the unit of
            // work is written piecemeal outside a transaction.
            noteFailure(begin.lastError());
            m_transactionError = begin.lastError().text();
            m_beginFailed = true;
            qWarning("Cannot start a transaction: %s", qPrintable(m_transactionError));
        }
    }
    ++m_transactionDepth;
    return !m_beginFailed;
}

bool Database::commitTransaction()
{
    if (m_transactionDepth <= 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_rollbackOnly && !m_beginFailed;
    if (m_beginFailed) {
        m_beginFailed = false;
        return false;
    }
    if (m_rollbackOnly) {
        connection().rollback();
        return false;
    }
    return connection().commit();
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    if (m_beginFailed) {
        m_beginFailed = false;
        return;
    }
    connection().rollback();
}

void Database::watchAccountChanges(const void *owner, std::function<void(const QString &)> handler)
{
    if (handler)
        m_accountWatchers[owner] = std::move(handler);
    else
        m_accountWatchers.erase(owner);
}

void Database::watchConnection(const void *owner, std::function<void(bool)> handler)
{
    if (handler)
        m_connectionWatchers[owner] = std::move(handler);
    else
        m_connectionWatchers.erase(owner);
}

void Database::noteFailure(const QSqlError &error) const
{
    if (m_connectionLost || m_dialect->kind() != SqlDialect::Kind::Postgres)
        return; // a file does not go away between two statements
    // libpq's words for a connection that is gone (QPSQL reports most as statement errors).
    static const char *const lostWords[] = {"server closed the connection", "no connection to the server",
                                            "terminating connection", "could not send data",
                                            "could not receive data", "connection to server", "ssl syscall error",
                                            "connection not open", "broken pipe"};
    const QString text = (error.driverText() + QLatin1Char(' ') + error.databaseText()).toLower();
    bool lost = error.type() == QSqlError::ConnectionError;
    for (const char *words : lostWords)
        lost = lost || text.contains(QLatin1String(words));
    if (!lost)
        return;
    m_connectionLost = true;
    const auto watchers = m_connectionWatchers;
    for (const auto &watcher : watchers)
        watcher.second(true);
}

Status Database::reconnect()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return Failure{tr("No database is open.")};
    m_statements.reset(); // prepared on the connection that was lost
    {
        QSqlDatabase db = connection();
        db.close();
        m_transactionDepth = 0;
        m_rollbackOnly = false;
        m_beginFailed = false;
        if (!db.open())
            return Failure{tr("Cannot open the database %1: %2").arg(m_location, db.lastError().text().simplified())};
        QSqlQuery q(db);
        for (const QString &statement : m_dialect->connectionSetup()) {
            if (!q.exec(statement))
                return Failure{tr("Cannot prepare the database %1: %2").arg(m_location, q.lastError().text())};
        }
    }
    m_statements = std::make_unique<StatementCache>(connection());
    m_connectionLost = false;
    const auto watchers = m_connectionWatchers;
    for (const auto &watcher : watchers)
        watcher.second(false);
    return {};
}

void Database::reportAccountChanged(const QString &message) const
{
    const auto watchers = m_accountWatchers; // a watcher may stop watching while being told
    for (const auto &watcher : watchers)
        watcher.second(message);
}
