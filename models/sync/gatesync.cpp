#include "models/sync/gatesync.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/auditlog.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace {

const QString kOffice = QStringLiteral("office");
const QString kGate = QStringLiteral("gate");
const QString kLastSync = QStringLiteral("last_sync");

// The gate records, parents before the rows that refer to them.
const QStringList &pushedTables()
{
    static const QStringList tables{QStringLiteral("patrol_rounds"),   QStringLiteral("patrol_signins"),
                                    QStringLiteral("patrol_findings"), QStringLiteral("vehicle_events"),
                                    QStringLiteral("parking_cards"),   QStringLiteral("visitors"),
                                    QStringLiteral("goods_checks"),    QStringLiteral("shift_handovers")};
    return tables;
}

// The master data the gate reads, parents first, with the columns it is given (empty: all of
// them). Of a resident the gate is given the name, not the documents or phone numbers.
struct PulledTable
{
    QString name;
    QStringList columns;
};

const QList<PulledTable> &pulledTables()
{
    static const QList<PulledTable> tables{
        {QStringLiteral("buildings"), {}},
        {QStringLiteral("units"), {}},
        {QStringLiteral("houses"), {}},
        {QStringLiteral("residents"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("voided"),
          QStringLiteral("void_reason"), QStringLiteral("row_version"), QStringLiteral("created_at"),
          QStringLiteral("updated_at"), QStringLiteral("updated_by")}},
        {QStringLiteral("resident_houses"), {}},
        {QStringLiteral("vehicles"), {}},
        {QStringLiteral("goods_permits"), {}},
        {QStringLiteral("parking_tariffs"), {}},
        {QStringLiteral("patrol_routes"), {}},
        {QStringLiteral("patrol_checkpoints"), {}},
    };
    return tables;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    return names;
}

// INSERT … ON CONFLICT (id) DO UPDATE: a row that is there already takes the new version.
// Table and column names come from the schema, never from data.
QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList placeholders, updates;
    for (int i = 0; i < columns.size(); ++i) {
        placeholders << QStringLiteral(":c%1").arg(i);
        if (columns.at(i) != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(i));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

void bindRow(Query &q, const QVariantList &row)
{
    for (int i = 0; i < row.size(); ++i)
        q.bind(QStringLiteral(":c%1").arg(i), row.at(i));
}

// Values compared across drivers: SQLite and PostgreSQL hand back integers as different types.
QStringList comparable(const QVariantList &row)
{
    QStringList out;
    for (const QVariant &v : row)
        out << (v.isNull() ? QStringLiteral("\x01null") : v.toString());
    return out;
}

QString stateValue(const Database &db, const QString &key)
{
    Query q(db, QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Status setState(Database &db, const QString &key, const QString &value)
{
    Query q(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return q.exec();
}

struct Queued
{
    QString table;
    QString id;
    qint64 changed = 0;
};

} // namespace

GateSync::GateSync(Database &store) : m_store(store) {}

bool GateSync::isGateStore() const
{
    return !officeLocation().isEmpty();
}

QString GateSync::officeLocation() const
{
    return stateValue(m_store, kOffice);
}

QString GateSync::gateName() const
{
    return stateValue(m_store, kGate);
}

int GateSync::waiting() const
{
    Query q(m_store, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    const auto n = q.scalar();
    return n ? int(n.value()) : 0;
}

QDateTime GateSync::lastSync() const
{
    const QString ms = stateValue(m_store, kLastSync);
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Status GateSync::openOffice(Database &office) const
{
    const QString location = officeLocation();
    if (location.isEmpty())
        return Failure{tr("This database is not a gatehouse store: set it up with gate setup --office URL --gate NAME.")};
    if (Status opened = office.open(location); !opened)
        return Failure{tr("The office database cannot be reached: %1").arg(opened.error())};
    if (office.schemaVersion() != m_store.schemaVersion())
        return Failure{tr("The office database has schema version %1 and this gatehouse %2: update the program "
                          "on both to the same version.")
                           .arg(office.schemaVersion())
                           .arg(m_store.schemaVersion())};
    return {};
}

Result<GateSync::Outcome> GateSync::setup(const Session &who, const QString &officeLocation, const QString &gateName)
{
    AuditLog audit(m_store);
    if (Status allowed = audit.require(who, Permission::ManageUsersAndSettings, tr("set up a gatehouse")); !allowed)
        return Failure{allowed.error()};
    const QString office = officeLocation.trimmed();
    const QString name = gateName.trimmed();
    if (office.isEmpty())
        return Failure{tr("Office database: give the office's address or file.")};
    if (name.isEmpty() || name.size() > 40)
        return Failure{tr("Gate name: give a name of 1 to 40 characters.")};
    if (m_store.dialect().kind() != SqlDialect::Kind::Sqlite)
        return Failure{tr("A gatehouse store is a file on the gate's PC, not a server database.")};
    if (!Database::isServerLocation(office) && QFileInfo(office).absoluteFilePath() == QFileInfo(m_store.location()).absoluteFilePath())
        return Failure{tr("Office database: the gatehouse store cannot be its own office.")};
    {
        Database probe(m_store.clock());
        if (Status opened = probe.open(office); !opened)
            return Failure{tr("The office database cannot be reached: %1").arg(opened.error())};
        if (probe.schemaVersion() != m_store.schemaVersion())
            return Failure{tr("The office database has schema version %1 and this gatehouse %2: update the program "
                              "on both to the same version.")
                               .arg(probe.schemaVersion())
                               .arg(m_store.schemaVersion())};
    }
    {
        Transaction tx(m_store);
        if (Status s = setState(m_store, kOffice, office); !s)
            return Failure{s.error()};
        if (Status s = setState(m_store, kGate, name); !s)
            return Failure{s.error()};
        // What the gate wrote before it was tied to the office goes too.
        for (const QString &table : pushedTables()) {
            Query queue(m_store, QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, changed) SELECT :tbl, id, 1 FROM %1 "
                                                "WHERE true ON CONFLICT (tbl, row_id) DO NOTHING")
                                     .arg(table));
            queue.bind(QStringLiteral(":tbl"), table);
            if (Status s = queue.exec(); !s)
                return Failure{s.error()};
        }
        if (Status s = audit.record(who, QStringLiteral("gate_setup"), QStringLiteral("gatehouse"), name, {},
                                    Database::isServerLocation(office) ? office : QFileInfo(office).absoluteFilePath());
            !s)
            return Failure{s.error()};
        if (Status s = tx.commit(); !s)
            return Failure{s.error()};
    }
    return sync(who);
}

Result<GateSync::Outcome> GateSync::sync(const Session &who)
{
    if (Status allowed = AuditLog(m_store).require(who, Permission::WriteGateLogs, tr("sync the gatehouse")); !allowed)
        return Failure{allowed.error()};
    Database office(m_store.clock());
    if (Status opened = openOffice(office); !opened)
        return Failure{tr("%1 Nothing was lost: %n record(s) wait for the next sync.", nullptr, waiting())
                           .arg(opened.error())};
    Outcome outcome;
    const auto pushed = push(office);
    if (!pushed)
        return Failure{tr("%1 Nothing was lost: %n record(s) wait for the next sync.", nullptr, waiting())
                           .arg(pushed.error())};
    outcome.pushed = pushed.value();
    const auto pulled = pull(office);
    if (!pulled)
        return Failure{pulled.error()};
    outcome.pulled = pulled.value();
    if (Status s = recordSync(m_store.clock().now()); !s)
        return Failure{s.error()};
    outcome.waiting = waiting();
    return outcome;
}

Status GateSync::recordSync(const QDateTime &at)
{
    Transaction tx(m_store);
    if (Status s = setState(m_store, kLastSync, QString::number(at.toMSecsSinceEpoch())); !s)
        return s;
    return tx.commit();
}

// In batches: each batch is one transaction at the office, then its queue rows leave the store
// (only the version that was pushed: a row changed meanwhile stays queued).
Result<int> GateSync::push(Database &office)
{
    constexpr int kBatch = 2000;
    int pushed = 0;
    QHash<QString, QStringList> columns;
    for (;;) {
        QList<Queued> batch;
        {
            Query q(m_store, QStringLiteral("SELECT tbl, row_id, changed FROM sync_outbox ORDER BY changed LIMIT :n"));
            q.bind(QStringLiteral(":n"), kBatch);
            if (Status s = q.exec(); !s)
                return Failure{s.error()};
            while (q.next())
                batch.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
        }
        if (batch.isEmpty())
            return pushed;
        // Parents first, whatever the order they were queued in.
        std::stable_sort(batch.begin(), batch.end(), [](const Queued &a, const Queued &b) {
            return pushedTables().indexOf(a.table) < pushedTables().indexOf(b.table);
        });
        QSet<QString> plates;
        QSet<QString> collectedPermits;
        {
            Transaction tx(office);
            QHash<QString, std::shared_ptr<Query>> upserts, reads;
            for (const Queued &item : batch) {
                if (!pushedTables().contains(item.table))
                    return Failure{tr("The gatehouse queue names an unknown table %1.").arg(item.table)};
                if (!columns.contains(item.table)) {
                    const QStringList local = columnsOf(m_store, item.table);
                    const QStringList remote = columnsOf(office, item.table);
                    QStringList common;
                    for (const QString &c : local) {
                        if (remote.contains(c))
                            common << c;
                    }
                    columns.insert(item.table, common);
                }
                const QStringList &cols = columns.value(item.table);
                auto &read = reads[item.table];
                if (!read)
                    read = std::make_shared<Query>(m_store, QStringLiteral("SELECT %1 FROM %2 WHERE id = :id")
                                                                .arg(cols.join(QStringLiteral(", ")), item.table));
                read->bind(QStringLiteral(":id"), item.id);
                if (Status s = read->exec(); !s)
                    return Failure{s.error()};
                if (!read->next())
                    continue; // queued but not written: the transaction that queued it rolled back
                QVariantList row;
                for (int i = 0; i < cols.size(); ++i)
                    row << read->value(i);
                read->finish();
                auto &upsert = upserts[item.table];
                if (!upsert)
                    upsert = std::make_shared<Query>(office, upsertSql(item.table, cols));
                bindRow(*upsert, row);
                if (Status s = upsert->exec(); !s)
                    return Failure{s.error()};
                if (item.table == QLatin1String("vehicle_events"))
                    plates.insert(row.at(cols.indexOf(QStringLiteral("plate"))).toString());
                if (item.table == QLatin1String("goods_checks")
                    && row.at(cols.indexOf(QStringLiteral("outcome"))).toString() == QLatin1String("passed")
                    && row.at(cols.indexOf(QStringLiteral("voided"))).toInt() == 0)
                    collectedPermits.insert(row.at(cols.indexOf(QStringLiteral("permit_id"))).toString());
            }
            // A permit checked out at the gate is collected at the office too.
            Query collect(office, QStringLiteral(
                                      "UPDATE goods_permits SET status = 'collected', collected_at = (SELECT MIN(occurred_at) "
                                      "FROM goods_checks WHERE permit_id = :id AND outcome = 'passed' AND voided = 0), "
                                      "collected_by = (SELECT MIN(guard) FROM goods_checks WHERE permit_id = :id2 AND "
                                      "outcome = 'passed' AND voided = 0), row_version = row_version + 1 "
                                      "WHERE id = :id3 AND status = 'approved'"));
            for (const QString &permit : std::as_const(collectedPermits)) {
                if (permit.isEmpty())
                    continue;
                collect.bind(QStringLiteral(":id"), permit).bind(QStringLiteral(":id2"), permit).bind(QStringLiteral(":id3"), permit);
                if (Status s = collect.exec(); !s)
                    return Failure{s.error()};
            }
            // Who is inside at the office, by rule: a plate's latest passed event by the time
            // it happened, at whichever gate, decides (an entry logged at one gate and the exit
            // at another close each other; an event that reaches the office late does not
            // undo a later one).
            Query latest(office, QStringLiteral("SELECT id, direction, category, occurred_at, card_id FROM vehicle_events "
                                                "WHERE plate = :plate AND decision = 'passed' AND voided = 0 "
                                                "ORDER BY occurred_at DESC, id DESC LIMIT 1"));
            Query leave(office, QStringLiteral("DELETE FROM vehicles_inside WHERE plate = :plate"));
            Query enter(office, QStringLiteral("INSERT INTO vehicles_inside (plate, entry_event_id, category, entered_at, card_id) "
                                               "VALUES (:plate, :event, :category, :at, :card)"));
            for (const QString &plate : std::as_const(plates)) {
                latest.bind(QStringLiteral(":plate"), plate);
                if (Status s = latest.exec(); !s)
                    return Failure{s.error()};
                const bool found = latest.next();
                const bool inside = found && latest.value(1).toString() == QLatin1String("in");
                const QVariantList entry = found ? QVariantList{latest.value(0), latest.value(2), latest.value(3), latest.value(4)}
                                                 : QVariantList{};
                latest.finish();
                leave.bind(QStringLiteral(":plate"), plate);
                if (Status s = leave.exec(); !s)
                    return Failure{s.error()};
                if (!inside)
                    continue;
                enter.bind(QStringLiteral(":plate"), plate)
                    .bind(QStringLiteral(":event"), entry.at(0))
                    .bind(QStringLiteral(":category"), entry.at(1))
                    .bind(QStringLiteral(":at"), entry.at(2))
                    .bind(QStringLiteral(":card"), entry.at(3));
                if (Status s = enter.exec(); !s)
                    return Failure{s.error()};
            }
            if (Status s = tx.commit(); !s)
                return Failure{s.error()};
        }
        // The office has them. Pushed again after a failure here, they write nothing twice.
        Transaction tx(m_store);
        Query done(m_store, QStringLiteral("DELETE FROM sync_outbox WHERE tbl = :tbl AND row_id = :id AND changed = :changed"));
        for (const Queued &item : std::as_const(batch)) {
            done.bind(QStringLiteral(":tbl"), item.table).bind(QStringLiteral(":id"), item.id).bind(QStringLiteral(":changed"), item.changed);
            if (Status s = done.exec(); !s)
                return Failure{s.error()};
        }
        if (Status s = tx.commit(); !s)
            return Failure{s.error()};
        pushed += int(batch.size());
    }
}

// The office's master data into the store: rows that are new or differ are written, the rest
// are left alone. A permit the gate has collected stays collected until the office says so.
Result<int> GateSync::pull(Database &office)
{
    int pulled = 0;
    Transaction tx(m_store);
    for (const PulledTable &table : pulledTables()) {
        QStringList cols = table.columns.isEmpty() ? columnsOf(office, table.name) : table.columns;
        const QStringList local = columnsOf(m_store, table.name);
        cols.erase(std::remove_if(cols.begin(), cols.end(), [&](const QString &c) { return !local.contains(c); }),
                   cols.end());
        const QString select = QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(cols.join(QStringLiteral(", ")), table.name);
        QHash<QString, QStringList> have;
        {
            Query mine(m_store, select);
            if (Status s = mine.exec(); !s)
                return Failure{s.error()};
            while (mine.next()) {
                QVariantList row;
                for (int i = 0; i < cols.size(); ++i)
                    row << mine.value(i);
                have.insert(row.at(0).toString(), comparable(row));
            }
        }
        Query theirs(office, select);
        if (Status s = theirs.exec(); !s)
            return Failure{tr("The office database cannot be read: %1").arg(s.error())};
        Query write(m_store, upsertSql(table.name, cols));
        const int statusColumn = cols.indexOf(QStringLiteral("status"));
        while (theirs.next()) {
            QVariantList row;
            for (int i = 0; i < cols.size(); ++i)
                row << theirs.value(i);
            const QString id = row.at(0).toString();
            const auto mine = have.constFind(id);
            if (mine != have.constEnd() && *mine == comparable(row))
                continue;
            if (table.name == QLatin1String("goods_permits") && mine != have.constEnd()
                && mine->at(statusColumn) == QLatin1String("collected")
                && row.at(statusColumn).toString() == QLatin1String("approved"))
                continue;
            bindRow(write, row);
            if (Status s = write.exec(); !s)
                return Failure{s.error()};
            ++pulled;
        }
    }
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return pulled;
}
