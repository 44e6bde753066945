#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QStringView>

// The keys of the monthly figures (SPEC 6.1), spelled once: the JSON of MonthlyFigures, the
// printed report, the XLSX, the charts and the screens all name a figure through these.
// A figure key is a dotted path into the JSON ("repairs.arrival_on_time_rate").
namespace ReportKeys {

// The month the figures are for.
inline constexpr QLatin1String Month("month");
inline constexpr QLatin1String AsOf("as_of");
inline constexpr QLatin1String Estate("estate");
inline constexpr QLatin1String TimeZone("time_zone");

inline constexpr QLatin1String RepairsReceived("repairs.received");
inline constexpr QLatin1String RepairsCompleted("repairs.completed");
inline constexpr QLatin1String RepairsArrivalOnTimeRate("repairs.arrival_on_time_rate");
inline constexpr QLatin1String RepairsCompletionOnTimeRate("repairs.completion_on_time_rate");
inline constexpr QLatin1String RepairsArrival("repairs.arrival");       // an on-time count
inline constexpr QLatin1String RepairsCompletion("repairs.completion"); // an on-time count

inline constexpr QLatin1String CallbacksRateRepairs("callbacks.rate.repairs");
inline constexpr QLatin1String CallbacksRateComplaints("callbacks.rate.complaints");
inline constexpr QLatin1String CallbacksRateMajorComplaints("callbacks.rate.major_complaints");
inline constexpr QLatin1String CallbacksRepairs("callbacks.repairs");                  // a callback count
inline constexpr QLatin1String CallbacksComplaints("callbacks.complaints");            // a callback count
inline constexpr QLatin1String CallbacksMajorComplaints("callbacks.major_complaints"); // a callback count

inline constexpr QLatin1String Satisfaction("satisfaction"); // a satisfaction count, callbacks and surveys
inline constexpr QLatin1String SatisfactionRate("satisfaction.rate");
inline constexpr QLatin1String SatisfactionAnswers("satisfaction.answers");
inline constexpr QLatin1String SatisfactionUnsatisfiedShare("satisfaction.unsatisfied_share");
inline constexpr QLatin1String SatisfactionCallbacks("satisfaction.callbacks"); // a satisfaction count
inline constexpr QLatin1String SatisfactionSurveys("satisfaction.surveys");     // a satisfaction count

inline constexpr QLatin1String ComplaintsReceived("complaints.received"); // by complaint class
inline constexpr QLatin1String ComplaintsReceivedTotal("complaints.received_total");
inline constexpr QLatin1String ComplaintsMajor("complaints.major");
inline constexpr QLatin1String ComplaintsOnTimeRate("complaints.on_time_rate");
inline constexpr QLatin1String ComplaintsOnTime("complaints.on_time"); // an on-time count

inline constexpr QLatin1String EnquiriesReceived("enquiries.received");
inline constexpr QLatin1String EnquiriesOnTimeRate("enquiries.on_time_rate");
inline constexpr QLatin1String EnquiriesOnTime("enquiries.on_time"); // an on-time count

inline constexpr QLatin1String Overdue("overdue"); // a list of missed deadlines

inline constexpr QLatin1String Inspections("inspections");
inline constexpr QLatin1String InspectionsRunsScheduled("inspections.runs.scheduled");
inline constexpr QLatin1String InspectionsRunsDone("inspections.runs.done");
inline constexpr QLatin1String InspectionsRunsByLevel("inspections.runs.by_level"); // level runs by level code
inline constexpr QLatin1String InspectionsItemsPass("inspections.items.pass");
inline constexpr QLatin1String InspectionsItemsFail("inspections.items.fail");
inline constexpr QLatin1String InspectionsItemsNotApplicable("inspections.items.not_applicable");
inline constexpr QLatin1String InspectionsItemPassRate("inspections.item_pass_rate");
inline constexpr QLatin1String InspectionsNcOpened("inspections.non_conformities.opened");
inline constexpr QLatin1String InspectionsNcFixedOnSpot("inspections.non_conformities.fixed_on_spot");
inline constexpr QLatin1String InspectionsNcRectifiedOnTime("inspections.non_conformities.rectified_on_time");
inline constexpr QLatin1String InspectionsNcRectifiedLate("inspections.non_conformities.rectified_late");
inline constexpr QLatin1String InspectionsNcRectificationPending("inspections.non_conformities.rectification_pending");
inline constexpr QLatin1String InspectionsNcRectifiedOnTimeRate("inspections.non_conformities.rectified_on_time_rate");
inline constexpr QLatin1String InspectionsNcStillOpen("inspections.non_conformities.still_open");
inline constexpr QLatin1String InspectionsNcOpenAtAsOf("inspections.non_conformities.open_at_as_of");
inline constexpr QLatin1String InspectionsNcRepeats("inspections.non_conformities.repeats");
inline constexpr QLatin1String InspectionsFindings("inspections.findings"); // a list of findings

inline constexpr QLatin1String GateVisitors("gate.visitors");
inline constexpr QLatin1String GateRefusedVisitors("gate.refused_visitors");
inline constexpr QLatin1String GateVehicleEntries("gate.vehicle_entries"); // by vehicle category code
inline constexpr QLatin1String GateVehicleEntriesTotal("gate.vehicle_entries_total");
inline constexpr QLatin1String GateRefusedVehicles("gate.refused_vehicles");
inline constexpr QLatin1String GateBusiestHour("gate.busiest_hour");
inline constexpr QLatin1String GateBusiestHourCount("gate.busiest_hour_count");

inline constexpr QLatin1String ResidentsMoveIns("residents.move_ins");
inline constexpr QLatin1String ResidentsMoveOuts("residents.move_outs");
inline constexpr QLatin1String ResidentsDecorationPermitsActive("residents.decoration_permits_active");

// SPEC 13: fee collection, money in fen.
inline constexpr QLatin1String FeesBilledFen("fees.billed_fen");
inline constexpr QLatin1String FeesCollectedOnBillsFen("fees.collected_on_bills_fen");
inline constexpr QLatin1String FeesCollectionRate("fees.collection_rate");
inline constexpr QLatin1String FeesReceivedFen("fees.received_fen");
inline constexpr QLatin1String FeesArrearsRecoveredFen("fees.arrears_recovered_fen");
inline constexpr QLatin1String FeesArrearsAtMonthStartFen("fees.arrears_at_month_start_fen");
inline constexpr QLatin1String FeesArrearsRecoveryRate("fees.arrears_recovery_rate");
inline constexpr QLatin1String FeesArrearsOutstandingFen("fees.arrears_outstanding_fen");
inline constexpr QLatin1String FeesHousesInArrears("fees.houses_in_arrears");
inline constexpr QLatin1String FeesAgeing1To30("fees.ageing.d1_30");
inline constexpr QLatin1String FeesAgeing31To90("fees.ageing.d31_90");
inline constexpr QLatin1String FeesAgeing91To180("fees.ageing.d91_180");
inline constexpr QLatin1String FeesAgeing181To365("fees.ageing.d181_365");
inline constexpr QLatin1String FeesAgeingOver365("fees.ageing.over_365");

inline constexpr QLatin1String Assessment("assessment"); // SPEC 6.3, when scored

// What the command line adds to the figures of a month.
inline constexpr QLatin1String Closed("closed");
inline constexpr QLatin1String LateEdits("late_edits");

// The report of a year: the estate (Estate) and its twelve months of figures.
inline constexpr QLatin1String Year("year");
inline constexpr QLatin1String Months("months");

// The fields of the parts named above.
namespace OnTimeFields {
inline constexpr QLatin1String OnTime("on_time");
inline constexpr QLatin1String Late("late");
inline constexpr QLatin1String Pending("pending");
} // namespace OnTimeFields

namespace CallbackFields {
inline constexpr QLatin1String CalledBack("called_back");
inline constexpr QLatin1String Completed("completed");
} // namespace CallbackFields

namespace SatisfactionFields {
inline constexpr QLatin1String Satisfied("satisfied");
inline constexpr QLatin1String Basic("basic");
inline constexpr QLatin1String Unsatisfied("unsatisfied");
inline constexpr QLatin1String Answers("answers");
inline constexpr QLatin1String Rate("rate");
} // namespace SatisfactionFields

namespace OverdueFields {
inline constexpr QLatin1String Kind("kind");
inline constexpr QLatin1String Number("number");
inline constexpr QLatin1String Reporter("reporter");
inline constexpr QLatin1String DeadlineKind("deadline_kind"); // "arrival" or "completion"
inline constexpr QLatin1String Deadline("deadline");
inline constexpr QLatin1String DoneAt("done_at");
inline constexpr QLatin1String Responsible("responsible");
inline constexpr QLatin1String Assignee("assignee");
inline constexpr QLatin1String ArrivalDeadline("arrival"); // a value of DeadlineKind
} // namespace OverdueFields

namespace LevelFields {
inline constexpr QLatin1String Holders("holders");
inline constexpr QLatin1String Scheduled("scheduled");
inline constexpr QLatin1String Done("done");
} // namespace LevelFields

namespace FindingFields {
inline constexpr QLatin1String Id("id");
inline constexpr QLatin1String FoundAt("found_at");
inline constexpr QLatin1String Level("level");
inline constexpr QLatin1String Template("template");
inline constexpr QLatin1String Item("item");
inline constexpr QLatin1String Area("area");
inline constexpr QLatin1String FoundBy("found_by");
inline constexpr QLatin1String Responsible("responsible");
inline constexpr QLatin1String Deadline("deadline");
inline constexpr QLatin1String State("state");
inline constexpr QLatin1String Repeat("repeat");
inline constexpr QLatin1String ClosedAt("closed_at");
} // namespace FindingFields

namespace AssessmentFields {
inline constexpr QLatin1String RaterScores("rater_scores");
inline constexpr QLatin1String OfficeScore("office_score");
inline constexpr QLatin1String SatisfactionScore("satisfaction_score");
inline constexpr QLatin1String Score("score");
inline constexpr QLatin1String Grade("grade");
inline constexpr QLatin1String Veto("veto");
inline constexpr QLatin1String VetoReasons("veto_reasons");
inline constexpr QLatin1String ConsecutiveFailedMonths("consecutive_failed_months");
inline constexpr QLatin1String RectificationRequired("rectification_required");
} // namespace AssessmentFields

// The value at a dotted key; undefined when a part of the path is missing.
QJsonValue value(const QJsonObject &root, QStringView key);
inline QJsonValue value(const QJsonObject &root, QLatin1String key)
{
    return value(root, QStringView(QString(key)));
}
// Sets the value at a dotted key, making the objects on the way.
void insert(QJsonObject &root, QStringView key, const QJsonValue &value);
inline void insert(QJsonObject &root, QLatin1String key, const QJsonValue &v)
{
    const QString k(key);
    insert(root, QStringView(k), v);
}

} // namespace ReportKeys
