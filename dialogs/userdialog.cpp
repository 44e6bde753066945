#include "dialogs/userdialog.h"

#include "models/repositories/userrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

UserDialog::UserDialog(UserRepository &users, const Session &actor, QWidget *parent)
    : FormDialog(parent), m_users(users), m_actor(actor), m_username(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_role(new QComboBox(this))
{
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_role->setObjectName(QStringLiteral("role"));
    for (Role role : {Role::Clerk, Role::Manager, Role::Guard, Role::Technician, Role::Admin})
        m_role->addItem(Roles::displayName(role), Roles::code(role));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("R&ole:"), m_role);
    m_newPassword = addPasswordRows(form, tr("&Password:"));
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(400);
}

void UserDialog::accept()
{
    if (!checkNewAccount(m_username, m_fullName, tr("Full name: required."), m_newPassword))
        return;
    const Role role = Roles::fromCode(m_role->currentData().toString()).value_or(Role::Clerk);
    const auto id = m_users.addUser(m_actor, m_username->text().trimmed(), m_fullName->text(), role,
                                    m_newPassword.password->text());
    if (!id) {
        showError(id.error(), id.error().startsWith(tr("User name")) ? m_username : nullptr);
        return;
    }
    m_createdId = id.value();
    FormDialog::accept();
}
