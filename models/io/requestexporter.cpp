#include "models/io/requestexporter.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/requesttimer.h"
#include "models/domain/servicerequest.h"
#include "models/io/exportfile.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/settingsrepository.h"


QStringList RequestExporter::columns()
{
    return {QStringLiteral("kind"),          QStringLiteral("number"),
            QStringLiteral("registered_at"), QStringLiteral("class"),
            QStringLiteral("house"),         QStringLiteral("reporter"),
            QStringLiteral("major"),         QStringLiteral("arrival_deadline"),
            QStringLiteral("arrived_at"),    QStringLiteral("arrival_on_time"),
            QStringLiteral("completion_deadline"), QStringLiteral("completed_at"),
            QStringLiteral("completion_on_time"),  QStringLiteral("state"),
            QStringLiteral("callback_at"),   QStringLiteral("solved"),
            QStringLiteral("satisfaction"),  QStringLiteral("score"),
            QStringLiteral("fee")};
}

QStringList RequestExporter::translatedColumns()
{
    return {tr("Kind"),         tr("Number"),          tr("Registered"),        tr("Class"),
            tr("House"),        tr("Reporter"),        tr("Major"),             tr("Arrival deadline"),
            tr("Arrived"),      tr("Arrival on time"), tr("Completion deadline"), tr("Completed"),
            tr("Completion on time"), tr("State"),     tr("Callback"),          tr("Solved"),
            tr("Satisfaction"), tr("Score"),           tr("Fee (yuan)")};
}

QString RequestExporter::yuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QString::number(a / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

RequestExporter::RequestExporter(Database &db) : m_db(db), m_zone(SettingsRepository(db).timeZone()) {}

Result<QList<QStringList>> RequestExporter::rows(const Session &who, int year, int month, const QDateTime &asOf)
{
    AuditLog audit(m_db);
    if (Status s = audit.require(who, Permission::ViewFullDocuments, QStringLiteral("request")); !s)
        return Failure{s.error()};
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Failure{tr("Month: expected YYYY-MM.")};
    const QTimeZone &zone = m_zone;
    const QDateTime from(first, QTime(0, 0), zone);
    const QDateTime to(first.addMonths(1), QTime(0, 0), zone);

    Query q(m_db, QStringLiteral(
                      "SELECT r.kind, r.number, r.registered_at, r.class_key, r.house_number, r.public_location, "
                      "r.reporter_name, r.major, r.arrival_deadline, r.arrived_at, r.completion_deadline, "
                      "r.completed_at, r.state, c.at, c.solved, c.attitude, c.score, r.fee_fen "
                      "FROM requests r LEFT JOIN request_callbacks c ON c.id = "
                      "(SELECT MAX(l.id) FROM request_callbacks l WHERE l.request_id = r.id) "
                      "WHERE r.registered_at >= :from AND r.registered_at < :to AND r.voided = 0 "
                      "ORDER BY r.registered_at, r.id"));
    q.bind(QStringLiteral(":from"), toStored(from));
    q.bind(QStringLiteral(":to"), toStored(to));
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    auto instant = [](const QVariant &v) { return v.isNull() ? QDateTime() : fromStored(v.toLongLong()); };
    auto iso = [&zone](const QDateTime &t) { return t.isValid() ? t.toTimeZone(zone).toString(Qt::ISODate) : QString(); };
    QList<QStringList> rows;
    while (q.next()) {
        const QDateTime arrivalDeadline = instant(q.value(8));
        const QDateTime arrivedAt = instant(q.value(9));
        const QDateTime completionDeadline = instant(q.value(10));
        const QDateTime completedAt = instant(q.value(11));
        const QString house = q.value(4).isNull() ? q.value(5).toString() : q.value(4).toString();
        QString solved;
        if (!q.value(14).isNull())
            solved = q.value(14).toInt() != 0 ? QStringLiteral("yes") : QStringLiteral("no");
        rows << QStringList{q.value(0).toString(),
                            q.value(1).toString(),
                            iso(instant(q.value(2))),
                            q.value(3).toString(),
                            house,
                            q.value(6).toString(),
                            q.value(7).toInt() != 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                            iso(arrivalDeadline),
                            iso(arrivedAt),
                            RequestTimer::code(RequestTimer::onTime(arrivalDeadline, arrivedAt, asOf)),
                            iso(completionDeadline),
                            iso(completedAt),
                            RequestTimer::code(RequestTimer::onTime(completionDeadline, completedAt, asOf)),
                            q.value(12).toString(),
                            iso(instant(q.value(13))),
                            solved,
                            q.value(15).toString(),
                            q.value(16).isNull() ? QString() : QString::number(q.value(16).toInt()),
                            q.value(17).isNull() ? QString() : yuan(q.value(17).toLongLong())};
    }
    return rows;
}

QByteArray RequestExporter::toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    // Reporters' names and locations are typed by people: ExportFile keeps them from running as formulas.
    QByteArray data("\xEF\xBB\xBF");
    data += ExportFile::csvLine(header).toUtf8();
    for (const QStringList &row : rows)
        data += ExportFile::csvLine(row).toUtf8();
    return data;
}

Result<int> RequestExporter::writeCsv(const Session &who, int year, int month, const QString &path,
                                      bool translatedHeader)
{
    const auto data = rows(who, year, month, m_db.clock().now());
    if (!data)
        return Failure{data.error()};
    if (Status s = ExportFile::write(path, toCsv(translatedHeader ? translatedColumns() : columns(), data.value())); !s)
        return Failure{s.error()};
    AuditLog(m_db).record(who, QStringLiteral("requests_exported"), QStringLiteral("request"), {}, {},
                          QString::number(data->size()),
                          QStringLiteral("%1-%2 %3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(path));
    return int(data->size());
}
