#include "models/repositories/residentrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/pinyin.h"
#include "models/domain/validation.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/recordsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace RecordSupport;

namespace {

const QString kSelectResident = QStringLiteral(
    "SELECT id, name, gender, document_type, document_number, document_legacy, mobile, mobile2, landline, "
    "emergency_contact, emergency_phone, notes, voided, void_reason, row_version, created_at, updated_at, "
    "updated_by FROM residents WHERE id = :id");

const QString kSelectLinks = QStringLiteral(
    "SELECT l.id, l.resident_id, l.house_id, r.name, h.number, l.role, l.start_date, l.end_date, l.ended "
    "FROM resident_houses l JOIN residents r ON r.id = l.resident_id JOIN houses h ON h.id = l.house_id ");

// Lower-case, half-width, without the spaces and dots people type between parts.
QString searchKey(const QString &text)
{
    QString out;
    const QString half = Validation::toHalfWidth(text).toLower();
    out.reserve(half.size());
    for (const QChar c : half) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QChar(0x00B7))
            continue;
        out += c;
    }
    return out;
}

QJsonObject toJson(const ResidentRecord &r)
{
    // The audit log never holds a full document number.
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("gender"), r.gender},
                       {QStringLiteral("document_type"), r.documentType},
                       {QStringLiteral("document_number"), Validation::maskDocument(r.documentNumber)},
                       {QStringLiteral("mobile"), r.mobile},
                       {QStringLiteral("mobile2"), r.mobile2},
                       {QStringLiteral("landline"), r.landline},
                       {QStringLiteral("emergency_contact"), r.emergencyContact},
                       {QStringLiteral("emergency_phone"), r.emergencyPhone},
                       {QStringLiteral("notes"), r.notes}};
}

QJsonObject toJson(const ResidenceLink &l)
{
    return QJsonObject{{QStringLiteral("resident_id"), l.residentId},
                       {QStringLiteral("house"), l.houseNumber},
                       {QStringLiteral("role"), l.role},
                       {QStringLiteral("start"), l.start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), l.end.toString(Qt::ISODate)}};
}

// The resident's own columns, as the insert and the update both write them.
void bindFields(Query &q, const ResidentRecord &r)
{
    q.bind(QStringLiteral(":name"), r.name).bind(QStringLiteral(":gender"), textOrNull(r.gender));
    q.bind(QStringLiteral(":dtype"), r.documentType).bind(QStringLiteral(":dnumber"), textOrNull(r.documentNumber));
    q.bind(QStringLiteral(":legacy"), r.documentLegacy ? 1 : 0);
    q.bind(QStringLiteral(":mobile"), textOrNull(r.mobile)).bind(QStringLiteral(":mobile2"), textOrNull(r.mobile2));
    q.bind(QStringLiteral(":landline"), textOrNull(r.landline));
    q.bind(QStringLiteral(":econtact"), textOrNull(r.emergencyContact));
    q.bind(QStringLiteral(":ephone"), textOrNull(r.emergencyPhone)).bind(QStringLiteral(":notes"), textOrNull(r.notes));
}

} // namespace

Status ResidentRepository::validate(ResidentRecord &r) const
{
    using MaxLength = Validation::MaxLength;
    // Checked before simplified(), which would quietly turn a line break into a space.
    if (Status s = Validation::checkText(r.name.trimmed(), tr("Name"), MaxLength::name); !s)
        return s;
    r.name = r.name.simplified();
    if (r.name.isEmpty())
        return Failure{tr("Name: the name is missing.")};
    if (!r.gender.isEmpty() && !ResidentCodes::genders().contains(r.gender))
        return Failure{tr("Gender: \"%1\" is not a gender.").arg(r.gender)};
    if (!ResidentCodes::documentTypes().contains(r.documentType))
        return Failure{tr("Document type: \"%1\" is not a document type.").arg(r.documentType)};
    r.documentNumber = Validation::toHalfWidth(r.documentNumber).trimmed();
    r.documentLegacy = false;
    if (!r.documentNumber.isEmpty()) {
        if (r.documentType == QLatin1String("resident_id")) {
            const auto id = Validation::checkResidentId(r.documentNumber, today(m_db), tr("ID number"));
            if (!id)
                return Failure{id.error()};
            r.documentNumber = id->number;
            r.documentLegacy = id->legacy;
        } else {
            r.documentNumber = r.documentNumber.toUpper().remove(QLatin1Char(' '));
            static const QRegularExpression allowed(QStringLiteral("^[A-Z0-9()\\-]{4,30}$"));
            if (!allowed.match(r.documentNumber).hasMatch())
                return Failure{tr("Document number: 4 to 30 letters and digits.")};
        }
    }
    // Optional phone fields: empty stays empty, anything else must be a mobile number.
    for (auto [field, name] : {std::pair{&r.mobile, tr("Mobile")}, std::pair{&r.mobile2, tr("Second mobile")}}) {
        if (field->trimmed().isEmpty()) {
            field->clear();
            continue;
        }
        const auto m = Validation::normalizeMobile(*field, name);
        if (!m)
            return Failure{m.error()};
        *field = m.value();
    }
    if (!r.landline.trimmed().isEmpty()) {
        const auto l = Validation::normalizeLandline(r.landline, tr("Landline"));
        if (!l)
            return Failure{l.error()};
        r.landline = l.value();
    } else {
        r.landline.clear();
    }
    if (Status s = Validation::checkText(r.emergencyContact.trimmed(), tr("Emergency contact"), MaxLength::name); !s)
        return s;
    r.emergencyContact = r.emergencyContact.simplified();
    if (!r.emergencyPhone.trimmed().isEmpty()) {
        const auto checked = Validation::normalizePhone(r.emergencyPhone, tr("Emergency contact phone"));
        if (!checked)
            return Failure{checked.error()};
        r.emergencyPhone = checked.value();
    } else {
        r.emergencyPhone.clear();
    }
    r.notes = r.notes.trimmed().replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (Status s = Validation::checkText(r.notes, tr("Notes"), MaxLength::notes, Validation::TextKind::MultiLine); !s)
        return s;
    return {};
}

Result<ResidentRecord> ResidentRepository::load(qint64 id)
{
    Query q(m_db, kSelectResident);
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no resident with the number %1.").arg(id)};
    ResidentRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.gender = q.value(2).toString();
    r.documentType = q.value(3).toString();
    r.documentNumber = q.value(4).toString();
    r.documentLegacy = q.value(5).toInt() != 0;
    r.mobile = q.value(6).toString();
    r.mobile2 = q.value(7).toString();
    r.landline = q.value(8).toString();
    r.emergencyContact = q.value(9).toString();
    r.emergencyPhone = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.voided = q.value(12).toInt() != 0;
    r.voidReason = q.value(13).toString();
    r.rowVersion = q.value(14).toInt();
    r.createdAt = fromStored(q.value(15).toLongLong());
    r.updatedAt = fromStored(q.value(16).toLongLong());
    r.updatedBy = q.value(17).toString();
    return r;
}

Result<qint64> ResidentRepository::create(const Session &who, ResidentRecord r)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::EditResidents, QStringLiteral("resident"),
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        if (Status valid = validate(r); !valid)
            return Failure{valid.error()};
        if (!r.documentNumber.isEmpty()) {
            const auto other = findExisting(QString(), 0, r.documentNumber);
            if (!other)
                return Failure{other.error()};
            if (*other > 0)
                return Failure{tr("Document number: already on file for resident %1.").arg(*other)};
        }
        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral(
                          "INSERT INTO residents (name, gender, document_type, document_number, document_legacy, mobile, "
                          "mobile2, landline, emergency_contact, emergency_phone, notes, created_at, updated_at, "
                          "updated_by) VALUES (:name, :gender, :dtype, :dnumber, :legacy, :mobile, :mobile2, :landline, "
                          ":econtact, :ephone, :notes, :created, :updated, :by) RETURNING id"));
        bindFields(q, r);
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now);
        q.bind(QStringLiteral(":by"), who.displayName);
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        if (Status s = reindex(*id); !s)
            return Failure{s.error()};
        out = *id;
        return GuardedWrite::AuditRow{QStringLiteral("create"), QStringLiteral("resident"), QString::number(*id), {},
                                      json(toJson(r))};
    });
}

Status ResidentRepository::update(const Session &who, ResidentRecord r)
{
    return GuardedWrite::run(m_db, who, Permission::EditResidents, QStringLiteral("resident"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        const auto before = load(r.id);
        if (!before)
            return Failure{before.error()};
        if (before->voided)
            return Failure{tr("Resident %1 is voided and can no longer be changed.").arg(before->name)};
        // The number came back as it was shown: keep the stored one.
        if (!before->documentNumber.isEmpty() && r.documentNumber == Validation::maskDocument(before->documentNumber))
            r.documentNumber = before->documentNumber;
        else if (!AuditLog::allows(m_db, who, Permission::ViewFullDocuments) && r.documentNumber != before->documentNumber
                 && !before->documentNumber.isEmpty() && r.documentNumber.contains(QLatin1Char('*')))
            return Failure{tr("Document number: type the whole number or leave the masked one as it is.")};
        if (Status valid = validate(r); !valid)
            return Failure{valid.error()};
        if (!r.documentNumber.isEmpty() && r.documentNumber != before->documentNumber) {
            const auto other = findExisting(QString(), 0, r.documentNumber);
            if (!other)
                return Failure{other.error()};
            if (*other > 0 && *other != r.id)
                return Failure{tr("Document number: already on file for resident %1.").arg(*other)};
        }
        Query q(m_db, QStringLiteral(
                          "UPDATE residents SET name = :name, gender = :gender, document_type = :dtype, "
                          "document_number = :dnumber, document_legacy = :legacy, mobile = :mobile, mobile2 = :mobile2, "
                          "landline = :landline, emergency_contact = :econtact, emergency_phone = :ephone, notes = :notes, "
                          "row_version = row_version + 1, updated_at = :updated, updated_by = :by "
                          "WHERE id = :id AND row_version = :version AND voided = 0"));
        bindFields(q, r);
        q.bind(QStringLiteral(":updated"), toStored(m_db.clock().now())).bind(QStringLiteral(":by"), who.displayName);
        q.bind(QStringLiteral(":id"), r.id).bind(QStringLiteral(":version"), r.rowVersion);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{changedBy(m_db, QStringLiteral("SELECT updated_by, updated_at FROM residents WHERE id = :id"),
                                     r.id, tr("Resident %1").arg(before->name))};
        if (Status s = reindex(r.id); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("update"), QStringLiteral("resident"), QString::number(r.id),
                                      json(toJson(*before)), json(toJson(r))};
    });
}

Status ResidentRepository::voidResident(const Session &who, qint64 id, const QString &reason)
{
    GuardedWrite::VoidRow row(QStringLiteral("residents"), id, QStringLiteral("resident"), QString::number(id),
                              tr("The resident does not exist or is already voided."), true);
    row.alsoWrite = [this, id] { return reindex(id); };
    return GuardedWrite::voidWithReason(m_db, who, Permission::EditResidents, QStringLiteral("resident"),
                                        tr("Reason: say why the resident is voided."), row, reason);
}

Result<ResidentRecord> ResidentRepository::find(const Session &who, qint64 id)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("resident")); !allowed)
        return Failure{allowed.error()};
    auto r = load(id);
    // Shown masked to everyone: the full number is only seen through revealDocument(), which is audited.
    if (r && !r->documentNumber.isEmpty()) {
        r.value().documentNumber = Validation::maskDocument(r->documentNumber);
        r.value().documentMasked = true;
    }
    return r;
}

Result<QString> ResidentRepository::revealDocument(const Session &who, qint64 id)
{
    if (Status allowed = m_audit.require(who, Permission::ViewFullDocuments, QStringLiteral("resident")); !allowed)
        return Failure{allowed.error()};
    const auto r = load(id);
    if (!r)
        return Failure{r.error()};
    if (Status s = m_audit.record(who, QStringLiteral("reveal_document"), QStringLiteral("resident"),
                                  QString::number(id), {}, {}, r->name);
        !s)
        return Failure{s.error()};
    return r->documentNumber;
}

Result<ResidenceLink> ResidentRepository::loadLink(qint64 id)
{
    Query q(m_db, kSelectLinks + QStringLiteral("WHERE l.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next())
        return Failure{tr("There is no such move-in record.")};
    ResidenceLink l;
    l.id = q.value(0).toLongLong();
    l.residentId = q.value(1).toLongLong();
    l.houseId = q.value(2).toLongLong();
    l.residentName = q.value(3).toString();
    l.houseNumber = q.value(4).toString();
    l.role = q.value(5).toString();
    l.start = dateFrom(q.value(6));
    l.end = dateFrom(q.value(7));
    l.ended = q.value(8).toInt() != 0;
    return l;
}

Result<QList<ResidenceLink>> ResidentRepository::loadLinks(const QString &sql, qint64 id, bool withHistory)
{
    Query q(m_db, sql);
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<ResidenceLink> list;
    for (qint64 linkId : ids) {
        auto l = loadLink(linkId);
        if (!l)
            return Failure{l.error()};
        if (withHistory || !l->ended)
            list << l.value();
    }
    return list;
}

Result<qint64> ResidentRepository::createAtHouse(const Session &who, ResidentRecord resident,
                                                 const QString &houseNumber, const QString &role, const QDate &start)
{
    const QString number = houseNumber.trimmed();
    const auto parts = HouseRepository::parseNumber(number);
    if (!parts)
        return Failure{tr("House: \"%1\" is not written building-unit-room, e.g. 3-2-1201.").arg(number)};
    const auto house = HouseRepository(m_db).findHouse(parts->building, parts->unit, parts->room);
    if (!house)
        return Failure{house.error()};
    if (house.value() == 0)
        return Failure{tr("House: %1 is not on file; check the number, or add the house first.").arg(number)};
    Transaction transaction(m_db);
    const auto id = create(who, std::move(resident));
    if (!id)
        return id;
    if (const auto link = moveIn(who, id.value(), house.value(), role, start); !link)
        return Failure{link.error()};
    if (Status s = transaction.commit(); !s)
        return Failure{s.error()};
    return id;
}

Result<qint64> ResidentRepository::moveIn(const Session &who, qint64 residentId, qint64 houseId, const QString &role,
                                          const QDate &startDate)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::EditResidents, QStringLiteral("resident_house"),
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        if (!ResidentCodes::roles().contains(role))
            return Failure{tr("Role: \"%1\" is not owner, tenant or family member.").arg(role)};
        const auto resident = load(residentId);
        if (!resident)
            return Failure{resident.error()};
        if (resident->voided)
            return Failure{tr("Resident %1 is voided.").arg(resident->name)};
        Query house(m_db, QStringLiteral("SELECT number, voided FROM houses WHERE id = :id"));
        house.bind(QStringLiteral(":id"), houseId);
        if (Status s = house.exec(); !s)
            return Failure{s.error()};
        if (!house.next())
            return Failure{tr("House: there is no such house.")};
        if (house.value(1).toInt() != 0)
            return Failure{tr("House: %1 is voided.").arg(house.value(0).toString())};
        const QString number = house.value(0).toString();
        house.finish();
        Query current(m_db, QStringLiteral("SELECT COUNT(*) FROM resident_houses WHERE resident_id = :resident "
                                           "AND house_id = :house AND ended = 0"));
        current.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":house"), houseId);
        const auto count = current.scalar();
        if (!count)
            return Failure{count.error()};
        if (*count > 0)
            return Failure{tr("House: %1 already lives in %2.").arg(resident->name, number)};
        const QDate &start = startDate;
        if (start.isValid() && start > today(m_db).addYears(1))
            return Failure{tr("Move-in date: %1 is more than a year ahead.").arg(start.toString(Qt::ISODate))};

        const qint64 now = toStored(m_db.clock().now());
        Query q(m_db, QStringLiteral("INSERT INTO resident_houses (resident_id, house_id, role, start_date, created_at, "
                                     "updated_at, updated_by) VALUES (:resident, :house, :role, :start, :created, "
                                     ":updated, :by) RETURNING id"));
        q.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":house"), houseId);
        q.bind(QStringLiteral(":role"), role).bind(QStringLiteral(":start"), dateOrNull(start));
        q.bind(QStringLiteral(":created"), now).bind(QStringLiteral(":updated"), now);
        q.bind(QStringLiteral(":by"), who.displayName);
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        if (Status s = reindex(residentId); !s)
            return Failure{s.error()};
        ResidenceLink link;
        link.residentId = residentId;
        link.houseNumber = number;
        link.role = role;
        link.start = start;
        out = *id;
        return GuardedWrite::AuditRow{QStringLiteral("move_in"), QStringLiteral("resident_house"), QString::number(*id),
                                      {}, json(toJson(link)), resident->name};
    });
}

Status ResidentRepository::moveOut(const Session &who, qint64 linkId, const QDate &endDate)
{
    return GuardedWrite::run(m_db, who, Permission::EditResidents, QStringLiteral("resident_house"),
                             [&]() -> Result<GuardedWrite::AuditRow> {
        const auto before = loadLink(linkId);
        if (!before)
            return Failure{before.error()};
        if (before->ended)
            return Failure{tr("%1 already moved out of %2 on %3.")
                               .arg(before->residentName, before->houseNumber, before->end.toString(Qt::ISODate))};
        const QDate end = endDate.isValid() ? endDate : today(m_db);
        if (before->start.isValid() && end < before->start)
            return Failure{tr("Move-out date: %1 is before the move-in date %2.")
                               .arg(end.toString(Qt::ISODate), before->start.toString(Qt::ISODate))};
        Query q(m_db, QStringLiteral("UPDATE resident_houses SET ended = 1, end_date = :end, updated_at = :at, "
                                     "updated_by = :by WHERE id = :id AND ended = 0"));
        q.bind(QStringLiteral(":end"), dateOrNull(end)).bind(QStringLiteral(":at"), toStored(m_db.clock().now()));
        q.bind(QStringLiteral(":by"), who.displayName).bind(QStringLiteral(":id"), linkId);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("%1 has just been moved out by someone else.").arg(before->residentName)};
        if (Status s = reindex(before->residentId); !s)
            return Failure{s.error()};
        ResidenceLink after = before.value();
        after.end = end;
        return GuardedWrite::AuditRow{QStringLiteral("move_out"), QStringLiteral("resident_house"),
                                      QString::number(linkId), json(toJson(*before)), json(toJson(after)),
                                      before->residentName};
    });
}

Result<QList<ResidenceLink>> ResidentRepository::links(const Session &who, qint64 residentId, bool withHistory)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("resident_house")); !allowed)
        return Failure{allowed.error()};
    return loadLinks(QStringLiteral("SELECT id FROM resident_houses WHERE resident_id = :id "
                                    "ORDER BY ended, start_date DESC, id DESC"),
                     residentId, withHistory);
}

Result<QList<ResidenceLink>> ResidentRepository::occupants(const Session &who, qint64 houseId, bool withHistory)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("resident_house")); !allowed)
        return Failure{allowed.error()};
    return loadLinks(QStringLiteral("SELECT id FROM resident_houses WHERE house_id = :id "
                                    "ORDER BY ended, role, start_date, id"),
                     houseId, withHistory);
}

Result<qint64> ResidentRepository::findExisting(const QString &name, qint64 houseId, const QString &documentNumber)
{
    if (!documentNumber.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT id FROM residents WHERE document_number = :number AND voided = 0 "
                                     "ORDER BY id LIMIT 1"));
        q.bind(QStringLiteral(":number"), documentNumber);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.next())
            return q.value(0).toLongLong();
    }
    if (!name.isEmpty() && houseId > 0) {
        // Two people of one name in one house (father and son) with different document numbers
        // are two residents: with a number, only a namesake without one is the same person.
        const QString sql = QStringLiteral("SELECT r.id FROM resident_houses l JOIN residents r ON r.id = l.resident_id "
                                           "WHERE l.house_id = :house AND r.name = :name AND r.voided = 0 ")
                            + (documentNumber.isEmpty() ? QString()
                                                        : QStringLiteral("AND COALESCE(r.document_number, '') = '' "))
                            + QStringLiteral("ORDER BY l.ended, r.id LIMIT 1");
        Query q(m_db, sql);
        q.bind(QStringLiteral(":house"), houseId).bind(QStringLiteral(":name"), name.simplified());
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.next())
            return q.value(0).toLongLong();
    }
    return qint64(0);
}

void ResidentRepository::beginIndexBatch()
{
    m_indexBatch.emplace();
}

Status ResidentRepository::endIndexBatch()
{
    if (!m_indexBatch)
        return {};
    const QList<qint64> noted = std::move(*m_indexBatch);
    m_indexBatch.reset();
    for (const qint64 id : noted) {
        if (Status s = rebuildIndex(id); !s)
            return s;
    }
    return {};
}

Status ResidentRepository::reindex(qint64 residentId)
{
    if (m_indexBatch) {
        if (!m_indexBatch->contains(residentId))
            m_indexBatch->append(residentId);
        return {};
    }
    return rebuildIndex(residentId);
}

Status ResidentRepository::rebuildIndex(qint64 residentId)
{
    Query clear(m_db, QStringLiteral("DELETE FROM resident_search WHERE resident_id = :id"));
    clear.bind(QStringLiteral(":id"), residentId);
    if (Status s = clear.exec(); !s)
        return s;
    const auto r = load(residentId);
    if (!r)
        return Failure{r.error()};
    if (r->voided) // a voided resident is not found by search
        return {};

    QList<QPair<QString, QString>> terms;
    QSet<QString> seen;
    auto add = [&](const QString &kind, const QString &term) {
        if (term.isEmpty() || seen.contains(term))
            return;
        seen.insert(term);
        terms.append({kind, term});
    };
    add(QStringLiteral("name"), searchKey(r->name));
    const Pinyin::Spelling spelling = Pinyin::of(r->name);
    add(QStringLiteral("initials"), spelling.initials);
    add(QStringLiteral("pinyin"), spelling.full);
    add(QStringLiteral("phone"), r->mobile);
    add(QStringLiteral("phone"), r->mobile2);
    if (!r->landline.isEmpty()) {
        const QStringList parts = r->landline.split(QLatin1Char('-'));
        add(QStringLiteral("phone"), parts.value(0) + parts.value(1));
        add(QStringLiteral("phone"), parts.value(1));
    }
    Query houses(m_db, QStringLiteral("SELECT h.number FROM resident_houses l JOIN houses h ON h.id = l.house_id "
                                      "WHERE l.resident_id = :id AND l.ended = 0"));
    houses.bind(QStringLiteral(":id"), residentId);
    if (Status s = houses.exec(); !s)
        return s;
    while (houses.next())
        add(QStringLiteral("house"), searchKey(houses.value(0).toString()));
    Query plates(m_db, QStringLiteral("SELECT plate FROM vehicles WHERE resident_id = :id AND voided = 0"));
    plates.bind(QStringLiteral(":id"), residentId);
    if (Status s = plates.exec(); !s)
        return s;
    while (plates.next())
        add(QStringLiteral("plate"), searchKey(plates.value(0).toString()));

    Query insert(m_db, QStringLiteral("INSERT INTO resident_search (resident_id, kind, term) VALUES (:id, :kind, :term)"));
    for (const auto &[kind, term] : terms) {
        insert.bind(QStringLiteral(":id"), residentId).bind(QStringLiteral(":kind"), kind);
        insert.bind(QStringLiteral(":term"), term);
        if (Status s = insert.exec(); !s)
            return s;
    }
    return {};
}

BoundSql ResidentRepository::searchSql(const QString &text, int limit)
{
    const QString key = searchKey(text);
    // What was typed may be meant as a name or house, a phone number, or a plate.
    QStringList variants{key};
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[\\d\\-()]+$"));
    if (phoneLike.match(key).hasMatch()) {
        QString digits = key;
        if (digits.startsWith(QLatin1String("+86")))
            digits.remove(0, 3);
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        if (!digits.isEmpty() && !variants.contains(digits))
            variants << digits;
    }
    const QString plate = Validation::normalizePlate(text).toLower();
    if (!plate.isEmpty() && !variants.contains(plate))
        variants << plate;
    while (variants.size() < 3)
        variants << variants.first();

    // A prefix is the range [key, key + U+10FFFF): an index range scan in every collation that sorts by code point.
    const QString top = QString(QChar(0xDBFF)) + QChar(0xDFFF);
    BoundSql sql{QStringLiteral("SELECT DISTINCT resident_id FROM resident_search WHERE "
                                "(term >= :lo1 AND term < :hi1) OR (term >= :lo2 AND term < :hi2) "
                                "OR (term >= :lo3 AND term < :hi3) LIMIT :limit"),
                 {}};
    sql.bind(QStringLiteral(":lo1"), variants.at(0));
    sql.bind(QStringLiteral(":hi1"), variants.at(0) + top);
    sql.bind(QStringLiteral(":lo2"), variants.at(1));
    sql.bind(QStringLiteral(":hi2"), variants.at(1) + top);
    sql.bind(QStringLiteral(":lo3"), variants.at(2));
    sql.bind(QStringLiteral(":hi3"), variants.at(2) + top);
    sql.bind(QStringLiteral(":limit"), limit);
    return sql;
}

BoundSql ResidentRepository::searchDetailSql(const QList<qint64> &ids)
{
    static const QString text = [] {
        QStringList marks;
        for (int n = 0; n < searchDetailBatch; ++n)
            marks << QStringLiteral(":id%1").arg(n);
        return QStringLiteral("SELECT r.id, r.name, r.mobile, h.number FROM residents r "
                              "LEFT JOIN resident_houses l ON l.resident_id = r.id AND l.ended = 0 "
                              "LEFT JOIN houses h ON h.id = l.house_id WHERE r.id IN (%1) ORDER BY r.id, h.number")
            .arg(marks.join(QStringLiteral(", ")));
    }();
    BoundSql sql{text, {}};
    for (int n = 0; n < searchDetailBatch; ++n) // unused places hold an id no resident has
        sql.bind(QStringLiteral(":id%1").arg(n), n < ids.size() ? ids.at(n) : qint64(-1));
    return sql;
}

Result<QList<ResidentHit>> ResidentRepository::search(const Session &who, const QString &text, int limit)
{
    if (Status allowed = m_audit.require(who, Permission::LookUpResidents, QStringLiteral("resident")); !allowed)
        return Failure{allowed.error()};
    QList<ResidentHit> hits;
    const QString key = searchKey(text);
    if (key.isEmpty() || limit <= 0)
        return hits;

    const BoundSql sql = searchSql(text, limit);
    Query q(m_db, sql.sql);
    sql.bindTo(q);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();

    QHash<qint64, int> at;
    for (qint64 id : std::as_const(ids)) {
        at.insert(id, int(hits.size()));
        ResidentHit hit;
        hit.residentId = id;
        hits << hit;
    }
    for (qsizetype first = 0; first < ids.size(); first += searchDetailBatch) {
        const BoundSql batch = searchDetailSql(ids.mid(first, searchDetailBatch));
        Query detail(m_db, batch.sql);
        batch.bindTo(detail);
        if (Status s = detail.exec(); !s)
            return Failure{s.error()};
        while (detail.next()) {
            ResidentHit &hit = hits[at.value(detail.value(0).toLongLong())];
            hit.name = detail.value(1).toString();
            hit.mobile = detail.value(2).toString();
            if (!detail.value(3).isNull())
                hit.houses << detail.value(3).toString();
        }
    }
    return hits;
}
