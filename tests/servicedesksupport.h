#pragma once

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/userrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// A fresh database (an SQLite file, or one on the test server: testdatabase.h) on a manual
// clock with one user of every desk role.
struct ServiceDeskFixture
{
    QTemporaryDir dir;
    TestDatabase store{dir.path()};
    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<RequestRepository> requests;
    Session admin;
    Session manager;
    Session clerk;
    Session clerk2;
    Session technician;
    Session technician2;
    Session guard;

    static QTimeZone zone() { return QTimeZone(QByteArrayLiteral("Asia/Shanghai")); }
    // A wall-clock time in the estate.
    static QDateTime local(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), zone());
    }

    explicit ServiceDeskFixture(const QDateTime &start = local(2026, 2, 12, 10, 0)) : clock(start)
    {
        db = std::make_unique<Database>(clock);
        const Status opened = store.open(*db, QStringLiteral("desk.sqlite"));
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        UserRepository users(*db);
        admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                               QStringLiteral("admin-pass-1"))
                    .value();
        auto add = [&](const char *name, const char *full, Role role) {
            const qint64 id = users.addUser(admin, QString::fromLatin1(name), QString::fromUtf8(full), role,
                                            QStringLiteral("secret-pass-1"))
                                  .value();
            return Session{id, QString::fromLatin1(name), QString::fromUtf8(full), role};
        };
        manager = add("manager", "Mia Manager", Role::Manager);
        clerk = add("clerk", "Carl Clerk", Role::Clerk);
        clerk2 = add("wang", "王芳", Role::Clerk);
        technician = add("tech", "Tom Tech", Role::Technician);
        technician2 = add("tech2", "Ted Tech", Role::Technician);
        guard = add("guard", "Gus Guard", Role::Guard);
        requests = std::make_unique<RequestRepository>(*db);
    }

    static NewRequest waterLeak()
    {
        NewRequest in;
        in.kind = RequestKind::Repair;
        in.channel = RequestChannel::Phone;
        in.reporterName = QStringLiteral("张三");
        in.reporterPhone = QStringLiteral("13800138000");
        in.houseNumber = QStringLiteral("3-2-1201");
        in.classKey = QStringLiteral("emergency");
        in.description = QStringLiteral("厨房水管爆裂, 水浸");
        return in;
    }

    int version(qint64 id) const { return requests->request(admin, id).value().rowVersion; }
    ServiceRequest get(qint64 id) const { return requests->request(admin, id).value(); }
};
