#pragma once

#include "models/domain/result.h"
#include "models/reports/monthlyreport.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// The monthly assessment score (SPEC 6.3, seed 003 第14篇).
// Grades: ≥ 90 excellent (优秀), ≥ 80 pass (合格), 70–79 basic pass (基本合格: not failed, but
// the analysis must name corrective measures), < 70 fail (不合格). A one-vote veto fails the
// month whatever the score: unsatisfied answers above 40 % of all answers, or a major safety
// accident recorded for the month. Only failed months count towards "consecutive failed
// months"; two in a row call for rectification.
class MonthlyAssessment
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyAssessment)

public:
    static constexpr double officeWeight = 0.6;
    static constexpr double satisfactionWeight = 0.4;
    static constexpr double vetoUnsatisfiedShare = 0.4;

    explicit MonthlyAssessment(Database &db);

    // Null when no rater has scored the month.
    Result<std::optional<AssessmentResult>> assess(int year, int month, const SatisfactionCount &satisfaction) const;

    // Pure rules, no database.
    static std::optional<double> officeScore(QList<double> raterScores); // drops highest and lowest from 3 raters on
    static AssessmentResult evaluate(const QList<double> &raterScores, const SatisfactionCount &satisfaction,
                                     bool majorAccident);
    static QString grade(double score);            // code
    static QString gradeName(const QString &code); // translated
    static QString vetoName(const QString &code);  // translated
    static QJsonObject toJson(const AssessmentResult &result);

private:
    Result<QList<double>> raterScores(const QString &month) const;
    Result<bool> majorAccident(const QString &month) const;

    Database &m_db;
};
