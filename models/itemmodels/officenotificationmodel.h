#pragma once

#include "models/domain/gaterecords.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The office's notifications raised by gate records, with whom to tell and whether it was done.
class OfficeNotificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RaisedColumn, ResidentColumn, HouseColumn, PhoneColumn, MessageColumn, HandledColumn, ColumnCount };

    explicit OfficeNotificationModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setNotifications(const QList<OfficeNotification> &notifications);
    const OfficeNotification &notification(int row) const { return m_notifications.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OfficeNotification> m_notifications;
    QTimeZone m_zone;
};
