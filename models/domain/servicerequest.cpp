#include "models/domain/servicerequest.h"

#include <QHash>

namespace {
template<typename Enum>
std::optional<Enum> fromCode(const QString &text, const QList<Enum> &values)
{
    for (Enum value : values) {
        if (RequestCodes::code(value) == text)
            return value;
    }
    return std::nullopt;
}
} // namespace

QString RequestCodes::code(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Repair: return QStringLiteral("repair");
    case RequestKind::Complaint: return QStringLiteral("complaint");
    case RequestKind::Enquiry: return QStringLiteral("enquiry");
    }
    return {};
}

QString RequestCodes::code(RequestState state)
{
    switch (state) {
    case RequestState::Registered: return QStringLiteral("registered");
    case RequestState::Dispatched: return QStringLiteral("dispatched");
    case RequestState::OnSite: return QStringLiteral("on_site");
    case RequestState::Completed: return QStringLiteral("completed");
    case RequestState::Returned: return QStringLiteral("returned");
    case RequestState::CalledBack: return QStringLiteral("called_back");
    case RequestState::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString RequestCodes::code(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Visit: return QStringLiteral("visit");
    case RequestChannel::Phone: return QStringLiteral("phone");
    case RequestChannel::Letter: return QStringLiteral("letter");
    case RequestChannel::Patrol: return QStringLiteral("patrol");
    case RequestChannel::Other: return QStringLiteral("other");
    }
    return {};
}

QString RequestCodes::code(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Satisfied: return QStringLiteral("satisfied");
    case Attitude::Basic: return QStringLiteral("basic");
    case Attitude::Unsatisfied: return QStringLiteral("unsatisfied");
    }
    return {};
}

QString RequestCodes::code(DeadlineKind deadline)
{
    return deadline == DeadlineKind::Arrival ? QStringLiteral("arrival") : QStringLiteral("completion");
}

QString RequestCodes::code(ComplaintTarget target)
{
    switch (target) {
    case ComplaintTarget::None: return {};
    case ComplaintTarget::SupervisorOrHigher: return QStringLiteral("supervisor");
    case ComplaintTarget::CustomerServiceStaff: return QStringLiteral("cs_staff");
    case ComplaintTarget::AdministrativeStaff: return QStringLiteral("admin_staff");
    }
    return {};
}

QList<RequestState> RequestCodes::states()
{
    return {RequestState::Registered, RequestState::Dispatched, RequestState::OnSite, RequestState::Completed,
            RequestState::Returned,   RequestState::CalledBack, RequestState::Closed};
}

QList<RequestChannel> RequestCodes::channels()
{
    return {RequestChannel::Visit, RequestChannel::Phone, RequestChannel::Letter, RequestChannel::Patrol,
            RequestChannel::Other};
}

std::optional<RequestKind> RequestCodes::kindFromCode(const QString &text)
{
    return fromCode(text, kinds());
}

std::optional<RequestState> RequestCodes::stateFromCode(const QString &text)
{
    return fromCode(text, states());
}

std::optional<RequestChannel> RequestCodes::channelFromCode(const QString &text)
{
    return fromCode(text, channels());
}

std::optional<Attitude> RequestCodes::attitudeFromCode(const QString &text)
{
    return fromCode(text, QList<Attitude>{Attitude::Satisfied, Attitude::Basic, Attitude::Unsatisfied});
}

std::optional<ComplaintTarget> RequestCodes::targetFromCode(const QString &text)
{
    return fromCode(text, QList<ComplaintTarget>{ComplaintTarget::None, ComplaintTarget::SupervisorOrHigher,
                                                 ComplaintTarget::CustomerServiceStaff,
                                                 ComplaintTarget::AdministrativeStaff});
}

QString RequestCodes::displayName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Repair: return tr("Repair");
    case RequestKind::Complaint: return tr("Complaint");
    case RequestKind::Enquiry: return tr("Enquiry");
    }
    return {};
}

QString RequestCodes::displayName(RequestState state)
{
    switch (state) {
    case RequestState::Registered: return tr("Registered");
    case RequestState::Dispatched: return tr("Dispatched");
    case RequestState::OnSite: return tr("On site");
    case RequestState::Completed: return tr("Completed");
    case RequestState::Returned: return tr("Slip returned");
    case RequestState::CalledBack: return tr("Called back");
    case RequestState::Closed: return tr("Closed");
    }
    return {};
}

QString RequestCodes::displayName(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Visit: return tr("Walk-in");
    case RequestChannel::Phone: return tr("Phone");
    case RequestChannel::Letter: return tr("Letter");
    case RequestChannel::Patrol: return tr("Found on patrol");
    case RequestChannel::Other: return tr("Other");
    }
    return {};
}

QString RequestCodes::displayName(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Satisfied: return tr("Satisfied");
    case Attitude::Basic: return tr("Basically satisfied");
    case Attitude::Unsatisfied: return tr("Unsatisfied");
    }
    return {};
}

QString RequestCodes::displayName(DeadlineKind deadline)
{
    return deadline == DeadlineKind::Arrival ? tr("Arrival") : tr("Completion");
}

QString RequestCodes::displayName(ComplaintTarget target)
{
    switch (target) {
    case ComplaintTarget::None: return tr("No staff member");
    case ComplaintTarget::SupervisorOrHigher: return tr("A supervisor or higher");
    case ComplaintTarget::CustomerServiceStaff: return tr("Customer-service staff");
    case ComplaintTarget::AdministrativeStaff: return tr("Company administrative staff");
    }
    return {};
}

QString RequestCodes::departmentName(const QString &department)
{
    return department == directorDepartment() ? tr("Property centre director") : department;
}

QString RequestCodes::eventName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("registered"), QT_TR_NOOP("Registered")},
        {QStringLiteral("imported"), QT_TR_NOOP("Imported from a ledger")},
        {QStringLiteral("dispatched"), QT_TR_NOOP("Dispatched")},
        {QStringLiteral("redispatched"), QT_TR_NOOP("Dispatched again")},
        {QStringLiteral("arrived"), QT_TR_NOOP("Arrived on site")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("slip_returned"), QT_TR_NOOP("Slip returned")},
        {QStringLiteral("complainant_told"), QT_TR_NOOP("Complainant told when it will be settled")},
        {QStringLiteral("signature_confirmed"), QT_TR_NOOP("Signature confirmed")},
        {QStringLiteral("called_back"), QT_TR_NOOP("Called back")},
        {QStringLiteral("reopened_not_solved"), QT_TR_NOOP("Reopened: not solved at the callback")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("extended"), QT_TR_NOOP("Deadline extended")},
        {QStringLiteral("reopened"), QT_TR_NOOP("Reopened by a manager")},
        {QStringLiteral("voided"), QT_TR_NOOP("Voided")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(it.value());
}

QChar RequestCodes::numberPrefix(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Repair: return QLatin1Char('R');
    case RequestKind::Complaint: return QLatin1Char('C');
    case RequestKind::Enquiry: return QLatin1Char('E');
    }
    return QLatin1Char('X');
}
