#pragma once

// Where a data-layer test keeps its database. By default a fresh SQLite file in a temporary
// folder; when ESTATEDESK_TEST_POSTGRES names a server (postgresql://postgres@127.0.0.1:PORT,
// set by CTest for the tests registered as <name>_pg) a fresh database of its own on that
// server, made with a generated name and dropped again at the end. The same test so runs on
// both dialects.

#include "models/database/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class TestDatabase
{
public:
    // The SQLite files go in folder, or in a temporary folder of the object's own.
    explicit TestDatabase(const QString &folder = {}) : m_folder(folder.isEmpty() ? m_dir.path() : folder) {}
    ~TestDatabase() { dropAll(); }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // The server of the run, or empty when the tests run on SQLite files.
    static QString serverUrl() { return qEnvironmentVariable("ESTATEDESK_TEST_POSTGRES").trimmed(); }
    static bool onServer() { return !serverUrl().isEmpty(); }

    // The location (a file path or a postgresql:// URL) of the database called name (the
    // file's name on SQLite): the same name gives the same database, another name a new empty
    // one. Empty when the server refused to make it (the reason is in error()).
    QString location(const QString &name = QStringLiteral("estate.sqlite"))
    {
        const auto known = m_locations.constFind(name);
        if (known != m_locations.constEnd())
            return known.value();
        QString made;
        if (!onServer()) {
            made = QDir(m_folder).filePath(name);
        } else {
            const QString database = generatedName();
            if (!administer(QStringLiteral("CREATE DATABASE %1").arg(database)))
                return {};
            m_created << database;
            QUrl url(serverUrl());
            url.setPath(QLatin1Char('/') + database);
            made = url.toString();
        }
        m_locations.insert(name, made);
        return made;
    }

    // Opens (and so sets up) the database called name.
    Status open(Database &db, const QString &name = QStringLiteral("estate.sqlite"))
    {
        const QString where = location(name);
        if (where.isEmpty())
            return Failure{QStringLiteral("cannot make a test database on %1: %2").arg(serverUrl(), m_error)};
        return db.open(where);
    }

    QString error() const { return m_error; }

    // Drops the server's databases now (the connections to them are closed by force).
    void dropAll()
    {
        for (const QString &database : std::as_const(m_created))
            administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        m_created.clear();
        m_locations.clear();
    }

private:
    // A name made of lower-case letters, digits and underscores only, so it needs no quoting
    // (an identifier cannot be a bound value).
    static QString generatedName()
    {
        static QAtomicInteger<int> counter;
        return QStringLiteral("edtest_%1_%2_%3")
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1) + 1)
            .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    }

    // Runs one statement on the server's maintenance database.
    bool administer(const QString &sql)
    {
        const QUrl url(serverUrl());
        const QString connection = QStringLiteral("testdatabase-admin-%1").arg(generatedName());
        bool done = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(url.host());
            admin.setPort(url.port(5432));
            admin.setUserName(url.userName());
            admin.setPassword(url.password());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open()) {
                m_error = admin.lastError().text();
            } else {
                QSqlQuery q(admin);
                done = q.exec(sql);
                if (!done)
                    m_error = q.lastError().text();
                q.finish();
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QMap<QString, QString> m_locations;
    QStringList m_created;
    QString m_error;
};
