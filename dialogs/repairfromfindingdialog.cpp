#include "dialogs/repairfromfindingdialog.h"

#include "models/domain/timelimittable.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/requestrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RepairFromFindingDialog::RepairFromFindingDialog(NonConformityRepository &findings, RequestRepository &requests,
                                                 const Session &actor, const NonConformity &finding, QWidget *parent)
    : FormDialog(parent), m_findings(findings), m_requests(requests), m_actor(actor), m_finding(finding),
      m_house(new QLineEdit(this)), m_location(new QLineEdit(this)), m_class(new QComboBox(this)),
      m_description(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Repair request from finding #%1").arg(finding.id));
    m_house->setObjectName(QStringLiteral("repairHouse"));
    m_location->setObjectName(QStringLiteral("repairLocation"));
    m_class->setObjectName(QStringLiteral("repairClass"));
    m_description->setObjectName(QStringLiteral("repairDescription"));
    for (const QString &key : TimeLimitTable::classKeys(RequestKind::Repair))
        m_class->addItem(TimeLimitTable::className(RequestKind::Repair, key), key);
    m_class->setCurrentIndex(qMax(0, m_class->findData(QStringLiteral("public_other"))));
    m_location->setText(finding.area);
    m_description->setPlainText(tr("Inspection finding #%1: %2").arg(finding.id).arg(finding.description));
    m_description->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&House number:"), m_house);
    form->addRow(tr("or public &location:"), m_location);
    form->addRow(tr("&Class:"), m_class);
    form->addRow(tr("&Description:"), m_description);
    formLayout()->addLayout(form);
    registerField(m_location, {QStringLiteral("Place"), tr("Place")});
    registerField(m_class, {QStringLiteral("Class"), tr("Class")});
    registerField(m_description, {QStringLiteral("Description"), tr("Description")});
    finishLayout();
}

void RepairFromFindingDialog::accept()
{
    NewRequest in;
    in.houseNumber = m_house->text().trimmed();
    in.publicLocation = in.houseNumber.isEmpty() ? m_location->text().trimmed() : QString();
    in.classKey = m_class->currentData().toString();
    in.description = m_description->toPlainText();
    in.reporterName = m_actor.displayName;
    const auto registered = m_findings.makeRepairRequest(m_actor, m_finding.id, m_finding.rowVersion, m_requests, in);
    if (!registered) {
        showFieldError(registered.error());
        return;
    }
    m_number = registered->number;
    FormDialog::accept();
}
