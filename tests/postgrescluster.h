#pragma once

// A private PostgreSQL cluster for a test: initdb in a temporary folder, started on a port of
// its own with trust authentication, stopped (and restartable) by the test.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class PostgresCluster
{
public:
    explicit PostgresCluster(int port) : m_port(port) {}
    ~PostgresCluster() { stop(); }

    // The server programs, newest version first; empty when PostgreSQL is not installed.
    static QString serverBin()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &version : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

    bool available() const { return !serverBin().isEmpty(); }

    // Makes the cluster and starts it; false with the tools' output in *output.
    bool create(QString *output)
    {
        m_bin = serverBin();
        if (m_bin.isEmpty() || !m_dir.isValid())
            return false;
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-u")});
        id.waitForFinished();
        m_asRoot = id.readAll().trimmed() == "0";
        if (m_asRoot && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}) != 0)
            return false;
        if (!runAsServer(m_bin + QStringLiteral("/initdb"),
                         {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                          QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=trust"), QStringLiteral("-E"),
                          QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
                         output))
            return false;
        return start(output);
    }

    bool start(QString *output = nullptr)
    {
        m_started = runAsServer(m_bin + QStringLiteral("/pg_ctl"),
                                {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                     .arg(m_port)
                                     .arg(m_dir.path())},
                                output);
        return m_started;
    }

    void stop()
    {
        if (!m_started)
            return;
        runAsServer(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                                        QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_started = false;
    }

    // The cluster's own database, or another one made with createDatabase().
    QString url(const QString &database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    bool createDatabase(const QString &name)
    {
        return runAsServer(m_bin + QStringLiteral("/createdb"),
                           {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                            QStringLiteral("-U"), QStringLiteral("postgres"), name});
    }

    // Runs SQL as the superuser.
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        return runAsServer(m_bin + QStringLiteral("/psql"),
                           {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-v"),
                            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql, database});
    }

    // From now on the user signs in with a password over TCP (the others stay trusted).
    bool requirePassword(const QString &user)
    {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return false;
        const QByteArray rest = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("host all " + user.toUtf8() + " 127.0.0.1/32 scram-sha-256\n" + rest);
        hba.close();
        return runAsServer(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")});
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // initdb refuses root: run the server's tools as the postgres account then.
    bool runAsServer(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (m_asRoot)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
        else
            process.start(program, args);
        const bool finished = process.waitForFinished(60000);
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    int m_port;
    QTemporaryDir m_dir{QStringLiteral("/tmp/estatedesk-pg-XXXXXX")};
    QString m_bin;
    bool m_asRoot = false;
    bool m_started = false;
};

// For initTestCase(): skips the whole test where PostgreSQL is not installed, otherwise makes
// and starts the cluster (failing with the tools' output when it cannot).
#define START_POSTGRES_CLUSTER(cluster)                                                                   \
    do {                                                                                                  \
        if (!(cluster).available())                                                                       \
            QSKIP("PostgreSQL server programs are not installed (scripts/test installs postgresql-15)"); \
        QString clusterOutput;                                                                            \
        QVERIFY2((cluster).create(&clusterOutput), qPrintable(clusterOutput));                            \
    } while (false)
