#include "dialogs/firstrundialog.h"

#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(UserRepository &users, SettingsRepository &settings, QWidget *parent)
    : FormDialog(parent), m_users(users), m_settings(settings), m_estate(new QLineEdit(this)),
      m_username(new QLineEdit(QStringLiteral("admin"), this)), m_fullName(new QLineEdit(this))
{
    setWindowTitle(tr("First start"));
    auto *intro = new QLabel(tr("This database has no administrator yet. Give the estate's name and create the "
                                "administrator's account; there is no default password."),
                             this);
    intro->setWordWrap(true);
    formLayout()->addWidget(intro);

    m_estate->setObjectName(QStringLiteral("estate"));
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_estate->setText(settings.estateName());
    auto *form = new QFormLayout;
    form->addRow(tr("&Estate name:"), m_estate);
    form->addRow(tr("Administrator's &user name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    m_newPassword = addPasswordRows(form, tr("&Password:"));
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(440);
    (m_estate->text().isEmpty() ? m_estate : m_fullName)->setFocus(Qt::OtherFocusReason);
}

void FirstRunDialog::accept()
{
    if (Status s = SettingsRepository::checkEstateName(m_estate->text()); !s) {
        showError(s.error(), m_estate);
        return;
    }
    if (!checkNewAccount(m_username, m_fullName, tr("Full name: required."), m_newPassword))
        return;
    const auto session = m_users.createFirstAdministrator(m_username->text().trimmed(), m_fullName->text(),
                                                          m_newPassword.password->text());
    if (!session) {
        showError(session.error());
        return;
    }
    m_session = session.value();
    if (Status s = m_settings.setEstateName(m_session, m_estate->text()); !s) {
        showError(s.error(), m_estate);
        return;
    }
    FormDialog::accept();
}
