#include "dialogs/completiondialog.h"

#include "dialogs/instantedit.h"
#include "models/domain/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

CompletionDialog::CompletionDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                                   const QList<PriceItem> &prices, const QTimeZone &zone, const Clock &clock,
                                   QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_workDone(new QPlainTextEdit(this)),
      m_price(new QComboBox(this)), m_fee(new QLineEdit(this)), m_paid(new QCheckBox(tr("Paid"), this)),
      m_receipt(new QLineEdit(this))
{
    setWindowTitle(tr("Completion: %1").arg(request.number));
    m_workDone->setObjectName(QStringLiteral("workDone"));
    m_price->setObjectName(QStringLiteral("priceItem"));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_paid->setObjectName(QStringLiteral("paid"));
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_workDone->setMaximumHeight(80);
    m_workDone->setPlainText(request.workDone);
    m_fee->setPlaceholderText(tr("yuan, e.g. 35.50; empty: free of charge"));
    m_price->addItem(tr("(from the price list)"), QVariant());
    for (const PriceItem &item : prices) {
        if (item.active)
            m_price->addItem(tr("%1 — %2 yuan/%3").arg(item.item, Money::formatYuan(item.priceFen), item.unit),
                             item.priceFen);
    }
    m_price->setEnabled(m_price->count() > 1);

    addTimeRow(tr("&Completed at:"));
    form()->addRow(tr("&Work done:"), m_workDone);
    form()->addRow(tr("Price &list:"), m_price);
    form()->addRow(tr("&Fee (yuan):"), m_fee);
    form()->addRow(QString(), m_paid);
    form()->addRow(tr("&Receipt no.:"), m_receipt);
    // Paid services are repairs (and complaints about a repair); the rest has no fee.
    const bool paidWork = request.kind == RequestKind::Repair
                          || (request.kind == RequestKind::Complaint && request.classKey == QLatin1String("engineering"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_price, m_fee, m_paid, m_receipt})
        form()->setRowVisible(w, paidWork);
    finishLayout();
    registerField(m_fee, {tr("Fee")});
    registerField(m_receipt, {tr("Receipt"), tr("Receipt no.")});
    registerField(m_workDone, {tr("Work done")});
    connect(m_price, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant fen = m_price->itemData(index);
        if (fen.isValid())
            m_fee->setText(Money::formatYuan(fen.toLongLong()));
    });
    m_workDone->setFocus(Qt::OtherFocusReason);
}

void CompletionDialog::accept()
{
    CompletionInput in;
    in.at = timeEdit()->instant();
    in.workDone = m_workDone->toPlainText().trimmed();
    const QString feeText = m_fee->text().trimmed();
    if (!feeText.isEmpty()) {
        in.feeFen = Money::parseYuan(feeText);
        if (!in.feeFen) {
            showError(tr("Fee: \"%1\" is not an amount in yuan like 35.50.").arg(feeText), m_fee);
            return;
        }
    }
    in.paid = m_paid->isChecked();
    in.receiptNo = m_receipt->text().trimmed();
    if (in.paid && (!in.feeFen || *in.feeFen == 0)) {
        showError(tr("Fee: a paid repair needs the fee."), m_fee);
        return;
    }
    if (in.paid && in.receiptNo.isEmpty()) {
        showError(tr("Receipt no.: a paid fee needs the receipt number."), m_receipt);
        return;
    }
    if (!run(m_requests.complete(m_actor, m_request.id, m_request.rowVersion, in)))
        return;
    FormDialog::accept();
}
