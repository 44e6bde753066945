#include "models/io/meterreadingimport.h"

#include "models/domain/fees.h"
#include "models/domain/validation.h"
#include "models/io/importsteps.h"
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
    const auto columns = ImportSteps::readHeader(
        m_db, who, table, columnKey,
        {Permission::CollectFees, QStringLiteral("meter_reading"),
         tr("The meter readings are empty; the first row must name the columns."),
         {{QStringLiteral("house"), tr("house (房号)")},
          {QStringLiteral("item"), tr("item (收费项目)")},
          {QStringLiteral("period"), tr("period (所属期间)")},
          {QStringLiteral("quantity"), tr("quantity (用量)")}},
         tr("The meter readings have no column for %1. The first row must name the columns, e.g. "
            "房号,收费项目,所属期间,用量 or house,item,period,quantity.")});
    if (!columns)
        return Failure{columns.error()};

    HouseRepository houses(m_db);
    FeeRepository fees(m_db);
    QHash<QString, int> seen; // house/item/period → line
    auto readRow = [&](const TableRow &source, auto cell, auto reject, MeterReadingPreview &result) -> Status {
        MeterReadingRow row;
        row.line = source.line;
        row.house = cell(QStringLiteral("house"));
        const QString itemText = cell(QStringLiteral("item"));
        const QString periodText = cell(QStringLiteral("period"));
        const QString quantityText = cell(QStringLiteral("quantity"));
        if (row.house.isEmpty() && itemText.isEmpty() && periodText.isEmpty() && quantityText.isEmpty())
            return {}; // a blank line
        const auto house = houses.houseByNumber(who, row.house);
        if (!house)
            return reject(tr("House: %1").arg(house.error()));
        row.houseId = house->id;
        row.house = house->number;
        const auto item = fees.itemByCode(who, itemText);
        if (!item)
            return reject(item.error());
        if (item->basis != FeeBasis::Metered)
            return reject(tr("Item: %1 is not metered.").arg(item->code));
        row.itemId = item->id;
        row.itemCode = item->code;
        const auto period = FeePeriod::parse(Validation::toHalfWidth(periodText));
        if (!period || period->cycle != item->cycle)
            return reject(tr("Period: \"%1\" is not a period of %2 (%3).")
                              .arg(periodText, item->code, FeeRules::cycleName(item->cycle)));
        row.period = period->code();
        const auto quantity = parseQuantity(quantityText);
        if (!quantity)
            return reject(tr("Quantity: \"%1\" is not a quantity (e.g. 12.5).").arg(quantityText));
        row.quantityMilli = *quantity;
        const auto count = FeeRepository::billCount(m_db, row.houseId, row.itemId, row.period);
        if (!count)
            return Failure{count.error()};
        if (*count > 0)
            return reject(tr("Quantity: %1 %2 of %3 is billed already; its reading can no longer change.")
                              .arg(row.itemCode, row.period, row.house));
        const QString key = QStringLiteral("%1/%2/%3").arg(row.houseId).arg(row.itemId).arg(row.period);
        if (const int first = seen.value(key); first > 0)
            return reject(tr("House: %1 %2 %3 is on line %4 already.").arg(row.house, row.itemCode, row.period).arg(first));
        seen.insert(key, row.line);
        result.rows << row;
        return {};
    };
    return ImportSteps::readRows<MeterReadingPreview>(table, *columns, fileName, readRow);
}

Result<MeterReadingResult> MeterReadingImport::commit(const Session &who, const MeterReadingPreview &preview)
{
    FeeRepository fees(m_db);
    // Every reading or none: each one is a savepoint inside the import's transaction.
    auto writeRow = [&](const MeterReadingRow &row, MeterReadingResult &result) -> Status {
        if (Status s = fees.recordReading(who, {row.houseId, row.itemId, row.period, row.quantityMilli}); !s)
            return s;
        ++result.imported;
        return {};
    };
    auto summary = [&](const MeterReadingResult &result) {
        return tr("%1 (%2): readings imported %3, rejected %4")
            .arg(preview.fileName, preview.encoding)
            .arg(result.imported)
            .arg(result.rejected.size());
    };
    return ImportSteps::commitRows<MeterReadingResult>(
        m_db, who,
        {Permission::CollectFees, QStringLiteral("meter_reading"), tr("Line %1: %2 Nothing was imported.")},
        preview, writeRow, summary);
}

Result<MeterReadingResult> MeterReadingImport::importFile(const Session &who, const QString &path)
{
    return ImportSteps::importFile(*this, who, path);
}
