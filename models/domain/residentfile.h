#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The plain records of the resident files (SPEC 2). Codes are stored in English;
// ResidentCodes turns them into the user's language and reads them back from rosters.

struct HouseRecord
{
    qint64 id = 0;
    QString building;
    QString unit; // empty: a building without units
    QString room;
    QString number; // 3-2-1201
    qint64 areaCenti = -1; // hundredths of m²; -1 unknown
    QString type = QStringLiteral("residential"); // residential/shop/parking/other
    QString status = QStringLiteral("vacant");    // vacant/owner_occupied/rented/renovating
    QString notes;
    bool voided = false;
    QString voidReason;
    int rowVersion = 0;
};

struct ResidentRecord
{
    qint64 id = 0;
    QString name;
    QString gender; // male/female/empty
    QString documentType = QStringLiteral("resident_id");
    QString documentNumber; // masked unless the session may see it (see documentMasked)
    bool documentMasked = false;
    bool documentLegacy = false;
    QString mobile;
    QString mobile2;
    QString landline;
    QString emergencyContact;
    QString emergencyPhone;
    QString notes;
    bool voided = false;
    QString voidReason;
    int rowVersion = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString updatedBy;
};

// A resident's tie to a house for a period; a move-out ends it, nothing deletes it.
struct ResidenceLink
{
    qint64 id = 0;
    qint64 residentId = 0;
    qint64 houseId = 0;
    QString residentName;
    QString houseNumber;
    QString role; // owner/tenant/family
    QDate start;
    QDate end;
    bool ended = false;
};

struct VehicleRecord
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString residentName;
    QString plate; // normalised
    QString vehicleType;
    QString colour;
    QString parkingSpace;
    QDate validUntil;
    bool voided = false;
    QString voidReason;
    int rowVersion = 0;
};

struct WorkerPass
{
    qint64 id = 0;
    qint64 permitId = 0;
    QString name;
    QString documentNumber;
    QString mobile;
    QString passNumber;
    bool voided = false;
};

struct DecorationPermit
{
    qint64 id = 0;
    QString permitNumber;
    qint64 houseId = 0;
    QString houseNumber;
    qint64 applicantId = 0; // 0: none recorded
    QString company;
    QString companyCertificate;
    QDate start;
    QDate end;
    qint64 depositFen = 0;
    QDate acceptedOn;
    QString acceptedBy;
    QString acceptanceResult; // passed/failed/empty
    QString acceptanceNotes;
    QList<WorkerPass> workers;
    bool voided = false;
    QString voidReason;
    int rowVersion = 0;
};

// One line of a search-as-you-type result.
struct ResidentHit
{
    qint64 residentId = 0;
    QString name;
    QString mobile;
    QStringList houses; // current houses
};

class ResidentCodes
{
    Q_DECLARE_TR_FUNCTIONS(ResidentCodes)

public:
    static QStringList roles() { return {QStringLiteral("owner"), QStringLiteral("tenant"), QStringLiteral("family")}; }
    static QStringList genders() { return {QStringLiteral("male"), QStringLiteral("female")}; }
    static QStringList documentTypes()
    {
        return {QStringLiteral("resident_id"), QStringLiteral("passport"), QStringLiteral("hk_macao_permit"),
                QStringLiteral("taiwan_permit"), QStringLiteral("other")};
    }
    static QStringList houseTypes()
    {
        return {QStringLiteral("residential"), QStringLiteral("shop"), QStringLiteral("parking"), QStringLiteral("other")};
    }
    static QStringList houseStatuses()
    {
        return {QStringLiteral("vacant"), QStringLiteral("owner_occupied"), QStringLiteral("rented"),
                QStringLiteral("renovating")};
    }

    static QString roleName(const QString &code);
    static QString genderName(const QString &code);
    static QString documentTypeName(const QString &code);
    static QString houseTypeName(const QString &code);
    static QString houseStatusName(const QString &code);

    // Reads what a roster writes (业主, owner, Owner ...) back to a code.
    static std::optional<QString> roleFromText(const QString &text);
    static std::optional<QString> genderFromText(const QString &text);
    static std::optional<QString> documentTypeFromText(const QString &text);
};
