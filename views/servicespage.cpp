#include "views/servicespage.h"
#include "views/listtable.h"

#include "dialogs/reasondialog.h"
#include "dialogs/serviceitemdialog.h"
#include "dialogs/serviceorderdialog.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/io/servicepricelistprinter.h"
#include "models/itemmodels/servicemodels.h"
#include "models/repositories/settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QPushButton *makeButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}
} // namespace

ServicesPage::ServicesPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_db(db), m_services(db), m_session(session), m_zone(zone), m_flags(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_year(new QComboBox(this)), m_state(new QLabel(this)),
      m_draft(makeButton(tr("New &draft"), "serviceDraft", this)),
      m_add(makeButton(tr("&Add service..."), "serviceAddItem", this)),
      m_edit(makeButton(tr("&Change..."), "serviceEditItem", this)),
      m_remove(makeButton(tr("&Remove"), "serviceRemoveItem", this)),
      m_approve(makeButton(tr("A&pprove"), "serviceApprove", this)),
      m_publish(makeButton(tr("P&ublish"), "servicePublish", this)),
      m_print(makeButton(tr("Pr&int..."), "servicePrint", this)),
      m_pdf(makeButton(tr("P&DF..."), "servicePdf", this)), m_items(new ServiceItemModel(this)),
      m_itemView(listTable(this, m_items, "serviceItemTable")), m_orderFilter(new QComboBox(this)),
      m_showStopped(new QCheckBox(tr("Show s&topped orders"), this)),
      m_newOrder(makeButton(tr("&New order..."), "orderAdd", this)),
      m_stop(makeButton(tr("&Stop..."), "orderStop", this)), m_orders(new ServiceOrderModel(this)),
      m_orderView(listTable(this, m_orders, "orderTable")), m_message(new QLabel(this))
{
    m_flags->setObjectName(QStringLiteral("servicesFlags"));
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_flags->hide();
    m_tabs->setObjectName(QStringLiteral("servicesTabs"));
    m_year->setObjectName(QStringLiteral("serviceYear"));
    m_state->setObjectName(QStringLiteral("serviceListState"));
    m_state->setWordWrap(true);
    m_orderFilter->setObjectName(QStringLiteral("orderFilter"));
    m_showStopped->setObjectName(QStringLiteral("ordersShowStopped"));
    m_message->setObjectName(QStringLiteral("servicesMessage"));
    m_message->setWordWrap(true);

    // Drafting, approving and publishing are the managers'; the data layer refuses anyone else.
    const bool manages = session.can(Permission::ManageFees);
    for (QPushButton *b : {m_draft, m_add, m_edit, m_remove, m_approve, m_publish})
        b->setVisible(manages);

    auto *listTab = new QWidget(m_tabs);
    auto *listBar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), listTab);
    yearLabel->setBuddy(m_year);
    listBar->addWidget(yearLabel);
    listBar->addWidget(m_year);
    listBar->addWidget(m_draft);
    listBar->addStretch(1);
    listBar->addWidget(m_print);
    listBar->addWidget(m_pdf);
    // The list's items and its approval on a line of their own: the page fits 1024×768.
    auto *itemBar = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        itemBar->addWidget(b);
    itemBar->addStretch(1);
    itemBar->addWidget(m_approve);
    itemBar->addWidget(m_publish);
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(listBar);
    listLayout->addLayout(itemBar);
    listLayout->addWidget(m_state);
    listLayout->addWidget(m_itemView, 1);
    m_tabs->addTab(listTab, tr("Price list"));

    auto *ordersTab = new QWidget(m_tabs);
    auto *orderBar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), ordersTab);
    filterLabel->setBuddy(m_orderFilter);
    orderBar->addWidget(filterLabel);
    orderBar->addWidget(m_orderFilter, 1);
    orderBar->addWidget(m_showStopped);
    orderBar->addStretch(1);
    orderBar->addWidget(m_newOrder);
    orderBar->addWidget(m_stop);
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->addLayout(orderBar);
    ordersLayout->addWidget(m_orderView, 1);
    m_tabs->addTab(ordersTab, tr("Orders and subscribers"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_flags);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_year, &QComboBox::currentIndexChanged, this, &ServicesPage::reloadList);
    connect(m_draft, &QPushButton::clicked, this, &ServicesPage::draftNew);
    connect(m_add, &QPushButton::clicked, this, &ServicesPage::addItem);
    connect(m_edit, &QPushButton::clicked, this, &ServicesPage::editItem);
    connect(m_itemView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editItem();
    });
    connect(m_remove, &QPushButton::clicked, this, &ServicesPage::removeItem);
    connect(m_approve, &QPushButton::clicked, this, &ServicesPage::approve);
    connect(m_publish, &QPushButton::clicked, this, &ServicesPage::publish);
    connect(m_print, &QPushButton::clicked, this, &ServicesPage::printList);
    connect(m_pdf, &QPushButton::clicked, this, &ServicesPage::exportPdf);
    connect(m_orderFilter, &QComboBox::currentIndexChanged, this, &ServicesPage::reloadOrders);
    connect(m_showStopped, &QCheckBox::toggled, this, &ServicesPage::reloadOrders);
    connect(m_newOrder, &QPushButton::clicked, this, &ServicesPage::addOrder);
    connect(m_stop, &QPushButton::clicked, this, &ServicesPage::stopOrder);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPage::updateButtons);
    connect(m_orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPage::updateButtons);
    connect(m_items, &QAbstractItemModel::modelReset, this, &ServicesPage::updateButtons);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &ServicesPage::updateButtons);

    // Seed 002: in January the list needs its yearly review; the office notifications say so.
    if (const auto reminded = m_services.remindYearlyReview(session); !reminded)
        report(reminded.error(), true);
    reload();
}

void ServicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

QString ServicesPage::messageText() const
{
    return m_message->text();
}

QString ServicesPage::flagsText() const
{
    return m_flags->isHidden() ? QString() : m_flags->text();
}

QString ServicesPage::listStateText() const
{
    return m_state->text();
}

void ServicesPage::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

int ServicesPage::selectedYear() const
{
    return m_year->currentData().toInt();
}

void ServicesPage::selectYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void ServicesPage::reload()
{
    const auto lists = m_services.lists(m_session);
    if (!lists) {
        report(lists.error(), true);
        return;
    }
    const int keep = selectedYear();
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (const ServicePriceList &l : lists.value())
            m_year->addItem(tr("%1 (%2)").arg(l.year).arg(ServiceRules::stateName(l.state)), l.year);
    }
    // The year shown stays; at first, the list in force (or the newest).
    int year = keep;
    const auto current = m_services.currentList(m_session);
    if (!current) {
        report(current.error(), true);
        return;
    }
    if (m_year->findData(year) < 0)
        year = current->has_value() ? (*current)->year : m_year->itemData(0).toInt();
    m_year->setCurrentIndex(qMax(0, m_year->findData(year)));

    m_offered = current->has_value() ? (*current)->items : QList<ServiceItem>{};
    QStringList flagged;
    for (const ServiceItem &item : std::as_const(m_offered)) {
        if (item.belowBreakEven())
            flagged << tr("%1 (%2 of %3)").arg(item.name).arg(item.subscribers).arg(item.breakEven);
    }
    // Seed 002 (13): when the subscribers of a long-term service fall below what covers its
    // cost, the manager is told.
    m_flags->setText(tr("Below break-even: %1. Decide whether to keep these services.")
                         .arg(flagged.join(tr(", "))));
    m_flags->setVisible(!flagged.isEmpty() && m_session.can(Permission::ManageFees));
    {
        const QSignalBlocker blocker(m_orderFilter);
        const QString keepFilter = m_orderFilter->currentData().toString();
        m_orderFilter->clear();
        m_orderFilter->addItem(tr("All orders"), QString());
        for (const ServiceItem &item : std::as_const(m_offered)) {
            if (item.longTerm)
                m_orderFilter->addItem(tr("Subscribers of %1").arg(item.name), item.name);
        }
        m_orderFilter->setCurrentIndex(qMax(0, m_orderFilter->findData(keepFilter)));
    }
    m_newOrder->setEnabled(!m_offered.isEmpty() && m_session.can(Permission::CollectFees));
    reloadList();
    reloadOrders();
}

void ServicesPage::reloadList()
{
    const int year = selectedYear();
    m_list = ServicePriceList{};
    if (year > 0) {
        const auto list = m_services.list(m_session, year);
        if (!list) {
            report(list.error(), true);
        } else {
            m_list = list.value();
        }
    }
    m_items->setItems(m_list.items);
    m_itemView->resizeColumnsToContents();
    m_itemView->horizontalHeader()->setStretchLastSection(true);
    if (m_list.id == 0) {
        m_state->setText(tr("No price list yet: draft this year's list."));
    } else {
        QString state = tr("%1. Drafted by %2 on %3.")
                            .arg(ServiceRules::stateName(m_list.state), m_list.draftedBy,
                                 m_list.draftedAt.toTimeZone(m_zone).toString(Formats::date()));
        if (m_list.approvedAt.isValid())
            state += QLatin1Char(' ') + tr("Approved by %1 on %2.")
                                            .arg(m_list.approvedBy,
                                                 m_list.approvedAt.toTimeZone(m_zone).toString(Formats::date()));
        if (m_list.publishedAt.isValid())
            state += QLatin1Char(' ') + tr("Published by %1 on %2.")
                                            .arg(m_list.publishedBy,
                                                 m_list.publishedAt.toTimeZone(m_zone).toString(Formats::date()));
        m_state->setText(state);
    }
    updateButtons();
}

void ServicesPage::reloadOrders()
{
    const QString service = m_orderFilter->currentData().toString();
    // A service chosen: its subscribers today 《接受长期服务业主名单》; otherwise every order.
    const auto list = service.isEmpty() ? m_services.orders(m_session, m_showStopped->isChecked())
                                        : m_services.subscribers(m_session, service);
    m_showStopped->setEnabled(service.isEmpty());
    if (!list) {
        report(list.error(), true);
        return;
    }
    m_orders->setOrders(list.value());
    m_orderView->resizeColumnsToContents();
    m_orderView->horizontalHeader()->setStretchLastSection(true);
}

int ServicesPage::selectedItemRow() const
{
    const QModelIndexList rows = m_itemView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int ServicesPage::selectedOrderRow() const
{
    const QModelIndexList rows = m_orderView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ServicesPage::updateButtons()
{
    const bool hasList = m_list.id > 0;
    const bool editable = hasList && ServiceRules::canEditItems(m_list.state);
    const bool itemSelected = selectedItemRow() >= 0;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && itemSelected);
    m_remove->setEnabled(editable && itemSelected);
    m_approve->setEnabled(hasList && ServiceRules::canApprove(m_list.state) && !m_list.items.isEmpty());
    m_publish->setEnabled(hasList && ServiceRules::canPublish(m_list.state));
    m_print->setEnabled(hasList && !m_list.items.isEmpty());
    m_pdf->setEnabled(m_print->isEnabled());
    const int orderRow = selectedOrderRow();
    m_stop->setEnabled(orderRow >= 0 && !m_orders->order(orderRow).stopped);
}

void ServicesPage::draftNew()
{
    const int thisYear = m_db.clock().now().toTimeZone(m_zone).date().year();
    // This year's list first (drafted in January); once it exists, the next year's.
    int year = thisYear;
    if (m_year->findData(thisYear) >= 0) {
        for (int i = 0; i < m_year->count(); ++i)
            year = qMax(year, m_year->itemData(i).toInt() + 1);
    }
    const auto drafted = m_services.draftList(m_session, year);
    if (!drafted)
        return report(drafted.error(), true);
    reload();
    selectYear(year);
    report(m_list.items.isEmpty()
               ? tr("Price list of %1 drafted. Add its services, then have another manager approve it.").arg(year)
               : tr("Price list of %1 drafted from the last published list (%n service(s)). Review the services from "
                    "last year's survey answers, then have another manager approve it.",
                    nullptr, int(m_list.items.size()))
                     .arg(year),
           false);
}

void ServicesPage::addItem()
{
    if (m_list.id == 0)
        return report(tr("Draft a price list first."), true);
    ServiceItem item;
    item.listId = m_list.id;
    ServiceItemDialog dialog(m_services, m_session, item, this);
    dialog.setObjectName(QStringLiteral("serviceItemDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadList();
    report(tr("Service added to the draft of %1.").arg(m_list.year), false);
}

void ServicesPage::editItem()
{
    const int row = selectedItemRow();
    if (row < 0)
        return report(tr("Select the service to change."), true);
    ServiceItemDialog dialog(m_services, m_session, m_items->item(row), this);
    dialog.setObjectName(QStringLiteral("serviceItemDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadList();
    report(tr("Service changed."), false);
}

void ServicesPage::removeItem()
{
    const int row = selectedItemRow();
    if (row < 0)
        return report(tr("Select the service to remove."), true);
    const ServiceItem item = m_items->item(row);
    if (Status s = m_services.removeItem(m_session, item.id); !s)
        return report(s.error(), true);
    reloadList();
    report(tr("\"%1\" taken off the draft.").arg(item.name), false);
}

void ServicesPage::approve()
{
    if (Status s = m_services.approve(m_session, m_list.id); !s)
        return report(s.error(), true);
    const int year = m_list.year;
    reload();
    selectYear(year);
    report(tr("Price list of %1 approved. Publish it to post it and take orders.").arg(year), false);
}

void ServicesPage::publish()
{
    if (Status s = m_services.publish(m_session, m_list.id); !s)
        return report(s.error(), true);
    const int year = m_list.year;
    reload();
    selectYear(year);
    report(tr("Price list of %1 published: print it for the notice board. Paid services are billed with the fees.")
               .arg(year),
           false);
}

Status ServicesPage::writePdf(const QString &path) const
{
    return ServicePriceListPrinter::writePdf(m_list, SettingsRepository(m_db).estateName(), m_zone, path);
}

void ServicesPage::printList()
{
    if (m_list.id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Price list of %1").arg(m_list.year));
    const ServicePriceList list = m_list;
    const QString estate = SettingsRepository(m_db).estateName();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [list, estate, this](QPrinter *target) {
        ServicePriceListPrinter::print(list, estate, m_zone, *target);
    });
    preview.exec();
}

void ServicesPage::exportPdf()
{
    if (m_list.id == 0)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("price-list-%1.pdf").arg(m_list.year));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the price list as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(path); !s)
        return report(s.error(), true);
    report(tr("Price list saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void ServicesPage::addOrder()
{
    if (m_offered.isEmpty())
        return report(tr("No price list is published yet: orders are taken for the services of a published list."),
                      true);
    ServiceOrderDialog dialog(m_services, m_session, m_offered, m_db.clock().now().toTimeZone(m_zone).date(), this);
    dialog.setObjectName(QStringLiteral("serviceOrderDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const auto order = m_services.order(m_session, dialog.orderId());
    if (!order)
        return report(order.error(), true);
    for (int row = 0; row < m_orders->rowCount(); ++row) {
        if (m_orders->order(row).id == order->id)
            m_orderView->selectRow(row);
    }
    report(order->billId > 0
               ? tr("Order recorded: %1 takes %2; a bill of %3 yuan was made for it.")
                     .arg(order->houseNumber, order->itemName, Money::formatYuan(order->priceFen))
               : tr("Order recorded: %1 takes %2.").arg(order->houseNumber, order->itemName),
           false);
}

void ServicesPage::stopOrder()
{
    const int row = selectedOrderRow();
    if (row < 0)
        return report(tr("Select the order to stop."), true);
    const ServiceOrder o = m_orders->order(row);
    ReasonDialog dialog(tr("Stop the service"),
                        tr("Why does %1 stop %2? Ask the resident; the reason is kept with the order.")
                            .arg(o.houseNumber, o.itemName),
                        [this, id = o.id](const QString &reason) { return m_services.stopOrder(m_session, id, reason); },
                        this);
    dialog.setObjectName(QStringLiteral("stopOrderDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    report(tr("%1 no longer takes %2.").arg(o.houseNumber, o.itemName), false);
}
