#include "models/repositories/permitrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/validation.h"
#include "models/repositories/recordsupport.h"

using namespace RecordSupport;

namespace {

QJsonObject toJson(const DecorationPermit &p)
{
    return QJsonObject{{QStringLiteral("permit_number"), p.permitNumber},
                       {QStringLiteral("house_id"), p.houseId},
                       {QStringLiteral("company"), p.company},
                       {QStringLiteral("certificate"), p.companyCertificate},
                       {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), p.end.toString(Qt::ISODate)},
                       {QStringLiteral("deposit_fen"), p.depositFen},
                       {QStringLiteral("accepted_on"), p.acceptedOn.toString(Qt::ISODate)},
                       {QStringLiteral("accepted_by"), p.acceptedBy},
                       {QStringLiteral("acceptance_result"), p.acceptanceResult}};
}

} // namespace

Status PermitRepository::checkWorker(WorkerPass &w) const
{
    w.name = w.name.simplified();
    w.passNumber = Validation::toHalfWidth(w.passNumber).trimmed().toUpper();
    if (w.name.isEmpty())
        return Failure{tr("Worker's name: the name is missing.")};
    if (w.passNumber.isEmpty())
        return Failure{tr("Pass number: the pass number is missing.")};
    if (!w.documentNumber.trimmed().isEmpty()) {
        const auto id = Validation::checkResidentId(w.documentNumber, today(m_db), tr("Worker's ID number"));
        if (!id)
            return Failure{id.error()};
        w.documentNumber = id->number;
    }
    if (!w.mobile.trimmed().isEmpty()) {
        const auto m = Validation::normalizeMobile(w.mobile, tr("Worker's mobile"));
        if (!m)
            return Failure{m.error()};
        w.mobile = m.value();
    }
    return {};
}

Result<qint64> PermitRepository::insertWorker(const Session &who, qint64 permitId, const WorkerPass &w)
{
    Query dup(m_db, QStringLiteral("SELECT COUNT(*) FROM decoration_workers WHERE pass_number = :pass"));
    dup.bind(QStringLiteral(":pass"), w.passNumber);
    const auto count = dup.scalar();
    if (!count)
        return count;
    if (*count > 0)
        return Failure{tr("Pass number: %1 has already been issued.").arg(w.passNumber)};
    Query q(m_db, QStringLiteral("INSERT INTO decoration_workers (permit_id, name, document_number, mobile, pass_number, "
                                 "created_at) VALUES (:permit, :name, :doc, :mobile, :pass, :at) RETURNING id"));
    q.bind(QStringLiteral(":permit"), permitId).bind(QStringLiteral(":name"), w.name);
    q.bind(QStringLiteral(":doc"), textOrNull(w.documentNumber)).bind(QStringLiteral(":mobile"), textOrNull(w.mobile));
    q.bind(QStringLiteral(":pass"), w.passNumber).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
    const auto id = q.scalar();
    if (!id)
        return id;
    if (Status s = m_audit.record(who, QStringLiteral("create"), QStringLiteral("decoration_worker"),
                                  QString::number(*id), {},
                                  json({{QStringLiteral("permit_id"), permitId},
                                        {QStringLiteral("name"), w.name},
                                        {QStringLiteral("pass_number"), w.passNumber},
                                        {QStringLiteral("document_number"), Validation::maskDocument(w.documentNumber)}}));
        !s)
        return Failure{s.error()};
    return id;
}

Result<qint64> PermitRepository::create(const Session &who, DecorationPermit p)
{
    return GuardedWrite::runAuditedFor<qint64>(m_db, who,
                                               Permission::EditResidents, QStringLiteral("decoration_permit"),
                                               [&](qint64 &out) -> Status {
        p.permitNumber = Validation::toHalfWidth(p.permitNumber).trimmed().toUpper();
        p.company = p.company.simplified();
        p.companyCertificate = p.companyCertificate.simplified();
        if (p.permitNumber.isEmpty())
            return Failure{tr("Permit number: the number is missing.")};
        if (p.company.isEmpty())
            return Failure{tr("Company: the decoration company is missing.")};
        if (!p.start.isValid() || !p.end.isValid())
            return Failure{tr("Period: both the first and the last day are needed.")};
        if (p.end < p.start)
            return Failure{tr("Period: the last day %1 is before the first day %2.")
                               .arg(p.end.toString(Qt::ISODate), p.start.toString(Qt::ISODate))};
        if (p.depositFen < 0)
            return Failure{tr("Deposit: the deposit cannot be negative.")};
        Query house(m_db, QStringLiteral("SELECT number FROM houses WHERE id = :id AND voided = 0"));
        house.bind(QStringLiteral(":id"), p.houseId);
        if (Status s = house.exec(); !s)
            return Failure{s.error()};
        if (!house.next())
            return Failure{tr("House: there is no such house.")};
        p.houseNumber = house.value(0).toString();
        house.finish();
        Query dup(m_db, QStringLiteral("SELECT COUNT(*) FROM decoration_permits WHERE permit_number = :number"));
        dup.bind(QStringLiteral(":number"), p.permitNumber);
        const auto count = dup.scalar();
        if (!count)
            return Failure{count.error()};
        if (*count > 0)
            return Failure{tr("Permit number: %1 has already been issued.").arg(p.permitNumber)};
        for (WorkerPass &w : p.workers) {
            if (Status ok = checkWorker(w); !ok)
                return Failure{ok.error()};
        }

        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("INSERT INTO decoration_permits (permit_number, house_id, applicant_id, company, "
                                     "company_certificate, start_date, end_date, deposit_fen, created_at, updated_at, "
                                     "updated_by) VALUES (:number, :house, :applicant, :company, :certificate, :start, "
                                     ":end, :deposit, :created, :updated, :by) RETURNING id"));
        q.bind(QStringLiteral(":number"), p.permitNumber).bind(QStringLiteral(":house"), p.houseId);
        q.bind(QStringLiteral(":applicant"),
               p.applicantId > 0 ? QVariant(p.applicantId) : QVariant(QMetaType::fromType<qlonglong>()));
        q.bind(QStringLiteral(":company"), p.company).bind(QStringLiteral(":certificate"), textOrNull(p.companyCertificate));
        q.bind(QStringLiteral(":start"), dateOrNull(p.start)).bind(QStringLiteral(":end"), dateOrNull(p.end));
        q.bind(QStringLiteral(":deposit"), p.depositFen);
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now);
        q.bind(QStringLiteral(":by"), who.displayName);
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        if (Status s = m_audit.record(who, QStringLiteral("create"), QStringLiteral("decoration_permit"),
                                      QString::number(*id), {}, json(toJson(p)));
            !s)
            return Failure{s.error()};
        for (const WorkerPass &w : std::as_const(p.workers)) {
            if (const auto worker = insertWorker(who, *id, w); !worker)
                return Failure{worker.error()};
        }
        out = *id;
        return {};
    });
}

Result<qint64> PermitRepository::addWorker(const Session &who, qint64 permitId, WorkerPass w)
{
    return GuardedWrite::runAuditedFor<qint64>(m_db, who,
                                               Permission::EditResidents, QStringLiteral("decoration_permit"),
                                               [&](qint64 &out) -> Status {
        const auto permit = load(permitId);
        if (!permit)
            return Failure{permit.error()};
        if (permit->voided)
            return Failure{tr("Permit %1 is voided.").arg(permit->permitNumber)};
        if (Status ok = checkWorker(w); !ok)
            return Failure{ok.error()};
        const auto id = insertWorker(who, permitId, w);
        if (!id)
            return Failure{id.error()};
        out = *id;
        return {};
    });
}

Status PermitRepository::voidWorker(const Session &who, qint64 workerId, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("decoration_workers"), workerId, QStringLiteral("decoration_worker"),
                              QString::number(workerId), tr("The pass does not exist or is already withdrawn."));
    return GuardedWrite::voidWithReason(m_db, who, Permission::EditResidents, QStringLiteral("decoration_permit"),
                                        tr("Reason: say why the pass is withdrawn."), row, reason);
}

Status PermitRepository::recordAcceptance(const Session &who, qint64 permitId, int rowVersion, const QDate &on,
                                          const QString &by, const QString &result, const QString &notes)
{
    return GuardedWrite::run(m_db, who, Permission::EditResidents, QStringLiteral("decoration_permit"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (result != QLatin1String("passed") && result != QLatin1String("failed"))
            return Failure{tr("Acceptance result: passed or failed.")};
        if (!on.isValid())
            return Failure{tr("Acceptance date: the date is missing.")};
        if (by.simplified().isEmpty())
            return Failure{tr("Accepted by: say who inspected the work.")};
        const auto before = load(permitId);
        if (!before)
            return Failure{before.error()};
        if (on < before->start)
            return Failure{tr("Acceptance date: %1 is before the permit starts (%2).")
                               .arg(on.toString(Qt::ISODate), before->start.toString(Qt::ISODate))};
        Query q(m_db, QStringLiteral("UPDATE decoration_permits SET accepted_on = :on, accepted_by = :by, "
                                     "acceptance_result = :result, acceptance_notes = :notes, row_version = row_version + 1, "
                                     "updated_at = :at, updated_by = :user WHERE id = :id AND row_version = :version "
                                     "AND voided = 0"));
        q.bind(QStringLiteral(":on"), dateOrNull(on)).bind(QStringLiteral(":by"), by.simplified());
        q.bind(QStringLiteral(":result"), result).bind(QStringLiteral(":notes"), textOrNull(notes.trimmed()));
        q.bind(QStringLiteral(":at"), toStored(m_db.clock().now())).bind(QStringLiteral(":user"), who.displayName);
        q.bind(QStringLiteral(":id"), permitId).bind(QStringLiteral(":version"), rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{changedBy(m_db,
                                     QStringLiteral("SELECT updated_by, updated_at FROM decoration_permits WHERE id = :id"),
                                     permitId, tr("Permit %1").arg(before->permitNumber))};
        DecorationPermit after = before.value();
        after.acceptedOn = on;
        after.acceptedBy = by.simplified();
        after.acceptanceResult = result;
        return GuardedWrite::AuditRow{QStringLiteral("accept"), QStringLiteral("decoration_permit"),
                                      QString::number(permitId), json(toJson(*before)), json(toJson(after))};
    });
}

Status PermitRepository::voidPermit(const Session &who, qint64 permitId, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("decoration_permits"), permitId, QStringLiteral("decoration_permit"),
                              QString::number(permitId), tr("The permit does not exist or is already voided."), true);
    return GuardedWrite::voidWithReason(m_db, who, Permission::EditResidents, QStringLiteral("decoration_permit"),
                                        tr("Reason: say why the permit is voided."), row, reason);
}

Result<DecorationPermit> PermitRepository::load(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT p.id, p.permit_number, p.house_id, h.number, p.applicant_id, p.company, "
                                 "p.company_certificate, p.start_date, p.end_date, p.deposit_fen, p.accepted_on, "
                                 "p.accepted_by, p.acceptance_result, p.acceptance_notes, p.voided, p.void_reason, "
                                 "p.row_version FROM decoration_permits p JOIN houses h ON h.id = p.house_id "
                                 "WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such decoration permit.")};
    DecorationPermit p;
    p.id = q.value(0).toLongLong();
    p.permitNumber = q.value(1).toString();
    p.houseId = q.value(2).toLongLong();
    p.houseNumber = q.value(3).toString();
    p.applicantId = q.value(4).toLongLong();
    p.company = q.value(5).toString();
    p.companyCertificate = q.value(6).toString();
    p.start = dateFrom(q.value(7));
    p.end = dateFrom(q.value(8));
    p.depositFen = q.value(9).toLongLong();
    p.acceptedOn = dateFrom(q.value(10));
    p.acceptedBy = q.value(11).toString();
    p.acceptanceResult = q.value(12).toString();
    p.acceptanceNotes = q.value(13).toString();
    p.voided = q.value(14).toInt() != 0;
    p.voidReason = q.value(15).toString();
    p.rowVersion = q.value(16).toInt();
    Query workers(m_db, QStringLiteral("SELECT id, name, document_number, mobile, pass_number, voided "
                                       "FROM decoration_workers WHERE permit_id = :id ORDER BY id"));
    workers.bind(QStringLiteral(":id"), id);
    if (Status s = workers.exec(); !s)
        return Failure{s.error()};
    while (workers.next()) {
        WorkerPass w;
        w.id = workers.value(0).toLongLong();
        w.permitId = id;
        w.name = workers.value(1).toString();
        w.documentNumber = workers.value(2).toString();
        w.mobile = workers.value(3).toString();
        w.passNumber = workers.value(4).toString();
        w.voided = workers.value(5).toInt() != 0;
        p.workers << w;
    }
    return p;
}

Result<DecorationPermit> PermitRepository::find(const Session &who, qint64 permitId)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("decoration_permit")); !allowed)
        return Failure{allowed.error()};
    auto p = load(permitId);
    if (p && !AuditLog::allows(m_db, who, Permission::ViewFullDocuments)) {
        for (WorkerPass &w : p.value().workers)
            w.documentNumber = Validation::maskDocument(w.documentNumber);
    }
    return p;
}

Result<QList<DecorationPermit>> PermitRepository::forHouse(const Session &who, qint64 houseId)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("decoration_permit")); !allowed)
        return Failure{allowed.error()};
    Query q(m_db, QStringLiteral("SELECT id FROM decoration_permits WHERE house_id = :id ORDER BY start_date DESC"));
    q.bind(QStringLiteral(":id"), houseId);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<DecorationPermit> list;
    for (qint64 id : ids) {
        auto p = find(who, id);
        if (!p)
            return Failure{p.error()};
        list << p.value();
    }
    return list;
}
