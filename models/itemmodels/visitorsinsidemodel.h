#pragma once

#include "models/domain/gaterecords.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The visitors inside now, in order of arrival.
class VisitorsInsideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PeopleColumn, HouseColumn, PurposeColumn, InColumn, ColumnCount };

    explicit VisitorsInsideModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setVisitors(const QList<VisitorRecord> &visitors);
    const VisitorRecord &visitor(int row) const { return m_visitors.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VisitorRecord> m_visitors;
    QTimeZone m_zone;
};
