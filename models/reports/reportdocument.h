#pragma once

#include <QHash>

#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Database;

// Everything the printed report shows for a month: the figures (frozen ones for a closed
// month), the manager's analysis, the trend of the last twelve months, and the late edits.
struct ReportDocument
{
    QJsonObject figures;        // MonthlyFigures::toJson(), or the frozen copy
    bool closed = false;
    QDateTime closedAt;
    QString closedBy;
    QStringList lateEdits;      // dotted keys whose value changed since the month was closed
    QString analysis;
    bool majorAccident = false;
    QString accidentNote;
    QList<QJsonObject> trend;   // the twelve months ending with this one, oldest first

    // The JSON of the CLI: the figures with the closing state and the late edits.
    QJsonObject toJson() const;
};

class ReportDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocumentBuilder)

public:
    explicit ReportDocumentBuilder(Database &db);

    // asOf invalid: the default (now, or the end of the month). A closed month ignores asOf.
    Result<ReportDocument> build(const Session &who, int year, int month, const QDateTime &asOf = {},
                                 bool withTrend = true) const;
    // The same, the trend's past months taken from (and kept in) the caller's cache: a month
    // that has ended, or is closed, is computed once per cache.
    using MonthCache = QHash<QString, QJsonObject>;
    Result<ReportDocument> build(const Session &who, int year, int month, MonthCache *pastMonths) const;
    // The figures as they would be frozen now.
    Result<QJsonObject> liveFigures(int year, int month, const QDateTime &asOf = {}) const;
    // The twelve months of a year (closed months as frozen).
    Result<QList<QJsonObject>> year(const Session &who, int year) const;

    // Leaves of a JSON object as dotted paths ("repairs.received"); arrays as one leaf.
    static QMap<QString, QJsonValue> flatten(const QJsonObject &object);
    static QStringList differences(const QJsonObject &frozen, const QJsonObject &live);

private:
    Result<QJsonObject> monthFigures(const Session &who, int year, int month) const;
    Result<ReportDocument> build(const Session &who, int year, int month, const QDateTime &asOf, bool withTrend,
                                 MonthCache *pastMonths) const;

    Database &m_db;
};
