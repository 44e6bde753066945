#pragma once

#include "models/repositories/auditlog.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The audit log as a table, times shown in the estate's time zone.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, OldValueColumn, NewValueColumn,
                  DetailColumn, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    void setEntries(const QList<AuditEntry> &entries);
    // The entries of the filter, newest first, a page at a time as the view scrolls
    // (canFetchMore/fetchMore). Returns the first page's error, if any.
    Status load(AuditLog &log, const Session &who, const AuditFilter &filter);
    bool atEnd() const { return m_atEnd; }
    static constexpr int pageSize = 200;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "login" -> "Signed in" (translated); unknown codes are shown as they are.
    static QString actionName(const QString &code);
    static QString entityName(const QString &code);

private:
    QList<AuditEntry> m_entries;
    AuditLog *m_log = nullptr;
    Session m_who;
    AuditFilter m_filter;
    bool m_atEnd = true;
    QTimeZone m_zone;
};
