#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class QLineEdit;
class SettingsRepository;
class UserRepository;

// First start of a new database: the estate's name and the administrator's account.
class FirstRunDialog : public FormDialog
{
    Q_OBJECT

public:
    FirstRunDialog(UserRepository &users, SettingsRepository &settings, QWidget *parent = nullptr);

    Session session() const { return m_session; }
    void accept() override;

private:
    UserRepository &m_users;
    SettingsRepository &m_settings;
    QLineEdit *m_estate;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    PasswordPair m_newPassword;
    Session m_session;
};
