#include "models/io/requestexporter.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/domain/requesttimer.h"
#include "models/domain/servicerequest.h"
#include "models/domain/timelimittable.h"
#include "models/io/exportfile.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/settingsrepository.h"

#include <QFileInfo>

#include <optional>

struct RequestExporter::Record
{
    QString kind;
    QString number;
    QDateTime registeredAt;
    QString classKey;
    QString house;
    QString reporter;
    bool major = false;
    QDateTime arrivalDeadline;
    QDateTime arrivedAt;
    OnTime arrivalOnTime = OnTime::NotMeasured;
    QDateTime completionDeadline;
    QDateTime completedAt;
    OnTime completionOnTime = OnTime::NotMeasured;
    QString state;
    QDateTime callbackAt;
    std::optional<bool> solved;
    QString attitude;
    std::optional<int> score;
    std::optional<qint64> feeFen;
};

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

bool RequestExporter::isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

RequestExporter::RequestExporter(Database &db) : m_db(db), m_zone(SettingsRepository(db).timeZone()) {}

Result<QList<RequestExporter::Record>> RequestExporter::records(const Session &who, int year, int month,
                                                                const QDateTime &asOf)
{
    AuditLog audit(m_db);
    if (Status s = audit.require(who, Permission::ViewFullDocuments, QStringLiteral("request")); !s)
        return Failure{s.error()};
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Failure{tr("Month: expected YYYY-MM.")};
    const QDateTime from(first, QTime(0, 0), m_zone);
    const QDateTime to(first.addMonths(1), QTime(0, 0), m_zone);

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
    auto instant = [this](const QVariant &v) {
        return v.isNull() ? QDateTime() : fromStored(v.toLongLong()).toTimeZone(m_zone);
    };
    QList<Record> list;
    while (q.next()) {
        Record r;
        r.kind = q.value(0).toString();
        r.number = q.value(1).toString();
        r.registeredAt = instant(q.value(2));
        r.classKey = q.value(3).toString();
        r.house = q.value(4).isNull() ? q.value(5).toString() : q.value(4).toString();
        r.reporter = q.value(6).toString();
        r.major = q.value(7).toInt() != 0;
        r.arrivalDeadline = instant(q.value(8));
        r.arrivedAt = instant(q.value(9));
        r.arrivalOnTime = RequestTimer::onTime(r.arrivalDeadline, r.arrivedAt, asOf);
        r.completionDeadline = instant(q.value(10));
        r.completedAt = instant(q.value(11));
        r.completionOnTime = RequestTimer::onTime(r.completionDeadline, r.completedAt, asOf);
        r.state = q.value(12).toString();
        r.callbackAt = instant(q.value(13));
        if (!q.value(14).isNull())
            r.solved = q.value(14).toInt() != 0;
        r.attitude = q.value(15).toString();
        if (!q.value(16).isNull())
            r.score = q.value(16).toInt();
        if (!q.value(17).isNull())
            r.feeFen = q.value(17).toLongLong();
        list << r;
    }
    return list;
}

namespace {

QString yesNo(bool yes, RequestExporter::Language language)
{
    if (language == RequestExporter::Language::Codes)
        return yes ? QStringLiteral("yes") : QStringLiteral("no");
    return yes ? RequestExporter::tr("Yes") : RequestExporter::tr("No");
}

QString onTimeText(OnTime onTime, RequestExporter::Language language)
{
    if (language == RequestExporter::Language::Codes)
        return RequestTimer::code(onTime);
    switch (onTime) {
    case OnTime::NotMeasured: return QString();
    case OnTime::Yes: return RequestExporter::tr("On time");
    case OnTime::No: return RequestExporter::tr("Late");
    case OnTime::Pending: return RequestExporter::tr("Pending");
    }
    return QString();
}

} // namespace

QStringList RequestExporter::text(const Record &r, Language language) const
{
    const bool codes = language == Language::Codes;
    auto iso = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); };
    auto shown = [&](const QDateTime &t) {
        return codes ? iso(t) : (t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
    };
    const auto kind = RequestCodes::kindFromCode(r.kind);
    const auto state = RequestCodes::stateFromCode(r.state);
    const auto attitude = RequestCodes::attitudeFromCode(r.attitude);
    return {codes || !kind ? r.kind : RequestCodes::displayName(*kind),
            r.number,
            shown(r.registeredAt),
            codes || !kind ? r.classKey : TimeLimitTable::className(*kind, r.classKey),
            r.house,
            r.reporter,
            yesNo(r.major, language),
            shown(r.arrivalDeadline),
            shown(r.arrivedAt),
            onTimeText(r.arrivalOnTime, language),
            shown(r.completionDeadline),
            shown(r.completedAt),
            onTimeText(r.completionOnTime, language),
            codes || !state ? r.state : RequestCodes::displayName(*state),
            shown(r.callbackAt),
            r.solved ? yesNo(*r.solved, language) : QString(),
            codes || !attitude ? r.attitude : RequestCodes::displayName(*attitude),
            r.score ? QString::number(*r.score) : QString(),
            r.feeFen ? yuan(*r.feeFen) : QString()};
}

QList<SheetCell> RequestExporter::cells(const Record &r, Language language) const
{
    const QStringList t = text(r, language);
    QList<SheetCell> c;
    for (const QString &cell : t)
        c << SheetCell::of(cell);
    // Times as date cells (the estate's wall clock), the score a number, the fee yuan.
    const QList<QPair<int, QDateTime>> times{{2, r.registeredAt},        {7, r.arrivalDeadline}, {8, r.arrivedAt},
                                             {10, r.completionDeadline}, {11, r.completedAt},    {14, r.callbackAt}};
    for (const auto &[column, at] : times)
        c[column] = SheetCell::instant(QDateTime(at.date(), at.time()));
    c[17] = r.score ? SheetCell::integer(*r.score) : SheetCell();
    c[18] = r.feeFen ? SheetCell::money(*r.feeFen) : SheetCell();
    return c;
}

Result<QList<QStringList>> RequestExporter::rows(const Session &who, int year, int month, const QDateTime &asOf,
                                                 Language language)
{
    const auto list = records(who, year, month, asOf);
    if (!list)
        return Failure{list.error()};
    QList<QStringList> rows;
    for (const Record &r : list.value())
        rows << text(r, language);
    return rows;
}

Result<Sheet> RequestExporter::sheet(const Session &who, int year, int month, const QDateTime &asOf, Language language)
{
    const auto list = records(who, year, month, asOf);
    if (!list)
        return Failure{list.error()};
    Sheet s;
    s.name = language == Language::Codes ? QStringLiteral("requests") : tr("Requests");
    s.header = language == Language::Codes ? columns() : translatedColumns();
    for (const Record &r : list.value())
        s.rows << cells(r, language);
    if (!list->isEmpty()) {
        // The total line: formulas over the rows above, so that it follows any edit.
        const int firstRow = 2; // 1-based: the header is row 1
        const int lastRow = firstRow + int(list->size()) - 1;
        QList<SheetCell> total(s.header.size());
        total[0] = SheetCell::of(language == Language::Codes ? QStringLiteral("total") : tr("Total"));
        qint64 fees = 0;
        for (const Record &r : list.value())
            fees += r.feeFen.value_or(0);
        total[1] = SheetCell::formula(QStringLiteral("COUNTA(B%1:B%2)").arg(firstRow).arg(lastRow), double(list->size()));
        total[18] = SheetCell::formula(QStringLiteral("SUM(S%1:S%2)").arg(firstRow).arg(lastRow), double(fees) / 100.0);
        s.rows << total;
    }
    return s;
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

Result<int> RequestExporter::audited(const Session &who, int year, int month, const QString &path, int count)
{
    AuditLog(m_db).record(who, QStringLiteral("requests_exported"), QStringLiteral("request"), {}, {},
                          QString::number(count),
                          QStringLiteral("%1-%2 %3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(path));
    return count;
}

Result<int> RequestExporter::write(const Session &who, int year, int month, const QString &path, Language language)
{
    const QDateTime asOf = m_db.clock().now();
    if (isXlsx(path)) {
        const auto data = sheet(who, year, month, asOf, language);
        if (!data)
            return Failure{data.error()};
        if (Status s = SpreadsheetWriter::write(path, {data.value()}); !s)
            return Failure{s.error()};
        return audited(who, year, month, path, int(qMax<qsizetype>(0, data->rows.size() - 1)));
    }
    const auto data = rows(who, year, month, asOf, language);
    if (!data)
        return Failure{data.error()};
    const QStringList header = language == Language::Codes ? columns() : translatedColumns();
    if (Status s = ExportFile::write(path, toCsv(header, data.value())); !s)
        return Failure{s.error()};
    return audited(who, year, month, path, int(data->size()));
}

Result<int> RequestExporter::writeCsv(const Session &who, int year, int month, const QString &path,
                                      bool translatedHeader)
{
    const auto data = rows(who, year, month, m_db.clock().now());
    if (!data)
        return Failure{data.error()};
    if (Status s = ExportFile::write(path, toCsv(translatedHeader ? translatedColumns() : columns(), data.value())); !s)
        return Failure{s.error()};
    return audited(who, year, month, path, int(data->size()));
}
