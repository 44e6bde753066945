#pragma once

#include "models/domain/holidaycalendar.h"

#include <QAbstractTableModel>

// The official holidays and adjusted working days of one year.
class HolidayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, NameColumn, KindColumn, ColumnCount };

    explicit HolidayTableModel(QObject *parent = nullptr);

    void setSchedule(const HolidaySchedule &schedule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString weekdayName(int dayOfWeek);

private:
    HolidaySchedule m_schedule;
};
