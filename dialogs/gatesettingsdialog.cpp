#include "dialogs/gatesettingsdialog.h"

#include "models/domain/money.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/patrolrepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

GateSettingsDialog::GateSettingsDialog(GateRepository &gate, PatrolRepository &patrols, const Session &actor,
                                       QWidget *parent)
    : FormDialog(parent), m_gate(gate), m_patrols(patrols), m_actor(actor), m_freeMinutes(new QSpinBox(this)),
      m_perHour(new QLineEdit(this)), m_cap(new QLineEdit(this))
{
    setWindowTitle(tr("Gatehouse settings"));
    const ParkingTariff tariff = m_gate.tariff();
    m_freeMinutes->setObjectName(QStringLiteral("tariffFreeMinutes"));
    m_freeMinutes->setRange(0, 24 * 60);
    m_freeMinutes->setSuffix(tr(" min"));
    m_freeMinutes->setValue(tariff.freeMinutes);
    m_perHour->setObjectName(QStringLiteral("tariffPerHour"));
    m_perHour->setText(Money::formatYuan(tariff.fenPerHour));
    m_cap->setObjectName(QStringLiteral("tariffCap"));
    m_cap->setText(Money::formatYuan(tariff.capFenPer24h));

    auto *tariffBox = new QGroupBox(tr("Temporary parking tariff"), this);
    auto *tariffForm = new QFormLayout(tariffBox);
    tariffForm->addRow(tr("&Free stay up to:"), m_freeMinutes);
    tariffForm->addRow(tr("Fee per started &hour (yuan):"), m_perHour);
    tariffForm->addRow(tr("At most per started &24 hours (yuan):"), m_cap);
    formLayout()->addWidget(tariffBox);

    auto *patrolBox = new QGroupBox(tr("Patrol intervals"), this);
    auto *patrolForm = new QFormLayout(patrolBox);
    if (const auto routes = m_patrols.routes(actor)) {
        for (const PatrolRoute &route : routes.value()) {
            auto *minutes = new QSpinBox(patrolBox);
            minutes->setObjectName(QStringLiteral("patrolInterval_%1").arg(route.code));
            minutes->setRange(1, 24 * 60);
            minutes->setSuffix(tr(" min"));
            minutes->setValue(route.intervalMinutes);
            patrolForm->addRow(tr("%1 every:").arg(route.name), minutes);
            m_routes.append({route, minutes});
        }
    }
    formLayout()->addWidget(patrolBox);
    finishLayout();
    registerField(m_freeMinutes, {tr("Free minutes")});
    setMinimumWidth(420);
}

void GateSettingsDialog::accept()
{
    clearError();
    // Everything is checked before anything is saved, so a refusal changes nothing.
    const auto perHour = Money::parseYuan(m_perHour->text());
    if (!perHour)
        return showError(tr("Fee per hour: %1 is not an amount in yuan (e.g. 5 or 5.00).").arg(m_perHour->text()),
                         m_perHour);
    const auto cap = Money::parseYuan(m_cap->text());
    if (!cap)
        return showError(tr("Daily cap: %1 is not an amount in yuan (e.g. 40 or 40.00).").arg(m_cap->text()), m_cap);
    if (*cap < *perHour)
        return showError(tr("Daily cap: %1 yuan is less than one hour's fee (%2 yuan).")
                             .arg(Money::formatYuan(*cap), Money::formatYuan(*perHour)),
                         m_cap);
    ParkingTariff tariff;
    tariff.freeMinutes = m_freeMinutes->value();
    tariff.fenPerHour = *perHour;
    tariff.capFenPer24h = *cap;
    if (Status s = m_gate.setTariff(m_actor, tariff); !s)
        return showFieldError(s.error());
    for (const auto &[route, minutes] : std::as_const(m_routes)) {
        if (minutes->value() == route.intervalMinutes)
            continue;
        if (Status s = m_patrols.setInterval(m_actor, route.id, minutes->value()); !s)
            return showError(tr("%1: %2").arg(route.name, s.error()), minutes);
    }
    FormDialog::accept();
}
