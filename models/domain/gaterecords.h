#pragma once

#include "models/domain/gaterules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain records of the gatehouse. Ids of gate records are UUID strings (SPEC 8).

enum class GateDirection { In, Out };

// A vehicle at the barrier, as typed by the guard or sent by a plate camera.
struct VehicleEventInput
{
    QString plate;                           // as typed; normalised by the repository
    GateDirection direction = GateDirection::In;
    std::optional<VehicleCategory> category; // empty: the default for what the plate is known as
    QDateTime at;                            // when it happened; invalid: now
    bool plateConfirmed = false;             // the guard confirmed an unusual plate format
    QString permitNumber;                    // a permit shown by the driver (moving van, materials)
    QString note;
};

// What the gate decided. needsConfirmation: nothing was recorded, the plate warning must be
// confirmed first.
struct VehicleDecision
{
    QString eventId;
    QString plate;
    GateDirection direction = GateDirection::In;
    VehicleCategory category = VehicleCategory::Temporary;
    bool needsConfirmation = false;
    QString plateWarning;
    bool refused = false;
    QString reason;
    bool flagged = false;
    QString flagReason;
    QDateTime at;        // UTC
    QDateTime enteredAt; // on an exit with an entry on record
    qint64 stayMs = -1;  // -1: no entry on record
    qint64 feeFen = 0;
    QString cardId;
    QString permitId;
    QString permitNumber;
    QString residentName;
    QString note;
};

// The gate's view of a plate before anything is recorded (the screen shows it as the guard types).
struct PlateLookup
{
    QString plate;
    QString warning;
    VehicleCategory defaultIn = VehicleCategory::Temporary;
    VehicleCategory defaultOut = VehicleCategory::Temporary;
    bool inside = false;
    QDateTime insideSince;
    QString residentName;
};

struct VehicleInside
{
    QString plate;
    QString entryEventId;
    VehicleCategory category = VehicleCategory::Temporary;
    QDateTime enteredAt;
    QString cardId;
};

struct VehicleEvent
{
    QString id;
    QString plate;
    GateDirection direction = GateDirection::In;
    QString category; // stored code
    bool refused = false;
    QString reason;
    bool flagged = false;
    qint64 stayMs = -1;
    qint64 feeFen = 0;
    QDateTime occurredAt;
    QString guard;
    QString seat;
};

struct VisitorInput
{
    QString name;
    QString document; // masked before it is stored
    QString phone;
    int people = 1;
    QString houseNumber; // the house visited, e.g. 3-2-1201
    QString residentName;
    QString purpose;
    QString plate;
    bool refused = false;
    QString reason; // required for a refusal
    QDateTime at;
};

struct VisitorRecord
{
    QString id;
    QString name;
    QString document; // masked
    QString phone;
    int people = 1;
    QString houseNumber;
    QString residentName;
    QString purpose;
    QString plate;
    QString status; // inside/left/refused
    QString reason;
    QDateTime inAt;
    QDateTime leftAt;
    QString guard;
};

struct GateCounts
{
    int vehiclesIn = 0;
    int vehiclesOut = 0;
    int refused = 0;
    int visitors = 0;
    qint64 feesFen = 0;
    int vehiclesInside = 0;
    int visitorsInside = 0;
};

struct GoodsPermit
{
    QString id;
    QString permitNumber;
    QString kind = QStringLiteral("goods_out"); // goods_out/moving/building_materials/vehicle_access
    qint64 residentId = 0;
    QString houseNumber;
    QString applicant;
    QString goods;
    QString plate;
    QDate validFrom;
    QDate validUntil;
    QString status; // applied/approved/collected/voided
    QDateTime appliedAt;
    QString appliedBy;
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime collectedAt;
    QString collectedBy;
    QString voidReason;
};

struct PatrolRoute
{
    qint64 id = 0;
    QString code;
    QString name;
    int intervalMinutes = 30;
    struct Checkpoint
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    QList<Checkpoint> checkpoints;
};

struct PatrolStatus
{
    PatrolRoute route;
    QDateTime lastRound; // invalid: never patrolled
    QDateTime due;       // when the next round is due
    bool overdue = false;
    qint64 overdueMs = 0;
};

struct PatrolFindingInput
{
    QString roundId; // optional
    qint64 checkpointId = 0;
    QString kind = QStringLiteral("other"); // leak/oil/unlocked_car/open_car/suspicious_person/broken_equipment/other
    QString description;
    QString location;
    QString plate;       // a vehicle concerned: a registered plate names its resident
    QString houseNumber; // a house concerned
    QDateTime at;
};

struct PatrolFindingResult
{
    QString id;
    bool notified = false; // a notification for the office was raised
    QString residentName;
};

// Something the office must act on, raised by a gate record (a patrol finding about a
// resident's car or house): the office tells the resident and marks it handled.
struct OfficeNotification
{
    qint64 id = 0;
    QString source;   // 'patrol_finding'
    QString sourceId;
    QString residentName;
    QString residentPhone;
    QString houseNumber;
    QString message;
    QDateTime createdAt;
    QDateTime handledAt; // invalid: still open
    QString handledBy;
};

struct HandoverInput
{
    QString equipment;
    QString incidents;
    QDateTime at;
};

struct HandoverRecord
{
    QString id;
    QString outgoingGuard;
    QString incomingGuard;
    int vehiclesInside = 0;
    int visitorsInside = 0;
    QStringList openItems;
    QString equipment;
    QString incidents;
    QDateTime occurredAt;
    QDateTime confirmedAt;
};
