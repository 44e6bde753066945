// DemoData: the fees of the demo estate (SPEC 13) — floor areas, two fee items and the repair
// fund, a bill run every month and the payments between: most houses pay within the month,
// some pay a quarter ahead, some late, and a few not at all (the long arrears an office chases).
#include "models/repositories/demodata.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/residentfile.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/settingsrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace {
enum class Payer { OnTime, Ahead, Late, Never };

struct PlannedPayment
{
    QDateTime at;
    qint64 houseId = 0;
    qint64 fen = 0;
    QString method;
};
} // namespace

Status DemoData::addFees(const Options &options, int *billCount, qint64 *billedFen, qint64 *paidFen)
{
    *billCount = 0;
    *billedFen = 0;
    *paidFen = 0;
    const Session cli = Session::commandLine();
    {
        Query existing(m_db, QStringLiteral("SELECT COUNT(*) FROM bills"));
        const auto n = existing.scalar();
        if (!n)
            return Failure{n.error()};
        if (*n > 0)
            return {}; // the demo's fees are there already: a second run adds none
    }
    // A stream of its own, so that the fees leave the rest of the demo as it was for a seed.
    QRandomGenerator random(options.seed ^ 0x5EEDFEE5u);
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const QDateTime now = m_db.clock().now();
    const QDate today = now.toTimeZone(zone).date();

    // Floor areas and the status the residents give each house.
    HouseRepository houses(m_db);
    QList<qint64> houseIds;
    {
        Query q(m_db, QStringLiteral("SELECT h.id, (SELECT MIN(l.role) FROM resident_houses l WHERE l.house_id = h.id "
                                     "AND l.ended = 0 AND l.role IN ('owner', 'tenant')) FROM houses h "
                                     "WHERE h.voided = 0 ORDER BY h.number"));
        if (Status s = q.exec(); !s)
            return s;
        QList<QPair<qint64, QString>> rows;
        while (q.next())
            rows << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
        for (const auto &[id, role] : std::as_const(rows)) {
            houseIds << id;
            auto house = houses.house(cli, id);
            if (!house)
                return Failure{house.error()};
            HouseRecord record = *house;
            if (record.areaCenti < 0)
                record.areaCenti = 5500 + random.bounded(9000); // 55.00–144.99 m²
            record.status = role == QLatin1String("owner")    ? QStringLiteral("owner_occupied")
                            : role == QLatin1String("tenant") ? QStringLiteral("rented")
                                                              : QStringLiteral("vacant");
            if (Status s = houses.updateHouse(cli, record); !s)
                return s;
        }
    }
    if (houseIds.isEmpty())
        return {};

    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(options.months - 1));
    const QString firstMonth = first.toString(QStringLiteral("yyyy-MM"));
    FeeRepository fees(m_db);
    const FeeItem items[] = {
        {0, QStringLiteral("PF"), QStringLiteral("物业服务费"), QStringLiteral("public_service"), FeeBasis::Area, 18500,
         FeeCycle::Month, 50, {QStringLiteral("residential"), QStringLiteral("shop")}, firstMonth, {}, 1},
        {0, QStringLiteral("GB"), QStringLiteral("垃圾清运费"), QStringLiteral("public_service"), FeeBasis::Fixed, 100000,
         FeeCycle::Quarter, 100, {QStringLiteral("residential")}, firstMonth, {}, 1},
        {0, QStringLiteral("WX"), QStringLiteral("维修基金"), QStringLiteral("repair_fund"), FeeBasis::Area, 2500,
         FeeCycle::Year, 100, {QStringLiteral("residential"), QStringLiteral("shop")}, firstMonth, {}, 1},
    };
    for (const FeeItem &item : items) {
        if (const auto id = fees.addItem(cli, item); !id)
            return Failure{id.error()};
    }

    QHash<qint64, Payer> payers;
    for (qint64 id : std::as_const(houseIds)) {
        const int draw = random.bounded(100);
        payers.insert(id, draw < 6 ? Payer::Never : draw < 14 ? Payer::Late : draw < 29 ? Payer::Ahead : Payer::OnTime);
    }
    static const char *const methods[] = {"wechat", "wechat", "alipay", "alipay", "cash", "bank", "pos"};
    QHash<qint64, qint64> owed;       // what the house has not paid of its bills (negative: prepaid)
    QHash<qint64, qint64> lateQueue;  // a late payer's bill of last month, paid next month
    for (QDate month = first; month <= today; month = month.addMonths(1)) {
        const auto run = fees.generateBills(cli, month.year(), month.month());
        if (!run)
            return Failure{run.error()};
        *billCount += run->bills;
        *billedFen += run->amountFen;
        Query q(m_db, QStringLiteral("SELECT house_id, SUM(amount_fen) FROM bills WHERE period_start = :start "
                                     "GROUP BY house_id ORDER BY house_id"));
        q.bind(QStringLiteral(":start"), month.toString(Qt::ISODate));
        if (Status s = q.exec(); !s)
            return s;
        QHash<qint64, qint64> billed;
        while (q.next())
            billed.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QList<PlannedPayment> planned;
        auto plan = [&](qint64 house, qint64 fen) {
            if (fen <= 0)
                return;
            const QDateTime at(month.addDays(random.bounded(month.daysInMonth())),
                               QTime(8 + random.bounded(10), random.bounded(60)), zone);
            planned << PlannedPayment{at.toUTC(), house, fen,
                                      QString::fromLatin1(methods[random.bounded(int(std::size(methods)))])};
        };
        for (qint64 house : std::as_const(houseIds)) {
            const qint64 due = billed.value(house);
            owed[house] += due;
            switch (payers.value(house)) {
            case Payer::Never:
                break;
            case Payer::OnTime:
                // Now and then a month is forgotten and paid with the next one.
                if (random.bounded(25) != 0)
                    plan(house, owed.value(house));
                break;
            case Payer::Ahead:
                if ((month.month() - 1) % 3 == 0)
                    plan(house, owed.value(house) + 2 * due); // this month and the next two
                break;
            case Payer::Late:
                plan(house, lateQueue.value(house));
                lateQueue[house] = random.bounded(3) == 0 ? 0 : due; // some months never
                break;
            }
        }
        std::sort(planned.begin(), planned.end(), [](const PlannedPayment &a, const PlannedPayment &b) {
            return a.at != b.at ? a.at < b.at : a.houseId < b.houseId;
        });
        for (const PlannedPayment &p : std::as_const(planned)) {
            if (p.at > now)
                continue; // not yet happened at the clock's time
            FeePaymentInput input;
            input.houseId = p.houseId;
            input.amountFen = p.fen;
            input.method = p.method;
            input.receivedAt = p.at;
            const auto receipt = fees.pay(cli, input);
            if (!receipt)
                return Failure{receipt.error()};
            owed[p.houseId] -= p.fen;
            *paidFen += p.fen;
        }
    }
    return {};
}
