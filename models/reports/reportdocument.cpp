#include "models/reports/reportdocument.h"

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/reports/monthlyreport.h"
#include "models/repositories/auditlog.h"
#include "models/reports/reportkeys.h"
#include "models/repositories/reportrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
void flattenInto(QMap<QString, QJsonValue> &out, const QString &prefix, const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flattenInto(out, key, it.value().toObject());
        else
            out.insert(key, it.value());
    }
}
} // namespace

QJsonObject ReportDocument::toJson() const
{
    QJsonObject root = figures;
    root.insert(ReportKeys::Closed, closed);
    QJsonArray edits;
    for (const QString &key : lateEdits)
        edits.append(key);
    root.insert(ReportKeys::LateEdits, edits);
    return root;
}

ReportDocumentBuilder::ReportDocumentBuilder(Database &db) : m_db(db) {}

QMap<QString, QJsonValue> ReportDocumentBuilder::flatten(const QJsonObject &object)
{
    QMap<QString, QJsonValue> out;
    flattenInto(out, QString(), object);
    return out;
}

QStringList ReportDocumentBuilder::differences(const QJsonObject &frozen, const QJsonObject &live)
{
    const auto a = flatten(frozen);
    const auto b = flatten(live);
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys << key;
    }
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (key == ReportKeys::AsOf)
            continue;
        if (a.value(key) != b.value(key))
            changed << key;
    }
    return changed;
}

Result<QJsonObject> ReportDocumentBuilder::liveFigures(int year, int month, const QDateTime &asOf) const
{
    const auto figures = MonthlyReport(m_db).compute(year, month, asOf);
    if (!figures)
        return Failure{figures.error()};
    return figures->toJson();
}

Result<QJsonObject> ReportDocumentBuilder::monthFigures(const Session &who, int year, int month) const
{
    const auto stored = ReportRepository(m_db).month(who, MonthlyReport::monthKey(year, month));
    if (!stored)
        return Failure{stored.error()};
    if (stored->closed())
        return QJsonDocument::fromJson(stored->frozenJson).object();
    return liveFigures(year, month);
}

Result<ReportDocument> ReportDocumentBuilder::build(const Session &who, int year, int month, const QDateTime &asOf,
                                                    bool withTrend) const
{
    return build(who, year, month, asOf, withTrend, nullptr);
}

Result<ReportDocument> ReportDocumentBuilder::build(const Session &who, int year, int month,
                                                    MonthCache *pastMonths) const
{
    return build(who, year, month, {}, true, pastMonths);
}

Result<ReportDocument> ReportDocumentBuilder::build(const Session &who, int year, int month, const QDateTime &asOf,
                                                    bool withTrend, MonthCache *pastMonths) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::ViewReportsAndAudit},
                                     tr("Only managers see the monthly report."));
        !s)
        return Failure{s.error()};
    const QString key = MonthlyReport::monthKey(year, month);
    const auto stored = ReportRepository(m_db).month(who, key);
    if (!stored)
        return Failure{stored.error()};
    ReportDocument doc;
    doc.analysis = stored->analysis;
    doc.majorAccident = stored->majorAccident;
    doc.accidentNote = stored->accidentNote;
    if (stored->closed()) {
        doc.closed = true;
        doc.closedAt = stored->closedAt;
        doc.closedBy = stored->closedBy;
        doc.figures = QJsonDocument::fromJson(stored->frozenJson).object();
        // The same instant the frozen figures were computed for: any difference is a late edit.
        const QDateTime frozenAsOf = QDateTime::fromString(doc.figures.value(ReportKeys::AsOf).toString(),
                                                           Qt::ISODate);
        const auto live = liveFigures(year, month, frozenAsOf);
        if (!live)
            return Failure{live.error()};
        doc.lateEdits = differences(doc.figures, live.value());
    } else {
        const auto live = liveFigures(year, month, asOf);
        if (!live)
            return Failure{live.error()};
        doc.figures = live.value();
    }
    if (withTrend) {
        QDate m = QDate(year, month, 1).addMonths(-11);
        // A month that ended more than a day ago (in any time zone) no longer changes but
        // for late edits; the cache's owner drops it when it hears of a change.
        const QDate ended = m_db.clock().now().toUTC().date().addDays(-1);
        for (int i = 0; i < 11; ++i, m = m.addMonths(1)) {
            const QString monthKey = MonthlyReport::monthKey(m.year(), m.month());
            const bool past = m.addMonths(1) <= ended;
            if (pastMonths && past && pastMonths->contains(monthKey)) {
                doc.trend << pastMonths->value(monthKey);
                continue;
            }
            const auto figures = monthFigures(who, m.year(), m.month());
            if (!figures)
                return Failure{figures.error()};
            if (pastMonths && past)
                pastMonths->insert(monthKey, figures.value());
            doc.trend << figures.value();
        }
        doc.trend << doc.figures;
    }
    return doc;
}

Result<QList<QJsonObject>> ReportDocumentBuilder::year(const Session &who, int year) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::ViewReportsAndAudit},
                                     tr("Only managers see the monthly report."));
        !s)
        return Failure{s.error()};
    QList<QJsonObject> months;
    for (int m = 1; m <= 12; ++m) {
        const auto figures = monthFigures(who, year, m);
        if (!figures)
            return Failure{figures.error()};
        months << figures.value();
    }
    return months;
}
