#pragma once

#include "models/domain/permissions.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

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
    // Only while the database has no user at all: the first start.
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
    // An administrator's change to an account: the permission (refusals audited), then the account.
    Result<UserRecord> accountToManage(Transaction &tx, const Session &actor, const QString &username);
    Status runAudited(const Session &actor, Query &update, const QString &action, const UserRecord &user,
                      const QString &oldText, const QString &newText);

    Database &m_db;
    mutable AuditLog m_audit;
};
