#include "models/repositories/inspectionrunrepository.h"

#include "models/database/database.h"
#include "models/database/binding.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/formats.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/recordsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace RecordSupport;

using Binding::idOrNull;

namespace {
const QString kEntity = QStringLiteral("inspection_run");

// The columns of a run as load() and list() select them, in that order.
InspectionRun runFrom(const Query &q)
{
    InspectionRun r;
    r.id = q.value(0).toLongLong();
    r.templateId = q.value(1).toLongLong();
    r.templateCode = q.value(2).toString();
    r.templateName = q.value(3).toString();
    r.templateVersion = q.value(4).toInt();
    r.assignmentId = q.value(5).toLongLong();
    r.levelCode = q.value(6).toString();
    r.inspectorId = q.value(7).toLongLong();
    r.inspectorName = q.value(8).toString();
    r.area = q.value(9).toString();
    r.unitsChecked = q.value(10).toInt();
    r.unitsTotal = q.value(11).toInt();
    r.permitId = q.value(12).toLongLong();
    r.notes = q.value(13).toString();
    r.state = q.value(14).toString() == QLatin1String("finished") ? RunState::Finished : RunState::Draft;
    r.startedAt = fromStored(q.value(15).toLongLong());
    if (!q.value(16).isNull())
        r.finishedAt = fromStored(q.value(16).toLongLong());
    r.rowVersion = q.value(17).toInt();
    return r;
}
} // namespace

InspectionRunRepository::InspectionRunRepository(Database &db, QObject *parent) : QObject(parent), m_db(db), m_audit(db)
{
}

Status InspectionRunRepository::canRun(const Session &who) const
{
    return m_audit.require(who, Permission::RunInspections, kEntity);
}

// Photos live in an "attachments" folder beside the database file (a server database: in
// the user's application data folder); the database keeps the path relative to its parent.
static QString attachmentsBase(const Database &db)
{
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite)
        return QFileInfo(QDir::fromNativeSeparators(db.location())).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString InspectionRunRepository::attachmentsRoot() const
{
    return QDir(attachmentsBase(m_db)).filePath(QStringLiteral("attachments"));
}

QString InspectionRunRepository::absolutePath(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    return QDir::cleanPath(QDir(attachmentsBase(m_db)).filePath(relativePath));
}

Result<InspectionRun> InspectionRunRepository::load(qint64 runId) const
{
    Query q(m_db, QStringLiteral("SELECT r.id, r.template_id, t.code, t.name, t.version, COALESCE(r.assignment_id, 0), "
                                 "r.level_code, COALESCE(r.inspector_id, 0), r.inspector_name, r.area, r.units_checked, "
                                 "r.units_total, COALESCE(r.permit_id, 0), r.notes, r.state, r.started_at, "
                                 "r.finished_at, r.row_version FROM inspection_runs r "
                                 "JOIN inspection_templates t ON t.id = r.template_id WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), runId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such inspection run.")};
    InspectionRun r = runFrom(q);
    q.finish();
    Query items(m_db, QStringLiteral("SELECT res.id, i.id, i.position, i.text, i.sampling_rule, i.criterion, "
                                     "res.verdict, res.note, res.photo_path FROM inspection_results res "
                                     "JOIN inspection_template_items i ON i.id = res.item_id "
                                     "WHERE res.run_id = :id ORDER BY i.position"));
    items.bind(QStringLiteral(":id"), runId);
    if (Status s = items.exec(); !s)
        return Failure{s.error()};
    while (items.next()) {
        RunResult res;
        res.id = items.value(0).toLongLong();
        res.itemId = items.value(1).toLongLong();
        res.position = items.value(2).toInt();
        res.itemText = items.value(3).toString();
        res.samplingRule = items.value(4).toString();
        res.criterion = items.value(5).toString();
        res.verdict = InspectionCodes::verdictFrom(items.value(6).toString());
        res.note = items.value(7).toString();
        res.photoPath = items.value(8).toString();
        if (res.verdict == Verdict::Fail)
            ++r.failCount;
        r.results << res;
    }
    items.finish();
    Query corrections(m_db, QStringLiteral("SELECT c.item_id, i.position, c.verdict, c.note, c.reason, c.at, c.by_name "
                                           "FROM inspection_corrections c JOIN inspection_template_items i "
                                           "ON i.id = c.item_id WHERE c.run_id = :id ORDER BY c.at, c.id"));
    corrections.bind(QStringLiteral(":id"), runId);
    if (Status s = corrections.exec(); !s)
        return Failure{s.error()};
    while (corrections.next()) {
        RunCorrection c;
        c.itemId = corrections.value(0).toLongLong();
        c.position = corrections.value(1).toInt();
        c.verdict = InspectionCodes::verdictFrom(corrections.value(2).toString());
        c.note = corrections.value(3).toString();
        c.reason = corrections.value(4).toString();
        c.at = fromStored(corrections.value(5).toLongLong());
        c.byName = corrections.value(6).toString();
        r.corrections << c;
    }
    return r;
}

Result<InspectionRun> InspectionRunRepository::run(const Session &who, qint64 runId) const
{
    if (Status s = canRun(who); !s)
        return Failure{s.error()};
    return load(runId);
}

Result<InspectionRun> InspectionRunRepository::loadDraftForChange(const Session &who, qint64 runId, int rowVersion) const
{
    if (Status s = canRun(who); !s)
        return Failure{s.error()};
    auto loaded = load(runId);
    if (!loaded)
        return loaded;
    const InspectionRun &r = loaded.value();
    if (r.state == RunState::Finished)
        return Failure{tr("This run was finished on %1 and can no longer be changed; record a correction instead.")
                           .arg(r.finishedAt.toTimeZone(SettingsRepository(m_db).timeZone())
                                    .toString(Formats::dateTime()))};
    if (r.inspectorId != who.userId && !AuditLog::allows(m_db, who, Permission::ManageLimitsAndTemplates))
        return Failure{tr("Only %1, who started this run, can continue it.").arg(r.inspectorName)};
    if (rowVersion >= 0 && r.rowVersion != rowVersion)
        return Failure{tr("The run was changed after you opened it. Reload it and make your change again.")};
    return loaded;
}

Result<qint64> InspectionRunRepository::start(const Session &who, const RunStart &in)
{
    const Result<qint64> written = GuardedWrite::runFor<qint64>(m_db, who, Permission::RunInspections, kEntity,
                                                                [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        InspectionScheduleRepository schedule(m_db);
        QString templateCode = in.templateCode.trimmed();
        QString levelCode = in.levelCode;
        QString area = in.area.simplified();
        if (in.assignmentId > 0) {
            const auto a = schedule.assignment(in.assignmentId);
            if (!a)
                return Failure{a.error()};
            if (a->userId != who.userId)
                return Failure{tr("This inspection is scheduled for %1.").arg(a->userName)};
            if (templateCode.isEmpty())
                templateCode = a->templateCode;
            if (levelCode.isEmpty())
                levelCode = a->levelCode;
            if (area.isEmpty())
                area = a->area;
        }
        if (levelCode.isEmpty())
            levelCode = QStringLiteral("frontline");
        if (!InspectionCodes::levelCodes().contains(levelCode))
            return Failure{tr("Level: choose one of the inspection levels.")};
        if (templateCode.isEmpty())
            return Failure{tr("Checklist: choose the checklist to inspect with.")};
        if (in.unitsTotal < 0)
            return Failure{tr("Units: the number of units cannot be negative.")};
        const auto tpl = ChecklistTemplateRepository(m_db).current(who, templateCode);
        if (!tpl)
            return Failure{tpl.error()};
        if (in.permitId > 0 && templateCode != QLatin1String("decoration"))
            return Failure{tr("A decoration permit is checked with the decoration checklist.")};

        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("INSERT INTO inspection_runs (template_id, assignment_id, level_code, inspector_id, "
                                     "inspector_name, area, units_total, permit_id, state, started_at, updated_at) VALUES "
                                     "(:tpl, :assignment, :level, :inspector, :name, :area, :units, :permit, 'draft', :at, "
                                     ":at2) RETURNING id"));
        q.bind(QStringLiteral(":tpl"), tpl->id).bind(QStringLiteral(":assignment"), idOrNull(in.assignmentId));
        q.bind(QStringLiteral(":level"), levelCode).bind(QStringLiteral(":inspector"), idOrNull(who.userId));
        q.bind(QStringLiteral(":name"), actorName(who)).bind(QStringLiteral(":area"), notNull(area));
        q.bind(QStringLiteral(":units"), in.unitsTotal).bind(QStringLiteral(":permit"), idOrNull(in.permitId));
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":at2"), now);
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        for (const ChecklistItem &item : tpl->items) {
            Query row(m_db, QStringLiteral("INSERT INTO inspection_results (run_id, item_id) VALUES (:run, :item)"));
            row.bind(QStringLiteral(":run"), id.value()).bind(QStringLiteral(":item"), item.id);
            if (Status s = row.exec(); !s)
                return Failure{s.error()};
        }
        out = id.value();
        return GuardedWrite::AuditRow{QStringLiteral("inspection_started"), kEntity, QString::number(id.value()), {},
                                      json(QJsonObject{{QStringLiteral("template"), tpl->code}, {QStringLiteral("version"), tpl->version}, {QStringLiteral("level"), levelCode}, {QStringLiteral("area"), area}, {QStringLiteral("permit_id"), in.permitId}})};
    });
    if (!written)
        return written;
    emit runChanged(written.value());
    return written;
}

Status InspectionRunRepository::saveDraft(const Session &who, qint64 runId, int rowVersion, const RunDraft &d)
{
    const auto loaded = loadDraftForChange(who, runId, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    if (d.unitsChecked < 0 || d.unitsTotal < 0)
        return Failure{tr("Units: the number of units cannot be negative.")};
    if (d.unitsTotal > 0 && d.unitsChecked > d.unitsTotal)
        return Failure{tr("Units: %1 units checked is more than the %2 units there are.")
                           .arg(d.unitsChecked)
                           .arg(d.unitsTotal)};
    const Status written = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE inspection_runs SET area = :area, units_checked = :checked, units_total = "
                                     ":total, notes = :notes, row_version = row_version + 1, updated_at = :at "
                                     "WHERE id = :id AND row_version = :version AND state = 'draft'"));
        q.bind(QStringLiteral(":area"), notNull(d.area.simplified())).bind(QStringLiteral(":checked"), d.unitsChecked);
        q.bind(QStringLiteral(":total"), d.unitsTotal).bind(QStringLiteral(":notes"), notNull(d.notes.trimmed()));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":id"), runId).bind(QStringLiteral(":version"), loaded->rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The run was changed after you opened it. Reload it and make your change again.")};
        int marked = 0;
        for (const RunResult &res : d.results) {
            Query row(m_db, QStringLiteral("UPDATE inspection_results SET verdict = :verdict, note = :note "
                                           "WHERE run_id = :run AND item_id = :item"));
            const QString code = InspectionCodes::code(res.verdict);
            row.bind(QStringLiteral(":verdict"), code.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code));
            row.bind(QStringLiteral(":note"), notNull(res.note.trimmed()));
            row.bind(QStringLiteral(":run"), runId).bind(QStringLiteral(":item"), res.itemId);
            if (Status s = row.exec(); !s)
                return Failure{s.error()};
            if (row.numRowsAffected() != 1)
                return Failure{tr("Item %1 is not part of this run's checklist.").arg(res.position)};
            if (res.verdict != Verdict::Unmarked)
                ++marked;
        }
        return GuardedWrite::AuditRow{QStringLiteral("inspection_draft_saved"), kEntity, QString::number(runId), {},
                                      json(QJsonObject{{QStringLiteral("marked"), marked}, {QStringLiteral("units"), QStringLiteral("%1/%2") .arg(d.unitsChecked) .arg(d.unitsTotal)}})};
    });
    if (!written)
        return Failure{written.error()};
    emit runChanged(runId);
    return {};
}

Result<QString> InspectionRunRepository::attachPhoto(const Session &who, qint64 runId, qint64 itemId,
                                                     const QString &sourceFile)
{
    const auto loaded = loadDraftForChange(who, runId, -1);
    if (!loaded)
        return Failure{loaded.error()};
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly))
        return Failure{tr("Photo: %1 cannot be read.").arg(QDir::toNativeSeparators(sourceFile))};
    const QByteArray data = source.readAll();
    source.close();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(12));
    QString suffix = QFileInfo(sourceFile).suffix().toLower();
    if (suffix.isEmpty())
        suffix = QStringLiteral("jpg");
    const QString relative = QStringLiteral("attachments/inspections/run%1-item%2-%3.%4").arg(runId).arg(itemId).arg(hash, suffix);
    const QString target = absolutePath(relative);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Failure{tr("Photo: the attachments folder %1 cannot be created.")
                           .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))};
    if (!QFileInfo::exists(target)) {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return Failure{tr("Photo: it could not be copied to %1.").arg(QDir::toNativeSeparators(target))};
    }
    const Result<QString> written = GuardedWrite::runCheckedFor<QString>(
        m_db, who, [&](QString &out) -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE inspection_results SET photo_path = :path WHERE run_id = :run AND item_id = :item"));
        q.bind(QStringLiteral(":path"), relative).bind(QStringLiteral(":run"), runId).bind(QStringLiteral(":item"), itemId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The item is not part of this run's checklist.")};
        out = relative;
        return GuardedWrite::AuditRow{QStringLiteral("inspection_photo_attached"), kEntity, QString::number(runId), {},
                                      relative};
    });
    if (!written)
        return written;
    emit runChanged(runId);
    return written;
}

Result<qint64> InspectionRunRepository::createNonConformity(const Session &who, const InspectionRun &run,
                                                           const RunResult &res, int levelRank,
                                                           const QString &templateCode)
{
    Query key(m_db, QStringLiteral("SELECT item_key FROM inspection_template_items WHERE id = :id"));
    key.bind(QStringLiteral(":id"), res.itemId);
    const auto itemKey = key.scalar();
    if (!itemKey)
        return Failure{itemKey.error()};

    // Still open from a lower level's inspection: this finding is a repeat, and the person
    // who let it stand answers to their superior.
    Query earlier(m_db, QStringLiteral("SELECT id, COALESCE(responsible_id, found_by_id, 0) FROM non_conformities "
                                       "WHERE template_code = :tpl AND item_key = :key AND area = :area "
                                       "AND state IN ('open', 'rectifying', 'sent_back') AND level_rank < :rank "
                                       "ORDER BY found_at, id LIMIT 1"));
    earlier.bind(QStringLiteral(":tpl"), templateCode).bind(QStringLiteral(":key"), itemKey.value());
    earlier.bind(QStringLiteral(":area"), notNull(run.area)).bind(QStringLiteral(":rank"), levelRank);
    if (Status s = earlier.exec(); !s)
        return Failure{s.error()};
    qint64 repeatOf = 0;
    qint64 responsible = 0;
    if (earlier.next()) {
        repeatOf = earlier.value(0).toLongLong();
        responsible = earlier.value(1).toLongLong();
    }
    earlier.finish();
    qint64 raisedTo = 0;
    if (repeatOf > 0 && responsible > 0) {
        const auto superior = InspectionScheduleRepository(m_db).superiorOf(responsible);
        if (!superior)
            return Failure{superior.error()};
        raisedTo = superior.value();
    }

    const qint64 now = toStored(m_db.clock().now());
    const QString description = res.note.trimmed().isEmpty() ? res.itemText : res.note.trimmed();
    Query q(m_db, QStringLiteral("INSERT INTO non_conformities (run_id, item_id, template_code, item_key, area, "
                                 "level_code, level_rank, found_at, found_by_id, found_by_name, description, state, "
                                 "repeat_of_id, raised_to_id, updated_at, updated_by) VALUES (:run, :item, :tpl, :key, "
                                 ":area, :level, :rank, :at, :by, :name, :desc, 'open', :repeat, :raised, :at2, :name2) "
                                 "RETURNING id"));
    q.bind(QStringLiteral(":run"), run.id).bind(QStringLiteral(":item"), res.itemId);
    q.bind(QStringLiteral(":tpl"), templateCode).bind(QStringLiteral(":key"), itemKey.value());
    q.bind(QStringLiteral(":area"), notNull(run.area)).bind(QStringLiteral(":level"), run.levelCode);
    q.bind(QStringLiteral(":rank"), levelRank).bind(QStringLiteral(":at"), now);
    q.bind(QStringLiteral(":by"), idOrNull(who.userId)).bind(QStringLiteral(":name"), actorName(who));
    q.bind(QStringLiteral(":desc"), description).bind(QStringLiteral(":repeat"), idOrNull(repeatOf));
    q.bind(QStringLiteral(":raised"), idOrNull(raisedTo)).bind(QStringLiteral(":at2"), now);
    q.bind(QStringLiteral(":name2"), actorName(who));
    const auto id = q.scalar();
    if (!id)
        return Failure{id.error()};
    auto event = [&](qint64 nc, const QString &action, const QString &note) -> Status {
        Query e(m_db, QStringLiteral("INSERT INTO non_conformity_events (nc_id, at, by_id, by_name, action, note) "
                                     "VALUES (:nc, :at, :by, :name, :action, :note)"));
        e.bind(QStringLiteral(":nc"), nc).bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), idOrNull(who.userId));
        e.bind(QStringLiteral(":name"), actorName(who)).bind(QStringLiteral(":action"), action).bind(QStringLiteral(":note"), notNull(note));
        return e.exec();
    };
    if (Status s = event(id.value(), QStringLiteral("found"), description); !s)
        return Failure{s.error()};
    if (Status s = m_audit.record(who, QStringLiteral("nc_found"), QStringLiteral("non_conformity"),
                                  QString::number(id.value()), {}, QStringLiteral("open"), description);
        !s)
        return Failure{s.error()};
    if (repeatOf > 0) {
        const QString note = QStringLiteral("#%1").arg(id.value());
        if (Status s = event(repeatOf, QStringLiteral("repeat"), notNull(note)); !s)
            return Failure{s.error()};
        if (Status s = m_audit.record(who, QStringLiteral("nc_repeat"), QStringLiteral("non_conformity"),
                                      QString::number(repeatOf), {}, QString::number(id.value()),
                                      json(QJsonObject{{QStringLiteral("raised_to"), raisedTo},
                                                       {QStringLiteral("responsible"), responsible}}));
            !s)
            return Failure{s.error()};
    }
    return id;
}

Result<QList<qint64>> InspectionRunRepository::finish(const Session &who, qint64 runId, int rowVersion)
{
    const auto loaded = loadDraftForChange(who, runId, rowVersion);
    if (!loaded)
        return Failure{loaded.error()};
    const InspectionRun &r = loaded.value();
    const auto level = InspectionScheduleRepository(m_db).level(r.levelCode);
    if (!level)
        return Failure{level.error()};
    int checked = 0;
    for (const RunResult &res : r.results) {
        if (res.verdict != Verdict::Unmarked)
            ++checked;
    }
    // A level that samples (1/5 of the items) may leave items unmarked; the others mark every item.
    const int total = int(r.results.size());
    const bool sampling = level->shareNum < level->shareDen;
    const int needed = sampling ? qMax(1, (total * level->shareNum + level->shareDen - 1) / level->shareDen) : total;
    if (checked < needed)
        return Failure{sampling ? tr("Items: %1 of %2 items are marked; this level checks at least %3.")
                                      .arg(checked)
                                      .arg(total)
                                      .arg(needed)
                                : tr("Items: %n item(s) not marked yet.", nullptr, total - checked)};
    // Cleaning at a level that walks part of the area (SPEC 5: at least 7 units): the coverage
    // is part of the record, "7 of 35 units".
    const bool cleaningCoverage = r.templateCode == QLatin1String("cleaning") && level->minUnits > 0;
    if (cleaningCoverage && r.unitsTotal <= 0)
        return Failure{tr("Units: enter how many units the area has and how many were checked; this level checks "
                          "at least %1.")
                           .arg(level->minUnits)};
    if (r.unitsTotal > 0) {
        const int share = (r.unitsTotal * level->shareNum + level->shareDen - 1) / level->shareDen;
        int minimum = sampling ? share : 0;
        if (r.templateCode == QLatin1String("cleaning") && level->minUnits > 0)
            minimum = qMax(minimum, qMin(level->minUnits, r.unitsTotal));
        if (r.unitsChecked < minimum)
            return Failure{tr("Units: %1 of %2 units checked; this level checks at least %3.")
                               .arg(r.unitsChecked)
                               .arg(r.unitsTotal)
                               .arg(minimum)};
    }

    const Result<QList<qint64>> written = GuardedWrite::runCheckedFor<QList<qint64>>(
        m_db, who, [&](QList<qint64> &out) -> Result<GuardedWrite::AuditRow> {
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("UPDATE inspection_runs SET state = 'finished', finished_at = :at, updated_at = :at2, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :version "
                                     "AND state = 'draft'"));
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":at2"), now);
        q.bind(QStringLiteral(":id"), runId).bind(QStringLiteral(":version"), r.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The run was changed after you opened it. Reload it and make your change again.")};
        QList<qint64> created;
        for (const RunResult &res : r.results) {
            if (res.verdict != Verdict::Fail)
                continue;
            const auto nc = createNonConformity(who, r, res, level->rank, r.templateCode);
            if (!nc)
                return Failure{nc.error()};
            created << nc.value();
        }
        out = created;
        return GuardedWrite::AuditRow{QStringLiteral("inspection_finished"), kEntity, QString::number(runId),
                                      QStringLiteral("draft"), QStringLiteral("finished"),
                                      json(QJsonObject{{QStringLiteral("checked"), checked}, {QStringLiteral("fails"), int(created.size())}, {QStringLiteral("coverage"), r.coverageText()}})};
    });
    if (!written)
        return written;
    emit runChanged(runId);
    if (!written->isEmpty())
        emit nonConformitiesChanged();
    return written;
}

Status InspectionRunRepository::correct(const Session &who, qint64 runId, qint64 itemId, Verdict verdict,
                                        const QString &note, const QString &reason)
{
    bool opened = false;
    const Status written = GuardedWrite::runAudited(m_db, who, Permission::RunInspections, kEntity,
                                                    [&]() -> Status {
        const auto loaded = load(runId);
        if (!loaded)
            return Failure{loaded.error()};
        if (loaded->state != RunState::Finished)
            return Failure{tr("A draft is changed directly; only a finished run takes corrections.")};
        if (verdict == Verdict::Unmarked)
            return Failure{tr("Verdict: choose pass, fail or not applicable.")};
        if (reason.trimmed().isEmpty())
            return Failure{tr("Reason: say why the finished run is corrected.")};
        const RunResult *result = nullptr;
        for (const RunResult &res : loaded->results) {
            if (res.itemId == itemId)
                result = &res;
        }
        if (!result)
            return Failure{tr("The item is not part of this run's checklist.")};
        // What the item stands at now: the latest correction, else what the run recorded.
        Verdict before = result->verdict;
        QString noteBefore = result->note;
        for (const RunCorrection &c : loaded->corrections) {
            if (c.itemId == itemId) {
                before = c.verdict;
                noteBefore = c.note;
            }
        }
        if (verdict == before && note.trimmed() == noteBefore.trimmed())
            return Failure{tr("Verdict: item %1 already stands at \"%2\"; a correction changes the verdict or the note.")
                               .arg(result->position)
                               .arg(InspectionCodes::displayName(verdict))};
        Query q(m_db, QStringLiteral("INSERT INTO inspection_corrections (run_id, item_id, verdict, note, reason, at, by_id, "
                                     "by_name) VALUES (:run, :item, :verdict, :note, :reason, :at, :by, :name)"));
        q.bind(QStringLiteral(":run"), runId).bind(QStringLiteral(":item"), itemId);
        q.bind(QStringLiteral(":verdict"), InspectionCodes::code(verdict)).bind(QStringLiteral(":note"), notNull(note.trimmed()));
        q.bind(QStringLiteral(":reason"), reason.trimmed()).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":by"), idOrNull(who.userId)).bind(QStringLiteral(":name"), actorName(who));
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (Status s = m_audit.record(who, QStringLiteral("inspection_corrected"), kEntity, QString::number(runId), {},
                                      InspectionCodes::code(verdict), reason.trimmed());
            !s)
            return Failure{s.error()};
        // A fail found by the correction is a non-conformity like any other fail, unless the
        // item already has one still open.
        if (verdict == Verdict::Fail && before != Verdict::Fail) {
            Query open(m_db, QStringLiteral("SELECT COUNT(*) FROM non_conformities WHERE run_id = :run AND item_id = :item "
                                            "AND state IN ('open', 'rectifying', 'sent_back')"));
            open.bind(QStringLiteral(":run"), runId).bind(QStringLiteral(":item"), itemId);
            const auto already = open.scalar();
            if (!already)
                return Failure{already.error()};
            if (already.value() == 0) {
                const auto level = InspectionScheduleRepository(m_db).level(loaded->levelCode);
                if (!level)
                    return Failure{level.error()};
                RunResult failed = *result;
                failed.verdict = Verdict::Fail;
                failed.note = note.trimmed().isEmpty() ? reason.trimmed() : note; // what was found
                const auto nc = createNonConformity(who, loaded.value(), failed, level->rank, loaded->templateCode);
                if (!nc)
                    return Failure{nc.error()};
                opened = true;
            }
        }
        return {};
    });
    if (!written)
        return Failure{written.error()};
    emit runChanged(runId);
    if (opened)
        emit nonConformitiesChanged();
    return {};
}

Result<QList<InspectionRun>> InspectionRunRepository::list(const Session &who, const RunFilter &f, int offset,
                                                           int limit) const
{
    if (Status s = canRun(who); !s)
        return Failure{s.error()};
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    const QVariant nullText(QMetaType::fromType<QString>());
    // One query for the page: the runs without their items, each with its number of fails.
    Query q(m_db, QStringLiteral("SELECT r.id, r.template_id, t.code, t.name, t.version, COALESCE(r.assignment_id, 0), "
                                 "r.level_code, COALESCE(r.inspector_id, 0), r.inspector_name, r.area, r.units_checked, "
                                 "r.units_total, COALESCE(r.permit_id, 0), r.notes, r.state, r.started_at, "
                                 "r.finished_at, r.row_version, (SELECT COUNT(*) FROM inspection_results x "
                                 "WHERE x.run_id = r.id AND x.verdict = 'fail') "
                                 "FROM inspection_runs r JOIN inspection_templates t ON t.id = r.template_id "
                                 "WHERE (CAST(:inspector AS BIGINT) IS NULL OR r.inspector_id = :inspector2) "
                                 "AND (CAST(:state AS TEXT) IS NULL OR r.state = :state2) "
                                 "AND (CAST(:tpl AS TEXT) IS NULL OR t.code = :tpl2) "
                                 "AND (CAST(:permit AS BIGINT) IS NULL OR r.permit_id = :permit2) "
                                 "AND (CAST(:from_at AS BIGINT) IS NULL OR r.started_at >= :from_at2) "
                                 "AND (CAST(:to_at AS BIGINT) IS NULL OR r.started_at < :to_at2) "
                                 "ORDER BY r.started_at DESC, r.id DESC LIMIT :limit OFFSET :offset"));
    const QVariant inspector = f.inspectorId > 0 ? QVariant(f.inspectorId) : nullId;
    const QVariant state = f.state ? QVariant(InspectionCodes::code(*f.state)) : nullText;
    const QVariant tpl = f.templateCode.isEmpty() ? nullText : QVariant(f.templateCode);
    const QVariant permit = f.permitId > 0 ? QVariant(f.permitId) : nullId;
    const QVariant from = f.from.isValid() ? QVariant(toStored(f.from)) : nullId;
    const QVariant to = f.to.isValid() ? QVariant(toStored(f.to)) : nullId;
    q.bind(QStringLiteral(":inspector"), inspector).bind(QStringLiteral(":inspector2"), inspector);
    q.bind(QStringLiteral(":state"), state).bind(QStringLiteral(":state2"), state);
    q.bind(QStringLiteral(":tpl"), tpl).bind(QStringLiteral(":tpl2"), tpl);
    q.bind(QStringLiteral(":permit"), permit).bind(QStringLiteral(":permit2"), permit);
    q.bind(QStringLiteral(":from_at"), from).bind(QStringLiteral(":from_at2"), from);
    q.bind(QStringLiteral(":to_at"), to).bind(QStringLiteral(":to_at2"), to);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<InspectionRun> runs;
    while (q.next()) {
        InspectionRun r = runFrom(q);
        r.failCount = q.value(18).toInt();
        runs << r;
    }
    return runs;
}
