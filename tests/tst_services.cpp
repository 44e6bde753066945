// Convenience services 便民服务 (SPEC 13, seed 002): the yearly price list drafted by one manager
// and approved by another before it is published, service orders, the subscribers of each
// service and the break-even flag, the bills of paid services, and the January reminder.

#include "servicestestsupport.h"
#include "testsupport.h"

#include "models/repositories/patrolrepository.h"

#include <QTest>

using namespace FeesTest;
using namespace ServicesTest;


class TstServices : public QObject
{
    Q_OBJECT

private slots:
    void draftedApprovedByAnotherThenPublished()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList(false));
        ServiceRepository services(*e.db);

        // Paid costs something, free costs nothing; the field is named.
        const auto noPrice = services.saveItem(e.manager, service(e.list2026, u("钟点工"), true, 0, u("元/时"), false));
        QVERIFY(!noPrice.ok());
        QVERIFY2(noPrice.error().startsWith(QStringLiteral("Price")), qPrintable(noPrice.error()));
        const auto freeWithPrice = services.saveItem(e.manager, service(e.list2026, u("钟点工"), false, 100, {}, false));
        QVERIFY(!freeWithPrice.ok());
        QVERIFY(freeWithPrice.error().startsWith(QStringLiteral("Price")));
        const auto twice = services.saveItem(e.manager, service(e.list2026, u("送桶装水"), true, 100, u("元/月"), true));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().startsWith(QStringLiteral("Service")), qPrintable(twice.error()));

        // A draft is not published; the drafter does not approve their own list.
        const Status early = services.publish(e.manager, e.list2026);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("once it is approved")), qPrintable(early.error()));
        const Status own = services.approve(e.manager, e.list2026);
        QVERIFY(!own.ok());
        QVERIFY2(own.error().contains(QStringLiteral("You drafted")), qPrintable(own.error()));
        // Clerks, guards and technicians neither draft nor approve.
        QVERIFY(!services.approve(e.clerk, e.list2026).ok());
        QVERIFY(!services.draftList(e.clerk, 2027).ok());
        QVERIFY(!services.saveItem(e.guard, service(e.list2026, u("洗车"), true, 2000, u("元/次"), false)).ok());
        QVERIFY(!services.lists(e.guard).ok());
        QVERIFY(!services.lists(e.technician).ok());

        e.clock.set(local(2026, 7, 2, 10));
        QVERIFY(services.approve(e.approver, e.list2026).ok());
        auto list = services.list(e.clerk, 2026);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->state, ServiceListState::Approved);
        QCOMPARE(list->approvedBy, u("周经理"));
        QCOMPARE(list->approvedAt, local(2026, 7, 2, 10).toUTC());
        QCOMPARE(list->draftedBy, u("王建林"));
        // Approved is no longer a draft: its services stay as approved.
        const auto late = services.saveItem(e.manager, service(e.list2026, u("洗车"), true, 2000, u("元/次"), false));
        QVERIFY(!late.ok());
        QVERIFY(!services.approve(e.approver, e.list2026).ok()); // once
        QVERIFY(!services.publish(e.clerk, e.list2026).ok());

        QVERIFY(services.publish(e.manager, e.list2026).ok());
        list = services.list(e.clerk, 2026);
        QCOMPARE(list->state, ServiceListState::Published);
        QCOMPARE(list->items.size(), 3);
        // Each paid service has its fee item (special service, fixed per month); the free one none.
        QVERIFY(list->items.at(0).feeItemId > 0);
        QCOMPARE(list->items.at(1).feeItemId, 0);
        QVERIFY(list->items.at(2).feeItemId > 0);
        QCOMPARE(e.count(QStringLiteral("SELECT COUNT(*) FROM fee_items WHERE kind = 'special_service' AND basis = "
                                        "'fixed' AND first_month = '2026-01' AND last_month = '2026-12'")),
                 2);
        // A published list is not edited.
        QVERIFY(!services.saveItem(e.manager, service(e.list2026, u("洗车"), true, 2000, u("元/次"), false)).ok());
        ServiceItem changed = list->items.at(0);
        changed.priceFen = 3500;
        const auto edit = services.saveItem(e.manager, changed);
        QVERIFY(!edit.ok());
        QVERIFY2(edit.error().contains(QStringLiteral("only a draft")), qPrintable(edit.error()));
        QVERIFY(!services.removeItem(e.manager, e.water).ok());
        QCOMPARE(services.currentList(e.clerk)->value().year, 2026);

        // Next year's draft starts as a copy of it, and is a draft again.
        const auto next = services.draftList(e.manager, 2027);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        const auto draft = services.list(e.manager, 2027);
        QCOMPARE(draft->state, ServiceListState::Drafted);
        QCOMPARE(draft->items.size(), 3);
        QCOMPARE(draft->items.at(0).name, u("送桶装水"));
        QCOMPARE(draft->items.at(0).priceFen, 3000);
        QCOMPARE(draft->items.at(0).feeItemId, 0);
        ServiceItem dearer = draft->items.at(0);
        dearer.priceFen = 3500;
        QVERIFY(services.saveItem(e.manager, dearer).ok());
        QCOMPARE(services.list(e.manager, 2026)->items.at(0).priceFen, 3000); // the published one unchanged
        QVERIFY(!services.draftList(e.manager, 2027).ok());                   // one list a year

        // Everything is in the audit log, and so are the refusals.
        using TestSupport::auditOf;
        QCOMPARE(auditOf(*e.db, QStringLiteral("service_list_drafted")).size(), 2);
        QCOMPARE(auditOf(*e.db, QStringLiteral("service_item_added")).size(), 3);
        QCOMPARE(auditOf(*e.db, QStringLiteral("service_item_changed")).size(), 1);
        const auto approved = auditOf(*e.db, QStringLiteral("service_list_approved"));
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.at(0).username, QStringLiteral("zhoujl"));
        QCOMPARE(approved.at(0).entityId, QStringLiteral("2026"));
        const auto published = auditOf(*e.db, QStringLiteral("service_list_published"));
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.at(0).username, QStringLiteral("wangjl"));
        int denied = 0;
        for (const AuditEntry &d : auditOf(*e.db, QStringLiteral("permission_denied")))
            denied += d.entity.startsWith(QStringLiteral("service_")) ? 1 : 0;
        QVERIFY(denied >= 5);
    }

    void ordersAreCheckedAndStoppedWithAReason()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList(false));
        ServiceRepository services(*e.db);
        // Not on a published list yet.
        const auto unpublished = services.addOrder(e.clerk, e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5)));
        QVERIFY(!unpublished.ok());
        QVERIFY2(unpublished.error().startsWith(QStringLiteral("Service")), qPrintable(unpublished.error()));
        QVERIFY(services.approve(e.approver, e.list2026).ok());
        QVERIFY(services.publish(e.approver, e.list2026).ok());

        ServiceOrderInput bad = e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5));
        bad.phone = QStringLiteral("12345");
        const auto badPhone = services.addOrder(e.clerk, bad);
        QVERIFY(!badPhone.ok());
        QVERIFY2(badPhone.error().startsWith(QStringLiteral("Phone")), qPrintable(badPhone.error()));
        bad = e.order(QStringLiteral("9-9-999"), e.water, QDate(2026, 7, 5));
        QVERIFY(services.addOrder(e.clerk, bad).error().startsWith(QStringLiteral("House")));
        bad = e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5));
        bad.end = QDate(2026, 7, 1);
        QVERIFY(services.addOrder(e.clerk, bad).error().startsWith(QStringLiteral("End")));
        bad = e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5));
        bad.signatureConfirmed = false;
        QVERIFY(services.addOrder(e.clerk, bad).error().startsWith(QStringLiteral("Signature")));
        bad = e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5));
        bad.residentName.clear();
        QVERIFY(services.addOrder(e.clerk, bad).error().startsWith(QStringLiteral("Resident")));
        QVERIFY(!services.addOrder(e.guard, e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5))).ok());
        QCOMPARE(e.count(QStringLiteral("SELECT COUNT(*) FROM service_orders")), 0);

        // A landline is a phone too; the number is stored as the shared rule writes it.
        ServiceOrderInput good = e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 1));
        good.phone = QStringLiteral("0755 12345678");
        const auto id = services.addOrder(e.clerk, good);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto order = services.order(e.clerk, *id);
        QCOMPARE(order->phone, QStringLiteral("0755-12345678"));
        QCOMPARE(order->houseNumber, QStringLiteral("1-1-101"));
        QVERIFY(order->signatureConfirmed);
        QVERIFY(!order->end.isValid());
        // The same house does not take the same service twice.
        const auto again = services.addOrder(e.clerk, e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 6)));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("already")), qPrintable(again.error()));
        QCOMPARE(services.subscribers(e.clerk, u("送桶装水"))->size(), 1);

        // Stopping asks why; the reason, the day and who are kept.
        QVERIFY(!services.stopOrder(e.clerk, *id, QStringLiteral("  ")).ok());
        QVERIFY(!services.stopOrder(e.guard, *id, u("搬家")).ok());
        e.clock.set(local(2026, 9, 14, 15));
        QVERIFY(services.stopOrder(e.clerk, *id, u("自己买了净水器")).ok());
        order = services.order(e.clerk, *id);
        QVERIFY(order->stopped);
        QCOMPARE(order->stopReason, u("自己买了净水器"));
        QCOMPARE(order->stoppedOn, QDate(2026, 9, 14));
        QCOMPARE(order->stoppedBy, u("李晓梅"));
        QCOMPARE(order->stoppedAt, local(2026, 9, 14, 15).toUTC());
        QVERIFY(!services.stopOrder(e.clerk, *id, u("再停一次")).ok());
        QCOMPARE(services.subscribers(e.clerk, u("送桶装水"))->size(), 0);
        QCOMPARE(services.orders(e.clerk, false)->size(), 0);
        QCOMPARE(services.orders(e.clerk, true)->size(), 1);
        const auto stopped = TestSupport::auditOf(*e.db, QStringLiteral("service_order_stopped"));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.at(0).detail, u("自己买了净水器"));
        QCOMPARE(stopped.at(0).username, QStringLiteral("lixm"));
        QCOMPARE(TestSupport::auditOf(*e.db, QStringLiteral("service_order_added")).size(), 1);
    }

    void servicesBelowBreakEvenAreFlagged()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList());
        ServiceRepository services(*e.db);
        // Water needs 2 subscribers and has none yet; the free service has no minimum.
        auto flagged = services.belowBreakEven(e.manager);
        QVERIFY(flagged.ok());
        QCOMPARE(flagged->size(), 1);
        QCOMPARE(flagged->at(0).name, u("送桶装水"));
        const auto a = services.addOrder(e.clerk, e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 1)));
        const auto b = services.addOrder(e.clerk, e.order(QStringLiteral("1-1-201"), e.water, QDate(2026, 7, 1)));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(services.belowBreakEven(e.manager)->size(), 0);
        QCOMPARE(services.list(e.manager, 2026)->items.at(0).subscribers, 2);
        // An order that starts later does not count yet.
        QVERIFY(services.addOrder(e.clerk, e.order(QStringLiteral("1-1-102"), e.water, QDate(2026, 8, 1))).ok());
        QCOMPARE(services.list(e.manager, 2026)->items.at(0).subscribers, 2);
        QVERIFY(services.stopOrder(e.clerk, *b, u("不需要了")).ok());
        flagged = services.belowBreakEven(e.manager);
        QCOMPARE(flagged->size(), 1);
        QCOMPARE(flagged->at(0).subscribers, 1);
        QCOMPARE(flagged->at(0).breakEven, 2);
    }

    void paidServicesAreBilledFreeOnesNot()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList());
        ServiceRepository services(*e.db);
        FeeRepository fees(*e.db);
        QVERIFY(services.addOrder(e.clerk, e.order(QStringLiteral("1-1-101"), e.water, QDate(2026, 7, 5))).ok());
        QVERIFY(services.addOrder(e.clerk, e.order(QStringLiteral("1-1-102"), e.parcels, QDate(2026, 7, 1))).ok());
        // A one-off paid service is one bill at once, of its month, to the owner.
        const auto once = services.addOrder(e.clerk, e.order(QStringLiteral("1-1-201"), e.cleaning, QDate(2026, 7, 8)));
        QVERIFY2(once.ok(), qPrintable(once.error()));
        const auto cleaningOrder = services.order(e.clerk, *once);
        QVERIFY(cleaningOrder->billId > 0);
        QCOMPARE(e.serviceBills(e.h201, QStringLiteral("2026-07")), 8000);
        const auto account = fees.account(e.clerk, e.h201);
        QVERIFY(account.ok());
        bool found = false;
        for (const FeeBill &bill : account->bills) {
            if (bill.id == cleaningOrder->billId) {
                found = true;
                QCOMPARE(bill.amountFen, 8000);
                QCOMPARE(bill.source, QStringLiteral("service"));
                QCOMPARE(bill.itemKind, QStringLiteral("special_service"));
                QCOMPARE(bill.payerName, u("王芳"));
                QCOMPARE(bill.dueDate, QDate(2026, 7, 31));
            }
        }
        QVERIFY(found);

        // The month's billing: the house with the water order gets its 30.00; nobody else does,
        // and the free service is no bill at all. PF 4 + GB 3 + water 1.
        const auto july = fees.generateBills(e.clerk, 2026, 7);
        QVERIFY2(july.ok(), qPrintable(july.error()));
        QCOMPARE(july->bills, 8);
        QCOMPARE(e.serviceBills(e.h101, QStringLiteral("2026-07")), 3000);
        QCOMPARE(e.serviceBills(e.h102, QStringLiteral("2026-07")), -1);
        QCOMPARE(e.serviceBills(e.shop, QStringLiteral("2026-07")), -1);
        QCOMPARE(e.serviceBills(e.h201, QStringLiteral("2026-07")), 8000); // the one-off only
        QCOMPARE(e.count(QStringLiteral("SELECT COUNT(*) FROM bills WHERE source = 'service'")), 2);
        QCOMPARE(fees.generateBills(e.clerk, 2026, 7)->bills, 0);

        // Stopped in August: August is still billed (it ran on some of its days), September not.
        e.clock.set(local(2026, 8, 20, 10));
        const auto water = services.subscribers(e.clerk, u("送桶装水"));
        QCOMPARE(water->size(), 1);
        QVERIFY(services.stopOrder(e.clerk, water->at(0).id, u("搬走了")).ok());
        QVERIFY(fees.generateBills(e.clerk, 2026, 8).ok());
        QCOMPARE(e.serviceBills(e.h101, QStringLiteral("2026-08")), 3000);
        e.clock.set(local(2026, 9, 1, 8));
        QVERIFY(fees.generateBills(e.clerk, 2026, 9).ok());
        QCOMPARE(e.serviceBills(e.h101, QStringLiteral("2026-09")), -1);
    }

    void januaryReminderUntilThisYearsListIsPublished()
    {
        ServiceEstate e;
        QVERIFY(e.buildWithList());
        ServiceRepository services(*e.db);
        PatrolRepository notifications(*e.db);
        auto reviews = [&] {
            int n = 0;
            const auto all = notifications.notifications(e.clerk, true);
            for (const OfficeNotification &note : all.value())
                n += note.source == QLatin1String("service_price_review") ? 1 : 0;
            return n;
        };
        // Not in December.
        e.clock.set(local(2026, 12, 31, 23, 30));
        QCOMPARE(services.remindYearlyReview(e.clerk).value(), false);
        QCOMPARE(reviews(), 0);
        // January 2027 (16:30 UTC on 31 December is already January in Shanghai): reminded, once.
        e.clock.set(local(2027, 1, 1, 0, 30));
        QCOMPARE(services.remindYearlyReview(e.clerk).value(), true);
        QCOMPARE(services.remindYearlyReview(e.manager).value(), true);
        QCOMPARE(reviews(), 1);
        const auto open = notifications.notifications(e.clerk, false).value();
        QCOMPARE(open.size(), 1);
        QVERIFY2(open.at(0).message.contains(QStringLiteral("2027")), qPrintable(open.at(0).message));
        QVERIFY(open.at(0).message.contains(QStringLiteral("survey")));
        QCOMPARE(TestSupport::auditOf(*e.db, QStringLiteral("service_review_reminded")).size(), 1);
        // Guards hear nothing of it.
        QVERIFY(!services.remindYearlyReview(e.guard).ok());

        // Reviewed, approved and published: the reminder is answered and stops.
        e.clock.set(local(2027, 1, 12, 10));
        const auto next = services.draftList(e.manager, 2027);
        QVERIFY(next.ok());
        QVERIFY(services.approve(e.approver, *next).ok());
        QVERIFY(services.publish(e.approver, *next).ok());
        QCOMPARE(notifications.notifications(e.clerk, false)->size(), 0);
        QCOMPARE(services.remindYearlyReview(e.clerk).value(), false);
        QCOMPARE(reviews(), 1);
        // February 2028 with no 2028 list: the reminder is January's only.
        e.clock.set(local(2028, 2, 1, 9));
        QCOMPARE(services.remindYearlyReview(e.clerk).value(), false);
        QCOMPARE(reviews(), 1);
    }
};

QTEST_GUILESS_MAIN(TstServices)
#include "tst_services.moc"
