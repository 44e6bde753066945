#include "models/repositories/nonconformityrepository.h"

#include "models/database/database.h"
#include "models/database/binding.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/recordsupport.h"

using namespace RecordSupport;

using Binding::idOrNull;

namespace {
const QString kEntity = QStringLiteral("non_conformity");

const QString kSelect = QStringLiteral(
    "SELECT n.id, n.run_id, n.item_id, n.template_code, n.item_key, i.text, n.area, n.level_code, n.found_at, "
    "COALESCE(n.found_by_id, 0), n.found_by_name, n.description, n.state, COALESCE(n.responsible_id, 0), "
    "COALESCE(n.responsible_name, ''), n.deadline, COALESCE(n.steps, ''), COALESCE(n.resources, ''), "
    "COALESCE(n.target_standard, ''), COALESCE(n.repeat_of_id, 0), COALESCE(n.raised_to_id, 0), "
    "COALESCE(u.display_name, ''), COALESCE(n.request_id, 0), COALESCE(r.number, ''), n.closed_at, n.row_version, "
    "i.criterion "
    "FROM non_conformities n JOIN inspection_template_items i ON i.id = n.item_id "
    "LEFT JOIN users u ON u.id = n.raised_to_id LEFT JOIN requests r ON r.id = n.request_id ");

NonConformity fromRow(const Query &q)
{
    NonConformity n;
    n.id = q.value(0).toLongLong();
    n.runId = q.value(1).toLongLong();
    n.itemId = q.value(2).toLongLong();
    n.templateCode = q.value(3).toString();
    n.itemKey = q.value(4).toInt();
    n.itemText = q.value(5).toString();
    n.area = q.value(6).toString();
    n.levelCode = q.value(7).toString();
    n.foundAt = fromStored(q.value(8).toLongLong());
    n.foundById = q.value(9).toLongLong();
    n.foundByName = q.value(10).toString();
    n.description = q.value(11).toString();
    n.state = InspectionCodes::ncStateFrom(q.value(12).toString());
    n.plan.responsibleId = q.value(13).toLongLong();
    n.plan.responsibleName = q.value(14).toString();
    if (!q.value(15).isNull())
        n.plan.deadline = fromStored(q.value(15).toLongLong());
    n.plan.steps = q.value(16).toString();
    n.plan.resources = q.value(17).toString();
    n.plan.targetStandard = q.value(18).toString();
    n.repeatOfId = q.value(19).toLongLong();
    n.raisedToId = q.value(20).toLongLong();
    n.raisedToName = q.value(21).toString();
    n.requestId = q.value(22).toLongLong();
    n.requestNumber = q.value(23).toString();
    if (!q.value(24).isNull())
        n.closedAt = fromStored(q.value(24).toLongLong());
    n.rowVersion = q.value(25).toInt();
    n.itemCriterion = q.value(26).toString();
    return n;
}
} // namespace

NonConformityRepository::NonConformityRepository(Database &db, QObject *parent) : QObject(parent), m_db(db), m_audit(db)
{
}

Result<NonConformity> NonConformityRepository::load(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral("WHERE n.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such non-conformity.")};
    return fromRow(q);
}

Result<NonConformity> NonConformityRepository::get(const Session &who, qint64 id) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
        return Failure{s.error()};
    return load(id);
}

Result<NonConformity> NonConformityRepository::loadForChange(const Session &who, qint64 id, int rowVersion) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
        return Failure{s.error()};
    auto loaded = load(id);
    if (!loaded)
        return loaded;
    if (loaded->rowVersion != rowVersion)
        return Failure{tr("The non-conformity was changed after you opened it. Reload it and make your change again.")};
    return loaded;
}

Status NonConformityRepository::addEvent(const Session &who, qint64 id, const QString &action, const QString &note)
{
    Query e(m_db, QStringLiteral("INSERT INTO non_conformity_events (nc_id, at, by_id, by_name, action, note) "
                                 "VALUES (:nc, :at, :by, :name, :action, :note)"));
    e.bind(QStringLiteral(":nc"), id).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
    e.bind(QStringLiteral(":by"), idOrNull(who.userId)).bind(QStringLiteral(":name"), actorName(who));
    e.bind(QStringLiteral(":action"), action).bind(QStringLiteral(":note"), notNull(note));
    return e.exec();
}

Status NonConformityRepository::fixOnSpot(const Session &who, qint64 id, int rowVersion, const QString &note)
{
    const auto n = loadForChange(who, id, rowVersion);
    if (!n)
        return Failure{n.error()};
    if (n->state != NcState::Open && n->state != NcState::SentBack)
        return Failure{tr("Only an open non-conformity can be fixed on the spot (this one is: %1).")
                           .arg(InspectionCodes::displayName(n->state))};
    const Status written = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("UPDATE non_conformities SET state = 'fixed_on_spot', closed_at = :at, updated_at = "
                                     ":at2, updated_by = :by, row_version = row_version + 1 WHERE id = :id AND "
                                     "row_version = :version"));
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":at2"), now).bind(QStringLiteral(":by"), actorName(who));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The non-conformity was changed after you opened it. Reload it and make your change again.")};
        if (Status s = addEvent(who, id, QStringLiteral("fixed_on_spot"), notNull(note.trimmed())); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("nc_fixed_on_spot"), kEntity, QString::number(id),
                                      InspectionCodes::code(n->state), QStringLiteral("fixed_on_spot"),
                                      notNull(note.trimmed())};
    });
    if (!written)
        return Failure{written.error()};
    emit changed(id);
    return {};
}

Status NonConformityRepository::planRectification(const Session &who, qint64 id, int rowVersion,
                                                  const RectificationPlan &p)
{
    const auto n = loadForChange(who, id, rowVersion);
    if (!n)
        return Failure{n.error()};
    if (!n->isOpen())
        return Failure{tr("This non-conformity is already %1.").arg(InspectionCodes::displayName(n->state))};
    if (p.responsibleName.trimmed().isEmpty())
        return Failure{tr("Responsible person: name who carries out the rectification.")};
    if (!p.deadline.isValid())
        return Failure{tr("Deadline: give the date by which it is rectified.")};
    if (p.deadline <= m_db.clock().now())
        return Failure{tr("Deadline: it must lie in the future.")};
    if (p.steps.trimmed().isEmpty())
        return Failure{tr("Steps: describe how it will be rectified.")};
    if (p.targetStandard.trimmed().isEmpty())
        return Failure{tr("Target standard: say what it must look like afterwards.")};
    const Status written = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE non_conformities SET state = 'rectifying', responsible_id = :rid, "
                                     "responsible_name = :rname, deadline = :deadline, steps = :steps, resources = "
                                     ":resources, target_standard = :target, updated_at = :at, updated_by = :by, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
        q.bind(QStringLiteral(":rid"), idOrNull(p.responsibleId)).bind(QStringLiteral(":rname"), p.responsibleName.trimmed());
        q.bind(QStringLiteral(":deadline"), toStored(p.deadline)).bind(QStringLiteral(":steps"), p.steps.trimmed());
        q.bind(QStringLiteral(":resources"), notNull(p.resources.trimmed()));
        q.bind(QStringLiteral(":target"), p.targetStandard.trimmed());
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), actorName(who));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        const QString detail = json(QJsonObject{{QStringLiteral("responsible"), p.responsibleName.trimmed()},
                                                {QStringLiteral("deadline"), p.deadline.toUTC().toString(Qt::ISODate)},
                                                {QStringLiteral("steps"), p.steps.trimmed()},
                                                {QStringLiteral("resources"), p.resources.trimmed()},
                                                {QStringLiteral("target"), p.targetStandard.trimmed()}});
        if (q.numRowsAffected() != 1)
            return Failure{tr("The non-conformity was changed after you opened it. Reload it and make your change again.")};
        if (Status s = addEvent(who, id, QStringLiteral("planned"), detail); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("nc_plan"), kEntity, QString::number(id),
                                      InspectionCodes::code(n->state), QStringLiteral("rectifying"), detail};
    });
    if (!written)
        return Failure{written.error()};
    emit changed(id);
    return {};
}

Status NonConformityRepository::recheck(const Session &who, qint64 id, int rowVersion, bool passed, const QString &note)
{
    const auto n = loadForChange(who, id, rowVersion);
    if (!n)
        return Failure{n.error()};
    if (n->state != NcState::Rectifying)
        return Failure{tr("A recheck follows a rectification plan (this one is: %1).")
                           .arg(InspectionCodes::displayName(n->state))};
    if (!passed && note.trimmed().isEmpty())
        return Failure{tr("Verdict: say what is still wrong when sending it back.")};
    const Status written = GuardedWrite::runChecked(m_db, who, [&]() -> Result<GuardedWrite::AuditRow> {
        const qint64 now = toStored(m_db.clock().now());
        const QString newState = passed ? QStringLiteral("closed") : QStringLiteral("sent_back");
        Query q(m_db, QStringLiteral("UPDATE non_conformities SET state = :state, closed_at = :closed, updated_at = :at, "
                                     "updated_by = :by, row_version = row_version + 1 WHERE id = :id AND row_version = "
                                     ":version"));
        q.bind(QStringLiteral(":state"), newState);
        q.bind(QStringLiteral(":closed"), passed ? QVariant(now) : QVariant(QMetaType::fromType<qlonglong>()));
        q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), actorName(who));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        const QString action = passed ? QStringLiteral("recheck_passed") : QStringLiteral("recheck_failed");
        if (q.numRowsAffected() != 1)
            return Failure{tr("The non-conformity was changed after you opened it. Reload it and make your change again.")};
        if (Status s = addEvent(who, id, action, notNull(note.trimmed())); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("nc_recheck"), kEntity, QString::number(id),
                                      QStringLiteral("rectifying"), newState, note.trimmed()};
    });
    if (!written)
        return Failure{written.error()};
    emit changed(id);
    return {};
}

Result<RegisteredRequest> NonConformityRepository::makeRepairRequest(const Session &who, qint64 id, int rowVersion,
                                                                     RequestRepository &requests, NewRequest in)
{
    const auto n = loadForChange(who, id, rowVersion);
    if (!n)
        return Failure{n.error()};
    if (n->requestId > 0)
        return Failure{tr("This non-conformity already has repair request %1.").arg(n->requestNumber)};
    in.kind = RequestKind::Repair;
    in.channel = RequestChannel::Patrol;
    if (in.reporterName.trimmed().isEmpty())
        in.reporterName = actorName(who);
    if (in.houseNumber.trimmed().isEmpty() && in.publicLocation.trimmed().isEmpty())
        in.publicLocation = n->area.isEmpty() ? n->itemText.left(40) : n->area;
    if (in.classKey.isEmpty())
        in.classKey = QStringLiteral("public_other");
    if (in.description.trimmed().isEmpty())
        in.description = tr("Inspection finding #%1: %2").arg(n->id).arg(n->description);

    const Result<RegisteredRequest> written = GuardedWrite::runCheckedFor<RegisteredRequest>(
        m_db, who, [&](RegisteredRequest &out) -> Result<GuardedWrite::AuditRow> {
        const auto registered = requests.registerRequest(who, in); // joins this transaction
        if (!registered)
            return Failure{registered.error()};
        Query q(m_db, QStringLiteral("UPDATE non_conformities SET request_id = :request, updated_at = :at, updated_by = :by, "
                                     "row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
        q.bind(QStringLiteral(":request"), registered->id).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":by"), actorName(who)).bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("The non-conformity was changed after you opened it. Reload it and make your change again.")};
        if (Status s = addEvent(who, id, QStringLiteral("repair_request"), registered->number); !s)
            return Failure{s.error()};
        out = *registered;
        return GuardedWrite::AuditRow{QStringLiteral("nc_repair_request"), kEntity, QString::number(id), {},
                                      registered->number};
    });
    if (!written)
        return written;
    emit changed(id);
    return written;
}

Result<QList<NonConformity>> NonConformityRepository::list(const Session &who, const NcFilter &f) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
        return Failure{s.error()};
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    auto opt = [&](qint64 v) { return v > 0 ? QVariant(v) : nullId; };
    Query q(m_db, kSelect + QStringLiteral("WHERE (:open = 0 OR n.state IN ('open', 'rectifying', 'sent_back')) "
                                           "AND (CAST(:raised AS BIGINT) IS NULL OR n.raised_to_id = :raised2) "
                                           "AND (CAST(:resp AS BIGINT) IS NULL OR n.responsible_id = :resp2) "
                                           "AND (CAST(:run AS BIGINT) IS NULL OR n.run_id = :run2) "
                                           "ORDER BY n.found_at DESC, n.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":open"), f.openOnly ? 1 : 0);
    q.bind(QStringLiteral(":raised"), opt(f.raisedToId)).bind(QStringLiteral(":raised2"), opt(f.raisedToId));
    q.bind(QStringLiteral(":resp"), opt(f.responsibleId)).bind(QStringLiteral(":resp2"), opt(f.responsibleId));
    q.bind(QStringLiteral(":run"), opt(f.runId)).bind(QStringLiteral(":run2"), opt(f.runId));
    q.bind(QStringLiteral(":limit"), f.limit);
    return q.rows([](Query &row) { return fromRow(row); });
}

Result<QList<NcEvent>> NonConformityRepository::events(const Session &who, qint64 id) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT at, by_name, action, note FROM non_conformity_events WHERE nc_id = :id "
                                 "ORDER BY at, id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<NcEvent> list;
    while (q.next())
        list << NcEvent{fromStored(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
    return list;
}

Result<qint64> NonConformityRepository::forRequest(const Session &who, qint64 requestId) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, kEntity); !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT id FROM non_conformities WHERE request_id = :id"));
    q.bind(QStringLiteral(":id"), requestId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}
