#pragma once

#include "models/database/boundsql.h"
#include "models/domain/fees.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// A fee item 收费项目 (SPEC 13). An item in use is never deleted, only ended (lastMonth).
struct FeeItem
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("public_service"); // FeeRules::kindCodes()
    FeeBasis basis = FeeBasis::Area;
    qint64 rateCentiFen = 0; // yuan per m² per month / per house per month / per unit, in 0.01 fen
    FeeCycle cycle = FeeCycle::Month;
    int vacantPercent = 100;
    QStringList houseTypes{QStringLiteral("residential")}; // house type codes
    QString firstMonth;      // YYYY-MM
    QString lastMonth;       // YYYY-MM; empty: open-ended
    int rowVersion = 1;
};

// One bill 账单 of a house, as it stands (paid counts allocations of payments not reversed).
struct FeeBill
{
    qint64 id = 0;
    qint64 houseId = 0;
    QString houseNumber;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString itemKind;
    QString period;  // 2026-07, 2026Q3, 2026H1, 2026
    QDate periodStart;
    QDate periodEnd;
    QDate dueDate;
    int months = 0;
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    qint64 outstandingFen() const { return amountFen - paidFen; }
    qint64 daysOverdue = 0; // at the account's day; ≤ 0: not overdue
    bool vacant = false;
    QString payerName;      // the owner when billed
    QString source;         // billing / ledger / repair / service
};

// What one payment paid on one bill.
struct FeeAllocation
{
    qint64 billId = 0;
    QString itemCode;
    QString itemName;
    QString period;
    qint64 fen = 0;
    bool fromPrepaid = false; // allocated later, from the payment's prepaid remainder
    QDateTime at;             // UTC
};

struct FeePayment
{
    qint64 id = 0;
    QString receiptNo; // SJYYYY-NNNNNN; empty for an amount carried over from the arrears ledger
    qint64 houseId = 0;
    QString houseNumber;
    qint64 amountFen = 0;
    QString method;    // cash / wechat / alipay / bank / pos / ledger
    QDateTime receivedAt; // UTC
    QString payerName;
    QString note;
    QDateTime recordedAt; // UTC
    QString recordedBy;
    bool reversed = false;
    QString reversedBy;
    QString reversalReason;
    QDateTime reversedAt; // UTC
    QList<FeeAllocation> allocations;
    qint64 prepaidFen = 0; // not allocated (yet): 0 once reversed
};

// A house's account: its bills, payments, prepaid balance 预存 and arrears 欠费.
struct FeeAccount
{
    qint64 houseId = 0;
    QString houseNumber;
    QString owner;    // the current owner(s), "、"-joined
    QString houseType;
    QString status;
    qint64 areaCenti = -1;
    QDate today;      // the estate's day the account was read on
    QList<FeeBill> bills;       // oldest due date first, then item code
    QList<FeePayment> payments; // newest first
    qint64 prepaidFen = 0;
    qint64 arrearsFen = 0;      // outstanding on bills due before today
    qint64 openFen = 0;         // outstanding on every bill, due or not
    qint64 maxDaysOverdue = 0;
};

// What taking a payment did.
struct FeeReceipt
{
    qint64 paymentId = 0;
    QString receiptNo;
    qint64 amountFen = 0;
    QList<FeeAllocation> allocations;
    qint64 prepaidFen = 0;        // of this payment, left as prepaid
    qint64 houseOpenFen = 0;      // the house's open bills after the payment
    qint64 housePrepaidFen = 0;   // the house's prepaid balance after the payment
};

struct FeePaymentInput
{
    qint64 houseId = 0;
    qint64 amountFen = 0;
    QString method;          // FeeRules::methodCodes()
    QDateTime receivedAt;    // invalid: now
    QList<qint64> chosenBills; // empty: oldest due date first, then item code
    QString payerName;       // empty: the current owner
    QString note;
};

// What generating a month's bills did.
struct BillingResult
{
    int bills = 0;
    qint64 amountFen = 0;
    qint64 fromPrepaidFen = 0; // allocated from the houses' prepaid balances
    int housesWithoutArea = 0; // not billed by area: the house has no floor area on file
    int alreadyBilled = 0;     // bills of the month that were there before (not created again)
};

struct MeterReading
{
    qint64 houseId = 0;
    qint64 itemId = 0;
    QString period;      // the period of the item's cycle
    qint64 quantityMilli = 0;
};

// Spending of the half-yearly statement, entered by the manager.
struct FeeSpending
{
    qint64 id = 0;
    QString half;      // 2026H1
    QString category;  // FeeRules::spendingCategories()
    qint64 amountFen = 0;
    QDate spentOn;
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
};

// A paid repair at its completion (SPEC 13).
struct RepairCharge
{
    qint64 requestId = 0;
    QString requestNumber;
    QString houseNumber; // 1-2-101; empty: a public location, nothing to bill
    qint64 feeFen = 0;
    QDateTime completedAt; // UTC
};

// Fee items, meter readings, bills, payments, reversals and the statement's spending
// (SPEC 13). Permission checked here (ManageFees, CollectFees); every payment, reversal,
// item change and billing run is audited in the transaction that makes it.
class FeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeRepository)

public:
    explicit FeeRepository(Database &db);

    // The statements account() runs, in order — the house, its owners, its bills, its payments —
    // then allocationsSql() for each payment (the benchmarks run them through libsqlite3 alone).
    static QList<BoundSql> accountSql(qint64 houseId);
    static BoundSql allocationsSql(qint64 paymentId);
    // How many bills a house has of an item for a period (0 or 1): for the importers and the
    // meter readings, which the caller has checked the permission for already.
    static Result<qint64> billCount(Database &db, qint64 houseId, qint64 itemId, const QString &period);

    // Items (manager). addItem checks every field and names it when it refuses.
    Result<qint64> addItem(const Session &who, const FeeItem &item);
    // Changes name, rate, vacant percentage, house types and last month (the code, basis and
    // cycle of an item in use stay); refused when someone else changed it meanwhile.
    Status updateItem(const Session &who, const FeeItem &item);
    // Ends the item: no period starting after lastMonth is billed.
    Status endItem(const Session &who, qint64 itemId, const QString &lastMonth);
    // The items a manager keeps (not the implicit item of paid repairs, billed at completion).
    Result<QList<FeeItem>> items(const Session &who, bool includeEnded = true) const;
    Result<FeeItem> itemByCode(const Session &who, const QString &codeOrName) const;

    // A metered quantity for a house, item and period (replaces an earlier reading of the same
    // period while it is not billed yet).
    Status recordReading(const Session &who, const MeterReading &reading);

    // SPEC 13: every active item whose cycle has a period starting in the month, every house it
    // applies to; idempotent. Prepaid balances are allocated to the new bills.
    Result<BillingResult> generateBills(const Session &who, int year, int month);

    // The house's account at the estate's day now.
    Result<FeeAccount> account(const Session &who, qint64 houseId) const;

    // Takes a payment: the receipt number of its year (in the same transaction), allocation
    // oldest due date first then item code (or the chosen bills, in their order), the rest
    // prepaid.
    Result<FeeReceipt> pay(const Session &who, const FeePaymentInput &input);
    Result<FeePayment> payment(const Session &who, qint64 paymentId) const;
    Result<FeePayment> paymentByReceipt(const Session &who, const QString &receiptNo) const;
    // A manager's reversal 冲红 with a reason: what the payment paid is open again.
    Status reverse(const Session &who, qint64 paymentId, const QString &reason);

    // The repair's fee becomes a special-service bill of the house (item REPAIR_FEE, source
    // repair, period the request's number, due at the end of the month of completion), paid
    // from the house's prepaid balance first. For the completion's own transaction: the caller
    // checked the step's permission (a technician completes, and sees nothing else of fees).
    // Returns the bill's id; 0 when there is nothing to bill (no fee, or no house on file);
    // a request completed again keeps its one bill.
    Result<qint64> billRepair(const Session &who, const RepairCharge &charge);

    // Spending (manager).
    Result<qint64> addSpending(const Session &who, const FeeSpending &spending);
    Status voidSpending(const Session &who, qint64 spendingId, const QString &reason);
    Result<QList<FeeSpending>> spending(const Session &who, const QString &half) const;

private:
    Database &m_db;
    AuditLog m_audit;
};
