// The fee desk on the large estate (SPEC 12 with a year of bills and payments): a house's
// account — the house, its owners, its bills with what is paid, its payments and their
// allocations — against the same statements through libsqlite3 alone, and a durable payment
// (receipt number, payment, allocations, audit row) against a bare durable payment insert.
#include "benchsessions.h"
#include "benchsupport.h"

#include "models/repositories/feerepository.h"

#include <QTest>

class BenchFees : public QObject
{
    Q_OBJECT

    SystemClock m_clock;

private slots:
    void fees()
    {
        Database db(m_clock);
        QVERIFY(db.openSqlite(Bench::largeEstate()).ok());
        Bench::Raw raw(db.location());
        FeeRepository fees(db);
        const Session clerk = benchSession(db, "lixm");

        // The house with the most payments: the desk's longest account.
        qint64 houseId = 0;
        {
            Query q(db, QStringLiteral("SELECT house_id FROM payments GROUP BY house_id ORDER BY COUNT(*) DESC, house_id "
                                       "LIMIT 1"));
            QVERIFY(q.exec() && q.next());
            houseId = q.value(0).toLongLong();
        }
        QList<qint64> paymentIds;
        {
            Query q(db, QStringLiteral("SELECT id FROM payments WHERE house_id = :h"));
            q.bind(QStringLiteral(":h"), houseId);
            QVERIFY(q.exec());
            while (q.next())
                paymentIds << q.value(0).toLongLong();
        }
        const QList<BoundSql> accountSql = FeeRepository::accountSql(houseId);
        Bench::ratio("fee_account", Bench::medianMs([&] { QVERIFY(fees.account(clerk, houseId)); }),
                     Bench::medianMs([&] {
                         for (const BoundSql &s : accountSql)
                             raw.run(s);
                         for (qint64 id : std::as_const(paymentIds))
                             raw.run(FeeRepository::allocationsSql(id));
                     }));

        // A payment as the desk takes it, against one bare durable insert of a payment and
        // its allocation.
        const double payment = Bench::medianMs([&] {
            FeePaymentInput in;
            in.houseId = houseId;
            in.amountFen = 100;
            in.method = QStringLiteral("cash");
            const auto receipt = fees.pay(clerk, in);
            QVERIFY2(receipt, receipt ? "" : qPrintable(receipt.error()));
        });
        int n = 0;
        const double bare = Bench::medianMs([&] {
            raw.exec("BEGIN IMMEDIATE");
            const qint64 at = toStored(m_clock.now());
            raw.run({QStringLiteral("INSERT INTO payments (receipt_no, house_id, amount_fen, method, received_at, "
                                    "payer_name, recorded_at, recorded_by) VALUES (:no, :h, 100, 'cash', :at, 'bench', "
                                    ":at, 'bench')"),
                     {{QStringLiteral(":no"), QStringLiteral("BENCH-%1").arg(++n)},
                      {QStringLiteral(":h"), houseId},
                      {QStringLiteral(":at"), at}}});
            raw.exec("COMMIT");
        });
        Bench::ratio("fee_payment", payment, bare);
    }
};

QTEST_GUILESS_MAIN(BenchFees)
#include "bench_fees.moc"
