#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

class Database;

// The fees figures of the monthly report (SPEC 13, last bullet), for local month M and as-of
// instant A, money in fen.
struct FeeFigures
{
    qint64 billedFen = 0;            // the bills due in M
    qint64 collectedOnBillsFen = 0;  // of those, paid by A
    std::optional<double> collectionRate() const; // null when nothing was billed
    qint64 receivedFen = 0;          // payments received in M up to A, all bills
    qint64 arrearsRecoveredFen = 0;  // received in M up to A on bills due before M
    qint64 arrearsAtMonthStartFen = 0; // outstanding on bills due before M, at the start of M
    std::optional<double> arrearsRecoveryRate() const;
    qint64 arrearsOutstandingFen = 0;  // at A, every bill due before A's local date
    qint64 housesInArrears = 0;        // at A
    qint64 ageing1To30Fen = 0;
    qint64 ageing31To90Fen = 0;
    qint64 ageing91To180Fen = 0;
    qint64 ageing181To365Fen = 0;
    qint64 ageingOver365Fen = 0;

    // Inserts the fees.* keys (ReportKeys) into the report's JSON.
    void insertInto(QJsonObject &root) const;

    // monthStart/monthEnd: the local month [start, end) as UTC instants; asOf within or after.
    static Result<FeeFigures> compute(const Database &db, const QDateTime &monthStart, const QDateTime &monthEnd,
                                      const QDateTime &asOf, const QTimeZone &zone);
};
