#include "models/database/serveraddress.h"

#include "models/database/database.h"

#include <QRegularExpression>
#include <QUrl>

std::optional<ServerAddress> ServerAddress::parse(const QString &location)
{
    if (!Database::isServerLocation(location))
        return std::nullopt;
    const QUrl url(location.trimmed());
    if (!url.isValid())
        return std::nullopt;
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(QLatin1Char('/') + database.trimmed());
    return url.toString(QUrl::FullyEncoded);
}

Status ServerAddress::check() const
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]*$"));
    if (host.trimmed().isEmpty())
        return Failure{tr("Server: give the office server's name or IP address, e.g. 192.168.1.10.")};
    if (!hostPattern.match(host.trimmed()).hasMatch())
        return Failure{tr("Server: \"%1\" is not a computer name or IP address.").arg(host.trimmed())};
    if (port < 1 || port > 65535)
        return Failure{tr("Port: it must be between 1 and 65535 (PostgreSQL listens on 5432).")};
    if (database.trimmed().isEmpty())
        return Failure{tr("Database: give the name of the estate's database on the server, e.g. estatedesk.")};
    if (!namePattern.match(database.trimmed()).hasMatch())
        return Failure{tr("Database: \"%1\" is not a database name (letters, digits and _ only).").arg(database.trimmed())};
    if (user.trimmed().isEmpty())
        return Failure{tr("User: give the database user this PC signs in as.")};
    if (!namePattern.match(user.trimmed()).hasMatch())
        return Failure{tr("User: \"%1\" is not a database user name (letters, digits and _ only).").arg(user.trimmed())};
    return {};
}
