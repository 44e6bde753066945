#pragma once

#include "models/database/guardedwrite.h"
#include "models/domain/result.h"
#include "models/domain/servicerequest.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>

// One questionnaire answer (seed 000 第15篇).
struct SurveyAnswerInput
{
    QDateTime answeredAt; // invalid: now
    QString respondent;
    QString houseNumber;
    Attitude answer = Attitude::Satisfied;
    QString remarks;
};

struct SurveyAnswer
{
    qint64 id = 0;
    QString source; // paper / desk
    QDateTime answeredAt;
    QString respondent;
    QString houseNumber;
    Attitude answer = Attitude::Satisfied;
    QString remarks;
    QString service;
};

struct RaterScore
{
    QString rater;
    double score = 0; // points, one decimal
    QString note;
};

// What is kept with a month: the manager's analysis, the safety record, the closing.
struct ReportMonth
{
    QString month; // "2026-09"
    QString analysis;
    QDateTime analysisUpdatedAt;
    QString analysisUpdatedBy;
    bool majorAccident = false;
    QString accidentNote;
    QDateTime closedAt;
    QString closedBy;
    QByteArray frozenJson; // the figures as they were when the month was closed
    bool closed() const { return closedAt.isValid(); }
};

// Survey answers, the month's analysis and closing, and the assessment scores (SPEC 6).
class ReportRepository : public QObject
{
    Q_OBJECT

public:
    explicit ReportRepository(Database &db, QObject *parent = nullptr);

    // A batch of paper questionnaires, all or nothing. Clerks and managers.
    Result<int> addPaperAnswers(const Session &who, const QList<SurveyAnswerInput> &answers);
    // The desk rating (电子评议): one answer per service; a second answer for the same service is refused.
    Result<qint64> addDeskRating(const Session &who, const QString &service, Attitude answer,
                                 const QString &houseNumber = {}, const QDateTime &at = {});
    Result<bool> serviceRated(const QString &service) const;
    // Answers given in [from, to), newest first, at most limit of them.
    Result<QList<SurveyAnswer>> answers(const Session &who, const QDateTime &from, const QDateTime &to,
                                        int limit = 500) const;

    Result<ReportMonth> month(const Session &who, const QString &month) const;
    Status setAnalysis(const Session &who, const QString &month, const QString &analysis);
    Status setMajorAccident(const Session &who, const QString &month, bool accident, const QString &note);
    // Freezes the figures; a closed month cannot be closed again.
    Status closeMonth(const Session &who, const QString &month, const QByteArray &figuresJson);

    Result<QList<RaterScore>> scores(const QString &month) const;
    Status setScore(const Session &who, const QString &month, const RaterScore &score);
    Status removeScore(const Session &who, const QString &month, const QString &rater);

    static bool validMonth(const QString &month);

signals:
    void surveysChanged();
    void monthChanged(const QString &month);

private:
    Status ensureMonth(const QString &month);
    // The month as it stands (permission first), the change and its audit row, then monthChanged.
    Status changeMonth(const Session &who, const QString &month, const QString &entity,
                       const std::function<Result<GuardedWrite::AuditRow>(const ReportMonth &)> &change);
    QDateTime now() const;

    Database &m_db;
    mutable AuditLog m_audit;
};
