#pragma once

#include "models/database/transaction.h"
#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/tablecolumns.h"
#include "models/io/tablereader.h"
#include "models/repositories/auditlog.h"

#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// The steps every importer (house list, roster, arrears ledger, meter readings) takes the same
// way. The importer keeps its own rules and its own messages (translated in its own tr()
// context); these steps hold the order: permission, header row, one row at a time with
// rejections by line, then one transaction with the rows, the audit row and the commit.
namespace ImportSteps {

// What the header row must hold. The messages are the importer's, already translated.
struct Header
{
    Permission permission;                     // AuditLog::require(who, permission, what)
    QString what;                              // the audit log's entity
    QString empty;                             // the table has no rows at all
    QList<QPair<QString, QString>> required;   // (key, label) of the columns that must be there
    QString missing;                           // %1: the labels of the columns not found
};

// The permission, then the header row read into columns; a failure names what is wrong.
Result<TableColumns> readHeader(Database &db, const Session &who, const Table &table, TableColumns::KeyOf keyOf,
                                const Header &header);

// Reads the data rows (all but the header) into a preview: readRow(source, cell, reject, preview)
// is called for each, with cell(key) the row's cell of a column and reject(message) noting the
// row as refused (it returns an ok Status, so `return reject(...)` moves to the next row). A
// failure that readRow returns stops the preview with that message.
template<typename Preview, typename ReadRow>
Result<Preview> readRows(const Table &table, const TableColumns &columns, const QString &fileName, ReadRow readRow)
{
    Preview result;
    result.fileName = fileName;
    result.encoding = table.encoding;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const TableRow &source = table.rows.at(r);
        auto cell = [&](const QString &key) { return columns.cell(source, key); };
        auto reject = [&](const QString &message) {
            result.rejected.append({source.line, message});
            return Status();
        };
        if (Status s = readRow(source, cell, reject, result); !s)
            return Failure{s.error()};
    }
    return result;
}

// What a commit checks and writes besides the rows.
struct Commit
{
    Permission permission; // AuditLog::require(who, permission, what), before the transaction
    QString what;          // the audit log's entity of the "import" row
    QString atLine;        // a row's failure: %1 the line, %2 the reason (nothing is imported)
};

// The permission, then one transaction: writeRow(row, result) for each previewed row (a failure
// rolls everything back and names the line), the audit row "import" with summary(result) as
// its detail, commit. The result starts with the preview's rejected rows.
template<typename ImportResult, typename Preview, typename WriteRow, typename Summary>
Result<ImportResult> commitRows(Database &db, const Session &who, const Commit &steps, const Preview &preview,
                                WriteRow writeRow, Summary summary)
{
    AuditLog audit(db);
    if (Status allowed = audit.require(who, steps.permission, steps.what); !allowed)
        return Failure{allowed.error()};
    ImportResult result;
    result.rejected = preview.rejected;
    Transaction tx(db);
    for (const auto &row : preview.rows) {
        if (Status s = writeRow(row, result); !s)
            return Failure{QString(steps.atLine).arg(row.line).arg(s.error())};
    }
    if (Status s = audit.record(who, QStringLiteral("import"), steps.what, {}, {}, {}, summary(result)); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return result;
}

// A file read into a table and previewed (importer.preview(who, table, fileName)).
template<typename Importer>
auto previewFile(Importer &importer, const Session &who, const QString &path)
    -> decltype(importer.preview(who, Table{}, QString()))
{
    const auto table = TableReader::readFile(path);
    if (!table)
        return Failure{table.error()};
    return importer.preview(who, table.value(), QFileInfo(path).fileName());
}

// A file previewed, then committed.
template<typename Importer>
auto importFile(Importer &importer, const Session &who, const QString &path)
    -> decltype(importer.commit(who, *importer.preview(who, path)))
{
    const auto previewed = importer.preview(who, path);
    if (!previewed)
        return Failure{previewed.error()};
    return importer.commit(who, previewed.value());
}

} // namespace ImportSteps
