#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The parts of an office server's address, postgresql://USER@HOST:PORT/DATABASE. The
// password is never part of it: it comes from libpq's usual places, the system keychain or
// the user at start, and is never written into the settings.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;

    // The parts of a postgresql:// or postgres:// address (a password in it is dropped).
    static std::optional<ServerAddress> parse(const QString &location);
    QString toString() const;
    // Whether every part is there and sensible; the message names the part.
    Status check() const;
};
