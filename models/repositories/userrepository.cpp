#include "models/repositories/userrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/domain/passwordhasher.h"

#include <QRegularExpression>

namespace {
const QString kEntity = QStringLiteral("user");

UserRecord readUser(Query &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Clerk);
    u.active = q.value(4).toInt() != 0;
    u.failedAttempts = q.value(5).toInt();
    if (!q.value(6).isNull())
        u.lockedUntil = fromStored(q.value(6).toLongLong());
    u.createdAt = fromStored(q.value(7).toLongLong());
    return u;
}

// A constant column list, spliced into the statements below; values are always bound.
const QString kUserColumns = QStringLiteral(
    "id, username, display_name, role, active, failed_attempts, locked_until, created_at");
} // namespace

UserRepository::UserRepository(Database &db) : m_db(db), m_audit(db) {}

Status UserRepository::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.\\-]{2,32}$"));
    if (!pattern.match(username).hasMatch())
        return Failure{tr("User name: use 2 to 32 letters, digits, dots, dashes or underscores.")};
    return {};
}

Status UserRepository::checkPassword(const QString &password)
{
    if (password.size() < minimumPasswordLength)
        return Failure{tr("Password: at least %n characters are required.", nullptr, minimumPasswordLength)};
    return {};
}

bool UserRepository::hasUsers() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    const auto count = q.scalar();
    return !count.ok() || count.value() > 0; // on error, never offer a fresh first start
}

bool UserRepository::hasAdministrator() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = :role AND active = 1"));
    q.bind(QStringLiteral(":role"), Roles::code(Role::Admin));
    const auto count = q.scalar();
    return !count.ok() || count.value() > 0; // on error, never offer to create one
}

std::optional<UserRecord> UserRepository::find(const QString &username) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readUser(q);
}

Result<UserRecord> UserRepository::existing(const QString &username) const
{
    if (auto user = find(username))
        return *user;
    return Failure{tr("There is no user named %1.").arg(username)};
}

Status UserRepository::storeNewUser(const Session &actor, const QString &username, const QString &displayName,
                                    Role role, const QString &password, qint64 *id)
{
    if (Status s = checkUsername(username); !s)
        return s;
    if (displayName.trimmed().isEmpty())
        return Failure{tr("Full name: required.")};
    if (Status s = checkPassword(password); !s)
        return s;
    if (find(username))
        return Failure{tr("User name: %1 is already taken.").arg(username)};
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Failure{tr("The password could not be protected (out of memory).")};

    Query q(m_db, QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, created_at) "
                                 "VALUES (:u, :n, :r, :h, :c) RETURNING id"));
    q.bind(QStringLiteral(":u"), username);
    q.bind(QStringLiteral(":n"), displayName.trimmed());
    q.bind(QStringLiteral(":r"), Roles::code(role));
    q.bind(QStringLiteral(":h"), QString::fromLatin1(hash));
    q.bind(QStringLiteral(":c"), toStored(m_db.clock().now()));
    const auto newId = q.scalar();
    if (!newId)
        return Failure{newId.error()};
    *id = newId.value();
    return m_audit.record(actor, QStringLiteral("user_added"), kEntity, QString::number(*id), {},
                          username + QStringLiteral(" (") + Roles::code(role) + QLatin1Char(')'));
}

Result<Session> UserRepository::createFirstAdministrator(const QString &username, const QString &displayName,
                                                         const QString &password)
{
    Transaction tx(m_db);
    if (hasAdministrator())
        return Failure{tr("The administrator already exists; sign in instead.")};
    qint64 id = 0;
    Session system = Session::commandLine();
    system.username = username;
    if (Status s = storeNewUser(system, username, displayName, Role::Admin, password, &id); !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    return Session{id, username, displayName.trimmed(), Role::Admin};
}

Result<qint64> UserRepository::addUser(const Session &actor, const QString &username, const QString &displayName,
                                       Role role, const QString &password)
{
    qint64 id = 0;
    if (Status s = GuardedWrite::runAudited(
            m_db, actor, Permission::ManageUsersAndSettings, kEntity,
            [&] { return storeNewUser(actor, username, displayName, role, password, &id); });
        !s)
        return Failure{s.error()};
    return id;
}

Status UserRepository::manage(const Session &actor, const QString &username,
                              const std::function<Result<GuardedWrite::AuditRow>(const UserRecord &)> &change)
{
    return GuardedWrite::run(m_db, actor, Permission::ManageUsersAndSettings, kEntity,
                             [&]() -> Result<GuardedWrite::AuditRow> {
                                 const auto user = existing(username);
                                 if (!user)
                                     return Failure{user.error()};
                                 return change(*user);
                             });
}

Result<GuardedWrite::AuditRow> UserRepository::updated(Query &update, const QString &action, const UserRecord &user,
                                                       const QString &oldText, const QString &newText)
{
    if (Status s = update.exec(); !s)
        return Failure{s.error()};
    return GuardedWrite::AuditRow{action, kEntity, QString::number(user.id), oldText, newText, user.username};
}

Status UserRepository::setPassword(const Session &actor, const QString &username, const QString &password)
{
    return manage(actor, username, [&](const UserRecord &user) -> Result<GuardedWrite::AuditRow> {
        if (Status s = checkPassword(password); !s)
            return Failure{s.error()};
        const QByteArray hash = PasswordHasher::hash(password);
        if (hash.isEmpty())
            return Failure{tr("The password could not be protected (out of memory).")};
        Query q(m_db, QStringLiteral("UPDATE users SET password_hash = :h, failed_attempts = 0, locked_until = NULL, "
                                     "row_version = row_version + 1 WHERE id = :id"));
        q.bind(QStringLiteral(":h"), QString::fromLatin1(hash)).bind(QStringLiteral(":id"), user.id);
        return updated(q, QStringLiteral("password_reset"), user, {}, {});
    });
}

Status UserRepository::changeOwnPassword(const Session &actor, const QString &oldPassword, const QString &newPassword)
{
    if (const auto now = AuditLog::current(m_db, actor); !now) // disabled since signing in
        return Failure{now.error()};
    const auto user = existing(actor.username);
    if (!user)
        return Failure{user.error()};
    Query hashQuery(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    hashQuery.bind(QStringLiteral(":id"), user->id);
    if (Status s = hashQuery.exec(); !s)
        return s;
    if (!hashQuery.next() || !PasswordHasher::verify(hashQuery.value(0).toByteArray(), oldPassword))
        return Failure{tr("Current password: it is not correct.")};
    if (Status s = checkPassword(newPassword); !s)
        return s;
    const QByteArray hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Failure{tr("The password could not be protected (out of memory).")};
    // The account was checked above (AuditLog::current): one's own password needs no permission.
    return GuardedWrite::runChecked(m_db, actor, [&]() -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE users SET password_hash = :h, row_version = row_version + 1 WHERE id = :id"));
        q.bind(QStringLiteral(":h"), QString::fromLatin1(hash)).bind(QStringLiteral(":id"), user->id);
        return updated(q, QStringLiteral("password_changed"), *user, {}, {});
    });
}

Status UserRepository::setRole(const Session &actor, const QString &username, Role role)
{
    return manage(actor, username, [&](const UserRecord &user) -> Result<GuardedWrite::AuditRow> {
        if (user.id == actor.userId && role != Role::Admin)
            return Failure{tr("Role: you cannot take the administrator role away from yourself.")};
        Query q(m_db, QStringLiteral("UPDATE users SET role = :r, row_version = row_version + 1 WHERE id = :id"));
        q.bind(QStringLiteral(":r"), Roles::code(role)).bind(QStringLiteral(":id"), user.id);
        return updated(q, QStringLiteral("role_changed"), user, Roles::code(user.role), Roles::code(role));
    });
}

Status UserRepository::setActive(const Session &actor, const QString &username, bool active)
{
    return manage(actor, username, [&](const UserRecord &user) -> Result<GuardedWrite::AuditRow> {
        if (user.id == actor.userId && !active)
            return Failure{tr("You cannot disable your own account.")};
        Query q(m_db, QStringLiteral("UPDATE users SET active = :a, row_version = row_version + 1 WHERE id = :id"));
        q.bind(QStringLiteral(":a"), active ? 1 : 0).bind(QStringLiteral(":id"), user.id);
        return updated(q, active ? QStringLiteral("user_enabled") : QStringLiteral("user_disabled"), user, {}, {});
    });
}

Status UserRepository::unlock(const Session &actor, const QString &username)
{
    return manage(actor, username, [&](const UserRecord &user) -> Result<GuardedWrite::AuditRow> {
        Query q(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = :id"));
        q.bind(QStringLiteral(":id"), user.id);
        return updated(q, QStringLiteral("user_unlocked"), user, {}, {});
    });
}

Result<QList<UserRecord>> UserRepository::activeStaff(const Session &actor) const
{
    if (Status s = AuditLog::permits(m_db, actor, {Permission::RegisterRequests, Permission::RecordWork},
                                     tr("You may not list the staff."));
        !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns
                      + QStringLiteral(" FROM users WHERE active = :active ORDER BY display_name, username"));
    q.bind(QStringLiteral(":active"), 1);
    return q.rows([](Query &row) { return readUser(row); });
}

Result<QList<UserRecord>> UserRepository::users(const Session &actor) const
{
    if (Status s = AuditLog::permits(m_db, actor, {Permission::ManageUsersAndSettings},
                                     tr("Only an administrator may list the users."));
        !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY username"));
    return q.rows([](Query &row) { return readUser(row); });
}

Result<Session> UserRepository::signIn(const QString &username, const QString &password)
{
    // One message for every failure, so that the screen does not tell which user names exist.
    const QString refused = tr("The user name or the password is wrong.");

    // The slow password check runs before the write lock is taken, so that attempts made
    // at the same time do not queue behind each other's hashing.
    QByteArray checkedHash;
    bool passwordRight = false;
    {
        Query first(m_db, QStringLiteral("SELECT password_hash FROM users WHERE username = :u"));
        first.bind(QStringLiteral(":u"), username);
        if (Status s = first.exec(); !s)
            return Failure{s.error()};
        if (first.next()) {
            checkedHash = first.value(0).toByteArray();
            first.finish();
            passwordRight = PasswordHasher::verify(checkedHash, password);
        } else {
            // Spend the same time as for a real account, so that timing does not tell which names exist.
            static const QByteArray dummy = PasswordHasher::hash(QStringLiteral("no such account"));
            PasswordHasher::verify(dummy, password);
        }
    }

    // The count of wrong attempts, the lock and their audit rows are read and written under
    // the write lock (BEGIN IMMEDIATE), so that attempts made at the same time each count.
    Transaction tx(m_db);
    auto done = [&tx](Result<Session> outcome) -> Result<Session> {
        if (Status s = tx.commit(); !s)
            return Failure{s.error()};
        return outcome;
    };
    Query q(m_db, QStringLiteral("SELECT ") + kUserColumns
                      + QStringLiteral(", password_hash FROM users WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (!q.next()) {
        if (Status s = m_audit.recordAnonymous(username, QStringLiteral("login_failed"), kEntity, {},
                                               QStringLiteral("unknown user"));
            !s)
            return Failure{s.error()};
        return done(Failure{refused});
    }
    const UserRecord user = readUser(q);
    const QByteArray hash = q.value(8).toByteArray();
    q.finish();
    if (hash != checkedHash) // the password was changed in the meantime
        passwordRight = PasswordHasher::verify(hash, password);
    const QDateTime now = m_db.clock().now();
    const QString userId = QString::number(user.id);

    if (user.lockedUntil.isValid() && now < user.lockedUntil) {
        // A wrong password still counts while the account is locked.
        QString detail;
        if (!passwordRight) {
            Query count(m_db, QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = :id"));
            count.bind(QStringLiteral(":id"), user.id);
            if (Status s = count.exec(); !s)
                return Failure{s.error()};
            detail = QStringLiteral("wrong password (%1)").arg(user.failedAttempts + 1);
        }
        if (Status s = m_audit.recordAnonymous(username, QStringLiteral("login_refused_locked"), kEntity, userId, detail);
            !s)
            return Failure{s.error()};
        const qint64 minutes = (now.secsTo(user.lockedUntil) + 59) / 60;
        return done(Failure{tr("This account is locked after %1 wrong passwords. Try again in %n minute(s) or ask the "
                               "administrator to unlock it.", nullptr, int(minutes))
                                .arg(maxFailedAttempts)});
    }
    if (!user.active) {
        // Only someone who knows the password learns that the account is disabled.
        if (Status s = m_audit.recordAnonymous(username, QStringLiteral("login_failed"), kEntity, userId,
                                               QStringLiteral("account disabled"));
            !s)
            return Failure{s.error()};
        return done(Failure{passwordRight ? tr("This account is disabled.") : refused});
    }
    // A lock that has run out starts a fresh count.
    const int previousFailures = user.lockedUntil.isValid() ? 0 : user.failedAttempts;

    if (!passwordRight) {
        const int failures = previousFailures + 1;
        const bool lockNow = failures >= maxFailedAttempts;
        Query fail(m_db, QStringLiteral("UPDATE users SET failed_attempts = :f, locked_until = :l WHERE id = :id"));
        fail.bind(QStringLiteral(":f"), failures);
        fail.bind(QStringLiteral(":l"), lockNow ? QVariant(toStored(now.addSecs(lockoutMinutes * 60)))
                                                : QVariant(QMetaType::fromType<qlonglong>()));
        fail.bind(QStringLiteral(":id"), user.id);
        if (Status s = fail.exec(); !s)
            return Failure{s.error()};
        if (Status s = m_audit.recordAnonymous(username, QStringLiteral("login_failed"), kEntity, userId,
                                               QStringLiteral("wrong password (%1 of %2)")
                                                   .arg(failures)
                                                   .arg(maxFailedAttempts));
            !s)
            return Failure{s.error()};
        if (lockNow) {
            if (Status s = m_audit.recordAnonymous(username, QStringLiteral("account_locked"), kEntity, userId,
                                                   QStringLiteral("%1 minutes").arg(lockoutMinutes));
                !s)
                return Failure{s.error()};
            return done(Failure{tr("Wrong password. The account is now locked for %n minute(s).", nullptr,
                                   lockoutMinutes)});
        }
        return done(Failure{refused});
    }

    Query ok(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = :id"));
    ok.bind(QStringLiteral(":id"), user.id);
    if (Status s = ok.exec(); !s)
        return Failure{s.error()};
    const Session session{user.id, user.username, user.displayName, user.role};
    if (Status s = m_audit.record(session, QStringLiteral("login"), kEntity, userId); !s)
        return Failure{s.error()};
    return done(session);
}
