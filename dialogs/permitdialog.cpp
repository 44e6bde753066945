#include "dialogs/permitdialog.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/permitrepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PermitDialog::PermitDialog(PermitRepository &permits, HouseRepository &houses, const Session &actor,
                           const QString &houseNumber, qint64 applicantId, const QDate &today, QWidget *parent)
    : FormDialog(parent), m_permits(permits), m_houses(houses), m_actor(actor), m_applicantId(applicantId),
      m_house(new QLineEdit(houseNumber, this)), m_number(new QLineEdit(this)), m_company(new QLineEdit(this)),
      m_certificate(new QLineEdit(this)), m_start(new QDateEdit(today, this)), m_end(new QDateEdit(today.addDays(60), this)),
      m_deposit(new QLineEdit(this))
{
    setWindowTitle(tr("Decoration permit"));
    m_house->setObjectName(QStringLiteral("house"));
    m_number->setObjectName(QStringLiteral("permitNumber"));
    m_company->setObjectName(QStringLiteral("company"));
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_deposit->setObjectName(QStringLiteral("deposit"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Formats::date());
    }
    m_deposit->setPlaceholderText(tr("yuan, e.g. 2000"));
    auto *form = new QFormLayout;
    form->addRow(tr("&House:"), m_house);
    form->addRow(tr("&Permit number:"), m_number);
    form->addRow(tr("Decoration &company:"), m_company);
    form->addRow(tr("&Qualification certificate:"), m_certificate);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Deposit (yuan):"), m_deposit);
    auto *rule = new QLabel(tr("No noisy work on Saturdays, Sundays and public holidays."), this);
    rule->setWordWrap(true);
    form->addRow(QString(), rule);
    formLayout()->addLayout(form);
    finishLayout();
    registerField(m_house, {tr("House")});
    registerField(m_number, {tr("Permit number")});
    registerField(m_company, {tr("Company")});
    registerField(m_start, {tr("Period")});
    registerField(m_deposit, {tr("Deposit")});
    setMinimumWidth(420);
}

void PermitDialog::accept()
{
    const auto house = m_houses.houseByNumber(m_actor, m_house->text().trimmed());
    if (!house) {
        showError(house.error(), m_house);
        return;
    }
    const QString depositText = m_deposit->text().trimmed();
    const auto deposit = depositText.isEmpty() ? std::optional<qint64>(0) : Money::parseYuan(depositText);
    if (!deposit) {
        showError(tr("Deposit: \"%1\" is not an amount in yuan, e.g. 2000 or 2000.50.").arg(depositText), m_deposit);
        return;
    }
    DecorationPermit permit;
    permit.houseId = house->id;
    permit.applicantId = m_applicantId;
    permit.permitNumber = m_number->text().trimmed();
    permit.company = m_company->text().trimmed();
    permit.companyCertificate = m_certificate->text().trimmed();
    permit.start = m_start->date();
    permit.end = m_end->date();
    permit.depositFen = *deposit;
    const auto id = m_permits.create(m_actor, permit);
    if (!id) {
        showFieldError(id.error());
        return;
    }
    FormDialog::accept();
}
