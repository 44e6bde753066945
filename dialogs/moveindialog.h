#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class HouseRepository;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class ResidentRepository;

// Links a resident to a house with a role from a date (入住).
class MoveInDialog : public FormDialog
{
    Q_OBJECT

public:
    MoveInDialog(ResidentRepository &residents, HouseRepository &houses, const Session &actor, qint64 residentId,
                 const QString &houseNumber, const QDate &today, QWidget *parent = nullptr);
    void accept() override;

private:
    ResidentRepository &m_residents;
    HouseRepository &m_houses;
    Session m_actor;
    qint64 m_residentId;
    QLineEdit *m_house;
    QComboBox *m_role;
    QDateEdit *m_date;
    QCheckBox *m_create;
};
