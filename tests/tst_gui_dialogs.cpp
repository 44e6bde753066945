// Every dialog of the program, opened for real: it opens focused on its first field (not on
// a button), no two of its widgets share an &-accelerator, and Tab leaves its multi-line
// fields (Ctrl+Tab types the tab).
#include "guitestsupport.h"
#include "servicedesksupport.h"

#include "app/application.h"
#include "dialogs/arrivaldialog.h"
#include "dialogs/callbackdialog.h"
#include "dialogs/completiondialog.h"
#include "dialogs/correctiondialog.h"
#include "dialogs/dialogkeys.h"
#include "dialogs/dispatchdialog.h"
#include "dialogs/extensiondialog.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/gatesettingsdialog.h"
#include "dialogs/goodscheckdialog.h"
#include "dialogs/goodspermitdialog.h"
#include "dialogs/handoverdialog.h"
#include "dialogs/housedialog.h"
#include "dialogs/inspectionlevelsdialog.h"
#include "dialogs/ledgerimportdialog.h"
#include "dialogs/limitsdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/moveindialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/patrolfindingdialog.h"
#include "dialogs/patrolrounddialog.h"
#include "dialogs/permitdialog.h"
#include "dialogs/reasondialog.h"
#include "dialogs/recheckdialog.h"
#include "dialogs/rectificationdialog.h"
#include "dialogs/registerrequestdialog.h"
#include "dialogs/repairfromfindingdialog.h"
#include "dialogs/residentdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/surveybatchdialog.h"
#include "dialogs/tellcomplainantdialog.h"
#include "dialogs/templateeditordialog.h"
#include "dialogs/userdialog.h"
#include "dialogs/vehicledialog.h"
#include "dialogs/visitordialog.h"
#include "dialogs/worklogdialog.h"
#include "models/io/ledgerimporter.h"
#include "models/io/rosterimport.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/patrolrepository.h"
#include "models/repositories/permitrepository.h"
#include "models/repositories/reportrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/vehiclerepository.h"
#include "models/repositories/worklogrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTextEdit>

#include <functional>
#include <memory>

namespace {

// Every repository a dialog needs, on one fresh database.
struct Estate : ServiceDeskFixture
{
    UserRepository users{*db};
    SettingsRepository settings{*db};
    CalendarRepository calendar{*db};
    ResidentRepository residents{*db};
    HouseRepository houses{*db};
    VehicleRepository vehicles{*db};
    PermitRepository permits{*db};
    GateRepository gate{*db, QStringLiteral("gate-1")};
    GoodsPermitRepository goods{*db};
    PatrolRepository patrols{*db};
    InspectionRunRepository runs{*db};
    InspectionScheduleRepository schedule{*db};
    NonConformityRepository findings{*db};
    ChecklistTemplateRepository templates{*db};
    WorkLogRepository worklog{*db};
    ReportRepository reports{*db};
    LedgerImporter ledger{*db, *requests};
    RosterImport roster{*db};
    ServiceRequest request;

    Estate()
    {
        request = get(requests->registerRequest(clerk, waterLeak())->id);
    }
};

using Factory = std::function<QDialog *(Estate &, QWidget *)>;

QList<QPair<const char *, Factory>> allDialogs()
{
    const QTimeZone zone = ServiceDeskFixture::zone();
    const QDate today(2026, 2, 12);
    return {
        {"ArrivalDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new ArrivalDialog(*e.requests, e.clerk, e.request, zone, e.clock, p);
         }},
        {"CallbackDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new CallbackDialog(*e.requests, e.clerk, e.request, zone, e.clock, p);
         }},
        {"CompletionDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new CompletionDialog(*e.requests, e.clerk, e.request, {}, zone, e.clock, p);
         }},
        {"CorrectionDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new CorrectionDialog(e.runs, e.clerk, 0, RunResult{}, p);
         }},
        {"DispatchDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new DispatchDialog(*e.requests, e.clerk, e.request, e.users.activeStaff(e.clerk).value(), zone,
                                       e.clock, p);
         }},
        {"ExtensionDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new ExtensionDialog(*e.requests, e.manager, e.request, zone, e.clock, p);
         }},
        {"FirstRunDialog", [](Estate &e, QWidget *p) -> QDialog * { return new FirstRunDialog(e.users, e.settings, p); }},
        {"GateSettingsDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new GateSettingsDialog(e.gate, e.patrols, e.manager, p);
         }},
        {"GoodsCheckDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new GoodsCheckDialog(e.goods, e.guard, zone, p);
         }},
        {"GoodsPermitDialog", [today](Estate &e, QWidget *p) -> QDialog * {
             return new GoodsPermitDialog(e.goods, e.clerk, today, p);
         }},
        {"HandoverDialog", [](Estate &e, QWidget *p) -> QDialog * { return new HandoverDialog(e.gate, e.users, e.guard, p); }},
        {"HouseDialog", [](Estate &e, QWidget *p) -> QDialog * { return new HouseDialog(e.houses, e.clerk, HouseRecord{}, p); }},
        {"InspectionLevelsDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new InspectionLevelsDialog(e.schedule, e.admin, {}, p);
         }},
        {"LedgerImportDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new LedgerImportDialog(e.ledger, e.clerk, RequestKind::Repair, p);
         }},
        {"LimitsDialog", [](Estate &e, QWidget *p) -> QDialog * { return new LimitsDialog(*e.requests, e.manager, p); }},
        {"LoginDialog", [](Estate &e, QWidget *p) -> QDialog * { return new LoginDialog(e.users, QStringLiteral("阳光花园"), p); }},
        {"MoveInDialog", [today](Estate &e, QWidget *p) -> QDialog * {
             return new MoveInDialog(e.residents, e.houses, e.clerk, 0, QString(), today, p);
         }},
        {"PasswordDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new PasswordDialog(e.users, e.clerk, PasswordDialog::Mode::OwnPassword, e.clerk.username, p);
         }},
        {"PatrolFindingDialog", [](Estate &e, QWidget *p) -> QDialog * { return new PatrolFindingDialog(e.patrols, e.guard, p); }},
        {"PatrolRoundDialog", [](Estate &e, QWidget *p) -> QDialog * { return new PatrolRoundDialog(e.patrols, e.guard, p); }},
        {"PermitDialog", [today](Estate &e, QWidget *p) -> QDialog * {
             return new PermitDialog(e.permits, e.houses, e.clerk, QStringLiteral("3-2-1201"), 0, today, p);
         }},
        {"ReasonDialog", [](Estate &, QWidget *p) -> QDialog * {
             return new ReasonDialog(QStringLiteral("Void"), QStringLiteral("Why?"), [](const QString &) { return Status{}; }, p);
         }},
        {"RecheckDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new RecheckDialog(e.findings, e.clerk, NonConformity{}, p);
         }},
        {"RectificationDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new RectificationDialog(e.findings, e.clerk, NonConformity{}, {{e.clerk.userId, e.clerk.displayName}},
                                            e.clock.now(), zone, p);
         }},
        {"RegisterRequestDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new RegisterRequestDialog(*e.requests, &e.residents, e.clerk, e.calendar.calendar(), zone, e.clock, p);
         }},
        {"RepairFromFindingDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new RepairFromFindingDialog(e.findings, *e.requests, e.clerk, NonConformity{}, p);
         }},
        {"ResidentDialog", [today](Estate &e, QWidget *p) -> QDialog * {
             auto *dialog = new ResidentDialog(e.residents, e.clerk, {}, p);
             dialog->offerHouse(QStringLiteral("3-2-1201"), today);
             return dialog;
         }},
        {"RosterImportDialog", [](Estate &e, QWidget *p) -> QDialog * { return new RosterImportDialog(e.roster, e.clerk, p); }},
        {"SettingsDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new SettingsDialog(e.settings, e.calendar, e.admin, p);
         }},
        {"SurveyBatchDialog", [today, zone](Estate &e, QWidget *p) -> QDialog * {
             return new SurveyBatchDialog(e.reports, e.clerk, today, zone, p);
         }},
        {"TellComplainantDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new TellComplainantDialog(*e.requests, e.clerk, e.request, zone, e.clock, p);
         }},
        {"TemplateEditorDialog", [](Estate &e, QWidget *p) -> QDialog * {
             return new TemplateEditorDialog(e.templates, e.admin, QString(), p);
         }},
        {"UserDialog", [](Estate &e, QWidget *p) -> QDialog * { return new UserDialog(e.users, e.admin, p); }},
        {"VehicleDialog", [today](Estate &e, QWidget *p) -> QDialog * {
             return new VehicleDialog(e.vehicles, e.clerk, 0, today, p);
         }},
        {"VisitorDialog", [](Estate &e, QWidget *p) -> QDialog * { return new VisitorDialog(e.gate, e.guard, p); }},
        {"WorkLogDialog", [zone](Estate &e, QWidget *p) -> QDialog * {
             return new WorkLogDialog(e.worklog, e.clerk, e.clock.now(), zone, p);
         }},
    };
}

bool inButtonBox(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const QDialogButtonBox *>(p))
            return true;
    }
    return false;
}

} // namespace

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    void everyDialog_data()
    {
        QTest::addColumn<int>("index");
        const auto all = allDialogs();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).first) << i;
    }

    void everyDialog()
    {
        QFETCH(int, index);
        Estate e;
        QWidget window;
        std::unique_ptr<QDialog> dialog(allDialogs().at(index).second(e, &window));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

        // Focused on a field, never on OK or Cancel (nor on nothing at all).
        QWidget *focus = dialog->focusWidget();
        QVERIFY2(focus, "no focus");
        QVERIFY2(!inButtonBox(focus), qPrintable(QStringLiteral("focus on the button %1").arg(focus->objectName())));
        QVERIFY2(!qobject_cast<QAbstractButton *>(focus) || qobject_cast<QAbstractButton *>(focus)->isCheckable(),
                 qPrintable(focus->objectName()));

        // One widget per accelerator.
        QHash<QChar, QString> used;
        for (const auto &[key, text] : DialogKeys::accelerators(dialog.get())) {
            QVERIFY2(!used.contains(key), qPrintable(QStringLiteral("&%1 is on \"%2\" and on \"%3\"")
                                                         .arg(key, used.value(key), text)));
            used.insert(key, text);
        }

        // Tab leaves a multi-line field; Ctrl+Tab types the tab.
        for (QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>()) {
            if (edit->isReadOnly() || !edit->isVisibleTo(dialog.get()))
                continue;
            QVERIFY2(edit->tabChangesFocus(), qPrintable(edit->objectName()));
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier); // after what the dialog filled in
            QTest::keyClick(edit, Qt::Key_Tab, Qt::ControlModifier);
            QVERIFY2(edit->toPlainText().endsWith(QLatin1Char('\t')), qPrintable(edit->objectName()));
            edit->clear();
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_Tab);
            QVERIFY2(!edit->toPlainText().contains(QLatin1Char('\t')), qPrintable(edit->objectName()));
        }
        for (QTextEdit *edit : dialog->findChildren<QTextEdit *>()) {
            if (!edit->isReadOnly())
                QVERIFY2(edit->tabChangesFocus(), qPrintable(edit->objectName()));
        }
        dialog->done(QDialog::Rejected); // not reject(): nothing to ask about here
    }

    // The move-in dialog opened with the focus nowhere: it is on the house now.
    void moveInOpensOnTheHouse()
    {
        Estate e;
        MoveInDialog dialog(e.residents, e.houses, e.clerk, 0, QString(), QDate(2026, 2, 12));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "house"));
        // And Tab walks the form before it reaches OK.
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QVERIFY(!inButtonBox(dialog.focusWidget()));
        dialog.done(QDialog::Rejected);
    }

    // The visitor dialog had Name and Phone both on N.
    void visitorDialogAcceleratorsAreDistinct()
    {
        Estate e;
        VisitorDialog dialog(e.gate, e.guard);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "visitorPhone"));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "visitorName"));
        dialog.done(QDialog::Rejected);
    }
};

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
