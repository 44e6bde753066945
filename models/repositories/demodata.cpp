#include "models/repositories/demodata.h"

#include "models/database/database.h"
#include "models/database/transaction.h"
#include "models/domain/session.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"
#include "models/repositories/vehiclerepository.h"

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
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
const char *const kGiven[] = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
                              "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华"};
const char *const kColours[] = {"白", "黑", "银", "灰", "红", "蓝"};
const char *const kTypes[] = {"轿车", "SUV", "MPV"};

// A resident ID number with a correct GB 11643 check character.
QString residentId(QRandomGenerator &random)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QDate birth = QDate(1950, 1, 1).addDays(random.bounded(365 * 50));
    QString body = QStringLiteral("440305") + birth.toString(QStringLiteral("yyyyMMdd"))
                   + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - '0') * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

QString plate(QRandomGenerator &random)
{
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"; // no I or O
    QString serial;
    for (int i = 0; i < 5; ++i)
        serial += QLatin1Char(letters[random.bounded(int(sizeof(letters) - 1))]);
    return QStringLiteral("粤B") + serial;
}
} // namespace

// Buildings of two units, six floors, two to four homes a floor; an owner family in most
// homes, tenants in some, a car for about a third.
Status DemoData::addResidents(const Options &options, QRandomGenerator &random, int *residentCount)
{
    const Session cli = Session::commandLine();
    HouseRepository houses(m_db);
    ResidentRepository residents(m_db);
    VehicleRepository vehicles(m_db);
    const QDate today = m_db.clock().now().date();
    int made = 0;
    for (int n = 0; n < options.houses; ++n) {
        const int perBuilding = 2 * 6 * 2;
        const int building = n / perBuilding + 1;
        const int unit = (n % perBuilding) / 12 + 1;
        const int floor = (n % 12) / 2 + 1;
        const int door = n % 2 + 1;
        const QString number = QStringLiteral("%1-%2-%3%4").arg(building).arg(unit).arg(floor).arg(door, 2, 10, QLatin1Char('0'));
        const auto houseId = houses.ensureHouse(cli, number);
        if (!houseId)
            return Failure{houseId.error()};
        if (random.bounded(10) == 0)
            continue; // vacant
        const bool rented = random.bounded(5) == 0;
        const int people = 1 + random.bounded(3);
        const QDate movedIn = today.addDays(-random.bounded(365 * 8));
        for (int p = 0; p < people; ++p) {
            ResidentRecord r;
            r.name = QString::fromUtf8(kSurnames[random.bounded(int(std::size(kSurnames)))])
                     + QString::fromUtf8(kGiven[random.bounded(int(std::size(kGiven)))]);
            r.gender = random.bounded(2) ? QStringLiteral("male") : QStringLiteral("female");
            r.documentNumber = residentId(random);
            r.mobile = QStringLiteral("1%1%2").arg(3 + random.bounded(7)).arg(random.bounded(1000000000), 9, 10, QLatin1Char('0'));
            const auto id = residents.create(cli, r);
            if (!id)
                continue; // a generated duplicate: skip it
            const QString role = p == 0 ? (rented ? QStringLiteral("tenant") : QStringLiteral("owner"))
                                        : QStringLiteral("family");
            if (const auto link = residents.moveIn(cli, *id, *houseId, role, movedIn); !link)
                return Failure{link.error()};
            if (p == 0 && random.bounded(3) == 0) {
                VehicleRecord v;
                v.residentId = *id;
                v.plate = plate(random);
                v.colour = QString::fromUtf8(kColours[random.bounded(int(std::size(kColours)))]);
                v.vehicleType = QString::fromUtf8(kTypes[random.bounded(int(std::size(kTypes)))]);
                v.parkingSpace = QStringLiteral("B1-%1").arg(random.bounded(400) + 1, 3, 10, QLatin1Char('0'));
                v.validUntil = today.addYears(1);
                vehicles.add(cli, v); // a rare duplicate plate is simply not registered
            }
            ++made;
        }
    }
    *residentCount = made;
    return {};
}

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
    int residentCount = 0;
    if (Status s = addResidents(options, random, &residentCount); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return tr("demo data: estate %1, %n staff account(s), %2 houses, %3 residents", nullptr, added)
        .arg(settings.estateName())
        .arg(options.houses)
        .arg(residentCount);
}
