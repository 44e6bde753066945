#include "models/reports/monthlyreport.h"

#include "models/database/database.h"
#include "models/database/binding.h"
#include "models/database/query.h"
#include "models/domain/gaterules.h"
#include "models/domain/inspection.h"
#include "models/domain/requesttimer.h"
#include "models/reports/assessment.h"
#include "models/reports/reportkeys.h"
#include "models/repositories/settingsrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {

QJsonValue rateValue(const std::optional<double> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

const auto instant = Binding::instantOrNull;

// A step done after the as-of instant had not happened yet at that instant.
QDateTime doneBy(const QVariant &value, const QDateTime &asOf)
{
    const QDateTime at = instant(value);
    return at.isValid() && at <= asOf ? at : QDateTime();
}

void add(OnTimeCount &count, OnTime value)
{
    switch (value) {
    case OnTime::Yes: ++count.onTime; break;
    case OnTime::No: ++count.late; break;
    case OnTime::Pending: ++count.pending; break;
    case OnTime::NotMeasured: break;
    }
}

// A complaint or an enquiry is measured against every limit its class has: late when any
// deadline was missed, on time when every one was met, pending otherwise.
OnTime combined(OnTime a, OnTime b)
{
    if (a == OnTime::No || b == OnTime::No)
        return OnTime::No;
    if (a == OnTime::Pending || b == OnTime::Pending)
        return OnTime::Pending;
    if (a == OnTime::Yes || b == OnTime::Yes)
        return OnTime::Yes;
    return OnTime::NotMeasured;
}

QString isoLocal(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? when.toTimeZone(zone).toString(Qt::ISODateWithMs).replace(QLatin1String(".000"), QString())
                          : QString();
}

QJsonObject onTimeJson(const OnTimeCount &c)
{
    namespace F = ReportKeys::OnTimeFields;
    return QJsonObject{{F::OnTime, c.onTime}, {F::Late, c.late}, {F::Pending, c.pending}};
}

QJsonObject satisfactionJson(const SatisfactionCount &s)
{
    namespace F = ReportKeys::SatisfactionFields;
    return QJsonObject{{F::Satisfied, s.satisfied},
                       {F::Basic, s.basic},
                       {F::Unsatisfied, s.unsatisfied},
                       {F::Answers, s.answers()},
                       {F::Rate, rateValue(s.rate())}};
}

void addAnswer(SatisfactionCount &s, const QString &code, qint64 n)
{
    if (code == QLatin1String("satisfied"))
        s.satisfied += n;
    else if (code == QLatin1String("basic"))
        s.basic += n;
    else if (code == QLatin1String("unsatisfied"))
        s.unsatisfied += n;
}

} // namespace

std::optional<double> OnTimeCount::rate() const
{
    const qint64 measured = onTime + late;
    if (measured == 0)
        return std::nullopt;
    return double(onTime) / double(measured);
}

std::optional<double> Ratio::rate() const
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<double> SatisfactionCount::rate() const
{
    if (answers() == 0)
        return std::nullopt;
    // In tenths, so that 0.6 is exact until the one division.
    return double(satisfied * 10 + basic * 6) / double(answers() * 10);
}

std::optional<double> SatisfactionCount::unsatisfiedShare() const
{
    if (answers() == 0)
        return std::nullopt;
    return double(unsatisfied) / double(answers());
}

SatisfactionCount &SatisfactionCount::operator+=(const SatisfactionCount &other)
{
    satisfied += other.satisfied;
    basic += other.basic;
    unsatisfied += other.unsatisfied;
    return *this;
}

std::optional<double> InspectionFigures::itemPassRate() const
{
    const qint64 measured = itemsPass + itemsFail;
    if (measured == 0)
        return std::nullopt;
    return double(itemsPass) / double(measured);
}

qint64 InspectionFigures::scheduled() const
{
    qint64 n = 0;
    for (const InspectionLevelRuns &l : levels)
        n += l.scheduled;
    return n;
}

qint64 InspectionFigures::done() const
{
    qint64 n = 0;
    for (const InspectionLevelRuns &l : levels)
        n += l.done;
    return n;
}

SatisfactionCount MonthlyFigures::satisfaction() const
{
    SatisfactionCount all = satisfactionCallbacks;
    all += satisfactionSurveys;
    return all;
}

QString MonthlyFigures::monthKey() const
{
    return MonthlyReport::monthKey(year, month);
}

QJsonObject MonthlyFigures::toJson() const
{
    namespace K = ReportKeys;
    QJsonObject root;
    K::insert(root, K::Month, monthKey());
    K::insert(root, K::AsOf, isoLocal(asOf, zone));
    K::insert(root, K::Estate, estate);
    K::insert(root, K::TimeZone, QString::fromUtf8(zone.id()));

    K::insert(root, K::RepairsReceived, repairsReceived);
    K::insert(root, K::RepairsCompleted, repairsCompleted);
    K::insert(root, K::RepairsArrivalOnTimeRate, rateValue(repairsArrival.rate()));
    K::insert(root, K::RepairsCompletionOnTimeRate, rateValue(repairsCompletion.rate()));
    K::insert(root, K::RepairsArrival, onTimeJson(repairsArrival));
    K::insert(root, K::RepairsCompletion, onTimeJson(repairsCompletion));

    auto ratioJson = [](const Ratio &r) {
        return QJsonObject{{K::CallbackFields::CalledBack, r.numerator}, {K::CallbackFields::Completed, r.denominator}};
    };
    K::insert(root, K::CallbacksRateRepairs, rateValue(callbacksRepairs.rate()));
    K::insert(root, K::CallbacksRateComplaints, rateValue(callbacksComplaints.rate()));
    K::insert(root, K::CallbacksRateMajorComplaints, rateValue(callbacksMajorComplaints.rate()));
    K::insert(root, K::CallbacksRepairs, ratioJson(callbacksRepairs));
    K::insert(root, K::CallbacksComplaints, ratioJson(callbacksComplaints));
    K::insert(root, K::CallbacksMajorComplaints, ratioJson(callbacksMajorComplaints));

    const SatisfactionCount all = satisfaction();
    K::insert(root, K::Satisfaction, satisfactionJson(all));
    K::insert(root, K::SatisfactionUnsatisfiedShare, rateValue(all.unsatisfiedShare()));
    K::insert(root, K::SatisfactionCallbacks, satisfactionJson(satisfactionCallbacks));
    K::insert(root, K::SatisfactionSurveys, satisfactionJson(satisfactionSurveys));

    QJsonObject received;
    for (auto it = complaintsReceived.cbegin(); it != complaintsReceived.cend(); ++it)
        received.insert(it.key(), it.value());
    qint64 complaintsTotal = 0;
    for (qint64 n : complaintsReceived)
        complaintsTotal += n;
    K::insert(root, K::ComplaintsReceived, received);
    K::insert(root, K::ComplaintsReceivedTotal, complaintsTotal);
    K::insert(root, K::ComplaintsMajor, complaintsMajor);
    K::insert(root, K::ComplaintsOnTimeRate, rateValue(complaintsOnTime.rate()));
    K::insert(root, K::ComplaintsOnTime, onTimeJson(complaintsOnTime));
    K::insert(root, K::EnquiriesReceived, enquiriesReceived);
    K::insert(root, K::EnquiriesOnTimeRate, rateValue(enquiriesOnTime.rate()));
    K::insert(root, K::EnquiriesOnTime, onTimeJson(enquiriesOnTime));

    QJsonArray overdueList;
    for (const OverdueItem &item : overdue) {
        namespace F = K::OverdueFields;
        overdueList.append(QJsonObject{{F::Kind, item.kind},
                                       {F::Number, item.number},
                                       {F::Reporter, item.reporter},
                                       {F::DeadlineKind, item.deadlineKind},
                                       {F::Deadline, isoLocal(item.deadline, zone)},
                                       {F::DoneAt, item.doneAt.isValid() ? QJsonValue(isoLocal(item.doneAt, zone))
                                                                         : QJsonValue(QJsonValue::Null)},
                                       {F::Responsible, item.responsible},
                                       {F::Assignee, item.assignee}});
    }
    K::insert(root, K::Overdue, overdueList);

    {
        const InspectionFigures &i = inspections;
        QJsonObject byLevel;
        for (const InspectionLevelRuns &l : i.levels) {
            namespace F = K::LevelFields;
            byLevel.insert(l.level, QJsonObject{{F::Holders, l.holders}, {F::Scheduled, l.scheduled}, {F::Done, l.done}});
        }
        QJsonArray findings;
        for (const InspectionFinding &n : i.findings) {
            namespace F = K::FindingFields;
            auto optionalTime = [this](const QDateTime &t) {
                return t.isValid() ? QJsonValue(isoLocal(t, zone)) : QJsonValue(QJsonValue::Null);
            };
            findings.append(QJsonObject{{F::Id, n.id},
                                        {F::FoundAt, isoLocal(n.foundAt, zone)},
                                        {F::Level, n.level},
                                        {F::Template, n.templateCode},
                                        {F::Item, n.item},
                                        {F::Area, n.area},
                                        {F::FoundBy, n.foundBy},
                                        {F::Responsible, n.responsible.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(n.responsible)},
                                        {F::Deadline, optionalTime(n.deadline)},
                                        {F::State, n.state},
                                        {F::Repeat, n.repeat},
                                        {F::ClosedAt, optionalTime(n.closedAt)}});
        }
        K::insert(root, K::InspectionsRunsScheduled, i.scheduled());
        K::insert(root, K::InspectionsRunsDone, i.done());
        K::insert(root, K::InspectionsRunsByLevel, byLevel);
        K::insert(root, K::InspectionsItemsPass, i.itemsPass);
        K::insert(root, K::InspectionsItemsFail, i.itemsFail);
        K::insert(root, K::InspectionsItemsNotApplicable, i.itemsNotApplicable);
        K::insert(root, K::InspectionsItemPassRate, rateValue(i.itemPassRate()));
        K::insert(root, K::InspectionsNcOpened, i.opened);
        K::insert(root, K::InspectionsNcFixedOnSpot, i.fixedOnSpot);
        K::insert(root, K::InspectionsNcRectifiedOnTime, i.rectification.onTime);
        K::insert(root, K::InspectionsNcRectifiedLate, i.rectification.late);
        K::insert(root, K::InspectionsNcRectificationPending, i.rectification.pending);
        K::insert(root, K::InspectionsNcRectifiedOnTimeRate, rateValue(i.rectification.rate()));
        K::insert(root, K::InspectionsNcStillOpen, i.stillOpen);
        K::insert(root, K::InspectionsNcOpenAtAsOf, i.openAtAsOf);
        K::insert(root, K::InspectionsNcRepeats, i.repeats);
        K::insert(root, K::InspectionsFindings, findings);
    }

    QJsonObject entries;
    qint64 entriesTotal = 0;
    for (auto it = gateVehicleEntries.cbegin(); it != gateVehicleEntries.cend(); ++it) {
        entries.insert(it.key(), it.value());
        entriesTotal += it.value();
    }
    K::insert(root, K::GateVisitors, gateVisitors);
    K::insert(root, K::GateRefusedVisitors, gateVisitorsRefused);
    K::insert(root, K::GateVehicleEntries, entries);
    K::insert(root, K::GateVehicleEntriesTotal, entriesTotal);
    K::insert(root, K::GateRefusedVehicles, gateVehiclesRefused);
    K::insert(root, K::GateBusiestHour, gateBusiestHour >= 0 ? QJsonValue(gateBusiestHour) : QJsonValue(QJsonValue::Null));
    K::insert(root, K::GateBusiestHourCount, gateBusiestHourCount);
    K::insert(root, K::ResidentsMoveIns, residentsMoveIns);
    K::insert(root, K::ResidentsMoveOuts, residentsMoveOuts);
    K::insert(root, K::ResidentsDecorationPermitsActive, residentsDecorationPermitsActive);

    fees.insertInto(root);

    if (assessment)
        K::insert(root, K::Assessment, MonthlyAssessment::toJson(*assessment));
    return root;
}

MonthlyReport::MonthlyReport(Database &db) : m_db(db) {}

Result<QPair<SatisfactionCount, SatisfactionCount>> MonthlyReport::satisfactionBetween(qint64 from, qint64 upTo) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT 'callback', c.attitude, COUNT(*) FROM request_callbacks c "
                      "JOIN requests r ON r.id = c.request_id "
                      "WHERE c.at >= :from1 AND c.at < :to1 AND c.attitude IS NOT NULL AND r.voided = 0 "
                      "GROUP BY c.attitude "
                      "UNION ALL "
                      "SELECT 'survey', answer, COUNT(*) FROM survey_answers "
                      "WHERE answered_at >= :from2 AND answered_at < :to2 AND voided = 0 GROUP BY answer"));
    q.bind(QStringLiteral(":from1"), from).bind(QStringLiteral(":to1"), upTo);
    q.bind(QStringLiteral(":from2"), from).bind(QStringLiteral(":to2"), upTo);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QPair<SatisfactionCount, SatisfactionCount> counts;
    while (q.next()) {
        SatisfactionCount &target = q.value(0).toString() == QLatin1String("callback") ? counts.first : counts.second;
        addAnswer(target, q.value(1).toString(), q.value(2).toLongLong());
    }
    return counts;
}

QStringList MonthlyReport::complaintClasses()
{
    return {QStringLiteral("attitude_ordinary"), QStringLiteral("attitude_serious"), QStringLiteral("engineering"),
            QStringLiteral("public_urgent"),     QStringLiteral("public_other"),     QStringLiteral("neighbour"),
            QStringLiteral("other")};
}

QString MonthlyReport::monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QDateTime MonthlyReport::monthStart(int year, int month, const QTimeZone &zone)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), zone).toUTC();
}

QDateTime MonthlyReport::monthEnd(int year, int month, const QTimeZone &zone)
{
    const QDate next = QDate(year, month, 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), zone).toUTC();
}

QDateTime MonthlyReport::defaultAsOf(int year, int month, const QTimeZone &zone) const
{
    const QDateTime now = m_db.clock().now().toUTC();
    const QDateTime end = monthEnd(year, month, zone);
    return now < end ? now : end;
}

Result<MonthlyFigures> MonthlyReport::compute(int year, int month, const QDateTime &asOfGiven) const
{
    if (year < 1970 || year > 9999 || month < 1 || month > 12)
        return Failure{tr("There is no month %1-%2.").arg(year).arg(month)};
    SettingsRepository settings(m_db);
    MonthlyFigures f;
    f.year = year;
    f.month = month;
    f.zone = settings.timeZone();
    f.estate = settings.estateName();
    f.asOf = (asOfGiven.isValid() ? asOfGiven : defaultAsOf(year, month, f.zone)).toUTC();

    const QDateTime start = monthStart(year, month, f.zone);
    const QDateTime end = monthEnd(year, month, f.zone);
    // Events "in M" are those of the month up to and including the as-of instant.
    const qint64 from = toStored(start);
    const qint64 upTo = qMin(toStored(end), toStored(f.asOf) + 1);
    const qint64 asOfMs = toStored(f.asOf);

    for (const QString &key : complaintClasses())
        f.complaintsReceived.insert(key, 0);
    for (const QString &key : GateRules::codes())
        f.gateVehicleEntries.insert(key, 0);

    // Requests registered in M: received counts and the on-time rates.
    {
        Query q(m_db, QStringLiteral(
                          "SELECT kind, class_key, major, arrival_deadline, arrived_at, completion_deadline, completed_at "
                          "FROM requests WHERE registered_at >= :from AND registered_at < :to AND voided = 0"));
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const QString classKey = q.value(1).toString();
            const bool major = q.value(2).toInt() != 0;
            const OnTime arrival = RequestTimer::onTime(instant(q.value(3)), doneBy(q.value(4), f.asOf), f.asOf);
            const OnTime completion = RequestTimer::onTime(instant(q.value(5)), doneBy(q.value(6), f.asOf), f.asOf);
            if (kind == QLatin1String("repair")) {
                ++f.repairsReceived;
                add(f.repairsArrival, arrival);
                add(f.repairsCompletion, completion);
            } else if (kind == QLatin1String("complaint")) {
                f.complaintsReceived[classKey] += 1;
                if (major)
                    ++f.complaintsMajor;
                add(f.complaintsOnTime, combined(arrival, completion));
            } else if (kind == QLatin1String("enquiry")) {
                ++f.enquiriesReceived;
                add(f.enquiriesOnTime, combined(arrival, completion));
            }
        }
    }

    // Requests completed in M, and how many of them have a callback recorded by A.
    {
        Query q(m_db, QStringLiteral(
                          "SELECT r.kind, r.major, COUNT(*), "
                          "SUM(CASE WHEN EXISTS (SELECT 1 FROM request_callbacks c WHERE c.request_id = r.id "
                          "AND c.at <= :asof) THEN 1 ELSE 0 END) "
                          "FROM requests r WHERE r.kind IN ('repair', 'complaint', 'enquiry') "
                          "AND r.completed_at >= :from AND r.completed_at < :to AND r.voided = 0 "
                          "GROUP BY r.kind, r.major"));
        q.bind(QStringLiteral(":asof"), asOfMs).bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const bool major = q.value(1).toInt() != 0;
            const qint64 completed = q.value(2).toLongLong();
            const qint64 calledBack = q.value(3).toLongLong();
            if (kind == QLatin1String("repair")) {
                f.repairsCompleted += completed;
                f.callbacksRepairs.numerator += calledBack;
                f.callbacksRepairs.denominator += completed;
            } else if (kind == QLatin1String("complaint")) {
                f.callbacksComplaints.numerator += calledBack;
                f.callbacksComplaints.denominator += completed;
                if (major) {
                    f.callbacksMajorComplaints.numerator += calledBack;
                    f.callbacksMajorComplaints.denominator += completed;
                }
            }
        }
    }

    // Satisfaction: callback attitudes and survey answers recorded in M.
    {
        const auto counted = satisfactionBetween(from, upTo);
        if (!counted)
            return Failure{counted.error()};
        f.satisfactionCallbacks = counted->first;
        f.satisfactionSurveys = counted->second;
    }

    // Deadlines of M missed by A: falling in M before A, and not met by their step.
    {
        const qint64 deadlineTo = qMin(toStored(end), asOfMs);
        Query q(m_db, QStringLiteral(
                          "SELECT 'arrival', kind, number, reporter_name, arrival_deadline, arrived_at, "
                          "registered_by_name, receiver_name FROM requests "
                          "WHERE arrival_deadline >= :from1 AND arrival_deadline < :to1 AND voided = 0 "
                          "AND (arrived_at IS NULL OR arrived_at > arrival_deadline) "
                          "UNION ALL "
                          "SELECT 'completion', kind, number, reporter_name, completion_deadline, completed_at, "
                          "registered_by_name, receiver_name FROM requests "
                          "WHERE completion_deadline >= :from2 AND completion_deadline < :to2 AND voided = 0 "
                          "AND (completed_at IS NULL OR completed_at > completion_deadline) "
                          "ORDER BY 5, 3"));
        q.bind(QStringLiteral(":from1"), from).bind(QStringLiteral(":to1"), deadlineTo);
        q.bind(QStringLiteral(":from2"), from).bind(QStringLiteral(":to2"), deadlineTo);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        while (q.next()) {
            OverdueItem item;
            item.deadlineKind = q.value(0).toString();
            item.kind = q.value(1).toString();
            item.number = q.value(2).toString();
            item.reporter = q.value(3).toString();
            item.deadline = instant(q.value(4));
            item.doneAt = doneBy(q.value(5), f.asOf);
            item.responsible = q.value(6).toString();
            item.assignee = q.value(7).toString();
            f.overdue << item;
        }
    }

    // The gate: visitors, refusals, vehicle entries by category.
    {
        Query q(m_db, QStringLiteral(
                          "SELECT 'visitor', status, COUNT(*) FROM visitors "
                          "WHERE occurred_at >= :from1 AND occurred_at < :to1 AND voided = 0 GROUP BY status "
                          "UNION ALL "
                          "SELECT decision, category, COUNT(*) FROM vehicle_events "
                          "WHERE occurred_at >= :from2 AND occurred_at < :to2 AND voided = 0 "
                          "AND (direction = 'in' OR decision = 'refused') GROUP BY decision, category"));
        q.bind(QStringLiteral(":from1"), from).bind(QStringLiteral(":to1"), upTo);
        q.bind(QStringLiteral(":from2"), from).bind(QStringLiteral(":to2"), upTo);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        while (q.next()) {
            const QString group = q.value(0).toString();
            const QString key = q.value(1).toString();
            const qint64 n = q.value(2).toLongLong();
            if (group == QLatin1String("visitor")) {
                if (key == QLatin1String("refused"))
                    f.gateVisitorsRefused += n;
                else
                    f.gateVisitors += n;
            } else if (group == QLatin1String("refused")) {
                f.gateVehiclesRefused += n;
            } else {
                f.gateVehicleEntries[key] += n;
            }
        }
    }

    // The busiest local hour of the day: vehicles let in and visitors, counted per hour in SQL
    // with the zone's offset bound as a value (split where the offset changes within the month).
    {
        QList<qint64> perHour(24, 0);
        QList<QPair<qint64, qint64>> segments; // [from, to) with one offset
        qint64 segmentStart = from;
        for (const QTimeZone::OffsetData &t : f.zone.transitions(start, end)) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at > segmentStart && at < upTo) {
                segments.append({segmentStart, at});
                segmentStart = at;
            }
        }
        if (segmentStart < upTo)
            segments.append({segmentStart, upTo});
        for (const auto &[segFrom, segTo] : segments) {
            const qint64 offsetMs = qint64(f.zone.offsetFromUtc(fromStored(segFrom))) * 1000;
            Query q(m_db, QStringLiteral(
                              "SELECT h, COUNT(*) FROM ("
                              "SELECT ((occurred_at + :off1) / 3600000) % 24 AS h FROM vehicle_events "
                              "WHERE occurred_at >= :from1 AND occurred_at < :to1 AND voided = 0 "
                              "AND direction = 'in' AND decision = 'passed' "
                              "UNION ALL "
                              "SELECT ((occurred_at + :off2) / 3600000) % 24 AS h FROM visitors "
                              "WHERE occurred_at >= :from2 AND occurred_at < :to2 AND voided = 0 "
                              "AND status <> 'refused') t GROUP BY h"));
            q.bind(QStringLiteral(":off1"), offsetMs).bind(QStringLiteral(":off2"), offsetMs);
            q.bind(QStringLiteral(":from1"), segFrom).bind(QStringLiteral(":to1"), segTo);
            q.bind(QStringLiteral(":from2"), segFrom).bind(QStringLiteral(":to2"), segTo);
            if (Status s = q.exec(); !s)
                return Failure{s.error()};
            while (q.next()) {
                const int hour = int(q.value(0).toLongLong());
                if (hour >= 0 && hour < 24)
                    perHour[hour] += q.value(1).toLongLong();
            }
        }
        for (int h = 0; h < 24; ++h) {
            if (perHour.at(h) > f.gateBusiestHourCount) {
                f.gateBusiestHourCount = perHour.at(h);
                f.gateBusiestHour = h;
            }
        }
    }

    // Residents: links starting and ending in M (dates are local calendar dates), and the
    // decoration permits whose period overlaps M.
    {
        const QDate first(year, month, 1);
        const QDate lastCounted = qMin(first.addMonths(1).addDays(-1), f.asOf.toTimeZone(f.zone).date());
        const QString d1 = first.toString(Qt::ISODate);
        const QString d2 = lastCounted.toString(Qt::ISODate);
        Query q(m_db, QStringLiteral(
                          "SELECT (SELECT COUNT(*) FROM resident_houses WHERE start_date >= :a1 AND start_date <= :b1), "
                          "(SELECT COUNT(*) FROM resident_houses WHERE end_date >= :a2 AND end_date <= :b2), "
                          "(SELECT COUNT(*) FROM decoration_permits WHERE end_date >= :a3 AND start_date <= :b3 "
                          "AND voided = 0)"));
        q.bind(QStringLiteral(":a1"), d1).bind(QStringLiteral(":b1"), d2);
        q.bind(QStringLiteral(":a2"), d1).bind(QStringLiteral(":b2"), d2);
        q.bind(QStringLiteral(":a3"), d1).bind(QStringLiteral(":b3"), d2);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.next()) {
            f.residentsMoveIns = q.value(0).toLongLong();
            f.residentsMoveOuts = q.value(1).toLongLong();
            f.residentsDecorationPermitsActive = q.value(2).toLongLong();
        }
    }

    if (Status s = computeInspections(f, from, upTo); !s)
        return Failure{s.error()};

    auto fees = FeeFigures::compute(m_db, start, end, f.asOf, f.zone);
    if (!fees)
        return Failure{fees.error()};
    f.fees = fees.value();

    auto assessed = MonthlyAssessment(m_db).assess(year, month, f.satisfaction());
    if (!assessed)
        return Failure{assessed.error()};
    f.assessment = assessed.value();
    return f;
}

Status MonthlyReport::computeInspections(MonthlyFigures &f, qint64 from, qint64 upTo) const
{
    InspectionFigures &insp = f.inspections;
    const qint64 asOfMs = toStored(f.asOf);
    const qint64 periodEnd = qMin(toStored(monthEnd(f.year, f.month, f.zone)), asOfMs);

    // The levels, most senior first.
    QHash<QString, int> levelIndex;
    {
        Query q(m_db, QStringLiteral("SELECT code, rank, interval_minutes FROM inspection_levels ORDER BY rank DESC"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            InspectionLevelRuns l;
            l.level = q.value(0).toString();
            l.rank = q.value(1).toInt();
            l.intervalMinutes = q.value(2).toInt();
            levelIndex.insert(l.level, int(insp.levels.size()));
            insp.levels << l;
        }
    }

    // Scheduled: each assignment asks for one run per interval over the part of [start of M, A]
    // it was held (from its creation; a deactivated one until its last change), rounded to the
    // nearest whole run. The assignments are a short table: read whole.
    {
        Query q(m_db, QStringLiteral("SELECT user_id, level_code, created_at, active, updated_at "
                                     "FROM inspection_assignments WHERE created_at < :to"));
        q.bind(QStringLiteral(":to"), periodEnd);
        if (Status s = q.exec(); !s)
            return s;
        QHash<QString, QSet<qint64>> holders;
        while (q.next()) {
            const auto it = levelIndex.constFind(q.value(1).toString());
            if (it == levelIndex.cend())
                continue;
            InspectionLevelRuns &l = insp.levels[it.value()];
            const qint64 begin = qMax(from, q.value(2).toLongLong());
            const qint64 stop = q.value(3).toInt() != 0 ? periodEnd : qMin(periodEnd, q.value(4).toLongLong());
            if (stop <= begin || l.intervalMinutes <= 0)
                continue;
            const qint64 interval = qint64(l.intervalMinutes) * 60 * 1000;
            l.scheduled += (stop - begin + interval / 2) / interval;
            holders[l.level].insert(q.value(0).toLongLong());
        }
        for (InspectionLevelRuns &l : insp.levels)
            l.holders = holders.value(l.level).size();
    }

    // Done: runs finished in M, at their level.
    {
        Query q(m_db, QStringLiteral("SELECT level_code, COUNT(*) FROM inspection_runs "
                                     "WHERE finished_at >= :from AND finished_at < :to AND state = 'finished' "
                                     "GROUP BY level_code"));
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const auto it = levelIndex.constFind(q.value(0).toString());
            if (it != levelIndex.cend())
                insp.levels[it.value()].done += q.value(1).toLongLong();
        }
    }

    // Items of the runs finished in M, with the corrections recorded by A (the latest counts).
    {
        auto tally = [&insp](const QString &verdict, qint64 n) {
            if (verdict == QLatin1String("pass"))
                insp.itemsPass += n;
            else if (verdict == QLatin1String("fail"))
                insp.itemsFail += n;
            else if (verdict == QLatin1String("na"))
                insp.itemsNotApplicable += n;
        };
        Query q(m_db, QStringLiteral("SELECT res.verdict, COUNT(*) FROM inspection_results res "
                                     "JOIN inspection_runs r ON r.id = res.run_id "
                                     "WHERE r.finished_at >= :from AND r.finished_at < :to AND r.state = 'finished' "
                                     "AND res.verdict IS NOT NULL GROUP BY res.verdict"));
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            tally(q.value(0).toString(), q.value(1).toLongLong());

        Query c(m_db, QStringLiteral("SELECT c.run_id, c.item_id, c.verdict, COALESCE(res.verdict, '') "
                                     "FROM inspection_corrections c JOIN inspection_runs r ON r.id = c.run_id "
                                     "LEFT JOIN inspection_results res ON res.run_id = c.run_id AND res.item_id = c.item_id "
                                     "WHERE r.finished_at >= :from AND r.finished_at < :to AND r.state = 'finished' "
                                     "AND c.at <= :asof ORDER BY c.at, c.id"));
        c.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo).bind(QStringLiteral(":asof"), asOfMs);
        if (Status s = c.exec(); !s)
            return s;
        QMap<QPair<qint64, qint64>, QPair<QString, QString>> corrected; // (run, item) -> (original, latest)
        while (c.next()) {
            const QPair<qint64, qint64> key{c.value(0).toLongLong(), c.value(1).toLongLong()};
            auto it = corrected.find(key);
            if (it == corrected.end())
                corrected.insert(key, {c.value(3).toString(), c.value(2).toString()});
            else
                it->second = c.value(2).toString();
        }
        for (const auto &[original, latest] : std::as_const(corrected)) {
            tally(original, -1);
            tally(latest, 1);
        }
    }

    // Non-conformities found in M, as they stood at A.
    {
        Query q(m_db, QStringLiteral(
                          "SELECT n.id, n.found_at, n.level_code, n.template_code, i.text, n.area, n.found_by_name, "
                          "COALESCE(n.responsible_name, ''), n.deadline, n.state, n.repeat_of_id, n.closed_at "
                          "FROM non_conformities n JOIN inspection_template_items i ON i.id = n.item_id "
                          "WHERE n.found_at >= :from AND n.found_at < :to ORDER BY n.found_at, n.id"));
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            InspectionFinding n;
            n.id = q.value(0).toLongLong();
            n.foundAt = instant(q.value(1));
            n.level = q.value(2).toString();
            n.templateCode = q.value(3).toString();
            n.item = q.value(4).toString();
            n.area = q.value(5).toString();
            n.foundBy = q.value(6).toString();
            n.responsible = q.value(7).toString();
            n.deadline = instant(q.value(8));
            const QString stored = q.value(9).toString();
            n.repeat = !q.value(10).isNull();
            n.closedAt = doneBy(q.value(11), f.asOf);
            // A closing after A had not happened yet at A.
            const bool closedStored = stored == QLatin1String("closed") || stored == QLatin1String("fixed_on_spot");
            if (n.closedAt.isValid())
                n.state = stored;
            else if (closedStored)
                n.state = n.deadline.isValid() ? QStringLiteral("rectifying") : QStringLiteral("open");
            else
                n.state = stored;

            ++insp.opened;
            if (n.repeat)
                ++insp.repeats;
            if (!n.closedAt.isValid())
                ++insp.stillOpen;
            else if (n.state == QLatin1String("fixed_on_spot"))
                ++insp.fixedOnSpot;
            if (n.deadline.isValid())
                add(insp.rectification, RequestTimer::onTime(n.deadline, n.closedAt, f.asOf));
            insp.findings << n;
        }
    }

    // Every non-conformity open at A, whichever month found it: still open now, or closed after A.
    {
        Query q(m_db, QStringLiteral(
                          "SELECT (SELECT COUNT(*) FROM non_conformities WHERE state IN ('open', 'rectifying', "
                          "'sent_back') AND found_at <= :a1), "
                          "(SELECT COUNT(*) FROM non_conformities WHERE closed_at > :a2 AND found_at <= :a3)"));
        q.bind(QStringLiteral(":a1"), asOfMs).bind(QStringLiteral(":a2"), asOfMs).bind(QStringLiteral(":a3"), asOfMs);
        if (Status s = q.exec(); !s)
            return s;
        if (q.next())
            insp.openAtAsOf = q.value(0).toLongLong() + q.value(1).toLongLong();
    }
    return {};
}
