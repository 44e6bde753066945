#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

class TimerBoard;

// The timer board as a table: time left and state per open request, coloured by state
// (Qt::BackgroundRole / Qt::ForegroundRole) and with the raw values in ItemRoles.
// Fed by a TimerBoard; it never reads the database itself.
class TimerBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, KindColumn, ClassColumn, LocationColumn, ResponsibleColumn, ReceiverColumn,
                  DeadlineColumn, TimeLeftColumn, StateColumn, ColumnCount };

    explicit TimerBoardModel(TimerBoard *board, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<TimerBoard> m_board;
    QTimeZone m_zone;
};
