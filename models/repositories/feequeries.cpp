#include "models/repositories/feequeries.h"

#include "models/repositories/auditlog.h"
#include "models/repositories/feesupport.h"

#include <QMap>

using namespace FeeSupport;

namespace {
const QString kHouseJoins = QStringLiteral("JOIN houses h ON h.id = b.house_id JOIN units u ON u.id = h.unit_id "
                                           "JOIN buildings bl ON bl.id = u.building_id JOIN fee_items i ON i.id = b.item_id ");

QDateTime dayStartUtc(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}
} // namespace

FeeQueries::FeeQueries(Database &db) : m_db(db) {}

QTimeZone FeeQueries::zone() const
{
    return SettingsRepository(m_db).timeZone();
}

Result<QList<ArrearsRow>> FeeQueries::arrears(const Session &who, const QDateTime &asOfInput,
                                              const ArrearsFilter &filter) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see the arrears.")); !s)
        return Failure{s.error()};
    const QDateTime asOf = asOfInput.isValid() ? asOfInput.toUTC() : m_db.clock().now();
    const QDate day = localDay(asOf, zone());
    Query q(m_db, QStringLiteral("SELECT b.id, b.house_id, h.number, bl.code, b.payer_name, i.code, i.name, b.period, "
                                 "b.due_date, b.amount_fen, %1 FROM bills b ")
                          .arg(paidAt(QStringLiteral("b"), QStringLiteral(":asof")))
                      + kHouseJoins
                      + QStringLiteral("WHERE b.due_date < :day AND b.id IN %1 AND (:any = 1 OR bl.code = :building) "
                                       "ORDER BY h.number, b.due_date, i.code, b.id")
                            .arg(unpaidAtIds(QStringLiteral("due_date < :day2"), QStringLiteral(":asof"))));
    bindAt(q, QStringLiteral(":asof"), toStored(asOf));
    bindUnpaidAt(q, QStringLiteral(":asof"), toStored(asOf));
    q.bind(QStringLiteral(":day"), isoDay(day)).bind(QStringLiteral(":day2"), isoDay(day));
    q.bind(QStringLiteral(":any"), filter.building.isEmpty() ? 1 : 0).bind(QStringLiteral(":building"), filter.building);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<ArrearsRow> rows;
    while (q.next()) {
        ArrearsRow r;
        r.billId = q.value(0).toLongLong();
        r.houseId = q.value(1).toLongLong();
        r.house = q.value(2).toString();
        r.building = q.value(3).toString();
        r.owner = q.value(4).toString();
        r.itemCode = q.value(5).toString();
        r.itemName = q.value(6).toString();
        r.period = q.value(7).toString();
        r.dueDate = dayFrom(q.value(8));
        r.amountFen = q.value(9).toLongLong();
        r.paidFen = q.value(10).toLongLong();
        r.daysOverdue = FeeRules::daysOverdue(r.dueDate, day);
        if (r.outstandingFen() <= 0 || r.daysOverdue < filter.minDaysOverdue)
            continue;
        rows << r;
    }
    return rows;
}

Result<int> FeeQueries::housesInArrears(const Session &who, qint64 minDaysOverdue, const QDateTime &asOfInput) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see the arrears.")); !s)
        return Failure{s.error()};
    const QDateTime asOf = asOfInput.isValid() ? asOfInput.toUTC() : m_db.clock().now();
    const QDate day = localDay(asOf, zone());
    // Days overdue are due_date.daysTo(day): at least minDays when due on or before day - minDays,
    // and past due (before day) in any case. Only the count leaves the database, not the rows.
    const QDate lastDue = day.addDays(-qMax<qint64>(1, minDaysOverdue));
    Query q(m_db, QStringLiteral("SELECT COUNT(DISTINCT b.house_id) FROM bills b WHERE b.due_date <= :last "
                                 "AND b.id IN %2 AND b.amount_fen > %1")
                      .arg(paidAt(QStringLiteral("b"), QStringLiteral(":asof")),
                           unpaidAtIds(QStringLiteral("due_date <= :last2"), QStringLiteral(":asof"))));
    q.bind(QStringLiteral(":last"), isoDay(lastDue)).bind(QStringLiteral(":last2"), isoDay(lastDue));
    bindAt(q, QStringLiteral(":asof"), toStored(asOf));
    bindUnpaidAt(q, QStringLiteral(":asof"), toStored(asOf));
    const auto n = q.scalar();
    if (!n)
        return Failure{n.error()};
    return int(*n);
}

QMap<FeeRules::Ageing, qint64> FeeQueries::ageing(const QList<ArrearsRow> &rows)
{
    QMap<FeeRules::Ageing, qint64> buckets;
    for (FeeRules::Ageing bucket : FeeRules::ageingBuckets())
        buckets.insert(bucket, 0);
    for (const ArrearsRow &r : rows) {
        if (const auto bucket = FeeRules::ageing(r.daysOverdue))
            buckets[*bucket] += r.outstandingFen();
    }
    return buckets;
}

Result<QList<NoticeHouse>> FeeQueries::notices(const Session &who, NoticeKind kind, int year, int month,
                                               const QString &building) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not print fee notices.")); !s)
        return Failure{s.error()};
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return Failure{tr("Month: expected a month as YYYY-MM, e.g. 2026-07.")};
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    // Read before the bills: PostgreSQL keeps one statement's rows at a time.
    const auto owners = currentOwners(m_db);
    if (!owners)
        return Failure{owners.error()};
    // A reminder reads the unpaid bills only (the partial index bills_unpaid).
    const QString condition = kind == NoticeKind::Collection
        ? QStringLiteral("b.period_start >= :from AND b.period_start <= :to ")
        : QStringLiteral("b.amount_fen > b.paid_fen AND b.due_date >= :from AND b.due_date <= :to ");
    Query q(m_db, QStringLiteral("SELECT b.id, b.house_id, h.number, bl.code, i.code, i.name, b.period, b.due_date, "
                                 "b.amount_fen, %1 FROM bills b ")
                          .arg(paidNow(QStringLiteral("b")))
                      + kHouseJoins + QStringLiteral("WHERE ") + condition
                      + QStringLiteral("AND (:any = 1 OR bl.code = :building) AND h.voided = 0 "
                                       "ORDER BY h.number, b.due_date, i.code, b.id"));
    // A reminder lists every unpaid bill due by the month's end, however old.
    q.bind(QStringLiteral(":from"), kind == NoticeKind::Collection ? isoDay(first) : QStringLiteral("0000-01-01"));
    q.bind(QStringLiteral(":to"), isoDay(last));
    q.bind(QStringLiteral(":any"), building.isEmpty() ? 1 : 0).bind(QStringLiteral(":building"), building);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<NoticeHouse> houses;
    while (q.next()) {
        NoticeLine line;
        line.billId = q.value(0).toLongLong();
        line.itemCode = q.value(4).toString();
        line.itemName = q.value(5).toString();
        line.period = q.value(6).toString();
        line.dueDate = dayFrom(q.value(7));
        line.amountFen = q.value(8).toLongLong();
        line.paidFen = q.value(9).toLongLong();
        line.daysOverdue = qMax<qint64>(0, FeeRules::daysOverdue(line.dueDate, last));
        if (kind == NoticeKind::Reminder && line.outstandingFen() <= 0)
            continue;
        const qint64 houseId = q.value(1).toLongLong();
        if (houses.isEmpty() || houses.last().houseId != houseId) {
            NoticeHouse h;
            h.houseId = houseId;
            h.house = q.value(2).toString();
            h.building = q.value(3).toString();
            h.owner = owners->value(houseId).names;
            houses << h;
        }
        NoticeHouse &h = houses.last();
        h.totalFen += kind == NoticeKind::Collection ? line.amountFen : line.outstandingFen();
        h.outstandingFen += line.outstandingFen();
        h.lines << line;
    }
    return houses;
}

Result<QStringList> FeeQueries::buildings(const Session &who) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not print fee notices.")); !s)
        return Failure{s.error()};
    // The buildings with a bill: each stops at its first bill (bills_house), not every bill read.
    Query q(m_db, QStringLiteral("SELECT bl.code FROM buildings bl WHERE EXISTS (SELECT 1 FROM units u "
                                 "JOIN houses h ON h.unit_id = u.id JOIN bills b ON b.house_id = h.id "
                                 "WHERE u.building_id = bl.id) ORDER BY bl.code"));
    return q.texts();
}

Result<FeeStatement> FeeQueries::statement(const Session &who, const QString &halfText) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::ManageFees}, tr("You may not see the fee statement."));
        !s)
        return Failure{s.error()};
    const auto half = FeeRules::parseHalf(halfText);
    if (!half)
        return Failure{tr("Half year: expected e.g. 2026H1 or 2026H2.")};
    const QTimeZone z = zone();
    FeeStatement st;
    st.half = half->code();
    st.from = half->start();
    st.to = half->end();
    const qint64 from = toStored(dayStartUtc(st.from, z));
    const qint64 to = toStored(dayStartUtc(st.to.addDays(1), z));

    // Received on bills in the half (payments not reversed), by item.
    Query income(m_db, QStringLiteral("SELECT i.code, i.name, i.kind, SUM(a.fen) FROM payment_allocations a "
                                      "JOIN payments p ON p.id = a.payment_id JOIN bills b ON b.id = a.bill_id "
                                      "JOIN fee_items i ON i.id = b.item_id WHERE p.reversed = 0 "
                                      "AND a.allocated_at >= :from AND a.allocated_at < :to "
                                      "GROUP BY i.code, i.name, i.kind ORDER BY i.code"));
    income.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (Status s = income.exec(); !s)
        return Failure{s.error()};
    while (income.next()) {
        StatementIncome line{income.value(0).toString(), income.value(1).toString(), income.value(2).toString(),
                             income.value(3).toLongLong()};
        if (line.kind == QLatin1String("repair_fund")) {
            st.repairFundIncomeFen += line.fen;
            continue;
        }
        st.incomeFen += line.fen;
        st.income << line;
    }

    Query prepaid(m_db, QStringLiteral("SELECT COALESCE(SUM(p.amount_fen - COALESCE((SELECT SUM(a.fen) FROM "
                                       "payment_allocations a WHERE a.payment_id = p.id), 0)), 0) FROM payments p "
                                       "WHERE p.reversed = 0 AND p.received_at >= :from AND p.received_at < :to"));
    prepaid.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    const auto prepaidFen = prepaid.scalar();
    if (!prepaidFen)
        return Failure{prepaidFen.error()};
    st.prepaidReceivedFen = *prepaidFen;

    QMap<QString, qint64> byCategory;
    Query spending(m_db, QStringLiteral("SELECT category, SUM(amount_fen) FROM fee_spending WHERE half = :half "
                                        "AND voided = 0 GROUP BY category"));
    spending.bind(QStringLiteral(":half"), st.half);
    if (Status s = spending.exec(); !s)
        return Failure{s.error()};
    while (spending.next())
        byCategory.insert(spending.value(0).toString(), spending.value(1).toLongLong());
    for (const QString &category : FeeRules::spendingCategories()) {
        if (category == QLatin1String("repair_fund")) {
            st.repairFundSpendingFen = byCategory.value(category);
            continue;
        }
        st.spending << StatementSpending{category, byCategory.value(category)};
        st.spendingFen += byCategory.value(category);
    }

    // The repair fund before the half: everything received on its items, less what it spent.
    // Received before the half is what its bills are paid now (bills_item_paid) less what was
    // allocated to them since the half began: only the history since then is read.
    Query before(m_db, QStringLiteral("SELECT (SELECT COALESCE(SUM(b.paid_fen), 0) FROM fee_items i "
                                      "JOIN bills b ON b.item_id = i.id WHERE i.kind = 'repair_fund') - "
                                      "(SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a "
                                      "JOIN payments p ON p.id = a.payment_id JOIN bills b ON b.id = a.bill_id "
                                      "JOIN fee_items i ON i.id = b.item_id WHERE p.reversed = 0 AND "
                                      "i.kind = 'repair_fund' AND a.allocated_at >= :from) - "
                                      "(SELECT COALESCE(SUM(amount_fen), 0) FROM fee_spending WHERE voided = 0 AND "
                                      "category = 'repair_fund' AND half < :half)"));
    before.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":half"), st.half);
    const auto opening = before.scalar();
    if (!opening)
        return Failure{opening.error()};
    st.repairFundOpeningFen = *opening;
    return st;
}
