#pragma once

#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"
#include "models/io/ledgerrequestwriter.h"
#include "models/io/texttable.h"

#include <QCoreApplication>
#include <QList>

class Database;
class RequestRepository;

struct ImportRejection
{
    int line = 0;
    QString reason; // translated
};

struct ImportReport
{
    int imported = 0;
    int alreadyPresent = 0; // rows of an earlier import: same time, reporter and content
    QList<ImportRejection> rejected;
};

// SPEC 9.2: repair and complaint ledgers (报修台账 / 投诉台账) from Excel. Bad rows are
// listed with their line and reason; the good rows go in together in one transaction;
// a row already imported is skipped. Deadlines come from the limits in force, exactly
// as if the request had been registered live.
class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    LedgerImporter(Database &db, RequestRepository &requests);

    // A CSV file (UTF-8 or GB18030) or an Excel workbook (.xlsx, its first sheet).
    // dryRun: check every row and count what would come in, change nothing (the preview).
    Result<ImportReport> importFile(const Session &who, RequestKind kind, const QString &path, bool dryRun = false);
    Result<ImportReport> importTable(const Session &who, RequestKind kind, const TextTable &table,
                                     const QString &source = {}, bool dryRun = false);
    // The file read into a table (header first), whatever its format.
    static Result<TextTable> readFile(const QString &path);
    // A table as TableReader read it, its first row the header.
    static Result<TextTable> fromTable(const Table &table);

private:
    Database &m_db;
    RequestRepository &m_requests;
    LedgerRequestWriter m_writer;
};
