#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// One problem with one row of a roster, by the line the user sees in the file.
struct RosterIssue
{
    int line = 0;
    QString message;
};

// A valid roster row, already normalised.
struct RosterRow
{
    int line = 0;
    QString building;
    QString unit;
    QString room;
    QString name;
    QString role; // owner/tenant/family
    QString gender;
    QString documentType = QStringLiteral("resident_id");
    QString documentNumber;
    QStringList mobiles;
    QString landline;
    QString emergencyContact;
    QString emergencyPhone;
    QDate moveIn;
    QStringList plates;
    QString notes;
};

struct RosterPreview
{
    QString fileName;
    QString encoding;
    QList<RosterRow> rows;         // will be imported (or found already on file)
    QList<RosterIssue> rejected;   // will not be imported
    QList<RosterIssue> warnings;   // imported, but worth a look (an unusual plate)
};

struct RosterImportResult
{
    int imported = 0;  // rows that added a resident or a resident's tie to a house
    int unchanged = 0; // rows already on file
    QList<RosterIssue> rejected;
};

// SPEC 9.1: resident rosters from CSV or XLSX with Chinese or English headers.
// preview() changes nothing; commit() imports every valid row in one transaction.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    explicit RosterImport(Database &db) : m_db(db) {}

    Result<RosterPreview> preview(const Session &who, const QString &path);
    Result<RosterPreview> preview(const Session &who, const Table &table, const QString &fileName);
    Result<RosterImportResult> commit(const Session &who, const RosterPreview &preview);
    // preview() then commit().
    Result<RosterImportResult> importFile(const Session &who, const QString &path);

    // The column key ("building", "id_number" ...) a header names, or empty.
    static QString columnKey(const QString &header);

private:
    Database &m_db;
};
