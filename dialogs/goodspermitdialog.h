#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/gaterecords.h"
#include "models/domain/session.h"

class GoodsPermitRepository;
class QComboBox;
class QDateEdit;
class QLineEdit;

// A resident applies at the office for a goods-out permit (出入物品申报): house, applicant,
// goods, the vehicle if any, and the days it is good for. The number is given by the office.
class GoodsPermitDialog : public FormDialog
{
    Q_OBJECT

public:
    GoodsPermitDialog(GoodsPermitRepository &permits, const Session &actor, const QDate &today,
                      QWidget *parent = nullptr);
    void accept() override;
    const GoodsPermit &permit() const { return m_permit; }

private:
    GoodsPermitRepository &m_permits;
    Session m_actor;
    QLineEdit *m_house;
    QLineEdit *m_applicant;
    QComboBox *m_kind;
    QLineEdit *m_goods;
    QLineEdit *m_plate;
    QDateEdit *m_from;
    QDateEdit *m_until;
    GoodsPermit m_permit;
};
