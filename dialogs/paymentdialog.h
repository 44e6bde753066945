#pragma once

#include "dialogs/formdialog.h"
#include "models/domain/session.h"
#include "models/repositories/feerepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// 收款: takes a payment for one house. Method, amount in yuan (the house's open bills by
// default), the bills it pays (none ticked: oldest due date first, as the data layer allocates),
// payer and note. Every field is reached with Tab; Space ticks a bill; Enter saves. A refusal
// names the field and keeps the input.
class PaymentDialog : public FormDialog
{
    Q_OBJECT

public:
    PaymentDialog(FeeRepository &fees, const Session &actor, const FeeAccount &account, QWidget *parent = nullptr);

    void accept() override;
    const FeeReceipt &receipt() const { return m_receipt; }

private:
    QList<qint64> tickedBills() const;
    void billsTicked();

    FeeRepository &m_fees;
    Session m_actor;
    FeeAccount m_account;
    FeeReceipt m_receipt;
    QComboBox *m_method;
    QLineEdit *m_amount;
    QListWidget *m_bills;
    QLabel *m_allocation;
    QLineEdit *m_payer;
    QLineEdit *m_note;
    bool m_amountEdited = false;
};
