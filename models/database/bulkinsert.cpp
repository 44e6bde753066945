#include "models/database/bulkinsert.h"

#include "models/database/database.h"

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_db(db), m_table(table), m_columns(columns), m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    m_pending.reserve(size_t(m_rowsPerStatement) * size_t(columns.size()));
}

QString BulkInsert::statement(int rows) const
{
    // Table and column names are the caller's constants; every value is a bound parameter.
    QString one = QStringLiteral("(");
    for (int c = 0; c < m_columns.size(); ++c)
        one += c == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    one += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", "))
                  + QStringLiteral(") VALUES ");
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += one;
    }
    return sql;
}

Status BulkInsert::write(Query &q, int rows)
{
    const int values = rows * int(m_columns.size());
    for (int i = 0; i < values; ++i)
        q.raw().bindValue(i, m_pending[size_t(i)]);
    Status s = q.exec();
    if (s)
        m_written += rows;
    m_pending.clear();
    return s;
}

Status BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    for (const QVariant &v : row)
        m_pending.push_back(v);
    if (m_pending.size() < size_t(m_rowsPerStatement) * size_t(m_columns.size()))
        return {};
    if (!m_full)
        m_full = std::make_unique<Query>(m_db, statement(m_rowsPerStatement));
    return write(*m_full, m_rowsPerStatement);
}

Status BulkInsert::flush()
{
    if (m_pending.empty())
        return {};
    const int rows = int(m_pending.size() / size_t(m_columns.size()));
    Query rest(m_db, statement(rows));
    return write(rest, rows);
}
