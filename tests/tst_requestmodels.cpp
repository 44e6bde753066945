// The request list (lazy pages) and the timer board as item models.
#include "servicedesksupport.h"

#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/requestlistmodel.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/services/timerboard.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestRequestModels : public QObject
{
    Q_OBJECT

private slots:
    void listPagesLazily()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 2, 8, 0));
        RequestRepository &repo = *f.requests;
        NewRequest in = ServiceDeskFixture::waterLeak();
        for (int i = 0; i < 230; ++i) {
            in.classKey = i % 3 ? QStringLiteral("general") : QStringLiteral("simple");
            in.description = QStringLiteral("报修 %1").arg(i);
            QVERIFY(repo.registerRequest(f.clerk, in));
            f.clock.advance(60);
        }
        RequestListModel model(repo, f.clerk);
        QCOMPARE(model.rowCount(), RequestListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches pages itself, so it joins once the paging has been checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first: the last registered (08:00 + 229 min = 11:49) is on top.
        QCOMPARE(model.index(0, RequestListModel::NumberColumn).data().toString(), QStringLiteral("R2026-000230"));
        QCOMPARE(model.index(0, RequestListModel::RegisteredColumn).data().toString(),
                 QStringLiteral("2026-03-02 11:49"));
        QCOMPARE(model.index(0, RequestListModel::StateColumn).data(ItemRoles::CodeRole).toString(),
                 QStringLiteral("registered"));
        QCOMPARE(model.headerData(RequestListModel::ReporterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reporter"));

        model.sort(RequestListModel::RegisteredColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, RequestListModel::NumberColumn).data().toString(), QStringLiteral("R2026-000001"));
        QCOMPARE(model.index(1, RequestListModel::NumberColumn).data().toString(), QStringLiteral("R2026-000002"));

        RequestFilter filter;
        filter.classKey = QStringLiteral("simple");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 77);
        QVERIFY(!model.canFetchMore({}));

        // A change to a listed request updates its row in place.
        const qint64 id = model.index(0, 0).data(ItemRoles::IdRole).toLongLong();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        DispatchInput d;
        d.receiverName = QStringLiteral("李师傅");
        QVERIFY(repo.dispatch(f.clerk, id, model.index(0, 0).data(ItemRoles::RowVersionRole).toInt(), d));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, RequestListModel::ReceiverColumn).data().toString(), QStringLiteral("李师傅"));
        QCOMPARE(model.index(0, RequestListModel::StateColumn).data().toString(), QStringLiteral("Dispatched"));
    }

    void boardModelFollowsTheBoard()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 11, 21, 50));
        RequestRepository &repo = *f.requests;
        TimerBoard board(repo, f.clerk, f.clock);
        TimerBoardModel model(&board);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ItemRoles::SortRole);
        proxy.sort(TimerBoardModel::TimeLeftColumn);
        QVERIFY(board.refresh());
        QCOMPARE(model.rowCount(), 0);

        NewRequest general = ServiceDeskFixture::waterLeak();
        general.classKey = QStringLiteral("general");
        const qint64 slow = repo.registerRequest(f.clerk, general)->id;
        const qint64 leak = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QCOMPARE(model.rowCount(), 2);
        // The leak has the least time left: first in the sorted proxy.
        QCOMPARE(proxy.index(0, TimerBoardModel::NumberColumn).data(ItemRoles::IdRole).toLongLong(), leak);

        const int row = board.rowOf(leak);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(TimerBoardModel::TimeLeftColumn).toString(), QStringLiteral("10 min"));
        QCOMPARE(cell(TimerBoardModel::StateColumn).toString(), QStringLiteral("On track"));
        QCOMPARE(cell(TimerBoardModel::DeadlineColumn).toString(), QStringLiteral("Arrival 02-11 22:00"));
        QVERIFY(!cell(TimerBoardModel::StateColumn, Qt::BackgroundRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        f.clock.advance(5 * 60);
        board.tick();
        // The times of every row, and the whole row whose state moved (its colour).
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(1).at(1).toModelIndex().column(), TimerBoardModel::ColumnCount - 1);
        QCOMPARE(cell(TimerBoardModel::TimeLeftColumn).toString(), QStringLiteral("5 min"));
        QCOMPARE(cell(TimerBoardModel::StateColumn, ItemRoles::CodeRole).toString(), QStringLiteral("due_soon"));
        QCOMPARE(cell(TimerBoardModel::StateColumn, Qt::BackgroundRole).value<QColor>(), QColor(0xff, 0xec, 0xb3));
        f.clock.advance(7 * 60);
        board.tick();
        QCOMPARE(cell(TimerBoardModel::TimeLeftColumn).toString(), QStringLiteral("2 min late"));
        QCOMPARE(cell(TimerBoardModel::StateColumn, ItemRoles::TimerStateRole).toInt(), int(TimerState::Overdue));
        QVERIFY(cell(TimerBoardModel::StateColumn, ItemRoles::EscalatedRole).toBool());
        QCOMPARE(cell(TimerBoardModel::StateColumn, ItemRoles::MsecsLeftRole).toLongLong(), -120000);

        // Arrival and completion take the leak's timer off the board; its slip is due back
        // within 24 hours; the other request stays.
        QVERIFY(repo.arrive(f.clerk, leak, f.version(leak)));
        QVERIFY(repo.complete(f.clerk, leak, f.version(leak), {}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ItemRoles::IdRole).toLongLong(), slow);
        QCOMPARE(model.index(1, 0).data(ItemRoles::IdRole).toLongLong(), leak);
        QCOMPARE(model.index(1, 0).data(ItemRoles::SourceRole).toInt(), int(BoardSource::SlipReturn));
        QCOMPARE(model.index(1, TimerBoardModel::KindColumn).data().toString(), QStringLiteral("Repair, slip"));
        QCOMPARE(model.index(1, TimerBoardModel::DeadlineColumn).data().toString(), QStringLiteral("Slip back 02-12 22:02"));
        QVERIFY(board.refresh());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(repo.returnSlip(f.clerk, leak, f.version(leak)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ItemRoles::IdRole).toLongLong(), slow);
    }
};

QTEST_GUILESS_MAIN(TestRequestModels)
#include "tst_requestmodels.moc"
