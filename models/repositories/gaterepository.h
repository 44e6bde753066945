#pragma once

#include "models/database/boundsql.h"
#include "models/domain/gaterecords.h"
#include "models/domain/gaterules.h"
#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The gatehouse's own records: the vehicle log with temporary cards and fees, the visitor
// register, today's counts, the parking tariff and the shift handover. Guards, managers and
// administrators write; clerks look. Every write is one transaction.
class GateRepository
{
    Q_DECLARE_TR_FUNCTIONS(GateRepository)

public:
    // seat: the device the records are written on (default: the computer's name).
    explicit GateRepository(Database &db, QString seat = {});
    QString seat() const { return m_seat; }

    // The tariff in force, and a manager's change to it (audited).
    ParkingTariff tariff() const;
    Status setTariff(const Session &who, const ParkingTariff &tariff);

    // What the gate knows about a plate; nothing is recorded.
    Result<PlateLookup> lookUpPlate(const Session &who, const QString &plate);
    // Logs a vehicle in or out (or refuses it, recording the refusal). An unusual plate comes
    // back with needsConfirmation until the input says the guard confirmed it.
    Result<VehicleDecision> recordVehicle(const Session &who, const VehicleEventInput &input);
    Status voidVehicleEvent(const Session &who, const QString &id, const QString &reason);

    Result<QList<VehicleInside>> vehiclesInside(const Session &who, int limit = 2000);
    // The log, newest first; pass the last row's instant and id to get the next page.
    Result<QList<VehicleEvent>> vehicleEvents(const Session &who, int limit, const QDateTime &before = {},
                                              const QString &beforeId = {});
    Result<QList<VehicleEvent>> eventsForPlate(const Session &who, const QString &plate, int limit = 50);

    Result<QString> registerVisitor(const Session &who, VisitorInput visitor);
    Status visitorLeft(const Session &who, const QString &id, const QDateTime &at = {});
    Status voidVisitor(const Session &who, const QString &id, const QString &reason);
    Result<QList<VisitorRecord>> visitorsInside(const Session &who);

    // The statements behind the lists above, with their values (query-plan test, benchmarks).
    static BoundSql vehiclesInsideSql(int limit);
    static BoundSql vehicleEventsSql(int limit, const QDateTime &before = {}, const QString &beforeId = {});
    static BoundSql eventsForPlateSql(const QString &normalizedPlate, int limit);
    static BoundSql visitorsInsideSql();

    // Counts of the estate's calendar day containing `day` (now when invalid).
    Result<GateCounts> counts(const Session &who, const QDateTime &day = {});

    // Shift handover: the open items now, one written by the outgoing guard, and its
    // confirmation by the incoming one (another guard, signed in on the same screen).
    Result<QStringList> openItems(const Session &who);
    Result<QString> writeHandover(const Session &outgoing, const HandoverInput &input);
    Status confirmHandover(const Session &incoming, const QString &id);
    Result<QString> handOver(const Session &outgoing, const Session &incoming, const HandoverInput &input);
    Result<HandoverRecord> handover(const Session &who, const QString &id);

private:
    QDateTime localTime(const QDateTime &utc) const;

    Database &m_db;
    AuditLog m_audit;
    QString m_seat;
};
