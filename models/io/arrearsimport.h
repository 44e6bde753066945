#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

struct ArrearsImportIssue
{
    int line = 0;
    QString message; // names the field and the reason
};

struct ArrearsImportRow
{
    int line = 0;
    qint64 houseId = 0;
    QString house;
    qint64 itemId = 0;
    QString itemCode;
    QString period;      // normalised: 2026-07, 2026Q3, 2026H1, 2026
    qint64 amountFen = 0;
    qint64 paidFen = 0;
    QDate dueDate;       // default: the period's last day
    bool alreadyOnFile = false; // a bill of this house, item and period exists: left as it is
};

struct ArrearsImportPreview
{
    QString fileName;
    QString encoding;
    QList<ArrearsImportRow> rows;
    QList<ArrearsImportIssue> rejected;
};

struct ArrearsImportResult
{
    int imported = 0;  // bills added
    int unchanged = 0; // already on file
    QList<ArrearsImportIssue> rejected;
};

// SPEC 9.5: the office's arrears ledger 欠费台账 (房号, 收费项目, 所属期间, 应收, 已收, 截止日期).
// Each row becomes a bill of the house (source 'ledger'); 已收 is a payment without a receipt
// number counted as paid at 00:00 of the period's first day. Importing twice adds nothing.
class ArrearsImport
{
    Q_DECLARE_TR_FUNCTIONS(ArrearsImport)

public:
    explicit ArrearsImport(Database &db) : m_db(db) {}

    Result<ArrearsImportPreview> preview(const Session &who, const QString &path);
    Result<ArrearsImportPreview> preview(const Session &who, const Table &table, const QString &fileName);
    Result<ArrearsImportResult> commit(const Session &who, const ArrearsImportPreview &preview);
    Result<ArrearsImportResult> importFile(const Session &who, const QString &path);

    static QString columnKey(const QString &header); // house / item / period / amount / paid / due_date

private:
    Database &m_db;
};
