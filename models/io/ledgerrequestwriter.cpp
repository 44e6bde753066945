#include "models/io/ledgerrequestwriter.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/domain/requestworkflow.h"
#include "models/repositories/requestrows.h"

using namespace RequestRows;

namespace {
const QString kEntity = QStringLiteral("request");
} // namespace

LedgerRequestWriter::LedgerRequestWriter(Database &db) : m_db(db), m_audit(db) {}

Result<bool> LedgerRequestWriter::exists(RequestKind kind, const QDateTime &registeredAt, const QString &reporter,
                                         const QString &description) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE registered_at = :at AND kind = :k "
                                 "AND reporter_name = :r AND description = :d"));
    q.bind(QStringLiteral(":at"), toStored(registeredAt));
    q.bind(QStringLiteral(":k"), RequestCodes::code(kind));
    q.bind(QStringLiteral(":r"), reporter);
    q.bind(QStringLiteral(":d"), description);
    const auto n = q.scalar();
    if (!n)
        return Failure{n.error()};
    return n.value() > 0;
}

Result<qint64> LedgerRequestWriter::insert(const Session &who, ServiceRequest r,
                                           const std::optional<RequestCallback> &callback, const TimeLimitTable &table,
                                           const DeadlineCalculator &calculator, const QString &note)
{
    // Each row records its history event; the import records one audit row for the file.
    return GuardedWrite::runAuditedFor<qint64>(m_db, who, *RequestWorkflow::permission(RequestStep::ImportLedger),
                                               kEntity, [&](qint64 &out) -> Status {
        const auto deadlines =
            RequestWorkflow::deadlines(table, r.kind, r.classKey, r.registeredAt, r.agreedAt, calculator);
        if (!deadlines)
            return Failure{tr("No time limit is set for this class.")};
        r.arrivalLimit = limitCode(deadlines->arrivalLimit);
        r.completionLimit = limitCode(deadlines->completionLimit);
        r.arrivalDeadline = deadlines->arrival;
        r.completionDeadline = deadlines->completion;
        r.imported = true;
        if (r.registeredByName.isEmpty())
            r.registeredByName = actorName(who);
        // The state the ledger shows: a solved callback closed the request.
        if (callback && callback->solved.value_or(true) && r.completedAt.isValid()) {
            r.state = RequestState::Closed;
            r.closedAt = callback->at;
        } else if (r.completedAt.isValid()) {
            r.state = RequestState::Completed;
        } else if (r.arrivedAt.isValid()) {
            r.state = RequestState::OnSite;
        } else if (r.dispatchedAt.isValid() || !r.receiverName.isEmpty()) {
            r.state = RequestState::Dispatched;
        } else {
            r.state = RequestState::Registered;
        }

        const int year = r.registeredAt.toTimeZone(calculator.zone()).date().year();
        const auto number = nextNumber(m_db, r.kind, year);
        if (!number)
            return Failure{number.error()};
        r.number = number.value();
        const auto id = RequestRows::insert(m_db, r, year);
        if (!id)
            return Failure{id.error()};
        if (!r.receiverName.isEmpty()) {
            Query h(m_db, QStringLiteral("INSERT INTO request_handovers (request_id, at, handed_by_name, received_by_name, "
                                         "department) VALUES (:r, :at, :hn, :rn, :d)"));
            h.bind(QStringLiteral(":r"), id.value());
            h.bind(QStringLiteral(":at"), toStored(r.dispatchedAt.isValid() ? r.dispatchedAt : r.registeredAt));
            h.bind(QStringLiteral(":hn"), r.registeredByName);
            h.bind(QStringLiteral(":rn"), r.receiverName);
            h.bind(QStringLiteral(":d"), notNull(r.department));
            if (Status s = h.exec(); !s)
                return Failure{s.error()};
        }
        if (callback) {
            Query c(m_db, QStringLiteral("INSERT INTO request_callbacks (request_id, at, by_name, solved, attitude, score, "
                                         "suggestions) VALUES (:r, :at, :n, :solved, :attitude, :score, :s)"));
            c.bind(QStringLiteral(":r"), id.value());
            c.bind(QStringLiteral(":at"), toStored(callback->at));
            c.bind(QStringLiteral(":n"), callback->byName.isEmpty() ? r.registeredByName : callback->byName);
            c.bind(QStringLiteral(":solved"), callback->solved ? QVariant(*callback->solved ? 1 : 0) : nullInt());
            c.bind(QStringLiteral(":attitude"), callback->attitude ? QVariant(RequestCodes::code(*callback->attitude))
                                                                   : nullText());
            c.bind(QStringLiteral(":score"), callback->score ? QVariant(*callback->score) : nullInt());
            c.bind(QStringLiteral(":s"), text(callback->suggestions));
            if (Status s = c.exec(); !s)
                return Failure{s.error()};
        }
        const QString state = RequestCodes::code(r.state);
        if (Status s = addEvent(m_db, who, id.value(), QStringLiteral("imported"), {}, state, note, m_db.clock().now()); !s)
            return Failure{s.error()};
        out = id.value();
        return {};
    });
}
