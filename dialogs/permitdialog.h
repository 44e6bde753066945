#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class HouseRepository;
class PermitRepository;
class QDateEdit;
class QLineEdit;

// Issues a decoration permit (装修许可证) for a house.
class PermitDialog : public FormDialog
{
    Q_OBJECT

public:
    PermitDialog(PermitRepository &permits, HouseRepository &houses, const Session &actor, const QString &houseNumber,
                 qint64 applicantId, const QDate &today, QWidget *parent = nullptr);
    void accept() override;

private:
    PermitRepository &m_permits;
    HouseRepository &m_houses;
    Session m_actor;
    qint64 m_applicantId;
    QLineEdit *m_house;
    QLineEdit *m_number;
    QLineEdit *m_company;
    QLineEdit *m_certificate;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_deposit;
};
