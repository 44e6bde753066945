#include "models/itemmodels/servicemodels.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/itemmodels/itemroles.h"

#include <QBrush>
#include <QColor>

ServiceItemModel::ServiceItemModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceItemModel::setItems(const QList<ServiceItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ServiceItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ServiceItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceItem &i = m_items.at(index.row());
    if (role == ItemRoles::IdRole)
        return i.id;
    if (role == ItemRoles::RowVersionRole)
        return i.rowVersion;
    if (role == ItemRoles::EscalatedRole)
        return i.belowBreakEven();
    if (role == ItemRoles::SortRole) {
        switch (Column(index.column())) {
        case NumberColumn: return index.row() + 1;
        case PriceColumn: return i.priceFen;
        case DepositColumn: return i.depositFen;
        case BreakEvenColumn: return i.breakEven;
        case SubscribersColumn: return i.subscribers;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SubscribersColumn && i.belowBreakEven())
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case PriceColumn:
        case DepositColumn:
        case BreakEvenColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn: return index.row() + 1;
    case NameColumn: return i.name;
    case PaidColumn: return ServiceRules::paidName(i.paid);
    case PriceColumn:
        return i.paid ? tr("%1 %2").arg(Money::formatYuan(i.priceFen), i.unit) : QStringLiteral("—");
    case DepositColumn: return i.depositFen > 0 ? Money::formatYuan(i.depositFen) : QStringLiteral("—");
    case TermColumn: return ServiceRules::termName(i.longTerm);
    case BreakEvenColumn: return i.longTerm && i.breakEven > 0 ? QString::number(i.breakEven) : QStringLiteral("—");
    case SubscribersColumn:
        if (!i.longTerm)
            return QStringLiteral("—");
        if (i.belowBreakEven())
            return tr("%1 — below break-even (needs %2)").arg(i.subscribers).arg(i.breakEven);
        return QString::number(i.subscribers);
    case ColumnCount: break;
    }
    return {};
}

QVariant ServiceItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("Service");
    case PaidColumn: return tr("Paid or free");
    case PriceColumn: return tr("Price");
    case DepositColumn: return tr("Deposit");
    case TermColumn: return tr("Term");
    case BreakEvenColumn: return tr("Break-even");
    case SubscribersColumn: return tr("Subscribers");
    case ColumnCount: break;
    }
    return {};
}

ServiceOrderModel::ServiceOrderModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceOrderModel::setOrders(const QList<ServiceOrder> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int ServiceOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int ServiceOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceOrder &o = m_orders.at(index.row());
    if (role == ItemRoles::IdRole)
        return o.id;
    if (role == ItemRoles::RowVersionRole)
        return o.rowVersion;
    if (role == ItemRoles::SortRole) {
        switch (Column(index.column())) {
        case StartColumn: return o.start;
        case EndColumn: return o.end;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case HouseColumn: return o.houseNumber;
    case ResidentColumn: return o.residentName;
    case PhoneColumn: return o.phone;
    case ServiceColumn:
        return o.longTerm ? o.itemName : tr("%1 (one-off)").arg(o.itemName);
    case StartColumn: return o.start.toString(Formats::date());
    case EndColumn: return o.end.isValid() ? o.end.toString(Formats::date()) : tr("until stopped");
    case SignedColumn: return o.signatureConfirmed ? tr("Signed") : tr("Not signed");
    case StatusColumn:
        if (o.stopped)
            return tr("Stopped %1 by %2: %3").arg(o.stoppedOn.toString(Formats::date()), o.stoppedBy, o.stopReason);
        if (!o.longTerm)
            return o.billId > 0 ? tr("Billed once") : tr("Recorded");
        return tr("Running");
    case ColumnCount: break;
    }
    return {};
}

QVariant ServiceOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HouseColumn: return tr("House");
    case ResidentColumn: return tr("Resident");
    case PhoneColumn: return tr("Phone");
    case ServiceColumn: return tr("Service");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case SignedColumn: return tr("Signature");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}
