#pragma once

#include "models/itemmodels/recordtablemodel.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"

#include <QTimeZone>

// One line of the fee desk's house search: a house and who lives there.
struct FeeHouseHit
{
    QString house; // 1-2-101
    QString names; // the residents found in it, "、"-joined
};

using FeeHouseHitModel = RecordTableModel<FeeHouseHit>;
using FeeBillModel = RecordTableModel<FeeBill>;
using FeePaymentModel = RecordTableModel<FeePayment>;
using ArrearsModel = RecordTableModel<ArrearsRow>;

// The tables of the fee desk 收费台, with their columns. Money as yuan with two decimals;
// a bill in arrears (outstanding and past its due date) is red; a reversed payment grey.
namespace FeeModels {
enum BillColumn { BillItem, BillPeriod, BillDue, BillAmount, BillPaid, BillOutstanding, BillDaysOverdue };
enum PaymentColumn { PayReceipt, PayReceivedAt, PayAmount, PayMethod, PayPayer, PayBy, PayReversed };
enum ArrearsColumn {
    ArrHouse, ArrOwner, ArrItem, ArrPeriod, ArrDue, ArrAmount, ArrPaid, ArrOutstanding, ArrDaysOverdue, ArrAgeing
};

FeeHouseHitModel *houseHits(QObject *parent);
FeeBillModel *bills(QObject *parent);
// Received at is shown in the estate's zone.
FeePaymentModel *payments(const QTimeZone &zone, QObject *parent);
ArrearsModel *arrears(QObject *parent);

bool inArrears(const FeeBill &bill);
// "Reversed by 王建林: wrong house", empty when not reversed.
QString reversalText(const FeePayment &payment);
} // namespace FeeModels
