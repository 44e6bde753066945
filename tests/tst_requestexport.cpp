// SPEC 9.3: the monthly request export, column by column.
#include "servicedesksupport.h"

#include "models/io/requestexporter.h"

#include <QFile>
#include <QTest>

class TestRequestExport : public QObject
{
    Q_OBJECT

private slots:
    void februaryExport()
    {
        ServiceDeskFixture f(ServiceDeskFixture::local(2026, 1, 31, 23, 59));
        RequestRepository &repo = *f.requests;
        NewRequest january = ServiceDeskFixture::waterLeak();
        january.classKey = QStringLiteral("simple");
        QVERIFY(repo.registerRequest(f.clerk, january)); // R2026-000001, not in February

        // A: the water leak, arrived late, completed in time, called back, closed.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 11, 21, 50));
        const qint64 a = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        DispatchInput d;
        d.receiverUserId = f.technician.userId;
        QVERIFY(repo.dispatch(f.clerk, a, f.version(a), d));
        // Recorded at 22:30 when the technician phoned in: arrived at 22:05.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 11, 22, 30));
        QVERIFY(repo.arrive(f.technician, a, f.version(a), ServiceDeskFixture::local(2026, 2, 11, 22, 5)));
        f.clock.set(ServiceDeskFixture::local(2026, 2, 11, 23, 20));
        CompletionInput done;
        done.feeFen = 3550;
        done.paid = true;
        QVERIFY(repo.complete(f.technician, a, f.version(a), done));
        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 9, 0));
        CallbackInput cb;
        cb.score = 9;
        QVERIFY(repo.recordCallback(f.clerk2, a, f.version(a), cb));
        QVERIFY(repo.returnSlip(f.clerk, a, f.version(a)));
        QVERIFY(repo.confirmSignature(f.clerk, a, f.version(a)));
        QVERIFY(repo.close(f.clerk, a, f.version(a)));
        // A voided request is not exported.
        const qint64 v = repo.registerRequest(f.clerk, ServiceDeskFixture::waterLeak())->id;
        QVERIFY(repo.voidRequest(f.clerk, v, f.version(v), QStringLiteral("重复")));

        // B: a neighbour complaint (arrival only) nobody went to.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 12, 10, 0));
        NewRequest neighbour;
        neighbour.kind = RequestKind::Complaint;
        neighbour.classKey = QStringLiteral("neighbour");
        neighbour.reporterName = QStringLiteral("李四");
        neighbour.publicLocation = QStringLiteral("5号楼, 3单元");
        neighbour.description = QStringLiteral("装修噪音");
        QVERIFY(repo.registerRequest(f.clerk, neighbour));

        // C: a major attitude complaint (handled only), still within its 4 hours at the export.
        f.clock.set(ServiceDeskFixture::local(2026, 2, 28, 22, 0));
        NewRequest attitude;
        attitude.kind = RequestKind::Complaint;
        attitude.classKey = QStringLiteral("attitude_ordinary");
        attitude.reporterName = QStringLiteral("赵六");
        attitude.houseNumber = QStringLiteral("1-1-101");
        attitude.description = QStringLiteral("客服态度");
        attitude.major = true;
        QVERIFY(repo.registerRequest(f.clerk, attitude));

        f.clock.set(ServiceDeskFixture::local(2026, 2, 28, 23, 0));
        RequestExporter exporter(*f.db);
        QVERIFY(!exporter.rows(f.clerk, 2026, 2, f.clock.now())); // personal data: managers only
        const auto rows = exporter.rows(f.manager, 2026, 2, f.clock.now());
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(RequestExporter::columns().join(QLatin1Char(',')),
                 QStringLiteral("kind,number,registered_at,class,house,reporter,major,arrival_deadline,arrived_at,"
                                "arrival_on_time,completion_deadline,completed_at,completion_on_time,state,callback_at,"
                                "solved,satisfaction,score,fee"));
        QCOMPARE(rows->size(), 3);
        const QStringList expectedA = {
            QStringLiteral("repair"), QStringLiteral("R2026-000002"), QStringLiteral("2026-02-11T21:50:00+08:00"),
            QStringLiteral("emergency"), QStringLiteral("3-2-1201"), QStringLiteral("张三"), QStringLiteral("no"),
            QStringLiteral("2026-02-11T22:00:00+08:00"), QStringLiteral("2026-02-11T22:05:00+08:00"),
            QStringLiteral("no"), QStringLiteral("2026-02-12T01:50:00+08:00"), QStringLiteral("2026-02-11T23:20:00+08:00"),
            QStringLiteral("yes"), QStringLiteral("closed"), QStringLiteral("2026-02-12T09:00:00+08:00"),
            QStringLiteral("yes"), QStringLiteral("satisfied"), QStringLiteral("9"), QStringLiteral("35.50")};
        QCOMPARE(rows->at(0), expectedA);
        const QStringList expectedB = {
            QStringLiteral("complaint"), QStringLiteral("C2026-000001"), QStringLiteral("2026-02-12T10:00:00+08:00"),
            QStringLiteral("neighbour"), QStringLiteral("5号楼, 3单元"), QStringLiteral("李四"), QStringLiteral("no"),
            QStringLiteral("2026-02-12T10:15:00+08:00"), QString(), QStringLiteral("no"), QString(), QString(), QString(),
            QStringLiteral("registered"), QString(), QString(), QString(), QString(), QString()};
        QCOMPARE(rows->at(1), expectedB);
        const QStringList expectedC = {
            QStringLiteral("complaint"), QStringLiteral("C2026-000002"), QStringLiteral("2026-02-28T22:00:00+08:00"),
            QStringLiteral("attitude_ordinary"), QStringLiteral("1-1-101"), QStringLiteral("赵六"), QStringLiteral("yes"),
            QString(), QString(), QString(), QStringLiteral("2026-03-01T02:00:00+08:00"), QString(),
            QStringLiteral("pending"), QStringLiteral("registered"), QString(), QString(), QString(), QString(), QString()};
        QCOMPARE(rows->at(2), expectedC);

        // The file: UTF-8 with BOM, CRLF, quoted where a field holds a comma.
        const QString path = f.dir.filePath(QStringLiteral("2026-02.csv"));
        QCOMPARE(exporter.writeCsv(f.manager, 2026, 2, path).value(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF" "kind,number,registered_at,"));
        const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(2).contains(QStringLiteral(",\"5号楼, 3单元\",李四,")));
        QCOMPARE(RequestExporter::yuan(5), QStringLiteral("0.05"));
        QCOMPARE(RequestExporter::yuan(120000), QStringLiteral("1200.00"));
    }
};

QTEST_GUILESS_MAIN(TestRequestExport)
#include "tst_requestexport.moc"
