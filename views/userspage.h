#pragma once

#include "models/domain/session.h"

#include <QTimeZone>
#include <QWidget>

class Clock;
class QLabel;
class QPushButton;
class QTableView;
class UserRepository;
class UserTableModel;

// Administrators manage the accounts: add, set password, role, disable, unlock.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(UserRepository &users, const Session &actor, const Clock &clock, const QTimeZone &zone,
              QWidget *parent = nullptr);

    void reload();
    UserTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The actions of the buttons, on the selected user (tests call them directly).
    void addUser();
    void resetPassword();
    void changeRole(Role role);
    void toggleActive();
    void unlockUser();

private:
    QString selectedUsername() const;
    void report(const QString &error);

    UserRepository &m_users;
    Session m_actor;
    const Clock &m_clock;
    UserTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};
