#include "views/reportpage.h"

#include "models/domain/formats.h"
#include "models/domain/servicerequest.h"

#include "dialogs/deskratingwindow.h"
#include "dialogs/surveybatchdialog.h"
#include "models/database/database.h"
#include "models/itemmodels/kpitablemodel.h"
#include "models/reports/assessment.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/reportkeys.h"
#include "models/reports/reportoutput.h"
#include "models/repositories/reportrepository.h"
#include "dialogs/busyprogress.h"
#include "views/reportchartview.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

ReportPage::ReportPage(Database &db, const Session &session, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_zone(zone), m_reports(std::make_unique<ReportRepository>(db)),
      m_kpis(new KpiTableModel(this)), m_month(new QDateEdit(this)), m_title(new QLabel(this)), m_state(new QLabel(this)),
      m_kpiView(new QTableView(this)), m_overdue(new QTableWidget(0, 7, this)), m_requestsChart(new ReportChartView(this)),
      m_rateChart(new ReportChartView(this)), m_analysis(new QPlainTextEdit(this)),
      m_saveAnalysis(new QPushButton(tr("&Save analysis"), this)), m_close(new QPushButton(tr("C&lose month…"), this)),
      m_rater(new QLineEdit(this)), m_score(new QDoubleSpinBox(this)), m_accident(new QCheckBox(tr("Major safety accident this month"), this)),
      m_assessment(new QLabel(this)), m_status(new QLabel(this))
{
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(Formats::month());
    const QDate today = db.clock().now().toTimeZone(zone).date();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_kpiView->setObjectName(QStringLiteral("kpiTable"));
    m_kpiView->setModel(m_kpis);
    m_kpiView->verticalHeader()->hide();
    m_kpiView->horizontalHeader()->setSectionResizeMode(KpiTableModel::Figure, QHeaderView::Stretch);
    m_kpiView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->setObjectName(QStringLiteral("overdueTable"));
    // Headed as the printed report and the service desk head them.
    m_overdue->setHorizontalHeaderLabels({tr("Kind"), tr("Number"), tr("Reporter"), tr("Due by"), tr("Done"),
                                          tr("First responder"), tr("Assignee")});
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->verticalHeader()->hide();
    m_overdue->horizontalHeader()->setStretchLastSection(true);
    m_requestsChart->setObjectName(QStringLiteral("requestsChart"));
    m_rateChart->setObjectName(QStringLiteral("satisfactionChart"));
    m_analysis->setObjectName(QStringLiteral("analysisEdit"));
    m_analysis->setPlaceholderText(tr("Causes of problems, corrective and preventive measures"));
    m_saveAnalysis->setObjectName(QStringLiteral("saveAnalysis"));
    m_close->setObjectName(QStringLiteral("closeMonth"));
    m_rater->setObjectName(QStringLiteral("raterName"));
    m_rater->setPlaceholderText(tr("Rater"));
    m_score->setObjectName(QStringLiteral("raterScore"));
    m_score->setRange(0, 100);
    m_score->setDecimals(1);
    m_score->setValue(90);
    m_accident->setObjectName(QStringLiteral("majorAccident"));
    m_assessment->setObjectName(QStringLiteral("assessmentResult"));
    m_assessment->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("monthState"));
    m_state->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    auto *pdf = new QPushButton(tr("&PDF…"), this);
    auto *xlsx = new QPushButton(tr("&XLSX…"), this);
    refresh->setObjectName(QStringLiteral("reportRefresh"));
    preview->setObjectName(QStringLiteral("reportPreview"));
    pdf->setObjectName(QStringLiteral("reportPdf"));
    xlsx->setObjectName(QStringLiteral("reportXlsx"));
    auto *surveys = new QPushButton(tr("&Questionnaires…"), this);
    surveys->setObjectName(QStringLiteral("enterSurveys"));
    auto *desk = new QPushButton(tr("&Desk rating…"), this);
    desk->setObjectName(QStringLiteral("deskRating"));
    auto *addScoreButton = new QPushButton(tr("&Add score"), this);
    addScoreButton->setObjectName(QStringLiteral("addScore"));

    // The month and the actions on one line, the estate and month as a heading under them: on a
    // 1024×768 screen every button stays whole.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(refresh);
    top->addStretch(1);
    top->addWidget(surveys);
    top->addWidget(desk);
    top->addWidget(preview);
    top->addWidget(pdf);
    top->addWidget(xlsx);
    m_title->setObjectName(QStringLiteral("reportTitle"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_kpiView, 3);
    auto *overdueLabel = new QLabel(ReportOutput::overdueTitle(), this);
    overdueLabel->setObjectName(QStringLiteral("overdueTitle"));
    overdueLabel->setWordWrap(true);
    leftLayout->addWidget(overdueLabel);
    leftLayout->addWidget(m_overdue, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_requestsChart, 1);
    rightLayout->addWidget(m_rateChart, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *bottomWidget = new QWidget(this);
    auto *bottom = new QHBoxLayout(bottomWidget);
    bottom->setContentsMargins(0, 0, 0, 0);
    auto *analysisBox = new QVBoxLayout;
    analysisBox->addWidget(new QLabel(tr("Analysis (printed with the month):"), this));
    analysisBox->addWidget(m_analysis);
    auto *analysisButtons = new QHBoxLayout;
    analysisButtons->addWidget(m_saveAnalysis);
    analysisButtons->addWidget(m_close);
    analysisButtons->addStretch();
    analysisBox->addLayout(analysisButtons);
    bottom->addLayout(analysisBox, 2);
    auto *assessmentBox = new QFormLayout;
    assessmentBox->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scoreRow = new QHBoxLayout;
    m_rater->setMinimumWidth(m_rater->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    scoreRow->addWidget(m_rater, 1);
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(addScoreButton);
    assessmentBox->addRow(tr("Office score:"), scoreRow);
    assessmentBox->addRow(QString(), m_accident);
    assessmentBox->addRow(tr("Assessment:"), m_assessment);
    bottom->addLayout(assessmentBox, 1);

    // The figures above, the analysis and the assessment below; the user moves the line between.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("reportSplitter"));
    vertical->addWidget(split);
    vertical->addWidget(bottomWidget);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({460, 170});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);

    connect(m_month, &QDateEdit::dateChanged, this, &ReportPage::reload);
    connect(refresh, &QPushButton::clicked, this, &ReportPage::recompute);
    connect(m_saveAnalysis, &QPushButton::clicked, this, [this] { saveAnalysis(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeMonth(true); });
    connect(addScoreButton, &QPushButton::clicked, this, [this] { addScore(); });
    connect(m_accident, &QCheckBox::toggled, this, [this](bool on) {
        if (on == m_doc.majorAccident)
            return;
        QString note;
        if (on)
            note = QInputDialog::getText(this, tr("Major safety accident"), tr("What happened:"));
        if (Status s = m_reports->setMajorAccident(m_session, monthKey(), on, note); !s)
            showError(s.error());
    });
    connect(preview, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                          tr("report-%1.pdf").arg(monthKey()), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report's tables as XLSX"),
                                                          tr("report-%1.xlsx").arg(monthKey()), tr("Excel (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    connect(surveys, &QPushButton::clicked, this, &ReportPage::openSurveyBatch);
    connect(desk, &QPushButton::clicked, this, [this] { openDeskRating(); });
    // The dashboard is live: every answer or change to the month shows at once.
    connect(m_reports.get(), &ReportRepository::surveysChanged, this, &ReportPage::recompute);
    connect(m_reports.get(), &ReportRepository::monthChanged, this, &ReportPage::recompute);
    // Nothing is computed here: the figures are computed when the page is first shown.
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
        m_loadedByShow = true;
    }
}

void ReportPage::opened()
{
    // Shown just now for the first time: the figures are fresh already.
    if (m_loadedByShow) {
        m_loadedByShow = false;
        return;
    }
    reload();
}

void ReportPage::recompute()
{
    m_pastMonths.clear();
    reload();
}

ReportPage::~ReportPage()
{
    delete m_deskRating;
}

QString ReportPage::monthKey() const
{
    return MonthlyReport::monthKey(m_month->date().year(), m_month->date().month());
}

void ReportPage::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
    reload();
}

void ReportPage::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(message);
}

void ReportPage::reload()
{
    m_loaded = true;
    const auto doc = ReportDocumentBuilder(m_db).build(m_session, m_month->date().year(), m_month->date().month(),
                                                       &m_pastMonths);
    if (!doc) {
        showError(doc.error());
        return;
    }
    m_doc = doc.value();
    m_kpis->setFigures(m_doc.figures);
    m_title->setText(tr("%1 — %2").arg(m_doc.figures.value(ReportKeys::Estate).toString(), monthKey()));
    QString state = m_doc.closed ? tr("Closed on %1 by %2: the figures are frozen.")
                                       .arg(m_doc.closedAt.toTimeZone(m_zone).toString(Formats::dateTime()),
                                            m_doc.closedBy)
                                 : tr("Open: the figures are live as of %1.")
                                       .arg(m_doc.figures.value(ReportKeys::AsOf).toString().left(16).replace(
                                           QLatin1Char('T'), QLatin1Char(' ')));
    if (!m_doc.lateEdits.isEmpty())
        state += QLatin1Char(' ') + tr("Late edits since closing change: %1.").arg(m_doc.lateEdits.join(QStringLiteral(", ")));
    m_state->setText(state);
    const QJsonArray overdue = m_doc.figures.value(ReportKeys::Overdue).toArray();
    m_overdue->setRowCount(int(overdue.size()));
    for (int i = 0; i < overdue.size(); ++i) {
        namespace F = ReportKeys::OverdueFields;
        const QJsonObject o = overdue.at(i).toObject();
        const auto kind = RequestCodes::kindFromCode(o.value(F::Kind).toString());
        const QStringList cells{kind ? RequestCodes::displayName(*kind) : o.value(F::Kind).toString(),
                                o.value(F::Number).toString(),
                                o.value(F::Reporter).toString(),
                                o.value(F::Deadline).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                o.value(F::DoneAt).isString()
                                    ? o.value(F::DoneAt).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
                                    : tr("not yet"),
                                o.value(F::Responsible).toString(),
                                o.value(F::Assignee).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_overdue->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_requestsChart->setChart(ReportCharts::chart(ReportCharts::Kind::Requests, m_doc.trend));
    m_rateChart->setChart(ReportCharts::chart(ReportCharts::Kind::Satisfaction, m_doc.trend));
    if (!m_analysis->hasFocus() || m_analysis->toPlainText().isEmpty())
        m_analysis->setPlainText(m_doc.analysis);
    const bool editable = !m_doc.closed;
    m_analysis->setReadOnly(!editable);
    m_saveAnalysis->setEnabled(editable);
    m_close->setEnabled(editable);
    {
        const QSignalBlocker blocker(m_accident);
        m_accident->setChecked(m_doc.majorAccident);
        m_accident->setEnabled(editable);
    }
    const QJsonValue a = m_doc.figures.value(ReportKeys::Assessment);
    if (a.isObject()) {
        namespace F = ReportKeys::AssessmentFields;
        const QJsonObject o = a.toObject();
        QString text = tr("Score %1, %2")
                           .arg(o.value(F::Score).isDouble()
                                    ? QString::number(o.value(F::Score).toDouble(), 'f', 1)
                                    : QStringLiteral("—"),
                                MonthlyAssessment::gradeName(o.value(F::Grade).toString()));
        if (o.value(F::Veto).toBool())
            text += QLatin1Char(' ') + tr("(one-vote veto)");
        const int failed = o.value(F::ConsecutiveFailedMonths).toInt();
        if (failed > 0)
            text += QLatin1Char(' ') + tr("— failed months in a row: %1").arg(failed);
        m_assessment->setText(text);
    } else {
        m_assessment->setText(tr("Not scored"));
    }
}

Status ReportPage::saveAnalysis()
{
    const Status s = m_reports->setAnalysis(m_session, monthKey(), m_analysis->toPlainText());
    if (!s)
        showError(s.error());
    else
        m_status->setText(tr("Analysis saved."));
    return s;
}

Status ReportPage::closeMonth(bool confirm)
{
    if (confirm
        && QMessageBox::question(this, tr("Close the month"),
                                 tr("Close %1? Its figures will be frozen as they are now and printed so forever.")
                                     .arg(monthKey()))
               != QMessageBox::Yes)
        return {};
    const auto live = ReportDocumentBuilder(m_db).liveFigures(m_month->date().year(), m_month->date().month());
    if (!live) {
        showError(live.error());
        return Failure{live.error()};
    }
    const Status s = m_reports->closeMonth(m_session, monthKey(), QJsonDocument(live.value()).toJson(QJsonDocument::Compact));
    if (!s)
        showError(s.error());
    return s;
}

Status ReportPage::addScore()
{
    const Status s = m_reports->setScore(m_session, monthKey(), RaterScore{m_rater->text(), m_score->value(), {}});
    if (!s) {
        showError(s.error());
        return s;
    }
    m_rater->clear();
    return s;
}

Status ReportPage::exportPdf(const QString &path)
{
    const Status s = [&] {
        BusyProgress progress(this, tr("Writing the PDF…"));
        return ReportOutput::writeMonthlyPdf(m_doc, path, ReportCharts::images(m_doc.trend));
    }();
    if (!s)
        showError(s.error());
    else
        m_status->setText(tr("Saved %1.").arg(path));
    return s;
}

Status ReportPage::exportXlsx(const QString &path)
{
    const Status s = [&] {
        BusyProgress progress(this, tr("Writing the workbook…"));
        return ReportOutput::writeMonthlyXlsx(m_doc, path);
    }();
    if (!s)
        showError(s.error());
    else
        m_status->setText(tr("Saved %1.").arg(path));
    return s;
}

void ReportPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    const QMap<QString, QImage> charts = ReportCharts::images(m_doc.trend);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &charts](QPrinter *p) {
        QTextDocument document;
        ReportOutput::prepare(document, ReportOutput::monthlyHtml(m_doc, true), charts);
        ReportOutput::print(document, *p);
    });
    dialog.exec();
}

void ReportPage::openSurveyBatch()
{
    SurveyBatchDialog dialog(*m_reports, m_session, m_db.clock().now().toTimeZone(m_zone).date(), m_zone, this);
    dialog.exec();
}

DeskRatingWindow *ReportPage::openDeskRating()
{
    if (!m_deskRating)
        m_deskRating = new DeskRatingWindow(*m_reports, m_session);
    m_deskRating->startFromPrompt(this, m_db.clock().now());
    return m_deskRating;
}
