// The working-day calendar: the holiday-cn JSON and iCalendar readers, and the
// administrator's import of a new year's schedule into a database.

#include "testdatabase.h"
#include "testsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/holidaycalendar.h"
#include "models/domain/timelimit.h"
#include "models/io/holidayparser.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

HolidayCalendar calendarFromIcs(const QByteArray &data, QString *error = nullptr)
{
    HolidayCalendar calendar;
    const auto parsed = HolidayParser::parseIcs(data);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error();
        return calendar;
    }
    for (const HolidaySchedule &schedule : parsed.value())
        calendar.setSchedule(schedule);
    return calendar;
}

QByteArray fixtureIcs()
{
    return TestSupport::readFile(TestSupport::testDataFile(QStringLiteral("holiday-cn.ics")));
}

using TestSupport::auditOf;

QDateTime shanghai(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai"));
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jsonAndIcsAgreeOnEveryDay();
    void officialDays_data();
    void officialDays();
    void builtInScheduleMatchesJsonFiles();
    void foldedIcsLines();
    void icsWithByteOrderMarkAndLf();
    void badFiles_data();
    void badFiles();

    void importJsonIsAudited();
    void importIcsIsAudited();
    void importedYearReplacesBuiltInYear();
    void importingNextYearRemovesWarning();
    void badImportChangesNothing();
    void clerkCannotImport();

private:
    struct Fixture
    {
        ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC)};
        Database db{clock};
        Session admin;
        Session clerk;
    };
    // A fresh database with a signed-in administrator and clerk.
    std::unique_ptr<Fixture> newFixture();

    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    int m_counter = 0;
    HolidayCalendar m_json;
    HolidayCalendar m_ics;
};

void TestCalendar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_json = TestSupport::calendarFromJsonFiles();
    QString error;
    const QByteArray ics = fixtureIcs();
    QVERIFY2(!ics.isEmpty(), "tests/data/holiday-cn.ics is missing");
    m_ics = calendarFromIcs(ics, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

std::unique_ptr<TestCalendar::Fixture> TestCalendar::newFixture()
{
    auto f = std::make_unique<Fixture>();
    const Status opened = m_store.open(f->db, QStringLiteral("calendar%1.sqlite").arg(++m_counter));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    UserRepository users(f->db);
    const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                      QStringLiteral("admin-password-1"));
    if (!admin.ok())
        qFatal("%s", qPrintable(admin.error()));
    f->admin = admin.value();
    if (!users.addUser(f->admin, QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk,
                       QStringLiteral("clerk-password-1"))
             .ok())
        qFatal("cannot add the clerk");
    const auto clerk = users.signIn(QStringLiteral("lixm"), QStringLiteral("clerk-password-1"));
    if (!clerk.ok())
        qFatal("%s", qPrintable(clerk.error()));
    f->clerk = clerk.value();
    return f;
}

void TestCalendar::jsonAndIcsAgreeOnEveryDay()
{
    for (int year : {2024, 2025, 2026}) {
        QVERIFY(m_json.hasSchedule(year));
        QVERIFY(m_ics.hasSchedule(year));
    }
    int days = 0;
    int officialExceptions = 0; // weekdays off and weekend days worked
    for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        const bool json = m_json.isWorkingDay(d);
        QVERIFY2(json == m_ics.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        if (json != (d.dayOfWeek() <= 5))
            ++officialExceptions;
        ++days;
    }
    QCOMPARE(days, 366 + 365 + 365);
    // Each year has a few dozen such days; a reader that found none would agree with
    // itself trivially.
    QVERIFY2(officialExceptions > 60, qPrintable(QString::number(officialExceptions)));
}

void TestCalendar::officialDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    // Adjusted working days 2026 (调休上班), all at a weekend.
    QTest::newRow("2026-01-04 Sun, after New Year") << QDate(2026, 1, 4) << true;
    QTest::newRow("2026-02-14 Sat, before Spring Festival") << QDate(2026, 2, 14) << true;
    QTest::newRow("2026-02-28 Sat, after Spring Festival") << QDate(2026, 2, 28) << true;
    QTest::newRow("2026-05-09 Sat, after Labour Day") << QDate(2026, 5, 9) << true;
    QTest::newRow("2026-09-20 Sun, before National Day") << QDate(2026, 9, 20) << true;
    QTest::newRow("2026-10-10 Sat, after National Day") << QDate(2026, 10, 10) << true;
    // Spring Festival 2026: 15-23 February.
    for (int day = 15; day <= 23; ++day) {
        const QByteArray name = "Spring Festival 2026-02-" + QByteArray::number(day);
        QTest::newRow(name.constData()) << QDate(2026, 2, day) << false;
    }
    QTest::newRow("2026-02-24 Tue, back at work") << QDate(2026, 2, 24) << true;
    // National Day 2026: 1-7 October; Mid-Autumn 25-27 September.
    for (int day = 1; day <= 7; ++day) {
        const QByteArray name = "National Day 2026-10-0" + QByteArray::number(day);
        QTest::newRow(name.constData()) << QDate(2026, 10, day) << false;
    }
    QTest::newRow("2026-10-08 Thu, back at work") << QDate(2026, 10, 8) << true;
    QTest::newRow("2026-09-25 Fri, Mid-Autumn") << QDate(2026, 9, 25) << false;
    QTest::newRow("2026-01-02 Fri, New Year") << QDate(2026, 1, 2) << false;
    QTest::newRow("2025-10-08 Wed, National Day 2025") << QDate(2025, 10, 8) << false;
    QTest::newRow("2024-02-18 Sun, worked 2024") << QDate(2024, 2, 18) << true;
    // Ordinary days.
    QTest::newRow("2026-03-07 ordinary Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("2026-03-08 ordinary Sunday") << QDate(2026, 3, 8) << false;
    QTest::newRow("2026-03-11 ordinary Wednesday") << QDate(2026, 3, 11) << true;
}

void TestCalendar::officialDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(m_json.isWorkingDay(date), working);
    QCOMPARE(m_ics.isWorkingDay(date), working);
}

void TestCalendar::builtInScheduleMatchesJsonFiles()
{
    const HolidayCalendar builtIn = HolidayParser::builtInCalendar();
    QCOMPARE(builtIn.years(), (QList<int>{2024, 2025, 2026}));
    QVERIFY(!builtIn.hasSchedule(2027));
    for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        QVERIFY2(builtIn.isWorkingDay(d) == m_json.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
}

void TestCalendar::foldedIcsLines()
{
    // RFC 5545 folds lines at 75 octets, even inside a multi-byte UTF-8 character;
    // a continuation line starts with a space or a tab.
    const QByteArray shang = QStringLiteral("上").toUtf8();
    const QByteArray ban = QStringLiteral("班").toUtf8(); // three bytes
    QCOMPARE(ban.size(), 3);
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                     "X-WR-CALDESC:folded \r\n description\r\n"
                     // Off days, with the DTEND folded inside its value.
                     "BEGIN:VEVENT\r\nSUMMARY:元旦假期\r\nDTSTART;VALUE=DATE:20270101\r\n"
                     "DTEND;VALUE=DA\r\n TE:2027\r\n\t0104\r\nEND:VEVENT\r\n"
                     // An adjusted working day whose SUMMARY is folded between 上 and 班.
                     "BEGIN:VEVENT\r\nSUMMARY:"
                     + shang + "\r\n " + ban + "(补元旦假期)\r\n"
                     "DTSTART;VALUE=DATE:20270109\r\nDTEND;VALUE=DATE:20270110\r\nEND:VEVENT\r\n"
                     // One folded inside the three bytes of 班.
                     "BEGIN:VEVENT\r\nSUMMARY:"
                     + shang + ban.left(2) + "\r\n " + ban.mid(2) + "(补春节假期)\r\n"
                     "DTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270207\r\nEND:VEVENT\r\n"
                     "END:VCALENDAR\r\n";
    const auto parsed = HolidayParser::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    HolidayCalendar calendar;
    for (const HolidaySchedule &schedule : parsed.value())
        calendar.setSchedule(schedule);
    QVERIFY(calendar.hasSchedule(2027));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1))); // Friday, off
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 3)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 4)));  // DTEND is exclusive
    QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 9)));  // Saturday worked
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 6)));  // Saturday worked
    const HolidayDay *day = calendar.entry(QDate(2027, 2, 6));
    QVERIFY(day);
    QVERIFY2(!day->name.contains(QChar(0xFFFD)), qPrintable(day->name));
    QVERIFY2(day->name.contains(QStringLiteral("春节")), qPrintable(day->name));
}

void TestCalendar::icsWithByteOrderMarkAndLf()
{
    // The same file saved by a Windows editor (BOM) or with bare LF line ends.
    QByteArray ics = fixtureIcs();
    ics.replace("\r\n", "\n");
    ics.prepend("\xEF\xBB\xBF");
    const auto parsed = HolidayParser::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    HolidayCalendar calendar;
    for (const HolidaySchedule &schedule : parsed.value())
        calendar.setSchedule(schedule);
    for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        QVERIFY2(calendar.isWorkingDay(d) == m_json.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
}

void TestCalendar::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("楼栋,房号\n3,1201\n");
    QTest::newRow("truncated JSON") << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01")");
    QTest::newRow("JSON array") << QByteArray(R"([1, 2, 3])");
    QTest::newRow("JSON without year") << QByteArray(R"({"days": []})");
    QTest::newRow("JSON without days") << QByteArray(R"({"year": 2027})");
    QTest::newRow("JSON with a bad date")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-02-30", "isOffDay": true}]})");
    QTest::newRow("JSON without isOffDay")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01"}]})");
    QTest::newRow("JSON with isOffDay as text")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "yes"}]})");
    QTest::newRow("ICS without events") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    QTest::newRow("ICS event without start")
        << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}

void TestCalendar::badFiles()
{
    QFETCH(QByteArray, data);
    const auto parsed = HolidayParser::parse(data);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
}

void TestCalendar::importJsonIsAudited()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    QVERIFY(repository.importedYears().isEmpty());
    const auto years = repository.importFile(f->admin, TestSupport::holidayDataFile(QStringLiteral("2026.json")));
    QVERIFY2(years.ok(), qPrintable(years.error()));
    QCOMPARE(years.value(), QList<int>{2026});
    QCOMPARE(repository.importedYears(), QList<int>{2026});

    const QList<AuditEntry> entries = auditOf(f->db, QStringLiteral("holidays_imported"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().username, QStringLiteral("admin"));
    QCOMPARE(entries.first().entityId, QStringLiteral("2026"));
    QVERIFY2(entries.first().detail.contains(QLatin1String("2026.json")), qPrintable(entries.first().detail));
    QCOMPARE(entries.first().at, f->clock.now());

    // The imported 2026 says what the official schedule says.
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 28)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 7)));
}

void TestCalendar::importIcsIsAudited()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const auto years = repository.importFile(f->admin, TestSupport::testDataFile(QStringLiteral("holiday-cn.ics")));
    QVERIFY2(years.ok(), qPrintable(years.error()));
    QCOMPARE(years.value(), (QList<int>{2022, 2023, 2024, 2025, 2026}));
    QCOMPARE(repository.importedYears(), (QList<int>{2022, 2023, 2024, 2025, 2026}));

    const QList<AuditEntry> entries = auditOf(f->db, QStringLiteral("holidays_imported"));
    QCOMPARE(entries.size(), 5);
    QStringList auditedYears;
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.username, QStringLiteral("admin"));
        QVERIFY(e.detail.contains(QLatin1String("holiday-cn.ics")));
        auditedYears << e.entityId;
    }
    auditedYears.sort();
    QCOMPARE(auditedYears, (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
                                        QStringLiteral("2025"), QStringLiteral("2026")}));

    // 2023 is not built in: after the import its National Day counts.
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(calendar.hasSchedule(2023));
    QVERIFY(!calendar.isWorkingDay(QDate(2023, 10, 2))); // Monday, National Day
    QVERIFY(calendar.isWorkingDay(QDate(2023, 10, 7)));  // Saturday worked
    for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        QVERIFY2(calendar.isWorkingDay(d) == m_json.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
}

void TestCalendar::importedYearReplacesBuiltInYear()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    // Before: the built-in 2026.
    QVERIFY(!repository.calendar().isWorkingDay(QDate(2026, 2, 16)));
    QVERIFY(repository.calendar().isWorkingDay(QDate(2026, 2, 14)));

    // A (fictional) corrected 2026 that knows only a shorter National Day.
    const QByteArray corrected = R"({"year": 2026, "days": [
        {"name": "国庆节", "date": "2026-10-01", "isOffDay": true},
        {"name": "国庆节", "date": "2026-10-02", "isOffDay": true},
        {"name": "国庆节", "date": "2026-10-05", "isOffDay": true},
        {"name": "国庆节", "date": "2026-10-11", "isOffDay": false}
    ]})";
    const auto years = repository.importData(f->admin, corrected, QStringLiteral("2026-corrected.json"));
    QVERIFY2(years.ok(), qPrintable(years.error()));

    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(calendar.hasSchedule(2026));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 16)));  // the built-in Spring Festival is gone
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 14))); // and so is its working Saturday
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 5)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 6)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 11)));
    QCOMPARE(calendar.schedule(2026).days.size(), 4);
    // Other years keep the built-in schedule.
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 8)));

    // Importing the official file again puts the official year back.
    QVERIFY(repository.importFile(f->admin, TestSupport::holidayDataFile(QStringLiteral("2026.json"))).ok());
    const HolidayCalendar official = repository.calendar();
    for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        QVERIFY2(official.isWorkingDay(d) == m_json.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
}

void TestCalendar::importingNextYearRemovesWarning()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const QTimeZone zone("Asia/Shanghai");
    const TimeLimit oneDay{1, TimeLimit::Unit::WorkingDays};
    const QDateTime registered = shanghai(2026, 12, 31, 10, 0); // Thursday

    {
        const HolidayCalendar calendar = repository.calendar();
        const Deadline before = DeadlineCalculator(calendar, zone).due(registered, oneDay);
        QCOMPARE(before.yearsWithoutSchedule, QList<int>{2027});
        // Without a 2027 schedule, Friday 1 January counts as a working day.
        QCOMPARE(before.due, shanghai(2027, 1, 2));
    }

    const auto years = repository.importFile(f->admin, TestSupport::testDataFile(QStringLiteral("2027.json")));
    QVERIFY2(years.ok(), qPrintable(years.error()));
    QCOMPARE(years.value(), QList<int>{2027});

    const HolidayCalendar calendar = repository.calendar();
    const DeadlineCalculator calculator(calendar, zone);
    const Deadline after = calculator.due(registered, oneDay);
    QVERIFY(after.yearsWithoutSchedule.isEmpty());
    // 1-3 January off: the first working day is Monday 4 January.
    QCOMPARE(after.due, shanghai(2027, 1, 5));
    // Saturday 9 January is worked in that schedule: Mon 4 .. Fri 8 are five, the Saturday the sixth.
    QCOMPARE(calculator.due(registered, TimeLimit{6, TimeLimit::Unit::WorkingDays}).due, shanghai(2027, 1, 10));

    // The import is kept in the file.
    const QString path = f->db.location();
    f->db.close();
    QVERIFY(f->db.open(path).ok());
    QCOMPARE(DeadlineCalculator(CalendarRepository(f->db).calendar(), zone).due(registered, oneDay).due,
             shanghai(2027, 1, 5));
}

void TestCalendar::badImportChangesNothing()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const auto result = repository.importData(
        f->admin, QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-13-01", "isOffDay": true}]})"),
        QStringLiteral("broken.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY(repository.importedYears().isEmpty());
    QVERIFY(!repository.calendar().hasSchedule(2027));
    QVERIFY(auditOf(f->db, QStringLiteral("holidays_imported")).isEmpty());

    const auto missing = repository.importFile(f->admin, m_dir.filePath(QStringLiteral("no-such-file.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("no-such-file.json")), qPrintable(missing.error()));
}

void TestCalendar::clerkCannotImport()
{
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const auto result = repository.importFile(f->clerk, TestSupport::testDataFile(QStringLiteral("2027.json")));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY(repository.importedYears().isEmpty());
    QVERIFY(!repository.calendar().hasSchedule(2027));
    QVERIFY(auditOf(f->db, QStringLiteral("holidays_imported")).isEmpty());

    const QList<AuditEntry> denied = auditOf(f->db, QStringLiteral("permission_denied"));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().username, QStringLiteral("lixm"));
    QCOMPARE(denied.first().entity, QStringLiteral("holiday_calendar"));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
