#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <list>
#include <memory>

// The prepared statements of one connection, kept for the next Query with the same SQL. A
// statement is prepared once instead of each time a repository runs it: on a file that saves
// SQLite's parsing and planning; on the office server it saves the PREPARE and DEALLOCATE round
// trips around each EXECUTE. A statement in use is lent to one Query at a time (another Query
// with the same SQL meanwhile prepares its own). Database empties the cache before it closes
// or reconnects the connection and after it migrated the schema.
struct StatementCacheEntry
{
    QSqlQuery query;
    QStringList placeholders; // the names in the SQL (:name), unbound when it is given back
    bool inUse = false;
};

class StatementCache
{
public:
    using Entry = StatementCacheEntry;

    StatementCache(const QSqlDatabase &connection, int capacity = 256) : m_connection(connection), m_capacity(capacity) {}
    ~StatementCache() { clear(); }

    // A statement prepared for sql, lent until given back; nullptr when it is already lent or
    // cannot be prepared (the caller prepares its own and reports the error).
    std::shared_ptr<Entry> lend(const QString &sql, bool forwardOnly);
    // Back from its Query: finished, its values unbound, ready for the next one.
    static void giveBack(const std::shared_ptr<Entry> &entry, bool forwardOnly);
    void clear();
    int size() const { return int(m_entries.size()); }

private:
    QSqlDatabase m_connection;
    int m_capacity;
    // Most recently lent first.
    std::list<std::pair<QString, std::shared_ptr<Entry>>> m_entries;
    QHash<QString, decltype(m_entries)::iterator> m_index;
};
