#pragma once

// The small estate of the fee tests: three flats and a shop, two fee items, and the office's
// historical arrears, with a clock the tests move from payment to payment.

#include "residenttestsupport.h"

#include "models/io/arrearsimport.h"
#include "models/io/houselistimport.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"

#include <QTimeZone>

namespace FeesTest {

inline QDateTime local(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai"));
}

inline Table table(const QList<QStringList> &rows)
{
    Table t;
    t.encoding = QStringLiteral("UTF-8");
    int line = 1;
    for (const QStringList &cells : rows)
        t.rows << TableRow{line++, cells};
    return t;
}

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The house list of the estate (SPEC 9.5 columns).
inline Table houseList()
{
    return table({{u("楼栋"), u("单元"), u("房号"), u("面积"), u("类型"), u("状态")},
                  {u("1"), u("1"), u("101"), u("89.50"), u("住宅"), u("自住")},
                  {u("1"), u("1"), u("102"), u("120.00"), u("住宅"), u("空置")},
                  {u("1"), u("1"), u("201"), u("75.25"), u("住宅"), u("出租")},
                  {u("S"), u(""), u("101"), u("60"), u("商铺"), u("自住")}});
}

// The office's arrears ledger: two old bills of the vacant flat (one over a year old), an old
// garbage bill of 1-1-101 and a partly paid May bill of 1-1-201.
inline Table arrearsLedger()
{
    return table({{u("房号"), u("收费项目"), u("所属期间"), u("应收"), u("已收"), u("截止日期")},
                  {u("1-1-101"), u("GB"), u("2025Q4"), u("30.00"), u("0"), u("")},
                  {u("1-1-201"), u("PF"), u("2026-05"), u("139.21"), u("39.21"), u("")},
                  {u("1-1-102"), u("GB"), u("2025Q4"), u("30.00"), u(""), u("")},
                  {u("1-1-102"), u("物业服务费"), u("2025-06"), u("111.00"), u("0"), u("2025-06-30")}});
}

struct Estate : ResidentTestDatabase
{
    Session technician;
    qint64 h101 = 0, h102 = 0, h201 = 0, shop = 0;
    qint64 pf = 0, gb = 0;

    bool build()
    {
        clock.set(local(2026, 7, 1, 9, 0));
        if (!open())
            return false;
        technician = addUser(QStringLiteral("zhaogong"), QStringLiteral("赵工"), Role::Technician);
        HouseListImport houses(*db);
        const auto preview = houses.preview(clerk, houseList(), QStringLiteral("houses.csv"));
        if (!preview || !preview->rejected.isEmpty())
            return fail(preview ? preview->rejected.value(0).message : preview.error());
        const auto imported = houses.commit(clerk, *preview);
        if (!imported)
            return fail(imported.error());
        HouseRepository repo(*db);
        h101 = repo.findHouse(u("1"), u("1"), u("101")).value();
        h102 = repo.findHouse(u("1"), u("1"), u("102")).value();
        h201 = repo.findHouse(u("1"), u("1"), u("201")).value();
        shop = repo.findHouse(u("S"), QString(), u("101")).value();
        if (!owner(u("张伟"), h101) || !owner(u("李娜"), h102) || !owner(u("王芳"), h201) || !owner(u("赵敏"), shop))
            return false;

        FeeRepository fees(*db);
        FeeItem property;
        property.code = QStringLiteral("PF");
        property.name = u("物业服务费");
        property.basis = FeeBasis::Area;
        property.rateCentiFen = 18500; // 1.85 yuan per m² per month
        property.cycle = FeeCycle::Month;
        property.vacantPercent = 50;
        property.houseTypes = {QStringLiteral("residential"), QStringLiteral("shop")};
        property.firstMonth = QStringLiteral("2026-07");
        const auto pfId = fees.addItem(manager, property);
        if (!pfId)
            return fail(pfId.error());
        pf = *pfId;
        FeeItem garbage;
        garbage.code = QStringLiteral("GB");
        garbage.name = u("垃圾清运费");
        garbage.basis = FeeBasis::Fixed;
        garbage.rateCentiFen = 100000; // 10.00 yuan per house per month
        garbage.cycle = FeeCycle::Quarter;
        garbage.firstMonth = QStringLiteral("2026-07");
        const auto gbId = fees.addItem(manager, garbage);
        if (!gbId)
            return fail(gbId.error());
        gb = *gbId;
        return true;
    }

    bool importLedger()
    {
        ArrearsImport ledger(*db);
        const auto preview = ledger.preview(manager, arrearsLedger(), QStringLiteral("arrears.csv"));
        if (!preview || !preview->rejected.isEmpty())
            return fail(preview ? preview->rejected.value(0).message : preview.error());
        const auto result = ledger.commit(manager, *preview);
        if (!result)
            return fail(result.error());
        return result->imported == 4;
    }

    bool owner(const QString &name, qint64 house)
    {
        ResidentRepository residents(*db);
        ResidentRecord r;
        r.name = name;
        const auto id = residents.create(clerk, r);
        if (!id)
            return fail(id.error());
        const auto link = residents.moveIn(clerk, *id, house, QStringLiteral("owner"), QDate(2020, 1, 1));
        if (!link)
            return fail(link.error());
        return true;
    }

    Result<FeeReceipt> pay(qint64 house, qint64 fen, const QDateTime &at, const QString &method = QStringLiteral("cash"))
    {
        clock.set(at);
        FeePaymentInput in;
        in.houseId = house;
        in.amountFen = fen;
        in.method = method;
        return FeeRepository(*db).pay(clerk, in);
    }

    static bool fail(const QString &message)
    {
        qWarning("%s", qPrintable(message));
        return false;
    }
};

} // namespace FeesTest
