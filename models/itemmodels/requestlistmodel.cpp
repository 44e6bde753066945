#include "models/itemmodels/requestlistmodel.h"

#include "models/domain/formats.h"
#include "models/domain/timelimittable.h"
#include "models/itemmodels/itemroles.h"

RequestListModel::RequestListModel(RequestRepository &repository, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_session(session),
      m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    connect(&m_repository, &RequestRepository::requestChanged, this, &RequestListModel::requestChanged);
    connect(&m_repository, &RequestRepository::requestsReset, this, &RequestListModel::reload);
    reload();
}

void RequestListModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void RequestListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    const auto page = m_repository.queries().list(m_session, m_filter, 0, pageSize);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < pageSize;
    } else {
        m_error = page.error();
        m_atEnd = true;
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside our own change notifications: a listener fetching there would
    // start a second change while the first is still being announced.
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    // Keyset paging: the page after the last row shown, as cheap at row 50,000 as at row 100.
    const auto page = m_rows.isEmpty() ? m_repository.queries().list(m_session, m_filter, 0, pageSize)
                                       : m_repository.queries().listAfter(m_session, m_filter, m_rows.last(), pageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        emit loadFailed(m_error);
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += page.value();
    m_notifying = true;
    endInsertRows();
    m_notifying = false;
}

void RequestListModel::sort(int column, Qt::SortOrder order)
{
    RequestSort sort = m_filter.sort;
    switch (Column(column)) {
    case NumberColumn: sort = RequestSort::Number; break;
    case RegisteredColumn:
        sort = order == Qt::AscendingOrder ? RequestSort::OldestFirst : RequestSort::NewestFirst;
        break;
    case StateColumn: sort = RequestSort::State; break;
    case ArrivalDeadlineColumn: sort = RequestSort::ArrivalDeadline; break;
    case CompletionDeadlineColumn: sort = RequestSort::CompletionDeadline; break;
    default: return; // no index behind the other columns
    }
    if (sort == m_filter.sort)
        return;
    m_filter.sort = sort;
    reload();
}

int RequestListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void RequestListModel::requestChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        reload(); // a new request: where it belongs depends on the filter and the sort
        return;
    }
    const auto fresh = m_repository.request(m_session, id);
    if (!fresh)
        return;
    m_rows[row] = fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestListModel::instantText(const QDateTime &when) const
{
    return when.isValid() ? when.toTimeZone(m_zone).toString(Formats::dateTime()) : QString();
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceRequest &r = m_rows.at(index.row());
    switch (role) {
    case ItemRoles::IdRole: return r.id;
    case ItemRoles::RowVersionRole: return r.rowVersion;
    case ItemRoles::CodeRole:
        switch (Column(index.column())) {
        case KindColumn: return RequestCodes::code(r.kind);
        case ClassColumn: return r.classKey;
        case StateColumn: return RequestCodes::code(r.state);
        default: return {};
        }
    case ItemRoles::SortRole:
        switch (Column(index.column())) {
        case RegisteredColumn: return r.registeredAt.toMSecsSinceEpoch();
        case ArrivalDeadlineColumn:
            return r.arrivalDeadline.isValid() ? r.arrivalDeadline.toMSecsSinceEpoch() : QVariant();
        case CompletionDeadlineColumn:
            return r.completionDeadline.isValid() ? r.completionDeadline.toMSecsSinceEpoch() : QVariant();
        case StateColumn: return int(r.state);
        default: break;
        }
        break;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case NumberColumn: return r.number;
    case KindColumn: return RequestCodes::displayName(r.kind);
    case ClassColumn: return TimeLimitTable::className(r.kind, r.classKey);
    case RegisteredColumn: return instantText(r.registeredAt);
    case LocationColumn: return r.location();
    case ReporterColumn: return r.reporterName;
    case StateColumn: return r.voided ? tr("Voided") : RequestCodes::displayName(r.state);
    case ResponsibleColumn: return r.registeredByName;
    case ReceiverColumn: return r.receiverName;
    case ArrivalDeadlineColumn: return instantText(r.arrivalDeadline);
    case CompletionDeadlineColumn: return instantText(r.completionDeadline);
    case ColumnCount: break;
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("Number");
    case KindColumn: return tr("Kind");
    case ClassColumn: return tr("Class");
    case RegisteredColumn: return tr("Registered");
    case LocationColumn: return tr("House / location");
    case ReporterColumn: return tr("Reporter");
    case StateColumn: return tr("State");
    case ResponsibleColumn: return tr("Responsible");
    case ReceiverColumn: return tr("Receiver");
    case ArrivalDeadlineColumn: return tr("Arrival due");
    case CompletionDeadlineColumn: return tr("Completion due");
    case ColumnCount: break;
    }
    return {};
}
