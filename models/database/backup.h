#pragma once

#include "models/database/clock.h"
#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

struct BackupInfo
{
    QString path;
    QDateTime at; // UTC, read back from the file name
};

// Backups of an SQLite database (SPEC 7): a copy made with VACUUM INTO, verified before it
// takes its name, in a folder of its own; the last 30 days and the first backup of each of
// the last 12 months are kept. Uses connections of its own, so it may run on a worker thread.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int kDailyKept = 30;
    static constexpr int kMonthlyKept = 12;
    // A backup older than this is a warning in the status bar.
    static constexpr qint64 kStaleAfterSeconds = 2 * 24 * 3600;

    // folder empty: the "backups" folder beside the database. File names and days are the
    // estate's (zone); the clock must outlive the object.
    Backup(const QString &databasePath, const QString &folder, const QTimeZone &zone, const Clock &clock);

    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }

    // Writes a new backup, verifies it, and removes the ones no longer kept.
    Result<BackupInfo> make() const;
    // The backups in the folder, newest first (only files this program named).
    QList<BackupInfo> list() const;
    std::optional<BackupInfo> latest() const;
    // Past the daily time (estate's wall clock) and no backup from today yet.
    bool isDue(const QTime &dailyAt) const;
    static bool isStale(const BackupInfo &backup, const QDateTime &now);

    // Removes the backups the retention rule does not keep; returns their paths.
    QStringList prune() const;
    // The retention rule: the newest backup of each of the last 30 days that have one, and
    // the first backup of each of the last 12 months that have one.
    static QList<BackupInfo> retained(const QList<BackupInfo> &all, const QTimeZone &zone);

    // Checks a file without writing to it: an intact SQLite file (integrity_check = ok) of
    // EstateDesk, of a schema version this program knows.
    static Status verifyFile(const QString &path);

    // Replaces the database by a backup, after checking the backup. The replaced database is
    // kept beside it as NAME.before-restore-YYYYMMDD-HHMMSS.sqlite (with its -wal and -shm
    // if it could not be closed cleanly). Nothing is touched when the backup is refused or
    // the database is in use. Needs the permission to manage the database; audited.
    struct Restored
    {
        QString keptAside;
        int schemaVersion = 0;
    };
    static Result<Restored> restore(const Session &who, const QString &databasePath, const QString &backupPath,
                                    const Clock &clock, const QTimeZone &zone);

private:
    // Messages name shownAs (the file the user knows) rather than a working copy.
    static Status verifyFileAs(const QString &path, const QString &shownAs);
    QString fileName(const QDateTime &at, int serial) const;

    QString m_databasePath;
    QString m_folder;
    QTimeZone m_zone;
    const Clock &m_clock;
};
