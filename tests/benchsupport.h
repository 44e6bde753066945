#pragma once

// What the benchmarks share: the large estate (SPEC 12) made once and kept in a cache folder,
// an empty estate to compare with, the same SQL through the bare sqlite3 C API on the same
// file and pragmas, and the lines the benchmarks print:
//   RATIO <name> <program_ms> <raw_ms>    the program against libsqlite3 alone
//   SCALE <name> <large_ms> <empty_ms>    the large estate against an empty one
// Each figure is the median of several runs. ESTATEDESK_BENCH_DB names an existing database
// to use instead; ESTATEDESK_BENCH_SEED the seed of the generated one (1); ESTATEDESK_BENCH_REPS
// the repetitions (7).
#include "models/database/boundsql.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/repositories/demodata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace Bench {

inline quint32 seed()
{
    const QByteArray s = qgetenv("ESTATEDESK_BENCH_SEED");
    return s.isEmpty() ? 1u : s.toUInt();
}

inline int repetitions()
{
    const QByteArray s = qgetenv("ESTATEDESK_BENCH_REPS");
    return s.isEmpty() ? 7 : qMax(1, s.toInt());
}

inline QString cacheFolder()
{
    QString base = QString::fromLocal8Bit(qgetenv("XDG_CACHE_HOME"));
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base + QStringLiteral("/estatedesk-bench");
}

// The large estate: ESTATEDESK_BENCH_DB, else the cached large-SEED.sqlite, made on first use
// by the demo generator (5,000 houses, 36 months) on the system clock.
inline QString largeEstate()
{
    const QString given = QString::fromLocal8Bit(qgetenv("ESTATEDESK_BENCH_DB"));
    if (!given.isEmpty())
        return given;
    const QString path = cacheFolder() + QStringLiteral("/large-%1.sqlite").arg(seed());
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(cacheFolder());
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        SystemClock clock;
        Database db(clock);
        if (Status s = db.openSqlite(part); !s)
            qFatal("cannot create %s: %s", qPrintable(part), qPrintable(s.error()));
        DemoData::Options options;
        options.houses = 5000;
        options.months = 36;
        options.seed = seed();
        const auto summary = DemoData(db).generate(options);
        if (!summary)
            qFatal("generating the large estate failed: %s", qPrintable(summary.error()));
        std::printf("GENERATED %s in %lld s: %s\n", qPrintable(path), timer.elapsed() / 1000,
                    qPrintable(summary.value()));
    }
    if (!QFile::rename(part, path))
        qFatal("cannot rename %s", qPrintable(part));
    return path;
}

// An estate with the demo staff, one house and the open requests of the demo: the program's
// fixed costs without the years of history.
inline QString emptyEstate(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    SystemClock clock;
    Database db(clock);
    if (Status s = db.openSqlite(path); !s)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(s.error()));
    DemoData::Options options;
    options.houses = 1;
    options.months = 0;
    if (const auto summary = DemoData(db).generate(options); !summary)
        qFatal("empty estate: %s", qPrintable(summary.error()));
    return path;
}

// The median of `reps` runs after one to warm up, in milliseconds.
inline double medianMs(const std::function<void()> &run, int reps = repetitions())
{
    run();
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < reps; ++i) {
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

inline void ratio(const char *name, double programMs, double rawMs)
{
    std::printf("RATIO %s %.3f %.3f\n", name, programMs, rawMs);
    std::fflush(stdout);
}

inline void scale(const char *name, double largeMs, double emptyMs)
{
    std::printf("SCALE %s %.3f %.3f\n", name, largeMs, emptyMs);
    std::fflush(stdout);
}

// The same file through libsqlite3 alone, with the program's connection pragmas.
class Raw
{
public:
    explicit Raw(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            qFatal("raw open %s failed", qPrintable(path));
        sqlite3_busy_timeout(m_db, 5000);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
    }
    ~Raw() { sqlite3_close(m_db); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            qWarning("raw: %s -- %s", sql, error);
            sqlite3_free(error);
        }
    }

    // Prepares, binds, steps through every row reading every column, finalizes: what a
    // hand-written program on libsqlite3 would do. Returns the rows.
    int run(const BoundSql &q)
    {
        sqlite3_stmt *stmt = prepare(q);
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            ++rows;
            const int columns = sqlite3_column_count(stmt);
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(stmt, c)) {
                case SQLITE_INTEGER: m_sink += sqlite3_column_int64(stmt, c); break;
                case SQLITE_TEXT: m_sink += sqlite3_column_bytes(stmt, c) + (sqlite3_column_text(stmt, c) ? 1 : 0); break;
                default: break;
                }
            }
        }
        if (rc != SQLITE_DONE)
            qWarning("raw step: %s", sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return rows;
    }

private:
    sqlite3_stmt *prepare(const BoundSql &q)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = q.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            qFatal("raw prepare failed: %s -- %s", sql.constData(), sqlite3_errmsg(m_db));
        for (const auto &[name, value] : q.values) {
            const int index = sqlite3_bind_parameter_index(stmt, name.toUtf8().constData());
            if (index == 0)
                continue;
            if (value.isNull()) {
                sqlite3_bind_null(stmt, index);
            } else if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else if (value.typeId() == QMetaType::Double) {
                sqlite3_bind_double(stmt, index, value.toDouble());
            } else {
                sqlite3_bind_int64(stmt, index, value.toLongLong());
            }
        }
        return stmt;
    }

public:
    // The first column of every row, as integers (ids to read next).
    QList<qint64> ids(const BoundSql &q)
    {
        QList<qint64> out;
        sqlite3_stmt *stmt = prepare(q);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out << sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return out;
    }

    sqlite3 *handle() const { return m_db; }
    // What was read, so that the reading is not optimised away.
    qint64 sink() const { return m_sink; }

private:
    sqlite3 *m_db = nullptr;
    qint64 m_sink = 0;
};

} // namespace Bench
