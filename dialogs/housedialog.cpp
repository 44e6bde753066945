#include "dialogs/housedialog.h"

#include "models/repositories/houserepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

HouseDialog::HouseDialog(HouseRepository &houses, const Session &actor, const HouseRecord &house, QWidget *parent)
    : FormDialog(parent), m_houses(houses), m_actor(actor), m_house(house), m_area(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_status(new QComboBox(this)), m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("House %1").arg(house.number));
    m_area->setObjectName(QStringLiteral("area"));
    m_type->setObjectName(QStringLiteral("houseType"));
    m_status->setObjectName(QStringLiteral("houseStatus"));
    m_notes->setObjectName(QStringLiteral("houseNotes"));
    for (const QString &code : ResidentCodes::houseTypes())
        m_type->addItem(ResidentCodes::houseTypeName(code), code);
    for (const QString &code : ResidentCodes::houseStatuses())
        m_status->addItem(ResidentCodes::houseStatusName(code), code);
    m_type->setCurrentIndex(qMax(0, m_type->findData(house.type)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(house.status)));
    if (house.areaCenti >= 0)
        m_area->setText(QStringLiteral("%1.%2").arg(house.areaCenti / 100).arg(house.areaCenti % 100, 2, 10, QLatin1Char('0')));
    m_area->setPlaceholderText(tr("m², e.g. 89.50"));
    m_notes->setPlainText(house.notes);
    m_notes->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->addRow(tr("Floor &area (m²):"), m_area);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_area, {tr("Area")});
    registerField(m_type, {tr("Type")});
    registerField(m_status, {tr("Status")});
    setMinimumWidth(380);
}

void HouseDialog::accept()
{
    HouseRecord house = m_house;
    const QString area = m_area->text().trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,7})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(area);
    if (area.isEmpty()) {
        house.areaCenti = -1;
    } else if (!match.hasMatch()) {
        showError(tr("Area: \"%1\" is not a floor area in m² with at most two decimals, e.g. 89.50.").arg(area), m_area);
        return;
    } else {
        const QString decimals = match.captured(2);
        house.areaCenti = match.captured(1).toLongLong() * 100
                          + (decimals.isEmpty() ? 0 : decimals.size() == 1 ? decimals.toInt() * 10 : decimals.toInt());
    }
    house.type = m_type->currentData().toString();
    house.status = m_status->currentData().toString();
    house.notes = m_notes->toPlainText();
    if (Status s = m_houses.updateHouse(m_actor, house); !s) {
        showFieldError(s.error());
        return;
    }
    FormDialog::accept();
}
