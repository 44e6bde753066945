#include "views/requestspage.h"

#include "dialogs/dialogkeys.h"

#include "dialogs/arrivaldialog.h"
#include "dialogs/callbackdialog.h"
#include "dialogs/completiondialog.h"
#include "dialogs/dispatchdialog.h"
#include "dialogs/extensiondialog.h"
#include "dialogs/tellcomplainantdialog.h"
#include "dialogs/ledgerimportdialog.h"
#include "dialogs/reasondialog.h"
#include "dialogs/registerrequestdialog.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/domain/money.h"
#include "models/domain/requestworkflow.h"
#include "models/domain/requesttimer.h"
#include "models/domain/timelimittable.h"
#include "models/io/ledgerimporter.h"
#include "models/io/requestexporter.h"
#include "dialogs/busyprogress.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/requestlistmodel.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/residentrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
const auto esc = Html::escape;
} // namespace

RequestsPage::RequestsPage(Database &db, RequestRepository &requests, const Session &actor, const QTimeZone &zone,
                           QWidget *parent)
    : DeskPage(db, actor, zone, parent), m_requests(requests),
      m_residents(std::make_unique<ResidentRepository>(db)), m_users(std::make_unique<UserRepository>(db)),
      m_calendar(std::make_unique<CalendarRepository>(db)), m_settings(std::make_unique<SettingsRepository>(db)),
      m_importer(std::make_unique<LedgerImporter>(db, requests)), m_model(new RequestListModel(requests, actor, this)),
      m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_state(new QComboBox(this)),
      m_class(new QComboBox(this)), m_overdue(new QCheckBox(tr("Overdue"), this)),
      m_mine(new QCheckBox(tr("My requests"), this)), m_dated(new QCheckBox(tr("Registered from"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_view(new QTableView(this)), m_title(new QLabel(this)),
      m_detail(new QTextBrowser(this))
{
    m_model->setTimeZone(zone);
    const bool canRegister = RequestWorkflow::check(RequestStep::Register, {}, actor).allowed();
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New request..."), this);
    add->setObjectName(QStringLiteral("newRequest"));
    add->setEnabled(canRegister);
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setPlaceholderText(tr("Search: number, reporter, house or place"));
    m_search->setClearButtonEnabled(true);
    auto *importButton = new QPushButton(tr("&Import ledger"), this);
    importButton->setObjectName(QStringLiteral("importLedger"));
    importButton->setEnabled(RequestWorkflow::check(RequestStep::ImportLedger, {}, actor).allowed());
    auto *importMenu = new QMenu(importButton);
    importMenu->addAction(tr("Repair ledger (报修台账)..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a repair ledger"), QString(),
                                                          tr("Ledgers (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importLedger(RequestKind::Repair, path);
    });
    importMenu->addAction(tr("Complaint ledger (投诉台账)..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a complaint ledger"), QString(),
                                                          tr("Ledgers (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importLedger(RequestKind::Complaint, path);
    });
    importButton->setMenu(importMenu);
    auto *exportButton = new QPushButton(tr("E&xport month..."), this);
    exportButton->setObjectName(QStringLiteral("exportMonth"));
    exportButton->setEnabled(RequestWorkflow::check(RequestStep::ExportMonth, {}, actor).allowed());
    bar->addWidget(add);
    bar->addWidget(m_search, 1);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto *filters = new QHBoxLayout;
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_state->setObjectName(QStringLiteral("filterState"));
    m_class->setObjectName(QStringLiteral("filterClass"));
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_mine->setObjectName(QStringLiteral("filterMine"));
    m_dated->setObjectName(QStringLiteral("filterDates"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_kind->addItem(tr("All kinds"), -1);
    for (RequestKind kind : RequestCodes::kinds())
        m_kind->addItem(RequestCodes::displayName(kind), int(kind));
    m_state->addItem(tr("All states"), -1);
    m_state->addItem(tr("Open"), -2);
    for (RequestState state : RequestCodes::states())
        m_state->addItem(RequestCodes::displayName(state), int(state));
    const QDate today = db.clock().now().toTimeZone(zone).date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Formats::date());
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("State:"), this));
    filters->addWidget(m_state);
    filters->addWidget(new QLabel(tr("Class:"), this));
    filters->addWidget(m_class);
    filters->addWidget(m_overdue);
    filters->addWidget(m_mine);
    filters->addStretch();
    layout->addLayout(filters);
    // The registration dates on a line of their own: both filter lines fit a 1024×768 screen.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    layout->addLayout(dates);

    auto *splitter = new QSplitter(this);
    m_view->setObjectName(QStringLiteral("requestList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    {
        // The state and the first responder right after the number, where a desk works from:
        // in view without scrolling on a 1024×768 screen too (the order is the user's after that).
        QHeaderView *header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(RequestListModel::StateColumn), 1);
        header->moveSection(header->visualIndex(RequestListModel::ResponsibleColumn), 2);
        header->setSectionsMovable(true);
    }
    m_view->horizontalHeader()->setSortIndicator(RequestListModel::RegisteredColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true); // the model sorts in SQL
    splitter->addWidget(m_view);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    setTitleFont(m_title);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_detail->setOpenLinks(false);
    detailLayout->addWidget(m_title);
    auto *grid = new QGridLayout;
    struct ButtonDef
    {
        const char *name;
        QString text;
        void (RequestsPage::*slot)();
        RequestStep step;
    };
    const QList<ButtonDef> defs = {
        {"dispatch", tr("&Dispatch..."), &RequestsPage::dispatchCurrent, RequestStep::Dispatch},
        {"arrive", tr("&Arrived..."), &RequestsPage::arriveCurrent, RequestStep::Arrive},
        {"complete", tr("&Completed..."), &RequestsPage::completeCurrent, RequestStep::Complete},
        {"returnSlip", tr("Slip &returned"), &RequestsPage::returnSlipCurrent, RequestStep::ReturnSlip},
        {"tellComplainant", tr("&Tell the complainant..."), &RequestsPage::tellComplainantCurrent,
         RequestStep::TellComplainant},
        {"confirmSignature", tr("Si&gnature confirmed"), &RequestsPage::confirmSignatureCurrent,
         RequestStep::ConfirmSignature},
        {"callback", tr("Call&back..."), &RequestsPage::callbackCurrent, RequestStep::Callback},
        {"close", tr("C&lose"), &RequestsPage::closeCurrent, RequestStep::Close},
        {"extend", tr("&Extend..."), &RequestsPage::extendCurrent, RequestStep::Extend},
        {"reopen", tr("Re&open..."), &RequestsPage::reopenCurrent, RequestStep::Reopen},
        {"void", tr("&Void..."), &RequestsPage::voidCurrent, RequestStep::Void},
        {"print", tr("&Print co-sign form..."), &RequestsPage::printCurrent, RequestStep::Print},
    };
    int n = 0;
    for (const ButtonDef &def : defs) {
        auto *button = new QPushButton(def.text, detail);
        button->setObjectName(QString::fromLatin1(def.name));
        connect(button, &QPushButton::clicked, this, def.slot);
        m_buttons.insert(QString::fromLatin1(def.name), button);
        m_steps.insert(QString::fromLatin1(def.name), def.step);
        grid->addWidget(button, n / 4, n % 4);
        ++n;
    }
    detailLayout->addLayout(grid);
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});
    layout->addWidget(splitter, 1);
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPage::applyFilter);
    DialogKeys::attachResults(m_search, m_view, [this](const QModelIndex &index) {
        m_view->setCurrentIndex(index);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestsPage::kindFilterChanged);
    for (QComboBox *box : {m_state, m_class})
        connect(box, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    for (QCheckBox *box : {m_overdue, m_mine, m_dated})
        connect(box, &QCheckBox::toggled, this, &RequestsPage::applyFilter);
    connect(m_dated, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &RequestsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            selectRequest(m_model->request(index.row()).id);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QDate month = m_db.clock().now().toTimeZone(m_zone).date();
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Export a month"), tr("Month (yyyy-MM):"),
                                                   QLineEdit::Normal, month.toString(Formats::month()), &ok);
        if (!ok)
            return;
        const QDate chosen = QDate::fromString(text.trimmed() + QStringLiteral("-01"), Formats::date());
        if (!chosen.isValid())
            return report(tr("Month: write it like 2026-03."));
        QString path = QFileDialog::getSaveFileName(this, tr("Export the requests of %1").arg(text),
                                                    tr("requests-%1.xlsx").arg(text),
                                                    tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
        exportMonth(chosen.year(), chosen.month(), path);
    });
    connect(&m_requests, &RequestRepository::requestChanged, this, [this](qint64 id) {
        if (id == m_current.request.id)
            selectRequest(id);
    });
    kindFilterChanged();
    m_view->resizeColumnsToContents();
    showDetail();
}

RequestsPage::~RequestsPage() = default;

QString RequestsPage::detailText() const
{
    return m_detail->toPlainText();
}

void RequestsPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
    showDetail();
}

void RequestsPage::kindFilterChanged()
{
    const int kind = m_kind->currentData().toInt();
    m_class->blockSignals(true);
    m_class->clear();
    m_class->addItem(tr("All classes"), QString());
    if (kind >= 0) {
        for (const QString &key : TimeLimitTable::classKeys(RequestKind(kind)))
            m_class->addItem(TimeLimitTable::className(RequestKind(kind), key), key);
    }
    m_class->setEnabled(kind >= 0);
    m_class->blockSignals(false);
    applyFilter();
}

void RequestsPage::applyFilter()
{
    RequestFilter f = m_model->filter(); // keeps the sort chosen on the header
    f.kind.reset();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = RequestKind(kind);
    f.state.reset();
    f.openOnly = false;
    if (const int state = m_state->currentData().toInt(); state >= 0)
        f.state = RequestState(state);
    else if (state == -2)
        f.openOnly = true;
    f.classKey = m_class->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.mine = m_mine->isChecked();
    f.from = m_dated->isChecked() ? QDateTime(m_from->date(), QTime(0, 0), m_zone).toUTC() : QDateTime();
    f.to = m_dated->isChecked() ? QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toUTC() : QDateTime();
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
    if (!m_model->lastError().isEmpty())
        report(m_model->lastError());
    const int row = m_model->rowOf(m_current.request.id);
    if (row >= 0)
        m_view->selectRow(row);
}

void RequestsPage::selectRequest(qint64 id)
{
    if (id == 0) {
        m_current = RequestDetail{};
    } else {
        const auto loaded = m_requests.detail(m_actor, id);
        if (!loaded)
            return report(loaded.error());
        m_current = loaded.value();
    }
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_view->currentIndex().row() != row) {
        m_view->blockSignals(true);
        m_view->selectRow(row);
        m_view->blockSignals(false);
    }
    showDetail();
}

void RequestsPage::showDetail()
{
    const ServiceRequest &r = m_current.request;
    if (r.id == 0) {
        m_title->setText(tr("No request chosen"));
        m_detail->setHtml(tr("<p>Choose a request in the list, or register a new one.</p>"));
        updateButtons();
        return;
    }
    m_title->setText(tr("%1 · %2 · %3").arg(r.number, RequestCodes::displayName(r.state), r.location()));
    const QDateTime now = m_db.clock().now();
    auto when = [this](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(m_zone).toString(Formats::dateTime()) : QString();
    };
    auto flag = [&](const QDateTime &deadline, const QDateTime &done) {
        switch (RequestTimer::onTime(deadline, done, now)) {
        case OnTime::Yes: return tr("on time");
        case OnTime::No: return QStringLiteral("<span style='color:#b3261e'><b>%1</b></span>").arg(esc(tr("late")));
        case OnTime::Pending: return tr("pending");
        case OnTime::NotMeasured: break;
        }
        return QString();
    };
    QString html;
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    row(tr("Kind, class:"), esc(tr("%1, %2").arg(RequestCodes::displayName(r.kind),
                                                 TimeLimitTable::className(r.kind, r.classKey))));
    row(tr("Registered:"), esc(tr("%1 by %2 (%3)").arg(when(r.registeredAt), r.registeredByName,
                                                       RequestCodes::displayName(r.channel))));
    row(tr("Reporter:"), esc(QStringList{r.reporterName, r.reporterPhone}.join(QLatin1Char(' ')).trimmed()));
    row(r.houseNumber.isEmpty() ? tr("Public location:") : tr("House:"), esc(r.location()));
    row(tr("Description:"), esc(r.description));
    if (r.major)
        row(tr("Major:"), QStringLiteral("<span style='color:#b3261e'><b>%1</b></span>").arg(esc(tr("major complaint"))));
    if (r.complaintAgainst != ComplaintTarget::None)
        row(tr("Against:"), esc(RequestCodes::displayName(r.complaintAgainst)));
    row(tr("Signature:"), esc(r.signatureConfirmed ? tr("confirmed") : tr("pending (事后补签)")));
    if (r.agreedAt.isValid())
        row(tr("Agreed time:"), esc(when(r.agreedAt)));
    if (r.arrivalDeadline.isValid())
        row(tr("Arrival:"), tr("due %1 (%2)").arg(esc(when(r.arrivalDeadline)), esc(r.arrivalLimit))
                                + (r.arrivedAt.isValid() ? tr(" — arrived %1, %2").arg(esc(when(r.arrivedAt)),
                                                                                      flag(r.arrivalDeadline, r.arrivedAt))
                                                         : QStringLiteral(" — ") + flag(r.arrivalDeadline, {})));
    if (r.completionDeadline.isValid())
        row(tr("Completion:"),
            tr("due %1 (%2)").arg(esc(when(r.completionDeadline)), esc(r.completionLimit))
                + (r.completedAt.isValid() ? tr(" — completed %1, %2").arg(esc(when(r.completedAt)),
                                                                         flag(r.completionDeadline, r.completedAt))
                                           : QStringLiteral(" — ") + flag(r.completionDeadline, {})));
    if (!r.department.isEmpty() || !r.receiverName.isEmpty())
        row(tr("Dispatched to:"), esc(tr("%1, %2").arg(RequestCodes::departmentName(r.department), r.receiverName)));
    if (!r.workDone.isEmpty())
        row(tr("Work done:"), esc(r.workDone));
    if (r.feeFen)
        row(tr("Fee:"), esc(tr("%1 yuan, %2").arg(Money::formatYuan(*r.feeFen),
                                                  r.paid ? tr("paid, receipt %1").arg(r.receiptNo) : tr("not paid"))));
    if (r.slipReturnedAt.isValid())
        row(tr("Slip returned:"), esc(when(r.slipReturnedAt)));
    if (r.kind == RequestKind::Complaint && r.deskRules) {
        // SPEC 3.2: told the same day when it will be settled, unless settled that day.
        const QDateTime tellBy = RequestTimer::tellDeadline(r.openedAt(), m_zone);
        QString told;
        if (r.complainantToldAt.isValid())
            told = tr(" — told %1, %2; settled by %3")
                       .arg(esc(when(r.complainantToldAt)), flag(tellBy, r.complainantToldAt), esc(when(r.settlePromisedAt)));
        else if (r.completedAt.isValid() && r.completedAt <= tellBy)
            told = esc(tr(" — settled the same day"));
        else if (!r.completedAt.isValid())
            told = QStringLiteral(" — ") + flag(tellBy, {});
        if (!told.isEmpty())
            row(tr("Tell the complainant:"), tr("by %1").arg(esc(when(tellBy))) + told);
    }
    if (r.reopenCount > 0)
        row(tr("Reopened:"), esc(tr("%n time(s)", nullptr, r.reopenCount)));
    if (r.voided)
        row(tr("Voided:"), QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(esc(r.voidReason)));
    html += QStringLiteral("</table>");

    auto table = [&html](const QString &title, const QStringList &headers, const QList<QStringList> &rows) {
        if (rows.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4><table border='1' cellspacing='0' cellpadding='3'><tr>").arg(esc(title));
        for (const QString &h : headers)
            html += QStringLiteral("<th>%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>");
        for (const QStringList &cells : rows) {
            html += QStringLiteral("<tr>");
            for (const QString &c : cells)
                html += QStringLiteral("<td>%1</td>").arg(esc(c));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    };
    QList<QStringList> rows;
    for (const RequestHandover &h : std::as_const(m_current.handovers))
        rows << QStringList{when(h.at), h.handedByName, h.receivedByName, RequestCodes::departmentName(h.department),
                            h.note};
    table(tr("Handovers"), {tr("When"), tr("Handed by"), tr("Received by"), tr("Department"), tr("Note")}, rows);
    rows.clear();
    for (const RequestCallback &c : std::as_const(m_current.callbacks))
        rows << QStringList{when(c.at), c.byName, c.solved ? (*c.solved ? tr("solved") : tr("not solved")) : QString(),
                            c.attitude ? RequestCodes::displayName(*c.attitude) : QString(),
                            c.charged ? (*c.charged ? tr("charged") : tr("not charged")) : QString(),
                            c.score ? QString::number(*c.score) : QString(), c.suggestions};
    table(tr("Callbacks"), {tr("When"), tr("By"), tr("Solved"), tr("Attitude"), tr("Charged"), tr("Score"),
                            tr("Suggestions")},
          rows);
    rows.clear();
    for (const RequestExtension &e : std::as_const(m_current.extensions))
        rows << QStringList{when(e.at), RequestCodes::displayName(e.deadline), when(e.oldDeadline), when(e.newDeadline),
                            e.reason, e.approverName};
    table(tr("Extensions"), {tr("When"), tr("Deadline"), tr("Was"), tr("Now"), tr("Reason"), tr("Approved by")}, rows);
    rows.clear();
    for (const RequestEvent &e : std::as_const(m_current.events))
        rows << QStringList{when(e.at), e.username, RequestCodes::eventName(e.action), e.note};
    table(tr("History"), {tr("When"), tr("Who"), tr("What"), tr("Note")}, rows);
    m_detail->setHtml(html);
    updateButtons();
}

void RequestsPage::updateButtons()
{
    // What the workflow allows is what the repository will accept.
    // A greyed button says why (its tooltip shows on a disabled button too).
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const StepVerdict verdict = RequestWorkflow::check(m_steps.value(it.key()), m_current.request, m_actor);
        it.value()->setEnabled(verdict.allowed());
        it.value()->setToolTip(verdict.reason);
    }
}

void RequestsPage::afterChange(const QString &message)
{
    selectRequest(m_current.request.id);
    report(message, false);
}

void RequestsPage::newRequest()
{
    RegisterRequestDialog dialog(m_requests, m_residents.get(), m_actor, m_calendar->calendar(), m_zone, m_db.clock(),
                                 this);
    if (exec(dialog) != QDialog::Accepted)
        return;
    const RegisteredRequest &done = dialog.registered();
    selectRequest(done.id);
    QString message = tr("%1 is registered; you are responsible for it until it is closed.").arg(done.number);
    if (!done.yearsWithoutSchedule.isEmpty())
        message += QLatin1Char(' ') + tr("Its working-day deadline was counted without an official holiday schedule.");
    report(message, false);
}

void RequestsPage::dispatchCurrent()
{
    if (m_current.request.id == 0)
        return;
    const auto staff = m_users->activeStaff(m_actor);
    DispatchDialog dialog(m_requests, m_actor, m_current.request, staff ? staff.value() : QList<UserRecord>{}, m_zone,
                          m_db.clock(), this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1 is dispatched.").arg(m_current.request.number));
}

void RequestsPage::arriveCurrent()
{
    if (m_current.request.id == 0)
        return;
    ArrivalDialog dialog(m_requests, m_actor, m_current.request, m_zone, m_db.clock(), this);
    if (exec(dialog) != QDialog::Accepted)
        return;
    selectRequest(m_current.request.id);
    const ServiceRequest &r = m_current.request;
    const bool late = r.arrivalDeadline.isValid() && r.arrivedAt > r.arrivalDeadline;
    report(late ? tr("%1: arrival recorded, LATE (due %2).")
                      .arg(r.number, r.arrivalDeadline.toTimeZone(m_zone).toString(Formats::time()))
                : tr("%1: arrival recorded, on time.").arg(r.number),
           late);
}

void RequestsPage::completeCurrent()
{
    if (m_current.request.id == 0)
        return;
    const auto prices = m_requests.prices().priceList();
    CompletionDialog dialog(m_requests, m_actor, m_current.request, prices ? prices.value() : QList<PriceItem>{},
                            m_zone, m_db.clock(), this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1 is completed; call the resident back.").arg(m_current.request.number));
}

void RequestsPage::returnSlipCurrent()
{
    const ServiceRequest &r = m_current.request;
    if (r.id == 0)
        return;
    if (Status s = m_requests.returnSlip(m_actor, r.id, r.rowVersion); !s)
        return report(s.error());
    afterChange(tr("%1: the slip is back at customer service.").arg(r.number));
}

void RequestsPage::tellComplainantCurrent()
{
    if (m_current.request.id == 0)
        return;
    TellComplainantDialog dialog(m_requests, m_actor, m_current.request, m_zone, m_db.clock(), this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1: the complainant knows when it will be settled.").arg(m_current.request.number));
}

void RequestsPage::confirmSignatureCurrent()
{
    const ServiceRequest &r = m_current.request;
    if (r.id == 0)
        return;
    if (Status s = m_requests.confirmSignature(m_actor, r.id, r.rowVersion); !s)
        return report(s.error());
    afterChange(tr("%1: the reporter's signature is confirmed.").arg(r.number));
}

void RequestsPage::callbackCurrent()
{
    if (m_current.request.id == 0)
        return;
    CallbackDialog dialog(m_requests, m_actor, m_current.request, m_zone, m_db.clock(), this);
    if (exec(dialog) != QDialog::Accepted)
        return;
    selectRequest(m_current.request.id);
    const ServiceRequest &r = m_current.request;
    if (r.state == RequestState::Closed)
        report(tr("%1: callback recorded and the request is closed.").arg(r.number), false);
    else if (r.state == RequestState::CalledBack)
        report(tr("%1: callback recorded.").arg(r.number), false);
    else
        report(tr("%1: not solved — the request is reopened and back with %2.")
                   .arg(r.number, r.receiverName.isEmpty() ? tr("the desk") : r.receiverName));
}

void RequestsPage::closeCurrent()
{
    const ServiceRequest &r = m_current.request;
    if (r.id == 0)
        return;
    if (Status s = m_requests.close(m_actor, r.id, r.rowVersion); !s)
        return report(s.error());
    afterChange(tr("%1 is closed.").arg(r.number));
}

void RequestsPage::extendCurrent()
{
    if (m_current.request.id == 0)
        return;
    ExtensionDialog dialog(m_requests, m_actor, m_current.request, m_zone, m_db.clock(), this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1: the deadline is extended.").arg(m_current.request.number));
}

void RequestsPage::reopenCurrent()
{
    const ServiceRequest r = m_current.request;
    if (r.id == 0)
        return;
    ReasonDialog dialog(tr("Reopen %1").arg(r.number), tr("Why is the closed request reopened? (audited)"),
                        [this, r](const QString &reason) { return m_requests.reopen(m_actor, r.id, r.rowVersion, reason); },
                        this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1 is reopened.").arg(r.number));
}

void RequestsPage::voidCurrent()
{
    const ServiceRequest r = m_current.request;
    if (r.id == 0)
        return;
    ReasonDialog dialog(tr("Void %1").arg(r.number),
                        tr("Why is this request voided? It stays on file, marked void, with your reason."),
                        [this, r](const QString &reason) {
                            return m_requests.voidRequest(m_actor, r.id, r.rowVersion, reason);
                        },
                        this);
    if (exec(dialog) == QDialog::Accepted)
        afterChange(tr("%1 is voided.").arg(r.number));
}

QString RequestsPage::coSignFormHtml(CoSignForm::PageSize size) const
{
    CoSignForm::Context context;
    context.estateName = m_settings->estateName();
    context.zone = m_zone;
    context.printedAt = m_db.clock().now();
    context.printedBy = m_actor.displayName.isEmpty() ? m_actor.username : m_actor.displayName;
    context.pageSize = size;
    return CoSignForm::html(m_current, context);
}

namespace {
void printForm(QPrinter *printer, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    // No page size of our own: print() lays the document out on the printer's page and
    // scales it from screen to printer resolution (a size in printer pixels would not).
    document.print(printer);
}
} // namespace

bool RequestsPage::saveCoSignFormPdf(const QString &path, CoSignForm::PageSize size)
{
    if (m_current.request.id == 0)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(size == CoSignForm::PageSize::A5 ? QPageSize(QPageSize::A5) : QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(m_current.request.number);
    printForm(&printer, coSignFormHtml(size));
    return true;
}

void RequestsPage::printCurrent()
{
    if (m_current.request.id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(m_current.request.number);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Co-sign form %1").arg(m_current.request.number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        const bool a5 = p->pageLayout().pageSize().id() == QPageSize::A5;
        printForm(p, coSignFormHtml(a5 ? CoSignForm::PageSize::A5 : CoSignForm::PageSize::A4));
    });
    exec(preview);
}

void RequestsPage::importLedger(RequestKind kind, const QString &path)
{
    LedgerImportDialog dialog(*m_importer, m_actor, kind, this);
    if (!dialog.load(path)) {
        // The dialog says why; show it so the user can read it.
        exec(dialog);
        return;
    }
    if (exec(dialog) != QDialog::Accepted)
        return;
    report(tr("Ledger imported: %1 request(s) added, %2 already on file, %3 row(s) rejected.")
               .arg(dialog.result().imported)
               .arg(dialog.result().alreadyPresent)
               .arg(dialog.result().rejected.size()),
           false);
}

bool RequestsPage::exportMonth(int year, int month, const QString &path)
{
    // By the file's extension, XLSX or CSV, in the user's language (headers and values).
    const auto written = [&] {
        BusyProgress progress(this, tr("Exporting the requests…"));
        return RequestExporter(m_db, m_zone).write(m_actor, year, month, path, RequestExporter::Language::Translated);
    }();
    if (!written) {
        report(written.error());
        return false;
    }
    report(tr("%n request(s) exported to %1.", nullptr, written.value()).arg(path), false);
    return true;
}
