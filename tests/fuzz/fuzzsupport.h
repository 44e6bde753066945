#pragma once

// What every fuzz target shares: a QCoreApplication (Qt's text codecs and the resources need
// one) and, for the importers, an estate database opened once and reused for every input.
// The importers are run so that they change nothing (a roster preview, a ledger dry run), so
// one input cannot influence the next.

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Fuzz {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "estatedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline Database &database()
{
    static QTemporaryDir dir;
    static ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC));
    static std::unique_ptr<Database> db = [] {
        application();
        auto opened = std::make_unique<Database>(clock);
        const Status status = opened->openSqlite(dir.filePath(QStringLiteral("fuzz.db")));
        if (!status) {
            std::fprintf(stderr, "cannot open the fuzz database: %s\n", qPrintable(status.error()));
            std::abort();
        }
        return opened;
    }();
    return *db;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Fuzz
