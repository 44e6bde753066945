// The command table of estatedesk-cli: every row is in --help, and every row refuses an
// option it does not know.
#include "app/cli/commandline.h"
#include "app/cli/commandtable.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QString input;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QTextStream in(&input);
    result.code = CommandLine(out, err, in).run(arguments);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class TestCliTable : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandIsInTheUsage()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(!Cli::CommandTable::commands().empty());
        for (const Cli::Command &command : Cli::CommandTable::commands()) {
            QVERIFY2(help.out.contains(QStringLiteral("\n  ") + command.help + QLatin1Char('\n')),
                     qPrintable(command.help));
            QVERIFY2(command.help.startsWith(command.name), qPrintable(command.help));
            QVERIFY2(command.help.contains(command.sub), qPrintable(command.help));
            QVERIFY(command.handler);
            for (const QString &option : command.options + command.flags)
                QVERIFY2(command.help.contains(QStringLiteral("--") + option), qPrintable(command.help));
        }
    }

    void everyCommandRefusesAnUnknownOption()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("table.sqlite"));
        for (const Cli::Command &command : Cli::CommandTable::commands()) {
            QStringList arguments{QStringLiteral("--db"), db, command.name};
            if (!command.sub.isEmpty())
                arguments << command.sub;
            arguments << QStringLiteral("--no-such-option") << QStringLiteral("x");
            const Run result = run(arguments);
            const QString name = QStringList{command.name, command.sub}.join(QLatin1Char(' ')).trimmed();
            QVERIFY2(result.code == 2, qPrintable(name + QLatin1String(": ") + result.err));
            if (command.checkOptions)
                QCOMPARE(result.err, QStringLiteral("estatedesk-cli: unknown option --no-such-option for %1 (see --help)\n")
                                         .arg(name));
            QVERIFY2(result.out.isEmpty(), qPrintable(name));
        }
    }

    void aCommandNotInTheTableIsUnknown()
    {
        const Run result = run({QStringLiteral("report"), QStringLiteral("weekly")});
        QCOMPARE(result.code, 2);
        QVERIFY(!Cli::CommandTable::find(QStringLiteral("report"), QStringLiteral("weekly")));
        QCOMPARE(result.err, QStringLiteral("estatedesk-cli: unknown command report weekly (see --help)\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliTable)
#include "tst_cli_table.moc"
