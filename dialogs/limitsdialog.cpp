#include "dialogs/limitsdialog.h"

#include "models/domain/money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum LimitColumn { KindCol, ClassCol, ArrivalCol, CompletionCol };
enum PriceColumn { ItemCol, UnitCol, PriceCol, ActiveCol };

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

LimitsDialog::LimitsDialog(RequestRepository &requests, const Session &actor, QWidget *parent)
    : FormDialog(parent), m_requests(requests), m_actor(actor), m_table(requests.timeLimits().limits()),
      m_tabs(new QTabWidget(this)), m_limits(new QTableWidget(this)), m_prices(new QTableWidget(this))
{
    setWindowTitle(tr("Time limits and prices"));
    m_limits->setObjectName(QStringLiteral("limits"));
    m_prices->setObjectName(QStringLiteral("prices"));

    m_limits->setColumnCount(4);
    m_limits->setHorizontalHeaderLabels({tr("Kind"), tr("Class"), tr("Arrival on site"), tr("Completion / handled")});
    m_limits->setRowCount(int(m_table.entries().size()));
    int row = 0;
    for (const TimeLimitTable::Entry &e : m_table.entries()) {
        auto *kind = fixed(RequestCodes::displayName(e.kind));
        kind->setData(Qt::UserRole, int(e.kind));
        auto *cls = fixed(TimeLimitTable::className(e.kind, e.classKey));
        cls->setData(Qt::UserRole, e.classKey);
        m_limits->setItem(row, KindCol, kind);
        m_limits->setItem(row, ClassCol, cls);
        m_limits->setItem(row, ArrivalCol, new QTableWidgetItem(e.arrival ? e.arrival->code() : QString()));
        m_limits->setItem(row, CompletionCol, new QTableWidgetItem(e.completion ? e.completion->code() : QString()));
        ++row;
    }
    m_limits->resizeColumnsToContents();
    m_limits->horizontalHeader()->setStretchLastSection(true);
    m_limits->verticalHeader()->hide();

    auto *limitsTab = new QWidget(m_tabs);
    auto *limitsLayout = new QVBoxLayout(limitsTab);
    auto *hint = new QLabel(tr("Write a limit as minutes, hours or working days: 10m, 4h, 7wd. Empty: not measured "
                               "to that point. Every change is recorded in the audit log."),
                            limitsTab);
    hint->setWordWrap(true);
    limitsLayout->addWidget(hint);
    limitsLayout->addWidget(m_limits);
    m_tabs->addTab(limitsTab, tr("Time limits"));

    auto *pricesTab = new QWidget(m_tabs);
    auto *pricesLayout = new QVBoxLayout(pricesTab);
    m_prices->setColumnCount(4);
    m_prices->setHorizontalHeaderLabels({tr("Item"), tr("Unit"), tr("Price (yuan)"), tr("In use")});
    m_prices->verticalHeader()->hide();
    pricesLayout->addWidget(m_prices);
    auto *add = new QPushButton(tr("&Add item"), pricesTab);
    add->setObjectName(QStringLiteral("addPrice"));
    pricesLayout->addWidget(add, 0, Qt::AlignLeft);
    m_tabs->addTab(pricesTab, tr("Price list"));
    connect(add, &QPushButton::clicked, this, &LimitsDialog::addPriceRow);
    loadPrices();

    formLayout()->addWidget(m_tabs);
    finishLayout();
    resize(720, 520);
}

void LimitsDialog::loadPrices()
{
    const auto prices = m_requests.prices().priceList();
    m_priceItems = prices ? prices.value() : QList<PriceItem>{};
    m_prices->setRowCount(0);
    for (const PriceItem &p : std::as_const(m_priceItems)) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        auto *item = new QTableWidgetItem(p.item);
        item->setData(Qt::UserRole, p.id);
        m_prices->setItem(row, ItemCol, item);
        m_prices->setItem(row, UnitCol, new QTableWidgetItem(p.unit));
        m_prices->setItem(row, PriceCol, new QTableWidgetItem(Money::formatYuan(p.priceFen)));
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        active->setCheckState(p.active ? Qt::Checked : Qt::Unchecked);
        m_prices->setItem(row, ActiveCol, active);
    }
    m_prices->resizeColumnsToContents();
    m_prices->horizontalHeader()->setStretchLastSection(true);
}

void LimitsDialog::addPriceRow()
{
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    auto *item = new QTableWidgetItem;
    item->setData(Qt::UserRole, 0);
    m_prices->setItem(row, ItemCol, item);
    m_prices->setItem(row, UnitCol, new QTableWidgetItem(tr("time")));
    m_prices->setItem(row, PriceCol, new QTableWidgetItem);
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    active->setCheckState(Qt::Checked);
    m_prices->setItem(row, ActiveCol, active);
    m_tabs->setCurrentIndex(1);
    m_prices->setCurrentCell(row, ItemCol);
}

void LimitsDialog::accept()
{
    // Check everything first so that nothing is half-saved because of a typing error.
    struct LimitChange
    {
        int row;
        RequestKind kind;
        QString classKey;
        std::optional<TimeLimit> arrival;
        std::optional<TimeLimit> completion;
    };
    QList<LimitChange> limitChanges;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const auto kind = RequestKind(m_limits->item(row, KindCol)->data(Qt::UserRole).toInt());
        const QString key = m_limits->item(row, ClassCol)->data(Qt::UserRole).toString();
        LimitChange change{row, kind, key, {}, {}};
        for (int col : {int(ArrivalCol), int(CompletionCol)}) {
            const QString text = m_limits->item(row, col)->text().trimmed();
            if (text.isEmpty())
                continue;
            const auto limit = TimeLimit::parse(text);
            if (!limit) {
                m_tabs->setCurrentIndex(0);
                m_limits->setCurrentCell(row, col);
                showError(tr("%1, %2: \"%3\" is not a limit like 10m, 4h or 7wd.")
                              .arg(m_limits->item(row, KindCol)->text(), m_limits->item(row, ClassCol)->text(), text),
                          m_limits);
                return;
            }
            (col == ArrivalCol ? change.arrival : change.completion) = limit;
        }
        const auto old = m_table.entry(kind, key);
        if (old && old->arrival == change.arrival && old->completion == change.completion)
            continue;
        limitChanges << change;
    }
    QList<PriceItem> priceChanges;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        PriceItem p;
        p.id = m_prices->item(row, ItemCol)->data(Qt::UserRole).toLongLong();
        p.item = m_prices->item(row, ItemCol)->text().trimmed();
        p.unit = m_prices->item(row, UnitCol)->text().trimmed();
        p.active = m_prices->item(row, ActiveCol)->checkState() == Qt::Checked;
        const QString priceText = m_prices->item(row, PriceCol)->text().trimmed();
        if (p.id == 0 && p.item.isEmpty() && priceText.isEmpty())
            continue; // an empty new row
        const auto fen = Money::parseYuan(priceText);
        if (!fen) {
            m_tabs->setCurrentIndex(1);
            m_prices->setCurrentCell(row, PriceCol);
            showError(tr("Price, row %1: \"%2\" is not an amount in yuan like 35.50.").arg(row + 1).arg(priceText),
                      m_prices);
            return;
        }
        p.priceFen = *fen;
        bool changed = p.id == 0;
        for (const PriceItem &old : std::as_const(m_priceItems)) {
            if (old.id == p.id) {
                p.rowVersion = old.rowVersion;
                changed = old.item != p.item || old.unit != p.unit || old.priceFen != p.priceFen || old.active != p.active;
            }
        }
        if (changed)
            priceChanges << p;
    }

    for (const LimitChange &c : std::as_const(limitChanges)) {
        if (Status s = m_requests.timeLimits().setLimit(m_actor, c.kind, c.classKey, c.arrival, c.completion); !s) {
            m_tabs->setCurrentIndex(0);
            m_limits->setCurrentCell(c.row, ArrivalCol);
            showError(tr("%1, %2: %3")
                          .arg(m_limits->item(c.row, KindCol)->text(), m_limits->item(c.row, ClassCol)->text(), s.error()),
                      m_limits);
            m_table = m_requests.timeLimits().limits(); // what did get saved
            return;
        }
    }
    m_table = m_requests.timeLimits().limits();
    for (const PriceItem &p : std::as_const(priceChanges)) {
        if (const auto saved = m_requests.prices().savePriceItem(m_actor, p); !saved) {
            m_tabs->setCurrentIndex(1);
            showError(tr("Price list, %1: %2").arg(p.item, saved.error()), m_prices);
            return;
        }
    }
    FormDialog::accept();
}
