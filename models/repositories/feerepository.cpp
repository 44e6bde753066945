#include "models/repositories/feerepository.h"

#include "models/repositories/recordsupport.h"

#include "models/database/guardedwrite.h"
#include "models/database/transaction.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/repositories/feesupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace FeeSupport;
using Binding::notNull;
using Binding::textOrNull;

namespace {
const QString kItemEntity = QStringLiteral("fee_item");
const QString kSpendingEntity = QStringLiteral("fee_spending");

const QString kItemColumns = QStringLiteral(
    "id, code, name, kind, basis, rate_centifen, cycle, vacant_percent, house_types, first_month, "
    "COALESCE(last_month, ''), row_version");

FeeItem itemFrom(const Query &q)
{
    FeeItem item;
    item.id = q.value(0).toLongLong();
    item.code = q.value(1).toString();
    item.name = q.value(2).toString();
    item.kind = q.value(3).toString();
    item.basis = FeeRules::basisFromCode(q.value(4).toString()).value_or(FeeBasis::Fixed);
    item.rateCentiFen = q.value(5).toLongLong();
    item.cycle = FeeRules::cycleFromCode(q.value(6).toString()).value_or(FeeCycle::Month);
    item.vacantPercent = q.value(7).toInt();
    item.houseTypes = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    item.firstMonth = q.value(9).toString();
    item.lastMonth = q.value(10).toString();
    item.rowVersion = q.value(11).toInt();
    return item;
}

QJsonObject itemJson(const FeeItem &i)
{
    return QJsonObject{{QStringLiteral("code"), i.code},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("kind"), i.kind},
                       {QStringLiteral("basis"), FeeRules::basisCode(i.basis)},
                       {QStringLiteral("rate"), Money::formatRate(i.rateCentiFen)},
                       {QStringLiteral("cycle"), FeeRules::cycleCode(i.cycle)},
                       {QStringLiteral("vacant_percent"), i.vacantPercent},
                       {QStringLiteral("house_types"), i.houseTypes.join(QLatin1Char(','))},
                       {QStringLiteral("first_month"), i.firstMonth},
                       {QStringLiteral("last_month"), i.lastMonth}};
}

bool isMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return pattern.match(text).hasMatch();
}
} // namespace

FeeRepository::FeeRepository(Database &db) : m_db(db), m_audit(db) {}

namespace {
Status checkItem(const FeeItem &item)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,20}$"));
    if (item.code.trimmed().isEmpty())
        return Failure{FeeRepository::tr("Code: required.")};
    if (!codePattern.match(item.code.trimmed()).hasMatch())
        return Failure{FeeRepository::tr("Code: \"%1\" may hold only letters, digits, '-', '_' and '.' (at most 20).")
                           .arg(item.code.trimmed())};
    if (item.name.trimmed().isEmpty())
        return Failure{FeeRepository::tr("Name: required.")};
    if (item.name.trimmed().size() > 60)
        return Failure{FeeRepository::tr("Name: at most 60 characters.")};
    if (!FeeRules::kindCodes().contains(item.kind))
        return Failure{FeeRepository::tr("Kind: \"%1\" is not one of %2.")
                           .arg(item.kind, FeeRules::kindCodes().join(QStringLiteral(", ")))};
    if (item.rateCentiFen <= 0 || item.rateCentiFen > qint64(100000) * 10000)
        return Failure{FeeRepository::tr("Rate: it must be more than 0 and at most 100000 yuan.")};
    if (item.vacantPercent < 0 || item.vacantPercent > 100)
        return Failure{FeeRepository::tr("Vacant percentage: it must be between 0 and 100.")};
    if (item.houseTypes.isEmpty())
        return Failure{FeeRepository::tr("House types: name at least one.")};
    for (const QString &type : item.houseTypes) {
        if (!ResidentCodes::houseTypes().contains(type))
            return Failure{FeeRepository::tr("House types: \"%1\" is not a house type.").arg(type)};
    }
    if (!isMonth(item.firstMonth))
        return Failure{FeeRepository::tr("From: expected a month as YYYY-MM, e.g. 2026-07.")};
    if (!item.lastMonth.isEmpty() && !isMonth(item.lastMonth))
        return Failure{FeeRepository::tr("Until: expected a month as YYYY-MM, e.g. 2026-12.")};
    if (!item.lastMonth.isEmpty() && item.lastMonth < item.firstMonth)
        return Failure{FeeRepository::tr("Until: %1 is before the first month %2.").arg(item.lastMonth, item.firstMonth)};
    return {};
}
} // namespace

Result<qint64> FeeRepository::addItem(const Session &who, const FeeItem &input)
{
    if (Status s = m_audit.require(who, Permission::ManageFees, kItemEntity); !s)
        return Failure{s.error()};
    FeeItem item = input;
    item.code = item.code.trimmed();
    item.name = item.name.trimmed();
    if (Status s = checkItem(item); !s)
        return Failure{s.error()};
    return GuardedWrite::runCheckedFor<qint64>(m_db, who, [&](qint64 &newId) -> Result<GuardedWrite::AuditRow> {
        Query used(m_db, QStringLiteral("SELECT name FROM fee_items WHERE code = :code"));
        used.bind(QStringLiteral(":code"), item.code);
        if (Status s = used.exec(); !s)
            return Failure{s.error()};
        if (used.next())
            return Failure{tr("Code: %1 is already the code of \"%2\".").arg(item.code, used.value(0).toString())};
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral(
                          "INSERT INTO fee_items (code, name, kind, basis, rate_centifen, cycle, vacant_percent, house_types, "
                          "first_month, last_month, created_at, created_by, updated_at, updated_by) VALUES (:code, :name, "
                          ":kind, :basis, :rate, :cycle, :vacant, :types, :first, :last, :at, :by, :at2, :by2) RETURNING id"));
        q.bind(QStringLiteral(":code"), item.code).bind(QStringLiteral(":name"), item.name);
        q.bind(QStringLiteral(":kind"), item.kind).bind(QStringLiteral(":basis"), FeeRules::basisCode(item.basis));
        q.bind(QStringLiteral(":rate"), item.rateCentiFen).bind(QStringLiteral(":cycle"), FeeRules::cycleCode(item.cycle));
        q.bind(QStringLiteral(":vacant"), item.vacantPercent);
        q.bind(QStringLiteral(":types"), item.houseTypes.join(QLatin1Char(',')));
        q.bind(QStringLiteral(":first"), item.firstMonth).bind(QStringLiteral(":last"), textOrNull(item.lastMonth));
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), notNull(who.displayName));
        q.bind(QStringLiteral(":at2"), now).bind(QStringLiteral(":by2"), notNull(who.displayName));
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        newId = *id;
        return GuardedWrite::AuditRow{QStringLiteral("fee_item_added"), kItemEntity,
                                      QString::number(*id), {}, json(itemJson(item))};
    });
}

Status FeeRepository::updateItem(const Session &who, const FeeItem &input)
{
    if (Status s = m_audit.require(who, Permission::ManageFees, kItemEntity); !s)
        return s;
    Query old(m_db, QStringLiteral("SELECT %1 FROM fee_items WHERE id = :id").arg(kItemColumns));
    old.bind(QStringLiteral(":id"), input.id);
    if (Status s = old.exec(); !s)
        return s;
    if (!old.next())
        return Failure{tr("The fee item no longer exists.")};
    const FeeItem before = itemFrom(old);
    old.finish();
    FeeItem item = input;
    item.code = before.code; // the code, basis and cycle of an item stay: its bills are read by them
    item.basis = before.basis;
    item.cycle = before.cycle;
    item.firstMonth = before.firstMonth;
    item.name = item.name.trimmed();
    if (Status s = checkItem(item); !s)
        return s;
    return GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE fee_items SET name = :name, kind = :kind, rate_centifen = :rate, "
                                     "vacant_percent = :vacant, house_types = :types, last_month = :last, "
                                     "row_version = row_version + 1, updated_at = :at, updated_by = :by "
                                     "WHERE id = :id AND row_version = :version"));
        q.bind(QStringLiteral(":name"), item.name).bind(QStringLiteral(":kind"), item.kind);
        q.bind(QStringLiteral(":rate"), item.rateCentiFen).bind(QStringLiteral(":vacant"), item.vacantPercent);
        q.bind(QStringLiteral(":types"), item.houseTypes.join(QLatin1Char(',')));
        q.bind(QStringLiteral(":last"), textOrNull(item.lastMonth));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), notNull(who.displayName));
        q.bind(QStringLiteral(":id"), item.id).bind(QStringLiteral(":version"), item.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{RecordSupport::changedBy(m_db, QStringLiteral("SELECT updated_by, updated_at FROM fee_items "
                                                                         "WHERE id = :id"),
                                                    item.id, tr("Fee item %1").arg(before.code))};
        return GuardedWrite::AuditRow{QStringLiteral("fee_item_changed"), kItemEntity,
                                      QString::number(item.id), json(itemJson(before)),
                                      json(itemJson(item))};
    });
}

Status FeeRepository::endItem(const Session &who, qint64 itemId, const QString &lastMonth)
{
    if (Status s = m_audit.require(who, Permission::ManageFees, kItemEntity); !s)
        return s;
    if (!isMonth(lastMonth))
        return Failure{tr("Until: expected a month as YYYY-MM, e.g. 2026-12.")};
    return GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query old(m_db, QStringLiteral("SELECT code, first_month, COALESCE(last_month, '') FROM fee_items WHERE id = :id"));
        old.bind(QStringLiteral(":id"), itemId);
        if (Status s = old.exec(); !s)
            return Failure{s.error()};
        if (!old.next())
            return Failure{tr("The fee item no longer exists.")};
        const QString code = old.value(0).toString();
        const QString first = old.value(1).toString();
        const QString previous = old.value(2).toString();
        old.finish();
        if (lastMonth < first)
            return Failure{tr("Until: %1 is before the first month %2.").arg(lastMonth, first)};
        Query q(m_db, QStringLiteral("UPDATE fee_items SET last_month = :last, row_version = row_version + 1, "
                                     "updated_at = :at, updated_by = :by WHERE id = :id"));
        q.bind(QStringLiteral(":last"), lastMonth).bind(QStringLiteral(":id"), itemId);
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), notNull(who.displayName));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("fee_item_ended"), kItemEntity,
                                      QString::number(itemId), previous, lastMonth, code};
    });
}

Result<QList<FeeItem>> FeeRepository::items(const Session &who, bool includeEnded) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see the fee items."));
        !s)
        return Failure{s.error()};
    const QDate today = localDay(m_db.clock().now(), SettingsRepository(m_db).timeZone());
    Query q(m_db, QStringLiteral("SELECT %1 FROM fee_items WHERE on_demand = 0 AND (:all = 1 OR last_month IS NULL OR "
                                 "last_month >= :month) ORDER BY code")
                      .arg(kItemColumns));
    q.bind(QStringLiteral(":all"), includeEnded ? 1 : 0)
        .bind(QStringLiteral(":month"), monthKey(today.year(), today.month()));
    return q.rows(itemFrom);
}

Result<FeeItem> FeeRepository::itemByCode(const Session &who, const QString &codeOrName) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see the fee items."));
        !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT %1 FROM fee_items WHERE code = :code OR name = :name ORDER BY "
                                 "CASE WHEN code = :code2 THEN 0 ELSE 1 END, id")
                      .arg(kItemColumns));
    const QString text = codeOrName.trimmed();
    q.bind(QStringLiteral(":code"), text).bind(QStringLiteral(":name"), text).bind(QStringLiteral(":code2"), text);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("Item: there is no fee item with the code or name \"%1\".").arg(text)};
    return itemFrom(q);
}

Status FeeRepository::recordReading(const Session &who, const MeterReading &reading)
{
    if (Status s = m_audit.require(who, Permission::CollectFees, QStringLiteral("meter_reading")); !s)
        return s;
    Query item(m_db, QStringLiteral("SELECT %1 FROM fee_items WHERE id = :id").arg(kItemColumns));
    item.bind(QStringLiteral(":id"), reading.itemId);
    if (Status s = item.exec(); !s)
        return s;
    if (!item.next())
        return Failure{tr("Item: the fee item no longer exists.")};
    const FeeItem fee = itemFrom(item);
    item.finish();
    if (fee.basis != FeeBasis::Metered)
        return Failure{tr("Item: %1 is not metered.").arg(fee.code)};
    const auto period = FeePeriod::parse(reading.period);
    if (!period || period->cycle != fee.cycle)
        return Failure{tr("Period: \"%1\" is not a period of %2 (%3).")
                           .arg(reading.period, fee.code, FeeRules::cycleName(fee.cycle))};
    if (reading.quantityMilli < 0 || reading.quantityMilli > qint64(1000000000) * 1000)
        return Failure{tr("Quantity: it must be between 0 and 1000000000.")};
    return GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        const auto count = billCount(m_db, reading.houseId, reading.itemId, period->code());
        if (!count)
            return Failure{count.error()};
        if (*count > 0)
            return Failure{tr("Quantity: %1 of %2 is billed already; the reading can no longer change.")
                               .arg(fee.code, period->code())};
        Query old(m_db, QStringLiteral("SELECT quantity_milli FROM meter_readings WHERE house_id = :h AND item_id = :i "
                                       "AND period = :p"));
        old.bind(QStringLiteral(":h"), reading.houseId).bind(QStringLiteral(":i"), reading.itemId);
        old.bind(QStringLiteral(":p"), period->code());
        if (Status s = old.exec(); !s)
            return Failure{s.error()};
        const bool replacing = old.next();
        const QString before = replacing ? QString::number(old.value(0).toLongLong()) : QString();
        old.finish();
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, replacing ? QStringLiteral("UPDATE meter_readings SET quantity_milli = :q, recorded_at = :at, "
                                                 "recorded_by = :by WHERE house_id = :h AND item_id = :i AND period = :p")
                                : QStringLiteral("INSERT INTO meter_readings (house_id, item_id, period, quantity_milli, "
                                                 "recorded_at, recorded_by) VALUES (:h, :i, :p, :q, :at, :by)"));
        q.bind(QStringLiteral(":h"), reading.houseId).bind(QStringLiteral(":i"), reading.itemId);
        q.bind(QStringLiteral(":p"), period->code()).bind(QStringLiteral(":q"), reading.quantityMilli);
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), notNull(who.displayName));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("meter_reading"), QStringLiteral("meter_reading"),
                                      QStringLiteral("%1/%2/%3").arg(reading.houseId).arg(fee.code, period->code()),
                                      before, QString::number(reading.quantityMilli)};
    });
}

Result<qint64> FeeRepository::addSpending(const Session &who, const FeeSpending &spending)
{
    if (Status s = m_audit.require(who, Permission::ManageFees, kSpendingEntity); !s)
        return Failure{s.error()};
    if (!FeeRules::parseHalf(spending.half))
        return Failure{tr("Half year: expected e.g. 2026H1 or 2026H2.")};
    if (!FeeRules::spendingCategories().contains(spending.category))
        return Failure{tr("Category: \"%1\" is not one of %2.")
                           .arg(spending.category, FeeRules::spendingCategories().join(QStringLiteral(", ")))};
    if (spending.amountFen <= 0)
        return Failure{tr("Amount: it must be more than 0.")};
    const auto half = FeeRules::parseHalf(spending.half);
    if (spending.spentOn.isValid() && (spending.spentOn < half->start() || spending.spentOn > half->end()))
        return Failure{tr("Date: %1 is not in %2.").arg(isoDay(spending.spentOn), half->code())};
    return GuardedWrite::runCheckedFor<qint64>(m_db, who, [&](qint64 &newId) -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("INSERT INTO fee_spending (half, category, amount_fen, spent_on, note, recorded_at, "
                                     "recorded_by) VALUES (:half, :cat, :fen, :on, :note, :at, :by) RETURNING id"));
        q.bind(QStringLiteral(":half"), half->code()).bind(QStringLiteral(":cat"), spending.category);
        q.bind(QStringLiteral(":fen"), spending.amountFen);
        q.bind(QStringLiteral(":on"), spending.spentOn.isValid() ? QVariant(isoDay(spending.spentOn)) : Binding::nullText());
        q.bind(QStringLiteral(":note"), textOrNull(spending.note.trimmed()));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), notNull(who.displayName));
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        newId = *id;
        return GuardedWrite::AuditRow{QStringLiteral("fee_spending_added"), kSpendingEntity, QString::number(*id), {},
                                      json(QJsonObject{{QStringLiteral("half"), half->code()},
                                                       {QStringLiteral("category"), spending.category},
                                                       {QStringLiteral("amount"), Money::formatYuan(spending.amountFen)}}),
                                      spending.note.trimmed()};
    });
}

Status FeeRepository::voidSpending(const Session &who, qint64 spendingId, const QString &reason)
{
    return GuardedWrite::voidWithReason(m_db, who, Permission::ManageFees, kSpendingEntity,
                                        tr("Reason: say why the spending is taken back."),
                                        {QStringLiteral("fee_spending"), spendingId, kSpendingEntity,
                                         QString::number(spendingId), tr("The spending is not on file, or was taken back already.")},
                                        reason);
}

Result<QList<FeeSpending>> FeeRepository::spending(const Session &who, const QString &half) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::ManageFees}, tr("You may not see the fee spending.")); !s)
        return Failure{s.error()};
    const auto period = FeeRules::parseHalf(half);
    if (!period)
        return Failure{tr("Half year: expected e.g. 2026H1 or 2026H2.")};
    Query q(m_db, QStringLiteral("SELECT id, half, category, amount_fen, COALESCE(spent_on, ''), COALESCE(note, ''), "
                                 "recorded_at, recorded_by FROM fee_spending WHERE half = :half AND voided = 0 "
                                 "ORDER BY category, id"));
    q.bind(QStringLiteral(":half"), period->code());
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<FeeSpending> list;
    while (q.next()) {
        FeeSpending s;
        s.id = q.value(0).toLongLong();
        s.half = q.value(1).toString();
        s.category = q.value(2).toString();
        s.amountFen = q.value(3).toLongLong();
        s.spentOn = dayFrom(q.value(4));
        s.note = q.value(5).toString();
        s.recordedAt = fromStored(q.value(6).toLongLong());
        s.recordedBy = q.value(7).toString();
        list << s;
    }
    return list;
}

Result<qint64> FeeRepository::billCount(Database &db, qint64 houseId, qint64 itemId, const QString &period)
{
    Query billed(db, QStringLiteral("SELECT COUNT(*) FROM bills WHERE house_id = :h AND item_id = :i AND period = :p"));
    billed.bind(QStringLiteral(":h"), houseId).bind(QStringLiteral(":i"), itemId);
    billed.bind(QStringLiteral(":p"), period);
    return billed.scalar();
}
