#pragma once

#include <QDateTime>

// Every reading of "now" goes through a Clock so that tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always in UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move (tests, demo data, `--now`).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &when) { m_now = when.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Instants are stored as integer milliseconds since the epoch, UTC, everywhere.
inline qint64 toStored(const QDateTime &when)
{
    return when.toMSecsSinceEpoch();
}

inline QDateTime fromStored(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
