#pragma once

#include "models/domain/result.h"
#include "models/reports/feefigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTimeZone>

#include <optional>

class Database;

// A rate's two counts. The rate is null when nothing was measured (SPEC 6.1: never 0 or 100%).
struct OnTimeCount
{
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 pending = 0; // deadline not reached at the as-of instant: excluded from the rate
    std::optional<double> rate() const;
};

struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> rate() const;
};

// One missed deadline of the month.
struct OverdueItem
{
    QString kind;     // repair / complaint / enquiry
    QString number;
    QString reporter;
    QString deadlineKind; // arrival / completion
    QDateTime deadline;   // UTC
    QDateTime doneAt;     // invalid: still not done
    QString responsible;  // the first-contact clerk (SPEC 3.1)
    QString assignee;     // who received the work
};

struct SatisfactionCount
{
    qint64 satisfied = 0;
    qint64 basic = 0;
    qint64 unsatisfied = 0;
    qint64 answers() const { return satisfied + basic + unsatisfied; }
    // (satisfied × 1 + basic × 0.6 + unsatisfied × 0) / answers; null without answers.
    std::optional<double> rate() const;
    std::optional<double> unsatisfiedShare() const;
    SatisfactionCount &operator+=(const SatisfactionCount &other);
};

// SPEC 6.3, computed by MonthlyAssessment.
struct AssessmentResult
{
    QList<double> raterScores;      // as entered, in points
    std::optional<double> officeScore; // mean after dropping the highest and the lowest
    std::optional<double> satisfactionScore; // satisfaction rate × 100
    std::optional<double> score;    // 60 % office + 40 % satisfaction
    QString grade;                  // excellent / pass / basic_pass / fail (code)
    bool veto = false;
    QStringList vetoReasons;        // unsatisfied_share / major_safety_accident
    int consecutiveFailedMonths = 0; // ending with this month
    bool rectificationRequired() const { return consecutiveFailedMonths >= 2; }
};

// Runs of one inspection level in the month: what its frequency asks of the people holding it,
// and what was finished.
struct InspectionLevelRuns
{
    QString level; // level code
    int rank = 0;
    int intervalMinutes = 0;
    qint64 holders = 0;   // people holding the level for some of the month up to A
    qint64 scheduled = 0; // runs the frequency asks for over that time (see MonthlyReport)
    qint64 done = 0;      // runs finished in the month at this level
};

// One non-conformity found in the month, as it stood at the as-of instant.
struct InspectionFinding
{
    qint64 id = 0;
    QDateTime foundAt; // UTC
    QString level;
    QString templateCode;
    QString item;
    QString area;
    QString foundBy;
    QString responsible; // of the rectification plan; empty: none yet
    QDateTime deadline;  // invalid: no plan
    QString state;       // code, at A
    bool repeat = false;
    QDateTime closedAt;  // invalid: not closed by A
};

struct InspectionFigures
{
    QList<InspectionLevelRuns> levels; // most senior first
    qint64 itemsPass = 0;
    qint64 itemsFail = 0;
    qint64 itemsNotApplicable = 0;
    // pass / (pass + fail); not applicable excluded; null when nothing was marked.
    std::optional<double> itemPassRate() const;
    qint64 scheduled() const;
    qint64 done() const;

    qint64 opened = 0;      // non-conformities found in M
    qint64 fixedOnSpot = 0; // of those, fixed on the spot by A
    qint64 repeats = 0;     // of those, found again while still open
    qint64 stillOpen = 0;   // of those, not closed at A
    qint64 openAtAsOf = 0;  // every non-conformity found by A and not closed at A, any month
    // Of those found in M with a rectification plan: closed at or before the plan's deadline,
    // late (closed after it, or still open with the deadline passed at A), pending.
    OnTimeCount rectification;
    QList<InspectionFinding> findings; // found in M, oldest first
};

// Every figure of SPEC 6.1 for one month.
struct MonthlyFigures
{
    int year = 0;
    int month = 0;
    QDateTime asOf; // UTC
    QString estate;
    QTimeZone zone;

    qint64 repairsReceived = 0;
    qint64 repairsCompleted = 0;
    OnTimeCount repairsArrival;
    OnTimeCount repairsCompletion;

    Ratio callbacksRepairs;
    Ratio callbacksComplaints;
    Ratio callbacksMajorComplaints;

    SatisfactionCount satisfactionCallbacks;
    SatisfactionCount satisfactionSurveys;
    SatisfactionCount satisfaction() const;

    QMap<QString, qint64> complaintsReceived; // every class key, zero included
    qint64 complaintsMajor = 0;
    OnTimeCount complaintsOnTime;
    qint64 enquiriesReceived = 0;
    OnTimeCount enquiriesOnTime;

    QList<OverdueItem> overdue;

    qint64 gateVisitors = 0;
    qint64 gateVisitorsRefused = 0;
    QMap<QString, qint64> gateVehicleEntries; // by category code, zero included
    qint64 gateVehiclesRefused = 0;
    int gateBusiestHour = -1; // local hour of day 0..23 with most entries and visitors; -1: none
    qint64 gateBusiestHourCount = 0;

    qint64 residentsMoveIns = 0;
    qint64 residentsMoveOuts = 0;
    qint64 residentsDecorationPermitsActive = 0;

    InspectionFigures inspections;

    std::optional<AssessmentResult> assessment;

    FeeFigures fees; // SPEC 13, under fees.

    QString monthKey() const; // "2026-09"
    // The JSON of SPEC 6.1 (the keys of the issue): rates as fractions, null for a zero denominator.
    QJsonObject toJson() const;
};

// Computes the figures of a month from the database (SPEC 6.1). One query per group of
// figures, each bounded to the month's rows by an indexed column.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    explicit MonthlyReport(Database &db);

    // The local calendar month [start, end) of the estate, as UTC instants.
    static QDateTime monthStart(int year, int month, const QTimeZone &zone);
    static QDateTime monthEnd(int year, int month, const QTimeZone &zone);
    // SPEC 6.1: now, or the end of the month if that is earlier.
    QDateTime defaultAsOf(int year, int month, const QTimeZone &zone) const;

    // asOf invalid: the default.
    Result<MonthlyFigures> compute(int year, int month, const QDateTime &asOf = {}) const;

    // Callback attitudes (first) and survey answers (second) recorded in [from, upTo), ms UTC.
    Result<QPair<SatisfactionCount, SatisfactionCount>> satisfactionBetween(qint64 from, qint64 upTo) const;

    static QStringList complaintClasses();
    static QString monthKey(int year, int month);

private:
    // SPEC 6.1 inspections for [from, upTo) (ms UTC) and the as-of instant.
    Status computeInspections(MonthlyFigures &f, qint64 from, qint64 upTo) const;

    Database &m_db;
};
