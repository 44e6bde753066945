#pragma once

#include "servicedesksupport.h"

#include "models/database/query.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/worklogrepository.h"

// The service desk fixture with the inspection hierarchy filled in:
// admin (company manager) <- manager (project head) <- 王芳 (supervisor) <- clerk (area lead, 3栋 cleaning).
struct InspectionFixture : ServiceDeskFixture
{
    std::unique_ptr<ChecklistTemplateRepository> templates;
    std::unique_ptr<InspectionScheduleRepository> schedule;
    std::unique_ptr<InspectionRunRepository> runs;
    std::unique_ptr<NonConformityRepository> findings;
    std::unique_ptr<WorkLogRepository> workLog;
    qint64 areaLeadAssignment = 0;
    qint64 supervisorAssignment = 0;
    qint64 projectHeadAssignment = 0;

    explicit InspectionFixture(const QDateTime &start = local(2026, 3, 2, 8, 0)) : ServiceDeskFixture(start)
    {
        templates = std::make_unique<ChecklistTemplateRepository>(*db);
        schedule = std::make_unique<InspectionScheduleRepository>(*db);
        runs = std::make_unique<InspectionRunRepository>(*db);
        findings = std::make_unique<NonConformityRepository>(*db);
        workLog = std::make_unique<WorkLogRepository>(*db);
        auto assign = [&](const Session &user, const char *level, qint64 superior, const QString &tpl) {
            LevelAssignment a;
            a.userId = user.userId;
            a.levelCode = QString::fromLatin1(level);
            a.templateCode = tpl;
            a.area = QStringLiteral("3栋");
            a.superiorId = superior;
            const auto id = schedule->saveAssignment(manager, a);
            if (!id)
                qFatal("cannot assign: %s", qPrintable(id.error()));
            return id.value();
        };
        assign(admin, "company_manager", 0, {});
        projectHeadAssignment = assign(manager, "project_head", admin.userId, {});
        supervisorAssignment = assign(clerk2, "supervisor", manager.userId, QStringLiteral("cleaning"));
        areaLeadAssignment = assign(clerk, "area_lead", clerk2.userId, QStringLiteral("cleaning"));
    }

    // Starts a run and marks it: every item passes except those in fails (1-based positions).
    qint64 markedRun(const Session &who, qint64 assignment, const QString &tpl, const QString &level,
                     const QList<int> &fails, int unitsChecked = 7, int unitsTotal = 20)
    {
        RunStart start;
        start.assignmentId = assignment;
        start.templateCode = tpl;
        start.levelCode = level;
        start.area = QStringLiteral("3栋");
        start.unitsTotal = unitsTotal;
        const auto id = runs->start(who, start);
        if (!id)
            qFatal("cannot start: %s", qPrintable(id.error()));
        const InspectionRun run = runs->run(who, id.value()).value();
        RunDraft draft;
        draft.area = run.area;
        draft.unitsChecked = unitsChecked;
        draft.unitsTotal = unitsTotal;
        for (RunResult r : run.results) {
            r.verdict = fails.contains(r.position) ? Verdict::Fail : Verdict::Pass;
            if (r.verdict == Verdict::Fail)
                r.note = QStringLiteral("第%1项不合格").arg(r.position);
            draft.results << r;
        }
        const Status saved = runs->saveDraft(who, id.value(), run.rowVersion, draft);
        if (!saved)
            qFatal("cannot save: %s", qPrintable(saved.error()));
        return id.value();
    }

    int auditCount(const QString &action) const
    {
        Query q(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
        q.bind(QStringLiteral(":a"), action);
        return int(q.scalar().value());
    }
};
