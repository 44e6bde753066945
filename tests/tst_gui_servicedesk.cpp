// The service desk through the real widgets: the co-sign flow, the timer board and its
// badge, refusals that keep the input, the co-sign form, the ledger import preview.
#include "guitestsupport.h"
#include "servicedesksupport.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/arrivaldialog.h"
#include "dialogs/callbackdialog.h"
#include "dialogs/completiondialog.h"
#include "dialogs/dispatchdialog.h"
#include "dialogs/extensiondialog.h"
#include "dialogs/formdialog.h"
#include "dialogs/instantedit.h"
#include "dialogs/ledgerimportdialog.h"
#include "dialogs/limitsdialog.h"
#include "dialogs/registerrequestdialog.h"
#include "models/database/query.h"
#include "models/io/cosignform.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/requestlistmodel.h"
#include "models/itemmodels/timerboardmodel.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/services/timerboard.h"
#include "views/requestspage.h"
#include "views/timerboardpage.h"

#include <QScopeGuard>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

#include <functional>

namespace {
void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void clickCancel(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
}

QString errorOf(QWidget *dialog)
{
    return static_cast<FormDialog *>(dialog)->errorText();
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void commitPlain(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(parent, name);
    edit->clear();
    commitText(edit, text);
}

int auditCount(Database &db, const Session &admin, const QString &action)
{
    AuditFilter filter;
    filter.action = action;
    return int(AuditLog(db).entries(admin, filter).value().size());
}

qint64 registerDirect(ServiceDeskFixture &f, const QString &classKey, const QString &reporter,
                      RequestKind kind = RequestKind::Repair, RequestRepository *through = nullptr)
{
    NewRequest in;
    in.kind = kind;
    in.classKey = classKey;
    in.reporterName = reporter;
    in.houseNumber = QStringLiteral("5-1-302");
    in.description = QStringLiteral("厨房水龙头漏水");
    const auto done = (through ? through : f.requests.get())->registerRequest(f.clerk, in);
    if (!done)
        qFatal("register: %s", qPrintable(done.error()));
    return done->id;
}
} // namespace

class TestGuiServiceDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    // Issue 4: a water leak registered at 21:50 → dispatch → arrival at 22:05 is late
    // (10 minutes) → completion → callback "solved, 满意, 9" → closed.
    void waterLeakFlowThroughTheGui()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 21, 50));
        MainWindow window(*f.db, f.clerk);
        window.show();
        auto *page = window.findChild<RequestsPage *>(QStringLiteral("requestsPage"));
        QVERIFY(page);
        QAbstractItemModelTester listTester(page->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *boardPage = window.findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
        QAbstractItemModelTester boardTester(boardPage->boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(boardPage->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QString deadlinesShown;
        QString verdictShown;
        const qint64 techId = f.technician.userId;
        QObject::connect(page, &RequestsPage::dialogOpened, page, [&](QWidget *dialog) {
            if (qobject_cast<RegisterRequestDialog *>(dialog)) {
                whenShown(dialog, [&](QWidget *d) {
                    choose(child<QComboBox>(d, "kind"), int(RequestKind::Repair));
                    choose(child<QComboBox>(d, "class"), QStringLiteral("emergency"));
                    choose(child<QComboBox>(d, "channel"), int(RequestChannel::Phone));
                    QVERIFY(!child<QCheckBox>(d, "signature")->isChecked()); // a call: signed later
                    commitText(child<QLineEdit>(d, "reporter"), QStringLiteral("刘女士"));
                    typeInto(d, "phone", QStringLiteral("13800138000"));
                    typeInto(d, "house", QStringLiteral("3-2-1201"));
                    commitPlain(d, "description", QStringLiteral("卫生间水管爆裂,地面水浸"));
                    deadlinesShown = static_cast<RegisterRequestDialog *>(d)->deadlineText();
                    clickOk(d);
                });
            } else if (qobject_cast<DispatchDialog *>(dialog)) {
                whenShown(dialog, [&](QWidget *d) {
                    choose(child<QComboBox>(d, "receiver"), techId);
                    QCOMPARE(child<QLineEdit>(d, "handedBy")->text(), QStringLiteral("Carl Clerk"));
                    clickOk(d);
                });
            } else if (qobject_cast<ArrivalDialog *>(dialog)) {
                whenShown(dialog, [&](QWidget *d) {
                    verdictShown = child<QLabel>(d, "verdict")->text();
                    clickOk(d);
                });
            } else if (qobject_cast<CompletionDialog *>(dialog)) {
                whenShown(dialog, [&](QWidget *d) {
                    commitPlain(d, "workDone", QStringLiteral("更换三通接头"));
                    typeInto(d, "fee", QStringLiteral("35.5"));
                    child<QCheckBox>(d, "paid")->setChecked(true);
                    typeInto(d, "receipt", QStringLiteral("SJ-0001"));
                    clickOk(d);
                });
            } else if (qobject_cast<CallbackDialog *>(dialog)) {
                whenShown(dialog, [&](QWidget *d) {
                    choose(child<QComboBox>(d, "solved"), true);
                    choose(child<QComboBox>(d, "attitude"), int(Attitude::Satisfied));
                    child<QSpinBox>(d, "score")->setValue(9);
                    QVERIFY(child<QCheckBox>(d, "closeWhenSolved")->isChecked());
                    clickOk(d);
                });
            }
        });

        QTest::mouseClick(child<QPushButton>(page, "newRequest"), Qt::LeftButton);
        QVERIFY2(deadlinesShown.contains(QStringLiteral("22:00")), qPrintable(deadlinesShown)); // 21:50 + 10 min
        const qint64 id = page->currentId();
        QVERIFY(id != 0);
        QCOMPARE(page->listModel()->rowCount(), 1);
        QCOMPARE(page->current().request.state, RequestState::Registered);
        QCOMPARE(window.timerBoard()->items().size(), 1);
        // Only the steps the state allows are offered.
        QVERIFY(child<QPushButton>(page, "dispatch")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "callback")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "close")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "extend")->isEnabled()); // a clerk cannot extend

        f.clock.advance(2 * 60);
        QTest::mouseClick(child<QPushButton>(page, "dispatch"), Qt::LeftButton);
        QCOMPARE(page->current().request.state, RequestState::Dispatched);
        QCOMPARE(page->current().request.receiverUserId, techId);
        QCOMPARE(page->current().handovers.size(), 1);
        QCOMPARE(page->current().handovers.first().handedByName, QStringLiteral("Carl Clerk"));

        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 22, 5));
        QTest::mouseClick(child<QPushButton>(page, "arrive"), Qt::LeftButton);
        QVERIFY2(verdictShown.startsWith(QStringLiteral("Late")), qPrintable(verdictShown));
        const ServiceRequest arrived = page->current().request;
        QCOMPARE(arrived.state, RequestState::OnSite);
        QCOMPARE(arrived.arrivedAt, ServiceDeskFixture::local(2026, 2, 12, 22, 5).toUTC());
        QVERIFY(arrived.arrivedAt > arrived.arrivalDeadline);
        QVERIFY2(page->detailText().contains(QStringLiteral("arrived 2026-02-12 22:05, late")),
                 qPrintable(page->detailText()));
        QVERIFY(page->messageText().contains(QStringLiteral("LATE")));

        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 23, 10));
        QTest::mouseClick(child<QPushButton>(page, "complete"), Qt::LeftButton);
        QCOMPARE(page->current().request.state, RequestState::Completed);
        QCOMPARE(page->current().request.feeFen, std::optional<qint64>(3550));
        QVERIFY(page->current().request.paid);
        QCOMPARE(page->current().request.receiptNo, QStringLiteral("SJ-0001"));
        // The request's timers are done; the technician's slip is due back within 24 hours.
        QCOMPARE(window.timerBoard()->items().size(), 1);
        QCOMPARE(window.timerBoard()->items().first().source, BoardSource::SlipReturn);

        // The technician's slip comes back to the desk the next morning.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 8, 30));
        QTest::mouseClick(child<QPushButton>(page, "returnSlip"), Qt::LeftButton);
        QCOMPARE(page->current().request.state, RequestState::Returned);
        QVERIFY(window.timerBoard()->items().isEmpty()); // nothing left to wait for
        // Taken by phone: the reporter signs the form afterwards (事后补签), before it can be closed.
        QTest::mouseClick(child<QPushButton>(page, "confirmSignature"), Qt::LeftButton);
        QVERIFY(page->current().request.signatureConfirmed);
        f.clock.set(ServiceDeskFixture::local(2026, 2, 13, 10, 0));
        QVERIFY(child<QPushButton>(page, "callback")->isEnabled());
        QTest::mouseClick(child<QPushButton>(page, "callback"), Qt::LeftButton);
        const RequestDetail done = page->current();
        QCOMPARE(done.request.state, RequestState::Closed);
        QCOMPARE(done.callbacks.size(), 1);
        QCOMPARE(done.callbacks.first().solved, std::optional<bool>(true));
        QCOMPARE(done.callbacks.first().attitude, std::optional<Attitude>(Attitude::Satisfied));
        QCOMPARE(done.callbacks.first().score, std::optional<int>(9));
        QVERIFY(page->messageText().contains(QStringLiteral("closed")));
        QVERIFY(window.timerBoard()->items().isEmpty()); // closed: nothing left to wait for
        // A closed request offers only the print-out to a clerk.
        for (const char *name : {"dispatch", "arrive", "complete", "callback", "close", "void", "reopen"})
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);
        QVERIFY(child<QPushButton>(page, "print")->isEnabled());
        QStringList actions;
        for (const RequestEvent &e : done.events)
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("arrived")) && actions.contains(QStringLiteral("closed")),
                 qPrintable(actions.join(QLatin1Char(','))));
    }

    void notSolvedCallbackReopens()
    {
        ServiceDeskFixture f;
        const qint64 id = registerDirect(f, QStringLiteral("simple"), QStringLiteral("陈先生"));
        DispatchInput d;
        d.department = QStringLiteral("工程部");
        d.receiverUserId = f.technician.userId;
        d.receiverName = f.technician.displayName;
        QVERIFY(f.requests->dispatch(f.clerk, id, 1, d).ok());
        f.clock.advance(600);
        QVERIFY(f.requests->arrive(f.technician, id, 2).ok());
        CompletionInput c;
        c.workDone = QStringLiteral("换灯泡");
        QVERIFY(f.requests->complete(f.technician, id, f.requests->request(f.clerk, id)->rowVersion, c).ok());
        f.clock.advance(3600);

        RequestsPage page(*f.db, *f.requests, f.clerk2, ServiceDeskFixture::zone());
        page.show();
        page.selectRequest(id);
        QObject::connect(&page, &RequestsPage::dialogOpened, &page, [](QWidget *dialog) {
            whenShown(dialog, [](QWidget *w) {
                choose(child<QComboBox>(w, "solved"), false);
                QVERIFY(!child<QCheckBox>(w, "closeWhenSolved")->isEnabled());
                choose(child<QComboBox>(w, "attitude"), int(Attitude::Basic));
                commitPlain(w, "suggestions", QStringLiteral("灯还是不亮"));
                clickOk(w);
            });
        });
        QTest::mouseClick(child<QPushButton>(&page, "callback"), Qt::LeftButton);
        const ServiceRequest r = page.current().request;
        QCOMPARE(r.state, RequestState::Dispatched);
        QCOMPARE(r.reopenCount, 1);
        QVERIFY(!r.completedAt.isValid());
        QVERIFY2(page.messageText().contains(QStringLiteral("not solved")), qPrintable(page.messageText()));
        QVERIFY(child<QPushButton>(&page, "complete")->isEnabled());
    }

    // Another seat moved the request on while the completion dialog was open: the save is
    // refused with who and when, the dialog offers to reload, keeps the work typed, and the
    // completion goes through on the request as it is now.
    void staleStepOffersToReload()
    {
        ServiceDeskFixture f;
        const qint64 id = registerDirect(f, QStringLiteral("simple"), QStringLiteral("陈先生"));
        DispatchInput d;
        d.department = QStringLiteral("工程部");
        d.receiverUserId = f.technician.userId;
        d.receiverName = f.technician.displayName;
        QVERIFY(f.requests->dispatch(f.clerk, id, 1, d).ok());
        const ServiceRequest opened = f.requests->request(f.clerk, id).value();
        CompletionDialog done(*f.requests, f.technician, opened, {}, ServiceDeskFixture::zone(), f.clock);
        done.show();
        commitPlain(&done, "workDone", QStringLiteral("换水龙头阀芯"));

        f.clock.advance(600);
        RequestRepository otherSeat(*f.db);
        QVERIFY(otherSeat.arrive(f.clerk2, id, opened.rowVersion).ok());

        auto answer = [](const char *button) {
            QTimer::singleShot(0, [button] {
                auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(ask && ask->objectName() == QLatin1String("reloadQuestion"));
                QVERIFY2(ask->text().contains(QStringLiteral("王芳")), qPrintable(ask->text()));
                child<QPushButton>(ask, button)->click();
            });
        };
        // Cancel first: nothing saved, the input and the old version stay.
        answer("keepInput");
        clickOk(&done);
        QVERIFY(done.isVisible());
        QVERIFY2(errorOf(&done).contains(QStringLiteral("王芳")), qPrintable(errorOf(&done)));
        QCOMPARE(f.requests->request(f.clerk, id)->state, RequestState::OnSite);
        // Then reload: the request as the other seat left it, the work typed still there.
        answer("reload");
        clickOk(&done);
        QVERIFY(done.isVisible());
        QVERIFY2(errorOf(&done).contains(QStringLiteral("On site")), qPrintable(errorOf(&done)));
        QCOMPARE(child<QPlainTextEdit>(&done, "workDone")->toPlainText(), QStringLiteral("换水龙头阀芯"));
        clickOk(&done);
        QVERIFY2(done.result() == QDialog::Accepted, qPrintable(errorOf(&done)));
        const ServiceRequest after = f.requests->request(f.clerk, id).value();
        QCOMPARE(after.state, RequestState::Completed);
        QCOMPARE(after.workDone, QStringLiteral("换水龙头阀芯"));
    }

    // SPEC 3.2: a complaint not settled the same day: the complainant is told, that day,
    // when it will be settled; the board counts down to midnight until they are.
    void theComplainantIsToldTheSameDay()
    {
        ServiceDeskFixture f; // 10:00
        // Registering a complaint says by when the complainant is told, if it is not settled today.
        RegisterRequestDialog reg(*f.requests, nullptr, f.clerk, HolidayCalendar(), ServiceDeskFixture::zone(), f.clock);
        choose(child<QComboBox>(&reg, "kind"), int(RequestKind::Complaint));
        QVERIFY2(reg.deadlineText().contains(QStringLiteral("tell the complainant by <b>24:00 today</b>")),
                 qPrintable(reg.deadlineText()));
        choose(child<QComboBox>(&reg, "kind"), int(RequestKind::Repair));
        QVERIFY(!reg.deadlineText().contains(QStringLiteral("complainant")));
        MainWindow window(*f.db, f.clerk);
        const qint64 repair = registerDirect(f, QStringLiteral("simple"), QStringLiteral("陈先生"));
        const qint64 complaint = registerDirect(f, QStringLiteral("attitude_serious"), QStringLiteral("周女士"),
                                                RequestKind::Complaint, &window.requestRepository());
        const BoardKey tell{BoardSource::TellComplainant, complaint};
        TimerBoard *board = window.timerBoard();
        QVERIFY(board->rowOf(tell) >= 0);
        QCOMPARE(board->items().at(board->rowOf(tell)).status.due,
                 ServiceDeskFixture::local(2026, 2, 13, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(board->rowOf(BoardKey{BoardSource::TellComplainant, repair}), -1);

        auto *page = window.findChild<RequestsPage *>(QStringLiteral("requestsPage"));
        page->selectRequest(repair);
        QVERIFY(!child<QPushButton>(page, "tellComplainant")->isEnabled()); // only complaints
        page->selectRequest(complaint);
        QVERIFY(child<QPushButton>(page, "tellComplainant")->isEnabled());
        QVERIFY2(page->detailText().contains(QStringLiteral("by 2026-02-13 00:00 — pending")), qPrintable(page->detailText()));
        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 21, 30)); // under 20% of the day left
        window.tick();
        QCOMPARE(board->items().at(board->rowOf(tell)).status.state, TimerState::DueSoon);

        QString refusal;
        QObject::connect(page, &RequestsPage::dialogOpened, page, [&](QWidget *dialog) {
            whenShown(dialog, [&](QWidget *d) {
                auto *settleBy = child<InstantEdit>(d, "settleBy");
                settleBy->setInstant(ServiceDeskFixture::local(2026, 2, 12, 20, 0)); // already past
                clickOk(d);
                refusal = static_cast<FormDialog *>(d)->errorText();
                settleBy->setInstant(ServiceDeskFixture::local(2026, 2, 14, 17, 0));
                commitPlain(d, "tellNote", QStringLiteral("电话告知，周六下午五点前处理完毕"));
                clickOk(d);
            });
        });
        QTest::mouseClick(child<QPushButton>(page, "tellComplainant"), Qt::LeftButton);
        QVERIFY2(refusal.startsWith(QStringLiteral("Settled by:")), qPrintable(refusal));
        const ServiceRequest told = page->current().request;
        QCOMPARE(told.complainantToldAt, ServiceDeskFixture::local(2026, 2, 12, 21, 30).toUTC());
        QCOMPARE(told.settlePromisedAt, ServiceDeskFixture::local(2026, 2, 14, 17, 0).toUTC());
        QVERIFY2(page->detailText().contains(QStringLiteral("told 2026-02-12 21:30, on time; settled by 2026-02-14 17:00")),
                 qPrintable(page->detailText()));
        QCOMPARE(board->rowOf(tell), -1); // told: off the board
        QVERIFY(board->rowOf(complaint) >= 0); // the complaint's own deadline still runs
        QStringList actions;
        for (const RequestEvent &e : page->current().events)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("complainant_told")));

        // A complaint about a clerk's attitude has no fee, and its callback asks about the staff.
        CompletionDialog completion(window.requestRepository(), f.clerk, told, {}, ServiceDeskFixture::zone(), f.clock);
        completion.show();
        QVERIFY(!child<QLineEdit>(&completion, "fee")->isVisible());
        CallbackDialog callback(window.requestRepository(), f.clerk2, told, ServiceDeskFixture::zone(), f.clock);
        QStringList labels;
        for (const QLabel *label : callback.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Staff's &attitude:")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(page->current().events.last().note.contains(QStringLiteral("settled by 2026-02-14 17:00: 电话告知")),
                 qPrintable(page->current().events.last().note));
    }

    // SPEC 3.4: on track → due soon → overdue as the clock moves, one notification per
    // change, no database query per tick; the badge counts; managers see the escalation.
    void timerBoardMovesWithTheClock()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 21, 50));
        MainWindow window(*f.db, f.manager);
        window.show();
        auto *board = window.findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
        QAbstractItemModelTester filterTester(board->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester boardTester(board->boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *tick = child<QTimer>(&window, "timerTick");
        QVERIFY(tick->isActive());
        QCOMPARE(tick->interval(), 1000);
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 0"));

        // A general repair: 60 minutes to arrival.
        RequestRepository &repository = window.requestRepository();
        const qint64 id = registerDirect(f, QStringLiteral("general"), QStringLiteral("周先生"), RequestKind::Repair,
                                         &repository);
        // The repository told the board: it is on the board without waiting for a tick.
        QCOMPARE(window.timerBoard()->items().size(), 1);
        window.tick();
        const QModelIndex state = board->boardModel()->index(0, TimerBoardModel::StateColumn);
        QCOMPARE(TimerState(state.data(ItemRoles::TimerStateRole).toInt()), TimerState::OnTrack);
        QVERIFY(board->notifications().isEmpty());

        QSignalSpy changes(window.timerBoard(), &TimerBoard::stateChanged);
        const quint64 queriesBefore = Query::executionCount();
        // 21:50 → 22:55 a second at a time (3,900 ticks).
        for (int s = 0; s < 65 * 60; ++s) {
            f.clock.advance(1);
            window.tick();
            if (s == 51 * 60 + 30) { // 22:41:30: 8.5 minutes left
                QCOMPARE(TimerState(state.data(ItemRoles::TimerStateRole).toInt()), TimerState::DueSoon);
                QCOMPARE(window.badgeText(), QStringLiteral("Due soon 1 · Overdue 0"));
                QCOMPARE(state.data(Qt::BackgroundRole).value<QColor>(), QColor(0xff, 0xec, 0xb3));
                QVERIFY(board->escalationText().isEmpty());
            }
        }
        QCOMPARE(Query::executionCount(), queriesBefore); // no query per tick
        QCOMPARE(TimerState(state.data(ItemRoles::TimerStateRole).toInt()), TimerState::Overdue);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(board->notifications().size(), 2);
        QVERIFY2(board->notifications().at(0).contains(QStringLiteral("Escalated")), qPrintable(board->notifications().at(0)));
        QVERIFY2(board->notifications().at(1).contains(QStringLiteral("22:50")), qPrintable(board->notifications().at(1)));
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 1"));
        QVERIFY(board->escalationText().contains(QStringLiteral("escalated to you")));
        // Escalated rows are bold on a manager's board.
        QVERIFY(board->filterModel()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        // More ticks in the same state: no more notifications.
        for (int s = 0; s < 120; ++s) {
            f.clock.advance(1);
            window.tick();
        }
        QCOMPARE(board->notifications().size(), 2);

        // The badge opens the board from any page.
        window.showPage(QStringLiteral("residentsPage"));
        QTest::mouseClick(child<QPushButton>(&window, "timerBadge"), Qt::LeftButton);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), board);

        // An extension by the manager puts it back on track, once.
        ExtensionInput ext;
        ext.deadline = DeadlineKind::Arrival;
        ext.newDeadline = f.clock.now().addSecs(3 * 3600);
        ext.reason = QStringLiteral("住户要求晚上再来");
        QVERIFY(repository.extend(f.manager, id, repository.request(f.manager, id)->rowVersion, ext).ok());
        window.tick();
        QCOMPARE(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 0"));
        QCOMPARE(board->notifications().size(), 3);
        // The new deadline is after midnight: the notification gives its date.
        QVERIFY2(board->notifications().at(0).contains(QStringLiteral("now due at 02-13 01:57")),
                 qPrintable(board->notifications().at(0)));

        // And the real one-second timer keeps the board live.
        f.clock.advance(3 * 3600 + 60);
        QTRY_COMPARE_WITH_TIMEOUT(window.badgeText(), QStringLiteral("Due soon 0 · Overdue 1"), 3000);
    }

    void refusalsNameTheFieldAndKeepTheInput()
    {
        ServiceDeskFixture f;
        RegisterRequestDialog reg(*f.requests, nullptr, f.clerk, HolidayCalendar(), ServiceDeskFixture::zone(), f.clock);
        reg.show();
        choose(child<QComboBox>(&reg, "class"), QStringLiteral("general"));
        typeInto(&reg, "house", QStringLiteral("3-2-1201"));
        commitPlain(&reg, "description", QStringLiteral("门锁坏了"));
        clickOk(&reg);
        QVERIFY(reg.isVisible());
        QVERIFY2(errorOf(&reg).startsWith(QStringLiteral("Reporter")), qPrintable(errorOf(&reg)));
        QVERIFY(!child<QLineEdit>(&reg, "reporter")->styleSheet().isEmpty());
        QCOMPARE(child<QPlainTextEdit>(&reg, "description")->toPlainText(), QStringLiteral("门锁坏了"));
        QCOMPARE(child<QLineEdit>(&reg, "house")->text(), QStringLiteral("3-2-1201"));
        // Without the year's holiday schedule the dialog warns about working-day deadlines.
        QVERIFY2(reg.warningText().contains(QStringLiteral("2026")), qPrintable(reg.warningText()));

        typeInto(&reg, "reporter", QStringLiteral("Li"));
        typeInto(&reg, "location", QStringLiteral("car park"));
        clickOk(&reg);
        QVERIFY2(errorOf(&reg).startsWith(QStringLiteral("Public location")), qPrintable(errorOf(&reg)));
        QCOMPARE(child<QLineEdit>(&reg, "location")->text(), QStringLiteral("car park"));
        child<QLineEdit>(&reg, "location")->clear();
        clickOk(&reg);
        QCOMPARE(reg.result(), int(QDialog::Accepted));

        // Completion: a fee that is no amount.
        const ServiceRequest r = f.requests->request(f.clerk, reg.registered().id).value();
        CompletionDialog done(*f.requests, f.clerk, r, {}, ServiceDeskFixture::zone(), f.clock);
        done.show();
        commitPlain(&done, "workDone", QStringLiteral("换锁芯"));
        typeInto(&done, "fee", QStringLiteral("3o.5"));
        clickOk(&done);
        QVERIFY(done.isVisible());
        QVERIFY2(errorOf(&done).startsWith(QStringLiteral("Fee")), qPrintable(errorOf(&done)));
        QCOMPARE(child<QLineEdit>(&done, "fee")->text(), QStringLiteral("3o.5"));
        QCOMPARE(child<QPlainTextEdit>(&done, "workDone")->toPlainText(), QStringLiteral("换锁芯"));
        QCOMPARE(f.requests->request(f.clerk, r.id)->state, RequestState::Registered);

        // Extension: the repository's refusal (no reason) lands on the reason field.
        ExtensionDialog ext(*f.requests, f.manager, r, ServiceDeskFixture::zone(), f.clock);
        ext.show();
        clickOk(&ext);
        QVERIFY2(errorOf(&ext).startsWith(QStringLiteral("Reason")), qPrintable(errorOf(&ext)));
        QVERIFY(!child<QPlainTextEdit>(&ext, "reason")->styleSheet().isEmpty());
        // A clerk is refused by the data layer even if the dialog is opened.
        ExtensionDialog byClerk(*f.requests, f.clerk, r, ServiceDeskFixture::zone(), f.clock);
        byClerk.show();
        commitPlain(&byClerk, "reason", QStringLiteral("等配件"));
        clickOk(&byClerk);
        QVERIFY(byClerk.isVisible());
        QVERIFY(!errorOf(&byClerk).isEmpty());
        QCOMPARE(child<QPlainTextEdit>(&byClerk, "reason")->toPlainText(), QStringLiteral("等配件"));
    }

    void residentLookUpFillsTheReporter()
    {
        ServiceDeskFixture f;
        ResidentRepository residents(*f.db);
        ResidentRecord record;
        record.name = QStringLiteral("张三");
        record.mobile = QStringLiteral("13912345678");
        const qint64 residentId = residents.create(f.admin, record).value();
        const qint64 houseId = HouseRepository(*f.db).ensureHouse(f.admin, QStringLiteral("3-2-1201")).value();
        QVERIFY(residents.moveIn(f.admin, residentId, houseId, QStringLiteral("owner"), QDate(2025, 1, 1)).ok());

        RegisterRequestDialog dialog(*f.requests, &residents, f.clerk, HolidayCalendar(), ServiceDeskFixture::zone(),
                                     f.clock);
        dialog.show();
        typeInto(&dialog, "residentLookup", QStringLiteral("zs")); // pinyin initials
        auto *hits = child<QListWidget>(&dialog, "residentHits");
        QCOMPARE(hits->count(), 1);
        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(hits->item(0)).center());
        QCOMPARE(child<QLineEdit>(&dialog, "reporter")->text(), QStringLiteral("张三"));
        QCOMPARE(child<QLineEdit>(&dialog, "phone")->text(), QStringLiteral("13912345678"));
        QCOMPARE(child<QLineEdit>(&dialog, "house")->text(), QStringLiteral("3-2-1201"));
        choose(child<QComboBox>(&dialog, "channel"), int(RequestChannel::Visit));
        QVERIFY(child<QCheckBox>(&dialog, "signature")->isChecked()); // a walk-in signs at the desk
        commitPlain(&dialog, "description", QStringLiteral("门铃不响"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ServiceRequest r = f.requests->request(f.clerk, dialog.registered().id).value();
        QCOMPARE(r.residentId, std::optional<qint64>(residentId));
        QVERIFY(r.signatureConfirmed);
        QCOMPARE(r.channel, RequestChannel::Visit);
    }

    void coSignFormCarriesTheRequest()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 21, 50));
        const qint64 id = registerDirect(f, QStringLiteral("emergency"), QStringLiteral("刘女士"));
        DispatchInput d;
        d.department = QStringLiteral("工程部");
        d.receiverUserId = f.technician.userId;
        d.receiverName = f.technician.displayName;
        QVERIFY(f.requests->dispatch(f.clerk, id, 1, d).ok());
        f.clock.advance(15 * 60);
        CompletionInput c;
        c.workDone = QStringLiteral("更换三通接头");
        c.feeFen = 3550;
        c.paid = true;
        c.receiptNo = QStringLiteral("SJ-0001");
        QVERIFY(f.requests->arrive(f.technician, id, 2).ok());
        QVERIFY(f.requests->complete(f.technician, id, 3, c).ok());

        QVERIFY(SettingsRepository(*f.db).setEstateName(f.admin, QStringLiteral("阳光花园")).ok());
        // The office prints the form in Chinese.
        Application::installTranslations(QStringLiteral("zh_CN"));
        const auto restoreEnglish = qScopeGuard([] { Application::installTranslations(QStringLiteral("en")); });
        RequestsPage page(*f.db, *f.requests, f.clerk, ServiceDeskFixture::zone());
        page.selectRequest(id);
        const QString html = page.coSignFormHtml();
        const ServiceRequest r = page.current().request;
        const QStringList expectedTexts = {QStringLiteral("业主(住户)服务登记会签单"), QStringLiteral("阳光花园"), r.number, QStringLiteral("刘女士"), QStringLiteral("5-1-302"),
              QStringLiteral("厨房水龙头漏水"), QStringLiteral("急修"), QStringLiteral("来电"), QStringLiteral("Tom Tech"),
              QStringLiteral("Carl Clerk"), QStringLiteral("工程部"), QStringLiteral("更换三通接头"), QStringLiteral("35.50"),
              QStringLiteral("SJ-0001"), QStringLiteral("2026-02-12 21:50"), QStringLiteral("2026-02-12 22:00"),
              QStringLiteral("超时"), QStringLiteral("事后补签")};
        for (const QString &expected : expectedTexts)
            QVERIFY2(html.contains(expected), qPrintable(expected));
        // Reporter text is escaped, never markup.
        QVERIFY(!CoSignForm::html(RequestDetail{}, {}).isEmpty());
        const QString a5 = page.coSignFormHtml(CoSignForm::PageSize::A5);
        QVERIFY(a5.contains(QStringLiteral("font-size: 8pt")));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
        QVERIFY(page.saveCoSignFormPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));
        QVERIFY(file.size() > 5000);
        // docs/screenshots/cosign-form.png is made from this PDF (pdftoppm).
        if (const QString keep = qEnvironmentVariable("ESTATEDESK_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/cosign-form.pdf"));
            QVERIFY(QFile::copy(pdf, keep + QStringLiteral("/cosign-form.pdf")));
        }
    }

    void ledgerImportShowsRejectedRowsThenImports()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 3, 1, 9, 0));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("登记时间,房号,报修人,电话,类别,内容,派工时间,维修人,到场时间,完工时间,收费\n"
                                  "2026-02-12 10:00,3-2-1201,张三,13800138000,一般维修,卫生间漏水,2026-02-12 10:10,李师傅,"
                                  "2026-02-12 10:50,2026-02-13 16:00,35.5\n"
                                  "2026-02-13 10:00,1-1-101,王五,,特急,井盖,,,,,\n"
                                  "2026-02-14 10:00,1-1-102,赵六,,简易维修,换灯泡,,,,,\n")
                       .toUtf8());
        file.close();

        RequestsPage page(*f.db, *f.requests, f.clerk, ServiceDeskFixture::zone());
        int round = 0;
        QObject::connect(&page, &RequestsPage::dialogOpened, &page, [&round](QWidget *dialog) {
            auto *ledger = qobject_cast<LedgerImportDialog *>(dialog);
            QVERIFY(ledger);
            ++round;
            whenShown(dialog, [round](QWidget *d) {
                auto *issues = child<QTableWidget>(d, "issues");
                auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                if (round == 1) {
                    QCOMPARE(issues->rowCount(), 1);
                    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
                    QVERIFY2(issues->item(0, 1)->text().contains(QStringLiteral("特急")), qPrintable(issues->item(0, 1)->text()));
                    QVERIFY(child<QLabel>(d, "summary")->text().contains(QStringLiteral("2 row(s) can be imported")));
                    QVERIFY(ok->isEnabled());
                    clickOk(d);
                } else {
                    // Again: nothing new, so nothing to import.
                    QVERIFY2(child<QLabel>(d, "summary")->text().contains(QStringLiteral("2 row(s) are already on file")),
                             qPrintable(child<QLabel>(d, "summary")->text()));
                    QVERIFY(!ok->isEnabled());
                    clickCancel(d);
                }
            });
        });
        page.importLedger(RequestKind::Repair, path);
        QCOMPARE(page.listModel()->rowCount(), 2);
        QVERIFY2(page.messageText().contains(QStringLiteral("2 request(s) added")), qPrintable(page.messageText()));
        page.importLedger(RequestKind::Repair, path);
        QCOMPARE(round, 2);
        QCOMPARE(page.listModel()->rowCount(), 2);

        // The month's export with translated headers: a manager's (it carries names and phones).
        QVERIFY(!child<QPushButton>(&page, "exportMonth")->isEnabled());
        QVERIFY(!page.exportMonth(2026, 2, dir.filePath(QStringLiteral("refused.csv"))));
        RequestsPage managerPage(*f.db, *f.requests, f.manager, ServiceDeskFixture::zone());
        const QString csv = dir.filePath(QStringLiteral("feb.csv"));
        QVERIFY2(managerPage.exportMonth(2026, 2, csv), qPrintable(managerPage.messageText()));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 3);
        QVERIFY(text.contains(QStringLiteral("35.50")));
    }

    void listFiltersAndSorting()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 9, 0));
        registerDirect(f, QStringLiteral("emergency"), QStringLiteral("A"));
        f.clock.advance(60);
        registerDirect(f, QStringLiteral("general"), QStringLiteral("B"));
        f.clock.advance(60);
        registerDirect(f, QStringLiteral("neighbour"), QStringLiteral("C"), RequestKind::Complaint);
        f.clock.advance(30 * 60); // the emergency's 10 minutes are gone
        RequestsPage page(*f.db, *f.requests, f.clerk, ServiceDeskFixture::zone());
        QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.listModel()->rowCount(), 3);
        choose(child<QComboBox>(&page, "filterKind"), int(RequestKind::Complaint));
        QCOMPARE(page.listModel()->rowCount(), 1);
        choose(child<QComboBox>(&page, "filterKind"), int(RequestKind::Repair));
        QCOMPARE(page.listModel()->rowCount(), 2);
        choose(child<QComboBox>(&page, "filterClass"), QStringLiteral("general"));
        QCOMPARE(page.listModel()->rowCount(), 1);
        choose(child<QComboBox>(&page, "filterClass"), QString());
        child<QCheckBox>(&page, "filterOverdue")->setChecked(true);
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.listModel()->request(0).reporterName, QStringLiteral("A"));
        child<QCheckBox>(&page, "filterOverdue")->setChecked(false);
        choose(child<QComboBox>(&page, "filterKind"), -1);
        // Mine: registered by the clerk; a colleague sees none as "mine".
        child<QCheckBox>(&page, "filterMine")->setChecked(true);
        QCOMPARE(page.listModel()->rowCount(), 3);
        RequestsPage other(*f.db, *f.requests, f.clerk2, ServiceDeskFixture::zone());
        child<QCheckBox>(&other, "filterMine")->setChecked(true);
        QCOMPARE(other.listModel()->rowCount(), 0);
        child<QCheckBox>(&page, "filterMine")->setChecked(false);
        // Date range: the day before has nothing.
        child<QCheckBox>(&page, "filterDates")->setChecked(true);
        child<QDateEdit>(&page, "filterFrom")->setDate(QDate(2026, 2, 11));
        child<QDateEdit>(&page, "filterTo")->setDate(QDate(2026, 2, 11));
        QCOMPARE(page.listModel()->rowCount(), 0);
        child<QDateEdit>(&page, "filterTo")->setDate(QDate(2026, 2, 12));
        QCOMPARE(page.listModel()->rowCount(), 3);
        // Newest first, then a click on the number header sorts by number.
        QCOMPARE(page.listModel()->request(0).reporterName, QStringLiteral("C"));
        auto *view = child<QTableView>(&page, "requestList");
        view->sortByColumn(RequestListModel::RegisteredColumn, Qt::AscendingOrder);
        QCOMPARE(page.listModel()->request(0).reporterName, QStringLiteral("A"));
    }

    void managerEditsLimitsAndPrices()
    {
        ServiceDeskFixture f;
        LimitsDialog dialog(*f.requests, f.manager);
        dialog.show();
        QTableWidget *limits = dialog.limitTable();
        int emergency = -1;
        for (int row = 0; row < limits->rowCount(); ++row) {
            if (limits->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String("emergency")
                && limits->item(row, 0)->data(Qt::UserRole).toInt() == int(RequestKind::Repair))
                emergency = row;
        }
        QVERIFY(emergency >= 0);
        QCOMPARE(limits->item(emergency, 2)->text(), QStringLiteral("10m"));
        limits->item(emergency, 2)->setText(QStringLiteral("15 minutes please"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(errorOf(&dialog).contains(QStringLiteral("15 minutes please")), qPrintable(errorOf(&dialog)));
        QCOMPARE(limits->item(emergency, 2)->text(), QStringLiteral("15 minutes please"));
        limits->item(emergency, 2)->setText(QStringLiteral("15m"));
        dialog.addPriceRow();
        QTableWidget *prices = dialog.priceTable();
        const int row = prices->rowCount() - 1;
        prices->item(row, 0)->setText(QStringLiteral("更换水龙头"));
        prices->item(row, 2)->setText(QStringLiteral("abc"));
        clickOk(&dialog);
        QVERIFY(errorOf(&dialog).startsWith(QStringLiteral("Price")));
        prices->item(row, 2)->setText(QStringLiteral("45"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.requests->timeLimits().limits().entry(RequestKind::Repair, QStringLiteral("emergency"))->arrival->amount, 15);
        bool found = false;
        const QList<PriceItem> priceList = f.requests->prices().priceList().value();
        for (const PriceItem &p : priceList)
            found = found || (p.item == QStringLiteral("更换水龙头") && p.priceFen == 4500);
        QVERIFY(found);
        QCOMPARE(auditCount(*f.db, f.admin, QStringLiteral("time_limit_changed")), 1); // only the changed row
    }
    // The page decides no step itself: a button it disables is a step the repository refuses,
    // whoever is signed in and whatever the state of the request.
    void disabledButtonsAreStepsTheRepositoryRefuses()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        const QList<RequestState> states = {RequestState::Registered, RequestState::Dispatched, RequestState::OnSite,
                                            RequestState::Completed, RequestState::CalledBack, RequestState::Closed};
        using Take = std::function<Status(const Session &, qint64, int)>;
        const QDateTime settleBy = f.clock.now().addDays(1);
        const QList<QPair<const char *, Take>> buttons = {
            {"dispatch", [&](const Session &who, qint64 id, int rv) {
                 return repo.dispatch(who, id, rv, DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}});
             }},
            {"arrive", [&](const Session &who, qint64 id, int rv) { return repo.arrive(who, id, rv); }},
            {"complete", [&](const Session &who, qint64 id, int rv) { return repo.complete(who, id, rv, {}); }},
            {"returnSlip", [&](const Session &who, qint64 id, int rv) { return repo.returnSlip(who, id, rv); }},
            {"tellComplainant", [&](const Session &who, qint64 id, int rv) {
                 return repo.tellComplainant(who, id, rv, settleBy, {});
             }},
            {"confirmSignature", [&](const Session &who, qint64 id, int rv) { return repo.confirmSignature(who, id, rv); }},
            {"callback", [&](const Session &who, qint64 id, int rv) { return repo.recordCallback(who, id, rv, {}); }},
            {"close", [&](const Session &who, qint64 id, int rv) { return repo.close(who, id, rv); }},
            {"extend", [&](const Session &who, qint64 id, int rv) {
                 const ServiceRequest r = f.get(id);
                 return repo.extend(who, id, rv, ExtensionInput{DeadlineKind::Completion,
                                                                r.completionDeadline.addSecs(3600),
                                                                QStringLiteral("缺料"), {}});
             }},
            {"reopen", [&](const Session &who, qint64 id, int rv) { return repo.reopen(who, id, rv, QStringLiteral("复发")); }},
            {"void", [&](const Session &who, qint64 id, int rv) { return repo.voidRequest(who, id, rv, QStringLiteral("重复")); }},
        };
        int disabled = 0;
        int enabled = 0;
        for (RequestState state : states) {
            const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak()).value().id;
            const int steps = int(states.indexOf(state));
            if (steps >= 1)
                QVERIFY(repo.dispatch(f.clerk, id, f.version(id),
                                      DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}}));
            if (steps >= 2)
                QVERIFY(repo.arrive(f.technician, id, f.version(id)));
            if (steps >= 3)
                QVERIFY(repo.complete(f.technician, id, f.version(id), {}));
            if (steps >= 4) {
                QVERIFY(repo.returnSlip(f.clerk, id, f.version(id)));
                QVERIFY(repo.recordCallback(f.clerk, id, f.version(id), {}));
            }
            if (steps >= 5) {
                QVERIFY(repo.confirmSignature(f.clerk, id, f.version(id)));
                QVERIFY(repo.close(f.clerk, id, f.version(id)));
            }
            for (const Session &who : {f.clerk, f.manager, f.technician, f.technician2}) {
                RequestsPage page(*f.db, repo, who, ServiceDeskFixture::zone());
                page.selectRequest(id);
                // A technician sees only the tickets handed to them: nothing chosen, no step offered.
                const bool sees = who.role != Role::Technician || f.get(id).receiverUserId == who.userId;
                QCOMPARE(page.currentId(), sees ? id : 0);
                for (const auto &[name, take] : buttons) {
                    const QString where = QString::fromLatin1(name) + QLatin1Char(' ') + RequestCodes::code(state)
                                          + QLatin1Char(' ') + who.username;
                    if (child<QPushButton>(&page, name)->isEnabled()) {
                        ++enabled;
                        continue;
                    }
                    const Status refused = take(who, id, f.version(id));
                    QVERIFY2(!refused, qPrintable(where));
                    QVERIFY2(!refused.error().isEmpty(), qPrintable(where));
                    ++disabled;
                }
            }
        }
        QVERIFY(disabled > 0);
        QVERIFY(enabled > 0);

        // Not solved at the callback: back with the technician, who has been on site already.
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak()).value().id;
        QVERIFY(repo.dispatch(f.clerk, id, f.version(id),
                              DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}}));
        QVERIFY(repo.arrive(f.technician, id, f.version(id)));
        QVERIFY(repo.complete(f.technician, id, f.version(id), {}));
        CallbackInput notSolved;
        notSolved.solved = false;
        QVERIFY(repo.recordCallback(f.clerk, id, f.version(id), notSolved));
        RequestsPage page(*f.db, repo, f.technician, ServiceDeskFixture::zone());
        page.selectRequest(id);
        QCOMPARE(page.current().request.state, RequestState::Dispatched);
        QVERIFY(!child<QPushButton>(&page, "arrive")->isEnabled());
        QVERIFY(!repo.arrive(f.technician, id, f.version(id)));
        QVERIFY(child<QPushButton>(&page, "complete")->isEnabled());
        QVERIFY(repo.complete(f.technician, id, f.version(id), {}));
    }
};

QTEST_MAIN(TestGuiServiceDesk)
#include "tst_gui_servicedesk.moc"
