#include "models/itemmodels/visitorsinsidemodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"

VisitorsInsideModel::VisitorsInsideModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void VisitorsInsideModel::setVisitors(const QList<VisitorRecord> &visitors)
{
    beginResetModel();
    m_visitors = visitors;
    endResetModel();
}

int VisitorsInsideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visitors.size());
}

int VisitorsInsideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitorsInsideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitorRecord &v = m_visitors.at(index.row());
    if (role == ItemRoles::IdRole)
        return v.id;
    if (role == ItemRoles::SortRole) {
        if (index.column() == InColumn)
            return v.inAt.toMSecsSinceEpoch();
        if (index.column() == PeopleColumn)
            return v.people;
    }
    if (role != Qt::DisplayRole && role != ItemRoles::SortRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return v.name;
    case PeopleColumn: return v.people;
    case HouseColumn:
        return v.residentName.isEmpty() ? v.houseNumber
                                        : (v.houseNumber.isEmpty() ? v.residentName
                                                                   : tr("%1 (%2)").arg(v.houseNumber, v.residentName));
    case PurposeColumn: return v.purpose;
    case InColumn: return v.inAt.toTimeZone(m_zone).toString(Formats::shortDateTime());
    case ColumnCount: break;
    }
    return {};
}

QVariant VisitorsInsideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Visitor");
    case PeopleColumn: return tr("People");
    case HouseColumn: return tr("Visiting");
    case PurposeColumn: return tr("Purpose");
    case InColumn: return tr("In since");
    case ColumnCount: break;
    }
    return {};
}
