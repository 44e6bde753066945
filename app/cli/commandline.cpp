#include "app/cli/commandline.h"

#include "models/database/auditchain.h"
#include "models/database/backup.h"
#include "models/database/database.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/permissions.h"
#include "models/domain/session.h"
#include "models/domain/timelimit.h"
#include "models/domain/translations.h"
#include "models/io/rosterexport.h"
#include "models/io/rosterimport.h"
#include "models/domain/gaterules.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/calendarrepository.h"
#include "models/io/checklistprinter.h"
#include "models/io/holidayparser.h"
#include "models/io/exportfile.h"
#include "models/io/ledgerimporter.h"
#include "models/io/requestexporter.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/demodata.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"
#include "models/reports/reportdocument.h"
#include "models/reports/reportoutput.h"
#include "models/reports/reportcharts.h"
#include "models/reports/reportkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

// Options (--name value, or --flag) and positional words of one command.
struct Arguments
{
    QStringList words;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QString error;

    static Arguments parse(const QStringList &args, const QSet<QString> &flagNames)
    {
        Arguments parsed;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg.startsWith(QLatin1String("--"))) {
                const QString name = arg.mid(2);
                if (flagNames.contains(name)) {
                    parsed.flags.insert(name);
                } else if (i + 1 < args.size()) {
                    parsed.options.insert(name, args.at(++i));
                } else {
                    parsed.error = QStringLiteral("option %1 needs a value").arg(arg);
                }
            } else {
                parsed.words << arg;
            }
        }
        return parsed;
    }
};

const char *kUsageText =
    "usage: estatedesk-cli [--db FILE] [--lang zh_CN|en] COMMAND ...\n"
    "  (--lang: the language of printed reports and checklists, Chinese by default)\n"
    "  --version\n"
    "  init [--estate NAME]\n"
    "  demo [--houses N] [--months M] [--seed S]\n"
    "  import residents FILE.csv|FILE.xlsx\n"
    "  export residents FILE.csv|FILE.xlsx\n"
    "  calendar import FILE\n"
    "  calendar due --from ISO8601 --limit 10m|8h|7wd\n"
    "  import repairs|complaints FILE.csv\n"
    "  export requests --month YYYY-MM FILE.csv\n"
    "  user add NAME --role admin|manager|clerk|guard|technician [--name FULL_NAME] --password-stdin\n"
    "  user passwd NAME --password-stdin\n"
    "  gate record --plate P --direction in|out [--at ISO8601] [--category C] [--permit N]\n"
    "  report monthly --month YYYY-MM [--as-of ISO8601] [--pdf F] [--xlsx F] [--json F]\n"
    "  report yearly --year YYYY [--pdf F] [--xlsx F] [--json F]\n"
    "  inspection templates\n"
    "  inspection print-blank CODE --pdf FILE.pdf\n"
    "  backup [--to DIR]\n"
    "  verify\n"
    "  restore FILE\n";

// The options (and flags) each command takes. Anything else is a usage error, so that a
// mistyped option (--estae) is not silently ignored. Unknown commands have no entry.
std::optional<QSet<QString>> knownOptions(const QString &command, const QString &sub)
{
    if (command == QLatin1String("init"))
        return QSet<QString>{QStringLiteral("estate")};
    if (command == QLatin1String("demo"))
        return QSet<QString>{QStringLiteral("houses"), QStringLiteral("months"), QStringLiteral("seed")};
    if (command == QLatin1String("calendar") && sub == QLatin1String("import"))
        return QSet<QString>{};
    if (command == QLatin1String("calendar") && sub == QLatin1String("due"))
        return QSet<QString>{QStringLiteral("from"), QStringLiteral("limit")};
    if (command == QLatin1String("user") && sub == QLatin1String("add"))
        return QSet<QString>{QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-stdin")};
    if (command == QLatin1String("user") && sub == QLatin1String("passwd"))
        return QSet<QString>{QStringLiteral("password-stdin")};
    if (command == QLatin1String("gate") && sub == QLatin1String("record"))
        return QSet<QString>{QStringLiteral("plate"), QStringLiteral("direction"), QStringLiteral("at"),
                             QStringLiteral("category"), QStringLiteral("permit")};
    if (command == QLatin1String("report") && sub == QLatin1String("monthly"))
        return QSet<QString>{QStringLiteral("month"), QStringLiteral("as-of"), QStringLiteral("pdf"),
                             QStringLiteral("xlsx"), QStringLiteral("json")};
    if (command == QLatin1String("report") && sub == QLatin1String("yearly"))
        return QSet<QString>{QStringLiteral("year"), QStringLiteral("pdf"), QStringLiteral("xlsx"),
                             QStringLiteral("json")};
    if (command == QLatin1String("inspection") && sub == QLatin1String("templates"))
        return QSet<QString>{};
    if (command == QLatin1String("backup"))
        return QSet<QString>{QStringLiteral("to")};
    if (command == QLatin1String("verify") || command == QLatin1String("restore"))
        return QSet<QString>{};
    if (command == QLatin1String("inspection") && sub == QLatin1String("print-blank"))
        return QSet<QString>{QStringLiteral("pdf")};
    return std::nullopt;
}

// Writes the whole file or nothing; "-" is standard output.
bool writeJson(const QString &path, const QJsonObject &object, QTextStream &out, QString *error)
{
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    if (Status written = ExportFile::write(path, data); !written) {
        *error = written.error();
        return false;
    }
    return true;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QTextStream &in) : m_out(out), m_err(err), m_in(in) {}

int CommandLine::run(const QStringList &arguments)
{
    auto fail = [this](int code, const QString &message) {
        m_err << "estatedesk-cli: " << message << Qt::endl;
        return code;
    };

    QStringList rest = arguments;
    QString dbPath;
    // The language of the documents printed (reports, checklists): the office's, Chinese.
    QString documentLanguage = QStringLiteral("zh_CN");
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--version")) {
            m_out << "estatedesk-cli " << ESTATEDESK_VERSION << Qt::endl;
            return kOk;
        }
        if (option == QLatin1String("--help")) {
            m_out << kUsageText;
            return kOk;
        }
        if (option == QLatin1String("--lang") && !rest.isEmpty()) {
            documentLanguage = rest.takeFirst();
            if (documentLanguage != QLatin1String("zh_CN") && documentLanguage != QLatin1String("en"))
                return fail(kUsage, QStringLiteral("--lang: zh_CN or en"));
            continue;
        }
        if (option == QLatin1String("--db") && !rest.isEmpty()) {
            dbPath = rest.takeFirst();
            continue;
        }
        return fail(kUsage, QStringLiteral("unknown option %1 (see --help)").arg(option));
    }
    if (rest.isEmpty())
        return fail(kUsage, QStringLiteral("no command given (see --help)"));

    const QString command = rest.takeFirst();
    const bool hasSubcommand = command == QLatin1String("calendar") || command == QLatin1String("user")
                               || command == QLatin1String("import") || command == QLatin1String("export")
                               || command == QLatin1String("gate") || command == QLatin1String("report")
                               || command == QLatin1String("inspection");
    const QString sub = hasSubcommand && !rest.isEmpty()
                            ? rest.takeFirst()
                            : QString();
    const Arguments args = Arguments::parse(rest, {QStringLiteral("password-stdin")});
    if (!args.error.isEmpty())
        return fail(kUsage, args.error);
    if (const auto known = knownOptions(command, sub)) {
        QStringList given = args.options.keys();
        given += QStringList(args.flags.cbegin(), args.flags.cend());
        given.sort();
        for (const QString &name : std::as_const(given)) {
            if (!known->contains(name))
                return fail(kUsage, QStringLiteral("unknown option --%1 for %2 (see --help)")
                                        .arg(name, QStringList{command, sub}.join(QLatin1Char(' ')).trimmed()));
        }
        const bool takesWord = (command == QLatin1String("calendar") && sub == QLatin1String("import"))
                               || command == QLatin1String("user")
                               || (command == QLatin1String("inspection") && sub == QLatin1String("print-blank"))
                               || command == QLatin1String("restore");
        if (!takesWord && !args.words.isEmpty())
            return fail(kUsage, QStringLiteral("unexpected argument %1 (see --help)").arg(args.words.first()));
    }

    SystemClock clock;
    Database db(clock);
    // Returns the exit code: kOk, kUsage without --db, kFailed when the database is refused.
    auto openDb = [&]() -> int {
        if (dbPath.isEmpty())
            return fail(kUsage, QStringLiteral("%1 needs --db FILE").arg(command));
        const Status opened = dbPath.startsWith(QLatin1String("postgres")) ? db.openPostgres(dbPath)
                                                                            : db.openSqlite(dbPath);
        if (!opened)
            return fail(kFailed, opened.error());
        return kOk;
    };
    auto readPassword = [&]() -> QString {
        QString password = m_in.readLine();
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        return password;
    };
    const Session cli = Session::commandLine();

    if (command == QLatin1String("init")) {
        if (const int rc = openDb(); rc != kOk)
            return rc;
        SettingsRepository settings(db);
        const QString estate = args.options.value(QStringLiteral("estate"));
        if (!estate.isEmpty()) {
            if (Status s = settings.setEstateName(cli, estate); !s)
                return fail(kFailed, s.error());
        }
        m_out << "database " << db.location() << " ready (schema version " << db.schemaVersion() << ")" << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("demo")) {
        DemoData::Options options;
        options.houses = args.options.value(QStringLiteral("houses"), QStringLiteral("200")).toInt();
        options.months = args.options.value(QStringLiteral("months"), QStringLiteral("12")).toInt();
        options.seed = args.options.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
        if (options.houses <= 0 || options.months <= 0)
            return fail(kUsage, QStringLiteral("--houses and --months must be positive numbers"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto summary = DemoData(db).generate(options);
        if (!summary)
            return fail(kFailed, summary.error());
        m_out << summary.value() << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("import") && sub == QLatin1String("residents")) {
        if (args.words.size() != 1)
            return fail(kUsage, QStringLiteral("usage: import residents FILE.csv|FILE.xlsx"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto result = RosterImport(db).importFile(cli, args.words.first());
        if (!result)
            return fail(kFailed, result.error());
        m_out << "imported " << result->imported << ", rejected " << result->rejected.size() << Qt::endl;
        for (const RosterIssue &issue : result->rejected)
            m_out << "line " << issue.line << ": " << issue.message << Qt::endl;
        if (result->unchanged > 0)
            m_err << "estatedesk-cli: note: " << result->unchanged
                  << " row(s) were already on file and were left as they are" << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("export") && sub == QLatin1String("residents")) {
        if (args.words.size() != 1)
            return fail(kUsage, QStringLiteral("usage: export residents FILE.csv|FILE.xlsx"));
        const QString path = args.words.first();
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            return fail(kUsage, QStringLiteral("export residents: the file name must end in .csv or .xlsx"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto count = RosterExport(db).exportFile(cli, path);
        if (!count)
            return fail(kFailed, count.error());
        m_out << "exported " << count.value() << " rows to " << path << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("calendar") && sub == QLatin1String("import")) {
        if (args.words.size() != 1)
            return fail(kUsage, QStringLiteral("usage: calendar import FILE"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto years = CalendarRepository(db).importFile(cli, args.words.first());
        if (!years)
            return fail(kFailed, years.error());
        QStringList names;
        for (int year : years.value())
            names << QString::number(year);
        m_out << "imported " << names.join(QLatin1Char(' ')) << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("calendar") && sub == QLatin1String("due")) {
        const auto limit = TimeLimit::parse(args.options.value(QStringLiteral("limit")));
        if (!limit)
            return fail(kUsage, QStringLiteral("--limit: expected an amount and a unit, e.g. 10m, 8h or 7wd"));
        const QString fromText = args.options.value(QStringLiteral("from"));
        QDateTime from = QDateTime::fromString(fromText, Qt::ISODate);
        if (!from.isValid())
            return fail(kUsage, QStringLiteral("--from: expected an ISO 8601 time, e.g. 2026-02-12T10:00"));
        HolidayCalendar calendar = HolidayParser::builtInCalendar();
        QTimeZone zone(SettingsRepository::defaultTimeZone());
        if (!dbPath.isEmpty()) {
            if (const int rc = openDb(); rc != kOk)
                return rc;
            calendar = CalendarRepository(db).calendar();
            zone = SettingsRepository(db).timeZone();
        }
        if (from.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall clock
            from = QDateTime(from.date(), from.time(), zone);
        const Deadline deadline = DeadlineCalculator(calendar, zone).due(from, *limit);
        for (int year : deadline.yearsWithoutSchedule)
            m_err << "estatedesk-cli: warning: no official holiday schedule is loaded for " << year
                  << "; only weekends were treated as days off" << Qt::endl;
        m_out << deadline.due.toTimeZone(zone).toString(Qt::ISODate) << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("import") && (sub == QLatin1String("repairs") || sub == QLatin1String("complaints"))) {
        if (args.words.size() != 1)
            return fail(kUsage, QStringLiteral("usage: import %1 FILE").arg(sub));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        RequestRepository requests(db);
        const RequestKind kind = sub == QLatin1String("repairs") ? RequestKind::Repair : RequestKind::Complaint;
        const auto report = LedgerImporter(db, requests).importFile(cli, kind, args.words.first());
        if (!report)
            return fail(kFailed, report.error());
        m_out << "imported " << report->imported << ", rejected " << report->rejected.size() << Qt::endl;
        for (const ImportRejection &rejection : report->rejected)
            m_out << "line " << rejection.line << ": " << rejection.reason << Qt::endl;
        if (report->alreadyPresent > 0)
            m_err << "estatedesk-cli: " << report->alreadyPresent << " rows were already imported and were skipped"
                  << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("export") && sub == QLatin1String("requests")) {
        static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto month = monthPattern.match(args.options.value(QStringLiteral("month")));
        if (args.words.size() != 1 || !month.hasMatch() || month.captured(2).toInt() < 1
            || month.captured(2).toInt() > 12)
            return fail(kUsage, QStringLiteral("usage: export requests --month YYYY-MM FILE.csv"));
        const QString path = args.words.first();
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return fail(kUsage, QStringLiteral("export requests writes CSV: give a FILE.csv"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto written = RequestExporter(db).writeCsv(cli, month.captured(1).toInt(), month.captured(2).toInt(), path);
        if (!written)
            return fail(kFailed, written.error());
        m_out << "exported " << written.value() << " requests to " << path << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("user") && (sub == QLatin1String("add") || sub == QLatin1String("passwd"))) {
        if (args.words.size() != 1 || !args.flags.contains(QStringLiteral("password-stdin")))
            return fail(kUsage, QStringLiteral("usage: user %1 NAME%2 --password-stdin")
                                    .arg(sub, sub == QLatin1String("add") ? QStringLiteral(" --role ROLE") : QString()));
        const QString name = args.words.first();
        const auto role = Roles::fromCode(args.options.value(QStringLiteral("role")));
        if (sub == QLatin1String("add") && !role)
            return fail(kUsage, QStringLiteral("--role: one of %1").arg(Roles::codes().join(QLatin1Char('|'))));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        UserRepository users(db);
        const QString password = readPassword();
        if (sub == QLatin1String("passwd")) {
            if (Status s = users.setPassword(cli, name, password); !s)
                return fail(kFailed, s.error());
            m_out << "password of " << name << " changed" << Qt::endl;
            return kOk;
        }
        const QString fullName = args.options.value(QStringLiteral("name"), name);
        const auto id = users.addUser(cli, name, fullName, *role, password);
        if (!id)
            return fail(kFailed, id.error());
        m_out << "user " << name << " added as " << Roles::code(*role) << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("inspection") && sub == QLatin1String("templates")) {
        if (const int rc = openDb(); rc != kOk)
            return rc;
        ChecklistTemplateRepository templates(db);
        const auto list = templates.currentTemplates(cli);
        if (!list)
            return fail(kFailed, list.error());
        for (const ChecklistTemplate &t : list.value()) {
            const auto count = templates.itemCount(t.id);
            if (!count)
                return fail(kFailed, count.error());
            m_out << t.code << '\t' << t.version << '\t' << count.value() << '\t' << t.name << Qt::endl;
        }
        return kOk;
    }

    if (command == QLatin1String("inspection") && sub == QLatin1String("print-blank")) {
        const QString pdf = args.options.value(QStringLiteral("pdf"));
        if (args.words.size() != 1 || pdf.isEmpty())
            return fail(kUsage, QStringLiteral("usage: inspection print-blank CODE --pdf FILE.pdf"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        const auto tpl = ChecklistTemplateRepository(db).current(cli, args.words.first());
        if (!tpl)
            return fail(kFailed, tpl.error());
        Translations::install(documentLanguage);
        const QString html = ChecklistPrinter::blankHtml(tpl.value(), SettingsRepository(db).estateName());
        if (Status s = ChecklistPrinter::writePdf(html, pdf, tpl->name); !s)
            return fail(kFailed, s.error());
        m_out << "wrote " << pdf << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("gate") && sub == QLatin1String("record")) {
        const QString plate = args.options.value(QStringLiteral("plate"));
        const QString direction = args.options.value(QStringLiteral("direction"));
        if (plate.trimmed().isEmpty() || (direction != QLatin1String("in") && direction != QLatin1String("out")))
            return fail(kUsage, QStringLiteral("usage: gate record --plate P --direction in|out [--at ISO8601] "
                                               "[--category C] [--permit N]"));
        VehicleEventInput input;
        input.plate = plate;
        input.direction = direction == QLatin1String("in") ? GateDirection::In : GateDirection::Out;
        input.permitNumber = args.options.value(QStringLiteral("permit"));
        // A camera cannot confirm an unusual plate; the record keeps the warning for the guard.
        input.plateConfirmed = true;
        if (args.options.contains(QStringLiteral("category"))) {
            const auto category = GateRules::fromCode(args.options.value(QStringLiteral("category")));
            if (!category)
                return fail(kUsage, QStringLiteral("--category: one of %1").arg(GateRules::codes().join(QLatin1Char('|'))));
            input.category = category;
        }
        QDateTime at;
        if (args.options.contains(QStringLiteral("at"))) {
            at = QDateTime::fromString(args.options.value(QStringLiteral("at")), Qt::ISODate);
            if (!at.isValid())
                return fail(kUsage, QStringLiteral("--at: expected an ISO 8601 time, e.g. 2026-03-02T09:30"));
        }
        if (const int rc = openDb(); rc != kOk)
            return rc;
        if (at.isValid() && at.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall clock
            at = QDateTime(at.date(), at.time(), SettingsRepository(db).timeZone());
        input.at = at;
        GateRepository gate(db);
        const auto decision = gate.recordVehicle(cli, input);
        if (!decision)
            return fail(kFailed, decision.error());
        if (!decision->plateWarning.isEmpty())
            m_err << "estatedesk-cli: warning: " << decision->plateWarning << Qt::endl;
        const QString category = GateRules::code(decision->category);
        if (decision->refused) {
            m_out << "refused " << category << Qt::endl;
            m_err << "estatedesk-cli: " << decision->reason << Qt::endl;
            return kOk;
        }
        QString line = (decision->direction == GateDirection::In ? QStringLiteral("in ") : QStringLiteral("out "))
                       + category;
        if (decision->direction == GateDirection::Out)
            line += QLatin1Char(' ')
                    + (decision->stayMs >= 0 ? GateRules::formatStay(decision->stayMs) : QStringLiteral("-"))
                    + QLatin1Char(' ') + GateRules::formatYuan(decision->feeFen);
        if (decision->flagged)
            line += QStringLiteral(" flagged");
        m_out << line << Qt::endl;
        if (!decision->note.isEmpty())
            m_err << "estatedesk-cli: note: " << decision->note << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("report") && (sub == QLatin1String("monthly") || sub == QLatin1String("yearly"))) {
        const bool monthly = sub == QLatin1String("monthly");
        static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
        static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
        const auto month = monthPattern.match(args.options.value(QStringLiteral("month")));
        const QString yearText = args.options.value(QStringLiteral("year"));
        if (monthly ? !month.hasMatch() : !yearPattern.match(yearText).hasMatch())
            return fail(kUsage, monthly ? QStringLiteral("usage: report monthly --month YYYY-MM [--as-of ISO8601] "
                                                         "[--pdf F] [--xlsx F] [--json F]")
                                        : QStringLiteral("usage: report yearly --year YYYY [--pdf F] [--xlsx F] [--json F]"));
        QDateTime asOf;
        if (args.options.contains(QStringLiteral("as-of"))) {
            asOf = QDateTime::fromString(args.options.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!asOf.isValid())
                return fail(kUsage, QStringLiteral("--as-of: expected an ISO 8601 time, e.g. 2026-10-01T00:00:00+08:00"));
        }
        const QString pdf = args.options.value(QStringLiteral("pdf"));
        const QString xlsx = args.options.value(QStringLiteral("xlsx"));
        const QString json = args.options.value(QStringLiteral("json"), pdf.isEmpty() && xlsx.isEmpty()
                                                                            ? QStringLiteral("-") : QString());
        if (const int rc = openDb(); rc != kOk)
            return rc;
        if (asOf.isValid() && asOf.timeSpec() == Qt::LocalTime) // no offset given: the estate's wall clock
            asOf = QDateTime(asOf.date(), asOf.time(), SettingsRepository(db).timeZone());
        Translations::install(documentLanguage);
        ReportDocumentBuilder builder(db);
        QString error;
        if (monthly) {
            const int year = month.captured(1).toInt();
            const int monthNumber = month.captured(2).toInt();
            const auto doc = builder.build(cli, year, monthNumber, asOf, !pdf.isEmpty());
            if (!doc)
                return fail(kFailed, doc.error());
            if (!json.isEmpty() && !writeJson(json, doc->toJson(), m_out, &error))
                return fail(kFailed, error);
            if (!xlsx.isEmpty()) {
                if (Status s = ReportOutput::writeMonthlyXlsx(doc.value(), xlsx); !s)
                    return fail(kFailed, s.error());
            }
            if (!pdf.isEmpty()) {
                if (Status s = ReportOutput::writeMonthlyPdf(doc.value(), pdf, ReportCharts::images(doc->trend)); !s)
                    return fail(kFailed, s.error());
            }
        } else {
            const int year = yearText.toInt();
            const auto months = builder.year(cli, year);
            if (!months)
                return fail(kFailed, months.error());
            QJsonArray list;
            for (const QJsonObject &m : months.value())
                list.append(m);
            const QJsonObject root{{ReportKeys::Year, year},
                                   {ReportKeys::Estate, SettingsRepository(db).estateName()},
                                   {ReportKeys::Months, list}};
            if (!json.isEmpty() && !writeJson(json, root, m_out, &error))
                return fail(kFailed, error);
            if (!xlsx.isEmpty()) {
                if (Status s = ReportOutput::writeYearlyXlsx(root, xlsx); !s)
                    return fail(kFailed, s.error());
            }
            if (!pdf.isEmpty()) {
                if (Status s = ReportOutput::writeYearlyPdf(root, pdf); !s)
                    return fail(kFailed, s.error());
            }
        }
        if (json != QLatin1String("-")) {
            for (const QString &path : {json, xlsx, pdf}) {
                if (!path.isEmpty())
                    m_out << "wrote " << path << Qt::endl;
            }
        }
        return kOk;
    }

    if (command == QLatin1String("backup")) {
        if (dbPath.startsWith(QLatin1String("postgres")))
            return fail(kFailed, QStringLiteral("a server database is backed up on the server, with pg_dump (see README)"));
        if (const int rc = openDb(); rc != kOk)
            return rc;
        SettingsRepository settings(db);
        const QString folder = args.options.value(QStringLiteral("to"), settings.backupFolder());
        const auto made = Backup(dbPath, folder, settings.timeZone(), clock).make();
        if (!made)
            return fail(kFailed, made.error());
        AuditLog(db).record(cli, QStringLiteral("backup_made"), QStringLiteral("database"), {}, {},
                            QDir::toNativeSeparators(made->path));
        m_out << QDir::toNativeSeparators(made->path) << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("verify")) {
        // The file (integrity_check, EstateDesk, schema version) is checked before it is opened
        // for writing: a damaged one is only read.
        if (!dbPath.isEmpty() && !dbPath.startsWith(QLatin1String("postgres"))) {
            if (!QFileInfo(dbPath).isFile())
                return fail(kFailed, QStringLiteral("verify: there is no database file %1").arg(dbPath));
            if (Status s = Backup::verifyFile(dbPath); !s) {
                m_out << s.error() << Qt::endl;
                return fail(kFailed, QStringLiteral("verify: the database is not sound"));
            }
        }
        if (const int rc = openDb(); rc != kOk)
            return rc;
        QStringList problems;
        if (db.schemaVersion() != Database::latestSchemaVersion())
            problems << QStringLiteral("schema version %1, expected %2").arg(db.schemaVersion()).arg(Database::latestSchemaVersion());
        for (const QString &trigger : db.restoredTriggers())
            problems << QStringLiteral("append-only trigger %1 was missing or altered (restored now, and audited)").arg(trigger);
        const auto chain = AuditChain::verify(db);
        if (!chain)
            return fail(kFailed, chain.error());
        for (const QString &problem : chain->problems)
            problems << problem;
        if (!problems.isEmpty()) {
            for (const QString &problem : std::as_const(problems))
                m_out << problem << Qt::endl;
            if (chain->firstBrokenRow > 0)
                return fail(kFailed, QStringLiteral("verify: the audit chain is broken at row %1").arg(chain->firstBrokenRow));
            return fail(kFailed, QStringLiteral("verify: %1 problem(s) found").arg(problems.size()));
        }
        const qsizetype tables = Database::appendOnlyTables(db.schemaVersion()).size();
        m_out << "ok: integrity, schema version " << db.schemaVersion() << ", audit chain of " << chain->rows
              << " rows, append-only triggers on " << tables << " tables" << Qt::endl;
        return kOk;
    }

    if (command == QLatin1String("restore")) {
        if (args.words.size() != 1)
            return fail(kUsage, QStringLiteral("usage: restore FILE"));
        if (dbPath.isEmpty())
            return fail(kUsage, QStringLiteral("restore needs --db FILE"));
        if (dbPath.startsWith(QLatin1String("postgres")))
            return fail(kFailed, QStringLiteral("a server database is restored on the server, with pg_restore (see README)"));
        // The database is not opened here: restore needs it closed.
        const auto restored = Backup::restore(cli, dbPath, args.words.first(), clock,
                                              QTimeZone(SettingsRepository::defaultTimeZone()));
        if (!restored)
            return fail(kFailed, restored.error());
        m_out << "restored " << QDir::toNativeSeparators(args.words.first()) << " (schema version "
              << restored->schemaVersion << ")" << Qt::endl;
        if (!restored->keptAside.isEmpty())
            m_out << "the replaced database is kept as " << restored->keptAside << Qt::endl;
        return kOk;
    }

    return fail(kUsage, QStringLiteral("unknown command %1 (see --help)").arg(QStringList{command, sub}.join(QLatin1Char(' ')).trimmed()));
}
