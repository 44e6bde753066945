#include "models/itemmodels/vehiclesinsidemodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"

VehiclesInsideModel::VehiclesInsideModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void VehiclesInsideModel::setVehicles(const QList<VehicleInside> &vehicles, const QDateTime &now)
{
    beginResetModel();
    m_vehicles = vehicles;
    m_now = now;
    endResetModel();
}

int VehiclesInsideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vehicles.size());
}

int VehiclesInsideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VehiclesInsideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VehicleInside &v = m_vehicles.at(index.row());
    if (role == ItemRoles::IdRole)
        return v.entryEventId;
    if (role == ItemRoles::CodeRole)
        return GateRules::code(v.category);
    if (role == ItemRoles::SortRole) {
        switch (Column(index.column())) {
        case EnteredColumn:
        case StayColumn: return v.enteredAt.toMSecsSinceEpoch();
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::SortRole)
        return {};
    switch (Column(index.column())) {
    case PlateColumn: return v.plate;
    case CategoryColumn: return GateRules::displayName(v.category);
    case EnteredColumn: return v.enteredAt.toTimeZone(m_zone).toString(Formats::shortDateTime());
    case StayColumn: return GateRules::displayStay(v.enteredAt.msecsTo(m_now));
    case ColumnCount: break;
    }
    return {};
}

QVariant VehiclesInsideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PlateColumn: return tr("Plate");
    case CategoryColumn: return tr("Category");
    case EnteredColumn: return tr("In since");
    case StayColumn: return tr("Stay");
    case ColumnCount: break;
    }
    return {};
}
