#pragma once

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
    // Statements that make a table refuse UPDATE and DELETE.
    virtual QStringList appendOnlyTriggers(const QString &table) const = 0;
    // Starts a unit of work that may write. It must take the write lock at once: a
    // transaction that reads first and asks for the lock later can be refused without
    // waiting when another connection wrote in between.
    virtual QString beginTransaction() const = 0;

    // Expands the dialect tokens of a migration script into statements.
    QStringList expandScript(const QString &script) const;

    static std::unique_ptr<SqlDialect> create(Kind kind);
};

class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override;
    QString identityColumn() const override;
    QStringList connectionSetup() const override;
    QStringList appendOnlyTriggers(const QString &table) const override;
    QString beginTransaction() const override;
};

class PostgresDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString driverName() const override;
    QString identityColumn() const override;
    QStringList connectionSetup() const override;
    QStringList appendOnlyTriggers(const QString &table) const override;
    QString beginTransaction() const override;
};
