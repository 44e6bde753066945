#include "dialogs/instantedit.h"

#include "models/domain/formats.h"

InstantEdit::InstantEdit(const QTimeZone &zone, QWidget *parent) : QDateTimeEdit(parent), m_zone(zone)
{
    setTimeSpec(Qt::UTC); // the fields are the estate's wall clock; see instant()
    setDisplayFormat(Formats::dateTime());
    setCalendarPopup(true);
}

void InstantEdit::setInstant(const QDateTime &utc)
{
    m_given = utc.toUTC();
    const QDateTime local = m_given.toTimeZone(m_zone);
    m_shown = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
    setDateTime(m_shown);
}

QDateTime InstantEdit::instant() const
{
    const QDateTime shown = dateTime();
    if (m_given.isValid() && shown == m_shown)
        return m_given;
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}
