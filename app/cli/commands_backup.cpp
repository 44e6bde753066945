#include "app/cli/commandtable.h"

#include "models/database/auditchain.h"
#include "models/database/backup.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/settingsrepository.h"

#include <QDir>
#include <QFileInfo>

// The commands that keep the database safe: backup, verify, restore.
namespace Cli {

int backup(CommandContext &c)
{
    if (Database::isServerLocation(c.dbPath))
        return c.fail(kFailed, QStringLiteral("a server database is backed up on the server, with pg_dump (see README)"));
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    SettingsRepository settings(c.db);
    const QString folder = c.args.options.value(QStringLiteral("to"), settings.backupFolder());
    const auto made = Backup(c.dbPath, folder, settings.timeZone(), c.clock).make();
    if (!made)
        return c.fail(kFailed, made.error());
    AuditLog(c.db).record(c.session, QStringLiteral("backup_made"), QStringLiteral("database"), {}, {},
                        QDir::toNativeSeparators(made->path));
    c.out << QDir::toNativeSeparators(made->path) << Qt::endl;
    return kOk;
}

int verify(CommandContext &c)
{
    // The file (integrity_check, EstateDesk, schema version) is checked before it is opened
    // for writing: a damaged one is only read.
    if (!c.dbPath.isEmpty() && !Database::isServerLocation(c.dbPath)) {
        if (!QFileInfo(c.dbPath).isFile())
            return c.fail(kFailed, QStringLiteral("verify: there is no database file %1").arg(c.dbPath));
        if (Status s = Backup::verifyFile(c.dbPath); !s) {
            c.out << s.error() << Qt::endl;
            return c.fail(kFailed, QStringLiteral("verify: the database is not sound"));
        }
    }
    if (const int rc = c.openDb(); rc != kOk)
        return rc;
    QStringList problems;
    if (c.db.schemaVersion() != Database::latestSchemaVersion())
        problems << QStringLiteral("schema version %1, expected %2").arg(c.db.schemaVersion()).arg(Database::latestSchemaVersion());
    for (const QString &trigger : c.db.restoredTriggers())
        problems << QStringLiteral("append-only trigger %1 was missing or altered (restored now, and audited)").arg(trigger);
    const auto chain = AuditChain::verify(c.db);
    if (!chain)
        return c.fail(kFailed, chain.error());
    for (const QString &problem : chain->problems)
        problems << problem;
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            c.out << problem << Qt::endl;
        if (chain->firstBrokenRow > 0)
            return c.fail(kFailed, QStringLiteral("verify: the audit chain is broken at row %1").arg(chain->firstBrokenRow));
        return c.fail(kFailed, QStringLiteral("verify: %1 problem(s) found").arg(problems.size()));
    }
    const qsizetype tables = Database::appendOnlyTables(c.db.schemaVersion()).size();
    c.out << "ok: integrity, schema version " << c.db.schemaVersion() << ", audit chain of " << chain->rows
          << " rows, append-only triggers on " << tables << " tables" << Qt::endl;
    return kOk;
}

int restore(CommandContext &c)
{
    if (c.args.words.size() != 1)
        return c.fail(kUsage, QStringLiteral("usage: restore FILE"));
    if (c.dbPath.isEmpty())
        return c.fail(kUsage, QStringLiteral("restore needs --db FILE"));
    if (Database::isServerLocation(c.dbPath))
        return c.fail(kFailed, QStringLiteral("a server database is restored on the server, with pg_restore (see README)"));
    // The database is not opened here: restore needs it closed.
    const auto restored = Backup::restore(c.session, c.dbPath, c.args.words.first(), c.clock,
                                          QTimeZone(SettingsRepository::defaultTimeZone()));
    if (!restored)
        return c.fail(kFailed, restored.error());
    c.out << "restored " << QDir::toNativeSeparators(c.args.words.first()) << " (schema version "
          << restored->schemaVersion << ")" << Qt::endl;
    if (!restored->keptAside.isEmpty())
        c.out << "the replaced database is kept as " << restored->keptAside << Qt::endl;
    return kOk;
}

} // namespace Cli
