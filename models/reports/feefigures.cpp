#include "models/reports/feefigures.h"

#include "models/domain/fees.h"
#include "models/reports/reportkeys.h"
#include "models/repositories/feesupport.h"

#include <QSet>

using namespace FeeSupport;

namespace {
QJsonValue rate(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

std::optional<double> FeeFigures::collectionRate() const
{
    if (billedFen == 0)
        return std::nullopt;
    return double(collectedOnBillsFen) / double(billedFen);
}

std::optional<double> FeeFigures::arrearsRecoveryRate() const
{
    if (arrearsAtMonthStartFen == 0)
        return std::nullopt;
    return double(arrearsRecoveredFen) / double(arrearsAtMonthStartFen);
}

void FeeFigures::insertInto(QJsonObject &root) const
{
    namespace K = ReportKeys;
    K::insert(root, K::FeesBilledFen, billedFen);
    K::insert(root, K::FeesCollectedOnBillsFen, collectedOnBillsFen);
    K::insert(root, K::FeesCollectionRate, rate(collectionRate()));
    K::insert(root, K::FeesReceivedFen, receivedFen);
    K::insert(root, K::FeesArrearsRecoveredFen, arrearsRecoveredFen);
    K::insert(root, K::FeesArrearsAtMonthStartFen, arrearsAtMonthStartFen);
    K::insert(root, K::FeesArrearsRecoveryRate, rate(arrearsRecoveryRate()));
    K::insert(root, K::FeesArrearsOutstandingFen, arrearsOutstandingFen);
    K::insert(root, K::FeesHousesInArrears, housesInArrears);
    K::insert(root, K::FeesAgeing1To30, ageing1To30Fen);
    K::insert(root, K::FeesAgeing31To90, ageing31To90Fen);
    K::insert(root, K::FeesAgeing91To180, ageing91To180Fen);
    K::insert(root, K::FeesAgeing181To365, ageing181To365Fen);
    K::insert(root, K::FeesAgeingOver365, ageingOver365Fen);
}

Result<FeeFigures> FeeFigures::compute(const Database &db, const QDateTime &monthStart, const QDateTime &monthEnd,
                                       const QDateTime &asOfInput, const QTimeZone &zone)
{
    FeeFigures f;
    const QDateTime asOf = asOfInput.toUTC();
    const qint64 from = toStored(monthStart);
    const qint64 to = toStored(monthEnd);
    const qint64 asOfMs = toStored(asOf);
    const QDate firstDay = localDay(monthStart, zone);
    const QDate lastDay = localDay(monthEnd, zone).addDays(-1);

    // The bills due in M, and what of them was paid by A.
    {
        Query q(db, QStringLiteral("SELECT COALESCE(SUM(b.amount_fen), 0), COALESCE(SUM(%1), 0) FROM bills b "
                                   "WHERE b.due_date >= :first AND b.due_date <= :last")
                        .arg(paidAt(QStringLiteral("b"), QStringLiteral(":asof"))));
        bindAt(q, QStringLiteral(":asof"), asOfMs);
        q.bind(QStringLiteral(":first"), isoDay(firstDay)).bind(QStringLiteral(":last"), isoDay(lastDay));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.next()) {
            f.billedFen = q.value(0).toLongLong();
            f.collectedOnBillsFen = q.value(1).toLongLong();
        }
    }
    // Payments received in M up to A (not reversed by A).
    {
        Query q(db, QStringLiteral("SELECT COALESCE(SUM(amount_fen), 0) FROM payments WHERE received_at >= :from "
                                   "AND received_at < :to AND received_at <= :asof AND (reversed = 0 OR reversed_at > :asof2)"));
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
        q.bind(QStringLiteral(":asof"), asOfMs).bind(QStringLiteral(":asof2"), asOfMs);
        const auto received = q.scalar();
        if (!received)
            return Failure{received.error()};
        f.receivedFen = *received;
    }
    // Paid in M up to A on bills due before M.
    {
        Query q(db, QStringLiteral("SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a "
                                   "JOIN payments p ON p.id = a.payment_id JOIN bills b ON b.id = a.bill_id "
                                   "WHERE b.due_date < :first AND a.allocated_at >= :from AND a.allocated_at < :to "
                                   "AND a.allocated_at <= :asof AND (p.reversed = 0 OR p.reversed_at > :asof2)"));
        q.bind(QStringLiteral(":first"), isoDay(firstDay)).bind(QStringLiteral(":from"), from);
        q.bind(QStringLiteral(":to"), to).bind(QStringLiteral(":asof"), asOfMs).bind(QStringLiteral(":asof2"), asOfMs);
        const auto recovered = q.scalar();
        if (!recovered)
            return Failure{recovered.error()};
        f.arrearsRecoveredFen = *recovered;
    }
    // Outstanding on bills due before M, as it stood just before M began: of the bills that were
    // not paid in full then (every other bill adds nothing).
    {
        Query q(db, QStringLiteral("SELECT COALESCE(SUM(b.amount_fen - %1), 0) FROM bills b WHERE b.due_date < :first "
                                   "AND b.id IN %2")
                        .arg(paidAt(QStringLiteral("b"), QStringLiteral(":start")),
                             unpaidAtIds(QStringLiteral("due_date < :first2"), QStringLiteral(":start"))));
        bindAt(q, QStringLiteral(":start"), from - 1);
        bindUnpaidAt(q, QStringLiteral(":start"), from - 1);
        q.bind(QStringLiteral(":first"), isoDay(firstDay)).bind(QStringLiteral(":first2"), isoDay(firstDay));
        const auto outstanding = q.scalar();
        if (!outstanding)
            return Failure{outstanding.error()};
        f.arrearsAtMonthStartFen = *outstanding;
    }
    // At A: every bill due before A's local date, by days overdue.
    {
        const QDate day = localDay(asOf, zone);
        Query q(db, QStringLiteral("SELECT b.house_id, b.due_date, b.amount_fen - %1 FROM bills b WHERE b.due_date < :day "
                                   "AND b.id IN %2")
                        .arg(paidAt(QStringLiteral("b"), QStringLiteral(":asof")),
                             unpaidAtIds(QStringLiteral("due_date < :day2"), QStringLiteral(":asof"))));
        bindAt(q, QStringLiteral(":asof"), asOfMs);
        bindUnpaidAt(q, QStringLiteral(":asof"), asOfMs);
        q.bind(QStringLiteral(":day"), isoDay(day)).bind(QStringLiteral(":day2"), isoDay(day));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        QSet<qint64> houses;
        while (q.next()) {
            const qint64 outstanding = q.value(2).toLongLong();
            if (outstanding <= 0)
                continue;
            houses.insert(q.value(0).toLongLong());
            f.arrearsOutstandingFen += outstanding;
            switch (FeeRules::ageing(FeeRules::daysOverdue(dayFrom(q.value(1)), day)).value_or(FeeRules::Ageing::D1_30)) {
            case FeeRules::Ageing::D1_30: f.ageing1To30Fen += outstanding; break;
            case FeeRules::Ageing::D31_90: f.ageing31To90Fen += outstanding; break;
            case FeeRules::Ageing::D91_180: f.ageing91To180Fen += outstanding; break;
            case FeeRules::Ageing::D181_365: f.ageing181To365Fen += outstanding; break;
            case FeeRules::Ageing::Over365: f.ageingOver365Fen += outstanding; break;
            }
        }
        f.housesInArrears = houses.size();
    }
    return f;
}
