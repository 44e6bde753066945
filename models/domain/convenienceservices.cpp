#include "models/domain/convenienceservices.h"

#include "models/domain/money.h"
#include "models/domain/validation.h"

bool ServiceOrder::activeOn(const QDate &day) const
{
    if (!start.isValid() || day < start)
        return false;
    if (end.isValid() && day > end)
        return false;
    return !(stopped && stoppedOn.isValid() && day >= stoppedOn);
}

QString ServiceRules::stateCode(ServiceListState state)
{
    switch (state) {
    case ServiceListState::Drafted: return QStringLiteral("drafted");
    case ServiceListState::Approved: return QStringLiteral("approved");
    case ServiceListState::Published: return QStringLiteral("published");
    }
    return {};
}

std::optional<ServiceListState> ServiceRules::stateFromCode(const QString &code)
{
    for (ServiceListState s : {ServiceListState::Drafted, ServiceListState::Approved, ServiceListState::Published}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString ServiceRules::stateName(ServiceListState state)
{
    switch (state) {
    case ServiceListState::Drafted: return tr("Draft");
    case ServiceListState::Approved: return tr("Approved, not yet published");
    case ServiceListState::Published: return tr("Published");
    }
    return {};
}

QString ServiceRules::termCode(bool longTerm)
{
    return longTerm ? QStringLiteral("long_term") : QStringLiteral("one_off");
}

QString ServiceRules::termName(bool longTerm)
{
    return longTerm ? tr("Long-term") : tr("One-off");
}

QString ServiceRules::paidName(bool paid)
{
    return paid ? tr("Paid") : tr("Free");
}

Status ServiceRules::checkItem(const ServiceItem &item)
{
    const QString name = item.name.trimmed();
    if (name.isEmpty())
        return Failure{tr("Service: type the name of the service.")};
    if (Status s = Validation::checkText(name, tr("Service"), maxNameLength); !s)
        return s;
    if (Status s = Validation::checkText(item.unit.trimmed(), tr("Unit"), maxUnitLength); !s)
        return s;
    if (item.paid && item.priceFen <= 0)
        return Failure{tr("Price: a paid service needs a price above 0.00 yuan.")};
    if (!item.paid && item.priceFen != 0)
        return Failure{tr("Price: a free service has no price (%1 yuan given).").arg(Money::formatYuan(item.priceFen))};
    if (item.priceFen > qint64(100000) * 100)
        return Failure{tr("Price: at most 100000.00 yuan.")};
    if (item.paid && item.unit.trimmed().isEmpty())
        return Failure{tr("Unit: say what the price is for, e.g. 元/月 or 元/次.")};
    if (item.depositFen < 0 || item.depositFen > qint64(100000) * 100)
        return Failure{tr("Deposit: between 0.00 and 100000.00 yuan.")};
    if (item.breakEven < 0 || item.breakEven > 100000)
        return Failure{tr("Break-even subscribers: between 0 and 100000.")};
    return {};
}
