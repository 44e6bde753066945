// The fee documents and paid repairs on a PostgreSQL server (a private cluster): a paid
// repair billed in the completion's transaction, the reminder with it, and the statement.

#include "postgrescluster.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/io/feedocuments.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
const int kPort = 55437;

QDateTime local(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Asia/Shanghai"));
}
} // namespace

class TstFeeDocsPostgres : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster{kPort};
    ManualClock m_clock{local(2026, 7, 1, 9)};

private slots:
    void initTestCase()
    {
        START_POSTGRES_CLUSTER(m_cluster);
    }

    void paidRepairNoticeAndStatementOnTheServer()
    {
        Database db(m_clock);
        const Status opened = db.openPostgres(m_cluster.url());
        QVERIFY2(opened, qPrintable(opened.error()));
        UserRepository users(db);
        const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada"),
                                                          QStringLiteral("admin-pass-1"));
        QVERIFY(admin);
        auto add = [&](const QString &name, Role role) {
            const auto id = users.addUser(*admin, name, name, role, QStringLiteral("secret-pass-1"));
            return Session{id.value(), name, name, role};
        };
        const Session manager = add(QStringLiteral("manager"), Role::Manager);
        const Session clerk = add(QStringLiteral("clerk"), Role::Clerk);
        const Session technician = add(QStringLiteral("tech"), Role::Technician);
        const auto house = HouseRepository(db).ensureHouse(clerk, QStringLiteral("2"), QStringLiteral("1"),
                                                           QStringLiteral("301"));
        QVERIFY2(house, qPrintable(house.error()));

        FeeRepository fees(db);
        FeeItem item;
        item.code = QStringLiteral("GB");
        item.name = QStringLiteral("垃圾清运费");
        item.basis = FeeBasis::Fixed;
        item.rateCentiFen = 100000; // 10.00 a month
        item.cycle = FeeCycle::Month;
        item.firstMonth = QStringLiteral("2026-07");
        QVERIFY(fees.addItem(manager, item));
        QVERIFY(fees.generateBills(clerk, 2026, 7));
        QCOMPARE(fees.items(clerk)->size(), 1); // the repair item is not one a manager keeps

        RequestRepository requests(db);
        NewRequest in;
        in.kind = RequestKind::Repair;
        in.reporterName = QStringLiteral("张伟");
        in.houseNumber = QStringLiteral("2-1-301");
        in.classKey = QStringLiteral("emergency");
        in.description = QStringLiteral("水管漏水");
        const auto registered = requests.registerRequest(clerk, in);
        QVERIFY2(registered, qPrintable(registered.error()));
        const qint64 id = registered->id;
        auto version = [&] { return requests.request(manager, id)->rowVersion; };
        DispatchInput d;
        d.department = QStringLiteral("工程部");
        d.receiverUserId = technician.userId;
        d.receiverName = technician.displayName;
        QVERIFY(requests.dispatch(clerk, id, version(), d));
        m_clock.set(local(2026, 7, 1, 10));
        QVERIFY(requests.arrive(technician, id, version()));
        CompletionInput done;
        done.workDone = QStringLiteral("更换接头");
        done.feeFen = 4500;
        const Status completed = requests.complete(technician, id, version(), done);
        QVERIFY2(completed, qPrintable(completed.error()));

        m_clock.set(local(2026, 7, 2, 9));
        FeePaymentInput pay;
        pay.houseId = *house;
        pay.amountFen = 1000;
        pay.method = QStringLiteral("cash");
        const auto receipt = fees.pay(clerk, pay);
        QVERIFY2(receipt, qPrintable(receipt.error()));

        m_clock.set(local(2026, 8, 3, 9));
        const auto notices = FeeQueries(db).notices(clerk, NoticeKind::Reminder, 2026, 7);
        QVERIFY2(notices, qPrintable(notices.error()));
        QCOMPARE(notices->size(), 1);
        QCOMPARE(notices->first().lines.size(), 1); // GB of July was paid
        QCOMPARE(notices->first().outstandingFen, 4500); // 10.00 paid the oldest first: GB, then 45.00 left
        const auto arrears = FeeQueries(db).arrears(clerk);
        QVERIFY(arrears);
        QCOMPARE(arrears->size(), 1);
        QCOMPARE(arrears->first().itemCode, QStringLiteral("REPAIR_FEE"));

        FeeSpending s;
        s.half = QStringLiteral("2026H2");
        s.category = QStringLiteral("repairs");
        s.amountFen = 2000;
        s.spentOn = QDate(2026, 7, 20);
        QVERIFY(fees.addSpending(manager, s));
        const auto st = FeeQueries(db).statement(manager, QStringLiteral("2026H2"));
        QVERIFY2(st, qPrintable(st.error()));
        const QJsonObject json = FeeDocuments::statementJson(*st);
        QCOMPARE(json.value(QStringLiteral("income_fen")).toInteger(), 1000);
        QCOMPARE(json.value(QStringLiteral("spending_fen")).toInteger(), 2000);
        QCOMPARE(json.value(QStringLiteral("balance_fen")).toInteger(), -1000);

        // Migration 0016 on the server: the bills' stored paid amounts follow a partial payment
        // and a reversal (PL/pgSQL triggers) and equal their allocations of payments not reversed.
        auto scalar = [&](const QString &sql) {
            Query q(db, sql);
            const auto n = q.scalar();
            return n ? *n : -1;
        };
        const QString mismatches = QStringLiteral(
            "SELECT COUNT(*) FROM bills b WHERE b.paid_fen <> (SELECT COALESCE(SUM(a.fen), 0) FROM payment_allocations a "
            "JOIN payments p ON p.id = a.payment_id WHERE a.bill_id = b.id AND p.reversed = 0)");
        const QString repairPaid = QStringLiteral("SELECT paid_fen FROM bills WHERE source = 'repair'");
        QCOMPARE(scalar(repairPaid), 0);
        pay.amountFen = 2000;
        const auto part = fees.pay(clerk, pay);
        QVERIFY2(part, qPrintable(part.error()));
        QCOMPARE(scalar(repairPaid), 2000);
        QCOMPARE(scalar(mismatches), 0);
        QVERIFY(fees.reverse(manager, part->paymentId, QStringLiteral("录错")));
        QCOMPARE(scalar(repairPaid), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(paid_fen) FROM bills")), 1000);
        QCOMPARE(scalar(mismatches), 0);
        QCOMPARE(FeeQueries(db).arrears(clerk)->first().outstandingFen(), 4500);
    }
};

QTEST_MAIN(TstFeeDocsPostgres)
#include "tst_feedocs_postgres.moc"
