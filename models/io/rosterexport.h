#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Writes the residents, one row per resident and current house, with every column of the
// roster import (SPEC 9.1: plates, second mobile, landline, emergency contact and phone too),
// so that an export imports again into the same rows. CSV is UTF-8 with a BOM for Excel, its
// formula-like cells neutralised (ExportFile); files are readable by their owner only.
// SPEC 7: only administrators and managers export this personal data; every export is audited.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(RosterExport)

public:
    // Keys: column keys and codes (owner, male), as the command line writes them;
    // Translated: headers and values in the user's language (业主, 男), as the GUI writes them.
    enum class Headers { Keys, Translated };

    explicit RosterExport(Database &db) : m_db(db) {}

    // By file name: .xlsx or .csv. Returns the number of rows written.
    Result<int> exportFile(const Session &who, const QString &path, Headers headers = Headers::Keys);

    static QStringList columnKeys();
    static QStringList translatedHeaders();

private:
    Result<QList<QStringList>> rows();
    static Status writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &data);
    static void translateValues(QList<QStringList> &data);

    Database &m_db;
};
