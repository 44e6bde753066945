#include "models/database/backup.h"

#include "models/database/schemameta.h"

#include "models/database/auditchain.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/domain/permissions.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kStamp = Formats::fileStamp();

// A connection of its own for one task, on whatever thread runs it.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("estatedesk-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// SQLite keeps a database's uncheckpointed pages and locks in files beside it.
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}

// SQLITE_BUSY and SQLITE_LOCKED: another connection holds the database.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") || code.startsWith(QLatin1String("5 "))
           || error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

} // namespace

Backup::Backup(const QString &databasePath, const QString &folder, const QTimeZone &zone, const Clock &clock)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()),
      m_folder(folder.trimmed().isEmpty() ? defaultFolder(databasePath) : QDir(folder.trimmed()).absolutePath()),
      m_zone(zone), m_clock(clock)
{
}

QString Backup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::fileName(const QDateTime &at, int serial) const
{
    QString name = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') + at.toTimeZone(m_zone).toString(kStamp);
    if (serial > 0)
        name += QLatin1Char('-') + QString::number(serial);
    return QDir(m_folder).filePath(name + QStringLiteral(".sqlite"));
}

Result<BackupInfo> Backup::make() const
{
    if (!QFileInfo(m_databasePath).isFile())
        return Failure{tr("There is no database file %1 to back up.").arg(QDir::toNativeSeparators(m_databasePath))};
    const QDir folder(m_folder);
    if (!folder.exists()) {
        if (!QDir().mkpath(m_folder))
            return Failure{tr("Backup folder: cannot create %1.").arg(QDir::toNativeSeparators(m_folder))};
        QFile::setPermissions(m_folder, kOwnerOnly | QFileDevice::ExeOwner);
    }
    // Whole seconds: the name carries no more, and the name is what is read back.
    QDateTime at = m_clock.now();
    at = at.addMSecs(-at.time().msec());
    int serial = 0;
    while (QFileInfo::exists(fileName(at, serial)))
        ++serial;
    const QString target = fileName(at, serial);
    const QString partial = target + QStringLiteral(".part");
    removeWithCompanions(partial);

    // VACUUM INTO writes a consistent snapshot inside one read transaction, so that the
    // program and other seats go on writing meanwhile; the copy comes out compact and as one
    // file in rollback-journal mode, with no -wal of its own. The file name is a bound value.
    {
        ScopedConnection source(m_databasePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!source.isOpen())
            return Failure{tr("Cannot open the database %1 to back it up: %2")
                               .arg(QDir::toNativeSeparators(m_databasePath), source.error())};
        QSqlQuery vacuum(source.db());
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO :file")))
            return Failure{tr("The backup failed: %1").arg(vacuum.lastError().text())};
        vacuum.bindValue(QStringLiteral(":file"), partial);
        if (!vacuum.exec()) {
            const QString reason = vacuum.lastError().text();
            vacuum.finish();
            removeWithCompanions(partial);
            return Failure{tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target), reason)};
        }
    }
    QFile::setPermissions(partial, kOwnerOnly); // personal data: owner only, where the file system allows
    if (Status verified = verifyFileAs(partial, target); !verified) {
        removeWithCompanions(partial);
        return Failure{verified.error()};
    }
    if (!QFile::rename(partial, target)) {
        removeWithCompanions(partial);
        return Failure{tr("The backup could not be given its name %1.").arg(QDir::toNativeSeparators(target))};
    }
    prune();
    return BackupInfo{target, at.toUTC()};
}

QList<BackupInfo> Backup::list() const
{
    const QRegularExpression pattern(QLatin1Char('^')
                                     + QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName())
                                     + QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    struct Found
    {
        BackupInfo info;
        int serial;
    };
    QList<Found> found;
    const QStringList names = QDir(m_folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(match.captured(1), kStamp);
        if (!local.isValid())
            continue;
        const QDateTime at = QDateTime(local.date(), local.time(), m_zone).toUTC();
        found << Found{{QDir(m_folder).filePath(name), at}, match.captured(2).toInt()};
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.info.at != b.info.at ? a.info.at > b.info.at : a.serial > b.serial;
    });
    QList<BackupInfo> list;
    for (const Found &f : found)
        list << f.info;
    return list;
}

std::optional<BackupInfo> Backup::latest() const
{
    const QList<BackupInfo> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool Backup::isDue(const QTime &dailyAt) const
{
    const QDateTime now = m_clock.now().toTimeZone(m_zone);
    if (now.time() < dailyAt)
        return false;
    const auto last = latest();
    return !last || last->at.toTimeZone(m_zone).date() < now.date();
}

bool Backup::isStale(const BackupInfo &backup, const QDateTime &now)
{
    return backup.at.secsTo(now) > kStaleAfterSeconds;
}

QList<BackupInfo> Backup::retained(const QList<BackupInfo> &all, const QTimeZone &zone)
{
    QList<BackupInfo> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.at > b.at; });
    QMap<QDate, int> newestOfDay;   // day -> index in sorted (newest first)
    QMap<int, int> firstOfMonth;    // yyyymm -> index of the oldest of that month
    for (int i = 0; i < sorted.size(); ++i) {
        const QDate day = sorted.at(i).at.toTimeZone(zone).date();
        if (!newestOfDay.contains(day))
            newestOfDay.insert(day, i);
        firstOfMonth.insert(day.year() * 100 + day.month(), i); // later (older) ones overwrite
    }
    QList<int> keep;
    int days = 0;
    for (auto it = newestOfDay.cend(); it != newestOfDay.cbegin() && days < kDailyKept; ++days) {
        --it;
        keep << it.value();
    }
    int months = 0;
    for (auto it = firstOfMonth.cend(); it != firstOfMonth.cbegin() && months < kMonthlyKept; ++months) {
        --it;
        if (!keep.contains(it.value()))
            keep << it.value();
    }
    std::sort(keep.begin(), keep.end());
    QList<BackupInfo> kept;
    for (int i : keep)
        kept << sorted.at(i);
    return kept;
}

QStringList Backup::prune() const
{
    const QList<BackupInfo> all = list();
    QStringList keep;
    const QList<BackupInfo> kept = retained(all, m_zone);
    for (const BackupInfo &b : kept)
        keep << b.path;
    QStringList removed;
    for (const BackupInfo &b : all) {
        if (!keep.contains(b.path) && QFile::remove(b.path))
            removed << b.path;
    }
    return removed;
}

Status Backup::verifyFile(const QString &path)
{
    return verifyFileAs(path, path);
}

Status Backup::verifyFileAs(const QString &path, const QString &shownAs)
{
    const QString shown = QDir::toNativeSeparators(shownAs);
    QFile file(path);
    if (!file.exists())
        return Failure{tr("%1 does not exist.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(shown, file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Failure{tr("%1 is not an EstateDesk database (it is not an SQLite file).").arg(shown)};

    ScopedConnection probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!probe.isOpen())
        return Failure{tr("%1 cannot be opened: %2").arg(shown, probe.error())};
    QSqlQuery q(probe.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Failure{tr("%1 is damaged: %2").arg(shown, q.lastError().text())};
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    if (findings != QStringList{QStringLiteral("ok")})
        return Failure{tr("%1 is damaged: %2").arg(shown, findings.mid(0, 3).join(QStringLiteral("; ")))};
    const SchemaMeta meta = SchemaMeta::read(probe.db());
    const QString application = meta.application;
    const int version = meta.version;
    if (application != Database::applicationId() || version < 1)
        return Failure{tr("%1 is not an EstateDesk database.").arg(shown)};
    if (version > Database::latestSchemaVersion())
        return Failure{tr("%1 was written by a newer EstateDesk (schema version %2; this program knows up to %3).")
                           .arg(shown)
                           .arg(version)
                           .arg(Database::latestSchemaVersion())};
    return {};
}

Result<Backup::Restored> Backup::restore(const Session &who, const QString &databasePath, const QString &backupPath,
                                         const Clock &clock, const QTimeZone &zone)
{
    const QFileInfo dbInfo(databasePath);
    const QString target = dbInfo.absoluteFilePath();
    const QDateTime now = clock.now();
    if (!who.can(Permission::ManageUsersAndSettings)) {
        Database db(clock);
        if (dbInfo.isFile() && db.openSqlite(target)) { // recorded where there is a database to record it in
            AuditRow row;
            row.at = now;
            row.userId = who.userId;
            row.username = who.username;
            row.action = QStringLiteral("permission_denied");
            row.entity = QStringLiteral("database");
            row.detail = Roles::permissionCode(Permission::ManageUsersAndSettings);
            AuditChain::append(db, row);
        }
        return Failure{tr("%1 (%2) may not restore the database.").arg(who.displayName, Roles::displayName(who.role))};
    }
    const QFileInfo source(backupPath);
    if (!source.isFile())
        return Failure{tr("%1 does not exist.").arg(QDir::toNativeSeparators(backupPath))};
    if (dbInfo.exists() && source.canonicalFilePath() == dbInfo.canonicalFilePath())
        return Failure{tr("%1 is the database itself, not a backup of it.").arg(QDir::toNativeSeparators(backupPath))};

    // Everything is checked on a working copy beside the database: the backup itself is
    // only read, and the copy is renamed into place (same folder, same disk) at the end.
    const QString working = target + QStringLiteral(".restoring");
    removeWithCompanions(working);
    if (!QDir().mkpath(dbInfo.absolutePath()) || !QFile::copy(backupPath, working)) {
        removeWithCompanions(working);
        return Failure{tr("Cannot copy %1 beside the database.").arg(QDir::toNativeSeparators(backupPath))};
    }
    QFile::setPermissions(working, kOwnerOnly);
    {
        // A copy of a database in WAL mode becomes one self-contained file.
        ScopedConnection copy(working, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (copy.isOpen()) {
            QSqlQuery q(copy.db());
            q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
    }
    if (Status verified = verifyFileAs(working, backupPath); !verified) {
        removeWithCompanions(working);
        return Failure{tr("Not restored: %1").arg(verified.error())};
    }

    // The database being replaced: fold its WAL back in and leave it as one file, or find
    // that another program still has it open and stop.
    QString aside;
    if (dbInfo.exists()) {
        {
            ScopedConnection current(target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
            if (current.isOpen()) {
                QSqlQuery q(current.db());
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                const bool switched = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
                                      && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
                if (!switched && (isBusy(q.lastError()) || q.isValid())) {
                    q.finish();
                    removeWithCompanions(working);
                    return Failure{tr("The database %1 is in use (EstateDesk is open on it here or at another seat): "
                                      "close it everywhere and restore again.")
                                       .arg(QDir::toNativeSeparators(target))};
                }
                // Otherwise it is damaged: it is set aside as it is, with its -wal and -shm.
            }
        }
        const QString base = dbInfo.absoluteDir().filePath(dbInfo.completeBaseName() + QStringLiteral(".before-restore-")
                                                           + now.toTimeZone(zone).toString(kStamp));
        const QString suffix = QLatin1Char('.') + (dbInfo.suffix().isEmpty() ? QStringLiteral("sqlite") : dbInfo.suffix());
        aside = base + suffix;
        for (int serial = 2; QFileInfo::exists(aside); ++serial)
            aside = base + QLatin1Char('-') + QString::number(serial) + suffix;
        if (!QFile::rename(target, aside)) {
            removeWithCompanions(working);
            return Failure{tr("Cannot set the database %1 aside.").arg(QDir::toNativeSeparators(target))};
        }
        // No companion file of the old database may stay beside the restored one: SQLite
        // would take a stale -wal for its own.
        for (const QString &companion : kCompanions) {
            if (QFileInfo::exists(target + companion))
                QFile::rename(target + companion, aside + companion);
        }
    }
    if (!QFile::rename(working, target)) {
        if (!aside.isEmpty()) {
            QFile::rename(aside, target);
            for (const QString &companion : kCompanions) {
                if (QFileInfo::exists(aside + companion))
                    QFile::rename(aside + companion, target + companion);
            }
        }
        removeWithCompanions(working);
        return Failure{tr("Cannot put the backup in place of %1.").arg(QDir::toNativeSeparators(target))};
    }
    QFile::setPermissions(target, kOwnerOnly);

    // Opened the usual way: an older backup is brought up to date, its triggers are checked,
    // and the restore goes into its audit log.
    Database db(clock);
    if (Status opened = db.openSqlite(target); !opened)
        return Failure{tr("The backup was put in place but cannot be opened: %1").arg(opened.error())};
    AuditRow row;
    row.at = now;
    row.userId = 0; // by name only: the account may not exist in the restored database
    row.username = who.username;
    row.action = QStringLiteral("database_restored");
    row.entity = QStringLiteral("database");
    row.detail = aside.isEmpty() ? QStringLiteral("from %1").arg(QDir::toNativeSeparators(source.absoluteFilePath()))
                                 : QStringLiteral("from %1; the replaced database is kept as %2")
                                       .arg(QDir::toNativeSeparators(source.absoluteFilePath()),
                                            QDir::toNativeSeparators(aside));
    if (Status s = AuditChain::append(db, row); !s)
        return Failure{s.error()};
    return Restored{aside, db.schemaVersion()};
}
