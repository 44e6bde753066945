#pragma once

#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class GateRepository;

// The vehicle log, newest first, fetched a page at a time as the view scrolls (keyset paging on
// the occurred_at index): 1.5 million events open as fast as fifteen.
class VehicleLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, PlateColumn, CategoryColumn, DecisionColumn, StayColumn, FeeColumn,
                  GuardColumn, ColumnCount };

    VehicleLogModel(GateRepository &gate, const Session &session, int pageSize = 200, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void reload();
    // Another guard took over the screen: their view of the log.
    void setSession(const Session &session)
    {
        m_session = session;
        reload();
    }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    GateRepository &m_gate;
    Session m_session;
    int m_pageSize;
    QList<VehicleEvent> m_events;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_error;
    QTimeZone m_zone;
};
