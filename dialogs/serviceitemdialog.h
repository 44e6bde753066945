#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/convenienceservices.h"
#include "models/domain/session.h"

class ServiceRepository;
class QComboBox;
class QLineEdit;
class QSpinBox;

// One service of a draft price list: name, paid or free, price and unit, deposit, the
// subscribers it needs to break even, one-off or long-term.
class ServiceItemDialog : public FormDialog
{
    Q_OBJECT

public:
    ServiceItemDialog(ServiceRepository &services, const Session &actor, const ServiceItem &item,
                      QWidget *parent = nullptr);
    void accept() override;
    qint64 itemId() const { return m_item.id; }

private:
    void paidChanged();

    ServiceRepository &m_services;
    Session m_actor;
    ServiceItem m_item;
    QLineEdit *m_name;
    QComboBox *m_paid;
    QLineEdit *m_price;
    QLineEdit *m_unit;
    QLineEdit *m_deposit;
    QSpinBox *m_breakEven;
    QComboBox *m_term;
};
