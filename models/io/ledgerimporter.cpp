#include "models/io/ledgerimporter.h"

#include "models/database/database.h"
#include "models/database/transaction.h"
#include "models/domain/deadlinecalculator.h"
#include "models/domain/timelimittable.h"
#include "models/io/tablereader.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/settingsrepository.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// The ledger columns (Chinese as in the office's sheets, English as an alternative).
enum Field {
    Registered, House, PublicArea, Reporter, Phone, Category, Content, Major, Dispatched, Worker, Arrived,
    Completed, Fee, CallbackAt, Solved, Attitude_, Score, Satisfaction, Remarks, FieldCount
};

QStringList headerNames(Field field, RequestKind kind)
{
    const bool repair = kind == RequestKind::Repair;
    switch (field) {
    case Registered: return {QStringLiteral("登记时间"), QStringLiteral("registered_at")};
    case House: return {QStringLiteral("房号"), QStringLiteral("house")};
    case PublicArea: return {QStringLiteral("公共区域"), QStringLiteral("位置"), QStringLiteral("location")};
    case Reporter:
        return {repair ? QStringLiteral("报修人") : QStringLiteral("投诉人"), QStringLiteral("reporter")};
    case Phone: return {QStringLiteral("电话"), QStringLiteral("phone")};
    case Category: return {repair ? QStringLiteral("类别") : QStringLiteral("类型"), QStringLiteral("class")};
    case Content: return {QStringLiteral("内容"), QStringLiteral("description")};
    case Major: return {QStringLiteral("是否重大"), QStringLiteral("major")};
    case Dispatched: return {QStringLiteral("派工时间"), QStringLiteral("dispatched_at")};
    case Worker:
        return {repair ? QStringLiteral("维修人") : QStringLiteral("处理人"), QStringLiteral("receiver")};
    case Arrived: return {QStringLiteral("到场时间"), QStringLiteral("arrived_at")};
    case Completed:
        return {repair ? QStringLiteral("完工时间") : QStringLiteral("办结时间"), QStringLiteral("completed_at")};
    case Fee: return {QStringLiteral("收费"), QStringLiteral("fee")};
    case CallbackAt: return {QStringLiteral("回访时间"), QStringLiteral("callback_at")};
    case Solved: return {QStringLiteral("是否解决"), QStringLiteral("solved")};
    case Attitude_: return {QStringLiteral("服务态度"), QStringLiteral("attitude")};
    case Score: return {QStringLiteral("评分"), QStringLiteral("score")};
    case Satisfaction: return {QStringLiteral("满意度"), QStringLiteral("satisfaction")};
    case Remarks: return {QStringLiteral("备注"), QStringLiteral("notes")};
    case FieldCount: break;
    }
    return {};
}

QString classKey(RequestKind kind, const QString &text)
{
    static const QHash<QString, QString> repairs = {
        {QStringLiteral("急修"), QStringLiteral("emergency")},
        {QStringLiteral("简易维修"), QStringLiteral("simple")},
        {QStringLiteral("一般维修"), QStringLiteral("general")},
        {QStringLiteral("公共紧急"), QStringLiteral("public_urgent")},
        {QStringLiteral("公共一般"), QStringLiteral("public_other")},
    };
    static const QHash<QString, QString> complaints = {
        {QStringLiteral("服务态度一般"), QStringLiteral("attitude_ordinary")},
        {QStringLiteral("服务态度严重"), QStringLiteral("attitude_serious")},
        {QStringLiteral("工程维修"), QStringLiteral("engineering")},
        {QStringLiteral("公共紧急"), QStringLiteral("public_urgent")},
        {QStringLiteral("公共一般"), QStringLiteral("public_other")},
        {QStringLiteral("邻里行为"), QStringLiteral("neighbour")},
        {QStringLiteral("其他"), QStringLiteral("other")},
    };
    const QString key = (kind == RequestKind::Repair ? repairs : complaints).value(text);
    if (!key.isEmpty())
        return key;
    return TimeLimitTable::isClass(kind, text) ? text : QString();
}

std::optional<bool> yesNo(const QString &text)
{
    if (text == QStringLiteral("是") || text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return true;
    if (text == QStringLiteral("否") || text.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<Attitude> attitude(const QString &text)
{
    if (text == QStringLiteral("满意"))
        return Attitude::Satisfied;
    if (text == QStringLiteral("一般") || text == QStringLiteral("基本满意"))
        return Attitude::Basic;
    if (text == QStringLiteral("不满意"))
        return Attitude::Unsatisfied;
    return RequestCodes::attitudeFromCode(text);
}

// "35", "35.5", "35.50", "¥35.00" yuan -> fen, without floating point.
std::optional<qint64> fen(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[¥￥]?\\s*(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*(元)?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

QDateTime instant(const QString &text, const QTimeZone &zone)
{
    // A date-time cell of an Excel workbook arrives as its serial number: days since
    // 1899-12-30, the fraction being the time of day.
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    if (serial.match(text).hasMatch()) {
        const double days = text.toDouble();
        const qint64 whole = qint64(days);
        const qint64 seconds = qRound64((days - double(whole)) * 86400.0);
        const QDate date = QDate(1899, 12, 30).addDays(whole);
        const QTime time = QTime(0, 0).addSecs(int(seconds / 60 * 60)); // to the minute, as the ledger is kept
        return QDateTime(date, seconds >= 86400 ? QTime(23, 59) : time, zone).toUTC();
    }
    static const QStringList formats = {
        QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd H:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy/M/d H:mm"),    QStringLiteral("yyyy/M/d HH:mm"),  QStringLiteral("yyyy/M/d H:mm:ss"),
        QStringLiteral("yyyy-M-d H:mm"),
    };
    for (const QString &format : formats) {
        const QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), zone).toUTC();
    }
    return {};
}

} // namespace

LedgerImporter::LedgerImporter(Database &db, RequestRepository &requests) : m_db(db), m_requests(requests), m_writer(db)
{
}

Result<TextTable> LedgerImporter::readFile(const QString &path)
{
    const auto read = TableReader::readFile(path);
    if (!read)
        return Failure{read.error()};
    const auto table = fromTable(read.value());
    if (!table)
        return Failure{tr("%1 is empty.").arg(QFileInfo(path).fileName())};
    return table;
}

Result<TextTable> LedgerImporter::fromTable(const Table &read)
{
    TextTable table;
    for (const TableRow &row : read.rows) {
        if (table.headerLine == 0) {
            table.header = row.cells;
            table.headerLine = row.line;
        } else {
            table.rows << TextTable::Row{row.line, row.cells};
        }
    }
    if (table.headerLine == 0)
        return Failure{tr("The ledger is empty.")};
    return table;
}

Result<ImportReport> LedgerImporter::importFile(const Session &who, RequestKind kind, const QString &path, bool dryRun)
{
    const auto table = readFile(path);
    if (!table)
        return Failure{table.error()};
    return importTable(who, kind, table.value(), QFileInfo(path).fileName(), dryRun);
}

Result<ImportReport> LedgerImporter::importTable(const Session &who, RequestKind kind, const TextTable &table,
                                                 const QString &source, bool dryRun)
{
    AuditLog audit(m_db);
    if (Status s = audit.require(who, Permission::RegisterRequests, QStringLiteral("request")); !s)
        return Failure{s.error()};
    if (kind == RequestKind::Enquiry)
        return Failure{tr("Only repair and complaint ledgers can be imported.")};

    int col[FieldCount];
    for (int f = 0; f < FieldCount; ++f)
        col[f] = table.column(headerNames(Field(f), kind));
    for (Field required : {Registered, Reporter, Category, Content}) {
        if (col[required] < 0)
            return Failure{tr("The ledger has no column %1.").arg(headerNames(required, kind).first())};
    }
    if (col[House] < 0 && col[PublicArea] < 0)
        return Failure{tr("The ledger has no column %1.").arg(headerNames(House, kind).first())};

    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    const HolidayCalendar calendar = CalendarRepository(m_db).calendar();
    const DeadlineCalculator calculator(calendar, zone);
    const TimeLimitTable limits = m_requests.timeLimits().limits();
    const QDateTime now = m_db.clock().now();

    ImportReport report;
    QSet<QString> seen; // duplicates inside the file
    Transaction tx(m_db);
    for (const TextTable::Row &row : table.rows) {
        auto cell = [&](Field f) { return col[f] < 0 ? QString() : row.cells.value(col[f]).trimmed(); };
        auto reject = [&](const QString &reason) { report.rejected << ImportRejection{row.line, reason}; };
        auto header = [&](Field f) { return table.header.value(col[f]).trimmed(); };
        // A time column: empty is allowed, garbage is not.
        QString badTime;
        auto timeOf = [&](Field f) -> QDateTime {
            const QString text = cell(f);
            if (text.isEmpty())
                return {};
            const QDateTime t = instant(text, zone);
            if (!t.isValid() && badTime.isEmpty())
                badTime = tr("%1: \"%2\" is not a time like 2026-03-01 09:30.").arg(header(f), text);
            return t;
        };

        ServiceRequest r;
        r.kind = kind;
        r.channel = RequestChannel::Other;
        r.signatureConfirmed = true; // the paper ledger was signed at the time
        r.registeredAt = timeOf(Registered);
        if (cell(Registered).isEmpty()) {
            reject(tr("%1: required.").arg(header(Registered)));
            continue;
        }
        r.reporterName = cell(Reporter);
        r.reporterPhone = cell(Phone);
        r.description = cell(Content);
        r.classKey = classKey(kind, cell(Category));
        QString house = cell(House);
        QString area = cell(PublicArea);
        if (area.isEmpty() && house.startsWith(QStringLiteral("公共区域"))) {
            area = house.mid(4).trimmed();
            if (area.startsWith(QLatin1Char('+')) || area.startsWith(QLatin1Char(':')) || area.startsWith(QChar(0xFF1A)))
                area = area.mid(1).trimmed();
            if (area.isEmpty())
                area = QStringLiteral("公共区域");
            house.clear();
        }
        r.houseNumber = area.isEmpty() ? house : QString();
        r.publicLocation = area;
        r.receiverName = cell(Worker);
        r.dispatchedAt = timeOf(Dispatched);
        r.arrivedAt = timeOf(Arrived);
        r.completedAt = timeOf(Completed);
        const QDateTime callbackAt = timeOf(CallbackAt);

        if (!badTime.isEmpty()) {
            reject(badTime);
            continue;
        }
        if (r.reporterName.isEmpty()) {
            reject(tr("%1: required.").arg(header(Reporter)));
            continue;
        }
        if (r.description.isEmpty()) {
            reject(tr("%1: required.").arg(header(Content)));
            continue;
        }
        if (r.classKey.isEmpty()) {
            reject(cell(Category).isEmpty() ? tr("%1: required.").arg(header(Category))
                                            : tr("%1: \"%2\" is not a known class.").arg(header(Category), cell(Category)));
            continue;
        }
        if (r.houseNumber.isEmpty() && r.publicLocation.isEmpty()) {
            reject(tr("The house number or the public location is required."));
            continue;
        }
        if (r.registeredAt > now) {
            reject(tr("%1: the time lies in the future.").arg(header(Registered)));
            continue;
        }
        // The steps must follow one another.
        QDateTime previous = r.registeredAt;
        QString order;
        for (Field f : {Dispatched, Arrived, Completed, CallbackAt}) {
            const QDateTime t = f == CallbackAt ? callbackAt
                                : f == Dispatched ? r.dispatchedAt
                                : f == Arrived    ? r.arrivedAt
                                                  : r.completedAt;
            if (!t.isValid())
                continue;
            if (t < previous) {
                order = tr("%1 is earlier than the step before it.").arg(header(f));
                break;
            }
            if (t > now) {
                order = tr("%1: the time lies in the future.").arg(header(f));
                break;
            }
            previous = t;
        }
        if (!order.isEmpty()) {
            reject(order);
            continue;
        }
        if (col[Major] >= 0 && !cell(Major).isEmpty()) {
            const auto major = yesNo(cell(Major));
            if (!major) {
                reject(tr("%1: write 是 or 否.").arg(header(Major)));
                continue;
            }
            r.major = *major;
        }
        if (!cell(Fee).isEmpty()) {
            r.feeFen = fen(cell(Fee));
            if (!r.feeFen) {
                reject(tr("%1: \"%2\" is not an amount in yuan like 35.50.").arg(header(Fee), cell(Fee)));
                continue;
            }
        }

        std::optional<RequestCallback> callback;
        const bool callbackAnswers = !cell(Solved).isEmpty() || !cell(Attitude_).isEmpty() || !cell(Score).isEmpty()
                                     || !cell(Satisfaction).isEmpty();
        if (callbackAt.isValid() || callbackAnswers) {
            if (!callbackAt.isValid()) {
                reject(tr("Callback answers without %1.").arg(headerNames(CallbackAt, kind).first()));
                continue;
            }
            if (!r.completedAt.isValid()) {
                reject(tr("A callback needs the completion time."));
                continue;
            }
            RequestCallback cb;
            cb.at = callbackAt;
            QString problem;
            if (!cell(Solved).isEmpty()) {
                cb.solved = yesNo(cell(Solved));
                if (!cb.solved)
                    problem = tr("%1: write 是 or 否.").arg(header(Solved));
            }
            const QString mood = !cell(Attitude_).isEmpty() ? cell(Attitude_) : cell(Satisfaction);
            const Field moodField = !cell(Attitude_).isEmpty() ? Attitude_ : Satisfaction;
            if (problem.isEmpty() && !mood.isEmpty()) {
                cb.attitude = attitude(mood);
                if (!cb.attitude)
                    problem = tr("%1: write 满意, 一般 (基本满意) or 不满意.").arg(header(moodField));
            }
            if (problem.isEmpty() && !cell(Score).isEmpty()) {
                bool ok = false;
                const int score = cell(Score).toInt(&ok);
                if (!ok || score < 1 || score > 10)
                    problem = tr("%1: a whole number from 1 to 10.").arg(header(Score));
                else
                    cb.score = score;
            }
            if (!problem.isEmpty()) {
                reject(problem);
                continue;
            }
            callback = cb;
        }

        const QString key = QString::number(toStored(r.registeredAt)) + QChar(0x1f) + r.reporterName + QChar(0x1f)
                            + r.description;
        if (seen.contains(key)) {
            ++report.alreadyPresent;
            continue;
        }
        seen.insert(key);
        const auto present = m_writer.exists(kind, r.registeredAt, r.reporterName, r.description);
        if (!present)
            return Failure{present.error()};
        if (present.value()) {
            ++report.alreadyPresent;
            continue;
        }
        if (dryRun) {
            ++report.imported; // would be imported
            continue;
        }
        const auto id = m_writer.insert(who, r, callback, limits, calculator, cell(Remarks));
        if (!id)
            return Failure{tr("Line %1: %2").arg(row.line).arg(id.error())};
        ++report.imported;
    }
    if (dryRun)
        return report; // the transaction rolls back: nothing was written
    if (Status s = audit.record(who, QStringLiteral("requests_imported"), QStringLiteral("request"), {}, {},
                                QString::number(report.imported),
                                QStringLiteral("%1 %2: rejected %3, already present %4")
                                    .arg(RequestCodes::code(kind), source)
                                    .arg(report.rejected.size())
                                    .arg(report.alreadyPresent));
        !s)
        return Failure{s.error()};
    if (Status s = tx.commit(); !s)
        return Failure{s.error()};
    if (report.imported > 0)
        m_requests.notifyBulkChange();
    return report;
}
