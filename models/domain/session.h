#pragma once

#include "models/domain/permissions.h"

#include <QString>

// Who is acting. Every repository call that changes or reveals data takes one.
struct Session
{
    qint64 userId = 0; // 0: the command-line tool acting for the administrator
    QString username;
    QString displayName;
    Role role = Role::Clerk;

    bool can(Permission permission) const { return Roles::allows(role, permission); }

    // The identity of estatedesk-cli: whoever can run it owns the database file.
    static Session commandLine()
    {
        return Session{0, QStringLiteral("estatedesk-cli"), QStringLiteral("estatedesk-cli"), Role::Admin};
    }
};
