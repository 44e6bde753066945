#include "models/itemmodels/vehiclelogmodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"
#include "models/repositories/gaterepository.h"

#include <QScopedValueRollback>

VehicleLogModel::VehicleLogModel(GateRepository &gate, const Session &session, int pageSize, QObject *parent)
    : QAbstractTableModel(parent), m_gate(gate), m_session(session), m_pageSize(qMax(1, pageSize)),
      m_zone(QTimeZone::utc())
{
}

void VehicleLogModel::reload()
{
    // The first page is part of the reset: views (and model testers) see it complete, and
    // nobody fetches more until the reset is over.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_events.clear();
    m_atEnd = false;
    m_error.clear();
    const auto page = m_gate.vehicleEvents(m_session, m_pageSize);
    if (page) {
        m_events = page.value();
        m_atEnd = page->size() < m_pageSize;
    } else {
        m_error = page.error();
        m_atEnd = true;
    }
    endResetModel();
}

int VehicleLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int VehicleLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool VehicleLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void VehicleLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    // Whoever listens to the insertion may ask for more; that waits for this page.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const auto page = m_events.isEmpty()
                          ? m_gate.vehicleEvents(m_session, m_pageSize)
                          : m_gate.vehicleEvents(m_session, m_pageSize, m_events.last().occurredAt, m_events.last().id);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    if (page->size() < m_pageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page->size() - 1));
    m_events += page.value();
    endInsertRows();
}

QVariant VehicleLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VehicleEvent &e = m_events.at(index.row());
    if (role == ItemRoles::IdRole)
        return e.id;
    if (role == ItemRoles::CodeRole && index.column() == CategoryColumn)
        return e.category;
    if (role == ItemRoles::SortRole) {
        switch (Column(index.column())) {
        case TimeColumn: return e.occurredAt.toMSecsSinceEpoch();
        case StayColumn: return e.stayMs;
        case FeeColumn: return e.feeFen;
        default: break;
        }
    }
    if (role == Qt::ToolTipRole && e.refused)
        return e.reason;
    if (role != Qt::DisplayRole && role != ItemRoles::SortRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return e.occurredAt.toTimeZone(m_zone).toString(Formats::dateTime());
    case DirectionColumn: return e.direction == GateDirection::In ? tr("In") : tr("Out");
    case PlateColumn: return e.plate;
    case CategoryColumn: {
        const auto category = GateRules::fromCode(e.category);
        return category ? GateRules::displayName(*category) : e.category;
    }
    case DecisionColumn: return e.refused ? tr("Refused") : (e.flagged ? tr("Passed, flagged") : tr("Passed"));
    case StayColumn: return e.stayMs >= 0 ? GateRules::displayStay(e.stayMs) : QString();
    case FeeColumn: return e.direction == GateDirection::Out && !e.refused ? GateRules::formatYuan(e.feeFen) : QString();
    case GuardColumn: return e.guard;
    case ColumnCount: break;
    }
    return {};
}

QVariant VehicleLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("In/out");
    case PlateColumn: return tr("Plate");
    case CategoryColumn: return tr("Category");
    case DecisionColumn: return tr("Decision");
    case StayColumn: return tr("Stay");
    case FeeColumn: return tr("Fee (¥)");
    case GuardColumn: return tr("Guard");
    case ColumnCount: break;
    }
    return {};
}
