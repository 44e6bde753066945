#include "models/repositories/requestrepository.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/settingsrepository.h"

namespace {
const QString kEntity = QStringLiteral("request");
const QString kLimitEntity = QStringLiteral("time_limit");
const QString kPriceEntity = QStringLiteral("price_item");
// A step recorded a little ahead of this PC's clock (another seat's clock) is tolerated.
constexpr qint64 kFutureToleranceSecs = 5 * 60;

// Constant column lists and clauses are spliced into SQL text; values never are (they are bound).
const QString kColumns = QStringLiteral(
    "id, kind, number, channel, registered_at, registered_by, registered_by_name, reporter_name, reporter_phone, "
    "resident_id, house_number, public_location, class_key, description, major, signature, complaint_against, "
    "agreed_at, arrival_limit, completion_limit, arrival_deadline, completion_deadline, department, "
    "receiver_user_id, receiver_name, dispatched_at, arrived_at, completed_at, work_done, fee_fen, paid, "
    "receipt_no, slip_returned_at, state, closed_at, reopen_count, voided, void_reason, imported, row_version, "
    "complainant_told_at, settle_promised_at, reopened_at, desk_rules");

// The open states: a deadline can still be waiting.
const QString kOpenStates = QStringLiteral("('registered', 'dispatched', 'on_site')");

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant stored(const QDateTime &when)
{
    return when.isValid() ? QVariant(toStored(when)) : nullInt();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

// For NOT NULL text columns: a null QString would be bound as SQL NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStored(value.toLongLong());
}

// Reopened (by a manager, or "not solved" at the callback): open again from now on, and a
// complainant is told anew when it will be settled.
QList<QPair<QString, QVariant>> reopenedColumns(const QDateTime &at)
{
    return {{QStringLiteral("reopened_at"), toStored(at)},
            {QStringLiteral("complainant_told_at"), nullInt()},
            {QStringLiteral("settle_promised_at"), nullInt()}};
}

ServiceRequest readRequest(const Query &q)
{
    ServiceRequest r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.kind = RequestCodes::kindFromCode(q.value(c++).toString()).value_or(RequestKind::Repair);
    r.number = q.value(c++).toString();
    r.channel = RequestCodes::channelFromCode(q.value(c++).toString()).value_or(RequestChannel::Other);
    r.registeredAt = instant(q.value(c++));
    r.registeredBy = q.value(c++).toLongLong();
    r.registeredByName = q.value(c++).toString();
    r.reporterName = q.value(c++).toString();
    r.reporterPhone = q.value(c++).toString();
    if (const QVariant v = q.value(c++); !v.isNull())
        r.residentId = v.toLongLong();
    r.houseNumber = q.value(c++).toString();
    r.publicLocation = q.value(c++).toString();
    r.classKey = q.value(c++).toString();
    r.description = q.value(c++).toString();
    r.major = q.value(c++).toInt() != 0;
    r.signatureConfirmed = q.value(c++).toString() == QLatin1String("confirmed");
    r.complaintAgainst = RequestCodes::targetFromCode(q.value(c++).toString()).value_or(ComplaintTarget::None);
    r.agreedAt = instant(q.value(c++));
    r.arrivalLimit = q.value(c++).toString();
    r.completionLimit = q.value(c++).toString();
    r.arrivalDeadline = instant(q.value(c++));
    r.completionDeadline = instant(q.value(c++));
    r.department = q.value(c++).toString();
    r.receiverUserId = q.value(c++).toLongLong();
    r.receiverName = q.value(c++).toString();
    r.dispatchedAt = instant(q.value(c++));
    r.arrivedAt = instant(q.value(c++));
    r.completedAt = instant(q.value(c++));
    r.workDone = q.value(c++).toString();
    if (const QVariant v = q.value(c++); !v.isNull())
        r.feeFen = v.toLongLong();
    r.paid = q.value(c++).toInt() != 0;
    r.receiptNo = q.value(c++).toString();
    r.slipReturnedAt = instant(q.value(c++));
    r.state = RequestCodes::stateFromCode(q.value(c++).toString()).value_or(RequestState::Registered);
    r.closedAt = instant(q.value(c++));
    r.reopenCount = q.value(c++).toInt();
    r.voided = q.value(c++).toInt() != 0;
    r.voidReason = q.value(c++).toString();
    r.imported = q.value(c++).toInt() != 0;
    r.rowVersion = q.value(c++).toInt();
    r.complainantToldAt = instant(q.value(c++));
    r.settlePromisedAt = instant(q.value(c++));
    r.reopenedAt = instant(q.value(c++));
    r.deskRules = q.value(c++).toInt() != 0;
    return r;
}

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString limitCode(const std::optional<TimeLimit> &limit)
{
    return limit ? limit->code() : QString();
}
} // namespace

RequestRepository::RequestRepository(Database &db, QObject *parent) : QObject(parent), m_db(db), m_audit(db) {}

QDateTime RequestRepository::now() const
{
    return m_db.clock().now();
}

Status RequestRepository::canRead(const Session &who) const
{
    if (who.can(Permission::RegisterRequests) || who.can(Permission::RecordWork))
        return {};
    return Failure{tr("%1 (%2) may not see service requests.").arg(who.displayName, Roles::displayName(who.role))};
}

Result<ServiceRequest> RequestRepository::load(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no request with the id %1.").arg(id)};
    return readRequest(q);
}

Result<ServiceRequest> RequestRepository::loadForChange(const Session &who, Permission permission, qint64 id,
                                                      int rowVersion)
{
    if (Status allowed = m_audit.require(who, permission, kEntity); !allowed)
        return Failure{allowed.error()};
    auto r = load(id);
    if (!r)
        return r;
    if (r->rowVersion != rowVersion)
        return Failure{tr("%1 was changed by someone else in the meantime. Reload it and try again.").arg(r->number)};
    if (r->voided)
        return Failure{tr("%1 was voided and can no longer be changed.").arg(r->number)};
    return r;
}

Status RequestRepository::checkOwnTicket(const Session &who, const ServiceRequest &r) const
{
    if (who.role != Role::Technician || (who.userId > 0 && r.receiverUserId == who.userId))
        return {};
    m_audit.record(who, QStringLiteral("permission_denied"), kEntity, r.number, {}, {},
                   QStringLiteral("not_own_ticket"));
    return Failure{tr("A technician may record arrival and completion only on their own tickets; %1 is not assigned to %2.")
                       .arg(r.number, who.displayName)};
}

Status RequestRepository::wrongState(const ServiceRequest &r) const
{
    if (r.state == RequestState::Closed)
        return Failure{tr("%1 is closed and can no longer be changed; a manager may reopen it.").arg(r.number)};
    return Failure{tr("%1 is %2: this step is not possible now.").arg(r.number, RequestCodes::displayName(r.state))};
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

Status RequestRepository::addEvent(const Session &who, qint64 id, const QString &action, const QString &fromState,
                                   const QString &toState, const QString &note, const QDateTime &at)
{
    Query q(m_db, QStringLiteral("INSERT INTO request_events (request_id, at, user_id, username, action, from_state, "
                                 "to_state, note) VALUES (:r, :at, :u, :name, :action, :from, :to, :note)"));
    q.bind(QStringLiteral(":r"), id);
    q.bind(QStringLiteral(":at"), toStored(at));
    q.bind(QStringLiteral(":u"), idOrNull(who.userId));
    q.bind(QStringLiteral(":name"), who.displayName.isEmpty() ? who.username : who.displayName);
    q.bind(QStringLiteral(":action"), action);
    q.bind(QStringLiteral(":from"), text(fromState));
    q.bind(QStringLiteral(":to"), text(toState));
    q.bind(QStringLiteral(":note"), text(note));
    return q.exec();
}

Status RequestRepository::apply(const Session &who, const ServiceRequest &before, const Change &change)
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
        return s;
    if (q.numRowsAffected() != 1)
        return Failure{tr("%1 was changed by someone else in the meantime. Reload it and try again.").arg(before.number)};
    const QString from = RequestCodes::code(before.state);
    const QString to = change.state ? RequestCodes::code(*change.state) : from;
    if (Status s = addEvent(who, before.id, change.action, from, to, change.note, now()); !s)
        return s;
    return m_audit.record(who, QStringLiteral("request_") + change.action, kEntity, before.number, from, to,
                          change.note);
}

Status RequestRepository::finish(Transaction &tx, qint64 id)
{
    if (Status s = tx.commit(); !s)
        return s;
    emit requestChanged(id);
    return {};
}

Result<QString> RequestRepository::nextNumber(RequestKind kind, int year)
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(MAX(number_seq), 0) FROM requests WHERE kind = :k AND number_year = :y"));
    q.bind(QStringLiteral(":k"), RequestCodes::code(kind));
    q.bind(QStringLiteral(":y"), year);
    const auto last = q.scalar();
    if (!last)
        return Failure{last.error()};
    return QString(RequestCodes::numberPrefix(kind)) + QString::number(year) + QLatin1Char('-')
           + QStringLiteral("%1").arg(last.value() + 1, 6, 10, QLatin1Char('0'));
}

namespace {
// The INSERT shared by live registration and the ledger import.
Result<qint64> insertRequest(Database &db, const ServiceRequest &r, int year, qint64 seq)
{
    Query q(db, QStringLiteral(
                    "INSERT INTO requests (kind, number, number_year, number_seq, channel, registered_at, registered_by, "
                    "registered_by_name, reporter_name, reporter_phone, resident_id, house_number, public_location, "
                    "class_key, description, major, signature, complaint_against, agreed_at, arrival_limit, "
                    "completion_limit, arrival_deadline, completion_deadline, department, receiver_user_id, "
                    "receiver_name, dispatched_at, arrived_at, completed_at, work_done, fee_fen, paid, receipt_no, "
                    "slip_returned_at, state, closed_at, imported, desk_rules) VALUES (:kind, :number, :year, :seq, :channel, "
                    ":registered_at, :registered_by, :registered_by_name, :reporter_name, :reporter_phone, "
                    ":resident_id, :house, :location, :class_key, :description, :major, :signature, :against, "
                    ":agreed_at, :arrival_limit, :completion_limit, :arrival_deadline, :completion_deadline, "
                    ":department, :receiver_user_id, :receiver_name, :dispatched_at, :arrived_at, :completed_at, "
                    ":work_done, :fee_fen, :paid, :receipt_no, :slip_returned_at, :state, :closed_at, :imported, :desk_rules) "
                    "RETURNING id"));
    q.bind(QStringLiteral(":kind"), RequestCodes::code(r.kind));
    q.bind(QStringLiteral(":number"), r.number);
    q.bind(QStringLiteral(":year"), year);
    q.bind(QStringLiteral(":seq"), seq);
    q.bind(QStringLiteral(":channel"), RequestCodes::code(r.channel));
    q.bind(QStringLiteral(":registered_at"), toStored(r.registeredAt));
    q.bind(QStringLiteral(":registered_by"), idOrNull(r.registeredBy));
    q.bind(QStringLiteral(":registered_by_name"), r.registeredByName);
    q.bind(QStringLiteral(":reporter_name"), r.reporterName);
    q.bind(QStringLiteral(":reporter_phone"), notNull(r.reporterPhone));
    q.bind(QStringLiteral(":resident_id"), r.residentId ? QVariant(*r.residentId) : nullInt());
    q.bind(QStringLiteral(":house"), text(r.houseNumber));
    q.bind(QStringLiteral(":location"), text(r.publicLocation));
    q.bind(QStringLiteral(":class_key"), r.classKey);
    q.bind(QStringLiteral(":description"), r.description);
    q.bind(QStringLiteral(":major"), r.major ? 1 : 0);
    q.bind(QStringLiteral(":signature"), r.signatureConfirmed ? QStringLiteral("confirmed") : QStringLiteral("pending"));
    q.bind(QStringLiteral(":against"), text(RequestCodes::code(r.complaintAgainst)));
    q.bind(QStringLiteral(":agreed_at"), stored(r.agreedAt));
    q.bind(QStringLiteral(":arrival_limit"), text(r.arrivalLimit));
    q.bind(QStringLiteral(":completion_limit"), text(r.completionLimit));
    q.bind(QStringLiteral(":arrival_deadline"), stored(r.arrivalDeadline));
    q.bind(QStringLiteral(":completion_deadline"), stored(r.completionDeadline));
    q.bind(QStringLiteral(":department"), text(r.department));
    q.bind(QStringLiteral(":receiver_user_id"), idOrNull(r.receiverUserId));
    q.bind(QStringLiteral(":receiver_name"), text(r.receiverName));
    q.bind(QStringLiteral(":dispatched_at"), stored(r.dispatchedAt));
    q.bind(QStringLiteral(":arrived_at"), stored(r.arrivedAt));
    q.bind(QStringLiteral(":completed_at"), stored(r.completedAt));
    q.bind(QStringLiteral(":work_done"), text(r.workDone));
    q.bind(QStringLiteral(":fee_fen"), r.feeFen ? QVariant(*r.feeFen) : nullInt());
    q.bind(QStringLiteral(":paid"), r.paid ? 1 : 0);
    q.bind(QStringLiteral(":receipt_no"), text(r.receiptNo));
    q.bind(QStringLiteral(":slip_returned_at"), stored(r.slipReturnedAt));
    q.bind(QStringLiteral(":state"), RequestCodes::code(r.state));
    q.bind(QStringLiteral(":closed_at"), stored(r.closedAt));
    q.bind(QStringLiteral(":imported"), r.imported ? 1 : 0);
    q.bind(QStringLiteral(":desk_rules"), r.imported ? 0 : 1); // taken at the desk: slips and complainants waited for
    return q.scalar();
}
} // namespace

Result<RegisteredRequest> RequestRepository::registerRequest(const Session &who, const NewRequest &in)
{
    if (Status s = m_audit.require(who, Permission::RegisterRequests, kEntity); !s)
        return Failure{s.error()};
    if (!TimeLimitTable::isClass(in.kind, in.classKey))
        return Failure{tr("Class: choose one of the classes of a %1.").arg(RequestCodes::displayName(in.kind))};
    if (in.reporterName.trimmed().isEmpty())
        return Failure{tr("Reporter: the name is required.")};
    if (in.houseNumber.trimmed().isEmpty() == in.publicLocation.trimmed().isEmpty())
        return Failure{tr("Place: give either the house number or the public location.")};
    if (in.description.trimmed().isEmpty())
        return Failure{tr("Description: required.")};
    if (in.complaintAgainst != ComplaintTarget::None && in.kind != RequestKind::Complaint)
        return Failure{tr("Only a complaint can be made against a staff member.")};
    const auto registered = checkTime(in.registeredAt, {}, tr("Registration time"));
    if (!registered)
        return Failure{registered.error()};
    if (in.agreedAt.isValid() && in.agreedAt <= registered.value())
        return Failure{tr("Agreed time: it must lie after the registration.")};

    const TimeLimitTable table = limits();
    const auto entry = table.entry(in.kind, in.classKey);
    if (!entry)
        return Failure{tr("No time limit is set for this class.")};
    const HolidayCalendar calendar = CalendarRepository(m_db).calendar();
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const DeadlineCalculator calculator(calendar, zone);
    const RequestDeadlines deadlines = TimeLimitTable::compute(*entry, registered.value(), in.agreedAt, calculator);

    ServiceRequest r;
    r.kind = in.kind;
    r.channel = in.channel;
    r.registeredAt = registered.value();
    r.registeredBy = who.userId;
    r.registeredByName = who.displayName.isEmpty() ? who.username : who.displayName;
    r.reporterName = in.reporterName.trimmed();
    r.reporterPhone = in.reporterPhone.trimmed();
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

    Transaction tx(m_db);
    const int year = r.registeredAt.toTimeZone(zone).date().year();
    const auto number = nextNumber(r.kind, year);
    if (!number)
        return Failure{number.error()};
    r.number = number.value();
    const auto id = insertRequest(m_db, r, year, r.number.mid(6).toLongLong());
    if (!id)
        return Failure{id.error()};
    const QString state = RequestCodes::code(r.state);
    QString note;
    if (r.department == RequestCodes::directorDepartment())
        note = RequestCodes::code(r.complaintAgainst);
    if (Status s = addEvent(who, id.value(), QStringLiteral("registered"), {}, state, note, now()); !s)
        return Failure{s.error()};
    if (Status s = m_audit.record(who, QStringLiteral("request_registered"), kEntity, r.number, {}, state, note); !s)
        return Failure{s.error()};
    if (Status s = finish(tx, id.value()); !s)
        return Failure{s.error()};
    return RegisteredRequest{id.value(), r.number, 1, deadlines.yearsWithoutSchedule};
}

Status RequestRepository::dispatch(const Session &who, qint64 id, int rowVersion, const DispatchInput &in)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state != RequestState::Registered && r.state != RequestState::Dispatched)
        return wrongState(r);
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

    Transaction tx(m_db);
    Query h(m_db, QStringLiteral("INSERT INTO request_handovers (request_id, at, handed_by_user_id, handed_by_name, "
                                 "received_by_user_id, received_by_name, department, note) VALUES (:r, :at, :hu, "
                                 ":hn, :ru, :rn, :d, :note)"));
    h.bind(QStringLiteral(":r"), id);
    h.bind(QStringLiteral(":at"), toStored(at.value()));
    h.bind(QStringLiteral(":hu"), idOrNull(who.userId));
    h.bind(QStringLiteral(":hn"), who.displayName.isEmpty() ? who.username : who.displayName);
    h.bind(QStringLiteral(":ru"), idOrNull(in.receiverUserId));
    h.bind(QStringLiteral(":rn"), receiver);
    h.bind(QStringLiteral(":d"), notNull(department));
    h.bind(QStringLiteral(":note"), text(in.note));
    if (Status s = h.exec(); !s)
        return s;
    Change c;
    c.columns = {{QStringLiteral("department"), text(department)},
                 {QStringLiteral("receiver_user_id"), idOrNull(in.receiverUserId)},
                 {QStringLiteral("receiver_name"), receiver},
                 {QStringLiteral("dispatched_at"), toStored(at.value())}};
    c.state = RequestState::Dispatched;
    c.action = r.state == RequestState::Registered ? QStringLiteral("dispatched") : QStringLiteral("redispatched");
    c.note = receiver;
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::arrive(const Session &who, qint64 id, int rowVersion, const QDateTime &atGiven)
{
    const auto loaded = loadForChange(who, Permission::RecordWork, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (Status s = checkOwnTicket(who, r); !s)
        return s;
    if (r.state != RequestState::Registered && r.state != RequestState::Dispatched)
        return wrongState(r);
    const auto at = checkTime(atGiven, r.dispatchedAt.isValid() ? r.dispatchedAt : r.registeredAt, tr("Arrival time"));
    if (!at)
        return Failure{at.error()};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("arrived_at"), toStored(at.value())}};
    c.state = RequestState::OnSite;
    c.action = QStringLiteral("arrived");
    if (RequestTimer::onTime(r.arrivalDeadline, at.value(), at.value()) == OnTime::No)
        c.note = QStringLiteral("late");
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::complete(const Session &who, qint64 id, int rowVersion, const CompletionInput &in)
{
    const auto loaded = loadForChange(who, Permission::RecordWork, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (Status s = checkOwnTicket(who, r); !s)
        return s;
    if (r.state != RequestState::Registered && r.state != RequestState::Dispatched && r.state != RequestState::OnSite)
        return wrongState(r);
    if (r.arrivalDeadline.isValid() && !r.arrivedAt.isValid())
        return Failure{tr("%1: record the arrival on site first.").arg(r.number)};
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
    Transaction tx(m_db);
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
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::returnSlip(const Session &who, qint64 id, int rowVersion, const QDateTime &atGiven)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if ((r.state != RequestState::Completed && r.state != RequestState::CalledBack) || r.slipReturnedAt.isValid())
        return wrongState(r);
    const auto at = checkTime(atGiven, r.completedAt, tr("Slip return time"));
    if (!at)
        return Failure{at.error()};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("slip_returned_at"), toStored(at.value())}};
    if (r.state == RequestState::Completed)
        c.state = RequestState::Returned;
    c.action = QStringLiteral("slip_returned");
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::tellComplainant(const Session &who, qint64 id, int rowVersion, const QDateTime &settleBy,
                                          const QString &note)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.kind != RequestKind::Complaint)
        return Failure{tr("%1 is not a complaint: only a complainant is told when it will be settled.").arg(r.number)};
    if (!r.isOpen() || r.completedAt.isValid())
        return wrongState(r);
    if (!settleBy.isValid())
        return Failure{tr("Settled by: say when the complaint will be settled.")};
    if (settleBy <= now())
        return Failure{tr("Settled by: the time promised must lie ahead.")};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("complainant_told_at"), toStored(now())},
                 {QStringLiteral("settle_promised_at"), toStored(settleBy)}};
    c.action = QStringLiteral("complainant_told");
    // The promise goes into the history and the audit log with what was said.
    const QString promise = tr("settled by %1")
                                .arg(settleBy.toTimeZone(SettingsRepository(m_db).timeZone())
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    c.note = note.trimmed().isEmpty() ? promise : tr("%1: %2").arg(promise, note.trimmed());
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::confirmSignature(const Session &who, qint64 id, int rowVersion)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state == RequestState::Closed)
        return wrongState(r);
    if (r.signatureConfirmed)
        return Failure{tr("%1: the signature is already confirmed.").arg(r.number)};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("signature"), QStringLiteral("confirmed")}};
    c.action = QStringLiteral("signature_confirmed");
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::recordCallback(const Session &who, qint64 id, int rowVersion, const CallbackInput &in)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state != RequestState::Completed && r.state != RequestState::Returned)
        return wrongState(r);
    if (who.userId > 0 && r.receiverUserId == who.userId) {
        m_audit.record(who, QStringLiteral("permission_denied"), kEntity, r.number, {}, {},
                       QStringLiteral("own_callback"));
        return Failure{tr("%1 did the work on %2 and may not record its callback; another colleague must call back.")
                           .arg(who.displayName, r.number)};
    }
    if (in.score && (*in.score < 1 || *in.score > 10))
        return Failure{tr("Score: from 1 to 10.")};
    const auto at = checkTime(in.at, r.completedAt, tr("Callback time"));
    if (!at)
        return Failure{at.error()};

    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO request_callbacks (request_id, at, by_user_id, by_name, solved, attitude, "
                                 "charged, score, suggestions) VALUES (:r, :at, :u, :n, :solved, :attitude, :charged, "
                                 ":score, :suggestions)"));
    q.bind(QStringLiteral(":r"), id);
    q.bind(QStringLiteral(":at"), toStored(at.value()));
    q.bind(QStringLiteral(":u"), idOrNull(who.userId));
    q.bind(QStringLiteral(":n"), who.displayName.isEmpty() ? who.username : who.displayName);
    q.bind(QStringLiteral(":solved"), in.solved ? 1 : 0);
    q.bind(QStringLiteral(":attitude"), RequestCodes::code(in.attitude));
    q.bind(QStringLiteral(":charged"), in.charged ? QVariant(*in.charged ? 1 : 0) : nullInt());
    q.bind(QStringLiteral(":score"), in.score ? QVariant(*in.score) : nullInt());
    q.bind(QStringLiteral(":suggestions"), text(in.suggestions.trimmed()));
    if (Status s = q.exec(); !s)
        return s;
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
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::close(const Session &who, qint64 id, int rowVersion, const QString &note)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    const bool answeredEnquiry = r.kind == RequestKind::Enquiry
                                 && (r.state == RequestState::Completed || r.state == RequestState::Returned);
    if (r.state != RequestState::CalledBack && !answeredEnquiry) {
        if (r.state == RequestState::Completed || r.state == RequestState::Returned)
            return Failure{tr("%1: record the callback before closing it.").arg(r.number)};
        return wrongState(r);
    }
    // SPEC 3.1: returned → called back → closed; the slip is on file before the request is.
    if (r.deskRules && r.kind != RequestKind::Enquiry && !r.slipReturnedAt.isValid())
        return Failure{tr("%1: the technician's slip is not back yet; record it (回单) before closing.").arg(r.number)};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("closed_at"), toStored(now())}};
    c.state = RequestState::Closed;
    c.action = QStringLiteral("closed");
    c.note = note.trimmed();
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::extend(const Session &who, qint64 id, int rowVersion, const ExtensionInput &in)
{
    const auto loaded = loadForChange(who, Permission::ApproveExtensions, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state == RequestState::Closed)
        return wrongState(r);
    const bool arrival = in.deadline == DeadlineKind::Arrival;
    const QDateTime old = arrival ? r.arrivalDeadline : r.completionDeadline;
    const bool met = arrival ? r.arrivedAt.isValid() : r.completedAt.isValid();
    if (!old.isValid())
        return Failure{tr("%1 has no %2 deadline to extend.").arg(r.number, RequestCodes::displayName(in.deadline))};
    if (met)
        return Failure{tr("%1: that deadline has already been met.").arg(r.number)};
    if (in.reason.trimmed().isEmpty())
        return Failure{tr("Reason: an extension needs a reason.")};
    if (!in.newDeadline.isValid() || in.newDeadline <= old)
        return Failure{tr("New deadline: it must lie after the present one.")};
    const QString approver = in.approverName.trimmed().isEmpty() ? who.displayName : in.approverName.trimmed();

    Transaction tx(m_db);
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
    if (Status s = q.exec(); !s)
        return s;
    Change c;
    c.columns = {{arrival ? QStringLiteral("arrival_deadline") : QStringLiteral("completion_deadline"),
                  toStored(in.newDeadline.toUTC())}};
    c.action = QStringLiteral("extended");
    c.note = RequestCodes::code(in.deadline) + QLatin1Char(' ') + isoText(old) + QStringLiteral(" -> ")
             + isoText(in.newDeadline) + QStringLiteral(": ") + in.reason.trimmed();
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::reopen(const Session &who, qint64 id, int rowVersion, const QString &reason)
{
    const auto loaded = loadForChange(who, Permission::ApproveExtensions, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state != RequestState::Closed)
        return Failure{tr("%1 is not closed.").arg(r.number)};
    if (reason.trimmed().isEmpty())
        return Failure{tr("Reason: reopening needs a reason.")};
    Transaction tx(m_db);
    Change c;
    c.columns = reopenedColumns(now());
    c.columns += {{QStringLiteral("closed_at"), nullInt()},
                 {QStringLiteral("completed_at"), nullInt()},
                 {QStringLiteral("slip_returned_at"), nullInt()}};
    c.state = r.dispatchedAt.isValid() ? RequestState::Dispatched : RequestState::Registered;
    c.action = QStringLiteral("reopened");
    c.note = reason.trimmed();
    c.bumpReopen = true;
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Status RequestRepository::voidRequest(const Session &who, qint64 id, int rowVersion, const QString &reason)
{
    const auto loaded = loadForChange(who, Permission::RegisterRequests, id, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const ServiceRequest &r = loaded.value();
    if (r.state == RequestState::Closed)
        return wrongState(r);
    if (reason.trimmed().isEmpty())
        return Failure{tr("Reason: voiding needs a reason.")};
    Transaction tx(m_db);
    Change c;
    c.columns = {{QStringLiteral("voided"), 1},
                 {QStringLiteral("void_reason"), reason.trimmed()},
                 {QStringLiteral("voided_at"), toStored(now())},
                 {QStringLiteral("voided_by"), idOrNull(who.userId)}};
    c.action = QStringLiteral("voided");
    c.note = reason.trimmed();
    if (Status s = apply(who, r, c); !s)
        return s;
    return finish(tx, id);
}

Result<ServiceRequest> RequestRepository::request(const Session &who, qint64 id) const
{
    if (Status s = canRead(who); !s)
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

namespace {
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

Result<QList<ServiceRequest>> RequestRepository::list(const Session &who, const RequestFilter &filter, int offset,
                                                      int limit) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const FilterSql f = filterSql(who, filter, now());
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests") + f.where
                      + orderBy(filter.sort) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    for (const auto &[name, value] : f.values)
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), qMax(0, limit));
    q.bind(QStringLiteral(":offset"), qMax(0, offset));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<ServiceRequest> rows;
    while (q.next())
        rows << readRequest(q);
    return rows;
}

Result<qint64> RequestRepository::count(const Session &who, const RequestFilter &filter) const
{
    if (Status s = canRead(who); !s)
        return Failure{s.error()};
    const FilterSql f = filterSql(who, filter, now());
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

Result<QList<BoardEntry>> RequestRepository::boardEntries(const Session &who, BoardLines lines, qint64 id) const
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
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<BoardEntry> entries;
    while (q.next())
        entries << readBoardEntry(q);
    return entries;
}

Result<QList<BoardEntry>> RequestRepository::board(const Session &who) const
{
    return boardEntries(who, BoardLines::Open, 0);
}

Result<std::optional<BoardEntry>> RequestRepository::boardEntry(const Session &who, qint64 id) const
{
    const auto entries = boardEntries(who, BoardLines::Open, id);
    if (!entries)
        return Failure{entries.error()};
    return entries->isEmpty() ? std::optional<BoardEntry>() : std::optional<BoardEntry>(entries->first());
}

Result<QList<BoardEntry>> RequestRepository::complainantsToTell(const Session &who, qint64 onlyId) const
{
    if (!who.can(Permission::RegisterRequests))
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

Result<QList<BoardEntry>> RequestRepository::slipsAwaited(const Session &who, qint64 onlyId) const
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

TimeLimitTable RequestRepository::limits() const
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

Status RequestRepository::setLimit(const Session &who, RequestKind kind, const QString &classKey,
                                   const std::optional<TimeLimit> &arrival, const std::optional<TimeLimit> &completion)
{
    if (Status s = m_audit.require(who, Permission::ManageLimitsAndTemplates, kLimitEntity); !s)
        return s;
    if (!TimeLimitTable::isClass(kind, classKey))
        return Failure{tr("There is no such class.")};
    if (!arrival && !completion)
        return Failure{tr("A class needs at least one time limit.")};
    const auto old = limits().entry(kind, classKey);
    auto codes = [](const std::optional<TimeLimit> &a, const std::optional<TimeLimit> &c) {
        return limitCode(a) + QLatin1Char('/') + limitCode(c);
    };
    Transaction tx(m_db);
    // Portable upsert: the row may be missing if someone deleted it by hand.
    Query del(m_db, QStringLiteral("DELETE FROM time_limits WHERE kind = :k AND class_key = :c"));
    del.bind(QStringLiteral(":k"), RequestCodes::code(kind));
    del.bind(QStringLiteral(":c"), classKey);
    if (Status s = del.exec(); !s)
        return s;
    Query ins(m_db, QStringLiteral("INSERT INTO time_limits (kind, class_key, arrival_limit, completion_limit, "
                                   "updated_at, updated_by) VALUES (:k, :c, :a, :d, :at, :by)"));
    ins.bind(QStringLiteral(":k"), RequestCodes::code(kind));
    ins.bind(QStringLiteral(":c"), classKey);
    ins.bind(QStringLiteral(":a"), text(limitCode(arrival)));
    ins.bind(QStringLiteral(":d"), text(limitCode(completion)));
    ins.bind(QStringLiteral(":at"), toStored(now()));
    ins.bind(QStringLiteral(":by"), idOrNull(who.userId));
    if (Status s = ins.exec(); !s)
        return s;
    if (Status s = m_audit.record(who, QStringLiteral("time_limit_changed"), kLimitEntity,
                                  RequestCodes::code(kind) + QLatin1Char('/') + classKey,
                                  old ? codes(old->arrival, old->completion) : QString(), codes(arrival, completion));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit limitsChanged();
    return {};
}

Result<QList<PriceItem>> RequestRepository::priceList() const
{
    Query q(m_db, QStringLiteral("SELECT id, item, unit, price_fen, active, row_version FROM price_items ORDER BY item"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<PriceItem> items;
    while (q.next()) {
        items << PriceItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toInt() != 0, q.value(5).toInt()};
    }
    return items;
}

Result<qint64> RequestRepository::savePriceItem(const Session &who, const PriceItem &item)
{
    if (Status s = m_audit.require(who, Permission::ManageLimitsAndTemplates, kPriceEntity); !s)
        return Failure{s.error()};
    if (item.item.trimmed().isEmpty())
        return Failure{tr("Item: required.")};
    if (item.priceFen < 0)
        return Failure{tr("Price: it cannot be negative.")};
    Transaction tx(m_db);
    qint64 id = item.id;
    QString oldValue;
    if (id == 0) {
        Query q(m_db, QStringLiteral("INSERT INTO price_items (item, unit, price_fen, active) VALUES (:i, :u, :p, :a) "
                                     "RETURNING id"));
        q.bind(QStringLiteral(":i"), item.item.trimmed());
        q.bind(QStringLiteral(":u"), notNull(item.unit.trimmed()));
        q.bind(QStringLiteral(":p"), item.priceFen);
        q.bind(QStringLiteral(":a"), item.active ? 1 : 0);
        const auto inserted = q.scalar();
        if (!inserted)
            return Failure{inserted.error()};
        id = inserted.value();
    } else {
        Query old(m_db, QStringLiteral("SELECT price_fen FROM price_items WHERE id = :id"));
        old.bind(QStringLiteral(":id"), id);
        if (Status s = old.exec(); !s)
            return Failure{s.error()};
        if (old.next())
            oldValue = QString::number(old.value(0).toLongLong());
        Query q(m_db, QStringLiteral("UPDATE price_items SET item = :i, unit = :u, price_fen = :p, active = :a, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :rv"));
        q.bind(QStringLiteral(":i"), item.item.trimmed());
        q.bind(QStringLiteral(":u"), notNull(item.unit.trimmed()));
        q.bind(QStringLiteral(":p"), item.priceFen);
        q.bind(QStringLiteral(":a"), item.active ? 1 : 0);
        q.bind(QStringLiteral(":id"), id);
        q.bind(QStringLiteral(":rv"), item.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The price item was changed by someone else in the meantime. Reload it and try again.")};
    }
    if (Status s = m_audit.record(who, QStringLiteral("price_item_saved"), kPriceEntity, QString::number(id), oldValue,
                                  QString::number(item.priceFen), item.item.trimmed());
        !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return id;
}

Result<bool> RequestRepository::exists(RequestKind kind, const QDateTime &registeredAt, const QString &reporter,
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

Result<qint64> RequestRepository::insertImported(const Session &who, ServiceRequest r,
                                                 const std::optional<RequestCallback> &callback,
                                                 const TimeLimitTable &table, const DeadlineCalculator &calculator,
                                                 const QString &note)
{
    if (Status s = m_audit.require(who, Permission::RegisterRequests, kEntity); !s)
        return Failure{s.error()};
    const auto entry = table.entry(r.kind, r.classKey);
    if (!entry)
        return Failure{tr("No time limit is set for this class.")};
    const RequestDeadlines deadlines = TimeLimitTable::compute(*entry, r.registeredAt, r.agreedAt, calculator);
    r.arrivalLimit = limitCode(deadlines.arrivalLimit);
    r.completionLimit = limitCode(deadlines.completionLimit);
    r.arrivalDeadline = deadlines.arrival;
    r.completionDeadline = deadlines.completion;
    r.imported = true;
    if (r.registeredByName.isEmpty())
        r.registeredByName = who.displayName.isEmpty() ? who.username : who.displayName;
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

    Transaction tx(m_db);
    const int year = r.registeredAt.toTimeZone(calculator.zone()).date().year();
    const auto number = nextNumber(r.kind, year);
    if (!number)
        return Failure{number.error()};
    r.number = number.value();
    const auto id = insertRequest(m_db, r, year, r.number.mid(6).toLongLong());
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
    if (Status s = addEvent(who, id.value(), QStringLiteral("imported"), {}, RequestCodes::code(r.state), note, now()); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return id.value();
}
