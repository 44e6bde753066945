#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What every export file shares: cells that a spreadsheet cannot mistake for formulas, and
// files that only their owner may read (they hold personal data; the database itself is 0600).
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // Excel, WPS and LibreOffice run a CSV cell that starts with = + - @ (or a tab or carriage
    // return before one) as a formula. Such a cell gets a leading apostrophe, the spreadsheets'
    // own "this is text" mark; so does a cell that already starts with apostrophes before one,
    // so that unprotectCell() can tell them apart. Plain numbers (-35.50) stay numbers.
    static QString protectCell(const QString &text);
    // Undoes protectCell(): one apostrophe less before a formula character, anything else as it is.
    static QString unprotectCell(const QString &text);
    // protectCell(), then quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    static QString csvField(const QString &text);
    // One CSV line with CRLF.
    static QString csvLine(const QStringList &fields);

    // Writes the whole file or nothing (QSaveFile), readable and writable by its owner only.
    static Status write(const QString &path, const QByteArray &data);
    // Owner-only permissions for a file another library wrote (libxlsxwriter, QPdfWriter).
    // False where the file system keeps no such permissions (a FAT stick); the file stays.
    static bool restrictToOwner(const QString &path);
};
