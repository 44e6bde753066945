#include "models/itemmodels/officenotificationmodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"

OfficeNotificationModel::OfficeNotificationModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::utc())
{
}

void OfficeNotificationModel::setNotifications(const QList<OfficeNotification> &notifications)
{
    beginResetModel();
    m_notifications = notifications;
    endResetModel();
}

int OfficeNotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notifications.size());
}

int OfficeNotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeNotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfficeNotification &n = m_notifications.at(index.row());
    if (role == ItemRoles::IdRole)
        return n.id;
    if (role == ItemRoles::SortRole) {
        if (index.column() == RaisedColumn)
            return n.createdAt.toMSecsSinceEpoch();
        if (index.column() == HandledColumn)
            return n.handledAt.isValid() ? n.handledAt.toMSecsSinceEpoch() : QVariant();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case RaisedColumn: return n.createdAt.toTimeZone(m_zone).toString(Formats::dateTime());
    case ResidentColumn: return n.residentName;
    case HouseColumn: return n.houseNumber;
    case PhoneColumn: return n.residentPhone;
    case MessageColumn: return n.message;
    case HandledColumn:
        if (!n.handledAt.isValid())
            return tr("Open");
        return tr("%1, %2").arg(n.handledBy,
                                n.handledAt.toTimeZone(m_zone).toString(Formats::dateTime()));
    case ColumnCount: break;
    }
    return {};
}

QVariant OfficeNotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RaisedColumn: return tr("Raised");
    case ResidentColumn: return tr("Resident");
    case HouseColumn: return tr("House");
    case PhoneColumn: return tr("Phone");
    case MessageColumn: return tr("What happened");
    case HandledColumn: return tr("Handled (by, at)");
    case ColumnCount: break;
    }
    return {};
}
