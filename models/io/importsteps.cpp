#include "models/io/importsteps.h"

namespace ImportSteps {

Result<TableColumns> readHeader(Database &db, const Session &who, const Table &table, TableColumns::KeyOf keyOf,
                                const Header &header)
{
    if (Status allowed = AuditLog(db).require(who, header.permission, header.what); !allowed)
        return Failure{allowed.error()};
    if (table.rows.isEmpty())
        return Failure{header.empty};
    TableColumns columns(table.rows.first().cells, keyOf);
    const QStringList missing = columns.missing(header.required);
    if (!missing.isEmpty())
        return Failure{QString(header.missing).arg(missing.join(QStringLiteral(", ")))};
    return columns;
}

} // namespace ImportSteps
