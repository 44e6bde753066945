#pragma once

#include <QString>

// The office server's password kept in the system keychain (Windows Credential Manager, the
// Secret Service or KWallet on Linux) through QtKeychain, never in the settings. Where no
// keychain is available (or the program was built without QtKeychain) nothing is kept and
// the password is asked at each start.
namespace PasswordStore {

// The password kept for a server address (postgresql://USER@HOST:PORT/DB), empty if none.
QString read(const QString &location);
// Keeps the password for the address; false when there is no keychain to keep it in.
bool write(const QString &location, const QString &password);
// Forgets the password kept for the address.
void forget(const QString &location);
bool available();

} // namespace PasswordStore
