#pragma once

#include <QTimeZone>

#include <functional>
#include <optional>

// The estate's time zone as the data layer uses it: read from the settings once
// (SettingsRepository::timeZone) and kept with the Database, forgotten when the setting is
// saved through SettingsRepository or another database is opened. Instants are stored in UTC;
// this is the zone they are shown in and days are counted in.
class EstateZone
{
public:
    // The zone kept, or read() once and kept.
    QTimeZone get(const std::function<QTimeZone()> &read)
    {
        if (!m_zone)
            m_zone = read();
        return *m_zone;
    }
    void forget() { m_zone.reset(); }

private:
    std::optional<QTimeZone> m_zone;
};
