#pragma once

#include "models/domain/gaterecords.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// Goods-out permits at the office: what, for whom, and who approved and let it out when.
class GoodsPermitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KindColumn,
        HouseColumn,
        ApplicantColumn,
        GoodsColumn,
        PlateColumn,
        ValidColumn,
        StatusColumn,
        AppliedColumn,
        ApprovedColumn,
        CollectedColumn,
        ColumnCount
    };

    explicit GoodsPermitModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setPermits(const QList<GoodsPermit> &permits);
    const GoodsPermit &permit(int row) const { return m_permits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString byAt(const QString &by, const QDateTime &at) const;

    QList<GoodsPermit> m_permits;
    QTimeZone m_zone;
};
