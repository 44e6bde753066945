// The monthly report on an imported repair ledger: every figure is recomputed here from the
// ledger rows themselves (plain wall-clock arithmetic on the limits of SPEC 3.2), not by the
// report class, and compared with what `estatedesk-cli report monthly --json` says.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

namespace {
const QTimeZone kZone(QByteArrayLiteral("Asia/Shanghai"));

struct Row
{
    QDateTime registered;
    QString className; // 急修 (10 min / 4 h) or 简易维修 (20 min / 4 h)
    int arrivalLimitMinutes = 10;
    std::optional<QDateTime> arrived;
    std::optional<QDateTime> completed;
    std::optional<QDateTime> calledBack;
    QString attitude; // 满意 / 一般 / 不满意
};

QString local(const QDateTime &t)
{
    return t.toTimeZone(kZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Thirty-one days of repairs around September 2026: from the evening of 31 August to the small
// hours of 1 October, every 7 h 13 min, with arrivals, completions and callbacks that are on
// time, late, missing, or after the as-of instant.
QList<Row> ledgerRows()
{
    QList<Row> rows;
    QDateTime at(QDate(2026, 8, 31), QTime(20, 0), kZone);
    const QDateTime end(QDate(2026, 10, 1), QTime(3, 0), kZone);
    const int arrivalMinutes[] = {5, 15, 25, 9, 0};
    const char *const attitudes[] = {"满意", "一般", "不满意"};
    for (int i = 0; at < end; ++i, at = at.addSecs(7 * 3600 + 13 * 60)) {
        Row r;
        r.registered = at;
        const bool emergency = i % 2 == 0;
        r.className = emergency ? QStringLiteral("急修") : QStringLiteral("简易维修");
        r.arrivalLimitMinutes = emergency ? 10 : 20;
        const int arrival = arrivalMinutes[i % 5];
        if (arrival > 0)
            r.arrived = at.addSecs(arrival * 60);
        if (r.arrived && i % 3 != 0)
            r.completed = at.addSecs((i % 3 == 1 ? 3 : 5) * 3600); // 4 h limit: on time, late
        if (r.completed && i % 2 == 1) {
            r.calledBack = r.completed->addSecs(40 * 60);
            r.attitude = QString::fromUtf8(attitudes[i % 3]);
        }
        rows << r;
    }
    return rows;
}

bool inSeptember(const QDateTime &t)
{
    const QDate d = t.toTimeZone(kZone).date();
    return d.year() == 2026 && d.month() == 9;
}

// SPEC 6.1: on time = done by the deadline; late = done after it, or not done and the deadline
// passed before A; not yet due = left out. A step after A is not done yet.
void tally(const std::optional<QDateTime> &done, const QDateTime &deadline, const QDateTime &asOf, int *onTime,
           int *late)
{
    if (done && *done <= asOf) {
        (*done <= deadline ? *onTime : *late) += 1;
    } else if (deadline < asOf) {
        *late += 1;
    }
}
} // namespace

class TestReportLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray run(const QStringList &args, int *code)
    {
        QProcess p;
        p.start(QStringLiteral(ESTATEDESK_CLI_PATH), args);
        p.waitForFinished(120000);
        *code = p.exitCode();
        if (*code != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

private slots:
    void figuresEqualARecomputationFromTheLedger()
    {
        const QList<Row> rows = ledgerRows();
        const QString db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        const QString ledger = m_dir.filePath(QStringLiteral("repairs.csv"));
        QFile file(ledger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString csv = QStringLiteral("登记时间,房号,报修人,电话,类别,内容,派工时间,维修人,到场时间,完工时间,收费,回访时间,"
                                     "是否解决,服务态度,评分,备注\n");
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            csv += QStringLiteral("%1,1-1-%2,住户%3,,%4,漏水,%5,李师傅,%6,%7,,%8,%9,%10,%11,\n")
                       .arg(local(r.registered))
                       .arg(101 + i)
                       .arg(i)
                       .arg(r.className, local(r.registered.addSecs(60)), r.arrived ? local(*r.arrived) : QString(),
                            r.completed ? local(*r.completed) : QString(),
                            r.calledBack ? local(*r.calledBack) : QString(),
                            r.calledBack ? QStringLiteral("是") : QString(), r.attitude,
                            r.calledBack ? QStringLiteral("8") : QString());
        }
        file.write(csv.toUtf8());
        file.close();

        int code = 0;
        const QString imported = QString::fromUtf8(
            run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("repairs"), ledger}, &code));
        QCOMPARE(code, 0);
        QVERIFY2(imported.startsWith(QStringLiteral("imported %1, rejected 0").arg(rows.size())), qPrintable(imported));

        // As of 22:00 on 30 September: the last evening's deadlines are not all reached yet.
        const QDateTime asOf(QDate(2026, 9, 30), QTime(22, 0), kZone);
        const QByteArray json = run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                                     QStringLiteral("--month"), QStringLiteral("2026-09"), QStringLiteral("--as-of"),
                                     asOf.toString(Qt::ISODate)},
                                    &code);
        QCOMPARE(code, 0);
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        QVERIFY2(!report.isEmpty(), json.constData());
        const QJsonObject repairs = report.value(QLatin1String("repairs")).toObject();

        int received = 0, completed = 0, arrivalOnTime = 0, arrivalLate = 0, completionOnTime = 0,
            completionLate = 0, completedWithCallback = 0, answers = 0;
        double satisfactionPoints = 0;
        for (const Row &r : rows) {
            if (inSeptember(r.registered) && r.registered <= asOf) {
                ++received;
                tally(r.arrived, r.registered.addSecs(r.arrivalLimitMinutes * 60), asOf, &arrivalOnTime, &arrivalLate);
                tally(r.completed, r.registered.addSecs(4 * 3600), asOf, &completionOnTime, &completionLate);
            }
            if (r.completed && inSeptember(*r.completed) && *r.completed <= asOf) {
                ++completed;
                if (r.calledBack && *r.calledBack <= asOf)
                    ++completedWithCallback;
            }
            if (r.calledBack && inSeptember(*r.calledBack) && *r.calledBack <= asOf) {
                ++answers;
                satisfactionPoints += r.attitude == QStringLiteral("满意") ? 1.0 : r.attitude == QStringLiteral("一般") ? 0.6 : 0.0;
            }
        }
        // The data really covers every case the definitions distinguish.
        QVERIFY(arrivalLate > 0 && arrivalOnTime > 0 && completionLate > 0 && completedWithCallback < completed);

        QCOMPARE(repairs.value(QLatin1String("received")).toInt(), received);
        QCOMPARE(repairs.value(QLatin1String("completed")).toInt(), completed);
        QCOMPARE(repairs.value(QLatin1String("arrival_on_time_rate")).toDouble(),
                 double(arrivalOnTime) / (arrivalOnTime + arrivalLate));
        QCOMPARE(repairs.value(QLatin1String("completion_on_time_rate")).toDouble(),
                 double(completionOnTime) / (completionOnTime + completionLate));
        const QJsonObject callbackRates =
            report.value(QLatin1String("callbacks")).toObject().value(QLatin1String("rate")).toObject();
        QCOMPARE(callbackRates.value(QLatin1String("repairs")).toDouble(), double(completedWithCallback) / completed);
        QVERIFY(callbackRates.value(QLatin1String("complaints")).isNull()); // nothing to measure: null, not 0
        const QJsonObject satisfaction = report.value(QLatin1String("satisfaction")).toObject();
        QCOMPARE(satisfaction.value(QLatin1String("answers")).toInt(), answers);
        QVERIFY(qAbs(satisfaction.value(QLatin1String("rate")).toDouble() - satisfactionPoints / answers) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestReportLedger)
#include "tst_report_ledger.moc"
