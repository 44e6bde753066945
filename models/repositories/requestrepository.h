#pragma once

#include "models/domain/requesttimer.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/domain/timelimittable.h"
#include "models/repositories/auditlog.h"

#include <QObject>

#include <functional>
#include <optional>

class Database;
class Query;
class Transaction;

// What the clerk types into the registration form.
struct NewRequest
{
    RequestKind kind = RequestKind::Repair;
    RequestChannel channel = RequestChannel::Phone;
    QDateTime registeredAt; // invalid: now
    QString reporterName;
    QString reporterPhone;
    std::optional<qint64> residentId;
    QString houseNumber;    // one of house number
    QString publicLocation; // or public location
    QString classKey;       // TimeLimitTable::classKeys(kind)
    QString description;
    bool major = false;
    bool signatureConfirmed = false; // a walk-in signs at the desk; phone and letter: pending
    QDateTime agreedAt;              // a time agreed with the resident; the earlier deadline wins
    ComplaintTarget complaintAgainst = ComplaintTarget::None; // routes a complaint to the director
};

struct RegisteredRequest
{
    qint64 id = 0;
    QString number;
    int rowVersion = 1;
    // Years the deadlines crossed without an official holiday schedule (warn the user).
    QList<int> yearsWithoutSchedule;
};

struct DispatchInput
{
    QString department;     // e.g. 工程部; complaints routed to the director keep the director
    qint64 receiverUserId = 0; // a user (technician) if the receiver has an account
    QString receiverName;   // required
    QDateTime at;           // invalid: now
    QString note;
};

struct CompletionInput
{
    QDateTime at; // invalid: now
    QString workDone;
    std::optional<qint64> feeFen; // integer fen; nullopt: free of charge
    bool paid = false;
    QString receiptNo;
};

struct CallbackInput
{
    QDateTime at; // invalid: now
    bool solved = true;
    Attitude attitude = Attitude::Satisfied;
    std::optional<bool> charged;
    std::optional<int> score; // 1..10
    QString suggestions;
};

struct ExtensionInput
{
    DeadlineKind deadline = DeadlineKind::Completion;
    QDateTime newDeadline;
    QString reason;
    QString approverName; // empty: the manager recording it
};

enum class RequestSort { NewestFirst, OldestFirst, Number, State, ArrivalDeadline, CompletionDeadline };

// The request list's filters; every one of them is a WHERE on an indexed column.
struct RequestFilter
{
    std::optional<RequestKind> kind;
    std::optional<RequestState> state;
    bool openOnly = false;
    QString classKey;
    bool overdueOnly = false; // open and past a deadline not yet met, at `now`
    bool mine = false;        // registered by me (responsible) or assigned to me
    QDateTime from;           // registered at or after, UTC; invalid = open
    QDateTime to;             // registered before
    bool includeVoided = false;
    QString text;             // part of the number, reporter, house or location
    RequestSort sort = RequestSort::NewestFirst;
};

// One open request on the timer board.
struct BoardEntry
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Repair;
    QString number;
    QString classKey;
    QString location;
    qint64 responsibleId = 0;
    QString responsibleName;
    qint64 receiverUserId = 0;
    QString receiverName;
    RequestState state = RequestState::Registered;
    bool major = false;
    TimerInput timer;
    qint64 openedAt = 0; // ms UTC: registered, or reopened since
};

struct PriceItem
{
    qint64 id = 0;
    QString item;
    QString unit;
    qint64 priceFen = 0;
    bool active = true;
    int rowVersion = 1;
};

// Repairs, complaints and enquiries (SPEC 3). Every change checks the actor's role
// (SPEC 7), the request's state and its row version, and is written together with
// its audit entry and its history event in one transaction.
class RequestRepository : public QObject
{
    Q_OBJECT

public:
    explicit RequestRepository(Database &db, QObject *parent = nullptr);

    Result<RegisteredRequest> registerRequest(const Session &who, const NewRequest &input);
    Status dispatch(const Session &who, qint64 id, int rowVersion, const DispatchInput &input);
    Status arrive(const Session &who, qint64 id, int rowVersion, const QDateTime &at = {});
    Status complete(const Session &who, qint64 id, int rowVersion, const CompletionInput &input);
    Status returnSlip(const Session &who, qint64 id, int rowVersion, const QDateTime &at = {});
    // SPEC 3.2: an open complaint's complainant is told when it will be settled (again: a new promise).
    Status tellComplainant(const Session &who, qint64 id, int rowVersion, const QDateTime &settleBy,
                           const QString &note);
    Status confirmSignature(const Session &who, qint64 id, int rowVersion);
    // "Not solved" reopens the request (back to its receiver) instead of moving it on.
    Status recordCallback(const Session &who, qint64 id, int rowVersion, const CallbackInput &input);
    Status close(const Session &who, qint64 id, int rowVersion, const QString &note = {});
    // Managers only.
    Status extend(const Session &who, qint64 id, int rowVersion, const ExtensionInput &input);
    Status reopen(const Session &who, qint64 id, int rowVersion, const QString &reason);
    Status voidRequest(const Session &who, qint64 id, int rowVersion, const QString &reason);

    Result<ServiceRequest> request(const Session &who, qint64 id) const;
    Result<RequestDetail> detail(const Session &who, qint64 id) const;
    Result<QList<ServiceRequest>> list(const Session &who, const RequestFilter &filter, int offset, int limit) const;
    Result<qint64> count(const Session &who, const RequestFilter &filter) const;
    // Open requests with a deadline still to meet: what the timer board shows.
    Result<QList<BoardEntry>> board(const Session &who) const;
    Result<std::optional<BoardEntry>> boardEntry(const Session &who, qint64 id) const;
    // Completed requests whose technician's slip is not back yet; the entry's timer runs from
    // completion to 24 hours later (SPEC 3.1). onlyId: just that request, if it is one.
    Result<QList<BoardEntry>> slipsAwaited(const Session &who, qint64 onlyId = 0) const;
    // Open complaints whose complainant has not been told when they will be settled; the
    // entry's timer runs from registration to the end of that day in the estate (SPEC 3.2).
    Result<QList<BoardEntry>> complainantsToTell(const Session &who, qint64 onlyId = 0) const;

    // The limits in force (the time_limits table).
    TimeLimitTable limits() const;
    Status setLimit(const Session &who, RequestKind kind, const QString &classKey,
                    const std::optional<TimeLimit> &arrival, const std::optional<TimeLimit> &completion);

    Result<QList<PriceItem>> priceList() const;
    Result<qint64> savePriceItem(const Session &who, const PriceItem &item);

    // For the ledger import: a request with its past steps, numbered and given its
    // deadlines as if registered live, and its callback if the ledger has one.
    Result<qint64> insertImported(const Session &who, ServiceRequest request, const std::optional<RequestCallback> &callback,
                                  const TimeLimitTable &limits, const DeadlineCalculator &calculator,
                                  const QString &note = {});
    // The same registered time, reporter and content is the same request.
    Result<bool> exists(RequestKind kind, const QDateTime &registeredAt, const QString &reporter,
                        const QString &description) const;
    // Announces a bulk change (an import) to whoever shows requests.
    void notifyBulkChange() { emit requestsReset(); }

signals:
    void requestChanged(qint64 id);
    void requestsReset();
    void limitsChanged();

private:
    struct Change
    {
        QList<QPair<QString, QVariant>> columns; // column names are constants of this file
        std::optional<RequestState> state;
        QString action;
        QString note;
        bool bumpReopen = false;
    };

    Status canRead(const Session &who) const;
    enum class BoardLines { Open, SlipsAwaited, ComplainantsToTell };
    Result<QList<BoardEntry>> boardEntries(const Session &who, BoardLines lines, qint64 id) const;
    Result<ServiceRequest> load(qint64 id) const;
    // The permission (refusals audited), then the request as the caller saw it.
    Result<ServiceRequest> loadForChange(const Session &who, Permission permission, qint64 id, int rowVersion);
    Status checkOwnTicket(const Session &who, const ServiceRequest &r) const;
    Status wrongState(const ServiceRequest &r) const;
    Result<QDateTime> checkTime(const QDateTime &given, const QDateTime &notBefore, const QString &what) const;
    Status apply(const Session &who, const ServiceRequest &before, const Change &change);
    Status addEvent(const Session &who, qint64 id, const QString &action, const QString &fromState,
                    const QString &toState, const QString &note, const QDateTime &at);
    Result<QString> nextNumber(RequestKind kind, int year);
    Status finish(Transaction &tx, qint64 id);
    QDateTime now() const;

    Database &m_db;
    mutable AuditLog m_audit;
};
