#include "views/feedeskpage.h"
#include "views/listtable.h"

#include "dialogs/paymentdialog.h"
#include "dialogs/reasondialog.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/domain/residentfile.h"
#include "models/io/arrearsexport.h"
#include "models/io/feereceiptprinter.h"
#include "models/repositories/feequeries.h"
#include "models/repositories/feerepository.h"
#include "models/repositories/houserepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The account's lists keep each row on one line.
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const char *name)
{
    QTableView *view = listTable(parent, model, name);
    view->setWordWrap(false);
    return view;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

struct AgeingRange
{
    qint64 min = 1;
    qint64 max = -1; // -1: no upper end
};

AgeingRange rangeOf(FeeDeskPage::AgeingFilter filter)
{
    switch (filter) {
    case FeeDeskPage::AgeingFilter::All: return {1, -1};
    case FeeDeskPage::AgeingFilter::D1_30: return {1, 30};
    case FeeDeskPage::AgeingFilter::D31_90: return {31, 90};
    case FeeDeskPage::AgeingFilter::D91_180: return {91, 180};
    case FeeDeskPage::AgeingFilter::D181_365: return {181, 365};
    case FeeDeskPage::AgeingFilter::Over365: return {366, -1};
    case FeeDeskPage::AgeingFilter::Over90: return {91, -1};
    }
    return {};
}
} // namespace

FeeDeskPage::FeeDeskPage(Database &db, const Session &actor, const QTimeZone &zone, QWidget *parent)
    : DeskPage(db, actor, zone, parent), m_fees(std::make_unique<FeeRepository>(db)),
      m_queries(std::make_unique<FeeQueries>(db)), m_houseRepo(std::make_unique<HouseRepository>(db)),
      m_residentRepo(std::make_unique<ResidentRepository>(db)), m_settings(std::make_unique<SettingsRepository>(db)),
      m_hits(FeeModels::houseHits(this)), m_bills(FeeModels::bills(this)), m_payments(FeeModels::payments(zone, this)),
      m_arrears(FeeModels::arrears(this)), m_tabs(new QTabWidget(this)), m_search(new QLineEdit(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);

    // The house account.
    auto *accountTab = new QWidget(m_tabs);
    auto *accountLayout = new QVBoxLayout(accountTab);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("feeSearch"));
    m_search->setPlaceholderText(tr("F2 — find a house: number 1-2-101, owner's name or pinyin initials (zw); Down and Enter pick it"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 1);
    m_pay = new QPushButton(tr("Take &payment... (Ctrl+P)"), accountTab);
    m_pay->setObjectName(QStringLiteral("takePayment"));
    bar->addWidget(m_pay);
    accountLayout->addLayout(bar);

    auto *splitter = new QSplitter(accountTab);
    m_hitView = makeTable(splitter, m_hits, "houseHits");
    m_hitView->setMinimumWidth(180);
    splitter->addWidget(m_hitView);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    setTitleFont(m_title);
    m_title->setObjectName(QStringLiteral("feeAccountTitle"));
    m_summary->setObjectName(QStringLiteral("feeAccountSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(heading(tr("Bills"), detail));
    m_billView = makeTable(detail, m_bills, "feeBills");
    detailLayout->addWidget(m_billView, 3);
    detailLayout->addWidget(heading(tr("Payments"), detail));
    m_paymentView = makeTable(detail, m_payments, "feePayments");
    detailLayout->addWidget(m_paymentView, 2);
    auto *paymentButtons = new QHBoxLayout;
    m_print = new QPushButton(tr("Print rec&eipt..."), detail);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    m_pdf = new QPushButton(tr("Save receipt as P&DF..."), detail);
    m_pdf->setObjectName(QStringLiteral("saveReceiptPdf"));
    m_reverse = new QPushButton(tr("Re&verse..."), detail);
    m_reverse->setObjectName(QStringLiteral("reversePayment"));
    if (!actor.can(Permission::ManageFees))
        m_reverse->setToolTip(tr("Only a manager may reverse a payment."));
    for (QPushButton *b : {m_print, m_pdf, m_reverse})
        paymentButtons->addWidget(b);
    paymentButtons->addStretch();
    detailLayout->addLayout(paymentButtons);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 800});
    accountLayout->addWidget(splitter, 1);
    m_tabs->addTab(accountTab, tr("House &account"));

    // The arrears list.
    auto *arrearsTab = new QWidget(m_tabs);
    auto *arrearsLayout = new QVBoxLayout(arrearsTab);
    auto *filters = new QHBoxLayout;
    m_building = new QComboBox(arrearsTab);
    m_building->setObjectName(QStringLiteral("arrearsBuilding"));
    m_ageing = new QComboBox(arrearsTab);
    m_ageing->setObjectName(QStringLiteral("arrearsAgeing"));
    m_ageing->addItem(tr("Every ageing bucket"), int(AgeingFilter::All));
    m_ageing->addItem(FeeRules::ageingName(FeeRules::Ageing::D1_30), int(AgeingFilter::D1_30));
    m_ageing->addItem(FeeRules::ageingName(FeeRules::Ageing::D31_90), int(AgeingFilter::D31_90));
    m_ageing->addItem(FeeRules::ageingName(FeeRules::Ageing::D91_180), int(AgeingFilter::D91_180));
    m_ageing->addItem(FeeRules::ageingName(FeeRules::Ageing::D181_365), int(AgeingFilter::D181_365));
    m_ageing->addItem(FeeRules::ageingName(FeeRules::Ageing::Over365), int(AgeingFilter::Over365));
    m_ageing->addItem(tr("over 90 days"), int(AgeingFilter::Over90));
    auto *buildingLabel = new QLabel(tr("&Building:"), arrearsTab);
    buildingLabel->setBuddy(m_building);
    auto *ageingLabel = new QLabel(tr("A&geing:"), arrearsTab);
    ageingLabel->setBuddy(m_ageing);
    auto *exportButton = new QPushButton(tr("E&xport to Excel..."), arrearsTab);
    exportButton->setObjectName(QStringLiteral("exportArrears"));
    filters->addWidget(buildingLabel);
    filters->addWidget(m_building);
    filters->addWidget(ageingLabel);
    filters->addWidget(m_ageing);
    filters->addStretch();
    filters->addWidget(exportButton);
    arrearsLayout->addLayout(filters);
    m_arrearsView = makeTable(arrearsTab, m_arrears, "arrearsList");
    arrearsLayout->addWidget(m_arrearsView, 1);
    m_arrearsTotals = new QLabel(arrearsTab);
    m_arrearsTotals->setObjectName(QStringLiteral("arrearsTotals"));
    m_arrearsTotals->setWordWrap(true);
    arrearsLayout->addWidget(m_arrearsTotals);
    m_tabs->addTab(arrearsTab, tr("A&rrears"));
    m_tabs->setObjectName(QStringLiteral("feeTabs"));
    layout->addWidget(m_tabs, 1);

    m_message->setObjectName(QStringLiteral("feeMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setFocusProxy(m_search); // the clerk starts typing at once

    auto *find = new QShortcut(QKeySequence(Qt::Key_F2), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *pay = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    pay->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pay, &QShortcut::activated, this, &FeeDeskPage::takePayment);

    connect(m_search, &QLineEdit::textChanged, this, &FeeDeskPage::search);
    connect(m_hitView, &QTableView::activated, this, [this](const QModelIndex &index) { openHit(index.row()); });
    connect(m_pay, &QPushButton::clicked, this, &FeeDeskPage::takePayment);
    connect(m_print, &QPushButton::clicked, this, [this] { printReceipt(currentPaymentId()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const qint64 id = currentPaymentId();
        if (id == 0)
            return;
        const auto payment = m_fees->payment(m_actor, id);
        const QString name = payment ? payment->receiptNo : QString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the receipt as PDF"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + QStringLiteral(".pdf")),
            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = saveReceiptPdf(id, path); !s)
            report(s.error());
        else
            report(tr("Receipt saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(m_reverse, &QPushButton::clicked, this, &FeeDeskPage::reverseCurrentPayment);
    connect(m_paymentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeeDeskPage::updateButtons);
    connect(m_building, &QComboBox::currentIndexChanged, this, &FeeDeskPage::reloadArrears);
    connect(m_ageing, &QComboBox::currentIndexChanged, this, &FeeDeskPage::reloadArrears);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            reloadArrears();
    });
    connect(m_arrearsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString house = m_arrears->record(index.row()).house;
        m_tabs->setCurrentIndex(0);
        openHouse(house);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the arrears"), tr("arrears.xlsx"),
                                                          tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (Status s = exportArrears(path); !s)
            report(s.error());
        else
            report(tr("%n bill(s) in arrears exported to %1.", nullptr, int(m_arrears->rowCount()))
                       .arg(QDir::toNativeSeparators(path)),
                   false);
    });
    showAccount();
}

FeeDeskPage::~FeeDeskPage() = default;

QString FeeDeskPage::summaryText() const
{
    return m_summary->text();
}

QString FeeDeskPage::arrearsTotalsText() const
{
    return m_arrearsTotals->text();
}

void FeeDeskPage::opened()
{
    if (m_account.houseId != 0)
        reloadAccount();
    if (m_tabs->currentIndex() == 1)
        reloadArrears();
}

// ---- finding a house ----

void FeeDeskPage::search(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back through textChanged
        return;
    }
    showHits();
}

void FeeDeskPage::showHits()
{
    const QString text = m_search->text().trimmed();
    QList<FeeHouseHit> hits;
    if (!text.isEmpty()) {
        QHash<QString, int> rowOf;
        auto add = [&](const QString &house, const QString &name) {
            auto it = rowOf.find(house);
            if (it == rowOf.end()) {
                it = rowOf.insert(house, int(hits.size()));
                hits << FeeHouseHit{house, QString()};
            }
            FeeHouseHit &hit = hits[*it];
            if (!name.isEmpty() && !hit.names.split(QStringLiteral("、")).contains(name))
                hit.names += (hit.names.isEmpty() ? QString() : QStringLiteral("、")) + name;
        };
        // A whole house number finds the house even when no one lives in it.
        const bool houseTyped = HouseRepository::parseNumber(text).has_value();
        if (houseTyped) {
            if (const auto house = m_houseRepo->houseByNumber(m_actor, text))
                add(house->number, QString());
        }
        // The resident files' search: names, pinyin initials, house numbers, phones, plates.
        const auto found = m_residentRepo->search(m_actor, text, 50);
        if (!found)
            return report(found.error());
        for (const ResidentHit &hit : found.value()) {
            for (const QString &house : hit.houses) {
                // A house number typed: only that house (or those starting with it), not the
                // residents' other houses.
                if (houseTyped && !house.startsWith(text))
                    continue;
                add(house, hit.name);
            }
        }
    }
    m_hits->setRecords(hits);
    m_hitView->resizeColumnsToContents();
    m_hitView->horizontalHeader()->setStretchLastSection(true);
    if (!hits.isEmpty())
        m_hitView->setCurrentIndex(m_hits->index(0, 0));
}

bool FeeDeskPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_hits->rowCount() > 0) {
            m_hitView->setFocus(Qt::OtherFocusReason);
            const int row = m_hitView->currentIndex().isValid() ? m_hitView->currentIndex().row() : 0;
            m_hitView->setCurrentIndex(m_hits->index(qMin(row, m_hits->rowCount() - 1), 0));
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_hits->rowCount() > 0) {
            openHit(m_hitView->currentIndex().isValid() ? m_hitView->currentIndex().row() : 0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FeeDeskPage::openHit(int row)
{
    if (row < 0 || row >= m_hits->rowCount())
        return;
    if (openHouse(m_hits->record(row).house))
        m_billView->setFocus(Qt::OtherFocusReason);
}

bool FeeDeskPage::openHouse(const QString &number)
{
    const auto house = m_houseRepo->houseByNumber(m_actor, number);
    if (!house) {
        report(house.error());
        return false;
    }
    const auto account = m_fees->account(m_actor, house->id);
    if (!account) {
        report(account.error());
        return false;
    }
    m_account = *account;
    report(QString(), false);
    showAccount();
    return true;
}

// ---- the account ----

void FeeDeskPage::reloadAccount()
{
    if (m_account.houseId == 0)
        return;
    const auto account = m_fees->account(m_actor, m_account.houseId);
    if (!account)
        return report(account.error());
    m_account = *account;
    showAccount();
}

void FeeDeskPage::showAccount()
{
    const bool has = m_account.houseId != 0;
    if (!has) {
        m_title->setText(tr("No house chosen"));
        m_summary->setText(tr("Find a house above (F2), then Enter opens its account; Ctrl+P takes a payment."));
        m_bills->setRecords({});
        m_payments->setRecords({});
        updateButtons();
        return;
    }
    QStringList facts;
    if (m_account.areaCenti >= 0)
        facts << tr("%1 m²").arg(Money::formatYuan(m_account.areaCenti));
    facts << ResidentCodes::houseTypeName(m_account.houseType) << ResidentCodes::houseStatusName(m_account.status);
    m_title->setText(tr("%1  %2").arg(m_account.houseNumber,
                                      m_account.owner.isEmpty() ? tr("(no owner on file)") : m_account.owner));
    const QString arrears = m_account.arrearsFen > 0
        ? tr("<span style=\"color:#b3261e\"><b>Arrears ¥%1</b> (up to %n day(s) overdue)</span>", nullptr,
             int(m_account.maxDaysOverdue))
              .arg(Money::formatYuan(m_account.arrearsFen))
        : tr("No arrears");
    m_summary->setText(tr("%1<br>%2 · open bills ¥%3 · prepaid ¥%4")
                           .arg(facts.join(QStringLiteral(", ")).toHtmlEscaped(), arrears,
                                Money::formatYuan(m_account.openFen), Money::formatYuan(m_account.prepaidFen)));
    m_bills->setRecords(m_account.bills);
    m_payments->setRecords(m_account.payments);
    for (QTableView *view : {m_billView, m_paymentView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    // The first bill still open (the paid ones above it are history).
    for (int row = 0; row < m_bills->rowCount(); ++row) {
        if (m_bills->record(row).outstandingFen() > 0) {
            m_billView->setCurrentIndex(m_bills->index(row, 0));
            m_billView->scrollTo(m_bills->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }
    }
    if (m_payments->rowCount() > 0)
        m_paymentView->setCurrentIndex(m_payments->index(0, 0));
    updateButtons();
}

void FeeDeskPage::updateButtons()
{
    const bool has = m_account.houseId != 0;
    m_pay->setEnabled(has);
    const QModelIndex current = m_paymentView->currentIndex();
    const bool payment = current.isValid();
    const bool withReceipt = payment && !m_payments->record(current.row()).receiptNo.isEmpty();
    m_print->setEnabled(withReceipt);
    m_pdf->setEnabled(withReceipt);
    // A clerk may try: the data layer refuses and the page says why.
    m_reverse->setEnabled(payment && !m_payments->record(current.row()).reversed);
}

qint64 FeeDeskPage::currentPaymentId() const
{
    const QModelIndex current = m_paymentView->currentIndex();
    return current.isValid() ? m_payments->record(current.row()).id : 0;
}

void FeeDeskPage::takePayment()
{
    if (m_account.houseId == 0) {
        report(tr("House: find the house first (F2)."));
        m_search->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The account as it stands now: another seat may have taken a payment meanwhile.
    reloadAccount();
    PaymentDialog dialog(*m_fees, m_actor, m_account, this);
    dialog.setObjectName(QStringLiteral("paymentDialog"));
    if (exec(dialog) != QDialog::Accepted)
        return;
    const FeeReceipt receipt = dialog.receipt();
    reloadAccount();
    for (int row = 0; row < m_payments->rowCount(); ++row) {
        if (m_payments->record(row).id == receipt.paymentId)
            m_paymentView->setCurrentIndex(m_payments->index(row, 0));
    }
    report(tr("Receipt %1: ¥%2 received; prepaid now ¥%3.")
               .arg(receipt.receiptNo, Money::formatYuan(receipt.amountFen), Money::formatYuan(receipt.housePrepaidFen)),
           false);
    emit feesChanged();
    QMessageBox ask(QMessageBox::Question, tr("Receipt %1").arg(receipt.receiptNo),
                    tr("Payment saved: receipt %1, ¥%2. Print the receipt now?")
                        .arg(receipt.receiptNo, Money::formatYuan(receipt.amountFen)),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("printReceiptQuestion"));
    ask.setDefaultButton(QMessageBox::Yes);
    ask.button(QMessageBox::Yes)->setText(tr("&Print"));
    ask.button(QMessageBox::No)->setText(tr("&Not now"));
    if (exec(ask) == QMessageBox::Yes)
        printReceipt(receipt.paymentId);
}

// ---- receipts ----

Result<QString> FeeDeskPage::receiptHtml(qint64 paymentId, QString *receiptNo)
{
    const auto payment = m_fees->payment(m_actor, paymentId);
    if (!payment)
        return Failure{payment.error()};
    if (payment->receiptNo.isEmpty())
        return Failure{tr("Receipt: an amount carried over from the arrears ledger has no receipt.")};
    FeeReceiptContext context;
    context.estateName = m_settings->estateName();
    context.zone = m_zone;
    const auto account = m_fees->account(m_actor, payment->houseId);
    if (!account)
        return Failure{account.error()};
    context.owner = account->owner;
    context.housePrepaidFen = account->prepaidFen;
    if (receiptNo)
        *receiptNo = payment->receiptNo;
    return FeeReceiptPrinter::html(*payment, context);
}

void FeeDeskPage::printReceipt(qint64 paymentId)
{
    if (paymentId == 0)
        return;
    QString receiptNo;
    const auto html = receiptHtml(paymentId, &receiptNo);
    if (!html)
        return report(html.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(receiptNo));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("receiptPrintDialog"));
    dialog.setWindowTitle(tr("Print receipt %1").arg(receiptNo));
    if (exec(dialog) != QDialog::Accepted)
        return;
    FeeReceiptPrinter::print(*html, printer);
    report(tr("Receipt %1 sent to the printer.").arg(receiptNo), false);
}

Status FeeDeskPage::printReceiptOn(qint64 paymentId, QPrinter &printer)
{
    const auto html = receiptHtml(paymentId);
    if (!html)
        return Failure{html.error()};
    FeeReceiptPrinter::print(*html, printer);
    return {};
}

Status FeeDeskPage::saveReceiptPdf(qint64 paymentId, const QString &path)
{
    QString receiptNo;
    const auto html = receiptHtml(paymentId, &receiptNo);
    if (!html)
        return Failure{html.error()};
    return FeeReceiptPrinter::writePdf(*html, path, receiptNo);
}

void FeeDeskPage::reverseCurrentPayment()
{
    const qint64 id = currentPaymentId();
    if (id == 0)
        return;
    const FeePayment payment = m_payments->record(m_paymentView->currentIndex().row());
    const QString name = payment.receiptNo.isEmpty() ? tr("the ledger amount") : payment.receiptNo;
    ReasonDialog dialog(tr("Reverse %1").arg(name),
                        tr("Reverse %1 of ¥%2 (%3)? What it paid is open again. Say why:")
                            .arg(name, Money::formatYuan(payment.amountFen), payment.payerName),
                        [this, id](const QString &reason) {
                            const Status s = m_fees->reverse(m_actor, id, reason);
                            if (!s)
                                report(s.error());
                            return s;
                        },
                        this);
    dialog.setObjectName(QStringLiteral("reverseDialog"));
    if (exec(dialog) != QDialog::Accepted)
        return;
    reloadAccount();
    report(tr("%1 reversed: what it paid is open again.").arg(name), false);
    emit feesChanged();
}

// ---- arrears ----

void FeeDeskPage::showArrears(AgeingFilter filter, const QString &building)
{
    m_tabs->setCurrentIndex(1); // reloads
    const int ageing = m_ageing->findData(int(filter));
    const QSignalBlocker blockAgeing(m_ageing);
    m_ageing->setCurrentIndex(qMax(0, ageing));
    const int b = m_building->findData(building);
    const QSignalBlocker blockBuilding(m_building);
    m_building->setCurrentIndex(qMax(0, b));
    reloadArrears();
    m_arrearsView->setFocus(Qt::OtherFocusReason);
}

void FeeDeskPage::reloadArrears()
{
    // The buildings that have bills; the choice stays when it is still there.
    const QString chosen = m_building->currentData().toString();
    if (const auto buildings = m_queries->buildings(m_actor)) {
        const QSignalBlocker block(m_building);
        m_building->clear();
        m_building->addItem(tr("Every building"), QString());
        for (const QString &code : *buildings)
            m_building->addItem(code, code);
        m_building->setCurrentIndex(qMax(0, m_building->findData(chosen)));
    }
    const AgeingRange range = rangeOf(AgeingFilter(m_ageing->currentData().toInt()));
    ArrearsFilter filter;
    filter.building = m_building->currentData().toString();
    filter.minDaysOverdue = range.min;
    const auto rows = m_queries->arrears(m_actor, {}, filter);
    if (!rows) {
        m_arrears->setRecords({});
        m_arrearsTotals->clear();
        return report(rows.error());
    }
    QList<ArrearsRow> shown;
    QSet<qint64> houses;
    qint64 outstanding = 0;
    for (const ArrearsRow &r : *rows) {
        if (range.max >= 0 && r.daysOverdue > range.max)
            continue;
        shown << r;
        houses.insert(r.houseId);
        outstanding += r.outstandingFen();
    }
    m_arrears->setRecords(shown);
    m_arrearsView->resizeColumnsToContents();
    m_arrearsView->horizontalHeader()->setStretchLastSection(true);
    QStringList buckets;
    const auto ageing = FeeQueries::ageing(shown);
    for (auto it = ageing.cbegin(); it != ageing.cend(); ++it) {
        if (it.value() > 0)
            buckets << tr("%1 ¥%2").arg(FeeRules::ageingName(it.key()), Money::formatYuan(it.value()));
    }
    m_arrearsTotals->setText(tr("%n bill(s) in arrears", nullptr, int(shown.size())) + QStringLiteral(", ")
                             + tr("%n house(s)", nullptr, int(houses.size()))
                             + tr(", outstanding ¥%1").arg(Money::formatYuan(outstanding))
                             + (buckets.isEmpty() ? QString() : QStringLiteral(" — ") + buckets.join(QStringLiteral(" · "))));
}

Status FeeDeskPage::exportArrears(const QString &path)
{
    return ArrearsExport::exportXlsx(m_db, m_actor, m_arrears->records(), path);
}

int FeeDeskPage::housesInArrears(qint64 minDays) const
{
    const auto houses = m_queries->housesInArrears(m_actor, minDays);
    return houses ? *houses : -1;
}
