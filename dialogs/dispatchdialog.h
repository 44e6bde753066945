#pragma once

#include "dialogs/requeststepdialog.h"
#include "models/repositories/userrepository.h"

class QComboBox;
class QLineEdit;

// 派工: who receives the co-sign form, in which department, handed over by whom and
// when; written to the handover record (会签单交接记录).
class DispatchDialog : public RequestStepDialog
{
    Q_OBJECT

public:
    DispatchDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                   const QList<UserRecord> &staff, const QTimeZone &zone, const Clock &clock,
                   QWidget *parent = nullptr);
    void accept() override;
    // The roles whose staff work in a department (engineering: technicians); empty for a
    // department without accounts (cleaning, landscaping: contractors, typed by name).
    static QList<Role> rolesOf(const QString &department);

private:
    void fillReceivers();

    QComboBox *m_department;
    QComboBox *m_receiver;
    QLineEdit *m_handedBy;
    QLineEdit *m_note;
    QList<UserRecord> m_staff;
    ServiceRequest m_given;
};
