#pragma once

// Small helpers shared by the test executables (header only: each tst_*.cpp is its own program).

#include "models/domain/holidaycalendar.h"
#include "models/io/holidayparser.h"
#include "models/repositories/auditlog.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

namespace TestSupport {

// The audit rows of one action, as the command line reads them (empty when it cannot).
inline QList<AuditEntry> auditOf(Database &db, const QString &action)
{
    AuditLog audit(db);
    AuditFilter filter;
    filter.action = action;
    const auto entries = audit.entries(Session::commandLine(), filter);
    return entries.ok() ? entries.value() : QList<AuditEntry>{};
}

inline QString holidayDataFile(const QString &name)
{
    return QDir(QString::fromUtf8(ESTATEDESK_HOLIDAY_DATA)).filePath(name);
}

inline QString testDataFile(const QString &name)
{
    return QDir(QString::fromUtf8(ESTATEDESK_TEST_DATA)).filePath(name);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

// Empty when the file cannot be read, so that comparing two missing files does not pass.
inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The official 2024-2026 schedules read from the holiday-cn JSON files the program ships.
inline HolidayCalendar calendarFromJsonFiles()
{
    HolidayCalendar calendar;
    for (int year : {2024, 2025, 2026}) {
        const auto parsed = HolidayParser::parseJson(readFile(holidayDataFile(QStringLiteral("%1.json").arg(year))));
        if (parsed.ok()) {
            for (const HolidaySchedule &schedule : parsed.value())
                calendar.setSchedule(schedule);
        }
    }
    return calendar;
}

} // namespace TestSupport
