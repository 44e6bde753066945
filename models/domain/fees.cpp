#include "models/domain/fees.h"

#include "models/domain/money.h"

#include <QRegularExpression>

namespace {
int monthsOf(FeeCycle cycle)
{
    switch (cycle) {
    case FeeCycle::Month: return 1;
    case FeeCycle::Quarter: return 3;
    case FeeCycle::Half: return 6;
    case FeeCycle::Year: return 12;
    }
    return 1;
}
} // namespace

int FeePeriod::months() const
{
    return monthsOf(cycle);
}

QDate FeePeriod::start() const
{
    return QDate(year, (index - 1) * months() + 1, 1);
}

QDate FeePeriod::end() const
{
    return start().addMonths(months()).addDays(-1);
}

QString FeePeriod::code() const
{
    switch (cycle) {
    case FeeCycle::Month: return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(index, 2, 10, QLatin1Char('0'));
    case FeeCycle::Quarter: return QStringLiteral("%1Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(index);
    case FeeCycle::Half: return QStringLiteral("%1H%2").arg(year, 4, 10, QLatin1Char('0')).arg(index);
    case FeeCycle::Year: return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    }
    return {};
}

std::optional<FeePeriod> FeePeriod::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})|[Qq]([1-4])|[Hh]([12]))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1900 || year > 2999)
        return std::nullopt;
    if (!m.captured(2).isEmpty()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return FeePeriod{FeeCycle::Month, year, month};
    }
    if (!m.captured(3).isEmpty())
        return FeePeriod{FeeCycle::Quarter, year, m.captured(3).toInt()};
    if (!m.captured(4).isEmpty())
        return FeePeriod{FeeCycle::Half, year, m.captured(4).toInt()};
    return FeePeriod{FeeCycle::Year, year, 1};
}

std::optional<FeePeriod> FeePeriod::startingIn(FeeCycle cycle, int year, int month)
{
    const int length = monthsOf(cycle);
    if ((month - 1) % length != 0)
        return std::nullopt;
    return FeePeriod{cycle, year, (month - 1) / length + 1};
}

FeePeriod FeePeriod::containing(FeeCycle cycle, const QDate &day)
{
    return FeePeriod{cycle, day.year(), (day.month() - 1) / monthsOf(cycle) + 1};
}

bool operator==(const FeePeriod &a, const FeePeriod &b)
{
    return a.cycle == b.cycle && a.year == b.year && a.index == b.index;
}

qint64 FeeRules::billAmountFen(FeeBasis basis, int months, qint64 rateCentiFen, qint64 areaCenti, int vacantPercent,
                               qint64 quantityMilli)
{
    switch (basis) {
    case FeeBasis::Area:
        // centi-fen × centi-m² × percent = 10^-6 fen
        return Money::divideHalfUp(qint64(months) * rateCentiFen * qMax<qint64>(areaCenti, 0) * vacantPercent,
                                   1000000);
    case FeeBasis::Fixed:
        return Money::divideHalfUp(qint64(months) * rateCentiFen * vacantPercent, 10000);
    case FeeBasis::Metered:
        return Money::divideHalfUp(quantityMilli * rateCentiFen, 100000);
    }
    return 0;
}

qint64 FeeRules::daysOverdue(const QDate &dueDate, const QDate &localDay)
{
    return dueDate.daysTo(localDay);
}

std::optional<FeeRules::Ageing> FeeRules::ageing(qint64 days)
{
    if (days <= 0)
        return std::nullopt;
    if (days <= 30)
        return Ageing::D1_30;
    if (days <= 90)
        return Ageing::D31_90;
    if (days <= 180)
        return Ageing::D91_180;
    if (days <= 365)
        return Ageing::D181_365;
    return Ageing::Over365;
}

QString FeeRules::ageingKey(Ageing bucket)
{
    switch (bucket) {
    case Ageing::D1_30: return QStringLiteral("d1_30");
    case Ageing::D31_90: return QStringLiteral("d31_90");
    case Ageing::D91_180: return QStringLiteral("d91_180");
    case Ageing::D181_365: return QStringLiteral("d181_365");
    case Ageing::Over365: return QStringLiteral("over_365");
    }
    return {};
}

QString FeeRules::ageingName(Ageing bucket)
{
    switch (bucket) {
    case Ageing::D1_30: return tr("1–30 days");
    case Ageing::D31_90: return tr("31–90 days");
    case Ageing::D91_180: return tr("91–180 days");
    case Ageing::D181_365: return tr("181–365 days");
    case Ageing::Over365: return tr("over 365 days");
    }
    return {};
}

QList<FeeRules::Ageing> FeeRules::ageingBuckets()
{
    return {Ageing::D1_30, Ageing::D31_90, Ageing::D91_180, Ageing::D181_365, Ageing::Over365};
}

QString FeeRules::cycleCode(FeeCycle cycle)
{
    switch (cycle) {
    case FeeCycle::Month: return QStringLiteral("month");
    case FeeCycle::Quarter: return QStringLiteral("quarter");
    case FeeCycle::Half: return QStringLiteral("half");
    case FeeCycle::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<FeeCycle> FeeRules::cycleFromCode(const QString &code)
{
    for (FeeCycle c : {FeeCycle::Month, FeeCycle::Quarter, FeeCycle::Half, FeeCycle::Year}) {
        if (cycleCode(c) == code)
            return c;
    }
    return std::nullopt;
}

QString FeeRules::cycleName(FeeCycle cycle)
{
    switch (cycle) {
    case FeeCycle::Month: return tr("Monthly");
    case FeeCycle::Quarter: return tr("Quarterly");
    case FeeCycle::Half: return tr("Half-yearly");
    case FeeCycle::Year: return tr("Yearly");
    }
    return {};
}

QString FeeRules::basisCode(FeeBasis basis)
{
    switch (basis) {
    case FeeBasis::Area: return QStringLiteral("area");
    case FeeBasis::Fixed: return QStringLiteral("fixed");
    case FeeBasis::Metered: return QStringLiteral("metered");
    }
    return {};
}

std::optional<FeeBasis> FeeRules::basisFromCode(const QString &code)
{
    for (FeeBasis b : {FeeBasis::Area, FeeBasis::Fixed, FeeBasis::Metered}) {
        if (basisCode(b) == code)
            return b;
    }
    return std::nullopt;
}

QString FeeRules::basisName(FeeBasis basis)
{
    switch (basis) {
    case FeeBasis::Area: return tr("By floor area");
    case FeeBasis::Fixed: return tr("Fixed per house");
    case FeeBasis::Metered: return tr("Metered");
    }
    return {};
}

QStringList FeeRules::kindCodes()
{
    return {QStringLiteral("public_service"), QStringLiteral("pass_through"), QStringLiteral("special_service"),
            QStringLiteral("repair_fund"), QStringLiteral("parking")};
}

QString FeeRules::kindName(const QString &code)
{
    if (code == QLatin1String("public_service"))
        return tr("Public service fee");
    if (code == QLatin1String("pass_through"))
        return tr("Collected for utilities");
    if (code == QLatin1String("special_service"))
        return tr("Special service");
    if (code == QLatin1String("repair_fund"))
        return tr("Repair fund");
    if (code == QLatin1String("parking"))
        return tr("Parking");
    return code;
}

std::optional<QString> FeeRules::kindFromText(const QString &text)
{
    const QString t = text.trimmed();
    static const QList<QPair<QString, QString>> chinese{
        {QStringLiteral("公共性服务费"), QStringLiteral("public_service")},
        {QStringLiteral("代收代缴"), QStringLiteral("pass_through")},
        {QStringLiteral("特约服务"), QStringLiteral("special_service")},
        {QStringLiteral("维修基金"), QStringLiteral("repair_fund")},
        {QStringLiteral("车位"), QStringLiteral("parking")}};
    if (kindCodes().contains(t))
        return t;
    for (const auto &[name, code] : chinese) {
        if (t == name)
            return code;
    }
    return std::nullopt;
}

QStringList FeeRules::methodCodes()
{
    return {QStringLiteral("cash"), QStringLiteral("wechat"), QStringLiteral("alipay"), QStringLiteral("bank"),
            QStringLiteral("pos")};
}

QString FeeRules::methodName(const QString &code)
{
    if (code == QLatin1String("cash"))
        return tr("Cash");
    if (code == QLatin1String("wechat"))
        return tr("WeChat Pay");
    if (code == QLatin1String("alipay"))
        return tr("Alipay");
    if (code == QLatin1String("bank"))
        return tr("Bank transfer");
    if (code == QLatin1String("pos"))
        return tr("POS");
    if (code == QLatin1String("ledger"))
        return tr("Carried over from the arrears ledger");
    return code;
}

std::optional<QString> FeeRules::methodFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (methodCodes().contains(t))
        return t;
    static const QList<QPair<QString, QString>> chinese{
        {QStringLiteral("现金"), QStringLiteral("cash")},     {QStringLiteral("微信"), QStringLiteral("wechat")},
        {QStringLiteral("支付宝"), QStringLiteral("alipay")}, {QStringLiteral("银行转账"), QStringLiteral("bank")},
        {QStringLiteral("pos"), QStringLiteral("pos")}};
    for (const auto &[name, code] : chinese) {
        if (t == name)
            return code;
    }
    return std::nullopt;
}

QStringList FeeRules::spendingCategories()
{
    return {QStringLiteral("labour"), QStringLiteral("cleaning"), QStringLiteral("greening"), QStringLiteral("security"),
            QStringLiteral("repairs"), QStringLiteral("energy"), QStringLiteral("other"), QStringLiteral("repair_fund")};
}

QString FeeRules::spendingCategoryName(const QString &code)
{
    if (code == QLatin1String("labour"))
        return tr("Labour");
    if (code == QLatin1String("cleaning"))
        return tr("Cleaning");
    if (code == QLatin1String("greening"))
        return tr("Greening");
    if (code == QLatin1String("security"))
        return tr("Security and order");
    if (code == QLatin1String("repairs"))
        return tr("Repairs and maintenance");
    if (code == QLatin1String("energy"))
        return tr("Energy");
    if (code == QLatin1String("other"))
        return tr("Other");
    if (code == QLatin1String("repair_fund"))
        return tr("Repair fund spending");
    return code;
}

QString FeeRules::receiptNumber(int year, qint64 sequence)
{
    return QStringLiteral("SJ%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

std::optional<FeePeriod> FeeRules::parseHalf(const QString &text)
{
    const auto period = FeePeriod::parse(text);
    if (!period || period->cycle != FeeCycle::Half)
        return std::nullopt;
    return period;
}
