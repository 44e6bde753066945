#pragma once

#include "models/domain/gaterecords.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The vehicles inside now, newest entry first, with how long each has stayed.
class VehiclesInsideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PlateColumn, CategoryColumn, EnteredColumn, StayColumn, ColumnCount };

    explicit VehiclesInsideModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setVehicles(const QList<VehicleInside> &vehicles, const QDateTime &now);
    const VehicleInside &vehicle(int row) const { return m_vehicles.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VehicleInside> m_vehicles;
    QDateTime m_now;
    QTimeZone m_zone;
};
