#include "models/repositories/pricelistrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/requestrows.h"

using namespace RequestRows;

namespace {
const QString kPriceEntity = QStringLiteral("price_item");
// The item's columns, as the insert and the update both write them.
void bindItem(Query &q, const PriceItem &item)
{
    q.bind(QStringLiteral(":i"), item.item.trimmed());
    q.bind(QStringLiteral(":u"), notNull(item.unit.trimmed()));
    q.bind(QStringLiteral(":p"), item.priceFen);
    q.bind(QStringLiteral(":a"), item.active ? 1 : 0);
}
} // namespace

PriceListRepository::PriceListRepository(Database &db) : m_db(db), m_audit(db) {}

Result<QList<PriceItem>> PriceListRepository::priceList() const
{
    Query q(m_db, QStringLiteral("SELECT id, item, unit, price_fen, active, row_version FROM price_items ORDER BY item"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<PriceItem> items;
    while (q.next()) {
        items << PriceItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toInt() != 0, q.value(5).toInt()};
    }
    return items;
}

Result<qint64> PriceListRepository::savePriceItem(const Session &who, const PriceItem &item)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::ManageLimitsAndTemplates, kPriceEntity,
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        if (item.item.trimmed().isEmpty())
            return Failure{tr("Item: required.")};
        if (item.priceFen < 0)
            return Failure{tr("Price: it cannot be negative.")};
        qint64 id = item.id;
        QString oldValue;
        if (id == 0) {
            Query q(m_db, QStringLiteral("INSERT INTO price_items (item, unit, price_fen, active) VALUES (:i, :u, :p, :a) "
                                         "RETURNING id"));
            bindItem(q, item);
            const auto inserted = q.scalar();
            if (!inserted)
                return Failure{inserted.error()};
            id = inserted.value();
        } else {
            Query old(m_db, QStringLiteral("SELECT price_fen FROM price_items WHERE id = :id"));
            old.bind(QStringLiteral(":id"), id);
            if (Status s = old.exec(); !s)
                return Failure{s.error()};
            if (old.next())
                oldValue = QString::number(old.value(0).toLongLong());
            Query q(m_db, QStringLiteral("UPDATE price_items SET item = :i, unit = :u, price_fen = :p, active = :a, "
                                         "row_version = row_version + 1 WHERE id = :id AND row_version = :rv"));
            bindItem(q, item);
            q.bind(QStringLiteral(":id"), id);
            q.bind(QStringLiteral(":rv"), item.rowVersion);
            if (Status s = q.exec(); !s)
                return Failure{s.error()};
            if (q.numRowsAffected() != 1)
                return Failure{tr("The price item was changed by someone else in the meantime. Reload it and try again.")};
        }
        out = id;
        return GuardedWrite::AuditRow{QStringLiteral("price_item_saved"), kPriceEntity, QString::number(id), oldValue,
                                      QString::number(item.priceFen), item.item.trimmed()};
    });
}
