#include "dialogs/paymentdialog.h"

#include "models/domain/fees.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

PaymentDialog::PaymentDialog(FeeRepository &fees, const Session &actor, const FeeAccount &account, QWidget *parent)
    : FormDialog(parent), m_fees(fees), m_actor(actor), m_account(account), m_method(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_bills(new QListWidget(this)), m_allocation(new QLabel(this)),
      m_payer(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Take a payment: %1").arg(account.houseNumber));
    auto *heading = new QLabel(tr("<b>%1</b> %2 — open bills ¥%3, in arrears ¥%4, prepaid ¥%5")
                                   .arg(account.houseNumber.toHtmlEscaped(), account.owner.toHtmlEscaped(),
                                        Money::formatYuan(account.openFen), Money::formatYuan(account.arrearsFen),
                                        Money::formatYuan(account.prepaidFen)),
                               this);
    heading->setWordWrap(true);
    formLayout()->addWidget(heading);

    auto *form = new QFormLayout;
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString &code : FeeRules::methodCodes())
        m_method->addItem(FeeRules::methodName(code), code);
    form->addRow(tr("&Method:"), m_method);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 165.58"));
    if (account.openFen > 0)
        m_amount->setText(Money::formatYuan(account.openFen));
    form->addRow(tr("&Amount (yuan):"), m_amount);

    m_bills->setObjectName(QStringLiteral("bills"));
    for (const FeeBill &b : account.bills) {
        if (b.outstandingFen() <= 0)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 %2, due %3: ¥%4").arg(b.itemName, b.period, b.dueDate.toString(Formats::date()),
                                         Money::formatYuan(b.outstandingFen())),
            m_bills);
        item->setData(Qt::UserRole, b.id);
        item->setData(Qt::UserRole + 1, b.outstandingFen());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_bills->count() > 0)
        m_bills->setCurrentRow(0);
    m_bills->setMaximumHeight(140);
    form->addRow(tr("&Bills:"), m_bills);
    m_allocation->setObjectName(QStringLiteral("allocation"));
    m_allocation->setWordWrap(true);
    form->addRow(QString(), m_allocation);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_payer->setText(account.owner);
    form->addRow(tr("&Payer:"), m_payer);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("N&ote:"), m_note);
    formLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(460);

    registerField(m_amount, {tr("Amount"), QStringLiteral("Amount")});
    registerField(m_method, {tr("Method"), QStringLiteral("Method")});
    registerField(m_bills, {tr("Bills"), QStringLiteral("Bills")});
    registerField(m_payer, {tr("Payer"), QStringLiteral("Payer")});

    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_amountEdited = true; });
    connect(m_bills, &QListWidget::itemChanged, this, &PaymentDialog::billsTicked);
    billsTicked();
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

QList<qint64> PaymentDialog::tickedBills() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_bills->count(); ++i) {
        if (m_bills->item(i)->checkState() == Qt::Checked)
            ids << m_bills->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void PaymentDialog::billsTicked()
{
    qint64 ticked = 0;
    int count = 0;
    for (int i = 0; i < m_bills->count(); ++i) {
        if (m_bills->item(i)->checkState() == Qt::Checked) {
            ticked += m_bills->item(i)->data(Qt::UserRole + 1).toLongLong();
            ++count;
        }
    }
    if (count == 0) {
        m_allocation->setText(tr("Paid on the oldest bills first; what is left stays as prepaid. "
                                 "Tick bills (Space) to pay only those."));
    } else {
        m_allocation->setText(tr("Paid on the %n ticked bill(s) only, in the list's order; what is left stays as prepaid.",
                                 nullptr, count));
    }
    // The amount follows the ticks until the clerk types one.
    if (!m_amountEdited) {
        const qint64 fen = count == 0 ? m_account.openFen : ticked;
        m_amount->setText(fen > 0 ? Money::formatYuan(fen) : QString());
    }
}

void PaymentDialog::accept()
{
    const QString typed = m_amount->text().trimmed();
    if (typed.isEmpty()) {
        showError(tr("Amount: enter the amount received in yuan, e.g. 165.58."), m_amount);
        return;
    }
    const auto fen = Money::parseYuan(typed);
    if (!fen) {
        showError(tr("Amount: \"%1\" is not an amount in yuan (at most two decimals, e.g. 165.58).").arg(typed), m_amount);
        return;
    }
    if (*fen <= 0) {
        showError(tr("Amount: it must be more than 0."), m_amount);
        return;
    }
    FeePaymentInput in;
    in.houseId = m_account.houseId;
    in.amountFen = *fen;
    in.method = m_method->currentData().toString();
    in.chosenBills = tickedBills();
    in.payerName = m_payer->text().trimmed();
    in.note = m_note->text().trimmed();
    const auto receipt = m_fees.pay(m_actor, in);
    if (!receipt) {
        showFieldError(receipt.error());
        return;
    }
    m_receipt = *receipt;
    FormDialog::accept();
}
