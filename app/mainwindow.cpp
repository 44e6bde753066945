#include "app/mainwindow.h"

#include "dialogs/passworddialog.h"
#include "dialogs/settingsdialog.h"
#include "models/database/database.h"
#include "models/repositories/auditlog.h"
#include "models/repositories/calendarrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/userrepository.h"
#include "views/auditlogpage.h"
#include "views/calendarpage.h"
#include "views/inspectionspage.h"
#include "views/residentspage.h"
#include "views/userspage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

MainWindow::MainWindow(Database &db, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_settings(std::make_unique<SettingsRepository>(db)),
      m_users(std::make_unique<UserRepository>(db)), m_calendar(std::make_unique<CalendarRepository>(db)),
      m_audit(std::make_unique<AuditLog>(db)), m_zone(m_settings->timeZone()), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_clock(new QLabel(this)), m_calendarWarning(new QLabel(this)),
      m_clockTimer(new QTimer(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { background: #23395d; color: #e8eef7; border: none; outline: 0; font-size: 15px;"
        " padding-top: 8px; }"
        "QListWidget::item { padding: 10px 14px; border: 0px; }"
        "QListWidget::item:selected { background: #3d6cb3; color: white; border: 0px; }"));
    layout->addWidget(m_sidebar);
    auto *pageFrame = new QWidget(central);
    auto *pageLayout = new QVBoxLayout(pageFrame);
    pageLayout->addWidget(m_pages);
    layout->addWidget(pageFrame, 1);
    setCentralWidget(central);

    if (session.can(Permission::LookUpResidents)) {
        auto *residents = new ResidentsPage(db, session, m_zone, this);
        residents->setObjectName(QStringLiteral("residentsPage"));
        addPage(residents, tr("Resident files"));
    }
    auto *calendar = new CalendarPage(*m_calendar, db.clock(), m_zone, this);
    calendar->setObjectName(QStringLiteral("calendarPage"));
    addPage(calendar, tr("Working calendar"));
    if (session.can(Permission::ViewReportsAndAudit)) {
        auto *audit = new AuditLogPage(*m_audit, session, db.clock(), m_zone, this);
        audit->setObjectName(QStringLiteral("auditPage"));
        addPage(audit, tr("Audit log"));
    }
    if (session.can(Permission::ManageUsersAndSettings)) {
        auto *users = new UsersPage(*m_users, session, db.clock(), m_zone, this);
        users->setObjectName(QStringLiteral("usersPage"));
        addPage(users, tr("Users"));
    }
    if (session.can(Permission::RunInspections)) {
        auto *inspections = new InspectionsPage(db, session, m_zone, this);
        inspections->setObjectName(QStringLiteral("inspectionsPage"));
        addPage(inspections, tr("Inspections"));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (auto *audit = qobject_cast<AuditLogPage *>(m_pages->widget(row)))
            audit->reload();
    });
    m_sidebar->setCurrentRow(0);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    file->addAction(tr("Change my &password..."), this, &MainWindow::changeOwnPassword);
    file->addSeparator();
    file->addAction(tr("E&xit"), this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    statusBar()->addPermanentWidget(m_calendarWarning);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(1000);
    updateClock();
    updateTitle();
    updateCalendarWarning();
    resize(1180, 740);
}

MainWindow::~MainWindow() = default;

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
    if (dialog.exec() == QDialog::Accepted) {
        m_zone = m_settings->timeZone();
        updateTitle();
        updateClock();
    }
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(*m_users, m_session, PasswordDialog::Mode::OwnPassword, m_session.username, this);
    dialog.exec();
}
