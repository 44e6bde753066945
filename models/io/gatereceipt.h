#pragma once

#include "models/domain/gaterecords.h"

#include <QCoreApplication>
#include <QTimeZone>

// The parking receipt handed to a temporary vehicle on exit, as HTML for a QTextDocument.
class GateReceipt
{
    Q_DECLARE_TR_FUNCTIONS(GateReceipt)

public:
    // The stay to the minute, how the fee follows from the tariff's started hours, and the tariff itself.
    static QString html(const VehicleDecision &exit, const QString &estateName, const QTimeZone &zone,
                        const QString &guard, const ParkingTariff &tariff);
};
