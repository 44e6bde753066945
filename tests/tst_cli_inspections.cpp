// estatedesk-cli inspection templates / print-blank, and the printed checklist and run.
#include "clirun.h"
#include "inspectionsupport.h"
#include "testsupport.h"

#include "models/domain/translations.h"
#include "models/io/checklistprinter.h"

#include <QScopeGuard>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliInspections : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;

    static Run cli(const QStringList &arguments, bool withoutPlatform = false)
    {
        CliRun::Options options;
        if (withoutPlatform)
            options.environment = CliRun::withoutDisplay();
        return CliRun::cli(arguments, options);
    }

    // The text of a PDF as pdftotext extracts it; empty when pdftotext is not installed.
    static QString pdfText(const QString &pdf)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        const Run text = CliRun::run(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        // Table cells wrap: compare without the line breaks.
        return QString(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
    }

    static void checkPdf(const QString &path, const QStringList &phrases)
    {
        const QByteArray data = TestSupport::readFile(path);
        QVERIFY2(data.startsWith("%PDF"), qPrintable(path));
        QVERIFY(data.contains("/FontFile2")); // the font travels inside the file
        const QString text = pdfText(path);
        if (text.isEmpty()) {
            qInfo("pdftotext is not installed: the extracted text is not checked");
            return;
        }
        for (const QString &phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in:\n") + text.left(400)));
    }

private slots:
    void templatesAreListedOneLineEach()
    {
        QTemporaryDir dir;
        TestDatabase store(dir.path());
        const QString db = store.location(QStringLiteral("estate.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("inspection"), QStringLiteral("templates")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), QStringLiteral("cleaning\t1\t15\t保洁服务检查表"));
        QVERIFY(lines.contains(QStringLiteral("decoration\t1\t21\t装修现场检查表")));
        for (const QString &line : lines)
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 4);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("inspection"), QStringLiteral("templates"),
                      QStringLiteral("--bogus"), QStringLiteral("1")})
                     .exitCode,
                 2);
    }

    void theBlankChecklistIsAPdfWithChineseText()
    {
        QTemporaryDir dir;
        TestDatabase store(dir.path());
        const QString db = store.location(QStringLiteral("estate.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString pdf = dir.filePath(QStringLiteral("cleaning.pdf"));
        // No platform named: the command picks a display-less one itself.
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("inspection"), QStringLiteral("print-blank"),
                             QStringLiteral("cleaning"), QStringLiteral("--pdf"), pdf},
                            true);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        checkPdf(pdf, {QStringLiteral("保洁服务检查表"), QStringLiteral("地面"), QStringLiteral("目视地面50公分长"),
                       QStringLiteral("不合格"), QStringLiteral("不适用"), QStringLiteral("检查人")});

        const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("inspection"), QStringLiteral("print-blank"),
                                 QStringLiteral("nosuch"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nosuch")));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("inspection"), QStringLiteral("print-blank"),
                      QStringLiteral("cleaning")})
                     .exitCode,
                 2);
    }

    void aFinishedRunPrintsItsFindings()
    {
        InspectionFixture f;
        const qint64 low = f.markedRun(f.clerk, f.areaLeadAssignment, {}, {}, {3});
        f.runs->finish(f.clerk, low, f.runs->run(f.clerk, low).value().rowVersion);
        const qint64 run = f.markedRun(f.manager, f.projectHeadAssignment, QStringLiteral("cleaning"), {}, {3, 5});
        QVERIFY(f.runs->finish(f.manager, run, f.runs->run(f.manager, run).value().rowVersion));
        QVERIFY(f.runs->correct(f.manager, run, f.runs->run(f.manager, run).value().results.at(5).itemId,
                                Verdict::NotApplicable, {}, QStringLiteral("广场施工中")));
        const InspectionRun r = f.runs->run(f.manager, run).value();
        NcFilter filter;
        filter.runId = run;
        const QList<NonConformity> findings = f.findings->list(f.manager, filter).value();
        // The office prints in Chinese.
        Translations::install(QStringLiteral("zh_CN"));
        const auto restoreEnglish = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const QString html = ChecklistPrinter::runHtml(r, findings, QStringLiteral("阳光花园"), InspectionFixture::zone());
        QCOMPARE(html.count(QStringLiteral("☑")), 15); // every item marked once
        QVERIFY(html.contains(QStringLiteral("第3项不合格")));
        QVERIFY(html.contains(QStringLiteral("第5项不合格")));
        QVERIFY(html.contains(QStringLiteral("重复出现")));      // the repeat and who it went to
        QVERIFY(html.contains(QStringLiteral("王芳")));
        QVERIFY(html.contains(QStringLiteral("7 / 20")));        // coverage
        QVERIFY(html.contains(QStringLiteral("2026-03-02 08:00"))); // in the estate's time zone
        QVERIFY(html.contains(QStringLiteral("更正：第6项")));      // the correction, beside the unchanged record
        QVERIFY(html.contains(QStringLiteral("广场施工中")));
        const QString pdf = f.dir.filePath(QStringLiteral("run.pdf"));
        QVERIFY(ChecklistPrinter::writePdf(html, pdf, r.templateName));
        checkPdf(pdf, {QStringLiteral("第3项不合格"), QStringLiteral("整改")});

        const QString blank = ChecklistPrinter::blankHtml(
            f.templates->current(f.clerk, QStringLiteral("decoration")).value(), QStringLiteral("阳光花园"));
        QCOMPARE(blank.count(QStringLiteral("□")), 21 * 3);
        QVERIFY(!blank.contains(QStringLiteral("☑")));
        QVERIFY(blank.contains(QStringLiteral("装修完工验收")));
    }
};

QTEST_MAIN(TestCliInspections)
#include "tst_cli_inspections.moc"
