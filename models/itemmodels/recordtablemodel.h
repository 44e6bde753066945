#pragma once

#include "models/itemmodels/itemroles.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

#include <functional>

// A read-only table over a list of plain records, one lambda per column.
// Headers are translated in the given context (mark them with QT_TRANSLATE_NOOP).
template<typename T>
class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        const char *header;
        std::function<QVariant(const T &)> display;
    };

    RecordTableModel(const char *context, QList<Column> columns, std::function<qint64(const T &)> id,
                     QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_context(context), m_columns(std::move(columns)), m_id(std::move(id))
    {
    }

    void setRecords(const QList<T> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    const QList<T> &records() const { return m_records; }
    // A colour for a whole row (Qt::ForegroundRole), e.g. red for what is overdue.
    void setForeground(std::function<QVariant(const T &)> foreground) { m_foreground = std::move(foreground); }
    const T &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &record = m_records.at(index.row());
        if (role == ItemRoles::IdRole)
            return m_id(record);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns.at(index.column()).display(record);
        if (role == Qt::ForegroundRole && m_foreground)
            return m_foreground(record);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return QCoreApplication::translate(m_context, m_columns.at(section).header);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    const char *m_context;
    QList<Column> m_columns;
    std::function<qint64(const T &)> m_id;
    std::function<QVariant(const T &)> m_foreground;
    QList<T> m_records;
};
