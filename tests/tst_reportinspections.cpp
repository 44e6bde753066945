// The monthly report's inspection figures (SPEC 6.1 `inspections`) against a hand-built
// September 2026 in an estate west of UTC (America/New_York, UTC-4 all month), so that the
// local month and the UTC month differ. Rows are written with plain SQL; every expected value
// is counted by hand in the comments.
#include "models/database/query.h"
#include "models/domain/inspection.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportoutput.h"
#include "models/repositories/reportrepository.h"
#include "models/repositories/settingsrepository.h"
#include "servicedesksupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QDateTime ny(int mo, int d, int h, int mi)
{
    return QDateTime(QDate(2026, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("America/New_York")));
}

QJsonValue value(const QJsonObject &root, const QString &dotted)
{
    QJsonValue v = root;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

struct InspectionMonth : ServiceDeskFixture
{
    // The clock reads 15 October: the as-of instant is the end of September, New York time.
    InspectionMonth() : ServiceDeskFixture(ny(10, 15, 9, 0))
    {
        const Status zoned = SettingsRepository(*db).setTimeZone(admin, QByteArrayLiteral("America/New_York"));
        if (!zoned)
            qFatal("%s", qPrintable(zoned.error()));
        Query tpl(*db, QStringLiteral("SELECT id FROM inspection_templates WHERE code = 'cleaning' AND version = 1"));
        templateId = tpl.scalar().value();
        for (int position = 1; position <= 4; ++position) {
            Query item(*db, QStringLiteral("SELECT id FROM inspection_template_items WHERE template_id = :t AND "
                                           "position = :p"));
            item.bind(QStringLiteral(":t"), templateId).bind(QStringLiteral(":p"), position);
            items << item.scalar().value();
        }
    }

    qint64 templateId = 0;
    QList<qint64> items; // positions 1..4

    static QVariant at(const QDateTime &t)
    {
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
    }

    qint64 exec(const QString &sql, const QList<QPair<QString, QVariant>> &values)
    {
        Query q(*db, sql);
        for (const auto &[name, v] : values)
            q.bind(name, v);
        const Status s = q.exec();
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return q.raw().lastInsertId().toLongLong();
    }

    qint64 assignment(const Session &who, const char *level, const QDateTime &created, bool active,
                      const QDateTime &updated)
    {
        return exec(QStringLiteral("INSERT INTO inspection_assignments (user_id, level_code, template_code, area, "
                                   "active, created_at, updated_at, updated_by) VALUES (:u, :l, '', '3栋', :a, :c, "
                                   ":up, 'test')"),
                    {{QStringLiteral(":u"), who.userId}, {QStringLiteral(":l"), QString::fromLatin1(level)},
                     {QStringLiteral(":a"), active ? 1 : 0}, {QStringLiteral(":c"), at(created)},
                     {QStringLiteral(":up"), at(updated.isValid() ? updated : created)}});
    }

    // verdicts: one per item position 1.. ("pass", "fail", "na").
    qint64 run(const Session &who, const char *level, const QDateTime &finished, const QStringList &verdicts,
               const QDateTime &started = {})
    {
        const QDateTime begun = started.isValid() ? started : finished.addSecs(-1800);
        const qint64 id = exec(QStringLiteral("INSERT INTO inspection_runs (template_id, level_code, inspector_id, "
                                              "inspector_name, area, state, started_at, finished_at, updated_at) "
                                              "VALUES (:t, :l, :u, :n, '3栋', :s, :st, :f, :up)"),
                               {{QStringLiteral(":t"), templateId}, {QStringLiteral(":l"), QString::fromLatin1(level)},
                                {QStringLiteral(":u"), who.userId}, {QStringLiteral(":n"), who.displayName},
                                {QStringLiteral(":s"), finished.isValid() ? QStringLiteral("finished")
                                                                          : QStringLiteral("draft")},
                                {QStringLiteral(":st"), at(begun)}, {QStringLiteral(":f"), at(finished)},
                                {QStringLiteral(":up"), at(begun)}});
        for (int i = 0; i < verdicts.size(); ++i) {
            exec(QStringLiteral("INSERT INTO inspection_results (run_id, item_id, verdict) VALUES (:r, :i, :v)"),
                 {{QStringLiteral(":r"), id}, {QStringLiteral(":i"), items.at(i)}, {QStringLiteral(":v"), verdicts.at(i)}});
        }
        return id;
    }

    void correction(qint64 runId, int position, const char *verdict, const QDateTime &when)
    {
        exec(QStringLiteral("INSERT INTO inspection_corrections (run_id, item_id, verdict, reason, at, by_name) "
                            "VALUES (:r, :i, :v, 'misread', :at, 'Mia Manager')"),
             {{QStringLiteral(":r"), runId}, {QStringLiteral(":i"), items.at(position - 1)},
              {QStringLiteral(":v"), QString::fromLatin1(verdict)}, {QStringLiteral(":at"), at(when)}});
    }

    qint64 finding(qint64 runId, const char *level, const QDateTime &found, const char *state,
                   const QString &responsible = {}, const QDateTime &deadline = {}, const QDateTime &closed = {},
                   qint64 repeatOf = 0)
    {
        return exec(QStringLiteral("INSERT INTO non_conformities (run_id, item_id, template_code, item_key, area, "
                                   "level_code, level_rank, found_at, found_by_name, description, state, "
                                   "responsible_name, deadline, repeat_of_id, closed_at, updated_at, updated_by) "
                                   "VALUES (:run, :item, 'cleaning', 2, '3栋', :level, 3, :found, '王芳', '地面有垃圾', "
                                   ":state, :resp, :deadline, :repeat, :closed, :up, 'test')"),
                    {{QStringLiteral(":run"), runId}, {QStringLiteral(":item"), items.at(1)},
                     {QStringLiteral(":level"), QString::fromLatin1(level)}, {QStringLiteral(":found"), at(found)},
                     {QStringLiteral(":state"), QString::fromLatin1(state)},
                     {QStringLiteral(":resp"), responsible.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                     : QVariant(responsible)},
                     {QStringLiteral(":deadline"), at(deadline)},
                     {QStringLiteral(":repeat"), repeatOf > 0 ? QVariant(repeatOf)
                                                              : QVariant(QMetaType::fromType<qlonglong>())},
                     {QStringLiteral(":closed"), at(closed)}, {QStringLiteral(":up"), at(found)}});
    }

    void buildSeptember()
    {
        const QDateTime none;
        // Who holds which level. September in New York is 30 days = 43,200 minutes.
        // admin, company manager (every 43,200 min) from 10 Sep: 21 days = 0.7 interval -> 1.
        assignment(admin, "company_manager", ny(9, 10, 0, 0), true, none);
        // manager, project head (every 4,320 min) all month: 10.
        assignment(manager, "project_head", ny(1, 1, 0, 0), true, none);
        // 王芳, supervisor (daily) from 16 Sep 00:00: 15 days -> 15.
        assignment(clerk2, "supervisor", ny(9, 16, 0, 0), true, none);
        // clerk, supervisor all month: 30. Supervisors: 2 holders, 45 runs.
        assignment(clerk, "supervisor", ny(8, 1, 0, 0), true, none);
        // clerk, area lead (every 240 min) until deactivated on 2 Sep 12:00: 1.5 days = 2,160 min -> 9.
        assignment(clerk, "area_lead", ny(1, 1, 0, 0), false, ny(9, 2, 12, 0));
        // 王芳, area lead, deactivated in August: not a holder in September.
        assignment(clerk2, "area_lead", ny(1, 1, 0, 0), false, ny(8, 20, 0, 0));
        // clerk, frontline from 5 October: not a holder in September.
        assignment(clerk, "frontline", ny(10, 5, 0, 0), true, none);

        // Runs. K1 finishes at 23:30 on 30 September in New York (03:30 on 1 October UTC): September's.
        k1 = run(clerk2, "supervisor", ny(9, 30, 23, 30), {QStringLiteral("pass"), QStringLiteral("fail"),
                                                           QStringLiteral("na"), QStringLiteral("pass")});
        // K2 at 00:05 on 1 September (04:05 UTC): September's.
        k2 = run(manager, "project_head", ny(9, 1, 0, 5),
                 {QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("fail")});
        // K3 at 23:50 on 31 August (03:50 on 1 September UTC): August's.
        k3 = run(clerk, "supervisor", ny(8, 31, 23, 50), {QStringLiteral("fail"), QStringLiteral("fail")});
        // K4 at 00:10 on 1 October: October's.
        run(clerk, "area_lead", ny(10, 1, 0, 10), {QStringLiteral("pass")});
        // K5 a draft started in September: not done.
        run(clerk, "supervisor", none, {QStringLiteral("fail")}, ny(9, 20, 10, 0));
        // K6 company manager, 15 September: pass, pass, pass, n/a; item 3 corrected to fail on
        // 16 September; item 1 corrected to fail on 3 October (after A: does not count).
        k6 = run(admin, "company_manager", ny(9, 15, 10, 0), {QStringLiteral("pass"), QStringLiteral("pass"),
                                                              QStringLiteral("pass"), QStringLiteral("na")});
        correction(k6, 3, "fail", ny(9, 16, 9, 0));
        correction(k6, 1, "fail", ny(10, 3, 9, 0));

        // Non-conformities.
        n0 = finding(k3, "supervisor", ny(8, 25, 10, 0), "rectifying", QStringLiteral("Tom Tech"), ny(9, 5, 18, 0));
        // N1: K1's fail at 23:30 on the last day, no plan yet.
        n1 = finding(k1, "supervisor", ny(9, 30, 23, 30), "open");
        // N2: closed by recheck an hour before its deadline: on time.
        n2 = finding(k2, "project_head", ny(9, 1, 0, 5), "closed", QStringLiteral("Tom Tech"), ny(9, 5, 18, 0),
                     ny(9, 5, 17, 0));
        // N3: closed two days after its deadline: late.
        n3 = finding(k6, "company_manager", ny(9, 15, 10, 0), "closed", QStringLiteral("Carl Clerk"),
                     ny(9, 20, 18, 0), ny(9, 22, 9, 0));
        // N4: deadline 25 September, still rectifying: late, still open.
        n4 = finding(k2, "project_head", ny(9, 10, 9, 0), "rectifying", QStringLiteral("王芳"), ny(9, 25, 18, 0));
        // N5: a repeat of N0, deadline in October: pending, still open.
        n5 = finding(k1, "supervisor", ny(9, 20, 9, 0), "rectifying", QStringLiteral("Tom Tech"), ny(10, 10, 18, 0),
                     none, n0);
        // N6: fixed on the spot.
        n6 = finding(k1, "supervisor", ny(9, 12, 9, 0), "fixed_on_spot", {}, none, ny(9, 12, 9, 10));
        // N7: deadline 29 September, closed on 2 October (after A): late, open at A.
        n7 = finding(k1, "supervisor", ny(9, 28, 9, 0), "closed", QStringLiteral("Carl Clerk"), ny(9, 29, 18, 0),
                     ny(10, 2, 9, 0));
        // N8 found in October; N9 found in August and closed on 3 September; N10 found in August
        // and closed on 5 October.
        finding(k1, "supervisor", ny(10, 1, 0, 30), "open");
        finding(k3, "supervisor", ny(8, 10, 9, 0), "closed", QStringLiteral("Tom Tech"), ny(8, 20, 0, 0),
                ny(9, 3, 9, 0));
        finding(k3, "supervisor", ny(8, 15, 9, 0), "closed", QStringLiteral("Tom Tech"), ny(8, 30, 0, 0),
                ny(10, 5, 9, 0));
    }

    qint64 k1 = 0, k2 = 0, k3 = 0, k6 = 0;
    qint64 n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0, n5 = 0, n6 = 0, n7 = 0;
};

} // namespace

class TestReportInspections : public QObject
{
    Q_OBJECT

private slots:
    void septemberFigures()
    {
        InspectionMonth fx;
        fx.buildSeptember();
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY2(computed.ok(), qPrintable(computed.error()));
        const QJsonObject j = computed->toJson();
        QCOMPARE(computed->asOf, ny(10, 1, 0, 0).toUTC());

        auto n = [&](const char *key) { return value(j, QString::fromLatin1(key)); };
        QCOMPARE(n("inspections.runs.by_level.company_manager.holders").toInt(), 1);
        QCOMPARE(n("inspections.runs.by_level.company_manager.scheduled").toInt(), 1);
        QCOMPARE(n("inspections.runs.by_level.company_manager.done").toInt(), 1); // K6
        QCOMPARE(n("inspections.runs.by_level.project_head.scheduled").toInt(), 10);
        QCOMPARE(n("inspections.runs.by_level.project_head.done").toInt(), 1); // K2
        QCOMPARE(n("inspections.runs.by_level.supervisor.holders").toInt(), 2);
        QCOMPARE(n("inspections.runs.by_level.supervisor.scheduled").toInt(), 45);
        QCOMPARE(n("inspections.runs.by_level.supervisor.done").toInt(), 1); // K1; not K3, not the draft
        QCOMPARE(n("inspections.runs.by_level.area_lead.holders").toInt(), 1);
        QCOMPARE(n("inspections.runs.by_level.area_lead.scheduled").toInt(), 9);
        QCOMPARE(n("inspections.runs.by_level.area_lead.done").toInt(), 0); // K4 is October's
        QCOMPARE(n("inspections.runs.by_level.frontline.holders").toInt(), 0);
        QCOMPARE(n("inspections.runs.by_level.frontline.scheduled").toInt(), 0);
        QCOMPARE(n("inspections.runs.scheduled").toInt(), 65);
        QCOMPARE(n("inspections.runs.done").toInt(), 3);

        // Items of K1 (pass 2, fail 1, n/a 1), K2 (pass 2, fail 1), K6 after its September
        // correction (pass 2, fail 1, n/a 1): pass 6, fail 3, n/a 2; rate 6 / 9.
        QCOMPARE(n("inspections.items.pass").toInt(), 6);
        QCOMPARE(n("inspections.items.fail").toInt(), 3);
        QCOMPARE(n("inspections.items.not_applicable").toInt(), 2);
        QVERIFY(qAbs(n("inspections.item_pass_rate").toDouble() - 6.0 / 9.0) < 1e-12);

        // Found in September: N1..N7.
        QCOMPARE(n("inspections.non_conformities.opened").toInt(), 7);
        QCOMPARE(n("inspections.non_conformities.repeats").toInt(), 1);       // N5
        QCOMPARE(n("inspections.non_conformities.fixed_on_spot").toInt(), 1); // N6
        // With a plan: N2 on time; N3, N4, N7 late; N5 not yet due.
        QCOMPARE(n("inspections.non_conformities.rectified_on_time").toInt(), 1);
        QCOMPARE(n("inspections.non_conformities.rectified_late").toInt(), 3);
        QCOMPARE(n("inspections.non_conformities.rectification_pending").toInt(), 1);
        QCOMPARE(n("inspections.non_conformities.rectified_on_time_rate").toDouble(), 0.25);
        // Not closed at A: N1, N4, N5, N7.
        QCOMPARE(n("inspections.non_conformities.still_open").toInt(), 4);
        // Open at A from any month: N0, N1, N4, N5, N7, N10 (not N8, found after A; not N9).
        QCOMPARE(n("inspections.non_conformities.open_at_as_of").toInt(), 6);

        const QJsonArray findings = n("inspections.findings").toArray();
        QCOMPARE(findings.size(), 7);
        const QList<qint64> order{fx.n2, fx.n4, fx.n6, fx.n3, fx.n5, fx.n7, fx.n1};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(qint64(findings.at(i).toObject().value(QStringLiteral("id")).toDouble()), order.at(i));
        const QJsonObject last = findings.at(6).toObject();
        QCOMPARE(last.value(QStringLiteral("found_at")).toString(), QStringLiteral("2026-09-30T23:30:00-04:00"));
        QVERIFY(last.value(QStringLiteral("responsible")).isNull());
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        // N7 was closed after A: at A it was still being rectified.
        QCOMPARE(findings.at(5).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("rectifying"));
        QVERIFY(findings.at(5).toObject().value(QStringLiteral("closed_at")).isNull());
        QCOMPARE(findings.at(4).toObject().value(QStringLiteral("repeat")).toBool(), true);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("responsible")).toString(), QStringLiteral("Tom Tech"));

        // The printed section: the figures, then the month's non-conformities with who is responsible.
        ReportDocument doc;
        doc.figures = j;
        const QList<ReportTable> tables = ReportOutput::inspectionTables(j);
        QCOMPARE(tables.size(), 2);
        bool sawRate = false;
        for (const QStringList &row : tables.at(0).rows) {
            if (row.first() == QStringLiteral("Item pass rate")) {
                QCOMPARE(row.at(1), QStringLiteral("66.7%"));
                sawRate = true;
            }
        }
        QVERIFY(sawRate);
        QCOMPARE(tables.at(1).rows.size(), 7);
        QCOMPARE(tables.at(1).rows.at(0).at(4), QStringLiteral("Tom Tech"));
        QCOMPARE(tables.at(1).rows.at(6).at(4), QStringLiteral("not assigned"));
        QCOMPARE(tables.at(1).rows.at(6).at(0), QStringLiteral("2026-09-30 23:30"));
        const QString html = ReportOutput::monthlyHtml(doc, false);
        QVERIFY(html.contains(QStringLiteral("Inspection findings")));
        QVERIFY(html.contains(QStringLiteral("Non-conformities of the month")));
        QCOMPARE(ReportOutput::kpiName(QStringLiteral("inspections.runs.by_level.supervisor.done")),
                 QStringLiteral("Inspection runs done: %1").arg(InspectionCodes::levelName(QStringLiteral("supervisor"))));
    }

    // Local months: the same rows seen as October hold K4 and N8 only.
    void octoberTakesWhatSeptemberLeft()
    {
        InspectionMonth fx;
        fx.buildSeptember();
        const auto computed = MonthlyReport(*fx.db).compute(2026, 10, ny(10, 15, 9, 0));
        QVERIFY2(computed.ok(), qPrintable(computed.error()));
        const QJsonObject j = computed->toJson();
        QCOMPARE(value(j, QStringLiteral("inspections.runs.done")).toInt(), 1);
        QCOMPARE(value(j, QStringLiteral("inspections.items.pass")).toInt(), 1);
        QCOMPARE(value(j, QStringLiteral("inspections.non_conformities.opened")).toInt(), 1);
        // Up to A = 15 October 09:00: the company manager's 14 days 9 h are 0.48 of a 30-day interval -> 0;
        // frontline from 5 October 00:00: 10 days 9 h = 10.375 -> 10.
        QCOMPARE(value(j, QStringLiteral("inspections.runs.by_level.company_manager.scheduled")).toInt(), 0);
        QCOMPARE(value(j, QStringLiteral("inspections.runs.by_level.frontline.scheduled")).toInt(), 10);
    }

    void nothingMeasuredIsNull()
    {
        InspectionMonth fx;
        const auto computed = MonthlyReport(*fx.db).compute(2026, 9);
        QVERIFY2(computed.ok(), qPrintable(computed.error()));
        const QJsonObject j = computed->toJson();
        QVERIFY(value(j, QStringLiteral("inspections")).isObject());
        QVERIFY(value(j, QStringLiteral("inspections.item_pass_rate")).isNull());
        QVERIFY(value(j, QStringLiteral("inspections.non_conformities.rectified_on_time_rate")).isNull());
        QCOMPARE(value(j, QStringLiteral("inspections.runs.scheduled")).toInt(), 0);
        QCOMPARE(value(j, QStringLiteral("inspections.non_conformities.opened")).toInt(), 0);
        QCOMPARE(value(j, QStringLiteral("inspections.findings")).toArray().size(), 0);
        const QList<ReportTable> tables = ReportOutput::inspectionTables(j);
        for (const QStringList &row : tables.at(0).rows) {
            if (row.first() == QStringLiteral("Item pass rate") || row.first() == QStringLiteral("Rectification on-time rate"))
                QCOMPARE(row.at(1), QStringLiteral("—"));
        }
        QCOMPARE(tables.at(1).rows.first().first(), QStringLiteral("None"));
    }

    // A closed month keeps its inspection figures; a later recheck shows as a late edit.
    void closedMonthKeepsItsFindings()
    {
        InspectionMonth fx;
        fx.buildSeptember();
        ReportDocumentBuilder builder(*fx.db);
        const auto live = builder.liveFigures(2026, 9);
        QVERIFY(live.ok());
        ReportRepository reports(*fx.db);
        QVERIFY(reports.closeMonth(fx.manager, QStringLiteral("2026-09"), QJsonDocument(live.value()).toJson()).ok());
        // N4 turns out to have been closed on 24 September, entered late.
        fx.exec(QStringLiteral("UPDATE non_conformities SET state = 'closed', closed_at = :c WHERE id = :id"),
                {{QStringLiteral(":c"), ny(9, 24, 10, 0).toMSecsSinceEpoch()}, {QStringLiteral(":id"), fx.n4}});
        const auto doc = builder.build(fx.manager, 2026, 9, {}, false);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(value(doc->figures, QStringLiteral("inspections.non_conformities.still_open")).toInt(), 4);
        QVERIFY(doc->lateEdits.contains(QStringLiteral("inspections.non_conformities.still_open")));
        QVERIFY(doc->lateEdits.contains(QStringLiteral("inspections.non_conformities.rectified_on_time_rate")));
        const auto now = builder.liveFigures(2026, 9);
        QCOMPARE(value(now.value(), QStringLiteral("inspections.non_conformities.still_open")).toInt(), 3);
        QCOMPARE(value(now.value(), QStringLiteral("inspections.non_conformities.rectified_on_time")).toInt(), 2);

        // The year shows September's frozen figures side by side with the other months.
        const auto year = builder.year(fx.manager, 2026);
        QVERIFY(year.ok());
        QCOMPARE(value(year->at(8), QStringLiteral("inspections.non_conformities.still_open")).toInt(), 4);
        QJsonArray months;
        for (const QJsonObject &m : year.value())
            months.append(m);
        const ReportTable table = ReportOutput::yearlyTable(QJsonObject{{QStringLiteral("year"), 2026},
                                                                        {QStringLiteral("months"), months}});
        bool found = false;
        for (const QStringList &row : table.rows) {
            if (row.first() == QStringLiteral("Item pass rate")) {
                QCOMPARE(row.at(9), QStringLiteral("66.7%"));
                QCOMPARE(row.at(1), QStringLiteral("—"));
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestReportInspections)
#include "tst_reportinspections.moc"
