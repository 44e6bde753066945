// Paid repairs (SPEC 13): a repair's fee at completion becomes a special-service bill of the
// house, made in the completion's own transaction, so the house's account and the arrears
// show it; a free repair, or one at a public place, bills nothing.

#include "feestestsupport.h"

#include "models/database/query.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/requestrepository.h"

#include <QTest>

using namespace FeesTest;

class TstFeeRepairs : public QObject
{
    Q_OBJECT

private:
    Estate m_e;
    std::unique_ptr<RequestRepository> m_requests;

    // Registered by the clerk, dispatched to the technician, arrived, completed with the fee.
    Result<qint64> repair(const QString &house, const QString &place, std::optional<qint64> fee, const QDateTime &at)
    {
        m_e.clock.set(at);
        NewRequest in;
        in.kind = RequestKind::Repair;
        in.reporterName = u("张伟");
        in.reporterPhone = QStringLiteral("13800138000");
        in.houseNumber = house;
        in.publicLocation = place;
        in.classKey = QStringLiteral("emergency");
        in.description = u("卫生间水龙头漏水");
        const auto registered = m_requests->registerRequest(m_e.clerk, in);
        if (!registered)
            return Failure{registered.error()};
        const qint64 id = registered->id;
        DispatchInput d;
        d.department = u("工程部");
        d.receiverUserId = m_e.technician.userId;
        d.receiverName = m_e.technician.displayName;
        if (Status s = m_requests->dispatch(m_e.clerk, id, version(id), d); !s)
            return Failure{s.error()};
        m_e.clock.set(at.addSecs(5 * 60));
        if (Status s = m_requests->arrive(m_e.technician, id, version(id)); !s)
            return Failure{s.error()};
        m_e.clock.set(at.addSecs(40 * 60));
        CompletionInput done;
        done.workDone = u("更换水龙头");
        done.feeFen = fee;
        if (Status s = m_requests->complete(m_e.technician, id, version(id), done); !s)
            return Failure{s.error()};
        return id;
    }

    int version(qint64 id) const { return m_requests->request(m_e.manager, id).value().rowVersion; }

    qint64 scalar(const QString &sql, qint64 bound)
    {
        Query q(*m_e.db, sql);
        q.bind(QStringLiteral(":v"), bound);
        const auto n = q.scalar();
        return n ? *n : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_e.build());
        m_requests = std::make_unique<RequestRepository>(*m_e.db);
    }

    void paidRepairBecomesOneBill()
    {
        // 50.00 paid in advance at the desk: the house has no open bill, so it is prepaid.
        const auto advance = m_e.pay(m_e.h101, 5000, local(2026, 7, 2, 9));
        QVERIFY2(advance, qPrintable(advance.error()));
        QCOMPARE(advance->prepaidFen, 5000);

        const auto id = repair(u("1-1-101"), {}, 8000, local(2026, 7, 20, 14));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bills WHERE request_id = :v"), *id), 1);
        const auto account = FeeRepository(*m_e.db).account(m_e.clerk, m_e.h101);
        QVERIFY(account);
        QCOMPARE(account->bills.size(), 1);
        const FeeBill bill = account->bills.first();
        QCOMPARE(bill.amountFen, 8000);
        QCOMPARE(bill.itemCode, QStringLiteral("REPAIR_FEE"));
        QCOMPARE(bill.itemKind, QStringLiteral("special_service"));
        QCOMPARE(bill.source, QStringLiteral("repair"));
        QCOMPARE(bill.period, m_requests->request(m_e.manager, *id)->number);
        QCOMPARE(bill.dueDate, QDate(2026, 7, 31));
        QCOMPARE(bill.payerName, u("张伟"));
        // The house's prepaid balance pays it first: 30.00 is left to pay.
        QCOMPARE(bill.paidFen, 5000);
        QCOMPARE(account->prepaidFen, 0);
        QCOMPARE(account->openFen, 3000);

        // A month's billing run does not bill the repair item.
        m_e.clock.set(local(2026, 8, 1, 8));
        QVERIFY(FeeRepository(*m_e.db).generateBills(m_e.clerk, 2026, 8));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bills b JOIN fee_items i ON i.id = b.item_id "
                                       "WHERE i.code = 'REPAIR_FEE' AND b.house_id = :v"),
                        m_e.h101),
                 1);

        // After its due date the remainder is in the arrears.
        const auto before = FeeQueries(*m_e.db).arrears(m_e.clerk, local(2026, 7, 31, 23));
        QVERIFY(before);
        for (const ArrearsRow &r : *before)
            QVERIFY(r.itemCode != QLatin1String("REPAIR_FEE"));
        const auto after = FeeQueries(*m_e.db).arrears(m_e.clerk, local(2026, 8, 2, 9));
        QVERIFY(after);
        bool found = false;
        for (const ArrearsRow &r : *after) {
            if (r.itemCode == QLatin1String("REPAIR_FEE")) {
                found = true;
                QCOMPARE(r.house, u("1-1-101"));
                QCOMPARE(r.outstandingFen(), 3000);
                QCOMPARE(r.daysOverdue, 2);
            }
        }
        QVERIFY(found);
    }

    void twoPaidRepairsOfAHouseInAMonthAreTwoBills()
    {
        const auto first = repair(u("1-1-201"), {}, 3550, local(2026, 8, 3, 10));
        QVERIFY2(first, qPrintable(first.error()));
        const auto second = repair(u("1-1-201"), {}, 1200, local(2026, 8, 3, 15));
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bills WHERE source = 'repair' AND house_id = :v"), m_e.h201),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(amount_fen) FROM bills WHERE source = 'repair' AND house_id = :v"),
                        m_e.h201),
                 4750);
    }

    void freeRepairsBillNothing()
    {
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM bills WHERE source = 'repair' OR :v = 0"), 1);
        QVERIFY(repair(u("1-1-102"), {}, std::nullopt, local(2026, 8, 5, 10)));
        QVERIFY(repair(u("1-1-102"), {}, 0, local(2026, 8, 5, 11)));
        // A public place has no house account to bill.
        QVERIFY(repair({}, u("3号楼电梯厅"), 2000, local(2026, 8, 5, 12)));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bills WHERE source = 'repair' OR :v = 0"), 1), before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bills WHERE house_id = :v AND source = 'repair'"), m_e.h102),
                 0);
    }

    void theBillIsAudited()
    {
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'fee_repair_billed' OR :v = 0"), 1)
                == 3);
    }
};

QTEST_MAIN(TstFeeRepairs)
#include "tst_feerepairs.moc"
