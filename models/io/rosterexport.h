#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Writes the residents, one row per resident and current house, with the columns of the
// roster import (SPEC 9.1), so that an export imports again. CSV is UTF-8 with a BOM for Excel.
// Document numbers are in full only for sessions allowed to see them; every export is audited.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(RosterExport)

public:
    enum class Headers { Keys, Translated };

    explicit RosterExport(Database &db) : m_db(db) {}

    // By file name: .xlsx or .csv. Returns the number of rows written.
    Result<int> exportFile(const Session &who, const QString &path, Headers headers = Headers::Keys);

    static QStringList columnKeys();
    static QStringList translatedHeaders();
    static QString csvField(const QString &text);

private:
    Result<QList<QStringList>> rows(const Session &who);

    Database &m_db;
};
