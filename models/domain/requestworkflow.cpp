#include "models/domain/requestworkflow.h"

namespace {
StepVerdict refuse(StepRefusal refusal, const QString &reason)
{
    return StepVerdict{refusal, reason};
}

bool beforeArrival(const ServiceRequest &r)
{
    return r.state == RequestState::Registered || r.state == RequestState::Dispatched;
}
} // namespace

QList<RequestStep> RequestWorkflow::steps()
{
    return {RequestStep::Register,   RequestStep::ImportLedger,    RequestStep::ExportMonth,
            RequestStep::Dispatch,   RequestStep::Arrive,          RequestStep::Complete,
            RequestStep::ReturnSlip, RequestStep::TellComplainant, RequestStep::ConfirmSignature,
            RequestStep::Callback,   RequestStep::Close,           RequestStep::Extend,
            RequestStep::Reopen,     RequestStep::Void,            RequestStep::Print};
}

std::optional<Permission> RequestWorkflow::permission(RequestStep step)
{
    switch (step) {
    case RequestStep::Arrive:
    case RequestStep::Complete: return Permission::RecordWork;
    case RequestStep::Extend:
    case RequestStep::Reopen: return Permission::ApproveExtensions;
    case RequestStep::ExportMonth: return Permission::ViewFullDocuments; // names and phones of reporters
    case RequestStep::Print: return std::nullopt;
    case RequestStep::Register:
    case RequestStep::ImportLedger:
    case RequestStep::Dispatch:
    case RequestStep::ReturnSlip:
    case RequestStep::TellComplainant:
    case RequestStep::ConfirmSignature:
    case RequestStep::Callback:
    case RequestStep::Close:
    case RequestStep::Void: return Permission::RegisterRequests;
    }
    return Permission::RegisterRequests;
}

bool RequestWorkflow::needsRequest(RequestStep step)
{
    return step != RequestStep::Register && step != RequestStep::ImportLedger && step != RequestStep::ExportMonth;
}

StepVerdict RequestWorkflow::check(RequestStep step, const ServiceRequest &r, const Session &who)
{
    if (const auto needed = permission(step); needed && !who.can(*needed))
        return refuse(StepRefusal::Role, tr("%1 (%2) may not %3.")
                                             .arg(who.displayName, Roles::displayName(who.role),
                                                  Roles::permissionName(*needed)));
    if (!needsRequest(step))
        return {};
    return checkRequest(step, r, who);
}

StepVerdict RequestWorkflow::checkRequest(RequestStep step, const ServiceRequest &r, const Session &who)
{
    if (!needsRequest(step))
        return {};
    if (r.id == 0)
        return refuse(StepRefusal::NoRequest, tr("Choose a request first."));
    if (step == RequestStep::Print)
        return {}; // a voided or closed request is printed as it stands
    if (r.voided)
        return refuse(StepRefusal::Voided, tr("%1 was voided and can no longer be changed.").arg(r.number));

    const StepVerdict wrongState =
        r.state == RequestState::Closed
            ? refuse(StepRefusal::State,
                     tr("%1 is closed and can no longer be changed; a manager may reopen it.").arg(r.number))
            : refuse(StepRefusal::State,
                     tr("%1 is %2: this step is not possible now.").arg(r.number, RequestCodes::displayName(r.state)));
    // A technician records arrival and completion only on the tickets handed to them.
    const bool ownTicket = who.role != Role::Technician || (who.userId > 0 && r.receiverUserId == who.userId);
    const StepVerdict notOwnTicket = refuse(
        StepRefusal::NotOwnTicket,
        tr("A technician may record arrival and completion only on their own tickets; %1 is not assigned to %2.")
            .arg(r.number, who.displayName));

    switch (step) {
    case RequestStep::Dispatch:
        return beforeArrival(r) ? StepVerdict{} : wrongState;
    case RequestStep::Arrive:
        if (!ownTicket)
            return notOwnTicket;
        if (!beforeArrival(r))
            return wrongState;
        if (!r.arrivalDeadline.isValid())
            return refuse(StepRefusal::State, tr("%1 is not measured to the arrival on site.").arg(r.number));
        if (r.arrivedAt.isValid())
            return refuse(StepRefusal::State, tr("%1: the arrival on site is already recorded.").arg(r.number));
        return {};
    case RequestStep::Complete:
        if (!ownTicket)
            return notOwnTicket;
        if (!beforeArrival(r) && r.state != RequestState::OnSite)
            return wrongState;
        // A class measured to arrival records the arrival first.
        if (r.arrivalDeadline.isValid() && !r.arrivedAt.isValid())
            return refuse(StepRefusal::State, tr("%1: record the arrival on site first.").arg(r.number));
        return {};
    case RequestStep::ReturnSlip:
        if ((r.state != RequestState::Completed && r.state != RequestState::CalledBack) || r.slipReturnedAt.isValid())
            return wrongState;
        return {};
    case RequestStep::TellComplainant:
        if (r.kind != RequestKind::Complaint)
            return refuse(
                StepRefusal::State,
                tr("%1 is not a complaint: only a complainant is told when it will be settled.").arg(r.number));
        if (!r.isOpen() || r.completedAt.isValid())
            return wrongState;
        return {};
    case RequestStep::ConfirmSignature:
        if (r.state == RequestState::Closed)
            return wrongState;
        if (r.signatureConfirmed)
            return refuse(StepRefusal::State, tr("%1: the signature is already confirmed.").arg(r.number));
        return {};
    case RequestStep::Callback:
        if (r.state != RequestState::Completed && r.state != RequestState::Returned)
            return wrongState;
        // Whoever did the work does not call back about it.
        if (who.userId > 0 && r.receiverUserId == who.userId)
            return refuse(StepRefusal::OwnCallback,
                          tr("%1 did the work on %2 and may not record its callback; another colleague must call back.")
                              .arg(who.displayName, r.number));
        return {};
    case RequestStep::Close: {
        const bool done = r.state == RequestState::Completed || r.state == RequestState::Returned;
        if (r.state != RequestState::CalledBack && !(r.kind == RequestKind::Enquiry && done)) {
            if (done)
                return refuse(StepRefusal::State, tr("%1: record the callback before closing it.").arg(r.number));
            return wrongState;
        }
        // SPEC 3.1: returned → called back → closed; the slip is on file before the request is.
        if (r.deskRules && r.kind != RequestKind::Enquiry && !r.slipReturnedAt.isValid())
            return refuse(
                StepRefusal::State,
                tr("%1: the technician's slip is not back yet; record it (回单) before closing.").arg(r.number));
        // SPEC 2: a call or a letter is signed afterwards (事后补签); the file is not closed unsigned.
        if (r.deskRules && !r.signatureConfirmed)
            return refuse(StepRefusal::State,
                          tr("%1: the reporter's signature is still pending (事后补签); confirm it before closing.")
                              .arg(r.number));
        return {};
    }
    case RequestStep::Extend: {
        const StepVerdict completion = checkExtension(r, DeadlineKind::Completion);
        if (completion)
            return completion;
        const StepVerdict arrival = checkExtension(r, DeadlineKind::Arrival);
        if (arrival || !r.completionDeadline.isValid())
            return arrival;
        return completion;
    }
    case RequestStep::Reopen:
        if (r.state != RequestState::Closed)
            return refuse(StepRefusal::State, tr("%1 is not closed.").arg(r.number));
        return {};
    case RequestStep::Void:
        return r.state == RequestState::Closed ? wrongState : StepVerdict{};
    case RequestStep::Register:
    case RequestStep::ImportLedger:
    case RequestStep::ExportMonth:
    case RequestStep::Print: return {};
    }
    return {};
}

StepVerdict RequestWorkflow::checkExtension(const ServiceRequest &r, DeadlineKind deadline)
{
    if (r.id == 0)
        return refuse(StepRefusal::NoRequest, tr("Choose a request first."));
    if (r.voided)
        return refuse(StepRefusal::Voided, tr("%1 was voided and can no longer be changed.").arg(r.number));
    if (r.state == RequestState::Closed)
        return refuse(StepRefusal::State,
                      tr("%1 is closed and can no longer be changed; a manager may reopen it.").arg(r.number));
    const bool arrival = deadline == DeadlineKind::Arrival;
    const QDateTime old = arrival ? r.arrivalDeadline : r.completionDeadline;
    const bool met = arrival ? r.arrivedAt.isValid() : r.completedAt.isValid();
    if (!old.isValid())
        return refuse(StepRefusal::State,
                      tr("%1 has no %2 deadline to extend.").arg(r.number, RequestCodes::displayName(deadline)));
    if (met)
        return refuse(StepRefusal::State, tr("%1: that deadline has already been met.").arg(r.number));
    return {};
}

std::optional<RequestDeadlines> RequestWorkflow::deadlines(const TimeLimitTable &limits, RequestKind kind,
                                                           const QString &classKey, const QDateTime &registered,
                                                           const QDateTime &agreedAt,
                                                           const DeadlineCalculator &calculator)
{
    const auto entry = limits.entry(kind, classKey);
    if (!entry)
        return std::nullopt;
    const QDateTime agreed = agreedAt.isValid() && agreedAt > registered ? agreedAt : QDateTime();
    return TimeLimitTable::compute(*entry, registered, agreed, calculator);
}

RequestWorkflow::PlaceProblem RequestWorkflow::placeProblem(const QString &houseNumber, const QString &publicLocation)
{
    const bool house = !houseNumber.trimmed().isEmpty();
    const bool location = !publicLocation.trimmed().isEmpty();
    if (house && location)
        return PlaceProblem::Both;
    return house || location ? PlaceProblem::None : PlaceProblem::Missing;
}
