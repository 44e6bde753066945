// The gatehouse data layer: categories, fees, the vehicle log, permits, visitors, patrols, handover.
#include "gatetestsupport.h"

#include "models/domain/gaterules.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/vehiclelogmodel.h"
#include "models/itemmodels/vehiclesinsidemodel.h"
#include "models/itemmodels/visitorsinsidemodel.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/patrolrepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace {
constexpr qint64 kMinute = 60;

VehicleEventInput entry(const QString &plate, GateDirection direction,
                        std::optional<VehicleCategory> category = std::nullopt)
{
    VehicleEventInput in;
    in.plate = plate;
    in.direction = direction;
    in.category = category;
    return in;
}
} // namespace

class TestGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<GateTestDatabase> t;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(t->db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        t = std::make_unique<GateTestDatabase>();
        QVERIFY(t->openWithResident());
    }
    void cleanup() { t.reset(); }

    void fees_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("10 min") << qint64(10) << qint64(0);
        QTest::newRow("30 min") << qint64(30) << qint64(0);
        QTest::newRow("31 min") << qint64(31) << qint64(500);
        QTest::newRow("1 h") << qint64(60) << qint64(500);
        QTest::newRow("1 h 1 min") << qint64(61) << qint64(1000);
        QTest::newRow("2 h 10 min") << qint64(130) << qint64(1500);
        QTest::newRow("8 h 1 min") << qint64(481) << qint64(4000);
        QTest::newRow("24 h") << qint64(24 * 60) << qint64(4000);
        QTest::newRow("25 h") << qint64(25 * 60) << qint64(4500);
        QTest::newRow("49 h") << qint64(49 * 60) << qint64(8500);
    }
    void fees()
    {
        QFETCH(qint64, minutes);
        QFETCH(qint64, fen);
        QCOMPARE(GateRules::fee(ParkingTariff(), minutes * 60 * 1000), fen);
    }

    void feeOfOneMoreSecondAndFormats()
    {
        QCOMPARE(GateRules::fee(ParkingTariff(), 30 * 60 * 1000 + 1000), qint64(500));
        QCOMPARE(GateRules::fee(ParkingTariff{0, 300, 2000}, 1000), qint64(300));
        QCOMPARE(GateRules::formatStay(130 * 60 * 1000), QStringLiteral("2h10m"));
        QCOMPARE(GateRules::formatStay(31 * 60 * 1000 + 59 * 1000), QStringLiteral("31m"));
        QCOMPARE(GateRules::formatStay(25 * 60 * 60 * 1000), QStringLiteral("25h0m"));
        QCOMPARE(GateRules::formatYuan(1500), QStringLiteral("15.00"));
        QCOMPARE(GateRules::formatYuan(5), QStringLiteral("0.05"));
    }

    void categoriesAndDefaults()
    {
        for (VehicleCategory c : GateRules::all())
            QCOMPARE(GateRules::fromCode(GateRules::code(c)), std::optional<VehicleCategory>(c));
        QVERIFY(!GateRules::fromCode(QStringLiteral("bicycle")));
        QVERIFY(GateRules::isRefusedKind(VehicleCategory::MuckTruck));
        QVERIFY(GateRules::isRefusedKind(VehicleCategory::HazardousGoods));
        QVERIFY(!GateRules::isRefusedKind(VehicleCategory::MovingVan));
        PlateKnowledge nothing;
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("粤B12345"), nothing), VehicleCategory::Temporary);
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("VA12345"), nothing), VehicleCategory::MilitaryPolice);
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("WJ12345"), nothing), VehicleCategory::MilitaryPolice);
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("粤B1234警"), nothing), VehicleCategory::MilitaryPolice);
        PlateKnowledge card;
        card.openTemporaryCard = true;
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("粤B12345"), card), VehicleCategory::Temporary);
        PlateKnowledge resident;
        resident.registeredResident = true;
        QCOMPARE(GateRules::defaultCategory(QStringLiteral("粤B12345"), resident), VehicleCategory::Resident);
    }

    void plateFormsAreOneVehicle()
    {
        GateRepository gate(*t->db, QStringLiteral("gate-1"));
        const auto in = gate.recordVehicle(t->guard, entry(QStringLiteral("粤b·12345"), GateDirection::In));
        QVERIFY2(in.ok(), qPrintable(in.error()));
        QCOMPARE(in->plate, QStringLiteral("粤B12345"));
        QCOMPARE(in->category, VehicleCategory::Resident);
        QCOMPARE(in->residentName, QStringLiteral("张三"));
        QVERIFY(!in->eventId.isEmpty());
        QVERIFY(!QUuid::fromString(in->eventId).isNull());

        const auto seen = gate.lookUpPlate(t->guard, QStringLiteral("粤B 12345"));
        QVERIFY(seen.ok());
        QVERIFY(seen->inside);
        QCOMPARE(seen->defaultOut, VehicleCategory::Resident);

        t->clock.advance(3 * 3600);
        const auto out = gate.recordVehicle(t->guard, entry(QStringLiteral("粤Ｂ１２３４５"), GateDirection::Out));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->category, VehicleCategory::Resident);
        QCOMPARE(out->stayMs, qint64(3 * 3600 * 1000));
        QCOMPARE(out->feeFen, qint64(0)); // residents do not pay
        QVERIFY(gate.vehiclesInside(t->guard)->isEmpty());
        const auto log = gate.eventsForPlate(t->guard, QStringLiteral("粤B12345"));
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).seat, QStringLiteral("gate-1"));
        QCOMPARE(log->at(0).guard, QStringLiteral("陈强"));
    }

    void feesThroughTheRepository_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("30 min") << qint64(30) << qint64(0);
        QTest::newRow("31 min") << qint64(31) << qint64(500);
        QTest::newRow("2 h 10 min") << qint64(130) << qint64(1500);
        QTest::newRow("25 h") << qint64(25 * 60) << qint64(4500);
    }
    void feesThroughTheRepository()
    {
        QFETCH(qint64, minutes);
        QFETCH(qint64, fen);
        GateRepository gate(*t->db);
        const QString plate = QStringLiteral("粤A88888");
        const auto in = gate.recordVehicle(t->guard, entry(plate, GateDirection::In));
        QVERIFY2(in.ok(), qPrintable(in.error()));
        QCOMPARE(in->category, VehicleCategory::Temporary);
        QVERIFY(!in->cardId.isEmpty());
        QCOMPARE(gate.lookUpPlate(t->guard, plate)->defaultOut, VehicleCategory::Temporary);
        t->clock.advance(minutes * kMinute);
        const auto out = gate.recordVehicle(t->guard, entry(plate, GateDirection::Out));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->category, VehicleCategory::Temporary);
        QCOMPARE(out->stayMs, minutes * 60 * 1000);
        QCOMPARE(out->feeFen, fen);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM parking_cards WHERE status = 'closed'")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT fee_fen FROM parking_cards")), fen);
        QCOMPARE(gate.counts(t->guard)->feesFen, fen);
    }

    void backdatedEventsUseTheirOwnTime()
    {
        GateRepository gate(*t->db);
        VehicleEventInput in = entry(QStringLiteral("粤A66666"), GateDirection::In);
        in.at = t->clock.now().addSecs(-130 * kMinute);
        QVERIFY(gate.recordVehicle(t->guard, in).ok());
        const auto out = gate.recordVehicle(t->guard, entry(QStringLiteral("粤A66666"), GateDirection::Out));
        QCOMPARE(out->feeFen, qint64(1500));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE occurred_at < recorded_at")), qint64(1));
    }

    void tariffIsEditableByManagersAndAudited()
    {
        GateRepository gate(*t->db);
        QCOMPARE(gate.tariff(), ParkingTariff());
        QVERIFY(!gate.setTariff(t->guard, ParkingTariff{15, 600, 5000}).ok());
        QVERIFY(gate.setTariff(t->manager, ParkingTariff{15, 600, 5000}).ok());
        QCOMPARE(gate.tariff(), (ParkingTariff{15, 600, 5000}));
        AuditFilter filter;
        filter.action = QStringLiteral("setting_changed");
        const auto entries = AuditLog(*t->db).entries(t->manager, filter);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().entity, QStringLiteral("parking_tariff"));
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A11111"), GateDirection::In)).ok());
        t->clock.advance(20 * kMinute);
        QCOMPARE(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A11111"), GateDirection::Out))->feeFen, qint64(600));
    }

    // One repository prepares its statements once: they still read what others wrote since,
    // survive a reconnection, and a failed statement does not spoil the next event.
    void oneRepositoryKeepsRecordingAcrossChangesAndReconnection()
    {
        GateRepository gate(*t->db);
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A22222"), GateDirection::In)).ok());
        QVERIFY(GateRepository(*t->db).setTariff(t->manager, ParkingTariff{0, 300, 5000}).ok());
        t->clock.advance(60 * kMinute);
        const auto out = gate.recordVehicle(t->guard, entry(QStringLiteral("粤A22222"), GateDirection::Out));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        QCOMPARE(out->feeFen, qint64(300)); // the tariff another repository set

        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A33333"), GateDirection::In)).ok());
        QVERIFY(t->db->reconnect().ok());
        t->clock.advance(60 * kMinute);
        const auto after = gate.recordVehicle(t->guard, entry(QStringLiteral("粤A33333"), GateDirection::Out));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->stayMs, qint64(60 * 60 * 1000));
        QCOMPARE(after->feeFen, qint64(300));

        // A write that fails (the table is gone for a moment) leaves nothing behind, and the
        // next event is recorded as usual.
        {
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE vehicles_inside RENAME TO vehicles_inside_away")));
        }
        QVERIFY(!gate.recordVehicle(t->guard, entry(QStringLiteral("粤A44444"), GateDirection::In)).ok());
        {
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE vehicles_inside_away RENAME TO vehicles_inside")));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE plate = '粤A44444'")), qint64(0));
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A44444"), GateDirection::In)).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicles_inside WHERE plate = '粤A44444'")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(5));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM parking_cards WHERE status = 'closed'")), qint64(2));
    }

    void unusualPlateIsAWarningNotARefusal()
    {
        GateRepository gate(*t->db);
        const auto first = gate.recordVehicle(t->guard, entry(QStringLiteral("粤BI2345"), GateDirection::In));
        QVERIFY(first.ok());
        QVERIFY(first->needsConfirmation);
        QVERIFY(first->plateWarning.contains(QStringLiteral("I or O")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events")), qint64(0));
        VehicleEventInput confirmed = entry(QStringLiteral("粤BI2345"), GateDirection::In);
        confirmed.plateConfirmed = true;
        const auto second = gate.recordVehicle(t->guard, confirmed);
        QVERIFY(second.ok());
        QVERIFY(!second->needsConfirmation);
        QVERIFY(!second->refused);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE plate_warning IS NOT NULL")), qint64(1));
    }

    void bannedKindIsRefusedAndLogged()
    {
        GateRepository gate(*t->db);
        const auto lorry = gate.recordVehicle(t->guard, entry(QStringLiteral("粤B67890"), GateDirection::In,
                                                              VehicleCategory::MuckTruck));
        QVERIFY2(lorry.ok(), qPrintable(lorry.error()));
        QVERIFY(lorry->refused);
        QVERIFY(lorry->reason.contains(QStringLiteral("Muck truck")));
        const auto log = gate.eventsForPlate(t->guard, QStringLiteral("粤B67890"));
        QCOMPARE(log->size(), 1);
        QVERIFY(log->first().refused);
        QCOMPARE(log->first().category, QStringLiteral("muck_truck"));
        QVERIFY(!log->first().reason.isEmpty());
        QVERIFY(gate.vehiclesInside(t->guard)->isEmpty());
        QCOMPARE(gate.counts(t->guard)->refused, 1);

        // Approved in advance, it passes once and the approval is used up.
        GoodsPermitRepository permits(*t->db);
        GoodsPermit p;
        p.kind = QStringLiteral("vehicle_access");
        p.applicant = QStringLiteral("张三");
        p.goods = QStringLiteral("渣土清运");
        p.plate = QStringLiteral("粤B 67890");
        const auto applied = permits.apply(t->clerk, p);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY(permits.approve(t->manager, applied->id).ok());
        const auto again = gate.recordVehicle(t->guard, entry(QStringLiteral("粤B67890"), GateDirection::In,
                                                              VehicleCategory::MuckTruck));
        QVERIFY(!again->refused);
        QCOMPARE(permits.permit(t->guard, applied->id)->status, QStringLiteral("collected"));
    }

    void movingVanNeedsAnApprovedPermitAndCollectsIt()
    {
        GateRepository gate(*t->db);
        GoodsPermitRepository permits(*t->db);
        const QString van = QStringLiteral("粤B5M123");
        const auto in = gate.recordVehicle(t->guard, entry(van, GateDirection::In, VehicleCategory::MovingVan));
        QVERIFY2(in.ok() && !in->refused, qPrintable(in.ok() ? in->reason : in.error()));

        GoodsPermit p;
        p.kind = QStringLiteral("moving");
        p.applicant = QStringLiteral("张三");
        p.houseNumber = QStringLiteral("3-2-1201");
        p.residentId = t->residentId;
        p.goods = QStringLiteral("家具 12 件, 纸箱 30 个");
        p.plate = van;
        QVERIFY(!permits.apply(t->guard, p).ok()); // the gate does not issue permits
        const auto applied = permits.apply(t->clerk, p);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY(applied->permitNumber.startsWith(QStringLiteral("FX20260302-")));

        // Applied but not approved: stopped, and the stop is in the log.
        const auto stopped = gate.recordVehicle(t->guard, entry(van, GateDirection::Out));
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->category, VehicleCategory::MovingVan);
        QVERIFY(stopped->refused);
        QVERIFY(stopped->reason.contains(QStringLiteral("permit")));
        QCOMPARE(gate.vehiclesInside(t->guard)->size(), 1); // still inside

        QVERIFY(!permits.approve(t->clerk, applied->id).ok());
        QVERIFY(permits.approve(t->manager, applied->id).ok());
        t->clock.advance(10 * kMinute);
        const auto passed = gate.recordVehicle(t->guard, entry(van, GateDirection::Out));
        QVERIFY(passed.ok());
        QVERIFY2(!passed->refused, qPrintable(passed->reason));
        QCOMPARE(passed->permitNumber, applied->permitNumber);
        const GoodsPermit after = permits.permit(t->clerk, applied->id).value();
        QCOMPARE(after.status, QStringLiteral("collected"));
        QCOMPARE(after.collectedBy, QStringLiteral("陈强"));
        QCOMPARE(after.collectedAt, t->clock.now());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM goods_checks WHERE outcome = 'passed'")), qint64(1));
        QVERIFY(gate.vehiclesInside(t->guard)->isEmpty());

        // The same permit does not let a second load out.
        QVERIFY(gate.recordVehicle(t->guard, entry(van, GateDirection::In, VehicleCategory::MovingVan)).ok());
        VehicleEventInput reuse = entry(van, GateDirection::Out);
        reuse.permitNumber = applied->permitNumber;
        const auto second = gate.recordVehicle(t->guard, reuse);
        QVERIFY(second->refused);
        QVERIFY(second->reason.contains(QStringLiteral("already used")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM goods_checks WHERE outcome = 'stopped'")), qint64(1));
    }

    void goodsCarriedOutOnFootAreCheckedOnce()
    {
        GoodsPermitRepository permits(*t->db, QStringLiteral("gate-1"));
        GoodsPermit p;
        p.applicant = QStringLiteral("张三");
        p.goods = QStringLiteral("旧冰箱一台");
        const auto applied = permits.apply(t->clerk, p);
        QVERIFY(applied.ok());
        const auto early = permits.checkAtGate(t->guard, applied->permitNumber);
        QVERIFY(early.ok());
        QVERIFY(!early->passed);
        QVERIFY(permits.approve(t->manager, applied->id).ok());
        QVERIFY(!permits.checkAtGate(t->clerk, applied->permitNumber).ok()); // clerks only look
        const auto ok = permits.checkAtGate(t->guard, applied->permitNumber.toLower());
        QVERIFY2(ok.ok() && ok->passed, qPrintable(ok.ok() ? ok->reason : ok.error()));
        const auto twice = permits.checkAtGate(t->guard, applied->permitNumber);
        QVERIFY(!twice->passed);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM goods_checks")), qint64(3));
    }

    void militaryNightEntryIsFlagged()
    {
        GateRepository gate(*t->db);
        VehicleEventInput night = entry(QStringLiteral("VA12345"), GateDirection::In);
        night.at = QDateTime(QDate(2026, 3, 2), QTime(1, 15), QTimeZone("Asia/Shanghai"));
        const auto flagged = gate.recordVehicle(t->guard, night);
        QVERIFY(flagged.ok());
        QCOMPARE(flagged->category, VehicleCategory::MilitaryPolice);
        QVERIFY(flagged->flagged);
        VehicleEventInput day = entry(QStringLiteral("粤B1234警"), GateDirection::In);
        const auto notFlagged = gate.recordVehicle(t->guard, day); // 09:30
        QCOMPARE(notFlagged->category, VehicleCategory::MilitaryPolice);
        QVERIFY(!notFlagged->flagged);
    }

    void clerksViewButDoNotWrite()
    {
        GateRepository gate(*t->db);
        QVERIFY(!gate.recordVehicle(t->clerk, entry(QStringLiteral("粤A12345"), GateDirection::In)).ok());
        QVERIFY(gate.vehiclesInside(t->clerk).ok());
        QVERIFY(gate.counts(t->clerk).ok());
        Session tech = t->addUser(QStringLiteral("tech"), QStringLiteral("Tech"), Role::Technician);
        QVERIFY(!gate.vehiclesInside(tech).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")), qint64(2));
    }

    void voidingKeepsTheRecord()
    {
        GateRepository gate(*t->db);
        const auto in = gate.recordVehicle(t->guard, entry(QStringLiteral("粤A22222"), GateDirection::In));
        QVERIFY(!gate.voidVehicleEvent(t->guard, in->eventId, QString()).ok());
        QVERIFY(gate.voidVehicleEvent(t->guard, in->eventId, QStringLiteral("typed the wrong plate")).ok());
        QVERIFY(gate.vehiclesInside(t->guard)->isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vehicle_events WHERE voided = 1")), qint64(1));
    }

    void visitorsRegisterRefuseAndLeave()
    {
        GateRepository gate(*t->db);
        VisitorInput v;
        v.name = QStringLiteral("李四");
        v.document = QStringLiteral("11010519491231002X");
        v.phone = QStringLiteral("139 0013 9000");
        v.people = 2;
        v.houseNumber = QStringLiteral("3-2-1201");
        v.purpose = QStringLiteral("探亲");
        const auto id = gate.registerVisitor(t->guard, v);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QSqlQuery q(t->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT document, phone FROM visitors")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("110105********002X"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("13900139000"));
        q.finish();

        VisitorInput seller;
        seller.name = QStringLiteral("推销员");
        seller.refused = true;
        const auto noReason = gate.registerVisitor(t->guard, seller);
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().startsWith(QStringLiteral("Reason")));
        seller.reason = QStringLiteral("推销, 无事由");
        QVERIFY(gate.registerVisitor(t->guard, seller).ok());

        VisitorInput nowhere;
        nowhere.name = QStringLiteral("王五");
        nowhere.purpose = QStringLiteral("送货");
        QVERIFY(gate.registerVisitor(t->guard, nowhere).error().startsWith(QStringLiteral("House")));

        const auto inside = gate.visitorsInside(t->clerk);
        QCOMPARE(inside->size(), 1);
        QCOMPARE(inside->first().people, 2);
        VisitorsInsideModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisitors(inside.value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), ItemRoles::IdRole).toString(), id.value());
        QCOMPARE(gate.counts(t->guard)->visitors, 1);
        QCOMPARE(gate.counts(t->guard)->visitorsInside, 1);
        QVERIFY(gate.visitorLeft(t->guard, id.value()).ok());
        QVERIFY(!gate.visitorLeft(t->guard, id.value()).ok());
        QVERIFY(gate.visitorsInside(t->guard)->isEmpty());
        model.setVisitors({});
        QCOMPARE(model.rowCount(), 0);
    }

    void vehiclesInsideModel()
    {
        GateRepository gate(*t->db);
        VehiclesInsideModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤B12345"), GateDirection::In)).ok());
        t->clock.advance(5 * kMinute);
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A77777"), GateDirection::In)).ok());
        t->clock.advance(70 * kMinute);
        model.setVehicles(gate.vehiclesInside(t->guard).value(), t->clock.now());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, VehiclesInsideModel::PlateColumn)).toString(), QStringLiteral("粤A77777"));
        QCOMPARE(model.data(model.index(0, VehiclesInsideModel::StayColumn)).toString(), QStringLiteral("1 h 10 min"));
        QCOMPARE(model.data(model.index(1, VehiclesInsideModel::CategoryColumn), ItemRoles::CodeRole).toString(),
                 QStringLiteral("resident"));
        model.setVehicles({}, t->clock.now());
        QCOMPARE(model.rowCount(), 0);
    }

    void vehicleLogPagesLazily()
    {
        GateRepository gate(*t->db);
        // Two events share each instant, so that the paging must order by id within an instant.
        for (int i = 0; i < 45; ++i) {
            QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤A%1").arg(10000 + i), GateDirection::In)).ok());
            QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤C%1").arg(10000 + i), GateDirection::In)).ok());
            t->clock.advance(kMinute);
        }
        VehicleLogModel model(gate, t->clerk, 20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.rowCount() >= 20 && model.rowCount() < 90); // a page or two, not everything
        QVERIFY(model.canFetchMore({}));
        QSet<QString> ids;
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 90);
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.data(model.index(row, 0), ItemRoles::IdRole).toString());
        QCOMPARE(ids.size(), 90); // no event twice, none missed
        QVERIFY(model.data(model.index(0, VehicleLogModel::PlateColumn)).toString().endsWith(QStringLiteral("10044")));
        QVERIFY(model.data(model.index(0, 0), ItemRoles::SortRole).toLongLong()
                >= model.data(model.index(89, 0), ItemRoles::SortRole).toLongLong());
    }

    void patrolsOverdueAndFindingsNotifyTheOffice()
    {
        PatrolRepository patrols(*t->db);
        const auto routes = patrols.routes(t->guard);
        QCOMPARE(routes->size(), 2);
        QCOMPARE(routes->at(0).intervalMinutes, 30);
        QCOMPARE(routes->at(1).intervalMinutes, 15);
        auto status = patrols.status(t->guard);
        QVERIFY(status->at(0).overdue); // never patrolled

        const qint64 carPark = routes->at(0).id;
        const auto round = patrols.startRound(t->guard, carPark);
        QVERIFY(round.ok());
        QVERIFY(patrols.signIn(t->guard, *round, routes->at(0).checkpoints.at(0).id).ok());
        QVERIFY(!patrols.signIn(t->guard, *round, routes->at(1).checkpoints.at(0).id).ok());
        QVERIFY(patrols.finishRound(t->guard, *round).ok());
        t->clock.advance(29 * kMinute);
        QVERIFY(!patrols.status(t->guard)->at(0).overdue);
        t->clock.advance(2 * kMinute);
        status = patrols.status(t->guard);
        QVERIFY(status->at(0).overdue);
        QCOMPARE(status->at(0).overdueMs, qint64(60 * 1000));

        QVERIFY(!patrols.setInterval(t->guard, carPark, 45).ok());
        QVERIFY(patrols.setInterval(t->manager, carPark, 45).ok());
        QVERIFY(!patrols.status(t->guard)->at(0).overdue);

        PatrolFindingInput oil;
        oil.roundId = *round;
        oil.kind = QStringLiteral("oil");
        oil.description = QStringLiteral("车位下有漏油");
        oil.plate = QStringLiteral("粤B 12345");
        const auto found = patrols.recordFinding(t->guard, oil);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found->notified);
        QCOMPARE(found->residentName, QStringLiteral("张三"));
        PatrolFindingInput light;
        light.kind = QStringLiteral("broken_equipment");
        light.description = QStringLiteral("B1 灯坏");
        QVERIFY(!patrols.recordFinding(t->guard, light)->notified);
        QCOMPARE(patrols.openNotifications(t->clerk).value(), 1);
        QCOMPARE(count(QStringLiteral("SELECT resident_id FROM office_notifications")), t->residentId);
    }

    void handoverIsConfirmedByTheIncomingGuard()
    {
        GateRepository gate(*t->db);
        QVERIFY(gate.recordVehicle(t->guard, entry(QStringLiteral("粤B12345"), GateDirection::In)).ok());
        VisitorInput v;
        v.name = QStringLiteral("李四");
        v.houseNumber = QStringLiteral("3-2-1201");
        v.purpose = QStringLiteral("探亲");
        QVERIFY(gate.registerVisitor(t->guard, v).ok());
        HandoverInput h;
        QVERIFY(gate.writeHandover(t->guard, h).error().startsWith(QStringLiteral("Equipment")));
        h.equipment = QStringLiteral("对讲机 2, 钥匙 1 串");
        h.incidents = QStringLiteral("无");
        const auto id = gate.writeHandover(t->guard, h);
        QVERIFY(id.ok());
        QVERIFY(!gate.confirmHandover(t->guard, *id).ok()); // not by the guard leaving
        QVERIFY(!gate.confirmHandover(t->clerk, *id).ok());
        QVERIFY(gate.confirmHandover(t->guard2, *id).ok());
        QVERIFY(!gate.confirmHandover(t->guard2, *id).ok());
        const auto record = gate.handover(t->clerk, *id);
        QCOMPARE(record->vehiclesInside, 1);
        QCOMPARE(record->visitorsInside, 1);
        QCOMPARE(record->openItems.size(), 2);
        QVERIFY(record->openItems.at(0).contains(QStringLiteral("粤B12345")));
        QCOMPARE(record->incomingGuard, QStringLiteral("刘洋"));
        QVERIFY(record->confirmedAt.isValid());

        // In one step, as the handover dialog does it; a refused confirmation writes nothing.
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM shift_handovers"));
        QVERIFY(!gate.handOver(t->guard2, t->guard2, h).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM shift_handovers")), before);
        QVERIFY(gate.handOver(t->guard2, t->guard, h).ok());
        HandoverInput quiet; // a shift without incidents
        quiet.equipment = QStringLiteral("对讲机 2");
        QVERIFY(gate.writeHandover(t->guard, quiet).ok());
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
