#include "dialogs/vehicledialog.h"

#include "models/domain/formats.h"
#include "models/domain/validation.h"
#include "models/repositories/vehiclerepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

VehicleDialog::VehicleDialog(VehicleRepository &vehicles, const Session &actor, qint64 residentId, const QDate &today,
                             QWidget *parent)
    : FormDialog(parent), m_vehicles(vehicles), m_actor(actor), m_residentId(residentId), m_plate(new QLineEdit(this)),
      m_type(new QLineEdit(this)), m_colour(new QLineEdit(this)), m_space(new QLineEdit(this)),
      m_validUntil(new QDateEdit(today.addYears(1), this))
{
    setWindowTitle(tr("Register a vehicle"));
    m_plate->setObjectName(QStringLiteral("plate"));
    m_type->setObjectName(QStringLiteral("vehicleType"));
    m_colour->setObjectName(QStringLiteral("colour"));
    m_space->setObjectName(QStringLiteral("parkingSpace"));
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_plate->setPlaceholderText(tr("e.g. 粤B12345"));
    m_type->setPlaceholderText(tr("e.g. car, SUV, motorcycle"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(Formats::date());
    auto *form = new QFormLayout;
    form->addRow(tr("&Plate:"), m_plate);
    form->addRow(tr("Vehicle &type:"), m_type);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("Parking &space:"), m_space);
    form->addRow(tr("&Valid until:"), m_validUntil);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_plate, {tr("Plate")});
    registerField(m_type, {tr("Vehicle type")});
    registerField(m_validUntil, {tr("Valid until")});
    setMinimumWidth(380);
}

void VehicleDialog::accept()
{
    VehicleRecord vehicle;
    vehicle.residentId = m_residentId;
    vehicle.plate = m_plate->text();
    vehicle.vehicleType = m_type->text();
    vehicle.colour = m_colour->text();
    vehicle.parkingSpace = m_space->text();
    vehicle.validUntil = m_validUntil->date();
    // A plate outside the national formats is asked about once; OK again registers it.
    const auto checked = Validation::checkPlate(vehicle.plate);
    if (!checked) {
        showError(checked.error(), m_plate);
        return;
    }
    const QString normalized = checked.value();
    const QString warning = Validation::plateWarning(normalized);
    if (!warning.isEmpty() && m_confirmedPlate != normalized) {
        m_confirmedPlate = normalized;
        showError(warning + QLatin1Char(' ') + tr("Press OK again to register it as it is."), m_plate);
        return;
    }
    const auto id = m_vehicles.add(m_actor, vehicle);
    if (!id) {
        showFieldError(id.error());
        return;
    }
    FormDialog::accept();
}
