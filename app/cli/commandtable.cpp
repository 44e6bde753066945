#include "app/cli/commandtable.h"

namespace Cli {

Arguments Arguments::parse(const QStringList &args, const QSet<QString> &flagNames)
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

int CommandContext::fail(int code, const QString &message) const
{
    err << "estatedesk-cli: " << message << Qt::endl;
    return code;
}

int CommandContext::openDb()
{
    if (dbPath.isEmpty())
        return fail(kUsage, QStringLiteral("%1 needs --db FILE").arg(command));
    const Status opened = db.open(dbPath);
    if (!opened)
        return fail(kFailed, opened.error());
    return kOk;
}

QString CommandContext::readPassword()
{
    QString password = in.readLine();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

namespace CommandTable {

namespace {
QStringList words(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// Options not in a row are a usage error, so that a mistyped option (--estae) is not
// silently ignored. The rows whose checkOptions is false check their arguments themselves.
const std::vector<Command> &commands()
{
    static const std::vector<Command> table{
        {QStringLiteral("init"), {}, words("estate"), {}, false, true,
         QStringLiteral("init [--estate NAME]"), init},
        {QStringLiteral("demo"), {}, words("houses months seed"), {}, false, true,
         QStringLiteral("demo [--houses N] [--months M] [--seed S]"), demo},
        {QStringLiteral("import"), QStringLiteral("residents"), {}, {}, true, false,
         QStringLiteral("import residents FILE.csv|FILE.xlsx"), importResidents},
        {QStringLiteral("export"), QStringLiteral("residents"), {}, {}, true, false,
         QStringLiteral("export residents FILE.csv|FILE.xlsx"), exportResidents},
        {QStringLiteral("calendar"), QStringLiteral("import"), {}, {}, true, true,
         QStringLiteral("calendar import FILE"), calendarImport},
        {QStringLiteral("calendar"), QStringLiteral("due"), words("from limit"), {}, false, true,
         QStringLiteral("calendar due --from ISO8601 --limit 10m|8h|7wd"), calendarDue},
        {QStringLiteral("import"), QStringLiteral("repairs"), {}, {}, true, false,
         QStringLiteral("import repairs|complaints FILE.csv"), importLedger},
        {QStringLiteral("import"), QStringLiteral("complaints"), {}, {}, true, false,
         QStringLiteral("import repairs|complaints FILE.csv"), importLedger},
        {QStringLiteral("export"), QStringLiteral("requests"), words("month"), {}, true, false,
         QStringLiteral("export requests --month YYYY-MM FILE.csv|FILE.xlsx"), exportRequests},
        {QStringLiteral("user"), QStringLiteral("add"), words("role name"), words("password-stdin"), true, true,
         QStringLiteral("user add NAME --role admin|manager|clerk|guard|technician [--name FULL_NAME] --password-stdin"),
         user},
        {QStringLiteral("user"), QStringLiteral("passwd"), {}, words("password-stdin"), true, true,
         QStringLiteral("user passwd NAME --password-stdin"), user},
        {QStringLiteral("gate"), QStringLiteral("record"), words("plate direction at category permit"), {}, false, true,
         QStringLiteral("gate record --plate P --direction in|out [--at ISO8601] [--category C] [--permit N]"),
         gateRecord},
        {QStringLiteral("gate"), QStringLiteral("setup"), words("office gate"), {}, false, true,
         QStringLiteral("gate setup --office URL|FILE --gate NAME   (on the gatehouse's own --db FILE)"), gateSetup},
        {QStringLiteral("sync"), {}, {}, {}, false, true, QStringLiteral("sync   (a gatehouse store with the office)"), sync},
        {QStringLiteral("report"), QStringLiteral("monthly"), words("month as-of pdf xlsx json"), {}, false, true,
         QStringLiteral("report monthly --month YYYY-MM [--as-of ISO8601] [--pdf F] [--xlsx F] [--json F]"), report},
        {QStringLiteral("report"), QStringLiteral("yearly"), words("year pdf xlsx json"), {}, false, true,
         QStringLiteral("report yearly --year YYYY [--pdf F] [--xlsx F] [--json F]"), report},
        {QStringLiteral("inspection"), QStringLiteral("templates"), {}, {}, false, true,
         QStringLiteral("inspection templates"), inspectionTemplates},
        {QStringLiteral("inspection"), QStringLiteral("print-blank"), words("pdf"), {}, true, true,
         QStringLiteral("inspection print-blank CODE --pdf FILE.pdf"), inspectionPrintBlank},
        {QStringLiteral("import"), QStringLiteral("houses"), {}, {}, true, false,
         QStringLiteral("import houses FILE.csv|FILE.xlsx"), importHouses},
        {QStringLiteral("import"), QStringLiteral("arrears"), {}, {}, true, false,
         QStringLiteral("import arrears FILE.csv|FILE.xlsx"), importArrears},
        {QStringLiteral("import"), QStringLiteral("readings"), {}, {}, true, false,
         QStringLiteral("import readings FILE.csv|FILE.xlsx"), importReadings},
        {QStringLiteral("fees"), QStringLiteral("item"), words("code name basis rate cycle kind vacant-percent from house-types"),
         {}, true, true,
         QStringLiteral("fees item add --code C --name N --basis area|fixed|metered --rate YUAN --cycle month|quarter|half|year "
                        "[--kind K] [--vacant-percent P] [--from YYYY-MM] [--house-types residential,shop,...]"),
         feesItemAdd},
        {QStringLiteral("fees"), QStringLiteral("bill"), words("month"), {}, false, true,
         QStringLiteral("fees bill --month YYYY-MM"), feesBill},
        {QStringLiteral("fees"), QStringLiteral("pay"), words("house amount method at"), {}, false, true,
         QStringLiteral("fees pay --house 3-2-1201 --amount YUAN --method cash|wechat|alipay|bank|pos [--at ISO8601]"),
         feesPay},
        {QStringLiteral("fees"), QStringLiteral("arrears"), words("as-of csv"), {}, false, true,
         QStringLiteral("fees arrears [--as-of ISO8601] [--csv FILE]"), feesArrears},
        {QStringLiteral("fees"), QStringLiteral("notices"), words("kind month building pdf"), {}, false, true,
         QStringLiteral("fees notices --kind collection|reminder --month YYYY-MM [--building B] --pdf FILE.pdf"),
         feesNotices},
        {QStringLiteral("fees"), QStringLiteral("statement"), words("half pdf json"), {}, false, true,
         QStringLiteral("fees statement --half 2026H2 --pdf FILE.pdf [--json FILE.json]"), feesStatement},
        {QStringLiteral("backup"), {}, words("to"), {}, false, true, QStringLiteral("backup [--to DIR]"), backup},
        {QStringLiteral("verify"), {}, {}, {}, false, true, QStringLiteral("verify"), verify},
        {QStringLiteral("restore"), {}, {}, {}, true, true, QStringLiteral("restore FILE"), restore},
    };
    return table;
}

QString usage()
{
    QString text = QStringLiteral("usage: estatedesk-cli [--db FILE] [--lang zh_CN|en] COMMAND ...\n"
                                  "  (--lang: the language of printed reports and checklists, Chinese by default)\n"
                                  "  --version\n");
    QString previous;
    for (const Command &command : commands()) {
        if (command.help != previous)
            text += QStringLiteral("  ") + command.help + QLatin1Char('\n');
        previous = command.help;
    }
    return text;
}

const Command *find(const QString &name, const QString &sub)
{
    for (const Command &command : commands()) {
        if (command.name == name && command.sub == sub)
            return &command;
    }
    return nullptr;
}

bool hasSubcommands(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name && !command.sub.isEmpty())
            return true;
    }
    return false;
}

QSet<QString> flagNames()
{
    QSet<QString> names;
    for (const Command &command : commands()) {
        for (const QString &flag : command.flags)
            names.insert(flag);
    }
    return names;
}

} // namespace CommandTable
} // namespace Cli
