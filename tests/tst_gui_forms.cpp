// Issue 16's input and keyboard rules on the service desk, through the real widgets with keys:
// one phone check for every form, previews that follow the clock, Esc that asks, results picked
// with Down and Enter, the signature that keeps a request open, the resident registered at a
// house in one dialog, and the dispatch list of the department's own staff.
#include "guitestsupport.h"
#include "servicedesksupport.h"

#include "app/application.h"
#include "dialogs/callbackdialog.h"
#include "dialogs/dispatchdialog.h"
#include "dialogs/arrivaldialog.h"
#include "dialogs/formdialog.h"
#include "dialogs/instantedit.h"
#include "dialogs/registerrequestdialog.h"
#include "dialogs/residentdialog.h"
#include "dialogs/visitordialog.h"
#include "models/database/query.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/services/timerboard.h"
#include "views/requestspage.h"
#include "views/residentspage.h"
#include "views/timerboardpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

namespace {

QString typedError(QWidget *dialog)
{
    return static_cast<FormDialog *>(dialog)->errorText();
}

// The register dialog filled in from the keyboard, the phone left to the caller.
void fillRequest(QWidget *d)
{
    auto *kind = child<QComboBox>(d, "kind");
    QCOMPARE(d->focusWidget(), child<QComboBox>(d, "class"));
    Q_UNUSED(kind)
    QTest::keyClicks(child<QLineEdit>(d, "reporter"), QStringLiteral("Liu"));
    QTest::keyClicks(child<QLineEdit>(d, "house"), QStringLiteral("3-2-1201"));
    QTest::keyClicks(child<QPlainTextEdit>(d, "description"), QStringLiteral("kitchen pipe leaks"));
}

// Answers the question Esc asks with the given button, once it is open.
void answerDiscard(QMessageBox::StandardButton answer, QString *asked)
{
    QTimer::singleShot(0, qApp, [answer, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
}

} // namespace

class TestGuiForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    // The request form took "12345"; the landline message blamed the area code for 0755-123.
    void everyPhoneFieldChecksAlike()
    {
        ServiceDeskFixture f;
        ResidentRepository residents(*f.db);
        RegisterRequestDialog dialog(*f.requests, &residents, f.clerk, CalendarRepository(*f.db).calendar(),
                                     ServiceDeskFixture::zone(), f.clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillRequest(&dialog);
        auto *phone = child<QLineEdit>(&dialog, "phone");
        QTest::keyClicks(phone, QStringLiteral("12345"));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(typedError(&dialog).startsWith(QStringLiteral("Phone: a mobile number has 11 digits")),
                 qPrintable(typedError(&dialog)));
        QCOMPARE(phone->text(), QStringLiteral("12345"));
        QVERIFY(!phone->styleSheet().isEmpty()); // the field is marked

        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("0755-123"));
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        const QString shortLandline = typedError(&dialog);
        QVERIFY2(shortLandline.contains(QStringLiteral("7 or 8 digits")) && shortLandline.contains(QStringLiteral("too few")),
                 qPrintable(shortLandline));
        QVERIFY2(!shortLandline.contains(QStringLiteral("write the area code")), qPrintable(shortLandline));

        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("0755 1234 5678"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.get(dialog.registered().id).reporterPhone, QStringLiteral("0755-12345678"));

        // The gate's visitor form says the same about the same number.
        GateRepository gate(*f.db, QStringLiteral("gate-1"));
        VisitorDialog visitor(gate, f.guard);
        visitor.show();
        QTest::keyClicks(child<QLineEdit>(&visitor, "visitorName"), QStringLiteral("Li Si"));
        QTest::keyClicks(child<QLineEdit>(&visitor, "visitorPhone"), QStringLiteral("12345"));
        QTest::keyClicks(child<QLineEdit>(&visitor, "visitorHouse"), QStringLiteral("3-2-1201"));
        QTest::keyClicks(child<QLineEdit>(&visitor, "visitorPurpose"), QStringLiteral("visit"));
        QTest::keyClick(child<QLineEdit>(&visitor, "visitorPurpose"), Qt::Key_Return);
        QVERIFY(visitor.isVisible());
        QVERIFY2(visitor.errorText().startsWith(QStringLiteral("Phone: a mobile number has 11 digits")),
                 qPrintable(visitor.errorText()));
        visitor.done(QDialog::Rejected);
    }

    // "Arrival on site by 03:47" stays true while the dialog is open and the clock moves.
    void deadlinePreviewFollowsTheClock()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 3, 37));
        RegisterRequestDialog dialog(*f.requests, nullptr, f.clerk, CalendarRepository(*f.db).calendar(),
                                     ServiceDeskFixture::zone(), f.clock);
        dialog.show();
        auto *kind = child<QComboBox>(&dialog, "class");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Home); // the emergency class: 10 minutes to arrive
        QVERIFY2(dialog.deadlineText().contains(QStringLiteral("03:47")), qPrintable(dialog.deadlineText()));
        f.clock.advance(9 * 60);
        QTRY_VERIFY2(dialog.deadlineText().contains(QStringLiteral("03:56")), qPrintable(dialog.deadlineText()));
        dialog.done(QDialog::Rejected);

        // A step's time stays "now" until the user sets it, and its verdict with it.
        const qint64 id = f.requests->registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        ArrivalDialog arrival(*f.requests, f.clerk, f.get(id), ServiceDeskFixture::zone(), f.clock);
        arrival.show();
        auto *verdict = child<QLabel>(&arrival, "verdict");
        QVERIFY2(verdict->text().startsWith(QStringLiteral("On time")), qPrintable(verdict->text()));
        f.clock.advance(11 * 60); // past the 10 minutes of an emergency
        QTRY_VERIFY2(verdict->text().startsWith(QStringLiteral("Late")), qPrintable(verdict->text()));
        QCOMPARE(child<InstantEdit>(&arrival, "at")->instant(), f.clock.now());
        arrival.done(QDialog::Rejected);
    }

    // Esc on a filled form asks; on an empty one it just closes.
    void escapeAsksBeforeDiscardingAFilledForm()
    {
        ServiceDeskFixture f;
        const QTimeZone zone = ServiceDeskFixture::zone();
        const HolidayCalendar calendar = CalendarRepository(*f.db).calendar();
        QString emptyAsked;
        {
            RegisterRequestDialog empty(*f.requests, nullptr, f.clerk, calendar, zone, f.clock);
            empty.show();
            answerDiscard(QMessageBox::Discard, &emptyAsked); // only if it asked after all
            QTest::keyClick(empty.focusWidget(), Qt::Key_Escape);
            QVERIFY(!empty.isVisible());
            QCoreApplication::processEvents(); // the answer's timer, with nothing to answer
            QVERIFY(emptyAsked.isEmpty());
        }
        RegisterRequestDialog dialog(*f.requests, nullptr, f.clerk, calendar, zone, f.clock);
        dialog.show();
        fillRequest(&dialog);
        QString asked;
        answerDiscard(QMessageBox::Cancel, &asked);
        QTest::keyClick(child<QLineEdit>(&dialog, "house"), Qt::Key_Escape);
        QVERIFY2(asked.contains(QStringLiteral("Discard")), qPrintable(asked));
        QVERIFY(dialog.isVisible()); // kept editing: everything typed is still there
        QCOMPARE(child<QLineEdit>(&dialog, "reporter")->text(), QStringLiteral("Liu"));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "description")->toPlainText(), QStringLiteral("kitchen pipe leaks"));
        asked.clear();
        answerDiscard(QMessageBox::Discard, &asked);
        QTest::keyClick(child<QLineEdit>(&dialog, "house"), Qt::Key_Escape);
        QVERIFY(!asked.isEmpty());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(Query(*f.db, QStringLiteral("SELECT COUNT(*) FROM requests")).scalar().value(), qint64(0));
    }

    // Tab leaves the description (it typed a tab character); Ctrl+Tab still types one.
    void tabLeavesTheDescription()
    {
        ServiceDeskFixture f;
        RegisterRequestDialog dialog(*f.requests, nullptr, f.clerk, CalendarRepository(*f.db).calendar(),
                                     ServiceDeskFixture::zone(), f.clock);
        dialog.show();
        auto *description = child<QPlainTextEdit>(&dialog, "description");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("leak"));
        QTest::keyClick(description, Qt::Key_Tab, Qt::ControlModifier);
        QTest::keyClicks(description, QStringLiteral("kitchen"));
        QTest::keyClick(description, Qt::Key_Tab);
        QCOMPARE(description->toPlainText(), QStringLiteral("leak\tkitchen"));
        // On to the next field that takes input (a repair: the complaint's fields are greyed).
        QCOMPARE(dialog.focusWidget(), child<QCheckBox>(&dialog, "signature"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Backtab);
        QCOMPARE(dialog.focusWidget(), description);
        dialog.done(QDialog::Rejected);
    }

    // Down goes into the residents found, Enter picks one, and Enter does not submit the form.
    void residentPickedWithDownAndEnter()
    {
        ServiceDeskFixture f;
        ResidentRepository residents(*f.db);
        ResidentRecord zhang;
        zhang.name = QStringLiteral("张三");
        zhang.mobile = QStringLiteral("13800138000");
        QVERIFY(residents.create(f.clerk, zhang));
        RegisterRequestDialog dialog(*f.requests, &residents, f.clerk, CalendarRepository(*f.db).calendar(),
                                     ServiceDeskFixture::zone(), f.clock);
        dialog.show();
        auto *lookup = child<QLineEdit>(&dialog, "residentLookup");
        auto *hits = child<QListWidget>(&dialog, "residentHits");
        lookup->setFocus();
        QTest::keyClicks(lookup, QStringLiteral("zs"));
        QVERIFY(hits->isVisible());
        QTest::keyClick(lookup, Qt::Key_Down);
        QCOMPARE(dialog.focusWidget(), hits);
        QTest::keyClick(hits, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // picked, not submitted
        QVERIFY(typedError(&dialog).isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "reporter")->text(), QStringLiteral("张三"));
        QCOMPARE(child<QLineEdit>(&dialog, "phone")->text(), QStringLiteral("13800138000"));
        QVERIFY(hits->isHidden());

        // Enter in the search itself picks the first result while the list is open.
        child<QLineEdit>(&dialog, "reporter")->clear();
        lookup->clear();
        QTest::keyClicks(lookup, QStringLiteral("zs"));
        QVERIFY(hits->isVisible());
        QTest::keyClick(lookup, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "reporter")->text(), QStringLiteral("张三"));
        dialog.done(QDialog::Rejected);
        QCOMPARE(Query(*f.db, QStringLiteral("SELECT COUNT(*) FROM requests")).scalar().value(), qint64(0));
    }

    // The residents page: Down from the search into the hits, Down again to the next one.
    void residentsSearchPickedFromTheKeyboard()
    {
        GuiFixture f;
        ResidentRepository residents(*f.db);
        for (const char *name : {"张三", "张松"}) {
            ResidentRecord r;
            r.name = QString::fromUtf8(name);
            QVERIFY(residents.create(f.clerk, r));
        }
        ResidentsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        auto *search = child<QLineEdit>(&page, "residentSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zs"));
        QCOMPARE(page.residentList()->rowCount(), 2);
        auto *list = child<QTableView>(&page, "residentList");
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(list->hasFocus() || page.focusWidget() == list);
        QCOMPARE(list->currentIndex().row(), 0);
        const qint64 first = page.currentResidentId();
        QVERIFY(first != 0);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(page.currentResidentId() != 0);
        QVERIFY(page.currentResidentId() != first);
    }

    // A request taken by phone is not closed before the reporter signed; the button says why.
    void closingWaitsForTheSignature()
    {
        ServiceDeskFixture f;
        RequestRepository &repo = *f.requests;
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QVERIFY(repo.dispatch(f.clerk, id, f.version(id), DispatchInput{QStringLiteral("工程部"), f.technician.userId, {}, {}, {}}));
        QVERIFY(repo.arrive(f.technician, id, f.version(id)));
        QVERIFY(repo.complete(f.technician, id, f.version(id), {}));
        QVERIFY(repo.returnSlip(f.clerk, id, f.version(id)));

        // The callback cannot close it either, and says so before it is recorded.
        CallbackDialog callback(repo, f.clerk, f.get(id), ServiceDeskFixture::zone(), f.clock);
        auto *closeToo = child<QCheckBox>(&callback, "closeWhenSolved");
        QVERIFY(!closeToo->isChecked());
        QVERIFY(!closeToo->isEnabled());
        QVERIFY2(closeToo->text().contains(QStringLiteral("signature is still pending")), qPrintable(closeToo->text()));
        QVERIFY(repo.recordCallback(f.clerk2, id, f.version(id), CallbackInput{}));

        RequestsPage page(*f.db, repo, f.clerk, ServiceDeskFixture::zone());
        page.show();
        page.selectRequest(id);
        auto *close = child<QPushButton>(&page, "close");
        QVERIFY(!close->isEnabled());
        QVERIFY2(close->toolTip().contains(QStringLiteral("signature is still pending")), qPrintable(close->toolTip()));
        QVERIFY(!repo.close(f.clerk, id, f.version(id)));
        QTest::mouseClick(child<QPushButton>(&page, "confirmSignature"), Qt::LeftButton);
        QVERIFY(close->isEnabled());
        QVERIFY(close->toolTip().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(f.get(id).state, RequestState::Closed);
    }

    // Recording the arrival on time posted "completion now due at ...": no deadline changed.
    void arrivalPostsNoDeadlineChange()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 2, 12, 21, 50));
        RequestRepository &repo = *f.requests;
        TimerBoard board(repo, f.manager, f.clock);
        TimerBoardPage page(&board, f.manager, ServiceDeskFixture::zone());
        QVERIFY(board.refresh());
        const qint64 id = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id; // 10 min to arrive
        f.clock.advance(9 * 60); // due soon
        board.tick();
        QCOMPARE(page.notifications().size(), 1);
        QVERIFY(repo.arrive(f.clerk, id, f.version(id)));
        board.tick();
        QCOMPARE(page.notifications().size(), 1);
        QVERIFY2(!page.notifications().first().contains(QStringLiteral("now due")), qPrintable(page.notifications().first()));
    }

    // One dialog puts a resident on file and in the house chosen in the tree.
    void residentRegisteredAtAHouseInOneDialog()
    {
        GuiFixture f;
        HouseRepository houses(*f.db);
        QVERIFY(houses.ensureHouse(f.clerk, QStringLiteral("3-2-1201")));
        ResidentsPage page(*f.db, f.clerk, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        page.show();
        QVERIFY(page.selectHouse(QStringLiteral("3-2-1201")));
        int dialogs = 0;
        QObject::connect(&page, &ResidentsPage::dialogOpened, &page, [&dialogs](QWidget *dialog) {
            ++dialogs;
            whenShown(dialog, [](QWidget *d) {
                QCOMPARE(child<QLineEdit>(d, "house")->text(), QStringLiteral("3-2-1201"));
                QTest::keyClicks(child<QLineEdit>(d, "name"), QStringLiteral("Wang Fang"));
                QTest::keyClicks(child<QLineEdit>(d, "mobile"), QStringLiteral("13900139000"));
                auto *relation = child<QComboBox>(d, "relation");
                relation->setFocus();
                QTest::keyClick(relation, Qt::Key_End); // the last relation: family member
                QTest::keyClick(child<QLineEdit>(d, "mobile"), Qt::Key_Return);
                if (d->isVisible())
                    static_cast<QDialog *>(d)->done(QDialog::Rejected);
            });
        });
        page.newResident();
        QCOMPARE(dialogs, 1); // no second, move-in dialog
        ResidentRepository residents(*f.db);
        const auto hits = residents.search(f.clerk, QStringLiteral("Wang"));
        QCOMPARE(hits->size(), 1);
        const auto links = residents.links(f.clerk, hits->first().residentId);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().houseNumber, QStringLiteral("3-2-1201"));
        QCOMPARE(links->first().role, ResidentCodes::roles().last());
    }

    // The receivers offered for engineering are its technicians, not guards, clerks or the administrator.
    void dispatchOffersTheDepartmentsStaff()
    {
        ServiceDeskFixture f;
        const qint64 id = f.requests->registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        const auto staff = UserRepository(*f.db).activeStaff(f.clerk);
        QVERIFY(staff);
        DispatchDialog dialog(*f.requests, f.clerk, f.get(id), staff.value(), ServiceDeskFixture::zone(), f.clock);
        dialog.show();
        auto *department = child<QComboBox>(&dialog, "department");
        auto *receiver = child<QComboBox>(&dialog, "receiver");
        auto names = [receiver] {
            QStringList list;
            for (int i = 1; i < receiver->count(); ++i)
                list << receiver->itemText(i);
            return list;
        };
        QCOMPARE(department->currentText(), QStringLiteral("Engineering"));
        QStringList technicians = names();
        technicians.sort();
        QCOMPARE(technicians, (QStringList{QStringLiteral("Ted Tech (Technician)"), QStringLiteral("Tom Tech (Technician)")}));
        department->setFocus();
        QTest::keyClick(department, Qt::Key_Down); // customer service
        QCOMPARE(department->currentText(), QStringLiteral("Customer service"));
        for (const QString &name : names())
            QVERIFY2(!name.contains(QStringLiteral("Technician")) && !name.contains(QStringLiteral("Guard"))
                         && !name.contains(QStringLiteral("Ada Admin")),
                     qPrintable(name));
        QVERIFY(names().contains(QStringLiteral("Carl Clerk (Clerk)")));
        QTest::keyClick(department, Qt::Key_Down); // security and order
        QCOMPARE(names(), QStringList{QStringLiteral("Gus Guard (Guard)")});
        // Back to engineering: a technician picked by keyboard and dispatched.
        QTest::keyClick(department, Qt::Key_Up);
        QTest::keyClick(department, Qt::Key_Up);
        QCOMPARE(department->currentText(), QStringLiteral("Engineering"));
        receiver->setFocus();
        QTest::keyClick(receiver, Qt::Key_Down);
        const qint64 picked = receiver->currentData().toLongLong();
        QVERIFY(picked == f.technician.userId || picked == f.technician2.userId);
        QTest::keyClick(child<QLineEdit>(&dialog, "note"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.get(id).receiverUserId, picked);
    }
};

QTEST_MAIN(TestGuiForms)
#include "tst_gui_forms.moc"
