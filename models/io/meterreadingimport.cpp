#include "models/io/meterreadingimport.h"

#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/fees.h"
#include "models/domain/validation.h"
#include "models/io/tablecolumns.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

QString MeterReadingImport::columnKey(const QString &header)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("房号"), QStringLiteral("house")},     {QStringLiteral("house"), QStringLiteral("house")},
        {QStringLiteral("收费项目"), QStringLiteral("item")},  {QStringLiteral("项目"), QStringLiteral("item")},
        {QStringLiteral("item"), QStringLiteral("item")},      {QStringLiteral("所属期间"), QStringLiteral("period")},
        {QStringLiteral("期间"), QStringLiteral("period")},    {QStringLiteral("period"), QStringLiteral("period")},
        {QStringLiteral("用量"), QStringLiteral("quantity")},  {QStringLiteral("读数"), QStringLiteral("quantity")},
        {QStringLiteral("数量"), QStringLiteral("quantity")},  {QStringLiteral("quantity"), QStringLiteral("quantity")},
    };
    return TableColumns::keyOf(header, keys);
}

std::optional<qint64> MeterReadingImport::parseQuantity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,3}))?$"));
    QString t = Validation::toHalfWidth(text).trimmed();
    t.remove(QLatin1Char(','));
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const QString decimals = (match.captured(2) + QStringLiteral("00")).left(3);
    return match.captured(1).toLongLong() * 1000 + decimals.toLongLong();
}

Result<MeterReadingPreview> MeterReadingImport::preview(const Session &who, const QString &path)
{
    return ImportSteps::previewFile(*this, who, path);
}

Result<MeterReadingPreview> MeterReadingImport::preview(const Session &who, const Table &table, const QString &fileName)
{
    if (Status allowed = AuditLog(m_db).require(who, Permission::CollectFees, QStringLiteral("meter_reading")); !allowed)
        return Failure{allowed.error()};
    if (table.rows.isEmpty())
        return Failure{tr("The meter readings are empty; the first row must name the columns.")};
    const TableColumns columns(table.rows.first().cells, columnKey);
    const QStringList missing = columns.missing({{QStringLiteral("house"), tr("house (房号)")},
                                                 {QStringLiteral("item"), tr("item (收费项目)")},
                                                 {QStringLiteral("period"), tr("period (所属期间)")},
                                                 {QStringLiteral("quantity"), tr("quantity (用量)")}});
    if (!missing.isEmpty())
        return Failure{tr("The meter readings have no column for %1. The first row must name the columns, e.g. "
                          "房号,收费项目,所属期间,用量 or house,item,period,quantity.")
                           .arg(missing.join(QStringLiteral(", ")))};

    HouseRepository houses(m_db);
    FeeRepository fees(m_db);
    MeterReadingPreview result;
    result.fileName = fileName;
    result.encoding = table.encoding;
    QHash<QString, int> seen; // house/item/period → line
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const TableRow &source = table.rows.at(r);
        auto reject = [&](const QString &message) { result.rejected.append({source.line, message}); };
        MeterReadingRow row;
        row.line = source.line;
        row.house = columns.cell(source, QStringLiteral("house"));
        const QString itemText = columns.cell(source, QStringLiteral("item"));
        const QString periodText = columns.cell(source, QStringLiteral("period"));
        const QString quantityText = columns.cell(source, QStringLiteral("quantity"));
        if (row.house.isEmpty() && itemText.isEmpty() && periodText.isEmpty() && quantityText.isEmpty())
            continue; // a blank line
        const auto house = houses.houseByNumber(who, row.house);
        if (!house) {
            reject(tr("House: %1").arg(house.error()));
            continue;
        }
        row.houseId = house->id;
        row.house = house->number;
        const auto item = fees.itemByCode(who, itemText);
        if (!item) {
            reject(item.error());
            continue;
        }
        if (item->basis != FeeBasis::Metered) {
            reject(tr("Item: %1 is not metered.").arg(item->code));
            continue;
        }
        row.itemId = item->id;
        row.itemCode = item->code;
        const auto period = FeePeriod::parse(Validation::toHalfWidth(periodText));
        if (!period || period->cycle != item->cycle) {
            reject(tr("Period: \"%1\" is not a period of %2 (%3).")
                       .arg(periodText, item->code, FeeRules::cycleName(item->cycle)));
            continue;
        }
        row.period = period->code();
        const auto quantity = parseQuantity(quantityText);
        if (!quantity) {
            reject(tr("Quantity: \"%1\" is not a quantity (e.g. 12.5).").arg(quantityText));
            continue;
        }
        row.quantityMilli = *quantity;
        Query billed(m_db, QStringLiteral("SELECT COUNT(*) FROM bills WHERE house_id = :h AND item_id = :i AND period = :p"));
        billed.bind(QStringLiteral(":h"), row.houseId).bind(QStringLiteral(":i"), row.itemId);
        billed.bind(QStringLiteral(":p"), row.period);
        const auto count = billed.scalar();
        if (!count)
            return Failure{count.error()};
        if (*count > 0) {
            reject(tr("Quantity: %1 %2 of %3 is billed already; its reading can no longer change.")
                       .arg(row.itemCode, row.period, row.house));
            continue;
        }
        const QString key = QStringLiteral("%1/%2/%3").arg(row.houseId).arg(row.itemId).arg(row.period);
        if (const int first = seen.value(key); first > 0) {
            reject(tr("House: %1 %2 %3 is on line %4 already.").arg(row.house, row.itemCode, row.period).arg(first));
            continue;
        }
        seen.insert(key, row.line);
        result.rows << row;
    }
    return result;
}

Result<MeterReadingResult> MeterReadingImport::commit(const Session &who, const MeterReadingPreview &preview)
{
    AuditLog audit(m_db);
    if (Status allowed = audit.require(who, Permission::CollectFees, QStringLiteral("meter_reading")); !allowed)
        return Failure{allowed.error()};
    MeterReadingResult result;
    result.rejected = preview.rejected;
    FeeRepository fees(m_db);
    Transaction tx(m_db); // every reading or none: each one is a savepoint inside it
    for (const MeterReadingRow &row : preview.rows) {
        if (Status s = fees.recordReading(who, {row.houseId, row.itemId, row.period, row.quantityMilli}); !s)
            return Failure{tr("Line %1: %2 Nothing was imported.").arg(row.line).arg(s.error())};
        ++result.imported;
    }
    if (Status s = audit.record(who, QStringLiteral("import"), QStringLiteral("meter_reading"), {}, {}, {},
                                tr("%1 (%2): readings imported %3, rejected %4")
                                    .arg(preview.fileName, preview.encoding)
                                    .arg(result.imported)
                                    .arg(result.rejected.size()));
        !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return result;
}

Result<MeterReadingResult> MeterReadingImport::importFile(const Session &who, const QString &path)
{
    return ImportSteps::importFile(*this, who, path);
}
