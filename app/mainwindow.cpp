#include "app/mainwindow.h"
#include "app/passwordstore.h"

#include "dialogs/limitsdialog.h"
#include "dialogs/manualdialog.h"
#include "dialogs/gatesettingsdialog.h"
#include "dialogs/deskratingwindow.h"
#include "dialogs/passworddialog.h"
#include "dialogs/surveybatchdialog.h"
#include "dialogs/settingsdialog.h"
#include "models/database/auditchain.h"
#include "models/database/backup.h"
#include "models/database/database.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/reportrepository.h"
#include "models/repositories/gaterepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/goodspermitrepository.h"
#include "models/repositories/patrolrepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"
#include "models/services/timerboard.h"
#include "models/sync/gatesync.h"
#include "views/auditlogpage.h"
#include "views/calendarpage.h"
#include "views/connectionbanner.h"
#include "views/feedeskpage.h"
#include "views/feedocumentspage.h"
#include "views/gatepage.h"
#include "views/gatesyncstatus.h"
#include "views/requestspage.h"
#include "views/goodspermitspage.h"
#include "views/notificationcountlabel.h"
#include "views/notificationspage.h"
#include "views/inspectionspage.h"
#include "views/residentspage.h"
#include "views/servicespage.h"
#include "views/timerboardpage.h"
#include "views/userspage.h"

#include <QApplication>
#include <QDir>
#include "views/reportpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QIcon>
#include <QKeySequence>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSettings>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>

#include <utility>
#include <vector>
#include <memory>
#include <optional>

// The pages of the main window, in sidebar order. A new module adds one row here: its
// object name, its sidebar title, who sees it, how it is made and what it does when opened.
// The connections between pages (the timer board opens a request, ...) are in connectPages().
const std::vector<MainWindow::PageRow> &MainWindow::pageTable()
{
    static const std::vector<PageRow> table{
        {"requestsPage", QT_TRANSLATE_NOOP("MainWindow", "Service desk"), &MainWindow::servesDesk,
         [](MainWindow &w) -> QWidget * { return new RequestsPage(w.m_db, *w.m_requests, w.m_session, w.m_zone, &w); },
         nullptr, std::nullopt},
        {"timerBoardPage", QT_TRANSLATE_NOOP("MainWindow", "Timer board"), &MainWindow::servesDesk,
         [](MainWindow &w) -> QWidget * {
             // The timers live in memory and tick once a second from the clock; the
             // database is read only when a request changes (SPEC 3.4).
             w.m_board = new TimerBoard(*w.m_requests, w.m_session, w.m_db.clock(), &w);
             w.m_board->watchInspections(*w.m_schedule, *w.m_findings); // for those who run inspections
             return new TimerBoardPage(w.m_board, w.m_session, w.m_zone, &w);
         },
         nullptr, std::nullopt},
        {"residentsPage", QT_TRANSLATE_NOOP("MainWindow", "Resident files"),
         [](const Session &s) { return s.can(Permission::LookUpResidents); },
         [](MainWindow &w) -> QWidget * { return new ResidentsPage(w.m_db, w.m_session, w.m_zone, &w); }, nullptr,
         std::nullopt},
        // SPEC 13: clerks, managers and administrators collect fees; guards and technicians never.
        {"feeDeskPage", QT_TRANSLATE_NOOP("MainWindow", "Fee desk"),
         [](const Session &s) { return s.can(Permission::CollectFees); },
         [](MainWindow &w) -> QWidget * { return new FeeDeskPage(w.m_db, w.m_session, w.m_zone, &w); },
         [](QWidget *page) { static_cast<FeeDeskPage *>(page)->opened(); }, std::nullopt},
        {"gatePage", QT_TRANSLATE_NOOP("MainWindow", "Gatehouse"),
         [](const Session &s) { return s.can(Permission::WriteGateLogs) || s.can(Permission::ViewGateLogs); },
         [](MainWindow &w) -> QWidget * {
             return new GatePage(GatePage::Services{*w.m_gate, *w.m_permits, *w.m_patrols, *w.m_users}, w.m_session,
                                 w.m_db.clock(), w.m_zone, w.m_settings->estateName(), &w);
         },
         [](QWidget *page) {
             static_cast<GatePage *>(page)->reload();
             page->setFocus(Qt::OtherFocusReason);
         },
         Role::Guard}, // the gate screen is a guard's whole day: it comes first for them
        // The office's side of the gatehouse.
        {"goodsPermitsPage", QT_TRANSLATE_NOOP("MainWindow", "Goods permits"),
         [](const Session &s) { return s.can(Permission::RegisterRequests); },
         [](MainWindow &w) -> QWidget * {
             return new GoodsPermitsPage(*w.m_permits, w.m_session, w.m_db.clock(), w.m_zone, &w);
         },
         nullptr, std::nullopt},
        {"notificationsPage", QT_TRANSLATE_NOOP("MainWindow", "Notifications"),
         [](const Session &s) { return s.can(Permission::RegisterRequests); },
         [](MainWindow &w) -> QWidget * { return new NotificationsPage(*w.m_patrols, w.m_session, w.m_zone, &w); },
         nullptr, std::nullopt},
        {"inspectionsPage", QT_TRANSLATE_NOOP("MainWindow", "Inspections"),
         [](const Session &s) { return s.can(Permission::RunInspections); },
         [](MainWindow &w) -> QWidget * {
             return new InspectionsPage(w.m_db, w.m_session, w.m_zone, w.m_requests.get(), &w);
         },
         nullptr, std::nullopt},
        {"calendarPage", QT_TRANSLATE_NOOP("MainWindow", "Working calendar"), [](const Session &) { return true; },
         [](MainWindow &w) -> QWidget * { return new CalendarPage(*w.m_calendar, w.m_db.clock(), w.m_zone, &w); },
         nullptr, std::nullopt},
        {"feeDocumentsPage", QT_TRANSLATE_NOOP("MainWindow", "Notices & statement"),
         [](const Session &s) { return s.can(Permission::CollectFees); },
         [](MainWindow &w) -> QWidget * { return new FeeDocumentsPage(w.m_db, w.m_session, w.m_zone, &w); },
         nullptr, std::nullopt}, // it reads its figures each time it is shown
        {"reportPage", QT_TRANSLATE_NOOP("MainWindow", "Monthly report"),
         [](const Session &s) { return s.can(Permission::ViewReportsAndAudit); },
         [](MainWindow &w) -> QWidget * { return new ReportPage(w.m_db, w.m_session, w.m_zone, &w); },
         [](QWidget *page) { static_cast<ReportPage *>(page)->opened(); }, std::nullopt},
        {"auditPage", QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
         [](const Session &s) { return s.can(Permission::ViewReportsAndAudit); },
         [](MainWindow &w) -> QWidget * {
             return new AuditLogPage(*w.m_audit, w.m_session, w.m_db.clock(), w.m_zone, &w);
         },
         [](QWidget *page) { static_cast<AuditLogPage *>(page)->opened(); }, std::nullopt},
        {"usersPage", QT_TRANSLATE_NOOP("MainWindow", "Users"),
         [](const Session &s) { return s.can(Permission::ManageUsersAndSettings); },
         [](MainWindow &w) -> QWidget * { return new UsersPage(*w.m_users, w.m_session, w.m_db.clock(), w.m_zone, &w); },
         nullptr, std::nullopt},
        // Convenience services 便民服务: the price list and the service orders (seed 002).
        {"servicesPage", QT_TRANSLATE_NOOP("MainWindow", "Convenience services"),
         [](const Session &s) { return s.can(Permission::CollectFees); },
         [](MainWindow &w) -> QWidget * { return new ServicesPage(w.m_db, w.m_session, w.m_zone, &w); }, nullptr,
         std::nullopt},
    };
    return table;
}

bool MainWindow::servesDesk(const Session &session)
{
    return session.can(Permission::RegisterRequests) || session.can(Permission::RecordWork);
}

// What one page does to another; each connection only when both pages are there.
void MainWindow::connectPages()
{
    auto *requests = findChild<RequestsPage *>(QStringLiteral("requestsPage"));
    auto *board = findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage"));
    auto *notifications = findChild<NotificationsPage *>(QStringLiteral("notificationsPage"));
    auto *inspections = findChild<InspectionsPage *>(QStringLiteral("inspectionsPage"));
    if (auto *gate = findChild<GatePage *>(QStringLiteral("gatePage"))) {
        // After a shift handover the window is the incoming guard's: the status bar names them and
        // the window's own actions (change password ...) act for them. A guard's seat shows the
        // gate, which switched itself, and the calendar, which holds no session.
        connect(gate, &GatePage::guardChanged, this, [this](const Session &incoming) {
            m_session = incoming;
            if (auto *user = findChild<QLabel *>(QStringLiteral("statusUser")))
                user->setText(tr("%1 (%2)").arg(incoming.displayName, Roles::displayName(incoming.role)));
        });
    }
    auto *feeDesk = findChild<FeeDeskPage *>(QStringLiteral("feeDeskPage"));
    if (board && feeDesk) {
        board->setFeeArrearsCounter([feeDesk] { return feeDesk->housesInArrears(91); });
        connect(feeDesk, &FeeDeskPage::feesChanged, board, &TimerBoardPage::refreshFeeArrears);
        connect(board, &TimerBoardPage::openFeeArrears, this, [this, feeDesk] {
            showPage(QStringLiteral("feeDeskPage"));
            feeDesk->showArrears(FeeDeskPage::AgeingFilter::Over90);
        });
    }
    if (board) {
        connect(board, &TimerBoardPage::notify, this, &MainWindow::showNotification);
        if (requests) {
            connect(board, &TimerBoardPage::openRequest, this, [this, requests](qint64 id) {
                showPage(QStringLiteral("requestsPage"));
                requests->selectRequest(id);
            });
        }
    }
    if (notifications) {
        m_notificationCount = new NotificationCountLabel(*m_patrols, m_session, this);
        connect(notifications, &NotificationsPage::changed, m_notificationCount, &NotificationCountLabel::refresh);
    }
    if (inspections && m_board && board) {
        connect(inspections, &InspectionsPage::inspectionsChanged, m_board, [this] {
            if (Status s = m_board->refreshInspections(); !s)
                statusBar()->showMessage(s.error(), 10000);
        });
        connect(board, &TimerBoardPage::openInspection, this, [this, inspections](qint64 id) {
            showPage(QStringLiteral("inspectionsPage"));
            inspections->selectScheduleLine(id);
        });
        connect(board, &TimerBoardPage::openFinding, this, [this, inspections](qint64 id) {
            showPage(QStringLiteral("inspectionsPage"));
            inspections->selectFinding(id);
        });
    }
}

MainWindow::MainWindow(Database &db, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_settings(std::make_unique<SettingsRepository>(db)),
      m_users(std::make_unique<UserRepository>(db)), m_calendar(std::make_unique<CalendarRepository>(db)),
      m_audit(std::make_unique<AuditLog>(db)), m_gate(std::make_unique<GateRepository>(db)),
      m_permits(std::make_unique<GoodsPermitRepository>(db)), m_patrols(std::make_unique<PatrolRepository>(db)),
      m_requests(std::make_unique<RequestRepository>(db)), m_reports(std::make_unique<ReportRepository>(db)),
      m_schedule(std::make_unique<InspectionScheduleRepository>(db)),
      m_findings(std::make_unique<NonConformityRepository>(db)),
      m_zone(m_settings->timeZone()),
      m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_clock(new QLabel(this)), m_calendarWarning(new QLabel(this)),
      m_clockTimer(new QTimer(this))
{
    setWindowIcon(applicationIcon());
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_sidebar->setFixedWidth(170); // narrowed to its titles once the pages are in
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { background: #23395d; color: #e8eef7; border: none; outline: 0; font-size: 15px;"
        " padding-top: 8px; }"
        "QListWidget::item { padding: 10px 14px; border: 0px; }"
        "QListWidget::item:selected { background: #3d6cb3; color: white; border: 0px; }"));
    layout->addWidget(m_sidebar);
    auto *pageFrame = new QWidget(central);
    auto *pageLayout = new QVBoxLayout(pageFrame);
    pageLayout->addWidget(new ConnectionBanner(db, pageFrame));
    pageLayout->addWidget(m_pages);
    layout->addWidget(pageFrame, 1);
    setCentralWidget(central);

    // The pages of the table the session may open, in its order; a row may lead for one role.
    std::vector<const PageRow *> rows;
    for (const PageRow &row : pageTable()) {
        if (row.firstFor && *row.firstFor == session.role && row.visible(session))
            rows.push_back(&row);
    }
    for (const PageRow &row : pageTable()) {
        if (!(row.firstFor && *row.firstFor == session.role) && row.visible(session))
            rows.push_back(&row);
    }
    for (const PageRow *row : rows) {
        QWidget *page = row->create(*this);
        page->setObjectName(QLatin1String(row->objectName));
        addPage(page, tr(row->title));
        m_shown.push_back(row->shown);
    }
    {
        // As wide as the longest title needs (15 px text, 14 px padding each side), at most 170:
        // the pages get the rest, which on a 1024×768 screen is not much.
        QFont font = m_sidebar->font();
        font.setPixelSize(15);
        const QFontMetrics metrics(font);
        int widest = 0;
        for (int row = 0; row < m_sidebar->count(); ++row)
            widest = qMax(widest, metrics.horizontalAdvance(m_sidebar->item(row)->text()));
        m_sidebar->setFixedWidth(qBound(110, widest + 2 * 14 + 12, 170));
    }
    connectPages();
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (QWidget *page = m_pages->currentWidget())
            page->setFocus(Qt::OtherFocusReason);
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_shown.size()) && m_shown.at(static_cast<size_t>(row)))
            m_shown.at(static_cast<size_t>(row))(m_pages->widget(row));
    });
    m_sidebar->setCurrentRow(0);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    if (session.can(Permission::ManageLimitsAndTemplates))
        file->addAction(tr("&Time limits and prices..."), this, &MainWindow::openLimits);
    if (session.can(Permission::ManageLimitsAndTemplates)) {
        file->addAction(tr("&Gatehouse settings..."), this, [this] {
                GateSettingsDialog(*m_gate, *m_patrols, m_session, this).exec();
            })->setObjectName(QStringLiteral("gateSettingsAction"));
    }
    if (session.can(Permission::RegisterRequests)) {
        // The front desk enters paper questionnaires and runs the desk rating screen.
        QMenu *surveys = file->addMenu(tr("Satisfaction &surveys"));
        surveys->addAction(tr("Enter &questionnaires..."), this, [this] {
            SurveyBatchDialog(*m_reports, m_session, m_db.clock().now().toTimeZone(m_zone).date(), m_zone, this).exec();
        })->setObjectName(QStringLiteral("surveyBatchAction"));
        surveys->addAction(tr("&Desk rating..."), this, [this] {
            if (!m_deskRating)
                m_deskRating = new DeskRatingWindow(*m_reports, m_session, this);
            m_deskRating->setWindowFlag(Qt::Window);
            m_deskRating->startFromPrompt(this, m_db.clock().now());
        })->setObjectName(QStringLiteral("deskRatingAction"));
    }
    file->addAction(tr("Change my &password..."), this, &MainWindow::changeOwnPassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // The platform's own key (Ctrl+Q on Linux); Windows has none, so Ctrl+Q there too.
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::openManual);
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::Key_F1)}
                             : QKeySequence::keyBindings(QKeySequence::HelpContents));
    manual->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    help->addAction(tr("&About EstateDesk"), this, [this] {
        QMessageBox::about(this, tr("About EstateDesk"),
                           tr("<b>EstateDesk</b> %1<br>The desk program of a residential property management "
                              "office.<br>Database: %2 (schema version %3)")
                               .arg(QStringLiteral(ESTATEDESK_VERSION), m_db.location().toHtmlEscaped())
                               .arg(m_db.schemaVersion()));
    });

    auto *user = new QLabel(tr("%1 (%2)").arg(session.displayName, Roles::displayName(session.role)), this);
    user->setObjectName(QStringLiteral("statusUser"));
    auto *database = new QLabel(tr("Database: %1").arg(db.location()), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    m_clock->setObjectName(QStringLiteral("statusClock"));
    statusBar()->addWidget(user);
    statusBar()->addWidget(database, 1);
    m_calendarWarning->setObjectName(QStringLiteral("statusCalendarWarning"));
    m_calendarWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    if (m_notificationCount)
        statusBar()->addPermanentWidget(m_notificationCount);
    statusBar()->addPermanentWidget(m_calendarWarning);
    if (m_board) {
        m_badge = new QPushButton(this);
        m_badge->setObjectName(QStringLiteral("timerBadge"));
        m_badge->setFlat(true);
        m_badge->setCursor(Qt::PointingHandCursor);
        m_badge->setToolTip(tr("Requests, inspections and rectifications due soon and overdue: click to open the timer board"));
        statusBar()->addPermanentWidget(m_badge);
        connect(m_badge, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("timerBoardPage")); });
        connect(m_board, &TimerBoard::countsChanged, this, &MainWindow::updateBadge);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(applicationIcon(), this);
            m_tray->setToolTip(tr("EstateDesk timers"));
            m_tray->show();
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showPage(QStringLiteral("timerBoardPage"));
                raise();
                activateWindow();
            });
        }
        if (Status loaded = m_board->refresh(); !loaded)
            statusBar()->showMessage(loaded.error(), 10000);
        updateBadge(m_board->count(TimerState::DueSoon), m_board->count(TimerState::Overdue));
        m_tickTimer = new QTimer(this);
        m_tickTimer->setObjectName(QStringLiteral("timerTick"));
        connect(m_tickTimer, &QTimer::timeout, this, &MainWindow::tick);
        m_tickTimer->start(1000);
        // Changes made on this PC reach the board at once through the repository's
        // signals; those made at another clerk's PC are picked up once a minute.
        auto *reload = new QTimer(this);
        reload->setObjectName(QStringLiteral("boardReload"));
        connect(reload, &QTimer::timeout, m_board, [this] {
            if (Status s = m_board->refresh(); !s)
                statusBar()->showMessage(s.error(), 10000);
        });
        reload->start(60 * 1000);
    }
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) { // a server is backed up on the server
        m_backupStatus = new QLabel(this);
        m_backupStatus->setObjectName(QStringLiteral("statusBackup"));
        statusBar()->addPermanentWidget(m_backupStatus);
        m_backupTimer = new QTimer(this);
        m_backupTimer->setObjectName(QStringLiteral("backupCheck"));
        connect(m_backupTimer, &QTimer::timeout, this, [this] {
            checkBackupDue();
            updateBackupStatus();
        });
        m_backupTimer->start(60 * 1000);
        updateBackupStatus();
    }
    if (GateSync(m_db).isGateStore()) // the gatehouse syncs with the office in the background
        statusBar()->addPermanentWidget(new GateSyncStatus(m_db.location(), session, m_db.clock(), m_zone, this));
    statusBar()->addPermanentWidget(m_clock);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(1000);
    updateClock();
    updateTitle();
    updateCalendarWarning();
    resize(1180, 740);
    restoreLayout();
    if (QWidget *page = m_pages->currentWidget())
        page->setFocus(Qt::OtherFocusReason);
    // The administrator disabled this account or changed its role: say so once, after the
    // refused action has finished, and close, so that the user signs in again.
    m_db.watchAccountChanges(this, [this](const QString &message) {
        if (std::exchange(m_accountChanged, true))
            return;
        QTimer::singleShot(0, this, [this, message] {
            QMessageBox::warning(this, tr("Sign in again"), message);
            close();
        });
    });
}

QIcon MainWindow::applicationIcon()
{
    static const QIcon icon = [] {
        QIcon i(QStringLiteral(":/icons/estatedesk.svg"));
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            i.addFile(QStringLiteral(":/icons/estatedesk-%1.png").arg(size), QSize(size, size));
        return i;
    }();
    return icon;
}

void MainWindow::openManual()
{
    if (!m_manual)
        m_manual = new ManualDialog(this);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

// Per user of the program (several clerks share one PC): the window's place and size, and the
// widths and order of every table's columns, by page and table.
QString MainWindow::settingsGroup() const
{
    return QStringLiteral("users/%1").arg(m_session.username.isEmpty() ? QStringLiteral("_") : m_session.username);
}

QList<QHeaderView *> MainWindow::savedHeaders() const
{
    QList<QHeaderView *> headers;
    for (QHeaderView *header : m_pages->findChildren<QHeaderView *>()) {
        const QWidget *view = header->parentWidget();
        if (header->orientation() == Qt::Horizontal && view && !view->objectName().isEmpty())
            headers << header;
    }
    return headers;
}

QString MainWindow::headerKey(const QHeaderView *header) const
{
    QString page;
    for (const QWidget *w = header->parentWidget(); w && w != m_pages; w = w->parentWidget()) {
        if (w->parentWidget() == m_pages) // the page in the stack
            page = w->objectName();
    }
    return QStringLiteral("columns/%1/%2").arg(page, header->parentWidget()->objectName());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    for (const QHeaderView *header : savedHeaders())
        settings.setValue(headerKey(header), header->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    for (QHeaderView *header : savedHeaders()) {
        const QByteArray state = settings.value(headerKey(header)).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
        // A model reset (a reload) gives a header its default sections: the user's widths and
        // order are kept across it.
        if (QAbstractItemModel *model = header->model()) {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, header,
                    [header] { header->setProperty("keptState", header->saveState()); });
            connect(model, &QAbstractItemModel::modelReset, header, [header] {
                const QByteArray kept = header->property("keptState").toByteArray();
                if (!kept.isEmpty())
                    header->restoreState(kept);
            });
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_db.watchAccountChanges(this, {});
    if (m_backupThread) { // a backup under way finishes its file before the window goes
        m_backupThread->wait();
        delete m_backupThread;
    }
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
}

bool MainWindow::checkBackupDue()
{
    if (!m_backupStatus || m_backupThread)
        return false;
    const Backup backup(m_db.location(), m_settings->backupFolder(), m_zone, m_db.clock());
    if (!backup.isDue(m_settings->backupTime()))
        return false;
    // Written on a worker with connections of its own; the window only hears the outcome.
    auto outcome = std::make_shared<std::optional<Result<BackupInfo>>>();
    m_backupThread = QThread::create([backup, outcome] { *outcome = backup.make(); });
    connect(m_backupThread, &QThread::finished, this, [this, outcome] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        const bool ok = outcome->has_value() && (*outcome)->ok();
        if (ok) {
            const QString path = QDir::toNativeSeparators((*outcome)->value().path);
            m_audit->record(m_session, QStringLiteral("backup_made"), QStringLiteral("database"), {}, {}, path);
            statusBar()->showMessage(tr("Backed up to %1").arg(path), 10000);
        } else {
            statusBar()->showMessage(tr("The daily backup failed: %1")
                                         .arg(outcome->has_value() ? (*outcome)->error() : QString()));
        }
        updateBackupStatus();
        emit backupFinished(ok);
    });
    m_backupThread->start(QThread::LowPriority);
    return true;
}

QString MainWindow::backupStatusText() const
{
    return m_backupStatus ? m_backupStatus->text() : QString();
}

bool MainWindow::backupStatusIsWarning() const
{
    return m_backupStatus && m_backupStatus->property("warning").toBool();
}

void MainWindow::updateBackupStatus()
{
    if (!m_backupStatus)
        return;
    const Backup backup(m_db.location(), m_settings->backupFolder(), m_zone, m_db.clock());
    const auto last = backup.latest();
    const QDateTime now = m_db.clock().now();
    QString text;
    bool warning = true;
    if (!last) {
        text = tr("No backup yet");
    } else {
        const QDateTime local = last->at.toTimeZone(m_zone);
        const QDate today = now.toTimeZone(m_zone).date();
        const QString time = local.toString(QStringLiteral("HH:mm"));
        if (local.date() == today)
            text = tr("Last backup: today %1").arg(time);
        else if (local.date() == today.addDays(-1))
            text = tr("Last backup: yesterday %1").arg(time);
        else
            text = tr("Last backup: %1").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        warning = Backup::isStale(*last, now);
    }
    m_backupStatus->setText(text);
    m_backupStatus->setProperty("warning", warning);
    m_backupStatus->setStyleSheet(warning ? QStringLiteral("color: white; background: #c62828; font-weight: bold;"
                                                           " padding: 1px 8px; border-radius: 3px;")
                                          : QString());
    m_backupStatus->setToolTip(warning ? tr("The last good backup is more than two days old, or there is none. "
                                            "Backups go to %1.").arg(QDir::toNativeSeparators(backup.folder()))
                                       : tr("Backups go to %1.").arg(QDir::toNativeSeparators(backup.folder())));
}

void MainWindow::checkIntegrity()
{
    QStringList problems;
    const QStringList restored = m_db.restoredTriggers();
    for (const QString &trigger : restored)
        problems << tr("The append-only trigger %1 was missing or altered; it has been restored.").arg(trigger);
    auto describe = [this](QStringList list, const Result<AuditChain::Report> &chain) {
        if (!chain)
            list << chain.error();
        else if (chain->firstBrokenRow > 0)
            list << tr("The audit log has been tampered with: the chain breaks at row %1.").arg(chain->firstBrokenRow)
                 << chain->problems;
        return list;
    };
    if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite || m_checkThread) {
        showIntegrityProblems(describe(problems, AuditChain::verify(m_db)));
        return;
    }
    auto chain = std::make_shared<std::optional<Result<AuditChain::Report>>>();
    m_checkThread = QThread::create([path = m_db.location(), chain] { *chain = AuditChain::verifySqliteFile(path); });
    connect(m_checkThread, &QThread::finished, this, [this, chain, problems, describe] {
        m_checkThread->deleteLater();
        m_checkThread = nullptr;
        showIntegrityProblems(describe(problems, chain->has_value() ? chain->value()
                                                                    : Result<AuditChain::Report>(Failure{QString()})));
    });
    m_checkThread->start(QThread::LowPriority);
}

void MainWindow::showIntegrityProblems(const QStringList &problems)
{
    if (!problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("EstateDesk"), tr("Checking the database found problems."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("integrityWarning"));
        box->setInformativeText(problems.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit integrityChecked(problems);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, page->objectName());
}

bool MainWindow::showPage(const QString &objectName)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int row = 0; row < m_sidebar->count(); ++row)
        names << m_sidebar->item(row)->data(Qt::UserRole).toString();
    return names;
}

QString MainWindow::clockText() const
{
    return m_clock->text();
}

void MainWindow::updateClock()
{
    const QDateTime now = m_db.clock().now().toTimeZone(m_zone);
    m_clock->setText(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString MainWindow::calendarWarningText() const
{
    return m_calendarWarning->text();
}

// Working-day deadlines need this year's official schedule, and next year's once
// deadlines start to reach into it (from November on).
void MainWindow::updateCalendarWarning()
{
    const QDate today = m_db.clock().now().toTimeZone(m_zone).date();
    const HolidayCalendar calendar = m_calendar->calendar();
    QStringList missing;
    for (int year : {today.year(), today.year() + 1}) {
        if (!calendar.hasSchedule(year) && (year == today.year() || today.month() >= 11))
            missing << QString::number(year);
    }
    m_calendarWarning->setText(missing.isEmpty() ? QString()
                                                 : tr("No official holiday schedule for %1: import it in Settings")
                                                       .arg(missing.join(QStringLiteral(", "))));
    m_calendarWarning->setVisible(!missing.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString estate = m_settings->estateName();
    setWindowTitle(estate); // the application name is appended by Qt
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(*m_settings, *m_calendar, m_session, this);
    auto *calendar = findChild<CalendarPage *>(QStringLiteral("calendarPage"));
    connect(&dialog, &SettingsDialog::calendarChanged, this, [this, calendar] {
        if (calendar)
            calendar->reload();
        updateCalendarWarning();
    });
    dialog.setDefaultBackupFolder(Backup::defaultFolder(m_db.location()));
    dialog.setDatabaseLocation(m_db.location());
    dialog.keepPassword = [](const QString &location, const QString &password) {
        PasswordStore::write(location, password);
    };
    if (dialog.exec() == QDialog::Accepted) {
        m_zone = m_settings->timeZone();
        updateBackupStatus();
        if (auto *requests = findChild<RequestsPage *>(QStringLiteral("requestsPage")))
            requests->setTimeZone(m_zone);
        if (auto *board = findChild<TimerBoardPage *>(QStringLiteral("timerBoardPage")))
            board->setTimeZone(m_zone);
        updateTitle();
        updateClock();
    }
}

void MainWindow::tick()
{
    if (m_board)
        m_board->tick(); // from memory and the clock: no query
}

QString MainWindow::badgeText() const
{
    return m_badge ? m_badge->text() : QString();
}

void MainWindow::updateBadge(int dueSoon, int overdue)
{
    if (!m_badge)
        return;
    m_badge->setText(tr("Due soon %1 · Overdue %2").arg(dueSoon).arg(overdue));
    m_badge->setStyleSheet(overdue > 0 ? QStringLiteral("color: white; background: #c62828; font-weight: bold;"
                                                        " padding: 1px 8px; border-radius: 3px;")
                           : dueSoon > 0 ? QStringLiteral("color: black; background: #ffca28; font-weight: bold;"
                                                          " padding: 1px 8px; border-radius: 3px;")
                                         : QStringLiteral("padding: 1px 8px;"));
}

void MainWindow::showNotification(const QString &title, const QString &message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 10000);
}

void MainWindow::openLimits()
{
    LimitsDialog dialog(*m_requests, m_session, this);
    dialog.exec();
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(*m_users, m_session, PasswordDialog::Mode::OwnPassword, m_session.username, this);
    dialog.exec();
}
