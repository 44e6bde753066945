#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"

#include <QCoreApplication>
#include <QList>

class Database;

struct HouseListIssue
{
    int line = 0;
    QString message; // names the field and the reason
};

struct HouseListRow
{
    int line = 0;
    QString building;
    QString unit;
    QString room;
    qint64 areaCenti = -1; // -1: not given (kept as it is)
    QString type;          // code; empty: not given
    QString status;        // code; empty: not given
};

struct HouseListPreview
{
    QString fileName;
    QString encoding;
    QList<HouseListRow> rows;
    QList<HouseListIssue> rejected;
};

struct HouseListResult
{
    int imported = 0;  // houses added or updated
    int added = 0;
    int updated = 0;
    int unchanged = 0; // already on file as the row says
    QList<HouseListIssue> rejected;
};

// SPEC 9.5: the house list (楼栋, 单元, 房号, 面积, 类型, 状态), CSV or XLSX, Chinese or English
// headers, the encodings of SPEC 9.1. A house already on file is updated, not duplicated.
// preview() changes nothing; commit() writes every valid row in one transaction.
class HouseListImport
{
    Q_DECLARE_TR_FUNCTIONS(HouseListImport)

public:
    explicit HouseListImport(Database &db) : m_db(db) {}

    Result<HouseListPreview> preview(const Session &who, const QString &path);
    Result<HouseListPreview> preview(const Session &who, const Table &table, const QString &fileName);
    Result<HouseListResult> commit(const Session &who, const HouseListPreview &preview);
    Result<HouseListResult> importFile(const Session &who, const QString &path);

    static QString columnKey(const QString &header); // building / unit / room / area / type / status

private:
    Database &m_db;
};
