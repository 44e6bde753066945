#pragma once

// estatedesk-cli run as a real process, the way a script or a scheduled task runs it.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRun {

struct Run
{
    int exitCode = -1; // -1: did not start, crashed or hung
    QString out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// The time limit only keeps a hung child from hanging the test; it is not a measurement.
inline Run cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(ESTATEDESK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace CliRun
