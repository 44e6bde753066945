#pragma once

#include "models/database/binding.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/repositories/settingsrepository.h"

#include <QDateTime>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

// Helpers shared by the gatehouse repositories.
namespace GateSupport {

// Gate records are identified by UUIDs made where they are written (SPEC 8: an offline seat
// pushes them to the office more than once without creating anything twice).
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The seat (device) a gate record was written on, unless the program names it otherwise.
inline QString defaultSeat()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("gate") : host;
}

// The instant something happened: as given, else now on the database's clock.
inline QDateTime occurred(const Database &db, const QDateTime &given)
{
    return given.isValid() ? given.toUTC() : db.clock().now();
}

using Binding::textOrNull;

// Runs the insert of a gate record with its stamp bound: :at (when it happened), :recorded
// (now), :guard and :seat.
inline Status execStamped(Query &q, const Database &db, const QDateTime &at, const QString &guard,
                          const QString &seat)
{
    q.bind(QStringLiteral(":at"), toStored(at));
    q.bind(QStringLiteral(":recorded"), toStored(db.clock().now()));
    q.bind(QStringLiteral(":guard"), guard).bind(QStringLiteral(":seat"), seat);
    return q.exec();
}

inline QVariant msOrNull(qint64 value, bool present)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<qlonglong>());
}

using Binding::instantOrNull;

} // namespace GateSupport
