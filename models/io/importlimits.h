#pragma once

#include <QtGlobal>

// The most an imported file may hold. Every reader of rosters, ledgers, workbooks and
// calendars checks against these, so that a damaged or hostile file is refused with a
// message instead of exhausting memory. They are far above what an office keeps in one sheet.
namespace ImportLimits {

constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;     // a CSV, XLSX or calendar file
constexpr int kMaxRows = 200000;                        // rows of a sheet, header included
constexpr int kMaxColumns = 200;                        // columns of a row
constexpr qint64 kMaxCells = 5000000;                   // cells of a sheet, blanks between included
constexpr qsizetype kMaxFieldChars = 64 * 1024;         // characters of one cell
constexpr qsizetype kMaxLineChars = 1024 * 1024;        // characters of one line of a CSV file

constexpr int kMaxZipEntries = 10000;                   // parts of a workbook
constexpr qint64 kMaxInflatedPart = 100 * 1024 * 1024;  // a workbook part once unpacked

// Excel's own bounds for a cell reference (XFD1048576).
constexpr int kMaxSheetRow = 1048576;
constexpr int kMaxSheetColumn = 16384;

} // namespace ImportLimits
