#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

class Database;

// SPEC 9.3: one row per request registered in a month, with the stable English column
// keys. On-time columns are yes / no / pending (as of the export) / empty (no such
// deadline for the class); instants in ISO 8601 with the estate's offset; fee in yuan.
class RequestExporter
{
    Q_DECLARE_TR_FUNCTIONS(RequestExporter)

public:
    explicit RequestExporter(Database &db); // in the zone of the settings
    RequestExporter(Database &db, const QTimeZone &zone) : m_db(db), m_zone(zone) {} // the caller's

    static QStringList columns();
    // The header translated for the GUI's export (same columns, same order).
    static QStringList translatedColumns();
    // Requests registered in the estate's calendar month; voided requests are left out.
    Result<QList<QStringList>> rows(const Session &who, int year, int month, const QDateTime &asOf);
    // UTF-8 with BOM so that Excel opens it; returns the number of requests written. Audited.
    // The GUI writes the same columns under translated headers (translatedHeader).
    Result<int> writeCsv(const Session &who, int year, int month, const QString &path, bool translatedHeader = false);

    static QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
    static QString yuan(qint64 fen); // 3550 -> "35.50"

private:
    Database &m_db;
    QTimeZone m_zone; // the estate's
};
