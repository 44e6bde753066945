#include "models/repositories/settingsrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/formats.h"

#include <QDir>
#include <QFileInfo>

SettingsRepository::SettingsRepository(Database &db) : m_db(db), m_audit(db) {}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key);
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

Status SettingsRepository::setValue(const Session &actor, const QString &key, const QString &newValue)
{
    if (key == timeZoneKey())
        m_db.estateZone().forget(); // read again as saved, or as it stays if the save fails
    return GuardedWrite::run(m_db, actor, Permission::ManageUsersAndSettings, QStringLiteral("settings"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        Query read(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
        read.bind(QStringLiteral(":k"), key);
        if (Status s = read.exec(); !s)
            return Failure{s.error()};
        const bool exists = read.next();
        const QString oldValue = exists ? read.value(0).toString() : QString();
        if (exists && oldValue == newValue)
            return GuardedWrite::AuditRow::nothing();
        Query write(m_db, exists ? QStringLiteral("UPDATE settings SET value = :v WHERE key = :k")
                                 : QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        write.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), newValue);
        if (Status s = write.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("setting_changed"), QStringLiteral("settings"), key, oldValue,
                                      newValue};
    });
}

QString SettingsRepository::estateName() const
{
    return value(estateNameKey());
}

QTimeZone SettingsRepository::timeZone() const
{
    return m_db.estateZone().get([this] {
        const QTimeZone zone(value(timeZoneKey(), QString::fromLatin1(defaultTimeZone())).toLatin1());
        return zone.isValid() ? zone : QTimeZone(defaultTimeZone());
    });
}

Status SettingsRepository::checkEstateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Failure{tr("Estate name: required.")};
    if (trimmed.size() > 100)
        return Failure{tr("Estate name: at most 100 characters.")};
    return {};
}

Status SettingsRepository::setEstateName(const Session &actor, const QString &name)
{
    if (Status s = checkEstateName(name); !s)
        return s;
    return setValue(actor, estateNameKey(), name.trimmed());
}

Status SettingsRepository::setTimeZone(const Session &actor, const QByteArray &ianaId)
{
    if (!QTimeZone::isTimeZoneIdAvailable(ianaId))
        return Failure{tr("Time zone: %1 is not a known time zone.").arg(QString::fromLatin1(ianaId))};
    return setValue(actor, timeZoneKey(), QString::fromLatin1(ianaId));
}

QString SettingsRepository::backupFolder() const
{
    return value(backupFolderKey());
}

Status SettingsRepository::checkBackupFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QDir::isRelativePath(trimmed))
        return Failure{tr("Backup folder: give a full path, such as D:\\EstateDesk backups.")};
    const QFileInfo info(trimmed);
    if (info.exists() && !info.isDir())
        return Failure{tr("Backup folder: %1 is a file, not a folder.").arg(trimmed)};
    return {};
}

Status SettingsRepository::setBackupFolder(const Session &actor, const QString &folder)
{
    if (Status s = checkBackupFolder(folder); !s)
        return s;
    const QString trimmed = folder.trimmed();
    return setValue(actor, backupFolderKey(), trimmed.isEmpty() ? QStringLiteral("") : QDir::cleanPath(trimmed));
}

QTime SettingsRepository::backupTime() const
{
    const QTime at = QTime::fromString(value(backupTimeKey()), Formats::time());
    return at.isValid() ? at : defaultBackupTime();
}

Status SettingsRepository::setBackupTime(const Session &actor, const QTime &at)
{
    if (!at.isValid())
        return Failure{tr("Backup time: not a valid time of day.")};
    return setValue(actor, backupTimeKey(), at.toString(Formats::time()));
}
