#include "models/database/query.h"

#include "models/database/database.h"
#include "models/database/statementcache.h"

#include <QSqlError>

#include <atomic>

namespace {
std::atomic<quint64> s_executions{0};
} // namespace

quint64 Query::executionCount()
{
    return s_executions.load(std::memory_order_relaxed);
}

Query::Query(const Database &db, const QString &sql) : m_db(db), m_sql(sql)
{
    const bool forwardOnly = db.dialect().streamsNestedResults();
    if (StatementCache *cache = db.statementCache())
        m_lent = cache->lend(sql, forwardOnly);
    if (m_lent) {
        m_query = &m_lent->query;
        m_prepared = true;
        return;
    }
    m_own = QSqlQuery(db.connection());
    m_query = &m_own;
    m_query->setForwardOnly(forwardOnly);
    m_prepared = m_query->prepare(sql);
}

Query::~Query()
{
    if (m_lent)
        StatementCache::giveBack(m_lent, m_db.dialect().streamsNestedResults());
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Status Query::exec()
{
    s_executions.fetch_add(1, std::memory_order_relaxed);
    if (m_db.statementsRefused()) // the transaction around this statement never started
        return Failure{Database::tr("The database is busy; nothing was saved. Try again.")};
    if (m_db.connectionLost()) // until the program has connected again
        return Failure{Database::tr("The connection to the database server was lost; nothing was saved. "
                                    "Connect again and retry.")};
    if (!m_prepared || !m_query->exec()) {
        m_db.noteFailure(m_query->lastError());
        qWarning("SQL failed: %s -- %s", qPrintable(m_sql), qPrintable(m_query->lastError().text()));
        return Failure{Database::tr("Database error: %1").arg(m_query->lastError().text())};
    }
    return {};
}

Result<qint64> Query::scalar()
{
    const Status status = exec();
    if (!status)
        return Failure{status.error()};
    if (!m_query->next())
        return Failure{Database::tr("Database error: the query returned no row.")};
    const qint64 value = m_query->value(0).toLongLong();
    m_query->finish(); // a statement left open would keep the transaction from committing
    return value;
}
