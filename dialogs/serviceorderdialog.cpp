#include "dialogs/serviceorderdialog.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/repositories/servicerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ServiceOrderDialog::ServiceOrderDialog(ServiceRepository &services, const Session &actor,
                                       const QList<ServiceItem> &offered, const QDate &today, QWidget *parent)
    : FormDialog(parent), m_services(services), m_actor(actor), m_offered(offered), m_house(new QLineEdit(this)),
      m_resident(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_service(new QComboBox(this)),
      m_terms(new QLabel(this)), m_start(new QDateEdit(today, this)),
      m_hasEnd(new QCheckBox(tr("Ends &on"), this)), m_end(new QDateEdit(today.addYears(1).addDays(-1), this)),
      m_signed(new QCheckBox(tr("The resident has &signed the order form"), this))
{
    setWindowTitle(tr("Service order"));
    m_house->setObjectName(QStringLiteral("orderHouse"));
    m_house->setPlaceholderText(tr("building-unit-room, e.g. 1-1-101"));
    m_resident->setObjectName(QStringLiteral("orderResident"));
    m_phone->setObjectName(QStringLiteral("orderPhone"));
    m_phone->setPlaceholderText(tr("mobile or landline"));
    m_service->setObjectName(QStringLiteral("orderService"));
    for (const ServiceItem &item : offered)
        m_service->addItem(item.longTerm ? item.name : tr("%1 (one-off)").arg(item.name), item.id);
    m_terms->setObjectName(QStringLiteral("orderTerms"));
    m_terms->setWordWrap(true);
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(Formats::date());
    }
    m_start->setObjectName(QStringLiteral("orderStart"));
    m_hasEnd->setObjectName(QStringLiteral("orderHasEnd"));
    m_end->setObjectName(QStringLiteral("orderEnd"));
    m_end->setEnabled(false);
    m_signed->setObjectName(QStringLiteral("orderSigned"));
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_service, &QComboBox::currentIndexChanged, this, &ServiceOrderDialog::showTerms);

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&House:"), m_house);
    form->addRow(tr("&Resident:"), m_resident);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(QString(), m_terms);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("End:"), endRow);
    form->addRow(QString(), m_signed);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_house, {tr("House")});
    registerField(m_resident, {tr("Resident")});
    registerField(m_phone, {tr("Phone")});
    registerField(m_service, {tr("Service")});
    registerField(m_start, {tr("Start")});
    registerField(m_end, {tr("End")});
    registerField(m_signed, {tr("Signature")});
    setMinimumWidth(480);
    showTerms();
    m_house->setFocus(Qt::OtherFocusReason); // the form is filled from the top, the buttons come last
}

void ServiceOrderDialog::showTerms()
{
    const int row = m_service->currentIndex();
    if (row < 0 || row >= m_offered.size()) {
        m_terms->setText(tr("The published price list has no services."));
        return;
    }
    const ServiceItem &item = m_offered.at(row);
    QString text = item.paid ? (item.longTerm ? tr("%1 %2, billed every month with the other fees.")
                                              : tr("%1 %2, billed once."))
                                   .arg(Money::formatYuan(item.priceFen), item.unit)
                             : tr("Free of charge.");
    if (item.depositFen > 0)
        text += QLatin1Char(' ') + tr("Ask the resident for the deposit of %1 yuan.").arg(Money::formatYuan(item.depositFen));
    m_terms->setText(text);
}

void ServiceOrderDialog::accept()
{
    clearError();
    ServiceOrderInput in;
    in.houseNumber = m_house->text();
    in.residentName = m_resident->text();
    in.phone = m_phone->text();
    in.itemId = m_service->currentData().toLongLong();
    in.start = m_start->date();
    if (m_hasEnd->isChecked())
        in.end = m_end->date();
    in.signatureConfirmed = m_signed->isChecked();
    const auto added = m_services.addOrder(m_actor, in);
    if (!added) {
        showFieldError(added.error());
        return;
    }
    m_orderId = added.value();
    FormDialog::accept();
}
