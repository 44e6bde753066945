#pragma once

#include "models/database/database.h"
#include "models/database/clock.h"
#include "models/domain/session.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace Cli {

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

    static Arguments parse(const QStringList &args, const QSet<QString> &flagNames);
};

// What a command's handler works with: the streams, its arguments, the global options and
// the database (opened by openDb() only when the command needs it).
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    QString command;
    QString sub;
    Arguments args;
    QString dbPath;
    QString documentLanguage;
    SystemClock &clock;
    Database &db;
    Session session;

    // Writes "estatedesk-cli: message" to the error stream and returns the code.
    int fail(int code, const QString &message) const;
    // kOk, kUsage without --db, kFailed when the database is refused.
    int openDb();
    QString readPassword();
};

using CommandHandler = int (*)(CommandContext &);

// One command of estatedesk-cli: its words, what it accepts, its line in the usage text and
// the function that runs it. A new command is one row in CommandTable::commands().
struct Command
{
    QString name;
    QString sub;            // empty for a command without a sub-command
    QStringList options;    // --name value
    QStringList flags;      // --name alone
    bool takesWords;        // positional words (FILE, NAME, CODE) allowed
    bool checkOptions;      // false: options and words are checked by the handler itself
    QString help;           // the usage line; rows that share one repeat it
    CommandHandler handler;
};

namespace CommandTable {
const std::vector<Command> &commands();
// The --help text: a header and the help lines of the table, in its order.
QString usage();
// The row of this command and sub-command, or nullptr.
const Command *find(const QString &name, const QString &sub);
bool hasSubcommands(const QString &name);
QSet<QString> flagNames();
} // namespace CommandTable

// The handlers (app/cli/commands_*.cpp).
int init(CommandContext &c);
int demo(CommandContext &c);
int importResidents(CommandContext &c);
int exportResidents(CommandContext &c);
int calendarImport(CommandContext &c);
int calendarDue(CommandContext &c);
int importLedger(CommandContext &c);
int exportRequests(CommandContext &c);
int user(CommandContext &c);
int inspectionTemplates(CommandContext &c);
int inspectionPrintBlank(CommandContext &c);
int gateRecord(CommandContext &c);
int gateSetup(CommandContext &c);
int sync(CommandContext &c);
int report(CommandContext &c);
int backup(CommandContext &c);
int verify(CommandContext &c);
int restore(CommandContext &c);
int feesItemAdd(CommandContext &c);
int feesBill(CommandContext &c);
int feesPay(CommandContext &c);
int feesArrears(CommandContext &c);
int feesNotices(CommandContext &c);
int feesStatement(CommandContext &c);
int importHouses(CommandContext &c);
int importArrears(CommandContext &c);
int importReadings(CommandContext &c);

} // namespace Cli
