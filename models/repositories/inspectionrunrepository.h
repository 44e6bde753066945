#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QObject>

class Database;

struct RunStart
{
    qint64 assignmentId = 0; // the schedule line it answers (0: an unscheduled run)
    QString templateCode;    // empty: the assignment's template
    QString levelCode;       // empty: the assignment's level
    QString area;
    int unitsTotal = 0;
    qint64 permitId = 0; // a decoration permit's site check
};

struct RunDraft
{
    QString area;
    int unitsChecked = 0;
    int unitsTotal = 0;
    QString notes;
    QList<RunResult> results; // by itemId: verdict and note
};

struct RunFilter
{
    qint64 inspectorId = 0;
    std::optional<RunState> state;
    QString templateCode;
    qint64 permitId = 0;
    QDateTime from; // started at or after, UTC
    QDateTime to;   // started before
};

// Inspection runs: started as a draft, marked item by item (pass / fail / not applicable,
// note, photo), finished once. A finished run is read-only; a correction is a record of
// its own. Finishing turns every fail into a non-conformity, and one found again by a
// higher level while still open is flagged a repeat and raised to the responsible
// person's superior. Every change is audited in the same transaction.
class InspectionRunRepository : public QObject
{
    Q_OBJECT

public:
    explicit InspectionRunRepository(Database &db, QObject *parent = nullptr);

    Result<qint64> start(const Session &who, const RunStart &input);
    Status saveDraft(const Session &who, qint64 runId, int rowVersion, const RunDraft &draft);
    // Copies the photo into the attachments folder beside the database and records its
    // relative path on the item. Returns the relative path.
    Result<QString> attachPhoto(const Session &who, qint64 runId, qint64 itemId, const QString &sourceFile);
    // Returns the ids of the non-conformities the fails became.
    Result<QList<qint64>> finish(const Session &who, qint64 runId, int rowVersion);
    // Records a correction of a finished run's item. A correction that turns the item to
    // fail (it stood at pass or not applicable) opens a non-conformity, unless one for the
    // item is still open; a correction away from fail leaves an open one to its recheck.
    Status correct(const Session &who, qint64 runId, qint64 itemId, Verdict verdict, const QString &note,
                   const QString &reason);

    Result<InspectionRun> run(const Session &who, qint64 runId) const;
    Result<QList<InspectionRun>> list(const Session &who, const RunFilter &filter, int offset = 0,
                                      int limit = 200) const;

    // The folder photos are copied into, and the absolute path of a stored relative path.
    QString attachmentsRoot() const;
    QString absolutePath(const QString &relativePath) const;

signals:
    void runChanged(qint64 runId);
    void nonConformitiesChanged();

private:
    Status canRun(const Session &who) const;
    Result<InspectionRun> load(qint64 runId) const;
    Result<InspectionRun> loadDraftForChange(const Session &who, qint64 runId, int rowVersion) const;
    Result<qint64> createNonConformity(const Session &who, const InspectionRun &run, const RunResult &result,
                                       int levelRank, const QString &templateCode);

    Database &m_db;
    mutable AuditLog m_audit;
};
