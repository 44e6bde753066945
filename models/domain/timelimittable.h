#pragma once

#include "models/domain/deadlinecalculator.h"
#include "models/domain/servicerequest.h"
#include "models/domain/timelimit.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The deadlines a request gets at registration.
struct RequestDeadlines
{
    std::optional<TimeLimit> arrivalLimit;
    std::optional<TimeLimit> completionLimit;
    QDateTime arrival;    // UTC; invalid when the class is not measured to arrival
    QDateTime completion; // UTC; invalid when the class is not measured to completion ("handled")
    QList<int> yearsWithoutSchedule;
};

// SPEC 3.2: for every kind and class, the limit to arrival on site and the limit to
// completion ("handled"). A class measured to one point only has no limit for the other
// (a neighbour complaint: arrival; an attitude complaint: handled).
class TimeLimitTable
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimitTable)

public:
    struct Entry
    {
        RequestKind kind = RequestKind::Repair;
        QString classKey;
        std::optional<TimeLimit> arrival;
        std::optional<TimeLimit> completion;
    };

    // The shipped defaults (also seeded into the database by migration 0003).
    static TimeLimitTable defaults();
    // Class keys of SPEC 9.3, in the order the forms list them.
    static QStringList classKeys(RequestKind kind);
    static bool isClass(RequestKind kind, const QString &classKey);
    static QString className(RequestKind kind, const QString &classKey); // translated

    const QList<Entry> &entries() const { return m_entries; }
    std::optional<Entry> entry(RequestKind kind, const QString &classKey) const;
    void set(const Entry &entry);

    // The deadlines of a request of this class registered at `registered`. An agreed
    // time earlier than the class limit replaces it (the final deadline: completion,
    // or arrival for a class measured to arrival only).
    static RequestDeadlines compute(const Entry &entry, const QDateTime &registered, const QDateTime &agreedAt,
                                    const DeadlineCalculator &calculator);

private:
    QList<Entry> m_entries;
};
