#include "models/repositories/demodata.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/session.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/timelimittable.h"
#include "models/io/ledgerrequestwriter.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/demonames.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QRandomGenerator>

#include <algorithm>

using DemoNames::kSurnames;

namespace {
struct UserRecordLite
{
    qint64 id;
    QString name;
};

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
const char *const kColours[] = {"白", "黑", "银", "灰", "红", "蓝"};
const char *const kTypes[] = {"轿车", "SUV", "MPV"};

// What residents report, by kind and class (public classes happen in a public place).
struct DemoTopic
{
    RequestKind kind;
    const char *classKey;
    int weight; // how often, relative to the others
    const char *texts[5];
};

const DemoTopic kTopics[] = {
    {RequestKind::Repair, "emergency", 10,
     {"卫生间水管爆裂,地面水浸", "家中突然停电,总闸合不上", "马桶堵塞,污水外溢", "厨房停水", "暖气片接口漏水"}},
    {RequestKind::Repair, "simple", 30,
     {"客厅灯泡不亮", "入户门锁芯卡住", "水龙头滴水,需换阀芯", "开关面板松动", "窗户把手损坏"}},
    {RequestKind::Repair, "general", 25,
     {"卫生间墙面渗水", "阳台推拉门滑轨变形", "厨房橱柜门脱落", "墙面瓷砖空鼓", "室内电路老化需排查"}},
    {RequestKind::Repair, "public_urgent", 4,
     {"电梯机房夜间噪音扰民", "北门窨井盖缺失", "化粪池污水外溢", "地下车库积水", "屋面雨水口堵塞"}},
    {RequestKind::Repair, "public_other", 12,
     {"单元门闭门器损坏", "楼道声控灯不亮", "小区道路地砖松动", "儿童游乐设施螺丝松动", "绿化带喷灌头损坏"}},
    {RequestKind::Complaint, "attitude_ordinary", 2,
     {"前台接待人员态度冷淡", "电话报修时客服不耐烦", "保安说话语气生硬", "收费员解释不清", "客服未按约回电"}},
    {RequestKind::Complaint, "attitude_serious", 1,
     {"维修工与业主发生争执", "保安推搡访客", "客服挂断业主电话", "维修工索要额外费用", "员工辱骂业主"}},
    {RequestKind::Complaint, "engineering", 2,
     {"报修三天无人上门", "维修后仍然漏水", "换锁后钥匙打不开", "电路维修后又跳闸", "墙面修补不平整"}},
    {RequestKind::Complaint, "public_urgent", 1,
     {"地下车库积水无人处理", "电梯困人救援慢", "消防通道被占用", "楼道电线裸露", "井盖松动有隐患"}},
    {RequestKind::Complaint, "public_other", 2,
     {"垃圾清运不及时", "绿化修剪不到位", "楼道卫生差", "路灯长期不亮", "宠物粪便无人清理"}},
    {RequestKind::Complaint, "neighbour", 3,
     {"楼上装修噪音扰民(午休时间)", "邻居装修油漆异味", "楼上深夜噪音", "邻居占用楼道堆物", "邻居空调外机滴水"}},
    {RequestKind::Complaint, "other", 1,
     {"快递柜收费不合理", "小区门禁卡办理慢", "停车位被外来车辆占用", "小区广告过多", "健身器材损坏无人管"}},
    {RequestKind::Enquiry, "general", 6,
     {"咨询车位租赁", "咨询小区开放时间", "咨询快递代收", "咨询门禁卡补办", "咨询宠物登记"}},
    {RequestKind::Enquiry, "fees", 5,
     {"咨询物业费缴纳方式", "咨询水电费账单", "咨询停车费标准", "咨询维修收费标准", "咨询发票开具"}},
    {RequestKind::Enquiry, "external", 2,
     {"咨询有线电视开户", "咨询燃气开户", "咨询宽带安装", "咨询自来水过户", "咨询供暖报停"}},
    {RequestKind::Enquiry, "other_department", 2,
     {"咨询装修申请办理流程", "咨询房屋出租备案", "咨询二次装修押金退还", "咨询产权证办理", "咨询车位产权"}},
};
const char *const kPublicPlaces[] = {"1号楼地下车库", "小区北门", "3号楼楼道", "中心花园", "5号楼屋面", "2号楼电梯"};
const char *const kWorkDone[] = {"已更换损坏配件,试用正常", "已疏通并清理现场", "已检修线路,恢复供电",
                                 "已紧固并调整", "已与相关人员沟通处理,业主认可"};

} // namespace

DemoData::Counts DemoData::counts(const Options &options)
{
    const qint64 houses = qMax(0, options.houses);
    const qint64 houseMonths = houses * qMax(0, options.months);
    const qint64 refHouses = 5000;
    const qint64 refHouseMonths = refHouses * 36;
    auto perHouse = [&](qint64 reference) { return (reference * houses + refHouses / 2) / refHouses; };
    auto perHouseMonth = [&](qint64 reference) { return (reference * houseMonths + refHouseMonths / 2) / refHouseMonths; };
    Counts c;
    c.residents = perHouse(12000);
    c.vehicles = perHouse(4000);
    c.repairs = perHouseMonth(60000);
    c.complaints = perHouseMonth(8000);
    c.enquiries = perHouseMonth(9000);
    c.vehicleEvents = perHouseMonth(1500000);
    c.visitors = perHouseMonth(300000);
    c.inspectionRuns = perHouseMonth(20000);
    return c;
}

// Buildings of two units, six floors, two homes a floor; an owner family in most homes,
// tenants in some. Exactly counts().residents residents and counts().vehicles cars.
Status DemoData::addResidents(const Options &options, QRandomGenerator &random, int *residentCount)
{
    *residentCount = 0;
    const Session cli = Session::commandLine();
    HouseRepository houses(m_db);
    ResidentRepository residents(m_db);
    VehicleRepository vehicles(m_db);
    const QDate today = m_db.clock().now().date();
    QList<qint64> houseIds;
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
        houseIds << *houseId;
    }
    {
        Query existing(m_db, QStringLiteral("SELECT COUNT(*) FROM residents"));
        const auto n = existing.scalar();
        if (!n)
            return Failure{n.error()};
        if (n.value() > 0)
            return {}; // the demo's residents are there already: a second run adds none
    }
    const Counts target = counts(options);
    // About one home in ten is vacant; the people are spread over the others.
    QList<int> people(houseIds.size(), 0);
    QList<int> occupied;
    for (int i = 0; i < houseIds.size(); ++i) {
        if (random.bounded(10) != 0 && occupied.size() < target.residents)
            occupied << i;
    }
    for (int i : std::as_const(occupied))
        people[i] = 1;
    for (qint64 left = target.residents - occupied.size(); left > 0 && !occupied.isEmpty();) {
        const int i = occupied.at(random.bounded(int(occupied.size())));
        if (people[i] >= 6)
            continue;
        ++people[i];
        --left;
    }
    struct Made
    {
        qint64 id;
        bool head;
    };
    QList<Made> made;
    for (int i : std::as_const(occupied)) {
        const bool rented = random.bounded(5) == 0;
        const QDate movedIn = today.addDays(-random.bounded(365 * 8));
        for (int p = 0; p < people[i]; ++p) {
            ResidentRecord r;
            r.name = DemoNames::personName(random);
            r.gender = random.bounded(2) ? QStringLiteral("male") : QStringLiteral("female");
            r.mobile = DemoNames::mobile(random);
            Result<qint64> id = Failure{QString()};
            for (int attempt = 0; attempt < 8 && !id; ++attempt) {
                r.documentNumber = DemoNames::residentId(random);
                id = residents.create(cli, r); // a generated duplicate number: draw another
            }
            if (!id)
                return Failure{id.error()};
            const QString role = p == 0 ? (rented ? QStringLiteral("tenant") : QStringLiteral("owner"))
                                        : QStringLiteral("family");
            if (const auto link = residents.moveIn(cli, *id, houseIds.at(i), role, movedIn); !link)
                return Failure{link.error()};
            made << Made{*id, p == 0};
            ++*residentCount;
        }
    }
    // The cars: the heads of the households first, then other members, in a random order.
    std::stable_partition(made.begin(), made.end(), [](const Made &m) { return m.head; });
    const auto heads = std::count_if(made.cbegin(), made.cend(), [](const Made &m) { return m.head; });
    for (qsizetype i = heads - 1; i > 0; --i)
        std::swap(made[i], made[random.bounded(int(i + 1))]);
    for (qsizetype i = 0; i < made.size() && i < target.vehicles; ++i) {
        VehicleRecord v;
        v.residentId = made.at(i).id;
        v.colour = QString::fromUtf8(kColours[random.bounded(int(std::size(kColours)))]);
        v.vehicleType = QString::fromUtf8(kTypes[random.bounded(int(std::size(kTypes)))]);
        v.parkingSpace = QStringLiteral("B1-%1").arg(random.bounded(400) + 1, 3, 10, QLatin1Char('0'));
        v.validUntil = today.addYears(1);
        Result<qint64> id = Failure{QString()};
        for (int attempt = 0; attempt < 8 && !id; ++attempt) {
            v.plate = DemoNames::plate(random);
            id = vehicles.add(cli, v); // a duplicate plate: draw another
        }
        if (!id)
            return Failure{id.error()};
    }
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
    int requestCount = 0;
    if (Status s = addRequests(options, random, &requestCount); !s)
        return Failure{s.error()};
    int runCount = 0;
    if (Status s = addInspections(options, random, &runCount); !s)
        return Failure{s.error()};
    qint64 eventCount = 0;
    if (Status s = addVehicleEvents(options, random, &eventCount); !s)
        return Failure{s.error()};
    qint64 visitorCount = 0;
    if (Status s = addVisitors(options, random, &visitorCount); !s)
        return Failure{s.error()};
    int billCount = 0;
    qint64 billedFen = 0;
    qint64 paidFen = 0;
    if (Status s = addFees(options, &billCount, &billedFen, &paidFen); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return tr("demo data: estate %1, %n staff account(s), %2 houses, %3 residents, %4 requests, %5 inspection runs",
              nullptr, added)
               .arg(settings.estateName())
               .arg(options.houses)
               .arg(residentCount)
               .arg(requestCount)
               .arg(runCount)
           + tr(", %1 vehicle events, %2 visitors").arg(eventCount).arg(visitorCount)
           + tr(", %1 fee bills").arg(billCount);
}

Status DemoData::addRequests(const Options &options, QRandomGenerator &random, int *requestCount)
{
    *requestCount = 0;
    const Session cli = Session::commandLine();
    RequestRepository requests(m_db);
    if (const auto existing = requests.queries().count(cli, {}); !existing)
        return Failure{existing.error()};
    else if (existing.value() > 0)
        return {}; // the demo's requests are there already: a second run adds none

    UserRepository users(m_db);
    auto staff = [&](const char *username) {
        const auto user = users.find(QString::fromLatin1(username));
        return user ? Session{user->id, user->username, user->displayName, user->role} : cli;
    };
    const Session clerks[] = {staff("lixm"), staff("zhaoyn")};
    const Session technicians[] = {staff("sunwei"), staff("zhoupeng")};

    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const HolidayCalendar calendar = CalendarRepository(m_db).calendar();
    const DeadlineCalculator calculator(calendar, zone);
    const TimeLimitTable limits = requests.timeLimits().limits();
    const QDateTime now = m_db.clock().now();
    auto house = [&] {
        const int n = random.bounded(options.houses);
        const int perBuilding = 2 * 6 * 2;
        return QStringLiteral("%1-%2-%3%4")
            .arg(n / perBuilding + 1)
            .arg((n % perBuilding) / 12 + 1)
            .arg((n % 12) / 2 + 1)
            .arg(n % 2 + 1, 2, 10, QLatin1Char('0'));
    };
    auto name = [&] {
        return QString::fromUtf8(kSurnames[random.bounded(int(std::size(kSurnames)))])
               + (random.bounded(2) ? QStringLiteral("先生") : QStringLiteral("女士"));
    };
    auto phone = [&] {
        return QStringLiteral("13%1%2").arg(random.bounded(10)).arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
    };
    // Most steps well inside the limit, about one in eight late.
    auto fraction = [&] {
        return random.bounded(8) == 0 ? 1.05 + random.bounded(1.5) : 0.15 + random.bounded(0.8);
    };
    auto between = [](const QDateTime &from, const QDateTime &to, double f) {
        return from.addMSecs(qint64(double(from.msecsTo(to)) * f));
    };
    auto fill = [&](ServiceRequest &r, const DemoTopic &topic, const QDateTime &registered) {
        r.kind = topic.kind;
        r.classKey = QString::fromLatin1(topic.classKey);
        r.channel = RequestChannel(random.bounded(3)); // walk-in, phone or letter
        r.registeredAt = registered;
        const Session &clerk = clerks[random.bounded(2)];
        r.registeredBy = clerk.userId;
        r.registeredByName = clerk.displayName;
        r.reporterName = name();
        r.reporterPhone = phone();
        if (r.classKey.startsWith(QLatin1String("public")))
            r.publicLocation = QString::fromUtf8(kPublicPlaces[random.bounded(int(std::size(kPublicPlaces)))]);
        else
            r.houseNumber = house();
        r.description = QString::fromUtf8(topic.texts[random.bounded(5)]);
        r.major = topic.kind == RequestKind::Complaint && r.classKey == QLatin1String("attitude_serious");
        r.signatureConfirmed = r.channel == RequestChannel::Visit || random.bounded(4) != 0;
    };

    // Everything is collected first and numbered in the order it was registered.
    struct Pending
    {
        ServiceRequest request;
        std::optional<RequestCallback> callback;
    };
    QList<Pending> all;

    // The months before now: most of it done, called back and closed; what was
    // registered in the last days is partly still open, as in a real office.
    const QDateTime start = now.addMonths(-options.months);
    const QDateTime historyEnd = now.addSecs(-2 * 3600);
    // Exactly counts() of each kind, the open ones below included, spread evenly over the days.
    const Counts target = counts(options);
    QList<RequestKind> kinds;
    for (auto [kind, n] : {std::pair{RequestKind::Repair, target.repairs - 6},
                           std::pair{RequestKind::Complaint, target.complaints - 2},
                           std::pair{RequestKind::Enquiry, target.enquiries - 1}}) {
        for (qint64 k = 0; k < n; ++k)
            kinds << kind;
    }
    for (qsizetype k = kinds.size() - 1; k > 0; --k)
        std::swap(kinds[k], kinds[random.bounded(int(k + 1))]);
    auto pickTopicOf = [&](RequestKind kind) -> const DemoTopic & {
        int weight = 0;
        for (const DemoTopic &t : kTopics)
            weight += t.kind == kind ? t.weight : 0;
        int roll = random.bounded(weight);
        for (const DemoTopic &t : kTopics) {
            if (t.kind != kind)
                continue;
            if (roll < t.weight)
                return t;
            roll -= t.weight;
        }
        return kTopics[0];
    };
    const QDate firstDay = start.toTimeZone(zone).date();
    const qint64 days = firstDay.daysTo(historyEnd.toTimeZone(zone).date()) + 1;
    QDate previousDay;
    int i = 0; // the number of the request within its day
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const QDate day = firstDay.addDays(days * k / kinds.size());
        i = day == previousDay ? i + 1 : 0;
        previousDay = day;
        {
            const DemoTopic &topic = pickTopicOf(kinds.at(k));
            const bool night = QLatin1String(topic.classKey) == QLatin1String("emergency") && random.bounded(4) == 0;
            const QTime time = night ? QTime(random.bounded(24), random.bounded(60))
                                     : QTime(8 + random.bounded(12), random.bounded(60));
            QDateTime registered = QDateTime(day, time, zone).toUTC();
            if (registered >= historyEnd)
                registered = historyEnd.addSecs(-60 - random.bounded(6 * 3600));
            if (registered < start)
                registered = start.addSecs(60 + random.bounded(6 * 3600));
            ServiceRequest r;
            fill(r, topic, registered);
            const auto entry = limits.entry(r.kind, r.classKey);
            if (!entry)
                continue;
            const RequestDeadlines due = TimeLimitTable::compute(*entry, registered, {}, calculator);
            QDateTime last = registered;
            if (r.kind != RequestKind::Enquiry) {
                const Session &tech = technicians[random.bounded(2)];
                const bool engineering = r.kind == RequestKind::Repair || r.classKey == QLatin1String("engineering");
                const Session &receiver = engineering ? tech : clerks[1];
                r.department = engineering ? QStringLiteral("工程部") : QStringLiteral("客服部");
                r.receiverUserId = receiver.userId;
                r.receiverName = receiver.displayName;
                r.dispatchedAt = registered.addSecs(60 + random.bounded(300));
                last = r.dispatchedAt;
            }
            if (due.arrival.isValid()) {
                r.arrivedAt = std::max(last.addSecs(60), between(registered, due.arrival, fraction()));
                last = r.arrivedAt;
            }
            r.completedAt = due.completion.isValid() ? between(registered, due.completion, fraction())
                                                     : last.addSecs(20 * 60 + random.bounded(100 * 60));
            r.completedAt = std::max(r.completedAt, last.addSecs(10 * 60));
            // Steps that would lie after the clock's time have not happened yet.
            if (r.dispatchedAt > now)
                r.dispatchedAt = QDateTime();
            if (r.arrivedAt > now || !r.dispatchedAt.isValid())
                r.arrivedAt = r.kind == RequestKind::Enquiry && r.arrivedAt <= now ? r.arrivedAt : QDateTime();
            if (r.completedAt > now || (due.arrival.isValid() && !r.arrivedAt.isValid())) {
                r.completedAt = QDateTime();
                all.append({r, std::nullopt});
                continue;
            }
            if (r.kind == RequestKind::Repair) {
                r.workDone = QString::fromUtf8(kWorkDone[random.bounded(int(std::size(kWorkDone)))]);
                if (r.houseNumber.size() > 0 && random.bounded(3) == 0) {
                    r.feeFen = (2 + random.bounded(20)) * 500; // 10 to 105 yuan
                    r.paid = true;
                    r.receiptNo = QStringLiteral("SJ%1%2").arg(day.toString(QStringLiteral("yyMMdd"))).arg(i, 2, 10,
                                                                                                      QLatin1Char('0'));
                }
                r.slipReturnedAt = r.completedAt.addSecs(3600 + random.bounded(20 * 3600));
                if (r.slipReturnedAt > now)
                    r.slipReturnedAt = QDateTime();
            }
            std::optional<RequestCallback> callback;
            // Called back (and closed) within days; a few older ones were missed.
            if (random.bounded(r.completedAt < now.addDays(-7) ? 30 : 3) != 0) {
                RequestCallback cb;
                cb.at = std::max(r.completedAt, r.slipReturnedAt).addSecs(3600 + random.bounded(36 * 3600));
                const Session &caller = clerks[random.bounded(2)];
                cb.byUserId = caller.userId;
                cb.byName = caller.displayName;
                cb.solved = true;
                const int mood = random.bounded(20);
                cb.attitude = mood < 16 ? Attitude::Satisfied : mood < 19 ? Attitude::Basic : Attitude::Unsatisfied;
                cb.charged = r.feeFen.has_value();
                cb.score = *cb.attitude == Attitude::Satisfied ? 8 + random.bounded(3)
                           : *cb.attitude == Attitude::Basic   ? 6 + random.bounded(3)
                                                               : 3 + random.bounded(3);
                if (cb.at <= now)
                    callback = cb;
            }
            all.append({r, callback});
        }
    }

    // Open requests at the clock's time: on track, due soon (less than 10 minutes or 20%
    // of the limit left) and overdue, so that the timer board has something to show.
    struct Open
    {
        const char *classKey;
        RequestKind kind;
        int minutesAgo;
        bool dispatched;
        bool arrived;
    };
    const Open open[] = {
        {"emergency", RequestKind::Repair, 4, true, false},          // 6 min left: due soon
        {"general", RequestKind::Repair, 52, true, false},           // 8 of 60 min left: due soon
        {"simple", RequestKind::Repair, 35, true, false},            // 20 min limit: overdue
        {"neighbour", RequestKind::Complaint, 25, false, false},     // 15 min limit: overdue
        {"general", RequestKind::Repair, 10, false, false},          // on track
        {"general", RequestKind::Repair, 26 * 60, true, true},       // arrived, days to complete
        {"public_other", RequestKind::Repair, 6 * 24 * 60, true, true}, // 3 working days: overdue
        {"fees", RequestKind::Enquiry, 5, false, false},             // on track
        {"attitude_ordinary", RequestKind::Complaint, 90, true, false}, // 4 h to handle: on track
    };
    for (const Open &o : open) {
        const DemoTopic *topic = &kTopics[0];
        for (const DemoTopic &t : kTopics) {
            if (t.kind == o.kind && QLatin1String(t.classKey) == QLatin1String(o.classKey))
                topic = &t;
        }
        ServiceRequest r;
        fill(r, *topic, now.addSecs(-60LL * o.minutesAgo));
        if (o.dispatched) {
            const Session &tech = technicians[random.bounded(2)];
            r.department = o.kind == RequestKind::Repair ? QStringLiteral("工程部") : QStringLiteral("客服部");
            r.receiverUserId = o.kind == RequestKind::Repair ? tech.userId : clerks[1].userId;
            r.receiverName = o.kind == RequestKind::Repair ? tech.displayName : clerks[1].displayName;
            r.dispatchedAt = r.registeredAt.addSecs(60);
        }
        if (o.arrived)
            r.arrivedAt = r.registeredAt.addSecs(25 * 60);
        all.append({r, std::nullopt});
    }

    std::stable_sort(all.begin(), all.end(), [](const Pending &a, const Pending &b) {
        return a.request.registeredAt < b.request.registeredAt;
    });
    LedgerRequestWriter writer(m_db);
    for (const Pending &p : std::as_const(all)) {
        const auto id = writer.insert(cli, p.request, p.callback, limits, calculator, tr("demo data"));
        if (!id)
            return Failure{id.error()};
        ++*requestCount;
    }
    // What came in over the last three days was taken at this desk, not copied from a ledger:
    // its technicians' slips and its complainants are waited for on the timer board.
    Query live(m_db, QStringLiteral("UPDATE requests SET desk_rules = 1 WHERE registered_at >= :since"));
    live.bind(QStringLiteral(":since"), toStored(now.addDays(-3)));
    return live.exec();
}

Status DemoData::addInspections(const Options &options, QRandomGenerator &random, int *runCount)
{
    *runCount = 0;
    {
        Query existing(m_db, QStringLiteral("SELECT COUNT(*) FROM inspection_runs"));
        const auto n = existing.scalar();
        if (!n)
            return Failure{n.error()};
        if (n.value() > 0)
            return {}; // a second run adds none
    }
    UserRepository users(m_db);
    struct Holder
    {
        qint64 userId = 0;
        QString name;
        const char *level;
        int rank;
        const char *templateCode;
        QString area;
        qint64 superiorId = 0;
        qint64 assignmentId = 0;
        int everyDays;
    };
    auto user = [&](const char *username) -> std::optional<UserRecordLite> {
        const auto u = users.find(QString::fromLatin1(username));
        if (!u)
            return std::nullopt;
        return UserRecordLite{u->id, u->displayName};
    };
    const auto head = user("wangjl");
    const auto cleaningLead = user("lixm");
    const auto securityLead = user("zhaoyn");
    if (!head || !cleaningLead || !securityLead)
        return {};
    // The project head over the whole estate; the two supervisors each hold one assignment per
    // area of about 500 homes.
    const QString whole = QStringLiteral("全小区");
    QList<Holder> holders{{head->id, head->name, "project_head", 4, "", whole, 0, 0, 3}};
    const int areas = qMax(1, (options.houses + 250) / 500);
    for (int a = 1; a <= areas; ++a) {
        const QString area = areas == 1 ? whole : QStringLiteral("%1区").arg(a);
        holders.append({cleaningLead->id, cleaningLead->name, "supervisor", 3, "cleaning", area, head->id, 0, 1});
        holders.append({securityLead->id, securityLead->name, "supervisor", 3, "security", area, head->id, 0, 1});
    }
    const QStringList responsibles{QStringLiteral("孙伟"), QStringLiteral("周鹏"), cleaningLead->name,
                                   securityLead->name};

    const QDateTime now = m_db.clock().now().toUTC();
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const QDate firstDay = now.toTimeZone(zone).date().addMonths(-qMax(1, options.months));
    const qint64 assignedAt = toStored(QDateTime(firstDay, QTime(0, 0), zone));
    const QString by = QStringLiteral("demo");

    Query assign(m_db, QStringLiteral("INSERT INTO inspection_assignments (user_id, level_code, template_code, area, "
                                      "superior_id, active, created_at, updated_at, updated_by) VALUES (:u, :l, :t, "
                                      ":a, :s, 1, :c, :up, :by) RETURNING id"));
    for (Holder &h : holders) {
        assign.bind(QStringLiteral(":u"), h.userId).bind(QStringLiteral(":l"), QString::fromLatin1(h.level));
        assign.bind(QStringLiteral(":t"), QString::fromLatin1(h.templateCode));
        assign.bind(QStringLiteral(":a"), h.area);
        assign.bind(QStringLiteral(":s"), h.superiorId > 0 ? QVariant(h.superiorId)
                                                          : QVariant(QMetaType::fromType<qlonglong>()));
        assign.bind(QStringLiteral(":c"), assignedAt).bind(QStringLiteral(":up"), assignedAt);
        assign.bind(QStringLiteral(":by"), by);
        const auto id = assign.scalar();
        if (!id)
            return Failure{id.error()};
        h.assignmentId = id.value();
    }

    // The current version of each template used, with its items.
    struct Item
    {
        qint64 id;
        int key;
        QString text;
    };
    struct Template
    {
        qint64 id = 0;
        QList<Item> items;
    };
    QHash<QString, Template> templates;
    for (const char *code : {"cleaning", "security"}) {
        Query q(m_db, QStringLiteral("SELECT t.id, i.id, i.item_key, i.text FROM inspection_templates t "
                                     "JOIN inspection_template_items i ON i.template_id = t.id "
                                     "WHERE t.code = :code AND t.is_current = 1 ORDER BY i.position"));
        q.bind(QStringLiteral(":code"), QString::fromLatin1(code));
        if (Status s = q.exec(); !s)
            return s;
        Template t;
        while (q.next()) {
            t.id = q.value(0).toLongLong();
            t.items << Item{q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()};
        }
        if (t.items.isEmpty())
            return {};
        templates.insert(QString::fromLatin1(code), t);
    }

    Query runInsert(m_db, QStringLiteral("INSERT INTO inspection_runs (template_id, assignment_id, level_code, "
                                         "inspector_id, inspector_name, area, units_checked, units_total, state, "
                                         "started_at, finished_at, updated_at) VALUES (:t, :a, :l, :u, :n, :area, "
                                         ":uc, :ut, 'finished', :s, :f, :up) RETURNING id"));
    Query resultInsert(m_db, QStringLiteral("INSERT INTO inspection_results (run_id, item_id, verdict, note) "
                                            "VALUES (:r, :i, :v, :note)"));
    Query ncInsert(m_db, QStringLiteral(
                             "INSERT INTO non_conformities (run_id, item_id, template_code, item_key, area, level_code, "
                             "level_rank, found_at, found_by_id, found_by_name, description, state, responsible_name, "
                             "deadline, steps, resources, target_standard, repeat_of_id, raised_to_id, closed_at, "
                             "updated_at, updated_by) VALUES (:run, :item, :tpl, :key, :area, :level, :rank, :found, "
                             ":fid, :fname, :desc, :state, :resp, :deadline, :steps, :res, :target, :repeat, :raised, "
                             ":closed, :up, :by) RETURNING id"));
    Query eventInsert(m_db, QStringLiteral("INSERT INTO non_conformity_events (nc_id, at, by_id, by_name, action, "
                                           "note) VALUES (:nc, :at, :byid, :by, :action, :note)"));
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    const QVariant nullText(QMetaType::fromType<QString>());
    auto event = [&](qint64 nc, qint64 at, qint64 byId, const QString &byName, const char *action) {
        eventInsert.bind(QStringLiteral(":nc"), nc).bind(QStringLiteral(":at"), at);
        eventInsert.bind(QStringLiteral(":byid"), byId).bind(QStringLiteral(":by"), byName);
        eventInsert.bind(QStringLiteral(":action"), QString::fromLatin1(action));
        eventInsert.bind(QStringLiteral(":note"), QStringLiteral(""));
        return eventInsert.exec();
    };

    // Findings still open from a lower level, for repeats: (template, item key) -> id, closing.
    struct OpenFinding
    {
        qint64 id;
        qint64 found;
        qint64 closed; // 0: never
        qint64 superiorId;
    };
    QHash<QPair<QString, int>, OpenFinding> lowerLevel;

    const qint64 nowMs = toStored(now);
    // The schedule's slots before today; exactly counts().inspectionRuns runs over them, the
    // slots left without a run missed (the schedule shows them overdue, the report counts them).
    struct Slot
    {
        QDate day;
        qsizetype holder;
    };
    QList<Slot> schedule;
    for (QDate day = firstDay; day < now.toTimeZone(zone).date(); day = day.addDays(1)) {
        for (qsizetype h = 0; h < holders.size(); ++h) {
            if (day.toJulianDay() % holders.at(h).everyDays == 0)
                schedule.append({day, h});
        }
    }
    const qint64 runsWanted = counts(options).inspectionRuns;
    const qint64 perSlot = schedule.isEmpty() ? 0 : runsWanted / schedule.size();
    qint64 extra = schedule.isEmpty() ? 0 : runsWanted % schedule.size();
    for (qsizetype slotIndex = 0; slotIndex < schedule.size(); ++slotIndex) {
        const Slot &slot = schedule.at(slotIndex);
        const QDate day = slot.day;
        const Holder &h = holders.at(slot.holder);
        qint64 runsHere = perSlot;
        if (extra > 0 && random.bounded(qint64(schedule.size() - slotIndex)) < extra) {
            ++runsHere;
            --extra;
        }
        for (qint64 round = 0; round < runsHere; ++round) {
            const bool isHead = QLatin1String(h.level) == QLatin1String("project_head");
            const QString tplCode = isHead ? (random.bounded(2) ? QStringLiteral("cleaning") : QStringLiteral("security"))
                                         : QString::fromLatin1(h.templateCode);
            const Template &tpl = templates[tplCode];
            const int hour = int(qMin<qint64>(22, (isHead ? 14 : 9) + round));
            const QDateTime started(day, QTime(hour, random.bounded(60)), zone);
            const QDateTime finished = started.addSecs(60 * (20 + random.bounded(40)));
            const qint64 finishedMs = toStored(finished);
            const int total = tplCode == QLatin1String("cleaning") ? 35 : 6;
            runInsert.bind(QStringLiteral(":t"), tpl.id).bind(QStringLiteral(":a"), h.assignmentId);
            runInsert.bind(QStringLiteral(":l"), QString::fromLatin1(h.level)).bind(QStringLiteral(":u"), h.userId);
            runInsert.bind(QStringLiteral(":n"), h.name).bind(QStringLiteral(":area"), h.area);
            runInsert.bind(QStringLiteral(":uc"), tplCode == QLatin1String("cleaning") ? 7 + random.bounded(4) : 2);
            runInsert.bind(QStringLiteral(":ut"), total);
            runInsert.bind(QStringLiteral(":s"), toStored(started)).bind(QStringLiteral(":f"), finishedMs);
            runInsert.bind(QStringLiteral(":up"), finishedMs);
            const auto runId = runInsert.scalar();
            if (!runId)
                return Failure{runId.error()};
            ++*runCount;

            for (const Item &item : tpl.items) {
                const QPair<QString, int> key{tplCode, item.key};
                const auto earlier = lowerLevel.constFind(key);
                const bool stillOpen = earlier != lowerLevel.cend() && earlier->found < finishedMs
                                       && (earlier->closed == 0 || earlier->closed > finishedMs);
                const int roll = random.bounded(100);
                // The project head finds what a supervisor left open about half the time.
                const bool fail = roll < 4 || (isHead && stillOpen && roll < 50);
                const bool na = !fail && roll >= 96;
                resultInsert.bind(QStringLiteral(":r"), runId.value()).bind(QStringLiteral(":i"), item.id);
                resultInsert.bind(QStringLiteral(":v"), fail ? QStringLiteral("fail")
                                                        : na ? QStringLiteral("na")
                                                             : QStringLiteral("pass"));
                resultInsert.bind(QStringLiteral(":note"), fail ? item.text.left(20) + QStringLiteral("：不符合标准")
                                                                : QStringLiteral(""));
                if (Status s = resultInsert.exec(); !s)
                    return s;
                if (!fail)
                    continue;

                // The finding: a third fixed on the spot; the rest get a plan with a deadline
                // two to five days on, rechecked on time mostly, late sometimes, or still open.
                const bool repeat = isHead && stillOpen;
                const bool onSpot = !repeat && random.bounded(3) == 0;
                const qint64 deadline = finishedMs + qint64(2 + random.bounded(4)) * 24 * 3600 * 1000;
                qint64 closed = 0;
                if (onSpot) {
                    closed = finishedMs + qint64(5 + random.bounded(20)) * 60 * 1000;
                } else {
                    const int outcome = random.bounded(10);
                    const qint64 candidate = outcome < 7 ? deadline - qint64(1 + random.bounded(40)) * 3600 * 1000
                                             : outcome < 9 ? deadline + qint64(1 + random.bounded(72)) * 3600 * 1000
                                                           : 0;
                    closed = candidate > finishedMs && candidate <= nowMs ? candidate : 0;
                    // What was found more than three weeks ago has been dealt with by now, late or not.
                    const qint64 weeks3 = qint64(21) * 24 * 3600 * 1000;
                    if (closed == 0 && nowMs - finishedMs > weeks3)
                        closed = qMin(nowMs, deadline + qint64(3 + random.bounded(8)) * 24 * 3600 * 1000);
                }
                const QString responsible = responsibles.at(random.bounded(int(responsibles.size())));
                const QString state = onSpot ? QStringLiteral("fixed_on_spot")
                                      : closed > 0 ? QStringLiteral("closed")
                                                   : QStringLiteral("rectifying");
                ncInsert.bind(QStringLiteral(":run"), runId.value()).bind(QStringLiteral(":item"), item.id);
                ncInsert.bind(QStringLiteral(":tpl"), tplCode).bind(QStringLiteral(":key"), item.key);
                ncInsert.bind(QStringLiteral(":area"), h.area);
                ncInsert.bind(QStringLiteral(":level"), QString::fromLatin1(h.level)).bind(QStringLiteral(":rank"), h.rank);
                ncInsert.bind(QStringLiteral(":found"), finishedMs).bind(QStringLiteral(":fid"), h.userId);
                ncInsert.bind(QStringLiteral(":fname"), h.name);
                ncInsert.bind(QStringLiteral(":desc"), item.text.left(20) + QStringLiteral("：不符合标准"));
                ncInsert.bind(QStringLiteral(":state"), state);
                ncInsert.bind(QStringLiteral(":resp"), onSpot ? nullText : QVariant(responsible));
                ncInsert.bind(QStringLiteral(":deadline"), onSpot ? nullId : QVariant(deadline));
                ncInsert.bind(QStringLiteral(":steps"), onSpot ? nullText : QVariant(QStringLiteral("按标准重新整改")));
                ncInsert.bind(QStringLiteral(":res"), onSpot ? nullText : QVariant(QStringLiteral("保洁工具")));
                ncInsert.bind(QStringLiteral(":target"), onSpot ? nullText : QVariant(QStringLiteral("达到检查标准")));
                ncInsert.bind(QStringLiteral(":repeat"), repeat ? QVariant(earlier->id) : nullId);
                ncInsert.bind(QStringLiteral(":raised"), repeat && earlier->superiorId > 0 ? QVariant(earlier->superiorId)
                                                                                        : nullId);
                ncInsert.bind(QStringLiteral(":closed"), closed > 0 ? QVariant(closed) : nullId);
                ncInsert.bind(QStringLiteral(":up"), closed > 0 ? closed : finishedMs);
                ncInsert.bind(QStringLiteral(":by"), by);
                const auto ncId = ncInsert.scalar();
                if (!ncId)
                    return Failure{ncId.error()};
                if (Status s = event(ncId.value(), finishedMs, h.userId, h.name, "found"); !s)
                    return s;
                if (onSpot) {
                    if (Status s = event(ncId.value(), closed, h.userId, h.name, "fixed_on_spot"); !s)
                        return s;
                } else {
                    if (Status s = event(ncId.value(), finishedMs + 60000, h.userId, h.name, "planned"); !s)
                        return s;
                    if (closed > 0) {
                        if (Status s = event(ncId.value(), closed, h.userId, h.name, "recheck_passed"); !s)
                            return s;
                    }
                }
                if (repeat) {
                    if (Status s = event(earlier->id, finishedMs, h.userId, h.name, "repeat"); !s)
                        return s;
                } else if (!isHead) {
                    lowerLevel.insert(key, OpenFinding{ncId.value(), finishedMs, closed,
                                                       h.superiorId});
                }
            }
        }
    }
    return {};
}
