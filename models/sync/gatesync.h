#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// The gatehouse seat (SPEC 8, 8.1). A gate store is an SQLite database tied to the office
// database (a postgresql:// address or a file) and to the gate's name. Its gate records —
// vehicle events, parking cards, visitors, goods checks, patrols, handovers — are queued as
// they are written (sync_outbox, filled by triggers) and pushed to the office by their
// globally unique ids, so that pushing twice writes nothing twice; the master data the gate
// needs (houses and residents' names, registered plates, approved goods permits, the tariff,
// patrol routes) is pulled from the office and only read at the gate.
class GateSync
{
    Q_DECLARE_TR_FUNCTIONS(GateSync)

public:
    struct Outcome
    {
        int pushed = 0;  // gate records the office now has in their latest version
        int pulled = 0;  // master-data rows new or changed at the gate
        int waiting = 0; // gate records still waiting for the office
    };

    // store: the gate's own (SQLite) database, open.
    explicit GateSync(Database &store);

    // Ties the store to the office database and names the gate: the office must be reachable
    // and be an EstateDesk database of the same schema version. Gate records already in the
    // store are queued; the master data is pulled once.
    Result<Outcome> setup(const Session &who, const QString &officeLocation, const QString &gateName);
    // Pushes what is waiting, then pulls the master data. When the office cannot be reached,
    // nothing is lost: the records stay queued (the failure says how many).
    Result<Outcome> sync(const Session &who);

    bool isGateStore() const;
    QString officeLocation() const;
    QString gateName() const;
    int waiting() const;
    // When the last sync succeeded (UTC), invalid if never.
    QDateTime lastSync() const;

private:
    Status openOffice(Database &office) const;
    Result<int> push(Database &office);
    Result<int> pull(Database &office);
    Status recordSync(const QDateTime &at);

    Database &m_store;
};
