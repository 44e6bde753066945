#include "models/repositories/requestqueries.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/sqldialect.h"
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

// The text filter's words: three characters or more go through the trigram index where the
// database has one; shorter ones (and PostgreSQL) compare with LIKE.
bool useTextIndex(const SqlDialect &dialect, const QString &text)
{
    return dialect.hasTrigramIndex() && text.size() >= 3;
}

FilterSql filterSql(const Session &who, const RequestFilter &f, const QDateTime &now, const SqlDialect &dialect)
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
    const QString text = f.text.trimmed();
    if (useTextIndex(dialect, text)) {
        // requests_text (migration 0012): number, reporter, house and location in trigrams.
        s.add(QStringLiteral("id IN (SELECT rowid FROM requests_text WHERE requests_text MATCH :text)"));
        s.bind(QStringLiteral(":text"), QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                                            + QLatin1Char('"'));
    } else if (!text.isEmpty()) {
        s.add(QStringLiteral("(number LIKE :t1 OR reporter_name LIKE :t2 OR house_number LIKE :t3 "
                             "OR public_location LIKE :t4)"));
        const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
        for (const char *name : {":t1", ":t2", ":t3", ":t4"})
            s.bind(QString::fromLatin1(name), pattern);
    }
    return s;
}

// The terms of a sort, the last one the id: what a keyset page continues after.
struct SortTerm
{
    QString expression;
    bool descending;
};

QList<SortTerm> sortTerms(RequestSort sort)
{
    const QString arrivalMissing = QStringLiteral("CASE WHEN arrival_deadline IS NULL THEN 1 ELSE 0 END");
    const QString completionMissing = QStringLiteral("CASE WHEN completion_deadline IS NULL THEN 1 ELSE 0 END");
    switch (sort) {
    case RequestSort::NewestFirst:
        return {{QStringLiteral("registered_at"), true}, {QStringLiteral("id"), true}};
    case RequestSort::OldestFirst:
        return {{QStringLiteral("registered_at"), false}, {QStringLiteral("id"), false}};
    case RequestSort::Number:
        return {{QStringLiteral("kind"), false}, {QStringLiteral("number_year"), false},
                {QStringLiteral("number_seq"), false}, {QStringLiteral("id"), false}};
    case RequestSort::State:
        return {{QStringLiteral("state"), false}, {QStringLiteral("registered_at"), true}, {QStringLiteral("id"), true}};
    case RequestSort::ArrivalDeadline:
        return {{arrivalMissing, false}, {QStringLiteral("COALESCE(arrival_deadline, 0)"), false},
                {QStringLiteral("id"), false}};
    case RequestSort::CompletionDeadline:
        return {{completionMissing, false}, {QStringLiteral("COALESCE(completion_deadline, 0)"), false},
                {QStringLiteral("id"), false}};
    }
    return {};
}

// The values of the sort terms for a row already shown.
QVariantList sortKey(RequestSort sort, const ServiceRequest &r)
{
    const qint64 arrival = r.arrivalDeadline.isValid() ? toStored(r.arrivalDeadline) : 0;
    const qint64 completion = r.completionDeadline.isValid() ? toStored(r.completionDeadline) : 0;
    switch (sort) {
    case RequestSort::NewestFirst:
    case RequestSort::OldestFirst:
        return {toStored(r.registeredAt), r.id};
    case RequestSort::Number:
        // R2026-000123: the year and the number within it.
        return {RequestCodes::code(r.kind), r.number.mid(1, 4).toInt(), r.number.mid(6).toLongLong(), r.id};
    case RequestSort::State:
        return {RequestCodes::code(r.state), toStored(r.registeredAt), r.id};
    case RequestSort::ArrivalDeadline:
        return {r.arrivalDeadline.isValid() ? 0 : 1, arrival, r.id};
    case RequestSort::CompletionDeadline:
        return {r.completionDeadline.isValid() ? 0 : 1, completion, r.id};
    }
    return {};
}

// Rows after the key in the sort's order: the first term bounds the index range, the nested
// comparison decides the ties.
void addKeyset(FilterSql &s, RequestSort sort, const ServiceRequest &after)
{
    const QList<SortTerm> terms = sortTerms(sort);
    const QVariantList key = sortKey(sort, after);
    const SortTerm &first = terms.first();
    s.add(first.expression + (first.descending ? QStringLiteral(" <= :key_bound") : QStringLiteral(" >= :key_bound")));
    s.bind(QStringLiteral(":key_bound"), key.first());
    QString tail;
    for (qsizetype i = terms.size() - 1; i >= 0; --i) {
        const SortTerm &t = terms.at(i);
        const QString n = QString::number(i);
        const QString beyond = t.expression + (t.descending ? QStringLiteral(" < :key_lt") : QStringLiteral(" > :key_lt")) + n;
        s.bind(QStringLiteral(":key_lt") + n, key.at(i));
        if (tail.isEmpty()) {
            tail = beyond;
        } else {
            tail = QStringLiteral("(") + beyond + QStringLiteral(" OR (") + t.expression + QStringLiteral(" = :key_eq") + n
                   + QStringLiteral(" AND ") + tail + QStringLiteral("))");
            s.bind(QStringLiteral(":key_eq") + n, key.at(i));
        }
    }
    s.add(tail);
}

} // namespace

RequestQueries::RequestQueries(Database &db) : m_db(db) {}

Status RequestQueries::canRead(const Session &who) const
{
    // The account's role as it stands now, not as it was at sign-in.
    return AuditLog::permits(m_db, who, {Permission::RegisterRequests, Permission::RecordWork},
                             tr("%1 (%2) may not see service requests.").arg(who.displayName, Roles::displayName(who.role)));
}

BoundSql RequestQueries::listSql(const Session &who, const RequestFilter &filter, const ServiceRequest *after,
                                  int offset, int limit) const
{
    FilterSql f = filterSql(who, filter, m_db.clock().now(), m_db.dialect());
    if (after)
        addKeyset(f, filter.sort, *after);
    BoundSql sql;
    sql.values = f.values;
    // With the text filter, the matches come from the trigram index and are sorted: the
    // order's terms are written +term so that no index tempts the planner into walking the
    // whole list to find them (SQLite only: there is no trigram index elsewhere).
    const bool textIndexed = useTextIndex(m_db.dialect(), filter.text.trimmed());
    QString order;
    for (const SortTerm &t : sortTerms(filter.sort))
        order += (order.isEmpty() ? QStringLiteral(" ORDER BY ") : QStringLiteral(", "))
                 + (textIndexed ? QStringLiteral("+") : QString()) + t.expression
                 + (t.descending ? QStringLiteral(" DESC") : QString());
    if (filter.mine && !textIndexed && m_db.dialect().namedPlaceholdersRepeat()
        && (filter.sort == RequestSort::NewestFirst || filter.sort == RequestSort::OldestFirst
                        || filter.sort == RequestSort::State)) {
        // Registered by me or handed to me: two ordered index ranges merged (a UNION whose
        // ORDER BY names result columns), instead of an OR that sorts all of my requests.
        sql.sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests") + f.where
                  + QStringLiteral(" AND registered_by = :me_registered UNION SELECT ") + columns
                  + QStringLiteral(" FROM requests") + f.where + QStringLiteral(" AND receiver_user_id = :me_received")
                  + order;
        // The second branch repeats the filter: its values are bound under the same names.
        sql.bind(QStringLiteral(":me_registered"), who.userId);
        sql.bind(QStringLiteral(":me_received"), who.userId);
    } else {
        QString where = f.where;
        if (filter.mine) {
            where += QStringLiteral(" AND (registered_by = :me1 OR receiver_user_id = :me2)");
            sql.bind(QStringLiteral(":me1"), who.userId);
            sql.bind(QStringLiteral(":me2"), who.userId);
        }
        sql.sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests") + where + order;
    }
    sql.sql += QStringLiteral(" LIMIT :limit");
    sql.bind(QStringLiteral(":limit"), qMax(0, limit));
    if (!after && offset > 0) {
        sql.sql += QStringLiteral(" OFFSET :offset");
        sql.bind(QStringLiteral(":offset"), offset);
    }
    return sql;
}

BoundSql RequestQueries::countSql(const Session &who, const RequestFilter &filter) const
{
    FilterSql f = filterSql(who, filter, m_db.clock().now(), m_db.dialect());
    BoundSql sql;
    sql.values = f.values;
    QString where = f.where;
    if (filter.mine) {
        where += QStringLiteral(" AND (registered_by = :me1 OR receiver_user_id = :me2)");
        sql.bind(QStringLiteral(":me1"), who.userId);
        sql.bind(QStringLiteral(":me2"), who.userId);
    }
    sql.sql = QStringLiteral("SELECT COUNT(*) FROM requests") + where;
    return sql;
}

namespace {
Result<QList<ServiceRequest>> runList(Database &db, const BoundSql &sql)
{
    Query q(db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<ServiceRequest> rows;
    while (q.next())
        rows << read(q);
    return rows;
}
} // namespace

Result<QList<ServiceRequest>> RequestQueries::list(const Session &who, const RequestFilter &filter, int offset,
                                                      int limit) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    return runList(m_db, listSql(who, filter, nullptr, offset, limit));
}

Result<QList<ServiceRequest>> RequestQueries::listAfter(const Session &who, const RequestFilter &filter,
                                                           const ServiceRequest &last, int limit) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    return runList(m_db, listSql(who, filter, &last, 0, limit));
}

Result<qint64> RequestQueries::count(const Session &who, const RequestFilter &filter) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const BoundSql sql = countSql(who, filter);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
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
// read in id order through the partial index requests_slip_awaited (0012), named to the
// planner where the dialect can (without statistics SQLite would take a state index and sort).
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

BoundSql RequestQueries::boardSql(const Session &who, BoardLines lines, qint64 id) const
{
    // One of the constant clauses of this file; the values are bound below.
    const QString &where = lines == BoardLines::Open           ? kBoardWhere
                           : lines == BoardLines::SlipsAwaited ? kSlipWhere
                                                               : kTellWhere;
    BoundSql sql;
    sql.sql = QStringLiteral("SELECT ") + kBoardColumns + QStringLiteral(" FROM requests")
              + (lines == BoardLines::SlipsAwaited && m_db.dialect().kind() == SqlDialect::Kind::Sqlite
                     ? QStringLiteral(" INDEXED BY requests_slip_awaited") // SQLite's syntax
                     : QString())
              + where;
    if (id > 0) {
        sql.sql += QStringLiteral(" AND id = :id");
        sql.bind(QStringLiteral(":id"), id);
    }
    if (who.role == Role::Technician) {
        sql.sql += QStringLiteral(" AND receiver_user_id = :tech");
        sql.bind(QStringLiteral(":tech"), who.userId);
    }
    sql.sql += QStringLiteral(" ORDER BY id");
    return sql;
}

Result<QList<BoardEntry>> RequestQueries::boardEntries(const Session &who, BoardLines lines, qint64 id) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const BoundSql sql = boardSql(who, lines, id);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<BoardEntry> entries;
    while (q.next())
        entries << readBoardEntry(q);
    return entries;
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

