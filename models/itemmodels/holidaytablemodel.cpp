#include "models/itemmodels/holidaytablemodel.h"

#include "models/itemmodels/itemroles.h"

#include <QColor>

HolidayTableModel::HolidayTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void HolidayTableModel::setSchedule(const HolidaySchedule &schedule)
{
    beginResetModel();
    m_schedule = schedule;
    endResetModel();
}

int HolidayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedule.days.size());
}

int HolidayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HolidayTableModel::weekdayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1: return tr("Mon");
    case 2: return tr("Tue");
    case 3: return tr("Wed");
    case 4: return tr("Thu");
    case 5: return tr("Fri");
    case 6: return tr("Sat");
    case 7: return tr("Sun");
    default: return {};
    }
}

QVariant HolidayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HolidayDay &day = m_schedule.days.at(index.row());
    if (role == ItemRoles::SortRole)
        return day.date;
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return day.isOffDay ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1f, 0x5f, 0xa8);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case DateColumn: return day.date.toString(Qt::ISODate);
    case WeekdayColumn: return weekdayName(day.date.dayOfWeek());
    case NameColumn: return day.name;
    case KindColumn: return day.isOffDay ? tr("Holiday") : tr("Adjusted working day");
    case ColumnCount: break;
    }
    return {};
}

QVariant HolidayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case WeekdayColumn: return tr("Weekday");
    case NameColumn: return tr("Holiday");
    case KindColumn: return tr("Kind");
    case ColumnCount: break;
    }
    return {};
}
