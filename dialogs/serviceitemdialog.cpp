#include "dialogs/serviceitemdialog.h"

#include "models/domain/money.h"
#include "models/repositories/servicerepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ServiceItemDialog::ServiceItemDialog(ServiceRepository &services, const Session &actor, const ServiceItem &item,
                                     QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_item(item), m_name(new QLineEdit(item.name, this)),
      m_paid(new QComboBox(this)), m_price(new QLineEdit(this)), m_unit(new QLineEdit(item.unit, this)),
      m_deposit(new QLineEdit(this)), m_breakEven(new QSpinBox(this)), m_term(new QComboBox(this))
{
    setWindowTitle(item.id > 0 ? tr("Change service") : tr("New service"));
    m_name->setObjectName(QStringLiteral("itemName"));
    m_paid->setObjectName(QStringLiteral("itemPaid"));
    m_paid->addItem(ServiceRules::paidName(true), true);
    m_paid->addItem(ServiceRules::paidName(false), false);
    m_paid->setCurrentIndex(item.paid ? 0 : 1);
    m_price->setObjectName(QStringLiteral("itemPrice"));
    m_price->setPlaceholderText(tr("yuan, e.g. 30.00"));
    if (item.priceFen > 0)
        m_price->setText(Money::formatYuan(item.priceFen));
    m_unit->setObjectName(QStringLiteral("itemUnit"));
    m_unit->setPlaceholderText(tr("e.g. 元/月, 元/次"));
    m_deposit->setObjectName(QStringLiteral("itemDeposit"));
    m_deposit->setPlaceholderText(tr("none"));
    if (item.depositFen > 0)
        m_deposit->setText(Money::formatYuan(item.depositFen));
    m_breakEven->setObjectName(QStringLiteral("itemBreakEven"));
    m_breakEven->setRange(0, 100000);
    m_breakEven->setValue(item.breakEven);
    m_breakEven->setSpecialValueText(tr("no minimum"));
    m_term->setObjectName(QStringLiteral("itemTerm"));
    m_term->addItem(ServiceRules::termName(true), true);
    m_term->addItem(ServiceRules::termName(false), false);
    m_term->setCurrentIndex(item.longTerm ? 0 : 1);
    connect(m_paid, &QComboBox::currentIndexChanged, this, &ServiceItemDialog::paidChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_name);
    form->addRow(tr("&Paid or free:"), m_paid);
    form->addRow(tr("P&rice (yuan):"), m_price);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Deposit (yuan):"), m_deposit);
    form->addRow(tr("&Break-even subscribers:"), m_breakEven);
    form->addRow(tr("&Term:"), m_term);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_name, {tr("Service")});
    registerField(m_price, {tr("Price")});
    registerField(m_unit, {tr("Unit")});
    registerField(m_deposit, {tr("Deposit")});
    registerField(m_breakEven, {tr("Break-even subscribers")});
    setMinimumWidth(420);
    paidChanged();
}

void ServiceItemDialog::paidChanged()
{
    const bool paid = m_paid->currentData().toBool();
    m_price->setEnabled(paid);
    m_unit->setEnabled(paid);
}

void ServiceItemDialog::accept()
{
    clearError();
    ServiceItem item = m_item;
    item.name = m_name->text();
    item.paid = m_paid->currentData().toBool();
    item.priceFen = 0;
    if (item.paid) {
        const auto price = Money::parseYuan(m_price->text());
        if (!price) {
            showError(tr("Price: \"%1\" is not an amount in yuan, e.g. 30.00.").arg(m_price->text()), m_price);
            return;
        }
        item.priceFen = *price;
    }
    item.unit = item.paid ? m_unit->text() : QString();
    item.depositFen = 0;
    if (!m_deposit->text().trimmed().isEmpty()) {
        const auto deposit = Money::parseYuan(m_deposit->text());
        if (!deposit) {
            showError(tr("Deposit: \"%1\" is not an amount in yuan, e.g. 100.00.").arg(m_deposit->text()), m_deposit);
            return;
        }
        item.depositFen = *deposit;
    }
    item.breakEven = m_breakEven->value();
    item.longTerm = m_term->currentData().toBool();
    const auto saved = m_services.saveItem(m_actor, item);
    if (!saved) {
        showFieldError(saved.error());
        return;
    }
    m_item.id = saved.value();
    FormDialog::accept();
}
