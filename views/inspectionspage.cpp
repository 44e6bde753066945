#include "views/inspectionspage.h"

#include "dialogs/inspectionlevelsdialog.h"
#include "dialogs/rectificationdialog.h"
#include "dialogs/recheckdialog.h"
#include "dialogs/reasondialog.h"
#include "dialogs/repairfromfindingdialog.h"
#include "dialogs/rundialog.h"
#include "dialogs/templateeditordialog.h"
#include "dialogs/worklogdialog.h"
#include "models/database/database.h"
#include "models/domain/formats.h"
#include "models/io/checklistprinter.h"
#include "models/itemmodels/itemroles.h"
#include "models/repositories/checklisttemplaterepository.h"
#include "models/repositories/inspectionrunrepository.h"
#include "models/repositories/inspectionschedulerepository.h"
#include "models/repositories/nonconformityrepository.h"
#include "models/repositories/requestrepository.h"
#include "models/repositories/settingsrepository.h"
#include "models/repositories/worklogrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QTableView *tableView(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
// A tab: optional filters above, the list, a row of buttons below.
QWidget *listTab(QTableView *view, const QList<QPushButton *> &buttons, QLayout *above, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    if (above)
        layout->addLayout(above);
    layout->addWidget(view, 1);
    if (!buttons.isEmpty()) {
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
    }
    return tab;
}
} // namespace

InspectionsPage::InspectionsPage(Database &db, const Session &actor, const QTimeZone &zone, RequestRepository *requests,
                                 QWidget *parent)
    : DeskPage(db, actor, zone, parent),
      m_templates(std::make_unique<ChecklistTemplateRepository>(db)),
      m_scheduleRepo(std::make_unique<InspectionScheduleRepository>(db)),
      m_runRepo(std::make_unique<InspectionRunRepository>(db)),
      m_findingRepo(std::make_unique<NonConformityRepository>(db)), m_logRepo(std::make_unique<WorkLogRepository>(db)),
      m_ownRequests(requests ? nullptr : std::make_unique<RequestRepository>(db)),
      m_requests(requests ? requests : m_ownRequests.get()), m_schedule(new InspectionScheduleModel(zone, this)),
      m_runs(InspectionModels::runs(zone, this)), m_findings(InspectionModels::nonConformities(zone, db.clock(), this)),
      m_log(InspectionModels::workLog(zone, this)), m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_scheduleView(tableView(this, "scheduleView")),
      m_runView(tableView(this, "runView")), m_findingView(tableView(this, "findingView")),
      m_logView(tableView(this, "workLogView")), m_openOnly(new QCheckBox(tr("&Open only"), this)),
      m_raisedToMe(new QCheckBox(tr("&Raised to me"), this)), m_logPerson(new QComboBox(this)),
      m_logMonth(new QDateEdit(this)), m_logText(new QLineEdit(this)), m_timer(new QTimer(this))
{
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_message->setObjectName(QStringLiteral("inspectionMessage"));
    m_message->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    m_scheduleView->setModel(m_schedule);
    m_runView->setModel(m_runs);
    m_findingView->setModel(m_findings);
    m_logView->setModel(m_log);
    m_openOnly->setChecked(true);

    // Schedule
    QPushButton *start = button(tr("&Start the inspection"), "startButton", this);
    QPushButton *unscheduled = button(tr("Start an &unscheduled inspection..."), "unscheduledButton", this);
    QPushButton *blank = button(tr("Print a &blank checklist..."), "printBlankButton", this);
    QPushButton *templates = button(tr("Edit &templates..."), "templatesButton", this);
    QPushButton *levels = button(tr("&Levels and people..."), "levelsButton", this);
    templates->setVisible(actor.can(Permission::ManageLimitsAndTemplates));
    levels->setVisible(actor.can(Permission::ManageLimitsAndTemplates));
    m_tabs->addTab(listTab(m_scheduleView, {start, unscheduled, blank, templates, levels}, nullptr, this),
                   tr("Schedule"));

    // Runs
    QPushButton *open = button(tr("&Open"), "openRunButton", this);
    QPushButton *printRunButton = button(tr("&Print..."), "printRunButton", this);
    QPushButton *pdfRun = button(tr("Save as P&DF..."), "pdfRunButton", this);
    m_tabs->addTab(listTab(m_runView, {open, printRunButton, pdfRun}, nullptr, this), tr("Inspections"));

    // Findings
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_openOnly);
    filters->addWidget(m_raisedToMe);
    filters->addStretch();
    QPushButton *fixed = button(tr("&Fixed on the spot..."), "fixedButton", this);
    QPushButton *plan = button(tr("Rectification &plan..."), "planButton", this);
    QPushButton *recheck = button(tr("Re&check..."), "recheckButton", this);
    QPushButton *repair = button(tr("Make a repair re&quest..."), "repairButton", this);
    m_tabs->addTab(listTab(m_findingView, {fixed, plan, recheck, repair}, filters, this), tr("Non-conformities"));

    // Work log
    auto *logFilters = new QHBoxLayout;
    m_logPerson->setObjectName(QStringLiteral("logPerson"));
    m_logMonth->setObjectName(QStringLiteral("logMonth"));
    m_logText->setObjectName(QStringLiteral("logText"));
    m_logMonth->setDisplayFormat(Formats::month());
    m_logMonth->setDate(db.clock().now().toTimeZone(zone).date());
    m_logText->setPlaceholderText(tr("Search the entries"));
    QPushButton *search = button(tr("&Search"), "logSearchButton", this);
    QPushButton *addLog = button(tr("&New entry..."), "logAddButton", this);
    logFilters->addWidget(new QLabel(tr("Person:"), this));
    logFilters->addWidget(m_logPerson);
    logFilters->addWidget(new QLabel(tr("Month:"), this));
    logFilters->addWidget(m_logMonth);
    logFilters->addWidget(m_logText, 1);
    logFilters->addWidget(search);
    logFilters->addWidget(addLog);
    m_tabs->addTab(listTab(m_logView, {}, logFilters, this), tr("Work log"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(start, &QPushButton::clicked, this, [this] { startScheduled(selectedRow(m_scheduleView)); });
    connect(m_scheduleView, &QTableView::activated, this, [this](const QModelIndex &index) { startScheduled(index.row()); });
    connect(unscheduled, &QPushButton::clicked, this, [this] {
        const QString code = chooseTemplate(tr("Unscheduled inspection"));
        if (code.isEmpty())
            return;
        // At the most senior level the person holds (levelCodes() lists the most senior first),
        // so that a repeat they find is traced like one found on schedule.
        QString level = QStringLiteral("frontline");
        int best = int(InspectionCodes::levelCodes().size());
        for (const ScheduleEntry &e : m_schedule->entries()) {
            const int rank = int(InspectionCodes::levelCodes().indexOf(e.assignment.levelCode));
            if (e.assignment.userId == m_actor.userId && rank >= 0 && rank < best) {
                best = rank;
                level = e.assignment.levelCode;
            }
        }
        startRun(0, code, level);
    });
    connect(blank, &QPushButton::clicked, this, [this] {
        const QString code = chooseTemplate(tr("Blank checklist"));
        if (!code.isEmpty())
            printBlank(code);
    });
    connect(templates, &QPushButton::clicked, this, &InspectionsPage::editTemplates);
    connect(levels, &QPushButton::clicked, this, &InspectionsPage::editLevels);
    auto currentRun = [this]() -> qint64 {
        const int row = selectedRow(m_runView);
        return row >= 0 ? m_runs->record(row).id : 0;
    };
    connect(open, &QPushButton::clicked, this, [this, currentRun] {
        if (const qint64 id = currentRun())
            openRun(id);
    });
    connect(m_runView, &QTableView::activated, this, [this](const QModelIndex &index) { openRun(m_runs->record(index.row()).id); });
    connect(printRunButton, &QPushButton::clicked, this, [this, currentRun] {
        if (const qint64 id = currentRun())
            printRun(id);
    });
    connect(pdfRun, &QPushButton::clicked, this, [this, currentRun] {
        const qint64 id = currentRun();
        if (!id)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the inspection as PDF"), QString(),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportRunPdf(id, path);
    });
    connect(m_openOnly, &QCheckBox::toggled, this, &InspectionsPage::showFindings);
    connect(m_raisedToMe, &QCheckBox::toggled, this, &InspectionsPage::showFindings);
    connect(fixed, &QPushButton::clicked, this, [this] { fixFindingOnSpot(selectedRow(m_findingView)); });
    connect(plan, &QPushButton::clicked, this, [this] { planFinding(selectedRow(m_findingView)); });
    connect(recheck, &QPushButton::clicked, this, [this] { recheckFinding(selectedRow(m_findingView)); });
    connect(repair, &QPushButton::clicked, this, [this] { repairFromFinding(selectedRow(m_findingView)); });
    connect(search, &QPushButton::clicked, this, &InspectionsPage::searchWorkLog);
    connect(m_logText, &QLineEdit::returnPressed, this, &InspectionsPage::searchWorkLog);
    connect(addLog, &QPushButton::clicked, this, &InspectionsPage::addWorkLogEntry);
    connect(m_runRepo.get(), &InspectionRunRepository::runChanged, this, [this] { reload(); });
    connect(m_findingRepo.get(), &NonConformityRepository::changed, this, [this] {
        showFindings();
        emit inspectionsChanged();
    });
    connect(m_runRepo.get(), &InspectionRunRepository::nonConformitiesChanged, this, &InspectionsPage::reload);
    // The schedule's states move on the clock, from memory; the database is read on changes.
    connect(m_timer, &QTimer::timeout, this, &InspectionsPage::tick);
    m_timer->start(30 * 1000);
    reload();
}

InspectionsPage::~InspectionsPage() = default;

int InspectionsPage::selectedRow(QTableView *view) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InspectionsPage::reload()
{
    const auto entries = m_scheduleRepo->schedule(m_actor);
    if (!entries) {
        report(entries.error());
        return;
    }
    m_schedule->setEntries(entries.value(), m_db.clock().now());
    m_scheduleView->resizeColumnsToContents();
    const qint64 person = m_logPerson->currentData().toLongLong();
    m_logPerson->clear();
    m_logPerson->addItem(tr("everyone"), qint64(0));
    for (const auto &[id, name] : people())
        m_logPerson->addItem(name, id);
    m_logPerson->setCurrentIndex(qMax(0, m_logPerson->findData(person)));
    showRuns();
    showFindings();
    searchWorkLog();
    NcFilter raised;
    raised.openOnly = true;
    raised.raisedToId = m_actor.userId;
    const auto mine = m_actor.userId > 0 ? m_findingRepo->list(m_actor, raised) : Result<QList<NonConformity>>(QList<NonConformity>{});
    m_raisedToMeCount = mine ? int(mine->size()) : 0;
    updateSummary();
    emit inspectionsChanged();
}

namespace {
bool selectRow(QTableView *view, qint64 id)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ItemRoles::IdRole).toLongLong() == id) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}
} // namespace

bool InspectionsPage::selectAfterReload(QTableView *view, qint64 id, const QString &missing)
{
    if (selectRow(view, id))
        return true;
    reload(); // made at another PC since the page last looked
    if (selectRow(view, id))
        return true;
    report(missing);
    return false;
}

bool InspectionsPage::selectScheduleLine(qint64 assignmentId)
{
    m_tabs->setCurrentIndex(0);
    return selectAfterReload(m_scheduleView, assignmentId, tr("That schedule line is no longer active."));
}

bool InspectionsPage::selectFinding(qint64 nonConformityId)
{
    m_tabs->setCurrentWidget(m_findingView->parentWidget());
    if (selectRow(m_findingView, nonConformityId))
        return true;
    // Hidden by the filters: show every open one.
    m_raisedToMe->setChecked(false);
    m_openOnly->setChecked(true); // the toggles show the list again
    return selectAfterReload(m_findingView, nonConformityId, tr("That non-conformity is closed or no longer on file."));
}

void InspectionsPage::tick()
{
    m_schedule->tick(m_db.clock().now());
    updateSummary();
}

void InspectionsPage::updateSummary()
{
    QString text = tr("Schedule: %1 overdue, %2 due soon").arg(m_schedule->count(TimerState::Overdue))
                       .arg(m_schedule->count(TimerState::DueSoon));
    if (m_raisedToMeCount > 0)
        text += QStringLiteral(" · ") + tr("%n repeated non-conformity(ies) raised to you", nullptr, m_raisedToMeCount);
    m_summary->setText(text);
}

void InspectionsPage::showRuns()
{
    const auto runs = m_runRepo->list(m_actor, RunFilter{}, 0, 200);
    if (!runs) {
        report(runs.error());
        return;
    }
    m_runs->setRecords(runs.value());
}

void InspectionsPage::showFindings()
{
    NcFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.raisedToId = m_raisedToMe->isChecked() ? m_actor.userId : 0;
    const auto list = m_findingRepo->list(m_actor, filter);
    if (!list) {
        report(list.error());
        return;
    }
    m_findings->setRecords(list.value());
}

QList<QPair<qint64, QString>> InspectionsPage::people() const
{
    QList<QPair<qint64, QString>> list;
    const auto assignments = m_scheduleRepo->assignments(m_actor);
    if (!assignments)
        return list;
    for (const LevelAssignment &a : assignments.value()) {
        const QPair<qint64, QString> person{a.userId, a.userName};
        if (!list.contains(person))
            list << person;
    }
    return list;
}

QString InspectionsPage::chooseTemplate(const QString &title)
{
    const auto list = m_templates->currentTemplates(m_actor);
    if (!list) {
        report(list.error());
        return {};
    }
    QStringList names;
    for (const ChecklistTemplate &t : list.value())
        names << t.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Checklist:"), names, 0, false, &ok);
    const auto index = names.indexOf(chosen);
    return ok && index >= 0 ? list->at(index).code : QString();
}

void InspectionsPage::startScheduled(int row)
{
    if (row < 0 || row >= m_schedule->rowCount()) {
        report(tr("Choose a line of the schedule first."));
        return;
    }
    const ScheduleEntry &e = m_schedule->entry(row);
    if (e.openDraftId > 0) {
        openRun(e.openDraftId);
        return;
    }
    QString code = e.assignment.templateCode;
    if (code.isEmpty()) {
        code = chooseTemplate(tr("Inspection"));
        if (code.isEmpty())
            return;
    }
    startRun(e.assignment.id, code, e.assignment.levelCode);
}

void InspectionsPage::startRun(qint64 assignmentId, const QString &templateCode, const QString &levelCode)
{
    RunStart start;
    start.assignmentId = assignmentId;
    start.templateCode = templateCode;
    start.levelCode = levelCode;
    const auto id = m_runRepo->start(m_actor, start);
    if (!id) {
        report(id.error());
        return;
    }
    openRun(id.value());
}

void InspectionsPage::openRun(qint64 runId)
{
    RunDialog dialog(*m_runRepo, m_actor, runId, m_zone, this);
    connect(&dialog, &RunDialog::dialogOpened, this, &InspectionsPage::dialogOpened);
    if (exec(dialog) == QDialog::Accepted) {
        report(tr("Inspection finished: %n non-conformity(ies) recorded.", nullptr, int(dialog.createdFindings().size())),
               false);
        if (!dialog.createdFindings().isEmpty())
            m_tabs->setCurrentIndex(2);
    }
    reload();
}

void InspectionsPage::withFinding(int row, const std::function<QString(const NonConformity &)> &act)
{
    if (row < 0 || row >= m_findings->rowCount())
        return report(tr("Choose a non-conformity first."));
    const NonConformity finding = m_findings->record(row);
    if (const QString done = act(finding); !done.isEmpty())
        report(done, false);
    showFindings();
}

void InspectionsPage::planFinding(int row)
{
    withFinding(row, [&](const NonConformity &n) {
        RectificationDialog dialog(*m_findingRepo, m_actor, n, people(), m_db.clock().now(), m_zone, this);
        return exec(dialog) == QDialog::Accepted ? tr("Rectification plan recorded.") : QString();
    });
}

void InspectionsPage::recheckFinding(int row)
{
    withFinding(row, [&](const NonConformity &n) {
        RecheckDialog dialog(*m_findingRepo, m_actor, n, this);
        return exec(dialog) == QDialog::Accepted ? tr("Recheck recorded.") : QString();
    });
}

void InspectionsPage::fixFindingOnSpot(int row)
{
    withFinding(row, [&](const NonConformity &n) {
        ReasonDialog dialog(tr("Fixed on the spot"), tr("What was done on the spot?"),
                            [this, n](const QString &note) { return m_findingRepo->fixOnSpot(m_actor, n.id, n.rowVersion, note); },
                            this);
        exec(dialog);
        return QString();
    });
}

void InspectionsPage::repairFromFinding(int row)
{
    withFinding(row, [&](const NonConformity &n) {
        RepairFromFindingDialog dialog(*m_findingRepo, *m_requests, m_actor, n, this);
        return exec(dialog) == QDialog::Accepted ? tr("Repair request %1 registered.").arg(dialog.requestNumber())
                                                 : QString();
    });
}

void InspectionsPage::editTemplates()
{
    TemplateEditorDialog dialog(*m_templates, m_actor, QStringLiteral("cleaning"), this);
    if (exec(dialog) == QDialog::Accepted)
        report(tr("The checklist was saved as a new version; earlier inspections keep theirs."), false);
}

void InspectionsPage::editLevels()
{
    QList<QPair<QString, QString>> checklists; // code, name
    if (const auto list = m_templates->currentTemplates(m_actor)) {
        for (const ChecklistTemplate &t : list.value())
            checklists.append({t.code, t.name});
    }
    InspectionLevelsDialog dialog(*m_scheduleRepo, m_actor, checklists, this);
    exec(dialog);
    reload();
}

void InspectionsPage::addWorkLogEntry()
{
    WorkLogDialog dialog(*m_logRepo, m_actor, m_db.clock().now(), m_zone, this);
    if (exec(dialog) == QDialog::Accepted)
        searchWorkLog();
}

void InspectionsPage::searchWorkLog()
{
    const auto list = m_logRepo->search(m_actor, m_logPerson->currentData().toLongLong(), m_logMonth->date(),
                                        m_logText->text());
    if (!list) {
        report(list.error());
        return;
    }
    m_log->setRecords(list.value());
}

QString InspectionsPage::blankHtml(const QString &code) const
{
    const auto tpl = m_templates->current(m_actor, code);
    return tpl ? ChecklistPrinter::blankHtml(tpl.value(), SettingsRepository(m_db).estateName()) : QString();
}

QString InspectionsPage::runHtml(qint64 runId) const
{
    const auto run = m_runRepo->run(m_actor, runId);
    if (!run)
        return {};
    NcFilter filter;
    filter.runId = runId;
    const auto findings = m_findingRepo->list(m_actor, filter);
    return ChecklistPrinter::runHtml(run.value(), findings ? findings.value() : QList<NonConformity>{},
                                     SettingsRepository(m_db).estateName(), m_zone);
}

void InspectionsPage::printBlank(const QString &code)
{
    const QString html = blankHtml(code);
    if (html.isEmpty())
        return report(tr("There is no checklist %1.").arg(code));
    previewChecklist(html);
}

void InspectionsPage::previewChecklist(const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [html](QPrinter *p) { ChecklistPrinter::print(html, *p); });
    exec(preview);
}

bool InspectionsPage::exportBlankPdf(const QString &code, const QString &path)
{
    const QString html = blankHtml(code);
    if (html.isEmpty()) {
        report(tr("There is no checklist %1.").arg(code));
        return false;
    }
    if (Status s = ChecklistPrinter::writePdf(html, path, code); !s) {
        report(s.error());
        return false;
    }
    report(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void InspectionsPage::printRun(qint64 runId)
{
    const QString html = runHtml(runId);
    if (html.isEmpty())
        return;
    previewChecklist(html);
}

bool InspectionsPage::exportRunPdf(qint64 runId, const QString &path)
{
    const QString html = runHtml(runId);
    if (html.isEmpty())
        return false;
    if (Status s = ChecklistPrinter::writePdf(html, path, tr("Inspection %1").arg(runId)); !s) {
        report(s.error());
        return false;
    }
    report(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}
