#pragma once

#include "models/database/binding.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/formats.h"
#include "models/domain/session.h"
#include "models/repositories/settingsrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

// Small helpers shared by the resident-file repositories.
namespace RecordSupport {

using Binding::textOrNull;

// Who did it, as a record names them.
inline QString actorName(const Session &who)
{
    return who.displayName.isEmpty() ? who.username : who.displayName;
}

inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The estate's calendar day now (birth dates, move-in defaults).
inline QDate today(Database &db)
{
    return db.clock().now().toTimeZone(SettingsRepository(db).timeZone()).date();
}

// "changed by X at T" for a row whose version moved on; sql selects updated_by, updated_at by :id.
inline QString changedBy(Database &db, const QString &sql, qint64 id, const QString &what)
{
    Query q(db, sql);
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return QCoreApplication::translate("RecordSupport", "%1 no longer exists.").arg(what);
    const QDateTime at = fromStored(q.value(1).toLongLong()).toTimeZone(SettingsRepository(db).timeZone());
    return QCoreApplication::translate("RecordSupport",
                                       "%1 was changed by %2 at %3 after you opened it. Reload it and make "
                                       "your change again.")
        .arg(what, q.value(0).toString(), at.toString(Formats::dateTimeSeconds()));
}

} // namespace RecordSupport
