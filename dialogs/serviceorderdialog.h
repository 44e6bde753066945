#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/convenienceservices.h"
#include "models/domain/session.h"

class ServiceRepository;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// The service order 委托服务单 (seed 002): the resident's house, name and phone, the service of
// the published price list, from when to when, and the resident's signature on the paper form.
// The price and deposit of the chosen service are shown, so that the clerk can tell the resident.
class ServiceOrderDialog : public FormDialog
{
    Q_OBJECT

public:
    ServiceOrderDialog(ServiceRepository &services, const Session &actor, const QList<ServiceItem> &offered,
                       const QDate &today, QWidget *parent = nullptr);
    void accept() override;
    qint64 orderId() const { return m_orderId; }

private:
    void showTerms();

    ServiceRepository &m_services;
    Session m_actor;
    QList<ServiceItem> m_offered;
    QLineEdit *m_house;
    QLineEdit *m_resident;
    QLineEdit *m_phone;
    QComboBox *m_service;
    QLabel *m_terms;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QCheckBox *m_signed;
    qint64 m_orderId = 0;
};
