// estatedesk-cli's fee documents (SPEC 10.1) as a script runs them: `fees notices` and
// `fees statement` on the small estate of feedocstestsupport.h (billed in the test, then closed),
// the PDFs read back with pdftotext, pdfinfo and pdffonts, the JSON against the figures worked
// by hand, and one-line refusals of what is wrong.

#include "feedocstestsupport.h"

#include "models/repositories/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRun::cli;
using CliRun::describe;
using namespace FeeDocsTest;

class TstCliFeeDocs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun::Run ok(const QStringList &args)
    {
        const CliRun::Run run = cli(db(args));
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(describe(run)));
        return run;
    }

    // A refusal: the exit code and one line on stderr that names the problem.
    void refused(const QStringList &args, int code, const QString &phrase)
    {
        const CliRun::Run run = cli(db(args));
        QVERIFY2(run.exitCode == code, qPrintable(describe(run)));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(phrase), qPrintable(run.err));
        QVERIFY(!run.crashed);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        BilledEstate e;
        QVERIFY(e.bill());
        QVERIFY(SettingsRepository(*e.db).setEstateName(Session::commandLine(), u("翠湖花园")));
        QVERIFY(SettingsRepository(*e.db).setValue(Session::commandLine(), QStringLiteral("fees.office_contact"),
                                                   u("物业服务中心 电话 0755-12345678")));
        m_db = m_dir.filePath(QStringLiteral("estate.db"));
        e.db.reset();
        QVERIFY(QFile::copy(e.dir.filePath(QStringLiteral("estate.db")), m_db));
    }

    void collectionNoticesOfBuildingOne()
    {
        const QString pdf = path(QStringLiteral("notices-1.pdf"));
        const auto run = ok({QStringLiteral("fees"), QStringLiteral("notices"), QStringLiteral("--kind"),
                             QStringLiteral("collection"), QStringLiteral("--month"), QStringLiteral("2026-07"),
                             QStringLiteral("--building"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("wrote %1: 3 notices, 2 pages").arg(pdf));
        if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty())
            QSKIP("poppler-utils is not installed");
        QCOMPARE(pdfPageCount(pdf), 2);
        const QString text = pdfText(pdf);
        for (const QString &phrase : {u("1-1-101"), u("1-1-102"), u("1-1-201"), u("200.58"), u("146.00"), u("174.21"),
                                      u("贰佰元伍角捌分"), u("壹佰肆拾陆元整"), u("0755-12345678"), u("翠湖花园")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in ") + text));
        QVERIFY(!text.contains(u("S-101")));
        QString fonts;
        QVERIFY2(fontsEmbedded(pdf, &fonts), qPrintable(fonts));
    }

    void everyBuildingStartsOnANewPage()
    {
        const QString pdf = path(QStringLiteral("reminders.pdf"));
        const auto run = ok({QStringLiteral("fees"), QStringLiteral("notices"), QStringLiteral("--kind"),
                             QStringLiteral("reminder"), QStringLiteral("--month"), QStringLiteral("2026-08"),
                             QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 0);
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.at(0).contains(u("1-1-101")) && pages.at(0).contains(u("1-1-102")));
        QVERIFY(pages.at(1).contains(u("1-1-201")) && !pages.at(1).contains(u("S-101")));
        QVERIFY(pages.at(2).contains(u("S-101")) && pages.at(2).contains(u("贰佰贰拾贰元整")));
    }

    void statementAsPdfAndJson()
    {
        const QString pdf = path(QStringLiteral("statement.pdf"));
        const QString json = path(QStringLiteral("statement.json"));
        const auto run = ok({QStringLiteral("fees"), QStringLiteral("statement"), QStringLiteral("--half"),
                             QStringLiteral("2026H2"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(u("half")).toString(), u("2026H2"));
        QCOMPARE(o.value(u("income_fen")).toInteger(), 39058);
        const QJsonArray income = o.value(u("income")).toArray();
        QCOMPARE(income.size(), 2);
        QCOMPARE(income.at(1).toObject().value(u("item")).toString(), u("PF"));
        QCOMPARE(income.at(1).toObject().value(u("fen")).toInteger(), 33058);
        QCOMPARE(o.value(u("spending")).toObject().value(u("labour")).toInteger(), 20000);
        QCOMPARE(o.value(u("spending")).toObject().value(u("cleaning")).toInteger(), 5000);
        QCOMPARE(o.value(u("spending_fen")).toInteger(), 25000);
        QCOMPARE(o.value(u("balance_fen")).toInteger(), 14058);
        const QJsonObject fund = o.value(u("repair_fund")).toObject();
        QCOMPARE(fund.value(u("income_fen")).toInteger(), 1000);
        QCOMPARE(fund.value(u("spending_fen")).toInteger(), 300);
        QCOMPARE(fund.value(u("closing_fen")).toInteger(), 700);
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = pdfText(pdf);
        for (const QString &phrase : {u("390.58"), u("250.00"), u("140.58"), u("7.00")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase));
    }

    void wrongInputIsRefusedOnOneLine()
    {
        const QString pdf = path(QStringLiteral("never.pdf"));
        const QStringList notices{QStringLiteral("fees"), QStringLiteral("notices"), QStringLiteral("--pdf"), pdf};
        refused(notices + QStringList{QStringLiteral("--kind"), QStringLiteral("collection"), QStringLiteral("--month"),
                                      QStringLiteral("2026-07"), QStringLiteral("--building"), QStringLiteral("9")},
                1, QStringLiteral("--building: there is no building \"9\" (the estate has: 1, S)"));
        refused(notices + QStringList{QStringLiteral("--kind"), QStringLiteral("bills"), QStringLiteral("--month"),
                                      QStringLiteral("2026-07")},
                2, QStringLiteral("--kind"));
        refused(notices + QStringList{QStringLiteral("--kind"), QStringLiteral("reminder"), QStringLiteral("--month"),
                                      QStringLiteral("2026-13")},
                2, QStringLiteral("--month"));
        refused(notices + QStringList{QStringLiteral("--kind"), QStringLiteral("collection"), QStringLiteral("--month"),
                                      QStringLiteral("2026-03")},
                1, QStringLiteral("nothing to print"));
        QVERIFY(!QFile::exists(pdf));
        // --pdf is required.
        refused({QStringLiteral("fees"), QStringLiteral("notices"), QStringLiteral("--kind"), QStringLiteral("collection"),
                 QStringLiteral("--month"), QStringLiteral("2026-07")},
                2, QStringLiteral("usage"));

        const QStringList statement{QStringLiteral("fees"), QStringLiteral("statement"), QStringLiteral("--pdf"), pdf};
        for (const QString &bad : {u("2026H3"), u("2026"), u("26H2"), u("2026h2x"), u("二〇二六H2")})
            refused(statement + QStringList{QStringLiteral("--half"), bad}, 2, QStringLiteral("--half"));
        refused({QStringLiteral("fees"), QStringLiteral("statement"), QStringLiteral("--half"), QStringLiteral("2026H2")}, 2,
                QStringLiteral("usage"));
        // A JSON file in a folder that is not there: a clear error, no crash.
        refused(statement + QStringList{QStringLiteral("--half"), QStringLiteral("2026H2"), QStringLiteral("--json"),
                                        path(QStringLiteral("no/such/folder/s.json"))},
                1, QStringLiteral("s.json"));
        // An option the command does not take.
        const auto unknown = cli(db(statement + QStringList{QStringLiteral("--half"), QStringLiteral("2026H2"),
                                                            QStringLiteral("--csv"), path(QStringLiteral("x.csv"))}));
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_MAIN(TstCliFeeDocs)
#include "tst_cli_feedocs.moc"
