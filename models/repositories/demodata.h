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

    Database &m_db;
};
