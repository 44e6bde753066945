#pragma once

#include "models/domain/result.h"

#include <QSqlQuery>
#include <QVariant>

class Database;

// A prepared statement with bound values and a user-facing error on failure.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // Releases a statement read only in part, so that a transaction can commit.
    void finish() { m_query.finish(); }
    QSqlQuery &raw() { return m_query; }

    // Runs a query expected to return one integer (COUNT, MAX, RETURNING id).
    Result<qint64> scalar();

    // How many statements this process has executed: lets tests prove that a
    // screen refresh or a timer tick does not touch the database.
    static quint64 executionCount();

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};
