#pragma once

#include "models/database/guardedwrite.h"
#include "models/domain/requestworkflow.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/pricelistrepository.h"
#include "models/repositories/requestqueries.h"
#include "models/repositories/timelimitrepository.h"

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

// The life cycle of repairs, complaints and enquiries (SPEC 3). Every change checks the
// actor's role (SPEC 7), its row version and what RequestWorkflow allows for the request,
// and is written together with its audit entry and its history event in one transaction.
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
    // The list and the timer board; the time limits and the price list the desk works by.
    const RequestQueries &queries() const { return m_queries; }
    TimeLimitRepository &timeLimits() { return m_limits; }
    const TimeLimitRepository &timeLimits() const { return m_limits; }
    PriceListRepository &prices() { return m_prices; }
    const PriceListRepository &prices() const { return m_prices; }

    // Announces a bulk change (an import) to whoever shows requests.
    void notifyBulkChange() { emit requestsReset(); }

signals:
    void requestChanged(qint64 id);
    void requestsReset();

private:
    struct Change
    {
        QList<QPair<QString, QVariant>> columns; // column names are constants of this file
        std::optional<RequestState> state;
        QString action;
        QString note;
        bool bumpReopen = false;
    };

    Result<ServiceRequest> load(qint64 id) const;
    // The step's permission (refusals audited), the request as the caller saw it, then what
    // the workflow allows for it (a refused person audited too).
    Result<ServiceRequest> loadForChange(const Session &who, RequestStep step, qint64 id, int rowVersion,
                                         std::optional<DeadlineKind> deadline = std::nullopt);
    Result<QDateTime> checkTime(const QDateTime &given, const QDateTime &notBefore, const QString &what) const;
    // The change's update and history event; the audit row is returned for GuardedWrite.
    Result<GuardedWrite::AuditRow> apply(const Session &who, const ServiceRequest &before, const Change &change);
    // first (e.g. the handover row), the change and its audit row in one transaction, then
    // requestChanged.
    Status write(const Session &who, const ServiceRequest &before, const Change &change,
                 const std::function<Status()> &first = {});
    QDateTime now() const;

    Database &m_db;
    mutable AuditLog m_audit;
    RequestQueries m_queries;
    TimeLimitRepository m_limits;
    PriceListRepository m_prices;
};
