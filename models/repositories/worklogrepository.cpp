#include "models/repositories/worklogrepository.h"

#include "models/database/database.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"
#include "models/repositories/recordsupport.h"

using namespace RecordSupport;

Result<qint64> WorkLogRepository::add(const Session &who, WorkLogEntry e)
{
    return GuardedWrite::runFor<qint64>(m_db, who, Permission::RunInspections, QStringLiteral("work_log"),
                                        [&](qint64 &out) -> Result<GuardedWrite::AuditRow> {
        e.content = e.content.trimmed();
        if (e.content.isEmpty())
            return Failure{tr("Content checked: say what was inspected.")};
        const QDateTime now = m_db.clock().now();
        if (!e.at.isValid())
            e.at = now;
        if (e.at > now.addSecs(60))
            return Failure{tr("Time: the entry cannot lie in the future.")};
        Query q(m_db, QStringLiteral("INSERT INTO work_log (user_id, author, at, content, results, analysis, measures, "
                                     "lessons, created_at) VALUES (:user, :author, :at, :content, :results, :analysis, "
                                     ":measures, :lessons, :created) RETURNING id"));
        q.bind(QStringLiteral(":user"), who.userId > 0 ? QVariant(who.userId) : QVariant(QMetaType::fromType<qlonglong>()));
        q.bind(QStringLiteral(":author"), who.displayName.isEmpty() ? who.username : who.displayName);
        q.bind(QStringLiteral(":at"), toStored(e.at)).bind(QStringLiteral(":content"), e.content);
        q.bind(QStringLiteral(":results"), notNull(e.results.trimmed())).bind(QStringLiteral(":analysis"), notNull(e.analysis.trimmed()));
        q.bind(QStringLiteral(":measures"), notNull(e.measures.trimmed())).bind(QStringLiteral(":lessons"), notNull(e.lessons.trimmed()));
        q.bind(QStringLiteral(":created"), toStored(now));
        const auto id = q.scalar();
        if (!id)
            return Failure{id.error()};
        out = id.value();
        return GuardedWrite::AuditRow{QStringLiteral("work_log_added"), QStringLiteral("work_log"),
                                      QString::number(id.value()), {}, e.content.left(200)};
    });
}

Result<QList<WorkLogEntry>> WorkLogRepository::search(const Session &who, qint64 userId, const QDate &month,
                                                      const QString &text, int limit) const
{
    if (Status s = m_audit.require(who, Permission::RunInspections, QStringLiteral("work_log")); !s)
        return Failure{s.error()};
    const QVariant nullId(QMetaType::fromType<qlonglong>());
    QVariant from = nullId;
    QVariant to = nullId;
    if (month.isValid()) {
        const QTimeZone zone = SettingsRepository(m_db).timeZone();
        const QDate first(month.year(), month.month(), 1);
        from = toStored(QDateTime(first, QTime(0, 0), zone));
        to = toStored(QDateTime(first.addMonths(1), QTime(0, 0), zone));
    }
    const QVariant user = userId > 0 ? QVariant(userId) : nullId;
    const QString pattern = text.trimmed().isEmpty() ? QString() : QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    const QVariant like = pattern.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(pattern);
    Query q(m_db, QStringLiteral("SELECT id, COALESCE(user_id, 0), author, at, content, results, analysis, measures, "
                                 "lessons FROM work_log WHERE (CAST(:user AS BIGINT) IS NULL OR user_id = :user2) "
                                 "AND (CAST(:from_at AS BIGINT) IS NULL OR at >= :from_at2) "
                                 "AND (CAST(:to_at AS BIGINT) IS NULL OR at < :to_at2) "
                                 "AND (CAST(:text AS TEXT) IS NULL OR content LIKE :t1 OR results LIKE :t2 "
                                 "OR analysis LIKE :t3 OR measures LIKE :t4 OR lessons LIKE :t5) "
                                 "ORDER BY at DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":user"), user).bind(QStringLiteral(":user2"), user);
    q.bind(QStringLiteral(":from_at"), from).bind(QStringLiteral(":from_at2"), from);
    q.bind(QStringLiteral(":to_at"), to).bind(QStringLiteral(":to_at2"), to);
    q.bind(QStringLiteral(":text"), like);
    for (const char *name : {":t1", ":t2", ":t3", ":t4", ":t5"})
        q.bind(QString::fromLatin1(name), like);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<WorkLogEntry> list;
    while (q.next()) {
        WorkLogEntry e;
        e.id = q.value(0).toLongLong();
        e.userId = q.value(1).toLongLong();
        e.author = q.value(2).toString();
        e.at = fromStored(q.value(3).toLongLong());
        e.content = q.value(4).toString();
        e.results = q.value(5).toString();
        e.analysis = q.value(6).toString();
        e.measures = q.value(7).toString();
        e.lessons = q.value(8).toString();
        list << e;
    }
    return list;
}
