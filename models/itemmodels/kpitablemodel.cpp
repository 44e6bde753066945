#include "models/itemmodels/kpitablemodel.h"

#include "models/itemmodels/itemroles.h"

#include <QColor>

KpiTableModel::KpiTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setFigures(const QJsonObject &figures)
{
    beginResetModel();
    m_lines = ReportOutput::kpis(figures);
    endResetModel();
}

QString KpiTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).key : QString();
}

int KpiTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).key == key)
            return i;
    }
    return -1;
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiLine &line = m_lines.at(index.row());
    if (role == ItemRoles::CodeRole)
        return line.key;
    if (role == ItemRoles::SortRole && index.column() == Value)
        return line.value.isDouble() ? QVariant(line.value.toDouble()) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Result && line.met)
        return *line.met ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    if (role == Qt::TextAlignmentRole && index.column() != Figure)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Figure: return line.name;
    case Value: return ReportOutput::formatValue(line.value, line.isRate);
    case Target:
        return line.target ? tr("≥ %1%").arg(QString::number(*line.target * 100, 'f', 0)) : QString();
    case Result:
        if (!line.target)
            return QString();
        if (!line.met)
            return QStringLiteral("—");
        return *line.met ? tr("✔ met") : tr("✘ not met");
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure: return tr("Figure");
    case Value: return tr("Value");
    case Target: return tr("Target");
    case Result: return tr("Result");
    }
    return {};
}
