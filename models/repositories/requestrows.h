#pragma once

#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/domain/timelimit.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class Database;
class Query;

// The rows of the requests tables as the request repositories read and write them
// (life cycle, lists and boards, the ledger import). Not for use outside the data layer.
namespace RequestRows {
// Constant column lists are spliced into SQL text; values never are (they are bound).
extern const QString columns;

QVariant nullInt();
QVariant nullText();
QVariant stored(const QDateTime &when);
QVariant text(const QString &value);
// For NOT NULL text columns: a null QString would be bound as SQL NULL.
QString notNull(const QString &value);
QVariant idOrNull(qint64 id);
QDateTime instant(const QVariant &value);
QString limitCode(const std::optional<TimeLimit> &limit);
QString actorName(const Session &who);

// A row selected with `columns`.
ServiceRequest read(const Query &q);
// The next number of the kind in the year, R2026-000123.
Result<QString> nextNumber(Database &db, RequestKind kind, int year);
// The INSERT shared by live registration and the ledger import; the number is already given.
Result<qint64> insert(Database &db, const ServiceRequest &r, int year);
// One line of the request's history.
Status addEvent(Database &db, const Session &who, qint64 id, const QString &action, const QString &fromState,
                const QString &toState, const QString &note, const QDateTime &at);
} // namespace RequestRows
