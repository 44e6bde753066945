#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"

class QLineEdit;
class UserRepository;

// Sets a password: one's own (asks for the current one) or, for an administrator, another user's.
class PasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Mode { OwnPassword, ResetOther };

    PasswordDialog(UserRepository &users, const Session &actor, Mode mode, const QString &username,
                   QWidget *parent = nullptr);
    void accept() override;

private:
    UserRepository &m_users;
    Session m_actor;
    Mode m_mode;
    QString m_username;
    QLineEdit *m_current = nullptr;
    PasswordPair m_newPassword;
};
