#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/feequeries.h"

#include <QCoreApplication>
#include <QStringList>

// The arrears list 欠费清单 as an Excel workbook: one row per bill in arrears, the money
// (yuan) and the days overdue as number cells, the due date as a date cell, the ageing bucket,
// and a totals row. Written to a private temporary file, then the whole file or nothing,
// readable by its owner only (it names the owners); exportXlsx() records who exported it.
class Database;

class ArrearsExport
{
    Q_DECLARE_TR_FUNCTIONS(ArrearsExport)

public:
    static QStringList headers(); // translated
    static Status writeXlsx(const QList<ArrearsRow> &rows, const QString &path);
    // writeXlsx() for someone who collects fees, audited (the list names the owners).
    static Status exportXlsx(Database &db, const Session &who, const QList<ArrearsRow> &rows, const QString &path);
};
