#pragma once

#include "models/domain/fees.h"
#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

class Database;

// One bill with an unpaid remainder at an instant (SPEC 10.1 `fees arrears`).
struct ArrearsRow
{
    qint64 billId = 0;
    qint64 houseId = 0;
    QString house;     // 1-2-101
    QString building;
    QString owner;     // the payer when billed
    QString itemCode;
    QString itemName;
    QString period;    // 2026-07, 2026Q3, 2026H1, 2026
    QDate dueDate;
    qint64 amountFen = 0;
    qint64 paidFen = 0; // at the instant
    qint64 outstandingFen() const { return amountFen - paidFen; }
    qint64 daysOverdue = 0;
};

struct ArrearsFilter
{
    QString building;      // empty: every building
    qint64 minDaysOverdue = 1;
};

// The bills of one house on a notice (SPEC 13 Notices).
struct NoticeLine
{
    qint64 billId = 0;
    QString itemCode;
    QString itemName;
    QString period;
    QDate dueDate;
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    qint64 outstandingFen() const { return amountFen - paidFen; }
    qint64 daysOverdue = 0; // at the notice's day
};

struct NoticeHouse
{
    qint64 houseId = 0;
    QString house;
    QString building;
    QString owner;
    QList<NoticeLine> lines;
    qint64 totalFen = 0;       // collection: the bills' amounts; reminder: outstanding
    qint64 outstandingFen = 0;
};

enum class NoticeKind {
    Collection, // 《费用收缴通知单》: every bill of the periods starting in the month
    Reminder    // 《费用催交通知单》: every house with arrears at the month's end
};

// The half-yearly statement 收支公布 (SPEC 13).
struct StatementIncome
{
    QString itemCode;
    QString itemName;
    QString kind;
    qint64 fen = 0;
};

struct StatementSpending
{
    QString category;
    qint64 fen = 0;
};

struct FeeStatement
{
    QString half;    // 2026H2
    QDate from;      // first day
    QDate to;        // last day
    QList<StatementIncome> income;     // received in the half on bills, by item (repair fund excluded)
    qint64 incomeFen = 0;
    qint64 prepaidReceivedFen = 0;     // received in the half and not yet allocated (prepaid)
    QList<StatementSpending> spending; // by category, every category listed (repair fund excluded)
    qint64 spendingFen = 0;
    qint64 balanceFen() const { return incomeFen - spendingFen; }
    // The repair fund 维修基金, its own account: balance at the start, income and spending in
    // the half, balance at the end.
    qint64 repairFundOpeningFen = 0;
    qint64 repairFundIncomeFen = 0;
    qint64 repairFundSpendingFen = 0;
    qint64 repairFundClosingFen() const { return repairFundOpeningFen + repairFundIncomeFen - repairFundSpendingFen; }
};

// The lists built over bills and payments: arrears with ageing, notices, the statement.
// Paid amounts at an instant A count the allocations made by A of payments not reversed by A.
class FeeQueries
{
    Q_DECLARE_TR_FUNCTIONS(FeeQueries)

public:
    explicit FeeQueries(Database &db);

    // Every bill with an unpaid remainder whose due date is before A's local date, by house
    // number, due date, item code. asOf invalid: now.
    Result<QList<ArrearsRow>> arrears(const Session &who, const QDateTime &asOf = {},
                                      const ArrearsFilter &filter = {}) const;
    // How many houses have a bill with an unpaid remainder at least minDaysOverdue days past
    // due at A (the houses of arrears() with that filter), counted in the database.
    Result<int> housesInArrears(const Session &who, qint64 minDaysOverdue, const QDateTime &asOf = {}) const;
    // Outstanding fen by ageing bucket.
    static QMap<FeeRules::Ageing, qint64> ageing(const QList<ArrearsRow> &rows);

    // Notices of the month, per house (ordered by house number), optionally of one building.
    Result<QList<NoticeHouse>> notices(const Session &who, NoticeKind kind, int year, int month,
                                       const QString &building = {}) const;
    // The buildings that have bills (for a notice batch per building).
    Result<QStringList> buildings(const Session &who) const;

    // The statement of a half year ("2026H1"); manager.
    Result<FeeStatement> statement(const Session &who, const QString &half) const;

private:
    QTimeZone zone() const;

    Database &m_db;
};
