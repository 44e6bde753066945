#include "dialogs/visitordialog.h"

#include "models/repositories/gaterepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

VisitorDialog::VisitorDialog(GateRepository &gate, const Session &session, QWidget *parent)
    : FormDialog(parent), m_gate(gate), m_session(session), m_name(new QLineEdit(this)),
      m_document(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_people(new QSpinBox(this)),
      m_house(new QLineEdit(this)), m_resident(new QLineEdit(this)), m_purpose(new QLineEdit(this)),
      m_plate(new QLineEdit(this)), m_refused(new QCheckBox(tr("Refused entry"), this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Visitor register"));
    m_name->setObjectName(QStringLiteral("visitorName"));
    m_document->setObjectName(QStringLiteral("visitorDocument"));
    m_document->setPlaceholderText(tr("stored masked"));
    m_phone->setObjectName(QStringLiteral("visitorPhone"));
    m_people->setObjectName(QStringLiteral("visitorPeople"));
    m_people->setRange(1, 200);
    m_house->setObjectName(QStringLiteral("visitorHouse"));
    m_house->setPlaceholderText(tr("3-2-1201"));
    m_resident->setObjectName(QStringLiteral("visitorResident"));
    m_purpose->setObjectName(QStringLiteral("visitorPurpose"));
    m_plate->setObjectName(QStringLiteral("visitorPlate"));
    m_refused->setObjectName(QStringLiteral("visitorRefused"));
    m_reason->setObjectName(QStringLiteral("visitorReason"));
    m_reason->setPlaceholderText(tr("salesperson, no business …"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Document no.:"), m_document);
    form->addRow(tr("Ph&one:"), m_phone);
    form->addRow(tr("P&eople:"), m_people);
    form->addRow(tr("&House visited:"), m_house);
    form->addRow(tr("&Resident visited:"), m_resident);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Pl&ate (if by car):"), m_plate);
    form->addRow(QString(), m_refused);
    form->addRow(tr("Reason for re&fusal:"), m_reason);
    formLayout()->addLayout(form);
    finishLayout();
    m_name->setFocus();
}

void VisitorDialog::accept()
{
    VisitorInput v;
    v.name = m_name->text();
    v.document = m_document->text();
    v.phone = m_phone->text();
    v.people = m_people->value();
    v.houseNumber = m_house->text();
    v.residentName = m_resident->text();
    v.purpose = m_purpose->text();
    v.plate = m_plate->text();
    v.refused = m_refused->isChecked();
    v.reason = m_reason->text();
    // The field to mark, checked here so that the message names it in the user's language.
    if (v.name.trimmed().isEmpty())
        return showError(tr("Name: type the visitor's name."), m_name);
    if (v.refused && v.reason.trimmed().isEmpty())
        return showError(tr("Reason: say why the visitor is refused."), m_reason);
    if (!v.refused && v.purpose.trimmed().isEmpty())
        return showError(tr("Purpose: say why the visitor comes."), m_purpose);
    if (!v.refused && v.houseNumber.trimmed().isEmpty() && v.residentName.trimmed().isEmpty())
        return showError(tr("House visited: say which house or resident the visitor comes to."), m_house);
    const auto id = m_gate.registerVisitor(m_session, v);
    if (!id) {
        QWidget *field = nullptr;
        if (!v.phone.trimmed().isEmpty() && id.error().contains(tr("Phone")))
            field = m_phone;
        else if (!v.houseNumber.trimmed().isEmpty() && id.error().contains(v.houseNumber.trimmed()))
            field = m_house;
        return showError(id.error(), field);
    }
    m_id = id.value();
    FormDialog::accept();
}
