#pragma once

// A hand-built September 2026 in Asia/Shanghai for the monthly report's tests. Rows are
// written with plain SQL (not through the repositories) so that the expected figures do
// not depend on the code under test; every expected value is worked out in the comments.

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/reportrepository.h"
#include "models/repositories/settingsrepository.h"
#include "servicedesksupport.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

// A value of the report's JSON by its dotted key, e.g. "repairs.arrival_on_time_rate".
inline QJsonValue jsonAt(const QJsonObject &root, const QString &dotted)
{
    QJsonValue v = root;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

struct ReportFixture : ServiceDeskFixture
{
    ReportFixture() : ServiceDeskFixture(local(2026, 10, 15, 9, 0)) {}

    static qint64 ms(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
    static QDateTime L(int mo, int d, int h, int mi) { return local(2026, mo, d, h, mi); }

    qint64 seq = 0;

    QVariant opt(const QDateTime &t) const
    {
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
    }

    qint64 exec(const QString &sql, const QList<QPair<QString, QVariant>> &values)
    {
        Query q(*db, sql);
        for (const auto &[name, value] : values)
            q.bind(name, value);
        const Status s = q.exec();
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return q.raw().lastInsertId().toLongLong();
    }

    qint64 request(const char *kind, const QString &number, const char *classKey, const QDateTime &registered,
                   const QDateTime &arrivalDeadline, const QDateTime &arrived, const QDateTime &completionDeadline,
                   const QDateTime &completed, bool major = false, bool voided = false)
    {
        ++seq;
        return exec(QStringLiteral(
                        "INSERT INTO requests (kind, number, number_year, number_seq, channel, registered_at, "
                        "registered_by_name, reporter_name, class_key, description, major, signature, "
                        "arrival_deadline, arrived_at, completion_deadline, completed_at, receiver_name, state, voided) "
                        "VALUES (:kind, :number, 2026, :seq, 'phone', :reg, :resp, :reporter, :class, 'test', :major, "
                        "'pending', :ad, :aa, :cd, :ca, :recv, :state, :voided)"),
                    {{QStringLiteral(":kind"), QString::fromLatin1(kind)},
                     {QStringLiteral(":number"), number},
                     {QStringLiteral(":seq"), seq},
                     {QStringLiteral(":reg"), ms(registered)},
                     {QStringLiteral(":resp"), QStringLiteral("王芳")},
                     {QStringLiteral(":reporter"), QStringLiteral("住户") + number.right(2)},
                     {QStringLiteral(":class"), QString::fromLatin1(classKey)},
                     {QStringLiteral(":major"), major ? 1 : 0},
                     {QStringLiteral(":ad"), opt(arrivalDeadline)},
                     {QStringLiteral(":aa"), opt(arrived)},
                     {QStringLiteral(":cd"), opt(completionDeadline)},
                     {QStringLiteral(":ca"), opt(completed)},
                     {QStringLiteral(":recv"), QStringLiteral("Tom Tech")},
                     {QStringLiteral(":state"), completed.isValid() ? QStringLiteral("completed") : QStringLiteral("dispatched")},
                     {QStringLiteral(":voided"), voided ? 1 : 0}});
    }

    void callback(qint64 requestId, const QDateTime &at, const char *attitude)
    {
        exec(QStringLiteral("INSERT INTO request_callbacks (request_id, at, by_name, solved, attitude) "
                            "VALUES (:id, :at, 'Carl Clerk', 1, :att)"),
             {{QStringLiteral(":id"), requestId}, {QStringLiteral(":at"), ms(at)},
              {QStringLiteral(":att"), QString::fromLatin1(attitude)}});
    }

    void survey(const QDateTime &at, const char *answer, const char *source = "paper", const QString &service = {})
    {
        exec(QStringLiteral("INSERT INTO survey_answers (source, answered_at, answer, service, recorded_at, recorded_by) "
                            "VALUES (:src, :at, :answer, :service, :now, 'test')"),
             {{QStringLiteral(":src"), QString::fromLatin1(source)}, {QStringLiteral(":at"), ms(at)},
              {QStringLiteral(":answer"), QString::fromLatin1(answer)},
              {QStringLiteral(":service"), service.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(service)},
              {QStringLiteral(":now"), ms(at)}});
    }

    void visitor(const QString &id, const QDateTime &at, const char *status)
    {
        exec(QStringLiteral("INSERT INTO visitors (id, name, purpose, status, occurred_at, recorded_at, guard, seat) "
                            "VALUES (:id, '访客', '探亲', :status, :at, :at2, 'g', 's')"),
             {{QStringLiteral(":id"), id}, {QStringLiteral(":status"), QString::fromLatin1(status)},
              {QStringLiteral(":at"), ms(at)}, {QStringLiteral(":at2"), ms(at)}});
    }

    void vehicle(const QString &id, const QDateTime &at, const char *direction, const char *category,
                 const char *decision = "passed")
    {
        exec(QStringLiteral("INSERT INTO vehicle_events (id, plate, direction, category, decision, occurred_at, "
                            "recorded_at, guard, seat) VALUES (:id, '粤B12345', :dir, :cat, :dec, :at, :at2, 'g', 's')"),
             {{QStringLiteral(":id"), id}, {QStringLiteral(":dir"), QString::fromLatin1(direction)},
              {QStringLiteral(":cat"), QString::fromLatin1(category)},
              {QStringLiteral(":dec"), QString::fromLatin1(decision)},
              {QStringLiteral(":at"), ms(at)}, {QStringLiteral(":at2"), ms(at)}});
    }

    // The month of September 2026 (see tst_monthlyreport.cpp for the figures it must give).
    void buildSeptember()
    {
        SettingsRepository(*db).setEstateName(admin, QStringLiteral("阳光花园"));
        const QDateTime none;
        // Repairs.
        r1 = request("repair", QStringLiteral("R2026-000001"), "emergency", L(9, 1, 0, 0), L(9, 1, 0, 10),
                     L(9, 1, 0, 8), L(9, 1, 4, 0), L(9, 1, 3, 0));
        r2 = request("repair", QStringLiteral("R2026-000002"), "emergency", L(9, 30, 23, 50), L(10, 1, 0, 0),
                     L(10, 1, 0, 20), L(10, 1, 3, 50), none);
        r3 = request("repair", QStringLiteral("R2026-000003"), "emergency", L(8, 31, 23, 50), L(9, 1, 0, 0),
                     L(9, 1, 0, 30), L(9, 1, 3, 50), L(9, 1, 2, 0));
        r4 = request("repair", QStringLiteral("R2026-000004"), "general", L(9, 10, 10, 0), L(9, 10, 11, 0), none,
                     L(9, 19, 0, 0), none);
        r5 = request("repair", QStringLiteral("R2026-000005"), "emergency", L(9, 15, 9, 0), L(9, 15, 9, 20),
                     L(9, 15, 9, 30), L(9, 15, 13, 0), L(9, 15, 14, 0));
        r6 = request("repair", QStringLiteral("R2026-000006"), "simple", L(9, 12, 10, 0), L(9, 12, 10, 10), none,
                     L(9, 12, 14, 0), none, false, true);
        r7 = request("repair", QStringLiteral("R2026-000007"), "simple", L(9, 20, 10, 0), L(9, 20, 10, 10),
                     L(9, 20, 10, 5), L(9, 20, 14, 0), L(10, 3, 9, 0));
        callback(r1, L(9, 2, 10, 0), "satisfied");
        callback(r5, L(10, 2, 10, 0), "satisfied");
        // Complaints.
        c1 = request("complaint", QStringLiteral("C2026-000001"), "neighbour", L(9, 5, 20, 0), L(9, 5, 20, 15),
                     L(9, 5, 20, 10), none, L(9, 5, 21, 0));
        c2 = request("complaint", QStringLiteral("C2026-000002"), "attitude_ordinary", L(9, 8, 9, 0), none, none,
                     L(9, 8, 13, 0), L(9, 8, 15, 0), true);
        c3 = request("complaint", QStringLiteral("C2026-000003"), "neighbour", L(9, 30, 23, 55), L(10, 1, 0, 10),
                     none, none, none);
        c4 = request("complaint", QStringLiteral("C2026-000004"), "engineering", L(9, 25, 10, 0), L(9, 25, 11, 0),
                     L(9, 25, 10, 30), L(10, 9, 0, 0), none, true);
        c5 = request("complaint", QStringLiteral("C2026-000005"), "attitude_serious", L(8, 28, 10, 0), none, none,
                     L(9, 2, 0, 0), L(9, 3, 10, 0), true);
        callback(c1, L(9, 6, 10, 0), "basic");
        callback(c2, L(9, 9, 10, 0), "unsatisfied");
        // Surveys: four in September, one the last minute of August, one in October.
        survey(L(9, 3, 10, 0), "satisfied");
        survey(L(9, 10, 10, 0), "satisfied");
        survey(L(9, 20, 10, 0), "basic");
        survey(L(9, 29, 16, 0), "satisfied", "desk", QStringLiteral("R2026-000007"));
        survey(L(8, 31, 23, 59), "unsatisfied");
        survey(L(10, 1, 0, 30), "unsatisfied");
        // Gate.
        visitor(QStringLiteral("v1"), L(9, 5, 9, 10), "left");
        visitor(QStringLiteral("v2"), L(9, 6, 9, 40), "inside");
        visitor(QStringLiteral("v3"), L(9, 7, 15, 0), "refused");
        visitor(QStringLiteral("v4"), L(8, 31, 23, 0), "left");
        vehicle(QStringLiteral("e1"), L(9, 3, 9, 5), "in", "resident");
        vehicle(QStringLiteral("e2"), L(9, 4, 9, 30), "in", "resident");
        vehicle(QStringLiteral("e3"), L(9, 5, 18, 0), "in", "resident");
        vehicle(QStringLiteral("e4"), L(9, 6, 9, 15), "in", "temporary");
        vehicle(QStringLiteral("e5"), L(9, 7, 10, 0), "in", "lorry", "refused");
        vehicle(QStringLiteral("e6"), L(9, 3, 19, 0), "out", "resident");
        vehicle(QStringLiteral("e7"), L(10, 1, 0, 30), "in", "resident");
        // Residents: two links starting in September (one on the 30th), one ending on 1 September,
        // one starting on 1 October; permits overlapping September: two of three (and one voided).
        const qint64 t = ms(L(9, 1, 0, 0));
        const qint64 building = exec(QStringLiteral("INSERT INTO buildings (code, created_at) VALUES ('3', :t)"),
                                     {{QStringLiteral(":t"), t}});
        const qint64 unit = exec(QStringLiteral("INSERT INTO units (building_id, code, created_at) VALUES (:b, '2', :t)"),
                                 {{QStringLiteral(":b"), building}, {QStringLiteral(":t"), t}});
        const qint64 house = exec(QStringLiteral("INSERT INTO houses (unit_id, room, number, created_at, updated_at, "
                                                 "updated_by) VALUES (:u, '1201', '3-2-1201', :t, :t2, 'test')"),
                                  {{QStringLiteral(":u"), unit}, {QStringLiteral(":t"), t}, {QStringLiteral(":t2"), t}});
        const qint64 resident = exec(QStringLiteral("INSERT INTO residents (name, created_at, updated_at, updated_by) "
                                                    "VALUES ('张三', :t, :t2, 'test')"),
                                     {{QStringLiteral(":t"), t}, {QStringLiteral(":t2"), t}});
        auto link = [&](const char *start, const char *end) {
            exec(QStringLiteral("INSERT INTO resident_houses (resident_id, house_id, role, start_date, end_date, ended, "
                                "created_at, updated_at, updated_by) VALUES (:r, :h, 'owner', :s, :e, :ended, :t, :t2, 'x')"),
                 {{QStringLiteral(":r"), resident}, {QStringLiteral(":h"), house},
                  {QStringLiteral(":s"), QString::fromLatin1(start)},
                  {QStringLiteral(":e"), end ? QVariant(QString::fromLatin1(end)) : QVariant(QMetaType::fromType<QString>())},
                  {QStringLiteral(":ended"), end ? 1 : 0}, {QStringLiteral(":t"), t}, {QStringLiteral(":t2"), t}});
        };
        link("2026-09-01", nullptr);
        link("2026-09-30", nullptr);
        link("2025-01-01", "2026-09-01");
        link("2026-10-01", nullptr);
        auto permit = [&](const char *number, const char *start, const char *end, int voided) {
            exec(QStringLiteral("INSERT INTO decoration_permits (permit_number, house_id, company, start_date, end_date, "
                                "voided, created_at, updated_at, updated_by) VALUES (:n, :h, '装修公司', :s, :e, :v, :t, "
                                ":t2, 'x')"),
                 {{QStringLiteral(":n"), QString::fromLatin1(number)}, {QStringLiteral(":h"), house},
                  {QStringLiteral(":s"), QString::fromLatin1(start)}, {QStringLiteral(":e"), QString::fromLatin1(end)},
                  {QStringLiteral(":v"), voided}, {QStringLiteral(":t"), t}, {QStringLiteral(":t2"), t}});
        };
        permit("P1", "2026-08-01", "2026-09-01", 0);
        permit("P2", "2026-09-30", "2026-12-31", 0);
        permit("P3", "2026-07-01", "2026-08-31", 0);
        permit("P4", "2026-09-10", "2026-09-20", 1);
    }

    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
};
