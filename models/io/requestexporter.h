#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/spreadsheet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

class Database;

// SPEC 9.3: one row per request registered in a month, with the stable English column
// keys. On-time columns are yes / no / pending (as of the export) / empty (no such
// deadline for the class); instants in ISO 8601 with the estate's offset; fee in yuan.
// The GUI's export speaks the user's language instead: translated headers and values
// (报修, 是, 按时), and in XLSX the times are date cells and the fee a number with two decimals.
class RequestExporter
{
    Q_DECLARE_TR_FUNCTIONS(RequestExporter)

public:
    // Stable codes (the command line, SPEC 9.3) or the user's language (the GUI).
    enum class Language { Codes, Translated };

    explicit RequestExporter(Database &db); // in the zone of the settings
    RequestExporter(Database &db, const QTimeZone &zone) : m_db(db), m_zone(zone) {} // the caller's

    static QStringList columns();
    // The header translated for the GUI's export (same columns, same order).
    static QStringList translatedColumns();
    // Requests registered in the estate's calendar month; voided requests are left out.
    Result<QList<QStringList>> rows(const Session &who, int year, int month, const QDateTime &asOf,
                                    Language language = Language::Codes);
    // The same rows typed for a spreadsheet, with a total line (count and sum of the fees).
    Result<Sheet> sheet(const Session &who, int year, int month, const QDateTime &asOf, Language language);
    // By the file's extension: .xlsx writes a workbook, anything else CSV (UTF-8 with BOM so that
    // Excel opens it). Returns the number of requests written. Audited.
    Result<int> write(const Session &who, int year, int month, const QString &path, Language language);
    Result<int> writeCsv(const Session &who, int year, int month, const QString &path, bool translatedHeader = false);

    static bool isXlsx(const QString &path);
    static QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
    static QString yuan(qint64 fen); // 3550 -> "35.50"

private:
    struct Record;
    Result<QList<Record>> records(const Session &who, int year, int month, const QDateTime &asOf);
    QStringList text(const Record &r, Language language) const;
    QList<SheetCell> cells(const Record &r, Language language) const;
    Result<int> audited(const Session &who, int year, int month, const QString &path, int count);

    Database &m_db;
    QTimeZone m_zone; // the estate's
};
