#include "models/repositories/demodata.h"

#include "models/database/database.h"
#include "models/database/transaction.h"
#include "models/domain/session.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QRandomGenerator>

namespace {
struct DemoUser
{
    const char *username;
    const char *name;
    Role role;
};

const DemoUser kStaff[] = {
    {"wangjl", "王建林", Role::Manager},   {"lixm", "李晓梅", Role::Clerk},      {"zhaoyn", "赵雅宁", Role::Clerk},
    {"chenqiang", "陈强", Role::Guard},    {"liugang", "刘刚", Role::Guard},     {"sunwei", "孙伟", Role::Technician},
    {"zhoupeng", "周鹏", Role::Technician},
};
} // namespace

Result<QString> DemoData::generate(const Options &options)
{
    QRandomGenerator random(options.seed);
    const Session cli = Session::commandLine();
    Transaction tx(m_db);
    SettingsRepository settings(m_db);
    if (settings.estateName().isEmpty()) {
        if (Status s = settings.setEstateName(cli, QStringLiteral("阳光花园")); !s)
            return Failure{s.error()};
    }
    UserRepository users(m_db);
    int added = 0;
    for (const DemoUser &staff : kStaff) {
        const QString username = QString::fromLatin1(staff.username);
        if (users.find(username))
            continue;
        // Demo staff get passwords nobody knows: the administrator sets real ones.
        QString password;
        for (int i = 0; i < 24; ++i)
            password += QLatin1Char(char('a' + random.bounded(26)));
        const auto id = users.addUser(cli, username, QString::fromUtf8(staff.name), staff.role, password);
        if (!id)
            return Failure{id.error()};
        ++added;
    }
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return tr("demo data: estate %1, %n staff account(s) added", nullptr, added).arg(settings.estateName());
}
