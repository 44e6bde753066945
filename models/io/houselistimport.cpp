#include "models/io/houselistimport.h"

#include "models/database/database.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/domain/validation.h"
#include "models/io/exportfile.h"
#include "models/io/importsteps.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {
std::optional<QString> typeFromText(const QString &text)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("住宅"), QStringLiteral("residential")}, {QStringLiteral("商铺"), QStringLiteral("shop")},
        {QStringLiteral("车位"), QStringLiteral("parking")},     {QStringLiteral("其他"), QStringLiteral("other")}};
    const QString t = text.trimmed();
    if (ResidentCodes::houseTypes().contains(t.toLower()))
        return t.toLower();
    if (names.contains(t))
        return names.value(t);
    return std::nullopt;
}

std::optional<QString> statusFromText(const QString &text)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("空置"), QStringLiteral("vacant")}, {QStringLiteral("自住"), QStringLiteral("owner_occupied")},
        {QStringLiteral("出租"), QStringLiteral("rented")}, {QStringLiteral("装修中"), QStringLiteral("renovating")},
        {QStringLiteral("装修"), QStringLiteral("renovating")}};
    const QString t = text.trimmed();
    if (ResidentCodes::houseStatuses().contains(t.toLower()))
        return t.toLower();
    if (names.contains(t))
        return names.value(t);
    return std::nullopt;
}

// "89.5", "89.50㎡", "89.50 m²", "89.5平方米" → hundredths of a square metre.
std::optional<qint64> areaFromText(const QString &text)
{
    QString t = Validation::toHalfWidth(text).trimmed();
    for (const QString &unit : {QStringLiteral("平方米"), QStringLiteral("平米"), QStringLiteral("㎡"),
                                QStringLiteral("m²"), QStringLiteral("m2")}) {
        if (t.endsWith(unit, Qt::CaseInsensitive)) {
            t.chop(unit.size());
            break;
        }
    }
    if (t.contains(QStringLiteral("元")) || t.contains(QChar(0xA5)))
        return std::nullopt;
    return Money::parseYuan(t);
}
} // namespace

QString HouseListImport::columnKey(const QString &header)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("楼栋"), QStringLiteral("building")}, {QStringLiteral("楼号"), QStringLiteral("building")},
        {QStringLiteral("building"), QStringLiteral("building")}, {QStringLiteral("单元"), QStringLiteral("unit")},
        {QStringLiteral("unit"), QStringLiteral("unit")},       {QStringLiteral("房号"), QStringLiteral("room")},
        {QStringLiteral("房间号"), QStringLiteral("room")},     {QStringLiteral("room"), QStringLiteral("room")},
        {QStringLiteral("面积"), QStringLiteral("area")},       {QStringLiteral("建筑面积"), QStringLiteral("area")},
        {QStringLiteral("面积(m²)"), QStringLiteral("area")},   {QStringLiteral("area"), QStringLiteral("area")},
        {QStringLiteral("类型"), QStringLiteral("type")},       {QStringLiteral("房屋类型"), QStringLiteral("type")},
        {QStringLiteral("type"), QStringLiteral("type")},       {QStringLiteral("状态"), QStringLiteral("status")},
        {QStringLiteral("房屋状态"), QStringLiteral("status")}, {QStringLiteral("status"), QStringLiteral("status")},
    };
    return TableColumns::keyOf(header, keys);
}

Result<HouseListPreview> HouseListImport::preview(const Session &who, const QString &path)
{
    return ImportSteps::previewFile(*this, who, path);
}

Result<HouseListPreview> HouseListImport::preview(const Session &who, const Table &table, const QString &fileName)
{
    const auto columns = ImportSteps::readHeader(
        m_db, who, table, columnKey,
        {Permission::EditResidents, QStringLiteral("house"),
         tr("The house list is empty; the first row must name the columns."),
         {{QStringLiteral("building"), tr("building (楼栋)")}, {QStringLiteral("room"), tr("room (房号)")}},
         tr("The house list has no column for %1. The first row must name the columns, e.g. "
            "楼栋,单元,房号,面积,类型,状态 or building,unit,room,area,type,status.")});
    if (!columns)
        return Failure{columns.error()};

    QHash<QString, int> seen; // house number → line
    auto readRow = [&](const TableRow &source, auto cell, auto reject, HouseListPreview &result) -> Status {
        const HouseRepository::NumberParts parts =
            HouseRepository::normalizeParts(cell(QStringLiteral("building")), cell(QStringLiteral("unit")),
                                            cell(QStringLiteral("room")));
        HouseListRow row;
        row.line = source.line;
        row.building = parts.building;
        row.unit = parts.unit;
        row.room = parts.room;
        if (row.building.isEmpty())
            return reject(tr("Building: the building is missing."));
        if (row.room.isEmpty())
            return reject(tr("Room: the room number is missing."));
        static const QRegularExpression separators(QStringLiteral("[-/\\s]"));
        if (row.building.contains(separators) || row.unit.contains(separators) || row.room.contains(separators))
            return reject(tr("House: %1 may not contain a dash, a slash or a space in building, unit or room.")
                              .arg(HouseRepository::houseNumber(row.building, row.unit, row.room)));
        const QString area = cell(QStringLiteral("area"));
        if (!area.isEmpty()) {
            const auto centi = areaFromText(area);
            if (!centi || *centi > 100000000)
                return reject(tr("Area: \"%1\" is not a floor area in m² (e.g. 89.50).").arg(area));
            row.areaCenti = *centi;
        }
        const QString type = cell(QStringLiteral("type"));
        if (!type.isEmpty()) {
            const auto code = typeFromText(type);
            if (!code)
                return reject(tr("Type: \"%1\" is not 住宅, 商铺, 车位 or 其他.").arg(type));
            row.type = *code;
        }
        const QString status = cell(QStringLiteral("status"));
        if (!status.isEmpty()) {
            const auto code = statusFromText(status);
            if (!code)
                return reject(tr("Status: \"%1\" is not 空置, 自住, 出租 or 装修中.").arg(status));
            row.status = *code;
        }
        const QString number = HouseRepository::houseNumber(row.building, row.unit, row.room);
        if (const auto it = seen.constFind(number); it != seen.cend())
            return reject(tr("House: %1 is already on line %2 of the file.").arg(number).arg(it.value()));
        seen.insert(number, row.line);
        result.rows << row;
        return {};
    };
    return ImportSteps::readRows<HouseListPreview>(table, *columns, fileName, readRow);
}

Result<HouseListResult> HouseListImport::commit(const Session &who, const HouseListPreview &preview)
{
    HouseRepository houses(m_db);
    auto writeRow = [&](const HouseListRow &row, HouseListResult &result) -> Status {
        const auto found = houses.findHouse(row.building, row.unit, row.room);
        if (!found)
            return Failure{found.error()};
        qint64 id = *found;
        const bool added = id == 0;
        if (added) {
            const auto created = houses.ensureHouse(who, row.building, row.unit, row.room);
            if (!created)
                return Failure{created.error()};
            id = *created;
        }
        const auto current = houses.house(who, id);
        if (!current)
            return Failure{current.error()};
        HouseRecord record = *current;
        if (row.areaCenti >= 0)
            record.areaCenti = row.areaCenti;
        if (!row.type.isEmpty())
            record.type = row.type;
        if (!row.status.isEmpty())
            record.status = row.status;
        const bool changed = record.areaCenti != current->areaCenti || record.type != current->type
            || record.status != current->status;
        if (changed) {
            if (Status s = houses.updateHouse(who, record); !s)
                return Failure{s.error()};
        }
        if (added) {
            ++result.added;
            ++result.imported;
        } else if (changed) {
            ++result.updated;
            ++result.imported;
        } else {
            ++result.unchanged;
        }
        return {};
    };
    auto summary = [&](const HouseListResult &result) {
        return tr("%1 (%2): added %3, updated %4, already on file %5, rejected %6")
            .arg(preview.fileName, preview.encoding)
            .arg(result.added)
            .arg(result.updated)
            .arg(result.unchanged)
            .arg(result.rejected.size());
    };
    return ImportSteps::commitRows<HouseListResult>(
        m_db, who, {Permission::EditResidents, QStringLiteral("house"), tr("Line %1: %2 Nothing was imported.")},
        preview, writeRow, summary);
}

Result<HouseListResult> HouseListImport::importFile(const Session &who, const QString &path)
{
    return ImportSteps::importFile(*this, who, path);
}
