#include "models/itemmodels/timerboardmodel.h"

#include "models/domain/timelimittable.h"
#include "models/itemmodels/itemroles.h"
#include "models/services/timerboard.h"

#include <QColor>

TimerBoardModel::TimerBoardModel(TimerBoard *board, QObject *parent)
    : QAbstractTableModel(parent), m_board(board), m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    connect(board, &TimerBoard::aboutToReset, this, [this] { beginResetModel(); });
    connect(board, &TimerBoard::reset, this, [this] { endResetModel(); });
    connect(board, &TimerBoard::aboutToInsert, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(board, &TimerBoard::inserted, this, [this](int) { endInsertRows(); });
    connect(board, &TimerBoard::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(board, &TimerBoard::removed, this, [this](int) { endRemoveRows(); });
    connect(board, &TimerBoard::itemChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(board, &TimerBoard::ticked, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, StateColumn));
    });
}

void TimerBoardModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (rowCount() > 0)
        emit dataChanged(index(0, DeadlineColumn), index(rowCount() - 1, DeadlineColumn), {Qt::DisplayRole});
}

int TimerBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_board ? 0 : int(m_board->items().size());
}

int TimerBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimerBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimerBoard::Item &item = m_board->items().at(index.row());
    const BoardEntry &e = item.entry;
    const TimerStatus &s = item.status;
    switch (role) {
    case ItemRoles::IdRole: return e.id;
    case ItemRoles::TimerStateRole: return int(s.state);
    case ItemRoles::DueRole: return QDateTime::fromMSecsSinceEpoch(s.due, Qt::UTC);
    case ItemRoles::MsecsLeftRole: return s.msecsLeft;
    case ItemRoles::EscalatedRole: return item.escalated();
    case ItemRoles::CodeRole:
        if (index.column() == StateColumn)
            return RequestTimer::code(s.state);
        if (index.column() == DeadlineColumn)
            return RequestCodes::code(s.deadline);
        if (index.column() == KindColumn)
            return RequestCodes::code(e.kind);
        return {};
    case ItemRoles::SortRole:
        if (index.column() == TimeLeftColumn || index.column() == DeadlineColumn)
            return s.msecsLeft;
        if (index.column() == StateColumn)
            return int(s.state);
        break;
    case Qt::BackgroundRole:
        if (s.state == TimerState::Overdue)
            return QColor(0xff, 0xcd, 0xd2);
        if (s.state == TimerState::DueSoon)
            return QColor(0xff, 0xec, 0xb3);
        return {};
    case Qt::ForegroundRole:
        if (s.state == TimerState::Overdue)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case NumberColumn: return e.major ? e.number + QStringLiteral(" !") : e.number;
    case KindColumn: return RequestCodes::displayName(e.kind);
    case ClassColumn: return TimeLimitTable::className(e.kind, e.classKey);
    case LocationColumn: return e.location;
    case ResponsibleColumn: return e.responsibleName;
    case ReceiverColumn: return e.receiverName;
    case DeadlineColumn:
        return tr("%1 %2").arg(RequestCodes::displayName(s.deadline),
                               QDateTime::fromMSecsSinceEpoch(s.due, Qt::UTC)
                                   .toTimeZone(m_zone)
                                   .toString(QStringLiteral("MM-dd HH:mm")));
    case TimeLeftColumn: return RequestTimer::formatLeft(s.msecsLeft);
    case StateColumn: return RequestTimer::displayName(s.state);
    case ColumnCount: break;
    }
    return {};
}

QVariant TimerBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("Number");
    case KindColumn: return tr("Kind");
    case ClassColumn: return tr("Class");
    case LocationColumn: return tr("House / location");
    case ResponsibleColumn: return tr("Responsible");
    case ReceiverColumn: return tr("Receiver");
    case DeadlineColumn: return tr("Next deadline");
    case TimeLeftColumn: return tr("Time left");
    case StateColumn: return tr("Timer");
    case ColumnCount: break;
    }
    return {};
}
