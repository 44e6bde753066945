#include "models/itemmodels/timerboardmodel.h"

#include "models/domain/formats.h"
#include "models/domain/timelimittable.h"
#include "models/itemmodels/itemroles.h"
#include "models/services/timerboard.h"

#include <QColor>

#include <limits>

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
    // A line whose state moved is coloured anew across the whole row.
    connect(board, &TimerBoard::stateChanged, this, [this](const BoardKey &key) {
        if (const int row = m_board->rowOf(key); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
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

namespace {
QString shortTime(qint64 msecs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toTimeZone(zone).toString(Formats::shortDateTime());
}
} // namespace

QString TimerBoardModel::lineTitle(const TimerBoard::Item &item)
{
    switch (item.source) {
    case BoardSource::Request:
    case BoardSource::SlipReturn:
    case BoardSource::TellComplainant: return item.entry.number;
    case BoardSource::Inspection: return InspectionCodes::levelName(item.levelCode);
    case BoardSource::Rectification: return tr("Finding %1").arg(item.entry.id);
    }
    return {};
}

QString TimerBoardModel::deadlineName(const TimerBoard::Item &item)
{
    switch (item.source) {
    case BoardSource::Request: return RequestCodes::displayName(item.status.deadline);
    case BoardSource::SlipReturn: return tr("Slip back");
    case BoardSource::TellComplainant: return tr("Tell by");
    case BoardSource::Inspection: return tr("Inspection");
    case BoardSource::Rectification: return tr("Rectification");
    }
    return {};
}

QVariant TimerBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimerBoard::Item &item = m_board->items().at(index.row());
    const BoardEntry &e = item.entry;
    const TimerStatus &s = item.status;
    const bool request = item.source == BoardSource::Request || item.source == BoardSource::SlipReturn
                         || item.source == BoardSource::TellComplainant;
    switch (role) {
    case ItemRoles::IdRole: return e.id;
    case ItemRoles::SourceRole: return int(item.source);
    case ItemRoles::RaisedToMeRole: return item.raisedToMe;
    case ItemRoles::TimerStateRole: return int(s.state);
    case ItemRoles::DueRole: return s.due > 0 ? QDateTime::fromMSecsSinceEpoch(s.due, Qt::UTC) : QDateTime();
    case ItemRoles::MsecsLeftRole: return s.msecsLeft;
    case ItemRoles::EscalatedRole: return item.escalated();
    case ItemRoles::CodeRole:
        if (index.column() == StateColumn)
            return RequestTimer::code(s.state);
        if (index.column() == DeadlineColumn) {
            switch (item.source) {
            case BoardSource::Request: return RequestCodes::code(s.deadline);
            case BoardSource::SlipReturn: return QStringLiteral("slip_return");
            case BoardSource::TellComplainant: return QStringLiteral("tell_complainant");
            case BoardSource::Inspection: return QStringLiteral("inspection");
            case BoardSource::Rectification: return QStringLiteral("rectification");
            }
            return {};
        }
        if (index.column() == KindColumn)
            return request ? RequestCodes::code(e.kind) : item.levelCode;
        return {};
    case ItemRoles::SortRole:
        if (index.column() == TimeLeftColumn || index.column() == DeadlineColumn)
            return s.state == TimerState::None ? std::numeric_limits<qint64>::max() : s.msecsLeft;
        if (index.column() == StateColumn)
            return int(s.state);
        break;
    case Qt::BackgroundRole:
        if (s.state == TimerState::Overdue)
            return QColor(0xff, 0xcd, 0xd2);
        if (s.state == TimerState::DueSoon)
            return QColor(0xff, 0xec, 0xb3);
        if (item.raisedToMe)
            return QColor(0xe3, 0xf2, 0xfd);
        return {};
    case Qt::ForegroundRole:
        if (s.state == TimerState::Overdue)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ClassColumn || index.column() == NumberColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case NumberColumn: return request && e.major ? e.number + QStringLiteral(" !") : lineTitle(item);
    case KindColumn:
        switch (item.source) {
        case BoardSource::Request: return RequestCodes::displayName(e.kind);
        case BoardSource::SlipReturn: return tr("%1, slip").arg(RequestCodes::displayName(e.kind));
        case BoardSource::TellComplainant: return tr("Tell the complainant");
        case BoardSource::Inspection: return tr("Inspection");
        case BoardSource::Rectification:
            return item.raisedToMe ? tr("Repeat raised to you") : tr("Rectification");
        }
        return {};
    case ClassColumn:
        if (request)
            return TimeLimitTable::className(e.kind, e.classKey);
        if (item.source == BoardSource::Inspection && item.detail.isEmpty())
            return tr("all checklists");
        return item.detail;
    case LocationColumn: return e.location;
    case ResponsibleColumn: return e.responsibleName;
    case ReceiverColumn: return e.receiverName;
    case DeadlineColumn:
        if (s.state == TimerState::None)
            return item.raisedToMe ? tr("no plan yet") : QString();
        return tr("%1 %2").arg(deadlineName(item), shortTime(s.due, m_zone));
    case TimeLeftColumn: return s.state == TimerState::None ? QString() : RequestTimer::formatLeft(s.msecsLeft);
    case StateColumn:
        if (s.state == TimerState::None)
            return InspectionCodes::displayName(item.findingState);
        return RequestTimer::displayName(s.state);
    case ColumnCount: break;
    }
    return {};
}

QVariant TimerBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("Number / level");
    case KindColumn: return tr("Kind");
    case ClassColumn: return tr("Class / checklist");
    case LocationColumn: return tr("House / area");
    case ResponsibleColumn: return tr("Responsible / inspector");
    case ReceiverColumn: return tr("Receiver / superior");
    case DeadlineColumn: return tr("Next deadline");
    case TimeLeftColumn: return tr("Time left");
    case StateColumn: return tr("Timer");
    case ColumnCount: break;
    }
    return {};
}
