#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A time limit from the limit tables: an amount and a unit.
struct TimeLimit
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimit)

public:
    enum class Unit { Minutes, Hours, WorkingDays };

    int amount = 0;
    Unit unit = Unit::Minutes;

    // "10m", "8h", "7wd" (also "10min", "2d" is refused: days are always working days).
    static std::optional<TimeLimit> parse(const QString &text);
    QString code() const;         // the parseable form, "7wd"
    QString displayText() const;  // "7 working days", translated
    bool operator==(const TimeLimit &other) const { return amount == other.amount && unit == other.unit; }
};
