#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One cell of an exported sheet, with its type: a spreadsheet program sums, sorts and charts
// numbers, per cents, money and dates only when they are written as such, not as text.
struct SheetCell
{
    enum class Type { Empty, Text, Integer, Number, Percent, Money, Date, Month, DateTime, Formula };

    Type type = Type::Empty;
    QString text;       // Text; Formula: the formula without its "="
    double number = 0;  // Integer, Number, Percent (a fraction: 0.856), Money (yuan); Formula: its result
    int decimals = 1;   // Number
    QDate date;         // Date; Month: its first day
    QDateTime dateTime; // DateTime, as written (the caller converts it to the estate's zone)

    static SheetCell empty() { return {}; }
    static SheetCell of(const QString &value);
    static SheetCell integer(qint64 value);
    static SheetCell real(double value, int places);
    static SheetCell percent(double fraction);
    static SheetCell money(qint64 fen);
    static SheetCell day(const QDate &value);
    static SheetCell month(const QDate &firstDay); // a date shown yyyy-mm
    static SheetCell instant(const QDateTime &local); // empty when invalid
    // "SUM(B3:B9)" and its result as of writing: Excel works formulas out again on opening, but
    // LibreOffice (by default) and viewers show the result stored in the file.
    static SheetCell formula(const QString &expression, double result);

    // As printed: 85.6%, 35.50, 2026-03-04 08:15.
    QString display() const;
};

// One sheet: an optional title line, the header, the rows.
struct Sheet
{
    QString name; // at most 31 characters, none of []:*?/\ (the writer replaces them)
    QString title;
    QStringList header;
    QList<QList<SheetCell>> rows;
    QList<double> columnWidths; // in characters; the rest are sized from their content
};

// The one XLSX writer (libxlsxwriter) of the program: typed cells with number formats
// (0.0%, 0.00 for yuan, yyyy-mm-dd hh:mm), a bold frozen header, the whole file or nothing,
// readable by its owner only. Any path the user chose works, a Chinese folder on Windows too.
class SpreadsheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWriter)

public:
    static Status write(const QString &path, const QList<Sheet> &sheets);
    // What libxlsxwriter's workbook_new() is given for a path: UTF-8 on Windows (since 1.0 its
    // MSVC build converts it and opens the file with _wfopen, so a Chinese user or folder name
    // works; a MinGW build of libxlsxwriter still calls fopen), the file system's encoding elsewhere.
    static QByteArray nativePath(const QString &path);
    static QString sheetName(const QString &name, int number);
};
