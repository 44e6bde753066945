#pragma once

#include "models/database/guardedwrite.h"
#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

class Database;
class Query;
class Transaction;

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;
};

// Users, passwords and sign-in. Passwords are kept only as Argon2id hashes;
// five wrong passwords in a row lock the account for fifteen minutes.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockoutMinutes = 15;
    static constexpr int minimumPasswordLength = 8;

    explicit UserRepository(Database &db);

    bool hasUsers() const;
    bool hasAdministrator() const;
    // Only while the database has no active administrator: the first start (also of a
    // database whose staff accounts were set up by estatedesk-cli or the demo data).
    Result<Session> createFirstAdministrator(const QString &username, const QString &displayName,
                                             const QString &password);
    Result<qint64> addUser(const Session &actor, const QString &username, const QString &displayName, Role role,
                           const QString &password);
    Status setPassword(const Session &actor, const QString &username, const QString &password);
    Status changeOwnPassword(const Session &actor, const QString &oldPassword, const QString &newPassword);
    Status setRole(const Session &actor, const QString &username, Role role);
    Status setActive(const Session &actor, const QString &username, bool active);
    Status unlock(const Session &actor, const QString &username);
    Result<QList<UserRecord>> users(const Session &actor) const;
    std::optional<UserRecord> find(const QString &username) const;
    // The active accounts, for choosing who receives a work order (no administrator rights
    // needed: anyone who registers requests may pick a colleague).
    Result<QList<UserRecord>> activeStaff(const Session &actor) const;

    Result<Session> signIn(const QString &username, const QString &password);

    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    Status storeNewUser(const Session &actor, const QString &username, const QString &displayName, Role role,
                        const QString &password, qint64 *id);
    Result<UserRecord> existing(const QString &username) const;
    // The administrator's change of an account: permission, the account, the change and its
    // audit row in one transaction (GuardedWrite::run).
    Status manage(const Session &actor, const QString &username,
                  const std::function<Result<GuardedWrite::AuditRow>(const UserRecord &)> &change);
    // Runs the update; its audit row names the account.
    static Result<GuardedWrite::AuditRow> updated(Query &update, const QString &action, const UserRecord &user,
                                                  const QString &oldText, const QString &newText);

    Database &m_db;
    mutable AuditLog m_audit;
};
