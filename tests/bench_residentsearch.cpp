// Search as you type over the reference "large estate" (SPEC 12): 12,000 residents in 5,000
// houses, 4,000 vehicles. Each row of the benchmark is one keystroke.
#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/session.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/vehiclerepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class BenchResidentSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    Session m_clerk = Session::commandLine();

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_clock);
        QVERIFY(m_db->openSqlite(m_dir.filePath(QStringLiteral("large.db"))).ok());

        const QStringList surnames = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹")
                                         .split(QLatin1Char(' '));
        const QStringList given = QStringLiteral("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 晓梅 国庆 志强 海燕 雪 婷")
                                      .split(QLatin1Char(' '));
        const QString provinces = QStringLiteral("粤京沪浙苏川湘鄂");
        const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
        QRandomGenerator random(20260302);
        HouseRepository houses(*m_db);
        ResidentRepository residents(*m_db);
        VehicleRepository vehicles(*m_db);

        QElapsedTimer timer;
        timer.start();
        Transaction tx(*m_db);
        // 25 buildings × 2 units × 25 floors × 4 rooms = 5,000 houses.
        QList<qint64> houseIds;
        for (int b = 1; b <= 25; ++b)
            for (int u = 1; u <= 2; ++u)
                for (int floor = 1; floor <= 25; ++floor)
                    for (int room = 1; room <= 4; ++room) {
                        const auto id = houses.ensureHouse(m_clerk, QString::number(b), QString::number(u),
                                                           QString::number(floor * 100 + room));
                        QVERIFY2(id.ok(), qPrintable(id.error()));
                        houseIds << id.value();
                    }
        int vehicleCount = 0;
        for (int i = 0; i < 12000; ++i) {
            ResidentRecord r;
            r.name = surnames.at(random.bounded(int(surnames.size()))) + given.at(random.bounded(int(given.size())));
            r.mobile = QStringLiteral("1%1%2").arg(3 + random.bounded(7)).arg(random.bounded(1000000000), 9, 10,
                                                                                   QLatin1Char('0'));
            const auto id = residents.create(m_clerk, r);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            const qint64 house = houseIds.at(i < 5000 ? i : random.bounded(5000));
            const QString role = i < 5000 ? QStringLiteral("owner") : (i % 3 ? QStringLiteral("family") : QStringLiteral("tenant"));
            QVERIFY(residents.moveIn(m_clerk, id.value(), house, role, QDate(2020, 1, 1).addDays(i % 2000)).ok());
            if (i % 3 == 0 && vehicleCount < 4000) {
                VehicleRecord v;
                v.residentId = id.value();
                v.plate = QString(provinces.at(random.bounded(int(provinces.size()))))
                          + letters.at(random.bounded(int(letters.size())))
                          + QStringLiteral("%1").arg(vehicleCount * 7 + 10000, 5, 10, QLatin1Char('0'));
                const auto added = vehicles.add(m_clerk, v);
                QVERIFY2(added.ok(), qPrintable(added.error()));
                ++vehicleCount;
            }
        }
        QVERIFY(tx.commit().ok());
        Query terms(*m_db, QStringLiteral("SELECT COUNT(*) FROM resident_search"));
        qInfo("generated 5000 houses, 12000 residents, %d vehicles, %lld search terms in %.1f s", vehicleCount,
              terms.scalar().value(), timer.elapsed() / 1000.0);

        Query plan(*m_db, QStringLiteral("EXPLAIN QUERY PLAN SELECT DISTINCT resident_id FROM resident_search WHERE "
                                         "(term >= :a AND term < :b) OR (term >= :c AND term < :d) "
                                         "OR (term >= :e AND term < :f) LIMIT 20"));
        for (const char *p : {":a", ":b", ":c", ":d", ":e", ":f"})
            plan.bind(QString::fromLatin1(p), QStringLiteral("z"));
        QVERIFY(plan.exec().ok());
        while (plan.next())
            qInfo("plan: %s", qPrintable(plan.value(3).toString()));
    }

    void keystroke_data()
    {
        QTest::addColumn<QString>("typed");
        const QStringList typed = {QStringLiteral("z"),      QStringLiteral("zh"),       QStringLiteral("zha"),
                                   QStringLiteral("zhang"),  QStringLiteral("zw"),       QStringLiteral("张"),
                                   QStringLiteral("张伟"),   QStringLiteral("1"),        QStringLiteral("13"),
                                   QStringLiteral("138"),    QStringLiteral("1380"),     QStringLiteral("13800"),
                                   QStringLiteral("3"),      QStringLiteral("3-"),       QStringLiteral("3-2"),
                                   QStringLiteral("3-2-1"),  QStringLiteral("3-2-12"),   QStringLiteral("3-2-1201"),
                                   QStringLiteral("粤"),     QStringLiteral("粤B"),      QStringLiteral("粤B1"),
                                   QStringLiteral("粤B10"),  QStringLiteral("nothing")};
        for (const QString &t : typed)
            QTest::newRow(t.toUtf8().constData()) << t;
    }

    void keystroke()
    {
        QFETCH(QString, typed);
        ResidentRepository residents(*m_db);
        qsizetype found = 0;
        QBENCHMARK {
            const auto hits = residents.search(m_clerk, typed, ResidentRepository::defaultSearchLimit);
            QVERIFY(hits.ok());
            found = hits->size();
        }
        QVERIFY(found <= ResidentRepository::defaultSearchLimit);
    }
};

QTEST_GUILESS_MAIN(BenchResidentSearch)
#include "bench_residentsearch.moc"
