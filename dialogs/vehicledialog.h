#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/residentfile.h"
#include "models/domain/session.h"

class QDateEdit;
class QLineEdit;
class VehicleRepository;

// Registers a resident's vehicle. An unusual plate is a warning to confirm, not a refusal.
class VehicleDialog : public FormDialog
{
    Q_OBJECT

public:
    VehicleDialog(VehicleRepository &vehicles, const Session &actor, qint64 residentId, const QDate &today,
                  QWidget *parent = nullptr);
    void accept() override;

private:
    VehicleRepository &m_vehicles;
    Session m_actor;
    qint64 m_residentId;
    QLineEdit *m_plate;
    QLineEdit *m_type;
    QLineEdit *m_colour;
    QLineEdit *m_space;
    QDateEdit *m_validUntil;
    QString m_confirmedPlate;
};
