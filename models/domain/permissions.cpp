#include "models/domain/permissions.h"

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsersAndSettings:
        return role == Role::Admin;
    case Permission::ManageLimitsAndTemplates:
    case Permission::ViewFullDocuments:
    case Permission::ApproveExtensions:
    case Permission::ViewReportsAndAudit:
    case Permission::ManageFees:
        return role == Role::Admin || role == Role::Manager;
    case Permission::EditResidents:
    case Permission::RegisterRequests:
    case Permission::RunInspections:
    case Permission::CollectFees:
        return role == Role::Admin || role == Role::Manager || role == Role::Clerk;
    case Permission::LookUpResidents:
        return true;
    case Permission::RecordWork:
        return role != Role::Guard;
    case Permission::WriteGateLogs:
        return role == Role::Admin || role == Role::Manager || role == Role::Guard;
    case Permission::ViewGateLogs:
        return role != Role::Technician;
    }
    return false;
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Guard: return QStringLiteral("guard");
    case Role::Technician: return QStringLiteral("technician");
    }
    return {};
}

QStringList Roles::codes()
{
    return {code(Role::Admin), code(Role::Manager), code(Role::Clerk), code(Role::Guard), code(Role::Technician)};
}

std::optional<Role> Roles::fromCode(const QString &text)
{
    for (Role role : {Role::Admin, Role::Manager, Role::Clerk, Role::Guard, Role::Technician}) {
        if (code(role) == text)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Manager: return tr("Manager");
    case Role::Clerk: return tr("Clerk");
    case Role::Guard: return tr("Guard");
    case Role::Technician: return tr("Technician");
    }
    return {};
}

QString Roles::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsersAndSettings: return tr("manage users and settings");
    case Permission::ManageLimitsAndTemplates: return tr("change time limits, price lists and templates");
    case Permission::EditResidents: return tr("edit resident files");
    case Permission::LookUpResidents: return tr("look up residents");
    case Permission::ViewFullDocuments: return tr("view full document numbers");
    case Permission::RegisterRequests: return tr("register and dispatch requests");
    case Permission::ApproveExtensions: return tr("approve extensions");
    case Permission::RecordWork: return tr("record arrival and completion");
    case Permission::WriteGateLogs: return tr("write gatehouse logs");
    case Permission::ViewGateLogs: return tr("view gatehouse logs");
    case Permission::RunInspections: return tr("run inspections");
    case Permission::ViewReportsAndAudit: return tr("view reports and the audit log");
    case Permission::ManageFees: return tr("manage fee items, reversals and the fee statement");
    case Permission::CollectFees: return tr("take fee payments and print notices");
    }
    return {};
}

QString Roles::permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsersAndSettings: return QStringLiteral("manage_users_and_settings");
    case Permission::ManageLimitsAndTemplates: return QStringLiteral("manage_limits_and_templates");
    case Permission::EditResidents: return QStringLiteral("edit_residents");
    case Permission::LookUpResidents: return QStringLiteral("look_up_residents");
    case Permission::ViewFullDocuments: return QStringLiteral("view_full_documents");
    case Permission::RegisterRequests: return QStringLiteral("register_requests");
    case Permission::ApproveExtensions: return QStringLiteral("approve_extensions");
    case Permission::RecordWork: return QStringLiteral("record_work");
    case Permission::WriteGateLogs: return QStringLiteral("write_gate_logs");
    case Permission::ViewGateLogs: return QStringLiteral("view_gate_logs");
    case Permission::RunInspections: return QStringLiteral("run_inspections");
    case Permission::ViewReportsAndAudit: return QStringLiteral("view_reports_and_audit");
    case Permission::ManageFees: return QStringLiteral("manage_fees");
    case Permission::CollectFees: return QStringLiteral("collect_fees");
    }
    return {};
}
