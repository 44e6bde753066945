#include "models/database/transaction.h"

#include "models/database/database.h"

#include <QSqlError>

Transaction::Transaction(Database &db) : m_db(db)
{
    m_active = m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollbackTransaction();
}

Status Transaction::commit()
{
    if (!m_active) {
        if (m_open) {
            m_open = false;
            m_db.rollbackTransaction();
        }
        const QString reason = m_db.transactionError();
        return Failure{reason.trimmed().isEmpty()
                           ? Database::tr("The database transaction could not be started.")
                           : Database::tr("The database transaction could not be started: %1").arg(reason)};
    }
    m_active = false;
    m_open = false;
    if (!m_db.commitTransaction()) {
        const QString reason = m_db.connection().lastError().text();
        return Failure{reason.trimmed().isEmpty()
                           ? Database::tr("The change could not be saved because a part of it failed; nothing was saved.")
                           : Database::tr("The change could not be saved: %1").arg(reason)};
    }
    return {};
}
