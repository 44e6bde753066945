// The desk's screens on the large estate against an empty one (SPEC 12): the main window's
// start, every page's first opening, the memory with every page open, the monthly and the
// yearly report, and the roster and ledger imports per 1,000 rows. SCALE lines only: these
// costs should not grow with the years of history.
#include "benchsessions.h"
#include "benchsupport.h"

#include "app/mainwindow.h"
#include "models/io/ledgerimporter.h"
#include "models/io/rosterimport.h"
#include "models/repositories/requestrepository.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/reportdocument.h"
#include "models/repositories/demonames.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Resident memory of this process in kB (Linux only; 0 elsewhere).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QString rosterFile(const QString &path, int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text = QStringLiteral("楼栋,单元,房号,姓名,身份,性别,证件类型,证件号码,手机,入住日期,车牌,备注\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("%1,1,%2,%3,业主,男,居民身份证,%4,%5,2024-03-01,,\n")
                    .arg(800 + i / 24)
                    .arg(101 + i % 24)
                    .arg(DemoNames::personName(random), DemoNames::residentId(random), DemoNames::mobile(random));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
    return path;
}

QString ledgerFile(const QString &path, int rows)
{
    QString text = QStringLiteral("登记时间,房号,报修人,电话,类别,内容,派工时间,维修人,到场时间,完工时间,收费,回访时间,"
                                  "是否解决,服务态度,评分,备注\n");
    for (int i = 0; i < rows; ++i) {
        const QString day = QStringLiteral("2023-%1-%2").arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        text += QStringLiteral("%1 09:00,%2-1-101,张先生,13800138000,一般维修,卫生间墙面渗水,%1 09:10,孙伟,%1 09:40,"
                               "%1 11:00,0,%1 16:00,是,满意,9,\n")
                    .arg(day)
                    .arg(1 + i % 200);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
    return path;
}
} // namespace

class BenchPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    QString m_large;
    QString m_largeCopy;
    QString m_empty;

    // Runs this program again on one estate to measure its memory with every page open.
    qint64 rssInChild(const QString &path)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ESTATEDESK_BENCH_RSS_OF"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("rssOfAllPages")});
        child.waitForFinished(600000);
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("RSS_KB "))
                return line.mid(7).trimmed().toLongLong();
        }
        qWarning("child: %s", child.readAllStandardError().constData());
        return 0;
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("ESTATEDESK_BENCH_RSS_OF"))
            return;
        m_large = Bench::largeEstate();
        m_largeCopy = m_dir.filePath(QStringLiteral("large-copy.sqlite"));
        QVERIFY(QFile::copy(m_large, m_largeCopy)); // no connection open: the WAL is checkpointed
        m_empty = Bench::emptyEstate(m_dir);
    }

    // In the child process only: every page opened once, then the resident memory.
    void rssOfAllPages()
    {
        const QString path = qEnvironmentVariable("ESTATEDESK_BENCH_RSS_OF");
        if (path.isEmpty())
            QSKIP("run by pagesAndReports in a child process");
        Database db(m_clock);
        QVERIFY(db.openSqlite(path).ok());
        MainWindow w(db, benchSession(db, "wangjl"));
        w.resize(1280, 800);
        w.show();
        settle();
        for (const QString &page : w.pageNames()) {
            w.showPage(page);
            settle();
        }
        std::printf("RSS_KB %lld\n", residentKb());
        std::fflush(stdout);
    }

    void pagesAndReports()
    {
        if (!qEnvironmentVariableIsEmpty("ESTATEDESK_BENCH_RSS_OF"))
            QSKIP("the child measures memory only");
        Database large(m_clock);
        QVERIFY(large.openSqlite(m_large).ok());
        Database empty(m_clock);
        QVERIFY(empty.openSqlite(m_empty).ok());
        const Session largeManager = benchSession(large, "wangjl");
        const Session emptyManager = benchSession(empty, "wangjl");

        auto start = [&](Database &db, const Session &who) {
            return Bench::medianMs([&] {
                MainWindow w(db, who);
                w.resize(1280, 800);
                w.show();
                settle();
            });
        };
        Bench::scale("main_window_start", start(large, largeManager), start(empty, emptyManager));

        QStringList pages;
        {
            MainWindow w(large, largeManager);
            pages = w.pageNames();
        }
        // The first opening of each page, in a window just started (the first page of the
        // sidebar is open already).
        auto open = [&](Database &db, const Session &who, const QString &page) {
            std::vector<double> times;
            for (int i = 0; i < Bench::repetitions(); ++i) {
                MainWindow w(db, who);
                w.resize(1280, 800);
                w.show();
                settle();
                if (page == pages.first())
                    w.showPage(pages.last()); // open it from another page
                settle();
                QElapsedTimer timer;
                timer.start();
                w.showPage(page);
                settle();
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(times.begin(), times.end());
            return times.at(times.size() / 2);
        };
        for (const QString &page : std::as_const(pages)) {
            const QByteArray name = "page_open_" + page.toLatin1();
            Bench::scale(name.constData(), open(large, largeManager, page), open(empty, emptyManager, page));
        }

        // Reports: the last full month, and the last full year.
        const QDate lastMonth = m_clock.now().date().addMonths(-1);
        auto monthly = [&](Database &db) {
            return Bench::medianMs([&] { QVERIFY(MonthlyReport(db).compute(lastMonth.year(), lastMonth.month())); });
        };
        Bench::scale("report_monthly", monthly(large), monthly(empty));
        const int lastYear = m_clock.now().date().year() - 1;
        auto yearly = [&](Database &db, const Session &who) {
            return Bench::medianMs([&] { QVERIFY(ReportDocumentBuilder(db).year(who, lastYear)); }, 3);
        };
        Bench::scale("report_yearly", yearly(large, largeManager), yearly(empty, emptyManager));

        // Imports of 1,000 rows (each repetition its own new residents and requests), into a
        // copy of the large estate so that the cached one stays as generated.
        Database largeCopy(m_clock);
        QVERIFY(largeCopy.openSqlite(m_largeCopy).ok());
        int batch = 0;
        auto roster = [&](Database &db, const Session &who) {
            return Bench::medianMs([&] {
                ++batch;
                const QString file = rosterFile(m_dir.filePath(QStringLiteral("roster%1.csv").arg(batch)), 1000,
                                                quint32(batch));
                const auto result = RosterImport(db).importFile(who, file);
                QVERIFY2(result, result ? "" : qPrintable(result.error()));
            }, 3);
        };
        Bench::scale("import_roster_1000", roster(largeCopy, largeManager), roster(empty, emptyManager));
        auto ledger = [&](Database &db, const Session &who) {
            return Bench::medianMs([&] {
                ++batch;
                const QString file = ledgerFile(m_dir.filePath(QStringLiteral("ledger%1.csv").arg(batch)), 1000);
                RequestRepository requests(db);
                const auto result = LedgerImporter(db, requests).importFile(who, RequestKind::Repair, file);
                QVERIFY2(result, result ? "" : qPrintable(result.error()));
            }, 3);
        };
        Bench::scale("import_ledger_1000", ledger(largeCopy, largeManager), ledger(empty, emptyManager));

        Bench::scale("rss_all_pages", double(rssInChild(m_large)), double(rssInChild(m_empty)));
    }
};

QTEST_MAIN(BenchPages)
#include "bench_pages.moc"
