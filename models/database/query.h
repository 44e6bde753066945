#pragma once

#include "models/domain/result.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>

class Database;

// A prepared statement with bound values and a user-facing error on failure. The statement
// comes from the database's StatementCache when one for the same SQL is free (prepared once,
// given back finished and unbound when this Query ends).
class Query
{
public:
    Query(const Database &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString &name) const { return m_query->value(name); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    // Releases a statement read only in part, so that a transaction can commit.
    void finish() { m_query->finish(); }
    QSqlQuery &raw() { return *m_query; }

    // Runs a query expected to return one integer (COUNT, MAX, RETURNING id).
    Result<qint64> scalar();

    // Runs the query and reads every row with read(query).
    template<typename Read>
    auto rows(Read read) -> Result<QList<decltype(read(*this))>>
    {
        if (Status s = exec(); !s)
            return Failure{s.error()};
        QList<decltype(read(*this))> list;
        while (next())
            list << read(*this);
        return list;
    }
    // Runs the query: the first column of every row, as text.
    Result<QStringList> texts()
    {
        return rows([](Query &q) { return q.value(0).toString(); });
    }

    // How many statements this process has executed: lets tests prove that a
    // screen refresh or a timer tick does not touch the database.
    static quint64 executionCount();

private:
    const Database &m_db;
    std::shared_ptr<struct StatementCacheEntry> m_lent; // from the cache, or null
    QSqlQuery m_own;                                   // when none was free
    QSqlQuery *m_query = nullptr;                      // one of the two
    QString m_sql;
    bool m_prepared = false;
};
