// Search as you type on the large estate's 12,000 residents (SPEC 12): every keystroke of a
// name in pinyin, a phone number, a house and a plate, against the same two statements through
// libsqlite3 (the matching residents, then their names, phones and houses in one statement).
#include "benchsessions.h"
#include "benchsupport.h"

#include "models/repositories/residentrepository.h"

#include <QTest>

class BenchResidentSearch : public QObject
{
    Q_OBJECT

    SystemClock m_clock;

private slots:
    void keystrokes()
    {
        Database db(m_clock);
        QVERIFY(db.openSqlite(Bench::largeEstate()).ok());
        Bench::Raw raw(db.location());
        ResidentRepository residents(db);
        const Session clerk = benchSession(db, "lixm");
        QString mobile;
        QString plate;
        {
            Query q(db, QStringLiteral("SELECT r.mobile, v.plate FROM vehicles v JOIN residents r ON r.id = v.resident_id "
                                       "ORDER BY v.id LIMIT 1 OFFSET 2000"));
            QVERIFY(q.exec() && q.next());
            mobile = q.value(0).toString();
            plate = q.value(1).toString();
        }
        double programTotal = 0;
        double rawTotal = 0;
        int strokes = 0;
        for (const QString &word : {QStringLiteral("wangwei"), mobile.left(7), QStringLiteral("120-2-3"), plate}) {
            for (int n = 1; n <= word.size(); ++n) {
                const QString typed = word.left(n);
                const double program = Bench::medianMs([&] { QVERIFY(residents.search(clerk, typed)); });
                const BoundSql first = ResidentRepository::searchSql(typed);
                const double bare = Bench::medianMs([&] {
                    const QList<qint64> ids = raw.ids(first);
                    for (qsizetype at = 0; at < ids.size(); at += ResidentRepository::searchDetailBatch)
                        raw.run(ResidentRepository::searchDetailSql(ids.mid(at, ResidentRepository::searchDetailBatch)));
                });
                programTotal += program;
                rawTotal += bare;
                ++strokes;
            }
        }
        Bench::ratio("search_keystroke", programTotal / strokes, rawTotal / strokes);
    }
};

QTEST_GUILESS_MAIN(BenchResidentSearch)
#include "bench_residentsearch.moc"
