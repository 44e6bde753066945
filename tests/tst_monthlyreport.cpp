// The monthly report's figures (SPEC 6.1) against a hand-built September 2026; every expected
// value below is counted by hand from the rows of reporttestsupport.h.
#include "models/reports/assessment.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportoutput.h"
#include "reporttestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestMonthlyReport : public QObject
{
    Q_OBJECT

private:
    static double rate(const QJsonObject &root, const QString &dotted) { return jsonAt(root, dotted).toDouble(-1); }
    static QJsonValue value(const QJsonObject &root, const QString &dotted) { return jsonAt(root, dotted); }

private slots:
    void septemberAtTheEndOfTheMonth()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY2(computed.ok(), qPrintable(computed.error()));
        const MonthlyFigures &f = computed.value();
        // The clock reads 15 October: the as-of instant is the end of September, local time.
        QCOMPARE(f.asOf, ReportFixture::L(10, 1, 0, 0).toUTC());
        QCOMPARE(f.estate, QStringLiteral("阳光花园"));

        // R1 (first local minute of September), R2 (23:50 on the 30th), R4, R5, R7; not R3
        // (23:50 on 31 August), not R6 (voided).
        QCOMPARE(f.repairsReceived, 5);
        // Arrival: R1 yes, R7 yes; R4 late (never arrived), R5 late (09:30 > 09:20);
        // R2 pending (its deadline is the as-of instant itself, not before it).
        QCOMPARE(f.repairsArrival.onTime, 2);
        QCOMPARE(f.repairsArrival.late, 2);
        QCOMPARE(f.repairsArrival.pending, 1);
        QCOMPARE(*f.repairsArrival.rate(), 0.5);
        // Completion: R1 yes; R4, R5 (14:00 > 13:00), R7 (done 3 October, after A) late; R2 pending.
        QCOMPARE(f.repairsCompletion.onTime, 1);
        QCOMPARE(f.repairsCompletion.late, 3);
        QCOMPARE(*f.repairsCompletion.rate(), 0.25);
        // Completed in September: R1, R3 (registered in August), R5. R7 was completed in October.
        QCOMPARE(f.repairsCompleted, 3);
        // Called back by A: R1 only (R5's callback is on 2 October).
        QCOMPARE(f.callbacksRepairs.numerator, 1);
        QCOMPARE(f.callbacksRepairs.denominator, 3);

        QCOMPARE(f.complaintsReceived.value(QStringLiteral("neighbour")), 2);
        QCOMPARE(f.complaintsReceived.value(QStringLiteral("attitude_ordinary")), 1);
        QCOMPARE(f.complaintsReceived.value(QStringLiteral("engineering")), 1);
        QCOMPARE(f.complaintsReceived.value(QStringLiteral("attitude_serious")), 0); // C5 is August's
        QCOMPARE(f.complaintsMajor, 2);
        // C1 on time, C2 late; C3 and C4 pending.
        QCOMPARE(f.complaintsOnTime.onTime, 1);
        QCOMPARE(f.complaintsOnTime.late, 1);
        QCOMPARE(f.complaintsOnTime.pending, 2);
        // Completed in September: C1, C2, C5; called back: C1, C2. Major: C2 (called back), C5.
        QCOMPARE(f.callbacksComplaints.numerator, 2);
        QCOMPARE(f.callbacksComplaints.denominator, 3);
        QCOMPARE(f.callbacksMajorComplaints.numerator, 1);
        QCOMPARE(f.callbacksMajorComplaints.denominator, 2);

        QCOMPARE(f.enquiriesReceived, 0);
        QVERIFY(!f.enquiriesOnTime.rate().has_value());

        // Callbacks: R1 satisfied, C1 basic (一般), C2 unsatisfied. Surveys: 2 paper satisfied,
        // 1 paper basic, 1 desk satisfied; the August and October answers are not counted.
        QCOMPARE(f.satisfaction().satisfied, 4);
        QCOMPARE(f.satisfaction().basic, 2);
        QCOMPARE(f.satisfaction().unsatisfied, 1);
        QCOMPARE(f.satisfaction().answers(), 7);
        QVERIFY(qAbs(*f.satisfaction().rate() - 5.2 / 7.0) < 1e-12);

        // Missed deadlines falling in September, by deadline.
        const QStringList expected{QStringLiteral("R2026-000003 arrival"),    QStringLiteral("C2026-000005 completion"),
                                   QStringLiteral("C2026-000002 completion"), QStringLiteral("R2026-000004 arrival"),
                                   QStringLiteral("R2026-000005 arrival"),    QStringLiteral("R2026-000005 completion"),
                                   QStringLiteral("R2026-000004 completion"), QStringLiteral("R2026-000007 completion")};
        QStringList got;
        for (const OverdueItem &item : f.overdue)
            got << item.number + QLatin1Char(' ') + item.deadlineKind;
        QCOMPARE(got, expected);
        QCOMPARE(f.overdue.first().responsible, QStringLiteral("王芳"));
        QCOMPARE(f.overdue.first().assignee, QStringLiteral("Tom Tech"));
        QVERIFY(!f.overdue.last().doneAt.isValid()); // R7 was done only after A

        QCOMPARE(f.gateVisitors, 2);
        QCOMPARE(f.gateVisitorsRefused, 1);
        QCOMPARE(f.gateVehicleEntries.value(QStringLiteral("resident")), 3);
        QCOMPARE(f.gateVehicleEntries.value(QStringLiteral("temporary")), 1);
        QCOMPARE(f.gateVehiclesRefused, 1);
        // 09:05, 09:15, 09:30 vehicles and 09:10, 09:40 visitors.
        QCOMPARE(f.gateBusiestHour, 9);
        QCOMPARE(f.gateBusiestHourCount, 5);

        QCOMPARE(f.residentsMoveIns, 2);
        QCOMPARE(f.residentsMoveOuts, 1);
        QCOMPARE(f.residentsDecorationPermitsActive, 2);
        QVERIFY(!f.assessment.has_value());
    }

    void asOfInTheMiddleOfTheMonth()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9, ReportFixture::L(9, 15, 9, 25));
        QVERIFY2(computed.ok(), qPrintable(computed.error()));
        const MonthlyFigures &f = computed.value();
        QCOMPARE(f.repairsReceived, 3); // R1, R4, R5
        // R1 yes; R4 late; R5's deadline 09:20 passed and at 09:25 nobody had arrived: late.
        QCOMPARE(f.repairsArrival.onTime, 1);
        QCOMPARE(f.repairsArrival.late, 2);
        // R1 yes; R4 and R5 not due yet.
        QCOMPARE(f.repairsCompletion.onTime, 1);
        QCOMPARE(f.repairsCompletion.late, 0);
        QCOMPARE(f.repairsCompletion.pending, 2);
        QCOMPARE(*f.repairsCompletion.rate(), 1.0);
        QCOMPARE(f.overdue.size(), 5);
        QCOMPARE(f.overdue.last().number, QStringLiteral("R2026-000005"));
        QVERIFY(!f.overdue.last().doneAt.isValid());
    }

    void localMonthsNotUtcMonths()
    {
        ReportFixture fx;
        fx.buildSeptember();
        // R1 was registered at 00:00 on 1 September in Shanghai, which is 31 August in UTC.
        const auto august = MonthlyReport(*fx.db).compute(2026, 8);
        QVERIFY(august.ok());
        QCOMPARE(august->repairsReceived, 1); // R3 only
        QCOMPARE(august->satisfactionSurveys.unsatisfied, 1);
        const auto october = MonthlyReport(*fx.db).compute(2026, 10);
        QVERIFY(october.ok());
        QCOMPARE(october->asOf, fx.clock.now()); // now is earlier than the end of October
        QCOMPARE(october->repairsReceived, 0); // R2 (23:50 on 30 September) stays in September
        QCOMPARE(october->satisfactionCallbacks.satisfied, 1); // R5's callback of 2 October
    }

    void zeroDenominatorsAreNull()
    {
        ReportFixture fx;
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY(computed.ok());
        const QJsonObject json = computed->toJson();
        for (const char *key : {"repairs.arrival_on_time_rate", "repairs.completion_on_time_rate",
                                "callbacks.rate.repairs", "callbacks.rate.complaints", "callbacks.rate.major_complaints",
                                "satisfaction.rate", "complaints.on_time_rate", "enquiries.on_time_rate",
                                "gate.busiest_hour"})
            QVERIFY2(value(json, QString::fromLatin1(key)).isNull(), key);
        QCOMPARE(value(json, QStringLiteral("satisfaction.answers")).toInt(-1), 0);
        // On paper a null rate is a dash, never 0 % or 100 %.
        QCOMPARE(ReportOutput::formatValue(QJsonValue(QJsonValue::Null), true), QStringLiteral("—"));
        QCOMPARE(ReportOutput::formatValue(QJsonValue(0.25), true), QStringLiteral("25.0%"));
    }

    void jsonKeysAndTypes()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY(computed.ok());
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(computed->toJson()).toJson()).object();
        QCOMPARE(json.value(QStringLiteral("month")).toString(), QStringLiteral("2026-09"));
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-10-01T00:00:00+08:00"));
        QCOMPARE(json.value(QStringLiteral("estate")).toString(), QStringLiteral("阳光花园"));
        QCOMPARE(value(json, QStringLiteral("repairs.received")).toInt(), 5);
        QCOMPARE(value(json, QStringLiteral("repairs.completed")).toInt(), 3);
        QCOMPARE(rate(json, QStringLiteral("repairs.arrival_on_time_rate")), 0.5);
        QCOMPARE(rate(json, QStringLiteral("repairs.completion_on_time_rate")), 0.25);
        // Not rounded: 1/3 keeps its digits.
        QVERIFY(qAbs(rate(json, QStringLiteral("callbacks.rate.repairs")) - 1.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(rate(json, QStringLiteral("callbacks.rate.complaints")) - 2.0 / 3.0) < 1e-12);
        QCOMPARE(rate(json, QStringLiteral("callbacks.rate.major_complaints")), 0.5);
        QVERIFY(qAbs(rate(json, QStringLiteral("satisfaction.rate")) - 5.2 / 7.0) < 1e-12);
        QCOMPARE(value(json, QStringLiteral("satisfaction.answers")).toInt(), 7);
        const QJsonValue received = value(json, QStringLiteral("complaints.received"));
        QVERIFY(received.isObject());
        QCOMPARE(received.toObject().value(QStringLiteral("neighbour")).toInt(), 2);
        QCOMPARE(received.toObject().keys().size(), 7);
        QCOMPARE(value(json, QStringLiteral("complaints.major")).toInt(), 2);
        QCOMPARE(rate(json, QStringLiteral("complaints.on_time_rate")), 0.5);
        QCOMPARE(value(json, QStringLiteral("enquiries.received")).toInt(-1), 0);
        QVERIFY(value(json, QStringLiteral("enquiries.on_time_rate")).isNull());
        const QJsonArray overdue = json.value(QStringLiteral("overdue")).toArray();
        QCOMPARE(overdue.size(), 8);
        const QJsonObject first = overdue.first().toObject();
        for (const char *key : {"kind", "number", "reporter", "deadline", "responsible"})
            QVERIFY2(first.value(QString::fromLatin1(key)).isString(), key);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("repair"));
        QCOMPARE(first.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-09-01T00:00:00+08:00"));
        QVERIFY(json.value(QStringLiteral("gate")).isObject());
        QCOMPARE(value(json, QStringLiteral("gate.visitors")).toInt(), 2);
        QCOMPARE(value(json, QStringLiteral("gate.vehicle_entries.resident")).toInt(), 3);
        QCOMPARE(value(json, QStringLiteral("residents.move_ins")).toInt(), 2);
        QVERIFY(!json.contains(QStringLiteral("assessment")));
    }

    void closedMonthKeepsItsFigures()
    {
        ReportFixture fx;
        fx.buildSeptember();
        ReportRepository reports(*fx.db);
        ReportDocumentBuilder builder(*fx.db);
        QVERIFY(reports.setAnalysis(fx.manager, QStringLiteral("2026-09"), QStringLiteral("维修及时率偏低")).ok());
        const auto live = builder.liveFigures(2026, 9);
        QVERIFY(live.ok());
        QVERIFY(reports.closeMonth(fx.manager, QStringLiteral("2026-09"), QJsonDocument(live.value()).toJson()).ok());
        QVERIFY(!reports.closeMonth(fx.manager, QStringLiteral("2026-09"), "{}").ok());
        QVERIFY(!reports.setAnalysis(fx.manager, QStringLiteral("2026-09"), QStringLiteral("x")).ok());
        QVERIFY(!reports.closeMonth(fx.clerk, QStringLiteral("2026-08"), "{}").ok());

        // A late edit: R3 gets its September callback, recorded after the closing.
        fx.callback(fx.r3, ReportFixture::L(9, 30, 18, 0), "satisfied");
        const auto doc = builder.build(fx.manager, 2026, 9);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->closed);
        QVERIFY(qAbs(rate(doc->figures, QStringLiteral("callbacks.rate.repairs")) - 1.0 / 3.0) < 1e-12);
        QCOMPARE(doc->figures, live.value());
        QVERIFY(doc->lateEdits.contains(QStringLiteral("callbacks.rate.repairs")));
        QVERIFY(doc->lateEdits.contains(QStringLiteral("satisfaction.rate")));
        QVERIFY(!doc->lateEdits.contains(QStringLiteral("repairs.received")));
        QCOMPARE(doc->analysis, QStringLiteral("维修及时率偏低"));
        const QString html = ReportOutput::monthlyHtml(doc.value(), false);
        QVERIFY(html.contains(QStringLiteral("late edits")));
        QVERIFY(html.contains(QStringLiteral("维修及时率偏低")));
        // The live figures did change.
        const auto now = builder.liveFigures(2026, 9);
        QCOMPARE(rate(now.value(), QStringLiteral("callbacks.rate.repairs")), 2.0 / 3.0);
        QCOMPARE(doc->trend.size(), 12);
        QCOMPARE(doc->trend.last(), doc->figures);
    }

    void officeScoreDropsHighestAndLowest()
    {
        QCOMPARE(*MonthlyAssessment::officeScore({90}), 90.0);
        QCOMPARE(*MonthlyAssessment::officeScore({80, 90}), 85.0);
        QCOMPARE(*MonthlyAssessment::officeScore({60, 100, 80}), 80.0);
        QCOMPARE(*MonthlyAssessment::officeScore({95, 70, 85, 80}), 82.5);
        QVERIFY(!MonthlyAssessment::officeScore({}).has_value());
        QCOMPARE(MonthlyAssessment::grade(90), QStringLiteral("excellent"));
        QCOMPARE(MonthlyAssessment::grade(89.99), QStringLiteral("pass"));
        QCOMPARE(MonthlyAssessment::grade(80), QStringLiteral("pass"));
        QCOMPARE(MonthlyAssessment::grade(75), QStringLiteral("basic_pass"));
        QCOMPARE(MonthlyAssessment::grade(69.9), QStringLiteral("fail"));
    }

    void unsatisfiedShareVeto()
    {
        // 2 of 5 unsatisfied is exactly 40 %: no veto; 2 of 4 is 50 %: veto.
        SatisfactionCount forty;
        forty.satisfied = 3;
        forty.unsatisfied = 2;
        const AssessmentResult a = MonthlyAssessment::evaluate({100, 100, 100}, forty, false);
        QVERIFY(!a.veto);
        QCOMPARE(*a.score, 0.6 * 100 + 0.4 * 60);
        QCOMPARE(a.grade, QStringLiteral("pass"));
        SatisfactionCount half;
        half.satisfied = 2;
        half.unsatisfied = 2;
        const AssessmentResult b = MonthlyAssessment::evaluate({100, 100, 100}, half, false);
        QVERIFY(b.veto);
        QCOMPARE(b.vetoReasons, QStringList{QStringLiteral("unsatisfied_share")});
        QCOMPARE(b.grade, QStringLiteral("fail"));
    }

    void assessmentOfSeptember()
    {
        ReportFixture fx;
        fx.buildSeptember();
        ReportRepository reports(*fx.db);
        for (const auto &[rater, score] : QList<QPair<QString, double>>{{QStringLiteral("甲"), 95},
                                                                       {QStringLiteral("乙"), 70},
                                                                       {QStringLiteral("丙"), 85},
                                                                       {QStringLiteral("丁"), 80}})
            QVERIFY(reports.setScore(fx.manager, QStringLiteral("2026-09"), RaterScore{rater, score, {}}).ok());
        QVERIFY(!reports.setScore(fx.clerk, QStringLiteral("2026-09"), RaterScore{QStringLiteral("戊"), 90, {}}).ok());
        QVERIFY(!reports.setScore(fx.manager, QStringLiteral("2026-09"), RaterScore{QStringLiteral("戊"), 101, {}}).ok());
        auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY(computed.ok());
        QVERIFY(computed->assessment.has_value());
        const AssessmentResult &a = *computed->assessment;
        QCOMPARE(*a.officeScore, 82.5); // 95 and 70 dropped
        // 0.6 × 82.5 + 0.4 × (5.2 / 7 × 100) = 49.5 + 29.714285…
        QVERIFY(qAbs(*a.score - (49.5 + 0.4 * 520.0 / 7.0)) < 1e-9);
        QCOMPARE(a.grade, QStringLiteral("basic_pass"));
        QVERIFY(!a.veto);
        QCOMPARE(a.consecutiveFailedMonths, 0);
        const QJsonObject json = computed->toJson();
        QCOMPARE(value(json, QStringLiteral("assessment.grade")).toString(), QStringLiteral("basic_pass"));

        // A major safety accident vetoes the month; August (scored, and all its answers
        // unsatisfied) failed too: two failed months in a row.
        QVERIFY(reports.setMajorAccident(fx.manager, QStringLiteral("2026-09"), true, QStringLiteral("电梯困人受伤")).ok());
        QVERIFY(reports.setScore(fx.manager, QStringLiteral("2026-08"), RaterScore{QStringLiteral("甲"), 90, {}}).ok());
        computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY(computed.ok());
        QVERIFY(computed->assessment->veto);
        QCOMPARE(computed->assessment->vetoReasons, QStringList{QStringLiteral("major_safety_accident")});
        QCOMPARE(computed->assessment->grade, QStringLiteral("fail"));
        QCOMPARE(computed->assessment->consecutiveFailedMonths, 2);
        QVERIFY(computed->assessment->rectificationRequired());
        const auto august = MonthlyReport(*fx.db).compute(2026, 8);
        QCOMPARE(august->assessment->vetoReasons, QStringList{QStringLiteral("unsatisfied_share")});
        QCOMPARE(august->assessment->consecutiveFailedMonths, 1);
    }

    void surveysThroughTheRepository()
    {
        ReportFixture fx;
        ReportRepository reports(*fx.db);
        SurveyAnswerInput a;
        a.answeredAt = ReportFixture::L(10, 3, 10, 0);
        a.respondent = QStringLiteral("李四");
        a.houseNumber = QStringLiteral("3-2-1201");
        a.answer = Attitude::Basic;
        SurveyAnswerInput b = a;
        b.answer = Attitude::Unsatisfied;
        const auto added = reports.addPaperAnswers(fx.clerk, {a, b});
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added.value(), 2);
        QVERIFY(!reports.addPaperAnswers(fx.guard, {a}).ok());
        QVERIFY(reports.addDeskRating(fx.clerk, QStringLiteral("counter-1"), Attitude::Satisfied).ok());
        QVERIFY(!reports.addDeskRating(fx.clerk, QStringLiteral("counter-1"), Attitude::Unsatisfied).ok());
        const auto october = MonthlyReport(*fx.db).compute(2026, 10);
        QCOMPARE(october->satisfactionSurveys.basic, 1);
        QCOMPARE(october->satisfactionSurveys.unsatisfied, 1);
        QCOMPARE(october->satisfactionSurveys.satisfied, 1);
        QVERIFY(qAbs(*october->satisfaction().rate() - 1.6 / 3.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestMonthlyReport)
#include "tst_monthlyreport.moc"
