#include "models/itemmodels/goodspermitmodel.h"

#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"
#include "models/repositories/goodspermitrepository.h"

GoodsPermitModel::GoodsPermitModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void GoodsPermitModel::setPermits(const QList<GoodsPermit> &permits)
{
    beginResetModel();
    m_permits = permits;
    endResetModel();
}

int GoodsPermitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_permits.size());
}

int GoodsPermitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoodsPermitModel::byAt(const QString &by, const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    return tr("%1, %2").arg(by, at.toTimeZone(m_zone).toString(Formats::dateTime()));
}

QVariant GoodsPermitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoodsPermit &p = m_permits.at(index.row());
    switch (role) {
    case ItemRoles::IdRole: return p.id;
    case ItemRoles::CodeRole:
        if (index.column() == KindColumn)
            return p.kind;
        if (index.column() == StatusColumn)
            return p.status;
        return {};
    case ItemRoles::SortRole:
        switch (Column(index.column())) {
        case ValidColumn: return p.validUntil;
        case AppliedColumn: return p.appliedAt.toMSecsSinceEpoch();
        case ApprovedColumn: return p.approvedAt.isValid() ? p.approvedAt.toMSecsSinceEpoch() : QVariant();
        case CollectedColumn: return p.collectedAt.isValid() ? p.collectedAt.toMSecsSinceEpoch() : QVariant();
        default: break;
        }
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case NumberColumn: return p.permitNumber;
    case KindColumn: return GoodsPermitRepository::kindName(p.kind);
    case HouseColumn: return p.houseNumber;
    case ApplicantColumn: return p.applicant;
    case GoodsColumn: return p.goods;
    case PlateColumn: return p.plate;
    case ValidColumn:
        if (p.validFrom == p.validUntil)
            return p.validFrom.toString(Qt::ISODate);
        return tr("%1 to %2").arg(p.validFrom.toString(Qt::ISODate), p.validUntil.toString(Qt::ISODate));
    case StatusColumn:
        if (p.status == QLatin1String("voided") && !p.voidReason.isEmpty())
            return tr("%1: %2").arg(GoodsPermitRepository::statusName(p.status), p.voidReason);
        return GoodsPermitRepository::statusName(p.status);
    case AppliedColumn: return byAt(p.appliedBy, p.appliedAt);
    case ApprovedColumn: return byAt(p.approvedBy, p.approvedAt);
    case CollectedColumn: return byAt(p.collectedBy, p.collectedAt);
    case ColumnCount: break;
    }
    return {};
}

QVariant GoodsPermitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("Permit no.");
    case KindColumn: return tr("Kind");
    case HouseColumn: return tr("House");
    case ApplicantColumn: return tr("Applicant");
    case GoodsColumn: return tr("Goods");
    case PlateColumn: return tr("Vehicle");
    case ValidColumn: return tr("Valid");
    case StatusColumn: return tr("Status");
    case AppliedColumn: return tr("Applied (by, at)");
    case ApprovedColumn: return tr("Approved (by, at)");
    case CollectedColumn: return tr("Let out at the gate (by, at)");
    case ColumnCount: break;
    }
    return {};
}
