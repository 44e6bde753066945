// The page 通知与公布 driven as the office uses it (offscreen): the clerk picks the reminder of a
// month for one building, previews it and saves the PDF; the manager enters the half year's
// spending, takes one back with a reason and saves the statement; a clerk sees the page but
// the data layer refuses the spending and the statement.

#include "feedocstestsupport.h"
#include "guitestsupport.h"

#include "models/database/query.h"
#include "views/feedocumentspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace FeeDocsTest;

class TstGuiFeeDocs : public QObject
{
    Q_OBJECT

private:
    BilledEstate m_e;
    QTemporaryDir m_out;

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    }

    // Clicks a preview button and counts the pages of the print preview it opens (-1: none).
    int previewPageCount(QWidget *page, const char *button)
    {
        int pages = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *widget = dialog->findChild<QPrintPreviewWidget *>()) {
                widget->updatePreview();
                pages = widget->pageCount();
            }
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
        return pages;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(m_e.bill());
        m_e.clock.set(local(2026, 9, 1, 9));
    }

    void clerkPreviewsAndSavesTheRemindersOfABuilding()
    {
        FeeDocumentsPage page(*m_e.db, m_e.clerk, QTimeZone("Asia/Shanghai"));
        page.resize(900, 600);
        page.show();
        choose(child<QComboBox>(&page, "noticeKind"), int(NoticeKind::Reminder));
        child<QDateEdit>(&page, "noticeMonth")->setDate(QDate(2026, 8, 1));
        choose(child<QComboBox>(&page, "noticeBuilding"), QStringLiteral("1"));

        const int previewPages = previewPageCount(&page, "previewNotices");
        QCOMPARE(previewPages, 2); // three houses of building 1, two to a page
        QVERIFY(child<QLabel>(&page, "noticeInfo")->text().contains(QStringLiteral("3")));

        const QString pdf = m_out.filePath(QStringLiteral("reminders-1.pdf"));
        QVERIFY(page.saveNoticesPdf(pdf));
        if (!tool("pdftotext").isEmpty()) {
            QCOMPARE(pdfPageCount(pdf), 2);
            QVERIFY(pdfText(pdf).contains(u("贰佰叁拾贰元整"))); // 1-1-102's arrears
        }

        // A month without bills: the page says so and names the month.
        choose(child<QComboBox>(&page, "noticeKind"), int(NoticeKind::Collection));
        child<QDateEdit>(&page, "noticeMonth")->setDate(QDate(2026, 3, 1));
        QVERIFY(!page.saveNoticesPdf(m_out.filePath(QStringLiteral("none.pdf"))));
        QVERIFY2(page.lastMessage().startsWith(QStringLiteral("Month:")), qPrintable(page.lastMessage()));
    }

    // The main window makes every page at its start: this one reads the fee history only when
    // it is brought up, and again each time.
    void readsWhenShownNotWhenMade()
    {
        const quint64 before = Query::executionCount();
        FeeDocumentsPage page(*m_e.db, m_e.manager, QTimeZone("Asia/Shanghai"));
        QCOMPARE(Query::executionCount(), before);
        QCOMPARE(child<QComboBox>(&page, "noticeBuilding")->count(), 0); // filled when shown
        page.show();
        QVERIFY(Query::executionCount() > before);
        QVERIFY(child<QComboBox>(&page, "noticeBuilding")->count() > 1);
        child<QComboBox>(&page, "statementHalf")->setCurrentText(QStringLiteral("2026H2"));
        QCOMPARE(child<QTableWidget>(&page, "spendingTable")->rowCount(), 3);
        page.hide();
        const quint64 hidden = Query::executionCount();
        page.show();
        QVERIFY(Query::executionCount() > hidden);
    }

    void clerkCannotEnterSpending()
    {
        FeeDocumentsPage page(*m_e.db, m_e.clerk, QTimeZone("Asia/Shanghai"));
        QVERIFY(!child<QPushButton>(&page, "addSpending")->isEnabled());
        QCOMPARE(child<QTableWidget>(&page, "spendingTable")->rowCount(), 0);
        // Were the button not greyed, the data layer would still refuse.
        typeInto(&page, "spendingAmount", QStringLiteral("100"));
        QVERIFY(!page.addSpending());
        QVERIFY(!page.saveStatementJson(m_out.filePath(QStringLiteral("clerk.json"))));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("clerk.json"))));
    }

    void managerEntersSpendingAndSavesTheStatement()
    {
        FeeDocumentsPage page(*m_e.db, m_e.manager, QTimeZone("Asia/Shanghai"));
        page.show();
        auto *half = child<QComboBox>(&page, "statementHalf");
        half->setCurrentText(QStringLiteral("2026H2"));
        auto *table = child<QTableWidget>(&page, "spendingTable");
        QCOMPARE(table->rowCount(), 3); // labour, cleaning, repair fund; the taken-back one is not listed

        // A wrong amount is refused with the field named, and what was typed stays.
        choose(child<QComboBox>(&page, "spendingCategory"), QStringLiteral("greening"));
        typeInto(&page, "spendingAmount", QStringLiteral("abc"));
        QTest::mouseClick(child<QPushButton>(&page, "addSpending"), Qt::LeftButton);
        QVERIFY(page.lastMessage().startsWith(QStringLiteral("Amount:")));
        QCOMPARE(child<QLineEdit>(&page, "spendingAmount")->text(), QStringLiteral("abc"));

        typeInto(&page, "spendingAmount", QStringLiteral("80.50"));
        child<QDateEdit>(&page, "spendingDate")->setDate(QDate(2026, 8, 30));
        typeInto(&page, "spendingNote", QStringLiteral("lawn"));
        QTest::mouseClick(child<QPushButton>(&page, "addSpending"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(child<QLabel>(&page, "statementInfo")->text().contains(QStringLiteral("330.50"))); // 250.00 + 80.50

        // Taken back again, with a reason: the statement is as before.
        table->setCurrentCell(3, 0);
        QVERIFY(!page.voidSpending(QString())); // a reason is required
        QCOMPARE(table->rowCount(), 4);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 4)->text() == QLatin1String("lawn"))
                table->setCurrentCell(row, 0);
        }
        QVERIFY(page.voidSpending(QStringLiteral("entered twice")));
        QCOMPARE(table->rowCount(), 3);

        const QString json = m_out.filePath(QStringLiteral("statement.json"));
        QVERIFY(page.saveStatementJson(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("spending_fen")).toInteger(), 25000);
        QCOMPARE(o.value(QStringLiteral("balance_fen")).toInteger(), 14058);
        QVERIFY(page.saveStatementPdf(m_out.filePath(QStringLiteral("statement.pdf"))));

        const int previewPages = previewPageCount(&page, "previewStatement");
        QCOMPARE(previewPages, 1);

        // A half year typed wrong: the statement names the field.
        half->setCurrentText(QStringLiteral("2026H5"));
        QVERIFY(!page.saveStatementPdf(m_out.filePath(QStringLiteral("bad.pdf"))));
        QVERIFY(page.lastMessage().startsWith(QStringLiteral("Half year")));
    }
};

QTEST_MAIN(TstGuiFeeDocs)
#include "tst_gui_feedocs.moc"
