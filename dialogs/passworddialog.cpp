#include "dialogs/passworddialog.h"

#include "models/repositories/userrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(UserRepository &users, const Session &actor, Mode mode, const QString &username,
                               QWidget *parent)
    : FormDialog(parent), m_users(users), m_actor(actor), m_mode(mode), m_username(username),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this))
{
    setWindowTitle(mode == Mode::OwnPassword ? tr("Change my password") : tr("Set the password of %1").arg(username));
    auto *form = new QFormLayout;
    if (mode == Mode::OwnPassword) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("current"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(380);
}

void PasswordDialog::accept()
{
    if (Status s = UserRepository::checkPassword(m_password->text()); !s) {
        showError(s.error(), m_password);
        return;
    }
    if (m_confirm->text() != m_password->text()) {
        showError(tr("Repeat password: the two passwords differ."), m_confirm);
        return;
    }
    const Status saved = m_mode == Mode::OwnPassword
                             ? m_users.changeOwnPassword(m_actor, m_current->text(), m_password->text())
                             : m_users.setPassword(m_actor, m_username, m_password->text());
    if (!saved) {
        showError(saved.error(), m_mode == Mode::OwnPassword ? m_current : nullptr);
        return;
    }
    FormDialog::accept();
}
