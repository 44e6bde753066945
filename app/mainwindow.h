#pragma once

#include "models/domain/session.h"

#include <QMainWindow>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

class AuditLog;
class CalendarRepository;
class Database;
class GateRepository;
class GoodsPermitRepository;
class InspectionScheduleRepository;
class NonConformityRepository;
class NotificationCountLabel;
class PatrolRepository;
class ManualDialog;
class QHeaderView;
class QIcon;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class RequestRepository;
class ReportRepository;
class DeskRatingWindow;
class TimerBoard;
class QListWidget;
class QStackedWidget;
class QThread;
class QTimer;
class SettingsRepository;
class UserRepository;

// The main window: a sidebar of the modules the user may open, their pages,
// and a status bar with the user, the database and the estate's clock.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // One page of the sidebar: the main window shows the rows whose rule lets the session see
    // them, in the table's order (a row with firstFor leads for that role).
    struct PageRow
    {
        const char *objectName;
        const char *title; // translated in the MainWindow context
        bool (*visible)(const Session &session);
        QWidget *(*create)(MainWindow &window);
        void (*shown)(QWidget *page); // when the page is opened, or nullptr
        std::optional<Role> firstFor;
    };
    static const std::vector<PageRow> &pageTable();

    MainWindow(Database &db, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the page with this object name ("calendarPage", "gatePage", "usersPage", "auditPage").
    bool showPage(const QString &objectName);
    QStringList pageNames() const;
    QString clockText() const;
    QString calendarWarningText() const;
    void openSettings();
    void openLimits();
    TimerBoard *timerBoard() const { return m_board; }
    RequestRepository &requestRepository() const { return *m_requests; }
    QString badgeText() const;
    void tick(); // what the one-second timer does
    void changeOwnPassword();
    void openManual();
    ManualDialog *manual() const { return m_manual; }
    // The program's icon: the SVG with its PNG sizes (window, tray and its notifications).
    static QIcon applicationIcon();
    // The window's geometry and the tables' columns, per signed-in user (QSettings).
    void saveLayout() const;
    void restoreLayout();

    // The daily backup: starts one on a worker thread when it is due (past the time of day,
    // none from today); the status bar shows the age of the last one.
    bool checkBackupDue();
    bool isBackingUp() const { return m_backupThread != nullptr; }
    QString backupStatusText() const;
    bool backupStatusIsWarning() const;
    void updateBackupStatus();
    // Start-up check of the audit chain (read on a worker: a long log takes seconds) and of
    // the append-only triggers; a warning names what is wrong.
    void checkIntegrity();

signals:
    void backupFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

public:
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    void integrityChecked(const QStringList &problems);

private:
    static bool servesDesk(const Session &session);
    QString settingsGroup() const;
    QList<QHeaderView *> savedHeaders() const;
    QString headerKey(const QHeaderView *header) const;
    void connectPages();
    void addPage(QWidget *page, const QString &title);
    void updateClock();
    void updateTitle();
    void updateCalendarWarning();
    void updateBadge(int dueSoon, int overdue);
    void showNotification(const QString &title, const QString &message);

    Database &m_db;
    Session m_session;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<CalendarRepository> m_calendar;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<GateRepository> m_gate;
    std::unique_ptr<GoodsPermitRepository> m_permits;
    std::unique_ptr<PatrolRepository> m_patrols;
    std::unique_ptr<RequestRepository> m_requests;
    std::unique_ptr<ReportRepository> m_reports;
    std::unique_ptr<InspectionScheduleRepository> m_schedule; // the timer board's reads
    std::unique_ptr<NonConformityRepository> m_findings;
    QTimeZone m_zone;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_clock;
    QLabel *m_calendarWarning;
    QTimer *m_clockTimer;
    std::vector<void (*)(QWidget *)> m_shown; // per sidebar row
    NotificationCountLabel *m_notificationCount = nullptr;
    DeskRatingWindow *m_deskRating = nullptr;
    TimerBoard *m_board = nullptr;
    QTimer *m_tickTimer = nullptr;
    QPushButton *m_badge = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ManualDialog *m_manual = nullptr;
    bool m_accountChanged = false;
    QLabel *m_backupStatus = nullptr;
    QTimer *m_backupTimer = nullptr;
    QThread *m_backupThread = nullptr;
    QThread *m_checkThread = nullptr;
    void showIntegrityProblems(const QStringList &problems);
};
