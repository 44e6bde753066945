#include "models/domain/requestworkflow.h"
#include "servicedesksupport.h"

#include <QtTest>

#include <functional>

Q_DECLARE_METATYPE(RequestStep)
Q_DECLARE_METATYPE(RequestState)
Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(StepRefusal)
Q_DECLARE_METATYPE(ServiceRequest)
Q_DECLARE_METATYPE(Session)

namespace {
constexpr qint64 kTechnicianId = 5;

const char *stepName(RequestStep step)
{
    switch (step) {
    case RequestStep::Register: return "register";
    case RequestStep::ImportLedger: return "import";
    case RequestStep::ExportMonth: return "export";
    case RequestStep::Dispatch: return "dispatch";
    case RequestStep::Arrive: return "arrive";
    case RequestStep::Complete: return "complete";
    case RequestStep::ReturnSlip: return "returnSlip";
    case RequestStep::TellComplainant: return "tell";
    case RequestStep::ConfirmSignature: return "signature";
    case RequestStep::Callback: return "callback";
    case RequestStep::Close: return "close";
    case RequestStep::Extend: return "extend";
    case RequestStep::Reopen: return "reopen";
    case RequestStep::Void: return "void";
    case RequestStep::Print: return "print";
    }
    return "?";
}

const QList<RequestState> kStates = {RequestState::Registered, RequestState::Dispatched, RequestState::OnSite,
                                     RequestState::Completed,  RequestState::Returned,   RequestState::CalledBack,
                                     RequestState::Closed};
const QList<Role> kRoles = {Role::Admin, Role::Manager, Role::Clerk, Role::Guard, Role::Technician};

QChar roleLetter(Role role)
{
    return QLatin1Char("AMCGT"[int(role)]);
}

// A repair of the emergency class (measured to arrival and to completion) as it stands in
// each state after the usual steps: dispatched to the technician, the slip back before
// the callback.
ServiceRequest typicalRepair(RequestState state)
{
    const QDateTime t0(QDate(2026, 2, 12), QTime(2, 0), Qt::UTC);
    ServiceRequest r;
    r.id = 1;
    r.number = QStringLiteral("R2026-000001");
    r.kind = RequestKind::Repair;
    r.classKey = QStringLiteral("emergency");
    r.deskRules = true;
    r.registeredAt = t0;
    r.arrivalDeadline = t0.addSecs(600);
    r.completionDeadline = t0.addSecs(4 * 3600);
    r.state = state;
    const int step = int(kStates.indexOf(state));
    if (step >= 1) {
        r.dispatchedAt = t0.addSecs(60);
        r.receiverUserId = kTechnicianId;
        r.receiverName = QStringLiteral("Tom Tech");
    }
    if (step >= 2)
        r.arrivedAt = t0.addSecs(300);
    if (step >= 3)
        r.completedAt = t0.addSecs(3600);
    if (step >= 4)
        r.slipReturnedAt = t0.addSecs(7200);
    if (step >= 6)
        r.closedAt = t0.addSecs(9000);
    return r;
}

Session actor(Role role)
{
    // The technician is the one the request is handed to.
    return Session{role == Role::Technician ? kTechnicianId : 10 + int(role), QStringLiteral("u"),
                   QStringLiteral("User"), role};
}
} // namespace

class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void typicalRequests_data();
    void typicalRequests();
    void particularRequests_data();
    void particularRequests();
    void stepsWithoutRequest();
    void deadlinesAndPlace();
    void repositoryRefusesWhatTheWorkflowRefuses();
};

void TestRequestWorkflow::typicalRequests_data()
{
    QTest::addColumn<RequestStep>("step");
    QTest::addColumn<RequestState>("state");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");

    // Who may take each step on the typical repair, state by state (Registered, Dispatched,
    // OnSite, Completed, Returned, CalledBack, Closed): A admin, M manager, C clerk, G guard,
    // T the technician it is handed to.
    const QList<QPair<RequestStep, QList<const char *>>> table = {
        {RequestStep::Dispatch, {"AMC", "AMC", "", "", "", "", ""}},
        {RequestStep::Arrive, {"AMC", "AMCT", "", "", "", "", ""}},
        {RequestStep::Complete, {"", "", "AMCT", "", "", "", ""}},
        {RequestStep::ReturnSlip, {"", "", "", "AMC", "", "", ""}},
        {RequestStep::TellComplainant, {"", "", "", "", "", "", ""}}, // a repair
        {RequestStep::ConfirmSignature, {"AMC", "AMC", "AMC", "AMC", "AMC", "AMC", ""}},
        {RequestStep::Callback, {"", "", "", "AMC", "AMC", "", ""}},
        // Taken by phone, the typical repair's signature is pending: closed once it is signed (below).
        {RequestStep::Close, {"", "", "", "", "", "", ""}},
        {RequestStep::Extend, {"AM", "AM", "AM", "", "", "", ""}},
        {RequestStep::Reopen, {"", "", "", "", "", "", "AM"}},
        {RequestStep::Void, {"AMC", "AMC", "AMC", "AMC", "AMC", "AMC", ""}},
        {RequestStep::Print, {"AMCGT", "AMCGT", "AMCGT", "AMCGT", "AMCGT", "AMCGT", "AMCGT"}},
    };
    for (const auto &[step, byState] : table) {
        for (int s = 0; s < kStates.size(); ++s) {
            for (Role role : kRoles) {
                QTest::addRow("%s/%s/%s", stepName(step), qPrintable(RequestCodes::code(kStates.at(s))),
                              qPrintable(Roles::code(role)))
                    << step << kStates.at(s) << role
                    << QString::fromLatin1(byState.at(s)).contains(roleLetter(role));
            }
        }
    }
}

void TestRequestWorkflow::typicalRequests()
{
    QFETCH(RequestStep, step);
    QFETCH(RequestState, state);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const StepVerdict verdict = RequestWorkflow::check(step, typicalRepair(state), actor(role));
    QCOMPARE(verdict.allowed(), allowed);
    QCOMPARE(verdict.reason.isEmpty(), allowed);
    const auto permission = RequestWorkflow::permission(step);
    if (permission && !Roles::allows(role, *permission))
        QCOMPARE(verdict.refusal, StepRefusal::Role);
}

void TestRequestWorkflow::particularRequests_data()
{
    QTest::addColumn<RequestStep>("step");
    QTest::addColumn<ServiceRequest>("request");
    QTest::addColumn<Session>("who");
    QTest::addColumn<StepRefusal>("refusal");

    const Session clerk = actor(Role::Clerk);
    const Session manager = actor(Role::Manager);
    const Session technician = actor(Role::Technician);
    const Session otherTechnician{kTechnicianId + 1, QStringLiteral("t2"), QStringLiteral("Ted"), Role::Technician};
    const Session technicianWithoutAccount{0, QStringLiteral("t0"), QStringLiteral("Tim"), Role::Technician};
    const StepRefusal ok = StepRefusal::None;
    const StepRefusal state = StepRefusal::State;

    ServiceRequest voided = typicalRepair(RequestState::Dispatched);
    voided.voided = true;
    for (RequestStep step : RequestWorkflow::steps()) {
        if (RequestWorkflow::needsRequest(step))
            QTest::addRow("voided/%s", stepName(step))
                << step << voided << manager
                << (step == RequestStep::Print ? ok : StepRefusal::Voided);
    }

    const ServiceRequest dispatched = typicalRepair(RequestState::Dispatched);
    QTest::newRow("arrive/other technician") << RequestStep::Arrive << dispatched << otherTechnician
                                             << StepRefusal::NotOwnTicket;
    QTest::newRow("arrive/technician without account")
        << RequestStep::Arrive << dispatched << technicianWithoutAccount << StepRefusal::NotOwnTicket;
    QTest::newRow("complete/other technician")
        << RequestStep::Complete << typicalRepair(RequestState::OnSite) << otherTechnician << StepRefusal::NotOwnTicket;
    QTest::newRow("complete/before the arrival") << RequestStep::Complete << dispatched << technician << state;

    // Reopened after a "not solved" callback: back to dispatched, the arrival stays recorded.
    ServiceRequest reopened = typicalRepair(RequestState::OnSite);
    reopened.state = RequestState::Dispatched;
    QTest::newRow("arrive/arrival already recorded") << RequestStep::Arrive << reopened << technician << state;
    QTest::newRow("complete/arrival already recorded") << RequestStep::Complete << reopened << technician << ok;

    ServiceRequest handledOnly = typicalRepair(RequestState::Dispatched);
    handledOnly.kind = RequestKind::Complaint;
    handledOnly.classKey = QStringLiteral("attitude_ordinary");
    handledOnly.arrivalDeadline = {};
    QTest::newRow("arrive/not measured to arrival") << RequestStep::Arrive << handledOnly << technician << state;
    QTest::newRow("complete/not measured to arrival") << RequestStep::Complete << handledOnly << technician << ok;
    QTest::newRow("tell/open complaint") << RequestStep::TellComplainant << handledOnly << clerk << ok;
    QTest::newRow("tell/by a technician") << RequestStep::TellComplainant << handledOnly << technician
                                          << StepRefusal::Role;
    ServiceRequest settled = handledOnly;
    settled.state = RequestState::Completed;
    settled.completedAt = settled.registeredAt.addSecs(3600);
    QTest::newRow("tell/settled complaint") << RequestStep::TellComplainant << settled << clerk << state;

    ServiceRequest ownWork = typicalRepair(RequestState::Completed);
    ownWork.receiverUserId = clerk.userId;
    QTest::newRow("callback/on own work") << RequestStep::Callback << ownWork << clerk << StepRefusal::OwnCallback;
    QTest::newRow("callback/by a colleague") << RequestStep::Callback << ownWork << manager << ok;

    QTest::newRow("close/no callback yet") << RequestStep::Close << typicalRepair(RequestState::Returned) << clerk
                                           << state;
    ServiceRequest calledBackNoSlip = typicalRepair(RequestState::CalledBack);
    calledBackNoSlip.slipReturnedAt = {};
    QTest::newRow("close/slip not back") << RequestStep::Close << calledBackNoSlip << clerk << state;
    QTest::newRow("returnSlip/after the callback") << RequestStep::ReturnSlip << calledBackNoSlip << clerk << ok;
    ServiceRequest imported = calledBackNoSlip;
    imported.deskRules = false;
    imported.imported = true;
    QTest::newRow("close/imported without slip") << RequestStep::Close << imported << clerk << ok;

    ServiceRequest enquiry = typicalRepair(RequestState::Completed);
    enquiry.kind = RequestKind::Enquiry;
    enquiry.classKey = QStringLiteral("general");
    enquiry.arrivalDeadline = {};
    enquiry.arrivedAt = {};
    enquiry.signatureConfirmed = true;
    QTest::newRow("close/answered enquiry") << RequestStep::Close << enquiry << clerk << ok;
    // SPEC 2: a phone or letter request is signed afterwards (事后补签) and not closed before.
    QTest::newRow("close/signature pending") << RequestStep::Close << typicalRepair(RequestState::CalledBack) << clerk
                                             << state;
    ServiceRequest signedCall = typicalRepair(RequestState::CalledBack);
    signedCall.signatureConfirmed = true;
    QTest::newRow("close/signed") << RequestStep::Close << signedCall << clerk << ok;
    QTest::newRow("close/signed, by a technician") << RequestStep::Close << signedCall << technician << StepRefusal::Role;

    QTest::newRow("returnSlip/answered enquiry") << RequestStep::ReturnSlip << enquiry << clerk << ok;

    ServiceRequest signedAtDesk = dispatched;
    signedAtDesk.signatureConfirmed = true;
    QTest::newRow("signature/already confirmed") << RequestStep::ConfirmSignature << signedAtDesk << clerk << state;

    ServiceRequest arrivalOnly = typicalRepair(RequestState::OnSite);
    arrivalOnly.kind = RequestKind::Complaint;
    arrivalOnly.classKey = QStringLiteral("neighbour");
    arrivalOnly.completionDeadline = {};
    QTest::newRow("extend/arrival met, no completion deadline") << RequestStep::Extend << arrivalOnly << manager
                                                                << state;
    ServiceRequest arrivalPending = arrivalOnly;
    arrivalPending.state = RequestState::Dispatched;
    arrivalPending.arrivedAt = {};
    QTest::newRow("extend/arrival only, pending") << RequestStep::Extend << arrivalPending << manager << ok;
}

void TestRequestWorkflow::particularRequests()
{
    QFETCH(RequestStep, step);
    QFETCH(ServiceRequest, request);
    QFETCH(Session, who);
    QFETCH(StepRefusal, refusal);
    const StepVerdict verdict = RequestWorkflow::check(step, request, who);
    QCOMPARE(verdict.refusal, refusal);
    QCOMPARE(verdict.reason.isEmpty(), refusal == StepRefusal::None);
}

void TestRequestWorkflow::stepsWithoutRequest()
{
    for (Role role : kRoles) {
        const Session who = actor(role);
        const bool desk = role == Role::Admin || role == Role::Manager || role == Role::Clerk;
        QCOMPARE(RequestWorkflow::check(RequestStep::Register, {}, who).allowed(), desk);
        QCOMPARE(RequestWorkflow::check(RequestStep::ImportLedger, {}, who).allowed(), desk);
        QCOMPARE(RequestWorkflow::check(RequestStep::ExportMonth, {}, who).allowed(),
                 role == Role::Admin || role == Role::Manager);
        for (RequestStep step : RequestWorkflow::steps()) {
            if (!RequestWorkflow::needsRequest(step))
                continue;
            const StepVerdict verdict = RequestWorkflow::check(step, ServiceRequest{}, who);
            QVERIFY2(!verdict, stepName(step));
            QVERIFY(verdict.refusal == StepRefusal::NoRequest || verdict.refusal == StepRefusal::Role);
        }
    }
}

void TestRequestWorkflow::deadlinesAndPlace()
{
    const HolidayCalendar calendar;
    const QTimeZone zone = ServiceDeskFixture::zone();
    const DeadlineCalculator calculator(calendar, zone);
    const TimeLimitTable limits = TimeLimitTable::defaults();
    const QDateTime registered = ServiceDeskFixture::local(2026, 2, 12, 10, 0).toUTC();

    const auto plain = RequestWorkflow::deadlines(limits, RequestKind::Repair, QStringLiteral("emergency"), registered,
                                                  {}, calculator);
    QVERIFY(plain);
    QCOMPARE(plain->arrival, registered.addSecs(600));
    QCOMPARE(plain->completion, registered.addSecs(4 * 3600));
    // An agreed time earlier than the limit is the deadline; one not after the registration is ignored.
    const auto agreed = RequestWorkflow::deadlines(limits, RequestKind::Repair, QStringLiteral("emergency"),
                                                   registered, registered.addSecs(3600), calculator);
    QCOMPARE(agreed->completion, registered.addSecs(3600));
    const auto past = RequestWorkflow::deadlines(limits, RequestKind::Repair, QStringLiteral("emergency"), registered,
                                                 registered.addSecs(-60), calculator);
    QCOMPARE(past->completion, plain->completion);
    QVERIFY(!RequestWorkflow::deadlines(limits, RequestKind::Repair, QStringLiteral("no_such_class"), registered, {},
                                        calculator));

    using P = RequestWorkflow::PlaceProblem;
    QCOMPARE(RequestWorkflow::placeProblem(QStringLiteral("3-2-1201"), {}), P::None);
    QCOMPARE(RequestWorkflow::placeProblem({}, QStringLiteral("3号楼地下车库")), P::None);
    QCOMPARE(RequestWorkflow::placeProblem(QStringLiteral("  "), QStringLiteral(" ")), P::Missing);
    QCOMPARE(RequestWorkflow::placeProblem(QStringLiteral("3-2-1201"), QStringLiteral("车库")), P::Both);

    // The repository refuses a registration at no place or at two.
    ServiceDeskFixture f;
    NewRequest nowhere = ServiceDeskFixture::waterLeak();
    nowhere.houseNumber.clear();
    QVERIFY(!f.requests->registerRequest(f.clerk, nowhere));
    NewRequest twoPlaces = ServiceDeskFixture::waterLeak();
    twoPlaces.publicLocation = QStringLiteral("车库");
    QVERIFY(!f.requests->registerRequest(f.clerk, twoPlaces));
    QCOMPARE(f.requests->queries().count(f.admin, {}).value(), 0);
}

// For requests brought into every state through the repository itself: each step the
// workflow refuses, the repository refuses with the same reason; each step it allows, the
// repository carries out.
void TestRequestWorkflow::repositoryRefusesWhatTheWorkflowRefuses()
{
    ServiceDeskFixture f;
    RequestRepository &repo = *f.requests;
    const QList<Session> people = {f.admin, f.manager, f.clerk, f.guard, f.technician, f.technician2};

    // A new repair (or complaint), taken to `state` by the usual steps.
    auto build = [&](RequestKind kind, RequestState state) {
        NewRequest in = ServiceDeskFixture::waterLeak();
        in.kind = kind;
        if (kind == RequestKind::Complaint)
            in.classKey = QStringLiteral("engineering");
        const qint64 id = repo.registerRequest(f.clerk, in).value().id;
        const int target = int(kStates.indexOf(state));
        auto must = [&](const Status &s) {
            if (!s)
                qFatal("cannot prepare the request: %s", qPrintable(s.error()));
        };
        if (target >= 1)
            must(repo.dispatch(f.clerk, id, f.version(id),
                               DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}}));
        if (target >= 2)
            must(repo.arrive(f.technician, id, f.version(id)));
        if (target >= 3)
            must(repo.complete(f.technician, id, f.version(id), CompletionInput{}));
        if (target >= 4)
            must(repo.returnSlip(f.clerk, id, f.version(id)));
        if (target >= 5)
            must(repo.recordCallback(f.clerk, id, f.version(id), CallbackInput{}));
        if (target >= 6) {
            must(repo.confirmSignature(f.clerk, id, f.version(id))); // taken by phone: signed afterwards
            must(repo.close(f.clerk, id, f.version(id)));
        }
        return id;
    };
    // The step through the repository, with input it accepts.
    auto take = [&](RequestStep step, const Session &who, qint64 id) -> Status {
        const ServiceRequest r = f.get(id);
        const int rv = r.rowVersion;
        const QDateTime now = f.clock.now();
        switch (step) {
        case RequestStep::Dispatch:
            return repo.dispatch(who, id, rv, DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}});
        case RequestStep::Arrive: return repo.arrive(who, id, rv);
        case RequestStep::Complete: return repo.complete(who, id, rv, CompletionInput{});
        case RequestStep::ReturnSlip: return repo.returnSlip(who, id, rv);
        case RequestStep::TellComplainant:
            return repo.tellComplainant(who, id, rv, now.addDays(1), QStringLiteral("明天处理"));
        case RequestStep::ConfirmSignature: return repo.confirmSignature(who, id, rv);
        case RequestStep::Callback: return repo.recordCallback(who, id, rv, CallbackInput{});
        case RequestStep::Close: return repo.close(who, id, rv);
        case RequestStep::Extend: {
            const QDateTime old = r.completionDeadline.isValid() ? r.completionDeadline : r.arrivalDeadline;
            return repo.extend(who, id, rv,
                               ExtensionInput{DeadlineKind::Completion, old.addSecs(3600), QStringLiteral("缺料"), {}});
        }
        case RequestStep::Reopen: return repo.reopen(who, id, rv, QStringLiteral("住户反映仍漏水"));
        case RequestStep::Void: return repo.voidRequest(who, id, rv, QStringLiteral("重复登记"));
        case RequestStep::Register:
        case RequestStep::ImportLedger:
        case RequestStep::ExportMonth:
        case RequestStep::Print: break;
        }
        return Failure{QStringLiteral("not a change")};
    };

    int refused = 0;
    int carriedOut = 0;
    for (RequestKind kind : {RequestKind::Repair, RequestKind::Complaint}) {
        for (RequestState state : kStates) {
            const qint64 id = build(kind, state);
            for (RequestStep step : RequestWorkflow::steps()) {
                if (!RequestWorkflow::needsRequest(step) || step == RequestStep::Print)
                    continue;
                std::optional<Session> allowedFor;
                for (const Session &who : people) {
                    const StepVerdict verdict = RequestWorkflow::check(step, f.get(id), who);
                    if (verdict) {
                        if (!allowedFor)
                            allowedFor = who;
                        continue;
                    }
                    const Status s = take(step, who, id);
                    const QByteArray where = QByteArray(stepName(step)) + ' ' + RequestCodes::code(state).toLatin1()
                                             + ' ' + who.username.toLatin1();
                    QVERIFY2(!s, where.constData());
                    QCOMPARE(s.error(), verdict.reason);
                    ++refused;
                }
                if (allowedFor) {
                    // On a request of its own, so the others keep their state.
                    const qint64 fresh = build(kind, state);
                    const Status s = take(step, *allowedFor, fresh);
                    QVERIFY2(s, qPrintable(QString::fromLatin1(stepName(step)) + QLatin1Char(' ')
                                           + RequestCodes::code(state) + QStringLiteral(": ") + s.error()));
                    ++carriedOut;
                }
            }
        }
    }
    QVERIFY(refused > 0);
    QVERIFY(carriedOut > 0);

    // Not solved at the callback: back with the technician, the arrival kept on record.
    const qint64 again = build(RequestKind::Repair, RequestState::Completed);
    CallbackInput notSolved;
    notSolved.solved = false;
    QVERIFY(repo.recordCallback(f.clerk, again, f.version(again), notSolved));
    QCOMPARE(f.get(again).state, RequestState::Dispatched);
    for (RequestStep step : {RequestStep::Arrive, RequestStep::Callback, RequestStep::Close, RequestStep::Reopen}) {
        const StepVerdict verdict = RequestWorkflow::check(step, f.get(again), f.technician);
        QVERIFY(!verdict);
        QCOMPARE(take(step, f.technician, again).error(), verdict.reason);
    }
    QVERIFY(RequestWorkflow::check(RequestStep::Complete, f.get(again), f.technician));
    QVERIFY(take(RequestStep::Complete, f.technician, again));

    // A voided request: every step refused alike.
    const qint64 id = build(RequestKind::Repair, RequestState::Dispatched);
    QVERIFY(repo.voidRequest(f.clerk, id, f.version(id), QStringLiteral("重复登记")));
    for (RequestStep step : {RequestStep::Arrive, RequestStep::Dispatch, RequestStep::Void}) {
        const StepVerdict verdict = RequestWorkflow::check(step, f.get(id), f.admin);
        QCOMPARE(verdict.refusal, StepRefusal::Voided);
        QCOMPARE(take(step, f.admin, id).error(), verdict.reason);
    }
}

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
