#pragma once

#include "models/database/query.h"

#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

class Database;

// Many rows into one table: a multi-row INSERT of a fixed number of rows, prepared once and
// bound by position, and one more statement for the rest at the end. The caller holds the
// transaction around it.
class BulkInsert
{
public:
    BulkInsert(const Database &db, const QString &table, const QStringList &columns, int rowsPerStatement = 64);

    // One row: exactly as many values as columns.
    Status add(const QVariantList &row);
    // Writes what is still held back.
    Status flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    Status write(Query &q, int rows);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::unique_ptr<Query> m_full;
    std::vector<QVariant> m_pending;
    qint64 m_written = 0;
};
