#include "models/itemmodels/residentmodels.h"

#include "models/domain/money.h"

namespace {
const char *kContext = "ResidentModels";

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

ResidentRow ResidentRow::fromHit(const ResidentHit &hit)
{
    ResidentRow row;
    row.residentId = hit.residentId;
    row.name = hit.name;
    row.phone = hit.mobile;
    row.houses = hit.houses.join(QStringLiteral(", "));
    return row;
}

ResidentRow ResidentRow::fromLink(const ResidenceLink &link)
{
    ResidentRow row;
    row.residentId = link.residentId;
    row.name = link.residentName;
    row.houses = link.houseNumber;
    row.role = link.role;
    row.start = link.start;
    row.end = link.end;
    return row;
}

QString ResidentModels::period(const QDate &start, const QDate &end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    return QCoreApplication::translate("ResidentModels", "%1 to %2")
        .arg(isoDate(start), end.isValid() ? isoDate(end) : QCoreApplication::translate("ResidentModels", "now"));
}

ResidentRowModel *ResidentModels::residentRows(QObject *parent)
{
    return new ResidentRowModel(
        kContext,
        {{QT_TRANSLATE_NOOP("ResidentModels", "Name"), [](const ResidentRow &r) { return QVariant(r.name); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "House"), [](const ResidentRow &r) { return QVariant(r.houses); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Role"),
          [](const ResidentRow &r) { return QVariant(r.role.isEmpty() ? QString() : ResidentCodes::roleName(r.role)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Mobile"), [](const ResidentRow &r) { return QVariant(r.phone); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Period"),
          [](const ResidentRow &r) { return QVariant(period(r.start, r.end)); }}},
        [](const ResidentRow &r) { return r.residentId; }, parent);
}

ResidenceLinkModel *ResidentModels::links(QObject *parent)
{
    return new ResidenceLinkModel(
        kContext,
        {{QT_TRANSLATE_NOOP("ResidentModels", "House"), [](const ResidenceLink &l) { return QVariant(l.houseNumber); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Role"),
          [](const ResidenceLink &l) { return QVariant(ResidentCodes::roleName(l.role)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Moved in"), [](const ResidenceLink &l) { return QVariant(isoDate(l.start)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Moved out"), [](const ResidenceLink &l) { return QVariant(isoDate(l.end)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Status"),
          [](const ResidenceLink &l) {
              return QVariant(l.ended ? QCoreApplication::translate("ResidentModels", "Moved out")
                                      : QCoreApplication::translate("ResidentModels", "Living here"));
          }}},
        [](const ResidenceLink &l) { return l.id; }, parent);
}

VehicleModel *ResidentModels::vehicles(QObject *parent)
{
    return new VehicleModel(
        kContext,
        {{QT_TRANSLATE_NOOP("ResidentModels", "Plate"), [](const VehicleRecord &v) { return QVariant(v.plate); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Type"), [](const VehicleRecord &v) { return QVariant(v.vehicleType); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Colour"), [](const VehicleRecord &v) { return QVariant(v.colour); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Parking space"),
          [](const VehicleRecord &v) { return QVariant(v.parkingSpace); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Valid until"),
          [](const VehicleRecord &v) { return QVariant(isoDate(v.validUntil)); }}},
        [](const VehicleRecord &v) { return v.id; }, parent);
}

PermitModel *ResidentModels::permits(QObject *parent)
{
    return new PermitModel(
        kContext,
        {{QT_TRANSLATE_NOOP("ResidentModels", "Permit number"),
          [](const DecorationPermit &p) { return QVariant(p.permitNumber); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "House"), [](const DecorationPermit &p) { return QVariant(p.houseNumber); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Company"), [](const DecorationPermit &p) { return QVariant(p.company); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Period"),
          [](const DecorationPermit &p) { return QVariant(period(p.start, p.end)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Deposit (yuan)"),
          [](const DecorationPermit &p) { return QVariant(Money::formatYuan(p.depositFen)); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Workers"),
          [](const DecorationPermit &p) { return QVariant(int(p.workers.size())); }},
         {QT_TRANSLATE_NOOP("ResidentModels", "Acceptance"),
          [](const DecorationPermit &p) {
              if (!p.acceptedOn.isValid())
                  return QVariant(QCoreApplication::translate("ResidentModels", "not yet"));
              return QVariant(p.acceptedOn.toString(Qt::ISODate) + QLatin1Char(' ')
                              + (p.acceptanceResult == QLatin1String("passed")
                                     ? QCoreApplication::translate("ResidentModels", "passed")
                                     : QCoreApplication::translate("ResidentModels", "failed")));
          }}},
        [](const DecorationPermit &p) { return p.id; }, parent);
}
