#include "app/cli/commandtable.h"

#include "models/sync/gatesync.h"

// The gatehouse seat (SPEC 8.1): gate setup ties a gate's store to the office; sync pushes
// what waits and pulls the master data.
namespace Cli {

namespace {
int printOutcome(CommandContext &c, const GateSync::Outcome &outcome)
{
    c.out << "pushed " << outcome.pushed << ", pulled " << outcome.pulled << ", waiting " << outcome.waiting
          << Qt::endl;
    return kOk;
}
} // namespace

int gateSetup(CommandContext &c)
{
    const QString office = c.args.options.value(QStringLiteral("office"));
    const QString gate = c.args.options.value(QStringLiteral("gate"));
    if (office.isEmpty() || gate.isEmpty())
        return c.fail(kUsage, QStringLiteral("gate setup needs --office URL and --gate NAME"));
    if (Database::isServerLocation(c.dbPath))
        return c.fail(kFailed, QStringLiteral("gate setup: the gatehouse store is a file on the gate's PC (--db FILE)"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto done = GateSync(c.db).setup(c.session, office, gate);
    if (!done)
        return c.fail(kFailed, done.error());
    return printOutcome(c, done.value());
}

int sync(CommandContext &c)
{
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    const auto done = GateSync(c.db).sync(c.session);
    if (!done)
        return c.fail(kFailed, done.error());
    return printOutcome(c, done.value());
}

} // namespace Cli
