#pragma once

#include "models/domain/convenienceservices.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Convenience services 便民服务 (SPEC 13, seed 002). The yearly price list is drafted and
// approved by managers or administrators (ManageFees) — the approver is never the drafter, as
// the company manager approves what the office manager drafted — and published once approved;
// service orders are the office's (CollectFees: clerks too). Guards and technicians see
// nothing. Every write goes through GuardedWrite and is audited.
//
// Paid services are billed through the fee bills: publishing a list gives each paid item a
// fee item (special_service, fixed per month), which FeeRepository::generateBills bills only to
// the houses with a long-term order of that service in the month; a paid one-off order is
// billed once, when it is recorded.
class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRepository)

public:
    explicit ServiceRepository(Database &db);

    // Every list, newest year first, without items.
    Result<QList<ServicePriceList>> lists(const Session &who) const;
    // One year's list with its items (and each item's subscribers today).
    Result<ServicePriceList> list(const Session &who, int year) const;
    // The published list in force: the newest published one up to this year.
    Result<std::optional<ServicePriceList>> currentList(const Session &who) const;

    // A draft of the year's list, starting as a copy of the newest published list before it.
    Result<qint64> draftList(const Session &who, int year);
    // Adds (id 0, listId set) or changes an item of a draft list.
    Result<qint64> saveItem(const Session &who, const ServiceItem &item);
    Status removeItem(const Session &who, qint64 itemId);
    Status approve(const Session &who, qint64 listId);
    // Only an approved list; its paid items get their fee items.
    Status publish(const Session &who, qint64 listId);

    // 《委托服务单》: the item must be on the published list in force.
    Result<qint64> addOrder(const Session &who, const ServiceOrderInput &input);
    // The resident stops the service: the reason is asked and kept, with the day and who.
    Status stopOrder(const Session &who, qint64 orderId, const QString &reason);
    Result<ServiceOrder> order(const Session &who, qint64 orderId) const;
    Result<QList<ServiceOrder>> orders(const Session &who, bool includeStopped) const;
    // 《接受长期服务业主名单》: the houses taking the service (by name, across years) today.
    Result<QList<ServiceOrder>> subscribers(const Session &who, const QString &serviceName) const;
    // The services of the list in force whose subscribers are below their break-even count.
    Result<QList<ServiceItem>> belowBreakEven(const Session &who) const;

    // In January, while this year's list is not published, raises the office notification that
    // the list needs its yearly review from last year's survey answers (once a year). True
    // when the reminder stands (raised now or before).
    Result<bool> remindYearlyReview(const Session &who);

private:
    Result<ServicePriceList> loadList(const QString &where, const QVariant &key) const;
    Status loadItems(ServicePriceList &list) const;
    QDate today() const;

    Database &m_db;
    mutable AuditLog m_audit;
};
