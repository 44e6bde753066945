#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// SPEC 3.1: the kinds of request on the co-sign form and the steps they go through.
enum class RequestKind { Repair, Complaint, Enquiry };
enum class RequestState { Registered, Dispatched, OnSite, Completed, Returned, CalledBack, Closed };
enum class RequestChannel { Visit, Phone, Letter, Patrol, Other };
enum class Attitude { Satisfied, Basic, Unsatisfied }; // 一般 counts as basic
enum class DeadlineKind { Arrival, Completion };
// A complaint against one of these goes to the property-centre director (SPEC 3.1).
enum class ComplaintTarget { None, SupervisorOrHigher, CustomerServiceStaff, AdministrativeStaff };

// Stable codes (stored, exported, used on the command line) and translated names.
class RequestCodes
{
    Q_DECLARE_TR_FUNCTIONS(RequestCodes)

public:
    static QString code(RequestKind kind);
    static QString code(RequestState state);
    static QString code(RequestChannel channel);
    static QString code(Attitude attitude);
    static QString code(DeadlineKind deadline);
    static QString code(ComplaintTarget target); // empty for None

    static std::optional<RequestKind> kindFromCode(const QString &code);
    static std::optional<RequestState> stateFromCode(const QString &code);
    static std::optional<RequestChannel> channelFromCode(const QString &code);
    static std::optional<Attitude> attitudeFromCode(const QString &code);
    static std::optional<ComplaintTarget> targetFromCode(const QString &code);

    static QString displayName(RequestKind kind);
    static QString displayName(RequestState state);
    static QString displayName(RequestChannel channel);
    static QString displayName(Attitude attitude);
    static QString displayName(DeadlineKind deadline);
    static QString displayName(ComplaintTarget target);
    static QString departmentName(const QString &department); // the director's code, or the text itself
    // A history event's action ("arrived", "reopened_not_solved" ...), translated.
    static QString eventName(const QString &action);

    static QList<RequestKind> kinds() { return {RequestKind::Repair, RequestKind::Complaint, RequestKind::Enquiry}; }
    static QList<RequestState> states();
    static QList<RequestChannel> channels();
    // "R", "C", "E": the letter before the number, R2026-000123.
    static QChar numberPrefix(RequestKind kind);
    // The receiving department of complaints routed to the property-centre director.
    static QString directorDepartment() { return QStringLiteral("property_centre_director"); }
};

// One row of the requests table.
struct ServiceRequest
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Repair;
    QString number;
    RequestChannel channel = RequestChannel::Phone;
    QDateTime registeredAt; // UTC, like every instant here; invalid = not (yet) recorded
    qint64 registeredBy = 0; // the responsible first-contact clerk (0: command line or import)
    QString registeredByName;
    QString reporterName;
    QString reporterPhone;
    std::optional<qint64> residentId;
    QString houseNumber;    // "3-2-1201", or empty for a public location
    QString publicLocation; // empty for a house
    QString classKey;
    QString description;
    bool major = false;
    bool signatureConfirmed = false;
    ComplaintTarget complaintAgainst = ComplaintTarget::None;
    QDateTime agreedAt;
    QString arrivalLimit;    // limit codes in force at registration ("10m"), empty when not measured
    QString completionLimit;
    QDateTime arrivalDeadline;
    QDateTime completionDeadline;
    QString department;
    qint64 receiverUserId = 0;
    QString receiverName;
    QDateTime dispatchedAt;
    QDateTime arrivedAt;
    QDateTime completedAt;
    QString workDone;
    std::optional<qint64> feeFen;
    bool paid = false;
    QString receiptNo;
    QDateTime slipReturnedAt;
    RequestState state = RequestState::Registered;
    QDateTime closedAt;
    int reopenCount = 0;
    bool voided = false;
    QString voidReason;
    bool imported = false;
    int rowVersion = 1;
    // SPEC 3.2: a complaint not settled the same day has the complainant told, that day,
    // when it will be settled.
    QDateTime complainantToldAt;
    QDateTime settlePromisedAt;
    QDateTime reopenedAt; // by a manager or a "not solved" callback
    bool deskRules = false; // taken at the desk by a version that keeps the slip and complainant rules

    QDateTime openedAt() const { return reopenedAt.isValid() ? reopenedAt : registeredAt; }

    QString location() const { return houseNumber.isEmpty() ? publicLocation : houseNumber; }
    bool isOpen() const { return !voided && state != RequestState::Closed; }
};

struct RequestHandover
{
    qint64 id = 0;
    QDateTime at;
    qint64 handedByUserId = 0;
    QString handedByName;
    qint64 receivedByUserId = 0;
    QString receivedByName;
    QString department;
    QString note;
};

struct RequestCallback
{
    qint64 id = 0;
    QDateTime at;
    qint64 byUserId = 0;
    QString byName;
    std::optional<bool> solved;
    std::optional<Attitude> attitude;
    std::optional<bool> charged;
    std::optional<int> score; // 1..10
    QString suggestions;
};

struct RequestExtension
{
    qint64 id = 0;
    QDateTime at;
    DeadlineKind deadline = DeadlineKind::Completion;
    QDateTime oldDeadline;
    QDateTime newDeadline;
    QString reason;
    qint64 approverUserId = 0;
    QString approverName;
};

struct RequestEvent
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString action; // "registered", "dispatched", ... (RequestCodes::eventName translates)
    QString fromState;
    QString toState;
    QString note;
};

// Everything the detail view shows about one request.
struct RequestDetail
{
    ServiceRequest request;
    QList<RequestHandover> handovers;
    QList<RequestCallback> callbacks;
    QList<RequestExtension> extensions;
    QList<RequestEvent> events;
};
