// SPEC 3.2-3.4: every class's deadlines, on-time flags and timer states. The expected
// instants are worked out by hand from the 2026 schedule (resources/holidays/2026.json):
// 1-3 Jan off, Sun 4 Jan worked; Sat 14 Feb worked, 15-23 Feb off, Sat 28 Feb worked;
// 4-6 Apr off; 1-5 May off, Sat 9 May worked; 19-21 Jun off; Sun 20 Sep worked,
// 25-27 Sep off; 1-7 Oct off, Sat 10 Oct worked.
#include "models/domain/deadlinecalculator.h"
#include "models/domain/requesttimer.h"
#include "models/domain/timelimittable.h"
#include "models/io/holidayparser.h"

#include <QTest>
#include <QTimeZone>

namespace {
QTimeZone shanghai()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDateTime local(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), shanghai());
}
} // namespace

Q_DECLARE_METATYPE(RequestKind)

class TestTimeLimits : public QObject
{
    Q_OBJECT

    HolidayCalendar m_calendar = HolidayParser::builtInCalendar();

private slots:
    void deadlines_data()
    {
        QTest::addColumn<RequestKind>("kind");
        QTest::addColumn<QString>("classKey");
        QTest::addColumn<QDateTime>("registered");
        QTest::addColumn<QDateTime>("arrival");    // invalid: not measured
        QTest::addColumn<QDateTime>("completion"); // invalid: not measured

        const RequestKind r = RequestKind::Repair;
        const RequestKind c = RequestKind::Complaint;
        const RequestKind e = RequestKind::Enquiry;
        const QDateTime none;
        // Repairs.
        QTest::newRow("emergency at 21:50") << r << "emergency" << local(2026, 2, 11, 21, 50)
                                            << local(2026, 2, 11, 22, 0) << local(2026, 2, 12, 1, 50);
        QTest::newRow("emergency across midnight in the holiday")
            << r << "emergency" << local(2026, 2, 17, 23, 55) << local(2026, 2, 18, 0, 5) << local(2026, 2, 18, 3, 55);
        QTest::newRow("simple on a holiday Saturday night")
            << r << "simple" << local(2026, 1, 3, 21, 45) << local(2026, 1, 3, 22, 5) << local(2026, 1, 4, 1, 45);
        // Spec example: 13 Feb, Sat 14 Feb (worked), 24-27 Feb, Sat 28 Feb (worked) = 7.
        QTest::newRow("general across the Spring Festival")
            << r << "general" << local(2026, 2, 12, 10, 0) << local(2026, 2, 12, 11, 0) << local(2026, 3, 1, 0, 0);
        // Sat 14 Feb, 24-28 Feb (28 worked), Mon 2 Mar = 7.
        QTest::newRow("general from the Friday before the festival")
            << r << "general" << local(2026, 2, 13, 17, 0) << local(2026, 2, 13, 18, 0) << local(2026, 3, 3, 0, 0);
        // 26-27 Sep off, Mon 28 Sep is the one working day.
        QTest::newRow("public urgent on the Mid-Autumn Friday")
            << r << "public_urgent" << local(2026, 9, 25, 15, 0) << local(2026, 9, 25, 15, 10)
            << local(2026, 9, 29, 0, 0);
        // 1-7 Oct off: Thu 8, Fri 9, Sat 10 Oct (worked).
        QTest::newRow("public other before National Day")
            << r << "public_other" << local(2026, 9, 30, 9, 0) << local(2026, 9, 30, 10, 0)
            << local(2026, 10, 11, 0, 0);
        // Complaints.
        QTest::newRow("attitude ordinary over midnight on Labour Day")
            << c << "attitude_ordinary" << local(2026, 5, 1, 22, 30) << none << local(2026, 5, 2, 2, 30);
        // Sat 19 Sep off, Sun 20 Sep worked, Mon 21 Sep.
        QTest::newRow("attitude serious over the worked Sunday")
            << c << "attitude_serious" << local(2026, 9, 18, 16, 0) << none << local(2026, 9, 22, 0, 0);
        // 1-5 May off: Wed 6, Thu 7, Fri 8, Sat 9 (worked), Mon 11, Tue 12, Wed 13.
        QTest::newRow("engineering as a general repair over Labour Day")
            << c << "engineering" << local(2026, 4, 30, 14, 0) << local(2026, 4, 30, 15, 0) << local(2026, 5, 14, 0, 0);
        QTest::newRow("public urgent complaint") << c << "public_urgent" << local(2026, 3, 10, 9, 0)
                                                 << local(2026, 3, 10, 9, 10) << none;
        // 4-6 Apr off: Tue 7, Wed 8, Thu 9.
        QTest::newRow("public other complaint over Qingming")
            << c << "public_other" << local(2026, 4, 3, 11, 0) << none << local(2026, 4, 10, 0, 0);
        QTest::newRow("neighbour noise at new year's eve")
            << c << "neighbour" << local(2026, 12, 31, 23, 50) << local(2027, 1, 1, 0, 5) << none;
        QTest::newRow("other complaint overnight") << c << "other" << local(2026, 6, 19, 20, 0)
                                                   << local(2026, 6, 20, 4, 0) << none;
        // Enquiries.
        QTest::newRow("general enquiry across midnight")
            << e << "general" << local(2026, 1, 1, 23, 45) << none << local(2026, 1, 2, 0, 15);
        QTest::newRow("fees enquiry") << e << "fees" << local(2026, 3, 2, 10, 0) << local(2026, 3, 2, 10, 30) << none;
        QTest::newRow("external enquiry on National Day")
            << e << "external" << local(2026, 10, 1, 12, 0) << none << local(2026, 10, 1, 12, 30);
        // Sat 3 Jan off, Sun 4 Jan worked, Mon 5 Jan.
        QTest::newRow("other department over New Year")
            << e << "other_department" << local(2026, 1, 2, 10, 0) << none << local(2026, 1, 6, 0, 0);
    }

    void deadlines()
    {
        QFETCH(RequestKind, kind);
        QFETCH(QString, classKey);
        QFETCH(QDateTime, registered);
        QFETCH(QDateTime, arrival);
        QFETCH(QDateTime, completion);
        const auto entry = TimeLimitTable::defaults().entry(kind, classKey);
        QVERIFY(entry);
        const DeadlineCalculator calculator(m_calendar, shanghai());
        const RequestDeadlines d = TimeLimitTable::compute(*entry, registered, {}, calculator);
        QCOMPARE(d.arrival, arrival.toUTC());
        QCOMPARE(d.completion, completion.toUTC());
        QVERIFY(d.yearsWithoutSchedule.isEmpty() || registered.date().year() == 2026);

        // The on-time columns: an unmeasured deadline is empty, whatever happened.
        const QDateTime asOf = local(2027, 6, 1, 0, 0);
        QCOMPARE(RequestTimer::onTime(d.arrival, {}, asOf) == OnTime::NotMeasured, !arrival.isValid());
        QCOMPARE(RequestTimer::onTime(d.completion, {}, asOf) == OnTime::NotMeasured, !completion.isValid());
        if (arrival.isValid()) {
            QCOMPARE(RequestTimer::onTime(d.arrival, arrival, asOf), OnTime::Yes);
            QCOMPARE(RequestTimer::onTime(d.arrival, arrival.addSecs(60), asOf), OnTime::No);
        }
        if (completion.isValid()) {
            QCOMPARE(RequestTimer::onTime(d.completion, completion.addSecs(-60), asOf), OnTime::Yes);
            QCOMPARE(RequestTimer::onTime(d.completion, completion.addSecs(1), asOf), OnTime::No);
        }
    }

    void everyClassHasALimit()
    {
        const TimeLimitTable table = TimeLimitTable::defaults();
        int classes = 0;
        for (RequestKind kind : RequestCodes::kinds()) {
            for (const QString &key : TimeLimitTable::classKeys(kind)) {
                const auto e = table.entry(kind, key);
                QVERIFY2(e && (e->arrival || e->completion), qPrintable(key));
                ++classes;
            }
        }
        QCOMPARE(classes, 5 + 7 + 4);
        QCOMPARE(table.entries().size(), classes);
    }

    void agreedTimeEarlierWins()
    {
        const auto general = TimeLimitTable::defaults().entry(RequestKind::Repair, QStringLiteral("general"));
        const DeadlineCalculator calculator(m_calendar, shanghai());
        const QDateTime registered = local(2026, 2, 12, 10, 0);
        RequestDeadlines d = TimeLimitTable::compute(*general, registered, local(2026, 2, 13, 18, 0), calculator);
        QCOMPARE(d.completion, local(2026, 2, 13, 18, 0).toUTC());
        QCOMPARE(d.arrival, local(2026, 2, 12, 11, 0).toUTC());
        d = TimeLimitTable::compute(*general, registered, local(2026, 3, 5, 10, 0), calculator);
        QCOMPARE(d.completion, local(2026, 3, 1, 0, 0).toUTC());
        // A class measured to arrival only: the agreed time shortens the arrival.
        const auto neighbour = TimeLimitTable::defaults().entry(RequestKind::Complaint, QStringLiteral("neighbour"));
        d = TimeLimitTable::compute(*neighbour, registered, local(2026, 2, 12, 10, 5), calculator);
        QCOMPARE(d.arrival, local(2026, 2, 12, 10, 5).toUTC());
        QVERIFY(!d.completion.isValid());
    }

    void missingScheduleIsReported()
    {
        const auto general = TimeLimitTable::defaults().entry(RequestKind::Repair, QStringLiteral("general"));
        const DeadlineCalculator calculator(m_calendar, shanghai());
        const RequestDeadlines d = TimeLimitTable::compute(*general, local(2027, 3, 1, 9, 0), {}, calculator);
        QCOMPARE(d.yearsWithoutSchedule, QList<int>{2027});
        // Weekends only, from Monday 1 March 2027: Tue 2 .. Fri 5, Mon 8 .. Wed 10 = 7 working days.
        QCOMPARE(d.completion, local(2027, 3, 11, 0, 0).toUTC());
    }

    void onTimeFlags()
    {
        const QDateTime deadline = local(2026, 2, 11, 22, 0);
        QCOMPARE(RequestTimer::onTime(deadline, deadline, deadline), OnTime::Yes);
        QCOMPARE(RequestTimer::onTime(deadline, deadline.addMSecs(1), deadline), OnTime::No);
        QCOMPARE(RequestTimer::onTime(deadline, {}, deadline), OnTime::Pending);
        QCOMPARE(RequestTimer::onTime(deadline, {}, deadline.addSecs(1)), OnTime::No);
        QCOMPARE(RequestTimer::onTime({}, deadline, deadline), OnTime::NotMeasured);
        QCOMPARE(RequestTimer::code(OnTime::Pending), QStringLiteral("pending"));
        QCOMPARE(RequestTimer::code(OnTime::NotMeasured), QString());
    }

    void timerStates()
    {
        // Emergency: 10 minutes to arrival; under 10 minutes left is due soon.
        TimerInput leak;
        leak.registeredAt = local(2026, 2, 11, 21, 50).toMSecsSinceEpoch();
        leak.arrivalDeadline = local(2026, 2, 11, 22, 0).toMSecsSinceEpoch();
        leak.completionDeadline = local(2026, 2, 12, 1, 50).toMSecsSinceEpoch();
        auto at = [](const TimerInput &in, const QDateTime &when) { return RequestTimer::evaluate(in, when); };
        QCOMPARE(at(leak, local(2026, 2, 11, 21, 50)).state, TimerState::OnTrack);
        QCOMPARE(at(leak, local(2026, 2, 11, 21, 50).addSecs(1)).state, TimerState::DueSoon);
        QCOMPARE(at(leak, local(2026, 2, 11, 22, 0)).state, TimerState::DueSoon);
        QCOMPARE(at(leak, local(2026, 2, 11, 22, 0)).msecsLeft, 0);
        QCOMPARE(at(leak, local(2026, 2, 11, 22, 0).addMSecs(1)).state, TimerState::Overdue);
        QCOMPARE(at(leak, local(2026, 2, 11, 22, 0).addMSecs(1)).deadline, DeadlineKind::Arrival);
        // Arrived late: the timer moves on to completion (01:50, 3 h 45 min away = on track).
        leak.arrivedAt = local(2026, 2, 11, 22, 5).toMSecsSinceEpoch();
        TimerStatus s = at(leak, local(2026, 2, 11, 22, 5));
        QCOMPARE(s.state, TimerState::OnTrack);
        QCOMPARE(s.deadline, DeadlineKind::Completion);
        QCOMPARE(s.msecsLeft, qint64(225) * 60 * 1000);
        // 20% of 4 h is 48 min: at 01:03 47 min are left.
        QCOMPARE(at(leak, local(2026, 2, 12, 1, 1)).state, TimerState::OnTrack);
        QCOMPARE(at(leak, local(2026, 2, 12, 1, 3)).state, TimerState::DueSoon);
        leak.completedAt = local(2026, 2, 12, 0, 30).toMSecsSinceEpoch();
        QCOMPARE(at(leak, local(2026, 2, 12, 3, 0)).state, TimerState::None);

        // General repair: 60 minutes to arrival, due soon under 12 minutes (20%).
        TimerInput general;
        general.registeredAt = local(2026, 2, 12, 10, 0).toMSecsSinceEpoch();
        general.arrivalDeadline = local(2026, 2, 12, 11, 0).toMSecsSinceEpoch();
        general.completionDeadline = local(2026, 3, 1, 0, 0).toMSecsSinceEpoch();
        QCOMPARE(at(general, local(2026, 2, 12, 10, 47)).state, TimerState::OnTrack);
        QCOMPARE(at(general, local(2026, 2, 12, 10, 49)).state, TimerState::DueSoon);
        general.arrivedAt = local(2026, 2, 12, 10, 40).toMSecsSinceEpoch();
        // 7 working days = 398 h from registration; 20% = 79 h 36 min before 1 Mar 00:00 = 25 Feb 16:24.
        QCOMPARE(at(general, local(2026, 2, 25, 16, 0)).state, TimerState::OnTrack);
        QCOMPARE(at(general, local(2026, 2, 25, 17, 0)).state, TimerState::DueSoon);
        QCOMPARE(at(general, local(2026, 3, 1, 0, 1)).state, TimerState::Overdue);

        // Only a completion ("handled") deadline: the timer runs to it from the start.
        TimerInput attitude;
        attitude.registeredAt = local(2026, 5, 1, 22, 30).toMSecsSinceEpoch();
        attitude.completionDeadline = local(2026, 5, 2, 2, 30).toMSecsSinceEpoch();
        s = at(attitude, local(2026, 5, 1, 23, 0));
        QCOMPARE(s.deadline, DeadlineKind::Completion);
        QCOMPARE(s.state, TimerState::OnTrack);
    }

    void formatting()
    {
        QCOMPARE(RequestTimer::formatLeft(qint64(65) * 60000 + 30000), QStringLiteral("1 h 05 min"));
        QCOMPARE(RequestTimer::formatLeft(qint64(9) * 60000), QStringLiteral("9 min"));
        QCOMPARE(RequestTimer::formatLeft(-qint64(12) * 60000), QStringLiteral("12 min late"));
        QCOMPARE(RequestTimer::formatLeft(qint64(50) * 3600000), QStringLiteral("2 d 2 h"));
    }

    void limitCodes()
    {
        const auto e = TimeLimitTable::defaults().entry(RequestKind::Repair, QStringLiteral("public_urgent"));
        QCOMPARE(e->arrival->code(), QStringLiteral("10m"));
        QCOMPARE(e->completion->code(), QStringLiteral("1wd"));
        QCOMPARE(TimeLimitTable::className(RequestKind::Complaint, QStringLiteral("neighbour")),
                 QStringLiteral("Neighbour behaviour"));
    }
};

QTEST_GUILESS_MAIN(TestTimeLimits)
#include "tst_timelimits.moc"
