// estatedesk-cli report monthly|yearly (SPEC 10): JSON, PDF with embedded Chinese fonts, XLSX.
#include "clirun.h"
#include "reporttestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

class TestCliReport : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;
    static Run run(const QString &program, const QStringList &args) { return CliRun::run(program, args); }
    static Run cli(const QStringList &args) { return CliRun::cli(args); }

    static QJsonValue value(const QJsonObject &root, const QString &dotted) { return jsonAt(root, dotted); }

private slots:
    void monthlyJsonPdfXlsx()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const QString db = fx.store.location(QStringLiteral("desk.sqlite"));
        const QString json = fx.dir.filePath(QStringLiteral("sep.json"));
        const QString pdf = fx.dir.filePath(QStringLiteral("sep.pdf"));
        const QString xlsx = fx.dir.filePath(QStringLiteral("sep.xlsx"));
        // The CLI's clock is the real one: give the as-of instant explicitly.
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                     QStringLiteral("2026-09"), QStringLiteral("--as-of"), QStringLiteral("2026-10-01T00:00:00+08:00"),
                     QStringLiteral("--json"), json, QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("month")).toString(), QStringLiteral("2026-09"));
        QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-10-01T00:00:00+08:00"));
        QCOMPARE(root.value(QStringLiteral("estate")).toString(), QStringLiteral("阳光花园"));
        QCOMPARE(value(root, QStringLiteral("repairs.received")).toInt(), 5);
        QCOMPARE(value(root, QStringLiteral("repairs.completion_on_time_rate")).toDouble(), 0.25);
        QVERIFY(qAbs(value(root, QStringLiteral("satisfaction.rate")).toDouble() - 5.2 / 7.0) < 1e-12);
        QVERIFY(value(root, QStringLiteral("enquiries.on_time_rate")).isNull());
        QCOMPARE(value(root, QStringLiteral("complaints.received.neighbour")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("overdue")).toArray().size(), 8);

        const QByteArray pdfData = TestSupport::readFile(pdf);
        QVERIFY(pdfData.startsWith("%PDF"));
        QVERIFY(TestSupport::readFile(xlsx).startsWith("PK"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        r = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("阳光花园")), qPrintable(r.out.left(400)));
        QVERIFY(r.out.contains(QStringLiteral("R2026-000004")));
        QVERIFY(r.out.contains(QStringLiteral("王芳"))); // the responsible clerk of the overdue list
        const Run fonts = run(QStandardPaths::findExecutable(QStringLiteral("pdffonts")), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        // Every font line says "yes" in the emb column: the Chinese renders without the font installed.
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.section(QLatin1Char(' '), 0, -1, QString::SectionSkipEmpty).contains(QStringLiteral(" yes ")), qPrintable(line));
        QVERIFY(fonts.out.contains(QStringLiteral("WenQuanYi"), Qt::CaseInsensitive));
    }

    void jsonToStandardOutputAndYearly()
    {
        ReportFixture fx;
        fx.buildSeptember();
        const QString db = fx.store.location(QStringLiteral("desk.sqlite"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                     QStringLiteral("2026-09"), QStringLiteral("--as-of"), QStringLiteral("2026-09-15T09:25")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject mid = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(mid.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-09-15T09:25:00+08:00"));
        QCOMPARE(value(mid, QStringLiteral("repairs.received")).toInt(), 3);

        const QString pdf = fx.dir.filePath(QStringLiteral("year.pdf"));
        const QString json = fx.dir.filePath(QStringLiteral("year.json"));
        const QString xlsx = fx.dir.filePath(QStringLiteral("year.xlsx"));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("--json"), json, QStringLiteral("--pdf"), pdf,
                 QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject year = QJsonDocument::fromJson(TestSupport::readFile(json)).object();
        const QJsonArray months = year.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.at(8).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2026-09"));
        QCOMPARE(value(months.at(8).toObject(), QStringLiteral("repairs.received")).toInt(), 5);
        QCOMPARE(value(months.at(7).toObject(), QStringLiteral("repairs.received")).toInt(), 1);
        QVERIFY(TestSupport::readFile(pdf).startsWith("%PDF"));
        QVERIFY(TestSupport::readFile(xlsx).startsWith("PK"));
    }

    void usageErrors()
    {
        ReportFixture fx;
        const QString db = fx.store.location(QStringLiteral("desk.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                      QStringLiteral("--month"), QStringLiteral("2026-13")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                      QStringLiteral("--month"), QStringLiteral("2026-09"), QStringLiteral("--as-of"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("yearly"),
                      QStringLiteral("--year"), QStringLiteral("26")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                      QStringLiteral("--month"), QStringLiteral("2026-09"), QStringLiteral("--pfd"), QStringLiteral("x")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
