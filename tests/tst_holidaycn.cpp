// The real holiday-cn files 2007-2027 (tests/data/holiday-cn/, unchanged copies of the public
// project's data), imported the way an administrator imports them: every working-day deadline
// of 2008-2026 must be the one counted here, by the Civil Code rule of SPEC 3.3, from the raw
// JSON data alone. A year's file may name days of the December before (2019.json names
// 29-31 December 2018), and a year not yet announced is a file without days (2027).

#include "testdatabase.h"
#include "clirun.h"
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

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

constexpr int kFirstFile = 2007;
constexpr int kLastFile = 2027; // announced: nothing yet
const int kLimits[] = {1, 2, 3, 7, 15};

QString realFile(int year, const char *extension)
{
    return TestSupport::testDataFile(QStringLiteral("holiday-cn/%1.%2").arg(year).arg(QLatin1String(extension)));
}

using CliRun::cli;
using CliRun::describe;
using CliRun::Run;

using TestSupport::auditOf;

// An .ics of about 200 bytes whose one event spans the years 1 to 9999.
QByteArray everyDayIcs()
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                      "BEGIN:VEVENT\r\nSUMMARY:春节假期\r\n"
                      "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:99991231\r\n"
                      "UID:0001-01-01/9999-12-31\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}

} // namespace

class TestHolidayCn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jsonFilesInYearOrder();
    void jsonFilesInReverseOrder();
    void icsFilesInYearOrder();
    void icsFilesInReverseOrder();
    void combinedIcs();
    void domainCalendarFromJsonFiles();

    void nextYearsFileLandsOnItsDates();
    void decemberDaysDoNotLoadTheirYear();
    void emptyFileLeavesYearUnloaded();
    void onlyDecemberDaysAreRefused();
    void outOfRangeDates_data();
    void outOfRangeDates();
    void everyDayIcsIsRefused();
    void longestEventIsAccepted();

    void cliLateDecemberAfterIcsSequence();

private:
    struct Fixture
    {
        ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC)};
        Database db{clock};
        Session admin;
    };
    std::unique_ptr<Fixture> newFixture();

    // The official days of all files read with QJsonDocument alone: date -> true when off,
    // false when an adjusted working day.
    bool referenceWorking(const QDate &date) const
    {
        const auto it = m_official.constFind(date);
        return it == m_official.cend() ? date.dayOfWeek() <= 5 : !*it;
    }
    struct Reference
    {
        QDateTime due;
        QList<int> unloaded;
    };
    // SPEC 3.3: the day of registration (in the estate's zone) is not counted; the deadline is
    // 24:00 of the Nth working day after it.
    Reference reference(const QDateTime &start, int workingDays, const QSet<int> &loaded) const
    {
        Reference result;
        QDate day = start.toTimeZone(m_zone).date();
        for (int counted = 0; counted < workingDays;) {
            day = day.addDays(1);
            if (!loaded.contains(day.year()) && !result.unloaded.contains(day.year()))
                result.unloaded << day.year();
            if (referenceWorking(day))
                ++counted;
        }
        result.due = QDateTime(day.addDays(1), QTime(0, 0), m_zone);
        return result;
    }
    // Every working-day deadline from every day of [first, last], at four times of day, against
    // the reference count. Returns the first few that differ; counts them all in *wrong.
    QStringList wrongDeadlines(const HolidayCalendar &calendar, const QDate &first, const QDate &last,
                               const QSet<int> &loaded, int *checked, int *wrong) const;
    static QSet<int> years(int first, int last)
    {
        QSet<int> set;
        for (int y = first; y <= last; ++y)
            set.insert(y);
        return set;
    }
    void verifyEveryDeadline(const HolidayCalendar &calendar, const QDate &first, const QDate &last,
                             const QSet<int> &loaded);
    void importAll(Fixture &f, const char *extension, bool reverse);

    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    int m_counter = 0;
    QTimeZone m_zone{"Asia/Shanghai"};
    QHash<QDate, bool> m_official;
    QSet<int> m_announced; // the years whose file lists days of that year
};

void TestHolidayCn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_zone.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(ESTATEDESK_CLI_PATH)).isExecutable(), ESTATEDESK_CLI_PATH);
    int otherYears = 0;
    for (int year = kFirstFile; year <= kLastFile; ++year) {
        QVERIFY2(QFileInfo::exists(realFile(year, "ics")), qPrintable(realFile(year, "ics")));
        const QByteArray data = TestSupport::readFile(realFile(year, "json"));
        QVERIFY2(!data.isEmpty(), qPrintable(realFile(year, "json")));
        const QJsonObject root = QJsonDocument::fromJson(data).object();
        QCOMPARE(root.value(QLatin1String("year")).toInt(), year);
        for (const QJsonValue &value : root.value(QLatin1String("days")).toArray()) {
            const QJsonObject day = value.toObject();
            const QDate date = QDate::fromString(day.value(QLatin1String("date")).toString(), Qt::ISODate);
            QVERIFY(date.isValid());
            const bool off = day.value(QLatin1String("isOffDay")).toBool();
            // No two files disagree about a day.
            QVERIFY2(!m_official.contains(date) || m_official.value(date) == off, qPrintable(date.toString()));
            m_official.insert(date, off);
            if (date.year() == year)
                m_announced.insert(year);
            else
                ++otherYears;
        }
    }
    // The data this test is about: days named in the next year's file, and an empty 2027.
    QVERIFY2(otherYears >= 8, qPrintable(QString::number(otherYears)));
    QCOMPARE(m_official.value(QDate(2018, 12, 29), true), false);
    QVERIFY(!m_announced.contains(2027));
    QCOMPARE(m_announced, years(kFirstFile, 2026));
}

std::unique_ptr<TestHolidayCn::Fixture> TestHolidayCn::newFixture()
{
    auto f = std::make_unique<Fixture>();
    const Status opened = m_store.open(f->db, QStringLiteral("holidaycn%1.sqlite").arg(++m_counter));
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    const auto admin = UserRepository(f->db).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                                      QStringLiteral("admin-password-1"));
    if (!admin.ok())
        qFatal("%s", qPrintable(admin.error()));
    f->admin = admin.value();
    return f;
}

QStringList TestHolidayCn::wrongDeadlines(const HolidayCalendar &calendar, const QDate &first, const QDate &last,
                                          const QSet<int> &loaded, int *checked, int *wrong) const
{
    QStringList examples;
    const DeadlineCalculator calculator(calendar, m_zone);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        // Midnight, morning and a minute before midnight in Beijing, and 16:30 UTC, which is
        // already the next day in Beijing.
        const QDateTime starts[] = {QDateTime(day, QTime(0, 0), m_zone), QDateTime(day, QTime(9, 30), m_zone),
                                    QDateTime(day, QTime(23, 59), m_zone), QDateTime(day, QTime(16, 30), Qt::UTC)};
        for (const QDateTime &start : starts) {
            for (int n : kLimits) {
                const Deadline got = calculator.due(start, TimeLimit{n, TimeLimit::Unit::WorkingDays});
                const Reference want = reference(start, n, loaded);
                ++*checked;
                if (got.due == want.due && got.yearsWithoutSchedule == want.unloaded)
                    continue;
                ++*wrong;
                if (examples.size() < 5)
                    examples << QStringLiteral("%1 + %2wd: due %3, expected %4")
                                    .arg(start.toString(Qt::ISODate))
                                    .arg(n)
                                    .arg(got.due.toTimeZone(m_zone).toString(Qt::ISODate),
                                         want.due.toString(Qt::ISODate));
            }
        }
    }
    return examples;
}

void TestHolidayCn::verifyEveryDeadline(const HolidayCalendar &calendar, const QDate &first, const QDate &last,
                                        const QSet<int> &loaded)
{
    int checked = 0;
    int wrong = 0;
    const QStringList examples = wrongDeadlines(calendar, first, last, loaded, &checked, &wrong);
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 of %2 deadlines wrong, e.g.\n").arg(wrong).arg(checked)
                                    + examples.join(QLatin1Char('\n'))));
    QVERIFY(checked >= int(first.daysTo(last)) * 4 * 5);
}

void TestHolidayCn::importAll(Fixture &f, const char *extension, bool reverse)
{
    CalendarRepository repository(f.db);
    QList<int> order;
    for (int year = kFirstFile; year <= kLastFile; ++year)
        reverse ? order.prepend(year) : order.append(year);
    for (int year : order) {
        const auto imported = repository.importFile(f.admin, realFile(year, extension));
        if (year == kLastFile) {
            // The empty 2027 file is refused; it loads nothing.
            QVERIFY(!imported.ok());
            QVERIFY2(imported.error().contains(QLatin1String("2027"))
                         || imported.error().contains(QLatin1String("no holidays")),
                     qPrintable(imported.error()));
            continue;
        }
        QVERIFY2(imported.ok(), qPrintable(realFile(year, extension) + QLatin1String(": ") + imported.error()));
        // A file loads its own year only, not the year of its late-December days.
        QCOMPARE(imported.value(), QList<int>{year});
    }
    QList<int> expected;
    for (int year = kFirstFile; year < kLastFile; ++year)
        expected << year;
    QCOMPARE(repository.importedYears(), expected);
}

void TestHolidayCn::jsonFilesInYearOrder()
{
    auto f = newFixture();
    importAll(*f, "json", false);
    if (QTest::currentTestFailed())
        return;
    const HolidayCalendar calendar = CalendarRepository(f->db).calendar();
    QVERIFY(!calendar.hasSchedule(2027));
    QVERIFY(!calendar.hasSchedule(2006));
    // The 2019 file's days of December 2018: Saturday 29 worked, Monday 31 off.
    QVERIFY(calendar.isWorkingDay(QDate(2018, 12, 29)));
    QVERIFY(!calendar.isWorkingDay(QDate(2018, 12, 31)));
    verifyEveryDeadline(calendar, QDate(2008, 1, 1), QDate(2026, 12, 31), years(kFirstFile, 2026));
}

void TestHolidayCn::jsonFilesInReverseOrder()
{
    // Importing 2018 after 2019 keeps the days of December 2018 that the 2019 file names.
    auto f = newFixture();
    importAll(*f, "json", true);
    if (QTest::currentTestFailed())
        return;
    verifyEveryDeadline(CalendarRepository(f->db).calendar(), QDate(2008, 1, 1), QDate(2026, 12, 31),
                        years(kFirstFile, 2026));
}

void TestHolidayCn::icsFilesInYearOrder()
{
    auto f = newFixture();
    importAll(*f, "ics", false);
    if (QTest::currentTestFailed())
        return;
    const HolidayCalendar calendar = CalendarRepository(f->db).calendar();
    QVERIFY(!calendar.hasSchedule(2027));
    QVERIFY(calendar.isWorkingDay(QDate(2018, 12, 29)));
    QVERIFY(!calendar.isWorkingDay(QDate(2018, 12, 31)));
    verifyEveryDeadline(calendar, QDate(2008, 1, 1), QDate(2026, 12, 31), years(kFirstFile, 2026));
}

void TestHolidayCn::icsFilesInReverseOrder()
{
    auto f = newFixture();
    importAll(*f, "ics", true);
    if (QTest::currentTestFailed())
        return;
    verifyEveryDeadline(CalendarRepository(f->db).calendar(), QDate(2008, 1, 1), QDate(2026, 12, 31),
                        years(kFirstFile, 2026));
}

void TestHolidayCn::combinedIcs()
{
    // holiday-cn.ics: 2022-2026 in one file, 31 December 2022 opening 2023's New Year.
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const auto imported = repository.importFile(f->admin, TestSupport::testDataFile(QStringLiteral("holiday-cn.ics")));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), (QList<int>{2022, 2023, 2024, 2025, 2026}));
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(!calendar.hasSchedule(2021));
    verifyEveryDeadline(calendar, QDate(2022, 1, 1), QDate(2026, 12, 31), years(2022, 2026));

    // The per-year 2023 file afterwards changes nothing: the same days, the same owner.
    QVERIFY(repository.importFile(f->admin, realFile(2023, "ics")).ok());
    verifyEveryDeadline(repository.calendar(), QDate(2022, 1, 1), QDate(2026, 12, 31), years(2022, 2026));
}

void TestHolidayCn::domainCalendarFromJsonFiles()
{
    // The calendar itself, without a database: the JSON files parsed and set in year order.
    HolidayCalendar calendar;
    for (int year = kFirstFile; year <= kLastFile; ++year) {
        const auto parsed = HolidayParser::parse(TestSupport::readFile(realFile(year, "json")));
        QCOMPARE(parsed.ok(), year != kLastFile);
        if (parsed.ok()) {
            for (const HolidaySchedule &schedule : parsed.value())
                calendar.setSchedule(schedule);
        }
    }
    const QList<int> loaded = calendar.years();
    QCOMPARE(QSet<int>(loaded.cbegin(), loaded.cend()), years(kFirstFile, 2026));
    verifyEveryDeadline(calendar, QDate(2008, 1, 1), QDate(2026, 12, 31), years(kFirstFile, 2026));
}

void TestHolidayCn::nextYearsFileLandsOnItsDates()
{
    for (const char *extension : {"json", "ics"}) {
        const auto y2018 = HolidayParser::parse(TestSupport::readFile(realFile(2018, extension)));
        const auto y2019 = HolidayParser::parse(TestSupport::readFile(realFile(2019, extension)));
        QVERIFY(y2018.ok() && y2019.ok());
        QCOMPARE(y2019.value().size(), 1);
        QCOMPARE(y2019.value().first().year, 2019);
        for (bool reverse : {false, true}) {
            HolidayCalendar calendar;
            for (const auto *parsed : reverse ? QList{&y2019, &y2018} : QList{&y2018, &y2019}) {
                for (const HolidaySchedule &schedule : parsed->value())
                    calendar.setSchedule(schedule);
            }
            const QByteArray what = QByteArray(extension) + (reverse ? " 2019 then 2018" : " 2018 then 2019");
            QVERIFY2(calendar.isWorkingDay(QDate(2018, 12, 29)), what.constData()); // Saturday worked
            QVERIFY2(!calendar.isWorkingDay(QDate(2018, 12, 30)), what.constData());
            QVERIFY2(!calendar.isWorkingDay(QDate(2018, 12, 31)), what.constData()); // Monday off
            QVERIFY2(!calendar.isWorkingDay(QDate(2019, 1, 1)), what.constData());
            QVERIFY2(calendar.isWorkingDay(QDate(2019, 1, 2)), what.constData());
            // 2018's own days are still there.
            QVERIFY2(!calendar.isWorkingDay(QDate(2018, 10, 1)), what.constData());
            QVERIFY2(calendar.isWorkingDay(QDate(2018, 9, 29)), what.constData()); // Saturday worked
            QVERIFY(calendar.entry(QDate(2018, 12, 29)));
            QCOMPARE(calendar.entry(QDate(2018, 12, 29))->name, QStringLiteral("元旦"));
        }
    }

    // A corrected 2019 replaces what the 2019 file named, in December 2018 as well.
    const QByteArray corrected = R"({"year": 2019, "days": [
        {"name": "元旦", "date": "2018-12-31", "isOffDay": true},
        {"name": "元旦", "date": "2019-01-01", "isOffDay": true}
    ]})";
    auto f = newFixture();
    CalendarRepository repository(f->db);
    for (int year : {2018, 2019})
        QVERIFY(repository.importFile(f->admin, realFile(year, "json")).ok());
    QVERIFY(repository.calendar().isWorkingDay(QDate(2018, 12, 29)));
    QVERIFY(!repository.calendar().isWorkingDay(QDate(2018, 10, 5)));
    const auto replaced = repository.importData(f->admin, corrected, QStringLiteral("2019-corrected.json"));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QCOMPARE(replaced.value(), QList<int>{2019});
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(!calendar.isWorkingDay(QDate(2018, 12, 29))); // an ordinary Saturday again
    QVERIFY(!calendar.isWorkingDay(QDate(2018, 12, 31)));
    QVERIFY(!calendar.isWorkingDay(QDate(2018, 10, 5))); // 2018 untouched
    QVERIFY(calendar.isWorkingDay(QDate(2019, 2, 4)));   // the 2019 Spring Festival is gone
}

void TestHolidayCn::decemberDaysDoNotLoadTheirYear()
{
    // 2019.ics holds 29-31 December 2018; importing it alone loads 2019, not 2018.
    auto f = newFixture();
    CalendarRepository repository(f->db);
    const auto imported = repository.importFile(f->admin, realFile(2019, "ics"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), QList<int>{2019});
    QCOMPARE(repository.importedYears(), QList<int>{2019});
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(!calendar.hasSchedule(2018));
    QVERIFY(calendar.isWorkingDay(QDate(2018, 12, 29)));
    // A deadline counted through December 2018 still warns that 2018 is not loaded.
    const Deadline due = DeadlineCalculator(calendar, m_zone)
                             .due(QDateTime(QDate(2018, 12, 28), QTime(10, 0), m_zone),
                                  TimeLimit{1, TimeLimit::Unit::WorkingDays});
    QCOMPARE(due.due, QDateTime(QDate(2018, 12, 30), QTime(0, 0), m_zone));
    QCOMPARE(due.yearsWithoutSchedule, QList<int>{2018});
}

void TestHolidayCn::emptyFileLeavesYearUnloaded()
{
    for (const char *extension : {"json", "ics"}) {
        const auto parsed = HolidayParser::parse(TestSupport::readFile(realFile(2027, extension)));
        QVERIFY2(!parsed.ok(), extension);
        QVERIFY(!parsed.error().isEmpty());
    }
    const auto json = HolidayParser::parse(R"({"year":2027,"days":[]})");
    QVERIFY(!json.ok());
    QVERIFY2(json.error().contains(QLatin1String("2027")), qPrintable(json.error()));

    auto f = newFixture();
    CalendarRepository repository(f->db);
    QVERIFY(repository.importFile(f->admin, realFile(2026, "json")).ok());
    for (const char *extension : {"json", "ics"}) {
        const auto imported = repository.importFile(f->admin, realFile(2027, extension));
        QVERIFY(!imported.ok());
        QVERIFY(!imported.error().isEmpty());
    }
    QCOMPARE(repository.importedYears(), QList<int>{2026});
    QCOMPARE(auditOf(f->db, QStringLiteral("holidays_imported")).size(), 1);
    const HolidayCalendar calendar = repository.calendar();
    QVERIFY(!calendar.hasSchedule(2027));
    // The warning stays.
    const Deadline due = DeadlineCalculator(calendar, m_zone)
                             .due(QDateTime(QDate(2026, 12, 31), QTime(10, 0), m_zone),
                                  TimeLimit{1, TimeLimit::Unit::WorkingDays});
    QCOMPARE(due.yearsWithoutSchedule, QList<int>{2027});

    // Nor does an empty schedule make its year known to the calendar itself.
    HolidayCalendar empty;
    empty.setSchedule(HolidaySchedule{2027, {}});
    QVERIFY(!empty.hasSchedule(2027));
}

void TestHolidayCn::onlyDecemberDaysAreRefused()
{
    // Days of the December before, and nothing of the year itself, are not a year's schedule.
    const auto json = HolidayParser::parse(R"({"year": 2019, "days": [
        {"name": "元旦", "date": "2018-12-29", "isOffDay": false},
        {"name": "元旦", "date": "2018-12-30", "isOffDay": true}]})");
    QVERIFY(!json.ok());
    QVERIFY2(json.error().contains(QLatin1String("2019")), qPrintable(json.error()));
    const auto ics = HolidayParser::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:元旦假期\r\n"
                                          "DTSTART;VALUE=DATE:20181230\r\nDTEND;VALUE=DATE:20190101\r\n"
                                          "END:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY(!ics.ok());
    QVERIFY2(ics.error().contains(QLatin1String("2018")) && ics.error().contains(QLatin1String("2019")),
             qPrintable(ics.error()));
}

void TestHolidayCn::outOfRangeDates_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("JSON day in 1948")
        << QByteArray(R"({"year": 1949, "days": [{"name": "元旦", "date": "1949-01-01", "isOffDay": true},
                        {"name": "元旦", "date": "1948-12-31", "isOffDay": true}]})")
        << QStringLiteral("1948-12-31");
    QTest::newRow("JSON day in 2201")
        << QByteArray(R"({"year": 2200, "days": [{"name": "春节", "date": "2201-01-01", "isOffDay": true}]})")
        << QStringLiteral("2201-01-01");
    QTest::newRow("JSON year 9999")
        << QByteArray(R"({"year": 9999, "days": [{"name": "春节", "date": "9999-01-01", "isOffDay": true}]})")
        << QStringLiteral("9999");
    QTest::newRow("ICS event in 1900")
        << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节假期\r\nDTSTART;VALUE=DATE:19000131\r\n"
                      "DTEND;VALUE=DATE:19000202\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("line 2");
    QTest::newRow("ICS event ending in 2201")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:国庆节假期\r\n"
                      "DTSTART;VALUE=DATE:22001001\r\nDTEND;VALUE=DATE:22010103\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("line 3");
    QTest::newRow("ICS event of 367 days")
        << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节假期\r\nDTSTART;VALUE=DATE:20260101\r\n"
                      "DTEND;VALUE=DATE:20270103\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("春节假期");
    QTest::newRow("ICS event ending before it starts")
        << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节假期\r\nDTSTART;VALUE=DATE:20260220\r\n"
                      "DTEND;VALUE=DATE:20260215\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("line 2");
}

void TestHolidayCn::outOfRangeDates()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, named);
    const auto parsed = HolidayParser::parse(data);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(named), qPrintable(parsed.error()));

    auto f = newFixture();
    CalendarRepository repository(f->db);
    QVERIFY(!repository.importData(f->admin, data, QStringLiteral("bad")).ok());
    QVERIFY(repository.importedYears().isEmpty());
}

void TestHolidayCn::everyDayIcsIsRefused()
{
    const QByteArray data = everyDayIcs();
    QVERIFY2(data.size() <= 220, qPrintable(QString::number(data.size())));
    const auto parsed = HolidayParser::parse(data);
    QVERIFY(!parsed.ok());
    // The message names the event and its line.
    QVERIFY2(parsed.error().contains(QLatin1String("line 3")), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(QStringLiteral("春节假期")), qPrintable(parsed.error()));

    auto f = newFixture();
    CalendarRepository repository(f->db);
    QVERIFY(!repository.importData(f->admin, data, QStringLiteral("every-day.ics")).ok());
    QVERIFY(repository.importedYears().isEmpty());
    QVERIFY(auditOf(f->db, QStringLiteral("holidays_imported")).isEmpty());
}

void TestHolidayCn::longestEventIsAccepted()
{
    // 366 days (2024 is a leap year) is the longest event accepted.
    const auto parsed = HolidayParser::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:春节假期\r\n"
                                             "DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20250101\r\n"
                                             "END:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    // Its December is 2024's: the file names nothing of 2025.
    QCOMPARE(parsed.value().size(), 1);
    QCOMPARE(parsed.value().first().year, 2024);
    QCOMPARE(parsed.value().first().days.size(), 366);
}

void TestHolidayCn::cliLateDecemberAfterIcsSequence()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    for (int year = kFirstFile; year <= kLastFile; ++year) {
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"),
                             realFile(year, "ics")});
        if (year == kLastFile) {
            QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
            QVERIFY(!run.err.trimmed().isEmpty());
        } else {
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QCOMPARE(run.out, QStringLiteral("imported %1\n").arg(year));
        }
    }
    // Late December of years whose days come in the next year's file: 29 December 2007,
    // 31 December 2011 and 29 December 2018 are worked Saturdays; 30-31 December 2007 and
    // 2018, 31 December 2022 off.
    const QSet<int> loaded = years(kFirstFile, 2026);
    struct Case
    {
        QDate date;
        int workingDays;
    };
    const Case cases[] = {{QDate(2007, 12, 28), 1}, {QDate(2007, 12, 28), 3}, {QDate(2011, 12, 30), 1},
                          {QDate(2018, 12, 28), 1}, {QDate(2018, 12, 28), 2}, {QDate(2018, 12, 29), 1},
                          {QDate(2022, 12, 30), 1}, {QDate(2022, 12, 30), 7}};
    for (const Case &c : cases) {
        const QDateTime from(c.date, QTime(10, 0), m_zone);
        const Reference want = reference(from, c.workingDays, loaded);
        QVERIFY(want.unloaded.isEmpty());
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                             QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--limit"),
                             QStringLiteral("%1wd").arg(c.workingDays)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out.trimmed(), want.due.toString(Qt::ISODate));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
    // The weekday-only count would differ here: the schedule is really used.
    QCOMPARE(reference(QDateTime(QDate(2018, 12, 28), QTime(10, 0), m_zone), 1, loaded).due,
             QDateTime(QDate(2018, 12, 30), QTime(0, 0), m_zone));

    // 2027 stays unloaded: the warning is still given.
    const Run next = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                          QStringLiteral("--from"), QStringLiteral("2026-12-31T10:00"), QStringLiteral("--limit"),
                          QStringLiteral("1wd")});
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains(QLatin1String("2027")), qPrintable(next.err));

    // The 0001-9999 file is refused with its line, and `calendar due` still answers.
    const QString everyDay = m_dir.filePath(QStringLiteral("every-day.ics"));
    QVERIFY(TestSupport::writeFile(everyDay, everyDayIcs()));
    const Run refused = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"), everyDay});
    QVERIFY2(refused.exitCode != 0 && refused.exitCode != -1, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QLatin1String("line 3")), qPrintable(refused.err));
    const Run after = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                           QStringLiteral("--from"), QStringLiteral("2018-12-28T10:00"), QStringLiteral("--limit"),
                           QStringLiteral("1wd")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out.trimmed(), QStringLiteral("2018-12-30T00:00:00+08:00"));
}

QTEST_GUILESS_MAIN(TestHolidayCn)
#include "tst_holidaycn.moc"
