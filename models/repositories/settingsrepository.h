#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>

class Database;

// Estate-wide settings kept in the database (shared by every seat).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static QString estateNameKey() { return QStringLiteral("estate.name"); }
    static QString timeZoneKey() { return QStringLiteral("estate.time_zone"); }
    static QByteArray defaultTimeZone() { return QByteArrayLiteral("Asia/Shanghai"); }
    static QString backupFolderKey() { return QStringLiteral("backup.folder"); }
    static QString backupTimeKey() { return QStringLiteral("backup.time"); }
    static QTime defaultBackupTime() { return QTime(2, 0); }

    explicit SettingsRepository(Database &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    // Audited; only an administrator may change settings (the CLI acts as one).
    Status setValue(const Session &actor, const QString &key, const QString &value);

    QString estateName() const;
    // Read once per Database and kept there (Database::estateZone()); saving the setting
    // through setValue()/setTimeZone() makes the next call read it again.
    QTimeZone timeZone() const;
    Status setEstateName(const Session &actor, const QString &name);
    static Status checkEstateName(const QString &name);
    Status setTimeZone(const Session &actor, const QByteArray &ianaId);

    // Where the daily backup goes: empty means the "backups" folder beside the database.
    QString backupFolder() const;
    static Status checkBackupFolder(const QString &folder);
    Status setBackupFolder(const Session &actor, const QString &folder);
    // The estate's wall-clock time of the daily backup.
    QTime backupTime() const;
    Status setBackupTime(const Session &actor, const QTime &at);

private:
    Database &m_db;
    AuditLog m_audit;
};
