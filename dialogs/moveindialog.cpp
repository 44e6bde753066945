#include "dialogs/moveindialog.h"

#include "models/domain/formats.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

MoveInDialog::MoveInDialog(ResidentRepository &residents, HouseRepository &houses, const Session &actor,
                           qint64 residentId, const QString &houseNumber, const QDate &today, QWidget *parent)
    : FormDialog(parent), m_residents(residents), m_houses(houses), m_actor(actor), m_residentId(residentId),
      m_house(new QLineEdit(houseNumber, this)), m_role(new QComboBox(this)), m_date(new QDateEdit(today, this)),
      m_create(new QCheckBox(tr("Create the house if it is not on file yet"), this))
{
    setWindowTitle(tr("Move in"));
    m_house->setObjectName(QStringLiteral("house"));
    m_role->setObjectName(QStringLiteral("role"));
    m_date->setObjectName(QStringLiteral("moveInDate"));
    m_create->setObjectName(QStringLiteral("createHouse"));
    m_house->setPlaceholderText(tr("building-unit-room, e.g. 3-2-1201"));
    for (const QString &code : ResidentCodes::roles())
        m_role->addItem(ResidentCodes::roleName(code), code);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Formats::date());
    auto *form = new QFormLayout;
    form->addRow(tr("&House:"), m_house);
    form->addRow(QString(), m_create);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Moved in on:"), m_date);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_house, {tr("House"), tr("House number")});
    registerField(m_role, {tr("Role")});
    registerField(m_date, {tr("Move-in date")});
    setMinimumWidth(420);
}

void MoveInDialog::accept()
{
    const QString number = m_house->text().trimmed();
    const auto parts = HouseRepository::parseNumber(number);
    if (!parts) {
        showError(tr("House: \"%1\" is not written building-unit-room, e.g. 3-2-1201.").arg(number), m_house);
        return;
    }
    qint64 houseId = 0;
    if (m_create->isChecked()) {
        const auto id = m_houses.ensureHouse(m_actor, number);
        if (!id) {
            showFieldError(id.error());
            return;
        }
        houseId = id.value();
    } else {
        const auto id = m_houses.findHouse(parts->building, parts->unit, parts->room);
        if (!id) {
            showFieldError(id.error());
            return;
        }
        if (id.value() == 0) {
            showError(tr("House: %1 is not on file. Check the number, or tick \"Create the house\".").arg(number),
                      m_house);
            return;
        }
        houseId = id.value();
    }
    const auto link = m_residents.moveIn(m_actor, m_residentId, houseId, m_role->currentData().toString(),
                                         m_date->date());
    if (!link) {
        showFieldError(link.error());
        return;
    }
    FormDialog::accept();
}
