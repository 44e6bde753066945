#pragma once

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/repositories/userrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh database (an SQLite file, or one on the test server: testdatabase.h) with a
// manager, a clerk and a guard, and a clock that stands still.
struct ResidentTestDatabase
{
    QTemporaryDir dir;
    TestDatabase store{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    Session manager;
    Session clerk;
    Session guard;

    bool open()
    {
        if (!dir.isValid())
            return false;
        db = std::make_unique<Database>(clock);
        const Status opened = store.open(*db, QStringLiteral("estate.db"));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        manager = addUser(QStringLiteral("wangjl"), QStringLiteral("王建林"), Role::Manager);
        clerk = addUser(QStringLiteral("lixm"), QStringLiteral("李晓梅"), Role::Clerk);
        guard = addUser(QStringLiteral("chenqiang"), QStringLiteral("陈强"), Role::Guard);
        return manager.userId > 0 && clerk.userId > 0 && guard.userId > 0;
    }

    Session addUser(const QString &username, const QString &name, Role role)
    {
        UserRepository users(*db);
        const auto id = users.addUser(Session::commandLine(), username, name, role, QStringLiteral("correct horse 42"));
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return {};
        }
        return Session{id.value(), username, name, role};
    }
};
