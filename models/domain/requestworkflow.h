#pragma once

#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/domain/timelimittable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The steps of the service desk (SPEC 3.1), as buttons of the requests page and as
// changes of the request repository.
enum class RequestStep {
    Register,
    ImportLedger,
    ExportMonth,
    Dispatch,
    Arrive,
    Complete,
    ReturnSlip,
    TellComplainant,
    ConfirmSignature,
    Callback,
    Close,
    Extend,
    Reopen,
    Void,
    Print,
};

// Why a step is refused; the repository audits the refusals of a person (not of a state).
enum class StepRefusal { None, NoRequest, Role, Voided, NotOwnTicket, OwnCallback, State };

struct StepVerdict
{
    StepRefusal refusal = StepRefusal::None;
    QString reason; // translated, empty when allowed

    bool allowed() const { return refusal == StepRefusal::None; }
    explicit operator bool() const { return allowed(); }
};

// Which step is allowed for which request and who is acting, and why not. The page
// enables its buttons by it; the repository refuses every change it does not allow.
class RequestWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)

public:
    static QList<RequestStep> steps();
    // The permission a step needs; nullopt: anyone who sees the request (printing it).
    static std::optional<Permission> permission(RequestStep step);
    // A step that changes one request (all but registering, importing and exporting).
    static bool needsRequest(RequestStep step);

    // The role, then the request: what the buttons ask.
    static StepVerdict check(RequestStep step, const ServiceRequest &request, const Session &who);
    // The request only, the role having been checked (and audited) already: what the
    // repository asks after loading the request at the row version the caller saw.
    static StepVerdict checkRequest(RequestStep step, const ServiceRequest &request, const Session &who);
    // Extending one of the deadlines (the Extend step asks whether either can be).
    static StepVerdict checkExtension(const ServiceRequest &request, DeadlineKind deadline);

    // The deadlines of a request of this class registered at `registered`; an agreed time
    // counts only when it lies after the registration. nullopt: no limit for the class.
    static std::optional<RequestDeadlines> deadlines(const TimeLimitTable &limits, RequestKind kind,
                                                     const QString &classKey, const QDateTime &registered,
                                                     const QDateTime &agreedAt, const DeadlineCalculator &calculator);

    // A request is at a house or at a public location: exactly one of the two.
    enum class PlaceProblem { None, Missing, Both };
    static PlaceProblem placeProblem(const QString &houseNumber, const QString &publicLocation);
};
