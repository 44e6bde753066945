#include "models/domain/timelimittable.h"

namespace {
TimeLimitTable::Entry make(RequestKind kind, const char *key, const char *arrival, const char *completion)
{
    TimeLimitTable::Entry e;
    e.kind = kind;
    e.classKey = QString::fromLatin1(key);
    if (arrival)
        e.arrival = TimeLimit::parse(QString::fromLatin1(arrival));
    if (completion)
        e.completion = TimeLimit::parse(QString::fromLatin1(completion));
    return e;
}
} // namespace

TimeLimitTable TimeLimitTable::defaults()
{
    TimeLimitTable table;
    const RequestKind r = RequestKind::Repair;
    const RequestKind c = RequestKind::Complaint;
    const RequestKind e = RequestKind::Enquiry;
    table.m_entries = {
        make(r, "emergency", "10m", "4h"),
        make(r, "simple", "20m", "4h"),
        make(r, "general", "60m", "7wd"),
        make(r, "public_urgent", "10m", "1wd"),
        make(r, "public_other", "60m", "3wd"),
        make(c, "attitude_ordinary", nullptr, "4h"),
        make(c, "attitude_serious", nullptr, "2wd"),
        make(c, "engineering", "60m", "7wd"), // as a general repair
        make(c, "public_urgent", "10m", nullptr),
        make(c, "public_other", nullptr, "3wd"),
        make(c, "neighbour", "15m", nullptr), // the assistant arrives at the complained-about home
        make(c, "other", "8h", nullptr),      // arrival or first action
        make(e, "general", nullptr, "30m"),   // answered
        make(e, "fees", "30m", nullptr),      // staff on site
        make(e, "external", nullptr, "30m"),
        make(e, "other_department", nullptr, "2wd"),
    };
    return table;
}

QStringList TimeLimitTable::classKeys(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Repair:
        return {QStringLiteral("emergency"), QStringLiteral("simple"), QStringLiteral("general"),
                QStringLiteral("public_urgent"), QStringLiteral("public_other")};
    case RequestKind::Complaint:
        return {QStringLiteral("attitude_ordinary"), QStringLiteral("attitude_serious"), QStringLiteral("engineering"),
                QStringLiteral("public_urgent"),     QStringLiteral("public_other"),     QStringLiteral("neighbour"),
                QStringLiteral("other")};
    case RequestKind::Enquiry:
        return {QStringLiteral("general"), QStringLiteral("fees"), QStringLiteral("external"),
                QStringLiteral("other_department")};
    }
    return {};
}

bool TimeLimitTable::isClass(RequestKind kind, const QString &classKey)
{
    return classKeys(kind).contains(classKey);
}

QString TimeLimitTable::className(RequestKind kind, const QString &key)
{
    switch (kind) {
    case RequestKind::Repair:
        if (key == QLatin1String("emergency")) return tr("Emergency repair");
        if (key == QLatin1String("simple")) return tr("Simple repair");
        if (key == QLatin1String("general")) return tr("General repair");
        if (key == QLatin1String("public_urgent")) return tr("Public area, urgent");
        if (key == QLatin1String("public_other")) return tr("Public area, other");
        break;
    case RequestKind::Complaint:
        if (key == QLatin1String("attitude_ordinary")) return tr("Service attitude, ordinary");
        if (key == QLatin1String("attitude_serious")) return tr("Service attitude, serious");
        if (key == QLatin1String("engineering")) return tr("Engineering repair");
        if (key == QLatin1String("public_urgent")) return tr("Public area, urgent");
        if (key == QLatin1String("public_other")) return tr("Public area, other");
        if (key == QLatin1String("neighbour")) return tr("Neighbour behaviour");
        if (key == QLatin1String("other")) return tr("Other");
        break;
    case RequestKind::Enquiry:
        if (key == QLatin1String("general")) return tr("Estate information");
        if (key == QLatin1String("fees")) return tr("Fees");
        if (key == QLatin1String("external")) return tr("Services outside the centre");
        if (key == QLatin1String("other_department")) return tr("Other departments' procedures");
        break;
    }
    return key;
}

std::optional<TimeLimitTable::Entry> TimeLimitTable::entry(RequestKind kind, const QString &classKey) const
{
    for (const Entry &e : m_entries) {
        if (e.kind == kind && e.classKey == classKey)
            return e;
    }
    return std::nullopt;
}

void TimeLimitTable::set(const Entry &entry)
{
    for (Entry &e : m_entries) {
        if (e.kind == entry.kind && e.classKey == entry.classKey) {
            e = entry;
            return;
        }
    }
    m_entries << entry;
}

RequestDeadlines TimeLimitTable::compute(const Entry &entry, const QDateTime &registered, const QDateTime &agreedAt,
                                         const DeadlineCalculator &calculator)
{
    RequestDeadlines result;
    result.arrivalLimit = entry.arrival;
    result.completionLimit = entry.completion;
    auto note = [&result](const Deadline &d) {
        for (int year : d.yearsWithoutSchedule) {
            if (!result.yearsWithoutSchedule.contains(year))
                result.yearsWithoutSchedule << year;
        }
    };
    if (entry.arrival) {
        const Deadline d = calculator.due(registered, *entry.arrival);
        result.arrival = d.due;
        note(d);
    }
    if (entry.completion) {
        const Deadline d = calculator.due(registered, *entry.completion);
        result.completion = d.due;
        note(d);
    }
    if (agreedAt.isValid()) {
        QDateTime &last = result.completion.isValid() ? result.completion : result.arrival;
        if (!last.isValid() || agreedAt.toUTC() < last)
            last = agreedAt.toUTC();
    }
    return result;
}
