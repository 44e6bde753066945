#pragma once

#include "models/services/timerboard.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

// The timer board as a table: time left and state per line (open requests, inspections due,
// rectification deadlines, repeats raised to the user), coloured by state
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

    // "BX-20260212-001", "部门主管", "不合格项 12": what names the line in a notification.
    static QString lineTitle(const TimerBoard::Item &item);
    // "到场", "检查", "整改": which deadline the line's timer runs to.
    static QString deadlineName(const TimerBoard::Item &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<TimerBoard> m_board;
    QTimeZone m_zone;
};
