#include "models/itemmodels/feemodels.h"

#include "models/domain/formats.h"
#include "models/domain/money.h"

#include <QBrush>
#include <QColor>

namespace {
const char *kContext = "FeeModels";

QVariant day(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Formats::date())) : QVariant();
}

QVariant yuan(qint64 fen)
{
    return Money::formatYuan(fen);
}

QVariant red()
{
    return QBrush(QColor(0xb3, 0x26, 0x1e));
}
} // namespace

bool FeeModels::inArrears(const FeeBill &bill)
{
    return bill.outstandingFen() > 0 && bill.daysOverdue > 0;
}

QString FeeModels::reversalText(const FeePayment &p)
{
    if (!p.reversed)
        return {};
    return QCoreApplication::translate("FeeModels", "Reversed by %1: %2").arg(p.reversedBy, p.reversalReason);
}

FeeHouseHitModel *FeeModels::houseHits(QObject *parent)
{
    return new FeeHouseHitModel(
        kContext,
        {{QT_TRANSLATE_NOOP("FeeModels", "House"), [](const FeeHouseHit &h) { return QVariant(h.house); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Residents"), [](const FeeHouseHit &h) { return QVariant(h.names); }}},
        [](const FeeHouseHit &) { return qint64(0); }, parent);
}

FeeBillModel *FeeModels::bills(QObject *parent)
{
    auto *model = new FeeBillModel(
        kContext,
        {{QT_TRANSLATE_NOOP("FeeModels", "Item"), [](const FeeBill &b) { return QVariant(b.itemName); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Period"), [](const FeeBill &b) { return QVariant(b.period); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Due date"), [](const FeeBill &b) { return day(b.dueDate); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Amount"), [](const FeeBill &b) { return yuan(b.amountFen); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Paid"), [](const FeeBill &b) { return yuan(b.paidFen); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Outstanding"), [](const FeeBill &b) { return yuan(b.outstandingFen()); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Days overdue"),
          [](const FeeBill &b) { return inArrears(b) ? QVariant(b.daysOverdue) : QVariant(); }}},
        [](const FeeBill &b) { return b.id; }, parent);
    model->setForeground([](const FeeBill &b) { return inArrears(b) ? red() : QVariant(); });
    return model;
}

FeePaymentModel *FeeModels::payments(const QTimeZone &zone, QObject *parent)
{
    auto *model = new FeePaymentModel(
        kContext,
        {{QT_TRANSLATE_NOOP("FeeModels", "Receipt no."),
          [](const FeePayment &p) {
              return QVariant(p.receiptNo.isEmpty() ? QCoreApplication::translate("FeeModels", "(ledger)") : p.receiptNo);
          }},
         {QT_TRANSLATE_NOOP("FeeModels", "Received at"),
          [zone](const FeePayment &p) { return QVariant(p.receivedAt.toTimeZone(zone).toString(Formats::dateTime())); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Amount received"), [](const FeePayment &p) { return yuan(p.amountFen); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Method"), [](const FeePayment &p) { return QVariant(FeeRules::methodName(p.method)); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Payer"), [](const FeePayment &p) { return QVariant(p.payerName); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Taken by"), [](const FeePayment &p) { return QVariant(p.recordedBy); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Reversed"), [](const FeePayment &p) { return QVariant(reversalText(p)); }}},
        [](const FeePayment &p) { return p.id; }, parent);
    model->setForeground([](const FeePayment &p) { return p.reversed ? QVariant(QBrush(Qt::gray)) : QVariant(); });
    return model;
}

ArrearsModel *FeeModels::arrears(QObject *parent)
{
    auto *model = new ArrearsModel(
        kContext,
        {{QT_TRANSLATE_NOOP("FeeModels", "House"), [](const ArrearsRow &r) { return QVariant(r.house); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Owner"), [](const ArrearsRow &r) { return QVariant(r.owner); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Item"), [](const ArrearsRow &r) { return QVariant(r.itemName); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Period"), [](const ArrearsRow &r) { return QVariant(r.period); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Due date"), [](const ArrearsRow &r) { return day(r.dueDate); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Amount"), [](const ArrearsRow &r) { return yuan(r.amountFen); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Paid"), [](const ArrearsRow &r) { return yuan(r.paidFen); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Outstanding"), [](const ArrearsRow &r) { return yuan(r.outstandingFen()); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Days overdue"), [](const ArrearsRow &r) { return QVariant(r.daysOverdue); }},
         {QT_TRANSLATE_NOOP("FeeModels", "Ageing"),
          [](const ArrearsRow &r) {
              const auto bucket = FeeRules::ageing(r.daysOverdue);
              return bucket ? QVariant(FeeRules::ageingName(*bucket)) : QVariant();
          }}},
        [](const ArrearsRow &r) { return r.billId; }, parent);
    model->setForeground([](const ArrearsRow &) { return red(); });
    return model;
}
