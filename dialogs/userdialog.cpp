#include "dialogs/userdialog.h"

#include "models/repositories/userrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

UserDialog::UserDialog(UserRepository &users, const Session &actor, QWidget *parent)
    : FormDialog(parent), m_users(users), m_actor(actor), m_username(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    for (Role role : {Role::Clerk, Role::Manager, Role::Guard, Role::Technician, Role::Admin})
        m_role->addItem(Roles::displayName(role), Roles::code(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(400);
}

void UserDialog::accept()
{
    if (Status s = UserRepository::checkUsername(m_username->text().trimmed()); !s) {
        showError(s.error(), m_username);
        return;
    }
    if (m_fullName->text().trimmed().isEmpty()) {
        showError(tr("Full name: required."), m_fullName);
        return;
    }
    if (Status s = UserRepository::checkPassword(m_password->text()); !s) {
        showError(s.error(), m_password);
        return;
    }
    if (m_confirm->text() != m_password->text()) {
        showError(tr("Repeat password: the two passwords differ."), m_confirm);
        return;
    }
    const Role role = Roles::fromCode(m_role->currentData().toString()).value_or(Role::Clerk);
    const auto id = m_users.addUser(m_actor, m_username->text().trimmed(), m_fullName->text(), role,
                                    m_password->text());
    if (!id) {
        showError(id.error(), id.error().startsWith(tr("User name")) ? m_username : nullptr);
        return;
    }
    m_createdId = id.value();
    FormDialog::accept();
}
