#pragma once

#include "models/domain/result.h"
#include "models/domain/session.h"
#include "models/repositories/auditlog.h"

#include <QCoreApplication>
#include <QList>

class Database;

struct PriceItem
{
    qint64 id = 0;
    QString item;
    QString unit;
    qint64 priceFen = 0;
    bool active = true;
    int rowVersion = 1;
};

// The price list of paid repairs (integer fen). Managers change it; every change is audited.
class PriceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceListRepository)

public:
    explicit PriceListRepository(Database &db);

    Result<QList<PriceItem>> priceList() const;
    Result<qint64> savePriceItem(const Session &who, const PriceItem &item);

private:
    Database &m_db;
    AuditLog m_audit;
};
