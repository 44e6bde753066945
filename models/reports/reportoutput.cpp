#include "models/reports/reportoutput.h"

#include "models/domain/formats.h"
#include "models/domain/gaterules.h"
#include "models/domain/inspection.h"
#include "models/domain/money.h"
#include "models/domain/servicerequest.h"
#include "models/io/exportfile.h"
#include "models/reports/assessment.h"
#include "models/reports/reportkeys.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>


namespace {

QJsonValue at(const QJsonObject &root, QLatin1String key)
{
    return ReportKeys::value(root, key);
}

QJsonValue at(const QJsonObject &root, const QString &key)
{
    return ReportKeys::value(root, key);
}

const auto esc = Html::escape;

QString htmlTable(const ReportTable &table)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(table.title));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < table.header.size(); ++c) {
        // Widths given by the table (a findings table's item column wide, its times narrow);
        // otherwise the columns share the page as their content asks.
        const QString width = c < table.printWidths.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(table.printWidths.at(c))
                                  : QString();
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\"%1>%2</th>").arg(width, esc(table.header.at(c)));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString monthTitle(const QString &key)
{
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? ReportOutput::tr("%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0')) : key;
}

QString count(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : QStringLiteral("—");
}

const QString kNone = QStringLiteral("—");

SheetCell countCell(const QJsonValue &v)
{
    return v.isDouble() ? SheetCell::integer(qint64(v.toDouble())) : SheetCell::of(kNone);
}

SheetCell valueCell(const QJsonValue &v, bool isRate)
{
    if (!v.isDouble())
        return SheetCell::of(kNone);
    return isRate ? SheetCell::percent(v.toDouble()) : SheetCell::integer(qint64(v.toDouble()));
}

// A time as the report holds it (ISO 8601 with the estate's offset), as that wall-clock time.
SheetCell timeCell(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? SheetCell::instant(t) : SheetCell::of(kNone);
}

SheetCell pointsCell(const QJsonValue &v)
{
    return v.isDouble() ? SheetCell::real(v.toDouble(), 1) : SheetCell::of(kNone);
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? iso.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : QStringLiteral("—");
}

QString kindName(const QString &code)
{
    if (const auto kind = RequestCodes::kindFromCode(code))
        return RequestCodes::displayName(*kind);
    return code;
}

QString complaintClassName(const QString &key)
{
    if (key == QLatin1String("attitude_ordinary"))
        return ReportOutput::tr("Service attitude, ordinary");
    if (key == QLatin1String("attitude_serious"))
        return ReportOutput::tr("Service attitude, serious");
    if (key == QLatin1String("engineering"))
        return ReportOutput::tr("Engineering repair");
    if (key == QLatin1String("public_urgent"))
        return ReportOutput::tr("Public area, urgent");
    if (key == QLatin1String("public_other"))
        return ReportOutput::tr("Public area, other");
    if (key == QLatin1String("neighbour"))
        return ReportOutput::tr("Neighbour behaviour");
    if (key == QLatin1String("other"))
        return ReportOutput::tr("Other");
    return key;
}

QString levelName(const QString &code)
{
    return InspectionCodes::levelName(code);
}

} // namespace

QStringList ReportOutput::inspectionKeys()
{
    return {ReportKeys::InspectionsRunsScheduled,
            ReportKeys::InspectionsRunsDone,
            ReportKeys::InspectionsItemPassRate,
            ReportKeys::InspectionsNcOpened,
            ReportKeys::InspectionsNcRectifiedOnTimeRate,
            ReportKeys::InspectionsNcStillOpen,
            ReportKeys::InspectionsNcRepeats};
}

QList<ReportTable> ReportOutput::inspectionTables(const QJsonObject &f)
{
    namespace FindingFields = ReportKeys::FindingFields;
    namespace LevelFields = ReportKeys::LevelFields;
    QList<ReportTable> tables;
    ReportTable kpi{tr("Inspection findings"), {tr("Figure"), tr("Value")}, {}};
    const QJsonValue insp = f.value(ReportKeys::Inspections);
    if (!insp.isObject()) {
        // A month closed before inspections were reported.
        kpi.addText(QStringList{tr("Inspections were not reported for this month"), QStringLiteral("—")});
        tables << kpi;
        return tables;
    }
    auto row = [&](QLatin1String key, bool isRate) {
        kpi.add({SheetCell::of(kpiName(key)), valueCell(at(f, key), isRate)});
    };
    const QJsonObject byLevel = at(f, ReportKeys::InspectionsRunsByLevel).toObject();
    for (const QString &code : InspectionCodes::levelCodes()) {
        const QJsonObject l = byLevel.value(code).toObject();
        // A level nobody held and nobody ran at is left off the paper (it stays in the JSON).
        if (l.isEmpty() || (l.value(LevelFields::Holders).toInt() == 0 && l.value(LevelFields::Done).toInt() == 0))
            continue;
        kpi.addText(QStringList{tr("Runs done / scheduled: %1 (%n holder(s))", nullptr,
                                   l.value(LevelFields::Holders).toInt())
                                    .arg(levelName(code)),
                                tr("%1 / %2").arg(count(l.value(LevelFields::Done)),
                                                  count(l.value(LevelFields::Scheduled)))});
    }
    kpi.addText(QStringList{tr("Runs done / scheduled: all levels"),
                            tr("%1 / %2").arg(count(at(f, ReportKeys::InspectionsRunsDone)),
                                              count(at(f, ReportKeys::InspectionsRunsScheduled)))});
    row(ReportKeys::InspectionsItemsPass, false);
    row(ReportKeys::InspectionsItemsFail, false);
    row(ReportKeys::InspectionsItemsNotApplicable, false);
    row(ReportKeys::InspectionsItemPassRate, true);
    row(ReportKeys::InspectionsNcOpened, false);
    row(ReportKeys::InspectionsNcFixedOnSpot, false);
    row(ReportKeys::InspectionsNcRectifiedOnTime, false);
    row(ReportKeys::InspectionsNcRectifiedLate, false);
    row(ReportKeys::InspectionsNcRectificationPending, false);
    row(ReportKeys::InspectionsNcRectifiedOnTimeRate, true);
    row(ReportKeys::InspectionsNcStillOpen, false);
    row(ReportKeys::InspectionsNcRepeats, false);
    row(ReportKeys::InspectionsNcOpenAtAsOf, false);
    tables << kpi;

    ReportTable list{kpiName(ReportKeys::InspectionsFindings),
                     {tr("Found"), tr("Level"), tr("Item"), tr("Area"), tr("Responsible"), tr("Deadline"), tr("State")},
                     {}};
    // The item says what was wrong: it gets the room, the two times just theirs.
    list.printWidths = {13, 9, 32, 13, 9, 13, 11};
    const QJsonArray findings = at(f, ReportKeys::InspectionsFindings).toArray();
    const int shown = qMin(int(findings.size()), maxFindingsPrinted());
    for (int i = 0; i < shown; ++i) {
        const QJsonObject o = findings.at(i).toObject();
        const QJsonValue responsible = o.value(FindingFields::Responsible);
        const QJsonValue deadline = o.value(FindingFields::Deadline);
        QString state = InspectionCodes::displayName(InspectionCodes::ncStateFrom(o.value(FindingFields::State).toString()));
        if (o.value(FindingFields::Repeat).toBool())
            state += tr(" (repeat)");
        list.add({timeCell(o.value(FindingFields::FoundAt).toString()),
                  SheetCell::of(levelName(o.value(FindingFields::Level).toString())),
                  SheetCell::of(o.value(FindingFields::Item).toString()),
                  SheetCell::of(o.value(FindingFields::Area).toString()),
                  SheetCell::of(responsible.isString() ? responsible.toString() : tr("not assigned")),
                  deadline.isString() ? timeCell(deadline.toString()) : SheetCell::of(kNone),
                  SheetCell::of(state)});
    }
    if (findings.size() > shown)
        list.addText(QStringList{tr("… and %n more", nullptr, int(findings.size()) - shown), QString(), QString(),
                                 QString(), QString(), QString(), QString()});
    if (list.rows.isEmpty())
        list.addText(QStringList{tr("None"), QString(), QString(), QString(), QString(), QString(), QString()});
    tables << list;
    return tables;
}

QStringList ReportOutput::feeKeys()
{
    return {ReportKeys::FeesBilledFen,          ReportKeys::FeesCollectedOnBillsFen,    ReportKeys::FeesCollectionRate,
            ReportKeys::FeesReceivedFen,        ReportKeys::FeesArrearsAtMonthStartFen, ReportKeys::FeesArrearsRecoveredFen,
            ReportKeys::FeesArrearsRecoveryRate, ReportKeys::FeesArrearsOutstandingFen, ReportKeys::FeesHousesInArrears,
            ReportKeys::FeesAgeing1To30,        ReportKeys::FeesAgeing31To90,           ReportKeys::FeesAgeing91To180,
            ReportKeys::FeesAgeing181To365,     ReportKeys::FeesAgeingOver365};
}

SheetCell ReportOutput::feeCell(const QJsonValue &value, const QString &key)
{
    if (key.endsWith(QLatin1String("_rate")))
        return valueCell(value, true);
    if (!value.isDouble())
        return SheetCell::of(kNone);
    if (key == QLatin1String(ReportKeys::FeesHousesInArrears))
        return SheetCell::integer(qint64(value.toDouble()));
    return SheetCell::money(qint64(value.toDouble()));
}

QString ReportOutput::feeValue(const QJsonValue &value, const QString &key)
{
    if (key.endsWith(QLatin1String("_rate")))
        return formatValue(value, true);
    if (!value.isDouble())
        return QStringLiteral("—");
    if (key == QLatin1String(ReportKeys::FeesHousesInArrears))
        return QString::number(qint64(value.toDouble()));
    return Money::formatYuan(qint64(value.toDouble()));
}

QStringList ReportOutput::chartNames()
{
    return {QStringLiteral("chart:requests"), QStringLiteral("chart:ontime"), QStringLiteral("chart:satisfaction")};
}

QString ReportOutput::formatValue(const QJsonValue &value, bool isRate)
{
    if (!value.isDouble())
        return QStringLiteral("—");
    if (isRate)
        return QStringLiteral("%1%").arg(QString::number(value.toDouble() * 100.0, 'f', 1));
    return QString::number(qint64(value.toDouble()));
}

QString ReportOutput::kpiName(const QString &key)
{
    static const QMap<QString, const char *> names{
        {ReportKeys::RepairsReceived, QT_TR_NOOP("Repairs received")},
        {ReportKeys::RepairsCompleted, QT_TR_NOOP("Repairs completed")},
        {ReportKeys::RepairsArrivalOnTimeRate, QT_TR_NOOP("Repairs: arrival on time")},
        {ReportKeys::RepairsCompletionOnTimeRate, QT_TR_NOOP("Repairs: completed on time")},
        {ReportKeys::CallbacksRateRepairs, QT_TR_NOOP("Callback rate, repairs")},
        {ReportKeys::CallbacksRateComplaints, QT_TR_NOOP("Callback rate, complaints")},
        {ReportKeys::CallbacksRateMajorComplaints, QT_TR_NOOP("Callback rate, major complaints")},
        {ReportKeys::SatisfactionRate, QT_TR_NOOP("Satisfaction rate")},
        {ReportKeys::SatisfactionAnswers, QT_TR_NOOP("Satisfaction answers")},
        {ReportKeys::ComplaintsReceivedTotal, QT_TR_NOOP("Complaints received")},
        {ReportKeys::ComplaintsMajor, QT_TR_NOOP("Major complaints")},
        {ReportKeys::ComplaintsOnTimeRate, QT_TR_NOOP("Complaints handled on time")},
        {ReportKeys::EnquiriesReceived, QT_TR_NOOP("Enquiries received")},
        {ReportKeys::EnquiriesOnTimeRate, QT_TR_NOOP("Enquiries answered on time")},
        {ReportKeys::GateVisitors, QT_TR_NOOP("Visitors")},
        {ReportKeys::GateRefusedVisitors, QT_TR_NOOP("Visitors refused")},
        {ReportKeys::GateVehicleEntriesTotal, QT_TR_NOOP("Vehicle entries")},
        {ReportKeys::GateRefusedVehicles, QT_TR_NOOP("Vehicles refused")},
        {ReportKeys::ResidentsMoveIns, QT_TR_NOOP("Move-ins")},
        {ReportKeys::ResidentsMoveOuts, QT_TR_NOOP("Move-outs")},
        {ReportKeys::ResidentsDecorationPermitsActive, QT_TR_NOOP("Active decoration permits")},
        {ReportKeys::FeesBilledFen, QT_TR_NOOP("Fees billed (due in the month)")},
        {ReportKeys::FeesCollectedOnBillsFen, QT_TR_NOOP("Of those, collected")},
        {ReportKeys::FeesCollectionRate, QT_TR_NOOP("Collection rate")},
        {ReportKeys::FeesReceivedFen, QT_TR_NOOP("Fees received in the month")},
        {ReportKeys::FeesArrearsAtMonthStartFen, QT_TR_NOOP("Arrears at the start of the month")},
        {ReportKeys::FeesArrearsRecoveredFen, QT_TR_NOOP("Arrears recovered")},
        {ReportKeys::FeesArrearsRecoveryRate, QT_TR_NOOP("Arrears recovery rate")},
        {ReportKeys::FeesArrearsOutstandingFen, QT_TR_NOOP("Arrears outstanding")},
        {ReportKeys::FeesHousesInArrears, QT_TR_NOOP("Houses in arrears")},
        {ReportKeys::FeesAgeing1To30, QT_TR_NOOP("Arrears 1–30 days")},
        {ReportKeys::FeesAgeing31To90, QT_TR_NOOP("Arrears 31–90 days")},
        {ReportKeys::FeesAgeing91To180, QT_TR_NOOP("Arrears 91–180 days")},
        {ReportKeys::FeesAgeing181To365, QT_TR_NOOP("Arrears 181–365 days")},
        {ReportKeys::FeesAgeingOver365, QT_TR_NOOP("Arrears over 365 days")},
        {ReportKeys::Overdue, QT_TR_NOOP("Requests past a deadline")},
        {ReportKeys::InspectionsRunsScheduled, QT_TR_NOOP("Inspection runs scheduled")},
        {ReportKeys::InspectionsRunsDone, QT_TR_NOOP("Inspection runs done")},
        {ReportKeys::InspectionsItemsPass, QT_TR_NOOP("Checklist items passed")},
        {ReportKeys::InspectionsItemsFail, QT_TR_NOOP("Checklist items failed")},
        {ReportKeys::InspectionsItemsNotApplicable, QT_TR_NOOP("Checklist items not applicable")},
        {ReportKeys::InspectionsItemPassRate, QT_TR_NOOP("Item pass rate")},
        {ReportKeys::InspectionsNcOpened, QT_TR_NOOP("Non-conformities found")},
        {ReportKeys::InspectionsNcFixedOnSpot, QT_TR_NOOP("Non-conformities fixed on the spot")},
        {ReportKeys::InspectionsNcRectifiedOnTime, QT_TR_NOOP("Rectified on time")},
        {ReportKeys::InspectionsNcRectifiedLate, QT_TR_NOOP("Rectified late or overdue")},
        {ReportKeys::InspectionsNcRectificationPending,
         QT_TR_NOOP("Rectifications not yet due")},
        {ReportKeys::InspectionsNcRectifiedOnTimeRate,
         QT_TR_NOOP("Rectification on-time rate")},
        {ReportKeys::InspectionsNcStillOpen, QT_TR_NOOP("Found this month, still open")},
        {ReportKeys::InspectionsNcOpenAtAsOf, QT_TR_NOOP("Open non-conformities, all months")},
        {ReportKeys::InspectionsNcRepeats, QT_TR_NOOP("Repeat non-conformities")},
        {ReportKeys::InspectionsFindings, QT_TR_NOOP("Non-conformities of the month")},
    };
    const auto it = names.constFind(key);
    if (it != names.cend())
        return tr(it.value());
    // inspections.runs.by_level.<level>.<figure>, as named in a late-edit note.
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() == 5 && key.startsWith(QString(ReportKeys::InspectionsRunsByLevel) + QLatin1Char('.'))) {
        const QString level = InspectionCodes::levelName(parts.at(3));
        if (parts.at(4) == ReportKeys::LevelFields::Scheduled)
            return tr("Inspection runs scheduled: %1").arg(level);
        if (parts.at(4) == ReportKeys::LevelFields::Done)
            return tr("Inspection runs done: %1").arg(level);
        if (parts.at(4) == ReportKeys::LevelFields::Holders)
            return tr("People holding the level: %1").arg(level);
    }
    return key;
}

QList<KpiLine> ReportOutput::kpis(const QJsonObject &figures)
{
    // Targets: SPEC 3.2 allows no limit to be exceeded without an approved extension (100 %);
    // callbacks at least 50 %, of major complaints 100 %; satisfaction at least 90 % (SPEC 6.1).
    struct Def
    {
        QLatin1String key;
        bool rate;
        double target; // < 0: none
    };
    static constexpr Def defs[] = {
        {ReportKeys::RepairsReceived, false, -1},
        {ReportKeys::RepairsCompleted, false, -1},
        {ReportKeys::RepairsArrivalOnTimeRate, true, 1.0},
        {ReportKeys::RepairsCompletionOnTimeRate, true, 1.0},
        {ReportKeys::CallbacksRateRepairs, true, 0.5},
        {ReportKeys::CallbacksRateComplaints, true, 0.5},
        {ReportKeys::CallbacksRateMajorComplaints, true, 1.0},
        {ReportKeys::SatisfactionRate, true, 0.9},
        {ReportKeys::SatisfactionAnswers, false, -1},
        {ReportKeys::ComplaintsReceivedTotal, false, -1},
        {ReportKeys::ComplaintsMajor, false, -1},
        {ReportKeys::ComplaintsOnTimeRate, true, 1.0},
        {ReportKeys::EnquiriesReceived, false, -1},
        {ReportKeys::EnquiriesOnTimeRate, true, 1.0},
    };
    QList<KpiLine> lines;
    for (const Def &d : defs) {
        KpiLine line;
        line.key = d.key;
        line.name = kpiName(line.key);
        line.value = at(figures, line.key);
        line.isRate = d.rate;
        if (d.target >= 0) {
            line.target = d.target;
            if (line.value.isDouble())
                line.met = line.value.toDouble() + 1e-9 >= d.target;
        }
        lines << line;
    }
    return lines;
}

QList<ReportTable> ReportOutput::monthlyTables(const ReportDocument &doc)
{
    const QJsonObject &f = doc.figures;
    QList<ReportTable> tables;

    ReportTable kpi{tr("Key figures against targets"), {tr("Figure"), tr("Value"), tr("Target"), tr("Result")}, {}};
    for (const KpiLine &line : kpis(f)) {
        const QString target = line.target ? tr("≥ %1%").arg(QString::number(*line.target * 100, 'f', 0)) : QString();
        const QString result = !line.target ? QString() : !line.met ? QStringLiteral("—")
                                                          : *line.met ? tr("✔ met") : tr("✘ not met");
        kpi.add({SheetCell::of(line.name), valueCell(line.value, line.isRate), SheetCell::of(target),
                 SheetCell::of(result)});
    }
    tables << kpi;

    ReportTable complaints{tr("Complaints by type"), {tr("Type"), tr("Received")}, {}};
    const QJsonObject received = at(f, ReportKeys::ComplaintsReceived).toObject();
    for (auto it = received.begin(); it != received.end(); ++it)
        complaints.add({SheetCell::of(complaintClassName(it.key())), countCell(it.value())});
    tables << complaints;

    // The requests of the page's list: a deadline of the month passed with the step not done,
    // whether it was done late since or is still open; headed as the service desk heads them.
    ReportTable overdue{overdueTitle(),
                        {tr("Kind"), tr("Number"), tr("Reporter"), tr("Deadline missed"), tr("Due by"), tr("Done"),
                         tr("First responder"), tr("Assignee")},
                        {}};
    for (const QJsonValue &v : f.value(ReportKeys::Overdue).toArray()) {
        namespace F = ReportKeys::OverdueFields;
        const QJsonObject o = v.toObject();
        const bool arrival = o.value(F::DeadlineKind).toString() == F::ArrivalDeadline;
        overdue.add({SheetCell::of(kindName(o.value(F::Kind).toString())),
                     SheetCell::of(o.value(F::Number).toString()),
                     SheetCell::of(o.value(F::Reporter).toString()),
                     SheetCell::of(arrival ? tr("Arrival") : tr("Completion")),
                     timeCell(o.value(F::Deadline).toString()),
                     o.value(F::DoneAt).isString() ? timeCell(o.value(F::DoneAt).toString()) : SheetCell::of(tr("not yet")),
                     SheetCell::of(o.value(F::Responsible).toString()),
                     SheetCell::of(o.value(F::Assignee).toString())});
    }
    if (overdue.rows.isEmpty())
        overdue.addText(QStringList{tr("None"), QString(), QString(), QString(), QString(), QString(), QString(), QString()});
    tables << overdue;

    tables << inspectionTables(f);

    ReportTable gate{tr("Gate statistics"), {tr("Figure"), tr("Value")}, {}};
    for (QLatin1String key : {ReportKeys::GateVisitors, ReportKeys::GateRefusedVisitors, ReportKeys::GateVehicleEntriesTotal,
                              ReportKeys::GateRefusedVehicles})
        gate.add({SheetCell::of(kpiName(key)), countCell(at(f, key))});
    const QJsonObject entries = at(f, ReportKeys::GateVehicleEntries).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const auto category = GateRules::fromCode(it.key());
        gate.add({SheetCell::of(tr("Vehicle entries: %1").arg(category ? GateRules::displayName(*category) : it.key())),
                  countCell(it.value())});
    }
    const QJsonValue hour = at(f, ReportKeys::GateBusiestHour);
    gate.addText(QStringList{tr("Busiest hour"),
                             hour.isDouble() ? tr("%1:00–%2:00 (%3)")
                                                   .arg(int(hour.toDouble()), 2, 10, QLatin1Char('0'))
                                                   .arg(int(hour.toDouble()) + 1, 2, 10, QLatin1Char('0'))
                                                   .arg(count(at(f, ReportKeys::GateBusiestHourCount)))
                                             : QStringLiteral("—")});
    tables << gate;

    ReportTable residents{tr("Residents"), {tr("Figure"), tr("Value")}, {}};
    for (QLatin1String key :
         {ReportKeys::ResidentsMoveIns, ReportKeys::ResidentsMoveOuts, ReportKeys::ResidentsDecorationPermitsActive})
        residents.add({SheetCell::of(kpiName(key)), countCell(at(f, key))});
    tables << residents;

    // SPEC 13: fee collection (a month frozen before the fees module has none).
    if (f.value(QStringLiteral("fees")).isObject()) {
        ReportTable fees{tr("Fee collection"), {tr("Figure"), tr("Value")}, {}};
        for (const QString &k : feeKeys())
            fees.add({SheetCell::of(kpiName(k)), feeCell(at(f, k), k)});
        tables << fees;
    }

    const QJsonValue assessment = f.value(ReportKeys::Assessment);
    if (assessment.isObject()) {
        namespace F = ReportKeys::AssessmentFields;
        const QJsonObject a = assessment.toObject();
        QStringList raters;
        for (const QJsonValue &v : a.value(F::RaterScores).toArray())
            raters << QString::number(v.toDouble(), 'f', 1);
        QStringList vetoes;
        for (const QJsonValue &v : a.value(F::VetoReasons).toArray())
            vetoes << MonthlyAssessment::vetoName(v.toString());
        ReportTable t{tr("Assessment score"), {tr("Figure"), tr("Value")}, {}};
        t.addText(QStringList{tr("Raters' office scores"), raters.join(QStringLiteral(", "))});
        t.add({SheetCell::of(tr("Office score (highest and lowest dropped)")), pointsCell(a.value(F::OfficeScore))});
        t.add({SheetCell::of(tr("Satisfaction score")), pointsCell(a.value(F::SatisfactionScore))});
        t.add({SheetCell::of(tr("Score (60% office + 40% satisfaction)")), pointsCell(a.value(F::Score))});
        t.addText(QStringList{tr("Grade"), MonthlyAssessment::gradeName(a.value(F::Grade).toString())});
        t.addText(QStringList{tr("One-vote veto"), vetoes.isEmpty() ? tr("No") : vetoes.join(QStringLiteral(", "))});
        t.addText(QStringList{tr("Consecutive failed months"),
                              QString::number(a.value(F::ConsecutiveFailedMonths).toInt())
                                  + (a.value(F::RectificationRequired).toBool()
                                         ? tr(" — rectification required")
                                         : QString())});
        tables << t;
    }
    return tables;
}

namespace {

// The figures followed month by month (the yearly table's rows, the trend sheet's columns):
// their names and, per month, their typed values.
struct MonthFigures
{
    QStringList names;
    QList<QList<SheetCell>> values; // per month, in the order of names
};

MonthFigures monthFigures(const QList<QJsonObject> &months)
{
    MonthFigures m;
    const QList<KpiLine> first = ReportOutput::kpis(months.isEmpty() ? QJsonObject() : months.first());
    struct Column
    {
        QString key;
        int kind; // 0 count, 1 rate, 2 fee
    };
    QList<Column> columns;
    for (const KpiLine &line : first)
        columns << Column{line.key, line.isRate ? 1 : 0};
    for (const QString &key : ReportOutput::inspectionKeys())
        columns << Column{key, key.endsWith(QLatin1String("_rate")) ? 1 : 0};
    for (const QString &key : ReportOutput::feeKeys())
        columns << Column{key, 2};
    for (const Column &c : columns)
        m.names << ReportOutput::kpiName(c.key);
    m.names << ReportOutput::kpiName(ReportKeys::Overdue);
    for (const QJsonObject &month : months) {
        QList<SheetCell> row;
        for (const Column &c : columns) {
            const QJsonValue v = at(month, c.key);
            row << (c.kind == 2 ? ReportOutput::feeCell(v, c.key) : valueCell(v, c.kind == 1));
        }
        row << SheetCell::integer(month.value(ReportKeys::Overdue).toArray().size());
        m.values << row;
    }
    return m;
}

} // namespace

ReportTable ReportOutput::yearlyTable(const QJsonObject &year)
{
    ReportTable t;
    t.title = tr("%1: the twelve months").arg(year.value(ReportKeys::Year).toInt());
    t.header << tr("Figure");
    QList<QJsonObject> months;
    for (const QJsonValue &m : year.value(ReportKeys::Months).toArray()) {
        months << m.toObject();
        t.header << monthTitle(m.toObject().value(ReportKeys::Month).toString()).right(2);
    }
    const MonthFigures figures = monthFigures(months);
    for (int i = 0; i < figures.names.size(); ++i) {
        QList<SheetCell> row{SheetCell::of(figures.names.at(i))};
        for (const QList<SheetCell> &month : figures.values)
            row << month.value(i);
        t.add(row);
    }
    return t;
}

Sheet ReportOutput::trendSheet(const ReportDocument &doc)
{
    Sheet sheet;
    sheet.name = tr("Trend");
    sheet.title = tr("Trend of the last twelve months");
    const MonthFigures figures = monthFigures(doc.trend);
    sheet.header << tr("Month") << figures.names;
    for (int i = 0; i < doc.trend.size(); ++i) {
        const QDate first = QDate::fromString(doc.trend.at(i).value(ReportKeys::Month).toString() + QStringLiteral("-01"),
                                              Qt::ISODate);
        QList<SheetCell> row{first.isValid() ? SheetCell::month(first) : SheetCell::of(kNone)};
        row << figures.values.at(i);
        sheet.rows << row;
    }
    sheet.columnWidths << 9;
    return sheet;
}

QString ReportOutput::overdueTitle()
{
    return tr("Requests past a deadline of the month (still open or completed late)");
}

Sheet ReportTable::sheet() const
{
    Sheet s;
    s.name = title;
    s.title = title;
    s.header = header;
    s.rows = cells;
    return s;
}

QString ReportOutput::monthlyHtml(const ReportDocument &doc, bool withCharts)
{
    const QJsonObject &f = doc.figures;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(f.value(ReportKeys::Estate).toString()));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(esc(tr("Monthly service-quality report, %1").arg(monthTitle(f.value(ReportKeys::Month).toString()))));
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(esc(tr("Figures as of %1").arg(localTime(f.value(ReportKeys::AsOf).toString()))));
    if (doc.closed) {
        html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                    .arg(esc(tr("Closed on %1 by %2: these figures are frozen.")
                                 .arg(doc.closedAt.toString(Formats::date()), doc.closedBy)));
    }
    if (!doc.lateEdits.isEmpty()) {
        QStringList names;
        for (const QString &key : doc.lateEdits)
            names << kpiName(key);
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Note: records of this month were changed after it was closed (late edits). "
                                "The frozen figures are printed; these figures would now read differently: %1.")
                                 .arg(names.join(QStringLiteral(", ")))));
    }
    if (doc.majorAccident) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Major safety accident recorded.")), esc(doc.accidentNote));
    }
    const QList<ReportTable> tables = monthlyTables(doc);
    html += htmlTable(tables.first());
    if (withCharts) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Trend of the last twelve months")));
        for (const QString &name : chartNames())
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"600\"></p>").arg(name);
    }
    for (int i = 1; i < tables.size(); ++i)
        html += htmlTable(tables.at(i));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Analysis: causes, corrective and preventive measures")));
    const QString analysis = doc.analysis.trimmed().isEmpty() ? tr("(none written)") : doc.analysis;
    html += QStringLiteral("<p>%1</p>").arg(esc(analysis).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<br><table width=\"100%\" cellpadding=\"8\"><tr><td>%1 ____________</td>"
                           "<td>%2 ____________</td><td>%3 ____________</td></tr></table>")
                .arg(esc(tr("Prepared by:")), esc(tr("Reviewed by:")), esc(tr("Date:")));
    html += QStringLiteral("</body></html>");
    return html;
}

QString ReportOutput::yearlyHtml(const QJsonObject &year)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(year.value(ReportKeys::Estate).toString()));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(esc(tr("Service-quality report for the year %1").arg(year.value(ReportKeys::Year).toInt())));
    html += htmlTable(yearlyTable(year));
    html += QStringLiteral("<br><table width=\"100%\" cellpadding=\"8\"><tr><td>%1 ____________</td>"
                           "<td>%2 ____________</td><td>%3 ____________</td></tr></table>")
                .arg(esc(tr("Prepared by:")), esc(tr("Reviewed by:")), esc(tr("Date:")));
    html += QStringLiteral("</body></html>");
    return html;
}

void ReportOutput::prepare(QTextDocument &document, const QString &html, const QMap<QString, QImage> &charts)
{
    QFont font;
    // Families that carry Chinese on Linux and Windows; the PDF embeds the one found.
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    for (auto it = charts.cbegin(); it != charts.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
}

Status ReportOutput::print(QTextDocument &document, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() gives the page 2 cm margins of its own (and the page numbers);
    // margins of the device on top of those took a third of the width and made the tables
    // wrap over twice the pages. A printer keeps at least its unprintable edge.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    document.print(&device);
    return {};
}

Status ReportOutput::writeMonthlyPdf(const ReportDocument &doc, const QString &path, const QMap<QString, QImage> &charts)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("Monthly service-quality report, %1").arg(doc.figures.value(ReportKeys::Month).toString()));
    writer.setCreator(QStringLiteral("EstateDesk"));
    QTextDocument document;
    prepare(document, monthlyHtml(doc, !charts.isEmpty()), charts);
    print(document, writer);
    if (!QFile::exists(path))
        return Failure{tr("Cannot write %1.").arg(path)};
    ExportFile::restrictToOwner(path);
    return {};
}

Status ReportOutput::writeYearlyPdf(const QJsonObject &year, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("EstateDesk"));
    QTextDocument document;
    prepare(document, yearlyHtml(year));
    writer.setPageOrientation(QPageLayout::Landscape);
    document.print(&writer);
    if (!QFile::exists(path))
        return Failure{tr("Cannot write %1.").arg(path)};
    ExportFile::restrictToOwner(path);
    return {};
}

Status ReportOutput::writeXlsx(const QList<ReportTable> &tables, const QString &path)
{
    QList<Sheet> sheets;
    for (int t = 0; t < tables.size(); ++t) {
        Sheet sheet = tables.at(t).sheet();
        sheet.name = SpreadsheetWriter::sheetName(sheet.name, t + 1);
        sheet.columnWidths << 36;
        sheets << sheet;
    }
    return SpreadsheetWriter::write(path, sheets);
}

Status ReportOutput::writeMonthlyXlsx(const ReportDocument &doc, const QString &path)
{
    const QList<ReportTable> tables = monthlyTables(doc);
    QList<Sheet> sheets;
    for (int t = 0; t < tables.size(); ++t) {
        Sheet sheet = tables.at(t).sheet();
        sheet.name = SpreadsheetWriter::sheetName(sheet.name, t + 1);
        sheet.columnWidths << 36;
        sheets << sheet;
        if (t == 0 && !doc.trend.isEmpty())
            sheets << trendSheet(doc); // after the key figures, as printed
    }
    return SpreadsheetWriter::write(path, sheets);
}

Status ReportOutput::writeYearlyXlsx(const QJsonObject &year, const QString &path)
{
    return writeXlsx({yearlyTable(year)}, path);
}
