#include "dialogs/passworddialog.h"

#include "models/repositories/userrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(UserRepository &users, const Session &actor, Mode mode, const QString &username,
                               QWidget *parent)
    : FormDialog(parent), m_users(users), m_actor(actor), m_mode(mode), m_username(username)
{
    setWindowTitle(mode == Mode::OwnPassword ? tr("Change my password") : tr("Set the password of %1").arg(username));
    auto *form = new QFormLayout;
    if (mode == Mode::OwnPassword) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("current"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_newPassword = addPasswordRows(form, tr("&New password:"));
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(380);
}

void PasswordDialog::accept()
{
    if (!checkPasswordPair(m_newPassword))
        return;
    const Status saved = m_mode == Mode::OwnPassword
                             ? m_users.changeOwnPassword(m_actor, m_current->text(), m_newPassword.password->text())
                             : m_users.setPassword(m_actor, m_username, m_newPassword.password->text());
    if (!saved) {
        showError(saved.error(), m_mode == Mode::OwnPassword ? m_current : nullptr);
        return;
    }
    FormDialog::accept();
}
