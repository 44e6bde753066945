#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>

// A date and time typed in the estate's time zone, handed over as a UTC instant. Left
// untouched it hands back exactly the instant it was given (seconds included), so that
// "now" stays "now" and is never moved before a step recorded a few seconds earlier.
class InstantEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    InstantEdit(const QTimeZone &zone, QWidget *parent = nullptr);

    void setInstant(const QDateTime &utc);
    QDateTime instant() const;

private:
    QTimeZone m_zone;
    QDateTime m_given; // UTC
    QDateTime m_shown; // what setInstant displayed
};
