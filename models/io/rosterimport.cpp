#include "models/io/rosterimport.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/residentfile.h"
#include "models/domain/validation.h"
#include "models/io/exportfile.h"
#include "models/io/importsteps.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/recordsupport.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,/、，；\\n]"));
    QStringList items;
    const QStringList parts = Validation::toHalfWidth(text).split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

// Excel keeps dates as day numbers since 1899-12-30 when a cell is formatted as a date.
std::optional<QDate> excelSerialDate(const QString &text)
{
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    if (!serial.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const int days = int(text.trimmed().toDouble());
    if (days < 1 || days > 2958465)
        return std::nullopt;
    return QDate(1899, 12, 30).addDays(days);
}

} // namespace

QString RosterImport::columnKey(const QString &header)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("楼栋"), QStringLiteral("building")},       {QStringLiteral("楼号"), QStringLiteral("building")},
        {QStringLiteral("栋"), QStringLiteral("building")},         {QStringLiteral("building"), QStringLiteral("building")},
        {QStringLiteral("单元"), QStringLiteral("unit")},           {QStringLiteral("unit"), QStringLiteral("unit")},
        {QStringLiteral("房号"), QStringLiteral("room")},           {QStringLiteral("房间号"), QStringLiteral("room")},
        {QStringLiteral("室"), QStringLiteral("room")},             {QStringLiteral("room"), QStringLiteral("room")},
        {QStringLiteral("姓名"), QStringLiteral("name")},           {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("身份"), QStringLiteral("role")},           {QStringLiteral("住户身份"), QStringLiteral("role")},
        {QStringLiteral("role"), QStringLiteral("role")},           {QStringLiteral("性别"), QStringLiteral("gender")},
        {QStringLiteral("gender"), QStringLiteral("gender")},       {QStringLiteral("证件类型"), QStringLiteral("id_type")},
        {QStringLiteral("id_type"), QStringLiteral("id_type")},     {QStringLiteral("证件号码"), QStringLiteral("id_number")},
        {QStringLiteral("证件号"), QStringLiteral("id_number")},    {QStringLiteral("身份证号"), QStringLiteral("id_number")},
        {QStringLiteral("身份证号码"), QStringLiteral("id_number")}, {QStringLiteral("id_number"), QStringLiteral("id_number")},
        {QStringLiteral("手机"), QStringLiteral("mobile")},         {QStringLiteral("手机号"), QStringLiteral("mobile")},
        {QStringLiteral("手机号码"), QStringLiteral("mobile")},     {QStringLiteral("联系电话"), QStringLiteral("mobile")},
        {QStringLiteral("mobile"), QStringLiteral("mobile")},       {QStringLiteral("入住日期"), QStringLiteral("move_in")},
        {QStringLiteral("入住时间"), QStringLiteral("move_in")},    {QStringLiteral("move_in"), QStringLiteral("move_in")},
        {QStringLiteral("车牌"), QStringLiteral("plate")},          {QStringLiteral("车牌号"), QStringLiteral("plate")},
        {QStringLiteral("车牌号码"), QStringLiteral("plate")},      {QStringLiteral("plate"), QStringLiteral("plate")},
        {QStringLiteral("备注"), QStringLiteral("notes")},          {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("座机"), QStringLiteral("landline")},       {QStringLiteral("固定电话"), QStringLiteral("landline")},
        {QStringLiteral("landline"), QStringLiteral("landline")},   {QStringLiteral("紧急联系人"), QStringLiteral("emergency_contact")},
        {QStringLiteral("emergency_contact"), QStringLiteral("emergency_contact")},
        {QStringLiteral("紧急联系电话"), QStringLiteral("emergency_phone")}, {QStringLiteral("紧急联系人电话"), QStringLiteral("emergency_phone")},
        {QStringLiteral("emergency_phone"), QStringLiteral("emergency_phone")},
        // The English headers of the program's own export (RosterExport::translatedHeaders).
        {QStringLiteral("documenttype"), QStringLiteral("id_type")},
        {QStringLiteral("documentnumber"), QStringLiteral("id_number")},
        {QStringLiteral("move-indate"), QStringLiteral("move_in")},
        {QStringLiteral("emergencycontact"), QStringLiteral("emergency_contact")},
        {QStringLiteral("emergencycontactphone"), QStringLiteral("emergency_phone")},
    };
    return TableColumns::keyOf(header, keys);
}

Result<RosterPreview> RosterImport::preview(const Session &who, const QString &path)
{
    return ImportSteps::previewFile(*this, who, path);
}

Result<RosterPreview> RosterImport::preview(const Session &who, const Table &table, const QString &fileName)
{
    const auto columns = ImportSteps::readHeader(
        m_db, who, table, columnKey,
        {Permission::EditResidents, QStringLiteral("resident"),
         tr("The roster is empty; the first row must name the columns."),
         {{QStringLiteral("building"), tr("building (楼栋)")},
          {QStringLiteral("room"), tr("room (房号)")},
          {QStringLiteral("name"), tr("name (姓名)")},
          {QStringLiteral("role"), tr("role (身份)")}},
         tr("The roster has no column for %1. The first row must name the columns, e.g. "
            "楼栋,单元,房号,姓名,身份 or building,unit,room,name,role.")});
    if (!columns)
        return Failure{columns.error()};

    const QDate today = RecordSupport::today(m_db);
    QHash<QString, QPair<int, QString>> documentsSeen; // number → line, name
    QHash<QString, QString> platesSeen;                // plate → name
    VehicleRepository vehicles(m_db);
    // cell(key): without the apostrophe an export puts before a formula-like cell (ExportFile).
    auto readRow = [&](const TableRow &source, auto cell, auto reject, RosterPreview &result) -> Status {
        RosterRow row;
        row.line = source.line;
        const auto parts = HouseRepository::normalizeParts(cell(QStringLiteral("building")), cell(QStringLiteral("unit")),
                                                           cell(QStringLiteral("room")));
        row.building = parts.building;
        row.unit = parts.unit;
        row.room = parts.room;
        row.name = cell(QStringLiteral("name")).simplified();
        if (row.building.isEmpty())
            return reject(tr("Building: the building is missing."));
        if (row.room.isEmpty())
            return reject(tr("Room: the room number is missing."));
        static const QRegularExpression badPart(QStringLiteral("[-\\s/\\\\]"));
        if (row.building.contains(badPart) || row.unit.contains(badPart) || row.room.contains(badPart))
            return reject(tr("House: %1 may not contain a dash, a slash or a space in building, unit or room.")
                              .arg(HouseRepository::houseNumber(row.building, row.unit, row.room)));
        if (row.name.isEmpty())
            return reject(tr("Name: the name is missing."));
        const auto role = ResidentCodes::roleFromText(cell(QStringLiteral("role")));
        if (!role)
            return reject(cell(QStringLiteral("role")).isEmpty()
                              ? tr("Role: missing; write 业主, 租户 or 家庭成员.")
                              : tr("Role: \"%1\" is not 业主, 租户 or 家庭成员.").arg(cell(QStringLiteral("role"))));
        row.role = *role;
        if (const QString g = cell(QStringLiteral("gender")); !g.isEmpty()) {
            const auto gender = ResidentCodes::genderFromText(g);
            if (!gender)
                return reject(tr("Gender: \"%1\" is not 男 or 女.").arg(g));
            row.gender = *gender;
        }
        if (const QString t = cell(QStringLiteral("id_type")); !t.isEmpty()) {
            const auto type = ResidentCodes::documentTypeFromText(t);
            if (!type)
                return reject(tr("Document type: \"%1\" is not a document type.").arg(t));
            row.documentType = *type;
        }

        // The same checks as the resident dialog.
        ResidentRecord record;
        record.name = row.name;
        record.gender = row.gender;
        record.documentType = row.documentType;
        record.documentNumber = cell(QStringLiteral("id_number"));
        const QStringList mobiles = splitList(cell(QStringLiteral("mobile")));
        if (mobiles.size() > 2)
            return reject(tr("Mobile: at most two mobile numbers per resident."));
        record.mobile = mobiles.value(0);
        record.mobile2 = mobiles.value(1);
        record.landline = cell(QStringLiteral("landline"));
        record.emergencyContact = cell(QStringLiteral("emergency_contact"));
        record.emergencyPhone = cell(QStringLiteral("emergency_phone"));
        record.notes = cell(QStringLiteral("notes"));
        if (Status valid = ResidentRepository(m_db).validate(record); !valid)
            return reject(valid.error());
        row.documentNumber = record.documentNumber;
        row.mobiles = QStringList{record.mobile, record.mobile2};
        row.mobiles.removeAll(QString());
        row.landline = record.landline;
        row.emergencyContact = record.emergencyContact;
        row.emergencyPhone = record.emergencyPhone;
        row.notes = record.notes;

        if (const QString moveIn = cell(QStringLiteral("move_in")); !moveIn.isEmpty()) {
            if (const auto serial = excelSerialDate(moveIn)) {
                row.moveIn = *serial;
            } else {
                const auto date = Validation::parseDate(moveIn, tr("Move-in date"));
                if (!date)
                    return reject(date.error());
                row.moveIn = date.value();
            }
            if (row.moveIn > today)
                return reject(tr("Move-in date: %1 is in the future.").arg(row.moveIn.toString(Qt::ISODate)));
        }

        bool plateRefused = false;
        const QStringList plates = splitList(cell(QStringLiteral("plate")));
        for (const QString &typed : plates) {
            const auto checked = Validation::checkPlate(typed);
            if (!checked) {
                reject(checked.error());
                plateRefused = true;
                break;
            }
            const QString plate = checked.value();
            QString owner = platesSeen.value(plate);
            if (owner.isEmpty()) {
                const auto known = vehicles.findByPlate(who, plate);
                if (known && known->has_value())
                    owner = known->value().residentName;
            }
            if (!owner.isEmpty() && owner != row.name) {
                reject(tr("Plate: %1 is already registered to %2.").arg(plate, owner));
                plateRefused = true;
                break;
            }
            if (const QString warning = Validation::plateWarning(plate); !warning.isEmpty())
                result.warnings.append({source.line, warning});
            row.plates << plate;
        }
        if (plateRefused)
            return {};
        for (const QString &plate : std::as_const(row.plates))
            platesSeen.insert(plate, row.name);

        if (!row.documentNumber.isEmpty()) {
            const auto seen = documentsSeen.constFind(row.documentNumber);
            if (seen != documentsSeen.constEnd() && seen->second != row.name)
                return reject(tr("ID number: the same number is on line %1 for %2.").arg(seen->first).arg(seen->second));
            documentsSeen.insert(row.documentNumber, {row.line, row.name});
        }
        result.rows << row;
        return {};
    };
    return ImportSteps::readRows<RosterPreview>(table, *columns, fileName, readRow);
}

Result<RosterImportResult> RosterImport::commit(const Session &who, const RosterPreview &preview)
{
    HouseRepository houses(m_db);
    ResidentRepository residents(m_db);
    VehicleRepository vehicles(m_db);
    auto writeLine = [&](const RosterRow &row, RosterImportResult &result) -> Status {
        const auto houseId = houses.ensureHouse(who, row.building, row.unit, row.room);
        if (!houseId)
            return Failure{houseId.error()};
        const auto existing = residents.findExisting(row.name, *houseId, row.documentNumber);
        if (!existing)
            return Failure{existing.error()};
        bool added = false;
        qint64 residentId = *existing;
        if (residentId == 0) {
            ResidentRecord record;
            record.name = row.name;
            record.gender = row.gender;
            record.documentType = row.documentType;
            record.documentNumber = row.documentNumber;
            record.mobile = row.mobiles.value(0);
            record.mobile2 = row.mobiles.value(1);
            record.landline = row.landline;
            record.emergencyContact = row.emergencyContact;
            record.emergencyPhone = row.emergencyPhone;
            record.notes = row.notes;
            const auto created = residents.create(who, record);
            if (!created)
                return Failure{created.error()};
            residentId = *created;
            added = true;
        }
        // A resident already tied to this house (now or in the past) is not moved in again.
        Query tie(m_db, QStringLiteral("SELECT COUNT(*) FROM resident_houses WHERE resident_id = :resident "
                                       "AND house_id = :house"));
        tie.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":house"), *houseId);
        const auto ties = tie.scalar();
        if (!ties)
            return Failure{ties.error()};
        if (*ties == 0) {
            const auto link = residents.moveIn(who, residentId, *houseId, row.role, row.moveIn);
            if (!link)
                return Failure{link.error()};
            added = true;
        }
        for (const QString &plate : row.plates) {
            const auto known = vehicles.findByPlate(who, plate);
            if (!known)
                return Failure{known.error()};
            if (known->has_value()) {
                if (known->value().residentId != residentId)
                    return Failure{tr("Plate: %1 is already registered to %2.")
                                      .arg(plate, known->value().residentName)};
                continue;
            }
            VehicleRecord vehicle;
            vehicle.residentId = residentId;
            vehicle.plate = plate;
            const auto id = vehicles.add(who, vehicle);
            if (!id)
                return Failure{id.error()};
            added = true;
        }
        if (added)
            ++result.imported;
        else
            ++result.unchanged;
        return {};
    };
    auto writeRow = [&](const RosterRow &row, RosterImportResult &result) -> Status {
        // The line's resident is indexed for search once, when the line is written.
        residents.beginIndexBatch();
        const Status written = writeLine(row, result);
        const Status indexed = residents.endIndexBatch();
        return written ? indexed : written;
    };
    auto summary = [&](const RosterImportResult &result) {
        return tr("%1 (%2): imported %3, already on file %4, rejected %5")
            .arg(preview.fileName, preview.encoding)
            .arg(result.imported)
            .arg(result.unchanged)
            .arg(result.rejected.size());
    };
    return ImportSteps::commitRows<RosterImportResult>(
        m_db, who, {Permission::EditResidents, QStringLiteral("resident"), tr("Line %1: %2 Nothing was imported.")},
        preview, writeRow, summary);
}

Result<RosterImportResult> RosterImport::importFile(const Session &who, const QString &path)
{
    return ImportSteps::importFile(*this, who, path);
}
