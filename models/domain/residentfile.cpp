#include "models/domain/residentfile.h"

#include <QHash>

namespace {

std::optional<QString> lookUp(const QHash<QString, QString> &table, const QString &text)
{
    const QString key = text.trimmed().toLower();
    const auto it = table.constFind(key);
    if (it == table.constEnd())
        return std::nullopt;
    return it.value();
}

// A code written as the program's display name in the language now in use ("Family member",
// 居民身份证): what an export in the user's language holds.
std::optional<QString> byDisplayName(const QStringList &codes, QString (*name)(const QString &), const QString &text)
{
    const QString wanted = text.trimmed();
    for (const QString &code : codes) {
        if (name(code).compare(wanted, Qt::CaseInsensitive) == 0)
            return code;
    }
    return std::nullopt;
}

} // namespace

QString ResidentCodes::roleName(const QString &code)
{
    if (code == QLatin1String("owner"))
        return tr("Owner");
    if (code == QLatin1String("tenant"))
        return tr("Tenant");
    if (code == QLatin1String("family"))
        return tr("Family member");
    return code;
}

QString ResidentCodes::genderName(const QString &code)
{
    if (code == QLatin1String("male"))
        return tr("Male");
    if (code == QLatin1String("female"))
        return tr("Female");
    return code;
}

QString ResidentCodes::documentTypeName(const QString &code)
{
    if (code == QLatin1String("resident_id"))
        return tr("Resident ID card");
    if (code == QLatin1String("passport"))
        return tr("Passport");
    if (code == QLatin1String("hk_macao_permit"))
        return tr("Mainland travel permit for Hong Kong and Macao residents");
    if (code == QLatin1String("taiwan_permit"))
        return tr("Mainland travel permit for Taiwan residents");
    if (code == QLatin1String("other"))
        return tr("Other document");
    return code;
}

QString ResidentCodes::houseTypeName(const QString &code)
{
    if (code == QLatin1String("residential"))
        return tr("Residential");
    if (code == QLatin1String("shop"))
        return tr("Shop");
    if (code == QLatin1String("parking"))
        return tr("Parking space");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString ResidentCodes::houseStatusName(const QString &code)
{
    if (code == QLatin1String("vacant"))
        return tr("Vacant");
    if (code == QLatin1String("owner_occupied"))
        return tr("Owner-occupied");
    if (code == QLatin1String("rented"))
        return tr("Rented");
    if (code == QLatin1String("renovating"))
        return tr("Under renovation");
    return code;
}

std::optional<QString> ResidentCodes::roleFromText(const QString &text)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("业主"), QStringLiteral("owner")},     {QStringLiteral("owner"), QStringLiteral("owner")},
        {QStringLiteral("产权人"), QStringLiteral("owner")},   {QStringLiteral("租户"), QStringLiteral("tenant")},
        {QStringLiteral("tenant"), QStringLiteral("tenant")},  {QStringLiteral("租客"), QStringLiteral("tenant")},
        {QStringLiteral("家庭成员"), QStringLiteral("family")}, {QStringLiteral("家属"), QStringLiteral("family")},
        {QStringLiteral("family"), QStringLiteral("family")},
    };
    if (auto code = lookUp(table, text))
        return code;
    return byDisplayName(roles(), &ResidentCodes::roleName, text);
}

std::optional<QString> ResidentCodes::genderFromText(const QString &text)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("男"), QStringLiteral("male")},   {QStringLiteral("male"), QStringLiteral("male")},
        {QStringLiteral("m"), QStringLiteral("male")},    {QStringLiteral("女"), QStringLiteral("female")},
        {QStringLiteral("female"), QStringLiteral("female")}, {QStringLiteral("f"), QStringLiteral("female")},
    };
    if (auto code = lookUp(table, text))
        return code;
    return byDisplayName(genders(), &ResidentCodes::genderName, text);
}

std::optional<QString> ResidentCodes::documentTypeFromText(const QString &text)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("居民身份证"), QStringLiteral("resident_id")},
        {QStringLiteral("身份证"), QStringLiteral("resident_id")},
        {QStringLiteral("resident_id"), QStringLiteral("resident_id")},
        {QStringLiteral("护照"), QStringLiteral("passport")},
        {QStringLiteral("passport"), QStringLiteral("passport")},
        {QStringLiteral("港澳居民来往内地通行证"), QStringLiteral("hk_macao_permit")},
        {QStringLiteral("回乡证"), QStringLiteral("hk_macao_permit")},
        {QStringLiteral("hk_macao_permit"), QStringLiteral("hk_macao_permit")},
        {QStringLiteral("台湾居民来往大陆通行证"), QStringLiteral("taiwan_permit")},
        {QStringLiteral("台胞证"), QStringLiteral("taiwan_permit")},
        {QStringLiteral("taiwan_permit"), QStringLiteral("taiwan_permit")},
        {QStringLiteral("其他"), QStringLiteral("other")},
        {QStringLiteral("other"), QStringLiteral("other")},
    };
    if (auto code = lookUp(table, text))
        return code;
    return byDisplayName(documentTypes(), &ResidentCodes::documentTypeName, text);
}
