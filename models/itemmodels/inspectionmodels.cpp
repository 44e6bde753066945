#include "models/itemmodels/inspectionmodels.h"

#include "models/database/clock.h"
#include "models/domain/formats.h"
#include "models/itemmodels/itemroles.h"

#include <QBrush>
#include <QColor>

namespace {
QString at(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(Formats::dateTime()) : QString();
}

QVariant stateColour(TimerState state)
{
    switch (state) {
    case TimerState::Overdue: return QBrush(QColor(0xb3, 0x26, 0x1e));
    case TimerState::DueSoon: return QBrush(QColor(0xb3, 0x5c, 0x00));
    default: return {};
    }
}
} // namespace

// ---- InspectionScheduleModel ----

InspectionScheduleModel::InspectionScheduleModel(const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent), m_zone(zone)
{
}

void InspectionScheduleModel::setEntries(const QList<ScheduleEntry> &entries, const QDateTime &now)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    tick(now);
}

void InspectionScheduleModel::tick(const QDateTime &now)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        ScheduleEntry &e = m_entries[row];
        TimerInput in;
        in.registeredAt = e.intervalStart.toMSecsSinceEpoch();
        in.completionDeadline = e.due.toMSecsSinceEpoch();
        const TimerStatus status = RequestTimer::evaluate(in, now);
        const bool moved = status.state != e.status.state || status.msecsLeft / 60000 != e.status.msecsLeft / 60000;
        e.status = status;
        if (moved) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::ForegroundRole, ItemRoles::TimerStateRole, ItemRoles::MsecsLeftRole});
        }
    }
}

int InspectionScheduleModel::count(TimerState state) const
{
    int n = 0;
    for (const ScheduleEntry &e : m_entries)
        n += e.status.state == state ? 1 : 0;
    return n;
}

int InspectionScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InspectionScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleEntry &e = m_entries.at(index.row());
    switch (role) {
    case ItemRoles::IdRole: return e.assignment.id;
    case ItemRoles::TimerStateRole: return int(e.status.state);
    case ItemRoles::DueRole: return e.due;
    case ItemRoles::MsecsLeftRole: return e.status.msecsLeft;
    case ItemRoles::CodeRole: return e.assignment.levelCode;
    case Qt::ForegroundRole: return index.column() == State || index.column() == Due ? stateColour(e.status.state) : QVariant();
    case ItemRoles::SortRole:
        if (index.column() == Due || index.column() == State)
            return e.due.toMSecsSinceEpoch();
        if (index.column() == LastRun)
            return e.lastFinished.isValid() ? e.lastFinished.toMSecsSinceEpoch() : qint64(0);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Person: return e.assignment.userName;
        case Level: return InspectionCodes::levelName(e.assignment.levelCode);
        case Checklist:
            if (e.assignment.templateCode.isEmpty())
                return tr("all checklists");
            return e.assignment.templateName.isEmpty() ? e.assignment.templateCode : e.assignment.templateName;
        case Area: return e.assignment.area;
        case LastRun: return e.lastFinished.isValid() ? at(e.lastFinished, m_zone) : tr("never");
        case Due: return at(e.due, m_zone);
        case State: {
            QString text = QStringLiteral("%1 (%2)").arg(RequestTimer::displayName(e.status.state),
                                                         RequestTimer::formatLeft(e.status.msecsLeft));
            if (e.openDraftId > 0)
                text += QStringLiteral(" · ") + tr("draft open");
            return text;
        }
        }
        break;
    }
    return {};
}

QVariant InspectionScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person: return tr("Person");
    case Level: return tr("Level");
    case Checklist: return tr("Checklist");
    case Area: return tr("Area");
    case LastRun: return tr("Last inspection");
    case Due: return tr("Next due");
    case State: return tr("State");
    }
    return {};
}

// ---- RunItemsModel ----

RunItemsModel::RunItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunItemsModel::setRun(const InspectionRun &run)
{
    beginResetModel();
    m_results = run.results;
    m_corrected.clear();
    for (const RunCorrection &c : run.corrections) // oldest first: the latest wins
        m_corrected.insert(c.itemId, c);
    m_readOnly = run.state == RunState::Finished;
    endResetModel();
}

bool RunItemsModel::setVerdict(int row, Verdict verdict)
{
    return setData(index(row, Result), int(verdict));
}

bool RunItemsModel::setNote(int row, const QString &note)
{
    return setData(index(row, Note), note);
}

void RunItemsModel::setPhoto(int row, const QString &relativePath)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row].photoPath = relativePath;
    emit dataChanged(index(row, Photo), index(row, Photo), {Qt::DisplayRole});
}

int RunItemsModel::markedCount() const
{
    int n = 0;
    for (const RunResult &r : m_results)
        n += r.verdict != Verdict::Unmarked ? 1 : 0;
    return n;
}

int RunItemsModel::failCount() const
{
    int n = 0;
    for (const RunResult &r : m_results)
        n += r.verdict == Verdict::Fail ? 1 : 0;
    return n;
}

int RunItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int RunItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunResult &r = m_results.at(index.row());
    if (role == ItemRoles::IdRole)
        return r.itemId;
    if (role == ItemRoles::CodeRole)
        return InspectionCodes::code(r.verdict);
    const auto corrected = m_corrected.constFind(r.itemId);
    const Verdict standing = corrected != m_corrected.cend() ? corrected->verdict : r.verdict;
    if (role == Qt::ForegroundRole && index.column() == Result && standing == Verdict::Fail)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::EditRole) {
        if (index.column() == Result)
            return int(r.verdict);
        if (index.column() == Note)
            return r.note;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number: return r.position;
    case Item: return r.itemText;
    case Sampling: return r.samplingRule;
    case Criterion: return r.criterion;
    case Result:
        // A correction is shown beside what was recorded; the record itself stays.
        if (corrected != m_corrected.cend() && standing != r.verdict)
            return tr("%1 → %2 (corrected)").arg(InspectionCodes::displayName(r.verdict), InspectionCodes::displayName(standing));
        if (corrected != m_corrected.cend())
            return tr("%1 (note corrected)").arg(InspectionCodes::displayName(r.verdict));
        return r.verdict == Verdict::Unmarked ? QString() : InspectionCodes::displayName(r.verdict);
    case Note:
        if (corrected != m_corrected.cend() && !corrected->note.isEmpty() && corrected->note != r.note)
            return tr("%1 → %2 (corrected)").arg(r.note, corrected->note);
        return r.note;
    case Photo: return r.photoPath.isEmpty() ? QString() : tr("photo");
    }
    return {};
}

bool RunItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RunResult &r = m_results[index.row()];
    if (index.column() == Result) {
        const int v = value.toInt();
        if (v < int(Verdict::Unmarked) || v > int(Verdict::NotApplicable))
            return false;
        r.verdict = static_cast<Verdict>(v);
    } else if (index.column() == Note) {
        r.note = value.toString();
    } else {
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole});
    return true;
}

Qt::ItemFlags RunItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly && index.isValid() && index.column() == Note)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Item: return tr("Item");
    case Sampling: return tr("Sampling");
    case Criterion: return tr("Pass criterion");
    case Result: return tr("Result");
    case Note: return tr("Note");
    case Photo: return tr("Photo");
    }
    return {};
}

// ---- record tables ----

namespace InspectionModels {

RunListModel *runs(const QTimeZone &zone, QObject *parent)
{
    return new RunListModel(
        "InspectionModels",
        {{QT_TRANSLATE_NOOP("InspectionModels", "Started"), [zone](const InspectionRun &r) { return at(r.startedAt, zone); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Checklist"),
          [](const InspectionRun &r) { return QStringLiteral("%1 v%2").arg(r.templateName).arg(r.templateVersion); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Level"),
          [](const InspectionRun &r) { return InspectionCodes::levelName(r.levelCode); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Inspector"), [](const InspectionRun &r) { return r.inspectorName; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Area"), [](const InspectionRun &r) { return r.area; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Coverage"), [](const InspectionRun &r) { return r.coverageText(); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Fails"), [](const InspectionRun &r) { return r.failCount; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "State"),
          [](const InspectionRun &r) { return InspectionCodes::displayName(r.state); }}},
        [](const InspectionRun &r) { return r.id; }, parent);
}

NonConformityModel *nonConformities(const QTimeZone &zone, const Clock &clock, QObject *parent)
{
    auto *model = new NonConformityModel(
        "InspectionModels",
        {{QT_TRANSLATE_NOOP("InspectionModels", "No."), [](const NonConformity &n) { return QStringLiteral("#%1").arg(n.id); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Found"), [zone](const NonConformity &n) { return at(n.foundAt, zone); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Found by"),
          [](const NonConformity &n) {
              return QStringLiteral("%1 (%2)").arg(n.foundByName, InspectionCodes::levelName(n.levelCode));
          }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Area"), [](const NonConformity &n) { return n.area; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Problem"), [](const NonConformity &n) { return n.description; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "State"),
          [](const NonConformity &n) { return InspectionCodes::displayName(n.state); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Responsible"), [](const NonConformity &n) { return n.plan.responsibleName; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Deadline"),
          [zone](const NonConformity &n) { return at(n.plan.deadline, zone); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Repeat"),
          [](const NonConformity &n) {
              return n.repeatOfId > 0 ? QCoreApplication::translate("InspectionModels", "repeat of #%1, raised to %2")
                                            .arg(n.repeatOfId)
                                            .arg(n.raisedToName)
                                      : QString();
          }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Repair request"), [](const NonConformity &n) { return n.requestNumber; }}},
        [](const NonConformity &n) { return n.id; }, parent);
    model->setForeground([&clock](const NonConformity &n) -> QVariant {
        const bool late = n.isOpen() && n.plan.deadline.isValid() && n.plan.deadline < clock.now();
        return late ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    });
    return model;
}

WorkLogModel *workLog(const QTimeZone &zone, QObject *parent)
{
    return new WorkLogModel(
        "InspectionModels",
        {{QT_TRANSLATE_NOOP("InspectionModels", "Time"), [zone](const WorkLogEntry &e) { return at(e.at, zone); }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Person"), [](const WorkLogEntry &e) { return e.author; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Content checked"), [](const WorkLogEntry &e) { return e.content; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Results"), [](const WorkLogEntry &e) { return e.results; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Problem analysis"), [](const WorkLogEntry &e) { return e.analysis; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Measures"), [](const WorkLogEntry &e) { return e.measures; }},
         {QT_TRANSLATE_NOOP("InspectionModels", "Lessons"), [](const WorkLogEntry &e) { return e.lessons; }}},
        [](const WorkLogEntry &e) { return e.id; }, parent);
}

} // namespace InspectionModels
