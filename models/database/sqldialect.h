#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// What differs between SQLite and PostgreSQL lives here and nowhere else.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    virtual Kind kind() const = 0;
    virtual QString driverName() const = 0;
    // Type of an auto-generated integer primary key column.
    virtual QString identityColumn() const = 0;
    // Statements run on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    // One trigger that keeps a table append-only, and the statements that (re)create it.
    struct Trigger
    {
        QString name;
        QStringList create; // idempotent: drop-if-exists, then create
    };
    // The triggers that make a table refuse UPDATE, DELETE and the replacing of a row
    // (SQLite's INSERT OR REPLACE; PostgreSQL's TRUNCATE).
    virtual QList<Trigger> appendOnlyTriggerList(const QString &table) const = 0;
    QStringList appendOnlyTriggers(const QString &table) const;
    // Lists the triggers on the table bound to :table, as rows of (name, definition, enabled).
    virtual QString triggerCatalogueQuery() const = 0;
    // Whether a trigger found in the catalogue still does what the expected one does.
    virtual bool triggerIntact(const Trigger &expected, const QString &definition, bool enabled) const = 0;
    // A statement that keeps other writers from appending to the table until the
    // transaction ends (empty where the write transaction already does so).
    virtual QString lockForAppend(const QString &table) const = 0;
    // Starts a unit of work that may write. It must take the write lock at once: a
    // transaction that reads first and asks for the lock later can be refused without
    // waiting when another connection wrote in between.
    virtual QString beginTransaction() const = 0;
    // Whether a forward-only result may stream from the server while another statement runs
    // on the same connection. PostgreSQL's driver streams a forward-only result row by row
    // and loses it when a second statement starts before it was read to the end, so there
    // every result is fetched whole (a nested query, such as a resident's plates read while
    // the residents are listed, then works as on SQLite).
    virtual bool streamsNestedResults() const = 0;
    // The triggers that queue every insert and update of a gate record (its TEXT id) in
    // sync_outbox while the store is a gatehouse store (sync_state has an office). Only an
    // SQLite store is ever a gatehouse store: the server's dialect makes none.
    virtual QStringList syncOutboxTriggers(const QString &table) const = 0;

    // Run on a connection before it closes (SQLite: PRAGMA optimize, which refreshes the
    // statistics of the indexes the connection's queries used).
    virtual QStringList closingStatements() const = 0;
    // Whether requests_text (migration 0012) is an FTS5 trigram index: a MATCH on three
    // characters or more finds a part of a text without reading the table.
    virtual bool hasTrigramIndex() const = 0;
    // Whether a named placeholder may stand in a statement more than once.
    virtual bool namedPlaceholdersRepeat() const = 0;
    // The name of the dialect's sections in a migration script ("-- @only sqlite").
    virtual QString scriptSection() const = 0;

    // Expands the dialect tokens of a migration script into statements.
    QStringList expandScript(const QString &script) const;

    static std::unique_ptr<SqlDialect> create(Kind kind);
};

class SqliteDialect final : public SqlDialect
{
public:
    QStringList closingStatements() const override
    {
        return {QStringLiteral("PRAGMA analysis_limit=400"), QStringLiteral("PRAGMA optimize")};
    }
    bool hasTrigramIndex() const override { return true; }
    bool namedPlaceholdersRepeat() const override { return true; }
    QString scriptSection() const override { return QStringLiteral("sqlite"); }
    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override;
    QString identityColumn() const override;
    QStringList connectionSetup() const override;
    QString beginTransaction() const override;
    bool streamsNestedResults() const override;
    QStringList syncOutboxTriggers(const QString &table) const override;
    QList<Trigger> appendOnlyTriggerList(const QString &table) const override;
    QString triggerCatalogueQuery() const override;
    bool triggerIntact(const Trigger &expected, const QString &definition, bool enabled) const override;
    QString lockForAppend(const QString &table) const override;
};

class PostgresDialect final : public SqlDialect
{
public:
    QStringList closingStatements() const override { return {}; }
    bool hasTrigramIndex() const override { return false; }
    bool namedPlaceholdersRepeat() const override { return false; }
    QString scriptSection() const override { return QStringLiteral("postgres"); }
    Kind kind() const override { return Kind::Postgres; }
    QString driverName() const override;
    QString identityColumn() const override;
    QStringList connectionSetup() const override;
    QString beginTransaction() const override;
    bool streamsNestedResults() const override;
    QStringList syncOutboxTriggers(const QString &table) const override;
    QList<Trigger> appendOnlyTriggerList(const QString &table) const override;
    QString triggerCatalogueQuery() const override;
    bool triggerIntact(const Trigger &expected, const QString &definition, bool enabled) const override;
    QString lockForAppend(const QString &table) const override;
};
