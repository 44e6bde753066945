#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"
#include "models/domain/timelimittable.h"
#include "models/repositories/requestrepository.h"

class QTableWidget;
class QTabWidget;

// Manager settings of the service desk: the time-limit table (SPEC 3.2) and the repair
// price list (维修服务收费标准). Only changed rows are written; every change is audited
// by the repository. A refusal names the row and keeps what was typed.
class LimitsDialog : public FormDialog
{
    Q_OBJECT

public:
    LimitsDialog(RequestRepository &requests, const Session &actor, QWidget *parent = nullptr);
    void accept() override;
    void addPriceRow();
    QTableWidget *limitTable() const { return m_limits; }
    QTableWidget *priceTable() const { return m_prices; }

private:
    void loadPrices();

    RequestRepository &m_requests;
    Session m_actor;
    TimeLimitTable m_table;
    QList<PriceItem> m_priceItems;
    QTabWidget *m_tabs;
    QTableWidget *m_limits;
    QTableWidget *m_prices;
};
