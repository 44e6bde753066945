#include "models/database/transaction.h"

#include "models/database/database.h"

#include <QSqlError>

Transaction::Transaction(Database &db) : m_db(db)
{
    m_active = m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollbackTransaction();
}

Status Transaction::commit()
{
    if (!m_active)
        return Failure{Database::tr("The database transaction could not be started.")};
    m_active = false;
    if (!m_db.commitTransaction()) {
        const QString reason = m_db.connection().lastError().text();
        return Failure{reason.trimmed().isEmpty()
                           ? Database::tr("The change could not be saved because a part of it failed; nothing was saved.")
                           : Database::tr("The change could not be saved: %1").arg(reason)};
    }
    return {};
}
