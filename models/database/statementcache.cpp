#include "models/database/statementcache.h"

#include <QRegularExpression>
#include <QSet>
#include <QVariant>

namespace {
// The named placeholders of a statement: ":name", not a PostgreSQL cast ("::text") nor a time
// in a literal ("12:30").
QStringList placeholdersOf(const QString &sql)
{
    static const QRegularExpression name(QStringLiteral("(?<![:\\w]):([A-Za-z_]\\w*)"));
    QStringList names;
    QSet<QString> seen;
    for (auto it = name.globalMatch(sql); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!seen.contains(found)) {
            seen.insert(found);
            names << found;
        }
    }
    return names;
}
} // namespace

std::shared_ptr<StatementCache::Entry> StatementCache::lend(const QString &sql, bool forwardOnly)
{
    if (const auto found = m_index.constFind(sql); found != m_index.cend()) {
        const auto it = found.value();
        if (it->second->inUse)
            return nullptr;
        m_entries.splice(m_entries.begin(), m_entries, it);
        it->second->inUse = true;
        return it->second;
    }
    auto entry = std::make_shared<Entry>();
    entry->query = QSqlQuery(m_connection);
    entry->query.setForwardOnly(forwardOnly);
    if (!entry->query.prepare(sql))
        return nullptr;
    entry->placeholders = placeholdersOf(sql);
    entry->inUse = true;
    m_entries.emplace_front(sql, entry);
    m_index.insert(sql, m_entries.begin());
    // The least recently lent statements that are not lent now make room.
    for (auto it = std::prev(m_entries.end()); int(m_entries.size()) > m_capacity && it != m_entries.begin();) {
        const auto here = it--;
        if (!here->second->inUse) {
            m_index.remove(here->first);
            m_entries.erase(here);
        }
    }
    return entry;
}

void StatementCache::giveBack(const std::shared_ptr<Entry> &entry, bool forwardOnly)
{
    QSqlQuery &q = entry->query;
    q.finish();
    // By name: binding by position would confuse a statement that repeats a name.
    for (const QString &placeholder : std::as_const(entry->placeholders))
        q.bindValue(placeholder, QVariant());
    q.setForwardOnly(forwardOnly);
    entry->inUse = false;
}

void StatementCache::clear()
{
    for (auto &[sql, entry] : m_entries) {
        // A statement still lent stays with its Query (it dies with it); the others go now.
        if (!entry->inUse)
            entry->query = QSqlQuery();
    }
    m_entries.clear();
    m_index.clear();
}
