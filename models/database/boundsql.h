#pragma once

#include "models/database/query.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

// A statement with its bound values, as a list or a search runs it: lets the query-plan test
// EXPLAIN exactly what the program runs, and the benchmarks run it through another driver.
struct BoundSql
{
    QString sql;
    QList<QPair<QString, QVariant>> values;

    void bind(const QString &name, const QVariant &value) { values << qMakePair(name, value); }
    void bindTo(Query &q) const
    {
        for (const auto &[name, value] : values)
            q.bind(name, value);
    }
};
