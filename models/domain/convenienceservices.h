#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Convenience services 便民服务 (SPEC 13, seed 002): the yearly price list
// 《便民服务项目及价格表》, its items and the service orders 《委托服务单》. Plain values and rules,
// no SQL; ServiceRepository applies them and the page greys its buttons by asking them.

enum class ServiceListState { Drafted, Approved, Published };

struct ServiceItem
{
    qint64 id = 0;
    qint64 listId = 0;
    int position = 0;
    QString name;
    bool paid = true;        // 有偿; false: 无偿
    qint64 priceFen = 0;     // per unit; a long-term service's price is per month
    QString unit;            // 元/月, 元/次 ...
    qint64 depositFen = 0;
    int breakEven = 0;       // subscribers needed to break even (保本); 0: no minimum
    bool longTerm = true;    // false: one-off (a single bill at once)
    qint64 feeItemId = 0;    // the fee item that bills it, once the list is published (paid only)
    int rowVersion = 1;
    int subscribers = 0;     // houses taking the service today (long-term orders), when read with the list

    // SPEC 13: a long-term service whose subscribers fell below its break-even count is flagged.
    bool belowBreakEven() const { return longTerm && breakEven > 0 && subscribers < breakEven; }
};

struct ServicePriceList
{
    qint64 id = 0;
    int year = 0;
    ServiceListState state = ServiceListState::Drafted;
    QDateTime draftedAt; // UTC
    QString draftedBy;
    QString draftedLogin;
    QDateTime approvedAt; // UTC; invalid: not approved
    QString approvedBy;
    QDateTime publishedAt; // UTC; invalid: not published
    QString publishedBy;
    int rowVersion = 1;
    QList<ServiceItem> items; // in position order
};

struct ServiceOrder
{
    qint64 id = 0;
    qint64 houseId = 0;
    QString houseNumber;
    QString residentName;
    QString phone;
    qint64 itemId = 0;
    QString itemName;
    int listYear = 0;
    bool paid = true;
    bool longTerm = true;
    qint64 priceFen = 0;
    QString unit;
    qint64 depositFen = 0;
    QDate start;
    QDate end; // invalid: until stopped
    bool signatureConfirmed = false;
    qint64 billId = 0; // a paid one-off service's bill
    bool stopped = false;
    QString stopReason;
    QDate stoppedOn;     // the day it was stopped: no longer served from then on
    QDateTime stoppedAt; // UTC
    QString stoppedBy;
    QDateTime createdAt; // UTC
    QString createdBy;
    int rowVersion = 1;

    // Whether the house takes the service on the day: started, not ended, and not stopped on
    // or before it (the list of subscribers drops a house the day it stops).
    bool activeOn(const QDate &day) const;
};

// What the office types on the order form.
struct ServiceOrderInput
{
    QString houseNumber;   // 1-1-101
    QString residentName;
    QString phone;         // mobile or landline
    qint64 itemId = 0;     // an item of the published list
    QDate start;
    QDate end;             // invalid: until stopped
    bool signatureConfirmed = false;
};

class ServiceRules
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRules)

public:
    static constexpr int maxNameLength = 60; // a fee item's name holds as much
    static constexpr int maxUnitLength = 20;

    static QString stateCode(ServiceListState state); // drafted / approved / published
    static std::optional<ServiceListState> stateFromCode(const QString &code);
    static QString stateName(ServiceListState state); // translated
    static QString termCode(bool longTerm);           // long_term / one_off
    static QString termName(bool longTerm);
    static QString paidName(bool paid);               // 有偿 / 无偿 (translated)

    // A list's items change only while it is a draft; it is approved as a draft and published
    // once approved.
    static bool canEditItems(ServiceListState state) { return state == ServiceListState::Drafted; }
    static bool canApprove(ServiceListState state) { return state == ServiceListState::Drafted; }
    static bool canPublish(ServiceListState state) { return state == ServiceListState::Approved; }

    // Names the field and the reason: name, unit, price (a paid service costs something, a free
    // one nothing), deposit, break-even count.
    static Status checkItem(const ServiceItem &item);

    // Seed 002: in January the manager reviews the list from last year's survey answers
    // 《意见征询表》; the reminder stands while this year's list is not published.
    static bool yearlyReviewDue(const QDate &today, bool thisYearPublished)
    {
        return today.month() == 1 && !thisYearPublished;
    }
};
