#include "UserService.h"

#include "PasswordHasher.h"
#include "Transaction.h"
#include "audit/AuditLog.h"

#include <QRegularExpression>
#include <QUuid>

namespace wp {

namespace {

const auto userColumns = QStringLiteral("SELECT id, login, full_name, role, active FROM app_user ");

User readUser(const db::Statement& s)
{
    User u;
    u.id = s.text(0);
    u.login = s.text(1);
    u.fullName = s.text(2);
    u.role = Roles::fromCode(s.text(3)).value_or(Role::Nurse);
    u.active = s.integer(4) != 0;
    return u;
}

} // namespace

qint64 UserService::lockoutSeconds(int failures)
{
    if (failures < freeAttempts) {
        return 0;
    }
    // 5 s, 10 s, 20 s… capped at 5 minutes: slows guessing without locking a nurse out for good.
    const int exponent = std::min(failures - freeAttempts, 6);
    return std::min<qint64>(5LL << exponent, 300);
}

qint64 UserService::delaySeconds(Role role, int failures)
{
    const qint64 wait = lockoutSeconds(failures);
    return role == Role::Administrator ? std::min(wait, administratorRetrySeconds) : wait;
}

QString UserService::checkPasswordStrength(const QString& password)
{
    if (password.size() < minimumPasswordLength) {
        return tr("The password must have at least %1 characters.").arg(minimumPasswordLength);
    }
    return {};
}

int UserService::count()
{
    auto v = m_ws.db().scalar(QStringLiteral("SELECT count(*) FROM app_user"));
    return v ? v->toInt() : 0;
}

Result<User> UserService::create(const QString& loginArg, const QString& fullName, Role role,
                                 const QString& password)
{
    const QString login = loginArg.trimmed();
    const bool first = count() == 0;
    if (first) {
        if (role != Role::Administrator) {
            return Error(tr("The first user must be an administrator."), Error::Code::InvalidInput);
        }
    } else if (auto st = m_ws.require(Permission::ManageUsers); !st) {
        return st.error();
    }
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(login).hasMatch()) {
        return Error(tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores."),
                     Error::Code::InvalidInput);
    }
    if (fullName.trimmed().isEmpty()) {
        return Error(tr("Enter the user's full name."), Error::Code::InvalidInput);
    }
    if (const QString weak = checkPasswordStrength(password); !weak.isEmpty()) {
        return Error(weak, Error::Code::InvalidInput);
    }
    if (find(login)) {
        return Error(tr("There is already a user called %1.").arg(login), Error::Code::Conflict);
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        return Error(tr("Not enough memory to protect the password."), Error::Code::Io);
    }
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.login = login;
    u.fullName = fullName.trimmed();
    u.role = role;
    const Actor actor = first ? Actor{login, m_ws.deviceCode()} : m_ws.actor();

    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto ins =
        m_ws.db().prepare(QStringLiteral("INSERT INTO app_user(id, login, full_name, role, password_hash, "
                                         "created_at, created_by) VALUES (?1,?2,?3,?4,?5,?6,?7)"));
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, u.id)
        .bind(2, u.login)
        .bind(3, u.fullName)
        .bind(4, Roles::code(role))
        .bind(5, hash)
        .bind(6, toStorageTime(m_ws.clock().now()))
        .bind(7, actor.login);
    if (auto st = ins->exec(); !st) {
        return st.error();
    }
    if (auto st = AuditLog(m_ws).append(actor, QStringLiteral("user.create"), QStringLiteral("user"), u.login,
                                        Roles::code(role));
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return u;
}

Result<User> UserService::find(const QString& login)
{
    auto stmt = m_ws.db().prepare(userColumns + QStringLiteral("WHERE login = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, login.trimmed());
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return Error(tr("No user called %1.").arg(login), Error::Code::NotFound);
    }
    return readUser(*stmt);
}

Result<QList<User>> UserService::list()
{
    auto stmt = m_ws.db().prepare(userColumns + QStringLiteral("ORDER BY login"));
    if (!stmt) {
        return stmt.error();
    }
    return stmt->all<User>(readUser);
}

Status UserService::recordFailure(const QString& login, int failures)
{
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto upd = m_ws.db().prepare(
        QStringLiteral("UPDATE app_user SET failed_attempts = ?1, last_failed_at = ?2 WHERE login = ?3"));
    if (!upd) {
        return upd.error();
    }
    upd->bind(1, failures).bind(2, toStorageTime(m_ws.clock().now())).bind(3, login);
    if (auto st = upd->exec(); !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append({login, m_ws.deviceCode()}, QStringLiteral("login.failed"),
                                        QStringLiteral("user"), login, QString::number(failures));
        !st) {
        return st;
    }
    return tx->commit();
}

Result<User> UserService::authenticate(const QString& loginArg, const QString& password)
{
    const QString login = loginArg.trimmed();
    auto stmt = m_ws.db().prepare(QStringLiteral(
        "SELECT id, login, full_name, role, active, password_hash, failed_attempts, last_failed_at "
        "FROM app_user WHERE login = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, login);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    const QString wrong = tr("Wrong user name or password.");
    if (!*row) {
        PasswordHasher::hash(password); // same cost as a real check: do not reveal which names exist
        return Error(wrong, Error::Code::AuthenticationFailed);
    }
    User user = readUser(*stmt);
    const QString hash = stmt->text(5);
    const int failures = stmt->integer(6);
    const QDateTime lastFailed = stmt->isNull(7) ? QDateTime() : fromStorageTime(stmt->text(7));
    stmt = Error(); // finalise before writing

    const QDateTime now = m_ws.clock().now();
    // The failure count keeps growing for administrators too (it is audited and shown); only
    // their wait is shorter, so that typing wrong passwords for "admin" cannot shut the
    // administrator out for minutes.
    const qint64 wait = delaySeconds(user.role, failures);
    if (wait > 0 && lastFailed.isValid()) {
        const qint64 remaining = wait - lastFailed.secsTo(now);
        if (remaining > 0) {
            return Error(tr("Too many wrong passwords for %1. Wait %n second(s) before trying again.",
                            nullptr, static_cast<int>(remaining))
                             .arg(login),
                         Error::Code::AuthenticationFailed);
        }
    }
    if (!user.active) {
        return Error(tr("The account %1 is disabled. Ask an administrator.").arg(login),
                     Error::Code::AuthenticationFailed);
    }
    if (!PasswordHasher::verify(hash, password)) {
        const int now_failures = failures + 1;
        if (auto st = recordFailure(user.login, now_failures); !st) {
            return st.error();
        }
        const qint64 next = delaySeconds(user.role, now_failures);
        if (next > 0) {
            return Error(wrong + QLatin1Char(' ') +
                             tr("After %n wrong attempts, the next try is possible in %1 seconds.", nullptr,
                                now_failures)
                                 .arg(next),
                         Error::Code::AuthenticationFailed);
        }
        return Error(wrong, Error::Code::AuthenticationFailed);
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    if (failures > 0) {
        auto reset = m_ws.db().prepare(QStringLiteral(
            "UPDATE app_user SET failed_attempts = 0, last_failed_at = NULL WHERE login = ?1"));
        if (!reset) {
            return reset.error();
        }
        reset->bind(1, user.login);
        if (auto st = reset->exec(); !st) {
            return st.error();
        }
    }
    if (auto st = AuditLog(m_ws).append({user.login, m_ws.deviceCode()}, QStringLiteral("login"),
                                        QStringLiteral("user"), user.login);
        !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return user;
}

Status UserService::changePassword(const QString& login, const QString& newPassword)
{
    const auto& me = m_ws.currentUser();
    const bool self = me && me->login.compare(login.trimmed(), Qt::CaseInsensitive) == 0;
    if (!self) {
        if (auto st = m_ws.require(Permission::ManageUsers); !st) {
            return st;
        }
    }
    if (const QString weak = checkPasswordStrength(newPassword); !weak.isEmpty()) {
        return Error(weak, Error::Code::InvalidInput);
    }
    auto user = find(login);
    if (!user) {
        return user.error();
    }
    const QString hash = PasswordHasher::hash(newPassword);
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto upd = m_ws.db().prepare(QStringLiteral("UPDATE app_user SET password_hash = ?1, failed_attempts = "
                                                "0, last_failed_at = NULL WHERE login = ?2"));
    if (!upd) {
        return upd.error();
    }
    upd->bind(1, hash).bind(2, user->login);
    if (auto st = upd->exec(); !st) {
        return st;
    }
    if (auto st = AuditLog(m_ws).append(QStringLiteral("user.password"), QStringLiteral("user"), user->login);
        !st) {
        return st;
    }
    return tx->commit();
}

Status UserService::setActive(const QString& login, bool active)
{
    if (auto st = m_ws.require(Permission::ManageUsers); !st) {
        return st;
    }
    auto user = find(login);
    if (!user) {
        return user.error();
    }
    auto tx = db::Transaction::begin(m_ws.db());
    if (!tx) {
        return tx.error();
    }
    auto upd = m_ws.db().prepare(QStringLiteral("UPDATE app_user SET active = ?1 WHERE login = ?2"));
    if (!upd) {
        return upd.error();
    }
    upd->bind(1, active ? 1 : 0).bind(2, user->login);
    if (auto st = upd->exec(); !st) {
        return st;
    }
    if (auto st =
            AuditLog(m_ws).append(active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                                  QStringLiteral("user"), user->login);
        !st) {
        return st;
    }
    return tx->commit();
}

} // namespace wp
