#include "app/cli/commandtable.h"

#include "models/domain/deadlinecalculator.h"
#include "models/domain/permissions.h"
#include "models/domain/timelimit.h"
#include "models/io/holidayparser.h"
#include "models/io/ledgerimporter.h"
#include "models/io/requestexporter.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/demodata.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QRegularExpression>

// The commands that set up the database and bring records in and out.
namespace Cli {

int init(CommandContext &c)
{
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    SettingsRepository settings(c.db);
    const QString estate = c.args.options.value(QStringLiteral("estate"));
    if (!estate.isEmpty()) {
        if (Status s = settings.setEstateName(c.session, estate); !s)
            return c.fail(kFailed, s.error());
    }
    c.out << "database " << c.db.location() << " ready (schema version " << c.db.schemaVersion() << ")" << Qt::endl;
    return kOk;
}

int demo(CommandContext &c)
{
    DemoData::Options options;
    options.houses = c.args.options.value(QStringLiteral("houses"), QStringLiteral("200")).toInt();
    options.months = c.args.options.value(QStringLiteral("months"), QStringLiteral("12")).toInt();
    options.seed = c.args.options.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
    if (options.houses <= 0 || options.months <= 0)
        return c.fail(kUsage, QStringLiteral("--houses and --months must be positive numbers"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto summary = DemoData(c.db).generate(options);
    if (!summary)
        return c.fail(kFailed, summary.error());
    c.out << summary.value() << Qt::endl;
    return kOk;
}

int importResidents(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: import residents FILE.csv|FILE.xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto result = RosterImport(c.db).importFile(c.session, c.args.words.first());
    if (!result)
        return c.fail(kFailed, result.error());
    c.out << "imported " << result->imported << ", rejected " << result->rejected.size() << Qt::endl;
    for (const RosterIssue &issue : result->rejected)
        c.out << "line " << issue.line << ": " << issue.message << Qt::endl;
    if (result->unchanged > 0)
        c.err << "estatedesk-cli: note: " << result->unchanged
              << " row(s) were already on file and were left as they are" << Qt::endl;
    return kOk;
}

int exportResidents(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: export residents FILE.csv|FILE.xlsx"));
    const QString path = c.args.words.first();
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return c.fail(kUsage, QStringLiteral("export residents: the file name must end in .csv or .xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto count = RosterExport(c.db).exportFile(c.session, path);
    if (!count)
        return c.fail(kFailed, count.error());
    c.out << "exported " << count.value() << " rows to " << path << Qt::endl;
    return kOk;
}

int calendarImport(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: calendar import FILE"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto years = CalendarRepository(c.db).importFile(c.session, c.args.words.first());
    if (!years)
        return c.fail(kFailed, years.error());
    QStringList names;
    for (int year : years.value())
        names << QString::number(year);
    c.out << "imported " << names.join(QLatin1Char(' ')) << Qt::endl;
    return kOk;
}

int calendarDue(CommandContext &c)
{
    const auto limit = TimeLimit::parse(c.args.options.value(QStringLiteral("limit")));
    if (!limit)
        return c.fail(kUsage, QStringLiteral("--limit: expected an amount and a unit, e.g. 10m, 8h or 7wd"));
    const QString fromText = c.args.options.value(QStringLiteral("from"));
    QDateTime from = QDateTime::fromString(fromText, Qt::ISODate);
    if (!from.isValid())
        return c.fail(kUsage, QStringLiteral("--from: expected an ISO 8601 time, e.g. 2026-02-12T10:00"));
    HolidayCalendar calendar = HolidayParser::builtInCalendar();
    QTimeZone zone(SettingsRepository::defaultTimeZone());
    if (!c.dbPath.isEmpty()) {
        if (const int rc = c.openDb(); rc != kOk)
            return rc;
        calendar = CalendarRepository(c.db).calendar();
        zone = SettingsRepository(c.db).timeZone();
    }
    if (from.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall c.clock
        from = QDateTime(from.date(), from.time(), zone);
    const Deadline deadline = DeadlineCalculator(calendar, zone).due(from, *limit);
    for (int year : deadline.yearsWithoutSchedule)
        c.err << "estatedesk-cli: warning: no official holiday schedule is loaded for " << year
              << "; only weekends were treated as days off" << Qt::endl;
    c.out << deadline.due.toTimeZone(zone).toString(Qt::ISODate) << Qt::endl;
    return kOk;
}

int importLedger(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: import %1 FILE").arg(c.sub));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    RequestRepository requests(c.db);
    const RequestKind kind = c.sub == QLatin1String("repairs") ? RequestKind::Repair : RequestKind::Complaint;
    const auto report = LedgerImporter(c.db, requests).importFile(c.session, kind, c.args.words.first());
    if (!report)
        return c.fail(kFailed, report.error());
    c.out << "imported " << report->imported << ", rejected " << report->rejected.size() << Qt::endl;
    for (const ImportRejection &rejection : report->rejected)
        c.out << "line " << rejection.line << ": " << rejection.reason << Qt::endl;
    if (report->alreadyPresent > 0)
        c.err << "estatedesk-cli: " << report->alreadyPresent << " rows were already imported and were skipped"
              << Qt::endl;
    return kOk;
}

int exportRequests(CommandContext &c)
{
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto month = monthPattern.match(c.args.options.value(QStringLiteral("month")));
    if (c.args.words.size() != 1 || !month.hasMatch() || month.captured(2).toInt() < 1
        || month.captured(2).toInt() > 12)
        return c.fail(kUsage, QStringLiteral("usage: export requests --month YYYY-MM FILE.csv|FILE.xlsx"));
    const QString path = c.args.words.first();
    // The format by the extension; the columns and values are SPEC 9.3's stable codes either way.
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !RequestExporter::isXlsx(path))
        return c.fail(kUsage, QStringLiteral("export requests: the file name must end in .csv or .xlsx"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto written = RequestExporter(c.db).write(c.session, month.captured(1).toInt(), month.captured(2).toInt(),
                                                     path, RequestExporter::Language::Codes);
    if (!written)
        return c.fail(kFailed, written.error());
    c.out << "exported " << written.value() << " requests to " << path << Qt::endl;
    return kOk;
}

int user(CommandContext &c)
{
    if (c.args.words.size() != 1 || !c.args.flags.contains(QStringLiteral("password-stdin")))
        return c.fail(kUsage, QStringLiteral("usage: user %1 NAME%2 --password-stdin")
                                .arg(c.sub, c.sub == QLatin1String("add") ? QStringLiteral(" --role ROLE") : QString()));
    const QString name = c.args.words.first();
    const auto role = Roles::fromCode(c.args.options.value(QStringLiteral("role")));
    if (c.sub == QLatin1String("add") && !role)
        return c.fail(kUsage, QStringLiteral("--role: one of %1").arg(Roles::codes().join(QLatin1Char('|'))));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    UserRepository users(c.db);
    const QString password = c.readPassword();
    if (c.sub == QLatin1String("passwd")) {
        if (Status s = users.setPassword(c.session, name, password); !s)
            return c.fail(kFailed, s.error());
        c.out << "password of " << name << " changed" << Qt::endl;
        return kOk;
    }
    const QString fullName = c.args.options.value(QStringLiteral("name"), name);
    const auto id = users.addUser(c.session, name, fullName, *role, password);
    if (!id)
        return c.fail(kFailed, id.error());
    c.out << "user " << name << " added as " << Roles::code(*role) << Qt::endl;
    return kOk;
}

} // namespace Cli
