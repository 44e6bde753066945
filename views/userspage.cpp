#include "views/userspage.h"

#include "dialogs/passworddialog.h"
#include "dialogs/userdialog.h"
#include "models/database/clock.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/usertablemodel.h"
#include "models/repositories/userrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(UserRepository &users, const Session &actor, const Clock &clock, const QTimeZone &zone,
                     QWidget *parent)
    : QWidget(parent), m_users(users), m_actor(actor), m_clock(clock), m_model(new UserTableModel(this)),
      m_view(new QTableView(this)), m_message(new QLabel(this))
{
    m_model->setTimeZone(zone);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add user..."), this);
    auto *password = new QPushButton(tr("Set &password..."), this);
    auto *role = new QPushButton(tr("&Role"), this);
    auto *active = new QPushButton(tr("&Disable / enable"), this);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    add->setObjectName(QStringLiteral("addUser"));
    auto *roleMenu = new QMenu(role);
    for (Role r : {Role::Admin, Role::Manager, Role::Clerk, Role::Guard, Role::Technician})
        roleMenu->addAction(Roles::displayName(r), this, [this, r] { changeRole(r); });
    role->setMenu(roleMenu);
    for (QPushButton *button : {add, password, role, active, unlock})
        bar->addWidget(button);
    bar->addStretch();
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(password, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(unlock, &QPushButton::clicked, this, &UsersPage::unlockUser);
    reload();
}

void UsersPage::reload()
{
    const auto list = m_users.users(m_actor);
    if (!list) {
        report(list.error());
        return;
    }
    m_model->setUsers(list.value(), m_clock.now());
    m_view->resizeColumnsToContents();
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->user(rows.first().row()).username;
}

void UsersPage::report(const QString &error)
{
    m_message->setText(error);
}

void UsersPage::addUser()
{
    UserDialog dialog(m_users, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return report(tr("Select a user first."));
    PasswordDialog dialog(m_users, m_actor, PasswordDialog::Mode::ResetOther, username, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::changeRole(Role role)
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return report(tr("Select a user first."));
    const Status s = m_users.setRole(m_actor, username, role);
    report(s ? QString() : s.error());
    reload();
}

void UsersPage::toggleActive()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return report(tr("Select a user first."));
    const auto user = m_users.find(username);
    const Status s = m_users.setActive(m_actor, username, !(user && user->active));
    report(s ? QString() : s.error());
    reload();
}

void UsersPage::unlockUser()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return report(tr("Select a user first."));
    const Status s = m_users.unlock(m_actor, username);
    report(s ? QString() : s.error());
    reload();
}
