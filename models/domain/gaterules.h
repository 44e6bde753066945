#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// SPEC 4: the vehicle categories of the gate and what each one means at the barrier.
enum class VehicleCategory {
    Resident,
    Temporary,
    MilitaryPolice,
    Taxi,
    MovingVan,
    BuildingMaterials,
    // Refused unless approved in advance:
    Lorry,
    MuckTruck,
    ContainerTruck,
    Tractor,
    WorksVehicle,
    HazardousGoods,
};

// The parking tariff in fen. The default is SPEC 4's: 30 minutes free, then 5 yuan for every
// started hour of the whole stay, at most 40 yuan for every started 24 hours.
struct ParkingTariff
{
    int freeMinutes = 30;
    qint64 fenPerHour = 500;
    qint64 capFenPer24h = 4000;

    bool operator==(const ParkingTariff &other) const
    {
        return freeMinutes == other.freeMinutes && fenPerHour == other.fenPerHour
               && capFenPer24h == other.capFenPer24h;
    }
};

// What the gate knows about a plate, from which the default category follows.
struct PlateKnowledge
{
    bool registeredResident = false;
    bool openTemporaryCard = false;
    std::optional<VehicleCategory> insideAs; // the category of the stay it is on, if inside
};

class GateRules
{
    Q_DECLARE_TR_FUNCTIONS(GateRules)

public:
    static QString code(VehicleCategory category); // "military_police", stored and printed by the CLI
    static std::optional<VehicleCategory> fromCode(const QString &code);
    static QString displayName(VehicleCategory category); // translated
    static QList<VehicleCategory> all();
    static QStringList codes();

    // Lorries, muck trucks, container trucks, tractors, works vehicles, hazardous goods.
    static bool isRefusedKind(VehicleCategory category);
    // The reason a refused kind is turned away (translated).
    static QString refusalReason(VehicleCategory category);

    // Military (two letters + five digits), armed police (WJ…) and police (…警) plates.
    static bool isMilitaryOrPolicePlate(const QString &normalizedPlate);
    // Military/police entries between 00:00 and 06:00 estate time are flagged for follow-up.
    static bool isNightEntry(const QDateTime &localTime);

    // Registered resident vehicle → resident; inside on a stay → that stay's category; open
    // temporary card → temporary; military/police plate → military_police; else temporary.
    static VehicleCategory defaultCategory(const QString &normalizedPlate, const PlateKnowledge &known);

    // The fee in fen for a stay of stayMs milliseconds (negative stays cost nothing).
    static qint64 fee(const ParkingTariff &tariff, qint64 stayMs);
    // "2h10m", "31m", "25h0m": whole minutes, for the CLI and the receipt.
    static QString formatStay(qint64 stayMs);
    // "25 h 0 min", "31 min": the stay to the minute as the screens and the receipt show it (translated).
    static QString displayStay(qint64 stayMs);
    // How the fee of a stay was reached, for the receipt: "1 × 24 h ¥40.00 + 2 × started hour ¥10.00
    // = ¥50.00", or that it fell within the free minutes (translated).
    static QString feeBreakdown(const ParkingTariff &tariff, qint64 stayMs);
    // The tariff in one sentence: "30 minutes free, then ¥5.00 for every started hour, at most ¥40.00
    // for every started 24 hours." (translated)
    static QString tariffRule(const ParkingTariff &tariff);
    // "15.00": fen as yuan with two decimals, no floating point.
    static QString formatYuan(qint64 fen);
};
