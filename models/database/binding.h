#pragma once

#include "models/database/clock.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are bound to and read back from nullable columns, in one place for every repository.
namespace Binding {

// A typed SQL NULL: an untyped QVariant would bind as a NULL of no type on some drivers.
inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Empty text is stored as NULL.
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

// For NOT NULL text columns: a null QString would be bound as SQL NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A reference to another row; 0 (or less) means none.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}

// An instant as stored (see toStored); an invalid one is stored as NULL.
inline QVariant storedOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(toStored(when)) : nullInt();
}

// A stored instant read back; NULL gives an invalid QDateTime.
inline QDateTime instantOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStored(value.toLongLong());
}

} // namespace Binding
