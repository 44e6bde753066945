#include "models/domain/gaterules.h"

#include <QRegularExpression>

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

struct CategoryCode
{
    VehicleCategory category;
    const char *code;
};

constexpr CategoryCode kCodes[] = {
    {VehicleCategory::Resident, "resident"},
    {VehicleCategory::Temporary, "temporary"},
    {VehicleCategory::MilitaryPolice, "military_police"},
    {VehicleCategory::Taxi, "taxi"},
    {VehicleCategory::MovingVan, "moving_van"},
    {VehicleCategory::BuildingMaterials, "building_materials"},
    {VehicleCategory::Lorry, "lorry"},
    {VehicleCategory::MuckTruck, "muck_truck"},
    {VehicleCategory::ContainerTruck, "container_truck"},
    {VehicleCategory::Tractor, "tractor"},
    {VehicleCategory::WorksVehicle, "works_vehicle"},
    {VehicleCategory::HazardousGoods, "hazardous_goods"},
};

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}
} // namespace

QString GateRules::code(VehicleCategory category)
{
    for (const CategoryCode &c : kCodes) {
        if (c.category == category)
            return QString::fromLatin1(c.code);
    }
    return {};
}

std::optional<VehicleCategory> GateRules::fromCode(const QString &text)
{
    const QString wanted = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const CategoryCode &c : kCodes) {
        if (wanted == QLatin1String(c.code))
            return c.category;
    }
    return std::nullopt;
}

QList<VehicleCategory> GateRules::all()
{
    QList<VehicleCategory> list;
    for (const CategoryCode &c : kCodes)
        list << c.category;
    return list;
}

QStringList GateRules::codes()
{
    QStringList list;
    for (const CategoryCode &c : kCodes)
        list << QString::fromLatin1(c.code);
    return list;
}

QString GateRules::displayName(VehicleCategory category)
{
    switch (category) {
    case VehicleCategory::Resident: return tr("Resident vehicle");
    case VehicleCategory::Temporary: return tr("Temporary / visitor");
    case VehicleCategory::MilitaryPolice: return tr("Military / police");
    case VehicleCategory::Taxi: return tr("Taxi");
    case VehicleCategory::MovingVan: return tr("Moving van");
    case VehicleCategory::BuildingMaterials: return tr("Building materials in bulk");
    case VehicleCategory::Lorry: return tr("Lorry");
    case VehicleCategory::MuckTruck: return tr("Muck truck");
    case VehicleCategory::ContainerTruck: return tr("Container truck");
    case VehicleCategory::Tractor: return tr("Tractor");
    case VehicleCategory::WorksVehicle: return tr("Works vehicle");
    case VehicleCategory::HazardousGoods: return tr("Hazardous goods (poisonous, flammable, explosive)");
    }
    return {};
}

bool GateRules::isRefusedKind(VehicleCategory category)
{
    switch (category) {
    case VehicleCategory::Lorry:
    case VehicleCategory::MuckTruck:
    case VehicleCategory::ContainerTruck:
    case VehicleCategory::Tractor:
    case VehicleCategory::WorksVehicle:
    case VehicleCategory::HazardousGoods:
        return true;
    default:
        return false;
    }
}

QString GateRules::refusalReason(VehicleCategory category)
{
    return tr("%1: not admitted unless approved in advance.").arg(displayName(category));
}

bool GateRules::isMilitaryOrPolicePlate(const QString &plate)
{
    static const QRegularExpression military(QStringLiteral("^[A-Z]{2}\\d{5}$"));
    static const QRegularExpression armedPolice(QStringLiteral("^WJ.{0,1}\\d{4}[\\dA-Z]$"));
    if (plate.endsWith(QStringLiteral("警")))
        return true;
    // WJ plates would otherwise also match the two-letter military form.
    return armedPolice.match(plate).hasMatch() || military.match(plate).hasMatch();
}

bool GateRules::isNightEntry(const QDateTime &localTime)
{
    return localTime.time() < QTime(6, 0);
}

VehicleCategory GateRules::defaultCategory(const QString &plate, const PlateKnowledge &known)
{
    if (known.registeredResident)
        return VehicleCategory::Resident;
    if (known.insideAs)
        return *known.insideAs;
    if (known.openTemporaryCard)
        return VehicleCategory::Temporary;
    if (isMilitaryOrPolicePlate(plate))
        return VehicleCategory::MilitaryPolice;
    return VehicleCategory::Temporary;
}

qint64 GateRules::fee(const ParkingTariff &tariff, qint64 stayMs)
{
    if (stayMs <= qint64(tariff.freeMinutes) * kMinuteMs)
        return 0;
    // Every started hour of the whole stay, capped per started day: whole days pay the cap,
    // the started remainder pays its started hours up to the cap.
    const qint64 fullDays = stayMs / kDayMs;
    const qint64 rest = stayMs % kDayMs;
    const qint64 restFee = qMin(tariff.capFenPer24h, ceilDiv(rest, kHourMs) * tariff.fenPerHour);
    return fullDays * tariff.capFenPer24h + restFee;
}

QString GateRules::formatStay(qint64 stayMs)
{
    const qint64 minutes = qMax<qint64>(0, stayMs) / kMinuteMs;
    if (minutes < 60)
        return QStringLiteral("%1m").arg(minutes);
    return QStringLiteral("%1h%2m").arg(minutes / 60).arg(minutes % 60);
}

QString GateRules::displayStay(qint64 stayMs)
{
    const qint64 minutes = qMax<qint64>(0, stayMs) / kMinuteMs;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString GateRules::feeBreakdown(const ParkingTariff &tariff, qint64 stayMs)
{
    if (stayMs <= qint64(tariff.freeMinutes) * kMinuteMs)
        return tr("Within the %1 free minutes: no fee.").arg(tariff.freeMinutes);
    // The same arithmetic as fee(), said in words: a started hour is a whole hour.
    const qint64 fullDays = stayMs / kDayMs;
    const qint64 rest = stayMs % kDayMs;
    const qint64 startedHours = ceilDiv(rest, kHourMs);
    const qint64 restFee = qMin(tariff.capFenPer24h, startedHours * tariff.fenPerHour);
    QStringList parts;
    if (fullDays > 0)
        parts << tr("%1 × 24 h ¥%2").arg(fullDays).arg(formatYuan(fullDays * tariff.capFenPer24h));
    if (startedHours > 0) {
        QString part = tr("%1 × started hour ¥%2").arg(startedHours).arg(formatYuan(restFee));
        if (restFee < startedHours * tariff.fenPerHour)
            part += QLatin1Char(' ') + tr("(at most ¥%1 a day)").arg(formatYuan(tariff.capFenPer24h));
        parts << part;
    }
    return tr("%1 = ¥%2").arg(parts.join(QStringLiteral(" + ")), formatYuan(fee(tariff, stayMs)));
}

QString GateRules::tariffRule(const ParkingTariff &tariff)
{
    return tr("%1 minutes free, then ¥%2 for every started hour of the whole stay, at most ¥%3 for every started "
              "24 hours. A started hour counts in full: 25 h 0 min 30 s is 24 h and 2 started hours.")
        .arg(tariff.freeMinutes)
        .arg(formatYuan(tariff.fenPerHour), formatYuan(tariff.capFenPer24h));
}

QString GateRules::formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(sign).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}
