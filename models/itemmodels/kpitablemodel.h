#pragma once

#include "models/reports/reportoutput.h"

#include <QAbstractTableModel>
#include <QJsonObject>

// The report's key figures against their targets (the dashboard's table).
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Figure, Value, Target, Result, ColumnCount };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setFigures(const QJsonObject &figures);
    // The dotted JSON key of a row ("repairs.received"), also under ItemRoles::CodeRole.
    QString keyAt(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KpiLine> m_lines;
};
