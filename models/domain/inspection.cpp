#include "models/domain/inspection.h"

QString InspectionRun::coverageText() const
{
    if (unitsTotal <= 0 && unitsChecked <= 0)
        return {};
    return InspectionCodes::tr("%1 of %2 units").arg(unitsChecked).arg(unitsTotal);
}

QString InspectionCodes::code(Verdict v)
{
    switch (v) {
    case Verdict::Unmarked: return {};
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::NotApplicable: return QStringLiteral("na");
    }
    return {};
}

Verdict InspectionCodes::verdictFrom(const QString &text)
{
    if (text == QLatin1String("pass"))
        return Verdict::Pass;
    if (text == QLatin1String("fail"))
        return Verdict::Fail;
    if (text == QLatin1String("na"))
        return Verdict::NotApplicable;
    return Verdict::Unmarked;
}

QString InspectionCodes::displayName(Verdict v)
{
    switch (v) {
    case Verdict::Unmarked: return tr("not marked");
    case Verdict::Pass: return tr("Pass");
    case Verdict::Fail: return tr("Fail");
    case Verdict::NotApplicable: return tr("N/A");
    }
    return {};
}

QString InspectionCodes::code(NcState s)
{
    switch (s) {
    case NcState::Open: return QStringLiteral("open");
    case NcState::FixedOnSpot: return QStringLiteral("fixed_on_spot");
    case NcState::Rectifying: return QStringLiteral("rectifying");
    case NcState::SentBack: return QStringLiteral("sent_back");
    case NcState::Closed: return QStringLiteral("closed");
    }
    return {};
}

NcState InspectionCodes::ncStateFrom(const QString &text)
{
    for (NcState s : {NcState::Open, NcState::FixedOnSpot, NcState::Rectifying, NcState::SentBack, NcState::Closed}) {
        if (code(s) == text)
            return s;
    }
    return NcState::Open;
}

QString InspectionCodes::displayName(NcState s)
{
    switch (s) {
    case NcState::Open: return tr("Open");
    case NcState::FixedOnSpot: return tr("Fixed on the spot");
    case NcState::Rectifying: return tr("Being rectified");
    case NcState::SentBack: return tr("Sent back after recheck");
    case NcState::Closed: return tr("Closed");
    }
    return {};
}

QString InspectionCodes::code(RunState s)
{
    return s == RunState::Finished ? QStringLiteral("finished") : QStringLiteral("draft");
}

QString InspectionCodes::displayName(RunState s)
{
    return s == RunState::Finished ? tr("Finished") : tr("Draft");
}

QStringList InspectionCodes::levelCodes()
{
    return {QStringLiteral("company_manager"), QStringLiteral("project_head"), QStringLiteral("supervisor"),
            QStringLiteral("area_lead"), QStringLiteral("frontline")};
}

QString InspectionCodes::levelName(const QString &levelCode)
{
    if (levelCode == QLatin1String("company_manager"))
        return tr("Company manager");
    if (levelCode == QLatin1String("project_head"))
        return tr("Project head");
    if (levelCode == QLatin1String("supervisor"))
        return tr("Department supervisor");
    if (levelCode == QLatin1String("area_lead"))
        return tr("Area lead");
    if (levelCode == QLatin1String("frontline"))
        return tr("Frontline self-check");
    return levelCode;
}

QString InspectionCodes::intervalText(int minutes)
{
    if (minutes % 1440 == 0)
        return tr("every %n day(s)", nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return tr("every %n hour(s)", nullptr, minutes / 60);
    return tr("every %n minute(s)", nullptr, minutes);
}

QString InspectionCodes::levelRule(const InspectionLevel &level)
{
    QString text = intervalText(level.intervalMinutes);
    if (level.shareNum > 0 && level.shareNum < level.shareDen)
        text += tr(", at least %1/%2 of the items or area").arg(level.shareNum).arg(level.shareDen);
    if (level.minUnits > 0)
        text += tr(", cleaning at least %n unit(s)", nullptr, level.minUnits);
    return text;
}
