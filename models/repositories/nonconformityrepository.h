#pragma once

#include "models/domain/inspection.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/requestrepository.h"

#include <QCoreApplication>
#include <QObject>

class Database;

struct NcFilter
{
    bool openOnly = false;
    qint64 raisedToId = 0;    // the superior's board
    qint64 responsibleId = 0;
    qint64 runId = 0;
    int limit = 500;
};

// Non-conformities 不合格项 and what follows them: fixed on the spot, or a rectification
// plan 整改; a recheck 复查 closes it or sends it back; a fail that needs a repair becomes
// a repair request in one step, linked both ways. Each step is audited and kept as an event.
class NonConformityRepository : public QObject
{
    Q_OBJECT

public:
    explicit NonConformityRepository(Database &db, QObject *parent = nullptr);

    Status fixOnSpot(const Session &who, qint64 id, int rowVersion, const QString &note);
    Status planRectification(const Session &who, qint64 id, int rowVersion, const RectificationPlan &plan);
    Status recheck(const Session &who, qint64 id, int rowVersion, bool passed, const QString &note);
    // Registers a repair request for the non-conformity through the service desk and links
    // the two (the request's number on the finding, the finding found from the request).
    Result<RegisteredRequest> makeRepairRequest(const Session &who, qint64 id, int rowVersion,
                                                RequestRepository &requests, NewRequest request);

    Result<NonConformity> get(const Session &who, qint64 id) const;
    Result<QList<NonConformity>> list(const Session &who, const NcFilter &filter) const;
    Result<QList<NcEvent>> events(const Session &who, qint64 id) const;
    // The non-conformity a repair request was made from (0: none).
    Result<qint64> forRequest(const Session &who, qint64 requestId) const;

signals:
    void changed(qint64 id);

private:
    Result<NonConformity> load(qint64 id) const;
    Result<NonConformity> loadForChange(const Session &who, qint64 id, int rowVersion) const;
    Status addEvent(const Session &who, qint64 id, const QString &action, const QString &note);

    Database &m_db;
    mutable AuditLog m_audit;
};
