#pragma once

#include "models/domain/requesttimer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The plain records of hierarchical inspections 层级检查 (SPEC 5). Codes are stored in
// English; InspectionCodes turns them into the user's language.

enum class Verdict { Unmarked, Pass, Fail, NotApplicable };
enum class NcState { Open, FixedOnSpot, Rectifying, SentBack, Closed };
enum class RunState { Draft, Finished };

struct ChecklistItem
{
    qint64 id = 0;      // 0: a new item (template editor)
    int position = 0;   // 1-based
    int itemKey = 0;    // stable across versions; 0: a new item
    QString text;
    QString samplingRule;
    QString criterion;
};

struct ChecklistTemplate
{
    qint64 id = 0;
    QString code;
    int version = 0;
    QString name;
    QString category;
    bool current = true;
    QDateTime createdAt;
    QString createdBy;
    QList<ChecklistItem> items;
};

struct InspectionLevel
{
    QString code; // company_manager, project_head, supervisor, area_lead, frontline
    int rank = 0; // higher is more senior
    int intervalMinutes = 1440;
    int shareNum = 0;
    int shareDen = 1;
    int minUnits = 0;
    int rowVersion = 1;
};

struct LevelAssignment
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    QString levelCode;
    QString templateCode; // empty: any template
    QString templateName; // the current version's name, for display
    QString area;
    qint64 superiorId = 0; // 0: none
    QString superiorName;
    bool active = true;
    int rowVersion = 1;
};

// One line of the schedule: a person at a level, when their next inspection is due.
struct ScheduleEntry
{
    LevelAssignment assignment;
    QDateTime lastFinished;  // invalid: never
    QDateTime intervalStart; // the last finished run, or when the assignment began
    QDateTime due;
    TimerStatus status;
    qint64 openDraftId = 0; // a run started and not finished
};

struct RunResult
{
    qint64 id = 0;
    qint64 itemId = 0;
    int position = 0;
    QString itemText;
    QString samplingRule;
    QString criterion;
    Verdict verdict = Verdict::Unmarked;
    QString note;
    QString photoPath; // relative to the database file's folder
};

// A correction of a finished run's item: a record of its own, the run stays as it was.
struct RunCorrection
{
    qint64 itemId = 0;
    int position = 0;
    Verdict verdict = Verdict::Unmarked;
    QString note;
    QString reason;
    QDateTime at;
    QString byName;
};

struct InspectionRun
{
    qint64 id = 0;
    qint64 templateId = 0;
    QString templateCode;
    QString templateName;
    int templateVersion = 0;
    qint64 assignmentId = 0;
    QString levelCode;
    qint64 inspectorId = 0;
    QString inspectorName;
    QString area;
    int unitsChecked = 0;
    int unitsTotal = 0;
    qint64 permitId = 0;
    QString notes;
    RunState state = RunState::Draft;
    QDateTime startedAt;
    QDateTime finishedAt;
    int rowVersion = 1;
    int failCount = 0;
    QList<RunResult> results;
    QList<RunCorrection> corrections; // oldest first

    // "7 of 35 units"; empty when no units were given.
    QString coverageText() const;
};

struct RectificationPlan
{
    qint64 responsibleId = 0; // a user, if the responsible person has an account
    QString responsibleName;  // required
    QDateTime deadline;
    QString steps;
    QString resources;
    QString targetStandard;
};

struct NonConformity
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 itemId = 0;
    QString templateCode;
    int itemKey = 0;
    QString itemText;
    QString itemCriterion; // the item's pass criterion: what the rectification aims at
    QString area;
    QString levelCode;
    QDateTime foundAt;
    qint64 foundById = 0;
    QString foundByName;
    QString description;
    NcState state = NcState::Open;
    RectificationPlan plan;
    qint64 repeatOfId = 0;
    qint64 raisedToId = 0;
    QString raisedToName;
    qint64 requestId = 0;
    QString requestNumber;
    QDateTime closedAt;
    int rowVersion = 1;

    bool isOpen() const { return state != NcState::FixedOnSpot && state != NcState::Closed; }
};

struct NcEvent
{
    QDateTime at;
    QString byName;
    QString action; // found, fixed_on_spot, planned, recheck_passed, recheck_failed, repeat, repair_request
    QString note;
};

struct WorkLogEntry
{
    qint64 id = 0;
    qint64 userId = 0;
    QString author;
    QDateTime at;
    QString content;  // 检查内容(控制要点)
    QString results;  // 结果记录
    QString analysis; // 问题分析
    QString measures; // 整改措施
    QString lessons;  // 经验总结
};

// Text bound to a NOT NULL column: a null QString would be bound as NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

class InspectionCodes
{
    Q_DECLARE_TR_FUNCTIONS(InspectionCodes)

public:
    static QString code(Verdict v);
    static Verdict verdictFrom(const QString &code);
    static QString displayName(Verdict v);
    static QString code(NcState s);
    static NcState ncStateFrom(const QString &code);
    static QString displayName(NcState s);
    static QString code(RunState s);
    static QString displayName(RunState s);
    static QStringList levelCodes(); // most senior first
    static QString levelName(const QString &levelCode);
    // "every 3 days, at least 1/5 of the items", for the schedule and the level editor.
    static QString levelRule(const InspectionLevel &level);
    static QString intervalText(int minutes);
};
