#pragma once

#include "models/database/boundsql.h"
#include "models/domain/requesttimer.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"

#include <QCoreApplication>

#include <optional>

class Database;

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

// The request list and the timer board's lines (SPEC 3, 6): reads only, filtered and
// sorted by the database. A technician sees the tickets handed to them.
class RequestQueries
{
    Q_DECLARE_TR_FUNCTIONS(RequestQueries)

public:
    explicit RequestQueries(Database &db);

    // Customer service and those who record work see requests.
    Status canRead(const Session &who) const;

    Result<QList<ServiceRequest>> list(const Session &who, const RequestFilter &filter, int offset, int limit) const;
    // The page after `last` in the filter's order (keyset paging: a deep page costs what the
    // first one does).
    Result<QList<ServiceRequest>> listAfter(const Session &who, const RequestFilter &filter, const ServiceRequest &last,
                                            int limit) const;
    // The statements behind the list, the count and the timer board, with their values, as
    // list() and board() run them (for the query-plan test and the benchmarks).
    BoundSql listSql(const Session &who, const RequestFilter &filter, const ServiceRequest *after, int offset,
                     int limit) const;
    BoundSql countSql(const Session &who, const RequestFilter &filter) const;
    enum class BoardLines { Open, SlipsAwaited, ComplainantsToTell };
    BoundSql boardSql(const Session &who, BoardLines lines, qint64 id = 0) const;
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

private:
    Result<QList<BoardEntry>> boardEntries(const Session &who, BoardLines lines, qint64 id) const;

    Database &m_db;
};
