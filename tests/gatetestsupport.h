#pragma once

// A resident database with a registered resident vehicle, for the gatehouse tests.
#include "residenttestsupport.h"

#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

struct GateTestDatabase : ResidentTestDatabase
{
    Session guard2;
    qint64 residentId = 0;
    qint64 houseId = 0;

    // 2026-03-02 09:30 in Shanghai.
    bool openWithResident()
    {
        if (!open())
            return false;
        guard2 = addUser(QStringLiteral("liuyang"), QStringLiteral("刘洋"), Role::Guard);
        const auto house = HouseRepository(*db).ensureHouse(clerk, QStringLiteral("3-2-1201"));
        if (!house)
            return false;
        houseId = house.value();
        ResidentRecord r;
        r.name = QStringLiteral("张三");
        r.mobile = QStringLiteral("13800138000");
        const auto created = ResidentRepository(*db).create(clerk, r);
        if (!created)
            return false;
        residentId = created.value();
        if (!ResidentRepository(*db).moveIn(clerk, residentId, houseId, QStringLiteral("owner"), QDate(2020, 1, 1)))
            return false;
        VehicleRecord car;
        car.residentId = residentId;
        car.plate = QStringLiteral("粤B12345");
        return VehicleRepository(*db).add(clerk, car).ok();
    }
};
