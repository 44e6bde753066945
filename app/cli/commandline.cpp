#include "app/cli/commandline.h"

#include "app/cli/commandtable.h"

using namespace Cli;

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QTextStream &in) : m_out(out), m_err(err), m_in(in) {}

// The global options, then the command's row in the table: its options and words are
// checked against the row, and its handler runs.
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
            m_out << CommandTable::usage();
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
    const QString sub = CommandTable::hasSubcommands(command) && !rest.isEmpty() ? rest.takeFirst() : QString();
    const Arguments args = Arguments::parse(rest, CommandTable::flagNames());
    if (!args.error.isEmpty())
        return fail(kUsage, args.error);
    const Command *row = CommandTable::find(command, sub);
    if (!row)
        return fail(kUsage, QStringLiteral("unknown command %1 (see --help)")
                                .arg(QStringList{command, sub}.join(QLatin1Char(' ')).trimmed()));
    if (row->checkOptions) {
        QStringList given = args.options.keys();
        given += QStringList(args.flags.cbegin(), args.flags.cend());
        given.sort();
        for (const QString &name : std::as_const(given)) {
            if (!row->options.contains(name) && !row->flags.contains(name))
                return fail(kUsage, QStringLiteral("unknown option --%1 for %2 (see --help)")
                                        .arg(name, QStringList{command, sub}.join(QLatin1Char(' ')).trimmed()));
        }
        if (!row->takesWords && !args.words.isEmpty())
            return fail(kUsage, QStringLiteral("unexpected argument %1 (see --help)").arg(args.words.first()));
    }

    SystemClock clock;
    Database db(clock);
    CommandContext context{m_out, m_err, m_in, command, sub, args, dbPath, documentLanguage,
                           clock, db, Session::commandLine()};
    return row->handler(context);
}
