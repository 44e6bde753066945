#include "residenttestsupport.h"

#include "models/domain/validation.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/permitrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestResidentRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ResidentTestDatabase> t;

    // The numbers are hand-checked GB 11643 numbers (see tst_validation).
    static QString zhangId() { return QStringLiteral("11010119800106123x"); }

    qint64 newResident(const QString &name, const QString &id, const QString &mobile)
    {
        ResidentRecord r;
        r.name = name;
        r.documentNumber = id;
        r.mobile = mobile;
        const auto created = ResidentRepository(*t->db).create(t->clerk, r);
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? created.value() : 0;
    }

    qint64 house(const QString &number)
    {
        const auto id = HouseRepository(*t->db).ensureHouse(t->clerk, number);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    QList<AuditEntry> audit(const QString &action)
    {
        AuditFilter filter;
        filter.action = action;
        const auto entries = AuditLog(*t->db).entries(t->manager, filter);
        if (!entries)
            qWarning("%s", qPrintable(entries.error()));
        return entries ? entries.value() : QList<AuditEntry>();
    }

    static QStringList names(const QList<ResidentHit> &hits)
    {
        QStringList list;
        for (const ResidentHit &h : hits)
            list << h.name;
        return list;
    }

private slots:
    void init()
    {
        t = std::make_unique<ResidentTestDatabase>();
        QVERIFY(t->open());
    }
    void cleanup() { t.reset(); }

    void housesAreCreatedOnDemandByNumber()
    {
        HouseRepository houses(*t->db);
        const qint64 a = house(QStringLiteral("3-2-1201"));
        QVERIFY(a > 0);
        // Rosters write the same house in other ways.
        const auto b = houses.ensureHouse(t->clerk, QStringLiteral("3栋"), QStringLiteral("2单元"), QStringLiteral("1201室"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b.value(), a);
        const auto c = houses.ensureHouse(t->clerk, QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1202"));
        QVERIFY(c.ok() && c.value() != a);
        QCOMPARE(houses.buildings(t->guard).value(), QStringList{QStringLiteral("3")});
        QCOMPARE(houses.units(t->guard, QStringLiteral("3")).value(), QStringList{QStringLiteral("2")});
        QCOMPARE(houses.houses(t->guard, QStringLiteral("3"), QStringLiteral("2"))->size(), 2);
        // One building, one unit, two houses created, each audited.
        QCOMPARE(audit(QStringLiteral("create")).size(), 4);

        const auto missingRoom = houses.ensureHouse(t->clerk, QStringLiteral("3"), QStringLiteral("2"), QString());
        QVERIFY(!missingRoom.ok());
        QVERIFY2(missingRoom.error().startsWith(QStringLiteral("Room:")), qPrintable(missingRoom.error()));
        QVERIFY(!houses.ensureHouse(t->guard, QStringLiteral("9-1-101")).ok()); // guards look, never edit
    }

    void houseUpdateKeepsAreaInHundredthsAndRefusesStaleCopies()
    {
        HouseRepository houses(*t->db);
        const qint64 id = house(QStringLiteral("5-1-301"));
        auto mine = houses.house(t->clerk, id).value();
        auto theirs = mine;
        mine.areaCenti = 8975; // 89.75 m²
        mine.status = QStringLiteral("owner_occupied");
        QVERIFY(houses.updateHouse(t->clerk, mine).ok());
        QCOMPARE(houses.house(t->clerk, id)->areaCenti, 8975);
        QCOMPARE(houses.house(t->clerk, id)->status, QStringLiteral("owner_occupied"));

        theirs.status = QStringLiteral("rented");
        const Status stale = houses.updateHouse(t->manager, theirs);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("李晓梅")), qPrintable(stale.error()));
        QCOMPARE(houses.house(t->clerk, id)->status, QStringLiteral("owner_occupied"));
    }

    void clerkSeesMaskedNumberManagerRevealsItAudited()
    {
        const qint64 id = newResident(QStringLiteral("张三"), zhangId(), QStringLiteral("+86 138 0013 8000"));
        QVERIFY(id > 0);
        ResidentRepository residents(*t->db);

        const auto seenByClerk = residents.find(t->clerk, id);
        QVERIFY(seenByClerk.ok());
        QCOMPARE(seenByClerk->documentNumber, QStringLiteral("110101********123X"));
        QVERIFY(seenByClerk->documentMasked);
        QCOMPARE(seenByClerk->mobile, QStringLiteral("13800138000"));

        const auto clerkReveal = residents.revealDocument(t->clerk, id);
        QVERIFY(!clerkReveal.ok());
        QVERIFY(audit(QStringLiteral("reveal_document")).isEmpty());

        const auto managerReveal = residents.revealDocument(t->manager, id);
        QVERIFY2(managerReveal.ok(), qPrintable(managerReveal.error()));
        QCOMPARE(managerReveal.value(), QStringLiteral("11010119800106123X")); // lower-case x stored as X
        const QList<AuditEntry> reveals = audit(QStringLiteral("reveal_document"));
        QCOMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().username, QStringLiteral("wangjl"));
        QCOMPARE(reveals.first().entityId, QString::number(id));
        QCOMPARE(reveals.first().at, t->clock.now());

        // The audit log itself never holds the full number.
        const QList<AuditEntry> creations = audit(QStringLiteral("create"));
        for (const AuditEntry &e : creations)
            QVERIFY(!e.newValue.contains(QStringLiteral("11010119800106123X")));
    }

    void refusalsNameTheField()
    {
        ResidentRepository residents(*t->db);
        ResidentRecord r;
        r.name = QStringLiteral("李四");
        r.documentNumber = QStringLiteral("110105194912310021");
        auto created = residents.create(t->clerk, r);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().startsWith(QStringLiteral("ID number:")), qPrintable(created.error()));

        r.documentNumber.clear();
        r.mobile = QStringLiteral("1380013800");
        created = residents.create(t->clerk, r);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().startsWith(QStringLiteral("Mobile:")), qPrintable(created.error()));

        r.mobile.clear();
        r.name = QStringLiteral("  ");
        created = residents.create(t->clerk, r);
        QVERIFY2(!created.ok() && created.error().startsWith(QStringLiteral("Name:")), qPrintable(created.error()));

        r.name = QStringLiteral("李四");
        created = residents.create(t->guard, r);
        QVERIFY(!created.ok());
        QCOMPARE(audit(QStringLiteral("permission_denied")).size(), 1);

        // The same document number twice is one person.
        QVERIFY(newResident(QStringLiteral("张三"), zhangId(), QString()) > 0);
        r.documentNumber = QStringLiteral("11010119800106123X");
        created = residents.create(t->clerk, r);
        QVERIFY2(!created.ok() && created.error().startsWith(QStringLiteral("Document number:")),
                 qPrintable(created.error()));
    }

    void textLimitsAndInvisibleCharactersAreRefused()
    {
        ResidentRepository residents(*t->db);
        auto refusal = [&](const ResidentRecord &r) {
            const auto created = residents.create(t->clerk, r);
            return created ? QString() : created.error();
        };
        ResidentRecord r;
        r.name = QString(51, QChar(0x5F20));
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Name: at most 50")), qPrintable(refusal(r)));
        r.name = QStringLiteral("张\u202E三");
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Name: ")) && refusal(r).contains(QStringLiteral("U+202E")),
                 qPrintable(refusal(r)));
        r.name = QStringLiteral("张\n三");
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Name: must be one line")), qPrintable(refusal(r)));
        r.name = QStringLiteral("张三");
        r.emergencyContact = QStringLiteral("\u2066李梅\u2069");
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Emergency contact: ")), qPrintable(refusal(r)));
        r.emergencyContact = QStringLiteral("李梅");
        r.notes = QString(2001, QLatin1Char('x'));
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Notes: at most 2000")), qPrintable(refusal(r)));
        r.notes = QStringLiteral("\u202E备注");
        QVERIFY2(refusal(r).startsWith(QStringLiteral("Notes: ")), qPrintable(refusal(r)));
        QCOMPARE(residents.search(t->clerk, QStringLiteral("张三")).value().size(), 0);

        // Line breaks belong in notes; 50 and 2000 characters fit.
        r.name = QString(50, QChar(0x5F20));
        r.notes = QStringLiteral("第一行\r\n第二行") + QString(1993, QLatin1Char('x'));
        const auto created = residents.create(t->clerk, r);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(residents.find(t->manager, created.value())->notes.left(7), QStringLiteral("第一行\n第二行"));

        // Vehicles and houses keep to the same rules.
        VehicleRepository vehicles(*t->db);
        VehicleRecord v;
        v.residentId = created.value();
        v.plate = QStringLiteral("粤B\u202E12345");
        auto added = vehicles.add(t->clerk, v);
        QVERIFY2(!added.ok() && added.error().startsWith(QStringLiteral("Plate: ")), qPrintable(added.error()));
        v.plate = QStringLiteral("粤B1234!");
        added = vehicles.add(t->clerk, v);
        QVERIFY2(!added.ok() && added.error().contains(QStringLiteral("\"!\"")), qPrintable(added.error()));
        v.plate = QStringLiteral("粤B12345");
        v.colour = QString(31, QChar(0x7EA2));
        added = vehicles.add(t->clerk, v);
        QVERIFY2(!added.ok() && added.error().startsWith(QStringLiteral("Colour: at most 30")), qPrintable(added.error()));
        QVERIFY(vehicles.forResident(t->clerk, created.value())->isEmpty());
        v.colour = QStringLiteral("红");
        QVERIFY(vehicles.add(t->clerk, v).ok());

        const auto house = HouseRepository(*t->db).ensureHouse(t->clerk, QStringLiteral("3"), QString(),
                                                                QStringLiteral("12\u202E01"));
        QVERIFY2(!house.ok() && house.error().startsWith(QStringLiteral("Room: ")), qPrintable(house.error()));
    }

    void staleUpdateIsRefusedWithWhoAndWhen()
    {
        const qint64 id = newResident(QStringLiteral("王五"), QString(), QStringLiteral("13912345678"));
        ResidentRepository residents(*t->db);
        auto clerkCopy = residents.find(t->clerk, id).value();
        auto managerCopy = residents.find(t->manager, id).value();

        t->clock.advance(90);
        clerkCopy.mobile = QStringLiteral("13912340000");
        QVERIFY(residents.update(t->clerk, clerkCopy).ok());

        managerCopy.notes = QStringLiteral("二楼有狗");
        const Status stale = residents.update(t->manager, managerCopy);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("李晓梅")), qPrintable(stale.error()));
        // Shown in the estate's time zone (Asia/Shanghai by default): 01:31:30 UTC is 09:31:30.
        QVERIFY2(stale.error().contains(QStringLiteral("2026-03-02 09:31:30")), qPrintable(stale.error()));
        const auto stored = residents.find(t->manager, id).value();
        QCOMPARE(stored.mobile, QStringLiteral("13912340000"));
        QVERIFY(stored.notes.isEmpty());

        // Old and new values are in the audit log.
        const QList<AuditEntry> updates = audit(QStringLiteral("update"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(updates.first().oldValue.toUtf8()).object().value(QStringLiteral("mobile")).toString(),
                 QStringLiteral("13912345678"));
        QCOMPARE(QJsonDocument::fromJson(updates.first().newValue.toUtf8()).object().value(QStringLiteral("mobile")).toString(),
                 QStringLiteral("13912340000"));
    }

    void clerkEditKeepsTheHiddenDocumentNumber()
    {
        const qint64 id = newResident(QStringLiteral("张三"), zhangId(), QString());
        ResidentRepository residents(*t->db);
        auto shown = residents.find(t->clerk, id).value();
        shown.mobile = QStringLiteral("13800138000");
        QVERIFY(residents.update(t->clerk, shown).ok());
        QCOMPARE(residents.revealDocument(t->manager, id).value(), QStringLiteral("11010119800106123X"));
        shown = residents.find(t->clerk, id).value();
        shown.documentNumber = QStringLiteral("110101****12123X");
        QVERIFY(!residents.update(t->clerk, shown).ok());
    }

    void moveInMoveOutKeepsHistory()
    {
        const qint64 id = newResident(QStringLiteral("赵六"), QString(), QString());
        const qint64 h1 = house(QStringLiteral("3-2-1201"));
        const qint64 h2 = house(QStringLiteral("7-1-502"));
        ResidentRepository residents(*t->db);
        const auto link = residents.moveIn(t->clerk, id, h1, QStringLiteral("tenant"), QDate(2024, 3, 1));
        QVERIFY2(link.ok(), qPrintable(link.error()));
        QVERIFY(!residents.moveIn(t->clerk, id, h1, QStringLiteral("tenant"), QDate()).ok()); // already lives there
        QVERIFY(!residents.moveIn(t->clerk, id, h2, QStringLiteral("landlord"), QDate()).ok());

        const Status early = residents.moveOut(t->clerk, link.value(), QDate(2024, 2, 1));
        QVERIFY2(!early.ok() && early.error().startsWith(QStringLiteral("Move-out date:")), qPrintable(early.error()));
        QVERIFY(residents.moveOut(t->clerk, link.value(), QDate(2025, 8, 31)).ok());
        QVERIFY(!residents.moveOut(t->clerk, link.value(), QDate(2025, 9, 1)).ok());
        QVERIFY(residents.moveIn(t->clerk, id, h2, QStringLiteral("owner"), QDate(2025, 9, 1)).ok());

        const auto history = residents.links(t->guard, id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).houseNumber, QStringLiteral("7-1-502"));
        QVERIFY(!history->at(0).ended);
        QCOMPARE(history->at(1).houseNumber, QStringLiteral("3-2-1201"));
        QVERIFY(history->at(1).ended);
        QCOMPARE(history->at(1).start, QDate(2024, 3, 1));
        QCOMPARE(history->at(1).end, QDate(2025, 8, 31));
        QCOMPARE(residents.occupants(t->guard, h1)->size(), 0);
        QCOMPARE(residents.occupants(t->guard, h1, true)->size(), 1);
        QCOMPARE(audit(QStringLiteral("move_out")).size(), 1);
    }

    // A new resident at a house in one step: both written, or neither.
    void createdAtAHouseInOneStep()
    {
        const qint64 h = house(QStringLiteral("3-2-1201"));
        ResidentRepository residents(*t->db);
        ResidentRecord r;
        r.name = QStringLiteral("钱七");
        r.mobile = QStringLiteral("13700137000");
        const auto id = residents.createAtHouse(t->clerk, r, QStringLiteral(" 3-2-1201 "), QStringLiteral("tenant"),
                                                QDate(2026, 3, 1));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto links = residents.links(t->clerk, id.value());
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().houseNumber, QStringLiteral("3-2-1201"));
        QCOMPARE(links->first().role, QStringLiteral("tenant"));
        QCOMPARE(links->first().start, QDate(2026, 3, 1));
        QCOMPARE(residents.occupants(t->clerk, h)->size(), 1);

        // A house not on file, a number not written as one, a relation that is none: nobody is put on file.
        ResidentRecord other;
        other.name = QStringLiteral("孙八");
        const auto unknown = residents.createAtHouse(t->clerk, other, QStringLiteral("9-9-909"), QStringLiteral("owner"), {});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().startsWith(QStringLiteral("House: 9-9-909 is not on file")), qPrintable(unknown.error()));
        const auto malformed = residents.createAtHouse(t->clerk, other, QStringLiteral("room 5"), QStringLiteral("owner"), {});
        QVERIFY2(malformed.error().startsWith(QStringLiteral("House:")), qPrintable(malformed.error()));
        const auto badRole = residents.createAtHouse(t->clerk, other, QStringLiteral("3-2-1201"), QStringLiteral("landlord"), {});
        QVERIFY2(badRole.error().startsWith(QStringLiteral("Role:")), qPrintable(badRole.error()));
        QVERIFY(residents.search(t->clerk, QStringLiteral("孙八"))->isEmpty());
        // A guard may not do either part.
        QVERIFY(!residents.createAtHouse(t->guard, other, QStringLiteral("3-2-1201"), QStringLiteral("owner"), {}).ok());
        QVERIFY(residents.search(t->clerk, QStringLiteral("孙八"))->isEmpty());
    }

    // The emergency phone takes a mobile or a landline, and says why when it is neither.
    void emergencyPhoneTakesEitherKind()
    {
        ResidentRepository residents(*t->db);
        ResidentRecord r;
        r.name = QStringLiteral("周九");
        r.emergencyContact = QStringLiteral("周母");
        r.emergencyPhone = QStringLiteral("0755-123");
        const auto refused = residents.create(t->clerk, r);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QStringLiteral("Emergency contact phone:"))
                     && refused.error().contains(QStringLiteral("too few")),
                 qPrintable(refused.error()));
        r.emergencyPhone = QStringLiteral("(0755) 1234 5678");
        const auto saved = residents.create(t->clerk, r);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(residents.find(t->manager, saved.value())->emergencyPhone, QStringLiteral("0755-12345678"));
    }

    // More hits than one detail statement holds: every hit keeps its own name, phone and
    // houses, in the order the search found them.
    void searchReadsEveryHitsDetails()
    {
        ResidentRepository residents(*t->db);
        const int count = ResidentRepository::searchDetailBatch + 7;
        for (int n = 0; n < count; ++n) {
            const qint64 id = newResident(QStringLiteral("欧阳%1").arg(QChar(0x4E00 + n)), QString(),
                                          QStringLiteral("137%1").arg(n, 8, 10, QLatin1Char('0')));
            QVERIFY(residents.moveIn(t->clerk, id, house(QStringLiteral("7-1-%1").arg(101 + n)), QStringLiteral("owner"),
                                     QDate(2021, 3, 1)).ok());
            if (n % 5 == 0)
                QVERIFY(residents.moveIn(t->clerk, id, house(QStringLiteral("8-1-%1").arg(101 + n)),
                                         QStringLiteral("owner"), QDate(2021, 3, 1)).ok());
        }
        const auto hits = residents.search(t->guard, QStringLiteral("oy"), count + 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), count);
        Database &db = *t->db;
        const BoundSql first = ResidentRepository::searchSql(QStringLiteral("oy"), count + 10);
        Query order(db, first.sql);
        first.bindTo(order);
        QVERIFY(order.exec());
        for (const ResidentHit &hit : hits.value()) {
            QVERIFY(order.next());
            QCOMPARE(hit.residentId, order.value(0).toLongLong());
            const int n = hit.name.mid(2).at(0).unicode() - 0x4E00;
            QCOMPARE(hit.mobile, QStringLiteral("137%1").arg(n, 8, 10, QLatin1Char('0')));
            QStringList houses{QStringLiteral("7-1-%1").arg(101 + n)};
            if (n % 5 == 0)
                houses << QStringLiteral("8-1-%1").arg(101 + n);
            QCOMPARE(hit.houses, houses);
        }
    }

    void searchAsYouType()
    {
        ResidentRepository residents(*t->db);
        const qint64 zhang = newResident(QStringLiteral("张三"), QString(), QStringLiteral("13800138000"));
        const qint64 zhao = newResident(QStringLiteral("赵六"), QString(), QStringLiteral("13912345678"));
        const qint64 li = newResident(QStringLiteral("李晓梅"), QString(), QString());
        QVERIFY(residents.moveIn(t->clerk, zhang, house(QStringLiteral("3-2-1201")), QStringLiteral("owner"), QDate(2020, 5, 1)).ok());
        QVERIFY(residents.moveIn(t->clerk, zhao, house(QStringLiteral("3-2-1202")), QStringLiteral("tenant"), QDate(2020, 5, 1)).ok());
        QVERIFY(residents.moveIn(t->clerk, li, house(QStringLiteral("12-1-101")), QStringLiteral("owner"), QDate(2020, 5, 1)).ok());
        VehicleRecord car;
        car.residentId = li;
        car.plate = QStringLiteral("粤b·12345");
        QVERIFY(VehicleRepository(*t->db).add(t->clerk, car).ok());

        auto find = [&](const QString &text) { return names(residents.search(t->guard, text).value()); };
        QCOMPARE(find(QStringLiteral("zs")), QStringList{QStringLiteral("张三")});
        QCOMPARE(find(QStringLiteral("ZS")), QStringList{QStringLiteral("张三")});
        QCOMPARE(find(QStringLiteral("z")).size(), 2); // 张三 and 赵六
        QCOMPARE(find(QStringLiteral("zhao")), QStringList{QStringLiteral("赵六")});
        QCOMPARE(find(QStringLiteral("李")), QStringList{QStringLiteral("李晓梅")});
        QCOMPARE(find(QStringLiteral("lxm")), QStringList{QStringLiteral("李晓梅")});
        QCOMPARE(find(QStringLiteral("3-2-1201")), QStringList{QStringLiteral("张三")});
        QCOMPARE(find(QStringLiteral("3-2-120")).size(), 2);
        QCOMPARE(find(QStringLiteral("138 0013")), QStringList{QStringLiteral("张三")});
        QCOMPARE(find(QStringLiteral("+86 139-1234")), QStringList{QStringLiteral("赵六")});
        QCOMPARE(find(QStringLiteral("粤B 123")), QStringList{QStringLiteral("李晓梅")});
        QCOMPARE(find(QStringLiteral("粤b·12345")), QStringList{QStringLiteral("李晓梅")});
        QVERIFY(find(QStringLiteral("wang")).isEmpty());
        QVERIFY(find(QString()).isEmpty());

        const auto hit = residents.search(t->guard, QStringLiteral("zs")).value().first();
        QCOMPARE(hit.houses, QStringList{QStringLiteral("3-2-1201")});
        QCOMPARE(residents.search(t->guard, QStringLiteral("z"), 1)->size(), 1);

        // A moved-out resident is no longer found by the house; a voided one not at all.
        const auto link = residents.links(t->clerk, zhao).value().first();
        QVERIFY(residents.moveOut(t->clerk, link.id).ok()); // today
        QCOMPARE(find(QStringLiteral("3-2-120")), QStringList{QStringLiteral("张三")});
        QCOMPARE(find(QStringLiteral("zhao")), QStringList{QStringLiteral("赵六")});
        QVERIFY(!residents.voidResident(t->clerk, zhao, QString()).ok()); // a reason is required
        QVERIFY(residents.voidResident(t->clerk, zhao, QStringLiteral("重复登记")).ok());
        QVERIFY(find(QStringLiteral("zhao")).isEmpty());
        QVERIFY(residents.find(t->clerk, zhao)->voided); // voided, not deleted
        // A changed phone is found by the new number only.
        auto record = residents.find(t->clerk, zhang).value();
        record.mobile = QStringLiteral("15000000001");
        QVERIFY(residents.update(t->clerk, record).ok());
        QVERIFY(find(QStringLiteral("1380013")).isEmpty());
        QCOMPARE(find(QStringLiteral("150000")), QStringList{QStringLiteral("张三")});
    }

    void vehiclesByPlateHoweverTyped()
    {
        const qint64 id = newResident(QStringLiteral("张三"), QString(), QString());
        const qint64 other = newResident(QStringLiteral("李四"), QString(), QString());
        VehicleRepository vehicles(*t->db);
        VehicleRecord car;
        car.residentId = id;
        car.plate = QStringLiteral("粤Ｂ１２３４５");
        car.colour = QStringLiteral("白");
        car.validUntil = QDate(2027, 1, 31);
        const auto added = vehicles.add(t->clerk, car);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const auto found = vehicles.findByPlate(t->guard, QStringLiteral("粤B 12345"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value().plate, QStringLiteral("粤B12345"));
        QCOMPARE(found->value().residentName, QStringLiteral("张三"));
        QCOMPARE(found->value().validUntil, QDate(2027, 1, 31));

        car.residentId = other;
        const auto twice = vehicles.add(t->clerk, car);
        QVERIFY2(!twice.ok() && twice.error().contains(QStringLiteral("张三")), qPrintable(twice.error()));
        QVERIFY(vehicles.voidVehicle(t->clerk, added.value(), QStringLiteral("车已卖")).ok());
        QVERIFY(!vehicles.findByPlate(t->guard, QStringLiteral("粤B12345"))->has_value());
        QCOMPARE(vehicles.forResident(t->clerk, id, true)->size(), 1);
        QVERIFY(vehicles.add(t->clerk, car).ok()); // the plate is free again
    }

    void decorationPermits()
    {
        const qint64 h = house(QStringLiteral("3-2-1201"));
        PermitRepository permits(*t->db);
        DecorationPermit p;
        p.permitNumber = QStringLiteral("zx-2026-001");
        p.houseId = h;
        p.company = QStringLiteral("深圳市美家装饰工程有限公司");
        p.companyCertificate = QStringLiteral("D244012345");
        p.start = QDate(2026, 3, 10);
        p.end = QDate(2026, 5, 31);
        p.depositFen = 300000; // ¥3,000.00
        WorkerPass w;
        w.name = QStringLiteral("刘师傅");
        w.documentNumber = QStringLiteral("310104196102013971");
        w.passNumber = QStringLiteral("P-0001");
        p.workers << w;
        const auto id = permits.create(t->clerk, p);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const auto again = permits.create(t->clerk, p);
        QVERIFY2(!again.ok() && again.error().startsWith(QStringLiteral("Permit number:")), qPrintable(again.error()));
        DecorationPermit backwards = p;
        backwards.permitNumber = QStringLiteral("ZX-2026-002");
        backwards.end = QDate(2026, 3, 1);
        QVERIFY(!permits.create(t->clerk, backwards).ok());

        WorkerPass second;
        second.name = QStringLiteral("王师傅");
        second.passNumber = QStringLiteral("P-0001");
        QVERIFY(!permits.addWorker(t->clerk, id.value(), second).ok()); // pass numbers are unique
        second.passNumber = QStringLiteral("P-0002");
        QVERIFY(permits.addWorker(t->clerk, id.value(), second).ok());

        auto stored = permits.find(t->clerk, id.value()).value();
        QCOMPARE(stored.permitNumber, QStringLiteral("ZX-2026-001"));
        QCOMPARE(stored.depositFen, 300000);
        QCOMPARE(stored.workers.size(), 2);
        QCOMPARE(stored.workers.first().documentNumber, QStringLiteral("310104********3971"));
        QCOMPARE(permits.find(t->manager, id.value())->workers.first().documentNumber,
                 QStringLiteral("310104196102013971"));

        QVERIFY(permits.recordAcceptance(t->clerk, id.value(), stored.rowVersion, QDate(2026, 6, 2),
                                         QStringLiteral("王建林"), QStringLiteral("passed"), QString())
                    .ok());
        // A second acceptance from the same stale copy is refused.
        QVERIFY(!permits.recordAcceptance(t->manager, id.value(), stored.rowVersion, QDate(2026, 6, 3),
                                          QStringLiteral("王建林"), QStringLiteral("failed"), QString())
                     .ok());
        stored = permits.find(t->clerk, id.value()).value();
        QCOMPARE(stored.acceptedOn, QDate(2026, 6, 2));
        QCOMPARE(stored.acceptanceResult, QStringLiteral("passed"));
        QCOMPARE(permits.forHouse(t->guard, h)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestResidentRepository)
#include "tst_residentrepository.moc"
