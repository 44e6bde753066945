#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

struct MeterReadingIssue
{
    int line = 0;
    QString message; // names the field and the reason
};

struct MeterReadingRow
{
    int line = 0;
    qint64 houseId = 0;
    QString house;
    qint64 itemId = 0;
    QString itemCode;
    QString period; // the item's cycle: 2026-07, 2026Q3, ...
    qint64 quantityMilli = 0;
};

struct MeterReadingPreview
{
    QString fileName;
    QString encoding;
    QList<MeterReadingRow> rows;
    QList<MeterReadingIssue> rejected;
};

struct MeterReadingResult
{
    int imported = 0;
    QList<MeterReadingIssue> rejected;
};

// Metered quantities 抄表读数 (SPEC 13: water, electricity, gas by the unit) from the office's
// sheet: 房号, 收费项目, 所属期间, 用量 — CSV or XLSX, Chinese or English headers, the encodings
// of SPEC 9.1. A period already billed is refused; importing the same sheet again changes
// nothing. preview() changes nothing; commit() writes every valid row in one transaction.
class MeterReadingImport
{
    Q_DECLARE_TR_FUNCTIONS(MeterReadingImport)

public:
    explicit MeterReadingImport(Database &db) : m_db(db) {}

    Result<MeterReadingPreview> preview(const Session &who, const QString &path);
    Result<MeterReadingPreview> preview(const Session &who, const Table &table, const QString &fileName);
    Result<MeterReadingResult> commit(const Session &who, const MeterReadingPreview &preview);
    Result<MeterReadingResult> importFile(const Session &who, const QString &path);

    static QString columnKey(const QString &header); // house / item / period / quantity
    // "12.5", "1,234.567" → thousandths of a unit; nullopt when it is not a quantity.
    static std::optional<qint64> parseQuantity(const QString &text);

private:
    Database &m_db;
};
