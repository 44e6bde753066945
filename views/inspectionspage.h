#pragma once

#include "views/deskpage.h"
#include "models/domain/session.h"
#include "models/itemmodels/inspectionmodels.h"

#include <QTimeZone>

#include <functional>
#include <memory>

class ChecklistTemplateRepository;
class Database;
class InspectionRunRepository;
class InspectionScheduleRepository;
class NonConformityRepository;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class RequestRepository;
class WorkLogRepository;

// 层级检查: what is due per level and person (on track / due soon / overdue on the clock),
// the runs, the non-conformities with their rectification and recheck, the work log, and
// the checklists on paper.
class InspectionsPage : public DeskPage
{
    Q_OBJECT

public:
    // requests: the service desk's repository, so that a repair request made from a finding
    // reaches the timer board at once (nullptr: the page keeps its own).
    InspectionsPage(Database &db, const Session &actor, const QTimeZone &zone, RequestRepository *requests = nullptr,
                    QWidget *parent = nullptr);
    ~InspectionsPage() override;

    void reload();
    void tick();
    InspectionScheduleModel *scheduleModel() const { return m_schedule; }
    RunListModel *runModel() const { return m_runs; }
    NonConformityModel *findingModel() const { return m_findings; }
    WorkLogModel *workLogModel() const { return m_log; }

    // The actions behind the buttons; tests call them to open the same dialogs.
    void startScheduled(int scheduleRow);
    void startRun(qint64 assignmentId, const QString &templateCode, const QString &levelCode);
    void openRun(qint64 runId);
    void planFinding(int row);
    void recheckFinding(int row);
    void fixFindingOnSpot(int row);
    void repairFromFinding(int row);
    void editTemplates();
    void editLevels();
    void addWorkLogEntry();
    void searchWorkLog();
    void printBlank(const QString &code);
    bool exportBlankPdf(const QString &code, const QString &path);
    void printRun(qint64 runId);
    bool exportRunPdf(qint64 runId, const QString &path);
    QString blankHtml(const QString &code) const;
    QString runHtml(qint64 runId) const;

    // Shows the schedule line or the non-conformity (from the timer board); false: not found.
    bool selectScheduleLine(qint64 assignmentId);
    bool selectFinding(qint64 nonConformityId);

signals:
    // The schedule or the non-conformities changed (or were reloaded): the timer board follows.
    void inspectionsChanged();

private:
    void showFindings();
    // A blank checklist or a run, on A4 in the print preview.
    void previewChecklist(const QString &html);
    // The finding on the row (or the reason there is none), act on it, its message, the list again.
    void withFinding(int row, const std::function<QString(const NonConformity &)> &act);
    void showRuns();
    void updateSummary();
    int selectedRow(QTableView *view) const;
    bool selectAfterReload(QTableView *view, qint64 id, const QString &missing);
    QList<QPair<qint64, QString>> people() const;
    QString chooseTemplate(const QString &title);

    std::unique_ptr<ChecklistTemplateRepository> m_templates;
    std::unique_ptr<InspectionScheduleRepository> m_scheduleRepo;
    std::unique_ptr<InspectionRunRepository> m_runRepo;
    std::unique_ptr<NonConformityRepository> m_findingRepo;
    std::unique_ptr<WorkLogRepository> m_logRepo;
    std::unique_ptr<RequestRepository> m_ownRequests;
    RequestRepository *m_requests;

    InspectionScheduleModel *m_schedule;
    RunListModel *m_runs;
    NonConformityModel *m_findings;
    WorkLogModel *m_log;

    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_scheduleView;
    QTableView *m_runView;
    QTableView *m_findingView;
    QTableView *m_logView;
    QCheckBox *m_openOnly;
    QCheckBox *m_raisedToMe;
    QComboBox *m_logPerson;
    QDateEdit *m_logMonth;
    QLineEdit *m_logText;
    QTimer *m_timer;
    int m_raisedToMeCount = 0;
};
