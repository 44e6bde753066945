#include "dialogs/handoverdialog.h"

#include "models/repositories/gaterepository.h"
#include "models/repositories/userrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

HandoverDialog::HandoverDialog(GateRepository &gate, UserRepository &users, const Session &outgoing, QWidget *parent)
    : FormDialog(parent), m_gate(gate), m_users(users), m_outgoing(outgoing), m_items(new QListWidget(this)),
      m_equipment(new QPlainTextEdit(this)), m_incidents(new QPlainTextEdit(this)), m_incoming(new QLineEdit(this)),
      m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Shift handover"));
    m_items->setObjectName(QStringLiteral("handoverItems"));
    m_equipment->setObjectName(QStringLiteral("handoverEquipment"));
    m_equipment->setTabChangesFocus(true);
    m_incidents->setObjectName(QStringLiteral("handoverIncidents"));
    m_incidents->setTabChangesFocus(true);
    m_incoming->setObjectName(QStringLiteral("incomingUser"));
    m_password->setObjectName(QStringLiteral("incomingPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    if (const auto items = m_gate.openItems(outgoing)) {
        m_items->addItems(items.value());
        if (items->isEmpty())
            m_items->addItem(tr("No vehicle or visitor inside."));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Outgoing guard:"), new QLabel(outgoing.displayName, this));
    form->addRow(tr("Open items carried over:"), m_items);
    form->addRow(tr("&Equipment handed over:"), m_equipment);
    form->addRow(tr("&Incidents:"), m_incidents);
    form->addRow(tr("Incoming guard's &user name:"), m_incoming);
    form->addRow(tr("Incoming guard's &password:"), m_password);
    formLayout()->addLayout(form);
    finishLayout();
    m_equipment->setFocus(Qt::OtherFocusReason); // the list above is to read; the form starts here
}

void HandoverDialog::accept()
{
    if (m_equipment->toPlainText().trimmed().isEmpty())
        return showError(tr("Equipment: list what is handed over (keys, radios, cards)."), m_equipment);
    if (m_incoming->text().trimmed().isEmpty())
        return showError(tr("Incoming guard: the guard taking over signs in here."), m_incoming);
    const auto incoming = m_users.signIn(m_incoming->text().trimmed(), m_password->text());
    if (!incoming) {
        m_password->clear();
        return showError(incoming.error(), m_password);
    }
    HandoverInput input;
    input.equipment = m_equipment->toPlainText();
    input.incidents = m_incidents->toPlainText();
    const auto id = m_gate.handOver(m_outgoing, incoming.value(), input);
    if (!id)
        return showError(id.error(), m_incoming);
    m_id = id.value();
    m_incomingSession = incoming.value();
    FormDialog::accept();
}
