#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class QLineEdit;
class UserRepository;

class LoginDialog : public FormDialog
{
    Q_OBJECT

public:
    LoginDialog(UserRepository &users, const QString &estateName, QWidget *parent = nullptr);

    Session session() const { return m_session; }
    void accept() override;

private:
    UserRepository &m_users;
    QLineEdit *m_username;
    QLineEdit *m_password;
    Session m_session;
};
