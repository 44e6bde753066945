#pragma once

// estatedesk-cli (or a helper program such as pdftotext) run as a real process, the way a
// script or a scheduled task runs it.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace CliRun {

struct Run
{
    int exitCode = -1; // -1: did not start, crashed or hung
    bool finished = false;
    bool crashed = false;
    QString out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

struct Options
{
    QByteArray input;
    // The time limit only keeps a hung child from hanging the test; it is not a measurement.
    int timeoutMs = 120000;
    QProcessEnvironment environment;  // empty: the test's own
    std::function<void()> childSetup; // run in the child before it starts (Unix only)
};

inline Run run(const QString &program, const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
#ifdef Q_OS_UNIX
    if (options.childSetup)
        process.setChildProcessModifier(options.childSetup);
#endif
    process.start();
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = true;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline Run cli(const QStringList &arguments, const Options &options)
{
    return run(QString::fromUtf8(ESTATEDESK_CLI_PATH), arguments, options);
}

inline Run cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    Options options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    return cli(arguments, options);
}

// The test's environment without a display or platform plugin (a server, a scheduled task).
inline QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace CliRun
