#pragma once

#include "models/domain/convenienceservices.h"

#include <QAbstractTableModel>

// The services of one year's price list, with today's subscribers and the break-even flag.
class ServiceItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        NameColumn,
        PaidColumn,
        PriceColumn,
        DepositColumn,
        TermColumn,
        BreakEvenColumn,
        SubscribersColumn,
        ColumnCount
    };

    explicit ServiceItemModel(QObject *parent = nullptr);

    void setItems(const QList<ServiceItem> &items);
    const ServiceItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceItem> m_items;
};

// Service orders 委托服务单 (or the subscribers of one service 接受长期服务业主名单).
class ServiceOrderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HouseColumn,
        ResidentColumn,
        PhoneColumn,
        ServiceColumn,
        StartColumn,
        EndColumn,
        SignedColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ServiceOrderModel(QObject *parent = nullptr);

    void setOrders(const QList<ServiceOrder> &orders);
    const ServiceOrder &order(int row) const { return m_orders.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceOrder> m_orders;
};
