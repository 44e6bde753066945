#pragma once

// What every fuzz target shares: a QCoreApplication (Qt's text codecs and the resources need
// one) and, for the importers, an estate database opened once and reused for every input.
// The importers are run so that they change nothing (a roster preview, a ledger dry run), so
// one input cannot influence the next.

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/io/tablereader.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

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

// The input as a table: the first sheet of a workbook when it is a ZIP, CSV otherwise.
inline Result<Table> table(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    return input.startsWith("PK") ? TableReader::readXlsxData(input) : TableReader::readCsv(input);
}

// The input through an importer's preview in the shared database (the preview changes
// nothing); empty when the input is no table or the preview refuses it as a whole.
template<typename Importer>
auto preview(const uint8_t *data, size_t size)
    -> std::optional<std::decay_t<decltype(*Importer(database()).preview(Session::commandLine(), Table{}, QString()))>>
{
    Database &db = database();
    const auto read = table(data, size);
    if (!read)
        return std::nullopt;
    const auto previewed = Importer(db).preview(Session::commandLine(), read.value(), QStringLiteral("fuzz.csv"));
    if (!previewed)
        return std::nullopt;
    return previewed.value();
}

} // namespace Fuzz
