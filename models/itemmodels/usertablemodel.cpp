#include "models/itemmodels/usertablemodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
}

void UserTableModel::setUsers(const QList<UserRecord> &users, const QDateTime &now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::status(const UserRecord &user) const
{
    if (!user.active)
        return tr("Disabled");
    if (user.lockedUntil.isValid() && m_now < user.lockedUntil)
        return tr("Locked until %1").arg(user.lockedUntil.toTimeZone(m_zone).toString(Formats::time()));
    return tr("Active");
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord &u = m_users.at(index.row());
    if (role == ItemRoles::IdRole)
        return u.id;
    if (role == ItemRoles::CodeRole)
        return index.column() == RoleColumn ? Roles::code(u.role) : u.username;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case UsernameColumn: return u.username;
    case NameColumn: return u.displayName;
    case RoleColumn: return Roles::displayName(u.role);
    case StatusColumn: return status(u);
    case CreatedColumn: return u.createdAt.toTimeZone(m_zone).toString(Formats::date());
    case ColumnCount: break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UsernameColumn: return tr("User name");
    case NameColumn: return tr("Full name");
    case RoleColumn: return tr("Role");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}
