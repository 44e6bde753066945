#include "models/repositories/calendarrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/io/holidayparser.h"
#include "models/io/importlimits.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

CalendarRepository::CalendarRepository(Database &db) : m_db(db), m_audit(db) {}

HolidayCalendar CalendarRepository::calendar() const
{
    HolidayCalendar result = HolidayParser::builtInCalendar();
    QMap<int, HolidaySchedule> imported;
    for (int year : importedYears())
        imported[year].year = year;
    Query q(m_db, QStringLiteral("SELECT day, year, name, is_off_day FROM holiday_days ORDER BY day"));
    if (q.exec()) {
        while (q.next()) {
            const int year = q.value(1).toInt();
            imported[year].days << HolidayDay{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                              q.value(2).toString(), q.value(3).toInt() != 0};
        }
    }
    for (const HolidaySchedule &schedule : imported)
        result.setSchedule(schedule);
    return result;
}

QList<int> CalendarRepository::importedYears() const
{
    QList<int> years;
    Query q(m_db, QStringLiteral("SELECT year FROM holiday_years ORDER BY year"));
    if (q.exec()) {
        while (q.next())
            years << q.value(0).toInt();
    }
    return years;
}

Result<QList<int>> CalendarRepository::importFile(const Session &actor, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > ImportLimits::kMaxFileBytes)
        return Failure{tr("%1 is larger than %2 MiB: it is not a holiday schedule.")
                           .arg(QFileInfo(path).fileName())
                           .arg(ImportLimits::kMaxFileBytes / (1024 * 1024))};
    return importData(actor, file.readAll(), QFileInfo(path).fileName());
}

Result<QList<int>> CalendarRepository::importData(const Session &actor, const QByteArray &data, const QString &source)
{
    const auto parsed = HolidayParser::parse(data);
    if (!parsed)
        return Failure{parsed.error()};
    return GuardedWrite::runAuditedFor<QList<int>>(m_db, actor,
                                                   Permission::ManageUsersAndSettings, QStringLiteral("holiday_calendar"),
                                                   [&](QList<int> &out) -> Status {
        QList<int> years;
        // A schedule replaces what its year's schedule named before (the days stored under its year,
        // some of them perhaps in the December before) and the dates it names; the days other
        // years' schedules named stay, so that importing 2018 keeps 29-31 December 2018 from 2019.
        for (const HolidaySchedule &schedule : parsed.value()) {
            Query clear(m_db, QStringLiteral("DELETE FROM holiday_days WHERE year = :y"));
            clear.bind(QStringLiteral(":y"), schedule.year);
            Query clearYear(m_db, QStringLiteral("DELETE FROM holiday_years WHERE year = :y"));
            clearYear.bind(QStringLiteral(":y"), schedule.year);
            Query year(m_db, QStringLiteral("INSERT INTO holiday_years (year, source, imported_at) VALUES (:y, :s, :t)"));
            year.bind(QStringLiteral(":y"), schedule.year).bind(QStringLiteral(":s"), source);
            year.bind(QStringLiteral(":t"), toStored(m_db.clock().now()));
            for (Query *q : {&clear, &clearYear, &year}) {
                if (Status s = q->exec(); !s)
                    return Failure{s.error()};
            }
            for (const HolidayDay &day : schedule.days) {
                // A day listed twice (overlapping events) keeps its last meaning.
                Query remove(m_db, QStringLiteral("DELETE FROM holiday_days WHERE day = :d"));
                remove.bind(QStringLiteral(":d"), day.date.toString(Qt::ISODate));
                Query insert(m_db, QStringLiteral("INSERT INTO holiday_days (day, year, name, is_off_day) "
                                                  "VALUES (:d, :y, :n, :o)"));
                insert.bind(QStringLiteral(":d"), day.date.toString(Qt::ISODate)).bind(QStringLiteral(":y"), schedule.year);
                insert.bind(QStringLiteral(":n"), day.name).bind(QStringLiteral(":o"), day.isOffDay ? 1 : 0);
                for (Query *q : {&remove, &insert}) {
                    if (Status s = q->exec(); !s)
                        return Failure{s.error()};
                }
            }
            if (Status s = m_audit.record(actor, QStringLiteral("holidays_imported"), QStringLiteral("holiday_calendar"),
                                          QString::number(schedule.year), {},
                                          QStringLiteral("%1 days").arg(schedule.days.size()), source);
                !s)
                return Failure{s.error()};
            years << schedule.year;
        }
        out = years;
        return {};
    });
}
