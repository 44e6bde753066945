// estatedesk-cli runs where no widgets are installed (a scheduled task, a server): it loads
// neither Qt Widgets nor Qt Charts, also for the monthly report's PDF with its charts.
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestCliNoWidgets : public QObject
{
    Q_OBJECT

private slots:
    void linksNoWidgets()
    {
#ifndef Q_OS_LINUX
        QSKIP("ldd lists the libraries of a Linux binary only");
#else
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty())
            QSKIP("ldd is not installed");
        QProcess p;
        p.start(ldd, {QStringLiteral(ESTATEDESK_CLI_PATH)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString libraries = QString::fromUtf8(p.readAllStandardOutput());
        // The check is only worth something if ldd did list Qt.
        QVERIFY2(libraries.contains(QLatin1String("libQt6Core")), qPrintable(libraries));
        QVERIFY2(libraries.contains(QLatin1String("libQt6Gui")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libQt6Charts")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libQt6PrintSupport")), qPrintable(libraries));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliNoWidgets)
#include "tst_cli_nowidgets.moc"
