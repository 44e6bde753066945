// estatedesk-cli (SPEC 10), run as a real process the way a script or a scheduled task runs it.

#include "clirun.h"
#include "testsupport.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using CliRun::cli;
using CliRun::describe;
using CliRun::Run;

// The deadlines every calendar source must agree on, worked out by hand from the official
// 2026 schedule (see tst_deadlines.cpp for the whole table).
struct DueCase
{
    const char *from;
    const char *limit;
    const char *expected;
};
const DueCase kDueCases[] = {
    {"2026-02-12T10:00", "7wd", "2026-03-01T00:00:00+08:00"},         // SPEC: over Spring Festival
    {"2026-02-17T23:55", "10m", "2026-02-18T00:05:00+08:00"},         // SPEC: minutes across midnight
    {"2026-02-13T19:00", "1wd", "2026-02-15T00:00:00+08:00"},         // worked Saturday 14 Feb
    {"2026-02-14T09:00", "1wd", "2026-02-25T00:00:00+08:00"},         // from the worked Saturday over 15-23 Feb
    {"2026-02-27T10:00", "1wd", "2026-03-01T00:00:00+08:00"},         // worked Saturday 28 Feb
    {"2026-09-18T17:00", "1wd", "2026-09-21T00:00:00+08:00"},         // worked Sunday 20 Sep
    {"2026-09-30T16:00", "1wd", "2026-10-09T00:00:00+08:00"},         // National Day 1-7 Oct
    {"2026-09-30T09:00", "3wd", "2026-10-11T00:00:00+08:00"},         // ... and the worked Saturday 10 Oct
    {"2026-10-03T11:00", "1wd", "2026-10-09T00:00:00+08:00"},         // registered on a holiday
    {"2025-12-31T10:00", "1wd", "2026-01-05T00:00:00+08:00"},         // New Year, worked Sunday 4 Jan
    {"2026-10-09T20:00", "8h", "2026-10-10T04:00:00+08:00"},          // hours across midnight
    {"2026-02-12T02:00:00Z", "7wd", "2026-03-01T00:00:00+08:00"},     // start given in UTC
    {"2026-10-08T00:30:00+08:00", "1wd", "2026-10-10T00:00:00+08:00"}, // start given with offset
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void dueWithoutDatabase_data();
    void dueWithoutDatabase();
    void warnsForYearWithoutSchedule();
    void calendarImportJson();
    void calendarImportIcsGivesTheSameAnswers();
    void initAndUsers();
    void usageErrors_data();
    void usageErrors();
    void usageErrorCreatesNoDatabase();
    void refusesFileThatIsNotOurs();
    void demoIsDeterministic();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(ESTATEDESK_CLI_PATH)).isExecutable(), ESTATEDESK_CLI_PATH);
}

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.trimmed().startsWith(QLatin1String("estatedesk-cli ")), qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCli::dueWithoutDatabase_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("expected");
    for (const DueCase &c : kDueCases)
        QTest::addRow("%s + %s", c.from, c.limit) << QString::fromLatin1(c.from) << QString::fromLatin1(c.limit)
                                                  << QString::fromLatin1(c.expected);
}

void TestCli::dueWithoutDatabase()
{
    QFETCH(QString, from);
    QFETCH(QString, limit);
    QFETCH(QString, expected);
    const Run run = cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), from,
                         QStringLiteral("--limit"), limit});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, expected + QLatin1Char('\n'));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::warnsForYearWithoutSchedule()
{
    const Run run = cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                         QStringLiteral("2026-12-31T10:00"), QStringLiteral("--limit"), QStringLiteral("1wd")});
    QCOMPARE(run.exitCode, 0);
    // Weekends only: Friday 1 January 2027 counts.
    QCOMPARE(run.out, QStringLiteral("2027-01-02T00:00:00+08:00\n"));
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QLatin1String("warning")) && run.err.contains(QLatin1String("2027")), qPrintable(run.err));

    // No warning when the deadline stays inside known years.
    const Run inside = cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                            QStringLiteral("2026-12-24T10:00"), QStringLiteral("--limit"), QStringLiteral("4wd")});
    QCOMPARE(inside.exitCode, 0);
    QCOMPARE(inside.out, QStringLiteral("2026-12-31T00:00:00+08:00\n"));
    QVERIFY2(inside.err.isEmpty(), qPrintable(inside.err));
}

void TestCli::calendarImportJson()
{
    const QString db = path(QStringLiteral("json.sqlite"));
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"),
                              TestSupport::holidayDataFile(QStringLiteral("2026.json"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    QVERIFY2(imported.out.contains(QLatin1String("2026")), qPrintable(imported.out));

    for (const DueCase &c : kDueCases) {
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                             QStringLiteral("--from"), QString::fromLatin1(c.from), QStringLiteral("--limit"),
                             QString::fromLatin1(c.limit)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out.trimmed(), QString::fromLatin1(c.expected));
    }

    // A next year's schedule imported into the database is used, and the warning goes away.
    const Run next = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"),
                          TestSupport::testDataFile(QStringLiteral("2027.json"))});
    QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
    const Run due = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                         QStringLiteral("--from"), QStringLiteral("2026-12-31T10:00"), QStringLiteral("--limit"),
                         QStringLiteral("1wd")});
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(due.out, QStringLiteral("2027-01-05T00:00:00+08:00\n"));
    QVERIFY2(due.err.isEmpty(), qPrintable(due.err));

    // The import is audited in the file.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    Database check(clock);
    QVERIFY(check.openSqlite(db).ok());
    AuditFilter filter;
    filter.action = QStringLiteral("holidays_imported");
    const auto rows = AuditLog(check).entries(Session::commandLine(), filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().username, QStringLiteral("estatedesk-cli"));
}

void TestCli::calendarImportIcsGivesTheSameAnswers()
{
    const QString db = path(QStringLiteral("ics.sqlite"));
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"),
                              TestSupport::testDataFile(QStringLiteral("holiday-cn.ics"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    for (const char *year : {"2022", "2023", "2024", "2025", "2026"})
        QVERIFY2(imported.out.contains(QLatin1String(year)), qPrintable(imported.out));

    for (const DueCase &c : kDueCases) {
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"),
                             QStringLiteral("--from"), QString::fromLatin1(c.from), QStringLiteral("--limit"),
                             QString::fromLatin1(c.limit)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out.trimmed(), QString::fromLatin1(c.expected));
        QVERIFY(run.err.isEmpty());
    }

    // 2023 is not built into the program: only the imported file knows National Day 2023
    // (29 Sep - 6 Oct off, Saturday 7 Oct worked).
    const QStringList due2023{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                              QStringLiteral("2023-09-28T10:00"), QStringLiteral("--limit"), QStringLiteral("1wd")};
    const Run builtIn = cli(due2023);
    QCOMPARE(builtIn.exitCode, 0);
    QCOMPARE(builtIn.out, QStringLiteral("2023-09-30T00:00:00+08:00\n"));
    QVERIFY(builtIn.err.contains(QLatin1String("2023")));
    const Run withIcs = cli(QStringList{QStringLiteral("--db"), db} + due2023);
    QCOMPARE(withIcs.exitCode, 0);
    QCOMPARE(withIcs.out, QStringLiteral("2023-10-08T00:00:00+08:00\n"));
    QVERIFY2(withIcs.err.isEmpty(), qPrintable(withIcs.err));
}

void TestCli::initAndUsers()
{
    const QString db = path(QStringLiteral("users.sqlite"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estate"),
                          QStringLiteral("阳光花园")});
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    QVERIFY(QFileInfo::exists(db));
    // Running it again is harmless.
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);

    const QByteArray password = "Clerk-密码-2026";
    const Run add = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("lixm"), QStringLiteral("--role"), QStringLiteral("clerk"),
                         QStringLiteral("--name"), QStringLiteral("李晓梅"), QStringLiteral("--password-stdin")},
                        password + "\n");
    QVERIFY2(add.exitCode == 0, qPrintable(describe(add)));
    QVERIFY(!add.out.contains(QString::fromUtf8(password)));

    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("lixm"), QStringLiteral("--role"), QStringLiteral("guard"),
                           QStringLiteral("--password-stdin")},
                          "another-password\n");
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);

    const Run shortPassword = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("zhaoyn"), QStringLiteral("--role"), QStringLiteral("clerk"),
                                   QStringLiteral("--password-stdin")},
                                  "short\r\n");
    QCOMPARE(shortPassword.exitCode, 1);
    QCOMPARE(shortPassword.errLines().size(), 1);
    QVERIFY2(shortPassword.err.contains(QLatin1String("Password")), qPrintable(shortPassword.err));

    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Database check(clock);
        QVERIFY(check.openSqlite(db).ok());
        QCOMPARE(SettingsRepository(check).estateName(), QStringLiteral("阳光花园"));
        UserRepository users(check);
        const auto session = users.signIn(QStringLiteral("lixm"), QString::fromUtf8(password));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        QCOMPARE(session->role, Role::Clerk);
        QCOMPARE(session->displayName, QStringLiteral("李晓梅"));
        QVERIFY(!users.find(QStringLiteral("zhaoyn")));
    }

    const Run passwd = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"),
                            QStringLiteral("lixm"), QStringLiteral("--password-stdin")},
                           "New-Clerk-Password\r\n"); // typed on Windows
    QVERIFY2(passwd.exitCode == 0, qPrintable(describe(passwd)));
    const Run nobody = cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"),
                            QStringLiteral("nobody"), QStringLiteral("--password-stdin")},
                           "New-Clerk-Password\n");
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.err.contains(QLatin1String("nobody")));
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Database check(clock);
        QVERIFY(check.openSqlite(db).ok());
        UserRepository users(check);
        QVERIFY(!users.signIn(QStringLiteral("lixm"), QString::fromUtf8(password)).ok());
        const auto session = users.signIn(QStringLiteral("lixm"), QStringLiteral("New-Clerk-Password"));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        AuditFilter filter;
        filter.username = QStringLiteral("estatedesk-cli");
        const auto rows = AuditLog(check).entries(Session::commandLine(), filter);
        QVERIFY(rows.ok());
        QStringList actions;
        for (const AuditEntry &e : rows.value())
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("user_added")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("password_reset")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("setting_changed")), qPrintable(actions.join(QLatin1Char(' '))));
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = path(QStringLiteral("usage.sqlite"));
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("init")};
    QTest::newRow("--db without a file") << QStringList{QStringLiteral("--db")};
    QTest::newRow("init without --db") << QStringList{QStringLiteral("init")};
    QTest::newRow("calendar without sub-command") << QStringList{QStringLiteral("calendar")};
    QTest::newRow("calendar import without --db")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("2026.json")};
    QTest::newRow("calendar import without file")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import")};
    QTest::newRow("due with a bad limit")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                       QStringLiteral("2026-02-12T10:00"), QStringLiteral("--limit"), QStringLiteral("7d")};
    QTest::newRow("due without limit")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                       QStringLiteral("2026-02-12T10:00")};
    QTest::newRow("due with a bad time")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                       QStringLiteral("12/02/2026 10:00"), QStringLiteral("--limit"), QStringLiteral("7wd")};
    QTest::newRow("due without from")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--limit"), QStringLiteral("7wd")};
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                       QStringLiteral("2026-02-12T10:00"), QStringLiteral("--limit")};
    QTest::newRow("mistyped option")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estae"), QStringLiteral("x")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("now")};
    QTest::newRow("user add without role")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                       QStringLiteral("--password-stdin")};
    QTest::newRow("user add with an unknown role")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                       QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--password-stdin")};
    QTest::newRow("user add without --password-stdin")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                       QStringLiteral("--role"), QStringLiteral("clerk")};
    QTest::newRow("user passwd without name")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("passwd"),
                       QStringLiteral("--password-stdin")};
    QTest::newRow("demo with zero houses")
        << QStringList{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--houses"), QStringLiteral("0")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments, "some-password\n");
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.errLines().size() == 1, qPrintable(describe(run)));
    QVERIFY(run.err.startsWith(QLatin1String("estatedesk-cli: ")));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
}

void TestCli::usageErrorCreatesNoDatabase()
{
    // A wrong command line must not leave an empty database behind.
    const QString db = path(QStringLiteral("never-created.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                  QStringLiteral("--password-stdin")},
                 "some-password\n")
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                  QStringLiteral("yesterday"), QStringLiteral("--limit"), QStringLiteral("1wd")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--months"), QStringLiteral("-1")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estae"), QStringLiteral("x")})
                 .exitCode,
             2);
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::refusesFileThatIsNotOurs()
{
    const QString text = path(QStringLiteral("住户名单.csv"));
    QVERIFY(TestSupport::writeFile(text, "楼栋,房号,姓名\n3,1201,张三\n"));
    const QByteArray before = TestSupport::sha256(text);
    for (const QStringList &command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                      QStringLiteral("2026-02-12T10:00"), QStringLiteral("--limit"), QStringLiteral("7wd")}}) {
        const Run run = cli(QStringList{QStringLiteral("--db"), text} + command);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.errLines().size() == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("住户名单.csv")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(TestSupport::sha256(text), before);
    }
    QVERIFY(!QFileInfo::exists(text + QStringLiteral("-wal")));
}

void TestCli::demoIsDeterministic()
{
    QList<QStringList> staffOf;
    for (const QString &name : {QStringLiteral("demo-a.sqlite"), QStringLiteral("demo-b.sqlite")}) {
        const Run run = cli({QStringLiteral("--db"), path(name), QStringLiteral("demo"), QStringLiteral("--seed"),
                             QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Database db(clock);
        QVERIFY(db.openSqlite(path(name)).ok());
        QVERIFY(!SettingsRepository(db).estateName().isEmpty());
        const auto users = UserRepository(db).users(Session::commandLine());
        QVERIFY(users.ok());
        QStringList staff;
        for (const UserRecord &user : users.value())
            staff << user.username + QLatin1Char('|') + user.displayName + QLatin1Char('|') + Roles::code(user.role);
        staffOf << staff;
    }
    QVERIFY(staffOf.at(0).size() >= 5);
    QCOMPARE(staffOf.at(0), staffOf.at(1));
    // Every role of the office is represented, so that each screen can be tried.
    for (const char *role : {"manager", "clerk", "guard", "technician"}) {
        const QString suffix = QLatin1Char('|') + QLatin1String(role);
        QVERIFY2(std::any_of(staffOf.at(0).cbegin(), staffOf.at(0).cend(),
                             [&](const QString &s) { return s.endsWith(suffix); }),
                 role);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
