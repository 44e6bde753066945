#include "models/domain/timelimit.h"

#include <QRegularExpression>

std::optional<TimeLimit> TimeLimit::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*(m|min|h|wd)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    TimeLimit limit;
    limit.amount = match.captured(1).toInt();
    if (limit.amount <= 0)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    if (unit == QLatin1String("h"))
        limit.unit = Unit::Hours;
    else if (unit == QLatin1String("wd"))
        limit.unit = Unit::WorkingDays;
    else
        limit.unit = Unit::Minutes;
    return limit;
}

QString TimeLimit::code() const
{
    switch (unit) {
    case Unit::Minutes: return QString::number(amount) + QLatin1Char('m');
    case Unit::Hours: return QString::number(amount) + QLatin1Char('h');
    case Unit::WorkingDays: return QString::number(amount) + QLatin1String("wd");
    }
    return {};
}

QString TimeLimit::displayText() const
{
    switch (unit) {
    case Unit::Minutes: return tr("%n minute(s)", nullptr, amount);
    case Unit::Hours: return tr("%n hour(s)", nullptr, amount);
    case Unit::WorkingDays: return tr("%n working day(s)", nullptr, amount);
    }
    return {};
}
