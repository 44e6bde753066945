// The fee documents (SPEC 13): the collection notices and reminders, two to an A4 page and a
// new page for each building, read back with pdftotext; the amount in Chinese capitals; the
// half-yearly statement's figures and JSON against the small estate worked by hand.

#include "feedocstestsupport.h"

#include "models/io/feedocuments.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/settingsrepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace FeeDocsTest;

class TstFeeDocuments : public QObject
{
    Q_OBJECT

private:
    BilledEstate m_e;
    QTemporaryDir m_out;

    NoticeBatch batch(NoticeKind kind, int year, int month, const QString &building = {})
    {
        NoticeBatch b;
        b.kind = kind;
        b.year = year;
        b.month = month;
        b.issuedOn = QDate(2026, 9, 1);
        b.office = FeeOffice{u("翠湖花园"), u("1栋101室 电话 0755-12345678")};
        const auto houses = FeeQueries(*m_e.db).notices(m_e.clerk, kind, year, month, building);
        if (houses)
            b.houses = *houses;
        else
            qWarning("%s", qPrintable(houses.error()));
        return b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(m_e.bill());
        QVERIFY(SettingsRepository(*m_e.db).setEstateName(Session::commandLine(), u("翠湖花园")));
        m_e.clock.set(local(2026, 9, 1, 9));
    }

    void pagesHoldTwoNoticesAndBuildingsStartANewPage()
    {
        const NoticeBatch all = batch(NoticeKind::Collection, 2026, 7);
        QCOMPARE(all.houses.size(), 4);
        // Building 1: three notices on two pages; building S: one page of its own.
        QCOMPARE(FeeDocuments::pageCount(all.houses), 3);
        QCOMPARE(FeeDocuments::pageCount(batch(NoticeKind::Collection, 2026, 7, u("1")).houses), 2);
        QCOMPARE(FeeDocuments::pageCount({}), 0);
    }

    void collectionNoticesOfOneBuilding()
    {
        const NoticeBatch b = batch(NoticeKind::Collection, 2026, 7, u("1"));
        QCOMPARE(b.houses.size(), 3);
        const QString pdf = m_out.filePath(QStringLiteral("collection-1.pdf"));
        const Status s = FeeDocuments::writeNoticesPdf(b, pdf);
        QVERIFY2(s, qPrintable(s.error()));
        if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
            QSKIP("poppler-utils is not installed");
        QCOMPARE(pdfPageCount(pdf), 2);
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 2);
        // Page 1: 1-1-101 and 1-1-102, with their items, totals and the totals in capitals.
        const QString first = pages.at(0);
        for (const QString &phrase : {u("1-1-101"), u("张伟"), u("165.58"), u("200.58"), u("贰佰元伍角捌分"),
                                      u("1-1-102"), u("李娜"), u("111.00"), u("146.00"), u("壹佰肆拾陆元整"),
                                      u("0755-12345678"), u("翠湖花园"), u("2026Q3"), u("2026-07")})
            QVERIFY2(first.contains(phrase), qPrintable(phrase + QStringLiteral(" not on page 1: ") + first));
        QVERIFY(!first.contains(u("1-1-201")));
        // Page 2: 1-1-201 alone; the shop of building S is not in this batch.
        QVERIFY(pages.at(1).contains(u("1-1-201")));
        QVERIFY(pages.at(1).contains(u("壹佰柒拾肆元贰角壹分")));
        QVERIFY(!pages.at(1).contains(u("S-101")));
        // 1-1-101 paid in full on 10 July: nothing left to pay on its notice.
        QVERIFY(first.contains(u("零元整")));
        QString fonts;
        QVERIFY2(fontsEmbedded(pdf, &fonts), qPrintable(fonts));
    }

    void remindersListArrearsWithDaysOverdue()
    {
        const NoticeBatch b = batch(NoticeKind::Reminder, 2026, 8);
        // Every house has something unpaid due by 31 August.
        QCOMPARE(b.houses.size(), 4);
        const NoticeHouse vacant = b.houses.at(1);
        QCOMPARE(vacant.house, u("1-1-102"));
        // July PF 111.00 and RF 5.00 (31 days overdue at 31 August), August PF 111.00 and RF 5.00;
        // GB 2026Q3 is due on 30 September.
        QCOMPARE(vacant.lines.size(), 4);
        QCOMPARE(vacant.outstandingFen, 23200);
        QCOMPARE(vacant.lines.at(0).daysOverdue, 31);
        const QString pdf = m_out.filePath(QStringLiteral("reminder.pdf"));
        QVERIFY(FeeDocuments::writeNoticesPdf(b, pdf));
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext is not installed");
        QCOMPARE(pdfPageCount(pdf), 3);
        const QString text = pdfText(pdf);
        for (const QString &phrase : {u("232.00"), u("贰佰叁拾贰元整"), u("S-101"), u("222.00"), u("贰佰贰拾贰元整"),
                                      u("113.42")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase));
    }

    void nothingToPrintIsSaid()
    {
        const NoticeBatch empty = batch(NoticeKind::Collection, 2026, 3);
        QVERIFY(empty.houses.isEmpty());
        const QString pdf = m_out.filePath(QStringLiteral("empty.pdf"));
        const Status s = FeeDocuments::writeNoticesPdf(empty, pdf);
        QVERIFY(!s);
        QVERIFY(!QFile::exists(pdf));
    }

    void statementFiguresWorkedByHand()
    {
        const auto st = FeeQueries(*m_e.db).statement(m_e.manager, QStringLiteral("2026H2"));
        QVERIFY2(st, qPrintable(st.error()));
        const QJsonObject json = FeeDocuments::statementJson(*st);
        QCOMPARE(json.value(u("half")).toString(), u("2026H2"));
        QCOMPARE(json.value(u("from")).toString(), u("2026-07-01"));
        QCOMPARE(json.value(u("to")).toString(), u("2026-12-31"));
        const QJsonArray income = json.value(u("income")).toArray();
        QCOMPARE(income.size(), 2); // the repair fund is not income of the service fees
        QCOMPARE(income.at(0).toObject().value(u("item")).toString(), u("GB"));
        QCOMPARE(income.at(0).toObject().value(u("fen")).toInteger(), 6000);
        QCOMPARE(income.at(1).toObject().value(u("item")).toString(), u("PF"));
        QCOMPARE(income.at(1).toObject().value(u("fen")).toInteger(), 33058);
        QCOMPARE(json.value(u("income_fen")).toInteger(), 39058);
        QCOMPARE(json.value(u("prepaid_received_fen")).toInteger(), 0);
        const QJsonObject spending = json.value(u("spending")).toObject();
        QCOMPARE(spending.keys().size(), 7); // every category, spent or not
        QCOMPARE(spending.value(u("labour")).toInteger(), 20000);
        QCOMPARE(spending.value(u("cleaning")).toInteger(), 5000);
        QCOMPARE(spending.value(u("other")).toInteger(), 0); // taken back
        QCOMPARE(json.value(u("spending_fen")).toInteger(), 25000);
        QCOMPARE(json.value(u("balance_fen")).toInteger(), 14058);
        const QJsonObject fund = json.value(u("repair_fund")).toObject();
        QCOMPARE(fund.value(u("opening_fen")).toInteger(), 0);
        QCOMPARE(fund.value(u("income_fen")).toInteger(), 1000);
        QCOMPARE(fund.value(u("spending_fen")).toInteger(), 300);
        QCOMPARE(fund.value(u("closing_fen")).toInteger(), 700);

        // The next half year opens with what the fund had left.
        const auto next = FeeQueries(*m_e.db).statement(m_e.manager, QStringLiteral("2027H1"));
        QVERIFY(next);
        QCOMPARE(next->repairFundOpeningFen, 700);
        QCOMPARE(next->incomeFen, 0);
    }

    void statementPrintedForTheNoticeBoard()
    {
        const auto st = FeeQueries(*m_e.db).statement(m_e.manager, QStringLiteral("2026H2"));
        QVERIFY(st);
        const FeeOffice office{u("翠湖花园"), u("电话 0755-12345678")};
        const QString pdf = m_out.filePath(QStringLiteral("statement.pdf"));
        QVERIFY(FeeDocuments::writeStatementPdf(FeeDocuments::statementHtml(*st, office, QDate(2027, 1, 5)), pdf,
                                                FeeDocuments::statementTitle(*st)));
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext is not installed");
        QCOMPARE(pdfPageCount(pdf), 1);
        const QString text = pdfText(pdf);
        for (const QString &phrase : {u("翠湖花园"), u("物业服务费"), u("330.58"), u("垃圾清运费"), u("60.00"), u("390.58"),
                                      u("200.00"), u("50.00"), u("250.00"), u("140.58"), u("10.00"), u("3.00"),
                                      u("7.00"), u("2027-01-05")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in ") + text));
        QString fonts;
        QVERIFY2(fontsEmbedded(pdf, &fonts), qPrintable(fonts));
    }

    void statementRefusesBadHalvesAndOthers()
    {
        FeeQueries queries(*m_e.db);
        for (const QString &bad : {u("2026H3"), u("2026"), u("H2"), u(""), u("2026-07"), u("２０２６Ｈ９")}) {
            const auto st = queries.statement(m_e.manager, bad);
            QVERIFY2(!st, qPrintable(bad));
            QVERIFY(st.error().startsWith(u("Half year")));
        }
        // SPEC 13: the statement is the manager's; a clerk prints notices, a guard sees nothing of fees.
        QVERIFY(!queries.statement(m_e.clerk, QStringLiteral("2026H2")));
        QVERIFY(!queries.notices(m_e.guard, NoticeKind::Collection, 2026, 7));
        QVERIFY(!queries.notices(m_e.technician, NoticeKind::Reminder, 2026, 8));
        QVERIFY(queries.notices(m_e.clerk, NoticeKind::Reminder, 2026, 8));
        FeeSpending s;
        s.half = QStringLiteral("2026H2");
        s.category = QStringLiteral("labour");
        s.amountFen = 100;
        QVERIFY(!FeeRepository(*m_e.db).addSpending(m_e.clerk, s));
    }
};

QTEST_MAIN(TstFeeDocuments)
#include "tst_feedocuments.moc"
