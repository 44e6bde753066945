#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class QComboBox;
class QLineEdit;
class UserRepository;

// Adds a user account (administrators only; the repository checks).
class UserDialog : public FormDialog
{
    Q_OBJECT

public:
    UserDialog(UserRepository &users, const Session &actor, QWidget *parent = nullptr);
    void accept() override;
    qint64 createdId() const { return m_createdId; }

private:
    UserRepository &m_users;
    Session m_actor;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    PasswordPair m_newPassword;
    qint64 m_createdId = 0;
};
