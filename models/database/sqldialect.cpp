#include "models/database/sqldialect.h"

#include <QRegularExpression>

#include <utility>

// Migration scripts are plain SQL with these extensions:
//   {{ID}}                      the auto-generated primary key column type
//   -- @append_only TABLE       a line that makes TABLE refuse UPDATE and DELETE
//   -- @sync_outbox TABLE       a line that queues TABLE's writes for the office on a gate store
//   -- @only sqlite|postgres    the lines up to the next "-- @only all" are for that dialect only
// Statements end with a semicolon at the end of a line.
QStringList SqlDialect::expandScript(const QString &script) const
{
    static const QRegularExpression appendOnly(QStringLiteral("^--\\s*@append_only\\s+(\\w+)\\s*$"));
    static const QRegularExpression outbox(QStringLiteral("^--\\s*@sync_outbox\\s+(\\w+)\\s*$"));
    static const QRegularExpression only(QStringLiteral("^--\\s*@only\\s+(\\w+)\\s*$"));
    QStringList statements;
    QString current;
    bool skipping = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (const auto section = only.match(line); section.hasMatch()) {
            const QString name = section.captured(1);
            skipping = name != QLatin1String("all") && name != scriptSection();
            continue;
        }
        if (skipping)
            continue;
        const auto match = appendOnly.match(line);
        if (match.hasMatch()) {
            statements += appendOnlyTriggers(match.captured(1));
            continue;
        }
        if (const auto queued = outbox.match(line); queued.hasMatch()) {
            statements += syncOutboxTriggers(queued.captured(1));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            current.replace(QLatin1String("{{ID}}"), identityColumn());
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed().replace(QLatin1String("{{ID}}"), identityColumn());
    return statements;
}

QStringList SqlDialect::appendOnlyTriggers(const QString &table) const
{
    QStringList statements;
    const QList<Trigger> triggers = appendOnlyTriggerList(table);
    for (const Trigger &trigger : triggers)
        statements += trigger.create;
    return statements;
}

std::unique_ptr<SqlDialect> SqlDialect::create(Kind kind)
{
    if (kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::identityColumn() const
{
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqliteDialect::connectionSetup() const
{
    // WAL for readers beside a writer, FULL sync so that a committed record
    // survives a power cut, foreign keys enforced.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
}

QList<SqlDialect::Trigger> SqliteDialect::appendOnlyTriggerList(const QString &table) const
{
    // INSERT OR REPLACE deletes the old row without firing DELETE triggers (unless
    // recursive_triggers is on in the writer's connection), so an insert over an
    // existing id is refused before it gets that far.
    const QString refuse = QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END").arg(table);
    const QList<std::pair<QString, QString>> triggers = {
        {QStringLiteral("%1_no_update").arg(table), QStringLiteral("BEFORE UPDATE ON %1").arg(table)},
        {QStringLiteral("%1_no_delete").arg(table), QStringLiteral("BEFORE DELETE ON %1").arg(table)},
        {QStringLiteral("%1_no_replace").arg(table),
         QStringLiteral("BEFORE INSERT ON %1 WHEN EXISTS (SELECT 1 FROM %1 WHERE id = NEW.id)").arg(table)},
    };
    QList<Trigger> list;
    for (const auto &[name, event] : triggers)
        list << Trigger{name,
                        {QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name),
                         QStringLiteral("CREATE TRIGGER %1 %2 %3").arg(name, event, refuse)}};
    return list;
}

QString SqliteDialect::triggerCatalogueQuery() const
{
    return QStringLiteral("SELECT name, sql, 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table");
}

namespace {
QString simplifiedSql(const QString &sql)
{
    QString text = sql.simplified();
    if (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text.trimmed();
}
} // namespace

bool SqliteDialect::triggerIntact(const Trigger &expected, const QString &definition, bool enabled) const
{
    // SQLite keeps the text of the CREATE statement: it must be the one the program writes.
    return enabled && simplifiedSql(definition) == simplifiedSql(expected.create.last());
}

QString SqliteDialect::lockForAppend(const QString &) const
{
    return {}; // the write transaction is BEGIN IMMEDIATE: one writer at a time already
}

QString SqliteDialect::beginTransaction() const
{
    // IMMEDIATE takes the write lock before the first read, waiting for it as long as the
    // busy timeout allows; a deferred BEGIN would fail at once when it later tries to write.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::identityColumn() const
{
    return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QStringList PostgresDialect::connectionSetup() const
{
    // Quiet about "does not exist, skipping" when the append-only triggers are (re)created.
    return {QStringLiteral("SET client_encoding TO 'UTF8'"), QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages TO WARNING")};
}

QList<SqlDialect::Trigger> PostgresDialect::appendOnlyTriggerList(const QString &table) const
{
    const QString function = QStringLiteral("CREATE OR REPLACE FUNCTION %1_refuse_change() RETURNS trigger AS $$ "
                                            "BEGIN RAISE EXCEPTION '%1 is append-only'; END; $$ LANGUAGE plpgsql")
                                 .arg(table);
    // Row triggers do not see TRUNCATE: it has a statement trigger of its own.
    const QList<std::pair<QString, QString>> triggers = {
        {QStringLiteral("%1_no_change").arg(table), QStringLiteral("BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW").arg(table)},
        {QStringLiteral("%1_no_truncate").arg(table), QStringLiteral("BEFORE TRUNCATE ON %1 FOR EACH STATEMENT").arg(table)},
    };
    QList<Trigger> list;
    for (const auto &[name, event] : triggers)
        list << Trigger{name,
                        {function, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
                         QStringLiteral("CREATE TRIGGER %1 %2 EXECUTE FUNCTION %3_refuse_change()").arg(name, event, table)}};
    return list;
}

QString PostgresDialect::triggerCatalogueQuery() const
{
    return QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid) || ' ' || p.prosrc, t.tgenabled <> 'D' "
                          "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                          "WHERE c.relname = :table AND NOT t.tgisinternal");
}

bool PostgresDialect::triggerIntact(const Trigger &expected, const QString &definition, bool enabled) const
{
    // The server rewrites the statement (schema-qualified names): compare what matters,
    // the events it fires on and that its function still refuses.
    // The server lists the events in an order of its own (BEFORE DELETE OR UPDATE).
    static const QRegularExpression event(QStringLiteral("\\bBEFORE ([A-Z ]+?) ON "));
    auto events = [](const QString &text) {
        const auto match = event.match(text);
        QStringList list = match.hasMatch() ? match.captured(1).split(QStringLiteral(" OR ")) : QStringList();
        list.sort();
        return list;
    };
    const QStringList wanted = events(expected.create.last());
    return enabled && !wanted.isEmpty() && events(definition) == wanted
           && definition.contains(QLatin1String("RAISE EXCEPTION"));
}

QString PostgresDialect::lockForAppend(const QString &table) const
{
    // Readers go on; a second writer waits, so that two rows never chain to the same one.
    return QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table);
}

bool SqliteDialect::streamsNestedResults() const
{
    return true;
}

bool PostgresDialect::streamsNestedResults() const
{
    return false;
}

QStringList SqliteDialect::syncOutboxTriggers(const QString &table) const
{
    // The change number is one more than any queued: a row changed again while a sync reads
    // it gets a new number, so the sync's removal of the number it pushed leaves it queued.
    QStringList statements;
    for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")}) {
        const QString name = QStringLiteral("%1_sync_%2").arg(table, event.toLower());
        statements << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)
                   << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 "
                                     "WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'office') "
                                     "BEGIN "
                                     "INSERT INTO sync_outbox (tbl, row_id, changed) VALUES ('%3', NEW.id, "
                                     "(SELECT COALESCE(MAX(changed), 0) + 1 FROM sync_outbox)) "
                                     "ON CONFLICT (tbl, row_id) DO UPDATE SET changed = excluded.changed; "
                                     "END")
                          .arg(name, event, table);
    }
    return statements;
}

QStringList PostgresDialect::syncOutboxTriggers(const QString &) const
{
    return {};
}

QString PostgresDialect::beginTransaction() const
{
    // Row locks are taken by the statements themselves; PostgreSQL waits for them.
    return QStringLiteral("BEGIN");
}
