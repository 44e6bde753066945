#include "models/itemmodels/auditlogmodel.h"

#include "models/itemmodels/itemroles.h"

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
}

void AuditLogModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), {Qt::DisplayRole});
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == ItemRoles::IdRole)
        return e.id;
    if (role == ItemRoles::CodeRole && index.column() == ActionColumn)
        return e.action;
    if (role == ItemRoles::SortRole && index.column() == TimeColumn)
        return e.at.toMSecsSinceEpoch();
    if (role == Qt::ToolTipRole && (index.column() == OldValueColumn || index.column() == NewValueColumn
                                    || index.column() == DetailColumn))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != ItemRoles::SortRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return e.at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn: return e.username;
    case ActionColumn: return actionName(e.action);
    case RecordColumn:
        return e.entityId.isEmpty() ? entityName(e.entity) : entityName(e.entity) + QLatin1Char(' ') + e.entityId;
    case OldValueColumn: return e.oldValue;
    case NewValueColumn: return e.newValue;
    case DetailColumn: return e.detail;
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case RecordColumn: return tr("Record");
    case OldValueColumn: return tr("Old value");
    case NewValueColumn: return tr("New value");
    case DetailColumn: return tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

QString AuditLogModel::entityName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("user"), QT_TR_NOOP("user")},
        {QStringLiteral("settings"), QT_TR_NOOP("setting")},
        {QStringLiteral("holiday_calendar"), QT_TR_NOOP("holiday calendar")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("audit log")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}

QString AuditLogModel::actionName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("login_refused_locked"), QT_TR_NOOP("Sign-in refused (locked)")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("user_added"), QT_TR_NOOP("User added")},
        {QStringLiteral("user_enabled"), QT_TR_NOOP("User enabled")},
        {QStringLiteral("user_disabled"), QT_TR_NOOP("User disabled")},
        {QStringLiteral("user_unlocked"), QT_TR_NOOP("User unlocked")},
        {QStringLiteral("role_changed"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("password_reset"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("setting_changed"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("holidays_imported"), QT_TR_NOOP("Holiday schedule imported")},
        {QStringLiteral("permission_denied"), QT_TR_NOOP("Permission denied")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}
