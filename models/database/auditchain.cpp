#include "models/database/auditchain.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

constexpr int kMaxProblemsListed = 20;

// The hashed fields, in this order, as stored.
const QString kFields = QStringLiteral("at, user_id, username, action, entity, entity_id, old_value, new_value, detail");

QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The running hash over every row up to and including lastId (or all rows when lastId is 0),
// the way the first chained row sees them.
Result<QByteArray> runningHash(const Database &db, qint64 lastId)
{
    Query q(db, QStringLiteral("SELECT hash, ") + kFields
                    + QStringLiteral(" FROM audit_log WHERE id <= :last ORDER BY id"));
    q.raw().setForwardOnly(true);
    q.bind(QStringLiteral(":last"), lastId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QByteArray running;
    while (q.next()) {
        const QVariant stored = q.value(0);
        if (!stored.isNull()) {
            running = stored.toString().toLatin1();
            continue;
        }
        QVariantList fields;
        for (int column = 1; column <= 9; ++column)
            fields << q.value(column);
        running = AuditChain::rowHash(running, fields);
    }
    return running;
}

} // namespace

QByteArray AuditChain::rowHash(const QByteArray &previous, const QVariantList &fields)
{
    // Length-prefixed, with NULL told apart from an empty text: no two rows hash alike by
    // moving text from one field into the next.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("estatedesk-audit-1"));
    auto add = [&hash](const QByteArray &bytes, bool isNull) {
        const char tag = isNull ? '\0' : '\1';
        hash.addData(QByteArrayView(&tag, 1));
        const quint64 size = qToBigEndian(quint64(bytes.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(bytes);
    };
    add(previous, false);
    for (const QVariant &value : fields)
        add(value.isNull() ? QByteArray() : value.toString().toUtf8(), value.isNull());
    return hash.result().toHex();
}

Status AuditChain::append(Database &db, const AuditRow &row)
{
    const QVariantList fields = {toStored(row.at),
                                 row.userId > 0 ? QVariant(row.userId) : QVariant(QMetaType::fromType<qlonglong>()),
                                 row.username,
                                 row.action,
                                 row.entity,
                                 orNull(row.entityId),
                                 orNull(row.oldValue),
                                 orNull(row.newValue),
                                 orNull(row.detail)};
    // Reading the last hash and inserting belong to one write transaction, so that two
    // writers never chain to the same row.
    Transaction tx(db);
    const QString lock = db.dialect().lockForAppend(QStringLiteral("audit_log"));
    if (!lock.isEmpty()) { // LOCK cannot be prepared on PostgreSQL: a fixed statement, no values
        QSqlQuery locked(db.connection());
        if (!locked.exec(lock))
            return Failure{tr("Cannot write to the audit log: %1").arg(locked.lastError().text())};
    }
    Query last(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (Status s = last.exec(); !s)
        return s;
    QByteArray previous;
    if (last.next()) {
        const qint64 lastId = last.value(0).toLongLong();
        if (!last.value(1).isNull()) {
            previous = last.value(1).toString().toLatin1();
        } else { // the first chained row seals the rows written before the chain
            last.finish();
            const auto running = runningHash(db, lastId);
            if (!running)
                return Failure{running.error()};
            previous = running.value();
        }
    }
    last.finish();
    // Hash what the database will hand back: the text of each value as it is stored.
    QVariantList stored;
    for (const QVariant &value : fields)
        stored << (value.isNull() ? value : QVariant(value.toString()));
    Query insert(db, QStringLiteral("INSERT INTO audit_log (") + kFields
                         + QStringLiteral(", hash) VALUES (:at, :user_id, :username, :action, :entity, :entity_id, "
                                          ":old_value, :new_value, :detail, :hash)"));
    const QStringList names = {QStringLiteral(":at"),        QStringLiteral(":user_id"),   QStringLiteral(":username"),
                               QStringLiteral(":action"),    QStringLiteral(":entity"),    QStringLiteral(":entity_id"),
                               QStringLiteral(":old_value"), QStringLiteral(":new_value"), QStringLiteral(":detail")};
    for (int i = 0; i < names.size(); ++i)
        insert.bind(names.at(i), fields.at(i));
    insert.bind(QStringLiteral(":hash"), QString::fromLatin1(rowHash(previous, stored)));
    if (Status s = insert.exec(); !s)
        return s;
    return tx.commit();
}

Result<AuditChain::Report> AuditChain::verify(const Database &db)
{
    return verifyConnection(db.connection());
}

Result<AuditChain::Report> AuditChain::verifySqliteFile(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("estatedesk-chain-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Report> result = Failure{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            result = verifyConnection(db);
        else
            result = Failure{tr("Cannot read the audit log: %1").arg(db.lastError().text())};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<AuditChain::Report> AuditChain::verifyConnection(const QSqlDatabase &connection)
{
    Report report;
    QSqlQuery start(connection);
    if (!start.prepare(QStringLiteral("SELECT value FROM schema_meta WHERE key = :key")))
        return Failure{tr("Cannot read the audit log: %1").arg(start.lastError().text())};
    start.bindValue(QStringLiteral(":key"), chainStartKey());
    if (!start.exec())
        return Failure{tr("Cannot read the audit log: %1").arg(start.lastError().text())};
    if (!start.next()) {
        report.problems << tr("The audit log has lost the mark where its hash chain starts "
                              "(schema_meta.%1).").arg(chainStartKey());
        report.firstBrokenRow = 1;
        return report;
    }
    const qint64 chainFrom = start.value(0).toLongLong();
    start.finish();

    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, hash, ") + kFields + QStringLiteral(" FROM audit_log ORDER BY id")))
        return Failure{tr("Cannot read the audit log: %1").arg(q.lastError().text())};
    QByteArray running;
    qint64 broken = 0;
    enum class Kind { BeforeStart, NoHash, Mismatch };
    auto problem = [&](qint64 id, Kind kind) {
        if (report.firstBrokenRow == 0)
            report.firstBrokenRow = id;
        if (++broken > kMaxProblemsListed)
            return;
        switch (kind) {
        case Kind::BeforeStart:
            report.problems << tr("Audit log row %1 carries a hash but lies before the start of the chain (row %2): "
                                  "the start was moved.").arg(id).arg(chainFrom);
            break;
        case Kind::NoHash:
            report.problems << tr("Audit log row %1 has no hash: it was written past the program.").arg(id);
            break;
        case Kind::Mismatch:
            report.problems << tr("Audit log row %1 does not match its hash: it was changed, or a row before it was "
                                  "removed.").arg(id);
            break;
        }
    };
    QVariantList fields;
    fields.reserve(9);
    while (q.next()) {
        ++report.rows;
        const qint64 id = q.value(0).toLongLong();
        const QVariant stored = q.value(1);
        fields.clear();
        for (int column = 2; column <= 10; ++column)
            fields << q.value(column);
        const QByteArray expected = rowHash(running, fields);
        if (id < chainFrom) {
            if (!stored.isNull())
                problem(id, Kind::BeforeStart);
            running = expected;
            continue;
        }
        if (stored.isNull()) {
            problem(id, Kind::NoHash);
            running = expected;
            continue;
        }
        const QByteArray hash = stored.toString().toLatin1();
        if (hash != expected)
            problem(id, Kind::Mismatch);
        // Go on from the stored hash, so that one changed row is reported once, not every row after it.
        running = hash;
    }
    if (broken > kMaxProblemsListed)
        report.problems << tr("... and %1 more rows of the audit log that do not follow.").arg(broken - kMaxProblemsListed);
    return report;
}
