#pragma once

#include "models/domain/result.h"
#include "models/io/tablereader.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Which column of an imported table holds what: the importers' header row read once. Each
// importer names its columns by keys ("building", "room", ...) and knows the headers that
// mean each key, in Chinese and English.
class TableColumns
{
public:
    // The key a header cell means, or "" (the importer's own table of names).
    using KeyOf = QString (*)(const QString &header);

    TableColumns(const QStringList &headers, KeyOf keyFor);

    // A header cell as a lookup name: half-width, no byte-order mark, no '*' (required
    // columns are often starred), no spaces, lower case.
    static QString normalise(const QString &header);
    // The key of a header in a table of names (normalised names → keys).
    static QString keyOf(const QString &header, const QHash<QString, QString> &names);

    bool has(const QString &key) const { return m_index.contains(key); }
    // The labels of the required keys (key, label) that no column names.
    QStringList missing(const QList<QPair<QString, QString>> &required) const;
    // A row's cell of the key, trimmed and unprotected (see ExportFile); "" without the column.
    QString cell(const TableRow &row, const QString &key) const;

private:
    QHash<QString, int> m_index; // the first column of each key
};
