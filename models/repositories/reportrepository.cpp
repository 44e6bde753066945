#include "models/repositories/reportrepository.h"

#include "models/database/database.h"
#include "models/database/binding.h"
#include "models/database/guardedwrite.h"
#include "models/database/query.h"
#include "models/database/transaction.h"

#include <QRegularExpression>

#include <cmath>

namespace {
const QString kSurveyEntity = QStringLiteral("survey_answer");
const QString kMonthEntity = QStringLiteral("report_month");
const QString kScoreEntity = QStringLiteral("assessment_score");

using Binding::notNull;
using Binding::textOrNull;
const auto instant = Binding::instantOrNull;
} // namespace

ReportRepository::ReportRepository(Database &db, QObject *parent) : QObject(parent), m_db(db), m_audit(db) {}

QDateTime ReportRepository::now() const
{
    return m_db.clock().now();
}

bool ReportRepository::validMonth(const QString &month)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return pattern.match(month).hasMatch();
}

Result<int> ReportRepository::addPaperAnswers(const Session &who, const QList<SurveyAnswerInput> &answers)
{
    const Result<int> written = GuardedWrite::runFor<int>(m_db, who, Permission::RegisterRequests, kSurveyEntity,
                                                          [&](int &out) -> Result<GuardedWrite::AuditRow> {
        const QDateTime current = now();
        for (int i = 0; i < answers.size(); ++i) {
            const SurveyAnswerInput &a = answers.at(i);
            if (a.answeredAt.isValid() && a.answeredAt > current.addDays(1))
                return Failure{tr("Answer %1: the date is in the future.").arg(i + 1)};
        }
        for (const SurveyAnswerInput &a : answers) {
            Query q(m_db, QStringLiteral(
                              "INSERT INTO survey_answers (source, answered_at, respondent, house_number, answer, remarks, "
                              "recorded_at, recorded_by) VALUES ('paper', :at, :who, :house, :answer, :remarks, :now, :by)"));
            q.bind(QStringLiteral(":at"), toStored(a.answeredAt.isValid() ? a.answeredAt : current));
            q.bind(QStringLiteral(":who"), notNull(a.respondent.trimmed()));
            q.bind(QStringLiteral(":house"), notNull(a.houseNumber.trimmed()));
            q.bind(QStringLiteral(":answer"), RequestCodes::code(a.answer));
            q.bind(QStringLiteral(":remarks"), textOrNull(a.remarks.trimmed()));
            q.bind(QStringLiteral(":now"), toStored(current));
            q.bind(QStringLiteral(":by"), who.username);
            if (Status s = q.exec(); !s)
                return Failure{s.error()};
        }
        out = int(answers.size());
        return GuardedWrite::AuditRow{QStringLiteral("survey_batch_entered"), kSurveyEntity, {}, {},
                                      QString::number(answers.size())};
    });
    if (!written)
        return written;
    emit surveysChanged();
    return written;
}

Result<qint64> ReportRepository::addDeskRating(const Session &who, const QString &service, Attitude answer,
                                               const QString &houseNumber, const QDateTime &at)
{
    const Result<qint64> written = GuardedWrite::runAuditedFor<qint64>(m_db, who,
                                                                       Permission::RegisterRequests, kSurveyEntity,
                                                                       [&](qint64 &out) -> Status {
        const QString key = service.trimmed();
        if (key.isEmpty())
            return Failure{tr("Name the service that is being rated.")};
        const auto rated = serviceRated(key);
        if (!rated)
            return Failure{rated.error()};
        if (rated.value())
            return Failure{tr("The service %1 has already been rated.").arg(key)};
        Query q(m_db, QStringLiteral(
                          "INSERT INTO survey_answers (source, answered_at, respondent, house_number, answer, service, "
                          "request_id, recorded_at, recorded_by) VALUES ('desk', :at, '', :house, :answer, :service, "
                          "(SELECT id FROM requests WHERE number = :number), :now, :by)"));
        const QDateTime current = now();
        q.bind(QStringLiteral(":at"), toStored(at.isValid() ? at : current));
        q.bind(QStringLiteral(":house"), notNull(houseNumber.trimmed()));
        q.bind(QStringLiteral(":answer"), RequestCodes::code(answer));
        q.bind(QStringLiteral(":service"), key);
        q.bind(QStringLiteral(":number"), key);
        q.bind(QStringLiteral(":now"), toStored(current));
        q.bind(QStringLiteral(":by"), who.username);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        const QVariant id = q.raw().lastInsertId();
        out = id.toLongLong();
        return {};
    });
    if (!written)
        return written;
    emit surveysChanged();
    return written;
}

Result<bool> ReportRepository::serviceRated(const QString &service) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_answers WHERE service = :service"));
    q.bind(QStringLiteral(":service"), service.trimmed());
    const auto n = q.scalar();
    if (!n)
        return Failure{n.error()};
    return n.value() > 0;
}

Result<QList<SurveyAnswer>> ReportRepository::answers(const Session &who, const QDateTime &from, const QDateTime &to,
                                                      int limit) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::RegisterRequests, Permission::ViewReportsAndAudit},
                                     tr("You may not see survey answers."));
        !s)
        return Failure{s.error()};
    Query q(m_db, QStringLiteral(
                      "SELECT id, source, answered_at, respondent, house_number, answer, remarks, service "
                      "FROM survey_answers WHERE answered_at >= :from AND answered_at < :to AND voided = 0 "
                      "ORDER BY answered_at DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":from"), toStored(from)).bind(QStringLiteral(":to"), toStored(to));
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<SurveyAnswer> list;
    while (q.next()) {
        SurveyAnswer a;
        a.id = q.value(0).toLongLong();
        a.source = q.value(1).toString();
        a.answeredAt = instant(q.value(2));
        a.respondent = q.value(3).toString();
        a.houseNumber = q.value(4).toString();
        a.answer = RequestCodes::attitudeFromCode(q.value(5).toString()).value_or(Attitude::Satisfied);
        a.remarks = q.value(6).toString();
        a.service = q.value(7).toString();
        list << a;
    }
    return list;
}

Result<ReportMonth> ReportRepository::month(const Session &who, const QString &month) const
{
    if (Status s = AuditLog::permits(m_db, who, {Permission::ViewReportsAndAudit},
                                     tr("Only managers see the monthly report."));
        !s)
        return Failure{s.error()};
    if (!validMonth(month))
        return Failure{tr("%1 is not a month (YYYY-MM).").arg(month)};
    ReportMonth m;
    m.month = month;
    Query q(m_db, QStringLiteral(
                      "SELECT analysis, analysis_updated_at, analysis_updated_by, major_accident, accident_note, "
                      "closed_at, closed_by, frozen_json FROM report_months WHERE month = :month"));
    q.bind(QStringLiteral(":month"), month);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    if (q.next()) {
        m.analysis = q.value(0).toString();
        m.analysisUpdatedAt = instant(q.value(1));
        m.analysisUpdatedBy = q.value(2).toString();
        m.majorAccident = q.value(3).toInt() != 0;
        m.accidentNote = q.value(4).toString();
        m.closedAt = instant(q.value(5));
        m.closedBy = q.value(6).toString();
        m.frozenJson = q.value(7).toString().toUtf8();
    }
    return m;
}

Status ReportRepository::ensureMonth(const QString &month)
{
    Query exists(m_db, QStringLiteral("SELECT COUNT(*) FROM report_months WHERE month = :month"));
    exists.bind(QStringLiteral(":month"), month);
    const auto n = exists.scalar();
    if (!n)
        return Failure{n.error()};
    if (n.value() > 0)
        return {};
    Query q(m_db, QStringLiteral("INSERT INTO report_months (month) VALUES (:month)"));
    q.bind(QStringLiteral(":month"), month);
    return q.exec();
}

Status ReportRepository::changeMonth(const Session &who, const QString &month, const QString &entity,
                                     const std::function<Result<GuardedWrite::AuditRow>(const ReportMonth &)> &change)
{
    if (Status written = GuardedWrite::run(m_db, who, Permission::ViewReportsAndAudit, entity,
                                           [&]() -> Result<GuardedWrite::AuditRow> {
                                               const auto before = this->month(who, month);
                                               if (!before)
                                                   return Failure{before.error()};
                                               return change(*before);
                                           });
        !written)
        return written;
    emit monthChanged(month);
    return {};
}

Status ReportRepository::setAnalysis(const Session &who, const QString &month, const QString &analysis)
{
    return changeMonth(who, month, kMonthEntity, [&](const ReportMonth &before) -> Result<GuardedWrite::AuditRow> {
        if (before.closed())
            return Failure{tr("%1 is closed: its report can no longer be changed.").arg(month)};
        if (Status s = ensureMonth(month); !s)
            return Failure{s.error()};
        Query q(m_db, QStringLiteral(
                          "UPDATE report_months SET analysis = :text, analysis_updated_at = :at, analysis_updated_by = :by, "
                          "row_version = row_version + 1 WHERE month = :month"));
        q.bind(QStringLiteral(":text"), notNull(analysis));
        q.bind(QStringLiteral(":at"), toStored(now()));
        q.bind(QStringLiteral(":by"), who.displayName.isEmpty() ? who.username : who.displayName);
        q.bind(QStringLiteral(":month"), month);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("report_analysis_saved"), kMonthEntity, month};
    });
}

Status ReportRepository::setMajorAccident(const Session &who, const QString &month, bool accident, const QString &note)
{
    return changeMonth(who, month, kMonthEntity, [&](const ReportMonth &before) -> Result<GuardedWrite::AuditRow> {
        if (before.closed())
            return Failure{tr("%1 is closed: its report can no longer be changed.").arg(month)};
        if (Status s = ensureMonth(month); !s)
            return Failure{s.error()};
        Query q(m_db, QStringLiteral("UPDATE report_months SET major_accident = :flag, accident_note = :note, "
                                     "row_version = row_version + 1 WHERE month = :month"));
        q.bind(QStringLiteral(":flag"), accident ? 1 : 0);
        q.bind(QStringLiteral(":note"), textOrNull(note.trimmed()));
        q.bind(QStringLiteral(":month"), month);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("major_accident_recorded"), kMonthEntity, month,
                                      before.majorAccident ? QStringLiteral("yes") : QStringLiteral("no"),
                                      accident ? QStringLiteral("yes") : QStringLiteral("no"), note};
    });
}

Status ReportRepository::closeMonth(const Session &who, const QString &month, const QByteArray &figuresJson)
{
    return changeMonth(who, month, kMonthEntity, [&](const ReportMonth &before) -> Result<GuardedWrite::AuditRow> {
        if (before.closed())
            return Failure{tr("%1 is already closed.").arg(month)};
        if (figuresJson.isEmpty())
            return Failure{tr("There are no figures to freeze.")};
        if (Status s = ensureMonth(month); !s)
            return Failure{s.error()};
        Query q(m_db, QStringLiteral("UPDATE report_months SET closed_at = :at, closed_by = :by, frozen_json = :json, "
                                     "row_version = row_version + 1 WHERE month = :month AND closed_at IS NULL"));
        q.bind(QStringLiteral(":at"), toStored(now()));
        q.bind(QStringLiteral(":by"), who.displayName.isEmpty() ? who.username : who.displayName);
        q.bind(QStringLiteral(":json"), QString::fromUtf8(figuresJson));
        q.bind(QStringLiteral(":month"), month);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        if (q.numRowsAffected() != 1)
            return Failure{tr("%1 was closed by someone else in the meantime.").arg(month)};
        return GuardedWrite::AuditRow{QStringLiteral("report_month_closed"), kMonthEntity, month};
    });
}

Result<QList<RaterScore>> ReportRepository::scores(const QString &month) const
{
    Query q(m_db, QStringLiteral("SELECT rater, score_tenths, note FROM assessment_scores WHERE month = :month "
                                 "ORDER BY rater"));
    q.bind(QStringLiteral(":month"), month);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<RaterScore> list;
    while (q.next())
        list << RaterScore{q.value(0).toString(), q.value(1).toLongLong() / 10.0, q.value(2).toString()};
    return list;
}

Status ReportRepository::setScore(const Session &who, const QString &month, const RaterScore &score)
{
    const Status written = GuardedWrite::run(m_db, who, Permission::ViewReportsAndAudit, kScoreEntity,
                                             [&]() -> Result<GuardedWrite::AuditRow> {
        if (!validMonth(month))
            return Failure{tr("%1 is not a month (YYYY-MM).").arg(month)};
        const QString rater = score.rater.trimmed();
        if (rater.isEmpty())
            return Failure{tr("Rater: enter the name of the person who scored.")};
        if (!(score.score >= 0 && score.score <= 100))
            return Failure{tr("Score: between 0 and 100.")};
        const auto before = this->month(who, month);
        if (!before)
            return Failure{before.error()};
        if (before->closed())
            return Failure{tr("%1 is closed: its report can no longer be changed.").arg(month)};
        const qint64 tenths = std::llround(score.score * 10);
        Query update(m_db, QStringLiteral("UPDATE assessment_scores SET score_tenths = :score, note = :note, "
                                          "recorded_at = :at, recorded_by = :by WHERE month = :month AND rater = :rater"));
        update.bind(QStringLiteral(":score"), tenths).bind(QStringLiteral(":note"), textOrNull(score.note));
        update.bind(QStringLiteral(":at"), toStored(now())).bind(QStringLiteral(":by"), who.username);
        update.bind(QStringLiteral(":month"), month).bind(QStringLiteral(":rater"), rater);
        if (Status s = update.exec(); !s)
            return Failure{s.error()};
        if (update.numRowsAffected() == 0) {
            Query insert(m_db, QStringLiteral("INSERT INTO assessment_scores (month, rater, score_tenths, note, "
                                              "recorded_at, recorded_by) VALUES (:month, :rater, :score, :note, :at, :by)"));
            insert.bind(QStringLiteral(":month"), month).bind(QStringLiteral(":rater"), rater);
            insert.bind(QStringLiteral(":score"), tenths).bind(QStringLiteral(":note"), textOrNull(score.note));
            insert.bind(QStringLiteral(":at"), toStored(now())).bind(QStringLiteral(":by"), who.username);
            if (Status s = insert.exec(); !s)
                return Failure{s.error()};
        }
        return GuardedWrite::AuditRow{QStringLiteral("assessment_scored"), kScoreEntity, month, {},
                                      QString::number(score.score, 'f', 1), rater};
    });
    if (!written)
        return Failure{written.error()};
    emit monthChanged(month);
    return {};
}

Status ReportRepository::removeScore(const Session &who, const QString &month, const QString &rater)
{
    return changeMonth(who, month, kScoreEntity, [&](const ReportMonth &before) -> Result<GuardedWrite::AuditRow> {
        if (before.closed())
            return Failure{tr("%1 is closed: its report can no longer be changed.").arg(month)};
        Query q(m_db, QStringLiteral("DELETE FROM assessment_scores WHERE month = :month AND rater = :rater"));
        q.bind(QStringLiteral(":month"), month).bind(QStringLiteral(":rater"), rater);
        if (Status s = q.exec(); !s)
            return Failure{s.error()};
        return GuardedWrite::AuditRow{QStringLiteral("assessment_score_removed"), kScoreEntity, month, {}, {}, rater};
    });
}
