#pragma once

#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/repositories/userrepository.h"

// The demo's staff as sessions (DemoData's accounts): a clerk, a technician, a guard, the manager.
inline Session benchSession(Database &db, const char *username)
{
    const auto user = UserRepository(db).find(QString::fromLatin1(username));
    if (!user)
        qFatal("no demo account %s", username);
    return Session{user->id, user->username, user->displayName, user->role};
}
