#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A spreadsheet read into text cells, each row with the line (CSV) or row number (XLSX)
// the user sees in their editor, so that a rejected row can be pointed at.
struct TableRow
{
    int line = 0;
    QStringList cells;
};

struct Table
{
    QString encoding; // "UTF-8", "GB18030", "UTF-16", "XLSX"
    QList<TableRow> rows; // the header first; rows with no text are left out
};

// The one reader of tables for every import (rosters, ledgers, house lists): CSV as Excel
// and WPS save it, and the first sheet of an .xlsx workbook. Files beyond ImportLimits
// (rows, columns, cell length, unpacked size) are refused with the line or cell named.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    // By file name: .xlsx is a workbook (its first sheet), anything else CSV.
    static Result<Table> readFile(const QString &path);

    // UTF-8 with or without BOM, UTF-16 with BOM, otherwise GB18030 (which includes GBK).
    static Result<Table> readCsv(const QByteArray &bytes);
    static Result<Table> readXlsx(const QString &path);
    static Result<Table> readXlsxData(const QByteArray &bytes);

    // Decodes and reports which encoding was found. Valid UTF-8 is UTF-8; a file that is
    // UTF-8 but for a damaged character is refused at that character's line; only a file
    // that is not UTF-8-like as a whole is read as GB18030.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding);
    // RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks. A quote
    // never closed, or text after a closing quote, is an error at the line the field began.
    static Result<QList<TableRow>> parseCsv(const QString &text);

private:
    static Failure tooLarge(const QString &path);
};
