#pragma once

#include <QList>
#include <QStringList>

// A decoded spreadsheet: a header row and data rows, each with the line of the file it
// started on. Made from what TableReader read (LedgerImporter::fromTable); importers consume
// it, so the row processing never depends on how the file was stored.
struct TextTable
{
    struct Row
    {
        int line = 0; // 1-based line (CSV) or row (XLSX) number in the file
        QStringList cells;
    };

    QStringList header;
    int headerLine = 0;
    QList<Row> rows;

    // The column whose header is one of names (trimmed, case-insensitive), or -1.
    int column(const QStringList &names) const
    {
        for (int i = 0; i < header.size(); ++i) {
            for (const QString &name : names) {
                if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return i;
            }
        }
        return -1;
    }
};
