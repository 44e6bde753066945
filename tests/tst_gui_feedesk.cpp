// The fee desk 收费台 through the real widgets: find a house by typing, take a payment from
// the keyboard, print its receipt to PDF, the reversal, the arrears list and who sees the page.
#include "feestestsupport.h"
#include "guitestsupport.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/reasondialog.h"
#include "models/io/feereceiptprinter.h"
#include "models/io/zipreader.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/settingsrepository.h"
#include "views/feedeskpage.h"
#include "views/timerboardpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>

#include <functional>

using namespace FeesTest;

namespace {
// The estate of the fee tests with July's bills: 1-1-101 (张伟) owes the old garbage bill
// (30.00, due 2025-12-31), July's property fee (89.50 m² × 1.85 = 165.58) and the third
// quarter's garbage fee (30.00).
struct Desk : Estate
{
    bool ready()
    {
        if (!build() || !importLedger())
            return false;
        if (Status s = SettingsRepository(*db).setEstateName(Session::commandLine(), u("阳光花园")); !s)
            return fail(s.error());
        const auto billed = FeeRepository(*db).generateBills(manager, 2026, 7);
        if (!billed)
            return fail(billed.error());
        clock.set(local(2026, 7, 1, 10, 30));
        return true;
    }
};

// Runs the handlers in turn on the dialogs the page opens, each once the dialog's own event
// loop is running.
struct DialogScript
{
    QList<std::function<void(QWidget *)>> steps;
    int ran = 0;

    void attach(FeeDeskPage &page)
    {
        QObject::connect(&page, &FeeDeskPage::dialogOpened, &page, [this](QWidget *dialog) {
            if (ran >= steps.size()) {
                qWarning("unexpected dialog %s", qPrintable(dialog->objectName()));
                QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog *>(dialog)->reject(); });
                return;
            }
            auto step = steps.at(ran++);
            // A step that failed leaves its dialog open: close it, so the test goes on to report.
            whenShown(dialog, [step](QWidget *shown) {
                step(shown);
                if (shown->isVisible()) {
                    qWarning("closing %s left open", qPrintable(shown->objectName()));
                    static_cast<QDialog *>(shown)->reject();
                }
            });
        });
    }
};

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void checkPdf(const QString &path, const QString &receiptNo, const QString &capitals)
{
    QVERIFY2(QFile::exists(path), qPrintable(path));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(text.contains(receiptNo), qPrintable(text));
    QVERIFY2(text.contains(capitals), qPrintable(text));
    QVERIFY2(text.contains(u("阳光花园")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1-1-101")), qPrintable(text));
    // pdffonts: every font embedded ("emb" column yes).
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                 qPrintable(line));
}

QString sheetCell(const QString &sheet, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*>(<f>[^<]*</f>)?(<v>[^<]*</v>)?").arg(ref));
    return cell.match(sheet).captured(0);
}
} // namespace

class TestGuiFeeDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(QStringLiteral("en"));
    }

    void clerkFindsTheHouseAndTakesAPaymentFromTheKeyboard()
    {
        Desk e;
        QVERIFY(e.ready());
        FeeDeskPage page(*e.db, e.clerk, QTimeZone("Asia/Shanghai"));
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *search = child<QLineEdit>(&page, "feeSearch");

        // Pinyin initials of the owner: the house is found; Down and Enter open its account.
        QTest::keyClicks(search, QStringLiteral("zw"));
        QVERIFY(page.hitList()->rowCount() >= 1);
        QCOMPARE(page.hitList()->record(0).house, QStringLiteral("1-1-101"));
        QVERIFY(page.hitList()->record(0).names.contains(u("张伟")));
        QTest::keyClick(search, Qt::Key_Down);
        auto *hits = child<QTableView>(&page, "houseHits");
        QVERIFY(hits->hasFocus());
        QTest::keyClick(hits, Qt::Key_Return);
        QCOMPARE(page.account().houseNumber, QStringLiteral("1-1-101"));
        QCOMPARE(page.account().openFen, qint64(22558));
        QCOMPARE(page.account().arrearsFen, qint64(3000));
        QCOMPARE(page.billList()->rowCount(), 3);
        // The old bill is in arrears: red, with its days overdue.
        const QModelIndex old = page.billList()->index(0, FeeModels::BillDaysOverdue);
        QCOMPARE(old.data().toLongLong(), qint64(182));
        QVERIFY(old.data(Qt::ForegroundRole).isValid());
        QVERIFY(!page.billList()->index(1, FeeModels::BillDaysOverdue).data(Qt::ForegroundRole).isValid());
        QVERIFY2(page.summaryText().contains(QStringLiteral("30.00")), qPrintable(page.summaryText()));

        // The house number typed whole finds the house too.
        QTest::keyClick(search, Qt::Key_F2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("1-1-101"));
        QCOMPARE(page.hitList()->rowCount(), 1);
        QCOMPARE(page.hitList()->record(0).house, QStringLiteral("1-1-101"));

        const QString printed = e.dir.filePath(QStringLiteral("printed.pdf"));
        DialogScript script;
        QString firstError;
        QString keptAmount;
        bool printAsked = false;
        script.steps << [&](QWidget *w) {
            auto *dialog = qobject_cast<PaymentDialog *>(w);
            QVERIFY(dialog);
            auto *amount = child<QLineEdit>(dialog, "amount");
            QCOMPARE(amount->text(), QStringLiteral("225.58")); // the house's open bills
            QVERIFY(dialog->focusWidget() == amount);
            // A bad amount: the message names the field, the input stays.
            QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(amount, QStringLiteral("1oo"));
            QTest::keyClick(amount, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            firstError = dialog->errorText();
            keptAmount = amount->text();
            // 100 yuan by WeChat, all from the keyboard.
            QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(amount, QStringLiteral("100"));
            QTest::keyClick(amount, Qt::Key_Backtab, Qt::ShiftModifier);
            auto *method = child<QComboBox>(dialog, "method");
            QVERIFY(dialog->focusWidget() == method);
            QTest::keyClick(method, Qt::Key_Down);
            QCOMPARE(method->currentData().toString(), QStringLiteral("wechat"));
            auto *note = child<QLineEdit>(dialog, "note");
            QTest::keyClicks(note, QStringLiteral("counter"));
            QTest::keyClick(note, Qt::Key_Return);
        };
        script.steps << [&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            printAsked = box->text().contains(QStringLiteral("SJ2026-000001"));
            QTest::keyClick(box, Qt::Key_Return); // Print
        };
        script.steps << [&](QWidget *w) {
            auto *dialog = qobject_cast<QPrintDialog *>(w);
            QVERIFY(dialog);
            dialog->printer()->setOutputFileName(printed);
            dialog->done(QDialog::Accepted);
        };
        script.attach(page);
        QTest::keyClick(search, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(script.ran, 3);
        QVERIFY2(firstError.startsWith(QStringLiteral("Amount")), qPrintable(firstError));
        QCOMPARE(keptAmount, QStringLiteral("1oo"));
        QVERIFY(printAsked);

        // The account: the old bill first, then July's property fee (oldest due date first).
        const FeeAccount &account = page.account();
        QCOMPARE(account.openFen, qint64(12558));
        QCOMPARE(account.arrearsFen, qint64(0));
        QCOMPARE(page.paymentList()->rowCount(), 1);
        const FeePayment paid = page.paymentList()->record(0);
        QCOMPARE(paid.receiptNo, QStringLiteral("SJ2026-000001"));
        QCOMPARE(paid.method, QStringLiteral("wechat"));
        QCOMPARE(paid.note, QStringLiteral("counter"));
        QCOMPARE(paid.recordedBy, e.clerk.displayName);
        QCOMPARE(page.paymentList()->index(0, FeeModels::PayMethod).data().toString(), QStringLiteral("WeChat Pay"));
        QCOMPARE(page.paymentList()->index(0, FeeModels::PayReceivedAt).data().toString(), QStringLiteral("2026-07-01 10:30"));
        QCOMPARE(page.billList()->index(0, FeeModels::BillOutstanding).data().toString(), QStringLiteral("0.00"));
        QCOMPARE(page.billList()->index(1, FeeModels::BillPaid).data().toString(), QStringLiteral("70.00"));
        QVERIFY2(page.messageText().contains(QStringLiteral("SJ2026-000001")), qPrintable(page.messageText()));

        checkPdf(printed, QStringLiteral("SJ2026-000001"), u("壹佰元整"));
        const QString saved = e.dir.filePath(QStringLiteral("saved.pdf"));
        QVERIFY(page.saveReceiptPdf(paid.id, saved).ok());
        checkPdf(saved, QStringLiteral("SJ2026-000001"), u("壹佰元整"));
    }

    void tickedBillsArePaidOnlyAndTheRestIsPrepaid()
    {
        Desk e;
        QVERIFY(e.ready());
        FeeDeskPage page(*e.db, e.clerk, QTimeZone("Asia/Shanghai"));
        page.show();
        QVERIFY(page.openHouse(QStringLiteral("1-1-101")));
        DialogScript script;
        script.steps << [&](QWidget *w) {
            auto *bills = child<QListWidget>(w, "bills");
            auto *amount = child<QLineEdit>(w, "amount");
            QCOMPARE(bills->count(), 3);
            // Tab to the bills, Down to the third quarter's garbage bill, Space ticks it.
            QTest::keyClick(amount, Qt::Key_Tab);
            QVERIFY(w->focusWidget() == bills);
            QTest::keyClick(bills, Qt::Key_Down);
            QTest::keyClick(bills, Qt::Key_Down);
            QTest::keyClick(bills, Qt::Key_Space);
            QCOMPARE(bills->item(2)->checkState(), Qt::Checked);
            QCOMPARE(amount->text(), QStringLiteral("30.00")); // the amount follows the ticks
            QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(amount, QStringLiteral("50"));
            QTest::keyClick(amount, Qt::Key_Return);
        };
        script.steps << [&](QWidget *w) {
            QTest::keyClick(w, Qt::Key_Escape); // not now
            QVERIFY(!w->isVisible());
        };
        script.attach(page);
        page.takePayment();
        QCOMPARE(script.ran, 2);
        QCOMPARE(page.account().prepaidFen, qint64(2000));
        QCOMPARE(page.account().arrearsFen, qint64(3000)); // the old bill was not ticked
        QCOMPARE(page.billList()->record(2).outstandingFen(), qint64(0));
        QVERIFY2(page.summaryText().contains(QStringLiteral("20.00")), qPrintable(page.summaryText()));
    }

    void clerksReversalIsRefusedAndAManagersGoesThrough()
    {
        Desk e;
        QVERIFY(e.ready());
        const auto receipt = e.pay(e.h101, 10000, local(2026, 7, 1, 11, 0));
        QVERIFY(receipt.ok());
        {
            FeeDeskPage page(*e.db, e.clerk, QTimeZone("Asia/Shanghai"));
            page.show();
            QVERIFY(page.openHouse(QStringLiteral("1-1-101")));
            QCOMPARE(page.currentPaymentId(), receipt->paymentId);
            QString refusal;
            DialogScript script;
            script.steps << [&](QWidget *w) {
                auto *dialog = qobject_cast<ReasonDialog *>(w);
                QVERIFY(dialog);
                QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"), QStringLiteral("wrong house"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
                refusal = dialog->errorText();
                // Cancel on a filled form asks first: the clerk discards the reason.
                QTimer::singleShot(0, dialog, [] {
                    if (auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                        ask->button(QMessageBox::Discard)->click();
                });
                dialog->reject();
            };
            script.attach(page);
            QTest::mouseClick(child<QPushButton>(&page, "reversePayment"), Qt::LeftButton);
            QCOMPARE(script.ran, 1);
            QVERIFY2(refusal.contains(QStringLiteral("may not")), qPrintable(refusal));
            QVERIFY2(page.messageText().contains(QStringLiteral("may not")), qPrintable(page.messageText()));
            QVERIFY(!FeeRepository(*e.db).payment(e.clerk, receipt->paymentId)->reversed);
        }
        FeeDeskPage page(*e.db, e.manager, QTimeZone("Asia/Shanghai"));
        page.show();
        QVERIFY(page.openHouse(QStringLiteral("1-1-101")));
        DialogScript script;
        script.steps << [&](QWidget *w) {
            QTest::keyClicks(child<QPlainTextEdit>(w, "reason"), QStringLiteral("wrong house"));
            QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        };
        script.attach(page);
        QTest::mouseClick(child<QPushButton>(&page, "reversePayment"), Qt::LeftButton);
        QCOMPARE(script.ran, 1);
        QCOMPARE(page.account().openFen, qint64(22558));
        QVERIFY(page.paymentList()->record(0).reversed);
        QVERIFY2(page.paymentList()->index(0, FeeModels::PayReversed).data().toString().contains(QStringLiteral("wrong house")),
                 qPrintable(page.paymentList()->index(0, FeeModels::PayReversed).data().toString()));
    }

    void arrearsListFiltersAndExportsNumbersAndDates()
    {
        Desk e;
        QVERIFY(e.ready());
        FeeDeskPage page(*e.db, e.clerk, QTimeZone("Asia/Shanghai"));
        page.show();
        page.showArrears(FeeDeskPage::AgeingFilter::All);
        // 1-1-101 GB 2025Q4, 1-1-102 PF 2025-06 and GB 2025Q4, 1-1-201 PF 2026-05 (100.00 left).
        QCOMPARE(page.arrearsList()->rowCount(), 4);
        QVERIFY2(page.arrearsTotalsText().contains(QStringLiteral("4 bills in arrears")), qPrintable(page.arrearsTotalsText()));
        QVERIFY2(page.arrearsTotalsText().contains(QStringLiteral("3 houses,")), qPrintable(page.arrearsTotalsText()));
        QVERIFY2(page.arrearsTotalsText().contains(QStringLiteral("271.00")), qPrintable(page.arrearsTotalsText()));
        auto *ageing = child<QComboBox>(&page, "arrearsAgeing");
        ageing->setCurrentIndex(ageing->findData(int(FeeDeskPage::AgeingFilter::D31_90)));
        QCOMPARE(page.arrearsList()->rowCount(), 1);
        QCOMPARE(page.arrearsList()->record(0).house, QStringLiteral("1-1-201"));
        QCOMPARE(page.arrearsList()->index(0, FeeModels::ArrAgeing).data().toString(), QStringLiteral("31–90 days"));
        ageing->setCurrentIndex(ageing->findData(int(FeeDeskPage::AgeingFilter::Over365)));
        QCOMPARE(page.arrearsList()->rowCount(), 1);
        QCOMPARE(page.arrearsList()->record(0).period, QStringLiteral("2025-06"));
        ageing->setCurrentIndex(0);
        auto *building = child<QComboBox>(&page, "arrearsBuilding");
        QVERIFY(building->findData(QStringLiteral("S")) > 0);
        building->setCurrentIndex(building->findData(QStringLiteral("S")));
        QCOMPARE(page.arrearsList()->rowCount(), 0);
        building->setCurrentIndex(building->findData(QStringLiteral("1")));
        QCOMPARE(page.arrearsList()->rowCount(), 4);

        const QString path = e.dir.filePath(QStringLiteral("arrears.xlsx"));
        QVERIFY(page.exportArrears(path).ok());
        // Who exported the owners' arrears is on record.
        AuditFilter exports;
        exports.action = QStringLiteral("export");
        exports.username = e.clerk.username;
        const auto audited = AuditLog(*e.db).entries(e.manager, exports);
        QVERIFY(audited.ok());
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().entity, QStringLiteral("arrears"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ZipReader zip;
        QVERIFY(zip.open(file.readAll()).ok());
        const auto sheet = zip.read(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.ok());
        const QString xml = QString::fromUtf8(*sheet);
        // Row 2: 1-1-101's garbage bill of 2025Q4, due 2025-12-31 (serial 46022), 30 yuan, 182 days.
        const QString due = sheetCell(xml, QStringLiteral("G2"));
        const QString outstanding = sheetCell(xml, QStringLiteral("J2"));
        const QString days = sheetCell(xml, QStringLiteral("K2"));
        QVERIFY2(!due.contains(QStringLiteral("t=\"")) && due.contains(QStringLiteral("<v>46022</v>")), qPrintable(due));
        QVERIFY2(!outstanding.contains(QStringLiteral("t=\"")) && outstanding.contains(QStringLiteral("<v>30</v>")),
                 qPrintable(outstanding));
        QVERIFY2(!days.contains(QStringLiteral("t=\"")) && days.contains(QStringLiteral("<v>182</v>")), qPrintable(days));
        // The totals row: 271.00 outstanding, a number.
        const QString total = sheetCell(xml, QStringLiteral("J6"));
        QVERIFY2(!total.contains(QStringLiteral("t=\"")) && total.contains(QStringLiteral("<v>271</v>")), qPrintable(total));
        // The due date's style is a date format.
        const auto styles = zip.read(QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.ok());
        QVERIFY(QString::fromUtf8(*styles).contains(QStringLiteral("formatCode=\"yyyy\\-mm\\-dd\""))
                || QString::fromUtf8(*styles).contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    }

    void pageIsForThoseWhoCollectFeesAndTheBoardCountsOldArrears()
    {
        Desk e;
        QVERIFY(e.ready());
        {
            MainWindow guard(*e.db, e.guard);
            QVERIFY(!guard.pageNames().contains(QStringLiteral("feeDeskPage")));
            QVERIFY(!guard.findChild<FeeDeskPage *>());
            MainWindow technician(*e.db, e.technician);
            QVERIFY(!technician.pageNames().contains(QStringLiteral("feeDeskPage")));
            auto *board = technician.findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
            QVERIFY(board);
            QVERIFY(board->feeArrearsText().isEmpty());
        }
        MainWindow window(*e.db, e.clerk);
        QVERIFY(window.pageNames().contains(QStringLiteral("feeDeskPage")));
        auto *board = window.findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
        QVERIFY(board);
        // Counted when the board is shown: 1-1-101 (182 days) and 1-1-102 (over a year);
        // 1-1-201's May bill is 31 days overdue.
        QVERIFY(board->feeArrearsText().isEmpty());
        window.show();
        QVERIFY(window.showPage(QStringLiteral("timerBoardPage")));
        QCOMPARE(board->feeArrearsText(), QStringLiteral("Houses in arrears over 90 days: 2"));
        QTest::mouseClick(child<QPushButton>(board, "feeArrearsOver90"), Qt::LeftButton);
        auto *desk = window.findChild<FeeDeskPage *>(QStringLiteral("feeDeskPage"));
        QVERIFY(desk->isVisible());
        QCOMPARE(desk->arrearsList()->rowCount(), 3);
        // A payment on the desk: the board counts again when it is shown next.
        QVERIFY(e.pay(e.h101, 3000, local(2026, 7, 1, 11, 0)).ok());
        emit desk->feesChanged();
        QCOMPARE(board->feeArrearsText(), QStringLiteral("Houses in arrears over 90 days: 2"));
        QVERIFY(window.showPage(QStringLiteral("timerBoardPage")));
        QCOMPARE(board->feeArrearsText(), QStringLiteral("Houses in arrears over 90 days: 1"));
    }

    void pdfRendersWithoutWidgets()
    {
        // The receipt is models/io: HTML and a QPdfWriter, checked for the capitals.
        FeePayment p;
        p.receiptNo = QStringLiteral("SJ2026-000042");
        p.houseNumber = QStringLiteral("1-1-101");
        p.amountFen = 12345;
        p.method = QStringLiteral("cash");
        p.receivedAt = local(2026, 7, 1, 10, 0);
        p.payerName = u("张伟");
        p.recordedBy = u("李晓梅");
        p.allocations << FeeAllocation{1, QStringLiteral("PF"), u("物业服务费"), QStringLiteral("2026-07"), 12345, false, {}};
        FeeReceiptContext c{u("阳光花园"), u("张伟"), 0, QTimeZone("Asia/Shanghai")};
        const QString html = FeeReceiptPrinter::html(p, c);
        QVERIFY(html.contains(u("壹佰贰拾叁元肆角伍分")));
        QVERIFY(html.contains(QStringLiteral("2026-07-01 10:00")));
        QVERIFY(html.contains(u("物业服务费")));
    }
};

QTEST_MAIN(TestGuiFeeDesk)
#include "tst_gui_feedesk.moc"
