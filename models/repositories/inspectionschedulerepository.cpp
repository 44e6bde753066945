#include "models/repositories/inspectionschedulerepository.h"

#include "models/database/database.h"
#include "models/database/binding.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/recordsupport.h"

using namespace RecordSupport;

using Binding::idOrNull;

namespace {
const QString kEntity = QStringLiteral("inspection_schedule");

InspectionLevel levelFrom(const Query &q)
{
    InspectionLevel l;
    l.code = q.value(0).toString();
    l.rank = q.value(1).toInt();
    l.intervalMinutes = q.value(2).toInt();
    l.shareNum = q.value(3).toInt();
    l.shareDen = q.value(4).toInt();
    l.minUnits = q.value(5).toInt();
    l.rowVersion = q.value(6).toInt();
    return l;
}

LevelAssignment assignmentFrom(const Query &q)
{
    LevelAssignment a;
    a.id = q.value(0).toLongLong();
    a.userId = q.value(1).toLongLong();
    a.userName = q.value(2).toString();
    a.levelCode = q.value(3).toString();
    a.templateCode = q.value(4).toString();
    a.area = q.value(5).toString();
    a.superiorId = q.value(6).toLongLong();
    a.superiorName = q.value(7).toString();
    a.active = q.value(8).toInt() != 0;
    a.rowVersion = q.value(9).toInt();
    a.templateName = q.value(10).toString();
    return a;
}
} // namespace

Result<QList<InspectionLevel>> InspectionScheduleRepository::levels() const
{
    Query q(m_db, QStringLiteral("SELECT code, rank, interval_minutes, share_num, share_den, min_units, row_version "
                                 "FROM inspection_levels ORDER BY rank DESC"));
    return q.rows([](Query &row) { return levelFrom(row); });
}

Result<InspectionLevel> InspectionScheduleRepository::level(const QString &code) const
{
    Query q(m_db, QStringLiteral("SELECT code, rank, interval_minutes, share_num, share_den, min_units, row_version "
                                 "FROM inspection_levels WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("Level: there is no inspection level %1.").arg(code)};
    return levelFrom(q);
}

Status InspectionScheduleRepository::setLevel(const Session &who, const InspectionLevel &l)
{
    return GuardedWrite::run(m_db, who, Permission::ManageLimitsAndTemplates, QStringLiteral("inspection_level"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (l.intervalMinutes <= 0)
            return Failure{tr("Frequency: the interval must be at least one minute.")};
        if (l.shareDen <= 0 || l.shareNum < 0 || l.shareNum > l.shareDen)
            return Failure{tr("Sampling: the share must be a fraction between 0 and 1.")};
        if (l.minUnits < 0)
            return Failure{tr("Sampling: the minimum number of units cannot be negative.")};
        const auto before = level(l.code);
        if (!before)
            return Failure{before.error()};
        Query q(m_db, QStringLiteral("UPDATE inspection_levels SET interval_minutes = :interval, share_num = :num, "
                                     "share_den = :den, min_units = :units, row_version = row_version + 1, "
                                     "updated_at = :at, updated_by = :by WHERE code = :code AND row_version = :version"));
        q.bind(QStringLiteral(":interval"), l.intervalMinutes).bind(QStringLiteral(":num"), l.shareNum);
        q.bind(QStringLiteral(":den"), l.shareDen).bind(QStringLiteral(":units"), l.minUnits);
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":code"), l.code).bind(QStringLiteral(":version"), l.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The level %1 was changed by someone else after you opened it. Reload it and make your "
                              "change again.")
                               .arg(InspectionCodes::levelName(l.code))};
        auto describe = [](const InspectionLevel &x) {
            return json(QJsonObject{{QStringLiteral("interval_minutes"), x.intervalMinutes},
                                    {QStringLiteral("share"), QStringLiteral("%1/%2").arg(x.shareNum).arg(x.shareDen)},
                                    {QStringLiteral("min_units"), x.minUnits}});
        };
        return GuardedWrite::AuditRow{QStringLiteral("inspection_level_changed"), QStringLiteral("inspection_level"),
                                      l.code, describe(before.value()), describe(l)};
    });
}

Result<QList<LevelAssignment>> InspectionScheduleRepository::assignments(const Session &who, bool activeOnly) const
{
    if (!AuditLog::allows(m_db, who, Permission::ManageLimitsAndTemplates)) {
        if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
            return Failure{s.error()};
    }
    Query q(m_db, QStringLiteral("SELECT a.id, a.user_id, u.display_name, a.level_code, a.template_code, a.area, "
                                 "COALESCE(a.superior_id, 0), COALESCE(s.display_name, ''), a.active, a.row_version, "
                                 "COALESCE((SELECT t.name FROM inspection_templates t "
                                 "WHERE t.code = a.template_code AND t.is_current = 1), '') "
                                 "FROM inspection_assignments a JOIN users u ON u.id = a.user_id "
                                 "JOIN inspection_levels l ON l.code = a.level_code "
                                 "LEFT JOIN users s ON s.id = a.superior_id "
                                 "WHERE (:all = 1 OR a.active = 1) ORDER BY l.rank DESC, u.display_name, a.id"));
    q.bind(QStringLiteral(":all"), activeOnly ? 0 : 1);
    return q.rows([](Query &row) { return assignmentFrom(row); });
}

Result<LevelAssignment> InspectionScheduleRepository::assignment(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT a.id, a.user_id, u.display_name, a.level_code, a.template_code, a.area, "
                                 "COALESCE(a.superior_id, 0), COALESCE(s.display_name, ''), a.active, a.row_version, "
                                 "COALESCE((SELECT t.name FROM inspection_templates t "
                                 "WHERE t.code = a.template_code AND t.is_current = 1), '') "
                                 "FROM inspection_assignments a JOIN users u ON u.id = a.user_id "
                                 "LEFT JOIN users s ON s.id = a.superior_id WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such level assignment.")};
    return assignmentFrom(q);
}

Result<qint64> InspectionScheduleRepository::saveAssignment(const Session &who, LevelAssignment a)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::ManageLimitsAndTemplates, kEntity,
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        if (a.userId <= 0)
            return Failure{tr("Person: choose who holds the level.")};
        if (!InspectionCodes::levelCodes().contains(a.levelCode))
            return Failure{tr("Level: choose one of the inspection levels.")};
        if (a.superiorId == a.userId)
            return Failure{tr("Superior: a person cannot be their own superior.")};
        a.area = a.area.simplified();
        a.templateCode = a.templateCode.trimmed();
        const qint64 now = toStored(m_db.clock().now());
        const QString newValue = json(QJsonObject{{QStringLiteral("user_id"), a.userId},
                                                  {QStringLiteral("level"), a.levelCode},
                                                  {QStringLiteral("template"), a.templateCode},
                                                  {QStringLiteral("area"), a.area},
                                                  {QStringLiteral("superior_id"), a.superiorId},
                                                  {QStringLiteral("active"), a.active}});
        qint64 id = a.id;
        if (id == 0) {
            Query q(m_db, QStringLiteral("INSERT INTO inspection_assignments (user_id, level_code, template_code, area, "
                                         "superior_id, active, created_at, updated_at, updated_by) VALUES (:user, :level, "
                                         ":tpl, :area, :superior, :active, :at, :at2, :by) RETURNING id"));
            q.bind(QStringLiteral(":user"), a.userId).bind(QStringLiteral(":level"), a.levelCode);
            q.bind(QStringLiteral(":tpl"), notNull(a.templateCode)).bind(QStringLiteral(":area"), notNull(a.area));
            q.bind(QStringLiteral(":superior"), idOrNull(a.superiorId)).bind(QStringLiteral(":active"), a.active ? 1 : 0);
            q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":at2"), now).bind(QStringLiteral(":by"), who.displayName);
            const auto inserted = q.scalar();
            if (!inserted)
                return Failure{inserted.error()};
            id = inserted.value();
        } else {
            Query q(m_db, QStringLiteral("UPDATE inspection_assignments SET user_id = :user, level_code = :level, "
                                         "template_code = :tpl, area = :area, superior_id = :superior, active = :active, "
                                         "row_version = row_version + 1, updated_at = :at, updated_by = :by "
                                         "WHERE id = :id AND row_version = :version"));
            q.bind(QStringLiteral(":user"), a.userId).bind(QStringLiteral(":level"), a.levelCode);
            q.bind(QStringLiteral(":tpl"), notNull(a.templateCode)).bind(QStringLiteral(":area"), notNull(a.area));
            q.bind(QStringLiteral(":superior"), idOrNull(a.superiorId)).bind(QStringLiteral(":active"), a.active ? 1 : 0);
            q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), who.displayName);
            q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), a.rowVersion);
            if (Status s = q.exec(); !s)
                return Failure{s.error()};
            if (q.numRowsAffected() != 1)
                return Failure{tr("The assignment was changed by someone else after you opened it.")};
        }
        out = id;
        return GuardedWrite::AuditRow{a.id == 0 ? QStringLiteral("inspection_assignment_created") : QStringLiteral("inspection_assignment_changed"),
                                      kEntity, QString::number(id), {}, newValue};
    });
}

Result<QList<QPair<qint64, QString>>> InspectionScheduleRepository::candidates(const Session &who) const
{
    if (Status s = m_audit.require(who, Permission::ManageLimitsAndTemplates, kEntity); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT id, display_name, role FROM users WHERE active = 1 ORDER BY display_name"));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<QPair<qint64, QString>> list;
    while (q.next()) {
        const auto role = Roles::fromCode(q.value(2).toString());
        if (role && Roles::allows(*role, Permission::RunInspections))
            list.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return list;
}

Result<qint64> InspectionScheduleRepository::superiorOf(qint64 userId) const
{
    Query q(m_db, QStringLiteral("SELECT a.superior_id FROM inspection_assignments a "
                                 "JOIN inspection_levels l ON l.code = a.level_code "
                                 "WHERE a.user_id = :user AND a.active = 1 AND a.superior_id IS NOT NULL "
                                 "ORDER BY l.rank DESC, a.id LIMIT 1"));
    q.bind(QStringLiteral(":user"), userId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<ScheduleEntry>> InspectionScheduleRepository::schedule(const Session &who) const
{
    return schedule(who, m_db.clock().now());
}

Result<QList<ScheduleEntry>> InspectionScheduleRepository::schedule(const Session &who, const QDateTime &now) const
{
    const auto list = assignments(who, true);
    if (!list)
        return Failure{list.error()};
    const auto levelList = levels();
    if (!levelList)
        return Failure{levelList.error()};
    QHash<QString, int> intervals;
    for (const InspectionLevel &l : levelList.value())
        intervals.insert(l.code, l.intervalMinutes);

    QList<ScheduleEntry> entries;
    for (const LevelAssignment &a : list.value()) {
        ScheduleEntry e;
        e.assignment = a;
        // The last finished run of this person at this level (over this template, if set).
        Query last(m_db, QStringLiteral("SELECT MAX(r.finished_at) FROM inspection_runs r "
                                        "JOIN inspection_templates t ON t.id = r.template_id "
                                        "WHERE r.inspector_id = :user AND r.level_code = :level "
                                        "AND r.state = 'finished' AND (:tpl = '' OR t.code = :tpl2)"));
        last.bind(QStringLiteral(":user"), a.userId).bind(QStringLiteral(":level"), a.levelCode);
        last.bind(QStringLiteral(":tpl"), notNull(a.templateCode)).bind(QStringLiteral(":tpl2"), notNull(a.templateCode));
        if (Status s = last.exec(); !s)
            return Failure{s.error()};
        qint64 base = 0;
        if (last.next() && !last.value(0).isNull()) {
            base = last.value(0).toLongLong();
            e.lastFinished = fromStored(base);
        }
        last.finish();
        if (base == 0) {
            Query created(m_db, QStringLiteral("SELECT created_at FROM inspection_assignments WHERE id = :id"));
            created.bind(QStringLiteral(":id"), a.id);
            const auto at = created.scalar();
            if (!at)
                return Failure{at.error()};
            base = at.value();
        }
        Query draft(m_db, QStringLiteral("SELECT MAX(id) FROM inspection_runs WHERE assignment_id = :id "
                                         "AND state = 'draft'"));
        draft.bind(QStringLiteral(":id"), a.id);
        if (Status s = draft.exec(); !s)
            return Failure{s.error()};
        if (draft.next() && !draft.value(0).isNull())
            e.openDraftId = draft.value(0).toLongLong();
        draft.finish();
        const qint64 interval = qint64(intervals.value(a.levelCode, 1440)) * 60 * 1000;
        TimerInput timer;
        timer.registeredAt = base;
        timer.completionDeadline = base + interval;
        e.intervalStart = fromStored(base);
        e.due = fromStored(timer.completionDeadline);
        e.status = RequestTimer::evaluate(timer, now);
        entries << e;
    }
    return entries;
}
