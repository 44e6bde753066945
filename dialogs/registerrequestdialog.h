#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/holidaycalendar.h"
#include "models/domain/session.h"
#include "models/repositories/requestrepository.h"

#include <QTimeZone>

class Clock;
class InstantEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class ResidentRepository;

// Registers a repair, complaint or enquiry as the first-contact clerk takes it. Shows
// the deadlines the request will get as the class is chosen, and warns when they reach
// into a year whose official holiday schedule is not loaded.
class RegisterRequestDialog : public FormDialog
{
    Q_OBJECT

public:
    RegisterRequestDialog(RequestRepository &requests, ResidentRepository *residents, const Session &actor,
                          const HolidayCalendar &calendar, const QTimeZone &zone, const Clock &clock,
                          QWidget *parent = nullptr);
    void accept() override;

    NewRequest collect() const;
    const RegisteredRequest &registered() const { return m_registered; }
    QString deadlineText() const;
    QString warningText() const;
    void lookUpResident(const QString &text);

private:
    void kindChanged();
    void channelChanged();
    void updateDeadlines();
    void chooseResident(int row);

    RequestRepository &m_requests;
    ResidentRepository *m_residents;
    Session m_actor;
    HolidayCalendar m_calendar;
    QTimeZone m_zone;
    const Clock &m_clock;
    RegisteredRequest m_registered;
    std::optional<qint64> m_residentId;

    QComboBox *m_kind;
    QComboBox *m_class;
    QComboBox *m_channel;
    QLineEdit *m_lookup;
    QListWidget *m_hits;
    QLineEdit *m_reporter;
    QLineEdit *m_phone;
    QLineEdit *m_house;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QComboBox *m_against;
    QCheckBox *m_major;
    QCheckBox *m_signature;
    QCheckBox *m_agreed;
    InstantEdit *m_agreedAt;
    QLabel *m_deadlines;
    QLabel *m_warning;
};
