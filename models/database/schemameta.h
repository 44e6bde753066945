#pragma once

#include <QSqlDatabase>
#include <QString>

// What an EstateDesk database says of itself in schema_meta: whose it is and its schema version.
// Read before a file is trusted (opening it, verifying a backup, restoring one).
struct SchemaMeta
{
    QString application;
    int version = -1; // -1: no schema_meta, or no version in it

    static SchemaMeta read(const QSqlDatabase &db);
};
