#include "models/repositories/requestqueries.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/requestrows.h"
#include "models/repositories/settingsrepository.h"

using namespace RequestRows;

namespace {
// The open states: a deadline can still be waiting.
const QString kOpenStates = QStringLiteral("('registered', 'dispatched', 'on_site')");

// The WHERE clause of a filter. Only constant fragments are appended; every value is bound.
struct FilterSql
{
    QString where;
    QList<QPair<QString, QVariant>> values;

    void add(const QString &fragment) { where += QStringLiteral(" AND ") + fragment; }
    void bind(const QString &name, const QVariant &value) { values << qMakePair(name, value); }
};

FilterSql filterSql(const Session &who, const RequestFilter &f, const QDateTime &now)
{
    FilterSql s;
    s.where = QStringLiteral(" WHERE 1 = 1");
    if (!f.includeVoided)
        s.add(QStringLiteral("voided = 0"));
    if (f.kind) {
        s.add(QStringLiteral("kind = :kind"));
        s.bind(QStringLiteral(":kind"), RequestCodes::code(*f.kind));
    }
    if (!f.classKey.isEmpty()) {
        s.add(QStringLiteral("class_key = :class"));
        s.bind(QStringLiteral(":class"), f.classKey);
    }
    if (f.state) {
        s.add(QStringLiteral("state = :state"));
        s.bind(QStringLiteral(":state"), RequestCodes::code(*f.state));
    } else if (f.openOnly) {
        s.add(QStringLiteral("state <> 'closed'"));
    }
    if (f.overdueOnly) {
        s.add(QStringLiteral("state IN ") + kOpenStates
              + QStringLiteral(" AND ((arrived_at IS NULL AND arrival_deadline < :now1) "
                               "OR (completed_at IS NULL AND completion_deadline < :now2))"));
        s.bind(QStringLiteral(":now1"), toStored(now));
        s.bind(QStringLiteral(":now2"), toStored(now));
    }
    if (f.mine) {
        s.add(QStringLiteral("(registered_by = :me1 OR receiver_user_id = :me2)"));
        s.bind(QStringLiteral(":me1"), who.userId);
        s.bind(QStringLiteral(":me2"), who.userId);
    }
    if (who.role == Role::Technician) {
        s.add(QStringLiteral("receiver_user_id = :tech"));
        s.bind(QStringLiteral(":tech"), who.userId);
    }
    if (f.from.isValid()) {
        s.add(QStringLiteral("registered_at >= :from"));
        s.bind(QStringLiteral(":from"), toStored(f.from));
    }
    if (f.to.isValid()) {
        s.add(QStringLiteral("registered_at < :to"));
        s.bind(QStringLiteral(":to"), toStored(f.to));
    }
    if (!f.text.trimmed().isEmpty()) {
        s.add(QStringLiteral("(number LIKE :t1 OR reporter_name LIKE :t2 OR house_number LIKE :t3 "
                             "OR public_location LIKE :t4)"));
        const QString pattern = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        for (const char *name : {":t1", ":t2", ":t3", ":t4"})
            s.bind(QString::fromLatin1(name), pattern);
    }
    return s;
}

QString orderBy(RequestSort sort)
{
    switch (sort) {
    case RequestSort::NewestFirst: return QStringLiteral(" ORDER BY registered_at DESC, id DESC");
    case RequestSort::OldestFirst: return QStringLiteral(" ORDER BY registered_at, id");
    case RequestSort::Number: return QStringLiteral(" ORDER BY kind, number_year, number_seq");
    case RequestSort::State: return QStringLiteral(" ORDER BY state, registered_at DESC, id DESC");
    case RequestSort::ArrivalDeadline:
        return QStringLiteral(" ORDER BY CASE WHEN arrival_deadline IS NULL THEN 1 ELSE 0 END, arrival_deadline, id");
    case RequestSort::CompletionDeadline:
        return QStringLiteral(" ORDER BY CASE WHEN completion_deadline IS NULL THEN 1 ELSE 0 END, "
                              "completion_deadline, id");
    }
    return {};
}
} // namespace

RequestQueries::RequestQueries(Database &db) : m_db(db) {}

Status RequestQueries::canRead(const Session &who) const
{
    // The account's role as it stands now, not as it was at sign-in.
    return AuditLog::permits(m_db, who, {Permission::RegisterRequests, Permission::RecordWork},
                             tr("%1 (%2) may not see service requests.").arg(who.displayName, Roles::displayName(who.role)));
}

Result<QList<ServiceRequest>> RequestQueries::list(const Session &who, const RequestFilter &filter, int offset,
                                                      int limit) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const FilterSql f = filterSql(who, filter, m_db.clock().now());
    Query q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests") + f.where
                      + orderBy(filter.sort) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    for (const auto &[name, value] : f.values)
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), qMax(0, limit));
    q.bind(QStringLiteral(":offset"), qMax(0, offset));
    return q.rows([](Query &row) { return read(row); });
}

Result<qint64> RequestQueries::count(const Session &who, const RequestFilter &filter) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const FilterSql f = filterSql(who, filter, m_db.clock().now());
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM requests") + f.where);
    for (const auto &[name, value] : f.values)
        q.bind(name, value);
    return q.scalar();
}

namespace {
const QString kBoardColumns = QStringLiteral(
    "id, kind, number, class_key, house_number, public_location, registered_by, registered_by_name, "
    "receiver_user_id, receiver_name, state, major, registered_at, arrival_deadline, arrived_at, "
    "completion_deadline, completed_at, COALESCE(reopened_at, registered_at)");

BoardEntry readBoardEntry(const Query &q)
{
    BoardEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = RequestCodes::kindFromCode(q.value(1).toString()).value_or(RequestKind::Repair);
    e.number = q.value(2).toString();
    e.classKey = q.value(3).toString();
    e.location = q.value(4).isNull() ? q.value(5).toString() : q.value(4).toString();
    e.responsibleId = q.value(6).toLongLong();
    e.responsibleName = q.value(7).toString();
    e.receiverUserId = q.value(8).toLongLong();
    e.receiverName = q.value(9).toString();
    e.state = RequestCodes::stateFromCode(q.value(10).toString()).value_or(RequestState::Registered);
    e.major = q.value(11).toInt() != 0;
    e.timer.registeredAt = q.value(12).toLongLong();
    e.timer.arrivalDeadline = q.value(13).toLongLong(); // NULL reads as 0: no deadline
    e.timer.arrivedAt = q.value(14).toLongLong();
    e.timer.completionDeadline = q.value(15).toLongLong();
    e.timer.completedAt = q.value(16).toLongLong();
    e.openedAt = q.value(17).toLongLong();
    return e;
}

// A request waits on the board while it is open and a deadline is still to be met.
const QString kBoardWhere = QStringLiteral(
    " WHERE voided = 0 AND state IN ('registered', 'dispatched', 'on_site') "
    "AND ((arrived_at IS NULL AND arrival_deadline IS NOT NULL) "
    "OR (completed_at IS NULL AND completion_deadline IS NOT NULL))");

// Done in the program (not imported from a ledger) and the technician's slip not back yet:
// it is due at customer service within 24 hours of completion (SPEC 3.1). An enquiry
// answered at the desk has no slip.
const QString kSlipWhere = QStringLiteral(
    " WHERE voided = 0 AND desk_rules = 1 AND completed_at IS NOT NULL AND slip_returned_at IS NULL "
    "AND state IN ('completed', 'called_back') AND kind <> 'enquiry'");

// An open complaint, taken in the program, whose complainant has not been told when it will
// be settled (SPEC 3.2).
const QString kTellWhere = QStringLiteral(
    " WHERE voided = 0 AND desk_rules = 1 AND kind = 'complaint' AND completed_at IS NULL "
    "AND complainant_told_at IS NULL AND state IN ('registered', 'dispatched', 'on_site')");
} // namespace

Result<QList<BoardEntry>> RequestQueries::boardEntries(const Session &who, BoardLines lines, qint64 id) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    // One of the constant clauses of this file; the values are bound below.
    const QString &where = lines == BoardLines::Open           ? kBoardWhere
                           : lines == BoardLines::SlipsAwaited ? kSlipWhere
                                                               : kTellWhere;
    QString sql = QStringLiteral("SELECT ") + kBoardColumns + QStringLiteral(" FROM requests") + where;
    if (id > 0)
        sql += QStringLiteral(" AND id = :id");
    if (who.role == Role::Technician)
        sql += QStringLiteral(" AND receiver_user_id = :tech");
    Query q(m_db, sql + QStringLiteral(" ORDER BY id"));
    if (id > 0)
        q.bind(QStringLiteral(":id"), id);
    if (who.role == Role::Technician)
        q.bind(QStringLiteral(":tech"), who.userId);
    return q.rows([](Query &row) { return readBoardEntry(row); });
}

Result<QList<BoardEntry>> RequestQueries::board(const Session &who) const
{
    return boardEntries(who, BoardLines::Open, 0);
}

Result<std::optional<BoardEntry>> RequestQueries::boardEntry(const Session &who, qint64 id) const
{
    const auto entries = boardEntries(who, BoardLines::Open, id);
    if (!entries)
        return Failure{entries.error()};
    return entries->isEmpty() ? std::optional<BoardEntry>() : std::optional<BoardEntry>(entries->first());
}

Result<QList<BoardEntry>> RequestQueries::complainantsToTell(const Session &who, qint64 onlyId) const
{
    if (!AuditLog::allows(m_db, who, Permission::RegisterRequests))
        return QList<BoardEntry>(); // the desk tells complainants; a technician cannot
    auto entries = boardEntries(who, BoardLines::ComplainantsToTell, onlyId);
    if (!entries)
        return entries;
    // Told the same day: the timer runs to the end of the day the complaint came in (or was
    // reopened) in the estate.
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    for (BoardEntry &e : entries.value()) {
        TimerInput timer;
        timer.registeredAt = e.openedAt;
        timer.completionDeadline =
            RequestTimer::tellDeadline(QDateTime::fromMSecsSinceEpoch(e.openedAt, Qt::UTC), zone).toMSecsSinceEpoch();
        e.timer = timer;
    }
    return entries;
}

Result<QList<BoardEntry>> RequestQueries::slipsAwaited(const Session &who, qint64 onlyId) const
{
    auto entries = boardEntries(who, BoardLines::SlipsAwaited, onlyId);
    if (!entries)
        return entries;
    // The slip's timer runs from completion to 24 hours later (SPEC 3.1).
    for (BoardEntry &e : entries.value()) {
        TimerInput timer;
        timer.registeredAt = e.timer.completedAt;
        timer.completionDeadline = e.timer.completedAt + RequestTimer::slipReturnMsecs;
        e.timer = timer;
    }
    return entries;
}

