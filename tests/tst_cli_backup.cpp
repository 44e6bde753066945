// estatedesk-cli backup / verify / restore (SPEC 7, 10), run as a real process.

#include "clirun.h"
#include "testsupport.h"
#include "models/database/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRun::cli;
using CliRun::describe;
using CliRun::Run;

// Another tool's connection, that goes round the program.
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

QString estateName(const QString &path)
{
    QString name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'estate.name'")) && q.next())
                name = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return name;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupVerifyRestore();
    void verifyFindsTamperingAndDroppedTriggers();
    void restoreRefusesADamagedFile();
    void usage();
};

void TestCliBackup::backupVerifyRestore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("estate.sqlite"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estate"), QStringLiteral("Sunny Garden")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    // Into the default folder beside the database, and into one given.
    run = cli({QStringLiteral("--db"), db, QStringLiteral("backup")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString first = QDir::fromNativeSeparators(run.out.trimmed());
    QCOMPARE(QFileInfo(first).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
    QVERIFY(QFileInfo(first).fileName().startsWith(QLatin1String("estate-")));
    QVERIFY(QFileInfo::exists(first));
    const QString elsewhere = dir.filePath(QStringLiteral("usb stick"));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--to"), elsewhere});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString second = QDir::fromNativeSeparators(run.out.trimmed());
    QCOMPARE(QFileInfo(second).absolutePath(), elsewhere);
    QVERIFY(QFileInfo::exists(second));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.startsWith(QLatin1String("ok: integrity, schema version ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("append-only triggers on %1 tables")
                                  .arg(Database::appendOnlyTables(Database::latestSchemaVersion()).size())),
             qPrintable(run.out));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estate"), QStringLiteral("Changed")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(estateName(db), QStringLiteral("Changed"));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), first});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.startsWith(QLatin1String("restored ")));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // no stale -wal beside the restored file
    const QString marker = QStringLiteral("the replaced database is kept as ");
    const int at = int(run.out.indexOf(marker));
    QVERIFY2(at > 0, qPrintable(run.out));
    const QString aside = QDir::fromNativeSeparators(run.out.mid(at + marker.size()).trimmed());
    QVERIFY(QFileInfo(aside).fileName().startsWith(QLatin1String("estate.before-restore-")));
    QCOMPARE(estateName(db), QStringLiteral("Sunny Garden"));
    QCOMPARE(estateName(aside), QStringLiteral("Changed"));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
}

void TestCliBackup::verifyFindsTamperingAndDroppedTriggers()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("estate.sqlite"));
    for (const char *name : {"One", "Two", "Three"}) {
        const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estate"),
                             QString::fromLatin1(name)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
    QVERIFY(tamper(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                        QStringLiteral("UPDATE audit_log SET new_value = 'Forged' WHERE id = 2")}));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("append-only trigger audit_log_no_update was missing")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Audit log row 2 does not match its hash")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("broken at row 2")), qPrintable(run.err));
    // The trigger was put back by that run; the rewritten row stays found.
    run = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains(QLatin1String("was missing")));
    QVERIFY(run.out.contains(QLatin1String("Audit log row 2 does not match its hash")));
    QVERIFY(!tamper(db, {QStringLiteral("UPDATE audit_log SET new_value = 'Again' WHERE id = 3")}));
}

void TestCliBackup::restoreRefusesADamagedFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("estate.sqlite"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--estate"), QStringLiteral("Kept")});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("--db"), db, QStringLiteral("backup")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray good = TestSupport::readFile(QDir::fromNativeSeparators(run.out.trimmed()));
    const QString truncated = dir.filePath(QStringLiteral("truncated.sqlite"));
    QVERIFY(TestSupport::writeFile(truncated, good.left(good.size() / 3)));
    const QByteArray before = TestSupport::sha256(db);

    run = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), truncated});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("estatedesk-cli: Not restored: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(TestSupport::sha256(db), before);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files), QStringList());

    // A damaged database fails verify, and verify does not write to it.
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(TestSupport::writeFile(damaged, good.left(good.size() / 3)));
    const QByteArray damagedBefore = TestSupport::sha256(damaged);
    run = cli({QStringLiteral("--db"), damaged, QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("damaged")), qPrintable(describe(run)));
    QCOMPARE(TestSupport::sha256(damaged), damagedBefore);
}

void TestCliBackup::usage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("estate.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("restore")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--into"), dir.path()}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 2);
    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("verify")}); // verify creates nothing
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("no database file")));
    QVERIFY(!QFileInfo::exists(db));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
