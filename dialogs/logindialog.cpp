#include "dialogs/logindialog.h"

#include "models/repositories/userrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LoginDialog::LoginDialog(UserRepository &users, const QString &estateName, QWidget *parent)
    : FormDialog(parent), m_users(users), m_username(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Sign in"));
    setAsksBeforeDiscarding(false); // closing loses nothing worth a question
    auto *title = new QLabel(estateName.isEmpty() ? tr("EstateDesk") : tr("EstateDesk - %1").arg(estateName), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    formLayout()->addWidget(title);

    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(360);
    m_username->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::accept()
{
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("User name: required."), m_username);
        return;
    }
    const auto result = m_users.signIn(m_username->text().trimmed(), m_password->text());
    if (!result) {
        showError(result.error(), m_password);
        m_password->selectAll();
        return;
    }
    m_session = result.value();
    FormDialog::accept();
}
