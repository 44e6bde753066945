#pragma once

#include "models/database/boundsql.h"

#include "models/domain/residentfile.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Residents, their ties to houses (move-in, move-out) and the search-as-you-type index.
// Document numbers leave this class masked; the full number only through the audited revealDocument().
class ResidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRepository)

public:
    static constexpr int defaultSearchLimit = 20;

    explicit ResidentRepository(Database &db) : m_db(db), m_audit(db) {}

    // Checks and tidies a record as the dialogs and the import see it: every refusal names the field.
    Status validate(ResidentRecord &resident) const;

    Result<qint64> create(const Session &who, ResidentRecord resident);
    // Refused with "changed by X at T" when resident.rowVersion is not the stored one.
    // A document number left as the masked text it was shown as keeps the stored number.
    Status update(const Session &who, ResidentRecord resident);
    Status voidResident(const Session &who, qint64 id, const QString &reason);

    Result<ResidentRecord> find(const Session &who, qint64 id);
    // The full document number, for those allowed to see it; every reveal is audited.
    Result<QString> revealDocument(const Session &who, qint64 id);

    // An invalid start date records the move-in day as unknown (old rosters often lack it).
    Result<qint64> moveIn(const Session &who, qint64 residentId, qint64 houseId, const QString &role,
                          const QDate &start);
    // A new resident on file and living at a house (building-unit-room, on file) in one step:
    // both are written or neither.
    Result<qint64> createAtHouse(const Session &who, ResidentRecord resident, const QString &houseNumber,
                                 const QString &role, const QDate &start);
    // Ends a link with the move-out date; the link stays as history.
    Status moveOut(const Session &who, qint64 linkId, const QDate &end = QDate());
    Result<QList<ResidenceLink>> links(const Session &who, qint64 residentId, bool withHistory = true);
    Result<QList<ResidenceLink>> occupants(const Session &who, qint64 houseId, bool withHistory = false);

    // Search as you type: name, pinyin initials or full pinyin, house number (3-2-1201),
    // phone digits, plate. At most `limit` residents, through the term index only.
    Result<QList<ResidentHit>> search(const Session &who, const QString &text, int limit = defaultSearchLimit);
    // The first statement of a search (the matching residents), with its values.
    static BoundSql searchSql(const QString &text, int limit = defaultSearchLimit);
    // The names, phones and current houses of up to searchDetailBatch residents found by
    // searchSql, one statement (a round trip per resident adds up on the office server).
    static constexpr int searchDetailBatch = defaultSearchLimit;
    static BoundSql searchDetailSql(const QList<qint64> &ids);

    // Roster import: same document number, or same name in the same house (unless both have
    // document numbers and they differ), is the same resident. 0: none.
    Result<qint64> findExisting(const QString &name, qint64 houseId, const QString &documentNumber);
    // Rebuilds the search terms of one resident (after a change to the resident, a link or a vehicle).
    Status reindex(qint64 residentId);
    // Between these, reindex() only notes the resident, and endIndexBatch() rebuilds each noted
    // one once (a roster line creates a resident, moves it in and adds its cars: one rebuild).
    void beginIndexBatch();
    Status endIndexBatch();

private:
    Result<ResidentRecord> load(qint64 id);
    Result<ResidenceLink> loadLink(qint64 id);
    Result<QList<ResidenceLink>> loadLinks(const QString &sql, qint64 id, bool withHistory);

    Status rebuildIndex(qint64 residentId);

    Database &m_db;
    AuditLog m_audit;
    std::optional<QList<qint64>> m_indexBatch;
};
