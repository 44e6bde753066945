// Keyset paging: the request list continued after its last row gives, page by page, exactly
// the rows of one long read, in every sort and with the merged "mine" and the trigram text
// filter; the audit log model fetches its pages as the view asks for more.
#include "testdatabase.h"
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/itemmodels/auditlogmodel.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/demodata.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

class TestListPaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDatabase m_store{m_dir.path()};
    ManualClock m_clock{QDateTime(QDate(2026, 5, 20), QTime(3, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    Session m_clerk;

    static QList<qint64> ids(const QList<ServiceRequest> &rows)
    {
        QList<qint64> out;
        for (const ServiceRequest &r : rows)
            out << r.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_clock);
        QVERIFY(m_store.open(*m_db, QStringLiteral("paging.sqlite")).ok());
        DemoData::Options options;
        options.houses = 50;
        options.months = 3;
        QVERIFY(DemoData(*m_db).generate(options).ok());
        const auto clerk = UserRepository(*m_db).find(QStringLiteral("lixm"));
        QVERIFY(clerk);
        m_clerk = Session{clerk->id, clerk->username, clerk->displayName, clerk->role};
    }

    void keysetPagesMatchOneRead_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("mine");
        QTest::addColumn<QString>("text");
        for (int sort = 0; sort <= int(RequestSort::CompletionDeadline); ++sort) {
            QTest::addRow("sort %d", sort) << sort << false << QString();
            QTest::addRow("sort %d, mine", sort) << sort << true << QString();
        }
        QTest::addRow("text, two characters") << 0 << false << QStringLiteral("女士");
        QTest::addRow("text, trigram") << 0 << false << QStringLiteral("R20");
    }

    void keysetPagesMatchOneRead()
    {
        QFETCH(int, sort);
        QFETCH(bool, mine);
        QFETCH(QString, text);
        RequestRepository requests(*m_db);
        RequestFilter f;
        f.sort = RequestSort(sort);
        f.mine = mine;
        f.text = text;
        const auto all = requests.queries().list(m_clerk, f, 0, 100000);
        QVERIFY2(all, all ? "" : qPrintable(all.error()));
        QVERIFY(all->size() > 10 || !text.isEmpty());
        QVERIFY(!all->isEmpty());
        QList<ServiceRequest> paged = requests.queries().list(m_clerk, f, 0, 7).value();
        while (true) {
            const auto next = requests.queries().listAfter(m_clerk, f, paged.last(), 7);
            QVERIFY2(next, next ? "" : qPrintable(next.error()));
            paged += next.value();
            if (next->size() < 7)
                break;
        }
        QCOMPARE(ids(paged), ids(all.value()));
    }

    void textFilterFindsPartsOfTheFields()
    {
        RequestRepository requests(*m_db);
        const QList<ServiceRequest> all = requests.queries().list(m_clerk, {}, 0, 100000).value();
        const ServiceRequest sample = all.at(all.size() / 2);
        // A part of the number from its middle (seven characters: through the trigram index).
        const QString part = sample.number.mid(2, 7);
        RequestFilter f;
        f.text = part;
        QList<qint64> expected;
        for (const ServiceRequest &r : all) {
            if (r.number.contains(part) || r.reporterName.contains(part) || r.houseNumber.contains(part)
                || r.publicLocation.contains(part))
                expected << r.id;
        }
        QVERIFY(expected.contains(sample.id));
        QCOMPARE(ids(requests.queries().list(m_clerk, f, 0, 100000).value()), expected);
    }

    void auditLogFetchesPageByPage()
    {
        AuditLog audit(*m_db);
        AuditFilter filter;
        filter.limit = 100000;
        const QList<AuditEntry> everything = audit.entries(Session::commandLine(), filter).value();
        QVERIFY(everything.size() > AuditLogModel::pageSize);
        AuditLogModel model;
        QVERIFY(model.load(audit, Session::commandLine(), filter));
        QCOMPARE(model.rowCount(), AuditLogModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(everything.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entry(row).id, everything.at(row).id);
    }
};

QTEST_GUILESS_MAIN(TestListPaging)
#include "tst_listpaging.moc"
