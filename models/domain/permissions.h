#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

enum class Role { Admin, Manager, Clerk, Guard, Technician };

// SPEC 7: what each role may do. Checked by the repositories, not by the buttons.
enum class Permission {
    ManageUsersAndSettings,   // users, roles, settings, database, restore, holiday calendar
    ManageLimitsAndTemplates, // time limits, price list, templates, tariff
    EditResidents,
    LookUpResidents,
    ViewFullDocuments,        // and export personal data
    RegisterRequests,         // register, dispatch, callbacks
    ApproveExtensions,        // and reopen closed requests
    RecordWork,               // arrival and completion (technicians: own tickets)
    WriteGateLogs,
    ViewGateLogs,
    RunInspections,
    ViewReportsAndAudit,
    ManageFees,               // fee items, reversals (冲红), spending and the half-yearly statement
    CollectFees,              // house accounts, payments, notices, meter readings, service orders
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static bool allows(Role role, Permission permission);
    static QString code(Role role); // "admin", stored in the database
    static std::optional<Role> fromCode(const QString &code);
    static QString displayName(Role role); // translated
    static QStringList codes();
    static QString permissionName(Permission permission); // translated
    static QString permissionCode(Permission permission); // stable, for the audit log
};
