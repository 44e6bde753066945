// FeeRepository: a house's account, payments with their receipt numbers, reversals.
#include "models/repositories/feerepository.h"

#include "models/database/guardedwrite.h"
#include "models/database/transaction.h"
#include "models/domain/money.h"
#include "models/repositories/feesupport.h"

#include <QJsonArray>

using namespace FeeSupport;
using Binding::notNull;
using Binding::textOrNull;

namespace {
const QString kPaymentEntity = QStringLiteral("payment");

const QString kBillSelect = QStringLiteral(
    "SELECT b.id, b.house_id, h.number, b.item_id, i.code, i.name, i.kind, b.period, b.period_start, b.period_end, "
    "b.due_date, b.months, b.amount_fen, %1, b.vacant, b.payer_name, b.source FROM bills b "
    "JOIN houses h ON h.id = b.house_id JOIN fee_items i ON i.id = b.item_id ");

FeeBill billFrom(const Query &q, const QDate &today)
{
    FeeBill b;
    b.id = q.value(0).toLongLong();
    b.houseId = q.value(1).toLongLong();
    b.houseNumber = q.value(2).toString();
    b.itemId = q.value(3).toLongLong();
    b.itemCode = q.value(4).toString();
    b.itemName = q.value(5).toString();
    b.itemKind = q.value(6).toString();
    b.period = q.value(7).toString();
    b.periodStart = dayFrom(q.value(8));
    b.periodEnd = dayFrom(q.value(9));
    b.dueDate = dayFrom(q.value(10));
    b.months = q.value(11).toInt();
    b.amountFen = q.value(12).toLongLong();
    b.paidFen = q.value(13).toLongLong();
    b.vacant = q.value(14).toInt() != 0;
    b.payerName = q.value(15).toString();
    b.source = q.value(16).toString();
    b.daysOverdue = FeeRules::daysOverdue(b.dueDate, today);
    return b;
}

// The house's bills as they stand now, oldest due date first, then item code.
BoundSql houseBillsSql(qint64 houseId)
{
    return {kBillSelect.arg(paidNow(QStringLiteral("b")))
                + QStringLiteral("WHERE b.house_id = :house ORDER BY b.due_date, i.code, b.period_start, b.id"),
            {{QStringLiteral(":house"), houseId}}};
}

Result<QList<FeeBill>> houseBills(const Database &db, qint64 houseId, const QDate &today)
{
    const BoundSql sql = houseBillsSql(houseId);
    Query q(db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<FeeBill> bills;
    while (q.next())
        bills << billFrom(q, today);
    return bills;
}

Result<qint64> housePrepaid(const Database &db, qint64 houseId)
{
    Query q(db, QStringLiteral("SELECT COALESCE(SUM(p.amount_fen - COALESCE((SELECT SUM(a.fen) FROM payment_allocations a "
                               "WHERE a.payment_id = p.id), 0)), 0) FROM payments p WHERE p.house_id = :house "
                               "AND p.reversed = 0"));
    q.bind(QStringLiteral(":house"), houseId);
    return q.scalar();
}

const QString kPaymentSelect = QStringLiteral(
    "SELECT p.id, COALESCE(p.receipt_no, ''), p.house_id, h.number, p.amount_fen, p.method, p.received_at, "
    "p.payer_name, COALESCE(p.note, ''), p.recorded_at, p.recorded_by, p.reversed, COALESCE(p.reversed_by, ''), "
    "COALESCE(p.reversal_reason, ''), p.reversed_at FROM payments p JOIN houses h ON h.id = p.house_id ");

FeePayment paymentFrom(const Query &q)
{
    FeePayment p;
    p.id = q.value(0).toLongLong();
    p.receiptNo = q.value(1).toString();
    p.houseId = q.value(2).toLongLong();
    p.houseNumber = q.value(3).toString();
    p.amountFen = q.value(4).toLongLong();
    p.method = q.value(5).toString();
    p.receivedAt = fromStored(q.value(6).toLongLong());
    p.payerName = q.value(7).toString();
    p.note = q.value(8).toString();
    p.recordedAt = fromStored(q.value(9).toLongLong());
    p.recordedBy = q.value(10).toString();
    p.reversed = q.value(11).toInt() != 0;
    p.reversedBy = q.value(12).toString();
    p.reversalReason = q.value(13).toString();
    if (!q.value(14).isNull())
        p.reversedAt = fromStored(q.value(14).toLongLong());
    return p;
}

Status loadAllocations(const Database &db, FeePayment &p)
{
    const BoundSql sql = FeeRepository::allocationsSql(p.id);
    Query q(db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return s;
    qint64 allocated = 0;
    while (q.next()) {
        FeeAllocation a{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong(), q.value(5).toInt() != 0, fromStored(q.value(6).toLongLong())};
        allocated += a.fen;
        p.allocations << a;
    }
    p.prepaidFen = p.reversed ? 0 : p.amountFen - allocated;
    return {};
}

// The next receipt number of the year: numbers only go up, none is given twice.
Result<QString> nextReceiptNumber(Database &db, int year)
{
    Query bump(db, QStringLiteral("UPDATE receipt_counters SET last_number = last_number + 1 WHERE year = :year"));
    bump.bind(QStringLiteral(":year"), year);
    if (Status s = bump.exec(); !s)
        return Failure{s.error()};
    if (bump.numRowsAffected() == 0) {
        Query first(db, QStringLiteral("INSERT INTO receipt_counters (year, last_number) VALUES (:year, 1)"));
        first.bind(QStringLiteral(":year"), year);
        if (Status s = first.exec(); !s)
            return Failure{s.error()};
    }
    Query read(db, QStringLiteral("SELECT last_number FROM receipt_counters WHERE year = :year"));
    read.bind(QStringLiteral(":year"), year);
    const auto number = read.scalar();
    if (!number)
        return Failure{number.error()};
    return FeeRules::receiptNumber(year, *number);
}

QJsonArray allocationsJson(const QList<FeeAllocation> &allocations)
{
    QJsonArray list;
    for (const FeeAllocation &a : allocations)
        list.append(QJsonObject{{QStringLiteral("bill"), a.billId},
                                {QStringLiteral("item"), a.itemCode},
                                {QStringLiteral("period"), a.period},
                                {QStringLiteral("amount"), Money::formatYuan(a.fen)}});
    return list;
}
} // namespace

BoundSql FeeRepository::allocationsSql(qint64 paymentId)
{
    return {QStringLiteral("SELECT a.bill_id, i.code, i.name, b.period, a.fen, a.from_prepaid, a.allocated_at "
                           "FROM payment_allocations a JOIN bills b ON b.id = a.bill_id "
                           "JOIN fee_items i ON i.id = b.item_id WHERE a.payment_id = :id ORDER BY a.id"),
            {{QStringLiteral(":id"), paymentId}}};
}

namespace {
BoundSql accountHouseSql(qint64 houseId)
{
    return {QStringLiteral("SELECT number, house_type, status, area_centi FROM houses WHERE id = :id"),
            {{QStringLiteral(":id"), houseId}}};
}

BoundSql accountPaymentsSql(qint64 houseId)
{
    return {kPaymentSelect + QStringLiteral("WHERE p.house_id = :house ORDER BY p.received_at DESC, p.id DESC"),
            {{QStringLiteral(":house"), houseId}}};
}
} // namespace

QList<BoundSql> FeeRepository::accountSql(qint64 houseId)
{
    return {accountHouseSql(houseId), currentOwnersSql(houseId), houseBillsSql(houseId), accountPaymentsSql(houseId)};
}

Result<FeeAccount> FeeRepository::account(const Session &who, qint64 houseId) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see fee accounts.")); !s)
        return Failure{s.error()};
    const BoundSql houseSql = accountHouseSql(houseId);
    Query house(m_db, houseSql.sql);
    houseSql.bindTo(house);
    if (Status s = house.exec(); !s)
        return Failure{s.error()};
    if (!house.next())
        return Failure{tr("House: the house is not on file.")};
    FeeAccount account;
    account.houseId = houseId;
    account.houseNumber = house.value(0).toString();
    account.houseType = house.value(1).toString();
    account.status = house.value(2).toString();
    account.areaCenti = house.value(3).isNull() ? -1 : house.value(3).toLongLong();
    house.finish();
    account.today = localDay(m_db.clock().now(), SettingsRepository(m_db).timeZone());
    const auto owners = currentOwners(m_db, houseId);
    if (!owners)
        return Failure{owners.error()};
    account.owner = owners->value(houseId).names;
    const auto bills = houseBills(m_db, houseId, account.today);
    if (!bills)
        return Failure{bills.error()};
    account.bills = *bills;
    for (const FeeBill &b : account.bills) {
        account.openFen += b.outstandingFen();
        if (b.outstandingFen() > 0 && b.daysOverdue > 0) {
            account.arrearsFen += b.outstandingFen();
            account.maxDaysOverdue = qMax(account.maxDaysOverdue, b.daysOverdue);
        }
    }
    const BoundSql paymentsSql = accountPaymentsSql(houseId);
    Query payments(m_db, paymentsSql.sql);
    paymentsSql.bindTo(payments);
    if (Status s = payments.exec(); !s)
        return Failure{s.error()};
    while (payments.next())
        account.payments << paymentFrom(payments);
    for (FeePayment &p : account.payments) {
        if (Status s = loadAllocations(m_db, p); !s)
            return Failure{s.error()};
        account.prepaidFen += p.prepaidFen;
    }
    return account;
}

Result<FeeReceipt> FeeRepository::pay(const Session &who, const FeePaymentInput &input)
{
    if (Status s = m_audit.require(who, Permission::CollectFees, kPaymentEntity); !s)
        return Failure{s.error()};
    if (input.amountFen <= 0)
        return Failure{tr("Amount: it must be more than 0.")};
    if (input.amountFen > qint64(10000000) * 100)
        return Failure{tr("Amount: at most 10000000 yuan in one payment.")};
    if (!FeeRules::methodCodes().contains(input.method))
        return Failure{tr("Method: \"%1\" is not one of %2.").arg(input.method, FeeRules::methodCodes().join(QStringLiteral(", ")))};
    const QDateTime now = m_db.clock().now();
    const QDateTime receivedAt = input.receivedAt.isValid() ? input.receivedAt.toUTC() : now;
    if (receivedAt > now.addSecs(300))
        return Failure{tr("Received at: %1 is in the future.").arg(receivedAt.toString(Qt::ISODate))};
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const QDate today = localDay(now, zone);

    return GuardedWrite::runCheckedFor<FeeReceipt>(m_db, who, [&](FeeReceipt &receipt) -> Result<GuardedWrite::AuditRow> {
        const auto bills = houseBills(m_db, input.houseId, today);
        if (!bills)
            return Failure{bills.error()};
        Query house(m_db, QStringLiteral("SELECT number FROM houses WHERE id = :id AND voided = 0"));
        house.bind(QStringLiteral(":id"), input.houseId);
        if (Status s = house.exec(); !s)
            return Failure{s.error()};
        if (!house.next())
            return Failure{tr("House: the house is not on file.")};
        const QString houseNumber = house.value(0).toString();
        house.finish();

        QList<FeeBill> targets;
        if (input.chosenBills.isEmpty()) {
            for (const FeeBill &b : *bills) {
                if (b.outstandingFen() > 0)
                    targets << b;
            }
        } else {
            for (qint64 id : input.chosenBills) {
                const auto it = std::find_if(bills->cbegin(), bills->cend(), [id](const FeeBill &b) { return b.id == id; });
                if (it == bills->cend())
                    return Failure{tr("Bills: a chosen bill is not a bill of %1.").arg(houseNumber)};
                if (it->outstandingFen() <= 0)
                    return Failure{tr("Bills: %1 %2 is paid already.").arg(it->itemCode, it->period)};
                targets << *it;
            }
        }

        const auto receiptNo = nextReceiptNumber(m_db, localDay(receivedAt, zone).year());
        if (!receiptNo)
            return Failure{receiptNo.error()};
        QString payer = input.payerName.trimmed();
        if (payer.isEmpty()) {
            const auto owners = currentOwners(m_db, input.houseId);
            if (!owners)
                return Failure{owners.error()};
            payer = owners->value(input.houseId).names;
        }
        Query insert(m_db, QStringLiteral("INSERT INTO payments (receipt_no, house_id, amount_fen, method, received_at, "
                                          "payer_name, note, recorded_at, recorded_by) VALUES (:no, :house, :fen, :method, "
                                          ":received, :payer, :note, :at, :by) RETURNING id"));
        insert.bind(QStringLiteral(":no"), *receiptNo).bind(QStringLiteral(":house"), input.houseId);
        insert.bind(QStringLiteral(":fen"), input.amountFen).bind(QStringLiteral(":method"), input.method);
        insert.bind(QStringLiteral(":received"), toStored(receivedAt)).bind(QStringLiteral(":payer"), notNull(payer));
        insert.bind(QStringLiteral(":note"), textOrNull(input.note.trimmed()));
        insert.bind(QStringLiteral(":at"), toStored(now)).bind(QStringLiteral(":by"), notNull(who.displayName));
        const auto paymentId = insert.scalar();
        if (!paymentId)
            return Failure{paymentId.error()};

        receipt.paymentId = *paymentId;
        receipt.receiptNo = *receiptNo;
        receipt.amountFen = input.amountFen;
        qint64 left = input.amountFen;
        Query allocate(m_db, QStringLiteral("INSERT INTO payment_allocations (payment_id, bill_id, fen, allocated_at, "
                                            "from_prepaid) VALUES (:payment, :bill, :fen, :at, 0)"));
        for (const FeeBill &b : std::as_const(targets)) {
            if (left == 0)
                break;
            const qint64 fen = qMin(left, b.outstandingFen());
            allocate.bind(QStringLiteral(":payment"), *paymentId).bind(QStringLiteral(":bill"), b.id);
            allocate.bind(QStringLiteral(":fen"), fen).bind(QStringLiteral(":at"), toStored(receivedAt));
            if (Status s = allocate.exec(); !s)
                return Failure{s.error()};
            receipt.allocations << FeeAllocation{b.id, b.itemCode, b.itemName, b.period, fen, false, receivedAt};
            left -= fen;
        }
        receipt.prepaidFen = left;
        qint64 openBefore = 0;
        for (const FeeBill &b : *bills)
            openBefore += b.outstandingFen();
        receipt.houseOpenFen = openBefore - (input.amountFen - left);
        const auto prepaid = housePrepaid(m_db, input.houseId);
        if (!prepaid)
            return Failure{prepaid.error()};
        receipt.housePrepaidFen = *prepaid;

        return GuardedWrite::AuditRow{QStringLiteral("fee_payment"), kPaymentEntity, *receiptNo, {},
                                      json(QJsonObject{{QStringLiteral("house"), houseNumber},
                                                       {QStringLiteral("amount"), Money::formatYuan(input.amountFen)},
                                                       {QStringLiteral("method"), input.method},
                                                       {QStringLiteral("received_at"), receivedAt.toString(Qt::ISODateWithMs)},
                                                       {QStringLiteral("allocations"), allocationsJson(receipt.allocations)},
                                                       {QStringLiteral("prepaid"), Money::formatYuan(left)}})};
    });
}

Result<FeePayment> FeeRepository::payment(const Session &who, qint64 paymentId) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see fee payments.")); !s)
        return Failure{s.error()};
    Query q(m_db, kPaymentSelect + QStringLiteral("WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), paymentId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("The payment is not on file.")};
    FeePayment p = paymentFrom(q);
    q.finish();
    if (Status s = loadAllocations(m_db, p); !s)
        return Failure{s.error()};
    return p;
}

Result<FeePayment> FeeRepository::paymentByReceipt(const Session &who, const QString &receiptNo) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::CollectFees}, tr("You may not see fee payments.")); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT id FROM payments WHERE receipt_no = :no"));
    q.bind(QStringLiteral(":no"), receiptNo.trimmed().toUpper());
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("Receipt: %1 is not on file.").arg(receiptNo.trimmed())};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return payment(who, id);
}

Status FeeRepository::reverse(const Session &who, qint64 paymentId, const QString &reason)
{
    if (Status s = GuardedWrite::checkVoid(m_db, who, Permission::ManageFees, kPaymentEntity, reason,
                                           tr("Reason: say why the payment is reversed."), 200,
                                           tr("Reason: at most 200 characters."));
        !s)
        return s;
    return GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query old(m_db, QStringLiteral("SELECT COALESCE(receipt_no, ''), amount_fen, reversed FROM payments WHERE id = :id"));
        old.bind(QStringLiteral(":id"), paymentId);
        if (Status s = old.exec(); !s)
            return Failure{s.error()};
        if (!old.next())
            return Failure{tr("The payment is not on file.")};
        const QString receiptNo = old.value(0).toString();
        const qint64 amount = old.value(1).toLongLong();
        const bool reversed = old.value(2).toInt() != 0;
        old.finish();
        if (reversed)
            return Failure{tr("Receipt %1 is reversed already.").arg(receiptNo)};
        Query q(m_db, QStringLiteral("UPDATE payments SET reversed = 1, reversed_by = :by, reversal_reason = :reason, "
                                     "reversed_at = :at WHERE id = :id AND reversed = 0"));
        q.bind(QStringLiteral(":by"), notNull(who.displayName)).bind(QStringLiteral(":reason"), reason.trimmed());
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":id"), paymentId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("Receipt %1 is reversed already.").arg(receiptNo)};
        return GuardedWrite::AuditRow{QStringLiteral("fee_payment_reversed"), kPaymentEntity,
                                      receiptNo.isEmpty() ? QString::number(paymentId) : receiptNo,
                                      Money::formatYuan(amount), {}, reason.trimmed()};
    });
}
