#include "models/repositories/requestrows.h"

#include "models/database/binding.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/recordsupport.h"

namespace RequestRows {
const QString columns = QStringLiteral(
    "id, kind, number, channel, registered_at, registered_by, registered_by_name, reporter_name, reporter_phone, "
    "resident_id, house_number, public_location, class_key, description, major, signature, complaint_against, "
    "agreed_at, arrival_limit, completion_limit, arrival_deadline, completion_deadline, department, "
    "receiver_user_id, receiver_name, dispatched_at, arrived_at, completed_at, work_done, fee_fen, paid, "
    "receipt_no, slip_returned_at, state, closed_at, reopen_count, voided, void_reason, imported, row_version, "
    "complainant_told_at, settle_promised_at, reopened_at, desk_rules");

QVariant nullInt()
{
    return Binding::nullInt();
}

QVariant nullText()
{
    return Binding::nullText();
}

QVariant stored(const QDateTime &when)
{
    return Binding::storedOrNull(when);
}

QVariant text(const QString &value)
{
    return Binding::textOrNull(value);
}

QString notNull(const QString &value)
{
    return Binding::notNull(value);
}

QVariant idOrNull(qint64 id)
{
    return Binding::idOrNull(id);
}

QDateTime instant(const QVariant &value)
{
    return Binding::instantOrNull(value);
}

QString limitCode(const std::optional<TimeLimit> &limit)
{
    return limit ? limit->code() : QString();
}

QString actorName(const Session &who)
{
    return RecordSupport::actorName(who);
}

ServiceRequest read(const Query &q)
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

Result<QString> nextNumber(Database &db, RequestKind kind, int year)
{
    Query q(db, QStringLiteral("SELECT COALESCE(MAX(number_seq), 0) FROM requests WHERE kind = :k AND number_year = :y"));
    q.bind(QStringLiteral(":k"), RequestCodes::code(kind));
    q.bind(QStringLiteral(":y"), year);
    const auto last = q.scalar();
    if (!last)
        return Failure{last.error()};
    return QString(RequestCodes::numberPrefix(kind)) + QString::number(year) + QLatin1Char('-')
           + QStringLiteral("%1").arg(last.value() + 1, 6, 10, QLatin1Char('0'));
}

Result<qint64> insert(Database &db, const ServiceRequest &r, int year)
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
    q.bind(QStringLiteral(":seq"), r.number.mid(6).toLongLong());
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

Status addEvent(Database &db, const Session &who, qint64 id, const QString &action, const QString &fromState,
                const QString &toState, const QString &note, const QDateTime &at)
{
    Query q(db, QStringLiteral("INSERT INTO request_events (request_id, at, user_id, username, action, from_state, "
                               "to_state, note) VALUES (:r, :at, :u, :name, :action, :from, :to, :note)"));
    q.bind(QStringLiteral(":r"), id);
    q.bind(QStringLiteral(":at"), toStored(at));
    q.bind(QStringLiteral(":u"), idOrNull(who.userId));
    q.bind(QStringLiteral(":name"), actorName(who));
    q.bind(QStringLiteral(":action"), action);
    q.bind(QStringLiteral(":from"), text(fromState));
    q.bind(QStringLiteral(":to"), text(toState));
    q.bind(QStringLiteral(":note"), text(note));
    return q.exec();
}
} // namespace RequestRows
