#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>

class Database;
class QRandomGenerator;

// Realistic, deterministic demo content for trying the program out and for screenshots.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int houses = 200;
        int months = 12;
        quint32 seed = 1;
    };

    // What the demo makes. SPEC 12's large estate is the reference: 5,000 houses over 36 months
    // make 12,000 residents, 4,000 vehicles, 60,000 repairs, 8,000 complaints, 1,500,000
    // vehicle events, 300,000 visitors and 20,000 inspection runs. Residents and vehicles scale
    // with the houses, everything that happens with houses x months (rounded to the nearest).
    struct Counts
    {
        qint64 residents = 0;
        qint64 vehicles = 0;
        qint64 repairs = 0;
        qint64 complaints = 0;
        qint64 enquiries = 0;
        qint64 vehicleEvents = 0;
        qint64 visitors = 0;
        qint64 inspectionRuns = 0;
    };
    static Counts counts(const Options &options);

    explicit DemoData(Database &db) : m_db(db) {}
    // Returns a one-line summary of what was added.
    Result<QString> generate(const Options &options);

private:
    Status addResidents(const Options &options, QRandomGenerator &random, int *residentCount);
    // Repairs, complaints and enquiries of the last months, most done and called back,
    // and a few open ones that are on track, due soon or overdue at the clock's time.
    Status addRequests(const Options &options, QRandomGenerator &random, int *requestCount);
    // Inspection levels for the demo staff and the last months' runs, with fails, non-conformities
    // fixed on the spot or rectified (on time or late), rechecks, a few still open and repeats.
    Status addInspections(const Options &options, QRandomGenerator &random, int *runCount);
    // Floor areas, fee items and the months' bills and payments (demofees.cpp): about nine in
    // ten bills paid, a few houses in long arrears.
    Status addFees(const Options &options, int *billCount, qint64 *billedFen, qint64 *paidFen);
    // The gate's history (demogate.cpp): residents' cars and temporary vehicles in and out with
    // their parking cards, the vehicles inside now, and the visitor register.
    Status addVehicleEvents(const Options &options, QRandomGenerator &random, qint64 *eventCount);
    Status addVisitors(const Options &options, QRandomGenerator &random, qint64 *visitorCount);

    Database &m_db;
};
