#include "models/reports/assessment.h"

#include "models/database/database.h"
#include "models/database/query.h"
#include "models/reports/reportkeys.h"
#include "models/repositories/settingsrepository.h"

#include <QJsonArray>

#include <algorithm>

namespace {
constexpr int kLookBackMonths = 24;

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

MonthlyAssessment::MonthlyAssessment(Database &db) : m_db(db) {}

std::optional<double> MonthlyAssessment::officeScore(QList<double> scores)
{
    if (scores.isEmpty())
        return std::nullopt;
    std::sort(scores.begin(), scores.end());
    if (scores.size() >= 3) {
        scores.removeFirst();
        scores.removeLast();
    }
    double sum = 0;
    for (double s : scores)
        sum += s;
    return sum / double(scores.size());
}

QString MonthlyAssessment::grade(double score)
{
    // Compared in hundredths, so that 89.999999 from floating point is not a whole grade lower.
    const qint64 hundredths = qRound64(score * 100);
    if (hundredths >= 9000)
        return QStringLiteral("excellent");
    if (hundredths >= 8000)
        return QStringLiteral("pass");
    if (hundredths >= 7000)
        return QStringLiteral("basic_pass");
    return QStringLiteral("fail");
}

QString MonthlyAssessment::gradeName(const QString &code)
{
    if (code == QLatin1String("excellent"))
        return tr("Excellent");
    if (code == QLatin1String("pass"))
        return tr("Pass");
    if (code == QLatin1String("basic_pass"))
        return tr("Basic pass");
    if (code == QLatin1String("fail"))
        return tr("Fail");
    return {};
}

QString MonthlyAssessment::vetoName(const QString &code)
{
    if (code == QLatin1String("unsatisfied_share"))
        return tr("Unsatisfied answers above 40%");
    if (code == QLatin1String("major_safety_accident"))
        return tr("Major safety accident");
    return code;
}

AssessmentResult MonthlyAssessment::evaluate(const QList<double> &raterScores, const SatisfactionCount &satisfaction,
                                             bool majorAccident)
{
    AssessmentResult r;
    r.raterScores = raterScores;
    r.officeScore = officeScore(raterScores);
    if (const auto rate = satisfaction.rate())
        r.satisfactionScore = *rate * 100.0;
    if (r.officeScore && r.satisfactionScore)
        r.score = officeWeight * *r.officeScore + satisfactionWeight * *r.satisfactionScore;
    if (const auto share = satisfaction.unsatisfiedShare(); share && *share > vetoUnsatisfiedShare)
        r.vetoReasons << QStringLiteral("unsatisfied_share");
    if (majorAccident)
        r.vetoReasons << QStringLiteral("major_safety_accident");
    r.veto = !r.vetoReasons.isEmpty();
    if (r.veto)
        r.grade = QStringLiteral("fail");
    else if (r.score)
        r.grade = grade(*r.score);
    return r;
}

Result<QList<double>> MonthlyAssessment::raterScores(const QString &month) const
{
    Query q(m_db, QStringLiteral("SELECT score_tenths FROM assessment_scores WHERE month = :month ORDER BY rater"));
    q.bind(QStringLiteral(":month"), month);
    if (Status s = q.exec(); !s)
        return Failure{s.error()};
    QList<double> list;
    while (q.next())
        list << q.value(0).toLongLong() / 10.0;
    return list;
}

Result<bool> MonthlyAssessment::majorAccident(const QString &month) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM report_months WHERE month = :month AND major_accident = 1"));
    q.bind(QStringLiteral(":month"), month);
    const auto n = q.scalar();
    if (!n)
        return Failure{n.error()};
    return n.value() > 0;
}

Result<std::optional<AssessmentResult>> MonthlyAssessment::assess(int year, int month,
                                                                   const SatisfactionCount &satisfaction) const
{
    const QString key = MonthlyReport::monthKey(year, month);
    const auto scores = raterScores(key);
    if (!scores)
        return Failure{scores.error()};
    if (scores->isEmpty())
        return std::optional<AssessmentResult>();
    const auto accident = majorAccident(key);
    if (!accident)
        return Failure{accident.error()};
    AssessmentResult result = evaluate(scores.value(), satisfaction, accident.value());
    if (result.grade != QLatin1String("fail"))
        return std::optional<AssessmentResult>(result);

    // Walk back while the months before were scored and failed.
    result.consecutiveFailedMonths = 1;
    const QTimeZone zone = SettingsRepository(m_db).timeZone();
    MonthlyReport report(m_db);
    QDate previous = QDate(year, month, 1).addMonths(-1);
    for (int i = 0; i < kLookBackMonths; ++i, previous = previous.addMonths(-1)) {
        const QString previousKey = MonthlyReport::monthKey(previous.year(), previous.month());
        const auto previousScores = raterScores(previousKey);
        if (!previousScores)
            return Failure{previousScores.error()};
        if (previousScores->isEmpty())
            break;
        const auto previousAccident = majorAccident(previousKey);
        if (!previousAccident)
            return Failure{previousAccident.error()};
        const auto counts = report.satisfactionBetween(
            toStored(MonthlyReport::monthStart(previous.year(), previous.month(), zone)),
            toStored(MonthlyReport::monthEnd(previous.year(), previous.month(), zone)));
        if (!counts)
            return Failure{counts.error()};
        SatisfactionCount all = counts->first;
        all += counts->second;
        if (evaluate(previousScores.value(), all, previousAccident.value()).grade != QLatin1String("fail"))
            break;
        ++result.consecutiveFailedMonths;
    }
    return std::optional<AssessmentResult>(result);
}

QJsonObject MonthlyAssessment::toJson(const AssessmentResult &r)
{
    QJsonArray raters;
    for (double s : r.raterScores)
        raters.append(s);
    QJsonArray reasons;
    for (const QString &reason : r.vetoReasons)
        reasons.append(reason);
    namespace F = ReportKeys::AssessmentFields;
    return QJsonObject{{F::RaterScores, raters},
                       {F::OfficeScore, number(r.officeScore)},
                       {F::SatisfactionScore, number(r.satisfactionScore)},
                       {F::Score, number(r.score)},
                       {F::Grade, r.grade.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.grade)},
                       {F::Veto, r.veto},
                       {F::VetoReasons, reasons},
                       {F::ConsecutiveFailedMonths, r.consecutiveFailedMonths},
                       {F::RectificationRequired, r.rectificationRequired()}};
}
