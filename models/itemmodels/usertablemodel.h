#pragma once

#include "models/repositories/userrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, StatusColumn, CreatedColumn, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // now decides whether a lock is still in force.
    void setUsers(const QList<UserRecord> &users, const QDateTime &now);
    const UserRecord &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString status(const UserRecord &user) const;

    QList<UserRecord> m_users;
    QDateTime m_now;
    QTimeZone m_zone;
};
