#include "models/database/schemameta.h"

#include <QSqlQuery>
#include <QVariant>

SchemaMeta SchemaMeta::read(const QSqlDatabase &db)
{
    SchemaMeta meta;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM schema_meta"))) {
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("application"))
                meta.application = q.value(1).toString();
            else if (q.value(0).toString() == QLatin1String("schema_version"))
                meta.version = q.value(1).toInt();
        }
    }
    return meta;
}
