#pragma once

#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/repositories/requestrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The request list: filtered and sorted in SQL, fetched a page at a time as the view
// scrolls (canFetchMore/fetchMore), so that 68,000 requests open as fast as 68.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, KindColumn, ClassColumn, RegisteredColumn, LocationColumn, ReporterColumn,
                  StateColumn, ResponsibleColumn, ReceiverColumn, ArrivalDeadlineColumn, CompletionDeadlineColumn,
                  ColumnCount };
    static constexpr int pageSize = 100;

    // The repository and session must outlive the model.
    RequestListModel(RequestRepository &repository, const Session &session, QObject *parent = nullptr);

    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    void setTimeZone(const QTimeZone &zone);
    // Starts again from the first page.
    void reload();
    const ServiceRequest &request(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is done by the database on the columns that have an index.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);

private:
    void requestChanged(qint64 id);
    QString instantText(const QDateTime &when) const;

    RequestRepository &m_repository;
    Session m_session;
    RequestFilter m_filter;
    QTimeZone m_zone;
    QList<ServiceRequest> m_rows;
    bool m_atEnd = false;
    bool m_notifying = false;
    QString m_error;
};
