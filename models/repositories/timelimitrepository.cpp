#include "models/repositories/timelimitrepository.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/requestrows.h"

using namespace RequestRows;

namespace {
const QString kLimitEntity = QStringLiteral("time_limit");
} // namespace

TimeLimitRepository::TimeLimitRepository(Database &db, QObject *parent) : QObject(parent), m_db(db), m_audit(db) {}

TimeLimitTable TimeLimitRepository::limits() const
{
    TimeLimitTable table = TimeLimitTable::defaults();
    Query q(m_db, QStringLiteral("SELECT kind, class_key, arrival_limit, completion_limit FROM time_limits"));
    if (!q.exec())
        return table;
    while (q.next()) {
        const auto kind = RequestCodes::kindFromCode(q.value(0).toString());
        if (!kind)
            continue;
        TimeLimitTable::Entry e;
        e.kind = *kind;
        e.classKey = q.value(1).toString();
        if (!q.value(2).isNull())
            e.arrival = TimeLimit::parse(q.value(2).toString());
        if (!q.value(3).isNull())
            e.completion = TimeLimit::parse(q.value(3).toString());
        table.set(e);
    }
    return table;
}

Status TimeLimitRepository::setLimit(const Session &who, RequestKind kind, const QString &classKey,
                                   const std::optional<TimeLimit> &arrival, const std::optional<TimeLimit> &completion)
{
    const Status written = GuardedWrite::run(m_db, who, Permission::ManageLimitsAndTemplates, kLimitEntity,
                                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (!TimeLimitTable::isClass(kind, classKey))
            return Failure{tr("There is no such class.")};
        if (!arrival && !completion)
            return Failure{tr("A class needs at least one time limit.")};
        const auto old = limits().entry(kind, classKey);
        auto codes = [](const std::optional<TimeLimit> &a, const std::optional<TimeLimit> &c) {
            return limitCode(a) + QLatin1Char('/') + limitCode(c);
        };
        // Portable upsert: the row may be missing if someone deleted it by hand.
        Query del(m_db, QStringLiteral("DELETE FROM time_limits WHERE kind = :k AND class_key = :c"));
        del.bind(QStringLiteral(":k"), RequestCodes::code(kind));
        del.bind(QStringLiteral(":c"), classKey);
        if (Status s = del.exec(); !s)
            return Failure{s.error()};
        Query ins(m_db, QStringLiteral("INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit, "
                                       "updated_at, updated_by) VALUES (:k, :c, :a, :d, :at, :by)"));
        ins.bind(QStringLiteral(":k"), RequestCodes::code(kind));
        ins.bind(QStringLiteral(":c"), classKey);
        ins.bind(QStringLiteral(":a"), text(limitCode(arrival)));
        ins.bind(QStringLiteral(":d"), text(limitCode(completion)));
        ins.bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        ins.bind(QStringLiteral(":by"), idOrNull(who.userId));
        if (Status s = ins.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("time_limit_changed"), kLimitEntity,
                                      RequestCodes::code(kind) + QLatin1Char('/') + classKey,
                                      old ? codes(old->arrival, old->completion) : QString(),
                                      codes(arrival, completion)};
    });
    if (!written)
        return Failure{written.error()};
    emit limitsChanged();
    return {};
}
