#include "models/itemmodels/auditlogmodel.h"

#include "models/domain/formats.h"
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
    m_log = nullptr;
    m_atEnd = true;
    endResetModel();
}

Status AuditLogModel::load(AuditLog &log, const Session &who, const AuditFilter &filter)
{
    AuditFilter first = filter;
    first.limit = pageSize;
    first.beforeAt = QDateTime();
    first.beforeId = 0;
    const auto page = log.entries(who, first);
    beginResetModel();
    m_log = &log;
    m_who = who;
    m_filter = first;
    m_entries = page ? page.value() : QList<AuditEntry>();
    m_atEnd = !page || m_entries.size() < pageSize;
    endResetModel();
    if (!page)
        return Failure{page.error()};
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_log && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_log || m_atEnd || m_entries.isEmpty())
        return;
    AuditFilter next = m_filter;
    next.beforeAt = m_entries.last().at;
    next.beforeId = m_entries.last().id;
    const auto page = m_log->entries(m_who, next);
    if (!page || page->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < pageSize;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += page.value();
    endInsertRows();
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
    case TimeColumn: return e.at.toTimeZone(m_zone).toString(Formats::dateTimeSeconds());
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
        {QStringLiteral("request"), QT_TR_NOOP("request")},
        {QStringLiteral("time_limit"), QT_TR_NOOP("time limit")},
        {QStringLiteral("price_item"), QT_TR_NOOP("price item")},
        {QStringLiteral("building"), QT_TR_NOOP("building")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("house"), QT_TR_NOOP("house")},
        {QStringLiteral("resident"), QT_TR_NOOP("resident")},
        {QStringLiteral("resident_house"), QT_TR_NOOP("residence")},
        {QStringLiteral("vehicle"), QT_TR_NOOP("vehicle")},
        {QStringLiteral("decoration_permit"), QT_TR_NOOP("decoration permit")},
        {QStringLiteral("goods_permit"), QT_TR_NOOP("goods-out permit")},
        {QStringLiteral("vehicle_event"), QT_TR_NOOP("vehicle log")},
        {QStringLiteral("visitor"), QT_TR_NOOP("visitor")},
        {QStringLiteral("patrol"), QT_TR_NOOP("patrol")},
        {QStringLiteral("patrol_route"), QT_TR_NOOP("patrol route")},
        {QStringLiteral("handover"), QT_TR_NOOP("shift handover")},
        {QStringLiteral("inspection_template"), QT_TR_NOOP("checklist")},
        {QStringLiteral("inspection_level"), QT_TR_NOOP("inspection level")},
        {QStringLiteral("inspection_schedule"), QT_TR_NOOP("inspection schedule")},
        {QStringLiteral("inspection_run"), QT_TR_NOOP("inspection run")},
        {QStringLiteral("non_conformity"), QT_TR_NOOP("non-conformity")},
        {QStringLiteral("work_log"), QT_TR_NOOP("work log")},
        {QStringLiteral("report_month"), QT_TR_NOOP("monthly report")},
        {QStringLiteral("survey_answer"), QT_TR_NOOP("survey answer")},
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
        {QStringLiteral("request_registered"), QT_TR_NOOP("Request registered")},
        {QStringLiteral("request_dispatched"), QT_TR_NOOP("Request dispatched")},
        {QStringLiteral("request_redispatched"), QT_TR_NOOP("Request dispatched again")},
        {QStringLiteral("request_arrived"), QT_TR_NOOP("Arrival recorded")},
        {QStringLiteral("request_completed"), QT_TR_NOOP("Completion recorded")},
        {QStringLiteral("request_slip_returned"), QT_TR_NOOP("Slip returned")},
        {QStringLiteral("request_complainant_told"), QT_TR_NOOP("Complainant told when it will be settled")},
        {QStringLiteral("request_signature_confirmed"), QT_TR_NOOP("Signature confirmed")},
        {QStringLiteral("request_called_back"), QT_TR_NOOP("Callback recorded")},
        {QStringLiteral("request_reopened_not_solved"), QT_TR_NOOP("Reopened: not solved")},
        {QStringLiteral("request_closed"), QT_TR_NOOP("Request closed")},
        {QStringLiteral("request_extended"), QT_TR_NOOP("Deadline extended")},
        {QStringLiteral("request_reopened"), QT_TR_NOOP("Closed request reopened")},
        {QStringLiteral("request_voided"), QT_TR_NOOP("Request voided")},
        {QStringLiteral("requests_imported"), QT_TR_NOOP("Ledger imported")},
        {QStringLiteral("requests_exported"), QT_TR_NOOP("Requests exported")},
        {QStringLiteral("time_limit_changed"), QT_TR_NOOP("Time limit changed")},
        {QStringLiteral("price_item_saved"), QT_TR_NOOP("Price item saved")},
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("void"), QT_TR_NOOP("Voided")},
        {QStringLiteral("move_in"), QT_TR_NOOP("Moved in")},
        {QStringLiteral("move_out"), QT_TR_NOOP("Moved out")},
        {QStringLiteral("reveal_document"), QT_TR_NOOP("Full document number shown")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("accept"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("handle"), QT_TR_NOOP("Handled")},
        {QStringLiteral("template_saved"), QT_TR_NOOP("Checklist saved")},
        {QStringLiteral("inspection_started"), QT_TR_NOOP("Inspection started")},
        {QStringLiteral("inspection_draft_saved"), QT_TR_NOOP("Inspection draft saved")},
        {QStringLiteral("inspection_finished"), QT_TR_NOOP("Inspection finished")},
        {QStringLiteral("inspection_corrected"), QT_TR_NOOP("Inspection corrected")},
        {QStringLiteral("inspection_photo_attached"), QT_TR_NOOP("Inspection photo attached")},
        {QStringLiteral("inspection_level_changed"), QT_TR_NOOP("Inspection level changed")},
        {QStringLiteral("inspection_assignment_created"), QT_TR_NOOP("Inspection duty assigned")},
        {QStringLiteral("inspection_assignment_changed"), QT_TR_NOOP("Inspection duty changed")},
        {QStringLiteral("nc_found"), QT_TR_NOOP("Non-conformity found")},
        {QStringLiteral("nc_fixed_on_spot"), QT_TR_NOOP("Fixed on the spot")},
        {QStringLiteral("nc_plan"), QT_TR_NOOP("Rectification planned")},
        {QStringLiteral("nc_recheck"), QT_TR_NOOP("Rechecked")},
        {QStringLiteral("nc_repeat"), QT_TR_NOOP("Repeat raised to the superior")},
        {QStringLiteral("nc_repair_request"), QT_TR_NOOP("Repair request made from a finding")},
        {QStringLiteral("work_log_added"), QT_TR_NOOP("Work log entry")},
        {QStringLiteral("survey_batch_entered"), QT_TR_NOOP("Questionnaires entered")},
        {QStringLiteral("report_analysis_saved"), QT_TR_NOOP("Report analysis saved")},
        {QStringLiteral("report_month_closed"), QT_TR_NOOP("Month closed")},
        {QStringLiteral("assessment_scored"), QT_TR_NOOP("Assessment score entered")},
        {QStringLiteral("assessment_score_removed"), QT_TR_NOOP("Assessment score removed")},
        {QStringLiteral("major_accident_recorded"), QT_TR_NOOP("Major safety accident recorded")},
        {QStringLiteral("backup_made"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("database_restored"), QT_TR_NOOP("Database restored from a backup")},
        {QStringLiteral("append_only_trigger_restored"), QT_TR_NOOP("Append-only protection restored")},
        {QStringLiteral("gate_setup"), QT_TR_NOOP("Gatehouse tied to the office")},
        {QStringLiteral("fee_item_added"), QT_TR_NOOP("Fee item added")},
        {QStringLiteral("fee_item_changed"), QT_TR_NOOP("Fee item changed")},
        {QStringLiteral("fee_item_ended"), QT_TR_NOOP("Fee item ended")},
        {QStringLiteral("fee_bills_generated"), QT_TR_NOOP("Bills generated")},
        {QStringLiteral("fee_payment"), QT_TR_NOOP("Payment received")},
        {QStringLiteral("fee_payment_reversed"), QT_TR_NOOP("Payment reversed")},
        {QStringLiteral("fee_repair_billed"), QT_TR_NOOP("Paid repair billed")},
        {QStringLiteral("fee_spending_added"), QT_TR_NOOP("Spending entered")},
        {QStringLiteral("meter_reading"), QT_TR_NOOP("Meter reading entered")},
        {QStringLiteral("service_list_drafted"), QT_TR_NOOP("Service price list drafted")},
        {QStringLiteral("service_list_approved"), QT_TR_NOOP("Service price list approved")},
        {QStringLiteral("service_list_published"), QT_TR_NOOP("Service price list published")},
        {QStringLiteral("service_item_added"), QT_TR_NOOP("Service added to the price list")},
        {QStringLiteral("service_item_changed"), QT_TR_NOOP("Service on the price list changed")},
        {QStringLiteral("service_item_removed"), QT_TR_NOOP("Service removed from the price list")},
        {QStringLiteral("service_order_added"), QT_TR_NOOP("Service order taken")},
        {QStringLiteral("service_order_stopped"), QT_TR_NOOP("Service order stopped")},
        {QStringLiteral("service_review_reminded"), QT_TR_NOOP("Price list review reminded")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}
