#pragma once

#include "models/domain/inspection.h"
#include "models/itemmodels/recordtablemodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

class Clock;

// The schedule: one row per person and level, with the timer state of their next inspection.
// Re-evaluates the states in memory on tick(); reads nothing from the database.
class InspectionScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Person, Level, Checklist, Area, LastRun, Due, State, ColumnCount };

    InspectionScheduleModel(const QTimeZone &zone, QObject *parent = nullptr);

    void setEntries(const QList<ScheduleEntry> &entries, const QDateTime &now);
    const QList<ScheduleEntry> &entries() const { return m_entries; }
    const ScheduleEntry &entry(int row) const { return m_entries.at(row); }
    void tick(const QDateTime &now);
    int count(TimerState state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString when(const QDateTime &t) const;

    QTimeZone m_zone;
    QList<ScheduleEntry> m_entries;
    QHash<QString, QString> m_templateNames;
};

// The items of one run: verdict and note are editable while the run is a draft.
class RunItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Item, Sampling, Criterion, Result, Note, Photo, ColumnCount };

    explicit RunItemsModel(QObject *parent = nullptr);

    void setRun(const InspectionRun &run);
    const QList<RunResult> &results() const { return m_results; }
    bool isReadOnly() const { return m_readOnly; }
    bool setVerdict(int row, Verdict verdict);
    bool setNote(int row, const QString &note);
    void setPhoto(int row, const QString &relativePath);
    int markedCount() const;
    int failCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunResult> m_results;
    QHash<qint64, RunCorrection> m_corrected; // item -> its latest correction
    bool m_readOnly = false;
};

using RunListModel = RecordTableModel<InspectionRun>;
using NonConformityModel = RecordTableModel<NonConformity>;
using WorkLogModel = RecordTableModel<WorkLogEntry>;

namespace InspectionModels {
RunListModel *runs(const QTimeZone &zone, QObject *parent);
// An open one past its rectification deadline (by the clock) is shown in red.
NonConformityModel *nonConformities(const QTimeZone &zone, const Clock &clock, QObject *parent);
WorkLogModel *workLog(const QTimeZone &zone, QObject *parent);
} // namespace InspectionModels
