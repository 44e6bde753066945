// The demo's requests: deterministic for a seed and a clock, every kind and class, most
// closed after a callback, and open ones that are due soon and overdue at the clock's time.
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/timelimittable.h"
#include "models/database/query.h"
#include "models/reports/monthlyreport.h"
#include "models/repositories/demodata.h"
#include "models/repositories/requestrepository.h"
#include "models/services/timerboard.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestDemoData : public QObject
{
    Q_OBJECT

    static QStringList snapshot(Database &db, QList<ServiceRequest> *rows)
    {
        RequestRepository requests(db);
        RequestFilter all;
        all.sort = RequestSort::OldestFirst;
        *rows = requests.queries().list(Session::commandLine(), all, 0, 100000).value();
        QStringList lines;
        for (const ServiceRequest &r : *rows)
            lines << QStringList{r.number, r.classKey, r.registeredAt.toString(Qt::ISODate), RequestCodes::code(r.state),
                                 r.arrivedAt.toString(Qt::ISODate), r.completedAt.toString(Qt::ISODate),
                                 r.reporterName, r.location(), r.description, r.receiverName}
                         .join(QLatin1Char('|'));
        return lines;
    }

    static QStringList inspectionSnapshot(Database &db)
    {
        Query q(db, QStringLiteral(
                        "SELECT r.level_code, r.inspector_name, r.finished_at, n.item_key, n.state, n.deadline, "
                        "n.closed_at, n.repeat_of_id FROM inspection_runs r "
                        "LEFT JOIN non_conformities n ON n.run_id = r.id ORDER BY r.id, n.id"));
        if (!q.exec())
            return {};
        QStringList lines;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells << q.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
        return lines;
    }

    static qint64 count(Database &db, const char *sql, const QDateTime &now = {})
    {
        Query q(db, QString::fromLatin1(sql));
        if (now.isValid())
            q.bind(QStringLiteral(":now"), toStored(now));
        return q.scalar().value();
    }

    static QStringList rows(Database &db, const char *sql, int columns)
    {
        Query q(db, QString::fromLatin1(sql));
        if (!q.exec())
            return {};
        QStringList lines;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells << q.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
        return lines;
    }

private slots:
    // SPEC 12's large estate is 5,000 houses over 36 months; a smaller demo has the same mix
    // in proportion: residents and vehicles by houses, everything that happens by houses x months.
    void countsScaleWithTheLargeEstate()
    {
        DemoData::Options large;
        large.houses = 5000;
        large.months = 36;
        const DemoData::Counts c = DemoData::counts(large);
        QCOMPARE(c.residents, 12000);
        QCOMPARE(c.vehicles, 4000);
        QCOMPARE(c.repairs, 60000);
        QCOMPARE(c.complaints, 8000);
        QCOMPARE(c.vehicleEvents, 1500000);
        QCOMPARE(c.visitors, 300000);
        QCOMPARE(c.inspectionRuns, 20000);
        DemoData::Options small;
        small.houses = 50;
        small.months = 3;
        const DemoData::Counts s = DemoData::counts(small);
        QCOMPARE(s.residents, 120);       // 12,000 x 50 / 5,000
        QCOMPARE(s.vehicles, 40);         // 4,000 x 50 / 5,000
        QCOMPARE(s.repairs, 50);          // 60,000 x 150 / 180,000
        QCOMPARE(s.complaints, 7);        // 8,000 x 150 / 180,000 = 6.67
        QCOMPARE(s.vehicleEvents, 1250);  // 1,500,000 x 150 / 180,000
        QCOMPARE(s.visitors, 250);
        QCOMPARE(s.inspectionRuns, 17);   // 16.67
    }

    void smallEstateHasExactCountsForASeed()
    {
        const QDateTime now(QDate(2026, 5, 20), QTime(3, 30), Qt::UTC);
        QTemporaryDir dir;
        QList<QStringList> snapshots;
        for (const char *name : {"a.sqlite", "b.sqlite"}) {
            ManualClock clock(now);
            Database db(clock);
            QVERIFY(db.openSqlite(dir.filePath(QString::fromLatin1(name))).ok());
            DemoData::Options options;
            options.houses = 50;
            options.months = 3;
            options.seed = 11;
            const auto summary = DemoData(db).generate(options);
            QVERIFY2(summary, qPrintable(summary.error()));
            const DemoData::Counts want = DemoData::counts(options);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM houses"), 50);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM residents"), want.residents);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicles"), want.vehicles);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM requests WHERE kind = 'repair'"), want.repairs);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM requests WHERE kind = 'complaint'"), want.complaints);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM requests WHERE kind = 'enquiry'"), want.enquiries);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicle_events"), want.vehicleEvents);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM visitors"), want.visitors);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM inspection_runs"), want.inspectionRuns);
            // Nothing happened after the clock's time; every vehicle inside entered last.
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicle_events WHERE occurred_at > :now", now), 0);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM visitors WHERE occurred_at > :now", now), 0);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicles_inside i WHERE NOT EXISTS (SELECT 1 FROM vehicle_events e "
                               "WHERE e.plate = i.plate AND e.occurred_at > i.entered_at)"),
                     count(db, "SELECT COUNT(*) FROM vehicles_inside"));
            // Every exit closes an entry of the same plate; temporary stays have their card.
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicle_events o JOIN vehicle_events i ON i.id = o.entry_event_id "
                               "WHERE o.direction = 'out' AND i.plate = o.plate AND i.direction = 'in'"),
                     count(db, "SELECT COUNT(*) FROM vehicle_events WHERE direction = 'out'"));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM parking_cards"),
                     count(db, "SELECT COUNT(*) FROM vehicle_events WHERE direction = 'in' AND category = 'temporary'"));
            // A second run adds none.
            QVERIFY(DemoData(db).generate(options).ok());
            QCOMPARE(count(db, "SELECT COUNT(*) FROM residents"), want.residents);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM vehicle_events"), want.vehicleEvents);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM visitors"), want.visitors);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM inspection_runs"), want.inspectionRuns);
            snapshots << rows(db, "SELECT name, document_number, mobile FROM residents ORDER BY id", 3)
                             + rows(db, "SELECT plate, resident_id FROM vehicles ORDER BY id", 2)
                             + rows(db, "SELECT id, plate, direction, category, occurred_at, fee_fen FROM vehicle_events "
                                        "ORDER BY id", 6)
                             + rows(db, "SELECT id, name, house_number, status, occurred_at FROM visitors ORDER BY id", 5)
                             + rows(db, "SELECT number, kind, class_key, registered_at FROM requests ORDER BY id", 4)
                             + inspectionSnapshot(db);
        }
        QCOMPARE(snapshots.at(0), snapshots.at(1));
    }

    void inspectionsForASeed()
    {
        const QDateTime now(QDate(2026, 5, 20), QTime(3, 30), Qt::UTC); // 11:30 in Shanghai
        QTemporaryDir dir;
        QList<QStringList> snapshots;
        for (const char *name : {"a.sqlite", "b.sqlite"}) {
            ManualClock clock(now);
            Database db(clock);
            QVERIFY(db.openSqlite(dir.filePath(QString::fromLatin1(name))).ok());
            DemoData::Options options;
            options.seed = 3;
            const auto summary = DemoData(db).generate(options);
            QVERIFY2(summary, qPrintable(summary.error()));
            qInfo("demo with the defaults: %s", qPrintable(summary.value()));
            snapshots << inspectionSnapshot(db);
            const qint64 runs = count(db, "SELECT COUNT(*) FROM inspection_runs");
            // Three months: the project head every third day, two supervisors daily, a few missed.
            QVERIFY2(runs > 150 && runs < 300, qPrintable(QString::number(runs)));
            QVERIFY(DemoData(db).generate(options).ok());
            QCOMPARE(count(db, "SELECT COUNT(*) FROM inspection_runs"), runs);

            QCOMPARE(count(db, "SELECT COUNT(*) FROM inspection_assignments WHERE active = 1"), 3);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM inspection_runs WHERE finished_at > :now", now), 0);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM non_conformities WHERE closed_at > :now", now), 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM inspection_results WHERE verdict = 'fail'") > 20);
            QVERIFY(count(db, "SELECT COUNT(*) FROM inspection_results WHERE verdict = 'na'") > 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM non_conformities WHERE state = 'fixed_on_spot'") > 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM non_conformities WHERE state = 'rectifying'") > 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM non_conformities WHERE state = 'closed' AND closed_at <= deadline") > 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM non_conformities WHERE state = 'closed' AND closed_at > deadline") > 0);
            QVERIFY(count(db, "SELECT COUNT(*) FROM non_conformities WHERE repeat_of_id IS NOT NULL") > 0);
            // Every fail is a finding.
            QCOMPARE(count(db, "SELECT COUNT(*) FROM non_conformities"),
                     count(db, "SELECT COUNT(*) FROM inspection_results WHERE verdict = 'fail'"));

            // April's report has inspection figures to show.
            const auto april = MonthlyReport(db).compute(2026, 4);
            QVERIFY2(april.ok(), qPrintable(april.error()));
            QVERIFY(april->inspections.itemPassRate().has_value());
            QVERIFY(april->inspections.scheduled() > april->inspections.done());
            QVERIFY(april->inspections.done() > 0);
            QVERIFY(april->inspections.opened > 0);
        }
        QCOMPARE(snapshots.at(0), snapshots.at(1));
        QVERIFY(!snapshots.at(0).isEmpty());
    }

    void requestsForASeed()
    {
        const QDateTime now(QDate(2026, 5, 20), QTime(3, 30), Qt::UTC); // 11:30 in Shanghai
        QTemporaryDir dir;
        QList<QStringList> runs;
        QList<ServiceRequest> rows;
        for (const char *name : {"a.sqlite", "b.sqlite"}) {
            ManualClock clock(now);
            Database db(clock);
            QVERIFY(db.openSqlite(dir.filePath(QString::fromLatin1(name))).ok());
            DemoData::Options options;
            options.houses = 200;
            options.months = 4;
            options.seed = 7;
            const auto summary = DemoData(db).generate(options);
            QVERIFY2(summary, qPrintable(summary.error()));
            qInfo("demo with 200 houses and 4 months: %s", qPrintable(summary.value()));
            runs << snapshot(db, &rows);

            // A second run adds no requests.
            QVERIFY(DemoData(db).generate(options).ok());
            QCOMPARE(RequestRepository(db).queries().count(Session::commandLine(), {}).value(), qint64(rows.size()));

            // The timer board has something in every state.
            RequestRepository requests(db);
            TimerBoard board(requests, Session::commandLine(), clock);
            QVERIFY(board.refresh().ok());
            board.tick();
            QVERIFY(board.count(TimerState::OnTrack) >= 3);
            QVERIFY(board.count(TimerState::DueSoon) >= 1);
            QVERIFY(board.count(TimerState::Overdue) >= 1);
            // What came in over the last three days was taken at the desk: its slips and
            // complainants are waited for; the older ledger history is not.
            int desk = 0;
            for (const TimerBoard::Item &item : board.items()) {
                if (item.source != BoardSource::SlipReturn && item.source != BoardSource::TellComplainant)
                    continue;
                ++desk;
                const ServiceRequest r = requests.request(Session::commandLine(), item.entry.id).value();
                QVERIFY(r.registeredAt >= now.addDays(-3));
            }
            QVERIFY(desk >= 1);
        }
        QCOMPARE(runs.at(0), runs.at(1));
        QVERIFY(rows.size() > 300);

        // Every kind and every repair class; most closed after a callback, some still open.
        QSet<QString> classes;
        int closed = 0;
        int open = 0;
        int late = 0;
        for (const ServiceRequest &r : std::as_const(rows)) {
            classes << RequestCodes::code(r.kind) + QLatin1Char('/') + r.classKey;
            closed += r.state == RequestState::Closed ? 1 : 0;
            open += r.isOpen() && r.state != RequestState::Completed ? 1 : 0;
            late += r.arrivedAt.isValid() && r.arrivedAt > r.arrivalDeadline ? 1 : 0;
            QVERIFY(r.registeredAt <= now);
            QVERIFY(!r.completedAt.isValid() || r.completedAt <= now);
        }
        for (const QString &key : TimeLimitTable::classKeys(RequestKind::Repair))
            QVERIFY2(classes.contains(QStringLiteral("repair/") + key), qPrintable(key));
        QVERIFY(std::any_of(classes.cbegin(), classes.cend(), [](const QString &c) { return c.startsWith(QLatin1String("complaint/")); }));
        QVERIFY(std::any_of(classes.cbegin(), classes.cend(), [](const QString &c) { return c.startsWith(QLatin1String("enquiry/")); }));
        QVERIFY2(closed > rows.size() * 8 / 10, qPrintable(QString::number(closed)));
        QVERIFY(open >= 5);
        QVERIFY(late > 0 && late < rows.size() / 4); // some late, most on time
        // Numbered in the order they were registered.
        for (int i = 1; i < rows.size(); ++i) {
            if (rows.at(i).kind == rows.at(i - 1).kind)
                QVERIFY(rows.at(i).number > rows.at(i - 1).number || rows.at(i).number.left(5) != rows.at(i - 1).number.left(5));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
