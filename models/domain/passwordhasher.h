#pragma once

#include <QByteArray>
#include <QString>

// Argon2id through libsodium's crypto_pwhash_str: salt and parameters travel in the string.
class PasswordHasher
{
public:
    static QByteArray hash(const QString &password); // empty on failure (out of memory)
    static bool verify(const QByteArray &stored, const QString &password);
};
