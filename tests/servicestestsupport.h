#pragma once

// The estate of the fee tests with the convenience services of 2026 (seed 002), shared by the
// data-layer and the GUI tests of the services.

#include "feestestsupport.h"

#include "models/database/query.h"
#include "models/repositories/servicerepository.h"

namespace ServicesTest {

inline ServiceItem service(qint64 listId, const QString &name, bool paid, qint64 priceFen, const QString &unit, bool longTerm,
                    int breakEven = 0, qint64 depositFen = 0)
{
    ServiceItem i;
    i.listId = listId;
    i.name = name;
    i.paid = paid;
    i.priceFen = priceFen;
    i.unit = unit;
    i.longTerm = longTerm;
    i.breakEven = breakEven;
    i.depositFen = depositFen;
    return i;
}

// The estate of the fee tests with a second manager (the company manager who approves) and
// the 2026 list: bottled water (paid, monthly, needs 2 subscribers), parcel keeping (free) and
// appliance cleaning (paid, one-off).
struct ServiceEstate : FeesTest::Estate
{
    Session approver;
    qint64 list2026 = 0, water = 0, parcels = 0, cleaning = 0;

    bool buildWithList(bool publish = true)
    {
        if (!build())
            return false;
        approver = addUser(QStringLiteral("zhoujl"), FeesTest::u("周经理"), Role::Manager);
        ServiceRepository services(*db);
        const auto list = services.draftList(manager, 2026);
        if (!list)
            return fail(list.error());
        list2026 = *list;
        const auto w = services.saveItem(manager, service(list2026, FeesTest::u("送桶装水"), true, 3000, FeesTest::u("元/月"), true, 2, 5000));
        const auto p = services.saveItem(manager, service(list2026, FeesTest::u("代收快递"), false, 0, QString(), true));
        const auto c = services.saveItem(manager, service(list2026, FeesTest::u("家电清洗"), true, 8000, FeesTest::u("元/次"), false));
        if (!w || !p || !c)
            return fail(!w ? w.error() : !p ? p.error() : c.error());
        water = *w;
        parcels = *p;
        cleaning = *c;
        if (!publish)
            return true;
        if (Status s = services.approve(approver, list2026); !s)
            return fail(s.error());
        if (Status s = services.publish(manager, list2026); !s)
            return fail(s.error());
        return true;
    }

    ServiceOrderInput order(const QString &house, qint64 item, const QDate &start) const
    {
        ServiceOrderInput in;
        in.houseNumber = house;
        in.residentName = FeesTest::u("张伟");
        in.phone = QStringLiteral("138 0013 8000");
        in.itemId = item;
        in.start = start;
        in.signatureConfirmed = true;
        return in;
    }

    qint64 count(const QString &sql) const
    {
        Query q(*db, sql);
        const auto n = q.scalar();
        return n ? *n : -1;
    }

    qint64 serviceBills(qint64 house, const QString &period) const
    {
        Query q(*db, QStringLiteral("SELECT COALESCE(SUM(b.amount_fen), -1) FROM bills b JOIN service_items s ON "
                                    "s.fee_item_id = b.item_id WHERE b.house_id = :h AND b.period = :p"));
        q.bind(QStringLiteral(":h"), house).bind(QStringLiteral(":p"), period);
        const auto n = q.scalar();
        return n ? *n : -2;
    }
};

} // namespace ServicesTest
