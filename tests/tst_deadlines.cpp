// Deadlines (SPEC 3.3): minutes and hours on the wall clock, working days by the Civil Code
// rule over the official schedules, in the estate's time zone (Asia/Shanghai).
//
// Every expected value below was worked out by hand from the holiday-cn JSON files
// (resources/holidays/2024.json .. 2026.json). 2026: off 1-3 Jan, 15-23 Feb, 4-6 Apr, 1-5 May,
// 19-21 Jun, 25-27 Sep, 1-7 Oct; worked Sun 4 Jan, Sat 14 Feb, Sat 28 Feb, Sat 9 May,
// Sun 20 Sep, Sat 10 Oct.

#include "testsupport.h"

#include "models/domain/deadlinecalculator.h"
#include "models/domain/holidaycalendar.h"
#include "models/domain/timelimit.h"
#include "models/io/holidayparser.h"

#include <QTest>
#include <QTimeZone>

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specExamples();
    void due_data();
    void due();
    void builtInCalendarGivesTheSameDeadlines();
    void zoneOfTheEstateDecidesTheDay();
    void parseLimits_data();
    void parseLimits();

private:
    HolidayCalendar m_calendar;
    QTimeZone m_zone{"Asia/Shanghai"};
};

void TestDeadlines::initTestCase()
{
    QVERIFY(m_zone.isValid());
    m_calendar = TestSupport::calendarFromJsonFiles();
    QCOMPARE(m_calendar.years(), (QList<int>{2024, 2025, 2026}));
}

void TestDeadlines::specExamples()
{
    const DeadlineCalculator calculator(m_calendar, m_zone);
    const Deadline sevenDays = calculator.due(QDateTime(QDate(2026, 2, 12), QTime(10, 0), m_zone),
                                              TimeLimit{7, TimeLimit::Unit::WorkingDays});
    QCOMPARE(sevenDays.due, QDateTime(QDate(2026, 3, 1), QTime(0, 0), m_zone));
    QCOMPARE(sevenDays.due.toTimeZone(m_zone).toString(Qt::ISODate), QStringLiteral("2026-03-01T00:00:00+08:00"));
    QVERIFY(sevenDays.yearsWithoutSchedule.isEmpty());

    const Deadline tenMinutes = calculator.due(QDateTime(QDate(2026, 2, 17), QTime(23, 55), m_zone),
                                               TimeLimit{10, TimeLimit::Unit::Minutes});
    QCOMPARE(tenMinutes.due, QDateTime(QDate(2026, 2, 18), QTime(0, 5), m_zone));
    QCOMPARE(tenMinutes.due.timeSpec(), Qt::UTC); // stored as UTC instants
}

void TestDeadlines::due_data()
{
    QTest::addColumn<QString>("start");    // ISO 8601 with offset
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("expected"); // ISO 8601 in the estate's zone
    QTest::addColumn<QList<int>>("missing");

    const QList<int> none;
    const QList<int> y2027{2027};

    // SPEC 3.3.
    QTest::newRow("spec: 7wd over Spring Festival")
        << "2026-02-12T10:00:00+08:00" << "7wd" << "2026-03-01T00:00:00+08:00" << none;
    QTest::newRow("spec: 10m across midnight")
        << "2026-02-17T23:55:00+08:00" << "10m" << "2026-02-18T00:05:00+08:00" << none;
    QTest::newRow("spec example given in UTC")
        << "2026-02-12T02:00:00Z" << "7wd" << "2026-03-01T00:00:00+08:00" << none;

    // National Day 2026 (off 1-7 Oct, Sat 10 Oct worked).
    QTest::newRow("1wd the day before National Day")
        << "2026-09-30T16:00:00+08:00" << "1wd" << "2026-10-09T00:00:00+08:00" << none;
    QTest::newRow("3wd over National Day, ends on the worked Saturday")
        << "2026-09-30T09:00:00+08:00" << "3wd" << "2026-10-11T00:00:00+08:00" << none;
    QTest::newRow("5wd over National Day")
        << "2026-09-30T09:00:00+08:00" << "5wd" << "2026-10-14T00:00:00+08:00" << none;
    QTest::newRow("registered on a holiday (Sat 3 Oct)")
        << "2026-10-03T11:00:00+08:00" << "1wd" << "2026-10-09T00:00:00+08:00" << none;
    QTest::newRow("registered on the last holiday")
        << "2026-10-07T20:00:00+08:00" << "1wd" << "2026-10-09T00:00:00+08:00" << none;
    QTest::newRow("2wd from Thu 8 Oct: Fri and the worked Saturday")
        << "2026-10-08T10:00:00+08:00" << "2wd" << "2026-10-11T00:00:00+08:00" << none;
    QTest::newRow("registered just after midnight local (still 7 Oct in UTC)")
        << "2026-10-08T00:30:00+08:00" << "1wd" << "2026-10-10T00:00:00+08:00" << none;
    QTest::newRow("Mid-Autumn 2026")
        << "2026-09-24T10:00:00+08:00" << "1wd" << "2026-09-29T00:00:00+08:00" << none;

    // Adjusted working days at a weekend.
    QTest::newRow("Friday: the next day is the worked Sunday 20 Sep")
        << "2026-09-18T17:00:00+08:00" << "1wd" << "2026-09-21T00:00:00+08:00" << none;
    QTest::newRow("Friday evening before the worked Saturday 14 Feb")
        << "2026-02-13T19:00:00+08:00" << "1wd" << "2026-02-15T00:00:00+08:00" << none;
    QTest::newRow("registered on the worked Saturday 14 Feb")
        << "2026-02-14T09:00:00+08:00" << "1wd" << "2026-02-25T00:00:00+08:00" << none;
    QTest::newRow("Friday evening, ordinary weekend")
        << "2026-03-06T18:30:00+08:00" << "1wd" << "2026-03-10T00:00:00+08:00" << none;
    QTest::newRow("1wd on an ordinary Monday")
        << "2026-03-09T08:00:00+08:00" << "1wd" << "2026-03-11T00:00:00+08:00" << none;

    // New Year.
    QTest::newRow("New Year 2026, 1wd ends on the worked Sunday 4 Jan")
        << "2025-12-31T10:00:00+08:00" << "1wd" << "2026-01-05T00:00:00+08:00" << none;
    QTest::newRow("New Year 2026, 3wd")
        << "2025-12-31T10:00:00+08:00" << "3wd" << "2026-01-07T00:00:00+08:00" << none;
    QTest::newRow("New Year 2025")
        << "2024-12-31T10:00:00+08:00" << "1wd" << "2025-01-03T00:00:00+08:00" << none;

    // Other years.
    QTest::newRow("National Day 2024, worked Sunday 29 Sep")
        << "2024-09-27T10:00:00+08:00" << "2wd" << "2024-10-01T00:00:00+08:00" << none;
    QTest::newRow("National Day 2025 (eight days)")
        << "2025-09-30T10:00:00+08:00" << "1wd" << "2025-10-10T00:00:00+08:00" << none;

    // Minutes and hours run day and night, holidays included.
    QTest::newRow("20m into National Day")
        << "2026-09-30T23:50:00+08:00" << "20m" << "2026-10-01T00:10:00+08:00" << none;
    QTest::newRow("8h across midnight into the worked Saturday")
        << "2026-10-09T20:00:00+08:00" << "8h" << "2026-10-10T04:00:00+08:00" << none;
    QTest::newRow("4h across midnight into Spring Festival")
        << "2026-02-14T22:00:00+08:00" << "4h" << "2026-02-15T02:00:00+08:00" << none;
    QTest::newRow("10m across New Year's Eve")
        << "2026-12-31T23:55:00+08:00" << "10m" << "2027-01-01T00:05:00+08:00" << none;

    // Into 2027, whose schedule is not loaded: weekends only, and said so.
    QTest::newRow("1wd into 2027")
        << "2026-12-31T10:00:00+08:00" << "1wd" << "2027-01-02T00:00:00+08:00" << y2027;
    QTest::newRow("3wd into 2027, over a weekend")
        << "2026-12-30T10:00:00+08:00" << "3wd" << "2027-01-05T00:00:00+08:00" << y2027;
    QTest::newRow("5wd from Christmas into 2027")
        << "2026-12-25T10:00:00+08:00" << "5wd" << "2027-01-02T00:00:00+08:00" << y2027;
    QTest::newRow("4wd ends on 31 Dec: 2027 not touched")
        << "2026-12-25T10:00:00+08:00" << "4wd" << "2027-01-01T00:00:00+08:00" << none;
}

void TestDeadlines::due()
{
    QFETCH(QString, start);
    QFETCH(QString, limit);
    QFETCH(QString, expected);
    QFETCH(QList<int>, missing);

    const QDateTime from = QDateTime::fromString(start, Qt::ISODate);
    QVERIFY(from.isValid());
    QVERIFY(from.timeSpec() != Qt::LocalTime);
    const auto parsed = TimeLimit::parse(limit);
    QVERIFY(parsed);

    const Deadline deadline = DeadlineCalculator(m_calendar, m_zone).due(from, *parsed);
    QVERIFY(deadline.due.isValid());
    QCOMPARE(deadline.due.toTimeZone(m_zone).toString(Qt::ISODate), expected);
    QCOMPARE(deadline.due, QDateTime::fromString(expected, Qt::ISODate));
    QCOMPARE(deadline.yearsWithoutSchedule, missing);
}

void TestDeadlines::builtInCalendarGivesTheSameDeadlines()
{
    // The schedules compiled into the program are the same as the published files.
    const HolidayCalendar builtIn = HolidayParser::builtInCalendar();
    const DeadlineCalculator shipped(builtIn, m_zone);
    const Deadline d = shipped.due(QDateTime(QDate(2026, 9, 30), QTime(9, 0), m_zone),
                                   TimeLimit{3, TimeLimit::Unit::WorkingDays});
    QCOMPARE(d.due, QDateTime(QDate(2026, 10, 11), QTime(0, 0), m_zone));
    const Deadline spring = shipped.due(QDateTime(QDate(2026, 2, 12), QTime(10, 0), m_zone),
                                        TimeLimit{7, TimeLimit::Unit::WorkingDays});
    QCOMPARE(spring.due, QDateTime(QDate(2026, 3, 1), QTime(0, 0), m_zone));
}

void TestDeadlines::zoneOfTheEstateDecidesTheDay()
{
    // 2026-10-07 23:30 in Urumqi (UTC+6) is 2026-10-08 01:30 in Beijing. An estate that keeps
    // Urumqi time registered it on the last holiday: 1wd ends at midnight Urumqi time after
    // Thursday 8 October; a Beijing estate counts from Thursday and ends after Friday.
    const QTimeZone urumqi("Asia/Urumqi");
    QVERIFY(urumqi.isValid());
    const QDateTime registered(QDate(2026, 10, 7), QTime(23, 30), urumqi);
    const TimeLimit oneDay{1, TimeLimit::Unit::WorkingDays};
    QCOMPARE(DeadlineCalculator(m_calendar, urumqi).due(registered, oneDay).due,
             QDateTime(QDate(2026, 10, 9), QTime(0, 0), urumqi));
    QCOMPARE(DeadlineCalculator(m_calendar, m_zone).due(registered, oneDay).due,
             QDateTime(QDate(2026, 10, 10), QTime(0, 0), m_zone));
}

void TestDeadlines::parseLimits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit"); // TimeLimit::Unit

    const int m = int(TimeLimit::Unit::Minutes);
    const int h = int(TimeLimit::Unit::Hours);
    const int wd = int(TimeLimit::Unit::WorkingDays);
    QTest::newRow("10m") << "10m" << true << 10 << m;
    QTest::newRow("10min") << "10min" << true << 10 << m;
    QTest::newRow("8h") << "8h" << true << 8 << h;
    QTest::newRow("7wd") << "7wd" << true << 7 << wd;
    QTest::newRow("1wd") << "1wd" << true << 1 << wd;
    QTest::newRow("upper case") << "7WD" << true << 7 << wd;
    QTest::newRow("spaces") << " 4 h " << true << 4 << h;
    QTest::newRow("empty") << "" << false << 0 << 0;
    QTest::newRow("no unit") << "7" << false << 0 << 0;
    QTest::newRow("no amount") << "wd" << false << 0 << 0;
    QTest::newRow("calendar days") << "2d" << false << 0 << 0;
    QTest::newRow("zero") << "0m" << false << 0 << 0;
    QTest::newRow("negative") << "-5m" << false << 0 << 0;
    QTest::newRow("fraction") << "1.5h" << false << 0 << 0;
    QTest::newRow("words") << "7 days" << false << 0 << 0;
    QTest::newRow("unit first") << "m10" << false << 0 << 0;
    QTest::newRow("two limits") << "7wd8h" << false << 0 << 0;
    QTest::newRow("far too many digits") << "123456m" << false << 0 << 0;
}

void TestDeadlines::parseLimits()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, amount);
    QFETCH(int, unit);

    const auto limit = TimeLimit::parse(text);
    QCOMPARE(limit.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(limit->amount, amount);
    QCOMPARE(int(limit->unit), unit);
    // What the program writes back reads back as the same limit.
    QCOMPARE(TimeLimit::parse(limit->code()), limit);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
