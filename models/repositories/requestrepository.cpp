#include "models/repositories/requestrepository.h"

#include "models/repositories/recordsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/guardedwrite.h"
#include "models/domain/formats.h"
#include "models/domain/validation.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/requestrows.h"
#include "models/repositories/settingsrepository.h"

using namespace RequestRows;

namespace {
// Who changed a request last and when: its newest event (requests keep no updated_by).
const QString kLastChange = QStringLiteral("SELECT username, at FROM request_events WHERE request_id = :id "
                                           "ORDER BY id DESC LIMIT 1");
} // namespace

namespace {
const QString kEntity = QStringLiteral("request");
// A step recorded a little ahead of this PC's clock (another seat's clock) is tolerated.
constexpr qint64 kFutureToleranceSecs = 5 * 60;

// Reopened (by a manager, or "not solved" at the callback): open again from now on, and a
// complainant is told anew when it will be settled.
QList<QPair<QString, QVariant>> reopenedColumns(const QDateTime &at)
{
    return {{QStringLiteral("reopened_at"), toStored(at)},
            {QStringLiteral("complainant_told_at"), nullInt()},
            {QStringLiteral("settle_promised_at"), nullInt()}};
}

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

RequestRepository::RequestRepository(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_audit(db), m_queries(db), m_limits(db), m_prices(db)
{
}

QDateTime RequestRepository::now() const
{
    return m_db.clock().now();
}

Result<ServiceRequest> RequestRepository::load(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no request with the id %1.").arg(id)};
    return read(q);
}

Result<ServiceRequest> RequestRepository::loadForChange(const Session &who, RequestStep step, qint64 id,
                                                      int rowVersion, std::optional<DeadlineKind> deadline)
{
    if (const auto permission = RequestWorkflow::permission(step); permission) {
        if (Status allowed = m_audit.require(who, *permission, kEntity); !allowed)
            return Failure{allowed.error()};
    }
    auto r = load(id);
    if (!r)
        return r;
    if (r->rowVersion != rowVersion)
        return Failure{RecordSupport::changedBy(m_db, kLastChange, id, r->number)};
    const StepVerdict verdict = deadline ? RequestWorkflow::checkExtension(r.value(), *deadline)
                                         : RequestWorkflow::checkRequest(step, r.value(), who);
    if (verdict.refusal == StepRefusal::NotOwnTicket || verdict.refusal == StepRefusal::OwnCallback)
        m_audit.record(who, QStringLiteral("permission_denied"), kEntity, r->number, {}, {},
                       verdict.refusal == StepRefusal::NotOwnTicket ? QStringLiteral("not_own_ticket")
                                                                    : QStringLiteral("own_callback"));
    if (!verdict)
        return Failure{verdict.reason};
    return r;
}

Result<QDateTime> RequestRepository::checkTime(const QDateTime &given, const QDateTime &notBefore,
                                               const QString &what) const
{
    const QDateTime current = now();
    const QDateTime when = given.isValid() ? given.toUTC() : current;
    if (when > current.addSecs(kFutureToleranceSecs))
        return Failure{tr("%1: the time lies in the future.").arg(what)};
    if (notBefore.isValid() && when < notBefore)
        return Failure{tr("%1: the time is earlier than the step before it.").arg(what)};
    return when;
}

Result<GuardedWrite::AuditRow> RequestRepository::apply(const Session &who, const ServiceRequest &before,
                                                       const Change &change)
{
    QString sql = QStringLiteral("UPDATE requests SET ");
    for (int i = 0; i < change.columns.size(); ++i)
        sql += change.columns.at(i).first + QStringLiteral(" = :c") + QString::number(i) + QStringLiteral(", ");
    if (change.state)
        sql += QStringLiteral("state = :state, ");
    if (change.bumpReopen)
        sql += QStringLiteral("reopen_count = reopen_count + 1, ");
    sql += QStringLiteral("row_version = row_version + 1 WHERE id = :id AND row_version = :rv");
    Query q(m_db, sql);
    for (int i = 0; i < change.columns.size(); ++i)
        q.bind(QStringLiteral(":c") + QString::number(i), change.columns.at(i).second);
    if (change.state)
        q.bind(QStringLiteral(":state"), RequestCodes::code(*change.state));
    q.bind(QStringLiteral(":id"), before.id);
    q.bind(QStringLiteral(":rv"), before.rowVersion);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (q.numRowsAffected() != 1)
        return Failure{RecordSupport::changedBy(m_db, kLastChange, before.id, before.number)};
    const QString from = RequestCodes::code(before.state);
    const QString to = change.state ? RequestCodes::code(*change.state) : from;
    if (Status s = addEvent(m_db, who, before.id, change.action, from, to, change.note, now()); !s)
        return Failure{s.error()};
    return GuardedWrite::AuditRow{QStringLiteral("request_") + change.action, kEntity, before.number, from, to,
                                  change.note};
}

Status RequestRepository::write(const Session &who, const ServiceRequest &before, const Change &change,
                                const std::function<Status()> &first)
{
    // The step's permission was checked by loadForChange, with the request it had to load.
    if (Status written = GuardedWrite::runChecked(m_db, who,
                                                  [&]() -> Result<GuardedWrite::AuditRow> {
                                                      if (first) {
                                                          if (Status s = first(); !s)
                                                              return Failure{s.error()};
                                                      }
                                                      return apply(who, before, change);
                                                  });
        !written)
        return written;
    emit requestChanged(before.id);
    return {};
}

Result<RegisteredRequest> RequestRepository::registerRequest(const Session &who, const NewRequest &in)
{
    if (Status s = m_audit.require(who, *RequestWorkflow::permission(RequestStep::Register), kEntity); !s)
        return Failure{s.error()};
    if (!TimeLimitTable::isClass(in.kind, in.classKey))
        return Failure{tr("Class: choose one of the classes of a %1.").arg(RequestCodes::displayName(in.kind))};
    if (in.reporterName.trimmed().isEmpty())
        return Failure{tr("Reporter: the name is required.")};
    if (RequestWorkflow::placeProblem(in.houseNumber, in.publicLocation) != RequestWorkflow::PlaceProblem::None)
        return Failure{tr("Place: give either the house number or the public location.")};
    if (in.description.trimmed().isEmpty())
        return Failure{tr("Description: required.")};
    // The reporter's number is optional (a walk-in may give none), but what is given must be one.
    QString phone;
    if (!in.reporterPhone.trimmed().isEmpty()) {
        const auto checked = Validation::normalizePhone(in.reporterPhone, tr("Phone"));
        if (!checked)
            return Failure{checked.error()};
        phone = checked.value();
    }
    if (in.complaintAgainst != ComplaintTarget::None && in.kind != RequestKind::Complaint)
        return Failure{tr("Only a complaint can be made against a staff member.")};
    const auto registered = checkTime(in.registeredAt, {}, tr("Registration time"));
    if (!registered)
        return Failure{registered.error()};
    if (in.agreedAt.isValid() && in.agreedAt <= registered.value())
        return Failure{tr("Agreed time: it must lie after the registration.")};

    const HolidayCalendar calendar = CalendarRepository(m_db).calendar();
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const DeadlineCalculator calculator(calendar, zone);
    const auto found = RequestWorkflow::deadlines(m_limits.limits(), in.kind, in.classKey, registered.value(),
                                                  in.agreedAt, calculator);
    if (!found)
        return Failure{tr("No time limit is set for this class.")};
    const RequestDeadlines &deadlines = *found;

    ServiceRequest r;
    r.kind = in.kind;
    r.channel = in.channel;
    r.registeredAt = registered.value();
    r.registeredBy = who.userId;
    r.registeredByName = actorName(who);
    r.reporterName = in.reporterName.trimmed();
    r.reporterPhone = phone;
    r.residentId = in.residentId;
    r.houseNumber = in.houseNumber.trimmed();
    r.publicLocation = in.publicLocation.trimmed();
    r.classKey = in.classKey;
    r.description = in.description.trimmed();
    r.major = in.major;
    r.signatureConfirmed = in.signatureConfirmed;
    r.complaintAgainst = in.complaintAgainst;
    r.agreedAt = in.agreedAt.toUTC();
    r.arrivalLimit = limitCode(deadlines.arrivalLimit);
    r.completionLimit = limitCode(deadlines.completionLimit);
    r.arrivalDeadline = deadlines.arrival;
    r.completionDeadline = deadlines.completion;
    if (in.complaintAgainst != ComplaintTarget::None)
        r.department = RequestCodes::directorDepartment();
    r.state = RequestState::Registered;

    qint64 id = 0;
    // The permission was checked first of all, above.
    if (Status written = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
            const int year = r.registeredAt.toTimeZone(zone).date().year();
            const auto number = nextNumber(m_db, r.kind, year);
            if (!number)
                return Failure{number.error()};
            r.number = number.value();
            const auto inserted = insert(m_db, r, year);
            if (!inserted)
                return Failure{inserted.error()};
            id = inserted.value();
            const QString state = RequestCodes::code(r.state);
            QString note;
            if (r.department == RequestCodes::directorDepartment())
                note = RequestCodes::code(r.complaintAgainst);
            if (Status s = addEvent(m_db, who, id, QStringLiteral("registered"), {}, state, note, now()); !s)
                return Failure{s.error()};
            return GuardedWrite::AuditRow{QStringLiteral("request_registered"), kEntity, r.number, {}, state, note};
        });
        !written)
        return Failure{written.error()};
    emit requestChanged(id);
    return RegisteredRequest{id, r.number, 1, deadlines.yearsWithoutSchedule};
}

Status RequestRepository::dispatch(const Session &who, qint64 id, int rowVersion, const DispatchInput &in)
{
    const auto loaded = loadForChange(who, RequestStep::Dispatch, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    QString receiver = in.receiverName.trimmed();
    if (in.receiverUserId > 0) {
        Query q(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = :id AND active = 1"));
        q.bind(QStringLiteral(":id"), in.receiverUserId);
        if (Status s = q.exec(); !s)
            return s;
        if (!q.next())
            return Failure{tr("Receiver: there is no active user with this account.")};
        if (receiver.isEmpty())
            receiver = q.value(0).toString();
    }
    if (receiver.isEmpty())
        return Failure{tr("Receiver: the name of the person who receives the form is required.")};
    // A complaint against senior, customer-service or administrative staff stays with the director.
    const QString department = r.department == RequestCodes::directorDepartment() ? r.department
                                                                                   : in.department.trimmed();
    const auto at = checkTime(in.at, r.registeredAt, tr("Dispatch time"));
    if (!at)
        return Failure{at.error()};

    auto handOver = [&]() -> Status {
        Query h(m_db, QStringLiteral("INSERT INTO request_handovers (request_id, at, handed_by_user_id, handed_by_name, "
                                     "received_by_user_id, received_by_name, department, note) VALUES (:r, :at, :hu, "
                                     ":hn, :ru, :rn, :d, :note)"));
        h.bind(QStringLiteral(":r"), id);
        h.bind(QStringLiteral(":at"), toStored(at.value()));
        h.bind(QStringLiteral(":hu"), idOrNull(who.userId));
        h.bind(QStringLiteral(":hn"), actorName(who));
        h.bind(QStringLiteral(":ru"), idOrNull(in.receiverUserId));
        h.bind(QStringLiteral(":rn"), receiver);
        h.bind(QStringLiteral(":d"), notNull(department));
        h.bind(QStringLiteral(":note"), text(in.note));
        return h.exec();
    };
    Change c;
    c.columns = {{QStringLiteral("department"), text(department)},
                 {QStringLiteral("receiver_user_id"), idOrNull(in.receiverUserId)},
                 {QStringLiteral("receiver_name"), receiver},
                 {QStringLiteral("dispatched_at"), toStored(at.value())}};
    c.state = RequestState::Dispatched;
    c.action = r.state == RequestState::Registered ? QStringLiteral("dispatched") : QStringLiteral("redispatched");
    c.note = receiver;
    return write(who, r, c, handOver);
}

Status RequestRepository::arrive(const Session &who, qint64 id, int rowVersion, const QDateTime &atGiven)
{
    const auto loaded = loadForChange(who, RequestStep::Arrive, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    const auto at = checkTime(atGiven, r.dispatchedAt.isValid() ? r.dispatchedAt : r.registeredAt, tr("Arrival time"));
    if (!at)
        return Failure{at.error()};
    Change c;
    c.columns = {{QStringLiteral("arrived_at"), toStored(at.value())}};
    c.state = RequestState::OnSite;
    c.action = QStringLiteral("arrived");
    if (RequestTimer::onTime(r.arrivalDeadline, at.value(), at.value()) == OnTime::No)
        c.note = QStringLiteral("late");
    return write(who, r, c);
}

Status RequestRepository::complete(const Session &who, qint64 id, int rowVersion, const CompletionInput &in)
{
    const auto loaded = loadForChange(who, RequestStep::Complete, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (in.feeFen && *in.feeFen < 0)
        return Failure{tr("Fee: it cannot be negative.")};
    QDateTime notBefore = r.registeredAt;
    for (const QDateTime &step : {r.dispatchedAt, r.arrivedAt}) {
        if (step.isValid() && step > notBefore)
            notBefore = step;
    }
    const auto at = checkTime(in.at, notBefore, tr("Completion time"));
    if (!at)
        return Failure{at.error()};
    Change c;
    c.columns = {{QStringLiteral("completed_at"), toStored(at.value())},
                 {QStringLiteral("work_done"), text(in.workDone.trimmed())},
                 {QStringLiteral("fee_fen"), in.feeFen ? QVariant(*in.feeFen) : nullInt()},
                 {QStringLiteral("paid"), in.paid ? 1 : 0},
                 {QStringLiteral("receipt_no"), text(in.receiptNo.trimmed())}};
    c.state = RequestState::Completed;
    c.action = QStringLiteral("completed");
    if (RequestTimer::onTime(r.completionDeadline, at.value(), at.value()) == OnTime::No)
        c.note = QStringLiteral("late");
    // SPEC 13 paid repairs: the fee becomes a bill of the house in the same transaction.
    if (r.kind != RequestKind::Repair || !in.feeFen || *in.feeFen == 0)
        return write(who, r, c);
    const RepairCharge charge{r.id, r.number, r.houseNumber, *in.feeFen, at.value()};
    return write(who, r, c, [&]() -> Status {
        const auto bill = FeeRepository(m_db).billRepair(who, charge);
        if (!bill)
            return Failure{bill.error()};
        return {};
    });
}

Status RequestRepository::returnSlip(const Session &who, qint64 id, int rowVersion, const QDateTime &atGiven)
{
    const auto loaded = loadForChange(who, RequestStep::ReturnSlip, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    const auto at = checkTime(atGiven, r.completedAt, tr("Slip return time"));
    if (!at)
        return Failure{at.error()};
    Change c;
    c.columns = {{QStringLiteral("slip_returned_at"), toStored(at.value())}};
    if (r.state == RequestState::Completed)
        c.state = RequestState::Returned;
    c.action = QStringLiteral("slip_returned");
    return write(who, r, c);
}

Status RequestRepository::tellComplainant(const Session &who, qint64 id, int rowVersion, const QDateTime &settleBy,
                                          const QString &note)
{
    const auto loaded = loadForChange(who, RequestStep::TellComplainant, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (!settleBy.isValid())
        return Failure{tr("Settled by: say when the complaint will be settled.")};
    if (settleBy <= now())
        return Failure{tr("Settled by: the time promised must lie ahead.")};
    Change c;
    c.columns = {{QStringLiteral("complainant_told_at"), toStored(now())},
                 {QStringLiteral("settle_promised_at"), toStored(settleBy)}};
    c.action = QStringLiteral("complainant_told");
    // The promise goes into the history and the audit log with what was said.
    const QString promise = tr("settled by %1")
                                .arg(settleBy.toTimeZone(SettingsRepository(m_db).timeZone())
                                         .toString(Formats::dateTime()));
    c.note = note.trimmed().isEmpty() ? promise : tr("%1: %2").arg(promise, note.trimmed());
    return write(who, r, c);
}

Status RequestRepository::confirmSignature(const Session &who, qint64 id, int rowVersion)
{
    const auto loaded = loadForChange(who, RequestStep::ConfirmSignature, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    Change c;
    c.columns = {{QStringLiteral("signature"), QStringLiteral("confirmed")}};
    c.action = QStringLiteral("signature_confirmed");
    return write(who, r, c);
}

Status RequestRepository::recordCallback(const Session &who, qint64 id, int rowVersion, const CallbackInput &in)
{
    const auto loaded = loadForChange(who, RequestStep::Callback, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (in.score && (*in.score < 1 || *in.score > 10))
        return Failure{tr("Score: from 1 to 10.")};
    const auto at = checkTime(in.at, r.completedAt, tr("Callback time"));
    if (!at)
        return Failure{at.error()};

    auto insertCallback = [&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO request_callbacks (request_id, at, by_user_id, by_name, solved, attitude, "
                                     "charged, score, suggestions) VALUES (:r, :at, :u, :n, :solved, :attitude, :charged, "
                                     ":score, :suggestions)"));
        q.bind(QStringLiteral(":r"), id);
        q.bind(QStringLiteral(":at"), toStored(at.value()));
        q.bind(QStringLiteral(":u"), idOrNull(who.userId));
        q.bind(QStringLiteral(":n"), actorName(who));
        q.bind(QStringLiteral(":solved"), in.solved ? 1 : 0);
        q.bind(QStringLiteral(":attitude"), RequestCodes::code(in.attitude));
        q.bind(QStringLiteral(":charged"), in.charged ? QVariant(*in.charged ? 1 : 0) : nullInt());
        q.bind(QStringLiteral(":score"), in.score ? QVariant(*in.score) : nullInt());
        q.bind(QStringLiteral(":suggestions"), text(in.suggestions.trimmed()));
        return q.exec();
    };
    Change c;
    if (in.solved) {
        c.state = RequestState::CalledBack;
        c.action = QStringLiteral("called_back");
    } else {
        // Not solved: the work starts again with whoever had it; the earlier completion stays in the history.
        c.columns = {{QStringLiteral("completed_at"), nullInt()}, {QStringLiteral("slip_returned_at"), nullInt()}};
        c.columns += reopenedColumns(now());
        c.state = r.dispatchedAt.isValid() ? RequestState::Dispatched : RequestState::Registered;
        c.action = QStringLiteral("reopened_not_solved");
        c.bumpReopen = true;
    }
    c.note = in.suggestions.trimmed();
    return write(who, r, c, insertCallback);
}

Status RequestRepository::close(const Session &who, qint64 id, int rowVersion, const QString &note)
{
    const auto loaded = loadForChange(who, RequestStep::Close, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    Change c;
    c.columns = {{QStringLiteral("closed_at"), toStored(now())}};
    c.state = RequestState::Closed;
    c.action = QStringLiteral("closed");
    c.note = note.trimmed();
    return write(who, r, c);
}

Status RequestRepository::extend(const Session &who, qint64 id, int rowVersion, const ExtensionInput &in)
{
    const auto loaded = loadForChange(who, RequestStep::Extend, id, rowVersion, in.deadline);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    const bool arrival = in.deadline == DeadlineKind::Arrival;
    const QDateTime old = arrival ? r.arrivalDeadline : r.completionDeadline;
    if (in.reason.trimmed().isEmpty())
        return Failure{tr("Reason: an extension needs a reason.")};
    if (!in.newDeadline.isValid() || in.newDeadline <= old)
        return Failure{tr("New deadline: it must lie after the present one.")};
    const QString approver = in.approverName.trimmed().isEmpty() ? who.displayName : in.approverName.trimmed();

    auto insertExtension = [&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO request_extensions (request_id, at, deadline, old_deadline, new_deadline, "
                                     "reason, approver_user_id, approver_name) VALUES (:r, :at, :d, :old, :new, :reason, "
                                     ":u, :n)"));
        q.bind(QStringLiteral(":r"), id);
        q.bind(QStringLiteral(":at"), toStored(now()));
        q.bind(QStringLiteral(":d"), RequestCodes::code(in.deadline));
        q.bind(QStringLiteral(":old"), toStored(old));
        q.bind(QStringLiteral(":new"), toStored(in.newDeadline.toUTC()));
        q.bind(QStringLiteral(":reason"), in.reason.trimmed());
        q.bind(QStringLiteral(":u"), idOrNull(who.userId));
        q.bind(QStringLiteral(":n"), approver);
        return q.exec();
    };
    Change c;
    c.columns = {{arrival ? QStringLiteral("arrival_deadline") : QStringLiteral("completion_deadline"),
                  toStored(in.newDeadline.toUTC())}};
    c.action = QStringLiteral("extended");
    c.note = RequestCodes::code(in.deadline) + QLatin1Char(' ') + isoText(old) + QStringLiteral(" -> ")
             + isoText(in.newDeadline) + QStringLiteral(": ") + in.reason.trimmed();
    return write(who, r, c, insertExtension);
}

Status RequestRepository::reopen(const Session &who, qint64 id, int rowVersion, const QString &reason)
{
    const auto loaded = loadForChange(who, RequestStep::Reopen, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (reason.trimmed().isEmpty())
        return Failure{tr("Reason: reopening needs a reason.")};
    Change c;
    c.columns = reopenedColumns(now());
    c.columns += {{QStringLiteral("closed_at"), nullInt()},
                 {QStringLiteral("completed_at"), nullInt()},
                 {QStringLiteral("slip_returned_at"), nullInt()}};
    c.state = r.dispatchedAt.isValid() ? RequestState::Dispatched : RequestState::Registered;
    c.action = QStringLiteral("reopened");
    c.note = reason.trimmed();
    c.bumpReopen = true;
    return write(who, r, c);
}

Status RequestRepository::voidRequest(const Session &who, qint64 id, int rowVersion, const QString &reason)
{
    const auto loaded = loadForChange(who, RequestStep::Void, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (reason.trimmed().isEmpty())
        return Failure{tr("Reason: voiding needs a reason.")};
    const QString state = RequestCodes::code(r.state);
    GuardedWrite::VoidRow row(QStringLiteral("requests"), id, kEntity, r.number,
                              RecordSupport::changedBy(m_db, kLastChange, id, r.number));
    row.rowVersion = r.rowVersion;
    row.alsoSet = {{QStringLiteral("voided_at"), toStored(now())}, {QStringLiteral("voided_by"), idOrNull(who.userId)}};
    row.action = QStringLiteral("request_voided");
    row.oldValue = state;
    row.newValue = state;
    row.alsoWrite = [&] {
        return addEvent(m_db, who, id, QStringLiteral("voided"), state, state, reason.trimmed(), now());
    };
    if (Status s = GuardedWrite::voidRow(m_db, who, row, reason); !s)
        return s;
    emit requestChanged(id);
    return {};
}

Result<ServiceRequest> RequestRepository::request(const Session &who, qint64 id) const
{
    if (Status s = m_queries.canRead(who); !s)
        return Failure{s.error()};
    auto r = load(id);
    if (r && who.role == Role::Technician && r->receiverUserId != who.userId)
        return Failure{tr("%1 is not assigned to you.").arg(r->number)};
    return r;
}

Result<RequestDetail> RequestRepository::detail(const Session &who, qint64 id) const
{
    const auto r = request(who, id);
    if (!r)
        return Failure{r.error()};
    RequestDetail d;
    d.request = r.value();

    Query h(m_db, QStringLiteral("SELECT id, at, handed_by_user_id, handed_by_name, received_by_user_id, "
                                 "received_by_name, department, note FROM request_handovers WHERE request_id = :r "
                                 "ORDER BY at, id"));
    h.bind(QStringLiteral(":r"), id);
    if (Status s = h.exec(); !s)
        return Failure{s.error()};
    while (h.next()) {
        d.handovers << RequestHandover{h.value(0).toLongLong(), instant(h.value(1)), h.value(2).toLongLong(),
                                       h.value(3).toString(),   h.value(4).toLongLong(), h.value(5).toString(),
                                       h.value(6).toString(),   h.value(7).toString()};
    }
    Query c(m_db, QStringLiteral("SELECT id, at, by_user_id, by_name, solved, attitude, charged, score, suggestions "
                                 "FROM request_callbacks WHERE request_id = :r ORDER BY at, id"));
    c.bind(QStringLiteral(":r"), id);
    if (Status s = c.exec(); !s)
        return Failure{s.error()};
    while (c.next()) {
        RequestCallback cb;
        cb.id = c.value(0).toLongLong();
        cb.at = instant(c.value(1));
        cb.byUserId = c.value(2).toLongLong();
        cb.byName = c.value(3).toString();
        if (!c.value(4).isNull())
            cb.solved = c.value(4).toInt() != 0;
        cb.attitude = RequestCodes::attitudeFromCode(c.value(5).toString());
        if (!c.value(6).isNull())
            cb.charged = c.value(6).toInt() != 0;
        if (!c.value(7).isNull())
            cb.score = c.value(7).toInt();
        cb.suggestions = c.value(8).toString();
        d.callbacks << cb;
    }
    Query x(m_db, QStringLiteral("SELECT id, at, deadline, old_deadline, new_deadline, reason, approver_user_id, "
                                 "approver_name FROM request_extensions WHERE request_id = :r ORDER BY at, id"));
    x.bind(QStringLiteral(":r"), id);
    if (Status s = x.exec(); !s)
        return Failure{s.error()};
    while (x.next()) {
        RequestExtension e;
        e.id = x.value(0).toLongLong();
        e.at = instant(x.value(1));
        e.deadline = x.value(2).toString() == QLatin1String("arrival") ? DeadlineKind::Arrival : DeadlineKind::Completion;
        e.oldDeadline = instant(x.value(3));
        e.newDeadline = instant(x.value(4));
        e.reason = x.value(5).toString();
        e.approverUserId = x.value(6).toLongLong();
        e.approverName = x.value(7).toString();
        d.extensions << e;
    }
    Query ev(m_db, QStringLiteral("SELECT id, at, user_id, username, action, from_state, to_state, note "
                                  "FROM request_events WHERE request_id = :r ORDER BY id"));
    ev.bind(QStringLiteral(":r"), id);
    if (Status s = ev.exec(); !s)
        return Failure{s.error()};
    while (ev.next()) {
        d.events << RequestEvent{ev.value(0).toLongLong(), instant(ev.value(1)), ev.value(2).toLongLong(),
                                 ev.value(3).toString(),   ev.value(4).toString(), ev.value(5).toString(),
                                 ev.value(6).toString(),   ev.value(7).toString()};
    }
    return d;
}

